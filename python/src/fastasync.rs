//! Native fast paths of asyncio's hottest methods and functions, as CPython's C `_asyncio`
//! module is the fast path of its `futures.py` (issue 11).
//!
//! The prelude's Python classes stay the definition: `_pg.fast_paths(Future,
//! Handle, BaseEventLoop)` replaces a few of their methods with natives that do
//! the common case (a future pending or finished with a result, a loop open)
//! on the instance's own attributes, and call the Python method they replaced
//! for anything else (an exception to raise, a closed loop, a subclass with
//! its own `__setattr__` or properties). The attributes read and written are
//! the Python code's, so the frames panel, the trace and `repr` see the same
//! objects; `tools/prelude_check.py` still checks the Python methods on
//! CPython, and the corpus checks these against CPython's output.

use crate::name;
use crate::omap::intern;
use crate::types::ExcKind;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Str, Value)];

const PENDING: &str = "PENDING";
const FINISHED: &str = "FINISHED";
const CANCELLED: &str = "CANCELLED";

/// `_pg.fast_paths(Future, Handle, BaseEventLoop, TimerHandle)`.
pub fn install(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let [Value::Class(future), Value::Class(handle), Value::Class(lp), Value::Class(timer)] = a
    else {
        return Err(vm.type_error("fast_paths(Future, Handle, BaseEventLoop, TimerHandle)"));
    };
    let handle = Value::Class(handle.clone());
    let methods: [(&Rc<Class>, &str, NativeFnPtr); 9] = [
        (timer, "cancel", timer_cancel),
        (future, "done", fut_done),
        (future, "cancelled", fut_cancelled),
        (future, "result", fut_result),
        (future, "exception", fut_exception),
        (future, "add_done_callback", fut_add_done_callback),
        (future, "set_result", fut_set_result),
        (
            future,
            "_Future__schedule_callbacks",
            fut_schedule_callbacks,
        ),
        (lp, "call_soon", loop_call_soon),
    ];
    for (cls, name, f) in methods {
        let Some(original) = cls.dict.borrow().get(name).cloned() else {
            return Err(vm.err(ExcKind::AttributeError, format!("fast_paths: no {name}")));
        };
        let native = Value::Native(Rc::new(NativeFn {
            name: Rc::from(name),
            f,
            data: Value::tuple_of([original, handle.clone()]),
        }));
        vm.set_attr(&Value::Class(cls.clone()), name, native)?;
    }
    Ok(Value::None)
}

/// The Python method a native replaced (the slow path) and the Handle class.
fn data(n: &NativeFn) -> (Value, Value) {
    match &n.data {
        Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
        _ => (Value::None, Value::None),
    }
}

/// Runs the Python method the native stands for.
fn slow(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let (original, _) = data(n);
    vm.call_value(&original, a.to_vec(), kw.to_vec())
}

/// `self` when it is an instance whose attributes are plain (no
/// `__setattr__`, no properties on its class).
pub(crate) fn plain(a: Args<'_>) -> Option<&Rc<Instance>> {
    match a.first() {
        Some(Value::Instance(i)) if i.exc.is_none() && i.class.borrow().is_plain() => Some(i),
        _ => None,
    }
}

/// `get(i, "name")` through the call site's slot hint.
#[macro_export]
macro_rules! aget {
    ($i:expr, $s:literal) => {
        $crate::hinted!($s, |n| $crate::fastasync::get_hinted($i, n))
    };
}

/// `f(&value)` of `get(i, "name")` through the call site's slot hint, with no
/// clone of an instance's own attribute (for tests of a value).
#[macro_export]
macro_rules! apeek {
    ($i:expr, $s:literal, $f:expr) => {
        $crate::hinted!($s, |n| $crate::fastasync::peek_hinted($i, n, $f))
    };
}

/// `set(i, "name", v)` through the call site's slot hint.
#[macro_export]
macro_rules! aset {
    ($i:expr, $s:literal, $v:expr) => {
        $crate::hinted!($s, |n| $crate::fastasync::set_hinted($i, n, $v))
    };
}

/// An attribute as `self.name` reads it for a plain instance: its own, else
/// its class's (Future's defaults are class attributes).
pub(crate) fn get_hinted(i: &Instance, name: &crate::omap::NameHint) -> Option<Value> {
    if let Some(v) = i.dict.borrow().get_hinted(&name.name, &name.slot) {
        return Some(v.clone());
    }
    match i.class.borrow().lookup_name(&name.name) {
        // A function on the class would be a bound method: not an attribute here.
        Some(Value::Func(_) | Value::Native(_)) => None,
        v => v,
    }
}

/// [`get_hinted`], handing `f` a reference.
#[inline]
pub(crate) fn peek_hinted<R>(
    i: &Instance,
    name: &crate::omap::NameHint,
    f: impl FnOnce(&Value) -> R,
) -> Option<R> {
    if let Some(v) = i.dict.borrow().get_hinted(&name.name, &name.slot) {
        return Some(f(v));
    }
    match i.class.borrow().lookup_name(&name.name) {
        Some(Value::Func(_) | Value::Native(_)) | None => None,
        Some(v) => Some(f(&v)),
    }
}

pub(crate) fn set_hinted(i: &Instance, name: &crate::omap::NameHint, v: Value) {
    let mut d = i.dict.borrow_mut();
    let old = d.insert_hinted(&name.name, &name.slot, v);
    if old.is_none() {
        i.class.borrow().cache.saw_attrs(d.len());
    }
    drop(d);
    drop(old);
}

pub(crate) fn state_is(i: &Instance, s: &str) -> Option<bool> {
    apeek!(i, "_state", |v| match v {
        Value::Str(st) => Some(&**st == s),
        _ => None,
    })?
}

fn fut_done(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    match plain(a).filter(|_| a.len() == 1 && kw.is_empty()) {
        Some(i) => match state_is(i, PENDING) {
            Some(p) => Ok(Value::Bool(!p)),
            None => slow(vm, n, a, kw),
        },
        None => slow(vm, n, a, kw),
    }
}

fn fut_cancelled(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    match plain(a).filter(|_| a.len() == 1 && kw.is_empty()) {
        Some(i) => match state_is(i, CANCELLED) {
            Some(c) => Ok(Value::Bool(c)),
            None => slow(vm, n, a, kw),
        },
        None => slow(vm, n, a, kw),
    }
}

/// `result()` of a future finished with a result; else the Python method
/// (which raises the exception, CancelledError or InvalidStateError).
fn fut_result(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if let Some(i) = plain(a).filter(|_| a.len() == 1 && kw.is_empty()) {
        if state_is(i, FINISHED) == Some(true)
            && apeek!(i, "_exception", Value::is_none) == Some(true)
        {
            aset!(i, "_log_traceback", Value::Bool(false));
            return Ok(aget!(i, "_result").unwrap_or(Value::None));
        }
    }
    slow(vm, n, a, kw)
}

fn fut_exception(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if let Some(i) = plain(a).filter(|_| a.len() == 1 && kw.is_empty()) {
        if state_is(i, FINISHED) == Some(true) {
            aset!(i, "_log_traceback", Value::Bool(false));
            return Ok(aget!(i, "_exception").unwrap_or(Value::None));
        }
    }
    slow(vm, n, a, kw)
}

/// `add_done_callback(fn)` on a pending future: appended to its callbacks.
fn fut_add_done_callback(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let context_only = kw.iter().all(|(k, _)| &**k == "context");
    if let Some(i) = plain(a).filter(|_| a.len() == 2 && context_only) {
        if state_is(i, PENDING) == Some(true) {
            if let Some(Value::List(l)) = aget!(i, "_callbacks") {
                push_item(&mut l.borrow_mut(), a[1].clone());
                return Ok(Value::None);
            }
        }
    }
    slow(vm, n, a, kw)
}

fn fut_set_result(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if let Some(i) = plain(a).filter(|_| a.len() == 2 && kw.is_empty()) {
        if let Some(todo) = scheduling(i).filter(|_| state_is(i, PENDING) == Some(true)) {
            aset!(i, "_result", a[1].clone());
            aset!(i, "_state", Value::Str(crate::name!("FINISHED")));
            let (_, handle) = data(n);
            schedule_callbacks(i, &a[0], &handle, todo);
            return Ok(Value::None);
        }
    }
    slow(vm, n, a, kw)
}

fn fut_schedule_callbacks(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if let Some(i) = plain(a).filter(|_| a.len() == 1 && kw.is_empty()) {
        if let Some(todo) = scheduling(i) {
            let (_, handle) = data(n);
            schedule_callbacks(i, &a[0], &handle, todo);
            return Ok(Value::None);
        }
    }
    slow(vm, n, a, kw)
}

/// The ready deque of `lp` when it is a plain, open loop.
pub(crate) fn open_loop(lp: &Value) -> Option<Rc<RefCell<DequeObj>>> {
    let Value::Instance(l) = lp else { return None };
    if l.exc.is_some() || !l.class.borrow().is_plain() {
        return None;
    }
    if !apeek!(l, "_closed", |v| matches!(v, Value::Bool(false)))? {
        return None;
    }
    match aget!(l, "_ready")? {
        Value::Deque(d) if d.borrow().maxlen.is_none() => Some(d),
        _ => None,
    }
}

/// What `__schedule_callbacks` works on, looked up once: the callbacks and,
/// when there are any, the loop and its ready deque.
pub(crate) struct Scheduling {
    callbacks: Rc<ListObj>,
    target: Option<(Value, Rc<RefCell<DequeObj>>)>,
}

/// None when only the Python code can schedule (no list of callbacks, or a
/// closed or unusual loop: it raises what it raises).
pub(crate) fn scheduling(i: &Instance) -> Option<Scheduling> {
    let Some(Value::List(callbacks)) = aget!(i, "_callbacks") else {
        return None;
    };
    if callbacks.borrow().is_empty() {
        return Some(Scheduling {
            callbacks,
            target: None,
        });
    }
    let lp = aget!(i, "_loop")?;
    let ready = open_loop(&lp)?;
    Some(Scheduling {
        callbacks,
        target: Some((lp, ready)),
    })
}

/// `Handle(callback, args, loop)`, as its `__init__` sets it up.
pub(crate) fn new_handle(handle: &Value, callback: Value, args: Value, lp: Value) -> Value {
    let Value::Class(cls) = handle else {
        return Value::None;
    };
    let d = crate::attrs::AttrMap::from_names(
        cls,
        0,
        [
            (name!("_callback"), callback),
            (name!("_args"), args),
            (name!("_loop"), lp),
            (name!("_cancelled"), Value::Bool(false)),
        ],
    );
    Value::Instance(Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: RefCell::new(d),
        exc: None,
    }))
}

/// Future.__schedule_callbacks, on what `scheduling` found.
pub(crate) fn schedule_callbacks(i: &Instance, this: &Value, handle: &Value, todo: Scheduling) {
    let Some((lp, ready)) = todo.target else {
        return;
    };
    aset!(i, "_callbacks", Value::list(Vec::new()));
    let args = Value::tuple_of([this.clone()]);
    for cb in todo.callbacks.borrow().iter() {
        push_ready(
            &ready,
            new_handle(handle, cb.clone(), args.clone(), lp.clone()),
        );
    }
}

/// Appends a handle to a loop's ready deque (its `state` moves, as `append`'s).
pub(crate) fn push_ready(ready: &RefCell<DequeObj>, h: Value) {
    let mut ready = ready.borrow_mut();
    ready.state += 1;
    ready.items.push_back(h);
}

/// `loop.call_soon(callback, *args)` on an open loop.
fn loop_call_soon(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let context_only = kw.iter().all(|(k, _)| &**k == "context");
    if a.len() >= 2 && context_only && plain(a).is_some() {
        if let Some(ready) = open_loop(&a[0]) {
            let (_, handle) = data(n);
            let h = new_handle(
                &handle,
                a[1].clone(),
                Value::tuple(a[2..].to_vec()),
                a[0].clone(),
            );
            push_ready(&ready, h.clone());
            return Ok(h);
        }
    }
    slow(vm, n, a, kw)
}

/// `_pg.step_enter(task)`: the start of `Task.__step` without an exception
/// to throw in, in the common case (pending, no cancellation asked for, no
/// other task running): the loop's current task is this one. False, with
/// nothing changed, for the Python code to do it (and raise what it raises).
pub fn step_enter(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(enter(vm, a)))
}

/// `step_enter` on `[task]`.
pub(crate) fn enter(vm: &mut Vm, a: Args) -> bool {
    let Some(t) = plain(a) else {
        return false;
    };
    let Some(Value::Instance(lp)) = aget!(t, "_loop") else {
        return false;
    };
    let common = state_is(t, PENDING) == Some(true)
        && apeek!(t, "_must_cancel", |v| matches!(v, Value::Bool(false))) == Some(true)
        && lp.class.borrow().is_plain()
        && apeek!(&lp, "_current_task", Value::is_none) == Some(true);
    if !common {
        return false;
    }
    aset!(t, "_fut_waiter", Value::None);
    aset!(&lp, "_current_task", a[0].clone());
    vm.trace_event("step_start", &a[..1]);
    true
}

/// `_pg.step_yielded(task, result, Handle)`: the end of a `Task.__step` whose
/// coroutine yielded, in the common cases: a bare `yield` (step again next
/// iteration) or a pending future of the same loop to wait for (wake up when
/// it is done). False, with nothing changed, for the Python code to do it.
pub fn step_yielded(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(yielded(vm, a)?))
}

/// `step_yielded` on `[task, result, Handle]`.
pub(crate) fn yielded(vm: &mut Vm, a: Args) -> PyResult<bool> {
    let (Some(t), Some(result)) = (plain(a), a.get(1)) else {
        return Ok(false);
    };
    let this = &a[0];
    let Some(lp_val) = aget!(t, "_loop") else {
        return Ok(false);
    };
    let Value::Instance(lp) = &lp_val else {
        return Ok(false);
    };
    if !lp.class.borrow().is_plain() {
        return Ok(false);
    }
    if result.is_none() {
        // Bare yield relinquishes control for one event loop iteration.
        let Some(Value::Deque(ready)) = aget!(lp, "_ready") else {
            return Ok(false);
        };
        let handle = match a.get(2) {
            Some(h @ Value::Class(_)) => h.clone(),
            _ => return Ok(false),
        };
        let step = crate::hinted!("_Task__step", |n| vm.get_attr_name(this, &n.name, &n.slot))?;
        aset!(lp, "_current_task", Value::None);
        let h = new_handle(&handle, step, Value::tuple(Vec::new()), lp_val.clone());
        push_ready(&ready, h);
        vm.trace_event("suspended", &[this.clone(), Value::None]);
        vm.trace_event("step_end", &a[..1]);
        return Ok(true);
    }
    let Value::Instance(r) = result else {
        return Ok(false);
    };
    let waits = r.exc.is_none()
        && r.class.borrow().is_plain()
        && matches!(
            aget!(r, "_asyncio_future_blocking"),
            Some(Value::Bool(true))
        )
        && apeek!(r, "_loop", |l| l.is(&lp_val)) == Some(true)
        && !result.is(this)
        && apeek!(t, "_must_cancel", |v| matches!(v, Value::Bool(false))) == Some(true);
    if !waits {
        return Ok(false);
    }
    aset!(lp, "_current_task", Value::None);
    aset!(r, "_asyncio_future_blocking", Value::Bool(false));
    let wakeup = crate::hinted!("_Task__wakeup", |n| vm
        .get_attr_name(this, &n.name, &n.slot))?;
    add_done_callback(vm, result, wakeup)?;
    aset!(t, "_fut_waiter", result.clone());
    vm.trace_event("suspended", &[this.clone(), result.clone()]);
    vm.trace_event("step_end", &a[..1]);
    Ok(true)
}

/// `TimerHandle.cancel()` on a plain handle of a plain loop.
fn timer_cancel(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if let Some(h) = plain(a).filter(|_| a.len() == 1 && kw.is_empty()) {
        match aget!(h, "_cancelled") {
            Some(Value::Bool(true)) => return Ok(Value::None),
            Some(Value::Bool(false)) => {
                let count = match (aget!(h, "_scheduled"), aget!(h, "_loop")) {
                    (Some(Value::Bool(false)), _) => Some(None),
                    (Some(Value::Bool(true)), Some(Value::Instance(lp)))
                        if lp.exc.is_none() && lp.class.borrow().is_plain() =>
                    {
                        match aget!(&lp, "_timer_cancelled_count") {
                            Some(Value::Int(c)) if c < i64::MAX => Some(Some((lp, c))),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                if let Some(count) = count {
                    if let Some((lp, c)) = count {
                        aset!(&lp, "_timer_cancelled_count", Value::Int(c + 1));
                    }
                    aset!(h, "_cancelled", Value::Bool(true));
                    aset!(h, "_callback", Value::None);
                    aset!(h, "_args", Value::None);
                    return Ok(Value::None);
                }
            }
            _ => {}
        }
    }
    slow(vm, n, a, kw)
}

/// A plain instance of `cls` with these attributes (what its `__init__` sets),
/// with room for `room` (the attributes it will have).
fn new_instance<const N: usize>(
    cls: &Value,
    room: usize,
    attrs: [(Str, Value); N],
) -> Option<Value> {
    let Value::Class(cls) = cls else { return None };
    let d = crate::attrs::AttrMap::from_names(cls, room, attrs);
    Some(Value::Instance(Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: RefCell::new(d),
        exc: None,
    })))
}

/// `_pg.sleep_timer(_sleep_timer, Future, SeqTimerHandle,
/// _set_result_unless_cancelled, heappush)`: the native for `_sleep_timer`.
pub fn sleep_timer_native(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    if a.len() != 5 || !matches!((&a[1], &a[2]), (Value::Class(_), Value::Class(_))) {
        return Err(vm.type_error("sleep_timer(_sleep_timer, Future, SeqTimerHandle, …)"));
    }
    Ok(Value::Native(Rc::new(NativeFn {
        name: Rc::from("_sleep_timer"),
        f: sleep_timer,
        data: Value::tuple(a.to_vec()),
    })))
}

/// `_sleep_timer(loop, delay, result)`: sleep()'s future and its timer, for
/// a plain loop and a delay of a float or a small int; else the Python function.
fn sleep_timer(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let Value::Tuple(d) = &n.data else {
        return Err(vm.type_error("sleep_timer: no data"));
    };
    if let (Some(lp), true) = (plain(a), a.len() == 3 && kw.is_empty()) {
        let delay = match a[1] {
            Value::Float(x) => Some(x),
            Value::Int(i) if i.unsigned_abs() < 1 << 53 => Some(i as f64),
            _ => None,
        };
        let (seq, scheduled) = (aget!(lp, "_seq"), aget!(lp, "_scheduled"));
        if let (Some(delay), Some(Value::Int(seq)), Some(sched @ Value::List(_))) =
            (delay, seq, scheduled)
        {
            let when = Value::Float(vm.host.now() + delay);
            // The future ends with 7 attributes (`_pg_wait`, then
            // `_asyncio_future_blocking`, `_result`, `_log_traceback`): made
            // that big at once (10,000 sleeps start before the first ends).
            let future = new_instance(
                &d[1],
                7,
                [
                    (name!("_loop"), a[0].clone()),
                    (name!("_callbacks"), Value::list(Vec::new())),
                    (name!("_state"), Value::Str(name!("PENDING"))),
                ],
            );
            let fut_args = Value::tuple_of([future.clone().unwrap_or(Value::None), a[2].clone()]);
            let h = new_instance(
                &d[2],
                0,
                [
                    (name!("_callback"), d[3].clone()),
                    (name!("_args"), fut_args),
                    (name!("_loop"), a[0].clone()),
                    (name!("_cancelled"), Value::Bool(false)),
                    (name!("_when"), when.clone()),
                    (name!("_scheduled"), Value::Bool(false)),
                ],
            );
            if let (Some(Value::Instance(fi)), Some(Value::Instance(hi))) = (&future, &h) {
                let seq = Value::Int(seq.saturating_add(1));
                aset!(lp, "_seq", seq.clone());
                let entry = Value::tuple_of([when.clone(), seq, Value::Instance(hi.clone())]);
                call_native_or_value(vm, &d[4], &[sched, entry])?;
                aset!(hi, "_scheduled", Value::Bool(true));
                aset!(
                    fi,
                    "_pg_wait",
                    Value::tuple_of([Value::Str(name!("sleep")), when])
                );
                return Ok(Value::tuple_of([
                    Value::Instance(fi.clone()),
                    Value::Instance(hi.clone()),
                ]));
            }
        }
    }
    vm.call_value(&d[0], a.to_vec(), kw.to_vec())
}

/// `_pg.gather_natives(_gather_children, _gather_results, Task, Future,
/// BaseEventLoop)`: the natives of gather()'s two helpers.
pub fn gather_natives(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let [Value::Func(children), Value::Func(_), Value::Class(_), Value::Class(_), Value::Class(lp)] =
        a
    else {
        return Err(vm.type_error("gather_natives(_gather_children, _gather_results, Task, …)"));
    };
    let create_task = lp.dict.borrow().get("create_task").cloned();
    let code = crate::taskstep::native_code(
        &children.code,
        4,
        &[
            "coros_or_futures",
            "arg_to_fut",
            "children",
            "done_callback",
            "loop",
            "<i>",
            "nfuts",
            "<Task>",
        ],
        &[crate::taskstep::GATHER],
    );
    let data = Value::tuple_of([
        a[0].clone(),
        a[1].clone(),
        a[2].clone(),
        a[3].clone(),
        create_task.unwrap_or(Value::None),
        Value::Dict(children.globals.clone()),
        Value::Code(code),
    ]);
    let native = |name: &str, f: NativeFnPtr| {
        Value::Native(Rc::new(NativeFn {
            name: Rc::from(name),
            f,
            data: data.clone(),
        }))
    };
    Ok(Value::tuple_of([
        native("_gather_children", gather_children),
        native("_gather_results", gather_results),
    ]))
}

fn data_at(n: &NativeFn, i: usize) -> Value {
    match &n.data {
        Value::Tuple(t) => t.get(i).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// `lp` when it is a plain, open loop whose `create_task` is BaseEventLoop's.
fn usual_loop(n: &NativeFn, lp: Value) -> Option<Value> {
    open_loop(&lp)?;
    let Value::Instance(l) = &lp else { return None };
    let create = l.class.borrow().lookup_name(&crate::name!("create_task"))?;
    // A task factory (`loop.set_task_factory`) makes the tasks: the Python path.
    if aget!(l, "_task_factory").is_some_and(|f| !f.is_none()) {
        return None;
    }
    create.is(&data_at(n, 4)).then_some(lp)
}

/// A plain Task or Future (exactly those classes).
fn usual_future(n: &NativeFn, x: &Value) -> Option<Rc<Instance>> {
    match x {
        Value::Instance(i) if i.exc.is_none() && i.class.borrow().is_plain() => {
            let cls = Value::Class(i.class.borrow().clone());
            (cls.is(&data_at(n, 2)) || cls.is(&data_at(n, 3))).then(|| i.clone())
        }
        _ => None,
    }
}

/// The loop gather's arguments all go to, when each is a coroutine or a
/// usual future of that loop and the loop is usual (for a coroutine first,
/// the running loop, as `_get_event_loop()` gives inside one).
fn gather_loop(n: &NativeFn, args: &[Value]) -> Option<Value> {
    let lp = match args.first()? {
        Value::Gen(_) => {
            let Value::Dict(globals) = data_at(n, 5) else {
                return None;
            };
            let running = globals
                .map
                .borrow()
                .get(&Key(Value::str("_running_loop")))
                .cloned();
            running?
        }
        first => {
            let f = usual_future(n, first)?;
            aget!(&f, "_loop")?
        }
    };
    let lp = usual_loop(n, lp)?;
    let all = args.iter().all(|x| match x {
        Value::Gen(g) => g.kind == GenKind::Coroutine,
        _ => usual_future(n, x)
            .and_then(|f| aget!(&f, "_loop"))
            .is_some_and(|l| l.is(&lp)),
    });
    all.then_some(lp)
}

/// `_gather_children(coros_or_futures, arg_to_fut, children, done_callback)`
/// when every argument is a coroutine or a usual future of one usual loop:
/// coroutines made tasks (`loop.create_task(coro)`), as the Python function
/// does; else that function. A native frame (`taskstep.rs`) does it
/// `GATHER_CHUNK` arguments per op, so that 10,000 of them do not hold the
/// page in one op.
fn gather_children(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let lp = match a {
        [Value::Tuple(args), Value::Dict(_), Value::List(_), _] if kw.is_empty() => {
            gather_loop(n, args)
        }
        _ => None,
    };
    let (Some(lp), Value::Code(code), Value::Func(f)) = (lp, data_at(n, 6), data_at(n, 0)) else {
        return vm.call_value(&data_at(n, 0), a.to_vec(), kw.to_vec());
    };
    let locals = [
        a[0].clone(),
        a[1].clone(),
        a[2].clone(),
        a[3].clone(),
        lp,
        Value::Int(0),
        Value::Int(0),
        data_at(n, 2),
    ];
    vm.push_native_frame(code, f.globals.clone(), locals)?;
    Ok(Value::None)
}

/// Arguments `_gather_children`'s native frame takes per op.
const GATHER_CHUNK: usize = 64;

/// The op of `_gather_children`'s native frame: the next arguments, then
/// `(loop, nfuts)` returned.
pub(crate) fn gather_op(vm: &mut Vm) -> PyResult<Option<Value>> {
    let local = crate::taskstep::local;
    let (Value::Tuple(args), Value::Dict(arg_to_fut), Value::List(children), cb, lp) = (
        local(vm, 0),
        local(vm, 1),
        local(vm, 2),
        local(vm, 3),
        local(vm, 4),
    ) else {
        return Err(vm.type_error("_gather_children: bad frame"));
    };
    let (Value::Int(start), Value::Int(mut nfuts)) = (local(vm, 5), local(vm, 6)) else {
        return Err(vm.type_error("_gather_children: bad frame"));
    };
    let task_cls = local(vm, 7);
    let start = start as usize;
    let end = (start + GATHER_CHUNK).min(args.len());
    for arg in &args[start..end] {
        let key = Key(arg.clone());
        let known = arg_to_fut.map.borrow().get(&key).cloned();
        let fut = match known {
            Some(fut) => fut,
            None => {
                let fut = if let Value::Gen(_) = arg {
                    let kw = vec![(intern("loop"), lp.clone()), (intern("name"), Value::None)];
                    let fut = vm.call_value(&task_cls, vec![arg.clone()], kw)?;
                    vm.set_attr(&fut, "_log_destroy_pending", Value::Bool(false))?;
                    fut
                } else {
                    arg.clone()
                };
                nfuts += 1;
                arg_to_fut.map.borrow_mut().insert(key, fut.clone());
                add_done_callback(vm, &fut, cb.clone())?;
                fut
            }
        };
        children.borrow_mut().push(fut);
    }
    let f = vm.frame();
    f.locals[5] = Some(Value::Int(end as i64));
    f.locals[6] = Some(Value::Int(nfuts));
    if end < args.len() {
        // Again, after the driver had its turn if this slice is spent.
        f.pc = 0;
        vm.spend((end - start) as u64 * 100)?;
        return Ok(None);
    }
    vm.do_return(Value::tuple_of([lp, Value::Int(nfuts)]))
}

/// `_gather_results(children)` when every child is a plain Task or Future
/// finished (not cancelled); else the Python function.
fn gather_results(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let (task, future) = (data_at(n, 2), data_at(n, 3));
    let finished = |x: &Value| match x {
        Value::Instance(i) if i.exc.is_none() => {
            let cls = Value::Class(i.class.borrow().clone());
            (cls.is(&task) || cls.is(&future))
                && i.class.borrow().is_plain()
                && state_is(i, FINISHED) == Some(true)
        }
        _ => false,
    };
    let children = match a {
        [Value::List(c)] if kw.is_empty() && c.borrow().iter().all(finished) => c.clone(),
        _ => return vm.call_value(&data_at(n, 1), a.to_vec(), kw.to_vec()),
    };
    let results: Vec<Value> = children
        .borrow()
        .iter()
        .map(|c| {
            let Value::Instance(i) = c else {
                return Value::None;
            };
            aset!(i, "_log_traceback", Value::Bool(false));
            match aget!(i, "_exception") {
                Some(e) if !e.is_none() => e,
                _ => aget!(i, "_result").unwrap_or(Value::None),
            }
        })
        .collect();
    Ok(Value::list(results))
}

/// `_pg.twins(_set_result_unless_cancelled, gather, sleep)`: the natives
/// that run these Python functions' common case (`Code::twin`): the timer
/// callback of every `asyncio.sleep`, gather's `_done_callback` (called once
/// per child) and `sleep` itself. The functions stay what the handles hold
/// and what reprs show; a twin declines (None, nothing changed) whenever the
/// Python code would do anything else, and the Python code runs.
pub fn twins(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let [Value::Func(unless), Value::Func(gather), Value::Func(sleep)] = a else {
        return Err(vm.type_error("twins(_set_result_unless_cancelled, gather, sleep)"));
    };
    let done = gather.code.consts.iter().find_map(|c| match c {
        Value::Code(c) if &*c.name == "_done_callback" => Some(c.clone()),
        _ => None,
    });
    let Some(done) = done else {
        return Err(vm.type_error("twins: gather has no _done_callback"));
    };
    unless.code.twin.set(Some(set_result_unless_cancelled));
    done.twin.set(Some(gather_done));
    vm.sleep_code = Some(sleep_code(&sleep.code));
    sleep.code.twin.set(Some(sleep_twin));
    Ok(Value::None)
}

/// The native `f` that `i.<name>` finds on its class (not shadowed by the
/// instance's own attribute), if that is what the class has.
fn class_native(i: &Instance, name: &Str, f: NativeFnPtr) -> Option<Rc<NativeFn>> {
    if i.dict.borrow().contains_name(name) {
        return None;
    }
    match i.class.borrow().lookup_name(name) {
        Some(Value::Native(n)) if std::ptr::fn_addr_eq(n.f, f) => Some(n),
        _ => None,
    }
}

/// `_set_result_unless_cancelled(fut, result)`: nothing for a cancelled
/// future, else `fut.set_result(result)` when that is Future's own.
fn set_result_unless_cancelled(vm: &mut Vm, _f: &Function, a: Args) -> PyResult<Option<Value>> {
    let Some(i) = plain(a).filter(|_| a.len() == 2) else {
        return Ok(None);
    };
    match state_is(i, CANCELLED) {
        Some(true) => Ok(Some(Value::None)),
        Some(false) => match class_native(i, &name!("set_result"), fut_set_result) {
            Some(n) => fut_set_result(vm, &n, a, &[]).map(Some),
            None => Ok(None),
        },
        None => Ok(None),
    }
}

/// gather's `_done_callback(fut)` for a child finished with a result while
/// the gathering future waits, when it is not the last: `nfinished += 1` and
/// `fut.exception()`. Anything else (the last child, an exception, a
/// cancellation, `outer` done) is the Python code's.
fn gather_done(vm: &mut Vm, f: &Function, a: Args) -> PyResult<Option<Value>> {
    let Some(fut) = plain(a).filter(|_| a.len() == 1) else {
        return Ok(None);
    };
    let cell = |name: &str| {
        let k = f.code.freevars.iter().position(|v| &**v == name)?;
        f.closure.get(k)
    };
    let (Some(nfinished), Some(outer), Some(rexc), Some(nfuts)) = (
        cell("nfinished"),
        cell("outer"),
        cell("return_exceptions"),
        cell("nfuts"),
    ) else {
        return Ok(None);
    };
    let (Some(Value::Int(done)), Some(Value::Int(total))) =
        (nfinished.borrow().clone(), nfuts.borrow().clone())
    else {
        return Ok(None);
    };
    if done.saturating_add(1) >= total {
        return Ok(None);
    }
    let Some(outer) = outer.borrow().clone() else {
        return Ok(None);
    };
    let Some(o) = plain(std::slice::from_ref(&outer)) else {
        return Ok(None);
    };
    let usual = state_is(o, PENDING) == Some(true)
        && state_is(fut, FINISHED) == Some(true)
        && apeek!(fut, "_exception", Value::is_none) == Some(true);
    let Some(Value::Bool(return_exceptions)) = rexc.borrow().clone() else {
        return Ok(None);
    };
    if !usual {
        return Ok(None);
    }
    if !return_exceptions {
        let Some(n) = class_native(fut, &name!("exception"), fut_exception) else {
            return Ok(None);
        };
        fut_exception(vm, &n, a, &[])?;
    }
    *nfinished.borrow_mut() = Some(Value::Int(done + 1));
    Ok(Some(Value::None))
}

// `asyncio.sleep(delay, result)` for a positive delay runs as a native frame
// (see `taskstep.rs`) in a coroutine of its own, with the Python function's
// name, file, locals and the line of its `return await future`:
//   0 START   `loop = _running_loop`, `future, h = _sleep_timer(loop, delay,
//             result)`, then `await future` inside the `try`
//   1         YieldFrom
//   2 DONE    `finally: h.cancel()`, return the future's result
//   3 FAILED  the `finally` on the way out of an exception (the handler)
pub const SLEEP_START: u32 = 30;
const SLEEP_DONE: u32 = 31;
const SLEEP_FAILED: u32 = 32;
const SLEEP_AT_FAILED: u32 = 3;
const L_DELAY: usize = 0;
const L_RESULT: usize = 1;
const L_LOOP: usize = 2;
const L_FUTURE: usize = 3;
const L_H: usize = 4;

fn sleep_code(sleep: &crate::code::Code) -> Rc<crate::code::Code> {
    use crate::code::{CodeKind, Op};
    let mut code = crate::taskstep::native_code(
        sleep,
        2,
        &["delay", "result", "loop", "future", "h"],
        &[SLEEP_START, SLEEP_START, SLEEP_DONE, SLEEP_FAILED],
    );
    let c = Rc::get_mut(&mut code).expect("a new code object");
    c.ops[1] = Op::YieldFrom;
    c.kind = CodeKind::Coroutine;
    let awaits = sleep.ops.iter().rposition(|o| matches!(o, Op::YieldFrom));
    if let Some(line) = awaits.and_then(|i| sleep.lines.get(i)) {
        c.lines[1..].fill(*line);
    }
    code
}

/// `sleep(delay[, result])` with a positive int or float delay: the native
/// coroutine (else the Python one: `sleep(0)`'s bare yield, errors).
fn sleep_twin(vm: &mut Vm, f: &Function, a: Args) -> PyResult<Option<Value>> {
    let (delay, result) = match a {
        [d] => (d, Value::None),
        [d, r] => (d, r.clone()),
        _ => return Ok(None),
    };
    let positive = match delay {
        Value::Int(i) => *i > 0,
        Value::Float(x) => *x > 0.0,
        _ => false,
    };
    let Some(code) = vm.sleep_code.clone().filter(|_| positive) else {
        return Ok(None);
    };
    let locals = [Some(delay.clone()), Some(result), None, None, None];
    Ok(Some(vm.native_coroutine(code, f, locals)))
}

fn sleep_local(vm: &mut Vm, i: usize) -> Value {
    vm.frame()
        .locals
        .get(i)
        .cloned()
        .flatten()
        .unwrap_or(Value::None)
}

/// The running frame's global `n`.
fn global(vm: &mut Vm, n: &crate::omap::NameHint) -> Option<Value> {
    vm.frame().globals.get_hinted(&n.name, &n.slot)
}

/// The sleep frame's op `k`.
pub(crate) fn sleep_op(vm: &mut Vm, k: u32) -> PyResult<Option<Value>> {
    match k {
        SLEEP_START => {
            let lp = match crate::hinted!("_running_loop", |n| global(vm, n)) {
                Some(lp) if !lp.is_none() => lp,
                _ => return Err(vm.err(ExcKind::RuntimeError, "no running event loop")),
            };
            let Some(timer) = crate::hinted!("_sleep_timer", |n| global(vm, n)) else {
                return Err(vm.err(ExcKind::NameError, "name '_sleep_timer' is not defined"));
            };
            let args = [
                lp.clone(),
                sleep_local(vm, L_DELAY),
                sleep_local(vm, L_RESULT),
            ];
            let pair = call_native_or_value(vm, &timer, &args)?;
            let (future, h) = match &pair {
                Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
                _ => return Err(vm.type_error("sleep: _sleep_timer returned no pair")),
            };
            let aw = vm.get_awaitable(&future)?;
            let f = vm.frame();
            f.locals[L_LOOP] = Some(lp);
            f.locals[L_FUTURE] = Some(future);
            f.locals[L_H] = Some(h);
            f.blocks.push(crate::vm::Block {
                handler: SLEEP_AT_FAILED,
                stack: f.stack.len() as u32,
                exc: f.exc_stack.len() as u32,
            });
            f.stack.push(aw);
            f.stack.push(Value::None);
            Ok(None)
        }
        SLEEP_DONE => {
            let f = vm.frame();
            let v = f.stack.pop().unwrap_or(Value::None);
            f.blocks.pop();
            cancel_timer(vm)?;
            vm.do_return(v)
        }
        _ => {
            let e = vm.frame().stack.pop().unwrap_or(Value::None);
            cancel_timer(vm)?;
            vm.last_raise = crate::exec::RaiseKind::Reraise;
            Err(crate::vm::PyErr {
                exc: e,
                fresh: false,
            })
        }
    }
}

/// `h.cancel()` of the sleep frame's timer.
fn cancel_timer(vm: &mut Vm) -> PyResult<()> {
    let h = sleep_local(vm, L_H);
    if let Value::Instance(i) = &h {
        if let Some(n) = class_native(i, &name!("cancel"), timer_cancel) {
            timer_cancel(vm, &n, std::slice::from_ref(&h), &[])?;
            return Ok(());
        }
    }
    let cancel = vm.get_attr(&h, "cancel")?;
    vm.call_value(&cancel, Vec::new(), Vec::new())?;
    Ok(())
}

/// Calls `f` with `a`: a native directly (no bound method, no argument
/// vector), anything else as `call_value` does.
pub(crate) fn call_native_or_value(vm: &mut Vm, f: &Value, a: Args) -> PyResult<Value> {
    match f {
        Value::Native(n) => {
            let depth = vm.frames.len();
            let r = (n.f)(vm, n, a, &[])?;
            debug_assert_eq!(vm.frames.len(), depth, "{} pushed a frame", n.name);
            Ok(r)
        }
        _ => vm.call_value(f, a.to_vec(), Vec::new()),
    }
}

/// `fut.add_done_callback(cb)`: Future's own native directly when that is
/// what `fut` has.
fn add_done_callback(vm: &mut Vm, fut: &Value, cb: Value) -> PyResult<()> {
    if let Value::Instance(i) = fut {
        if let Some(n) = class_native(i, &name!("add_done_callback"), fut_add_done_callback) {
            fut_add_done_callback(vm, &n, &[fut.clone(), cb], &[])?;
            return Ok(());
        }
    }
    let add = crate::hinted!("add_done_callback", |n| vm
        .get_attr_name(fut, &n.name, &n.slot))?;
    vm.call_value(&add, vec![cb], Vec::new())?;
    Ok(())
}

/// `_pg.loop_twins(get_running_loop, _LoopBoundMixin._get_loop,
/// BaseEventLoop.create_future, Future.__init__)`: natives for the loop
/// lookups every Queue, Lock and Event wait makes, and the future it waits on.
pub fn loop_twins(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let [Value::Func(running), Value::Func(get_loop), Value::Func(create), Value::Func(init)] = a
    else {
        return Err(vm.type_error("loop_twins(get_running_loop, _get_loop, create_future, …)"));
    };
    running.code.twin.set(Some(get_running_loop_twin));
    get_loop.code.twin.set(Some(get_loop_twin));
    create.code.twin.set(Some(create_future_twin));
    vm.future_init = Some(init.code.clone());
    Ok(Value::None)
}

/// `_running_loop` of `f`'s module (asyncio's), when a loop runs.
fn running_loop(f: &Function) -> Option<Value> {
    crate::hinted!("_running_loop", |n| f.globals.get_hinted(&n.name, &n.slot))
        .filter(|v| !v.is_none())
}

/// `get_running_loop()` while a loop runs (else the Python code raises).
fn get_running_loop_twin(_vm: &mut Vm, f: &Function, a: Args) -> PyResult<Option<Value>> {
    Ok(running_loop(f).filter(|_| a.is_empty()))
}

/// `_LoopBoundMixin._get_loop(self)`: the running loop, bound to `self` on
/// first use; the Python code for anything else (no loop, another loop, a
/// `get_running_loop` that is not asyncio's).
fn get_loop_twin(_vm: &mut Vm, f: &Function, a: Args) -> PyResult<Option<Value>> {
    // A Queue has a property (`maxsize`), so not `plain`: `_loop` must be.
    let i = match a {
        [Value::Instance(i)] if i.exc.is_none() => i,
        _ => return Ok(None),
    };
    let cls = i.class.borrow().clone();
    if cls.lookup_name(&name!("__setattr__")).is_some()
        || matches!(cls.lookup_name(&name!("_loop")), Some(Value::Property(_)))
    {
        return Ok(None);
    }
    let ours =
        match crate::hinted!("get_running_loop", |n| f
            .globals
            .get_hinted(&n.name, &n.slot))
        {
            Some(Value::Func(g)) => g.code.twin.get().is_some_and(|t| {
                std::ptr::fn_addr_eq(t, get_running_loop_twin as crate::code::Twin)
            }),
            _ => false,
        };
    let Some(lp) = running_loop(f).filter(|_| ours) else {
        return Ok(None);
    };
    match aget!(i, "_loop") {
        Some(Value::None) => {
            aset!(i, "_loop", lp.clone());
            Ok(Some(lp))
        }
        Some(bound) if bound.is(&lp) => Ok(Some(lp)),
        _ => Ok(None),
    }
}

/// `loop.create_future()`: `Future(loop=self)` when `Future` is asyncio's
/// (its `__init__` sets `_loop`, `_callbacks` and `_state`, nothing else).
fn create_future_twin(vm: &mut Vm, f: &Function, a: Args) -> PyResult<Option<Value>> {
    let [lp] = a else { return Ok(None) };
    let cls = crate::hinted!("Future", |n| f.globals.get_hinted(&n.name, &n.slot));
    let Some(Value::Class(c)) = &cls else {
        return Ok(None);
    };
    let ours = match (c.lookup_name(&name!("__init__")), &vm.future_init) {
        (Some(Value::Func(init)), Some(code)) => Rc::ptr_eq(&init.code, code),
        _ => false,
    };
    if !ours || c.builtin.is_some() || c.fin.borrow().is_some() {
        return Ok(None);
    }
    Ok(new_instance(
        &Value::Class(c.clone()),
        0,
        [
            (name!("_loop"), lp.clone()),
            (name!("_callbacks"), Value::list(Vec::new())),
            (name!("_state"), Value::Str(name!("PENDING"))),
        ],
    ))
}
