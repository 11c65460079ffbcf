//! Share (the permalink), Embed (a ready `<iframe>` snippet) and Save (the
//! transcript, the trace as Chrome Trace Event JSON, the timeline as SVG).

use crate::download::{copy_text, download};
use engine::settings::Settings;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Export {
    /// The program itself (`.py`).
    Source,
    Transcript,
    TranscriptAnsi,
    Trace,
    Svg,
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub settings: Settings,
    /// Whether there is a run to save.
    pub has_run: bool,
    pub embed: bool,
    pub on_export: Callback<Export>,
}

/// The page's address without its query: where the playground is served.
pub fn page_base() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// A sensible iframe height for the panels shown.
fn embed_height(s: &Settings) -> u32 {
    let p = s.panels;
    170 + if p.source || p.console { 470 } else { 0 }
        + if p.timeline { 380 } else { 0 }
        + if p.stats { 330 } else { 0 }
}

pub fn embed_snippet(s: &Settings, base: &str) -> String {
    let mut e = s.clone();
    e.embed = true;
    e.autorun = false;
    let url = format!("{base}?{}", e.to_query()).replace('&', "&amp;");
    format!(
        "<iframe src=\"{url}\" title=\"Async Playground: {} — {}\" width=\"100%\" height=\"{}\" loading=\"lazy\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-downloads\" \
         style=\"border:0;max-width:100%\"></iframe>",
        s.file_name(),
        if s.code.is_some() { "a program" } else { s.lesson.title() },
        embed_height(s)
    )
}

#[component]
pub fn Share(p: &ShareProps) -> Html {
    let open = use_state(|| None::<&'static str>);
    let copied = use_state(|| false);
    let base = page_base();
    let mut full = p.settings.clone();
    full.embed = false;
    full.controls = None;
    full.panels = Default::default();
    let permalink = format!("{base}?{}", full.to_query());
    let snippet = embed_snippet(&p.settings, &base);
    let toggle = |what: &'static str| {
        let open = open.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copied.set(false);
            open.set(if *open == Some(what) {
                None
            } else {
                Some(what)
            });
        })
    };
    let on_share = {
        let open = open.clone();
        let copied = copied.clone();
        let link = permalink.clone();
        Callback::from(move |_: MouseEvent| {
            copy_text(&link);
            copied.set(true);
            open.set(Some("share"));
        })
    };
    let copy_snippet = {
        let copied = copied.clone();
        let s = snippet.clone();
        Callback::from(move |_: MouseEvent| {
            copy_text(&s);
            copied.set(true);
        })
    };
    let select_all =
        Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlTextAreaElement>().select());
    let export = |x: Export| {
        let cb = p.on_export.clone();
        Callback::from(move |_: MouseEvent| cb.emit(x))
    };
    html! {
        <div class="share">
            if p.embed {
                <a class="full-link" href={permalink.clone()} target="_blank"
                    rel="noopener">{"Open in the full playground ↗"}</a>
            } else {
                <button type="button" class="small" onclick={on_share}>{"Share"}</button>
                <button type="button" class="small" aria-expanded={(*open == Some("embed")).to_string()}
                    onclick={toggle("embed")}>{"Embed"}</button>
            }
            <button type="button" class="small" aria-expanded={(*open == Some("save")).to_string()}
                onclick={toggle("save")}>{"Save"}</button>
            if *open == Some("share") {
                <div class="popover" role="group" aria-label="Share">
                    <p>{
                        if *copied {
                            "Link copied. It restores this lesson, its parameters, clock and speed:"
                        } else {
                            "The link to this view:"
                        }
                    }</p>
                    <input class="link" type="text" readonly=true value={permalink.clone()} aria-label="Permalink" />
                </div>
            }
            if *open == Some("embed") {
                <div class="popover" role="group" aria-label="Embed">
                    <p>
                        {"Paste this into your course page. It shows this lesson with its current settings; "}
                        {"add "}<code>{"controls="}</code>{" or "}<code>{"panels="}</code>
                        {" to the URL to show less."}
                    </p>
                    <textarea readonly=true rows="4" aria-label="Embed snippet" onfocus={select_all}
                        value={snippet.clone()} />
                    <button type="button" class="small" onclick={copy_snippet}>
                        { if *copied { "Copied" } else { "Copy snippet" } }
                    </button>
                </div>
            }
            if *open == Some("save") {
                <div class="popover" role="group" aria-label="Save">
                    <button type="button" class="small" onclick={export(Export::Source)}>
                        {format!("The program ({})", p.settings.file_name())}
                    </button>
                    <button type="button" class="small" onclick={export(Export::Transcript)}
                        disabled={!p.has_run}>{"Transcript (.txt)"}</button>
                    <button type="button" class="small" onclick={export(Export::TranscriptAnsi)}
                        disabled={!p.has_run}>{"Transcript with ANSI colours"}</button>
                    <button type="button" class="small" onclick={export(Export::Trace)}
                        disabled={!p.has_run}>{"Trace (Perfetto JSON)"}</button>
                    <button type="button" class="small" onclick={export(Export::Svg)}
                        disabled={!p.has_run}>{"Timeline (.svg)"}</button>
                </div>
            }
        </div>
    }
}

/// Saves what the page shows of the run.
pub fn save(x: Export, file: &str, source: &str, snap: &crate::snapshot::Snapshot, end: f64) {
    let stem = file.trim_end_matches(".py");
    let res = match x {
        Export::Source => download(file, "text/x-python;charset=utf-8", source),
        Export::Transcript => {
            let text: String = snap
                .printed
                .lines
                .iter()
                .map(|l| engine::source::strip_ansi(l) + "\n")
                .collect();
            download(
                &format!("{stem}-transcript.txt"),
                "text/plain;charset=utf-8",
                &text,
            )
        }
        Export::TranscriptAnsi => {
            let text: String = snap
                .printed
                .lines
                .iter()
                .map(|l| format!("{l}\n"))
                .collect();
            download(
                &format!("{stem}-transcript-ansi.txt"),
                "text/plain;charset=utf-8",
                &text,
            )
        }
        Export::Trace => {
            let times: Vec<(f64, usize)> = snap
                .printed
                .times
                .iter()
                .copied()
                .zip(snap.printed.tasks.iter().copied())
                .collect();
            let json = engine::export::chrome_trace(
                file,
                &snap.lanes.timeline,
                &snap.names,
                &snap.printed.lines,
                &times,
            );
            download(&format!("{stem}-trace.json"), "application/json", &json)
        }
        Export::Svg => {
            let svg = engine::export::timeline_svg(&snap.lanes.timeline, &snap.names, end, 1000.0);
            download(&format!("{stem}-timeline.svg"), "image/svg+xml", &svg)
        }
    };
    if let Err(e) = res {
        web_sys::console::warn_1(&format!("could not save: {e}").into());
    }
}
