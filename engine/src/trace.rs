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
    /// Control passed between a generator and its caller (`next`, `send`,
    /// `yield`, `close`), with the generator's saved locals at a yield.
    Handoff {
        to_generator: bool,
        what: String,
        locals: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub time: f64,
    pub iteration: u64,
    pub task: TaskId,
    pub kind: EventKind,
}

/// One entry of the ready queue, as the internals panel shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadyItem {
    /// `Task.__step` of a new task, or after a bare yield.
    Step(TaskId),
    /// `Task.__wakeup`: what the task awaited is done.
    Wake(TaskId),
    /// A sleep's timer came due: its callback sets the future `task` awaits.
    Timer(Option<TaskId>),
    /// `gather`'s callback: `child` ended; `parent` awaits the gather.
    GatherChild {
        child: TaskId,
        parent: Option<TaskId>,
    },
    /// `run_until_complete`'s callback: the main task ended, stop the loop.
    Stop,
}

/// A pending timer: its deadline and the task sleeping on it.
#[derive(Clone, Debug, PartialEq)]
pub struct TimerItem {
    pub when: f64,
    pub task: Option<TaskId>,
}

/// An `asyncio.Queue` at one moment.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct QueueView {
    pub items: Vec<String>,
    pub maxsize: usize,
    pub unfinished: usize,
    pub getters: Vec<TaskId>,
    pub putters: Vec<TaskId>,
}

/// The loop's state after an iteration (frame 0: as `asyncio.run` starts).
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    pub iteration: u64,
    pub time: f64,
    pub ready: Vec<ReadyItem>,
    pub timers: Vec<TimerItem>,
    pub queues: Vec<QueueView>,
}

/// Frames are recorded for runs of at most this many tasks (each frame lists
/// every ready callback and timer, so huge runs would need a lot of memory).
pub const MAX_FRAME_TASKS: usize = 2_000;

/// A recorded run. Recording can be turned off for benchmarks.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    pub enabled: bool,
    pub events: Vec<Event>,
    /// The loop's internals after each iteration, by iteration number.
    pub frames: Vec<Frame>,
}

impl Trace {
    pub fn new(enabled: bool) -> Self {
        Trace {
            enabled,
            events: Vec::new(),
            frames: Vec::new(),
        }
    }

    /// The frame of the moment `iteration` (the last one at or before it).
    pub fn frame_at(&self, iteration: u64) -> Option<&Frame> {
        let i = self.frames.partition_point(|f| f.iteration <= iteration);
        i.checked_sub(1).map(|i| &self.frames[i])
    }

    /// The last loop iteration recorded.
    pub fn last_iteration(&self) -> u64 {
        self.events.last().map(|e| e.iteration).unwrap_or(0)
    }
    pub fn push(&mut self, time: f64, iteration: u64, task: TaskId, kind: EventKind) {
        if self.enabled {
            self.events.push(Event {
                time,
                iteration,
                task,
                kind,
            });
        }
    }
}
