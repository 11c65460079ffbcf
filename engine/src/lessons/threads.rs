//! `threads.py`: the lecture's first sections — processes, threads and
//! coroutines — side by side: the same `count()` work run one after another,
//! in threads, in processes and as asyncio tasks.
//!
//! Threads and processes are **simulated** (a browser page has neither): the
//! model below is what CPython does with this program on Linux, with start-up
//! costs measured on this project's machine (CPython 3.11: a thread's
//! start+join 58 µs, a forked process's 1.9 ms, a task's creation and first
//! step 4 µs). `time.sleep` blocks only the thread that calls it (the GIL is
//! released while sleeping), and a process has its own copy of `counter`.

use super::Params;
use crate::stats::{SegKind, Segment, TaskStats, Timeline};
use crate::{print, time};

pub const FILE: &str = "threads.py";
/// Not code in the lecture: its sections on processes, threads and
/// coroutines made runnable.
pub const SOURCE: &str = include_str!("py/threads.py");

/// Simulated costs (seconds), measured on this machine with CPython 3.11.
pub const THREAD_START: f64 = 58e-6;
pub const PROCESS_START: f64 = 1.9e-3;
pub const TASK_START: f64 = 4e-6;

/// The four ways, in the program's order.
pub const MODELS: [&str; 4] = ["sequential", "threads", "processes", "asyncio"];

/// The simulated run: what is printed when, and the timeline of every lane.
pub struct Simulation {
    pub lines: Vec<(f64, String)>,
    pub names: Vec<String>,
    pub timeline: Timeline,
    /// Per model: (start, elapsed, counter as the main program sees it).
    pub results: Vec<(f64, f64, usize)>,
}

struct Builder {
    names: Vec<String>,
    segs: Vec<Segment>,
    lines: Vec<(f64, String)>,
}

impl Builder {
    fn lane(&mut self, name: String) -> usize {
        self.names.push(name);
        self.names.len() - 1
    }
    fn seg(&mut self, task: usize, start: f64, end: f64, kind: SegKind, detail: &str) {
        self.segs.push(Segment { task, start, end, kind, detail: detail.to_string(), lines: Vec::new() });
    }
    fn print(&mut self, task: usize, t: f64, text: String) {
        let n = self.lines.len();
        self.lines.push((t, text));
        self.segs.push(Segment { task, start: t, end: t, kind: SegKind::Running, detail: String::new(), lines: vec![n] });
    }
}

/// Simulates the program for `calls` workers that each sleep `delay`.
pub fn simulate(calls: usize, delay: f64) -> Simulation {
    let mut b = Builder { names: Vec::new(), segs: Vec::new(), lines: Vec::new() };
    let main = b.lane(FILE.into()); // shown as "__main__ (threads.py)": the main thread
    let mut results = Vec::new();
    let mut t = 0.0;
    for model in MODELS {
        let start = t;
        b.print(main, t, format!("== {model} =="));
        let (end, counter) = match model {
            "sequential" => {
                for _ in 0..calls {
                    b.print(main, t, "One".into());
                    b.seg(main, t, t + delay, SegKind::Blocked, "time.sleep: this thread waits");
                    t += delay;
                    b.print(main, t, "Two".into());
                }
                (t, calls)
            }
            "threads" | "processes" => {
                let (cost, what) = if model == "threads" { (THREAD_START, "thread") } else { (PROCESS_START, "process") };
                let mut ends = Vec::new();
                for i in 0..calls {
                    let lane = b.lane(if what == "process" {
                        format!("process {} (own memory)", i + 1)
                    } else {
                        format!("thread {}", i + 1)
                    });
                    let s = t + i as f64 * cost;
                    b.seg(lane, s, s + cost, SegKind::Ready, &format!("{what} start-up ({:.3} ms)", cost * 1e3));
                    b.seg(main, s, s + cost, SegKind::Running, &format!("start() {what} {}", i + 1));
                    let go = s + cost;
                    b.print(lane, go, "One".into());
                    b.seg(lane, go, go + delay, SegKind::Blocked, "time.sleep: only this one waits");
                    b.print(lane, go + delay, "Two".into());
                    ends.push(go + delay);
                }
                let started = t + calls as f64 * cost;
                let end = ends.iter().copied().fold(started, f64::max);
                b.seg(main, started, end, SegKind::Awaiting, "join(): waits for them all");
                // Threads share the program's memory; each process has its own copy.
                (end, if model == "threads" { calls } else { 0 })
            }
            _ => {
                let mut end = t;
                for i in 0..calls {
                    let lane = b.lane(format!("task {}", i + 1));
                    let s = t + (i + 1) as f64 * TASK_START;
                    b.print(lane, s, "One".into());
                    b.seg(lane, s, s + delay, SegKind::Sleeping, "await asyncio.sleep: the loop runs others");
                    b.print(lane, s + delay, "Two".into());
                    end = s + delay;
                }
                b.seg(main, t, end, SegKind::Awaiting, "asyncio.run: the event loop, in this one thread");
                (end, calls)
            }
        };
        let elapsed = end - start;
        t = end;
        b.print(main, t, format!("{model}: {elapsed:.2} seconds, counter = {counter}"));
        results.push((start, elapsed, counter));
    }
    // Lines in time order (a stable sort keeps each lane's own order).
    let mut order: Vec<usize> = (0..b.lines.len()).collect();
    order.sort_by(|&x, &y| b.lines[x].0.total_cmp(&b.lines[y].0));
    let mut renumber = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        renumber[old] = new;
    }
    for g in &mut b.segs {
        for l in &mut g.lines {
            *l = renumber[*l];
        }
    }
    let lines: Vec<(f64, String)> = order.iter().map(|&i| b.lines[i].clone()).collect();
    let mut tasks = vec![TaskStats::default(); b.names.len()];
    for g in &b.segs {
        let d = g.end - g.start;
        let st = &mut tasks[g.task];
        match g.kind {
            SegKind::Running | SegKind::Blocked => st.running += d,
            SegKind::Sleeping => st.sleeping += d,
            SegKind::Ready => {}
            _ => st.waiting += d,
        }
        if g.kind == SegKind::Running {
            st.steps += 1;
        }
    }
    let end = t;
    for (i, st) in tasks.iter_mut().enumerate() {
        let last = b.segs.iter().filter(|g| g.task == i).map(|g| g.end).fold(0.0, f64::max);
        st.end = Some((if i == 0 { end } else { last }, false));
    }
    b.segs.sort_by(|x, y| x.start.total_cmp(&y.start));
    let timeline = Timeline { segments: b.segs, tasks, queue: Vec::new(), end, lateness: Vec::new() };
    Simulation { lines, names: b.names, timeline, results }
}

/// `if __name__ == "__main__":` — the simulated run's output, at its times.
pub async fn script(p: Params) {
    let sim = simulate(p.calls, p.delay);
    for (t, line) in sim.lines {
        let wait = t - time::perf_counter();
        if wait > 1e-12 {
            time::sleep(wait).await;
        }
        print(line);
    }
}

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let mut src = SOURCE.to_string();
    if p.calls != 3 {
        src = src.replace("range(3)", &format!("range({})", p.calls));
    }
    let d = crate::pyfmt::number(p.delay);
    src = super::replace_once(&src, "    time.sleep(1)\n", &format!("    time.sleep({d})\n"));
    super::replace_once(&src, "    await asyncio.sleep(1)\n", &format!("    await asyncio.sleep({d})\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_ways_take_what_cpython_takes() {
        let s = simulate(3, 1.0);
        let text: Vec<&str> = s.lines.iter().map(|(_, l)| l.as_str()).collect();
        // The program as CPython 3.11 printed it on this machine.
        let want = "== sequential ==|One|Two|One|Two|One|Two|sequential: 3.00 seconds, counter = 3|\
                    == threads ==|One|One|One|Two|Two|Two|threads: 1.00 seconds, counter = 3|\
                    == processes ==|One|One|One|Two|Two|Two|processes: 1.01 seconds, counter = 0|\
                    == asyncio ==|One|One|One|Two|Two|Two|asyncio: 1.00 seconds, counter = 3";
        assert_eq!(text.join("|"), want);
        assert_eq!(s.names.len(), 1 + 3 * 3);
        // Every printed line is on some lane's timeline.
        let mut on: Vec<usize> = s.timeline.segments.iter().flat_map(|g| g.lines.iter().copied()).collect();
        on.sort();
        assert_eq!(on, (0..s.lines.len()).collect::<Vec<_>>());
    }
}
