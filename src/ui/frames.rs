//! "Tasks and frames" (issue 14): at the line event shown, every task not done
//! with its state and its stack of frames (outermost first), each frame's line
//! and local variables (`repr` as CPython writes it). An object held in two
//! places or more carries the same small label (`#1`) in each.

use crate::hooks::use_frames::{use_frames, Frames, ProgramText};
use crate::runner::RunState;
use crate::snapshot::Position;
use playground_python::lines::Capture;
use std::rc::Rc;
use yew::prelude::*;

/// A value's repr is shown up to this many characters; the whole one on request.
const SHOWN: usize = 80;

#[derive(Properties, PartialEq)]
pub struct FramesProps {
    pub pos: Position,
    pub run_state: RunState,
    pub real_clock: bool,
    pub program: ProgramText,
}

fn value(repr: &str) -> Html {
    if repr.chars().count() <= SHOWN {
        return html! { <code>{repr}</code> };
    }
    let short: String = repr.chars().take(SHOWN - 1).collect();
    html! {
        <details class="long-value">
            <summary><code>{format!("{short}…")}</code></summary>
            <code class="whole">{repr}</code>
        </details>
    }
}

/// The task cards of one capture: drawn again only for another capture (a
/// panel of 60 tasks is thousands of nodes; scrubbing shows the last one meanwhile).
#[derive(Properties)]
struct TaskListProps {
    capture: Rc<Capture>,
}

impl PartialEq for TaskListProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.capture, &o.capture)
    }
}

/// Task cards drawn in one go; the rest follow, as many at a time, in tasks of
/// their own (making the hundred cards of `asyncq` 100×100 in one go held the
/// page 50–90 ms once scrubbing rested; `content-visibility` did not help, so
/// it is making the nodes, not laying them out).
const CARDS_AT_ONCE: usize = 25;

#[component]
fn TaskList(p: &TaskListProps) -> Html {
    let key = Rc::as_ptr(&p.capture) as usize;
    let shown = use_state(|| (key, CARDS_AT_ONCE));
    let n = if shown.0 == key {
        shown.1
    } else {
        CARDS_AT_ONCE
    };
    let total = p.capture.tasks.len();
    {
        let shown = shown.clone();
        use_effect_with((key, n), move |&(key, n)| {
            let more = (n < total).then(|| {
                gloo_timers::callback::Timeout::new(0, move || {
                    shown.set((key, n + CARDS_AT_ONCE));
                })
            });
            if more.is_none() {
                // The benchmark's figure: from the capture found to its last card drawn.
                let found = crate::bench::FRAMES_FOUND_AT.with(|c| c.replace(f64::NAN));
                if found.is_finite() {
                    let ms = crate::runner::perf_now() - found;
                    crate::bench::FRAMES_DRAW_MS.with(|c| c.set(ms));
                }
            }
            move || drop(more)
        });
    }
    tasks(&p.capture, n)
}

fn tasks(c: &Capture, n: usize) -> Html {
    html! {
            <ol class="task-frames">
            { for c.tasks.iter().take(n).map(|t| {
                let running = t.state == "running";
                let label = if t.label == "__main__" { "the script (__main__)".to_string() } else { t.label.clone() };
                html! {
                    <li class={classes!("task-frame", running.then_some("running"))}>
                        <div class="task-head">
                            <strong>{label}</strong>
                            <span class="task-state">{t.state.clone()}</span>
                        </div>
                        <ol class="frames">
                        { for t.frames.iter().map(|f| html! {
                            <li class="frame">
                                <div class="frame-head"><code>{f.name.clone()}</code>{format!(" line {}", f.line)}</div>
                                if !f.locals.is_empty() {
                                    <table class="locals">
                                    { for f.locals.iter().map(|(k, v, shared)| html! {
                                        <tr>
                                            <th scope="row"><code>{k.clone()}</code></th>
                                            <td>{value(v)}</td>
                                            <td class="shared">{shared.map(|l| html! {
                                                <span class="obj-label"
                                                    title="the same object is held elsewhere under this label">
                                                    {format!("#{l}")}
                                                </span>
                                            }).unwrap_or_default()}</td>
                                        </tr>
                                    }) }
                                    </table>
                                }
                            </li>
                        }) }
                        </ol>
                    </li>
                }
            }) }
            </ol>
    }
}

#[component]
pub fn FramesPanel(props: &FramesProps) -> Html {
    let frames = use_frames(
        &props.pos,
        &props.run_state,
        props.real_clock,
        &props.program,
    );
    html! {
        if let Some(frames) = frames { <FramesView {frames} /> }
    }
}

#[derive(Properties, PartialEq)]
struct FramesViewProps {
    frames: Frames,
}

#[component]
fn FramesView(p: &FramesViewProps) -> Html {
    let body = match &p.frames {
        Frames::Note(n) => html! { <p class="hint">{n.clone()}</p> },
        Frames::At(c) => html! {
            <>
            <p class="hint">{format!(
                "At line event {} (t = {:.3} s). Shift+← / Shift+→ move by line.",
                c.event, c.time
            )}</p>
            <div class="task-list"><TaskList capture={c.clone()} /></div>
            if c.omitted > 0 {
                <p class="hint">{format!(
                    "…and {} more tasks, not shown (the panel shows the first {} and the running one).",
                    c.omitted, crate::hooks::use_frames::MAX_TASKS
                )}</p>
            }
            </>
        },
        Frames::Finding(n, last) => html! {
            <>
            <p class="hint" aria-busy="true">{format!("Running the program again to line event {n}…")}</p>
            if let Some(c) = last { <div class="task-list stale"><TaskList capture={c.clone()} /></div> }
            </>
        },
    };
    html! {
        <section class="panel frames-panel" aria-label="Tasks and frames">
            <h2>{"Tasks and frames"}</h2>
            {body}
        </section>
    }
}
