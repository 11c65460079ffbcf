//! What each way of running the work costs: start-up (measured), memory and
//! switching (typical), the time it took and what the shared counter shows.

use engine::lessons::threads::{simulate, MODELS, PROCESS_START, TASK_START, THREAD_START};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CostsProps {
    pub calls: usize,
    pub delay: f64,
    pub cpu: bool,
}

#[component]
pub fn Costs(p: &CostsProps) -> Html {
    let sim = simulate(p.calls, p.delay, p.cpu);
    let rows = [
        ("one after another", "—", "—", "—"),
        (
            "threads (threading)",
            "one thread",
            "a stack (8 MB reserved, KBs used)",
            "OS scheduler; the GIL lets one run Python at a time",
        ),
        (
            "processes (multiprocessing)",
            "a whole interpreter",
            "its own copy of everything (MBs)",
            "OS scheduler; memory is not shared",
        ),
        (
            "asyncio tasks",
            "a coroutine object",
            "a frame (about 1–2 KB)",
            "the event loop, at each await: a function call",
        ),
    ];
    let start = [
        String::from("—"),
        format!("{:.0} µs", THREAD_START * 1e6),
        format!("{:.1} ms", PROCESS_START * 1e3),
        format!("{:.0} µs", TASK_START * 1e6),
    ];
    html! {
        <section class="panel costs-panel" aria-labelledby="costs-h">
            <h2 id="costs-h">{"Four ways to run the same work"}</h2>
            <p class="simulated" role="note">
                {"Threads and processes are simulated: a web page can have neither. \
                  The model is what CPython 3.11 does with this program on Linux: "}
                {"time.sleep blocks only the thread that calls it, a process gets its own copy of counter, \
                  and start-up costs are those measured for CPython on this project's machine. "}
                {"Run the Python program yourself to see the real thing (its timings will differ a little)."}
            </p>
            <p class="hint">{ if p.cpu {
                "Computing: the threads take turns holding the GIL (every 5 ms), \
                 so they are no faster than one after another; \
                 processes share this machine's 2 cores and really run in parallel; \
                 asyncio tasks never await, so each runs to its end before the next."
            } else {
                "Waiting: a sleeping thread lets the others run, \
                 and an awaiting task lets the loop run the others, so both overlap their waits; \
                 so do processes, after paying a larger start-up."
            } }</p>
            <div class="table-wrap" tabindex="0" role="group" aria-label="Costs (scrolls)">
                <table class="per-task">
                    <thead><tr>
                        <th scope="col">{"way"}</th><th scope="col">{"elapsed"}</th><th scope="col">{"counter"}</th>
                        <th scope="col">{"start-up each"}</th><th scope="col">{"each worker is"}</th>
                        <th scope="col">{"memory each"}</th><th scope="col">{"switching"}</th>
                    </tr></thead>
                    <tbody>
                        { for (0..4).map(|i| {
                            let (_, elapsed, counter) = sim.results[i];
                            html! {
                                <tr data-model={MODELS[i]}>
                                    <th scope="row">{rows[i].0}</th>
                                    <td>{format!("{elapsed:.2} s")}</td>
                                    <td>{counter}</td>
                                    <td>{start[i].clone()}</td>
                                    <td class="left">{rows[i].1}</td>
                                    <td class="left">{rows[i].2}</td>
                                    <td class="left">{rows[i].3}</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
