//! The lesson picker, in the lecture's order.

use engine::lessons::Lesson;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PickerProps {
    pub current: Lesson,
    pub on_pick: Callback<Lesson>,
}

#[component]
pub fn Picker(p: &PickerProps) -> Html {
    html! {
        <nav class="picker" aria-label="Lessons">
            { for Lesson::ALL.iter().enumerate().map(|(i, &l)| {
                let cb = p.on_pick.clone();
                let on = l == p.current;
                html! {
                    <button type="button" class={classes!("lesson", on.then_some("on"))}
                        aria-pressed={on.to_string()} onclick={Callback::from(move |_| cb.emit(l))}>
                        <span class="num">{i + 1}</span>
                        <span class="lname">{l.file()}</span>
                        <span class="ltitle">{l.title()}</span>
                    </button>
                }
            }) }
        </nav>
    }
}
