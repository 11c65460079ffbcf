//! The builtins `dir`, `globals`, `locals` (and `vars()` with no argument):
//! CPython 3.11's results, with the names of built-in types from tables
//! generated from CPython (`dirtables.rs`, `tools/gen_dirtables.py`).

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::dirtables as t;
use crate::types::Builtin;
use crate::value::{Class, DictObj, Key, NativeFn, Value};
use crate::vm::{PyResult, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(crate::value::Str, Value)];

fn no_args(vm: &Vm, n: &NativeFn, a: Args) -> PyResult<()> {
    if a.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "{}() takes no arguments ({} given)",
            n.name,
            a.len()
        )))
    }
}

/// `globals()`: the running frame's module dict itself (writes define globals).
pub fn b_globals(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    no_args(vm, n, a)?;
    Ok(Value::Dict(current_globals(vm)))
}

fn current_globals(vm: &Vm) -> Rc<DictObj> {
    match vm.frames.last() {
        Some(f) => f.globals.clone(),
        None => vm.main_module.clone().expect("a module"),
    }
}

/// `locals()`: the module's dict at module level, the namespace being built
/// in a class body, and in a function a new dict of its bound local
/// variables (CPython's order: co_varnames, then the other cell variables,
/// then the free variables).
pub fn b_locals(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    no_args(vm, n, a)?;
    Ok(Value::Dict(current_locals(vm)))
}

pub fn current_locals(vm: &Vm) -> Rc<DictObj> {
    let Some(f) = vm.frames.last() else {
        return current_globals(vm);
    };
    if let Some(ns) = &f.ns {
        return ns.clone();
    }
    let code = &f.code;
    if code.kind == crate::code::CodeKind::Module {
        return f.globals.clone();
    }
    let out = crate::lines::bound_locals(f)
        .into_iter()
        .map(|(k, v)| (Key(Value::Str(k)), v))
        .collect();
    DictObj::new(out)
}

/// `dir()`, `dir(obj)`.
pub fn b_dir(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error(format!("dir expected at most 1 argument, got {}", a.len())));
    }
    let Some(obj) = a.first() else {
        let d = current_locals(vm);
        let mut keys: Vec<Value> = d.map.borrow().iter().map(|(k, _)| k.0.clone()).collect();
        vm.sort_values(&mut keys, None, false)?;
        return Ok(Value::list(keys));
    };
    // A `__dir__` of the program's: its result, sorted.
    if let Value::Instance(i) = obj {
        let cls = i.class.borrow().clone();
        let user_dir = cls
            .mro
            .borrow()
            .iter()
            .take_while(|c| !(is_asyncio(c) || c.builtin.is_some() && is_builtin_type(c)))
            .any(|c| c.dict.borrow().get("__dir__").is_some());
        if user_dir {
            let f = vm.get_attr(obj, "__dir__")?;
            let r = vm.call_value(&f, Vec::new(), Vec::new())?;
            let mut items = vm.iterate(&r)?;
            vm.sort_values(&mut items, None, false)?;
            return Ok(Value::list(items));
        }
    }
    let names = names_of(vm, obj);
    Ok(Value::list(
        names.into_iter().map(|s| Value::Str(Rc::from(s))).collect(),
    ))
}

fn is_asyncio(c: &Class) -> bool {
    matches!(&*c.name, "Task" | "Future")
        && matches!(c.module(), Some(Value::Str(m)) if &*m == "_asyncio")
}

/// What a named tuple class adds to tuple's names.
const NAMEDTUPLE: &[&str] = &[
    "__match_args__",
    "__module__",
    "__slots__",
    "_asdict",
    "_field_defaults",
    "_fields",
    "_make",
    "_replace",
];

/// A built-in type (a program's exception classes have `builtin` set too).
fn is_builtin_type(c: &Class) -> bool {
    c.builtin != Some(Builtin::Exception)
        || matches!(c.module(), Some(Value::Str(m)) if &*m == "builtins")
}

/// The names of `name` in a table of `dirtables` (one string of names).
fn table(list: &'static [(&'static str, &'static str)], name: &str) -> Option<&'static str> {
    list.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// The names of a `dirtables` string, as `String`s.
fn names(list: &'static str) -> impl Iterator<Item = String> {
    list.split_ascii_whitespace().map(String::from)
}

/// The names `dir` lists for an instance of (or the class) `cls`.
fn class_names(cls: &Rc<Class>, out: &mut BTreeSet<String>) {
    let mro = cls.mro.borrow().clone();
    let mut user = false;
    for c in &mro {
        if is_asyncio(c) {
            out.extend(names(if &*c.name == "Task" {
                t::TASK
            } else {
                t::FUTURE
            }));
            if user {
                out.insert("__dict__".into());
                out.insert("__weakref__".into());
            }
            return;
        }
        if c.dict.borrow().get("_nt_").is_some() {
            // A named tuple (the prelude's class; CPython's is a tuple subclass
            // with its fields as properties).
            out.extend(names(table(t::TYPES, "tuple").unwrap_or("")));
            out.extend(NAMEDTUPLE.iter().map(|s| s.to_string()));
            if let Some(Value::Tuple(fields)) = c.dict.borrow().get("_fields") {
                for f in fields.iter() {
                    if let Value::Str(f) = f {
                        out.insert(f.to_string());
                    }
                }
            }
            if user {
                out.insert("__dict__".into());
            }
            return;
        }
        match c.builtin.filter(|_| is_builtin_type(c)) {
            None => {
                user = true;
                for k in c.dict.borrow().keys() {
                    if &**k != "__qualname__" {
                        out.insert(k.to_string());
                    }
                }
                out.insert("__module__".into());
                out.insert("__doc__".into());
            }
            Some(b) => {
                let (base, sub): (&'static str, &str) = if b == Builtin::Exception {
                    out.extend(names(t::BASE_EXCEPTION));
                    (
                        table(t::EXCEPTION_EXTRA, &c.name).unwrap_or(""),
                        "BaseException",
                    )
                } else {
                    match table(t::TYPES, &c.name) {
                        Some(v) => (v, &*c.name),
                        None => {
                            // A type with no table: object's names and its own.
                            for k in c.dict.borrow().keys() {
                                out.insert(k.to_string());
                            }
                            (table(t::TYPES, "object").unwrap_or(""), "object")
                        }
                    }
                };
                out.extend(names(base));
                if user {
                    out.extend(names(
                        table(t::SUBCLASS_EXTRA, sub).unwrap_or("__dict__ __weakref__"),
                    ));
                }
                return;
            }
        }
    }
}

fn names_of(vm: &mut Vm, obj: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    match obj {
        Value::Module(m) => {
            for (k, _) in m.dict.map.borrow().iter() {
                if let Value::Str(s) = &k.0 {
                    out.insert(s.to_string());
                }
            }
        }
        Value::Class(c) => class_names(c, &mut out),
        Value::Instance(i) => {
            let cls = i.class.borrow().clone();
            let builtin_like = cls
                .mro
                .borrow()
                .iter()
                .any(|c| is_asyncio(c) || c.dict.borrow().get("_nt_").is_some());
            if !builtin_like {
                for k in i.dict.borrow().keys() {
                    out.insert(k.to_string());
                }
            }
            class_names(&cls, &mut out);
        }
        v => {
            if let Value::Func(f) = v {
                if let Some(d) = &*f.dict.borrow() {
                    for (k, _) in d.map.borrow().iter() {
                        if let Value::Str(s) = &k.0 {
                            out.insert(s.to_string());
                        }
                    }
                }
            }
            if let Value::Class(c) = vm.class_of(v) {
                class_names(&c, &mut out);
            }
        }
    }
    out
}
