//! The Python program for the current parameters, highlighted, with the
//! executing line marked. Test hook: a `code` element inside the element named
//! `Python source`, whose text is exactly the program.

use engine::source::highlight_line;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    pub source: AttrValue,
    pub file: AttrValue,
    pub current: Option<usize>,
}

fn copy_to_clipboard(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

#[component]
pub fn Source(p: &SourceProps) -> Html {
    let copied = use_state(|| false);
    let onclick = {
        let src = p.source.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            copy_to_clipboard(&src);
            copied.set(true);
        })
    };
    html! {
        <section class="panel source-panel" aria-label="Python source">
            <div class="panel-head">
                <h2>{"Python source "}<span class="file">{p.file.clone()}</span></h2>
                <button type="button" class="small" {onclick}>{ if *copied { "Copied" } else { "Copy" } }</button>
            </div>
            <pre class="source" tabindex="0" aria-label="Program text"><code>
                { for p.source.split_inclusive('\n').enumerate().map(|(n, line)| {
                    let body = line.strip_suffix('\n').unwrap_or(line);
                    let nl = if line.ends_with('\n') { "\n" } else { "" };
                    let cur = (p.current == Some(n)).then_some("current");
                    html! {
                        <span class={classes!("ln", cur)}>
                            { for highlight_line(body).into_iter().map(|(t, s)| {
                                if t.class().is_empty() { html! { {s} } } else { html! { <span class={t.class()}>{s}</span> } }
                            }) }
                            {nl}
                        </span>
                    }
                }) }
            </code></pre>
        </section>
    }
}
