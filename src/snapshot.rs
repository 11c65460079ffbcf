//! What the page shows of a run at one moment, drawn from the runner's
//! program and trace (rebuilt only when the run or the moment changed).
//! A moment in the past is read from the record: nothing is re-run.

use crate::runner::Runner;
use engine::internals::caption;
use engine::source::line_of;
use engine::stats::Timeline;
use engine::trace::{EventKind, Frame, Trace};
use std::rc::Rc;

/// A part of a snapshot, shared with the panels that draw it: immutable once
/// built, so it compares by identity (a panel redraws when its part is new).
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(v: T) -> Self {
        Shared(Rc::new(v))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Self {
        Shared::new(T::default())
    }
}

/// Where the moment shown stands in the run and its record (small, copied).
#[derive(Clone, Copy, PartialEq, Default, Debug)]
pub struct Position {
    /// Which run this is (see `Runner::run_id`).
    pub run_id: u64,
    /// The clock's time at the moment.
    pub now: f64,
    /// The loop iteration of the moment.
    pub iteration: u64,
    /// The moment shown (a loop iteration), when looking back.
    pub at: Option<u64>,
    /// The last iteration of the record.
    pub last_iteration: u64,
    /// The moment shown is this line event (`at=line:N`, Step line looking back).
    pub line_at: Option<u64>,
    /// The line event of the moment shown (the last one up to it), if any.
    pub line_now: Option<u64>,
    /// Line events of the record, and how many early ones were dropped.
    pub lines_total: u64,
    pub lines_dropped: u64,
    /// The source line (0-based) of the latest event that has one, and its task.
    pub current_line: Option<usize>,
    pub current_task: Option<usize>,
    /// Lines printed up to the moment.
    pub printed: usize,
}

/// The output up to the moment, line by line.
#[derive(Default)]
pub struct Printed {
    /// Which run printed it (a new run clears the console).
    pub run_id: u64,
    pub lines: Vec<String>,
    /// The clock's time at each printed line.
    pub times: Vec<f64>,
    /// The task that printed each line.
    pub tasks: Vec<usize>,
    /// Whether each line went to stderr (a traceback, `print(file=sys.stderr)`).
    pub err: Vec<bool>,
}

/// The tasks' lanes up to the moment.
#[derive(Default)]
pub struct Lanes {
    pub timeline: Timeline,
    /// The indices of each task's segments (for drawing only the visible lanes).
    pub by_task: Vec<Vec<usize>>,
    /// The time the timeline was built up to.
    pub now: f64,
}

/// The loop's insides at the moment.
#[derive(Default)]
pub struct LoopAt {
    /// The loop's internals at the moment shown.
    pub frame: Option<Frame>,
    /// Whether internals were recorded for this run (not for huge ones).
    pub has_frames: bool,
    pub caption: Option<String>,
}

#[derive(Default)]
pub struct Snapshot {
    pub pos: Position,
    pub printed: Shared<Printed>,
    /// The tasks' names (`count()`), and each lane's label (`count() #2`).
    pub names: Shared<Vec<String>>,
    pub labels: Shared<Vec<String>>,
    pub lanes: Shared<Lanes>,
    pub loop_at: Shared<LoopAt>,
    /// (moment, task) of every printed line of the whole record.
    pub all_prints: Shared<Vec<(u64, usize)>>,
    /// The generator stepper's rows: hand-offs and prints, in order (the
    /// generator lesson only).
    pub gen_rows: Rc<Vec<Row>>,
}

/// Compares by identity: a snapshot is immutable once built.
#[derive(Clone)]
pub struct Snap(pub Rc<Snapshot>);

impl PartialEq for Snap {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }
}

impl Snapshot {
    /// The run as it stands (`at` None), or at moment `at` of its record.
    /// The parts equal to those of `prev` (the snapshot shown before) are
    /// shared with it, so the panels that draw only them are not redrawn.
    pub fn of(
        r: &Runner,
        source: &str,
        at: Option<u64>,
        line: Option<u64>,
        prev: Option<&Snapshot>,
    ) -> Snapshot {
        let Some(p) = r.program() else {
            return Snapshot {
                pos: Position {
                    run_id: r.run_id,
                    ..Position::default()
                },
                printed: Shared::new(Printed {
                    run_id: r.run_id,
                    ..Printed::default()
                }),
                ..Snapshot::default()
            };
        };
        let full = p.trace();
        let last_iteration = full.last_iteration();
        // A line moment: the record up to that line event (clamped to those kept).
        let (line_events, lines_dropped) = p.line_events();
        let line_ev = line.and_then(|n| {
            let i = n.saturating_sub(lines_dropped + 1) as usize;
            line_events
                .get(i.min(line_events.len().checked_sub(1)?))
                .copied()
        });
        let at = match line_ev {
            Some(ev) => Some(ev.iteration),
            None => at.map(|k| k.min(last_iteration)),
        };
        let line_now = match (line_ev, at) {
            (Some(ev), _) => Some(ev.n),
            (None, Some(k)) => {
                let i = line_events.partition_point(|e| e.iteration <= k);
                i.checked_sub(1).map(|i| line_events[i].n)
            }
            (None, None) => line_events.last().map(|e| e.n),
        };
        let lines_total = lines_dropped + line_events.len() as u64;
        let names = p.task_names();
        let all_output = p.output();
        let all_prints: Vec<(u64, usize)> = full
            .events
            .iter()
            .filter(|e| matches!(e.kind, EventKind::Print { .. }))
            .map(|e| (e.iteration, e.task))
            .collect();
        // The record up to the moment: events of iterations <= k.
        let cut: Trace;
        let (trace, now): (&Trace, f64) = match (line_ev, at) {
            (Some(ev), _) => {
                cut = Trace {
                    enabled: true,
                    events: full.events[..(ev.at as usize).min(full.events.len())].to_vec(),
                    frames: Vec::new(),
                };
                (&cut, ev.time)
            }
            (None, Some(k)) => {
                let n = full.events.partition_point(|e| e.iteration <= k);
                let frame_time = full.frame_at(k).map(|f| f.time);
                let t = frame_time
                    .or_else(|| full.events[..n].last().map(|e| e.time))
                    .unwrap_or(0.0);
                cut = Trace {
                    enabled: true,
                    events: full.events[..n].to_vec(),
                    frames: Vec::new(),
                };
                (&cut, t)
            }
            (None, None) => (&*full, p.now()),
        };
        let mut output = Vec::new();
        let mut line_times = Vec::new();
        let mut line_tasks = Vec::new();
        let mut line_err = Vec::new();
        for e in &trace.events {
            if let EventKind::Print { line } = e.kind {
                output.push(all_output[line].clone());
                line_times.push(e.time);
                line_tasks.push(e.task);
                line_err.push(p.is_stderr(line));
            }
        }
        let mut current_line = None;
        let mut current_task = None;
        // The interpreter knows each event's line; a simulation's prints are
        // matched to their source by what the event is.
        let event_lines = p.event_lines();
        for (i, e) in trace.events.iter().enumerate().rev() {
            if let Some(lines) = event_lines {
                match lines.get(i) {
                    Some(&n) if n > 0 => {
                        current_line = Some(n as usize - 1);
                        current_task = Some(e.task);
                        break;
                    }
                    _ => continue,
                }
            }
            let printed = match e.kind {
                EventKind::Print { line } => all_output.get(line).map(String::as_str),
                _ => None,
            };
            if let Some(n) = line_of(source, &e.kind, printed) {
                current_line = Some(n);
                current_task = Some(e.task);
                break;
            }
            if matches!(e.kind, EventKind::Finished) && e.task == 0 {
                break;
            }
        }
        // A line moment, or a run paused (Step line stops at a line event): the
        // line event's line is the one executing.
        let paused = at.is_none() && r.state == crate::runner::RunState::Paused;
        if let Some(ev) = line_ev.or_else(|| paused.then(|| line_events.last().copied()).flatten())
        {
            current_line = Some(ev.line as usize - 1);
            current_task = Some(ev.task);
        }
        // Threads and processes are simulated: their timeline is the model's.
        let (timeline, names) = if let Some(sim) = r.lesson.simulation() {
            let (timeline, names) = (sim.timeline)(&r.params);
            (timeline.clipped(now), names)
        } else {
            (Timeline::build(trace, names.len(), now), names)
        };
        let mut by_task = vec![Vec::new(); names.len()];
        for (i, g) in timeline.segments.iter().enumerate() {
            by_task[g.task].push(i);
        }
        let iteration = at.unwrap_or_else(|| p.iteration());
        let frame = match at {
            Some(k) => full.frame_at(k).cloned(),
            None => full.frames.last().cloned(),
        };
        let caption = caption(&full, &names, iteration);
        let gen_rows = Rc::new(if r.lesson.view() == engine::lessons::View::Generator {
            rows(&full.events, &all_output)
        } else {
            Vec::new()
        });
        Snapshot {
            pos: Position {
                run_id: r.run_id,
                now,
                iteration,
                at,
                last_iteration,
                line_at: line_ev.map(|e| e.n),
                line_now,
                lines_total,
                lines_dropped,
                current_line,
                current_task,
                printed: output.len(),
            },
            printed: Shared::new(Printed {
                run_id: r.run_id,
                lines: output,
                times: line_times,
                tasks: line_tasks,
                err: line_err,
            }),
            lanes: Shared::new(Lanes {
                timeline,
                by_task,
                now,
            }),
            loop_at: Shared::new(LoopAt {
                has_frames: !full.frames.is_empty(),
                frame,
                caption,
            }),
            // The record's prints only grow during a run: the same run and
            // count are the same prints.
            all_prints: match prev {
                Some(o) if o.pos.run_id == r.run_id && o.all_prints.len() == all_prints.len() => {
                    o.all_prints.clone()
                }
                _ => Shared::new(all_prints),
            },
            gen_rows,
            labels: match prev {
                Some(o) if *o.names == names => o.labels.clone(),
                _ => Shared::new(engine::export::lane_names(&names)),
            },
            names: match prev {
                Some(o) if *o.names == names => o.names.clone(),
                _ => Shared::new(names),
            },
        }
    }
}

/// One row of the generator stepper.
#[derive(Clone, PartialEq, Debug)]
pub enum Row {
    /// Control passes: to the generator (true) or back to the caller.
    Handoff {
        to_gen: bool,
        what: String,
        locals: String,
    },
    /// A printed line, by the side that was running.
    Print { by_gen: bool, text: String },
}

/// The rows of the sequence, from the trace (hand-offs and prints in order).
fn rows(events: &[engine::trace::Event], output: &[String]) -> Vec<Row> {
    let mut inside = false;
    let mut out = Vec::new();
    for e in events {
        match &e.kind {
            EventKind::Handoff {
                to_generator,
                what,
                locals,
            } => {
                inside = *to_generator && what != "gen.close()";
                out.push(Row::Handoff {
                    to_gen: *to_generator,
                    what: what.clone(),
                    locals: locals.clone(),
                });
            }
            EventKind::Print { line } => {
                out.push(Row::Print {
                    by_gen: inside,
                    text: output.get(*line).cloned().unwrap_or_default(),
                });
            }
            _ => {}
        }
    }
    out
}
