//! The lesson picker, in the lecture's order.

use engine::lessons::{Group, Lesson};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PickerProps {
    /// The lesson on screen (None: a program of one's own).
    pub current: Option<Lesson>,
    pub on_pick: Callback<Lesson>,
}

#[component]
pub fn Picker(p: &PickerProps) -> Html {
    // The lecture's order: its coroutine concepts first, then asyncio.
    let groups = Group::ALL.map(Group::label);
    html! {
        <nav class="picker" aria-label="Lessons">
            { for groups.iter().map(|g| html! {
                <div class={classes!("group", format!("group-{}", g.to_lowercase()))} role="group" aria-label={*g}>
                    <span class="group-name">{*g}</span>
                    <div class="group-lessons">
                        { for Lesson::ALL.iter().enumerate().filter(|(_, l)| l.group().label() == *g).map(|(i, &l)| {
                            let cb = p.on_pick.clone();
                            let on = p.current == Some(l);
                            html! {
                                <button type="button" class={classes!("lesson", on.then_some("on"))}
                                    aria-pressed={on.to_string()} onclick={Callback::from(move |_| cb.emit(l))}>
                                    <span class="num">{i + 1}</span>
                                    <span class="lname">{l.file().trim_end_matches(".py")}<wbr />{".py"}</span>
                                    <span class="ltitle">{l.title()}</span>
                                </button>
                            }
                        }) }
                    </div>
                </div>
            }) }
        </nav>
    }
}
