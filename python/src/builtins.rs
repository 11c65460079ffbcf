//! Built-in functions, constructors of the built-in types, `repr`/`str`/
//! `format`, and the methods of built-in values.

use crate::format as fmt;
use crate::omap::OMap;
use crate::ops::{bind, to_big};
use crate::types::{Builtin, ExcKind};
use crate::value::*;
use crate::vm::*;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Str, Value)];

pub fn native(name: &str, f: NativeFnPtr) -> Value {
    Value::Native(Rc::new(NativeFn {
        name: Rc::from(name),
        f,
        data: Value::None,
    }))
}

pub fn kwarg<'a>(kw: Kw<'a>, name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

pub fn no_kw(vm: &Vm, n: &NativeFn, kw: Kw) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", n.name)));
    }
    Ok(())
}

/// Argument Clinic's "f() takes at most N arguments (M given)".
fn clinic_most(vm: &Vm, name: &str, a: Args, most: usize) -> PyResult<()> {
    if a.len() > most {
        let s = if most == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {most} argument{s} ({} given)",
            a.len()
        )));
    }
    Ok(())
}

fn nargs(vm: &Vm, n: &NativeFn, a: Args, lo: usize, hi: usize) -> PyResult<()> {
    if a.len() < lo || a.len() > hi {
        let name = &n.name;
        let msg = if lo == hi {
            if lo == 0 {
                format!("{name}() takes no arguments ({} given)", a.len())
            } else if lo == 1 {
                format!("{name}() takes exactly one argument ({} given)", a.len())
            } else {
                format!("{name} expected {lo} arguments, got {}", a.len())
            }
        } else if a.len() < lo {
            format!(
                "{name} expected at least {lo} argument{}, got {}",
                if lo == 1 { "" } else { "s" },
                a.len()
            )
        } else {
            format!(
                "{name} expected at most {hi} argument{}, got {}",
                if hi == 1 { "" } else { "s" },
                a.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

pub fn ascii(repr: &str) -> String {
    fmt::ascii_of_repr(repr)
}

// ---------------------------------------------------------------- repr / str

impl Vm {
    fn enter_native(&self) -> PyResult<()> {
        self.enter_native_for("repr")
    }
    /// CPython's `_Py_EnterRecursiveCall(" while getting the {what} of an object")`.
    fn enter_native_for(&self, what: &str) -> PyResult<()> {
        let d = self.native_depth.get();
        if d > 400 || self.native_stack_nearly_exhausted(16 * 1024) {
            return Err(self.err(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded while getting the {what} of an object"),
            ));
        }
        self.native_depth.set(d + 1);
        Ok(())
    }
    fn leave_native(&self) {
        self.native_depth.set(self.native_depth.get() - 1);
    }

    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => fmt::int_to_str_checked(b).map_err(|e| self.fmt_err(e))?,
            Value::Float(f) => fmt::float_repr(*f),
            Value::Str(s) => fmt::py_str_repr(s),
            Value::Bytes(b) => bytes_repr(b),
            Value::Tuple(_) if self.repr_active(v) => "(...)".into(),
            Value::Tuple(t) => {
                self.enter_native()?;
                self.repr_stack.borrow_mut().push(v.id());
                let r = self.seq_repr(t, "(", ")");
                self.repr_stack.borrow_mut().pop();
                self.leave_native();
                let mut s = r?;
                if t.len() == 1 {
                    s.insert(s.len() - 1, ',');
                }
                s
            }
            Value::List(l) if self.repr_active(v) => "[...]".into(),
            Value::Deque(_) if self.repr_active(v) => "[...]".into(),
            Value::Dict(_) if self.repr_active(v) => "{...}".into(),
            Value::Set(s) if self.repr_active(v) => {
                format!("{}(...)", if s.frozen { "frozenset" } else { "set" })
            }
            Value::List(_) | Value::Deque(_) | Value::Dict(_) | Value::Set(_) => {
                // Py_ReprEnter: a container inside itself prints as `[...]`.
                self.repr_stack.borrow_mut().push(v.id());
                let r = self.repr_container(v);
                self.repr_stack.borrow_mut().pop();
                r?
            }
            _ => return self.repr_other(v),
        })
    }

    fn repr_active(&self, v: &Value) -> bool {
        self.repr_stack.borrow().contains(&v.id())
    }

    fn repr_container(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::List(l) => {
                let items = l.borrow().clone();
                self.enter_native()?;
                let r = self.seq_repr(&items, "[", "]");
                self.leave_native();
                r?
            }
            Value::Deque(d) => {
                let items: Vec<Value> = d.borrow().items.iter().cloned().collect();
                let ml = d.borrow().maxlen;
                self.enter_native()?;
                let r = self.seq_repr(&items, "deque([", "])");
                self.leave_native();
                let s = r?;
                match ml {
                    Some(m) => format!("{}, maxlen={})", &s[..s.len() - 1], m),
                    None => s,
                }
            }
            Value::Dict(d) => {
                let items: Vec<(Value, Value)> = d
                    .map
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.0.clone(), v.clone()))
                    .collect();
                self.enter_native()?;
                let mut out = String::from("{");
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let kr = self.repr(k);
                    let kr = match kr {
                        Ok(s) => s,
                        Err(e) => {
                            self.leave_native();
                            return Err(e);
                        }
                    };
                    out.push_str(&kr);
                    out.push_str(": ");
                    match self.repr(v) {
                        Ok(s) => out.push_str(&s),
                        Err(e) => {
                            self.leave_native();
                            return Err(e);
                        }
                    }
                }
                self.leave_native();
                out.push('}');
                match &d.default {
                    Some(f) => {
                        let fr = self.repr(&f.clone())?;
                        format!("defaultdict({fr}, {out})")
                    }
                    None => out,
                }
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.set.borrow().iter().map(|k| k.0.clone()).collect();
                if items.is_empty() {
                    return Ok(if s.frozen {
                        "frozenset()".into()
                    } else {
                        "set()".into()
                    });
                }
                self.enter_native()?;
                let r = self.seq_repr(&items, "{", "}");
                self.leave_native();
                let r = r?;
                if s.frozen {
                    format!("frozenset({r})")
                } else {
                    r
                }
            }
            _ => unreachable!("a container"),
        })
    }

    fn repr_other(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Range(r) => {
                let (start, stop, step) = r.bounds();
                if step == BigInt::from(1) {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Value::Slice(s) => {
                let s = s.clone();
                format!(
                    "slice({}, {}, {})",
                    self.repr(&s[0])?,
                    self.repr(&s[1])?,
                    self.repr(&s[2])?
                )
            }
            Value::Func(f) => format!("<function {} at 0x{:x}>", f.qualname.borrow(), v.id()),
            Value::Native(n) if crate::dunders::is_wrapper(n) => format!(
                "<slot wrapper '{}' of '{}' objects>",
                n.name,
                crate::dunders::wrapper_owner(n)
            ),
            Value::Native(n) => format!("<built-in function {}>", n.name),
            Value::NativeMethod(m) if crate::dunders::is_method_wrapper(m) => format!(
                "<method-wrapper '{}' of {} object at 0x{:x}>",
                m.1.name,
                self.type_name(&m.0),
                m.0.id()
            ),
            Value::NativeMethod(m) => format!(
                "<built-in method {} of {} object at 0x{:x}>",
                m.1.name,
                self.type_name(&m.0),
                m.0.id()
            ),
            Value::Method(m) => {
                let fname = match &m.1 {
                    Value::Func(f) => f.qualname.borrow().to_string(),
                    _ => "?".into(),
                };
                let r = self.repr(&m.0.clone())?;
                format!("<bound method {fname} of {r}>")
            }
            Value::Class(c) => {
                let module = match c.module() {
                    Some(Value::Str(m)) => m.to_string(),
                    _ => "builtins".into(),
                };
                if module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", module, c.qualname)
                }
            }
            Value::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = cls.lookup_name(&crate::name!("__repr__")) {
                    return self.call_str_slot(f, v, "__repr__");
                }
                if inst.exc.is_some() {
                    let args = inst
                        .exc
                        .as_ref()
                        .map(|e| e.borrow().args.clone())
                        .unwrap_or_default();
                    let inner = if args.len() == 1 {
                        self.repr(&args[0])?
                    } else {
                        let r = self.repr(&Value::tuple(args))?;
                        r[1..r.len() - 1].to_string()
                    };
                    return Ok(format!("{}({})", cls.name, inner));
                }
                default_repr(&cls, v)
            }
            Value::Gen(g) => {
                let what = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{} object {} at 0x{:x}>", what, g.qualname, v.id())
            }
            Value::Module(m) => format!("<module '{}'>", m.name),
            Value::DictView(dv) => {
                let name = ["dict_keys", "dict_values", "dict_items"][dv.1 as usize];
                let items = self.iterate(v)?;
                let l = self.repr(&Value::list(items))?;
                format!("{name}({l})")
            }
            Value::Super(_) => "<super object>".into(),
            Value::Property(_) => format!("<property object at 0x{:x}>", v.id()),
            Value::Iter(it) => {
                // count_repr / repeat_repr.
                let st = match &*it.borrow() {
                    IterObj::Count { n, step } => Some((0, n.clone(), step.clone())),
                    IterObj::Repeat { v, left } => {
                        Some((1, v.clone(), left.map(Value::Int).unwrap_or(Value::None)))
                    }
                    _ => None,
                };
                match st {
                    Some((0, n, step)) => {
                        let r = self.repr(&n)?;
                        if matches!(step, Value::Int(1) | Value::Bool(true)) {
                            format!("count({r})")
                        } else {
                            format!("count({r}, {})", self.repr(&step)?)
                        }
                    }
                    Some((_, x, left)) => {
                        let r = self.repr(&x)?;
                        match left {
                            Value::Int(k) => format!("repeat({r}, {k})"),
                            _ => format!("repeat({r})"),
                        }
                    }
                    None => format!("<{} object at 0x{:x}>", self.type_name(v), v.id()),
                }
            }
            _ => format!("<{} object at 0x{:x}>", self.type_name(v), v.id()),
        })
    }

    fn seq_repr(&mut self, items: &[Value], open: &str, close: &str) -> PyResult<String> {
        let mut out = String::from(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(x)?);
        }
        out.push_str(close);
        Ok(out)
    }

    /// Calls a `__repr__`/`__str__` found on `v`'s class; a result that is not
    /// a str is the TypeError CPython gives, naming `slot`.
    fn call_str_slot(&mut self, f: Value, v: &Value, slot: &str) -> PyResult<String> {
        let f = bind(f, v);
        self.enter_native_for(if slot == "__str__" { "str" } else { "repr" })?;
        let r = self.call_value(&f, vec![], vec![]);
        self.leave_native();
        match r? {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(self.type_error(format!(
                "{slot} returned non-string (type {})",
                self.type_name(&other)
            ))),
        }
    }

    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f) = cls.lookup_name(&crate::name!("__str__")) {
                    return self.call_str_slot(f, v, "__str__");
                }
                if inst.exc.is_some() && cls.lookup_name(&crate::name!("__repr__")).is_none() {
                    return exc_str(self, v);
                }
                if inst.exc.is_some() {
                    return exc_str(self, v);
                }
                // object.__str__ calls the type's repr slot; str() checks what
                // it returned as __str__'s result.
                if let Some(f) = cls.lookup_name(&crate::name!("__repr__")) {
                    return self.call_str_slot(f, v, "__str__");
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let r = match v {
            Value::Str(s) => fmt::format_str(s, spec),
            Value::Int(i) => {
                if spec.is_empty() {
                    return Ok(i.to_string());
                }
                fmt::format_int(&BigInt::from(*i), spec)
            }
            Value::BigInt(b) => fmt::format_int(b, spec),
            Value::Bool(b) => fmt::format_bool(*b, spec),
            Value::Float(f) => fmt::format_float(*f, spec),
            Value::Instance(_) => {
                if let Some(f) = self.special(v, &crate::name!("__format__")) {
                    let r = self.call_value(&f, vec![Value::str(spec)], vec![])?;
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        other => Err(self.type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                let s = self.to_str(v)?;
                if spec.is_empty() {
                    return Ok(s);
                }
                return Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )));
            }
            _ => {
                let s = self.to_str(v)?;
                if spec.is_empty() {
                    return Ok(s);
                }
                return Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )));
            }
        };
        r.map_err(|e| self.fmt_err(e))
    }

    fn percent_arg(&mut self, v: &Value) -> PyResult<fmt::PercentArg> {
        Ok(match v {
            Value::Int(i) => fmt::PercentArg::Int(BigInt::from(*i)),
            Value::BigInt(b) => fmt::PercentArg::Int((**b).clone()),
            Value::Bool(b) => fmt::PercentArg::Bool(*b),
            Value::Float(f) => fmt::PercentArg::Float(*f),
            Value::Str(s) => fmt::PercentArg::Str(s.to_string()),
            other => fmt::PercentArg::Other {
                str_: self.to_str(other)?,
                repr: self.repr(other)?,
                type_name: self.type_name(other),
            },
        })
    }

    pub fn percent_format(&mut self, s: &str, args: &Value) -> PyResult<Value> {
        let r = match args {
            Value::Tuple(t) => {
                let mut pa = Vec::new();
                for x in t.iter() {
                    pa.push(self.percent_arg(x)?);
                }
                fmt::percent_format(s, &pa, None)
            }
            Value::Dict(d) => {
                let mut cache: Vec<(String, fmt::PercentArg)> = Vec::new();
                let keys: Vec<(Key, Value)> = d
                    .map
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                for (k, v) in keys {
                    if let Value::Str(ks) = &k.0 {
                        cache.push((ks.to_string(), self.percent_arg(&v)?));
                    }
                }
                let me = self.percent_arg(args)?;
                let lookup = |name: &str| {
                    cache
                        .iter()
                        .find(|(k, _)| k == name)
                        .map(|(_, v)| v.clone())
                };
                fmt::percent_format(s, &[me], Some(&lookup))
            }
            other => {
                let a = self.percent_arg(other)?;
                fmt::percent_format(s, &[a], None)
            }
        };
        match r {
            Ok(s) => Ok(Value::string(s)),
            Err(e) if e.kind == "KeyError" => {
                Err(self.err_args(ExcKind::KeyError, vec![Value::string(e.msg)]))
            }
            Err(e) => Err(self.fmt_err(e)),
        }
    }

    /// `str.format(*args, **kwargs)`.
    pub fn str_format(
        &mut self,
        s: &str,
        args: &[Value],
        kw: &[(Str, Value)],
        depth: i32,
    ) -> PyResult<String> {
        self.str_format_at(s, args, kw, depth, &mut (0, false, false))
    }

    /// `str_format` with CPython's AutoNumber (next index, manual used, auto
    /// used) shared by the nested specs: `"{:{}}"` numbers the field, then its spec.
    fn str_format_at(
        &mut self,
        s: &str,
        args: &[Value],
        kw: &[(Str, Value)],
        depth: i32,
        st: &mut (usize, bool, bool),
    ) -> PyResult<String> {
        let pieces = fmt::parse_format_string_nested(s, depth).map_err(|e| self.fmt_err(e))?;
        let mut out = String::new();
        for p in pieces {
            let (auto, manual, autoused) = (&mut st.0, &mut st.1, &mut st.2);
            match p {
                fmt::FormatPiece::Lit(l) => out.push_str(&l),
                fmt::FormatPiece::Field { name, conv, spec } => {
                    let (first, rest) =
                        fmt::split_field_name(&name).map_err(|e| self.fmt_err(e))?;
                    let mut v = if first.is_empty() {
                        if *manual {
                            return Err(self.err(
                                ExcKind::ValueError,
                                "cannot switch from manual field specification to automatic field numbering",
                            ));
                        }
                        *autoused = true;
                        let i = *auto;
                        *auto += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                return Err(self.err(
                                    ExcKind::IndexError,
                                    format!(
                                    "Replacement index {i} out of range for positional args tuple"
                                ),
                                ))
                            }
                        }
                    } else if let Ok(i) = first.parse::<usize>() {
                        if *autoused {
                            return Err(self.err(
                                ExcKind::ValueError,
                                "cannot switch from automatic field numbering to manual field specification",
                            ));
                        }
                        *manual = true;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                return Err(self.err(
                                    ExcKind::IndexError,
                                    format!(
                                    "Replacement index {i} out of range for positional args tuple"
                                ),
                                ))
                            }
                        }
                    } else {
                        match kw.iter().find(|(k, _)| **k == *first) {
                            Some((_, v)) => v.clone(),
                            None => {
                                return Err(self.err_args(
                                    ExcKind::KeyError,
                                    vec![Value::string(first.clone())],
                                ))
                            }
                        }
                    };
                    for acc in rest {
                        v = match acc {
                            fmt::FieldAccess::Attr(a) => self.get_attr(&v, &a)?,
                            fmt::FieldAccess::Index(i) => {
                                let idx = match i.parse::<i64>() {
                                    Ok(n) if !i.starts_with('-') && !i.starts_with('+') => {
                                        Value::Int(n)
                                    }
                                    _ => Value::string(i),
                                };
                                self.get_item(&v, &idx)?
                            }
                        };
                    }
                    let v = match conv {
                        Some('r') => Value::string(self.repr(&v)?),
                        Some('s') => Value::string(self.to_str(&v)?),
                        Some('a') => Value::string(ascii(&self.repr(&v)?)),
                        Some(c) => {
                            return Err(self.err(
                                ExcKind::ValueError,
                                format!("Unknown conversion specifier {c}"),
                            ))
                        }
                        None => v,
                    };
                    let spec = if spec.contains('{') {
                        self.str_format_at(&spec, args, kw, depth - 1, st)?
                    } else {
                        spec
                    };
                    out.push_str(&self.format(&v, &spec)?);
                }
            }
        }
        Ok(out)
    }
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::from("b");
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    s
}

pub fn exc_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if vm.exc_is(v, ExcKind::BaseExceptionGroup) {
        return crate::excgroup::group_str(vm, v);
    }
    // OSError's str: "[Errno 2] No such file: 'f.txt'".
    if let Some(os) = exc_data(v).and_then(|d| d.os.clone()) {
        let [errno, strerror, filename, filename2] = *os;
        if !filename.is_none() {
            let (e, s, f) = (
                vm.to_str(&errno)?,
                vm.to_str(&strerror)?,
                vm.repr(&filename)?,
            );
            if !filename2.is_none() {
                let f2 = vm.repr(&filename2)?;
                return Ok(format!("[Errno {e}] {s}: {f} -> {f2}"));
            }
            return Ok(format!("[Errno {e}] {s}: {f}"));
        }
        if !errno.is_none() && !strerror.is_none() {
            return Ok(format!(
                "[Errno {}] {}",
                vm.to_str(&errno)?,
                vm.to_str(&strerror)?
            ));
        }
    }
    let (args, is_key) = match v {
        Value::Instance(i) => {
            let args = i
                .exc
                .as_ref()
                .map(|e| e.borrow().args.clone())
                .unwrap_or_default();
            let key = i
                .class
                .borrow()
                .is_subclass(&vm.types.exc(ExcKind::KeyError));
            (args, key)
        }
        _ => (vec![], false),
    };
    match args.len() {
        0 => Ok(String::new()),
        1 => {
            if is_key {
                vm.repr(&args[0])
            } else {
                vm.to_str(&args[0])
            }
        }
        _ => vm.repr(&Value::tuple(args)),
    }
}

// ---------------------------------------------------------------- exceptions

pub fn exception_attr(vm: &mut Vm, exc: &Value, name: &str) -> PyResult<Option<Value>> {
    let Value::Instance(inst) = exc else {
        return Ok(None);
    };
    if let Some(v) = crate::excgroup::group_attr(vm, exc, name) {
        return Ok(Some(v));
    }
    let Some(d) = &inst.exc else { return Ok(None) };
    let d = d.borrow();
    Ok(match name {
        "args" => Some(Value::tuple(d.args.clone())),
        "__traceback__" => Some(if d.traceback.is_empty() {
            Value::None
        } else {
            Value::Traceback(Rc::new(d.traceback.clone()))
        }),
        "__context__" => Some(d.context.clone().unwrap_or(Value::None)),
        "__cause__" => Some(d.cause.clone().unwrap_or(Value::None)),
        "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
        "errno" | "strerror" | "filename" | "filename2" if vm.exc_is(exc, ExcKind::OSError) => {
            let i = ["errno", "strerror", "filename", "filename2"]
                .iter()
                .position(|n| *n == name)
                .unwrap_or(0);
            Some(d.os.as_ref().map_or(Value::None, |os| os[i].clone()))
        }
        "name" | "path" if vm.exc_is(exc, ExcKind::ImportError) => {
            let i = (name == "path") as usize;
            Some(d.import.as_ref().map_or(Value::None, |p| p[i].clone()))
        }
        "msg" if vm.exc_is(exc, ExcKind::ImportError) => Some(match &d.args[..] {
            [m] => m.clone(),
            _ => Value::None,
        }),
        "value" if vm.exc_is(exc, ExcKind::StopIteration) => {
            Some(d.args.first().cloned().unwrap_or(Value::None))
        }
        "code" if vm.exc_is(exc, ExcKind::SystemExit) => Some(match d.args.len() {
            0 => Value::None,
            1 => d.args[0].clone(),
            _ => Value::tuple(d.args.clone()),
        }),
        "with_traceback" => Some(Value::NativeMethod(Rc::new((
            exc.clone(),
            Rc::new(NativeFn {
                name: Rc::from("with_traceback"),
                f: exc_with_traceback,
                data: Value::None,
            }),
        )))),
        "add_note" => Some(Value::NativeMethod(Rc::new((
            exc.clone(),
            Rc::new(NativeFn {
                name: Rc::from("add_note"),
                f: exc_add_note,
                data: Value::None,
            }),
        )))),
        _ => None,
    })
}

fn exc_with_traceback(_vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    if let (Some(e), Some(tb)) = (a.first(), a.get(1)) {
        if let Some(mut d) = exc_data(e) {
            d.traceback = match tb {
                Value::Traceback(t) => (**t).clone(),
                _ => Vec::new(),
            };
        }
        return Ok(e.clone());
    }
    Ok(Value::None)
}

/// `e.add_note(note)`: appends to `e.__notes__` (a list in the exception's
/// `__dict__`, made by the first note), which the traceback prints.
fn exc_add_note(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let (Some(Value::Instance(inst)), Some(note)) = (a.first(), a.get(1)) else {
        let given = a.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({given} given)"
        )));
    };
    if a.len() > 2 {
        let given = a.len() - 1;
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({given} given)"
        )));
    }
    if !matches!(note, Value::Str(_)) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let notes = inst.dict.borrow().get("__notes__").cloned();
    match notes {
        None => {
            let l = Value::list(vec![note.clone()]);
            inst.dict.borrow_mut().insert(Rc::from("__notes__"), l);
        }
        Some(Value::List(l)) => l.borrow_mut().push(note.clone()),
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

pub fn set_exception_attr(vm: &mut Vm, exc: &Value, name: &str, v: &Value) -> PyResult<bool> {
    let is_import = matches!(name, "name" | "path") && vm.exc_is(exc, ExcKind::ImportError);
    let Some(mut d) = exc_data(exc) else {
        return Ok(false);
    };
    match name {
        "name" | "path" if is_import => {
            let p = d
                .import
                .get_or_insert_with(|| Box::new([Value::None, Value::None]));
            p[(name == "path") as usize] = v.clone();
        }
        "args" => {
            d.args = match v {
                Value::Tuple(t) => t.to_vec(),
                Value::List(l) => l.borrow().clone(),
                other => vec![other.clone()],
            };
        }
        "__traceback__" => {
            d.traceback = match v {
                Value::Traceback(t) => (**t).clone(),
                _ => Vec::new(),
            };
        }
        "__context__" => d.context = if v.is_none() { None } else { Some(v.clone()) },
        "__cause__" => {
            d.cause = if v.is_none() { None } else { Some(v.clone()) };
            d.suppress_context = true;
        }
        "__suppress_context__" => d.suppress_context = matches!(v, Value::Bool(true)),
        _ => return Ok(false),
    }
    Ok(true)
}

/// Class-level attributes of built-in classes (`dict.fromkeys`, `int.from_bytes`, `float.fromhex`...).
pub fn class_attr(vm: &mut Vm, c: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
    match (c.builtin, name) {
        (Some(Builtin::Dict), "fromkeys") => Ok(Some(native("fromkeys", dict_fromkeys))),
        (Some(Builtin::Str), "maketrans") => {
            Ok(Some(native("maketrans", crate::methods::str_maketrans)))
        }
        (Some(Builtin::Float), "fromhex") => {
            Ok(Some(native("fromhex", crate::methods::float_fromhex)))
        }
        (Some(Builtin::Int), "from_bytes") => {
            Ok(Some(native("from_bytes", crate::methods::int_from_bytes)))
        }
        (Some(Builtin::Bytes), "fromhex") => {
            Ok(Some(native("fromhex", crate::methods::bytes_fromhex)))
        }
        // object's own slots, called on the class (`object.__setattr__(self, n, v)`
        // in a `__setattr__` override, `A.__init__`, `object.__eq__(a, b)`).
        (None | Some(Builtin::Object), _) if crate::dunders::class_default(c, name).is_some() => {
            Ok(crate::dunders::class_default(c, name))
        }
        // object.__new__, found through a class that does not define one
        // (datetime's `tzinfo.__new__(cls)`).
        (None | Some(Builtin::Object), "__new__") => Ok(Some(native("__new__", object_new))),
        (Some(Builtin::Object), "__init_subclass__") => {
            Ok(Some(native("__init_subclass__", object_init)))
        }
        (Some(b), _) if b != Builtin::Exception => {
            // Unbound methods of built-in types: `str.upper`, `list.append`…
            if method_names(b).contains(&name) {
                let f = Rc::new(NativeFn {
                    name: Rc::from(name),
                    f: unbound_method,
                    data: Value::Class(c.clone()),
                });
                return Ok(Some(Value::Native(f)));
            }
            let _ = vm;
            Ok(None)
        }
        (Some(Builtin::Exception), "__init__" | "__str__" | "__repr__") => {
            Ok(Some(crate::dunders::exc_slot(c, name)))
        }
        (Some(Builtin::Exception), _) => Ok(crate::dunders::class_default(c, name)),
        (_, "__init__") => Ok(Some(native("__init__", object_init))),
        _ => Ok(None),
    }
}

pub(crate) fn exc_str_fn(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::string(exc_str(vm, &a[0])?))
}
pub(crate) fn exc_repr_fn(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let v = &a[0];
    let name = vm.type_name(v);
    let args = exc_data(v).map(|d| d.args.clone()).unwrap_or_default();
    let inner = if args.len() == 1 {
        vm.repr(&args[0])?
    } else {
        let r = vm.repr(&Value::tuple(args))?;
        r[1..r.len() - 1].to_string()
    };
    Ok(Value::string(format!("{name}({inner})")))
}

fn unbound_method(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let Some(recv) = a.first() else {
        return Err(vm.type_error(format!("unbound method {}() needs an argument", n.name)));
    };
    if let (Value::Class(c), Value::Class(rc)) = (&n.data, vm.class_of(recv)) {
        if !rc.is_subclass(c) {
            return Err(vm.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                n.name,
                c.name,
                vm.type_name(recv)
            )));
        }
    }
    let m = vm.get_attr(recv, &n.name)?;
    vm.call_value(&m, a[1..].to_vec(), kw.to_vec())
}

fn object_init(_vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// `object.__init_subclass__` bound to a class (`super().__init_subclass__(**kw)`):
/// METH_NOARGS, so class keywords nobody took end here.
fn object_init_subclass(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let name = match a.first() {
        Some(Value::Class(c)) => c.name.clone(),
        _ => Rc::from("object"),
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(Value::None)
}

/// A user class's `__new__` (a function in its namespace or a base's).
pub fn user_new(c: &Class) -> Option<Value> {
    match c.lookup_name(&crate::name!("__new__"))? {
        Value::StaticMethod(f) if matches!(*f, Value::Func(_)) => Some((*f).clone()),
        f @ Value::Func(_) => Some(f),
        // A native class's (`time.struct_time`): called with the class first.
        f @ Value::Native(_) => Some(f),
        _ => None,
    }
}

/// `object.__new__(cls)`: a new, empty instance of `cls` (as object_new).
fn object_new(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let Some(first) = a.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Value::Class(c) = first else {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        )));
    };
    if c.builtin.is_some() && c.builtin != Some(Builtin::Object) {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            c.name, c.name
        )));
    }
    if a.len() > 1 || !kw.is_empty() {
        if user_new(c).is_some() {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if c.lookup_name(&crate::name!("__init__")).is_none() {
            return Err(vm.type_error(format!("{}() takes no arguments", c.name)));
        }
    }
    Ok(vm.blank_instance(c))
}

pub(crate) fn exc_init(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    if let Some(e) = a.first() {
        let is_os = vm.exc_is(e, ExcKind::OSError);
        if let Some(mut d) = exc_data(e) {
            d.args = a[1..].to_vec();
            if is_os {
                d.parse_os_args();
            }
        }
    }
    Ok(Value::None)
}

/// The OSError subclass CPython makes for `OSError(errno, strerror, ...)`.
pub fn oserror_subclass(vm: &Vm, args: &[Value]) -> Option<Rc<Class>> {
    if !(2..=5).contains(&args.len()) {
        return None;
    }
    let Value::Int(e) = args[0] else { return None };
    let kind = match e {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        4 => ExcKind::InterruptedError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    };
    Some(vm.types.exc(kind))
}

/// A method found on a built-in base class through `super()`.
pub fn base_method(
    vm: &mut Vm,
    c: &Rc<Class>,
    name: &str,
    inst: &Value,
) -> PyResult<Option<Value>> {
    match (c.builtin, name) {
        (Some(Builtin::Exception), "__init__") => Ok(Some(Value::NativeMethod(Rc::new((
            inst.clone(),
            Rc::new(NativeFn {
                name: Rc::from("__init__"),
                f: exc_init,
                data: Value::None,
            }),
        ))))),
        (Some(Builtin::Exception), "__str__") => Ok(Some(Value::NativeMethod(Rc::new((
            inst.clone(),
            Rc::new(NativeFn {
                name: Rc::from("__str__"),
                f: exc_str_fn,
                data: Value::None,
            }),
        ))))),
        (Some(Builtin::Exception), "__repr__") => Ok(Some(Value::NativeMethod(Rc::new((
            inst.clone(),
            Rc::new(NativeFn {
                name: Rc::from("__repr__"),
                f: exc_repr_fn,
                data: Value::None,
            }),
        ))))),
        // A static method: `super().__new__(cls)`.
        (Some(Builtin::Object), "__new__") => Ok(Some(native("__new__", object_new))),
        // `super().__init_subclass__()`: object's does nothing (and takes nothing).
        (Some(Builtin::Object), "__init_subclass__") => Ok(Some(Value::NativeMethod(Rc::new((
            inst.clone(),
            Rc::new(NativeFn {
                name: Rc::from("__init_subclass__"),
                f: object_init_subclass,
                data: Value::None,
            }),
        ))))),
        // object's slots, bound: `super().__init__()`, `super().__eq__(other)`.
        (Some(_), "__init__") | (Some(Builtin::Object), _) => {
            Ok(crate::dunders::object_bound(inst, name))
        }
        _ => {
            let _ = vm;
            Ok(None)
        }
    }
}

/// object_repr: `<module.qualname object at 0x…>`, without the module for
/// `builtins`.
pub fn default_repr(cls: &Class, v: &Value) -> String {
    match cls.module() {
        Some(Value::Str(m)) if &*m == "builtins" => {
            format!("<{} object at 0x{:x}>", cls.qualname, v.id())
        }
        Some(Value::Str(m)) => format!("<{}.{} object at 0x{:x}>", m, cls.qualname, v.id()),
        _ => format!("<__main__.{} object at 0x{:x}>", cls.qualname, v.id()),
    }
}

// ---------------------------------------------------------------- classes

fn build_class(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let (Some(Value::Func(body)), Some(Value::Str(name))) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let mut bases = Vec::new();
    for b in &a[2..] {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            other => {
                return Err(
                    vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))
                )
            }
        }
    }
    let ns = DictObj::new(OMap::new());
    let mut frame = vm.new_frame(body, Entry::Nested);
    frame.ns = Some(ns.clone());
    vm.frames.push(frame);
    vm.run_nested()?;
    make_class(vm, name.clone(), bases, &ns, kw.to_vec())
}

pub fn make_class(
    vm: &mut Vm,
    name: Str,
    bases: Vec<Rc<Class>>,
    ns: &Rc<DictObj>,
    kw: Vec<(Str, Value)>,
) -> PyResult<Value> {
    let bases = if bases.is_empty() {
        vec![vm.types.cls(Builtin::Object)]
    } else {
        bases
    };
    let builtin = bases.iter().find_map(|b| {
        b.builtin
            .filter(|x| *x == Builtin::Exception || *x != Builtin::Object)
    });
    if let Some(b) = builtin {
        if b != Builtin::Exception {
            return Err(vm.type_error(format!(
                "subclassing the built-in type '{}' is not supported in the playground",
                bases[0].name
            )));
        }
    }
    let mut dict = OMap::new();
    let mut classcell = None;
    let mut qualname = name.clone();
    for (k, v) in ns.map.borrow().iter() {
        if let Value::Str(s) = &k.0 {
            if &**s == "__classcell__" {
                classcell = Some(v.clone());
                continue;
            }
            if &**s == "__qualname__" {
                // type_new takes it out of the namespace: it is the type's own.
                if let Value::Str(q) = v {
                    qualname = q.clone();
                }
                continue;
            }
            dict.insert(s.clone(), v.clone());
        }
    }
    // type_new: a class without a docstring has __doc__ None.
    if dict.get("__doc__").is_none() {
        dict.insert(Rc::from("__doc__"), Value::None);
    }
    // A class that defines __eq__ but not __hash__ is unhashable (type_new sets __hash__ = None).
    if dict.get("__eq__").is_some() && dict.get("__hash__").is_none() {
        dict.insert(Rc::from("__hash__"), Value::None);
    }
    let cls = Rc::new(Class {
        name,
        qualname,
        bases: bases.clone(),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(dict),
        builtin,
        cache: Default::default(),
        fin: Default::default(),
    });
    let mro = crate::types::compute_mro(&cls, &bases);
    *cls.mro.borrow_mut() = mro;
    crate::value::classes_changed();
    if cls.lookup_name(&crate::name!("__del__")).is_some() {
        *cls.fin.borrow_mut() = Some(vm.fin.clone());
    }
    if let Some(Value::Cell(c)) = classcell {
        *c.borrow_mut() = Some(Value::Class(cls.clone()));
    }
    // type_new_set_names: `__set_name__(cls, name)` of each attribute that has one.
    let attrs: Vec<(Str, Value)> = cls
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, v) in attrs {
        if let Some(f) = vm.special(&v, &crate::name!("__set_name__")) {
            let args = vec![Value::Class(cls.clone()), Value::Str(k.clone())];
            if let Err(e) = vm.call_value(&f, args, vec![]) {
                // 3.11 chains a RuntimeError naming the attribute.
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    vm.type_name(&v),
                    vm.repr(&Value::Str(k))?,
                    cls.name
                );
                let err = vm.err(ExcKind::RuntimeError, msg);
                crate::vm::set_cause(&err.exc, Some(e.exc));
                return Err(err);
            }
        }
    }
    // init_subclass: the first base's `__init_subclass__` along the MRO (an
    // implicit class method).
    let parent = cls
        .mro
        .borrow()
        .iter()
        .skip(1)
        .find_map(|c| c.dict.borrow().get("__init_subclass__").cloned());
    if let Some(f) = parent {
        let f = match f {
            Value::ClassMethod(f) => (*f).clone(),
            f => f,
        };
        if matches!(f, Value::Func(_)) {
            vm.call_value(&f, vec![Value::Class(cls.clone())], kw)?;
            return Ok(Value::Class(cls));
        }
    }
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            cls.name
        )));
    }
    Ok(Value::Class(cls))
}

/// Whether class attribute `v` is a descriptor the fast attribute paths must
/// not skip: a property, or an instance whose class has `__get__`, `__set__`
/// or `__delete__`.
pub fn is_descriptor(v: &Value) -> bool {
    match v {
        Value::Property(_) => true,
        Value::Instance(i) => {
            let c = i.class.borrow();
            c.lookup_name(&crate::name!("__get__")).is_some()
                || c.lookup_name(&crate::name!("__set__")).is_some()
                || c.lookup_name(&crate::name!("__delete__")).is_some()
        }
        _ => false,
    }
}

// ---------------------------------------------------------------- constructors

pub fn construct(
    vm: &mut Vm,
    b: Builtin,
    cls: &Rc<Class>,
    a: Vec<Value>,
    kw: Vec<(Str, Value)>,
) -> PyResult<Value> {
    let n = NativeFn {
        name: cls.name.clone(),
        f: object_init,
        data: Value::None,
    };
    let n = &n;
    let kw = &kw[..];
    let a = &a[..];
    // Keywords the constructor does not take (it used to drop them silently).
    let takes: Option<&[&str]> = match b {
        Builtin::Int => Some(&["base"]),
        Builtin::Str => Some(&["object", "encoding", "errors"]),
        Builtin::Float
        | Builtin::List
        | Builtin::Tuple
        | Builtin::Set
        | Builtin::FrozenSet
        | Builtin::Bool => Some(&[]),
        _ => None,
    };
    if let Some(takes) = takes.filter(|_| !kw.is_empty()) {
        if takes.is_empty() {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", cls.name)));
        }
        if let Some((k, _)) = kw.iter().find(|(k, _)| !takes.contains(&&**k)) {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {}()",
                cls.name
            )));
        }
    }
    // Too many positional arguments, in each constructor's parser's words.
    let most = match b {
        Builtin::Int => Some((2, true)),
        Builtin::Str => Some((3, true)),
        Builtin::Enumerate => Some((2, true)),
        Builtin::Float
        | Builtin::List
        | Builtin::Tuple
        | Builtin::Set
        | Builtin::FrozenSet
        | Builtin::Dict => Some((1, false)),
        _ => None,
    };
    if let Some((most, old)) = most.filter(|&(m, _)| a.len() > m) {
        let s = if most == 1 { "" } else { "s" };
        let (name, given) = (&cls.name, a.len());
        return Err(vm.type_error(if old {
            format!("{name}() takes at most {most} argument{s} ({given} given)")
        } else {
            format!("{name} expected at most {most} argument{s}, got {given}")
        }));
    }
    match b {
        Builtin::Int => {
            if a.is_empty() {
                if kwarg(kw, "base").is_some() {
                    return Err(vm.type_error("int() missing string argument"));
                }
                return Ok(Value::Int(0));
            }
            let base = a.get(1).or_else(|| kwarg(kw, "base"));
            match (&a[0], base) {
                (Value::Str(s), base) => {
                    let base = match base {
                        Some(b) => vm.index_of(b)? as u32,
                        None => 10,
                    };
                    match fmt::parse_int_full(s, base) {
                        Ok(v) => Ok(Value::from_bigint(v)),
                        Err(e) => Err(vm.fmt_err(e)),
                    }
                }
                (_, Some(_)) => {
                    Err(vm.type_error("int() can't convert non-string with explicit base"))
                }
                (Value::Int(_) | Value::BigInt(_), None) => Ok(a[0].clone()),
                (Value::Bool(x), None) => Ok(Value::Int(*x as i64)),
                (Value::Float(f), None) => match fmt::float_to_int(*f) {
                    Some(v) => Ok(Value::from_bigint(v)),
                    None => Err(vm.fmt_err(fmt::float_to_int_error(*f))),
                },
                (v, None) => {
                    for m in ["__int__", "__index__"] {
                        if let Some(f) = vm.special(v, &crate::omap::intern(m)) {
                            return vm.call_value(&f, vec![], vec![]);
                        }
                    }
                    Err(vm.type_error(format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                        vm.type_name(v)
                    )))
                }
            }
        }
        Builtin::Float => {
            if !kw.is_empty() {
                return Err(vm.type_error("float() takes no keyword arguments"));
            }
            if a.is_empty() {
                return Ok(Value::Float(0.0));
            }
            match &a[0] {
                Value::Str(s) => match fmt::parse_float(s) {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        let r = vm.repr(&a[0])?;
                        Err(vm.err(
                            ExcKind::ValueError,
                            format!("could not convert string to float: {r}"),
                        ))
                    }
                },
                Value::Float(_) => Ok(a[0].clone()),
                v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                    Ok(Value::Float(vm.to_f64(v)?))
                }
                v => {
                    if let Some(f) = vm.special(v, &crate::name!("__float__")) {
                        return vm.call_value(&f, vec![], vec![]);
                    }
                    Err(vm.type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        vm.type_name(v)
                    )))
                }
            }
        }
        Builtin::Str => {
            if let (true, Some(o)) = (a.is_empty(), kwarg(kw, "object")) {
                let rest: Vec<(Str, Value)> = kw
                    .iter()
                    .filter(|(k, _)| &**k != "object")
                    .cloned()
                    .collect();
                return construct(vm, b, cls, vec![o.clone()], rest);
            }
            if a.is_empty() {
                return Ok(Value::str(""));
            }
            if let (Value::Bytes(b), Some(_)) = (&a[0], a.get(1).or_else(|| kwarg(kw, "encoding")))
            {
                return match std::str::from_utf8(b) {
                    Ok(s) => Ok(Value::str(s)),
                    Err(_) => Err(vm.err(
                        ExcKind::UnicodeDecodeError,
                        "'utf-8' codec can't decode bytes",
                    )),
                };
            }
            Ok(Value::string(vm.to_str(&a[0])?))
        }
        Builtin::Bool if a.len() > 1 => {
            Err(vm.type_error(format!("bool expected at most 1 argument, got {}", a.len())))
        }
        Builtin::Bool => match a.first() {
            Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
            None => Ok(Value::Bool(false)),
        },
        Builtin::List => match a.first() {
            Some(v) => Ok(Value::list(vm.iterate(v)?)),
            None => Ok(Value::list(vec![])),
        },
        Builtin::Tuple => match a.first() {
            Some(Value::Tuple(_)) => Ok(a[0].clone()),
            Some(v) => Ok(Value::tuple(vm.iterate(v)?)),
            None => Ok(Value::tuple(vec![])),
        },
        Builtin::Set | Builtin::FrozenSet => {
            if let (Some(Value::Set(s)), Builtin::FrozenSet) = (a.first(), b) {
                if s.frozen {
                    return Ok(a[0].clone());
                }
            }
            let so = Rc::new(SetObj {
                set: RefCell::new(crate::pyset::PySet::new()),
                frozen: b == Builtin::FrozenSet,
            });
            if let Some(v) = a.first() {
                let arg = vm.set_arg(v)?;
                crate::methods::set_update(&so, &arg);
            }
            Ok(Value::Set(so))
        }
        Builtin::Dict | Builtin::DefaultDict => {
            let mut rest = a;
            let mut default = None;
            if b == Builtin::DefaultDict {
                if let Some(f) = a.first() {
                    if !f.is_none()
                        && !matches!(
                            f,
                            Value::Func(_)
                                | Value::Native(_)
                                | Value::Class(_)
                                | Value::Method(_)
                                | Value::NativeMethod(_)
                        )
                    {
                        return Err(vm.type_error("first argument must be callable or None"));
                    }
                    default = if f.is_none() { None } else { Some(f.clone()) };
                    rest = &a[1..];
                }
            }
            let mut map = OMap::new();
            if let Some(src) = rest.first() {
                match src {
                    Value::Dict(d) => map = d.map.borrow().clone(),
                    // dict_update_arg: an object with keys() is a mapping.
                    Value::Instance(_) if vm.get_attr_opt(src, "keys")?.is_some() => {
                        map.extend(vm.mapping_items(src)?);
                    }
                    other => {
                        for (i, item) in vm.iterate(other)?.into_iter().enumerate() {
                            let (k, v) = crate::methods::update_pair(vm, i, &item)?;
                            let k = vm.key(k)?;
                            map.insert(k, v);
                        }
                    }
                }
            }
            for (k, v) in kw {
                map.insert(Key(Value::Str(k.clone())), v.clone());
            }
            if b == Builtin::DefaultDict {
                return Ok(Value::Dict(Rc::new(DictObj {
                    map: RefCell::new(map),
                    default: Some(default.unwrap_or(Value::None)),
                    owner: None,
                })));
            }
            Ok(Value::Dict(DictObj::new(map)))
        }
        Builtin::Range => {
            no_kw(vm, n, kw)?;
            nargs(
                vm,
                &NativeFn {
                    name: Rc::from("range"),
                    f: object_init,
                    data: Value::None,
                },
                a,
                1,
                3,
            )?;
            let mut ints: Vec<BigInt> = Vec::new();
            for v in a {
                let i = match v {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => to_big(v),
                    _ => vm.index_of(v).ok().map(BigInt::from),
                };
                ints.push(i.ok_or_else(|| {
                    vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(v)
                    ))
                })?);
            }
            let mut ints = ints.into_iter();
            let first = ints.next().unwrap_or_default();
            let (start, stop, step) = match (ints.next(), ints.next()) {
                (None, _) => (BigInt::zero(), first, BigInt::from(1)),
                (Some(b), None) => (first, b, BigInt::from(1)),
                (Some(b), Some(c)) => (first, b, c),
            };
            if step.is_zero() {
                return Err(vm.err(ExcKind::ValueError, "range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(RangeObj::from_big(start, stop, step))))
        }
        Builtin::Slice => {
            if a.is_empty() || a.len() > 3 {
                let msg = if a.is_empty() {
                    "slice expected at least 1 argument, got 0".to_string()
                } else {
                    format!("slice expected at most 3 arguments, got {}", a.len())
                };
                return Err(vm.type_error(msg));
            }
            let (s, e, st) = match a.len() {
                1 => (Value::None, a[0].clone(), Value::None),
                2 => (a[0].clone(), a[1].clone(), Value::None),
                _ => (
                    a[0].clone(),
                    a[1].clone(),
                    a.get(2).cloned().unwrap_or(Value::None),
                ),
            };
            Ok(Value::Slice(Rc::new([s, e, st])))
        }
        Builtin::Bytes => match a.first() {
            None => Ok(Value::Bytes(Rc::from(Vec::new()))),
            Some(Value::Int(n)) => {
                if *n < 0 {
                    return Err(vm.err(ExcKind::ValueError, "negative count"));
                }
                vm.check_alloc(*n as usize / 8)?;
                Ok(Value::Bytes(Rc::from(vec![0u8; *n as usize])))
            }
            Some(Value::Str(s)) => {
                if a.len() < 2 && kwarg(kw, "encoding").is_none() {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                Ok(Value::Bytes(Rc::from(s.as_bytes().to_vec())))
            }
            Some(v) => {
                let items = vm.iterate(v)?;
                let mut out = Vec::new();
                for i in items {
                    let x = vm.index_of(&i)?;
                    if !(0..256).contains(&x) {
                        return Err(vm.err(ExcKind::ValueError, "bytes must be in range(0, 256)"));
                    }
                    out.push(x as u8);
                }
                Ok(Value::Bytes(Rc::from(out)))
            }
        },
        Builtin::Object => Ok(Value::Instance(Rc::new(Instance {
            class: RefCell::new(cls.clone()),
            dict: RefCell::new(crate::attrs::AttrMap::for_class(cls)),
            exc: None,
        }))),
        Builtin::Type => {
            if a.len() == 1 {
                return Ok(vm.class_of(&a[0]));
            }
            if a.len() != 3 {
                return Err(vm.type_error("type() takes 1 or 3 arguments"));
            }
            // type(name, bases, dict): a class made as a class statement makes it.
            let what = ["str", "tuple", "dict"];
            let ok = [
                matches!(a[0], Value::Str(_)),
                matches!(a[1], Value::Tuple(_)),
                matches!(a[2], Value::Dict(_)),
            ];
            if let Some(i) = ok.iter().position(|ok| !ok) {
                return Err(vm.type_error(format!(
                    "type.__new__() argument {} must be {}, not {}",
                    i + 1,
                    what[i],
                    vm.type_name(&a[i])
                )));
            }
            let (Value::Str(name), Value::Tuple(bases), Value::Dict(d)) = (&a[0], &a[1], &a[2])
            else {
                unreachable!()
            };
            let mut classes = Vec::new();
            for b in bases.iter() {
                match b {
                    Value::Class(c) => classes.push(c.clone()),
                    // The base's type is not a type: CPython's metaclass check fails.
                    _ => {
                        return Err(vm.type_error(
                            "metaclass conflict: the metaclass of a derived class must be a \
                             (non-strict) subclass of the metaclasses of all its bases",
                        ))
                    }
                }
            }
            let mut ns = d.map.borrow().clone();
            let module = Key(Value::str("__module__"));
            if ns.get(&module).is_none() {
                // type_new: the calling frame's module.
                let caller = vm.frames.last().and_then(|f| {
                    f.globals
                        .map
                        .borrow()
                        .get(&Key(Value::str("__name__")))
                        .cloned()
                });
                if let Some(m) = caller {
                    ns.insert(module, m);
                }
            }
            make_class(vm, name.clone(), classes, &DictObj::new(ns), Vec::new())
        }
        Builtin::Property => {
            let g = a
                .first()
                .or_else(|| kwarg(kw, "fget"))
                .cloned()
                .unwrap_or(Value::None);
            let s = a
                .get(1)
                .or_else(|| kwarg(kw, "fset"))
                .cloned()
                .unwrap_or(Value::None);
            let d = a
                .get(2)
                .or_else(|| kwarg(kw, "fdel"))
                .cloned()
                .unwrap_or(Value::None);
            Ok(Value::Property(Rc::new([g, s, d])))
        }
        Builtin::StaticMethod => Ok(Value::StaticMethod(Rc::new(
            a.first().cloned().unwrap_or(Value::None),
        ))),
        Builtin::ClassMethod => Ok(Value::ClassMethod(Rc::new(
            a.first().cloned().unwrap_or(Value::None),
        ))),
        Builtin::Super => super_new(vm, a),
        Builtin::Deque => {
            let maxlen = match a.get(1).or_else(|| kwarg(kw, "maxlen")) {
                None | Some(Value::None) => None,
                Some(v) => {
                    let m = vm.index_of(v)?;
                    if m < 0 {
                        return Err(vm.err(ExcKind::ValueError, "maxlen must be non-negative"));
                    }
                    Some(m as usize)
                }
            };
            let mut items: VecDeque<Value> = match a.first().or_else(|| kwarg(kw, "iterable")) {
                Some(v) => vm.iterate(v)?.into(),
                None => VecDeque::new(),
            };
            if let Some(m) = maxlen {
                while items.len() > m {
                    items.pop_front();
                }
            }
            Ok(Value::Deque(Rc::new(RefCell::new(DequeObj {
                items,
                maxlen,
                state: 0,
            }))))
        }
        Builtin::Enumerate => {
            let src = a
                .first()
                .or_else(|| kwarg(kw, "iterable"))
                .cloned()
                .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable'"))?;
            let it = vm.get_iter(&src)?;
            let start = a
                .get(1)
                .or_else(|| kwarg(kw, "start"))
                .cloned()
                .unwrap_or(Value::Int(0));
            Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Enumerate {
                it,
                n: start,
            }))))
        }
        Builtin::Zip => {
            let mut its = Vec::new();
            for v in a {
                its.push(vm.get_iter(v)?);
            }
            let strict = matches!(kwarg(kw, "strict"), Some(Value::Bool(true)));
            Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Zip {
                its,
                strict,
            }))))
        }
        Builtin::Map => {
            if a.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let mut its = Vec::new();
            for v in &a[1..] {
                its.push(vm.get_iter(v)?);
            }
            Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Map {
                f: a[0].clone(),
                its,
            }))))
        }
        Builtin::Filter => {
            nargs(
                vm,
                &NativeFn {
                    name: Rc::from("filter"),
                    f: object_init,
                    data: Value::None,
                },
                a,
                2,
                2,
            )?;
            let it = vm.get_iter(&a[1])?;
            Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Filter {
                f: a[0].clone(),
                it,
            }))))
        }
        Builtin::Reversed => {
            if a.len() != 1 {
                return Err(vm.type_error(format!("reversed expected 1 argument, got {}", a.len())));
            }
            let v = a.first().cloned().unwrap_or(Value::None);
            match &v {
                Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Range(_)
                | Value::Deque(_) => {
                    let seq = match &v {
                        Value::Str(s) => {
                            Value::list(s.chars().map(|c| Value::string(c.to_string())).collect())
                        }
                        Value::Range(_) | Value::Deque(_) => Value::list(vm.iterate(&v)?),
                        _ => v.clone(),
                    };
                    let len = match &seq {
                        Value::List(l) => l.borrow().len(),
                        Value::Tuple(t) => t.len(),
                        _ => 0,
                    };
                    Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Reversed {
                        seq,
                        i: len,
                    }))))
                }
                Value::Instance(_) => {
                    if let Some(f) = vm.special(&v, &crate::name!("__reversed__")) {
                        return vm.call_value(&f, vec![], vec![]);
                    }
                    // Else the sequence protocol, or it is not reversible.
                    if vm.special(&v, &crate::name!("__len__")).is_none()
                        || vm.special(&v, &crate::name!("__getitem__")).is_none()
                    {
                        return Err(vm.type_error(format!(
                            "'{}' object is not reversible",
                            vm.type_name(&v)
                        )));
                    }
                    let items = vm.iterate(&v)?;
                    let n = items.len();
                    Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Reversed {
                        seq: Value::list(items),
                        i: n,
                    }))))
                }
                Value::DictView(_) => {
                    let items = vm.iterate(&v)?;
                    let n = items.len();
                    Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Reversed {
                        seq: Value::list(items),
                        i: n,
                    }))))
                }
                Value::Dict(d) => {
                    let keys: Vec<Value> = d.map.borrow().keys().map(|k| k.0.clone()).collect();
                    let n = keys.len();
                    Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Reversed {
                        seq: Value::list(keys),
                        i: n,
                    }))))
                }
                _ => Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&v)))),
            }
        }
        _ => Err(vm.type_error(format!("cannot create '{}' instances", cls.name))),
    }
}

fn super_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.len() == 2 {
        if let Value::Class(c) = &a[0] {
            return Ok(Value::Super(Rc::new((c.clone(), a[1].clone()))));
        }
        return Err(vm.type_error("super() argument 1 must be a type"));
    }
    // Zero-argument form: the calling frame's __class__ cell and first argument.
    let frame = vm
        .frames
        .iter()
        .rev()
        .find(|f| !matches!(f.entry, Entry::Nested) || !f.code.varnames.is_empty());
    let Some(frame) = frame else {
        return Err(vm.err(ExcKind::RuntimeError, "super(): no arguments"));
    };
    let code = frame.code.clone();
    let Some(ci) = code.freevars.iter().position(|f| &**f == "__class__") else {
        return Err(vm.err(ExcKind::RuntimeError, "super(): __class__ cell not found"));
    };
    let cell = frame.cells[code.cellvars.len() + ci].borrow().clone();
    let first = if code.argcount > 0 {
        frame.locals[0].clone().or_else(|| {
            code.cell_params
                .iter()
                .find(|(_, vi)| *vi == 0)
                .and_then(|(c, _)| frame.cells[*c as usize].borrow().clone())
        })
    } else {
        None
    };
    match (cell, first) {
        (Some(Value::Class(c)), Some(obj)) => Ok(Value::Super(Rc::new((c, obj)))),
        (None, _) => Err(vm.err(ExcKind::RuntimeError, "super(): empty __class__ cell")),
        _ => Err(vm.err(ExcKind::RuntimeError, "super(): no arguments")),
    }
}

// ---------------------------------------------------------------- builtin functions

fn b_print(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let sep: &str = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ",
        Some(Value::Str(s)) => s,
        Some(v) => {
            return Err(vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(v)
            )))
        }
    };
    let end: &str = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n",
        Some(Value::Str(s)) => s,
        Some(v) => {
            return Err(vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(v)
            )))
        }
    };
    for (k, _) in kw {
        if !matches!(&**k, "sep" | "end" | "file" | "flush") {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()")));
        }
    }
    // As CPython's print: each argument is written as soon as it has its str,
    // then the separator, …, then `end` (so a __str__ that prints or raises
    // finds what came before it already written).
    let write = match kwarg(kw, "file") {
        None | Some(Value::None) => None,
        Some(f) => Some(vm.get_attr(&f.clone(), "write")?),
    };
    let put = |vm: &mut Vm, s: &str| -> PyResult<()> {
        match &write {
            None => vm.write_stdout(s),
            Some(w) => {
                vm.call_value(w, vec![Value::str(s)], vec![])?;
            }
        }
        Ok(())
    };
    for (i, v) in a.iter().enumerate() {
        if i > 0 {
            put(vm, sep)?;
        }
        match v {
            Value::Str(s) => put(vm, s)?,
            _ => {
                let s = vm.to_str(v)?;
                put(vm, &s)?;
            }
        }
    }
    put(vm, end)?;
    Ok(Value::None)
}

fn b_len(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    no_kw(vm, n, kw)?;
    nargs(vm, n, a, 1, 1)?;
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

impl Vm {
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => {
                if s.is_ascii() {
                    s.len()
                } else {
                    s.chars().count()
                }
            }
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.map.borrow().len(),
            Value::DictView(d) => d.0.map.borrow().len(),
            Value::Set(s) => s.set.borrow().len(),
            Value::Range(r) if r.big.is_some() => {
                use num_traits::ToPrimitive;
                r.big_len().to_i64().ok_or_else(|| {
                    self.err(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    )
                })? as usize
            }
            Value::Range(r) => r.len() as usize,
            Value::Deque(d) => d.borrow().items.len(),
            Value::Instance(_) => {
                if let Some(f) = self.special(v, &crate::name!("__len__")) {
                    let r = self.call_value(&f, vec![], vec![])?;
                    let n = self.index_of(&r)?;
                    if n < 0 {
                        return Err(self.err(ExcKind::ValueError, "__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )));
            }
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )))
            }
        })
    }

    pub fn write_stdout(&mut self, s: &str) {
        let now = self.host.now();
        self.out.write(crate::io::Stream::Stdout, s, now);
        self.trace_write(crate::pagetrace::LineStream::Stdout, s, now);
        self.host.on_output();
    }
    pub fn write_stderr(&mut self, s: &str) {
        let now = self.host.now();
        self.out.write(crate::io::Stream::Stderr, s, now);
        self.trace_write(crate::pagetrace::LineStream::Stderr, s, now);
        self.host.on_output();
    }
    fn trace_write(&mut self, stream: crate::pagetrace::LineStream, s: &str, now: f64) {
        if self.trace.is_some() {
            let line = self.user_line();
            if let Some(tr) = self.trace.as_mut() {
                tr.write(stream, s, now, line);
            }
        }
    }

    /// `sorted()` / `list.sort()` with key and reverse (stable).
    pub fn sort_values(
        &mut self,
        items: &mut Vec<Value>,
        key: Option<&Value>,
        reverse: bool,
    ) -> PyResult<()> {
        let keys: Vec<Value> = match key {
            Some(k) if !k.is_none() => {
                let mut ks = Vec::with_capacity(items.len());
                for it in items.iter() {
                    ks.push(self.call_value(k, vec![it.clone()], vec![])?);
                }
                ks
            }
            _ => items.clone(),
        };
        // CPython's list.sort: a reverse sort reverses, sorts stably, and
        // reverses back; runs are found (`count_run`) and short ones extended
        // by binary insertion (`binarysort`), so the comparisons made, and so
        // the first one to fail, are CPython's. Runs are merged in CPython
        // 3.11's order (powersort: `found_new_run`, `merge_force_collapse`),
        // each plainly, where CPython gallops (a list of 64 or more items may
        // see other comparisons, never another result).
        let n = items.len();
        let mut idx: Vec<usize> = if reverse {
            (0..n).rev().collect()
        } else {
            (0..n).collect()
        };
        let mut lt = |vm: &mut Vm, x: usize, y: usize| vm.lt(&keys[x], &keys[y]);
        let minrun = min_run(n);
        // Pending runs: (start, length, power).
        let mut runs: Vec<(usize, usize, u32)> = Vec::new();
        let mut lo = 0;
        while lo < n {
            let (mut len, descending) = count_run(self, &idx[lo..], &mut lt)?;
            if descending {
                idx[lo..lo + len].reverse();
            }
            if len < minrun {
                let force = (n - lo).min(minrun);
                binary_sort(self, &mut idx[lo..lo + force], len, &mut lt)?;
                len = force;
            }
            // found_new_run: merge while the run below the top has a greater power.
            if let Some(&(s1, n1, _)) = runs.last() {
                let power = power_loop(s1, n1, len, n);
                while runs.len() > 1 && runs[runs.len() - 2].2 > power {
                    let k = runs.len() - 2;
                    merge_at(self, &mut idx, &mut runs, k, &mut lt)?;
                }
                if let Some(top) = runs.last_mut() {
                    top.2 = power;
                }
            }
            runs.push((lo, len, 0));
            lo += len;
        }
        // merge_force_collapse.
        while runs.len() > 1 {
            let mut k = runs.len() - 2;
            if k > 0 && runs[k - 1].1 < runs[k + 1].1 {
                k -= 1;
            }
            merge_at(self, &mut idx, &mut runs, k, &mut lt)?;
        }
        if reverse {
            idx.reverse();
        }
        let old = std::mem::take(items);
        *items = idx.into_iter().map(|i| old[i].clone()).collect();
        Ok(())
    }
}

type SortLt<'a> = dyn FnMut(&mut Vm, usize, usize) -> PyResult<bool> + 'a;

/// CPython's `merge_compute_minrun`.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// CPython's `count_run`: the length of the run at the start of `v`, and
/// whether it is strictly descending.
fn count_run(vm: &mut Vm, v: &[usize], lt: &mut SortLt) -> PyResult<(usize, bool)> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(vm, v[1], v[0])? {
        while n < v.len() && lt(vm, v[n], v[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < v.len() && !lt(vm, v[n], v[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// CPython's `binarysort`: `v[..start]` is sorted; inserts the rest.
fn binary_sort(vm: &mut Vm, v: &mut [usize], start: usize, lt: &mut SortLt) -> PyResult<()> {
    for s in start.max(1)..v.len() {
        let pivot = v[s];
        let (mut l, mut r) = (0, s);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(vm, pivot, v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..s, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// CPython's `powerloop`: the power of the boundary between the run at `s1`
/// of `n1` items and the next of `n2`, in a list of `n`.
fn power_loop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// CPython's `merge_at`: merges pending runs `k` and `k + 1`.
fn merge_at(
    vm: &mut Vm,
    idx: &mut [usize],
    runs: &mut Vec<(usize, usize, u32)>,
    k: usize,
    lt: &mut SortLt,
) -> PyResult<()> {
    let (a, la, power) = runs[k];
    let (_, lb, _) = runs[k + 1];
    merge_runs(vm, &mut idx[a..a + la + lb], la, lt)?;
    runs[k] = (a, la + lb, power);
    runs.remove(k + 1);
    Ok(())
}

/// Merges the sorted `v[..mid]` and `v[mid..]`, stably.
fn merge_runs(vm: &mut Vm, v: &mut [usize], mid: usize, lt: &mut SortLt) -> PyResult<()> {
    let left = v[..mid].to_vec();
    let right = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if lt(vm, right[j], left[i])? {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    v[k..k + left.len() - i].copy_from_slice(&left[i..]);
    k += left.len() - i;
    v[k..].copy_from_slice(&right[j..]);
    Ok(())
}

fn b_repr(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    Ok(Value::string(vm.repr(&a[0])?))
}
fn b_ascii(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    Ok(Value::string(ascii(&vm.repr(&a[0])?)))
}

fn b_sorted(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.len())));
    }
    sort_kwargs(vm, kw)?;
    let mut items = vm.iterate(&a[0])?;
    let rev = match kwarg(kw, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    vm.sort_values(&mut items, kwarg(kw, "key"), rev)?;
    Ok(Value::list(items))
}

/// `sort()`'s keywords are `key` and `reverse` only.
pub fn sort_kwargs(vm: &Vm, kw: Kw) -> PyResult<()> {
    match kw.iter().find(|(k, _)| !matches!(&**k, "key" | "reverse")) {
        Some((k, _)) => {
            Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()")))
        }
        None => Ok(()),
    }
}

fn minmax(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw, is_max: bool) -> PyResult<Value> {
    if let Some((k, _)) = kw.iter().find(|(k, _)| !matches!(&**k, "key" | "default")) {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for {}()",
            n.name
        )));
    }
    if a.len() > 1 && kwarg(kw, "default").is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {}() with multiple positional arguments",
            n.name
        )));
    }
    let items = if a.len() == 1 {
        vm.iterate(&a[0])?
    } else if a.is_empty() {
        return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", n.name)));
    } else {
        a.to_vec()
    };
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    if items.is_empty() {
        if let Some(d) = kwarg(kw, "default") {
            return Ok(d.clone());
        }
        return Err(vm.err(
            ExcKind::ValueError,
            format!("{}() arg is an empty sequence", n.name),
        ));
    }
    let mut best = items[0].clone();
    let mut bestk = match &key {
        Some(k) => vm.call_value(k, vec![best.clone()], vec![])?,
        None => best.clone(),
    };
    for it in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call_value(kf, vec![it.clone()], vec![])?,
            None => it.clone(),
        };
        // CPython's min_max: `item < best` for min, `item > best` for max.
        let op = if is_max {
            crate::ast::CmpOp::Gt
        } else {
            crate::ast::CmpOp::Lt
        };
        let better = vm.order(op, &k, &bestk)?;
        if better {
            best = it;
            bestk = k;
        }
    }
    Ok(best)
}
fn b_min(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    minmax(vm, n, a, kw, false)
}
fn b_max(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    minmax(vm, n, a, kw, true)
}

fn b_sum(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if a.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    clinic_most(vm, "sum", a, 2)?;
    let mut acc = a
        .get(1)
        .or_else(|| kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(crate::ast::BinOp::Add, &acc, &x, false)?;
    }
    Ok(acc)
}

pub(crate) fn b_abs(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    match &a[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(x) => Value::Int(x),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => {
            if let Some(f) = vm.special(v, &crate::name!("__abs__")) {
                return vm.call_value(&f, vec![], vec![]);
            }
            Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
        }
    }
}

fn b_round(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| !matches!(&**k, "number" | "ndigits"))
    {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for round()")));
    }
    clinic_most(vm, "round", a, 2)?;
    nargs(vm, n, a, 1, 2)?;
    let nd = a
        .get(1)
        .or_else(|| kwarg(kw, "ndigits"))
        .filter(|v| !v.is_none())
        .cloned();
    match (&a[0], nd) {
        (Value::Float(f), None) => {
            let r = f.round_ties_even();
            match fmt::float_to_int(r) {
                Some(v) => Ok(Value::from_bigint(v)),
                None => Err(vm.fmt_err(fmt::float_to_int_error(*f))),
            }
        }
        (Value::Float(f), Some(d)) => {
            let d = vm.index_of(&d)?;
            Ok(Value::Float(
                fmt::round_float_checked(*f, d).map_err(|e| vm.fmt_err(e))?,
            ))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => {
            Ok(Value::from_bigint(to_big(&a[0]).unwrap_or_default()))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(d)) => {
            let d = vm.index_of(&d)?;
            if d >= 0 {
                return Ok(Value::from_bigint(to_big(&a[0]).unwrap_or_default()));
            }
            let x = to_big(&a[0]).unwrap_or_default();
            let p = num_traits::pow::Pow::pow(BigInt::from(10), (-d) as u32);
            let q = num_integer::Integer::div_floor(&x, &p);
            let r = &x - &q * &p;
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        (v, _) => {
            if let Some(f) = vm.special(v, &crate::name!("__round__")) {
                return vm.call_value(&f, a[1..].to_vec(), vec![]);
            }
            Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(v)
            )))
        }
    }
}

fn b_divmod(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 2, 2)?;
    // A class's own __divmod__ / __rdivmod__ (CPython's nb_divmod).
    for (x, y, name) in [(&a[0], &a[1], "__divmod__"), (&a[1], &a[0], "__rdivmod__")] {
        if matches!(x, Value::Instance(_)) {
            if let Some(f) = vm.special(x, &crate::omap::intern(name)) {
                let r = vm.call_value(&f, vec![y.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
    }
    let float = matches!(a[0], Value::Float(_)) || matches!(a[1], Value::Float(_));
    let q = vm
        .binary_op(crate::ast::BinOp::FloorDiv, &a[0], &a[1], false)
        .map_err(|e| {
            if float && vm.exc_is(&e.exc, ExcKind::ZeroDivisionError) {
                vm.err(ExcKind::ZeroDivisionError, "float divmod()")
            } else if vm.exc_is(&e.exc, ExcKind::TypeError) {
                vm.type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    vm.type_name(&a[0]),
                    vm.type_name(&a[1])
                ))
            } else {
                e
            }
        })?;
    let r = vm.binary_op(crate::ast::BinOp::Mod, &a[0], &a[1], false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn b_pow(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    clinic_most(vm, "pow", a, 3)?;
    if !kw.is_empty() {
        // pow(base, exp, mod=None) by keyword.
        let mut args: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
        args.resize(3.max(a.len()), None);
        for (k, v) in kw {
            let Some(i) = ["base", "exp", "mod"].iter().position(|p| *p == &**k) else {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for pow()"))
                );
            };
            if args[i].is_some() {
                return Err(vm.type_error(format!(
                    "argument for pow() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            args[i] = Some(v.clone());
        }
        for (i, p) in ["base", "exp"].iter().enumerate() {
            if args[i].is_none() {
                return Err(vm.type_error(format!(
                    "pow() missing required argument '{p}' (pos {})",
                    i + 1
                )));
            }
        }
        let args: Vec<Value> = args.into_iter().map(|v| v.unwrap_or(Value::None)).collect();
        return b_pow(vm, n, &args, &[]);
    }
    if a.len() < 2 {
        let (i, p) = if a.is_empty() {
            (1, "base")
        } else {
            (2, "exp")
        };
        return Err(vm.type_error(format!("pow() missing required argument '{p}' (pos {i})")));
    }
    nargs(vm, n, a, 2, 3)?;
    if a.len() == 3 && !a[2].is_none() {
        let (Some(b), Some(e), Some(m)) = (to_big(&a[0]), to_big(&a[1]), to_big(&a[2])) else {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        if m.is_zero() {
            return Err(vm.err(ExcKind::ValueError, "pow() 3rd argument cannot be 0"));
        }
        // As long_pow: work modulo |m|; a negative exponent inverts the base first.
        let am = m.abs();
        use num_integer::Integer;
        use num_traits::One;
        let mut base = b.mod_floor(&am);
        let mut e = e;
        if e.is_negative() {
            let g = base.extended_gcd(&am);
            if !g.gcd.is_one() {
                return Err(vm.err(
                    ExcKind::ValueError,
                    "base is not invertible for the given modulus",
                ));
            }
            base = g.x.mod_floor(&am);
            e = -e;
        }
        let mut r = base.modpow(&e, &am);
        if m.is_negative() && !r.is_zero() {
            r -= &am;
        }
        return Ok(Value::from_bigint(r));
    }
    vm.binary_op(crate::ast::BinOp::Pow, &a[0], &a[1], false)
}

fn b_anyall(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    let is_any = &*n.name == "any";
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? == is_any {
            return Ok(Value::Bool(is_any));
        }
    }
    Ok(Value::Bool(!is_any))
}

fn b_isinstance(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 2, 2)?;
    let cls = vm.class_of(&a[0]);
    let Value::Class(c) = cls else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(class_matches(vm, &c, &a[1], "isinstance")?))
}

fn class_matches(vm: &mut Vm, c: &Rc<Class>, t: &Value, who: &str) -> PyResult<bool> {
    match t {
        Value::Class(t) => Ok(c.is_subclass(t)),
        Value::Tuple(ts) => {
            for t in ts.iter() {
                if class_matches(vm, c, t, who)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Instance(i) => {
            let tc = i.class.borrow().clone();
            let from_types = matches!(tc.module(), Some(Value::Str(m)) if &*m == "types");
            if from_types && &*tc.name == "UnionType" {
                let args = vm.get_attr(t, "__args__")?;
                return class_matches(vm, c, &args, who);
            }
            if from_types && &*tc.name == "GenericAlias" {
                return Err(vm.type_error(format!(
                    "{who}() argument 2 cannot be a parameterized generic"
                )));
            }
            Err(vm.type_error(format!(
                "{who}() arg 2 must be a type, a tuple of types, or a union"
            )))
        }
        _ => Err(vm.type_error(format!(
            "{who}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn b_issubclass(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 2, 2)?;
    let Value::Class(c) = &a[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let c = c.clone();
    Ok(Value::Bool(class_matches(vm, &c, &a[1], "issubclass")?))
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Str> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn b_getattr(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    match vm.get_attr(&a[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && vm.exc_is(&e.exc, ExcKind::AttributeError) => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}
fn b_hasattr(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    match vm.get_attr(&a[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.exc_is(&e.exc, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}
fn b_setattr(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 3, 3)?;
    let name = attr_name(vm, &a[1])?;
    vm.set_attr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}
fn b_delattr(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    vm.del_attr(&a[0], &name)?;
    Ok(Value::None)
}

/// `exit(code=None)`, `quit(...)` (site's Quitter): SystemExit.
fn b_exit(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    Err(vm.err_args(
        ExcKind::SystemExit,
        a.iter().take(1).filter(|v| !v.is_none()).cloned().collect(),
    ))
}

fn b_vars(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    if a.len() > 1 {
        return nargs(vm, n, a, 0, 1).map(|_| Value::None);
    }
    if a.is_empty() {
        return Ok(Value::Dict(crate::introspect::current_locals(vm)));
    }
    match &a[0] {
        Value::Instance(i) if i.class.borrow().builtin != Some(Builtin::Object) => {
            Ok(Value::Dict(DictObj::of_instance(i)))
        }
        Value::Module(m) => Ok(Value::Dict(m.dict.clone())),
        v => vm
            .get_attr(v, "__dict__")
            .map_err(|_| vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    to_big(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

fn b_hex(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    let x = int_arg(vm, &a[0])?;
    let base = match &*n.name {
        "hex" => 16,
        "oct" => 8,
        _ => 2,
    };
    Ok(Value::string(fmt::int_to_string_radix(&x, base, true)))
}

fn b_chr(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    let i = vm.index_of(&a[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(vm.err(ExcKind::ValueError, "chr() arg not in range(0x110000)")),
    }
}
fn b_ord(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    match &a[0] {
        Value::Str(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        v => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn b_iter(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 2)?;
    if a.len() == 2 {
        if !vm.is_callable(&a[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Callable {
            f: a[0].clone(),
            sentinel: a[1].clone(),
        }))));
    }
    vm.get_iter(&a[0])
}

fn b_next(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 2)?;
    let it = &a[0];
    let ok = matches!(it, Value::Iter(_) | Value::Gen(_))
        || (matches!(it, Value::Instance(_))
            && vm.special(it, &crate::name!("__next__")).is_some());
    if !ok || matches!(it, Value::Gen(g) if g.kind != GenKind::Generator) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let v = vm.last_stop_value.take();
                Err(vm.err_args(
                    ExcKind::StopIteration,
                    v.filter(|v| !v.is_none()).into_iter().collect(),
                ))
            }
        },
    }
}

fn b_id(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    Ok(Value::Int(a[0].id() as i64))
}
pub(crate) fn b_hash(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    let k = vm.key(a[0].clone())?;
    if let Some(f) = vm.special(&k.0, &crate::name!("__hash__")) {
        let r = vm.call_value(&f, vec![], vec![])?;
        return match r {
            Value::Int(i) => Ok(Value::Int(if i == -1 { -2 } else { i })),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            Value::BigInt(b) => Ok(Value::Int(crate::pyset::hash_bigint(&b))),
            _ => Err(vm.type_error("__hash__ method should return an integer")),
        };
    }
    Ok(Value::Int(match &k.0 {
        Value::None => 0,
        other => crate::pyset::py_hash(other),
    }))
}
fn b_callable(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&a[0])))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Func(_)
            | Value::Native(_)
            | Value::NativeMethod(_)
            | Value::Method(_)
            | Value::Class(_) => true,
            Value::Instance(_) => self.special(v, &crate::name!("__call__")).is_some(),
            _ => false,
        }
    }
}
fn b_format(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(v)
            )))
        }
        None => String::new(),
    };
    Ok(Value::string(vm.format(&a[0], &spec)?))
}
/// `input(prompt)`: a program has no standard input here (as python3 with
/// its input at an end): the prompt is written, then EOFError.
fn b_input(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 0, 1)?;
    if let Some(p) = a.first() {
        let s = vm.to_str(p)?;
        vm.write_stdout(&s);
    }
    Err(vm.err(ExcKind::EOFError, "EOF when reading a line"))
}
fn b_open(vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Err(vm.err(
        ExcKind::OSError,
        "files are not available in the playground",
    ))
}
fn b_aiter(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 1)?;
    let Some(f) = vm.get_attr_opt_special(&a[0], "__aiter__")? else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(&a[0])
        )));
    };
    let it = vm.call_value(&f, vec![], vec![])?;
    if !vm.is_async_iterator(&it)? {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// `obj.name` as a method that is the native `f`.
pub fn native_method(obj: &Value, name: &str, f: NativeFnPtr) -> Value {
    Value::NativeMethod(Rc::new((
        obj.clone(),
        Rc::new(NativeFn {
            name: Rc::from(name),
            f,
            data: Value::None,
        }),
    )))
}
/// `bytearray`: a class written in Python (`_pgbuiltins`), loaded on first
/// use; the built-in name then refers to the class itself.
fn b_bytearray(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let m = vm.import("_pgbuiltins")?;
    let cls = vm.get_attr(&m, "bytearray")?;
    vm.builtins
        .map
        .borrow_mut()
        .insert(Key(Value::str("bytearray")), cls.clone());
    vm.call_value(&cls, a.to_vec(), kw.to_vec())
}
fn b_anext(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    nargs(vm, n, a, 1, 2)?;
    let aw = match &a[0] {
        Value::Gen(g) if g.kind == GenKind::AsyncGenerator => {
            vm.agen_init_hooks(g)?;
            ASendObj::new(g.clone(), Value::None, AKind::Send)
        }
        other => match vm.get_attr_opt_special(other, "__anext__")? {
            Some(f) => vm.call_value(&f, vec![], vec![])?,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object is not an async iterator",
                    vm.type_name(other)
                )))
            }
        },
    };
    match a.get(1) {
        None => Ok(aw),
        Some(default) => {
            let m = vm.import("_pgbuiltins")?;
            let f = vm.get_attr(&m, "anext_default")?;
            vm.call_value(&f, vec![aw, default.clone()], vec![])
        }
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    let mut m = vm.builtins.map.borrow_mut();
    let mut put = |name: &str, v: Value| {
        m.insert(Key(Value::str(name)), v);
    };
    for (b, name) in [
        (Builtin::Int, "int"),
        (Builtin::Float, "float"),
        (Builtin::Str, "str"),
        (Builtin::Bool, "bool"),
        (Builtin::List, "list"),
        (Builtin::Tuple, "tuple"),
        (Builtin::Dict, "dict"),
        (Builtin::Set, "set"),
        (Builtin::FrozenSet, "frozenset"),
        (Builtin::Range, "range"),
        (Builtin::Slice, "slice"),
        (Builtin::Bytes, "bytes"),
        (Builtin::Object, "object"),
        (Builtin::Type, "type"),
        (Builtin::Property, "property"),
        (Builtin::StaticMethod, "staticmethod"),
        (Builtin::ClassMethod, "classmethod"),
        (Builtin::Super, "super"),
        (Builtin::Enumerate, "enumerate"),
        (Builtin::Zip, "zip"),
        (Builtin::Map, "map"),
        (Builtin::Filter, "filter"),
        (Builtin::Reversed, "reversed"),
    ] {
        put(name, Value::Class(t.cls(b)));
    }
    for (name, k) in crate::types::all_exc_names() {
        if matches!(k, ExcKind::CancelledError | ExcKind::InvalidStateError) {
            continue;
        }
        put(name, Value::Class(t.exc(k)));
    }
    put("IOError", Value::Class(t.exc(ExcKind::OSError)));
    put("EnvironmentError", Value::Class(t.exc(ExcKind::OSError)));
    let fns: &[(&str, NativeFnPtr)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("sorted", b_sorted),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("abs", b_abs),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("any", b_anyall),
        ("all", b_anyall),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("getattr", b_getattr),
        ("hasattr", b_hasattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("vars", b_vars),
        ("dir", crate::introspect::b_dir),
        ("globals", crate::introspect::b_globals),
        ("locals", crate::introspect::b_locals),
        ("exit", b_exit),
        ("quit", b_exit),
        ("hex", b_hex),
        ("oct", b_hex),
        ("bin", b_hex),
        ("chr", b_chr),
        ("ord", b_ord),
        ("iter", b_iter),
        ("next", b_next),
        ("id", b_id),
        ("hash", b_hash),
        ("callable", b_callable),
        ("format", b_format),
        ("input", b_input),
        ("open", b_open),
        ("aiter", b_aiter),
        ("anext", b_anext),
        ("bytearray", b_bytearray),
        ("__build_class__", build_class),
    ];
    // Built-in functions that take no keyword arguments (METH_O, METH_VARARGS):
    // marked, and refused by `Vm::call_native`.
    const NO_KW: &[&str] = &[
        "len",
        "repr",
        "ascii",
        "abs",
        "divmod",
        "any",
        "all",
        "isinstance",
        "issubclass",
        "hasattr",
        "getattr",
        "setattr",
        "delattr",
        "hash",
        "hex",
        "oct",
        "bin",
        "chr",
        "ord",
        "iter",
        "next",
        "callable",
        "id",
        "vars",
        "dir",
        "globals",
        "locals",
        "format",
        "aiter",
        "anext",
    ];
    for (name, f) in fns {
        let v = native(name, *f);
        match (&v, NO_KW.contains(name)) {
            (Value::Native(n), true) => put(
                name,
                Value::Native(Rc::new(NativeFn {
                    name: n.name.clone(),
                    f: n.f,
                    data: Value::Ellipsis,
                })),
            ),
            _ => put(name, v),
        }
    }
    put("None", Value::None);
    put("NotImplemented", Value::NotImplemented);
    put("Ellipsis", Value::Ellipsis);
    put("__name__", Value::str("builtins"));
    // A program's module has no `__doc__` of its own (the oracle execs it in
    // a fresh dict): the name finds builtins' docstring.
    put("__doc__", Value::str("Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed."));
}

// ---------------------------------------------------------------- special iterators

/// `zip(strict=True)` found argument `i` exhausted: the others must be too
/// (CPython's `zip_next`, its messages).
fn zip_strict_end(vm: &mut Vm, its: &[Value], i: usize) -> PyResult<Option<Value>> {
    let plural = |i: usize| if i == 1 { " " } else { "s 1-" };
    if i > 0 {
        return Err(vm.err(
            ExcKind::ValueError,
            format!(
                "zip() argument {} is shorter than argument{}{}",
                i + 1,
                plural(i),
                i
            ),
        ));
    }
    for (i, it) in its.iter().enumerate().skip(1) {
        if vm.next(it)?.is_some() {
            return Err(vm.err(
                ExcKind::ValueError,
                format!(
                    "zip() argument {} is longer than argument{}{}",
                    i + 1,
                    plural(i),
                    i
                ),
            ));
        }
    }
    Ok(None)
}

pub fn next_special(vm: &mut Vm, rc: &Rc<RefCell<IterObj>>) -> PyResult<Option<Value>> {
    let snapshot = {
        let st = rc.borrow();
        match &*st {
            IterObj::Enumerate { it, n } => (0, vec![it.clone()], n.clone()),
            IterObj::Zip { its, strict } => (1, its.clone(), Value::Bool(*strict)),
            IterObj::Map { f, its } => (2, its.clone(), f.clone()),
            IterObj::Filter { f, it } => (3, vec![it.clone()], f.clone()),
            IterObj::Reversed { seq, i } => (4, vec![seq.clone()], Value::Int(*i as i64)),
            IterObj::Count { n, step } => (5, vec![step.clone()], n.clone()),
            IterObj::Repeat { v, left } => (
                6,
                vec![],
                Value::tuple(vec![v.clone(), left.map(Value::Int).unwrap_or(Value::None)]),
            ),
            IterObj::Cycle { .. } => (7, vec![], Value::None),
            IterObj::Islice { .. } => (8, vec![], Value::None),
            IterObj::Chain { .. } => (9, vec![], Value::None),
            IterObj::Callable { f, sentinel } => (10, vec![sentinel.clone()], f.clone()),
            _ => (99, vec![], Value::None),
        }
    };
    match snapshot {
        (0, its, n) => {
            let Some(x) = vm.next(&its[0])? else {
                return Ok(None);
            };
            let next_n = vm.binary_op(crate::ast::BinOp::Add, &n, &Value::Int(1), false)?;
            if let IterObj::Enumerate { n: nn, .. } = &mut *rc.borrow_mut() {
                *nn = next_n;
            }
            Ok(Some(Value::tuple(vec![n, x])))
        }
        (1, its, strict) => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::new();
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(x) => out.push(x),
                    None if matches!(strict, Value::Bool(true)) => {
                        return zip_strict_end(vm, &its, i)
                    }
                    None => return Ok(None),
                }
            }
            Ok(Some(Value::tuple(out)))
        }
        (2, its, f) => {
            let mut args = Vec::new();
            for it in &its {
                match vm.next(it)? {
                    Some(x) => args.push(x),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call_value(&f, args, vec![])?))
        }
        (3, its, f) => loop {
            let Some(x) = vm.next(&its[0])? else {
                return Ok(None);
            };
            let keep = if f.is_none() {
                vm.truthy(&x)?
            } else {
                let r = vm.call_value(&f, vec![x.clone()], vec![])?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(x));
            }
        },
        (4, seq, Value::Int(i)) => {
            if i <= 0 {
                return Ok(None);
            }
            let i = (i - 1) as usize;
            if let IterObj::Reversed { i: ii, .. } = &mut *rc.borrow_mut() {
                *ii = i;
            }
            let v = match &seq[0] {
                Value::List(l) => l.borrow().get(i).cloned(),
                Value::Tuple(t) => t.get(i).cloned(),
                _ => None,
            };
            Ok(v)
        }
        (5, step, n) => {
            let next = vm.binary_op(crate::ast::BinOp::Add, &n, &step[0], false)?;
            if let IterObj::Count { n: nn, .. } = &mut *rc.borrow_mut() {
                *nn = next;
            }
            Ok(Some(n))
        }
        (6, _, Value::Tuple(t)) => {
            let mut st = rc.borrow_mut();
            if let IterObj::Repeat { left: Some(l), .. } = &mut *st {
                if *l <= 0 {
                    return Ok(None);
                }
                *l -= 1;
            }
            Ok(Some(t[0].clone()))
        }
        (7, _, _) => {
            let it = {
                let st = rc.borrow();
                match &*st {
                    IterObj::Cycle { it, .. } => it.clone(),
                    _ => None,
                }
            };
            if let Some(it) = it {
                if let Some(x) = vm.next(&it)? {
                    if let IterObj::Cycle { saved, .. } = &mut *rc.borrow_mut() {
                        saved.push(x.clone());
                    }
                    return Ok(Some(x));
                }
                if let IterObj::Cycle { it, .. } = &mut *rc.borrow_mut() {
                    *it = None;
                }
            }
            let mut st = rc.borrow_mut();
            if let IterObj::Cycle { saved, i, .. } = &mut *st {
                if saved.is_empty() {
                    return Ok(None);
                }
                let v = saved[*i % saved.len()].clone();
                *i += 1;
                return Ok(Some(v));
            }
            Ok(None)
        }
        (8, _, _) => {
            let (it, next, stop, step, i) = match &*rc.borrow() {
                IterObj::Islice {
                    it,
                    next,
                    stop,
                    step,
                    i,
                } => (it.clone(), *next, *stop, *step, *i),
                _ => return Ok(None),
            };
            let mut i = i;
            if let Some(s) = stop {
                if next >= s {
                    return Ok(None);
                }
            }
            while i < next {
                if vm.next(&it)?.is_none() {
                    return Ok(None);
                }
                i += 1;
            }
            let r = vm.next(&it)?;
            i += 1;
            if let IterObj::Islice {
                next: nx, i: ii, ..
            } = &mut *rc.borrow_mut()
            {
                *nx = next + step;
                *ii = i;
            }
            Ok(r)
        }
        (9, _, _) => loop {
            let (cur, src) = match &*rc.borrow() {
                IterObj::Chain { its, i, src } => (its.get(*i).cloned(), src.clone()),
                _ => (None, None),
            };
            let cur = match (cur, src) {
                (Some(c), _) => c,
                (None, Some(src)) => match vm.next(&src)? {
                    Some(x) => {
                        if let IterObj::Chain { its, .. } = &mut *rc.borrow_mut() {
                            its.push(x.clone());
                        }
                        x
                    }
                    None => return Ok(None),
                },
                (None, None) => return Ok(None),
            };
            let cur = match cur {
                Value::Iter(_) | Value::Gen(_) => cur,
                other => {
                    let it = vm.get_iter(&other)?;
                    if let IterObj::Chain { its, i, .. } = &mut *rc.borrow_mut() {
                        its[*i] = it.clone();
                    }
                    it
                }
            };
            if let Some(x) = vm.next(&cur)? {
                return Ok(Some(x));
            }
            if let IterObj::Chain { i, .. } = &mut *rc.borrow_mut() {
                *i += 1;
            }
        },
        (10, sentinel, f) => {
            // calliter_iternext: a StopIteration from the callable ends it too.
            let v = match vm.call_value(&f, vec![], vec![]) {
                Err(e) if vm.exc_is(&e.exc, ExcKind::StopIteration) => {
                    *rc.borrow_mut() = IterObj::Done;
                    return Ok(None);
                }
                r => r?,
            };
            if vm.eq(&v, &sentinel[0])? {
                *rc.borrow_mut() = IterObj::Done;
                return Ok(None);
            }
            Ok(Some(v))
        }
        _ => Ok(None),
    }
}

// ---------------------------------------------------------------- generators

pub fn gen_attr(vm: &mut Vm, g: &Rc<GenObj>, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let m = |n: &str, f: NativeFnPtr| {
        Some(Value::NativeMethod(Rc::new((
            obj.clone(),
            Rc::new(NativeFn {
                name: Rc::from(n),
                f,
                data: Value::None,
            }),
        ))))
    };
    Ok(match (g.kind, name) {
        (GenKind::Generator | GenKind::Coroutine, "send" | "throw" | "close") => {
            m(name, gen_native_method)
        }
        (GenKind::Generator, "__next__") => m(name, gen_native_method),
        (GenKind::Generator, "__iter__") => m(name, return_self),
        (GenKind::Coroutine, "__await__") => m(name, coro_await),
        (GenKind::AsyncGenerator, "__aiter__") => m(name, return_self),
        (GenKind::AsyncGenerator, "__anext__") => Some(native_anext(obj)),
        (GenKind::AsyncGenerator, "asend") => m(name, agen_asend),
        (GenKind::AsyncGenerator, "aclose") => m(name, agen_aclose),
        (GenKind::AsyncGenerator, "athrow") => m(name, agen_athrow),
        (GenKind::AsyncGenerator, "ag_running") => Some(Value::Bool(g.ag_running.get())),
        (GenKind::AsyncGenerator, "ag_code") => Some(Value::Code(g.code.clone())),
        (_, "__name__") => Some(Value::Str(g.name.clone())),
        (_, "__qualname__") => Some(Value::Str(g.qualname.clone())),
        (GenKind::Coroutine, "cr_running") | (GenKind::Generator, "gi_running") => {
            Some(Value::Bool(g.running.get()))
        }
        (GenKind::Coroutine, "cr_frame") | (GenKind::Generator, "gi_frame") => {
            Some(if g.finished.get() {
                Value::None
            } else {
                Value::Bool(true)
            })
        }
        (GenKind::Coroutine, "cr_suspended") | (GenKind::Generator, "gi_suspended") => Some(
            Value::Bool(g.started.get() && !g.finished.get() && !g.running.get()),
        ),
        (GenKind::Coroutine, "cr_code") | (GenKind::Generator, "gi_code") => {
            Some(Value::Code(g.code.clone()))
        }
        // What a suspended `await`/`yield from` delegates to (CPython's
        // `_PyGen_yf`): the sub-iterator on top of the frame's stack while its
        // pc is at the `YieldFrom`; None when running, finished or elsewhere.
        (GenKind::Coroutine, "cr_await")
        | (GenKind::Generator, "gi_yieldfrom")
        | (GenKind::AsyncGenerator, "ag_await") => Some(
            g.frame
                .borrow()
                .as_ref()
                .filter(|f| matches!(f.code.ops.get(f.pc), Some(crate::code::Op::YieldFrom)))
                .and_then(|f| f.stack.last().cloned())
                .unwrap_or(Value::None),
        ),
        _ => {
            let _ = vm;
            None
        }
    })
}

fn native_anext(obj: &Value) -> Value {
    Value::NativeMethod(Rc::new((
        obj.clone(),
        Rc::new(NativeFn {
            name: Rc::from("__anext__"),
            f: agen_anext,
            data: Value::None,
        }),
    )))
}
fn agen_anext(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    match &a[0] {
        Value::Gen(g) => {
            vm.agen_init_hooks(g)?;
            Ok(ASendObj::new(g.clone(), Value::None, AKind::Send))
        }
        _ => Ok(Value::None),
    }
}
fn agen_asend(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    if let Value::Gen(g) = &a[0] {
        vm.agen_init_hooks(g)?;
    }
    match &a[0] {
        Value::Gen(g) => Ok(ASendObj::new(
            g.clone(),
            a.get(1).cloned().unwrap_or(Value::None),
            AKind::Send,
        )),
        _ => Ok(Value::None),
    }
}
fn agen_athrow(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Value::Gen(g) = &a[0] else {
        return Ok(Value::None);
    };
    vm.agen_init_hooks(g)?;
    let e = match (a.get(1), a.get(2)) {
        (_, Some(v)) if !v.is_none() => vm.make_exception(v.clone())?,
        (Some(t), _) => vm.make_exception(t.clone())?,
        (None, _) => return Err(vm.type_error("athrow expected at least 1 argument, got 0")),
    };
    Ok(ASendObj::new(g.clone(), e, AKind::Throw))
}
fn agen_aclose(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    match &a[0] {
        Value::Gen(g) => {
            vm.agen_init_hooks(g)?;
            Ok(ASendObj::new(g.clone(), Value::None, AKind::Close))
        }
        _ => Ok(Value::None),
    }
}

pub fn return_self(_vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(a[0].clone())
}

/// `coroutine.__await__()`: its `coroutine_wrapper`.
fn coro_await(_vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    match &a[0] {
        Value::Gen(g) => Ok(Value::Iter(Rc::new(RefCell::new(IterObj::CoroWrapper(
            g.clone(),
        ))))),
        v => Ok(v.clone()),
    }
}

/// Generator methods called from native code (nested).
fn gen_native_method(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Value::Gen(g) = &a[0] else {
        return Ok(Value::None);
    };
    let g = g.clone();
    let input = match &*n.name {
        "send" => Resume::Send(a.get(1).cloned().unwrap_or(Value::None)),
        "__next__" => Resume::Send(Value::None),
        "throw" => {
            let e = vm.throw_exception(a.get(1..).unwrap_or_default())?;
            Resume::Throw(PyErr {
                exc: e,
                fresh: false,
            })
        }
        _ => {
            // close
            if !g.started.get() || g.finished.get() {
                g.finished.set(true);
                g.frame.borrow_mut().take();
                return Ok(Value::None);
            }
            let e = vm.err(ExcKind::GeneratorExit, "");
            match vm.gen_next_nested(
                &g,
                Resume::Throw(PyErr {
                    exc: e.exc,
                    fresh: false,
                }),
            ) {
                Ok(Some(_)) => {
                    return Err(vm.err(ExcKind::RuntimeError, "generator ignored GeneratorExit"))
                }
                Ok(None) => return Ok(Value::None),
                Err(e) if vm.exc_is(&e.exc, ExcKind::GeneratorExit) => return Ok(Value::None),
                Err(e) => return Err(e),
            }
        }
    };
    match vm.gen_next_nested(&g, input)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.last_stop_value.take();
            Err(vm.err_args(
                ExcKind::StopIteration,
                v.filter(|v| !v.is_none()).into_iter().collect(),
            ))
        }
    }
}

pub(crate) fn dict_fromkeys(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let keys = vm.iterate(a.first().unwrap_or(&Value::None))?;
    let v = a.get(1).cloned().unwrap_or(Value::None);
    let mut m = OMap::new();
    for k in keys {
        m.insert(vm.key(k)?, v.clone());
    }
    Ok(Value::Dict(DictObj::new(m)))
}

// ---------------------------------------------------------------- methods of built-in values

fn method_names(b: Builtin) -> &'static [&'static str] {
    match b {
        Builtin::Str => &[
            "join",
            "split",
            "rsplit",
            "strip",
            "lstrip",
            "rstrip",
            "upper",
            "lower",
            "title",
            "capitalize",
            "replace",
            "startswith",
            "endswith",
            "find",
            "rfind",
            "index",
            "rindex",
            "count",
            "format",
            "ljust",
            "rjust",
            "center",
            "zfill",
            "isdigit",
            "isalpha",
            "isalnum",
            "isspace",
            "isupper",
            "islower",
            "isnumeric",
            "isdecimal",
            "istitle",
            "isprintable",
            "format_map",
            "translate",
            "isidentifier",
            "isascii",
            "splitlines",
            "encode",
            "swapcase",
            "casefold",
            "partition",
            "rpartition",
            "removeprefix",
            "removesuffix",
            "expandtabs",
            "__len__",
        ],
        Builtin::List => &[
            "append",
            "extend",
            "insert",
            "pop",
            "remove",
            "index",
            "count",
            "sort",
            "reverse",
            "copy",
            "clear",
            "__len__",
            "__getitem__",
        ],
        Builtin::Tuple => &["index", "count", "__len__", "__getitem__"],
        Builtin::Dict | Builtin::DefaultDict => &[
            "get",
            "items",
            "keys",
            "values",
            "setdefault",
            "pop",
            "popitem",
            "update",
            "copy",
            "clear",
            "fromkeys",
            "__getitem__",
            "__len__",
        ],
        Builtin::FrozenSet => &[
            "copy",
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "issubset",
            "issuperset",
            "isdisjoint",
            "__len__",
        ],
        Builtin::Set => &[
            "add",
            "discard",
            "remove",
            "pop",
            "clear",
            "copy",
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "issubset",
            "issuperset",
            "isdisjoint",
            "update",
            "intersection_update",
            "difference_update",
            "symmetric_difference_update",
            "__len__",
        ],
        Builtin::Deque => &[
            "append",
            "appendleft",
            "pop",
            "popleft",
            "extend",
            "extendleft",
            "clear",
            "rotate",
            "count",
            "index",
            "remove",
            "copy",
            "__len__",
        ],
        Builtin::Bytes => &[
            "hex",
            "decode",
            "upper",
            "lower",
            "swapcase",
            "capitalize",
            "strip",
            "lstrip",
            "rstrip",
            "split",
            "join",
            "startswith",
            "endswith",
            "find",
            "rfind",
            "index",
            "count",
            "replace",
            "isdigit",
            "isalpha",
            "isalnum",
            "isspace",
            "isupper",
            "islower",
            "isascii",
            "partition",
            "rpartition",
            "rsplit",
            "splitlines",
            "center",
            "ljust",
            "rjust",
            "zfill",
            "title",
            "istitle",
            "removeprefix",
            "removesuffix",
            "rindex",
            "expandtabs",
            "__len__",
        ],
        Builtin::Int | Builtin::Bool => &[
            "bit_length",
            "bit_count",
            "as_integer_ratio",
            "to_bytes",
            "conjugate",
            "__index__",
        ],
        Builtin::Float => &["is_integer", "hex", "as_integer_ratio", "conjugate"],
        Builtin::Range => &["index", "count"],
        Builtin::DictKeys | Builtin::DictValues | Builtin::DictItems => &["__len__"],
        Builtin::Slice => &["indices"],
        _ => &[],
    }
}

fn builtin_of(v: &Value) -> Option<Builtin> {
    Some(match v {
        Value::Str(_) => Builtin::Str,
        Value::List(_) => Builtin::List,
        Value::Tuple(_) => Builtin::Tuple,
        Value::Dict(_) => Builtin::Dict,
        Value::Set(s) if s.frozen => Builtin::FrozenSet,
        Value::Set(_) => Builtin::Set,
        Value::Deque(_) => Builtin::Deque,
        Value::Bytes(_) => Builtin::Bytes,
        Value::Int(_) | Value::BigInt(_) => Builtin::Int,
        Value::Bool(_) => Builtin::Bool,
        Value::Float(_) => Builtin::Float,
        Value::Range(_) => Builtin::Range,
        Value::DictView(_) => Builtin::DictKeys,
        Value::Slice(_) => Builtin::Slice,
        _ => return None,
    })
}

pub fn method(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(v) = special_attr(vm, obj, name)? {
        return Ok(Some(v));
    }
    if let Some(v) = type_method(obj, name)
        .is_none()
        .then(|| crate::dunders::bound(obj, name))
        .flatten()
    {
        return Ok(Some(v));
    }
    Ok(type_method(obj, name).map(|f| {
        Value::NativeMethod(Rc::new((
            obj.clone(),
            Rc::new(NativeFn {
                name: Rc::from(name),
                f,
                data: Value::None,
            }),
        )))
    }))
}

thread_local! {
    /// The method natives of builtin types by (type, address of the interned
    /// name): see [`type_method_named`].
    static TYPE_METHODS: RefCell<hashbrown::HashMap<(u8, usize), Rc<NativeFn>, crate::omap::Fx>> =
        RefCell::new(Default::default());
}

/// `obj.name` for a value of a builtin type and an interned name, when it is
/// one of the type's methods: the method's native (made once per name), not
/// yet bound. None for anything else (data attributes such as `slice.start`
/// and every other name are left to [`method`]).
pub fn type_method_named(vm: &mut Vm, obj: &Value, name: &Str) -> PyResult<Option<Rc<NativeFn>>> {
    let Some(b) = builtin_kind(obj) else {
        return Ok(None);
    };
    let key = (b as u8, Rc::as_ptr(name) as *const u8 as usize);
    if let Some(f) = TYPE_METHODS.with(|t| t.borrow().get(&key).cloned()) {
        return Ok(Some(f));
    }
    // The data attributes depend on the type and the name only, as the key.
    if special_attr(vm, obj, name)?.is_some() {
        return Ok(None);
    }
    let Some(f) = type_method(obj, name) else {
        return Ok(None);
    };
    let f = Rc::new(NativeFn {
        name: name.clone(),
        f,
        data: Value::None,
    });
    TYPE_METHODS.with(|t| {
        let mut t = t.borrow_mut();
        if t.len() < 4096 {
            t.insert(key, f.clone());
        }
    });
    Ok(Some(f))
}

/// `builtin_of`, with `defaultdict` told apart from `dict`.
fn builtin_kind(obj: &Value) -> Option<Builtin> {
    let b = builtin_of(obj)?;
    Some(match (b, obj) {
        (Builtin::Dict, Value::Dict(d)) if d.default.is_some() => Builtin::DefaultDict,
        _ => b,
    })
}

/// A builtin type's method `name`: the native that runs it.
fn type_method(obj: &Value, name: &str) -> Option<NativeFnPtr> {
    let b = builtin_kind(obj)?;
    if !method_names(b).contains(&name) {
        return None;
    }
    let f: NativeFnPtr = match obj {
        Value::Str(_) => crate::methods::str_method,
        Value::List(_) => crate::methods::list_method,
        Value::Tuple(_) => crate::methods::tuple_method,
        Value::Dict(_) => crate::methods::dict_method,
        Value::Set(_) => crate::methods::set_method,
        Value::Deque(_) => crate::methods::deque_method,
        Value::Bytes(_) => crate::methods::bytes_method,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => crate::methods::int_method,
        Value::Float(_) => crate::methods::float_method,
        Value::Range(_) => crate::methods::range_method,
        Value::DictView(_) => crate::methods::view_method,
        Value::Slice(_) => crate::methods::slice_method,
        _ => return None,
    };
    Some(f)
}

/// The data attributes of builtin values (`slice.start`, `int.real`, a code
/// object's `co_*`, ...).
fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match (obj, name) {
        (Value::Slice(s), "start") => return Ok(Some(s[0].clone())),
        (Value::Slice(s), "stop") => return Ok(Some(s[1].clone())),
        (Value::Slice(s), "step") => return Ok(Some(s[2].clone())),
        (Value::Range(r), "start") => return Ok(Some(Value::from_bigint(r.bounds().0))),
        (Value::Range(r), "stop") => return Ok(Some(Value::from_bigint(r.bounds().1))),
        (Value::Range(r), "step") => return Ok(Some(Value::from_bigint(r.bounds().2))),
        (Value::Deque(d), "maxlen") => {
            return Ok(Some(
                d.borrow()
                    .maxlen
                    .map(|m| Value::Int(m as i64))
                    .unwrap_or(Value::None),
            ))
        }
        (Value::Dict(d), "default_factory") if d.default.is_some() => {
            return Ok(Some(d.default.clone().unwrap_or(Value::None)))
        }
        (Value::Float(f), "real") => return Ok(Some(Value::Float(*f))),
        (Value::Float(_), "imag") => return Ok(Some(Value::Float(0.0))),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
            return Ok(Some(Value::from_bigint(to_big(obj).unwrap_or_default())))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => {
            return Ok(Some(Value::Int(0)))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => {
            return Ok(Some(Value::Int(1)))
        }
        (_, "__class__") => return Ok(Some(vm.class_of(obj))),
        (Value::Code(c), "co_name") => return Ok(Some(Value::Str(c.name.clone()))),
        (Value::Code(c), "co_qualname") => return Ok(Some(Value::Str(c.qualname.clone()))),
        (Value::Code(c), "co_argcount") => return Ok(Some(Value::Int(c.argcount as i64))),
        (Value::Code(c), "co_kwonlyargcount") => return Ok(Some(Value::Int(c.kwonlycount as i64))),
        (Value::Code(c), "co_varnames") => {
            return Ok(Some(Value::tuple(
                c.varnames.iter().map(|n| Value::Str(n.clone())).collect(),
            )))
        }
        (Value::Code(c), "co_flags") => {
            use crate::code::CodeKind;
            let mut f = match c.kind {
                CodeKind::Module | CodeKind::Class => 0,
                _ => 1 | 2,
            };
            if c.has_varargs {
                f |= 4;
            }
            if c.has_varkw {
                f |= 8;
            }
            if !c.freevars.is_empty() {
                f |= 0x10;
            }
            f |= match c.kind {
                CodeKind::Generator => 0x20,
                CodeKind::Coroutine => 0x80,
                CodeKind::AsyncGenerator => 0x200,
                _ => 0,
            };
            return Ok(Some(Value::Int(f)));
        }
        (Value::Code(c), "co_filename") => return Ok(Some(Value::Str(c.filename.clone()))),
        (Value::Code(c), "co_firstlineno") => return Ok(Some(Value::Int(c.first_line as i64))),
        (Value::Property(p), which @ ("getter" | "setter" | "deleter")) => {
            let p = p.clone();
            return Ok(Some(Value::NativeMethod(Rc::new((
                Value::Property(p),
                Rc::new(NativeFn {
                    name: Rc::from(which),
                    f: property_with,
                    data: Value::None,
                }),
            )))));
        }
        (Value::Property(p), "fget") => return Ok(Some(p[0].clone())),
        (Value::Property(p), "fset") => return Ok(Some(p[1].clone())),
        (Value::Property(p), "fdel") => return Ok(Some(p[2].clone())),
        (Value::Cell(c), "cell_contents") => {
            return match c.borrow().clone() {
                Some(v) => Ok(Some(v)),
                None => Err(vm.err(ExcKind::ValueError, "Cell is empty")),
            }
        }
        (Value::ClassMethod(f) | Value::StaticMethod(f), "__func__" | "__wrapped__") => {
            return Ok(Some((**f).clone()))
        }
        // The entries run innermost first: a traceback object is the outermost
        // frame's, its `tb_next` the rest.
        (Value::Traceback(t), "tb_lineno") => {
            return Ok(Some(Value::Int(t.last().map_or(0, |e| e.line as i64))))
        }
        (Value::Traceback(t), "tb_next") => {
            return Ok(Some(if t.len() > 1 {
                Value::Traceback(Rc::new(t[..t.len() - 1].to_vec()))
            } else {
                Value::None
            }))
        }
        _ => {}
    }
    Ok(None)
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy of the
/// property with that function replaced.
fn property_with(_vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Value::Property(p) = &a[0] else {
        return Ok(Value::None);
    };
    let mut fs = (**p).clone();
    let i = match &*n.name {
        "getter" => 0,
        "setter" => 1,
        _ => 2,
    };
    fs[i] = a.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Property(Rc::new(fs)))
}
