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

use super::{Simulator, Group, Kind, LessonDef, ParamSpec, Params, View};
use crate::stats::{SegKind, Segment, TaskStats, Timeline};

pub const FILE: &str = "threads.py";
/// Not code in the lecture: its sections on processes, threads and
/// coroutines made runnable.
pub const SOURCE: &str = include_str!("py/threads.py");

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        name: "calls",
        label: "workers (count() calls)",
        kind: Kind::Int {
            min: 1,
            max: 8,
            default: 3,
        },
    },
    ParamSpec {
        name: "work",
        label: "the work: waiting (sleep) or computing (cpu)",
        kind: Kind::Choice {
            options: &["sleep", "cpu"],
            default: "sleep",
        },
    },
    ParamSpec {
        name: "delay",
        label: "seconds of it",
        kind: Kind::Float {
            min: 0.0,
            max: 10.0,
            step: 0.1,
            default: 1.0,
        },
    },
];

pub const LESSON: LessonDef = LessonDef {
    name: "threads",
    file: FILE,
    title: "Processes, threads, coroutines",
    about: "The same count() work done four ways, on one time axis: one after another (3 s), in threads (1 s: \
        time.sleep blocks only its own thread), in processes (1 s too, but each starts a whole interpreter and has its \
        own memory, so the shared counter stays 0 in the parent), and as asyncio tasks in a single thread (1 s, the \
        cheapest to start and switch). Threads and processes are simulated here: a web page has neither.",
    group: Group::Concepts,
    source: SOURCE,
    params: PARAMS,
    write: python,
    view: View::Simulation,
    simulation: Some(Simulator {
        lines,
        timeline: |p| {
            let (calls, delay, cpu) = inputs(p);
            let s = simulate(calls, delay, cpu);
            (s.timeline, s.names)
        },
        inputs,
    }),
    ..LessonDef::BASE
};

/// Simulated costs (seconds), measured on this machine with CPython 3.11.
pub const THREAD_START: f64 = 58e-6;
pub const PROCESS_START: f64 = 1.9e-3;
pub const TASK_START: f64 = 4e-6;

/// CPU-bound work: how often the GIL hands over (CPython's default
/// `sys.getswitchinterval()`), the OS's time slice, and the cores (this machine's).
pub const GIL_SWITCH: f64 = 0.005;
pub const OS_SLICE: f64 = 0.010;
pub const CORES: usize = 2;

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
        self.segs.push(Segment {
            task,
            start,
            end,
            kind,
            detail: detail.to_string(),
            lines: Vec::new(),
        });
    }
    /// Adds a segment, merged into the lane's previous one when they touch.
    fn extend(&mut self, task: usize, start: f64, end: f64, kind: SegKind, detail: &str) {
        if let Some(g) = self
            .segs
            .iter_mut()
            .rev()
            .find(|g| g.task == task && g.lines.is_empty())
        {
            if g.kind == kind && (g.end - start).abs() < 1e-12 {
                g.end = end;
                return;
            }
        }
        self.seg(task, start, end, kind, detail);
    }

    /// Runs `work` seconds of CPU for each lane from its ready time, on
    /// `slots` CPUs taking turns every `quantum` (preemptively, round-robin).
    /// Prints One when a lane first runs and Two when it is done; returns the ends.
    fn round_robin(
        &mut self,
        lanes: &[(usize, f64)],
        work: f64,
        slots: usize,
        quantum: f64,
        wait: &str,
    ) -> Vec<f64> {
        let mut left: Vec<f64> = vec![work; lanes.len()];
        let mut started = vec![false; lanes.len()];
        let mut ends = vec![0.0; lanes.len()];
        let mut queue: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
        let mut waiting: Vec<usize> = (0..lanes.len()).collect();
        let mut t = lanes.iter().map(|l| l.1).fold(f64::INFINITY, f64::min);
        // Long runs are drawn with coarser turns (at most ~4,000 per lane group).
        let quantum = quantum.max(work * lanes.len() as f64 / 4000.0);
        while queue.len() + waiting.len() > 0 {
            waiting.retain(|&i| {
                if lanes[i].1 <= t + 1e-12 {
                    queue.push_back(i);
                    false
                } else {
                    true
                }
            });
            if queue.is_empty() {
                t = waiting
                    .iter()
                    .map(|&i| lanes[i].1)
                    .fold(f64::INFINITY, f64::min);
                continue;
            }
            let k = slots.min(queue.len());
            let picked: Vec<usize> = queue.drain(..k).collect();
            let dt = picked.iter().map(|&i| left[i]).fold(quantum, f64::min);
            for &i in &picked {
                let lane = lanes[i].0;
                if !started[i] {
                    started[i] = true;
                    self.print(lane, t, "One".into());
                }
                self.extend(lane, t, t + dt, SegKind::Running, "running Python");
                left[i] -= dt;
            }
            for &i in queue.iter() {
                self.extend(lanes[i].0, t, t + dt, SegKind::Ready, wait);
            }
            t += dt;
            for &i in &picked {
                if left[i] <= 1e-12 {
                    ends[i] = t;
                    self.print(lanes[i].0, t, "Two".into());
                } else {
                    queue.push_back(i);
                }
            }
        }
        ends
    }

    fn print(&mut self, task: usize, t: f64, text: String) {
        let n = self.lines.len();
        self.lines.push((t, text));
        self.segs.push(Segment {
            task,
            start: t,
            end: t,
            kind: SegKind::Running,
            detail: String::new(),
            lines: vec![n],
        });
    }
}

/// Simulates the program for `calls` workers that each sleep `delay`
/// (`cpu`: that each compute for `delay` seconds of CPU instead).
pub fn simulate(calls: usize, delay: f64, cpu: bool) -> Simulation {
    let mut b = Builder {
        names: Vec::new(),
        segs: Vec::new(),
        lines: Vec::new(),
    };
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
                    if cpu {
                        b.seg(main, t, t + delay, SegKind::Running, "busy(): computing");
                    } else {
                        b.seg(
                            main,
                            t,
                            t + delay,
                            SegKind::Blocked,
                            "time.sleep: this thread waits",
                        );
                    }
                    t += delay;
                    b.print(main, t, "Two".into());
                }
                (t, calls)
            }
            "threads" | "processes" => {
                let (cost, what) = if model == "threads" {
                    (THREAD_START, "thread")
                } else {
                    (PROCESS_START, "process")
                };
                let mut ends = Vec::new();
                let mut ready = Vec::new();
                for i in 0..calls {
                    let lane = b.lane(if what == "process" {
                        format!("process {} (own memory)", i + 1)
                    } else {
                        format!("thread {}", i + 1)
                    });
                    let s = t + i as f64 * cost;
                    b.seg(
                        lane,
                        s,
                        s + cost,
                        SegKind::Ready,
                        &format!("{what} start-up ({:.3} ms)", cost * 1e3),
                    );
                    b.seg(
                        main,
                        s,
                        s + cost,
                        SegKind::Running,
                        &format!("start() {what} {}", i + 1),
                    );
                    let go = s + cost;
                    if cpu {
                        ready.push((lane, go));
                    } else {
                        b.print(lane, go, "One".into());
                        b.seg(
                            lane,
                            go,
                            go + delay,
                            SegKind::Blocked,
                            "time.sleep: only this one waits",
                        );
                        b.print(lane, go + delay, "Two".into());
                        ends.push(go + delay);
                    }
                }
                if cpu {
                    // Threads take turns holding the GIL; processes share the cores.
                    ends = if model == "threads" {
                        b.round_robin(&ready, delay, 1, GIL_SWITCH, "ready: waiting for the GIL")
                    } else {
                        b.round_robin(
                            &ready,
                            delay,
                            CORES,
                            OS_SLICE,
                            "ready: waiting for a CPU core",
                        )
                    };
                }
                let started = t + calls as f64 * cost;
                let end = ends.iter().copied().fold(started, f64::max);
                b.seg(
                    main,
                    started,
                    end,
                    SegKind::Awaiting,
                    "join(): waits for them all",
                );
                // Threads share the program's memory; each process has its own copy.
                (end, if model == "threads" { calls } else { 0 })
            }
            _ => {
                let mut end = t;
                let mut at = t;
                for i in 0..calls {
                    let lane = b.lane(format!("task {}", i + 1));
                    if cpu {
                        // No await in the work: each task runs to its end before the next starts.
                        let s = at + TASK_START;
                        if s > t + TASK_START {
                            b.seg(
                                lane,
                                t + TASK_START,
                                s,
                                SegKind::Ready,
                                "ready: the loop is busy with another task",
                            );
                        }
                        b.print(lane, s, "One".into());
                        b.seg(
                            lane,
                            s,
                            s + delay,
                            SegKind::Running,
                            "busy(): no await, so nothing else runs",
                        );
                        b.print(lane, s + delay, "Two".into());
                        at = s + delay;
                        end = at;
                        continue;
                    }
                    let s = t + (i + 1) as f64 * TASK_START;
                    b.print(lane, s, "One".into());
                    b.seg(
                        lane,
                        s,
                        s + delay,
                        SegKind::Sleeping,
                        "await asyncio.sleep: the loop runs others",
                    );
                    b.print(lane, s + delay, "Two".into());
                    end = s + delay;
                }
                b.seg(
                    main,
                    t,
                    end,
                    SegKind::Awaiting,
                    "asyncio.run: the event loop, in this one thread",
                );
                (end, calls)
            }
        };
        let elapsed = end - start;
        t = end;
        b.print(
            main,
            t,
            format!("{model}: {elapsed:.2} seconds, counter = {counter}"),
        );
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
        crate::stats::account(&mut tasks, g);
    }
    let end = t;
    for (i, st) in tasks.iter_mut().enumerate() {
        let last = b
            .segs
            .iter()
            .filter(|g| g.task == i)
            .map(|g| g.end)
            .fold(0.0, f64::max);
        st.end = Some((if i == 0 { end } else { last }, false));
    }
    b.segs.sort_by(|x, y| x.start.total_cmp(&y.start));
    let timeline = Timeline {
        segments: b.segs,
        tasks,
        queue: Vec::new(),
        end,
        lateness: Vec::new(),
    };
    Simulation {
        lines,
        names: b.names,
        timeline,
        results,
    }
}

/// The simulated run's output, at its times.
pub fn lines(p: &Params) -> Vec<(f64, String)> {
    let (calls, delay, cpu) = inputs(p);
    simulate(calls, delay, cpu).lines
}

/// What the simulation is of: workers, seconds of work each, and whether the
/// work computes (`cpu`) rather than sleeps.
pub fn inputs(p: &Params) -> (usize, f64, bool) {
    (p.count("calls"), p.float("delay"), p.choice("work") == "cpu")
}

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let mut src = SOURCE.to_string();
    if p.choice("work") == "cpu" {
        src = super::replace_once(
            &src,
            "\ncounter = 0\n",
            concat!(
                "\ncounter = 0\nLOOPS_PER_SECOND = 30_000_000  # about one second of CPU for CPython here\n\n\n",
                "def busy(seconds):\n    for _ in range(int(LOOPS_PER_SECOND * seconds)):\n        pass\n",
            ),
        );
        src = super::replace_once(
            &src,
            "    time.sleep(1)\n",
            "    busy(1)  # CPU work: no sleep, no await\n",
        );
        src = super::replace_once(
            &src,
            "    await asyncio.sleep(1)\n",
            "    busy(1)  # CPU work: no await, so the loop cannot switch\n",
        );
        src = src.replace(
            "busy(1)",
            &format!("busy({})", crate::pyfmt::number(p.float("delay"))),
        );
        if p.count("calls") != 3 {
            src = src.replace("range(3)", &format!("range({})", p.count("calls")));
        }
        return src;
    }
    if p.count("calls") != 3 {
        src = src.replace("range(3)", &format!("range({})", p.count("calls")));
    }
    let d = crate::pyfmt::number(p.float("delay"));
    src = super::replace_once(
        &src,
        "    time.sleep(1)\n",
        &format!("    time.sleep({d})\n"),
    );
    super::replace_once(
        &src,
        "    await asyncio.sleep(1)\n",
        &format!("    await asyncio.sleep({d})\n"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_bound_threads_take_turns_and_processes_share_the_cores() {
        let s = simulate(3, 1.0, true);
        let r: Vec<String> = s
            .results
            .iter()
            .map(|(_, e, c)| format!("{e:.2}/{c}"))
            .collect();
        // Sequential 3 s; threads 3 s (one holds the GIL at a time); processes
        // 1.5 s (three share two cores) plus their start-up; asyncio 3 s (no
        // await in the work).
        assert_eq!(r, ["3.00/3", "3.00/3", "1.51/0", "3.00/3"]);
        // The threads really interleave: many short turns each.
        let turns = s
            .timeline
            .segments
            .iter()
            .filter(|g| g.task == 1 && g.kind == SegKind::Running)
            .count();
        assert!(turns > 100, "{turns} turns");
    }

    #[test]
    fn the_four_ways_take_what_cpython_takes() {
        let s = simulate(3, 1.0, false);
        let text: Vec<&str> = s.lines.iter().map(|(_, l)| l.as_str()).collect();
        // The program as CPython 3.11 printed it on this machine.
        let want =
            "== sequential ==|One|Two|One|Two|One|Two|sequential: 3.00 seconds, counter = 3|\
                    == threads ==|One|One|One|Two|Two|Two|threads: 1.00 seconds, counter = 3|\
                    == processes ==|One|One|One|Two|Two|Two|processes: 1.01 seconds, counter = 0|\
                    == asyncio ==|One|One|One|Two|Two|Two|asyncio: 1.00 seconds, counter = 3";
        assert_eq!(text.join("|"), want);
        assert_eq!(s.names.len(), 1 + 3 * 3);
        // Every printed line is on some lane's timeline.
        let mut on: Vec<usize> = s
            .timeline
            .segments
            .iter()
            .flat_map(|g| g.lines.iter().copied())
            .collect();
        on.sort();
        assert_eq!(on, (0..s.lines.len()).collect::<Vec<_>>());
    }
}
