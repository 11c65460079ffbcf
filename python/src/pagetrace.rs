//! The record the page draws from: the engine's `Trace` (tasks created, steps,
//! suspensions and what they wait on, wake-ups, prints, loop iterations and the
//! loop's internals after each one), the printed lines, and the lanes' names.
//!
//! The asyncio prelude reports what happens through `_pg.event(kind, ...)`
//! (`Task.__step`, `_run_once`, queues); printing reports its lines here. With
//! no `PageTrace` (the CLI, the tests of output) all of it costs one call that
//! returns at once.

use crate::value::*;
use crate::vm::Vm;
use engine::trace::{
    EventKind, Frame, QueueView, ReadyItem, TaskId, TimerItem, Trace, Wait, MAX_FRAME_TASKS,
};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// Which stream a printed line went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineStream {
    Stdout,
    Stderr,
}

/// The record keeps at most this many events besides prints (a page shows a
/// run of 10,000 tasks in about 100,000): beyond, the run goes on unrecorded.
pub const MAX_EVENTS: usize = 2_000_000;
/// And at most this many generator hand-offs (the stepper shows a few dozen; a
/// generator consumed by `sum()` would otherwise record two per item).
pub const MAX_HANDOFFS: usize = 10_000;

/// The record keeps the last this many line events (issue 14); the ones
/// before are counted in `line_events_dropped`.
pub const MAX_LINE_EVENTS: usize = 200_000;

/// A line of the program's own file began (what `sys.settrace` calls a line event).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineEvent {
    /// Which one of the run's line events (1-based).
    pub n: u64,
    /// The lane running it (0: the script).
    pub task: TaskId,
    pub line: u32,
    pub time: f64,
    /// How many of the record's events came before it.
    pub at: u32,
    /// The loop iteration it ran in.
    pub iteration: u64,
}

#[derive(Default)]
pub struct PageTrace {
    /// The line events (at most the last `MAX_LINE_EVENTS`).
    pub line_events: Vec<LineEvent>,
    pub line_events_dropped: u64,
    pub trace: Trace,
    /// Every printed line, stdout and stderr, in the order printed.
    pub lines: Vec<String>,
    pub streams: Vec<LineStream>,
    /// The source line (1-based; 0: none) the program was at for each event.
    pub event_lines: Vec<u32>,
    /// The lanes: the module's script (0), then each task in creation order.
    pub names: Vec<String>,
    pub iteration: u64,
    /// Callbacks of the current iteration not run yet.
    pub remaining: usize,
    current: TaskId,
    tasks: HashMap<usize, (Weak<Instance>, TaskId)>,
    /// Future (by address) → the task parked on it.
    waiters: HashMap<usize, TaskId>,
    /// Queues seen (for the internals panel), in order of first use.
    queues: Vec<Weak<Instance>>,
    /// A line not ended yet, per stream.
    partial: [String; 2],
    /// Events left out (over MAX_EVENTS or MAX_HANDOFFS).
    pub dropped: usize,
    handoffs: usize,
    /// Inside `asyncio.run`; the script waits for the loop; asyncio.run's own
    /// clean-up (shutting down async generators and the executor) runs.
    in_run: bool,
    waiting: bool,
    quiet: bool,
}

fn addr(v: &Value) -> usize {
    match v {
        Value::Instance(i) => Rc::as_ptr(i) as *const u8 as usize,
        _ => 0,
    }
}

/// A future that is done or cancelled (its waiter is about to hear of it):
/// the internals panel leaves its timer or queue place out, as the engine does.
fn settled(fut: &Value) -> bool {
    matches!(attr(fut, "_state"), Some(Value::Str(s)) if &*s != "PENDING")
}

/// An instance's attribute, read from its dict (no lookup, no code run).
pub(crate) fn attr(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(i) => i.dict.borrow().get(name).cloned(),
        _ => None,
    }
}

impl PageTrace {
    pub fn new(script: &str) -> PageTrace {
        let mut p = PageTrace {
            trace: Trace::new(true),
            ..Default::default()
        };
        p.names.push(script.to_string());
        p.push_event(
            0.0,
            0,
            0,
            EventKind::Created {
                name: script.to_string(),
            },
        );
        p.push_event(0.0, 0, 0, EventKind::StepStart);
        p
    }

    fn push_event(&mut self, now: f64, task: TaskId, line: u32, kind: EventKind) {
        let print = matches!(kind, EventKind::Print { .. });
        if !print && self.trace.events.len() >= MAX_EVENTS {
            self.dropped += 1;
            return;
        }
        if matches!(kind, EventKind::Handoff { .. }) {
            self.handoffs += 1;
            if self.handoffs > MAX_HANDOFFS {
                self.dropped += 1;
                return;
            }
        }
        self.trace.push(now, self.iteration, task, kind);
        self.event_lines.push(line);
    }

    /// The task `v` (a Task instance) is, if it is one.
    fn task_of(&self, v: &Value) -> Option<TaskId> {
        let (w, id) = self.tasks.get(&addr(v))?;
        (w.strong_count() > 0).then_some(*id)
    }

    /// A line event (the tracer counts them; `n` is this one's number).
    pub fn line_event(&mut self, now: f64, line: u32) {
        if self.line_events.len() >= MAX_LINE_EVENTS {
            // The oldest tenth goes (a drain per 20,000 events, not per event).
            let cut = MAX_LINE_EVENTS / 10;
            self.line_events.drain(..cut);
            self.line_events_dropped += cut as u64;
        }
        let n = self.line_events_dropped + self.line_events.len() as u64 + 1;
        self.line_events.push(LineEvent {
            n,
            task: self.current,
            line,
            time: now,
            at: self.trace.events.len() as u32,
            iteration: self.iteration,
        });
    }

    /// Text written to stdout or stderr: whole lines become printed lines.
    /// A line the other stream left open (`input("name: ")`, then a traceback)
    /// ends first: the console keeps the order things were written in.
    pub fn write(&mut self, stream: LineStream, s: &str, now: f64, line: u32) {
        let k = stream as usize;
        let (other, other_stream) = match stream {
            LineStream::Stdout => (1, LineStream::Stderr),
            LineStream::Stderr => (0, LineStream::Stdout),
        };
        if !s.is_empty() && !self.partial[other].is_empty() {
            let text = std::mem::take(&mut self.partial[other]);
            self.end_line(other_stream, text, now, line);
        }
        let mut rest = s;
        while let Some(n) = rest.find('\n') {
            let mut text = std::mem::take(&mut self.partial[k]);
            text.push_str(&rest[..n]);
            self.end_line(stream, text, now, line);
            rest = &rest[n + 1..];
        }
        self.partial[k].push_str(rest);
    }

    fn end_line(&mut self, stream: LineStream, text: String, now: f64, line: u32) {
        let n = self.lines.len();
        self.lines.push(text);
        self.streams.push(stream);
        let t = self.current;
        self.push_event(now, t, line, EventKind::Print { line: n });
    }

    /// The program ended: a line left open is a line, and the script finishes.
    pub fn finish(&mut self, now: f64) {
        for (k, stream) in [(0, LineStream::Stdout), (1, LineStream::Stderr)] {
            if !self.partial[k].is_empty() {
                let text = std::mem::take(&mut self.partial[k]);
                self.end_line(stream, text, now, 0);
            }
        }
        self.current = 0;
        self.push_event(now, 0, 0, EventKind::StepEnd);
        self.push_event(now, 0, 0, EventKind::Finished);
    }

    /// `time.sleep(secs)` holds the thread.
    pub fn block(&mut self, now: f64, secs: f64, line: u32) {
        if secs <= 0.0 {
            return;
        }
        let t = self.current;
        self.push_event(now, t, line, EventKind::Blocked { until: now + secs });
    }

    fn wait_of(&mut self, fut: &Value) -> Wait {
        if let Some(t) = self.task_of(fut) {
            return Wait::Task { task: t };
        }
        let Some(Value::Tuple(w)) = attr(fut, "_pg_wait") else {
            return Wait::Future;
        };
        let kind = match w.first() {
            Some(Value::Str(s)) => s.clone(),
            _ => return Wait::Future,
        };
        let arg = w.get(1).cloned().unwrap_or(Value::None);
        if kind.starts_with("queue") {
            self.note_queue(&arg);
        }
        match &*kind {
            "sleep" => match arg {
                Value::Float(until) => Wait::Sleep { until },
                Value::Int(i) => Wait::Sleep { until: i as f64 },
                _ => Wait::Future,
            },
            "gather" => match arg {
                Value::Int(n) => Wait::Gather { n: n as usize },
                _ => Wait::Future,
            },
            "queue_get" => Wait::QueueGet,
            "queue_put" => Wait::QueuePut,
            "queue_join" => Wait::QueueJoin,
            _ => Wait::Future,
        }
    }

    fn note_queue(&mut self, q: &Value) {
        if let Value::Instance(i) = q {
            if !self
                .queues
                .iter()
                .any(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(i)))
            {
                self.queues.push(Rc::downgrade(i));
            }
        }
    }

    fn ready_item(&self, h: &Value) -> Option<ReadyItem> {
        let cb = attr(h, "_callback")?;
        let args = match attr(h, "_args") {
            Some(Value::Tuple(a)) => a,
            _ => crate::value::TupleObj::new(Rc::from(Vec::new())),
        };
        match &cb {
            Value::Method(_) | Value::NativeMethod(_) => {
                let (recv, name) = match &cb {
                    Value::Method(m) => match &m.1 {
                        Value::Func(f) => (&m.0, f.code.name.clone()),
                        _ => return Some(ReadyItem::Stop),
                    },
                    // Task.__step and __wakeup run natively (taskstep.rs).
                    Value::NativeMethod(m) => (&m.0, m.1.name.clone()),
                    _ => return None,
                };
                let t = self.task_of(recv)?;
                Some(if name.ends_with("__wakeup") {
                    ReadyItem::Wake(t)
                } else {
                    ReadyItem::Step(t)
                })
            }
            Value::Func(f) => match &*f.code.name {
                "_set_result_unless_cancelled" => {
                    let fut = args.first()?;
                    Some(ReadyItem::Timer(self.waiters.get(&addr(fut)).copied()))
                }
                "_run_until_complete_cb" => Some(ReadyItem::Stop),
                "_done_callback" => {
                    // gather's callback: its `outer` future is a cell of the closure.
                    let outer = f
                        .code
                        .freevars
                        .iter()
                        .position(|n| &**n == "outer")
                        .and_then(|i| f.closure.get(i))
                        .and_then(|c| c.borrow().clone());
                    Some(ReadyItem::GatherChild {
                        child: args.first().and_then(|c| self.task_of(c)).unwrap_or(0),
                        parent: outer.and_then(|o| self.waiters.get(&addr(&o)).copied()),
                    })
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The loop's internals now (after an iteration, or as the run starts).
    fn record_frame(&mut self, vm: &mut Vm, lp: &Value, now: f64) {
        if self.names.len() > MAX_FRAME_TASKS {
            return;
        }
        if self
            .trace
            .frames
            .last()
            .is_some_and(|f| f.iteration == self.iteration)
        {
            self.trace.frames.pop();
        }
        let ready = match attr(lp, "_ready") {
            Some(Value::Deque(d)) => {
                let items: Vec<Value> = d.borrow().items.iter().cloned().collect();
                items.iter().filter_map(|h| self.ready_item(h)).collect()
            }
            _ => Vec::new(),
        };
        let mut timers: Vec<(TimerItem, i64)> = match attr(lp, "_scheduled") {
            Some(Value::List(l)) => l
                .borrow()
                .iter()
                .filter_map(|e| match e {
                    Value::Tuple(t) if t.len() == 3 => {
                        if matches!(attr(&t[2], "_cancelled"), Some(Value::Bool(true))) {
                            return None;
                        }
                        let when = match t[0] {
                            Value::Float(f) => f,
                            Value::Int(i) => i as f64,
                            _ => return None,
                        };
                        let task = match attr(&t[2], "_args") {
                            Some(Value::Tuple(a)) => match a.first() {
                                Some(f) if settled(f) => return None,
                                Some(f) => self.waiters.get(&addr(f)).copied(),
                                None => None,
                            },
                            _ => None,
                        };
                        let seq = match t[1] {
                            Value::Int(i) => i,
                            _ => 0,
                        };
                        Some((TimerItem { when, task }, seq))
                    }
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        timers.sort_by(|a, b| a.0.when.total_cmp(&b.0.when).then(a.1.cmp(&b.1)));
        let timers = timers.into_iter().map(|t| t.0).collect();
        self.queues.retain(|w| w.strong_count() > 0);
        let queues = self
            .queues
            .clone()
            .iter()
            .filter_map(|w| w.upgrade())
            .map(|q| self.queue_view(vm, &Value::Instance(q)))
            .collect();
        let iteration = self.iteration;
        self.trace.frames.push(Frame {
            iteration,
            time: now,
            ready,
            timers,
            queues,
        });
    }

    fn queue_view(&self, vm: &mut Vm, q: &Value) -> QueueView {
        let items = match attr(q, "_queue") {
            Some(Value::Deque(d)) => {
                let v: Vec<Value> = d.borrow().items.iter().cloned().collect();
                v.iter().map(|x| vm.repr(x).unwrap_or_default()).collect()
            }
            Some(Value::List(l)) => {
                let v: Vec<Value> = l.borrow().clone();
                v.iter().map(|x| vm.repr(x).unwrap_or_default()).collect()
            }
            _ => Vec::new(),
        };
        let int = |v: Option<Value>| match v {
            Some(Value::Int(i)) => i.max(0) as usize,
            _ => 0,
        };
        let parked = |name: &str| -> Vec<TaskId> {
            match attr(q, name) {
                Some(Value::Deque(d)) => d
                    .borrow()
                    .items
                    .iter()
                    .filter(|f| !settled(f))
                    .filter_map(|f| self.waiters.get(&addr(f)).copied())
                    .collect(),
                _ => Vec::new(),
            }
        };
        QueueView {
            items,
            maxsize: int(attr(q, "_maxsize")),
            unfinished: int(attr(q, "_unfinished_tasks")),
            getters: parked("_getters"),
            putters: parked("_putters"),
        }
    }
}

/// The lane's name for a task: its own name if the program gave one, else its
/// coroutine's call with its simple arguments (`produce(0)` for `produce(0, q)`).
fn lane_name(task: &Value, name: &Value) -> String {
    if let Value::Str(s) = name {
        let auto = s
            .strip_prefix("Task-")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if !auto {
            return s.to_string();
        }
    }
    let Some(Value::Gen(g)) = attr(task, "_coro") else {
        return match name {
            Value::Str(s) => s.to_string(),
            _ => "task".into(),
        };
    };
    let mut parts = Vec::new();
    if let Some(f) = g.frame.borrow().as_ref() {
        let code = &f.code;
        for i in 0..code.argcount as usize {
            let simple = match f.locals.get(i).cloned().flatten() {
                Some(Value::Int(n)) => Some(n.to_string()),
                Some(Value::Bool(b)) => Some(if b { "True" } else { "False" }.into()),
                Some(Value::None) => Some("None".into()),
                Some(Value::Float(x)) => Some(crate::format::float_repr(x)),
                Some(Value::Str(s)) if s.chars().count() <= 12 => Some(format!("{s:?}")),
                _ => None,
            };
            parts.extend(simple);
        }
    }
    format!("{}({})", g.name, parts.join(", "))
}

impl Vm {
    /// Control passes between a plain generator and its caller (the generator
    /// stepper draws these): `next(gen)`, `gen.send(x)`, `gen.close()`, and back
    /// with `yield v` (and the generator's locals) or `StopIteration`.
    /// `line`: where it happens, if not the innermost frame of the program's file.
    pub fn trace_handoff(
        &mut self,
        to_generator: bool,
        what: String,
        locals: String,
        line: Option<u32>,
    ) {
        if !self.records_handoffs() {
            return;
        }
        let (now, line) = (self.host.now(), line.unwrap_or_else(|| self.user_line()));
        if let Some(tr) = self.trace.as_mut() {
            let t = tr.current;
            tr.push_event(
                now,
                t,
                line,
                EventKind::Handoff {
                    to_generator,
                    what,
                    locals,
                },
            );
        }
    }

    /// Whether a hand-off would be recorded (tracing, and under MAX_HANDOFFS).
    pub fn records_handoffs(&self) -> bool {
        self.trace
            .as_ref()
            .is_some_and(|t| t.handoffs < MAX_HANDOFFS)
    }

    /// A generator function of the program's own file (not the preludes',
    /// not a generator expression).
    pub fn own_code(&self, code: &crate::code::Code) -> bool {
        *code.filename == *self.filename && !code.name.starts_with('<')
    }

    /// A generator's locals as the stepper shows them: `n = 10, received = None`.
    pub fn locals_text(&mut self, f: &crate::vm::Frame) -> String {
        let mut parts = Vec::new();
        let vals: Vec<(Str, Value)> = f
            .code
            .varnames
            .iter()
            .zip(&f.locals)
            .filter_map(|(n, v)| v.clone().map(|v| (n.clone(), v)))
            .collect();
        for (n, v) in vals {
            let r = self.repr(&v).unwrap_or_else(|_| "…".into());
            parts.push(format!("{n} = {r}"));
        }
        parts.join(", ")
    }

    /// The line of the innermost frame of the program's own file.
    pub fn user_line(&self) -> u32 {
        self.frames
            .iter()
            .rev()
            .find(|f| *f.code.filename == *self.filename)
            .map(|f| f.line())
            .unwrap_or(0)
    }

    /// The line a suspended task waits at: the innermost frame of the
    /// program's own file along its chain of awaits.
    fn await_line(&self, task: &Value) -> u32 {
        let Some(Value::Gen(mut g)) = attr(task, "_coro") else {
            return 0;
        };
        let mut line = 0;
        for _ in 0..1000 {
            let next = {
                let fr = g.frame.borrow();
                let Some(f) = fr.as_ref() else { break };
                if *f.code.filename == *self.filename {
                    line = f.line();
                }
                match f.stack.last() {
                    Some(Value::Gen(inner)) => inner.clone(),
                    _ => break,
                }
            };
            g = next;
        }
        line
    }

    /// An event from the asyncio prelude (`_pg.event(kind, ...)`).
    pub fn trace_event(&mut self, kind: &str, a: &[Value]) {
        let Some(mut tr) = self.trace.take() else {
            return;
        };
        let now = self.host.now();
        let line = self.user_line();
        let arg = |i: usize| a.get(i).cloned().unwrap_or(Value::None);
        match kind {
            "run" => tr.in_run = matches!(arg(0), Value::Bool(true)),
            "quiet" => tr.quiet = matches!(arg(0), Value::Bool(true)),
            _ => {}
        }
        if tr.quiet {
            self.trace = Some(tr);
            return;
        }
        match kind {
            "created" => {
                let id = tr.names.len();
                if let Value::Instance(i) = &arg(0) {
                    tr.tasks.insert(addr(&arg(0)), (Rc::downgrade(i), id));
                }
                let name = lane_name(&arg(0), &arg(1));
                tr.names.push(name.clone());
                tr.push_event(now, id, line, EventKind::Created { name });
            }
            // `create_task(coro, name=...)` names the task after creating it.
            "renamed" => {
                if let Some(t) = tr.task_of(&arg(0)) {
                    tr.names[t] = lane_name(&arg(0), &arg(1));
                }
            }
            // The loop's own doings have no line of the program (the
            // innermost frame of its file is the script's `asyncio.run`).
            "step_start" => {
                if let Some(t) = tr.task_of(&arg(0)) {
                    tr.current = t;
                    tr.push_event(now, t, 0, EventKind::StepStart);
                }
            }
            "step_end" => {
                if let Some(t) = tr.task_of(&arg(0)) {
                    tr.push_event(now, t, 0, EventKind::StepEnd);
                }
                tr.current = 0;
            }
            "suspended" => {
                if let Some(t) = tr.task_of(&arg(0)) {
                    let line = self.await_line(&arg(0));
                    let fut = arg(1);
                    let wait = if matches!(fut, Value::None) {
                        Wait::Yield
                    } else {
                        tr.waiters.insert(addr(&fut), t);
                        tr.wait_of(&fut)
                    };
                    tr.push_event(now, t, line, EventKind::Suspended { wait });
                }
            }
            "woken" | "finished" | "cancelled" => {
                if let Some(t) = tr.task_of(&arg(0)) {
                    let k = match kind {
                        "woken" => EventKind::Woken,
                        "finished" => EventKind::Finished,
                        _ => EventKind::Cancelled,
                    };
                    tr.push_event(now, t, 0, k);
                }
            }
            "iteration" => {
                let n = match arg(0) {
                    Value::Int(n) => n.max(0) as usize,
                    _ => 0,
                };
                tr.iteration += 1;
                tr.remaining = n;
                tr.push_event(now, 0, 0, EventKind::Iteration { ready: n });
            }
            "queue" => tr.note_queue(&arg(0)),
            "queue_size" => {
                tr.note_queue(&arg(0));
                if let Value::Int(n) = arg(1) {
                    let t = tr.current;
                    tr.push_event(now, t, line, EventKind::QueueSize { size: n as usize });
                }
            }
            "loop_start" if !tr.waiting => {
                tr.waiting = true;
                tr.push_event(now, 0, line, EventKind::Suspended { wait: Wait::Run });
                tr.push_event(now, 0, line, EventKind::StepEnd);
                tr.record_frame(self, &arg(0), now);
            }
            "loop_stop" | "run" if tr.waiting && !(kind == "loop_stop" && tr.in_run) => {
                tr.waiting = false;
                tr.current = 0;
                tr.push_event(now, 0, line, EventKind::StepStart);
            }
            "iteration_end" => {
                tr.remaining = 0;
                tr.record_frame(self, &arg(0), now);
                // The page steps by loop iteration: give it control at each end.
                if self.pending_pause.is_none() {
                    self.pending_pause = Some(crate::vm::Pause::Iteration);
                }
            }
            _ => {}
        }
        self.trace = Some(tr);
    }
}
