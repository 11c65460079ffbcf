//! What the page shows of a run at one moment, drawn from the runner's
//! program and trace (rebuilt only when the run changed).

use crate::runner::Runner;
use engine::export::line_times;
use engine::lessons::Lesson;
use engine::source::line_of;
use engine::stats::Timeline;
use engine::trace::EventKind;
use std::rc::Rc;

#[derive(Default)]
pub struct Snapshot {
    pub output: Vec<String>,
    /// The clock's time at each printed line.
    pub line_times: Vec<f64>,
    /// The task that printed each line.
    pub line_tasks: Vec<usize>,
    pub names: Vec<String>,
    pub timeline: Timeline,
    /// The indices of each task's segments (for drawing only the visible lanes).
    pub by_task: Vec<Vec<usize>>,
    pub now: f64,
    pub iteration: u64,
    /// The source line (0-based) of the latest event that has one.
    pub current_line: Option<usize>,
    pub lesson: Option<Lesson>,
    /// Which run this is (see `Runner::run_id`).
    pub run_id: u64,
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
    pub fn of(r: &Runner, source: &str) -> Snapshot {
        let Some(p) = r.program() else {
            return Snapshot { run_id: r.run_id, ..Snapshot::default() };
        };
        let output = p.output().clone();
        let trace = p.trace();
        let names = p.task_names();
        let now = p.now();
        let (line_times, line_tasks) = line_times(&trace, output.len()).into_iter().unzip();
        let mut current_line = None;
        for e in trace.events.iter().rev() {
            let printed = match e.kind {
                EventKind::Print { line } => output.get(line).map(String::as_str),
                _ => None,
            };
            if let Some(n) = line_of(source, &e.kind, printed) {
                current_line = Some(n);
                break;
            }
            if matches!(e.kind, EventKind::Finished) && e.task == 0 {
                break;
            }
        }
        let timeline = Timeline::build(&trace, names.len(), now);
        let mut by_task = vec![Vec::new(); names.len()];
        for (i, g) in timeline.segments.iter().enumerate() {
            by_task[g.task].push(i);
        }
        Snapshot {
            by_task,
            output,
            line_times,
            line_tasks,
            names,
            timeline,
            now,
            iteration: p.iteration(),
            current_line,
            lesson: Some(r.lesson),
            run_id: r.run_id,
        }
    }
}
