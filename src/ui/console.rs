//! The console: the run's output line by line, ANSI colours as colours.
//! Test hook: `role="log"` named `Console`, one child per line whose text is
//! exactly the printed text (the time is drawn from `data-t` by CSS).

use crate::snapshot::Snap;
use yew::prelude::*;

/// Splits a line at ANSI SGR codes: (CSS class of the colour, text).
pub fn ansi_spans(line: &str) -> Vec<(Option<String>, String)> {
    let mut out = Vec::new();
    let mut class: Option<String> = None;
    let mut rest = line;
    while let Some(pos) = rest.find("\x1b[") {
        if pos > 0 {
            out.push((class.clone(), rest[..pos].to_string()));
        }
        let after = &rest[pos + 2..];
        let end = after.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(after.len());
        let code = &after[..end];
        if after[end..].starts_with('m') {
            class = match code {
                "" | "0" => None,
                c if c.chars().all(|d| d.is_ascii_digit() || d == ';') => Some(format!("ansi-{}", c.replace(';', "-"))),
                _ => class,
            };
        }
        rest = after.get(end + 1..).unwrap_or("");
    }
    if !rest.is_empty() {
        out.push((class, rest.to_string()));
    }
    out
}

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub snap: Snap,
    pub show_times: bool,
    /// Lines to highlight (those of the hovered timeline segment).
    pub highlight: Vec<usize>,
    pub on_show_times: Callback<bool>,
}

#[component]
pub fn Console(p: &ConsoleProps) -> Html {
    let s = &p.snap.0;
    let toggle = {
        let cb = p.on_show_times.clone();
        let v = p.show_times;
        Callback::from(move |_| cb.emit(!v))
    };
    html! {
        <section class="panel console-panel" aria-labelledby="console-h">
            <div class="panel-head">
                <h2 id="console-h">{"Console"}</h2>
                <label class="check">
                    <input type="checkbox" checked={p.show_times} onchange={toggle} />
                    {" show times"}
                </label>
            </div>
            <div role="log" aria-label="Console" aria-live="polite" tabindex="0"
                 class={classes!("console", p.show_times.then_some("times"))}>
                { for s.output.iter().enumerate().map(|(i, line)| {
                    let t = format!("{:.3}", s.line_times.get(i).copied().unwrap_or(0.0));
                    let hl = p.highlight.contains(&i).then_some("hl");
                    html! {
                        <div class={classes!("line", hl)} data-t={t}>
                            { for ansi_spans(line).into_iter().map(|(c, text)| match c {
                                Some(c) => html! { <span class={c}>{text}</span> },
                                None => html! { {text} },
                            }) }
                        </div>
                    }
                }) }
            </div>
        </section>
    }
}
