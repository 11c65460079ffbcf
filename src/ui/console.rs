//! The console: the run's output line by line, ANSI colours as colours.
//! Test hook: `role="log"` named `Console`, one child per line whose text is
//! exactly the printed text (the time is drawn from `data-t` by CSS).

use crate::snapshot::{Printed, Shared};
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
        let end = after
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        let code = &after[..end];
        if after[end..].starts_with('m') {
            class = match code {
                "" | "0" => None,
                c if c.chars().all(|d| d.is_ascii_digit() || d == ';') => {
                    Some(format!("ansi-{}", c.replace(';', "-")))
                }
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

/// Escapes text for HTML (as an element's content or an attribute's value).
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// The console's lines as HTML: one `div` per line, its text exactly the
/// printed text, colours as classes. Built as one string so that tens of
/// thousands of lines render in one go (the browser's HTML parser is far
/// faster than building that many virtual nodes every frame).
pub fn lines_html(output: &[String], times: &[f64], err: &[bool], first: usize) -> String {
    let mut h = String::with_capacity(output.iter().map(|l| l.len() + 48).sum());
    for (k, line) in output.iter().enumerate() {
        let i = first + k;
        let class = if err.get(k) == Some(&true) {
            "line err"
        } else {
            "line"
        };
        h.push_str(&format!(
            "<div class=\"{class}\" data-i=\"{i}\" data-t=\"{:.3}\">",
            times.get(k).copied().unwrap_or(0.0)
        ));
        for (class, text) in ansi_spans(line) {
            match class {
                Some(c) => {
                    h.push_str(&format!("<span class=\"{c}\">"));
                    escape(&text, &mut h);
                    h.push_str("</span>");
                }
                None => escape(&text, &mut h),
            }
        }
        h.push_str("</div>");
    }
    h
}

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    /// The lines printed up to the moment shown.
    pub printed: Shared<Printed>,
    pub show_times: bool,
    /// Lines to highlight (those of the hovered timeline segment).
    pub highlight: Vec<usize>,
    pub on_show_times: Callback<bool>,
}

#[component]
pub fn Console(p: &ConsoleProps) -> Html {
    let s = &p.printed;
    let log = use_node_ref();
    // (run, lines) already in the DOM: a growing run only appends its new lines.
    let drawn = use_mut_ref(|| (u64::MAX, 0usize));
    let toggle = {
        let cb = p.on_show_times.clone();
        let v = p.show_times;
        Callback::from(move |_| cb.emit(!v))
    };
    {
        let log = log.clone();
        let drawn = drawn.clone();
        use_effect_with(p.printed.clone(), move |s| {
            if let Some(el) = log.cast::<web_sys::Element>() {
                let mut d = drawn.borrow_mut();
                if d.0 != s.run_id || d.1 > s.lines.len() {
                    el.set_inner_html("");
                    *d = (s.run_id, 0);
                }
                if s.lines.len() > d.1 {
                    let html = lines_html(
                        &s.lines[d.1..],
                        &s.times[d.1..],
                        s.err.get(d.1..).unwrap_or(&[]),
                        d.1,
                    );
                    let _ = el.insert_adjacent_html("beforeend", &html);
                    d.1 = s.lines.len();
                }
            }
        });
    }
    // Highlights are set on the lines directly (the lines are not virtual nodes).
    {
        let log = log.clone();
        use_effect_with((p.highlight.clone(), p.printed.clone()), move |(hl, _)| {
            if let Some(el) = log.cast::<web_sys::Element>() {
                if let Ok(old) = el.query_selector_all(".line.hl") {
                    for i in 0..old.length() {
                        if let Some(e) = old.item(i).and_then(|n| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()
                        }) {
                            let _ = e.class_list().remove_1("hl");
                        }
                    }
                }
                for i in hl {
                    if let Some(e) = el.children().item(*i as u32) {
                        let _ = e.class_list().add_1("hl");
                    }
                }
            }
        });
    }
    html! {
        <section class="panel console-panel" aria-labelledby="console-h">
            <div class="panel-head">
                <h2 id="console-h">{"Console"}</h2>
                <label class="check">
                    <input type="checkbox" checked={p.show_times} onchange={toggle} />
                    {" show times"}
                </label>
            </div>
            // The lines are added by the effect above, one `div` per line.
            <div role="log" aria-label="Console" aria-live="polite" tabindex="0" ref={log}
                 class={classes!("console", p.show_times.then_some("times"))}></div>
            if s.lines.len() > 2000 {
                <p class="hint">{format!("{} lines", s.lines.len())}</p>
            }
        </section>
    }
}
