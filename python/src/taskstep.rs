//! `Task.__step` and `Task.__wakeup` run natively, as CPython's C `_asyncio`
//! runs them (issue 11: asyncio programs with many tasks).
//!
//! The Python methods in the prelude stay the definition (and what
//! `tools/prelude_check.py` runs on CPython); they are written on helpers
//! (`_step_begin`, `_step_raised`, `_step_yield`, `_wakeup`) that the native
//! code calls for everything but the common cases.
//!
//! A native cannot call a coroutine's `send` and wait for it in Rust: a nested
//! run cannot pause (for `time.sleep`, the step budget, the driver's clock).
//! So `__step` is a *native frame*: a frame whose code is three `Op::Native`
//! continuations, with the task, the exception to throw and this module's data
//! in its locals. Its first op resumes the coroutine, whose frame goes above it
//! on the VM's stack like any call; the coroutine's yield lands on the native
//! frame's stack and the run loop goes on at the second op, and its return
//! (StopIteration) or exception unwinds into the frame's one handler, the third
//! op. The frame's code is named `Task.__step`, as the Python method's was, so
//! tracebacks, the frames panel and the line tracer see what they saw.

use crate::code::{Code, CodeKind, Op};
use crate::exec::RaiseKind;
use crate::fastasync::{get, plain, set, state_is};
use crate::types::ExcKind;
use crate::value::*;
use crate::vm::{exc_data, Block, GenMode, PyErr, PyResult, Resume, Vm, RECURSION_LIMIT};
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

// The native frame's ops.
const START: u32 = 0;
const YIELDED: u32 = 1;
const RAISED_OP: u32 = 2;

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
    let (Some(Value::Func(step)), Some(wake @ Value::Func(_))) =
        (original("_Task__step"), original("_Task__wakeup"))
    else {
        return Err(vm.err(ExcKind::AttributeError, "task_natives: no Task.__step"));
    };
    let set_result = future.dict.borrow().get("set_result").cloned();
    let line = step.code.first_line;
    let code = Rc::new(Code {
        name: step.code.name.clone(),
        qualname: step.code.qualname.clone(),
        filename: step.code.filename.clone(),
        kind: CodeKind::Function,
        argcount: 2,
        kwonlycount: 0,
        posonlycount: 0,
        has_varargs: false,
        has_varkw: false,
        varnames: vec![Rc::from("self"), Rc::from("exc"), Rc::from("<data>")],
        cellvars: vec![],
        freevars: vec![],
        cell_params: vec![],
        ops: vec![
            Op::Native(START),
            Op::Native(YIELDED),
            Op::Native(RAISED_OP),
        ],
        lines: vec![line; 3],
        consts: vec![],
        names: vec![],
        first_line: line,
        is_lambda: false,
        gcache: Default::default(),
    });
    let data = |orig: Value| {
        Value::tuple(vec![
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
        ])
    };
    let natives: [(&str, NativeFnPtr, Value); 2] = [
        ("_Task__step", task_step, data(Value::Func(step.clone()))),
        ("_Task__wakeup", task_wakeup, data(wake)),
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

/// Calls `f` the way a Python call op would: a Python function's frame is
/// pushed (the caller's native returns and the frame gives the result).
fn defer(vm: &mut Vm, f: &Value, a: Args, kw: Kw) -> PyResult<Value> {
    match vm.call(f, a.to_vec(), kw.to_vec())? {
        crate::vm::Called::Value(v) => Ok(v),
        crate::vm::Called::Pushed => Ok(Value::None),
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
                && get(f, "_exception").is_some_and(|e| e.is_none())
        }
        _ => false,
    };
    if simple {
        push_step(vm, a[0].clone(), Value::None, n.data.clone())?;
        return Ok(Value::None);
    }
    defer(vm, &item(&n.data, WAKEUP), a, &[])
}

/// Pushes `Task.__step`'s native frame for `task` (to throw `exc` if not None).
fn push_step(vm: &mut Vm, task: Value, exc: Value, data: Value) -> PyResult<()> {
    if vm.frames.len() >= RECURSION_LIMIT {
        return Err(vm.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
    }
    let Value::Code(code) = item(&data, CODE) else {
        return Err(vm.type_error("task_natives: no frame code"));
    };
    let globals = match item(&data, BEGIN) {
        Value::Func(f) => f.globals.clone(),
        _ => return Err(vm.type_error("task_natives: _step_begin is not a function")),
    };
    let frame = vm.native_frame(code, globals, [task, exc, data]);
    vm.frames.push(frame);
    Ok(())
}

/// Runs the native frame's op `k` (see the module doc). Some(v): the frame
/// was the base of the run and returned v.
pub fn resume(vm: &mut Vm, k: u32) -> PyResult<Option<Value>> {
    let f = vm.frame();
    let local = |i: usize| f.locals.get(i).cloned().flatten().unwrap_or(Value::None);
    let (task, exc, data) = (local(0), local(1), local(2));
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
        _ => {
            let e = vm.frame().stack.pop().unwrap_or(Value::None);
            let again = if returned(vm, &task, &e, &data)? {
                false
            } else {
                let r = vm.call_value(&item(&data, RAISED), vec![task, e.clone()], Vec::new())?;
                vm.truthy(&r)?
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
    let exc = if exc.is_none() && crate::fastasync::enter(vm, std::slice::from_ref(&task)) {
        Value::None
    } else {
        vm.call_value(&item(data, BEGIN), vec![task.clone(), exc], Vec::new())?
    };
    let coro = vm.get_attr(&task, "_coro")?;
    let f = vm.frame();
    f.blocks.push(Block {
        handler: 2,
        stack: 0,
        exc: 0,
    });
    f.pc = 1;
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
            if let crate::vm::Called::Value(v) = vm.call(&m, vec![arg], Vec::new())? {
                vm.frame().stack.push(v);
            }
        }
    }
    Ok(None)
}

/// `_step_raised` for a coroutine that returned (a plain StopIteration) with
/// no cancellation pending, natively. False, with nothing changed, otherwise.
fn returned(vm: &mut Vm, task: &Value, e: &Value, data: &Value) -> PyResult<bool> {
    let Value::Instance(t) = task else {
        return Ok(false);
    };
    let stop = vm.types.exc(ExcKind::StopIteration);
    let is_stop = matches!(e, Value::Instance(i) if Rc::ptr_eq(&i.class.borrow(), &stop));
    if !is_stop || !matches!(get(t, "_must_cancel"), Some(Value::Bool(false))) {
        return Ok(false);
    }
    let Some(Value::Instance(lp)) = get(t, "_loop") else {
        return Ok(false);
    };
    if !lp.class.borrow().is_plain() {
        return Ok(false);
    }
    let value = exc_data(e)
        .and_then(|d| d.args.first().cloned())
        .unwrap_or(Value::None);
    set(&lp, "_current_task", Value::None);
    vm.trace_event("step_end", std::slice::from_ref(task));
    vm.del_item(&item(data, ALL_TASKS), task)?;
    vm.call_value(
        &item(data, SET_RESULT),
        vec![task.clone(), value],
        Vec::new(),
    )?;
    vm.trace_event("finished", std::slice::from_ref(task));
    Ok(true)
}
