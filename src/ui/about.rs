//! The page's heading, the notes on its link, and what the program on screen is.

use yew::prelude::*;

/// The site's heading (not in an embed).
#[component]
pub fn SiteHeader() -> Html {
    html! {
        <header class="site">
            <h1>{"Async Playground"}</h1>
            <p class="intro">
                {"The programs of the lecture "}
                <em>{"An Introduction to Asynchronous Programming in Python"}</em>
                {", run live by an event loop that behaves like CPython's asyncio. \
                  Pick a lesson, slide its parameters, and watch the tasks take turns."}
            </p>
        </header>
    }
}

/// The site's footer (not in an embed).
#[component]
pub fn SiteFooter() -> Html {
    html! {
        <footer>
            <p>
                {"On the virtual clock time jumps straight to the next timer, so the output is exactly \
                  what CPython 3.11 prints (checked against it). "}
                {"In asyncq, os.urandom(size) is replaced by random.randbytes(size) \
                  so that the seed fixes every value. "}
                {"The real clock uses the browser's timers: its times are measured, and late wake-ups show."}
            </p>
        </footer>
    }
}

#[derive(Properties, PartialEq)]
pub struct NotesProps {
    pub notes: Vec<AttrValue>,
    pub on_dismiss: Callback<()>,
}

/// What was wrong with the link's values, and what replaced them.
#[component]
pub fn Notes(p: &NotesProps) -> Html {
    if p.notes.is_empty() {
        return html! {};
    }
    let dismiss = p.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notes" role="status">
            <ul>{ for p.notes.iter().map(|n| html! { <li>{n.clone()}</li> }) }</ul>
            <button type="button" class="small" onclick={dismiss}>{"Dismiss"}</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub file: AttrValue,
    /// The lesson's title and what to notice; None: a program of one's own.
    pub lesson: Option<(AttrValue, AttrValue)>,
    pub embed: bool,
}

/// What the program on screen is: a lesson's title and text, or a program of one's own.
#[component]
pub fn About(p: &AboutProps) -> Html {
    match (&p.lesson, p.embed) {
        (Some((title, _)), true) => {
            html! { <h2 class="embed-title">{p.file.clone()}{" — "}{title.clone()}</h2> }
        }
        (None, true) => html! { <h2 class="embed-title">{p.file.clone()}</h2> },
        (Some((title, about)), false) => html! {
            <section class="about" aria-label="About this lesson">
                <h2>{title.clone()}</h2>
                <p>{about.clone()}</p>
            </section>
        },
        (None, false) => html! {
            <section class="about" aria-label="About this program">
                <h2>{p.file.clone()}</h2>
                <p>{"A program of your own, from a link or a file. Edit it and run it; \
                     pick a lesson above to go back to the lecture's programs."}</p>
            </section>
        },
    }
}
