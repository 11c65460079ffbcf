//! The loop's internals at a moment, in words: labels for the ready queue,
//! the timers and the queue, and captions tied to what is happening.

use crate::export::lane_name;
use crate::trace::{EventKind, ReadyItem, TimerItem, Trace, Wait};

fn task(names: &[String], t: Option<usize>) -> String {
    match t {
        Some(t) => lane_name(names, t),
        None => "a finished task".into(),
    }
}

/// "step count() #1", "wake main()", "timer → wake count() #2", ...
pub fn ready_label(item: &ReadyItem, names: &[String]) -> String {
    match item {
        ReadyItem::Step(t) => format!("step {}", task(names, Some(*t))),
        ReadyItem::Wake(t) => format!("wake {}", task(names, Some(*t))),
        ReadyItem::Timer(t) => format!("timer due: set the future {} sleeps on", task(names, *t)),
        ReadyItem::GatherChild { child, parent } => {
            format!(
                "gather: {} ended (for {})",
                task(names, Some(*child)),
                task(names, *parent)
            )
        }
        ReadyItem::Stop => "stop the loop (main() ended)".into(),
    }
}

/// "1.000 s — count() #1"
pub fn timer_label(t: &TimerItem, names: &[String]) -> String {
    format!("{:.3} s — {}", t.when, task(names, t.task))
}

/// The ready queue and timers at `moment` as text (for the CLI and tests).
pub fn describe(trace: &Trace, names: &[String], moment: u64) -> String {
    let mut out = String::new();
    if let Some(f) = trace.frame_at(moment) {
        out.push_str(&format!("iteration {} at {:.3} s\n", f.iteration, f.time));
        out.push_str("ready:\n");
        for r in &f.ready {
            out.push_str(&format!("  {}\n", ready_label(r, names)));
        }
        out.push_str("timers:\n");
        for t in &f.timers {
            out.push_str(&format!("  {}\n", timer_label(t, names)));
        }
        for q in &f.queues {
            out.push_str(&format!("queue: {} item(s)", q.items.len()));
            if !q.getters.is_empty() {
                let g: Vec<String> = q.getters.iter().map(|t| lane_name(names, *t)).collect();
                out.push_str(&format!("; getters waiting: {}", g.join(", ")));
            }
            if !q.putters.is_empty() {
                let p: Vec<String> = q.putters.iter().map(|t| lane_name(names, *t)).collect();
                out.push_str(&format!("; putters waiting: {}", p.join(", ")));
            }
            out.push('\n');
        }
    }
    out
}

/// What a student should notice at this moment, if anything (short, for
/// someone who has just read the lecture).
pub fn caption(trace: &Trace, names: &[String], moment: u64) -> Option<String> {
    // What happened in the iteration that ends at this moment.
    // Events are recorded in iteration order: find this iteration's by bisection.
    let lo = trace.events.partition_point(|e| e.iteration < moment);
    let hi = trace.events.partition_point(|e| e.iteration <= moment);
    let events: Vec<_> = trace.events[lo..hi].iter().collect();
    let blocked = events
        .iter()
        .any(|e| matches!(e.kind, EventKind::Blocked { .. }));
    if blocked {
        return Some(
            "time.sleep() blocks: the whole thread stops until it returns, \
             so nothing else could run even if it were ready."
                .into(),
        );
    }
    let f = trace.frame_at(moment)?;
    let cancelled = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Cancelled))
        .count();
    if cancelled > 0 {
        return Some(format!(
            "{cancelled} task(s) cancelled: \
             CancelledError was raised at the await where each one waited, and unwound it."
        ));
    }
    if let Some(q) = f.queues.first() {
        if let Some(&g) = q.getters.first() {
            if q.items.is_empty() {
                return Some(format!(
                    "{} found the queue empty and is parked until a producer puts an item{}.",
                    lane_name(names, g),
                    if q.getters.len() > 1 {
                        format!(
                            " ({} consumers are waiting, first come, first served)",
                            q.getters.len()
                        )
                    } else {
                        String::new()
                    }
                ));
            }
        }
        if let Some(&p) = q.putters.first() {
            return Some(format!(
                "The queue is full (maxsize {}): {} waits for a consumer to make room.",
                q.maxsize,
                lane_name(names, p)
            ));
        }
        let joined = events.iter().any(|e| {
            matches!(
                &e.kind,
                EventKind::Suspended {
                    wait: Wait::QueueJoin
                }
            )
        });
        if joined {
            return Some(
                "main() waits in q.join() until task_done() has been called for every item put."
                    .into(),
            );
        }
    }
    if f.ready.iter().any(|r| matches!(r, ReadyItem::Stop)) {
        return Some("main() has returned: asyncio.run stops the loop.".into());
    }
    if f.ready
        .iter()
        .any(|r| matches!(r, ReadyItem::GatherChild { .. }))
    {
        let waiting = f
            .ready
            .iter()
            .filter(|r| matches!(r, ReadyItem::GatherChild { .. }))
            .count();
        return Some(format!(
            "{waiting} gathered task(s) ended; gather counts them in its callbacks and returns once the last task ends."
        ));
    }
    // Only wake-ups are ready, and timers went away: they came due in this iteration.
    let only_wakes = !f.ready.is_empty() && f.ready.iter().all(|r| matches!(r, ReadyItem::Wake(_)));
    let prev_timers = trace
        .frame_at(moment.saturating_sub(1))
        .map(|p| p.timers.len())
        .unwrap_or(0);
    if only_wakes && moment > 0 && prev_timers > f.timers.len() {
        return Some(
            "Timers came due: each timer's callback set its sleep's future, \
             and that scheduled the sleeping task's wake-up for the next iteration."
                .into(),
        );
    }
    if f.ready.is_empty() && !f.timers.is_empty() {
        let sleeping = f.timers.len();
        return Some(format!(
            "{} sleeping: the loop has nothing to run, so it waits for the earliest timer ({:.3} s).",
            if sleeping == 1 { "One task is".to_string() } else { format!("All {sleeping} waiting tasks are") },
            f.timers[0].when
        ));
    }
    if moment == 0 {
        return Some(
            "asyncio.run(main()) has created the main task; its first step is in the ready queue."
                .into(),
        );
    }
    let steps = f
        .ready
        .iter()
        .filter(|r| matches!(r, ReadyItem::Step(_)))
        .count();
    if steps > 1 {
        return Some(format!(
            "{steps} new tasks wait in the ready queue: \
             each will run until its first await, one after another, in order."
        ));
    }
    None
}

/// The moments (iterations) at which `task` printed a line.
pub fn print_moments(trace: &Trace, task: usize) -> Vec<u64> {
    let mut v: Vec<u64> = trace
        .events
        .iter()
        .filter(|e| e.task == task && matches!(e.kind, EventKind::Print { .. }))
        .map(|e| e.iteration)
        .collect();
    v.dedup();
    v
}
