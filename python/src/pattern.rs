//! The `match` statement's patterns at run time (PEP 634, as CPython 3.11's
//! MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS and the compiler's
//! pattern code).
//!
//! The compiler (`compile.rs`, `pattern_desc`) turns a case's pattern into a
//! constant: nested tuples, one per pattern node, `(kind, ...)` (the `K_*`
//! below). The case's value expressions (literals, dotted names, the classes
//! of class patterns, mapping keys) are evaluated before the match, in the
//! order they appear, and given here as `vals`; captured names are slots of
//! `caps`, which the compiled code then stores in order.

use crate::ast::CmpOp;
use crate::types::{Builtin, ExcKind};
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub const K_VALUE: i64 = 0;
pub const K_SINGLETON: i64 = 1;
pub const K_SEQUENCE: i64 = 2;
pub const K_STAR: i64 = 3;
pub const K_MAPPING: i64 = 4;
pub const K_CLASS: i64 = 5;
pub const K_AS: i64 = 6;
pub const K_OR: i64 = 7;

/// A case: `desc` is `(number of values, number of captures, pattern)`.
/// Returns the captured values (in the compiler's order), or None if the
/// subject does not match.
pub fn match_case(
    vm: &mut Vm,
    desc: &Value,
    subject: &Value,
    vals: &[Value],
) -> PyResult<Option<Vec<Value>>> {
    let d = items(desc);
    let mut caps = vec![Value::None; int(&d[1])];
    Ok(matches(vm, &d[2], subject, vals, &mut caps)?.then_some(caps))
}

/// How many values a case's `desc` reads from the stack.
pub fn nvals(desc: &Value) -> usize {
    items(desc).first().map_or(0, int)
}

fn items(v: &Value) -> &[Value] {
    match v {
        Value::Tuple(t) => t,
        _ => &[],
    }
}

fn int(v: &Value) -> usize {
    match v {
        Value::Int(i) => *i as usize,
        _ => 0,
    }
}

/// A slot index, or None for -1 (a wildcard).
fn slot(v: &Value) -> Option<usize> {
    match v {
        Value::Int(i) if *i >= 0 => Some(*i as usize),
        _ => None,
    }
}

fn is_a(vm: &Vm, v: &Value, b: Builtin) -> bool {
    match vm.class_of(v) {
        Value::Class(c) => c.is_subclass(&vm.types.cls(b)),
        _ => false,
    }
}

/// The `collections` prelude's stand-ins for C types that are sequences or
/// mappings in CPython though not tuple/dict subclasses here: a namedtuple
/// class (its `_nt_` marker), `Counter`, `OrderedDict`.
fn is_namedtuple(vm: &Vm, v: &Value) -> bool {
    matches!(vm.class_of(v), Value::Class(c) if c.lookup("_nt_").is_some())
}

fn is_prelude_mapping(vm: &Vm, v: &Value) -> bool {
    let Value::Class(c) = vm.class_of(v) else {
        return false;
    };
    let mro = c.mro.borrow();
    std::iter::once(&c).chain(mro.iter()).any(|k| {
        matches!(&*k.name, "Counter" | "OrderedDict")
            && matches!(k.module(), Some(Value::Str(m)) if &*m == "collections")
    })
}

fn matches(
    vm: &mut Vm,
    p: &Value,
    subj: &Value,
    vals: &[Value],
    caps: &mut [Value],
) -> PyResult<bool> {
    let t = items(p);
    let Value::Int(kind) = t[0] else {
        return Ok(false);
    };
    match kind {
        K_VALUE => {
            let r = vm.compare(CmpOp::Eq, subj, &vals[int(&t[1])])?;
            vm.truthy(&r)
        }
        K_SINGLETON => Ok(match (&t[1], subj) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            _ => false,
        }),
        K_SEQUENCE => sequence(vm, items(&t[1]), slot(&t[2]), subj, vals, caps),
        K_MAPPING => mapping(vm, t, subj, vals, caps),
        K_CLASS => class(vm, t, subj, vals, caps),
        K_AS => {
            if !matches!(t[1], Value::None) && !matches(vm, &t[1], subj, vals, caps)? {
                return Ok(false);
            }
            if let Some(i) = slot(&t[2]) {
                caps[i] = subj.clone();
            }
            Ok(true)
        }
        K_OR => {
            for alt in items(&t[1]) {
                if matches(vm, alt, subj, vals, caps)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Ok(false),
    }
}

/// `[p, q, *r, s]`: a sequence (not str, bytes or a mapping) of the right
/// length, its items matched in order.
fn sequence(
    vm: &mut Vm,
    subs: &[Value],
    star: Option<usize>,
    subj: &Value,
    vals: &[Value],
    caps: &mut [Value],
) -> PyResult<bool> {
    let is_seq = [
        Builtin::List,
        Builtin::Tuple,
        Builtin::Range,
        Builtin::Deque,
    ]
    .into_iter()
    .any(|b| is_a(vm, subj, b))
        || is_namedtuple(vm, subj);
    if !is_seq {
        return Ok(false);
    }
    let n = vm.len(subj)?;
    let ok = match star {
        None => n == subs.len(),
        Some(_) => n + 1 >= subs.len(),
    };
    if !ok {
        return Ok(false);
    }
    let all = vm.iterate(subj)?;
    // Without a star: all before it, none after.
    let (before, after) = star.map_or((subs.len(), 0), |s| (s, subs.len() - s - 1));
    let mid_end = all.len() - after;
    if !all_match(vm, subs[..before].iter().zip(&all[..before]), vals, caps)? {
        return Ok(false);
    }
    if let Some(i) = star.and_then(|s| slot(&items(&subs[s])[1])) {
        caps[i] = Value::list(all[before..mid_end].to_vec());
    }
    all_match(
        vm,
        subs[subs.len() - after..].iter().zip(&all[mid_end..]),
        vals,
        caps,
    )
}

/// Each sub-pattern against its value, in order, up to the first that fails.
fn all_match<'a>(
    vm: &mut Vm,
    pairs: impl Iterator<Item = (&'a Value, &'a Value)>,
    vals: &[Value],
    caps: &mut [Value],
) -> PyResult<bool> {
    for (p, v) in pairs {
        if !matches(vm, p, v, vals, caps)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `{k: p, **rest}` (`t`: kind, key value indexes, patterns, rest slot).
fn mapping(
    vm: &mut Vm,
    t: &[Value],
    subj: &Value,
    vals: &[Value],
    caps: &mut [Value],
) -> PyResult<bool> {
    if !is_a(vm, subj, Builtin::Dict) && !is_prelude_mapping(vm, subj) {
        return Ok(false);
    }
    let (keys, subs, rest) = (items(&t[1]), items(&t[2]), slot(&t[3]));
    if keys.is_empty() && rest.is_none() {
        return Ok(true);
    }
    if !keys.is_empty() && vm.len(subj)? < keys.len() {
        return Ok(false);
    }
    // MATCH_KEYS: every value through the mapping's `get`, duplicates refused.
    let keys: Vec<Value> = keys.iter().map(|k| vals[int(k)].clone()).collect();
    let get = vm.get_attr(subj, "get")?;
    let dummy = Value::tuple_of([Value::None, Value::None, Value::None]);
    let mut got = Vec::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        for seen in &keys[..i] {
            if vm.eq(seen, k)? {
                let r = vm.repr(k)?;
                return Err(vm.err(
                    ExcKind::ValueError,
                    format!("mapping pattern checks duplicate key ({r})"),
                ));
            }
        }
        let v = vm.call_value(&get, vec![k.clone(), dummy.clone()], vec![])?;
        if let (Value::Tuple(a), Value::Tuple(b)) = (&v, &dummy) {
            if Rc::ptr_eq(a, b) {
                return Ok(false);
            }
        }
        got.push(v);
    }
    if !all_match(vm, subs.iter().zip(&got), vals, caps)? {
        return Ok(false);
    }
    if let Some(i) = rest {
        let dict = Value::Class(vm.types.cls(Builtin::Dict));
        let d = vm.call_value(&dict, vec![subj.clone()], vec![])?;
        for k in &keys {
            vm.del_item(&d, k)?;
        }
        caps[i] = d;
    }
    Ok(true)
}

/// `Cls(p, attr=q)` (`t`: kind, class value index, positional patterns,
/// keyword names, keyword patterns): MATCH_CLASS.
fn class(
    vm: &mut Vm,
    t: &[Value],
    subj: &Value,
    vals: &[Value],
    caps: &mut [Value],
) -> PyResult<bool> {
    let cls = &vals[int(&t[1])];
    let (subs, names, kwsubs) = (items(&t[2]), items(&t[3]), items(&t[4]));
    let Value::Class(c) = cls else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    let Value::Class(sc) = vm.class_of(subj) else {
        return Ok(false);
    };
    if !sc.is_subclass(c) {
        return Ok(false);
    }
    let mut attrs: Vec<Value> = Vec::with_capacity(subs.len() + names.len());
    let mut seen: Vec<Str> = Vec::new();
    if !subs.is_empty() {
        let match_self = [
            Builtin::Bool,
            Builtin::Bytes,
            Builtin::Dict,
            Builtin::Float,
            Builtin::FrozenSet,
            Builtin::Int,
            Builtin::List,
            Builtin::Set,
            Builtin::Str,
            Builtin::Tuple,
        ]
        .into_iter()
        .any(|b| c.is_subclass(&vm.types.cls(b)));
        let match_args = match vm.get_attr(cls, "__match_args__") {
            Ok(v) => Some(v),
            Err(e) if vm.exc_is(&e.exc, ExcKind::AttributeError) => None,
            Err(e) => return Err(e),
        };
        let (names_pos, allowed) = match match_args {
            Some(Value::Tuple(ts)) => {
                let n = ts.len();
                (Some(ts), n)
            }
            Some(other) => {
                let tn = vm.type_name(&other);
                return Err(vm.type_error(format!(
                    "{}.__match_args__ must be a tuple (got {tn})",
                    c.name
                )));
            }
            None if match_self => (None, 1),
            None => (None, 0),
        };
        if allowed < subs.len() {
            return Err(vm.type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{} ({} given)",
                c.name,
                if allowed == 1 { "" } else { "s" },
                subs.len()
            )));
        }
        match names_pos {
            None => attrs.push(subj.clone()),
            Some(ts) => {
                for name in ts.iter().take(subs.len()) {
                    let Value::Str(name) = name else {
                        let tn = vm.type_name(name);
                        return Err(vm.type_error(format!(
                            "__match_args__ elements must be strings (got {tn})"
                        )));
                    };
                    match class_attr(vm, c, subj, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(false),
                    }
                }
            }
        }
    }
    for name in names {
        let Value::Str(name) = name else {
            continue;
        };
        match class_attr(vm, c, subj, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(false),
        }
    }
    all_match(vm, subs.iter().chain(kwsubs).zip(&attrs), vals, caps)
}

/// One attribute of a class pattern (`match_class_attr`): None when the
/// subject has no such attribute (the case fails).
fn class_attr(
    vm: &mut Vm,
    c: &Class,
    subj: &Value,
    name: &Str,
    seen: &mut Vec<Str>,
) -> PyResult<Option<Value>> {
    if seen.iter().any(|s| s == name) {
        let r = vm.repr(&Value::Str(name.clone()))?;
        return Err(vm.type_error(format!(
            "{}() got multiple sub-patterns for attribute {r}",
            c.name
        )));
    }
    seen.push(name.clone());
    match vm.get_attr(subj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.exc_is(&e.exc, ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}
