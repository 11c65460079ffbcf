//! The event loop's internals at the moment shown: the ready queue in order,
//! the timers by deadline, the queue with its waiting getters and putters.
//! Test hooks: the panel is named `Event loop`; the lists `Ready queue` and
//! `Timers` have one item per entry, in order.

use crate::snapshot::{LoopAt, Position, Shared};
use engine::internals::{ready_label, timer_label};
use engine::trace::ReadyItem;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InternalsProps {
    pub loop_at: Shared<LoopAt>,
    pub pos: Position,
    pub names: Shared<Vec<String>>,
    pub labels: Shared<Vec<String>>,
    pub show_captions: bool,
    pub on_captions: Callback<bool>,
    /// The source line of the last step (1-based, for "the line it is on").
    pub line: Option<usize>,
}

fn kind_class(r: &ReadyItem) -> &'static str {
    match r {
        ReadyItem::Step(_) => "k-step",
        ReadyItem::Wake(_) => "k-wake",
        ReadyItem::Timer(_) => "k-timer",
        ReadyItem::GatherChild { .. } => "k-gather",
        ReadyItem::Stop => "k-stop",
    }
}

#[component]
pub fn Internals(p: &InternalsProps) -> Html {
    let (s, l) = (&p.pos, &p.loop_at);
    let names = &p.names;
    let toggle = {
        let cb = p.on_captions.clone();
        let v = p.show_captions;
        Callback::from(move |_| cb.emit(!v))
    };
    let list = |label: &'static str, items: Vec<(String, &'static str)>, empty: &'static str| {
        html! {
            <div class="ilist">
                <h3 id={format!("h-{}", label.replace(' ', "-"))}>
                    {label}<span class="count">{format!(" ({})", items.len())}</span>
                </h3>
                <ul role="list" aria-label={label}>
                    { for items.into_iter().map(|(text, class)| html! { <li class={class}>{text}</li> }) }
                </ul>
                if l.frame.is_some() && list_is_empty(label, l) {
                    <p class="empty">{empty}</p>
                }
            </div>
        }
    };
    let frame = l.frame.as_ref();
    let ready: Vec<(String, &'static str)> = frame
        .map(|f| {
            f.ready
                .iter()
                .map(|r| (ready_label(r, names), kind_class(r)))
                .collect()
        })
        .unwrap_or_default();
    let timers: Vec<(String, &'static str)> = frame
        .map(|f| {
            f.timers
                .iter()
                .map(|t| (timer_label(t, names), "k-timer"))
                .collect()
        })
        .unwrap_or_default();
    let last_step = s.current_task.and_then(|t| p.labels.get(t).cloned());
    html! {
        <section class="panel internals" aria-label="Event loop">
            <div class="panel-head">
                <h2>{"Event loop"}</h2>
                <label class="check">
                    <input type="checkbox" checked={p.show_captions} onchange={toggle} />{" explanations"}
                </label>
            </div>
            <p class="where">
                { format!("After iteration {} at t = {:.3} s. ", s.iteration, s.now) }
                { match (last_step, p.line) {
                    (Some(t), Some(l)) => format!("Last step: {t}, line {l}."),
                    (Some(t), None) => format!("Last step: {t}."),
                    _ => String::new(),
                } }
            </p>
            if p.show_captions {
                if let Some(c) = l.caption.clone() {
                    <p class="caption" role="status">{c}</p>
                }
            }
            if !l.has_frames && s.run_id > 0 && s.printed > 0 {
                <p class="empty">{"The loop's internals are recorded for runs of up to 2,000 tasks."}</p>
            }
            <div class="ilists" tabindex="0" role="group" aria-label="The loop's queues (scrolls)">
                { list("Ready queue", ready, "empty: nothing is ready to run") }
                { list("Timers", timers, "none pending") }
                { for frame.into_iter().flat_map(|f| f.queues.iter()).map(|q| html! {
                    <div class="ilist queue-state">
                        <h3>{"Queue"}<span class="count">{
                            if q.maxsize > 0 {
                                format!(" ({} of {}, {} unfinished)", q.items.len(), q.maxsize, q.unfinished)
                            } else {
                                format!(" ({} items, {} unfinished)", q.items.len(), q.unfinished)
                            }
                        }</span></h3>
                        <ul role="list" aria-label="Queue items">
                            { for q.items.iter().map(|i| html! { <li class="k-item">{i.clone()}</li> }) }
                        </ul>
                        <h3>{"Waiting getters"}</h3>
                        <ul role="list" aria-label="Waiting getters">
                            { for q.getters.iter().map(|t| html! {
                                <li class="k-get">{p.labels.get(*t).cloned().unwrap_or_default()}</li>
                            }) }
                        </ul>
                        <h3>{"Waiting putters"}</h3>
                        <ul role="list" aria-label="Waiting putters">
                            { for q.putters.iter().map(|t| html! {
                                <li class="k-put">{p.labels.get(*t).cloned().unwrap_or_default()}</li>
                            }) }
                        </ul>
                    </div>
                }) }
            </div>
            <p class="legend-text">
                {"step: a task runs until its next await · wake: what it awaited is done · \
                  timer due: a sleep's callback sets its future (the wake comes next iteration) · \
                  gather: a gathered task ended"}
            </p>
        </section>
    }
}

fn list_is_empty(label: &str, l: &LoopAt) -> bool {
    let Some(f) = &l.frame else { return false };
    if label == "Ready queue" {
        f.ready.is_empty()
    } else {
        f.timers.is_empty()
    }
}
