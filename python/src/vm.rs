//! The virtual machine: an explicit stack of frames (no Rust recursion for
//! Python calls), so a run can pause anywhere — for the driver's clock, a
//! step budget or `time.sleep` — and generators and coroutines are frames
//! parked in their objects between steps.

use crate::code::{Code, CodeKind, Op};
use crate::omap::OMap;
use crate::types::{ExcKind, Types};
use crate::value::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A raised exception (an exception instance).
#[derive(Clone)]
pub struct PyErr {
    pub exc: Value,
    /// Just created by native code: its context is set when it is raised.
    pub fresh: bool,
}

pub type PyResult<T> = Result<T, PyErr>;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GenMode {
    /// `next()` / `send()`: a yield's value is the call's result; a return raises StopIteration.
    Send,
    /// A `for` loop: a return ends the loop (jump).
    ForIter(u32),
    /// `*gen` in a call or display (`ListExtend` with the generator on top of
    /// the list): each yield appends to the list and runs the op again; a
    /// return pops the generator. Frame by frame, so that a long unpacking
    /// pauses for the page like any loop (a nested run could not).
    Extend,
    /// `yield from` / `await`: yields pass up, the return value is the expression's value.
    YieldFrom,
    /// An async generator stepped through its `__anext__()` awaitable.
    AGen,
    /// … through its `athrow(e)` awaitable.
    AThrow,
    /// … through its `aclose()` awaitable.
    AClose,
    /// `close()`.
    Close,
}

pub enum Entry {
    Call,
    Init(Value),
    Gen(Rc<GenObj>, GenMode),
    /// A native function called Python code: `run` returns at this frame's end.
    Nested,
    Module,
}

#[derive(Clone, Copy)]
pub struct Block {
    pub handler: u32,
    pub stack: u32,
    pub exc: u32,
}

pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    pub lasti: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<CellRef>,
    pub blocks: Vec<Block>,
    pub exc_stack: Vec<Value>,
    pub globals: Rc<DictObj>,
    /// The namespace of a class body.
    pub ns: Option<Rc<DictObj>>,
    pub entry: Entry,
    /// The line of the last `TraceLine` this frame ran (0: none yet).
    pub trace_line: u32,
    /// The CLI's `--lines`: the order CPython's persistent `f_locals` dict has
    /// (names by first appearance over the line events; see `lines::locals_of`).
    pub seen: Vec<u32>,
}

impl Frame {
    /// Parameters that closures capture start in their cells too.
    pub fn bind_cells(&mut self) {
        for &(ci, vi) in &self.code.cell_params {
            let v = self.locals[vi as usize].clone();
            *self.cells[ci as usize].borrow_mut() = v;
        }
    }
    pub fn line(&self) -> u32 {
        self.code
            .lines
            .get(self.lasti)
            .copied()
            .unwrap_or(self.code.first_line)
    }
}

/// Why `run` returned before the program ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Pause {
    /// The step budget of this slice is spent.
    Budget,
    /// asyncio's selector: let the clock advance by this much.
    Select(f64),
    /// `time.sleep`: the thread blocks for this long.
    Sleep(f64),
    /// The driver asked to stop at the next loop iteration.
    Iteration,
}

pub enum RunEnd {
    /// The base frame returned this value.
    Returned(Value),
    Paused(Pause),
}

pub struct Limits {
    pub max_steps: u64,
    pub max_bytes: usize,
}

pub struct Vm {
    pub frames: Vec<Box<Frame>>,
    pub types: Rc<Types>,
    pub builtins: Rc<DictObj>,
    pub modules: OMap<Str, Value>,
    pub steps: u64,
    pub limits: Limits,
    /// Ops left in this slice before a `Budget` pause.
    pub slice_left: u64,
    pub nested: u32,
    pub pending_pause: Option<Pause>,
    pub out: crate::io::Output,
    pub host: Rc<dyn crate::Host>,
    pub argv: Vec<String>,
    pub filename: Str,
    /// The program's source (the lines warnings quote).
    pub source: Str,
    /// The warnings printed, by (file, line, text): each is printed once, as
    /// by CPython's default filter.
    pub warned: std::collections::HashSet<(Str, u32, String)>,
    pub random: engine::random::Random,
    /// random.gauss's second value, kept for the next call (reset by seed).
    pub gauss_next: Option<f64>,
    pub seed_override: Option<engine::random::Seed>,
    /// The streams of `random.Random` instances (their `_pg_rng` indexes
    /// these), each with its gauss value kept.
    pub rngs: Vec<(engine::random::Random, Option<f64>)>,
    pub stop_reason: Option<String>,
    /// Native recursion depth (repr of nested containers etc.).
    pub native_depth: Cell<u32>,
    pub task_ids: RefCell<Vec<Value>>,
    pub trace: Option<Box<crate::pagetrace::PageTrace>>,
    /// Line events, when the program was compiled to report them.
    pub lines: Option<Box<crate::lines::Lines>>,
    pub main_module: Option<Rc<DictObj>>,
    pub alloc_estimate: usize,
    pub last_raise: crate::exec::RaiseKind,
    /// The exception being returned escaped the base frame of `run`.
    pub escaped: bool,
    pub last_stop_value: Option<Value>,
    pub scratch_code: Rc<Code>,
    /// Returned frames kept for reuse (`new_frame`).
    pub frame_pool: RefCell<Vec<Box<Frame>>>,
    /// Emptied argument vectors kept for reuse (`take_args`): a call no
    /// longer allocates its arguments' vector.
    pub arg_pool: RefCell<Vec<Vec<Value>>>,
    /// The prelude's `Future.__await__`, `Future.done` and `Future.result`
    /// (`await` on a future whose class has that `__await__` runs natively,
    /// `IterObj::FutureAwait`, with Future's own `done` and `result` as
    /// CPython's C `FutureIter` reads the future's state, not a subclass's).
    pub future_await: Option<[Value; 3]>,
    /// The native frame code of `asyncio.sleep` (`fastasync::twins`).
    pub sleep_code: Option<Rc<Code>>,
    /// asyncio's `Future.__init__` (`fastasync::loop_twins`).
    pub future_init: Option<Rc<Code>>,
    /// Containers whose repr is being computed (CPython's `Py_ReprEnter`).
    pub repr_stack: RefCell<Vec<usize>>,
    /// The native stack address where the driver entered the VM (`Program::tick`).
    pub stack_base: Cell<usize>,
    /// What the host had allocated before this run began (the limit is per run).
    pub mem_base: usize,
    /// Ops until the run loop next checks the limits (see `Vm::run`).
    pub countdown: u64,
    /// Instances with a user `__eq__` and `__hash__` made keys, by hash (`Vm::key`).
    pub eq_keys: RefCell<crate::value::EqKeys>,
    /// Dropped generators to close (`finalize.rs`).
    pub fin: Rc<crate::finalize::Finalizers>,
    /// `sys.set_asyncgen_hooks`: (firstiter, finalizer).
    pub asyncgen_hooks: (Value, Value),
    /// The frames a run may have (`sys.setrecursionlimit`, capped).
    pub recursion_limit: usize,
    /// `_pg.on_unretrieved`'s function (asyncio's "exception was never retrieved").
    pub unretrieved_hook: Option<Value>,
    /// Exceptions raised by a finalizer, to report as CPython's
    /// `PyErr_WriteUnraisable` does: (what raised it, the exception).
    pub unraisable: Vec<(String, Value)>,
    /// Ops executed per code object (`--features opprofile`: where a run spends its time).
    #[cfg(feature = "opprofile")]
    pub prof: std::collections::HashMap<*const Code, (Rc<Code>, u64)>,
}

/// `sys.getrecursionlimit()` at the start of a run (`Vm::recursion_limit`).
pub const RECURSION_LIMIT: usize = 1000;
/// The most frames `sys.setrecursionlimit` lets a run have (the memory limit
/// stops a deeper one anyway).
pub const MAX_RECURSION_LIMIT: usize = 200_000;

/// How much native stack the VM's own recursion (repr, comparisons, native code
/// calling Python) may use below where the driver entered it: the page runs on a
/// 1 MB wasm stack, debug builds have big frames. Past it: `RecursionError`.
pub const NATIVE_STACK_BUDGET: usize = 512 * 1024;

/// Native code calling Python calling native code…: at most this many runs deep.
pub const MAX_NESTED: u32 = 150;

pub fn stack_addr() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

impl Vm {
    /// Bytes allocated since this run began (the host counts the whole process).
    pub fn mem_used(&self) -> usize {
        self.host.used_bytes().saturating_sub(self.mem_base)
    }
    /// The native recursion has used its stack budget (see `NATIVE_STACK_BUDGET`).
    pub fn native_stack_exhausted(&self) -> bool {
        let base = self.stack_base.get();
        base != 0 && base.saturating_sub(stack_addr()) > NATIVE_STACK_BUDGET
    }
    /// The native recursion is within `margin` bytes of its stack budget, or
    /// one more nested run would pass their limit: a `str()`/`repr()` about to
    /// call Python stops here with its own message (CPython's counter names
    /// the call that passed the limit).
    pub fn native_stack_nearly_exhausted(&self, margin: usize) -> bool {
        let base = self.stack_base.get();
        self.nested + 1 >= MAX_NESTED
            || base != 0 && base.saturating_sub(stack_addr()) + margin > NATIVE_STACK_BUDGET
    }
}

pub enum Resume {
    Send(Value),
    Throw(PyErr),
}

/// The outcome of calling something: a value at once, or a frame pushed that
/// will push its result on the caller's stack when it returns.
pub enum Called {
    Value(Value),
    Pushed,
}

impl Vm {
    pub fn err(&self, kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let cls = self.types.exc(kind);
        let msg: String = msg.into();
        let args = if msg.is_empty()
            && matches!(
                kind,
                ExcKind::StopIteration
                    | ExcKind::StopAsyncIteration
                    | ExcKind::GeneratorExit
                    | ExcKind::CancelledError
            ) {
            vec![]
        } else {
            vec![Value::string(msg)]
        };
        PyErr {
            exc: new_exception(&cls, args),
            fresh: true,
        }
    }

    pub fn err_args(&self, kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr {
            exc: new_exception(&self.types.exc(kind), args),
            fresh: true,
        }
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.err(ExcKind::TypeError, msg)
    }

    pub fn frame(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("frame")
    }

    // ---------------------------------------------------------------- frames

    pub fn new_frame(&self, func: &Function, entry: Entry) -> Box<Frame> {
        let code = func.code.clone();
        let nlocals = code.varnames.len();
        let ncells = code.cellvars.len();
        let mut f = self.blank_frame(code, func.globals.clone(), entry);
        for _ in 0..ncells {
            f.cells.push(Rc::new(RefCell::new(None)));
        }
        f.cells.extend(func.closure.iter().cloned());
        f.locals.resize(nlocals, None);
        f
    }

    /// A frame of `code` with empty stack, locals and cells: a returned
    /// frame's buffers when there is one (calls allocate nothing here).
    fn blank_frame(&self, code: Rc<Code>, globals: Rc<DictObj>, entry: Entry) -> Box<Frame> {
        if let Some(mut f) = self.frame_pool.borrow_mut().pop() {
            f.code = code;
            f.pc = 0;
            f.lasti = 0;
            f.trace_line = 0;
            f.seen.clear();
            f.globals = globals;
            f.entry = entry;
            return f;
        }
        Box::new(Frame {
            code,
            pc: 0,
            lasti: 0,
            // Most frames stay this shallow; a deeper one grows its stack once
            // and keeps it when it goes back to the pool. (8 cost every
            // suspended coroutine 96 bytes more: 10,000 tasks, 2 MB.)
            stack: Vec::with_capacity(4),
            locals: Vec::new(),
            cells: Vec::new(),
            blocks: Vec::new(),
            exc_stack: Vec::new(),
            globals,
            ns: None,
            entry,
            trace_line: 0,
            seen: Vec::new(),
        })
    }

    /// Pushes a native frame (`taskstep.rs`): `code` is the native's
    /// continuations, `locals` its state.
    pub fn push_native_frame<const N: usize>(
        &mut self,
        code: Rc<Code>,
        globals: Rc<DictObj>,
        locals: [Value; N],
    ) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let mut f = self.blank_frame(code, globals, Entry::Call);
        f.locals.extend(locals.into_iter().map(Some));
        self.frames.push(f);
        Ok(())
    }

    /// Keeps a finished frame's buffers for the next call (see `new_frame`).
    pub fn recycle_frame(&self, mut f: Box<Frame>) {
        let mut pool = self.frame_pool.borrow_mut();
        if pool.len() >= 64 || f.ns.is_some() {
            return;
        }
        f.stack.clear();
        f.locals.clear();
        f.cells.clear();
        f.blocks.clear();
        f.exc_stack.clear();
        pool.push(f);
    }

    /// An empty vector for a call's arguments, with room for `n` (and a
    /// bound method's `self`), from the pool when there is one.
    #[inline]
    pub fn take_args(&self, n: usize) -> Vec<Value> {
        match self.arg_pool.borrow_mut().pop() {
            Some(mut v) => {
                v.reserve(n + 1);
                v
            }
            None => Vec::with_capacity((n + 1).max(4)),
        }
    }

    /// Gives a call's argument vector back to the pool (emptied).
    #[inline]
    pub fn give_args(&self, mut v: Vec<Value>) {
        v.clear();
        let mut pool = self.arg_pool.borrow_mut();
        if pool.len() < 32 && v.capacity() <= 32 {
            pool.push(v);
        }
    }

    /// Binds call arguments to a function's parameters.
    pub fn bind_args(
        &self,
        func: &Function,
        frame: &mut Frame,
        mut args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<()> {
        let code = &func.code;
        let argc = code.argcount as usize;
        let kwc = code.kwonlycount as usize;
        let qn_ref = func.qualname.borrow();
        let qn = &*qn_ref;
        let nargs = args.len();
        if kwargs.is_empty()
            && kwc == 0
            && !code.has_varargs
            && !code.has_varkw
            && nargs <= argc
            && nargs + func.defaults.len() >= argc
        {
            // Positional arguments only, each parameter given or defaulted.
            for (i, a) in args.drain(..).enumerate() {
                frame.locals[i] = Some(a);
            }
            self.give_args(args);
            let ndef = func.defaults.len();
            for i in nargs..argc {
                frame.locals[i] = Some(func.defaults[i + ndef - argc].clone());
            }
            frame.bind_cells();
            return Ok(());
        }
        let mut extra = Vec::new();
        for (i, a) in args.drain(..).enumerate() {
            if i < argc {
                frame.locals[i] = Some(a);
            } else {
                extra.push(a);
            }
        }
        self.give_args(args);
        if !extra.is_empty() && !code.has_varargs {
            let ndef = func.defaults.len();
            let kw_given = kwargs
                .iter()
                .filter(|(k, _)| code.varnames[argc..argc + kwc].iter().any(|n| n == k))
                .count();
            let takes = if ndef > 0 && ndef <= argc && argc > 0 {
                format!("from {} to {} positional arguments", argc - ndef, argc)
            } else {
                format!(
                    "{} positional argument{}",
                    argc,
                    if argc == 1 { "" } else { "s" }
                )
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    nargs,
                    if nargs == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{} {} given",
                    nargs,
                    if nargs == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(format!("{qn}() takes {takes} but {given}")));
        }
        let mut kwdict: Option<OMap<Key, Value>> = if code.has_varkw {
            Some(OMap::new())
        } else {
            None
        };
        let posonly = code.posonlycount as usize;
        // CPython's initialize_locals: a keyword never binds a positional-only
        // parameter; it goes to **kwargs, or (at the first keyword that binds
        // nothing) is an error naming them all.
        let posonly_named: Vec<Str> = if posonly > 0 && !code.has_varkw {
            kwargs
                .iter()
                .filter(|(k, _)| code.varnames[..posonly].iter().any(|n| n == k))
                .map(|(k, _)| k.clone())
                .collect()
        } else {
            Vec::new()
        };
        for (k, v) in kwargs {
            let pos = code.varnames[posonly..argc + kwc]
                .iter()
                .position(|n| *n == k)
                .map(|i| i + posonly);
            match pos {
                Some(i) => {
                    if frame.locals[i].is_some() {
                        return Err(self
                            .type_error(format!("{qn}() got multiple values for argument '{k}'")));
                    }
                    frame.locals[i] = Some(v);
                }
                None => match &mut kwdict {
                    Some(d) => {
                        d.insert(Key(Value::Str(k)), v);
                    }
                    None if !posonly_named.is_empty() => {
                        let names: Vec<&str> = posonly_named.iter().map(|n| &**n).collect();
                        return Err(self.type_error(format!(
                            "{qn}() got some positional-only arguments passed as keyword \
                             arguments: '{}'",
                            names.join(", ")
                        )));
                    }
                    None => {
                        return Err(self.type_error(format!(
                            "{qn}() got an unexpected keyword argument '{k}'"
                        )))
                    }
                },
            }
        }
        // Defaults.
        let ndef = func.defaults.len();
        let mut missing = Vec::new();
        for i in 0..argc {
            if frame.locals[i].is_none() {
                if i + ndef >= argc {
                    frame.locals[i] = Some(func.defaults[i + ndef - argc].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qn}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        for i in argc..argc + kwc {
            if frame.locals[i].is_none() {
                let name = &code.varnames[i];
                match func.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => frame.locals[i] = Some(v.clone()),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qn}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let mut idx = argc + kwc;
        if code.has_varargs {
            frame.locals[idx] = Some(Value::tuple(extra));
            idx += 1;
        }
        if let Some(d) = kwdict {
            frame.locals[idx] = Some(Value::Dict(DictObj::new(d)));
        }
        frame.bind_cells();
        Ok(())
    }

    /// Calls `f`: Python functions push a frame (`Called::Pushed`); natives run now.
    pub fn call(
        &mut self,
        f: &Value,
        mut args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Called> {
        match f {
            Value::Func(func) => self.call_function(func, args, kwargs, Entry::Call),
            Value::Method(m) => {
                args.insert(0, m.0.clone());
                let f2 = m.1.clone();
                self.call(&f2, args, kwargs)
            }
            Value::Native(n) => {
                let n = n.clone();
                let r = self.call_native(&n, &args, &kwargs);
                self.give_args(args);
                r
            }
            Value::NativeMethod(m) => {
                args.insert(0, m.0.clone());
                let n = m.1.clone();
                let r = self.call_native(&n, &args, &kwargs);
                self.give_args(args);
                r
            }
            Value::Class(c) => {
                let c = c.clone();
                self.call_class(&c, args, kwargs)
            }
            Value::Instance(_) => {
                let call = self.get_attr_opt(f, "__call__")?;
                match call {
                    Some(c) => self.call(&c, args, kwargs),
                    None => {
                        Err(self
                            .type_error(format!("'{}' object is not callable", self.type_name(f))))
                    }
                }
            }
            Value::StaticMethod(inner) => {
                let inner = (**inner).clone();
                self.call(&inner, args, kwargs)
            }
            _ => Err(self.type_error(format!("'{}' object is not callable", self.type_name(f)))),
        }
    }

    fn call_native(
        &mut self,
        n: &Rc<NativeFn>,
        args: &[Value],
        kwargs: &[(Str, Value)],
    ) -> PyResult<Called> {
        if !kwargs.is_empty() && matches!(n.data, Value::Ellipsis) {
            // A built-in function that takes no keywords (see builtins::install).
            return Err(self.type_error(format!("{}() takes no keyword arguments", n.name)));
        }
        let f = n.f;
        let depth = self.frames.len();
        let r = f(self, n, args, kwargs)?;
        if self.frames.len() > depth {
            // The native pushed the frame that will give its result
            // (`Task.__step`'s native frame, a Python method it defers to).
            return Ok(Called::Pushed);
        }
        Ok(Called::Value(r))
    }

    pub fn call_function(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
        entry: Entry,
    ) -> PyResult<Called> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        if let Some(twin) = func.code.twin.get() {
            if kwargs.is_empty() {
                if let Some(v) = twin(self, func, &args)? {
                    self.give_args(args);
                    return Ok(Called::Value(v));
                }
            }
        }
        let mut frame = self.new_frame(func, entry);
        self.bind_args(func, &mut frame, args, kwargs)?;
        let kind = match func.code.kind {
            CodeKind::Generator => Some(GenKind::Generator),
            CodeKind::Coroutine => Some(GenKind::Coroutine),
            CodeKind::AsyncGenerator => Some(GenKind::AsyncGenerator),
            _ => None,
        };
        if let Some(kind) = kind {
            return Ok(Called::Value(self.new_gen(
                kind,
                frame,
                func,
                func.code.clone(),
            )));
        }
        self.frames.push(frame);
        Ok(Called::Pushed)
    }

    /// A generator, coroutine or async generator of `func` parked in `frame`.
    fn new_gen(&self, kind: GenKind, frame: Box<Frame>, func: &Function, code: Rc<Code>) -> Value {
        let g = Rc::new(GenObj {
            kind,
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            finished: Cell::new(false),
            started: Cell::new(false),
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            code,
            ag_running: Cell::new(false),
            fin: Some(self.fin.clone()),
            ag_hooks: RefCell::new(None),
        });
        match kind {
            GenKind::Generator | GenKind::Coroutine => self.fin.register(&g),
            GenKind::AsyncGenerator => {}
        }
        Value::Gen(g)
    }

    /// A coroutine of `func` whose frame runs `code` (a native frame, see
    /// `taskstep.rs`) from these locals (None: not bound yet).
    pub fn native_coroutine<const N: usize>(
        &self,
        code: Rc<Code>,
        func: &Function,
        locals: [Option<Value>; N],
    ) -> Value {
        let mut frame = self.blank_frame(code.clone(), func.globals.clone(), Entry::Call);
        frame.locals.extend(locals);
        self.new_gen(GenKind::Coroutine, frame, func, code)
    }

    /// Calls `f` and runs it to completion (from native code).
    pub fn call_value(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let base = self.frames.len();
        match self.call(f, args, kwargs)? {
            Called::Value(v) => Ok(v),
            Called::Pushed => {
                // Re-mark the pushed frame as the boundary of a nested run
                // (the first one: a native may have pushed a frame above its own).
                let fr = &mut self.frames[base];
                let entry = std::mem::replace(&mut fr.entry, Entry::Nested);
                let init = match entry {
                    Entry::Init(inst) => Some(inst),
                    _ => None,
                };
                let v = self.run_nested()?;
                Ok(init.unwrap_or(v))
            }
        }
    }

    pub fn run_nested(&mut self) -> PyResult<Value> {
        if self.nested >= MAX_NESTED || self.native_stack_exhausted() {
            // Native code calling Python calling native code…: keep the Rust stack bounded.
            let base = self.frames.pop();
            drop(base);
            return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.nested += 1;
        let r = self.run();
        self.nested -= 1;
        match r {
            Ok(RunEnd::Returned(v)) => Ok(v),
            Ok(RunEnd::Paused(_)) => {
                Err(self.err(ExcKind::RuntimeError, "cannot pause inside a nested call"))
            }
            Err(e) => Err(e),
        }
    }

    fn call_class(
        &mut self,
        c: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Called> {
        if let Some(b) = c.builtin {
            // A built-in type (or a subclass of an exception type).
            if !c.is_exception() {
                return Ok(Called::Value(crate::builtins::construct(
                    self, b, c, args, kwargs,
                )?));
            }
        }
        let is_exc = c.is_exception();
        let (c, group) = if is_exc && c.is_subclass(&self.types.exc(ExcKind::BaseExceptionGroup)) {
            crate::excgroup::group_class(self, c, &args)?
        } else if is_exc && Rc::ptr_eq(c, &self.types.exc(ExcKind::OSError)) {
            // OSError(errno, strerror) is the subclass of that errno.
            (
                crate::builtins::oserror_subclass(self, &args).unwrap_or_else(|| c.clone()),
                None,
            )
        } else {
            (c.clone(), None)
        };
        let is_os = is_exc && c.is_subclass(&self.types.exc(ExcKind::OSError));
        let c = &c;
        if !is_exc {
            if let Some(new) = crate::builtins::user_new(c) {
                // `__new__(cls, *args, **kwargs)`; `__init__` runs on what it
                // returns when that is an instance of the class.
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(Value::Class(c.clone()));
                a.extend(args.iter().cloned());
                let obj = self.call_value(&new, a, kwargs.clone())?;
                let Value::Instance(i) = &obj else {
                    return Ok(Called::Value(obj));
                };
                let oc = i.class.borrow().clone();
                if !oc.is_subclass(c) {
                    return Ok(Called::Value(obj));
                }
                return self.init_instance(&oc, obj, args, kwargs, false, true);
            }
        }
        let inst = Value::Instance(Rc::new(Instance {
            class: RefCell::new(c.clone()),
            dict: RefCell::new(crate::attrs::AttrMap::for_class(c)),
            exc: if is_exc {
                let mut d = ExcData {
                    args: args.clone(),
                    group,
                    ..Default::default()
                };
                if is_os {
                    d.parse_os_args();
                }
                Some(Box::new(RefCell::new(d)))
            } else {
                None
            },
        }));
        if let (Value::Instance(i), true) = (&inst, c.fin.borrow().is_some()) {
            self.fin.register_obj(i);
        }
        self.init_instance(c, inst, args, kwargs, is_exc, false)
    }

    /// A new, empty instance of a user class (`object.__new__(cls)`).
    pub fn blank_instance(&mut self, c: &Rc<Class>) -> Value {
        let inst = Rc::new(Instance {
            class: RefCell::new(c.clone()),
            dict: RefCell::new(crate::attrs::AttrMap::for_class(c)),
            exc: None,
        });
        if c.fin.borrow().is_some() {
            self.fin.register_obj(&inst);
        }
        Value::Instance(inst)
    }

    /// Runs `c.__init__(inst, *args, **kwargs)` (the call of a class, once
    /// its instance is made).
    fn init_instance(
        &mut self,
        c: &Rc<Class>,
        inst: Value,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
        is_exc: bool,
        new_overridden: bool,
    ) -> PyResult<Called> {
        match c.lookup_name(&crate::name!("__init__")) {
            Some(Value::Func(init)) => {
                let mut a = args;
                a.insert(0, inst.clone());
                match self.call_function(&init, a, kwargs, Entry::Init(inst.clone()))? {
                    Called::Pushed => Ok(Called::Pushed),
                    Called::Value(_) => {
                        Err(self.type_error("__init__() should return None, not 'generator'"))
                    }
                }
            }
            Some(other) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(inst.clone());
                a.extend(args);
                self.call_value(&other, a, kwargs)?;
                Ok(Called::Value(inst))
            }
            None => {
                if !is_exc && !new_overridden && (!args.is_empty() || !kwargs.is_empty()) {
                    return Err(self.type_error(format!("{}() takes no arguments", c.name)));
                }
                if is_exc && !kwargs.is_empty() {
                    if self.exc_is(&inst, ExcKind::ImportError) {
                        // ImportError(msg, name=..., path=...).
                        for (k, v) in &kwargs {
                            if !matches!(&**k, "name" | "path") {
                                return Err(self.type_error(format!(
                                    "'{k}' is an invalid keyword argument for {}()",
                                    c.name
                                )));
                            }
                            crate::builtins::set_exception_attr(self, &inst, k, v)?;
                        }
                        return Ok(Called::Value(inst));
                    }
                    return Err(self.type_error(format!("{}() takes no keyword arguments", c.name)));
                }
                Ok(Called::Value(inst))
            }
        }
    }

    // ------------------------------------------------------------ generators

    /// CPython's async_gen_init_hooks, at an async generator's first
    /// `__anext__`/`asend`/`athrow`/`aclose`: records the finalizer hook and
    /// calls the firstiter hook (asyncio's loop adds it to its set).
    pub fn agen_init_hooks(&mut self, g: &Rc<GenObj>) -> PyResult<()> {
        if g.kind != GenKind::AsyncGenerator || g.ag_hooks.borrow().is_some() {
            return Ok(());
        }
        let (first, last) = self.asyncgen_hooks.clone();
        *g.ag_hooks.borrow_mut() = Some((!last.is_none()).then_some(last));
        if !first.is_none() {
            self.call_value(&first, vec![Value::Gen(g.clone())], vec![])?;
        }
        Ok(())
    }

    /// Resumes a generator or coroutine: pushes its frame on the stack.
    /// Returns Some(value) when the outcome is known at once (finished generator).
    pub fn resume_gen(&mut self, g: &Rc<GenObj>, input: Resume, mode: GenMode) -> PyResult<()> {
        if g.running.get() {
            let what = match g.kind {
                GenKind::Generator => "generator already executing",
                GenKind::Coroutine => "coroutine already executing",
                GenKind::AsyncGenerator => "anext(): asynchronous generator is already running",
            };
            return Err(self.err(ExcKind::ValueError, what));
        }
        if g.finished.get() {
            return match (input, mode) {
                (Resume::Throw(e), GenMode::Close | GenMode::AClose | GenMode::AThrow) => {
                    let _ = e;
                    self.gen_finished_result(Value::None, mode)
                }
                (Resume::Throw(e), _) => Err(e),
                (Resume::Send(_), _) => {
                    if g.kind == GenKind::Coroutine {
                        return Err(self.err(
                            ExcKind::RuntimeError,
                            "cannot reuse already awaited coroutine",
                        ));
                    }
                    self.gen_finished_result(Value::None, mode)
                }
            };
        }
        let started = g.started.get();
        if let Resume::Send(v) = &input {
            if !started && !v.is_none() {
                let kind = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async generator",
                };
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {kind}"
                )));
            }
        }
        if !started {
            if let Resume::Throw(e) = &input {
                if mode == GenMode::Close || mode == GenMode::AClose {
                    g.finished.set(true);
                    g.frame.borrow_mut().take();
                    return self.gen_finished_result(Value::None, mode);
                }
                // Thrown before the first step: the generator finishes with it.
                g.finished.set(true);
                g.frame.borrow_mut().take();
                return Err(e.clone());
            }
        }
        if self.frames.len() >= self.recursion_limit + 50 {
            return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return Err(self.err(ExcKind::RuntimeError, "generator has no frame"));
        };
        if self.records_handoffs() && g.kind == GenKind::Generator && self.own_code(&g.code) {
            let what = match (&input, mode) {
                (_, GenMode::Close) => "gen.close()".to_string(),
                (Resume::Throw(e), _) => format!("gen.throw({})", self.type_name(&e.exc)),
                (Resume::Send(v), GenMode::Send) if started && !v.is_none() => {
                    format!("gen.send({})", self.repr(v).unwrap_or_default())
                }
                _ => "next(gen)".to_string(),
            };
            self.trace_handoff(true, what, String::new(), None);
        }
        g.started.set(true);
        g.running.set(true);
        frame.entry = Entry::Gen(g.clone(), mode);
        match input {
            Resume::Send(v) => {
                if started {
                    frame.stack.push(v);
                }
                self.frames.push(frame);
                Ok(())
            }
            Resume::Throw(mut e) => {
                // A frame delegating with `yield from` passes the exception down first.
                let delegating = matches!(frame.code.ops.get(frame.lasti), Some(Op::YieldFrom))
                    && frame.pc == frame.lasti;
                if delegating && mode == GenMode::Close {
                    // CPython's gen_close closes the generator delegated to
                    // first, by itself (this frame is not on the stack), then
                    // throws GeneratorExit (or what that close raised) in here.
                    if let Some(Value::Gen(sg)) = frame.stack.last() {
                        let sg = sg.clone();
                        if let Err(e2) = self.close_nested(&sg) {
                            if self.stop_reason.is_some() {
                                return Err(e2);
                            }
                            e = e2;
                        }
                    }
                    self.frames.push(frame);
                    return self.raise_in_frame(e, true);
                }
                self.frames.push(frame);
                if delegating {
                    let sub = self.frame().stack.last().cloned().unwrap_or(Value::None);
                    match &sub {
                        Value::Gen(sg) => {
                            let sg = sg.clone();
                            let sub_mode = GenMode::YieldFrom;
                            return match self.resume_gen(&sg, Resume::Throw(e), sub_mode) {
                                Ok(()) => Ok(()),
                                Err(e2) => self.raise_in_frame(e2, true),
                            };
                        }
                        Value::ASend(a) => {
                            let a = a.clone();
                            return match self.step_asend(&a, Resume::Throw(e)) {
                                Ok(()) => Ok(()),
                                Err(e2) => self.raise_in_frame(e2, true),
                            };
                        }
                        _ => {}
                    }
                }
                // As a raise in that frame: the exception it is handling (or
                // its callers are) becomes the thrown one's context.
                if let Some(ctx) = self.handled_exception() {
                    if !ctx.is(&e.exc) {
                        set_context(&e.exc, ctx);
                    }
                }
                self.raise_in_frame(e, true)
            }
        }
    }

    /// Steps an async generator through one of its awaitables (`a`), which
    /// the top frame is awaiting: the first step delivers the awaitable's own
    /// value (asend) or exception (athrow, aclose); later ones pass `input` on.
    pub fn step_asend(&mut self, a: &Rc<ASendObj>, input: Resume) -> PyResult<()> {
        let g = a.gen.clone();
        let mode = match a.kind {
            AKind::Send => GenMode::AGen,
            AKind::Throw => GenMode::AThrow,
            AKind::Close => GenMode::AClose,
        };
        let input = if a.started.replace(true) {
            input
        } else {
            if let Resume::Throw(e) = input {
                return Err(e);
            }
            if g.ag_running.get() {
                let what = match a.kind {
                    AKind::Send => "anext(): asynchronous generator is already running",
                    AKind::Throw => "athrow(): asynchronous generator is already running",
                    AKind::Close => "aclose(): asynchronous generator is already running",
                };
                return Err(self.err(ExcKind::RuntimeError, what));
            }
            if g.finished.get() {
                return match a.kind {
                    AKind::Send => Err(self.err(ExcKind::StopAsyncIteration, "")),
                    _ => self.gen_finished_result(Value::None, mode),
                };
            }
            match a.kind {
                AKind::Send => Resume::Send(a.value.clone()),
                AKind::Throw => Resume::Throw(PyErr {
                    exc: a.value.clone(),
                    fresh: false,
                }),
                AKind::Close => {
                    let e = self.err(ExcKind::GeneratorExit, "");
                    Resume::Throw(PyErr {
                        exc: e.exc,
                        fresh: false,
                    })
                }
            }
        };
        g.ag_running.set(true);
        let r = self.resume_gen(&g, input, mode);
        if r.is_err() {
            g.ag_running.set(false);
        }
        r
    }

    /// What a finished generator gives its caller for `mode`.
    fn gen_finished_result(&mut self, value: Value, mode: GenMode) -> PyResult<()> {
        match mode {
            GenMode::Send => {
                let e = self.err_args(
                    ExcKind::StopIteration,
                    if value.is_none() { vec![] } else { vec![value] },
                );
                Err(e)
            }
            GenMode::ForIter(target) => {
                let f = self.frame();
                f.stack.pop();
                f.pc = target as usize;
                Ok(())
            }
            GenMode::Extend => {
                let f = self.frame();
                f.stack.pop();
                f.pc = f.lasti + 1;
                Ok(())
            }
            GenMode::YieldFrom | GenMode::AThrow | GenMode::AClose => {
                let f = self.frame();
                f.stack.pop();
                f.stack.push(value);
                f.pc = f.lasti + 1;
                Ok(())
            }
            GenMode::AGen => Err(self.err(ExcKind::StopAsyncIteration, "")),
            GenMode::Close => {
                self.frame().stack.push(Value::None);
                Ok(())
            }
        }
    }

    /// The top frame yields `value` (`direct`: by its own `yield`, not passed up from below).
    pub fn do_yield(&mut self, value: Value, mut direct: bool) -> PyResult<()> {
        loop {
            let mut frame = self.frames.pop().expect("frame");
            let entry = std::mem::replace(&mut frame.entry, Entry::Call);
            let Entry::Gen(g, mode) = entry else {
                return Err(self.err(ExcKind::RuntimeError, "yield outside a generator"));
            };
            if self.records_handoffs()
                && direct
                && g.kind == GenKind::Generator
                && matches!(mode, GenMode::Send | GenMode::ForIter(_) | GenMode::Extend)
                && self.own_code(&g.code)
            {
                let locals = self.locals_text(&frame);
                let what = format!("yield {}", self.repr(&value).unwrap_or_default());
                self.trace_handoff(false, what, locals, Some(frame.line()));
            }
            g.running.set(false);
            *g.frame.borrow_mut() = Some(frame);
            match mode {
                GenMode::Send | GenMode::ForIter(_) => {
                    self.frame().stack.push(value);
                    return Ok(());
                }
                GenMode::Extend => {
                    let f = self.frame();
                    let n = f.stack.len();
                    if let Value::List(l) = &f.stack[n - 2] {
                        l.borrow_mut().push(value);
                    }
                    f.pc = f.lasti;
                    return Ok(());
                }
                GenMode::YieldFrom => {
                    direct = false;
                }
                GenMode::AGen | GenMode::AThrow => {
                    if direct {
                        g.ag_running.set(false);
                        let f = self.frame();
                        f.stack.pop();
                        f.stack.push(value);
                        f.pc = f.lasti + 1;
                        return Ok(());
                    }
                }
                GenMode::AClose => {
                    if direct {
                        g.ag_running.set(false);
                        return Err(self.err(
                            ExcKind::RuntimeError,
                            "async generator ignored GeneratorExit",
                        ));
                    }
                }
                GenMode::Close => {
                    let what = if g.kind == GenKind::AsyncGenerator {
                        "async generator ignored GeneratorExit"
                    } else {
                        "generator ignored GeneratorExit"
                    };
                    return Err(self.err(ExcKind::RuntimeError, what));
                }
            }
        }
    }

    /// The top frame returns `value`.
    pub fn do_return(&mut self, value: Value) -> PyResult<Option<Value>> {
        let mut frame = self.frames.pop().expect("frame");
        let entry = std::mem::replace(&mut frame.entry, Entry::Call);
        match entry {
            Entry::Call => {
                self.frame().stack.push(value);
                self.recycle_frame(frame);
                Ok(None)
            }
            Entry::Init(inst) => {
                if !value.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&value)
                    )));
                }
                self.frame().stack.push(inst);
                Ok(None)
            }
            Entry::Gen(g, mode) => {
                g.running.set(false);
                g.finished.set(true);
                self.recycle_frame(frame);
                if g.kind == GenKind::Generator && self.records_handoffs() && self.own_code(&g.code)
                {
                    self.trace_handoff(false, "StopIteration".into(), String::new(), None);
                }
                if g.kind == GenKind::AsyncGenerator {
                    g.ag_running.set(false);
                    if mode == GenMode::AGen || mode == GenMode::AThrow {
                        return Err(self.err(ExcKind::StopAsyncIteration, ""));
                    }
                }
                match mode {
                    GenMode::Send => {
                        if let Some(f) = self.frames.last_mut() {
                            if crate::taskstep::takes_return(f) {
                                // Task.__step's native frame gets the value itself, as
                                // CPython's C task does (no StopIteration is made).
                                f.stack.push(value);
                                f.pc = crate::taskstep::AT_RETURNED;
                                return Ok(None);
                            }
                        }
                        let args = if value.is_none() { vec![] } else { vec![value] };
                        Err(self.err_args(ExcKind::StopIteration, args))
                    }
                    _ => {
                        self.gen_finished_result(value, mode)?;
                        Ok(None)
                    }
                }
            }
            Entry::Nested | Entry::Module => Ok(Some(value)),
        }
    }

    // ------------------------------------------------------------ exceptions

    /// The exception being handled (innermost), if any.
    pub fn handled_exception(&self) -> Option<Value> {
        for f in self.frames.iter().rev() {
            if let Some(e) = f.exc_stack.last() {
                return Some(e.clone());
            }
            if matches!(f.entry, Entry::Nested) {
                continue;
            }
        }
        None
    }

    /// The warnings of coroutines never awaited that were just freed, at the
    /// line running now.
    fn unawaited_now(&mut self) {
        if self.fin.pending.get() {
            for q in self.fin.take_unawaited() {
                self.warn_unawaited(&q, false);
            }
        }
    }

    /// Raises `err` in the top frame: finds a handler there or unwinds.
    /// `here`: add this frame to the traceback (false for a re-raise).
    pub fn raise_in_frame(&mut self, mut err: PyErr, mut here: bool) -> PyResult<()> {
        if err.fresh {
            err.fresh = false;
            if let Some(ctx) = self.handled_exception() {
                if !ctx.is(&err.exc) {
                    set_context(&err.exc, ctx);
                }
            }
        }
        loop {
            let Some(frame) = self.frames.last_mut() else {
                self.escaped = true;
                return Err(err);
            };
            if here {
                add_tb(&err.exc, &frame.code, frame.line());
            }
            here = true;
            if let Some(b) = frame.blocks.pop() {
                frame.stack.truncate(b.stack as usize);
                frame.exc_stack.truncate(b.exc as usize);
                frame.stack.push(err.exc.clone());
                frame.exc_stack.push(err.exc.clone());
                frame.pc = b.handler as usize;
                self.unawaited_now();
                return Ok(());
            }
            // CPython pops the value stack as the exception leaves the frame:
            // what it held is freed here (a coroutine never awaited is reported
            // at this line), not with the traceback.
            frame.stack.clear();
            self.unawaited_now();
            let mut frame = self.frames.pop().expect("frame");
            if let (Entry::Call | Entry::Init(_) | Entry::Gen(..), Some(mut d)) =
                (&frame.entry, exc_data(&err.exc))
            {
                let kept = &mut d.frames_kept;
                kept.extend(std::mem::take(&mut frame.locals).into_iter().flatten());
            }
            match frame.entry {
                Entry::Call | Entry::Init(_) => continue,
                Entry::Nested | Entry::Module => {
                    self.escaped = true;
                    return Err(err);
                }
                Entry::Gen(g, mode) => {
                    g.running.set(false);
                    g.finished.set(true);
                    if g.kind == GenKind::AsyncGenerator {
                        g.ag_running.set(false);
                        if mode == GenMode::AClose && self.exc_is(&err.exc, ExcKind::GeneratorExit)
                        {
                            return self.gen_finished_result(Value::None, mode);
                        }
                    }
                    // PEP 479: StopIteration inside a generator becomes RuntimeError.
                    if self.exc_is(&err.exc, ExcKind::StopIteration)
                        || (g.kind == GenKind::AsyncGenerator
                            && self.exc_is(&err.exc, ExcKind::StopAsyncIteration))
                    {
                        let what = match g.kind {
                            GenKind::Generator => "generator raised StopIteration",
                            GenKind::Coroutine => "coroutine raised StopIteration",
                            GenKind::AsyncGenerator => {
                                if self.exc_is(&err.exc, ExcKind::StopAsyncIteration) {
                                    "async generator raised StopAsyncIteration"
                                } else {
                                    "async generator raised StopIteration"
                                }
                            }
                        };
                        let new = self.err(ExcKind::RuntimeError, what);
                        set_cause(&new.exc, Some(err.exc.clone()));
                        set_context(&new.exc, err.exc.clone());
                        err = PyErr {
                            exc: new.exc,
                            fresh: false,
                        };
                    }
                    if mode == GenMode::Close
                        && (self.exc_is(&err.exc, ExcKind::GeneratorExit)
                            || self.exc_is(&err.exc, ExcKind::StopIteration))
                    {
                        self.frame().stack.push(Value::None);
                        return Ok(());
                    }
                    continue;
                }
            }
        }
    }

    pub fn exc_is(&self, exc: &Value, kind: ExcKind) -> bool {
        match exc {
            Value::Instance(i) => i.class.borrow().is_subclass(&self.types.exc(kind)),
            _ => false,
        }
    }
}

pub fn name_list(names: &[Str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

pub fn new_exception(cls: &Rc<Class>, args: Vec<Value>) -> Value {
    Value::Instance(Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: RefCell::new(crate::attrs::AttrMap::for_class(cls)),
        exc: Some(Box::new(RefCell::new(ExcData {
            args,
            ..Default::default()
        }))),
    }))
}

pub fn exc_data(v: &Value) -> Option<std::cell::RefMut<'_, ExcData>> {
    match v {
        Value::Instance(i) => i.exc.as_ref().map(|e| e.borrow_mut()),
        _ => None,
    }
}

pub fn add_tb(exc: &Value, code: &Code, line: u32) {
    if let Some(mut d) = exc_data(exc) {
        d.traceback.push(TbEntry {
            filename: code.filename.clone(),
            line,
            name: code.name.clone(),
        });
    }
}

pub fn set_context(exc: &Value, ctx: Value) {
    // Avoid cycles, as CPython does.
    let mut o = Some(ctx.clone());
    let mut n = 0;
    while let Some(c) = o {
        if c.is(exc) {
            if let Some(mut d) = exc_data(&c) {
                d.context = None;
            }
            break;
        }
        o = exc_data(&c).and_then(|d| d.context.clone());
        n += 1;
        if n > 1000 {
            break;
        }
    }
    if let Some(mut d) = exc_data(exc) {
        d.context = Some(ctx);
    }
}

pub fn set_cause(exc: &Value, cause: Option<Value>) {
    if let Some(mut d) = exc_data(exc) {
        d.cause = cause;
        d.suppress_context = true;
    }
}
