//! Statistics: total time, the same work done sequentially, the speed-up, and
//! per task its running, sleeping and waiting time, steps and wake-ups.

use crate::snapshot::{Lanes, Shared};
use engine::stats::percentile;
use yew::prelude::*;

/// Tasks listed in the table: more would not be read, and drawing thousands of
/// rows would hold the page (the timeline and its table have every task).
const MAX_ROWS: usize = 100;

#[derive(Properties, PartialEq)]
pub struct StatsProps {
    pub lanes: Shared<Lanes>,
    pub labels: Shared<Vec<String>>,
    /// Something was printed (the hint on how to start goes).
    pub printed: bool,
    pub finished: bool,
    /// Milliseconds the run took in the browser, when it ended.
    pub measured_ms: Option<f64>,
    pub real_clock: bool,
    /// Show the sequential-vs-concurrent figures (not for the simulated
    /// threads lesson, whose own table compares the four ways).
    #[prop_or(true)]
    pub figures: bool,
}

#[component]
pub fn Stats(p: &StatsProps) -> Html {
    let tl = &p.lanes.timeline;
    let total = p.lanes.now;
    let seq = tl.sequential_time();
    let speedup = if total > 0.0 { seq / total } else { 0.0 };
    let late = |q: f64| {
        percentile(&tl.lateness, q)
            .map(|v| format!("{:.1} ms", v * 1000.0))
            .unwrap_or("—".into())
    };
    html! {
        <section class="panel stats-panel" aria-labelledby="stats-h">
            <h2 id="stats-h">{"Statistics"}</h2>
            <dl class="figures">
                <div><dt>{ if p.real_clock { "elapsed (real clock)" } else { "elapsed (virtual)" } }</dt>
                    <dd data-stat="total">{format!("{total:.2} s")}</dd></div>
                if p.figures {
                    <div><dt>{"the same sleeps one after another"}</dt>
                        <dd data-stat="sequential">{format!("{seq:.2} s")}</dd></div>
                    <div><dt>{"speed-up from concurrency"}</dt>
                        <dd data-stat="speedup">{
                            if total > 0.0 { format!("{speedup:.2}×") } else { "—".into() }
                        }</dd></div>
                }
                if let Some(ms) = p.measured_ms {
                    <div><dt>{"measured in the browser"}</dt>
                        <dd data-stat="measured">{format!("{:.0} ms", ms)}</dd></div>
                }
                if p.real_clock {
                    <div><dt>{"wake-up lateness p50 / p95 / max"}</dt>
                        <dd data-stat="lateness">{
                            format!("{} / {} / {}", late(50.0), late(95.0), late(100.0))
                        }</dd></div>
                }
            </dl>
            if !p.finished && total == 0.0 && !p.printed {
                <p class="hint">
                    {"Press Run (or Space) to run the program; Step (→) runs one loop iteration at a time."}
                </p>
            }
            <div class="table-wrap" tabindex="0" role="group" aria-label="Per-task statistics (scrolls)">
                <table class="per-task">
                    <caption>{"Per task (times in seconds)"}</caption>
                    <thead><tr>
                        <th scope="col">{"task"}</th><th scope="col">{"running"}</th><th scope="col">{"sleeping"}</th>
                        <th scope="col">{"waiting"}</th><th scope="col">{"steps"}</th>
                        <th scope="col">{"wake-ups"}</th><th scope="col">{"end"}</th>
                    </tr></thead>
                    <tbody>
                        { for tl.tasks.iter().enumerate().take(MAX_ROWS).map(|(t, st)| html! {
                            <tr>
                                <th scope="row">{p.labels[t].clone()}</th>
                                <td>{format!("{:.2}", st.running)}</td><td>{format!("{:.2}", st.sleeping)}</td>
                                <td>{format!("{:.2}", st.waiting)}</td><td>{st.steps}</td><td>{st.wakeups}</td>
                                <td>{
                                    match st.end {
                                        Some((at, true)) => format!("cancelled at {at:.2}"),
                                        Some((at, false)) => format!("finished at {at:.2}"),
                                        None => "—".into(),
                                    }
                                }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if tl.tasks.len() > MAX_ROWS {
                <p class="hint">{format!(
                    "…and {} more tasks, not listed (the table lists the first {MAX_ROWS}; \
                     the timeline has them all).",
                    tl.tasks.len() - MAX_ROWS
                )}</p>
            }
        </section>
    }
}
