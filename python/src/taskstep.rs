//! Native frames: `Task.__step`, `Task.__wakeup`, `Task.__init__` and
//! `BaseEventLoop._run_once` run natively, as CPython's C `_asyncio` runs Task
//! and Future (issue 11: asyncio programs with many tasks); gather's loop over
//! its arguments (`fastasync.rs`) is a native frame too.
//!
//! The Python methods in the prelude stay the definition (and what
//! `tools/prelude_check.py` runs on CPython); they are written on helpers
//! (`_step_begin`, `_step_raised`, `_step_yield`, `_wakeup`, `_sweep_timers`)
//! that the native code calls for everything but the common cases.
//!
//! A native cannot call a coroutine's `send` and wait for it in Rust: a nested
//! run cannot pause (for `time.sleep`, the step budget, the driver's clock).
//! So `__step` is a *native frame*: a frame whose code is `Op::Native`
//! continuations, with the task, the exception to throw and this module's data
//! in its locals. Its first op resumes the coroutine, whose frame goes above it
//! on the VM's stack like any call; the coroutine's yield lands on the native
//! frame's stack and the run loop goes on at the second op; its return goes to
//! the fourth op with the value (`Vm::do_return`, no StopIteration made) and an
//! exception unwinds into the frame's one handler, the third op. The frame's
//! code is named `Task.__step`, as the Python method's was, so tracebacks, the
//! frames panel and the line tracer see what they saw. `_run_once`'s frame
//! works the same way around each ready callback.

use crate::ast::{BinOp, CmpOp};
use crate::code::{Code, CodeKind, Op};
use crate::exec::RaiseKind;
use crate::fastasync::{get_hinted, plain, set_hinted, state_is};
use crate::omap::NameHint;
use crate::types::ExcKind;
use crate::value::*;
use crate::vm::{exc_data, Block, Called, GenMode, PyErr, PyResult, Resume, Vm};
use crate::{aget, aset, hinted};
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Str, Value)];

// The data tuple both natives carry (and the native frame keeps in a local).
const HANDLE: usize = 0;
const BEGIN: usize = 1;
const RAISED: usize = 2;
const YIELD: usize = 3;
const WAKEUP: usize = 4;
const ALL_TASKS: usize = 5;
const FUTURE: usize = 6;
const TASK: usize = 7;
const SET_RESULT: usize = 8;
const CODE: usize = 9;
/// The Python method the native replaced (`__step` or `__wakeup`).
const ORIGINAL: usize = 10;
/// `Future.cancel` as the prelude defines it.
const CANCEL: usize = 11;

/// The op of `_gather_children`'s native frame (`fastasync.rs`).
pub const GATHER: u32 = 20;

// The native frame's ops.
const START: u32 = 0;
const YIELDED: u32 = 1;
const RAISED_OP: u32 = 2;
const RETURNED: u32 = 3;
/// Where the native step frame goes on when its coroutine yields, raises
/// (its handler) or returns.
const AT_YIELDED: usize = 1;
const AT_RAISED: u32 = 2;
pub const AT_RETURNED: usize = 3;

/// The frame is `Task.__step`'s native frame waiting for its coroutine (the
/// coroutine's return goes to it directly: `Vm::do_return`).
pub fn takes_return(f: &crate::vm::Frame) -> bool {
    f.pc == AT_YIELDED && matches!(f.code.ops.get(AT_RETURNED), Some(Op::Native(RETURNED)))
}

fn item(data: &Value, i: usize) -> Value {
    match data {
        Value::Tuple(t) => t.get(i).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// `_pg.task_natives(Task, Future, Handle, _all_tasks, _step_begin,
/// _step_raised, _step_yield, _wakeup)`: replaces `Task.__step` and
/// `Task.__wakeup` with the natives (after `_pg.fast_paths`).
pub fn install(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let [Value::Class(task), Value::Class(future), handle, all_tasks, begin, raised, yield_, wakeup] =
        a
    else {
        return Err(vm.type_error("task_natives(Task, Future, Handle, _all_tasks, …)"));
    };
    let original = |name: &str| task.dict.borrow().get(name).cloned();
    let (Some(Value::Func(step)), Some(wake @ Value::Func(_)), Some(init @ Value::Func(_))) = (
        original("_Task__step"),
        original("_Task__wakeup"),
        original("__init__"),
    ) else {
        return Err(vm.err(ExcKind::AttributeError, "task_natives: no Task.__step"));
    };
    let set_result = future.dict.borrow().get("set_result").cloned();
    let cancel = future.dict.borrow().get("cancel").cloned();
    vm.future_await = {
        let d = future.dict.borrow();
        match (d.get("__await__"), d.get("done"), d.get("result")) {
            (Some(a), Some(done), Some(result)) => Some([a.clone(), done.clone(), result.clone()]),
            _ => None,
        }
    };
    let code = native_code(
        &step.code,
        2,
        &["self", "exc", "<data>"],
        &[START, YIELDED, RAISED_OP, RETURNED],
    );
    let data = |orig: Value| {
        Value::tuple_of([
            handle.clone(),
            begin.clone(),
            raised.clone(),
            yield_.clone(),
            wakeup.clone(),
            all_tasks.clone(),
            Value::Class(future.clone()),
            Value::Class(task.clone()),
            set_result.clone().unwrap_or(Value::None),
            Value::Code(code.clone()),
            orig,
            cancel.clone().unwrap_or(Value::None),
        ])
    };
    let natives: [(&str, NativeFnPtr, Value); 3] = [
        ("_Task__step", task_step, data(Value::Func(step.clone()))),
        ("_Task__wakeup", task_wakeup, data(wake)),
        ("__init__", task_init, data(init)),
    ];
    for (name, f, data) in natives {
        let native = Value::Native(Rc::new(NativeFn {
            name: Rc::from(name.trim_start_matches("_Task")),
            f,
            data,
        }));
        vm.set_attr(&Value::Class(task.clone()), name, native)?;
    }
    Ok(Value::None)
}

/// The code of a native frame standing for the Python function of `of`
/// (its name, qualname, file and first line): `ops` are its continuations.
pub fn native_code(of: &Code, argcount: u32, varnames: &[&str], ops: &[u32]) -> Rc<Code> {
    let line = of.first_line;
    Rc::new(Code {
        name: of.name.clone(),
        qualname: of.qualname.clone(),
        filename: of.filename.clone(),
        kind: CodeKind::Function,
        argcount,
        kwonlycount: 0,
        posonlycount: 0,
        has_varargs: false,
        has_varkw: false,
        varnames: varnames.iter().map(|s| Rc::from(*s)).collect(),
        cellvars: vec![],
        freevars: vec![],
        cell_params: vec![],
        ops: ops.iter().map(|&k| Op::Native(k)).collect(),
        lines: vec![line; ops.len()],
        consts: vec![],
        names: vec![],
        first_line: line,
        is_lambda: false,
        gcache: Default::default(),
        slots: Default::default(),
        twin: Default::default(),
    })
}

/// Calls `f` the way a Python call op would: a Python function's frame is
/// pushed (the caller's native returns and the frame gives the result).
fn defer(vm: &mut Vm, f: &Value, a: Args, kw: Kw) -> PyResult<Value> {
    match vm.call(f, a.to_vec(), kw.to_vec())? {
        Called::Value(v) => Ok(v),
        Called::Pushed => Ok(Value::None),
    }
}

/// `task.__step(exc=None)`: pushes the native frame.
fn task_step(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if plain(a).is_none() || !kw.is_empty() || a.len() > 2 {
        return defer(vm, &item(&n.data, ORIGINAL), a, kw);
    }
    let exc = a.get(1).cloned().unwrap_or(Value::None);
    push_step(vm, a[0].clone(), exc, n.data.clone())?;
    Ok(Value::None)
}

/// `task.__wakeup(future)`: the wake-up event, then a step (at once for a
/// plain Future or Task finished with a result, else by `_wakeup`).
fn task_wakeup(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if plain(a).is_none() || !kw.is_empty() || a.len() != 2 {
        return defer(vm, &item(&n.data, ORIGINAL), a, kw);
    }
    vm.trace_event("woken", &a[..1]);
    let fut = &a[1];
    let simple = match fut {
        Value::Instance(f) if f.exc.is_none() && f.class.borrow().is_plain() => {
            let cls = Value::Class(f.class.borrow().clone());
            (cls.is(&item(&n.data, FUTURE)) || cls.is(&item(&n.data, TASK)))
                && state_is(f, "FINISHED") == Some(true)
                && crate::apeek!(f, "_exception", Value::is_none) == Some(true)
        }
        _ => false,
    };
    if simple {
        push_step(vm, a[0].clone(), Value::None, n.data.clone())?;
        return Ok(Value::None);
    }
    defer(vm, &item(&n.data, WAKEUP), a, &[])
}

/// `Task(coro, loop=loop)` (`Task.__init__`) for a coroutine, on a plain
/// open loop, with no name: the Python method's attributes in its order, its
/// first step scheduled, registered and reported. Else the Python method.
fn task_init(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let mut lp = None;
    let mut usual = a.len() == 2 && plain(a).is_some();
    for (k, v) in kw {
        match &**k {
            "loop" => lp = Some(v.clone()),
            "name" | "context" if v.is_none() => {}
            _ => usual = false,
        }
    }
    let is_coro = matches!(a.get(1), Some(Value::Gen(g)) if g.kind == GenKind::Coroutine);
    let ready = lp.as_ref().and_then(crate::fastasync::open_loop);
    let original = item(&n.data, ORIGINAL);
    let globals = match &original {
        Value::Func(f) => Some(f.globals.clone()),
        _ => None,
    };
    // A program that imported contextvars gives each task a context: Python.
    let usual = usual && !vm.modules.contains_key("contextvars");
    let (true, true, Some(lp), Some(ready), Some(globals)) = (usual, is_coro, lp, ready, globals)
    else {
        vm.call_value(&original, a.to_vec(), kw.to_vec())?;
        return Ok(Value::None);
    };
    let count = hinted!("_task_name_counter", |n| {
        let i = globals.slot_hinted(&n.name, &n.slot)?;
        let mut map = globals.map.borrow_mut();
        match map.slot_value_mut(i) {
            Some(Value::Int(c)) if *c < i64::MAX => {
                *c += 1;
                Some(*c)
            }
            _ => None,
        }
    });
    let Some(count) = count else {
        vm.call_value(&original, a.to_vec(), kw.to_vec())?;
        return Ok(Value::None);
    };
    let this = &a[0];
    let Value::Instance(t) = this else {
        return Ok(Value::None);
    };
    let name = Value::string(format!("Task-{count}"));
    aset!(t, "_loop", lp.clone());
    aset!(t, "_callbacks", Value::list(Vec::new()));
    aset!(t, "_state", Value::Str(crate::name!("PENDING")));
    aset!(t, "_name", name.clone());
    aset!(t, "_num_cancels_requested", Value::Int(0));
    aset!(t, "_must_cancel", Value::Bool(false));
    aset!(t, "_fut_waiter", Value::None);
    aset!(t, "_coro", a[1].clone());
    let step = crate::hinted!("_Task__step", |n| vm.get_attr_name(this, &n.name, &n.slot))?;
    let h = crate::fastasync::new_handle(&item(&n.data, HANDLE), step, Value::tuple_of([]), lp);
    crate::fastasync::push_ready(&ready, h);
    vm.set_item(&item(&n.data, ALL_TASKS), this.clone(), Value::None)?;
    vm.trace_event("created", &[this.clone(), name]);
    Ok(Value::None)
}

/// Pushes `Task.__step`'s native frame for `task` (to throw `exc` if not None).
fn push_step(vm: &mut Vm, task: Value, exc: Value, data: Value) -> PyResult<()> {
    let Value::Code(code) = item(&data, CODE) else {
        return Err(vm.type_error("task_natives: no frame code"));
    };
    let globals = match item(&data, BEGIN) {
        Value::Func(f) => f.globals.clone(),
        _ => return Err(vm.type_error("task_natives: _step_begin is not a function")),
    };
    vm.push_native_frame(code, globals, [task, exc, data])
}

/// Runs the native frame's op `k` (see the module doc). Some(v): the frame
/// was the base of the run and returned v.
pub fn resume(vm: &mut Vm, k: u32) -> PyResult<Option<Value>> {
    if k == GATHER {
        return crate::fastasync::gather_op(vm);
    }
    if k >= crate::fastasync::SLEEP_START {
        return crate::fastasync::sleep_op(vm, k);
    }
    if k >= TIMERS {
        return run_once_op(vm, k);
    }
    let (task, exc, data) = (local(vm, 0), local(vm, 1), local(vm, 2));
    match k {
        START => start(vm, task, exc, &data),
        YIELDED => {
            let f = vm.frame();
            let result = f.stack.pop().unwrap_or(Value::None);
            f.blocks.pop();
            let handle = item(&data, HANDLE);
            if !crate::fastasync::yielded(vm, &[task.clone(), result.clone(), handle])? {
                vm.call_value(&item(&data, YIELD), vec![task, result], Vec::new())?;
            }
            vm.do_return(Value::None)
        }
        RETURNED => {
            // The coroutine returned `value` (inside the handler's try).
            let f = vm.frame();
            let value = f.stack.pop().unwrap_or(Value::None);
            f.blocks.pop();
            if returned(vm, &task, &value, &data)? {
                return vm.do_return(Value::None);
            }
            // The uncommon cases: a StopIteration handled by `_step_raised`.
            let args = if value.is_none() { vec![] } else { vec![value] };
            let e = vm.err_args(ExcKind::StopIteration, args).exc;
            vm.frame().exc_stack.push(e.clone());
            let r = vm.call_value(&item(&data, RAISED), vec![task, e], Vec::new())?;
            vm.truthy(&r)?;
            vm.frame().exc_stack.pop();
            vm.do_return(Value::None)
        }
        _ => {
            let e = vm.frame().stack.pop().unwrap_or(Value::None);
            let stop = vm.types.exc(ExcKind::StopIteration);
            let value = match &e {
                Value::Instance(i) if Rc::ptr_eq(&i.class.borrow(), &stop) => Some(
                    exc_data(&e)
                        .and_then(|d| d.args.first().cloned())
                        .unwrap_or(Value::None),
                ),
                _ => None,
            };
            let again = match value {
                Some(v) if returned(vm, &task, &v, &data)? => false,
                None if cancelled(vm, &task, &e, &data)? => false,
                _ => {
                    let r =
                        vm.call_value(&item(&data, RAISED), vec![task, e.clone()], Vec::new())?;
                    vm.truthy(&r)?
                }
            };
            vm.frame().exc_stack.pop();
            if again {
                vm.last_raise = RaiseKind::Reraise;
                return Err(PyErr {
                    exc: e,
                    fresh: false,
                });
            }
            vm.do_return(Value::None)
        }
    }
}

/// The first op: `_step_begin` (natively in the common case), then the
/// coroutine resumed above this frame, inside the frame's handler.
fn start(vm: &mut Vm, task: Value, exc: Value, data: &Value) -> PyResult<Option<Value>> {
    // `_step_begin` returns `exc` as it is when no cancellation is pending.
    let exc = if crate::fastasync::enter(vm, std::slice::from_ref(&task)) {
        exc
    } else {
        vm.call_value(&item(data, BEGIN), vec![task.clone(), exc], Vec::new())?
    };
    let coro = crate::hinted!("_coro", |n| vm.get_attr_name(&task, &n.name, &n.slot))?;
    let f = vm.frame();
    f.blocks.push(Block {
        handler: AT_RAISED,
        stack: 0,
        exc: 0,
    });
    f.pc = AT_YIELDED;
    match &coro {
        Value::Gen(g) => {
            let input = if exc.is_none() {
                Resume::Send(Value::None)
            } else {
                Resume::Throw(PyErr {
                    exc: vm.make_exception(exc)?,
                    fresh: false,
                })
            };
            vm.resume_gen(g, input, GenMode::Send)?;
        }
        _ => {
            // Something else registered as a coroutine: its own send/throw.
            let (name, arg) = if exc.is_none() {
                ("send", Value::None)
            } else {
                ("throw", exc)
            };
            let m = vm.get_attr(&coro, name)?;
            if let Called::Value(v) = vm.call(&m, vec![arg], Vec::new())? {
                vm.frame().stack.push(v);
            }
        }
    }
    Ok(None)
}

/// `_step_raised` for a coroutine that raised CancelledError `e` (asyncio's),
/// natively when `Future.cancel` is the prelude's and the task is pending:
/// the same attributes in the same order, its callbacks scheduled. False,
/// with nothing changed, otherwise.
fn cancelled(vm: &mut Vm, task: &Value, e: &Value, data: &Value) -> PyResult<bool> {
    let (Value::Instance(t), Value::Class(future)) = (task, item(data, FUTURE)) else {
        return Ok(false);
    };
    let Some(Value::Instance(lp)) = aget!(t, "_loop") else {
        return Ok(false);
    };
    let is_cancelled_error = match (e, item(data, BEGIN)) {
        (Value::Instance(ei), Value::Func(begin)) => {
            let cls = crate::hinted!("CancelledError", |n| begin
                .globals
                .get_hinted(&n.name, &n.slot));
            match cls {
                Some(Value::Class(c)) => ei.class.borrow().is_subclass(&c),
                _ => false,
            }
        }
        _ => false,
    };
    let all_tasks = item(data, ALL_TASKS);
    let registered = match &all_tasks {
        Value::Dict(d) => {
            let k = vm.key(task.clone())?;
            d.map.borrow().get(&k).is_some()
        }
        _ => false,
    };
    let usual = is_cancelled_error
        && registered
        && t.exc.is_none()
        && t.class.borrow().is_plain()
        && lp.class.borrow().is_plain()
        && state_is(t, "PENDING") == Some(true)
        && future
            .lookup_name(&crate::name!("cancel"))
            .is_some_and(|c| c.is(&item(data, CANCEL)));
    let Some(todo) = crate::fastasync::scheduling(t).filter(|_| usual) else {
        return Ok(false);
    };
    aset!(&lp, "_current_task", Value::None);
    vm.trace_event("step_end", std::slice::from_ref(task));
    vm.del_item(&all_tasks, task)?;
    aset!(t, "_cancelled_exc", e.clone());
    aset!(t, "_log_traceback", Value::Bool(false));
    aset!(t, "_state", Value::Str(crate::name!("CANCELLED")));
    aset!(t, "_cancel_message", Value::None);
    crate::fastasync::schedule_callbacks(t, task, &item(data, HANDLE), todo);
    vm.trace_event("cancelled", std::slice::from_ref(task));
    Ok(true)
}

/// `_step_raised` for a coroutine that returned `value` with no cancellation
/// pending, natively. False, with nothing changed, otherwise.
fn returned(vm: &mut Vm, task: &Value, value: &Value, data: &Value) -> PyResult<bool> {
    let Value::Instance(t) = task else {
        return Ok(false);
    };
    if crate::apeek!(t, "_must_cancel", |v| matches!(v, Value::Bool(false))) != Some(true) {
        return Ok(false);
    }
    let Some(Value::Instance(lp)) = aget!(t, "_loop") else {
        return Ok(false);
    };
    if !lp.class.borrow().is_plain() {
        return Ok(false);
    }
    aset!(&lp, "_current_task", Value::None);
    vm.trace_event("step_end", std::slice::from_ref(task));
    vm.del_item(&item(data, ALL_TASKS), task)?;
    let set_result = item(data, SET_RESULT);
    crate::fastasync::call_native_or_value(vm, &set_result, &[task.clone(), value.clone()])?;
    vm.trace_event("finished", std::slice::from_ref(task));
    Ok(true)
}

// ------------------------------------------------------------ _run_once

// The data tuple of `_run_once`'s native (kept in the frame's locals).
const HEAPPOP: usize = 0;
const SWEEP: usize = 1;
const LOOP_ORIGINAL: usize = 2;
const MIN_SCHEDULED: usize = 3;
const CANCELLED_FRACTION: usize = 4;
const MAX_TIMEOUT: usize = 5;
const LOOP_CODE: usize = 6;

// `_run_once`'s native frame: its ops' continuations and their indexes.
const TIMERS: u32 = 10;
const DUE: u32 = 11;
const CALLED: u32 = 12;
const FAILED: u32 = 13;
const REPORTED: u32 = 14;
const AT_CALLED: usize = 2;
const AT_FAILED: u32 = 3;
const AT_REPORTED: usize = 4;

// Its locals.
const L_LOOP: usize = 0;
const L_LEFT: usize = 1;
const L_HANDLE: usize = 2;
const L_DATA: usize = 3;
const L_SCHEDULED: usize = 4;
const L_READY: usize = 5;
/// The due time `_run_once` moves timers up to (None: not yet computed).
const L_END: usize = 6;
/// Timers moved to the ready callbacks per op (see `due`).
const DUE_CHUNK: usize = 256;

/// `_pg.loop_natives(BaseEventLoop, heappop, _sweep_timers,
/// _MIN_SCHEDULED_TIMER_HANDLES, _MIN_CANCELLED_TIMER_HANDLES_FRACTION,
/// MAXIMUM_SELECT_TIMEOUT)`: replaces `BaseEventLoop._run_once` with its native.
pub fn install_loop(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let [Value::Class(lp), heappop, sweep, min_scheduled, fraction, max_timeout] = a else {
        return Err(vm.type_error("loop_natives(BaseEventLoop, heappop, _sweep_timers, …)"));
    };
    let Some(Value::Func(original)) = lp.dict.borrow().get("_run_once").cloned() else {
        return Err(vm.err(ExcKind::AttributeError, "loop_natives: no _run_once"));
    };
    let code = native_code(
        &original.code,
        1,
        &[
            "self",
            "<left>",
            "handle",
            "<data>",
            "scheduled",
            "ready",
            "end_time",
        ],
        &[TIMERS, DUE, CALLED, FAILED, REPORTED],
    );
    let data = Value::tuple_of([
        heappop.clone(),
        sweep.clone(),
        Value::Func(original.clone()),
        min_scheduled.clone(),
        fraction.clone(),
        max_timeout.clone(),
        Value::Code(code),
    ]);
    let native = Value::Native(Rc::new(NativeFn {
        name: Rc::from("_run_once"),
        f: loop_run_once,
        data,
    }));
    vm.set_attr(&Value::Class(lp.clone()), "_run_once", native)?;
    Ok(Value::None)
}

/// `loop._run_once()`: pushes the native frame for a plain loop whose timers
/// are a list and whose ready callbacks a deque; else the Python method.
fn loop_run_once(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let parts = match plain(a).filter(|_| a.len() == 1 && kw.is_empty()) {
        Some(l) => match (aget!(l, "_scheduled"), aget!(l, "_ready")) {
            (Some(s @ Value::List(_)), Some(r @ Value::Deque(_))) => Some((s, r)),
            _ => None,
        },
        None => None,
    };
    let Some((scheduled, ready)) = parts else {
        return defer(vm, &item(&n.data, LOOP_ORIGINAL), a, kw);
    };
    let (Value::Code(code), Value::Func(f)) = (item(&n.data, LOOP_CODE), item(&n.data, SWEEP))
    else {
        return Err(vm.type_error("loop_natives: no frame code"));
    };
    let locals = [
        a[0].clone(),
        Value::Int(0),
        Value::None,
        n.data.clone(),
        scheduled,
        ready,
        Value::None,
    ];
    vm.push_native_frame(code, f.globals.clone(), locals)?;
    Ok(Value::None)
}

/// A native frame's local `i` (its state).
pub(crate) fn local(vm: &mut Vm, i: usize) -> Value {
    vm.frame()
        .locals
        .get(i)
        .cloned()
        .flatten()
        .unwrap_or(Value::None)
}

fn set_local(vm: &mut Vm, i: usize, v: Value) {
    vm.frame().locals[i] = Some(v);
}

/// `obj.name`, read directly for a plain instance.
fn attr(vm: &mut Vm, obj: &Value, name: &NameHint) -> PyResult<Value> {
    if let Some(v) = plain(std::slice::from_ref(obj)).and_then(|i| get_hinted(i, name)) {
        return Ok(v);
    }
    vm.get_attr(obj, &name.name)
}

/// `obj.name = v`, written directly for a plain instance.
fn set_attr(vm: &mut Vm, obj: &Value, name: &NameHint, v: Value) -> PyResult<()> {
    if let Some(i) = plain(std::slice::from_ref(obj)) {
        set_hinted(i, name, v);
        return Ok(());
    }
    vm.set_attr(obj, &name.name, v)
}

/// `v[i]`, directly for a tuple or a list.
fn index(vm: &mut Vm, v: &Value, i: usize) -> PyResult<Value> {
    let got = match v {
        Value::Tuple(t) => t.get(i).cloned(),
        Value::List(l) => l.borrow().get(i).cloned(),
        _ => None,
    };
    match got {
        Some(x) => Ok(x),
        None => vm.get_item(v, &Value::Int(i as i64)),
    }
}

fn len(v: &Value) -> usize {
    match v {
        Value::List(l) => l.borrow().len(),
        Value::Deque(d) => d.borrow().items.len(),
        _ => 0,
    }
}

/// `_run_once`'s ops (see `resume`).
fn run_once_op(vm: &mut Vm, k: u32) -> PyResult<Option<Value>> {
    match k {
        TIMERS => timers(vm),
        DUE => due(vm),
        CALLED => {
            let f = vm.frame();
            f.stack.pop();
            f.blocks.pop();
            run_ready(vm)
        }
        FAILED => failed(vm),
        _ => {
            let f = vm.frame();
            f.stack.pop();
            f.exc_stack.pop();
            run_ready(vm)
        }
    }
}

/// The first op: cancelled timers removed, and the selector's wait for the
/// next timer when nothing is ready (the driver's pause comes before the
/// next op, as after `_select` in the Python method).
fn timers(vm: &mut Vm) -> PyResult<Option<Value>> {
    let lp = local(vm, L_LOOP);
    let data = local(vm, L_DATA);
    let mut scheduled = local(vm, L_SCHEDULED);
    let n = len(&scheduled);
    let count = hinted!("_timer_cancelled_count", |n| attr(vm, &lp, n))?;
    let min = item(&data, MIN_SCHEDULED);
    let many = vm.compare(CmpOp::Gt, &Value::Int(n as i64), &min)?;
    let sweep = vm.truthy(&many)? && {
        let share = vm.binary_op(BinOp::Div, &count, &Value::Int(n as i64), false)?;
        let over = vm.compare(CmpOp::Gt, &share, &item(&data, CANCELLED_FRACTION))?;
        vm.truthy(&over)?
    };
    if sweep {
        scheduled = vm.call_value(&item(&data, SWEEP), vec![lp.clone()], Vec::new())?;
        set_local(vm, L_SCHEDULED, scheduled.clone());
    } else {
        while 0 < len(&scheduled) {
            let head = index(vm, &scheduled, 0)?;
            let h = index(vm, &head, 2)?;
            let cancelled = hinted!("_cancelled", |n| attr(vm, &h, n))?;
            if !vm.truthy(&cancelled)? {
                break;
            }
            let count = hinted!("_timer_cancelled_count", |n| attr(vm, &lp, n))?;
            let count = vm.binary_op(BinOp::Sub, &count, &Value::Int(1), true)?;
            hinted!("_timer_cancelled_count", |n| set_attr(vm, &lp, n, count))?;
            pop_timer(vm, &data, &scheduled)?;
        }
    }
    let ready = local(vm, L_READY);
    let stopping = hinted!("_stopping", |n| attr(vm, &lp, n))?;
    if 0 == len(&ready) && !vm.truthy(&stopping)? {
        if 0 == len(&scheduled) {
            // The oracle's selector, on select(None).
            return Err(vm.err(
                ExcKind::RuntimeError,
                "deadlock: nothing ready and no timer pending",
            ));
        }
        let head = index(vm, &scheduled, 0)?;
        let when = index(vm, &head, 0)?;
        let now = Value::Float(vm.host.now());
        let mut timeout = vm.binary_op(BinOp::Sub, &when, &now, false)?;
        let positive = vm.compare(CmpOp::Gt, &timeout, &Value::Int(0))?;
        if vm.truthy(&positive)? {
            let max = item(&data, MAX_TIMEOUT);
            let over = vm.compare(CmpOp::Gt, &timeout, &max)?;
            if vm.truthy(&over)? {
                timeout = max;
            }
            let t = vm.to_f64(&timeout)?;
            vm.pending_pause = Some(crate::vm::Pause::Select(t));
        }
    }
    vm.frame().pc = 1;
    Ok(None)
}

/// The second op: the timers now due moved to the ready callbacks, then
/// the callbacks that are ready run.
fn due(vm: &mut Vm) -> PyResult<Option<Value>> {
    let lp = local(vm, L_LOOP);
    let data = local(vm, L_DATA);
    let scheduled = local(vm, L_SCHEDULED);
    let ready = local(vm, L_READY);
    if 0 < len(&scheduled) {
        let mut end_time = local(vm, L_END);
        if end_time.is_none() {
            let resolution = hinted!("_clock_resolution", |n| attr(vm, &lp, n))?;
            let now = Value::Float(vm.host.now());
            end_time = vm.binary_op(BinOp::Add, &now, &resolution, false)?;
            set_local(vm, L_END, end_time.clone());
        }
        let mut moved = 0;
        while 0 < len(&scheduled) {
            if moved == DUE_CHUNK {
                // The rest in this op again, after the driver's turn if the
                // slice is spent (10,000 timers due at once).
                vm.frame().pc = 1;
                vm.spend(moved as u64 * 20)?;
                return Ok(None);
            }
            moved += 1;
            let head = index(vm, &scheduled, 0)?;
            let when = index(vm, &head, 0)?;
            let later = vm.compare(CmpOp::GtE, &when, &end_time)?;
            if vm.truthy(&later)? {
                break;
            }
            let h = pop_timer(vm, &data, &scheduled)?;
            if let Value::Deque(d) = &ready {
                crate::fastasync::push_ready(d, h);
            }
        }
    }
    let ntodo = len(&ready);
    vm.trace_event("iteration", &[Value::Int(ntodo as i64)]);
    set_local(vm, L_LEFT, Value::Int(ntodo as i64));
    run_ready(vm)
}

/// `heappop(scheduled)`'s handle, marked no longer scheduled.
fn pop_timer(vm: &mut Vm, data: &Value, scheduled: &Value) -> PyResult<Value> {
    let heappop = item(data, HEAPPOP);
    let entry =
        crate::fastasync::call_native_or_value(vm, &heappop, std::slice::from_ref(scheduled))?;
    let h = index(vm, &entry, 2)?;
    hinted!("_scheduled", |n| set_attr(vm, &h, n, Value::Bool(false)))?;
    Ok(h)
}

/// Runs the ready callbacks left, each inside the frame's handler; one that
/// is Python code (or a task's step) returns to this frame's `CALLED` op.
fn run_ready(vm: &mut Vm) -> PyResult<Option<Value>> {
    let ready = local(vm, L_READY);
    loop {
        let left = match local(vm, L_LEFT) {
            Value::Int(n) => n,
            _ => 0,
        };
        if left <= 0 {
            let lp = local(vm, L_LOOP);
            vm.trace_event("iteration_end", &[lp]);
            return vm.do_return(Value::None);
        }
        set_local(vm, L_LEFT, Value::Int(left - 1));
        let handle = match &ready {
            Value::Deque(d) => {
                let mut d = d.borrow_mut();
                d.state += 1;
                d.items.pop_front()
            }
            _ => None,
        };
        let Some(handle) = handle else {
            return Err(vm.err(ExcKind::IndexError, "pop from an empty deque"));
        };
        let cancelled = hinted!("_cancelled", |n| attr(vm, &handle, n))?;
        if vm.truthy(&cancelled)? {
            continue;
        }
        set_local(vm, L_HANDLE, handle.clone());
        let f = vm.frame();
        f.blocks.push(Block {
            handler: AT_FAILED,
            stack: f.stack.len() as u32,
            exc: f.exc_stack.len() as u32,
        });
        f.pc = AT_CALLED;
        let callback = hinted!("_callback", |n| attr(vm, &handle, n))?;
        let args = hinted!("_args", |n| attr(vm, &handle, n))?;
        let args = match &args {
            Value::Tuple(t) => {
                let mut v = vm.take_args(t.len());
                v.extend(t.iter().cloned());
                v
            }
            other => vm.iterate(other)?,
        };
        match vm.call(&callback, args, Vec::new())? {
            Called::Pushed => return Ok(None),
            Called::Value(_) => {
                vm.frame().blocks.pop();
            }
        }
    }
}

/// The handler: a callback raised. SystemExit and KeyboardInterrupt go on;
/// anything else goes to `loop._callback_failed(handle, exc)`.
fn failed(vm: &mut Vm) -> PyResult<Option<Value>> {
    let e = vm.frame().stack.pop().unwrap_or(Value::None);
    if vm.exc_is(&e, ExcKind::SystemExit) || vm.exc_is(&e, ExcKind::KeyboardInterrupt) {
        vm.last_raise = RaiseKind::Reraise;
        return Err(PyErr {
            exc: e,
            fresh: false,
        });
    }
    let lp = local(vm, L_LOOP);
    let handle = local(vm, L_HANDLE);
    let report = crate::hinted!("_callback_failed", |n| vm
        .get_attr_name(&lp, &n.name, &n.slot))?;
    vm.frame().pc = AT_REPORTED;
    match vm.call(&report, vec![handle, e], Vec::new())? {
        Called::Pushed => Ok(None),
        Called::Value(_) => {
            vm.frame().exc_stack.pop();
            run_ready(vm)
        }
    }
}
