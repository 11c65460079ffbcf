//! Line events (issue 14): what `sys.settrace` sees of the program's own file.
//!
//! A program compiled with `TraceLine` ops (see `compile::compile_module_traced`)
//! reports each line as CPython 3.11 does: when a line begins that differs from
//! the frame's last, or a jump went back. The page records them (task, line,
//! time); the CLI prints them as `tools/linetrace.py` does; and a run can stop
//! at its Nth line event to show every task's frames and variables there
//! ([`Capture`]), which the page does by running the program again to that
//! point on the virtual clock.

use crate::pagetrace::attr;
use crate::value::*;
use crate::vm::{Frame, PyResult, Vm};
use std::collections::HashMap;
use std::rc::Rc;

/// What a traced run does at each line event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LineMode {
    /// No `TraceLine` ops (the default: no cost).
    #[default]
    Off,
    /// Count them, and record them in the page's record when it is kept.
    Record,
    /// Also print each as `tools/linetrace.py` does, in order with the output.
    Print,
}

/// A repr is shortened to this many characters in a line record.
pub const SHORT: usize = 60;

/// The line tracer's state.
#[derive(Default)]
pub struct Lines {
    pub mode: LineMode,
    /// Line events so far.
    pub count: u64,
    /// Stop at this line event (1-based) and capture every task's frames there.
    pub stop_at: Option<u64>,
    /// Pause the run (for the driver) once this many line events happened.
    pub pause_at: Option<u64>,
    /// Capture every task's frames at this line event, then pause (`LineCursor`).
    pub capture_at: Option<u64>,
    /// A capture shows at most this many tasks (a page's panel), None: all.
    pub max_tasks: Option<usize>,
    pub captured: Option<Capture>,
    /// Inside the tracer (a `__repr__` it called runs untraced).
    pub(crate) busy: bool,
    /// Object ids in reprs, numbered by first appearance (`#n`).
    pub(crate) labels: Labels,
}

/// Numbers object ids by first appearance, as `tools/linetrace.py` does for
/// the addresses in reprs.
#[derive(Default, Clone, Debug)]
pub struct Labels {
    ids: HashMap<String, usize>,
    /// A capture's reprs of shared objects, by id (made once).
    reprs: HashMap<usize, String>,
}

impl Labels {
    pub fn label(&mut self, hex: &str) -> usize {
        let n = self.ids.len() + 1;
        *self.ids.entry(hex.to_string()).or_insert(n)
    }
    /// `s` with every `0x...` address replaced by its label `#n`.
    pub fn relabel(&mut self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'0' && b.get(i + 1) == Some(&b'x') {
                let mut j = i + 2;
                while j < b.len() && (b[j].is_ascii_digit() || (b'a'..=b'f').contains(&b[j])) {
                    j += 1;
                }
                if j > i + 2 {
                    out.push_str(&format!("#{}", self.label(&s[i..j])));
                    i = j;
                    continue;
                }
            }
            let c = s[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
        out
    }
}

/// `s` cut to `width` characters with `...`, as linetrace's `short`.
pub fn shorten(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    let mut t: String = s.chars().take(width - 3).collect();
    t.push_str("...");
    t
}

/// One frame of a task, for the frames panel.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameView {
    /// The code's name (`main`, `<listcomp>`, `<module>`).
    pub name: String,
    pub line: u32,
    /// Name, repr (addresses as `#n`), and the object's label when the value
    /// is an object that can be shared (a list, a queue, an instance).
    pub locals: Vec<(String, String, Option<usize>)>,
}

/// One task (or the script) at the captured moment.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskView {
    /// `main() Task-1`, or `__main__` for the script.
    pub label: String,
    /// `running`, `ready`, `waiting: sleep until 1.000`, ...
    pub state: String,
    /// The program's frames, outermost first.
    pub frames: Vec<FrameView>,
}

/// Every task's frames at one line event.
#[derive(Clone, Debug, PartialEq)]
pub struct Capture {
    /// The line event (1-based) and the virtual time.
    pub event: u64,
    pub time: f64,
    pub tasks: Vec<TaskView>,
    /// Tasks not done left out (beyond `Lines::max_tasks`; the running one is always in).
    pub omitted: usize,
}

impl Capture {
    /// The text `tools/linetrace.py --frames N` prints for this moment.
    pub fn text(&self) -> String {
        let mut out = format!("== line event {} at {:.3}\n", self.event, self.time);
        for t in &self.tasks {
            out.push_str(&format!("{}: {}\n", t.label, t.state));
            for f in &t.frames {
                let names: Vec<String> = f
                    .locals
                    .iter()
                    .map(|(k, v, _)| format!("{k}={}", shorten(v, SHORT)))
                    .collect();
                out.push_str(&format!(
                    "  {} :{} | {}\n",
                    f.name,
                    f.line,
                    names.join(", ")
                ));
            }
        }
        if self.omitted > 0 {
            out.push_str(&format!("({} more tasks)\n", self.omitted));
        }
        out
    }
}

/// A frame before its values are shown: its name, line and locals.
type RawFrame = (String, u32, Vec<(String, Value)>);

impl Vm {
    /// A `TraceLine` op found a line event.
    #[cold]
    #[inline(never)]
    pub(crate) fn line_event(&mut self, line: u32) -> PyResult<()> {
        let Some(l) = self.lines.as_mut() else {
            return Ok(());
        };
        if l.busy {
            return Ok(());
        }
        l.count += 1;
        let (mode, n) = (l.mode, l.count);
        let stop = l.stop_at == Some(n);
        let capture = stop || l.capture_at == Some(n);
        if l.pause_at.is_some_and(|p| n >= p) || l.capture_at == Some(n) {
            l.pause_at = None;
            l.capture_at = None;
            self.pending_pause = Some(crate::vm::Pause::Iteration);
        }
        let now = self.host.now();
        if let Some(tr) = self.trace.as_mut() {
            tr.line_event(now, line);
        }
        if mode == LineMode::Print || capture {
            self.lines.as_mut().expect("lines").busy = true;
            if mode == LineMode::Print {
                let text = self.line_record(line, now);
                self.out.write(crate::io::Stream::Stdout, &text, now);
            }
            if capture {
                let (tasks, omitted) = self.capture_tasks();
                let l = self.lines.as_mut().expect("lines");
                l.captured = Some(Capture {
                    event: n,
                    time: now,
                    tasks,
                    omitted,
                });
            }
            self.lines.as_mut().expect("lines").busy = false;
            if stop {
                self.stop_reason = Some(format!("stopped at line event {n}"));
                return Err(self.err(crate::types::ExcKind::SystemExit, ""));
            }
        }
        Ok(())
    }

    fn is_program(&self, f: &Frame) -> bool {
        *f.code.filename == *self.filename
    }

    /// A frame CPython has none for: a native call's base, or a builtin the
    /// interpreter writes in Python (`anext(it, default)`, `bytearray`) or a
    /// module's part that is C in CPython (see [`c_in_cpython`]).
    fn is_native(&self, f: &Frame) -> bool {
        Rc::ptr_eq(&f.code, &self.scratch_code) || c_in_cpython(&f.code)
    }

    /// The task whose step is running (`Task.__step` on the VM's stack).
    fn running_task(&self) -> Option<Value> {
        self.frames.iter().rev().find_map(|f| {
            (&*f.code.qualname == "Task.__step" && !self.is_program(f))
                .then(|| f.locals.first().cloned().flatten())
                .flatten()
        })
    }

    fn task_name(task: &Value) -> String {
        match attr(task, "_name") {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        }
    }

    /// `count() Task-2`: the coroutine's qualname and the task's name.
    fn task_label(task: &Value) -> String {
        let coro = match attr(task, "_coro") {
            // The prelude's task closing an async generator (CPython's runs
            // the generator's aclose(), an async_generator_athrow, itself).
            Some(Value::Gen(g))
                if &*g.qualname == "_aclose" && &*g.code.filename == "<asyncio>" =>
            {
                "async_generator_athrow".into()
            }
            Some(Value::Gen(g)) => g.qualname.to_string(),
            _ => "?".into(),
        };
        format!("{coro}() {}", Self::task_name(task))
    }

    /// The program's frames at the top of the VM's stack, outermost first
    /// (native calls between them, which CPython has no frames for, skipped).
    fn top_program_frames(&self) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.frames.len())
            .rev()
            .filter(|&i| !self.is_native(&self.frames[i]))
            .take_while(|&i| self.is_program(&self.frames[i]))
            .collect();
        v.reverse();
        v
    }

    /// The record linetrace prints for a line event.
    fn line_record(&mut self, line: u32, now: f64) -> String {
        let task = match self.running_task() {
            Some(t) => Self::task_label(&t),
            None => "__main__".into(),
        };
        let idx = self.top_program_frames();
        let stack: Vec<String> = idx
            .iter()
            .map(|&i| self.frames[i].code.name.to_string())
            .collect();
        let mut names = String::new();
        if let Some(&top) = idx.last() {
            let locals = self.frame_locals_of(top);
            let mut labels = std::mem::take(&mut self.lines.as_mut().expect("lines").labels);
            let parts: Vec<String> = locals
                .iter()
                .map(|(k, v)| {
                    let r = self.repr_or_error(v);
                    format!("{k}={}", shorten(&labels.relabel(&r), SHORT))
                })
                .collect();
            self.lines.as_mut().expect("lines").labels = labels;
            names = parts.join(", ");
        }
        format!("@ {now:.3} {task} {} :{line} | {names}\n", stack.join(">"))
    }

    fn repr_or_error(&mut self, v: &Value) -> String {
        match self.repr(v) {
            Ok(s) => s,
            Err(e) => {
                let name = match &e.exc {
                    Value::Instance(i) => i.class.borrow().name.to_string(),
                    _ => "Exception".into(),
                };
                format!("<repr raised {name}>")
            }
        }
    }

    /// The locals of the VM's frame `i` in the order of CPython's persistent
    /// `f_locals` dict: a name bound is added at its end the first time it is
    /// seen, a name unbound is removed.
    fn frame_locals_of(&mut self, i: usize) -> Vec<(String, Value)> {
        let f = &mut self.frames[i];
        let now = locals_of(f);
        if f.ns.is_some() {
            return now;
        }
        let all = all_names(f);
        let idx = |name: &str| all.iter().position(|n| n == name).unwrap_or(0) as u32;
        let bound: Vec<u32> = now.iter().map(|(k, _)| idx(k)).collect();
        f.seen.retain(|i| bound.contains(i));
        for b in &bound {
            if !f.seen.contains(b) {
                f.seen.push(*b);
            }
        }
        f.seen
            .iter()
            .filter_map(|i| now.iter().find(|(k, _)| *k == all[*i as usize]).cloned())
            .collect()
    }

    /// Every task's frames now (the script first, then the tasks in creation order).
    fn capture_tasks(&mut self) -> (Vec<TaskView>, usize) {
        let mut labels = Labels::default();
        let running = self.running_task();
        let mut out = Vec::new();
        // The script: when no task runs, the program's frames at the top; else
        // those at the bottom, up to the call into asyncio (`asyncio.run` may be
        // called from a function, as CPython's chain of frames shows).
        let script: Vec<usize> = if running.is_none() {
            self.top_program_frames()
        } else {
            (0..self.frames.len())
                .filter(|&i| !self.is_native(&self.frames[i]))
                .take_while(|&i| self.is_program(&self.frames[i]))
                .collect()
        };
        let frames: Vec<RawFrame> = script
            .iter()
            .map(|&i| {
                let f = &self.frames[i];
                (f.code.name.to_string(), f.line(), locals_of(f))
            })
            .collect();
        let state = if running.is_none() {
            "running".to_string()
        } else {
            "waiting in asyncio.run".to_string()
        };
        // (label, state, frames with their values), views made at the end.
        let mut raw: Vec<(String, String, Vec<RawFrame>)> =
            vec![("__main__".into(), state, frames)];
        let all = self.tasks_in_order();
        let max = self
            .lines
            .as_ref()
            .and_then(|l| l.max_tasks)
            .unwrap_or(usize::MAX);
        let mut omitted = 0;
        for (i, task) in all.into_iter().enumerate() {
            let is_running = running.as_ref().is_some_and(|r| r.is(&task));
            if i >= max && !is_running {
                omitted += 1;
                continue;
            }
            let (state, frames) = if is_running {
                let f: Vec<_> = self
                    .top_program_frames()
                    .iter()
                    .map(|&i| {
                        let f = &self.frames[i];
                        (f.code.name.to_string(), f.line(), locals_of(f))
                    })
                    .collect();
                ("running".to_string(), f)
            } else {
                self.suspended(&task)
            };
            raw.push((Self::task_label(&task), state, frames));
        }
        // Generators of the program held in the module's globals or in a frame
        // shown, suspended or not started: their saved frames.
        let mut held: Vec<Value> = match &self.main_module {
            Some(g) => g.map.borrow().iter().map(|(_, v)| v.clone()).collect(),
            None => Vec::new(),
        };
        for (_, _, frames) in &raw {
            for (_, _, locals) in frames {
                held.extend(locals.iter().map(|(_, v)| v.clone()));
            }
        }
        let task_coros: Vec<usize> = self
            .tasks_in_order()
            .iter()
            .filter_map(|t| attr(t, "_coro").map(|c| c.id()))
            .collect();
        let mut gens: Vec<std::rc::Rc<GenObj>> = Vec::new();
        for v in held {
            if task_coros.contains(&v.id()) {
                continue;
            }
            if let Value::Gen(g) = v {
                let kind = g.code.kind;
                let program = *g.code.filename == *self.filename;
                let idle = !g.running.get() && !g.finished.get() && g.frame.borrow().is_some();
                // Generators, and coroutines nothing has started (a task's
                // coroutine, or one awaited, is shown in its chain).
                let gen_like = matches!(
                    kind,
                    crate::code::CodeKind::Generator | crate::code::CodeKind::AsyncGenerator
                ) || (kind == crate::code::CodeKind::Coroutine && !g.started.get());
                if program && idle && gen_like && !gens.iter().any(|x| Rc::ptr_eq(x, &g)) {
                    gens.push(g);
                }
            }
        }
        for g in gens {
            let (frames, _, started, _) = self.await_chain(Some(Value::Gen(g.clone())));
            let what = match g.code.kind {
                crate::code::CodeKind::AsyncGenerator => "async generator",
                crate::code::CodeKind::Coroutine => "coroutine",
                _ => "generator",
            };
            let state = if started { "suspended" } else { "not started" };
            raw.push((format!("{}() {what}", g.qualname), state.into(), frames));
        }
        for (label, state, frames) in raw {
            let frames = self.frame_views(frames, &mut labels);
            out.push(TaskView {
                label,
                state,
                frames,
            });
        }
        // An object held in two places or more gets a label: the one its
        // address has in the reprs if it shows there, else the next number.
        let mut seen: HashMap<usize, usize> = HashMap::new();
        for t in &out {
            for f in &t.frames {
                for id in f.locals.iter().filter_map(|l| l.2) {
                    *seen.entry(id).or_default() += 1;
                }
            }
        }
        for t in &mut out {
            for f in &mut t.frames {
                for (_, _, l) in &mut f.locals {
                    *l = match *l {
                        Some(id) if seen.get(&id).copied().unwrap_or(0) >= 2 => {
                            Some(labels.label(&format!("0x{id:x}")))
                        }
                        _ => None,
                    };
                }
            }
        }
        (out, omitted)
    }

    /// The frames with their locals' reprs (addresses labelled by first
    /// appearance); each object's id is kept in the label slot for now (see
    /// `capture_tasks`, which labels the shared ones once every repr is made).
    fn frame_views(&mut self, frames: Vec<RawFrame>, labels: &mut Labels) -> Vec<FrameView> {
        frames
            .into_iter()
            .map(|(name, line, locals)| FrameView {
                name,
                line,
                locals: locals
                    .into_iter()
                    .map(|(k, v)| {
                        // One repr per object in a capture (a queue held by 100
                        // tasks is shown 100 times; its repr is made once).
                        let shared = shareable(&v).then(|| v.id());
                        let r = match shared.and_then(|id| labels.reprs.get(&id)) {
                            Some(r) => r.clone(),
                            None => {
                                let r = self.repr_or_error(&v);
                                let r = labels.relabel(&r);
                                if let Some(id) = shared {
                                    labels.reprs.insert(id, r.clone());
                                }
                                r
                            }
                        };
                        (k, r, shared)
                    })
                    .collect(),
            })
            .collect()
    }

    /// The tasks not done, in creation order (the prelude's `_all_tasks`).
    fn tasks_in_order(&self) -> Vec<Value> {
        let Some(Value::Module(m)) = self.modules.get("asyncio").cloned() else {
            return Vec::new();
        };
        let all = m
            .dict
            .map
            .borrow()
            .get(&Key(Value::str("_all_tasks")))
            .cloned();
        match all {
            Some(Value::Dict(d)) => d
                .map
                .borrow()
                .iter()
                .map(|(k, _)| k.0.clone())
                .filter(|t| !matches!(attr(t, "_state"), Some(Value::Str(s)) if &*s != "PENDING"))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// A suspended task's state and its program frames along its chain of awaits.
    fn suspended(&mut self, task: &Value) -> (String, Vec<RawFrame>) {
        let (frames, last_lib, started, end) = self.await_chain(attr(task, "_coro"));
        let waiter = attr(task, "_fut_waiter").filter(|w| !matches!(w, Value::None));
        let state = if !started {
            "ready (not started)".to_string()
        } else if waiter.is_none() {
            "ready".to_string()
        } else {
            self.wait_text(last_lib, end.or(waiter))
        };
        (state, frames)
    }

    /// Along a chain of awaits (or `yield from`) from a coroutine or generator:
    /// the program's frames, asyncio's innermost coroutine (name and locals),
    /// whether the first has started, and the object the chain ends at.
    #[allow(clippy::type_complexity)]
    fn await_chain(
        &self,
        start: Option<Value>,
    ) -> (
        Vec<RawFrame>,
        Option<(String, Vec<(String, Value)>)>,
        bool,
        Option<Value>,
    ) {
        let mut frames = Vec::new();
        let mut cur = start;
        let mut last_lib: Option<(String, Vec<(String, Value)>)> = None;
        let mut started = true;
        let mut end: Option<Value> = None;
        let mut guard = 0;
        while let Some(v) = cur.take() {
            guard += 1;
            if guard > 200 {
                break;
            }
            let Value::Gen(g) = &v else {
                // `await fut` runs natively: the chain ends at the future.
                end = match &v {
                    Value::Iter(i) => match &*i.borrow() {
                        crate::value::IterObj::FutureAwait { fut, .. } => Some(fut.clone()),
                        _ => Some(v.clone()),
                    },
                    _ => Some(v),
                };
                break;
            };
            let fr = g.frame.borrow();
            let Some(f) = fr.as_ref() else {
                break;
            };
            if !g.started.get() {
                started = false;
            }
            if self.is_program(f) {
                let line = if g.started.get() {
                    f.line()
                } else {
                    f.code.first_line
                };
                frames.push((f.code.name.to_string(), line, locals_of(f)));
            } else if f.code.kind == crate::code::CodeKind::Coroutine {
                // asyncio's coroutine it waits in (`sleep`, `Queue.get`); not the
                // generators (`Future.__await__`), which CPython writes in C.
                last_lib = Some((f.code.qualname.to_string(), locals_of(f)));
            }
            if matches!(f.code.ops.get(f.lasti), Some(crate::code::Op::YieldFrom)) {
                cur = f.stack.last().cloned();
            }
        }
        (frames, last_lib, started, end)
    }

    fn wait_text(
        &mut self,
        lib: Option<(String, Vec<(String, Value)>)>,
        fut: Option<Value>,
    ) -> String {
        if let Some((name, locals)) = &lib {
            if name == "sleep" {
                let when = locals
                    .iter()
                    .find(|(k, _)| k == "h")
                    .and_then(|(_, h)| attr(h, "_when"));
                if let Some(Value::Float(w)) = when {
                    return format!("waiting: sleep until {w:.3}");
                }
                if let Some(Value::Int(w)) = when {
                    return format!("waiting: sleep until {:.3}", w as f64);
                }
            }
            return format!("waiting: {name}");
        }
        match fut {
            Some(f) if attr(&f, "_coro").is_some() => {
                format!("waiting for {}", Self::task_name(&f))
            }
            Some(f) if self.type_name(&f) == "_GatheringFuture" => "waiting for gather".into(),
            _ => "waiting for a future".into(),
        }
    }
}

/// Every local name of a frame: its varnames, then cells and free variables.
fn all_names(f: &Frame) -> Vec<String> {
    let c = &f.code;
    c.varnames
        .iter()
        .chain(c.cellvars.iter())
        .chain(c.freevars.iter())
        .map(|s| s.to_string())
        .collect()
}

/// Objects a frames panel marks when two places hold the same one.
fn shareable(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Instance(_)
            | Value::Deque(_)
            | Value::Gen(_)
            | Value::Iter(_)
    )
}

/// A frame's local variables as CPython's `frame.f_locals` lists them: the
/// local names in order, then cells and free variables; unbound ones left out.
/// A class body's are its namespace; a module's none (they are its globals).
/// Names beginning with `__` are left out (as linetrace does).
pub fn locals_of(f: &Frame) -> Vec<(String, Value)> {
    if f.code.kind == crate::code::CodeKind::Module {
        return Vec::new();
    }
    if let Some(ns) = &f.ns {
        let ns = ns.map.borrow();
        return ns
            .iter()
            .filter_map(|(k, v)| match &k.0 {
                Value::Str(s) if !s.starts_with("__") => Some((s.to_string(), v.clone())),
                _ => None,
            })
            .collect();
    }
    bound_locals(f)
        .into_iter()
        .filter(|(k, _)| !k.starts_with("__"))
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

/// A function frame's bound variables in `f_locals`' order: the local names in
/// order, then the cells that are not parameters, then the free variables, each
/// sorted by name as CPython's compiler orders co_cellvars and co_freevars
/// (what `locals()` returns, and the frames panel shows).
pub fn bound_locals(f: &Frame) -> Vec<(crate::value::Str, Value)> {
    let code = &f.code;
    let mut out = Vec::new();
    let cell_of = |vi: usize| {
        code.cell_params
            .iter()
            .find(|(_, v)| *v as usize == vi)
            .map(|(c, _)| *c as usize)
    };
    for (i, name) in code.varnames.iter().enumerate() {
        let v = match cell_of(i) {
            Some(c) => f.cells.get(c).and_then(|c| c.borrow().clone()),
            None => f.locals.get(i).cloned().flatten(),
        };
        if let Some(v) = v {
            out.push((name.clone(), v));
        }
    }
    let ncell = code.cellvars.len();
    let mut cells = Vec::new();
    for (ci, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        if ci < ncell && code.cell_params.iter().any(|(c, _)| *c as usize == ci) {
            continue;
        }
        if let Some(v) = f.cells.get(ci).and_then(|c| c.borrow().clone()) {
            cells.push((ci >= ncell, name.clone(), v));
        }
    }
    cells.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    out.extend(cells.into_iter().map(|(_, k, v)| (k, v)));
    out
}

/// Prelude code that stands for C code in CPython, which has no frames for it:
/// `_pgbuiltins`, `bisect`, `operator`, functools' partial, reduce, cmp_to_key
/// and lru_cache wrapper, a named tuple's tuple methods.
fn c_in_cpython(code: &crate::code::Code) -> bool {
    let q = &*code.qualname;
    match &*code.filename {
        "<_pgbuiltins>" | "<bisect>" | "<operator>" => true,
        "<functools>" => {
            matches!(q, "reduce" | "cmp_to_key" | "_make_key")
                || q.starts_with("partial.")
                || q.starts_with("KeyWrapper.")
                || q.starts_with("_lru_cache_wrapper")
        }
        "<_pgcollections>" => q.starts_with("_nt_"),
        _ => false,
    }
}
