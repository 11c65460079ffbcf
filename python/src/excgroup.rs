//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654) and `except*`, as
//! CPython 3.11's Objects/exceptions.c and ceval.c do them: the class a
//! group gets, `split` / `subgroup` / `derive`, the match of an `except*`
//! clause and what is raised again after the clauses.

use crate::types::ExcKind;
use crate::value::*;
use crate::vm::*;
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Str, Value)];

fn is_group(vm: &Vm, v: &Value) -> bool {
    vm.exc_is(v, ExcKind::BaseExceptionGroup)
}

/// The class `BaseExceptionGroup.__new__` makes for `cls(message, exceptions)`,
/// after checking the arguments: BaseExceptionGroup of only `Exception`s is an
/// ExceptionGroup; an ExceptionGroup cannot hold other BaseExceptions. With
/// the exceptions, as the tuple the group keeps.
/// The class a group is made of, and its exceptions (None: not a sequence).
type GroupParts = (Rc<Class>, Option<Rc<[Value]>>);

pub fn group_class(vm: &mut Vm, cls: &Rc<Class>, args: &[Value]) -> PyResult<GroupParts> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    if !matches!(args[0], Value::Str(_)) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&args[0])
        )));
    }
    let excs = match &args[1] {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        Value::Deque(d) => d.borrow().items.iter().cloned().collect(),
        _ => {
            return Err(vm.type_error("second argument (exceptions) must be a sequence"));
        }
    };
    if excs.is_empty() {
        return Err(vm.err(
            ExcKind::ValueError,
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !vm.exc_is(e, ExcKind::BaseException) {
            return Err(vm.err(
                ExcKind::ValueError,
                format!("Item {i} of second argument (exceptions) is not an exception"),
            ));
        }
        if !vm.exc_is(e, ExcKind::Exception) {
            nested_base = true;
        }
    }
    let base = vm.types.exc(ExcKind::BaseExceptionGroup);
    let excs: Rc<[Value]> = Rc::from(excs);
    if Rc::ptr_eq(cls, &base) {
        if !nested_base {
            return Ok((vm.types.exc(ExcKind::ExceptionGroup), Some(excs)));
        }
    } else if nested_base && cls.is_subclass(&vm.types.exc(ExcKind::Exception)) {
        return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
    }
    Ok((cls.clone(), Some(excs)))
}

/// The exceptions of a group (a tuple of its second argument).
pub fn group_excs(v: &Value) -> Vec<Value> {
    let Some(d) = exc_data(v) else {
        return Vec::new();
    };
    if let Some(g) = &d.group {
        return g.to_vec();
    }
    match d.args.get(1) {
        Some(Value::List(l)) => l.borrow().clone(),
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(Value::Deque(d)) => d.borrow().items.iter().cloned().collect(),
        _ => Vec::new(),
    }
}

fn group_message(v: &Value) -> Value {
    exc_data(v)
        .and_then(|d| d.args.first().cloned())
        .unwrap_or(Value::str(""))
}

/// `str(group)`: "message (N sub-exceptions)".
pub fn group_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let msg = vm.to_str(&group_message(v))?;
    let n = group_excs(v).len();
    Ok(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    ))
}

/// `BaseExceptionGroup(message, excs)` (the class chosen as `__new__` does).
pub fn new_group(vm: &mut Vm, msg: Value, excs: Value) -> PyResult<Value> {
    let base = vm.types.exc(ExcKind::BaseExceptionGroup);
    vm.call_value(&Value::Class(base), vec![msg, excs], vec![])
}

enum Matcher {
    Types(Value),
    Pred(Value),
    Ids(Vec<Value>),
}

fn matcher_of(vm: &mut Vm, cond: &Value) -> PyResult<Matcher> {
    let is_exc_class = |v: &Value| match v {
        Value::Class(c) => c.is_exception(),
        _ => false,
    };
    match cond {
        Value::Class(_) if is_exc_class(cond) => Ok(Matcher::Types(cond.clone())),
        Value::Tuple(t) if t.iter().all(is_exc_class) => Ok(Matcher::Types(cond.clone())),
        Value::Func(_) | Value::Native(_) | Value::NativeMethod(_) | Value::Method(_) => {
            Ok(Matcher::Pred(cond.clone()))
        }
        Value::Instance(_) if vm.special(cond, &crate::name!("__call__")).is_some() => {
            Ok(Matcher::Pred(cond.clone()))
        }
        _ => Err(vm.type_error("expected a function, exception type or tuple of exception types")),
    }
}

fn matches(vm: &mut Vm, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => vm.exc_matches(e, t),
        Matcher::Pred(f) => {
            let r = vm.call_value(f, vec![e.clone()], vec![])?;
            vm.truthy(&r)
        }
        Matcher::Ids(ids) => Ok(ids.iter().any(|x| x.is(e))),
    }
}

/// exceptiongroup_split_recursive: (match, rest), each None when empty.
fn split_rec(
    vm: &mut Vm,
    exc: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, m, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(vm, exc) {
        return Ok((None, with_rest.then(|| exc.clone())));
    }
    // A group can be made to contain itself (through its list): bound the depth.
    let d = vm.native_depth.get();
    if d > 400 {
        return Err(vm.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
    }
    vm.native_depth.set(d + 1);
    let (mut ms, mut rs) = (Vec::new(), Vec::new());
    for e in group_excs(exc) {
        let r = split_rec(vm, &e, m, with_rest);
        let (a, b) = match r {
            Ok(ab) => ab,
            Err(e) => {
                vm.native_depth.set(d);
                return Err(e);
            }
        };
        ms.extend(a);
        rs.extend(b);
    }
    vm.native_depth.set(d);
    let a = if ms.is_empty() {
        None
    } else {
        Some(derive_and_copy(vm, exc, ms)?)
    };
    let b = if rs.is_empty() {
        None
    } else {
        Some(derive_and_copy(vm, exc, rs)?)
    };
    Ok((a, b))
}

/// exceptiongroup_subset: `orig.derive(excs)` with orig's traceback, cause and context.
fn derive_and_copy(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let derive = vm.get_attr(orig, "derive")?;
    let eg = vm.call_value(&derive, vec![Value::list(excs)], vec![])?;
    if !is_group(vm, &eg) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (tb, cause, ctx) = match exc_data(orig) {
        Some(d) => (d.traceback.clone(), d.cause.clone(), d.context.clone()),
        None => (Vec::new(), None, None),
    };
    if let Some(mut d) = exc_data(&eg) {
        d.traceback = tb;
        d.context = ctx;
        d.cause = cause;
        d.suppress_context = true;
    }
    Ok(eg)
}

/// The methods and attributes of groups.
pub fn group_attr(vm: &mut Vm, exc: &Value, name: &str) -> Option<Value> {
    if !is_group(vm, exc) {
        return None;
    }
    let f: NativeFnPtr = match name {
        "exceptions" => return Some(Value::tuple(group_excs(exc))),
        "message" => return Some(group_message(exc)),
        "split" => eg_split,
        "subgroup" => eg_subgroup,
        "derive" => eg_derive,
        _ => return None,
    };
    Some(Value::NativeMethod(Rc::new((
        exc.clone(),
        Rc::new(NativeFn {
            name: Rc::from(name),
            f,
            data: Value::None,
        }),
    ))))
}

fn one_arg(vm: &Vm, n: &NativeFn, a: Args) -> PyResult<Value> {
    match a.len() {
        2 => Ok(a[1].clone()),
        k => Err(vm.type_error(format!(
            "BaseExceptionGroup.{}() takes exactly one argument ({} given)",
            n.name,
            k.saturating_sub(1)
        ))),
    }
}

fn eg_split(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let cond = one_arg(vm, n, a)?;
    let m = matcher_of(vm, &cond)?;
    let (x, y) = split_rec(vm, &a[0], &m, true)?;
    Ok(Value::tuple(vec![
        x.unwrap_or(Value::None),
        y.unwrap_or(Value::None),
    ]))
}

fn eg_subgroup(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let cond = one_arg(vm, n, a)?;
    let m = matcher_of(vm, &cond)?;
    let (x, _) = split_rec(vm, &a[0], &m, false)?;
    Ok(x.unwrap_or(Value::None))
}

fn eg_derive(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let excs = one_arg(vm, n, a)?;
    let base = vm.types.exc(ExcKind::BaseExceptionGroup);
    let msg = group_message(&a[0]);
    vm.call_value(&Value::Class(base), vec![msg, excs], vec![])
}

/// `except* T` (CHECK_EG_MATCH): splits `rest` by T into (what is left, the match).
pub fn exc_star_match(vm: &mut Vm, rest: &Value, t: &Value) -> PyResult<(Value, Value)> {
    let types: Vec<Value> = match t {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    for ty in &types {
        match ty {
            Value::Class(c) if c.is_exception() => {
                if c.is_subclass(&vm.types.exc(ExcKind::BaseExceptionGroup)) {
                    return Err(vm.type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
            }
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    if rest.is_none() {
        return Ok((Value::None, Value::None));
    }
    if vm.exc_matches(rest, t)? {
        let m = if is_group(vm, rest) {
            rest.clone()
        } else {
            new_group(vm, Value::str(""), Value::tuple(vec![rest.clone()]))?
        };
        return Ok((Value::None, m));
    }
    if is_group(vm, rest) {
        let (m, r) = split_rec(vm, rest, &Matcher::Types(t.clone()), true)?;
        return Ok((r.unwrap_or(Value::None), m.unwrap_or(Value::None)));
    }
    Ok((rest.clone(), Value::None))
}

fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (exc_data(a), exc_data(b)) else {
        return false;
    };
    let same = |p: &Option<Value>, q: &Option<Value>| match (p, q) {
        (None, None) => true,
        (Some(p), Some(q)) => p.is(q),
        _ => false,
    };
    same(&x.cause, &y.cause)
        && same(&x.context, &y.context)
        && x.traceback.len() == y.traceback.len()
        && x.traceback
            .iter()
            .zip(y.traceback.iter())
            .all(|(s, t)| s.line == t.line && s.name == t.name && s.filename == t.filename)
}

fn leaves(vm: &Vm, e: &Value, out: &mut Vec<Value>, depth: u32) {
    if is_group(vm, e) {
        if depth > 400 {
            return;
        }
        for x in group_excs(e) {
            leaves(vm, &x, out, depth + 1);
        }
    } else {
        out.push(e.clone());
    }
}

/// _PyExc_PrepReraiseStar: what an `except*` statement raises again, from the
/// original exception and what its clauses left (raised in handlers, then the
/// unmatched rest); None when nothing is left.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    let excs: Vec<Value> = excs.into_iter().filter(|e| !e.is_none()).collect();
    if excs.is_empty() {
        return Ok(None);
    }
    if !is_group(vm, orig) {
        // A naked exception: only one clause could run.
        return Ok(excs.into_iter().next());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs {
        if same_metadata(&e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = Vec::new();
    for e in &reraised {
        leaves(vm, e, &mut ids, 0);
    }
    let reraised_eg = if ids.is_empty() {
        None
    } else {
        split_rec(vm, orig, &Matcher::Ids(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(reraised_eg);
    }
    raised.extend(reraised_eg);
    if raised.len() == 1 {
        return Ok(raised.pop());
    }
    Ok(Some(new_group(vm, Value::str(""), Value::list(raised))?))
}
