//! The event loop: a FIFO ready queue of callbacks, a timer heap ordered by
//! (deadline, scheduling order), futures with done-callbacks, and tasks that
//! step Rust futures. One iteration is CPython's `BaseEventLoop._run_once`.
//!
//! Everything is single-threaded. The loop that is running is reachable from
//! the lesson code through a thread-local (`with_core`), as `asyncio`'s
//! running loop is in Python.

use crate::clock::Clock;
use crate::random::{Random, Seed};
use crate::trace::{
    EventKind, Frame, QueueView, ReadyItem, TaskId, TimerItem, Trace, Wait, MAX_FRAME_TASKS,
};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

pub type FutId = usize;
pub type GatherId = usize;

/// CPython's `MAXIMUM_SELECT_TIMEOUT`.
const MAX_SELECT_TIMEOUT: f64 = 24.0 * 3600.0;
/// The virtual loop's `_clock_resolution` (the oracle sets 1e-9).
const CLOCK_RESOLUTION: f64 = 1e-9;
/// Callbacks run per `tick` at most, so that a driver can yield to the
/// browser inside an iteration of thousands of callbacks. The order of
/// callbacks is unchanged: the iteration simply goes on at the next tick.
const CALLBACKS_PER_TICK: usize = 512;

/// A callback in the ready queue (asyncio's `Handle`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Callback {
    /// `Task.__step`: scheduled by task creation and by a bare yield.
    Step(TaskId),
    /// `Task.__wakeup`: a future the task awaited is done.
    Wakeup(TaskId),
    /// `futures._set_result_unless_cancelled(fut)`: a sleep's timer fired.
    SetResult(FutId),
    /// `gather`'s `_done_callback` for one child.
    GatherChild(GatherId, TaskId),
    /// `run_until_complete`'s callback: stop the loop.
    Stop,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutState {
    Pending,
    Done,
    Cancelled,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FutOwner {
    Plain,
    Task(TaskId),
    Gather(GatherId),
}

struct FutSlot {
    state: FutState,
    owner: FutOwner,
    callbacks: Vec<Callback>,
    /// The task parked on this future, if any (for the internals view).
    waiter: Option<TaskId>,
}

/// Describes a queue for the internals view (registered by `Queue::new`).
pub(crate) type QueueProbe = Box<dyn Fn(&State) -> Option<QueueView>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskState {
    Pending,
    Done,
    Cancelled,
}

pub(crate) type BoxFuture = Pin<Box<dyn Future<Output = ()>>>;

pub struct TaskSlot {
    pub name: Rc<str>,
    fut: Option<BoxFuture>,
    pub done_fut: FutId,
    must_cancel: bool,
    /// `_fut_waiter`: the future the task is parked on.
    waiter: Option<FutId>,
    pub state: TaskState,
}

struct GatherSlot {
    outer: FutId,
    remaining: usize,
    children: Vec<TaskId>,
    /// `return_exceptions=True` (used by asyncio.run's final cancellation).
    return_exceptions: bool,
}

#[derive(Clone, Copy, Debug)]
struct Timer {
    when: f64,
    seq: u64,
    fut: FutId,
}
impl PartialEq for Timer {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Timer {
    /// Reversed, so that `BinaryHeap` pops the earliest (deadline, seq).
    fn cmp(&self, o: &Self) -> Ordering {
        o.when.total_cmp(&self.when).then(o.seq.cmp(&self.seq))
    }
}

/// Where the loop is within `_run_once`.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    /// About to compute the select timeout.
    Select,
    /// Waited (or needed no wait): collect due timers next.
    Due,
}

/// A snapshot of one pending timer, for the UI's internals view.
#[derive(Clone, Debug, PartialEq)]
pub struct TimerView {
    pub when: f64,
    pub fut: FutId,
}

pub struct State {
    pub ready: VecDeque<Callback>,
    timers: BinaryHeap<Timer>,
    timer_seq: u64,
    futs: Vec<FutSlot>,
    pub tasks: Vec<TaskSlot>,
    gathers: Vec<GatherSlot>,
    pub iteration: u64,
    /// Task whose step is running (0 = the module-level script).
    pub current: TaskId,
    pub stopping: bool,
    /// The loop is inside `asyncio.run`.
    pub running: bool,
    phase: Phase,
    /// Callbacks of the current iteration not yet run.
    remaining: usize,
    /// A blocking call (time.sleep) waits for the driver: (task, seconds).
    pub blocked: Option<(TaskId, f64)>,
    /// The main task of `asyncio.run`, and whether the leftovers were cancelled.
    main_task: Option<TaskId>,
    final_gather: bool,
    pub trace: Trace,
    pub output: Vec<String>,
    pub random: Random,
    pub(crate) queues: Vec<QueueProbe>,
}

pub struct Core {
    pub clock: Rc<dyn Clock>,
    pub state: RefCell<State>,
}

thread_local! {
    static CURRENT: RefCell<Option<Rc<Core>>> = const { RefCell::new(None) };
}

/// Runs `f` with the running program's core. Panics outside a run, as
/// `asyncio.get_running_loop()` raises outside one.
pub fn with_core<R>(f: impl FnOnce(&Rc<Core>) -> R) -> R {
    try_with_core(f).expect("no running event loop")
}

pub fn try_with_core<R>(f: impl FnOnce(&Rc<Core>) -> R) -> Option<R> {
    let core = CURRENT.with(|c| c.borrow().clone());
    core.map(|c| f(&c))
}

/// Makes `core` the running one while the guard lives.
pub(crate) struct Enter(Option<Rc<Core>>);
impl Enter {
    pub(crate) fn new(core: &Rc<Core>) -> Enter {
        Enter(CURRENT.with(|c| c.replace(Some(core.clone()))))
    }
}
impl Drop for Enter {
    fn drop(&mut self) {
        let prev = self.0.take();
        CURRENT.with(|c| *c.borrow_mut() = prev);
    }
}

/// A waker that does nothing: tasks are woken through the loop's futures.
pub(crate) fn noop_waker() -> Waker {
    fn clone(_: *const ()) -> RawWaker {
        RawWaker::new(std::ptr::null(), &VTABLE)
    }
    fn noop(_: *const ()) {}
    static VTABLE: RawWakerVTable = RawWakerVTable::new(clone, noop, noop, noop);
    // SAFETY: the vtable's functions do nothing and never touch the pointer.
    unsafe { Waker::from_raw(RawWaker::new(std::ptr::null(), &VTABLE)) }
}

/// What the driver must do next (see `Core::tick`).
#[derive(Clone, Debug, PartialEq)]
pub enum Tick {
    /// Some work was done; call `tick` again (render first if you like).
    Progress,
    /// Let the clock advance by `secs` seconds, then call `tick` again.
    /// `blocking`: a blocking call (`time.sleep`) holds the thread; nothing
    /// else may run meanwhile.
    Wait { secs: f64, blocking: bool },
    /// The program has ended.
    Done,
    /// The program cannot go on (e.g. the loop has nothing to run and no timer).
    Error(String),
}

impl State {
    fn new(seed: &Seed, trace: bool) -> State {
        State {
            ready: VecDeque::new(),
            timers: BinaryHeap::new(),
            timer_seq: 0,
            futs: Vec::new(),
            tasks: Vec::new(),
            gathers: Vec::new(),
            iteration: 0,
            current: 0,
            stopping: false,
            running: false,
            phase: Phase::Select,
            remaining: 0,
            blocked: None,
            main_task: None,
            final_gather: false,
            trace: Trace::new(trace),
            output: Vec::new(),
            random: Random::new(seed),
            queues: Vec::new(),
        }
    }

    pub fn new_future(&mut self) -> FutId {
        self.new_future_owned(FutOwner::Plain)
    }

    fn new_future_owned(&mut self, owner: FutOwner) -> FutId {
        self.futs.push(FutSlot {
            state: FutState::Pending,
            owner,
            callbacks: Vec::new(),
            waiter: None,
        });
        self.futs.len() - 1
    }

    pub fn fut_state(&self, f: FutId) -> FutState {
        self.futs[f].state
    }

    /// `Future.add_done_callback`: on a finished future, scheduled at once.
    fn add_done_callback(&mut self, f: FutId, cb: Callback) {
        if self.futs[f].state == FutState::Pending {
            self.futs[f].callbacks.push(cb);
        } else {
            self.ready.push_back(cb);
        }
    }

    /// `Future.set_result`: schedules every done-callback, in order.
    pub fn set_result(&mut self, f: FutId) {
        self.finish_future(f, FutState::Done);
    }

    fn finish_future(&mut self, f: FutId, state: FutState) {
        let slot = &mut self.futs[f];
        assert_eq!(slot.state, FutState::Pending, "future already done");
        slot.state = state;
        let cbs = std::mem::take(&mut slot.callbacks);
        self.ready.extend(cbs);
    }

    /// `Future.cancel` (for a task's or a gather's future, cancels them).
    pub fn cancel_future(&mut self, f: FutId) -> bool {
        if self.futs[f].state != FutState::Pending {
            return false;
        }
        match self.futs[f].owner {
            FutOwner::Plain => {
                self.finish_future(f, FutState::Cancelled);
                true
            }
            FutOwner::Task(t) => self.cancel_task(t),
            FutOwner::Gather(g) => {
                let children = self.gathers[g].children.clone();
                let mut any = false;
                for c in children {
                    any |= self.cancel_task(c);
                }
                any
            }
        }
    }

    /// `Task.cancel()`.
    pub fn cancel_task(&mut self, t: TaskId) -> bool {
        if self.tasks[t].state != TaskState::Pending {
            return false;
        }
        if let Some(w) = self.tasks[t].waiter {
            if self.cancel_future(w) {
                return true;
            }
        }
        self.tasks[t].must_cancel = true;
        true
    }

    /// `loop.call_at(when, _set_result_unless_cancelled, fut)`.
    pub fn call_at(&mut self, when: f64, fut: FutId) {
        let seq = self.timer_seq;
        self.timer_seq += 1;
        self.timers.push(Timer { when, seq, fut });
    }

    pub fn trace_event(&mut self, now: f64, task: TaskId, kind: EventKind) {
        let it = self.iteration;
        self.trace.push(now, it, task, kind);
    }

    /// Pending timers, earliest first (for the UI).
    pub fn timers_sorted(&self) -> Vec<TimerView> {
        let mut v: Vec<Timer> = self
            .timers
            .iter()
            .filter(|t| self.futs[t.fut].state == FutState::Pending)
            .copied()
            .collect();
        v.sort_by(|a, b| b.cmp(a));
        v.into_iter()
            .map(|t| TimerView {
                when: t.when,
                fut: t.fut,
            })
            .collect()
    }

    /// The task parked on a future, if any.
    pub fn waiter_of(&self, fut: FutId) -> Option<TaskId> {
        self.futs.get(fut).and_then(|f| f.waiter)
    }

    fn ready_item(&self, cb: &Callback) -> ReadyItem {
        match *cb {
            Callback::Step(t) => ReadyItem::Step(t),
            Callback::Wakeup(t) => ReadyItem::Wake(t),
            Callback::SetResult(f) => ReadyItem::Timer(self.waiter_of(f)),
            Callback::GatherChild(g, child) => ReadyItem::GatherChild {
                child,
                parent: self.waiter_of(self.gathers[g].outer),
            },
            Callback::Stop => ReadyItem::Stop,
        }
    }

    /// Records the loop's internals (when tracing a run that is not huge).
    fn record_frame(&mut self, time: f64) {
        if !self.trace.enabled || self.tasks.len() > MAX_FRAME_TASKS {
            return;
        }
        let ready = self.ready.iter().map(|cb| self.ready_item(cb)).collect();
        let timers = self
            .timers_sorted()
            .into_iter()
            .map(|t| TimerItem {
                when: t.when,
                task: self.waiter_of(t.fut),
            })
            .collect();
        let queues = self.queues.iter().filter_map(|q| q(self)).collect();
        let iteration = self.iteration;
        self.trace.frames.push(Frame {
            iteration,
            time,
            ready,
            timers,
            queues,
        });
    }
}

impl Core {
    pub fn new(clock: Rc<dyn Clock>, seed: &Seed, trace: bool) -> Rc<Core> {
        Rc::new(Core {
            clock,
            state: RefCell::new(State::new(seed, trace)),
        })
    }

    pub fn now(&self) -> f64 {
        self.clock.now()
    }

    /// Creates a task for `fut`, scheduling its first step (`loop.create_task`).
    pub fn spawn(&self, name: Rc<str>, fut: BoxFuture) -> TaskId {
        let now = self.now();
        let mut st = self.state.borrow_mut();
        let id = st.tasks.len();
        let done_fut = st.new_future_owned(FutOwner::Task(id));
        st.tasks.push(TaskSlot {
            name: name.clone(),
            fut: Some(fut),
            done_fut,
            must_cancel: false,
            waiter: None,
            state: TaskState::Pending,
        });
        if st.trace.enabled {
            st.trace_event(
                now,
                id,
                EventKind::Created {
                    name: name.to_string(),
                },
            );
        }
        if id != 0 {
            st.ready.push_back(Callback::Step(id));
        }
        id
    }

    /// `asyncio.gather` over tasks that exist: returns the gather's id and outer future.
    pub fn gather(&self, children: Vec<TaskId>, return_exceptions: bool) -> (GatherId, FutId) {
        let mut st = self.state.borrow_mut();
        let g = st.gathers.len();
        let outer = st.new_future_owned(FutOwner::Gather(g));
        let n = children.len();
        st.gathers.push(GatherSlot {
            outer,
            remaining: n,
            children: children.clone(),
            return_exceptions,
        });
        if n == 0 {
            st.set_result(outer);
        }
        for c in children {
            let df = st.tasks[c].done_fut;
            st.add_done_callback(df, Callback::GatherChild(g, c));
        }
        (g, outer)
    }

    /// Parks the current task on `fut` (called by a leaf future returning Pending).
    pub fn park(&self, fut: FutId, wait: Wait) {
        let now = self.now();
        let mut st = self.state.borrow_mut();
        let t = st.current;
        assert!(t != 0, "await outside a task: use asyncio.run");
        st.tasks[t].waiter = Some(fut);
        st.futs[fut].waiter = Some(t);
        st.add_done_callback(fut, Callback::Wakeup(t));
        if st.trace.enabled {
            st.trace_event(now, t, EventKind::Suspended { wait });
        }
    }

    /// A bare yield (`asyncio.sleep(0)`): the step is rescheduled at once.
    pub fn yield_now(&self) {
        let now = self.now();
        let mut st = self.state.borrow_mut();
        let t = st.current;
        assert!(t != 0, "await outside a task: use asyncio.run");
        st.ready.push_back(Callback::Step(t));
        if st.trace.enabled {
            st.trace_event(now, t, EventKind::Suspended { wait: Wait::Yield });
        }
    }

    /// A blocking call: the driver must let `secs` pass before anything else runs.
    pub fn block(&self, secs: f64) {
        let now = self.now();
        let mut st = self.state.borrow_mut();
        let t = st.current;
        st.blocked = Some((t, secs));
        if st.trace.enabled {
            st.trace_event(now, t, EventKind::Blocked { until: now + secs });
        }
    }

    pub fn print(&self, line: String) {
        let now = self.now();
        let mut st = self.state.borrow_mut();
        let t = st.current;
        let n = st.output.len();
        st.output.push(line);
        if st.trace.enabled {
            st.trace_event(now, t, EventKind::Print { line: n });
        }
    }

    /// Starts `asyncio.run`: the loop runs with `main` as its main task.
    pub fn start_run(&self, main: TaskId) {
        let mut st = self.state.borrow_mut();
        st.running = true;
        st.stopping = false;
        st.main_task = Some(main);
        st.final_gather = false;
        let df = st.tasks[main].done_fut;
        st.add_done_callback(df, Callback::Stop);
        let now = self.now();
        st.record_frame(now);
    }

    /// Polls the script (task 0) or continues a task's step.
    /// Returns true when the polled future completed.
    fn poll_task(self: &Rc<Core>, t: TaskId, resume: bool) -> bool {
        let now = self.now();
        let (fut, must_cancel) = {
            let mut st = self.state.borrow_mut();
            st.current = t;
            let slot = &mut st.tasks[t];
            let must_cancel = std::mem::replace(&mut slot.must_cancel, false);
            let cancelled_waiter = match slot.waiter.take() {
                Some(w) => st.futs[w].state == FutState::Cancelled,
                None => false,
            };
            let fut = st.tasks[t].fut.take();
            if st.trace.enabled && !resume {
                st.trace_event(now, t, EventKind::StepStart);
            }
            (fut, must_cancel || cancelled_waiter)
        };
        let Some(mut fut) = fut else {
            return true;
        };
        if must_cancel {
            // CancelledError is thrown at the task's await and unwinds it:
            // in Rust, dropping the future runs every frame's clean-up.
            drop(fut);
            self.finish_task(t, TaskState::Cancelled);
            return true;
        }
        let waker = noop_waker();
        let mut cx = Context::from_waker(&waker);
        let res = fut.as_mut().poll(&mut cx);
        match res {
            Poll::Ready(()) => {
                drop(fut);
                self.finish_task(t, TaskState::Done);
                true
            }
            Poll::Pending => {
                let mut st = self.state.borrow_mut();
                st.tasks[t].fut = Some(fut);
                if st.trace.enabled && st.blocked.is_none() {
                    let now = self.now();
                    st.trace_event(now, t, EventKind::StepEnd);
                }
                false
            }
        }
    }

    fn finish_task(&self, t: TaskId, state: TaskState) {
        let now = self.now();
        let mut st = self.state.borrow_mut();
        st.tasks[t].state = state;
        if st.trace.enabled {
            st.trace_event(now, t, EventKind::StepEnd);
            let kind = if state == TaskState::Done {
                EventKind::Finished
            } else {
                EventKind::Cancelled
            };
            st.trace_event(now, t, kind);
        }
        let df = st.tasks[t].done_fut;
        let fs = if state == TaskState::Done {
            FutState::Done
        } else {
            FutState::Cancelled
        };
        st.finish_future(df, fs);
    }

    /// Runs one ready callback.
    fn run_callback(self: &Rc<Core>, cb: Callback) {
        match cb {
            Callback::Step(t) => {
                if self.state.borrow().tasks[t].state == TaskState::Pending {
                    self.poll_task(t, false);
                }
            }
            Callback::Wakeup(t) => {
                {
                    let now = self.now();
                    let mut st = self.state.borrow_mut();
                    if st.tasks[t].state != TaskState::Pending {
                        return;
                    }
                    if st.trace.enabled {
                        st.trace_event(now, t, EventKind::Woken);
                    }
                }
                self.poll_task(t, false);
            }
            Callback::SetResult(f) => {
                let mut st = self.state.borrow_mut();
                if st.futs[f].state == FutState::Pending {
                    st.set_result(f);
                }
            }
            Callback::GatherChild(g, child) => {
                let mut st = self.state.borrow_mut();
                let outer = st.gathers[g].outer;
                if st.futs[outer].state != FutState::Pending {
                    return;
                }
                let child_cancelled = st.tasks[child].state == TaskState::Cancelled;
                if child_cancelled && !st.gathers[g].return_exceptions {
                    // outer.set_exception(CancelledError): the awaiting task unwinds.
                    st.finish_future(outer, FutState::Cancelled);
                    return;
                }
                st.gathers[g].remaining -= 1;
                if st.gathers[g].remaining == 0 {
                    st.set_result(outer);
                }
            }
            Callback::Stop => {
                self.state.borrow_mut().stopping = true;
            }
        }
    }

    /// Does the next bounded piece of work. The driver calls it in a loop:
    /// `Wait` asks it to let the clock advance first.
    pub fn tick(self: &Rc<Core>) -> Tick {
        let _enter = Enter::new(self);
        // A blocking call in progress: the driver has waited; go on with it.
        let blocked = self.state.borrow_mut().blocked.take();
        if let Some((t, _)) = blocked {
            let done = self.poll_task(t, true);
            if let Some(w) = self.blocking_wait() {
                return w;
            }
            if t == 0 {
                return if done { Tick::Done } else { Tick::Progress };
            }
            return self.run_remaining();
        }
        if !self.state.borrow().running {
            let done = self.poll_task(0, false);
            if let Some(w) = self.blocking_wait() {
                return w;
            }
            return if done { Tick::Done } else { Tick::Progress };
        }
        // An iteration cut short by the per-tick budget goes on first.
        if self.state.borrow().remaining > 0 {
            return self.run_remaining();
        }
        // `_run_once`.
        let phase = self.state.borrow().phase;
        if phase == Phase::Select {
            let mut st = self.state.borrow_mut();
            while let Some(head) = st.timers.peek() {
                if st.futs[head.fut].state == FutState::Cancelled {
                    st.timers.pop();
                } else {
                    break;
                }
            }
            let timeout = if !st.ready.is_empty() || st.stopping {
                0.0
            } else if let Some(head) = st.timers.peek() {
                (head.when - self.clock.now()).clamp(0.0, MAX_SELECT_TIMEOUT)
            } else {
                return Tick::Error(
                    "deadlock: no callback is ready and no timer is pending, so the loop would wait forever"
                        .into(),
                );
            };
            st.phase = Phase::Due;
            if timeout > 0.0 {
                return Tick::Wait {
                    secs: timeout,
                    blocking: false,
                };
            }
        }
        {
            let now = self.now();
            let mut st = self.state.borrow_mut();
            let end_time = now + CLOCK_RESOLUTION;
            while let Some(head) = st.timers.peek() {
                if head.when >= end_time {
                    break;
                }
                let t = st.timers.pop().unwrap();
                st.ready.push_back(Callback::SetResult(t.fut));
            }
            st.iteration += 1;
            st.remaining = st.ready.len();
            st.phase = Phase::Select;
            if st.trace.enabled {
                let n = st.remaining;
                st.trace_event(now, 0, EventKind::Iteration { ready: n });
            }
        }
        self.run_remaining()
    }

    fn blocking_wait(&self) -> Option<Tick> {
        self.state.borrow().blocked.map(|(_, secs)| Tick::Wait {
            secs,
            blocking: true,
        })
    }

    /// True while an iteration's callbacks are only partly run.
    pub fn mid_iteration(&self) -> bool {
        self.state.borrow().remaining > 0
    }

    /// Runs the callbacks left in this iteration (at most CALLBACKS_PER_TICK);
    /// ends the run when stopping.
    fn run_remaining(self: &Rc<Core>) -> Tick {
        let mut budget = CALLBACKS_PER_TICK;
        loop {
            let cb = {
                let mut st = self.state.borrow_mut();
                if st.remaining == 0 {
                    break;
                }
                if budget == 0 {
                    return Tick::Progress;
                }
                budget -= 1;
                st.remaining -= 1;
                st.ready.pop_front()
            };
            let last = self.state.borrow().remaining == 0;
            if let Some(cb) = cb {
                self.run_callback(cb);
                if let Some(w) = self.blocking_wait() {
                    if last {
                        // The iteration's last callback blocks: record it now.
                        let now = self.now();
                        self.state.borrow_mut().record_frame(now);
                    }
                    return w;
                }
            }
        }
        let now = self.now();
        let mut st = self.state.borrow_mut();
        if st
            .trace
            .frames
            .last()
            .is_none_or(|f| f.iteration != st.iteration)
        {
            st.record_frame(now);
        }
        if st.stopping {
            st.stopping = false;
            // asyncio.run's `_cancel_all_tasks`: cancel what is left, run until it ends.
            let left: Vec<TaskId> = (1..st.tasks.len())
                .filter(|&t| st.tasks[t].state == TaskState::Pending)
                .collect();
            if st.final_gather || left.is_empty() {
                st.running = false;
                st.phase = Phase::Select;
            } else {
                st.final_gather = true;
                for &t in &left {
                    st.cancel_task(t);
                }
                drop(st);
                let (_, outer) = self.gather(left, true);
                self.state
                    .borrow_mut()
                    .add_done_callback(outer, Callback::Stop);
            }
        }
        Tick::Progress
    }

    /// Drops every task's future (used when a run is abandoned).
    pub fn teardown(&self) {
        let futs: Vec<BoxFuture> = {
            let mut st = self.state.borrow_mut();
            st.tasks.iter_mut().filter_map(|t| t.fut.take()).collect()
        };
        drop(futs);
    }
}
