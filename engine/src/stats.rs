//! The timeline and statistics of a run, derived from its trace alone.

use crate::trace::{EventKind, TaskId, Trace, Wait};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SegKind {
    /// Stepping (on the virtual clock a step takes no time: a zero-width mark).
    Running,
    /// Inside a blocking call: the whole thread is held.
    Blocked,
    /// Scheduled in the ready queue, waiting for its turn.
    Ready,
    Sleeping,
    QueueGet,
    QueuePut,
    QueueJoin,
    /// Waiting on `gather`, another task, `asyncio.run` or a future.
    Awaiting,
}

impl SegKind {
    pub fn label(self) -> &'static str {
        match self {
            SegKind::Running => "running",
            SegKind::Blocked => "blocked (time.sleep)",
            SegKind::Ready => "ready (waiting for the loop)",
            SegKind::Sleeping => "sleeping",
            SegKind::QueueGet => "waiting: queue get",
            SegKind::QueuePut => "waiting: queue put",
            SegKind::QueueJoin => "waiting: queue join",
            SegKind::Awaiting => "awaiting",
        }
    }
    /// A CSS class name (one word; also the Perfetto trace's `cat`).
    pub fn class(self) -> &'static str {
        match self {
            SegKind::Running => "run",
            SegKind::Blocked => "block",
            SegKind::Ready => "ready",
            SegKind::Sleeping => "sleep",
            SegKind::QueueGet => "qget",
            SegKind::QueuePut => "qput",
            SegKind::QueueJoin => "qjoin",
            SegKind::Awaiting => "await",
        }
    }
    fn of(wait: &Wait) -> SegKind {
        match wait {
            Wait::Sleep { .. } => SegKind::Sleeping,
            Wait::Yield => SegKind::Ready,
            Wait::QueueGet => SegKind::QueueGet,
            Wait::QueuePut => SegKind::QueuePut,
            Wait::QueueJoin => SegKind::QueueJoin,
            Wait::Gather { .. } | Wait::Task { .. } | Wait::Run | Wait::Future => SegKind::Awaiting,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub task: TaskId,
    pub start: f64,
    pub end: f64,
    pub kind: SegKind,
    /// What it waited on, for the details shown on hover.
    pub detail: String,
    /// Console lines printed during this segment (for a running one).
    pub lines: Vec<usize>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaskStats {
    pub running: f64,
    pub sleeping: f64,
    pub waiting: f64,
    pub steps: usize,
    pub wakeups: usize,
    pub end: Option<(f64, bool)>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    pub segments: Vec<Segment>,
    pub tasks: Vec<TaskStats>,
    /// (time, size) after each change of the queue's size.
    pub queue: Vec<(f64, usize)>,
    pub end: f64,
    /// For every sleep (and blocking call): how late the task went on, against
    /// the deadline it asked for.
    pub lateness: Vec<f64>,
}

/// Adds a segment's time to its task's figures.
pub(crate) fn account(tasks: &mut [TaskStats], g: &Segment) {
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

impl Timeline {
    /// Builds the timeline from every event so far; open segments end at `now`.
    pub fn build(trace: &Trace, ntasks: usize, now: f64) -> Timeline {
        let mut tl = Timeline {
            tasks: vec![TaskStats::default(); ntasks],
            end: now,
            ..Default::default()
        };
        // Per task: (kind, start, detail, lines) of the open segment.
        type Open = Option<(SegKind, f64, String, Vec<usize>)>;
        let mut open: Vec<Open> = vec![None; ntasks];
        let mut sleep_until: Vec<Option<f64>> = vec![None; ntasks];
        // A blocking call ends at the task's next event.
        let mut block_until: Vec<Option<f64>> = vec![None; ntasks];
        let close = |tl: &mut Timeline, open: &mut [Open], t: TaskId, at: f64| {
            if let Some((kind, start, detail, lines)) = open[t].take() {
                let d = (at - start).max(0.0);
                let st = &mut tl.tasks[t];
                match kind {
                    SegKind::Running | SegKind::Blocked => st.running += d,
                    SegKind::Sleeping => st.sleeping += d,
                    SegKind::Ready => {}
                    _ => st.waiting += d,
                }
                if d > 0.0 || matches!(kind, SegKind::Running) {
                    tl.segments.push(Segment {
                        task: t,
                        start,
                        end: at,
                        kind,
                        detail,
                        lines,
                    });
                }
            }
        };
        for e in &trace.events {
            let t = e.task;
            if t >= ntasks {
                continue;
            }
            if let Some(until) = block_until[t].take() {
                tl.lateness.push(e.time - until);
            }
            match &e.kind {
                EventKind::Created { .. } => {
                    open[t] = Some((SegKind::Ready, e.time, String::new(), vec![]))
                }
                EventKind::StepStart => {
                    close(&mut tl, &mut open, t, e.time);
                    tl.tasks[t].steps += 1;
                    open[t] = Some((SegKind::Running, e.time, String::new(), vec![]));
                }
                EventKind::StepEnd => {}
                EventKind::Suspended { wait } => {
                    close(&mut tl, &mut open, t, e.time);
                    if let Wait::Sleep { until } = wait {
                        sleep_until[t] = Some(*until);
                    }
                    open[t] = Some((SegKind::of(wait), e.time, wait.label(), vec![]));
                }
                EventKind::Blocked { until } => {
                    close(&mut tl, &mut open, t, e.time);
                    open[t] = Some((
                        SegKind::Blocked,
                        e.time,
                        format!("time.sleep until {until:.3} s"),
                        vec![],
                    ));
                    block_until[t] = Some(*until);
                }
                EventKind::Woken => {
                    close(&mut tl, &mut open, t, e.time);
                    if let Some(until) = sleep_until[t].take() {
                        tl.lateness.push(e.time - until);
                    }
                    tl.tasks[t].wakeups += 1;
                    open[t] = Some((SegKind::Ready, e.time, String::new(), vec![]));
                }
                EventKind::Print { line } => {
                    if let Some(o) = open[t].as_mut() {
                        o.3.push(*line);
                    }
                }
                EventKind::Finished | EventKind::Cancelled => {
                    close(&mut tl, &mut open, t, e.time);
                    tl.tasks[t].end = Some((e.time, matches!(e.kind, EventKind::Cancelled)));
                }
                EventKind::QueueSize { size } => tl.queue.push((e.time, *size)),
                EventKind::Iteration { .. } | EventKind::Handoff { .. } => {}
            }
        }
        for t in 0..ntasks {
            close(&mut tl, &mut open, t, now);
        }
        tl
    }

    /// The timeline as it stood at `now`: later segments dropped, open ones cut.
    pub fn clipped(&self, now: f64) -> Timeline {
        let mut tasks = vec![TaskStats::default(); self.tasks.len()];
        let mut segments = Vec::new();
        for g in self.segments.iter().filter(|g| g.start <= now) {
            let mut g = g.clone();
            g.end = g.end.min(now);
            account(&mut tasks, &g);
            segments.push(g);
        }
        for (t, st) in tasks.iter_mut().enumerate() {
            st.end = self.tasks[t].end.filter(|(at, _)| *at <= now);
        }
        Timeline {
            segments,
            tasks,
            queue: Vec::new(),
            end: now,
            lateness: Vec::new(),
        }
    }

    /// The time the same work takes one piece after another: every sleep
    /// and every blocking call, end to end.
    pub fn sequential_time(&self) -> f64 {
        self.segments
            .iter()
            .filter(|s| matches!(s.kind, SegKind::Sleeping | SegKind::Blocked))
            .fold(0.0, |acc, s| acc + (s.end - s.start))
    }
}

/// The p-th percentile (0..=100) of `v` (nearest rank); None when empty.
pub fn percentile(v: &[f64], p: f64) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    let rank = ((p / 100.0) * s.len() as f64).ceil().max(1.0) as usize;
    Some(s[rank.min(s.len()) - 1])
}

#[cfg(test)]
mod tests {
    use super::SegKind;

    #[test]
    fn segment_classes_are_single_css_identifiers() {
        use SegKind::*;
        let all = [
            Running, Blocked, Ready, Sleeping, QueueGet, QueuePut, QueueJoin, Awaiting,
        ];
        let mut seen = std::collections::HashSet::new();
        for k in all {
            let c = k.class();
            assert!(
                !c.is_empty() && c.chars().all(|ch| ch.is_ascii_lowercase()),
                "{k:?}: {c:?}"
            );
            assert!(seen.insert(c), "{c} twice");
        }
    }
}
