//! The trace: every observable event of a run, with its virtual time and loop
//! iteration. The page draws its console, timeline and statistics from it alone.

/// Index of a task (or of the module-level script, which is always 0) in a run.
pub type TaskId = usize;

/// What a task is parked on when it gives control back to the loop.
#[derive(Clone, Debug, PartialEq)]
pub enum Wait {
    /// `await asyncio.sleep(d)` with d > 0: a timer due at `until`.
    Sleep { until: f64 },
    /// `await asyncio.sleep(0)`: a bare yield, rescheduled at once.
    Yield,
    /// `await q.get()` on an empty queue.
    QueueGet,
    /// `await q.put(x)` on a full queue.
    QueuePut,
    /// `await q.join()` while items are unfinished.
    QueueJoin,
    /// `await asyncio.gather(...)` of `n` awaitables.
    Gather { n: usize },
    /// `await task` of another task.
    Task { task: TaskId },
    /// `asyncio.run(main())` from the module: the script waits for the loop.
    Run,
    /// A plain future.
    Future,
}

impl Wait {
    /// A short label for the UI.
    pub fn label(&self) -> String {
        match self {
            Wait::Sleep { until } => format!("sleep until {until:.3} s"),
            Wait::Yield => "yield (sleep 0)".into(),
            Wait::QueueGet => "queue get".into(),
            Wait::QueuePut => "queue put".into(),
            Wait::QueueJoin => "queue join".into(),
            Wait::Gather { n } => format!("gather of {n}"),
            Wait::Task { task } => format!("task #{task}"),
            Wait::Run => "asyncio.run".into(),
            Wait::Future => "a future".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    /// A task was created (`create_task`, `gather`, `asyncio.run`).
    Created { name: String },
    /// The loop started one step of the task.
    StepStart,
    /// The step ended (the task suspended or finished).
    StepEnd,
    /// The task gave control back, parked on `wait`.
    Suspended { wait: Wait },
    /// A blocking call (`time.sleep`) holds the whole thread until `until`.
    Blocked { until: f64 },
    /// What the task waited on is done: its next step is scheduled.
    Woken,
    /// The task printed a line (ANSI codes kept; the UI renders them).
    Print { line: usize },
    /// The task returned.
    Finished,
    /// The task was cancelled (CancelledError reached its top).
    Cancelled,
    /// A queue's size changed.
    QueueSize { size: usize },
    /// A new loop iteration (`_run_once`) began, with this many ready callbacks.
    Iteration { ready: usize },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub time: f64,
    pub iteration: u64,
    pub task: TaskId,
    pub kind: EventKind,
}

/// A recorded run. Recording can be turned off for benchmarks.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    pub enabled: bool,
    pub events: Vec<Event>,
}

impl Trace {
    pub fn new(enabled: bool) -> Self {
        Trace { enabled, events: Vec::new() }
    }
    pub(crate) fn push(&mut self, time: f64, iteration: u64, task: TaskId, kind: EventKind) {
        if self.enabled {
            self.events.push(Event { time, iteration, task, kind });
        }
    }
}
