//! The timeline: one swimlane per task, drawn from the trace. Coordinates are
//! SVG percentages (no inline styles, so it works under a strict CSP).

use crate::snapshot::{Lanes as LaneData, Shared};
pub use engine::export::lane_name;
use engine::stats::SegKind;
use yew::prelude::*;

const LANE: f64 = 22.0;
const AXIS: f64 = 22.0;
const QUEUE_H: f64 = 48.0;
/// Above this many segments they are not each focusable (the table remains).
const MAX_FOCUSABLE: usize = 400;
/// Rows shown in the text alternative.
const MAX_ROWS: usize = 2000;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub lanes: Shared<LaneData>,
    /// Each lane's label (`count() #2`).
    pub labels: Shared<Vec<String>>,
    /// The current time (moves during waits).
    pub now: f64,
    /// The end of the time axis.
    pub end: f64,
    pub hovered: Option<usize>,
    pub zoom: u32,
    pub on_hover: Callback<Option<usize>>,
    pub on_zoom: Callback<u32>,
    pub show_cursor: bool,
}

/// Share of the plot's width used by the time axis (room is left on the right
/// for the last tick's label and the end marks).
const SPAN: f64 = 95.0;

fn pct(t: f64, end: f64) -> String {
    format!(
        "{:.4}%",
        if end > 0.0 {
            (t / end).clamp(0.0, 1.0) * SPAN
        } else {
            0.0
        }
    )
}

fn width_pct(d: f64, end: f64) -> String {
    format!(
        "{:.4}%",
        if end > 0.0 {
            (d / end).clamp(0.0, 1.0) * SPAN
        } else {
            0.0
        }
    )
}

fn ticks(end: f64) -> Vec<f64> {
    if end <= 0.0 {
        return vec![0.0];
    }
    let raw = end / 8.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(mag * 10.0);
    let mut v = Vec::new();
    let mut t = 0.0;
    while t <= end + 1e-9 {
        v.push(t);
        t += step;
    }
    v
}

fn fmt_secs(t: f64) -> String {
    if t == t.round() {
        format!("{t:.0} s")
    } else {
        format!("{t:.2} s")
    }
}

#[derive(Properties, PartialEq)]
struct LanesProps {
    lanes: Shared<LaneData>,
    labels: Shared<Vec<String>>,
    end: f64,
    /// The lanes to draw: those in view, and a few more.
    first: usize,
    last: usize,
    on_hover: Callback<Option<usize>>,
}

/// The bars of the lanes in view: redrawn only when the run or the view
/// changed (not when the cursor moves), so thousands of tasks stay smooth.
#[component]
fn Lanes(p: &LanesProps) -> Html {
    let s = &p.lanes;
    let segs = &s.timeline.segments;
    let focusable = segs.len() <= MAX_FOCUSABLE;
    let lanes = p.first..p.last.min(p.labels.len());
    html! {
        <g class="lanes">
            { for lanes.clone().filter(|t| t % 2 == 1).map(|t| html! {
                <rect class="lane-bg odd" x="0" width="100%" y={(AXIS + t as f64 * LANE).to_string()}
                    height={LANE.to_string()} />
            }) }
            { for lanes.clone().flat_map(|t| s.by_task[t].iter().copied()).map(|i| {
                let g = &segs[i];
                let y = AXIS + g.task as f64 * LANE;
                let enter = { let cb = p.on_hover.clone(); Callback::from(move |_: MouseEvent| cb.emit(Some(i))) };
                let focus = { let cb = p.on_hover.clone(); Callback::from(move |_: FocusEvent| cb.emit(Some(i))) };
                let label = format!(
                    "{}: {} {}–{}",
                    p.labels[g.task].clone(),
                    g.kind.label(),
                    fmt_secs(g.start),
                    fmt_secs(g.end)
                );
                let tab = focusable.then_some("0");
                if g.kind == SegKind::Running && g.end - g.start < p.end * 0.002 {
                    let x = pct(g.start, p.end);
                    html! {
                        <line class="seg run" x1={x.clone()} x2={x}
                            y1={(y + 3.0).to_string()} y2={(y + LANE - 3.0).to_string()}
                            role="img" tabindex={tab} aria-label={label} onmouseenter={enter} onfocus={focus} />
                    }
                } else {
                    html! {
                        <rect class={classes!("seg", g.kind.class())}
                            x={pct(g.start, p.end)} width={width_pct(g.end - g.start, p.end)}
                            y={(y + 4.0).to_string()} height={(LANE - 8.0).to_string()} rx="2"
                            role="img" tabindex={tab} aria-label={label} onmouseenter={enter} onfocus={focus} />
                    }
                }
            }) }
            { for lanes.filter_map(|t| s.timeline.tasks[t].end.map(|(at, cancelled)| {
                let y = AXIS + t as f64 * LANE;
                html! {
                    <text class={classes!("end-mark", cancelled.then_some("cancelled"))} x={pct(at, p.end)}
                        y={(y + LANE / 2.0 + 4.0).to_string()} dx="3">{ if cancelled { "✕" } else { "✓" } }</text>
                }
            })) }
        </g>
    }
}

/// The queue's size over time, at most `n` bars (the largest size in each
/// slice of time), however many times it changed.
fn queue_bars(q: &[(f64, usize)], now: f64, end: f64, n: usize) -> Vec<(f64, f64, usize)> {
    let mut out: Vec<(f64, f64, usize)> = Vec::new();
    let slice = if end > 0.0 { end / n as f64 } else { 1.0 };
    for (i, &(t, size)) in q.iter().enumerate() {
        let next = q.get(i + 1).map(|x| x.0).unwrap_or(now.max(t));
        match out.last_mut() {
            Some(last) if (t / slice).floor() == (last.0 / slice).floor() => {
                last.1 = next;
                last.2 = last.2.max(size);
            }
            _ => out.push((t, next, size)),
        }
    }
    out
}

#[component]
pub fn Timeline(p: &TimelineProps) -> Html {
    let s = &p.lanes;
    let n = p.labels.len();
    // Which lanes are in view of the scrolling box (top, height in pixels).
    let view = use_state(|| (0.0f64, 460.0f64));
    let onscroll = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::Element = e.target_unchecked_into();
            view.set((el.scroll_top() as f64, el.client_height().max(100) as f64));
        })
    };
    let first = (((view.0 - AXIS) / LANE).floor().max(0.0) as usize).saturating_sub(8);
    let last = ((view.0 + view.1 - AXIS) / LANE).ceil().max(0.0) as usize + 8;
    let table_open = use_state(|| false);
    let ontoggle = {
        let open = table_open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open(),
            )
        })
    };
    let has_queue = !s.timeline.queue.is_empty();
    let lanes_h = AXIS + n as f64 * LANE;
    let height = lanes_h + if has_queue { QUEUE_H + 8.0 } else { 0.0 };
    let end = p.end;
    let hovered = p.hovered.and_then(|i| s.timeline.segments.get(i));
    let leave = {
        let cb = p.on_hover.clone();
        Callback::from(move |_: MouseEvent| cb.emit(None))
    };
    let zoom_in = {
        let cb = p.on_zoom.clone();
        let z = p.zoom;
        Callback::from(move |_: MouseEvent| cb.emit(z * 2))
    };
    let zoom_out = {
        let cb = p.on_zoom.clone();
        let z = p.zoom;
        Callback::from(move |_: MouseEvent| cb.emit((z / 2).max(1)))
    };
    let qmax = s
        .timeline
        .queue
        .iter()
        .map(|q| q.1)
        .max()
        .unwrap_or(0)
        .max(1);
    html! {
        <section class="panel timeline-panel" aria-labelledby="timeline-h">
            <div class="panel-head">
                <h2 id="timeline-h">{"Timeline"}</h2>
                <div class="zoom">
                    <button type="button" class="small" onclick={zoom_out} disabled={p.zoom <= 1}
                        aria-label="Zoom out">{"−"}</button>
                    <span>{format!("{}×", p.zoom)}</span>
                    <button type="button" class="small" onclick={zoom_in} disabled={p.zoom >= 16}
                        aria-label="Zoom in">{"+"}</button>
                </div>
            </div>
            <ul class="legend" aria-label="Legend">
                { for [SegKind::Running, SegKind::Blocked, SegKind::Ready, SegKind::Sleeping,
                       SegKind::QueueGet, SegKind::QueuePut, SegKind::Awaiting]
                    .iter().map(|k| html! {
                        <li><svg class="swatch" width="22" height="12" aria-hidden="true">
                            if *k == SegKind::Running {
                                <line class="seg run" x1="11" x2="11" y1="0" y2="12" />
                            } else {
                                <rect class={classes!("seg", k.class())} x="0" y="1" width="22" height="10" rx="2" />
                            }
                        </svg>{k.label()}</li>
                    }) }
                <li><span class="end-mark">{"✓"}</span>{" finished"}</li>
                <li><span class="end-mark cancelled">{"✕"}</span>{" cancelled"}</li>
            </ul>
            <div class="tl-scroll" tabindex="0" role="group" aria-label="Timeline lanes (scrolls)" {onscroll}>
                <div class="tl-grid">
                    <div class="tl-names" aria-hidden="true">
                        <svg width="100%" height={height.to_string()}>
                            { for (first..last.min(n)).map(|t| html! {
                                <text x="6" y={(AXIS + t as f64 * LANE + 15.0).to_string()}>{p.labels[t].clone()}</text>
                            }) }
                            if has_queue {
                                <text class="queue-name" x="6"
                                    y={(lanes_h + 4.0 + QUEUE_H / 2.0 + 4.0).to_string()}>{"queue size"}</text>
                            }
                        </svg>
                    </div>
                    <div class={classes!("tl-plot", format!("zoom-{}", p.zoom))}>
                        <svg width="100%" height={height.to_string()} role="img"
                            aria-label={format!("Timeline of {n} tasks over {}", fmt_secs(end))} onmouseleave={leave}>
                            <defs>
                                <pattern id="p-sleep" patternUnits="userSpaceOnUse" width="6" height="6"
                                    patternTransform="rotate(45)">
                                    <rect class="pat-bg sleep" width="6" height="6" />
                                    <line class="pat-fg sleep" x1="0" y1="0" x2="0" y2="6" />
                                </pattern>
                                <pattern id="p-queue" patternUnits="userSpaceOnUse" width="5" height="5">
                                    <rect class="pat-bg queue" width="5" height="5" />
                                    <circle class="pat-fg queue" cx="2.5" cy="2.5" r="1.1" />
                                </pattern>
                                <pattern id="p-block" patternUnits="userSpaceOnUse" width="6" height="6">
                                    <rect class="pat-bg block" width="6" height="6" />
                                    <path class="pat-fg block" d="M0,0 L6,6 M6,0 L0,6" />
                                </pattern>
                            </defs>
                            { for ticks(end).into_iter().enumerate().map(|(i, t)| html! {
                                <g class={classes!("tick", (i % 2 == 1).then_some("odd"))}>
                                    <line x1={pct(t, end)} x2={pct(t, end)}
                                        y1={(AXIS - 4.0).to_string()} y2={height.to_string()} />
                                    <text x={pct(t, end)} y="13"
                                        dx={if t == 0.0 { "2" } else { "-8" }}>{fmt_secs(t)}</text>
                                </g>
                            }) }
                            <Lanes lanes={p.lanes.clone()} labels={p.labels.clone()} end={end} first={first} last={last}
                                on_hover={p.on_hover.clone()} />
                            if has_queue {
                                <g class="queue">
                                    { for queue_bars(&s.timeline.queue, s.now, end, 800).into_iter()
                                        .map(|(t, next, size)| {
                                            let h = size as f64 / qmax as f64 * QUEUE_H;
                                            html! {
                                                <rect class="qbar" x={pct(t, end)} width={width_pct(next - t, end)}
                                                    y={(lanes_h + 4.0 + QUEUE_H - h).to_string()}
                                                    height={h.to_string()} />
                                            }
                                        }) }
                                    <text class="qmax" x={format!("{SPAN}%")} dx="-4"
                                        y={(lanes_h + 14.0).to_string()}>{format!("max {qmax}")}</text>
                                </g>
                            }
                            if p.show_cursor {
                                <line class="cursor" x1={pct(p.now, end)} x2={pct(p.now, end)}
                                    y1="0" y2={height.to_string()} />
                            }
                        </svg>
                    </div>
                </div>
            </div>
            <p class="readout" aria-live="polite">
                { match hovered {
                    Some(g) => format!(
                        "{} — {} from {:.3} s to {:.3} s{}{}",
                        p.labels[g.task].clone(), g.kind.label(), g.start, g.end,
                        if g.detail.is_empty() { String::new() } else { format!(" ({})", g.detail) },
                        if g.lines.is_empty() {
                            String::new()
                        } else {
                            format!("; printed {} line(s), highlighted in the console", g.lines.len())
                        }
                    ),
                    None => "Point at or focus a bar to see what the task was doing.".to_string(),
                } }
            </p>
            <details class="tl-table" {ontoggle}>
                <summary>{"Timeline as a table"}</summary>
                <table>
                    <caption>{"Every segment of every task, in time order of its start"}</caption>
                    <thead><tr>
                        <th scope="col">{"task"}</th><th scope="col">{"state"}</th><th scope="col">{"from (s)"}</th>
                        <th scope="col">{"to (s)"}</th><th scope="col">{"detail"}</th>
                    </tr></thead>
                    <tbody>
                        { for s.timeline.segments.iter().take(if *table_open { MAX_ROWS } else { 0 }).map(|g| html! {
                            <tr><td>{p.labels[g.task].clone()}</td><td>{g.kind.label()}</td>
                                <td>{format!("{:.3}", g.start)}</td><td>{format!("{:.3}", g.end)}</td>
                                <td>{g.detail.clone()}</td></tr>
                        }) }
                    </tbody>
                </table>
                if s.timeline.segments.len() > MAX_ROWS {
                    <p>{format!("… and {} more segments", s.timeline.segments.len() - MAX_ROWS)}</p>
                }
            </details>
        </section>
    }
}
