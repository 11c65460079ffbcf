//! Operations on values: arithmetic, comparison, attributes, items,
//! iteration, `repr`/`str`, with user-defined dunder methods.

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::format as fmt;
use crate::types::{Builtin, ExcKind};
use crate::value::*;
use crate::vm::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

/// The operator as an error names it: `+`, or `+=` for augmented assignment.
fn op_symbol(op: BinOp, inplace: bool) -> String {
    match (op, inplace) {
        (BinOp::Pow, true) => "**=".to_string(),
        (_, true) => format!("{}=", binop_symbol(op)),
        _ => binop_symbol(op).to_string(),
    }
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

fn is_num(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

pub fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => fmt::int_to_float(b).ok(),
        _ => None,
    }
}

/// Python's float modulo (sign of the divisor).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

const MAX_INT_BITS: u64 = 4_000_000;

impl Vm {
    /// The class's `__name__` (a method's qualified name starts with it).
    pub fn class_name(&self, v: &Value) -> String {
        match self.class_of(v) {
            Value::Class(c) => c.name.to_string(),
            _ => "object".into(),
        }
    }

    /// CPython's `tp_name`: the class's name, with its module for the
    /// types C modules define (`_asyncio.Task`, `collections.deque`).
    pub fn type_name(&self, v: &Value) -> String {
        match self.class_of(v) {
            Value::Class(c) => Self::tp_name(&c),
            _ => "object".into(),
        }
    }

    /// A class's `tp_name` (what `type_name` gives for its instances).
    pub fn tp_name(c: &Class) -> String {
        match c.module() {
            Some(Value::Str(m))
                if &*m == "_asyncio"
                    // datetime's classes are C types in CPython (its
                    // prelude's classes stand for them).
                    || &*m == "datetime"
                    || (c.builtin.is_some() && matches!(&*m, "collections" | "itertools")) =>
            {
                format!("{m}.{}", c.name)
            }
            _ => c.name.to_string(),
        }
    }

    /// CPython's _PyObject_FunctionStr: `module.qualname()` (no module for builtins).
    pub fn function_str(&mut self, f: &Value) -> String {
        let (module, qualname) = match f {
            Value::Func(func) => (
                self.func_attr_as_made(func, "__module__")
                    .ok()
                    .flatten()
                    .filter(|_| {
                        func.set
                            .borrow()
                            .as_ref()
                            .is_none_or(|s| s.module.is_none())
                    })
                    .or_else(|| func.set.borrow().as_ref().and_then(|s| s.module.clone())),
                func.qualname.borrow().to_string(),
            ),
            Value::Method(m) => return self.function_str(&m.1.clone()),
            Value::Native(n) => (None, n.name.to_string()),
            Value::NativeMethod(m) => {
                let t = self.class_name(&m.0);
                (None, format!("{t}.{}", m.1.name))
            }
            Value::Class(c) => (c.module(), c.qualname.to_string()),
            _ => return self.to_str(f).unwrap_or_default(),
        };
        match module {
            Some(Value::Str(m)) if &*m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    pub fn class_of(&self, v: &Value) -> Value {
        let b = match v {
            Value::Instance(i) => return Value::Class(i.class.borrow().clone()),
            Value::None => Builtin::NoneType,
            Value::NotImplemented => Builtin::NotImplementedType,
            Value::Ellipsis => Builtin::Ellipsis,
            Value::Bool(_) => Builtin::Bool,
            Value::Int(_) | Value::BigInt(_) => Builtin::Int,
            Value::Float(_) => Builtin::Float,
            Value::Str(_) => Builtin::Str,
            Value::Bytes(_) => Builtin::Bytes,
            Value::Tuple(_) => Builtin::Tuple,
            Value::List(_) => Builtin::List,
            Value::Dict(d) => {
                if d.default.is_some() {
                    Builtin::DefaultDict
                } else {
                    Builtin::Dict
                }
            }
            Value::Set(s) => {
                if s.frozen {
                    Builtin::FrozenSet
                } else {
                    Builtin::Set
                }
            }
            Value::Range(_) => Builtin::Range,
            Value::Slice(_) => Builtin::Slice,
            Value::Func(_) => Builtin::Function,
            Value::Native(n) if crate::dunders::is_wrapper(n) => Builtin::WrapperDescriptor,
            Value::NativeMethod(m) if crate::dunders::is_method_wrapper(m) => {
                Builtin::MethodWrapper
            }
            Value::Native(_) | Value::NativeMethod(_) => Builtin::BuiltinFunction,
            Value::Method(_) => Builtin::Method,
            Value::Class(_) => Builtin::Type,
            Value::Gen(g) => match g.kind {
                GenKind::Generator => Builtin::Generator,
                GenKind::Coroutine => Builtin::Coroutine,
                GenKind::AsyncGenerator => Builtin::AsyncGenerator,
            },
            Value::Iter(it) => match &*it.borrow() {
                IterObj::Enumerate { .. } => Builtin::Enumerate,
                IterObj::Zip { .. } => Builtin::Zip,
                IterObj::Map { .. } => Builtin::Map,
                IterObj::Filter { .. } => Builtin::Filter,
                IterObj::Reversed {
                    seq: Value::List(_),
                    ..
                } => Builtin::ListReverseIterator,
                IterObj::Reversed { .. } => Builtin::Reversed,
                IterObj::Seq { seq, .. } => match seq {
                    Value::List(_) => Builtin::ListIterator,
                    Value::Tuple(_) => Builtin::TupleIterator,
                    Value::Bytes(_) => Builtin::BytesIterator,
                    _ => Builtin::Iterator,
                },
                IterObj::Str { s, .. } => {
                    if s.is_ascii() {
                        Builtin::StrAsciiIterator
                    } else {
                        Builtin::StrIterator
                    }
                }
                IterObj::Range { .. } => Builtin::RangeIterator,
                IterObj::Set { .. } => Builtin::SetIterator,
                IterObj::DictKeys { .. } => Builtin::DictKeyIterator,
                IterObj::DictValues { .. } => Builtin::DictValueIterator,
                IterObj::DictItems { .. } => Builtin::DictItemIterator,
                IterObj::Callable { .. } => Builtin::CallableIterator,
                IterObj::Count { .. } => Builtin::Count,
                IterObj::Repeat { .. } => Builtin::Repeat,
                IterObj::Cycle { .. } => Builtin::Cycle,
                IterObj::Islice { .. } => Builtin::Islice,
                IterObj::CoroWrapper(_) => Builtin::CoroWrapper,
                IterObj::Chain { .. } => Builtin::Chain,
                _ => Builtin::Iterator,
            },
            Value::Module(_) => Builtin::Module,
            Value::Deque(_) => Builtin::Deque,
            Value::Property(_) => Builtin::Property,
            Value::StaticMethod(_) => Builtin::StaticMethod,
            Value::ClassMethod(_) => Builtin::ClassMethod,
            Value::Super(_) => Builtin::Super,
            Value::Traceback(_) => Builtin::Traceback,
            Value::Cell(_) => Builtin::Cell,
            Value::Code(_) => Builtin::Code,
            Value::DictView(v) => match v.1 {
                0 => Builtin::DictKeys,
                1 => Builtin::DictValues,
                _ => Builtin::DictItems,
            },
            Value::ASend(a) => match a.kind {
                AKind::Send => Builtin::AsyncGenASend,
                _ => Builtin::AsyncGenAThrow,
            },
        };
        Value::Class(self.types.cls(b))
    }

    fn class_rc(&self, v: &Value) -> Rc<crate::value::Class> {
        match self.class_of(v) {
            Value::Class(c) => c,
            _ => self.types.cls(Builtin::Object),
        }
    }

    /// A user-defined special method of `v`'s class (instances only).
    pub fn special(&self, v: &Value, name: &Str) -> Option<Value> {
        match v {
            Value::Instance(i) => {
                let c = i.class.borrow().clone();
                c.lookup_name(name).map(|f| bind(f, v))
            }
            _ => None,
        }
    }

    // ------------------------------------------------------------ arithmetic

    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        // bool's own &, |, ^ (bool_and/bool_or/bool_xor): a bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(*x & *y)),
                BinOp::BitOr => return Ok(Value::Bool(*x | *y)),
                BinOp::BitXor => return Ok(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        // Fast paths.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::FloorDiv if y != 0 => {
                    if y == -1 {
                        x.checked_neg()
                    } else {
                        Some(Integer::div_floor(&x, &y))
                    }
                }
                BinOp::Mod if y != 0 => {
                    if y == -1 {
                        Some(0)
                    } else {
                        Some(x.mod_floor(&y))
                    }
                }
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            match op {
                BinOp::Add => return Ok(Value::Float(x + y)),
                BinOp::Sub => return Ok(Value::Float(x - y)),
                BinOp::Mul => return Ok(Value::Float(x * y)),
                _ => {}
            }
        }
        if inplace {
            let (_, _, iname) = dunder(op);
            if let Some(f) = self.special(a, &crate::omap::intern(iname)) {
                let r = self.call_value(&f, vec![b.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if let (Value::List(l), BinOp::Add) = (a, op) {
                let items = self.iterate(b)?;
                self.check_alloc(l.borrow().len() + items.len())?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            if let (Value::List(l), BinOp::Mul) = (a, op) {
                if !matches!(
                    b,
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_)
                ) {
                    return Err(self.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(b)
                    )));
                }
                let n = self.index_of(b)?;
                let items = l.borrow().clone();
                self.check_alloc(items.len().saturating_mul(n.max(0) as usize))?;
                let mut out = Vec::new();
                for _ in 0..n.max(0) {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out;
                return Ok(a.clone());
            }
            if let (Value::Set(s), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) =
                (a, op)
            {
                if let Value::Set(_) = b {
                    use crate::methods as m;
                    let arg = self.set_arg(b)?;
                    match op {
                        BinOp::BitOr => m::set_update(s, &arg),
                        BinOp::BitAnd => {
                            let t = m::set_intersection(s, &arg);
                            s.set.borrow_mut().replace_body(t);
                        }
                        BinOp::Sub => m::set_difference_update(s, &arg),
                        _ => m::set_symmetric_difference_update(s, &arg),
                    }
                    return Ok(a.clone());
                }
            }
            if let (Value::Dict(d), BinOp::BitOr) = (a, op) {
                let items = self.mapping_items(b)?;
                d.map.borrow_mut().extend(items);
                return Ok(a.clone());
            }
        }
        if is_num(a) && is_num(b) {
            return self.num_op(op, a, b, inplace);
        }
        match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                self.check_alloc(s.len())?;
                return Ok(Value::string(s));
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                self.check_alloc(x.borrow().len() + y.borrow().len())?;
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                return Ok(Value::list(v));
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                return Ok(Value::tuple(v));
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                return Ok(Value::Bytes(Rc::from(v)));
            }
            (
                BinOp::Mul,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
            ) => {
                return self.repeat(a, b);
            }
            (
                BinOp::Mul,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_),
            ) => {
                return self.repeat(b, a);
            }
            (BinOp::Mod, Value::Str(s), _)
                if !matches!(b, Value::Instance(_))
                    || self.special(b, &crate::name!("__rmod__")).is_none() =>
            {
                return self.percent_format(s, b);
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(_),
                Value::Set(_),
            ) => return self.set_op(op, a, b),
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _, _)
                if (is_set_view(a) || is_set_view(b)) && !matches!(a, Value::Instance(_)) =>
            {
                return self.dictview_op(op, a, b)
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let mut m = x.map.borrow().clone();
                m.extend(y.map.borrow().iter().map(|(k, v)| (k.clone(), v.clone())));
                return Ok(Value::Dict(DictObj::new(m)));
            }
            _ => {}
        }
        if op == BinOp::BitOr && (matches!(a, Value::Class(_)) || matches!(b, Value::Class(_))) {
            // `int | None`: a types.UnionType (type.__or__).
            let m = self.import("_pgbuiltins")?;
            let f = self.get_attr(&m, "_union")?;
            let r = self.call_value(&f, vec![a.clone(), b.clone()], vec![])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let (name, rname, _) = dunder(op);
        let rname = crate::omap::intern(rname);
        // A right operand of a subclass that overrides the reflected method
        // goes first (binary_op1's method_is_overloaded).
        let mut reflected_first = false;
        if let (Value::Instance(x), Value::Instance(y)) = (a, b) {
            let (cx, cy) = (x.class.borrow().clone(), y.class.borrow().clone());
            if !Rc::ptr_eq(&cx, &cy) && cy.is_subclass(&cx) {
                let (ry, rx) = (cy.lookup_name(&rname), cx.lookup_name(&rname));
                reflected_first = match (&ry, &rx) {
                    (Some(p), Some(q)) => !p.is(q),
                    (Some(_), None) => true,
                    _ => false,
                };
            }
        }
        if reflected_first {
            if let Some(f) = self.special(b, &rname) {
                let r = self.call_value(&f, vec![a.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.special(a, &crate::omap::intern(name)) {
            let r = self.call_value(&f, vec![b.clone()], vec![])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(f) = self.special(b, &rname).filter(|_| !reflected_first) {
            let r = self.call_value(&f, vec![a.clone()], vec![])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let sym = op_symbol(op, inplace);
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return Err(self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            )));
        }
        if op == BinOp::Add && matches!(a, Value::List(_)) {
            return Err(self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            )));
        }
        if op == BinOp::Add && matches!(a, Value::Tuple(_)) {
            return Err(self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            )));
        }
        if op == BinOp::Add && matches!(a, Value::Bytes(_)) {
            return Err(self.type_error(format!("can't concat {} to bytes", self.type_name(b))));
        }
        // A sequence times anything but an int (CPython's `sequence_repeat`).
        let is_seq = |v: &Value| {
            matches!(
                v,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            )
        };
        if op == BinOp::Mul && (is_seq(a) || is_seq(b)) {
            let other = if is_seq(a) { b } else { a };
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        )))
    }

    pub fn check_alloc(&self, n: usize) -> PyResult<()> {
        if n > self.limits.max_bytes / 8
            || self.mem_used().saturating_add(n.saturating_mul(8)) > self.limits.max_bytes
        {
            return Err(self.err(ExcKind::MemoryError, ""));
        }
        Ok(())
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = match n {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => {
                return Err(self.err(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer".to_string(),
                ))
            }
        };
        let n = n.max(0) as usize;
        match seq {
            Value::Str(s) => {
                self.check_alloc(s.len().saturating_mul(n) / 8)?;
                Ok(Value::string(s.repeat(n)))
            }
            Value::Bytes(s) => {
                self.check_alloc(s.len().saturating_mul(n) / 8)?;
                Ok(Value::Bytes(Rc::from(s.repeat(n))))
            }
            Value::List(l) => {
                let items = l.borrow().clone();
                self.check_alloc(items.len().saturating_mul(n))?;
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                Ok(Value::list(out))
            }
            Value::Tuple(t) => {
                self.check_alloc(t.len().saturating_mul(n))?;
                let mut out = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    out.extend(t.iter().cloned());
                }
                Ok(Value::tuple(out))
            }
            _ => unreachable!(),
        }
    }

    /// dictviews_or/sub/xor and _PyDictView_Intersect: `&`, `|`, `-`, `^`
    /// with a keys or items view on either side make a set.
    fn dictview_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        use crate::methods as m;
        let new = |set: crate::pyset::PySet| {
            Value::Set(Rc::new(SetObj {
                set: RefCell::new(set),
                frozen: false,
            }))
        };
        if op == BinOp::BitAnd {
            let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
            let len_self = self.len(view)?;
            if let Value::Set(o) = other {
                if !o.frozen && len_self <= o.set.borrow().len() {
                    let arg = self.set_arg(view)?;
                    return Ok(new(m::set_intersection(o, &arg)));
                }
            }
            if is_set_view(other) && self.len(other)? > len_self {
                std::mem::swap(&mut view, &mut other);
            }
            let mut r = crate::pyset::PySet::new();
            for x in self.iterate(other)? {
                if self.contains(view, &x)? {
                    let k = self.key(x)?;
                    r.insert(k);
                }
            }
            return Ok(new(r));
        }
        // dictviews_to_set: a keys view of a dict is the dict (PySet_New's fast path).
        let left = match a {
            Value::DictView(v) if v.1 == 0 => Value::Dict(v.0.clone()),
            _ => a.clone(),
        };
        let so = Rc::new(SetObj {
            set: RefCell::new(crate::pyset::PySet::new()),
            frozen: false,
        });
        let arg = self.set_arg(&left)?;
        m::set_update(&so, &arg);
        let arg = self.set_arg(b)?;
        match op {
            BinOp::BitOr => m::set_update(&so, &arg),
            BinOp::Sub => m::set_difference_update(&so, &arg),
            _ => m::set_symmetric_difference_update(&so, &arg),
        }
        Ok(Value::Set(so))
    }

    fn set_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Value::Set(x), Value::Set(_)) = (a, b) else {
            unreachable!()
        };
        use crate::methods as m;
        let arg = self.set_arg(b)?;
        let r = match op {
            BinOp::BitOr => {
                let r = Rc::new(SetObj {
                    set: RefCell::new(x.set.borrow().copy()),
                    frozen: x.frozen,
                });
                if !a.is(b) {
                    m::set_update(&r, &arg);
                }
                return Ok(Value::Set(r));
            }
            BinOp::BitAnd => m::set_intersection(x, &arg),
            BinOp::Sub => m::set_difference(x, &arg),
            _ => m::set_symmetric_difference(x, &arg),
        };
        Ok(Value::Set(Rc::new(SetObj {
            set: RefCell::new(r),
            frozen: x.frozen,
        })))
    }

    /// `a op b` of two numbers; `inplace`: the operator named in an error is `op=`.
    fn num_op(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        let float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
        if float {
            let x = self.to_f64(a)?;
            let y = self.to_f64(b)?;
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div => {
                    if y == 0.0 {
                        return Err(self.err(ExcKind::ZeroDivisionError, "float division by zero"));
                    }
                    x / y
                }
                BinOp::FloorDiv => {
                    if y == 0.0 {
                        return Err(
                            self.err(ExcKind::ZeroDivisionError, "float floor division by zero")
                        );
                    }
                    float_floordiv(x, y)
                }
                BinOp::Mod => {
                    if y == 0.0 {
                        return Err(self.err(ExcKind::ZeroDivisionError, "float modulo"));
                    }
                    float_mod(x, y)
                }
                BinOp::Pow => return self.float_pow(x, y),
                _ => {
                    return Err(self.type_error(format!(
                        "unsupported operand type(s) for {}: '{}' and '{}'",
                        op_symbol(op, inplace),
                        self.type_name(a),
                        self.type_name(b)
                    )))
                }
            };
            return Ok(Value::Float(r));
        }
        let x = to_big(a).unwrap_or_default();
        let y = to_big(b).unwrap_or_default();
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                if x.bits() + y.bits() > MAX_INT_BITS {
                    return Err(self.err(ExcKind::MemoryError, ""));
                }
                x * y
            }
            BinOp::Div => {
                return Ok(Value::Float(
                    fmt::true_div_int(&x, &y).map_err(|e| self.fmt_err(e))?,
                ))
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.err(
                        ExcKind::ZeroDivisionError,
                        "integer division or modulo by zero",
                    ));
                }
                x.div_floor(&y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.err(ExcKind::ZeroDivisionError, "integer modulo by zero"));
                }
                x.mod_floor(&y)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = self.to_f64(a)?;
                    let yf = self.to_f64(b)?;
                    return self.float_pow(xf, yf);
                }
                let e = y.to_u64().unwrap_or(u64::MAX);
                let bits = x.bits().max(1);
                if x.abs() > BigInt::from(1) && bits.saturating_mul(e) > MAX_INT_BITS {
                    return Err(self.err(ExcKind::MemoryError, ""));
                }
                num_traits::pow::Pow::pow(x, e)
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.err(ExcKind::ValueError, "negative shift count"));
                }
                let s = y.to_u64().unwrap_or(u64::MAX);
                if x.is_zero() {
                    BigInt::zero()
                } else {
                    if s > MAX_INT_BITS {
                        return Err(self.err(ExcKind::MemoryError, ""));
                    }
                    x << s
                }
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.err(ExcKind::ValueError, "negative shift count"));
                }
                let s = y.to_u64().unwrap_or(u64::MAX);
                if s > x.bits() + 1 {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                } else {
                    x >> s
                }
            }
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::MatMul => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op_symbol(op, inplace),
                    self.type_name(a),
                    self.type_name(b)
                )))
            }
        };
        Ok(Value::from_bigint(r))
    }

    fn float_pow(&self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 {
            return Err(self.err(
                ExcKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
            return Err(self.err(
                ExcKind::ValueError,
                "complex numbers are not supported in the playground",
            ));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.err_args(
                ExcKind::OverflowError,
                vec![Value::Int(34), Value::str("Numerical result out of range")],
            ));
        }
        Ok(Value::Float(r))
    }

    pub fn fmt_err(&self, e: fmt::FmtError) -> PyErr {
        let k = match e.kind {
            "ValueError" => ExcKind::ValueError,
            "TypeError" => ExcKind::TypeError,
            "OverflowError" => ExcKind::OverflowError,
            "KeyError" => ExcKind::KeyError,
            "IndexError" => ExcKind::IndexError,
            "ZeroDivisionError" => ExcKind::ZeroDivisionError,
            _ => ExcKind::ValueError,
        };
        self.err(k, e.msg)
    }

    pub fn to_f64(&self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => fmt::int_to_float(b).map_err(|e| self.fmt_err(e)),
            _ => Err(self.type_error(format!("must be real number, not {}", self.type_name(v)))),
        }
    }

    pub fn index_of(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(self.err(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    pub fn unary_op(&mut self, op: UnaryOp, a: &Value) -> PyResult<Value> {
        match (op, a) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(a)?)),
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(a.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => {
                let (name, sym) = match op {
                    UnaryOp::Neg => ("__neg__", "-"),
                    UnaryOp::Pos => ("__pos__", "+"),
                    UnaryOp::Invert => ("__invert__", "~"),
                    UnaryOp::Not => unreachable!(),
                };
                if let Some(f) = self.special(a, &crate::omap::intern(name)) {
                    return self.call_value(&f, vec![], vec![]);
                }
                Err(self.type_error(format!(
                    "bad operand type for unary {}: '{}'",
                    sym,
                    self.type_name(a)
                )))
            }
        }
    }

    // ------------------------------------------------------------ comparison

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::*;
        match (a, b) {
            (Int(x), Int(y)) => Ok(x == y),
            (Str(x), Str(y)) => Ok(x == y),
            (List(x), List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (xv, yv) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&xv, &yv)
            }
            (Tuple(x), Tuple(y)) => {
                let (xv, yv) = (x.clone(), y.clone());
                self.seq_eq(&xv, &yv)
            }
            (Dict(x), Dict(y)) => {
                let xm: Vec<(Key, Value)> = x
                    .map
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                if xm.len() != y.map.borrow().len() {
                    return Ok(false);
                }
                for (k, v) in xm {
                    let other = y.map.borrow().get(&k).cloned();
                    match other {
                        Some(o) => {
                            if !self.eq(&v, &o)? {
                                return Ok(false);
                            }
                        }
                        Option::None => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Set(x), Set(y)) => {
                let (xs, ys) = (x.set.borrow(), y.set.borrow());
                Ok(xs.len() == ys.len() && xs.iter().all(|k| ys.contains(k)))
            }
            (Slice(x), Slice(y)) => {
                let (xv, yv) = (x.clone(), y.clone());
                self.seq_eq(&xv[..], &yv[..])
            }
            (Deque(x), Deque(y)) => {
                let xv: Vec<Value> = x.borrow().items.iter().cloned().collect();
                let yv: Vec<Value> = y.borrow().items.iter().cloned().collect();
                self.seq_eq(&xv, &yv)
            }
            (Method(x), Method(y)) => Ok(x.0.is(&y.0) && x.1.is(&y.1)),
            (NativeMethod(x), NativeMethod(y)) => Ok(x.0.is(&y.0) && x.1.name == y.1.name),
            (Range(x), Range(y)) if x.big.is_some() || y.big.is_some() => {
                let (xl, yl) = (x.big_len(), y.big_len());
                let (xb, yb) = (x.bounds(), y.bounds());
                Ok((xl.is_zero() && yl.is_zero())
                    || (xb.0 == yb.0
                        && xl == yl
                        && (xl == num_bigint::BigInt::from(1) || xb.2 == yb.2)))
            }
            (Range(x), Range(y)) => Ok((x.is_empty() && y.is_empty())
                || (x.start == y.start
                    && x.len() == y.len()
                    && (x.len() == 1 || x.step == y.step))),
            (DictView(_), _) | (_, DictView(_)) if is_set_view(a) || is_set_view(b) => Ok(self
                .view_compare(CmpOp::Eq, a, b)?
                .unwrap_or_else(|| a.is(b))),
            (Instance(_), _) | (_, Instance(_)) => match self.rich_compare(CmpOp::Eq, a, b)? {
                Some(r) => self.truthy(&r),
                Option::None => Ok(a.is(b)),
            },
            _ => Ok(key_eq(a, b)),
        }
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        let d = self.native_depth.get();
        if d > 400 || self.native_stack_exhausted() {
            return Err(self.err(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        self.native_depth.set(d + 1);
        let r = self.seq_eq_items(x, y);
        self.native_depth.set(d);
        r
    }

    fn seq_eq_items(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y.iter()) {
            if !p.is(q) && !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                CmpOp::Lt => x < y,
                CmpOp::LtE => x <= y,
                CmpOp::Gt => x > y,
                CmpOp::GtE => x >= y,
                CmpOp::Eq => x == y,
                CmpOp::NotEq => x != y,
                _ => unreachable!(),
            }));
        }
        if matches!(a, Value::DictView(_)) || matches!(b, Value::DictView(_)) {
            if let Some(r) = self.view_compare(op, a, b)? {
                return Ok(Value::Bool(r));
            }
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            if let Some(r) = self.rich_compare(op, a, b)? {
                return Ok(r);
            }
            match op {
                CmpOp::Eq => return Ok(Value::Bool(a.is(b))),
                CmpOp::NotEq => return Ok(Value::Bool(!a.is(b))),
                // Both methods were asked (once each, as CPython asks them).
                _ => return Err(self.order_error(op, a, b)),
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(self.eq(a, b)?)),
            CmpOp::NotEq => Ok(Value::Bool(!self.eq(a, b)?)),
            _ => Ok(Value::Bool(self.order(op, a, b)?)),
        }
    }

    /// A dict's keys or items view against a set or another such view
    /// (dictview_richcompare): by length and containment. None: not that.
    fn view_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let setlike = |v: &Value| is_set_view(v) || matches!(v, Value::Set(_));
        if !(is_set_view(a) || is_set_view(b)) || !setlike(a) || !setlike(b) {
            return Ok(None);
        }
        let (la, lb) = (self.view_len(a), self.view_len(b));
        let r = match op {
            CmpOp::Eq => la == lb && self.all_in(a, b)?,
            CmpOp::NotEq => !(la == lb && self.all_in(a, b)?),
            CmpOp::Lt => la < lb && self.all_in(a, b)?,
            CmpOp::LtE => la <= lb && self.all_in(a, b)?,
            CmpOp::Gt => la > lb && self.all_in(b, a)?,
            _ => la >= lb && self.all_in(b, a)?,
        };
        Ok(Some(r))
    }

    fn view_len(&self, v: &Value) -> usize {
        match v {
            Value::DictView(d) => d.0.map.borrow().len(),
            Value::Set(s) => s.set.borrow().len(),
            _ => 0,
        }
    }

    /// Every item of `a` is in `b`.
    fn all_in(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        for x in self.iterate(a)? {
            if !self.contains(b, &x)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A user class's comparison methods, as CPython's `do_richcompare`: the
    /// reflected method of a right operand whose class is a subclass of the
    /// left one's first, then `a.__op__(b)`, then `b.__reflected__(a)`; their
    /// result as it is (not made a bool). None: every one was NotImplemented
    /// or missing.
    fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (name, rname) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        };
        let sub_first = match (a, b) {
            (Value::Instance(x), Value::Instance(y)) => {
                let (cx, cy) = (x.class.borrow().clone(), y.class.borrow().clone());
                !Rc::ptr_eq(&cx, &cy) && cy.is_subclass(&cx)
            }
            _ => false,
        };
        if sub_first {
            if let Some(r) = self.user_cmp(op, rname, b, a)? {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.user_cmp(op, name, a, b)? {
            return Ok(Some(r));
        }
        if !sub_first {
            if let Some(r) = self.user_cmp(op, rname, b, a)? {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `x.name(y)` for a user method; `!=` without a `__ne__` is `not (x == y)`
    /// (object's `__ne__`). None: missing or NotImplemented.
    fn user_cmp(&mut self, op: CmpOp, name: &str, x: &Value, y: &Value) -> PyResult<Option<Value>> {
        let r = if let Some(f) = self.special(x, &crate::omap::intern(name)) {
            self.call_value(&f, vec![y.clone()], vec![])?
        } else if op == CmpOp::NotEq {
            let Some(f) = self.special(x, &crate::name!("__eq__")) else {
                return Ok(None);
            };
            match self.call_value(&f, vec![y.clone()], vec![])? {
                Value::NotImplemented => return Ok(None),
                r => Value::Bool(!self.truthy(&r)?),
            }
        } else {
            return Ok(None);
        };
        Ok((!matches!(r, Value::NotImplemented)).then_some(r))
    }

    /// `<`, `<=`, `>`, `>=`.
    pub fn order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            (Value::Float(x), Value::Float(y)) => x
                .partial_cmp(y)
                .or(Some(Ordering::Equal))
                .filter(|_| !x.is_nan() && !y.is_nan()),
            _ if is_num(a) && is_num(b) => {
                if let Value::Float(y) = b {
                    // Exact, as float_richcompare.
                    let x = to_big(a).unwrap_or_default();
                    match cmp_int_float(&x, *y) {
                        Some(o) => Some(o),
                        None => return Ok(false),
                    }
                } else if let Value::Float(x) = a {
                    let y = to_big(b).unwrap_or_default();
                    match cmp_int_float(&y, *x) {
                        Some(o) => Some(o.reverse()),
                        None => return Ok(false),
                    }
                } else {
                    Some(to_big(a).cmp(&to_big(b)))
                }
            }
            (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
            (Value::List(x), Value::List(y)) => {
                let (xv, yv) = (x.borrow().clone(), y.borrow().clone());
                return self.seq_order(op, &xv, &yv);
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (xv, yv) = (x.clone(), y.clone());
                return self.seq_order(op, &xv, &yv);
            }
            (Value::Slice(x), Value::Slice(y)) => {
                let (xv, yv) = (x.clone(), y.clone());
                return self.seq_order(op, &xv[..], &yv[..]);
            }
            (Value::Set(x), Value::Set(y)) => {
                let (xs, ys) = (x.set.borrow(), y.set.borrow());
                let sub = xs.iter().all(|k| ys.contains(k));
                let sup = ys.iter().all(|k| xs.contains(k));
                return Ok(match op {
                    CmpOp::LtE => sub,
                    CmpOp::Lt => sub && xs.len() < ys.len(),
                    CmpOp::GtE => sup,
                    _ => sup && xs.len() > ys.len(),
                });
            }
            _ => None,
        };
        if let Some(o) = ord {
            return Ok(match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::LtE => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            });
        }
        if is_num(a) && is_num(b) {
            return Ok(false);
        }
        if let Some(r) = self.rich_compare(op, a, b)? {
            return self.truthy(&r);
        }
        Err(self.order_error(op, a, b))
    }

    /// "'<' not supported between instances of 'A' and 'B'".
    fn order_error(&self, op: CmpOp, a: &Value, b: &Value) -> PyErr {
        let sym = match op {
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            _ => ">=",
        };
        self.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn seq_order(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        let by = |o: std::cmp::Ordering| match op {
            CmpOp::Lt => o.is_lt(),
            CmpOp::LtE => o.is_le(),
            CmpOp::Gt => o.is_gt(),
            _ => o.is_ge(),
        };
        for (p, q) in x.iter().zip(y.iter()) {
            // Numbers first, without the generic `==` (a timer heap's
            // `(when, seq, handle)` entries).
            match (p, q) {
                (Value::Int(a), Value::Int(b)) => match a.cmp(b) {
                    std::cmp::Ordering::Equal => continue,
                    o => return Ok(by(o)),
                },
                (Value::Float(a), Value::Float(b)) if !a.is_nan() && !b.is_nan() => {
                    match a.partial_cmp(b).expect("not NaN") {
                        std::cmp::Ordering::Equal => continue,
                        o => return Ok(by(o)),
                    }
                }
                _ => {}
            }
            if !p.is(q) && !self.eq(p, q)? {
                return self.order(op, p, q);
            }
        }
        let (lx, ly) = (x.len(), y.len());
        Ok(match op {
            CmpOp::Lt => lx < ly,
            CmpOp::LtE => lx <= ly,
            CmpOp::Gt => lx > ly,
            _ => lx >= ly,
        })
    }

    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // Tuples first: heapq's entries (the loop's `(when, seq, handle)`).
        if let (Value::Tuple(x), Value::Tuple(y)) = (a, b) {
            return self.seq_order(CmpOp::Lt, x, y);
        }
        self.order(CmpOp::Lt, a, b)
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(i) => Ok(s.contains(&**i)),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.contains(&(*i as u8))),
                Value::Bytes(i) => Ok(i.is_empty() || b.windows(i.len()).any(|w| w == &**i)),
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            Value::Dict(d) => {
                let k = self.key(item.clone())?;
                Ok(d.map.borrow().contains_key(&k))
            }
            Value::Set(s) => {
                let k = self.key(item.clone())?;
                Ok(s.set.borrow().contains(&k))
            }
            Value::DictView(v) if v.1 == 0 => {
                let k = self.key(item.clone())?;
                Ok(v.0.map.borrow().contains_key(&k))
            }
            Value::Range(r) => match item {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
                    if r.big.is_some() || matches!(item, Value::BigInt(_)) =>
                {
                    Ok(range_index_of(r, &to_big(item).unwrap_or_default()).is_some())
                }
                Value::Int(i) => {
                    let i = *i;
                    if r.step > 0 {
                        Ok(i >= r.start && i < r.stop && (i - r.start) % r.step == 0)
                    } else {
                        Ok(i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0)
                    }
                }
                _ => {
                    let items = self.iterate(container)?;
                    self.any_eq(&items, item)
                }
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                self.any_eq(&items, item)
            }
            Value::Tuple(t) => {
                let t = t.clone();
                self.any_eq(&t, item)
            }
            Value::Instance(_) => {
                if let Some(f) = self.special(container, &crate::name!("__contains__")) {
                    let r = self.call_value(&f, vec![item.clone()], vec![])?;
                    return self.truthy(&r);
                }
                if self.special(container, &crate::name!("__iter__")).is_some()
                    || self
                        .special(container, &crate::name!("__getitem__"))
                        .is_some()
                {
                    return self.contains_iter(container, item);
                }
                Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )))
            }
            Value::Iter(_) | Value::Gen(_) => self.contains_iter(container, item),
            Value::Deque(_) | Value::DictView(_) => {
                let items = self.iterate(container)?;
                self.any_eq(&items, item)
            }
            _ => Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))),
        }
    }

    /// `in` by iterating (CPython's `_PySequence_IterSearch`): stops at the
    /// first equal item, so a generator runs no further than that.
    fn contains_iter(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.get_iter(container)?;
        while let Some(x) = self.next(&it)? {
            self.native_steps(1)?;
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn any_eq(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for x in items {
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.map.borrow().is_empty(),
            Value::Set(s) => !s.set.borrow().is_empty(),
            Value::Range(r) => !r.is_empty() || r.big.is_some() && r.big_len().is_positive(),
            Value::Deque(d) => !d.borrow().items.is_empty(),
            Value::DictView(v) => !v.0.map.borrow().is_empty(),
            Value::Instance(_) => {
                if let Some(f) = self.special(v, &crate::name!("__bool__")) {
                    let r = self.call_value(&f, vec![], vec![])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                if let Some(f) = self.special(v, &crate::name!("__len__")) {
                    let r = self.call_value(&f, vec![], vec![])?;
                    return Ok(self.index_of(&r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// Instance `v` (with a user `__hash__`, of hash `h`) as a key: itself,
    /// recorded with its hash and, with a user `__eq__`, made one key with the
    /// first live instance of that hash it equals (`value::eq_rep`), as CPython's
    /// dicts and sets compare on a hash match. Once made a key, an instance
    /// stays the key it was (its hash must not change inside a dict or set).
    fn canonical_key(&mut self, v: Value, h: i64, has_eq: bool) -> PyResult<Key> {
        let Value::Instance(inst) = &v else {
            return Ok(Key(v));
        };
        let id = v.id();
        if crate::value::user_hash(id).is_some() {
            return Ok(Key(v));
        }
        let mut rep = None;
        if has_eq {
            let reps: Vec<Rc<Instance>> = self
                .eq_keys
                .borrow()
                .buckets
                .get(&h)
                .map(|b| b.reps.iter().filter_map(std::rc::Weak::upgrade).collect())
                .unwrap_or_default();
            for c in reps {
                // The stored key first, as PyObject_RichCompare(startkey, key).
                let cv = Value::Instance(c);
                if self.eq(&cv, &v)? {
                    rep = Some(crate::value::eq_rep(cv.id()));
                    break;
                }
            }
        }
        if crate::value::user_hash(id).is_some() {
            // `__eq__` made it a key meanwhile.
            return Ok(Key(v));
        }
        crate::value::set_eq_rep(id, rep.unwrap_or(id), h);
        self.eq_keys
            .borrow_mut()
            .add(h, Rc::downgrade(inst), rep.is_some());
        Ok(Key(v))
    }

    pub fn key(&mut self, v: Value) -> PyResult<Key> {
        match &v {
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Deque(_) => {
                if let Value::Set(s) = &v {
                    if s.frozen {
                        return Ok(Key(v));
                    }
                }
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(&v))))
            }
            // dict_keys and dict_items are set-like: unhashable (dict_values is not).
            Value::DictView(d) if d.1 != 1 => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(&v))))
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    self.key(x.clone())?;
                }
                Ok(Key(v))
            }
            Value::Instance(i) => {
                let cls = i.class.borrow().clone();
                // 1: by identity; 2: unhashable; 3: a user `__hash__`.
                let how = cls.cached_u8(&cls.cache.hashing, || {
                    let hash = cls.lookup_name(&crate::name!("__hash__"));
                    if matches!(hash, Some(Value::None))
                        || (cls.lookup_name(&crate::name!("__eq__")).is_some()
                            && hash.is_none()
                            && !cls.is_exception())
                    {
                        2
                    } else if matches!(hash, Some(Value::Func(_))) {
                        3
                    } else {
                        1
                    }
                });
                if how == 1 {
                    return Ok(Key(v));
                }
                if how == 2 {
                    return Err(self.type_error(format!("unhashable type: '{}'", cls.name)));
                }
                // A user `__hash__` runs (its exceptions propagate, its result must
                // be an int). With a user `__eq__` too, equal instances must be one
                // key: the first such instance made a key stands for all that equal
                // it (found by hash, confirmed by `__eq__`), and dicts and sets then
                // tell keys apart by identity.
                if let Some(f @ Value::Func(_)) = cls.lookup_name(&crate::name!("__hash__")) {
                    let h = self.call_value(&f, vec![v.clone()], vec![])?;
                    if !matches!(h, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                        return Err(self.type_error("__hash__ method should return an integer"));
                    }
                    let has_eq = matches!(
                        cls.lookup_name(&crate::name!("__eq__")),
                        Some(Value::Func(_))
                    );
                    return self.canonical_key(v, crate::pyset::py_hash(&h), has_eq);
                }
                Ok(Key(v))
            }
            _ => Ok(Key(v)),
        }
    }

    // ------------------------------------------------------------ attributes

    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attr_error(obj, name)),
        }
    }

    pub fn attr_error(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
            Value::Class(c) => {
                format!(
                    "type object '{}' has no attribute '{}'",
                    Self::tp_name(c),
                    name
                )
            }
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        let e = self.err(ExcKind::AttributeError, msg);
        if let Value::Instance(i) = &e.exc {
            i.dict
                .borrow_mut()
                .insert(Rc::from("name"), Value::str(name));
            i.dict.borrow_mut().insert(Rc::from("obj"), obj.clone());
        }
        e
    }

    /// Special method lookup on the type (for `with`, etc.).
    pub fn get_attr_opt_special(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(i) => {
                let c = i.class.borrow().clone();
                Ok(c.lookup(name)
                    .map(|f| self.bind_descr(f, obj))
                    .transpose()?)
            }
            _ => self.get_attr_opt(obj, name),
        }
    }

    fn bind_descr(&mut self, f: Value, obj: &Value) -> PyResult<Value> {
        match f {
            Value::Property(p) => {
                let getter = p[0].clone();
                self.call_value(&getter, vec![obj.clone()], vec![])
            }
            other => Ok(bind(other, obj)),
        }
    }

    /// `obj.name` for an interned name (a code object's): an instance's
    /// attributes and its class's cache are searched by identity.
    pub fn get_attr_name(&mut self, obj: &Value, name: &Str, slot: &Cell<u8>) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            let cls = inst.class.borrow().clone();
            if cls.is_plain() {
                if let Some(v) = inst.dict.borrow().get_hinted(name, slot) {
                    return Ok(v.clone());
                }
                // As `get_attr_opt`: a plain class has no data descriptor.
                if let Some(v) = cls.lookup_name(name) {
                    return Ok(bind(v, obj));
                }
            } else {
                // As `get_attr_opt`: a descriptor first, then the instance's own.
                let cv = cls.lookup_name(name);
                if !cv.as_ref().is_some_and(crate::builtins::is_descriptor) {
                    if let Some(v) = inst.dict.borrow().get_hinted(name, slot) {
                        return Ok(v.clone());
                    }
                    if let Some(v) = cv {
                        return Ok(bind(v, obj));
                    }
                }
            }
        }
        if let Some(f) = crate::builtins::type_method_named(self, obj, name)? {
            return Ok(Value::NativeMethod(Rc::new((obj.clone(), f))));
        }
        if let Value::Module(m) = obj {
            // `asyncio.sleep`: the slot it was found at last, else by key.
            if let Some(v) = m.dict.get_hinted(name, slot) {
                return Ok(v);
            }
        }
        self.get_attr(obj, name)
    }

    /// `inst.name`: the class's data descriptors, the instance's own
    /// attributes, the class's other attributes, the built-in base's special
    /// methods, then (with `getattr`) a `__getattr__`.
    fn instance_attr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
        getattr: bool,
    ) -> PyResult<Option<Value>> {
        let cls = inst.class.borrow().clone();
        if cls.is_plain() {
            if let Some(v) = inst.dict.borrow().get(name) {
                return Ok(Some(v.clone()));
            }
        }
        let cv = cls.lookup(name);
        if let Some(Value::Property(p)) = &cv {
            let getter = p[0].clone();
            if getter.is_none() {
                return Err(self.err(
                    ExcKind::AttributeError,
                    format!("property '{}' of '{}' object has no getter", name, cls.name),
                ));
            }
            return Ok(Some(self.call_value(&getter, vec![obj.clone()], vec![])?));
        }
        // A data descriptor (`__set__`/`__delete__`) comes before the
        // instance's own attributes; `__get__` alone after them.
        let get = cv
            .as_ref()
            .and_then(|d| self.special(d, &crate::name!("__get__")));
        if let (Some(g), Some(d)) = (&get, &cv) {
            if self.special(d, &crate::name!("__set__")).is_some()
                || self.special(d, &crate::name!("__delete__")).is_some()
            {
                let args = vec![obj.clone(), Value::Class(cls.clone())];
                return Ok(Some(self.call_value(g, args, vec![])?));
            }
        }
        if let Some(v) = inst.dict.borrow().get(name) {
            return Ok(Some(v.clone()));
        }
        if let Some(g) = get {
            let args = vec![obj.clone(), Value::Class(cls.clone())];
            return Ok(Some(self.call_value(&g, args, vec![])?));
        }
        if let Some(v) = cv {
            return Ok(Some(bind(v, obj)));
        }
        if name == "__class__" {
            return Ok(Some(Value::Class(cls)));
        }
        if name == "__dict__" {
            if cls.builtin == Some(Builtin::Object) {
                // A bare `object()` has no `__dict__` (nor attributes).
                return Ok(None);
            }
            return Ok(Some(Value::Dict(DictObj::of_instance(inst))));
        }
        if inst.exc.is_some() {
            if let Some(v) = crate::builtins::exception_attr(self, obj, name)? {
                return Ok(Some(v));
            }
        }
        if name.starts_with("__") {
            if let Some(v) = crate::dunders::instance_default(self, obj, &cls, name)? {
                return Ok(Some(v));
            }
        }
        if !getattr {
            return Ok(None);
        }
        if let Some(f) = cls.lookup_name(&crate::name!("__getattr__")) {
            let f = bind(f, obj);
            return Ok(Some(self.call_value(&f, vec![Value::str(name)], vec![])?));
        }
        Ok(None)
    }

    /// `object.__getattribute__(obj, name)`: the lookup without `__getattr__`.
    pub fn generic_get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let found = match obj {
            Value::Instance(inst) => self.instance_attr(obj, inst, name, false)?,
            _ => self.get_attr_opt(obj, name)?,
        };
        found.ok_or_else(|| self.attr_error(obj, name))
    }

    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => self.instance_attr(obj, inst, name, true),
            Value::Class(c) => {
                if let Some(v) = c.lookup(name) {
                    if let Some(g) = self.special(&v, &crate::name!("__get__")) {
                        let args = vec![Value::None, obj.clone()];
                        return Ok(Some(self.call_value(&g, args, vec![])?));
                    }
                    return Ok(Some(match v {
                        Value::ClassMethod(f) => {
                            Value::Method(Rc::new((obj.clone(), (*f).clone())))
                        }
                        Value::StaticMethod(f) => (*f).clone(),
                        other => other,
                    }));
                }
                match name {
                    "__name__" => Ok(Some(Value::Str(c.name.clone()))),
                    "__qualname__" => Ok(Some(Value::Str(c.qualname.clone()))),
                    "__mro__" => Ok(Some(Value::tuple(
                        c.mro
                            .borrow()
                            .iter()
                            .map(|c| Value::Class(c.clone()))
                            .collect(),
                    ))),
                    "__bases__" => Ok(Some(Value::tuple(
                        c.bases.iter().map(|c| Value::Class(c.clone())).collect(),
                    ))),
                    "__base__" => Ok(Some(
                        c.bases
                            .first()
                            .map_or(Value::None, |b| Value::Class(b.clone())),
                    )),
                    "mro" => Ok(Some(crate::builtins::native_method(obj, "mro", class_mro))),
                    "__dict__" => {
                        let m = c
                            .dict
                            .borrow()
                            .iter()
                            .map(|(k, v)| (Key(Value::Str(k.clone())), v.clone()))
                            .collect();
                        Ok(Some(Value::Dict(DictObj::new(m))))
                    }
                    _ => crate::builtins::class_attr(self, c, name),
                }
            }
            Value::Module(m) => {
                let found = m.dict.map.borrow().get(&Key(Value::str(name))).cloned();
                let lazy = || {
                    IN_PYTHON
                        .iter()
                        .find(|(module, _, names)| *module == &*m.name && names.contains(&name))
                };
                if let (None, Some((_, prelude, _))) = (&found, lazy()) {
                    // Written in Python (a prelude), loaded on first use.
                    let pg = self.import(prelude)?;
                    let f = self.get_attr_opt(&pg, name)?;
                    if let Some(f) = &f {
                        m.dict
                            .map
                            .borrow_mut()
                            .insert(Key(Value::str(name)), f.clone());
                    }
                    return Ok(f);
                }
                Ok(found)
            }
            Value::Func(f) => match name {
                "__name__" => Ok(Some(Value::Str(f.name.borrow().clone()))),
                "__qualname__" => Ok(Some(Value::Str(f.qualname.borrow().clone()))),
                "__module__" | "__doc__" if f.set.borrow().is_some() => {
                    let set = f.set.borrow();
                    let set = set.as_ref().expect("set");
                    let v = if name == "__doc__" {
                        &set.doc
                    } else {
                        &set.module
                    };
                    match v {
                        Some(v) => Ok(Some(v.clone())),
                        None => self.func_attr_as_made(f, name),
                    }
                }
                "__module__" | "__doc__" => self.func_attr_as_made(f, name),
                "__code__" => Ok(Some(Value::Code(f.code.clone()))),
                "__closure__" => Ok(Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                })),
                "__defaults__" => Ok(Some(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                })),
                "__dict__" => Ok(Some(Value::Dict(self.func_dict(f)))),
                _ => Ok(f
                    .dict
                    .borrow()
                    .as_ref()
                    .and_then(|d| d.map.borrow().get(&Key(Value::str(name))).cloned())),
            },
            Value::Super(s) => {
                let (cls, inst) = (&s.0, &s.1);
                let start_cls = match inst {
                    Value::Class(c) => c.clone(),
                    other => self.class_rc(other),
                };
                let mro = start_cls.mro.borrow().clone();
                let pos = mro
                    .iter()
                    .position(|c| Rc::ptr_eq(c, cls))
                    .map(|p| p + 1)
                    .unwrap_or(mro.len());
                for c in &mro[pos..] {
                    let found = c.dict.borrow().get(name).cloned();
                    if let (Some(Value::Property(p)), false) =
                        (&found, matches!(inst, Value::Class(_)))
                    {
                        // `super().prop`: the base's property, read on the instance.
                        let getter = p[0].clone();
                        if getter.is_none() {
                            return Err(self.err(
                                ExcKind::AttributeError,
                                format!(
                                    "property '{}' of '{}' object has no getter",
                                    name, start_cls.name
                                ),
                            ));
                        }
                        return Ok(Some(self.call_value(
                            &getter,
                            vec![inst.clone()],
                            vec![],
                        )?));
                    }
                    if let Some(v) = found {
                        return Ok(Some(match v {
                            Value::ClassMethod(f) => Value::Method(Rc::new((
                                Value::Class(start_cls.clone()),
                                (*f).clone(),
                            ))),
                            Value::StaticMethod(f) => (*f).clone(),
                            v => {
                                if matches!(inst, Value::Class(_)) {
                                    v
                                } else {
                                    bind(v, inst)
                                }
                            }
                        }));
                    }
                    if c.builtin.is_some() {
                        if let Some(v) = crate::builtins::base_method(self, c, name, inst)? {
                            return Ok(Some(v));
                        }
                    }
                }
                Ok(None)
            }
            Value::Method(m) => match name {
                "__self__" => Ok(Some(m.0.clone())),
                "__func__" => Ok(Some(m.1.clone())),
                "__name__" => self.get_attr_opt(&m.1.clone(), name),
                _ => self.get_attr_opt(&m.1.clone(), name),
            },
            Value::Native(n) => match name {
                "__qualname__" if crate::dunders::is_wrapper(n) => Ok(Some(Value::string(
                    format!("{}.{}", crate::dunders::wrapper_owner(n), n.name),
                ))),
                "__name__" | "__qualname__" => Ok(Some(Value::Str(n.name.clone()))),
                _ if &*n.name == "chain" => Ok(crate::modules::chain_attr(name)),
                _ => Ok(crate::dunders::bound(obj, name)),
            },
            Value::Gen(g) => crate::builtins::gen_attr(self, g, obj, name),
            // An awaitable: `__await__` gives itself (asyncio wraps it in a coroutine).
            Value::ASend(_) if name == "__await__" => Ok(Some(crate::builtins::native_method(
                obj,
                "__await__",
                crate::builtins::return_self,
            ))),
            Value::NativeMethod(m) if matches!(name, "__self__" | "__name__" | "__qualname__") => {
                Ok(Some(match name {
                    "__self__" => m.0.clone(),
                    // CPython's builtin methods: `Future.set_result`, `list.append`.
                    "__qualname__" => {
                        Value::string(format!("{}.{}", self.class_name(&m.0), m.1.name))
                    }
                    _ => Value::Str(m.1.name.clone()),
                }))
            }
            _ => crate::builtins::method(self, obj, name),
        }
    }

    /// A function's `__module__` or `__doc__` as its definition made them.
    fn func_attr_as_made(&self, f: &Function, name: &str) -> PyResult<Option<Value>> {
        Ok(if name == "__module__" {
            f.globals
                .map
                .borrow()
                .get(&Key(Value::str("__name__")))
                .cloned()
                .or(Some(Value::None))
        } else {
            Some(match f.code.consts.first() {
                Some(Value::Str(d)) if !f.code.is_lambda => Value::Str(d.clone()),
                _ => Value::None,
            })
        })
    }

    fn func_dict(&self, f: &Rc<Function>) -> Rc<DictObj> {
        let mut d = f.dict.borrow_mut();
        if d.is_none() {
            *d = Some(DictObj::new(Default::default()));
        }
        d.clone().expect("dict")
    }

    /// `obj.name = v` with the code's (interned) name: a plain instance's
    /// attribute is stored without asking its class.
    #[inline]
    pub fn store_attr(
        &mut self,
        obj: &Value,
        name: &Str,
        slot: &Cell<u8>,
        v: Value,
    ) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if inst.exc.is_none() && &**name != "__class__" {
                // As `set_attr`: into the instance's own dict, unless a
                // property of that name or a `__setattr__` takes it.
                let cls = inst.class.borrow().clone();
                if cls.builtin == Some(crate::types::Builtin::Object) {
                    // A bare `object()` has no `__dict__`.
                    return Err(self.attr_error(obj, name));
                }
                let fast = cls.is_plain() || {
                    // No property, no descriptor with `__set__`.
                    let takes = |d: &Value| {
                        matches!(d, Value::Property(_))
                            || self.special(d, &crate::name!("__set__")).is_some()
                    };
                    !cls.lookup_name(name).as_ref().is_some_and(takes)
                        && cls.lookup_name(&crate::name!("__setattr__")).is_none()
                        && slot_allowed(&cls, name)
                };
                if fast {
                    let mut d = inst.dict.borrow_mut();
                    if d.insert_hinted(name, slot, v).is_none() {
                        cls.cache.saw_attrs(d.len());
                    }
                    return Ok(());
                }
            }
        }
        self.set_attr(obj, name, v)
    }

    /// `object.__setattr__(obj, name, v)`: a property's setter or a data
    /// descriptor's `__set__`, else the instance's own attribute (past a
    /// `__setattr__` override and `__slots__`, as namedtuple's `_tuple`).
    pub fn generic_set_attr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return self.set_attr(obj, name, v);
        };
        let cls = inst.class.borrow().clone();
        if cls.builtin == Some(crate::types::Builtin::Object) {
            return Err(self.attr_error(obj, name));
        }
        if let Some(Value::Property(p)) = cls.lookup(name) {
            let setter = p[1].clone();
            if setter.is_none() {
                return Err(self.err(
                    ExcKind::AttributeError,
                    format!("property '{}' of '{}' object has no setter", name, cls.name),
                ));
            }
            self.call_value(&setter, vec![obj.clone(), v], vec![])?;
            return Ok(());
        }
        if let Some(d) = cls.lookup(name) {
            if let Some(f) = self.special(&d, &crate::name!("__set__")) {
                self.call_value(&f, vec![obj.clone(), v], vec![])?;
                return Ok(());
            }
        }
        if inst.exc.is_some() && crate::builtins::set_exception_attr(self, obj, name, &v)? {
            return Ok(());
        }
        if name == "__class__" {
            if let Value::Class(c) = v {
                *inst.class.borrow_mut() = c;
                return Ok(());
            }
        }
        let mut d = inst.dict.borrow_mut();
        match d.get_mut(name) {
            Some(slot) => *slot = v,
            None => {
                d.insert(crate::omap::intern(name), v);
            }
        }
        Ok(())
    }

    pub fn set_attr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if cls.builtin == Some(crate::types::Builtin::Object) {
                    return Err(self.attr_error(obj, name));
                }
                if inst.exc.is_none() && name != "__class__" && cls.is_plain() {
                    let mut d = inst.dict.borrow_mut();
                    if d.insert_name(&crate::omap::intern(name), v).is_none() {
                        cls.cache.saw_attrs(d.len());
                    }
                    return Ok(());
                }
                if let Some(f) = cls.lookup_name(&crate::name!("__setattr__")) {
                    // A `__setattr__` override sees every assignment (a
                    // property's too, through `object.__setattr__`).
                    let f = bind(f, obj);
                    self.call_value(&f, vec![Value::str(name), v], vec![])?;
                    return Ok(());
                }
                let data_descr = |vm: &Self, d: &Value| {
                    matches!(d, Value::Property(_))
                        || vm.special(d, &crate::name!("__set__")).is_some()
                };
                if !slot_allowed(&cls, name)
                    && inst.dict.borrow().get(name).is_none()
                    && !cls.lookup(name).is_some_and(|d| data_descr(self, &d))
                {
                    return Err(self.attr_error(obj, name));
                }
                self.generic_set_attr(obj, name, v)
            }
            Value::Class(c) => {
                if c.builtin.is_some() && !c.is_exception() {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name, c.name
                    )));
                }
                c.dict.borrow_mut().insert(crate::omap::intern(name), v);
                crate::value::classes_changed();
                Ok(())
            }
            Value::Module(m) => {
                m.dict.map.borrow_mut().insert(Key(Value::str(name)), v);
                Ok(())
            }
            Value::Func(f) => {
                match name {
                    "__name__" | "__qualname__" => {
                        let Value::Str(s) = v else {
                            return Err(
                                self.type_error(format!("{name} must be set to a string object"))
                            );
                        };
                        if name == "__name__" {
                            *f.name.borrow_mut() = s;
                        } else {
                            *f.qualname.borrow_mut() = s;
                        }
                        return Ok(());
                    }
                    "__doc__" | "__module__" => {
                        let mut set = f.set.borrow_mut();
                        let set = set.get_or_insert_with(Default::default);
                        if name == "__doc__" {
                            set.doc = Some(v);
                        } else {
                            set.module = Some(v);
                        }
                        return Ok(());
                    }
                    _ => {}
                }
                let d = self.func_dict(f);
                d.map.borrow_mut().insert(Key(Value::str(name)), v);
                Ok(())
            }
            _ => {
                if let Some(found) = self.get_attr_opt(obj, name)? {
                    // A method is read-only; a data attribute (`int.real`,
                    // `range.start`) is a descriptor without a setter.
                    let msg = match found {
                        Value::NativeMethod(_) | Value::Native(_) | Value::Method(_) => format!(
                            "'{}' object attribute '{}' is read-only",
                            self.type_name(obj),
                            name
                        ),
                        // A member descriptor (`range.start`, `slice.stop`).
                        _ if matches!(obj, Value::Range(_) | Value::Slice(_)) => {
                            "readonly attribute".to_string()
                        }
                        _ => format!(
                            "attribute '{}' of '{}' objects is not writable",
                            name,
                            self.type_name(obj)
                        ),
                    };
                    Err(self.err(ExcKind::AttributeError, msg))
                } else {
                    Err(self.err(
                        ExcKind::AttributeError,
                        format!(
                            "'{}' object has no attribute '{}'",
                            self.type_name(obj),
                            name
                        ),
                    ))
                }
            }
        }
    }

    /// `object.__delattr__(obj, name)`: a descriptor's `__delete__`, a
    /// property's deleter, else the instance's own attribute.
    pub fn generic_del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return self.del_attr(obj, name);
        };
        let cls = inst.class.borrow().clone();
        let cv = cls.lookup(name);
        if let Some(f) = cv
            .as_ref()
            .and_then(|d| self.special(d, &crate::name!("__delete__")))
        {
            self.call_value(&f, vec![obj.clone()], vec![])?;
            return Ok(());
        }
        if let Some(Value::Property(p)) = cv {
            let deleter = p[2].clone();
            if deleter.is_none() {
                return Err(self.err(
                    ExcKind::AttributeError,
                    format!(
                        "property '{}' of '{}' object has no deleter",
                        name, cls.name
                    ),
                ));
            }
            self.call_value(&deleter, vec![obj.clone()], vec![])?;
            return Ok(());
        }
        if inst.dict.borrow_mut().shift_remove(name).is_none() {
            return Err(self.attr_error(obj, name));
        }
        Ok(())
    }

    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(f @ Value::Func(_)) = cls.lookup_name(&crate::name!("__delattr__")) {
                    // A `__delattr__` override sees every deletion.
                    self.call_value(&bind(f, obj), vec![Value::str(name)], vec![])?;
                    return Ok(());
                }
                self.generic_del_attr(obj, name)
            }
            Value::Class(c) => {
                if c.dict.borrow_mut().shift_remove(name).is_none() {
                    return Err(self.attr_error(obj, name));
                }
                crate::value::classes_changed();
                Ok(())
            }
            Value::Module(m) => {
                if m.dict
                    .map
                    .borrow_mut()
                    .shift_remove(&Key(Value::str(name)))
                    .is_none()
                {
                    return Err(self.attr_error(obj, name));
                }
                Ok(())
            }
            _ => Err(self.attr_error(obj, name)),
        }
    }

    // ------------------------------------------------------------ items

    fn norm_index(&self, i: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match i {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(self.err(
                    ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer".to_string(),
                ))
            }
            other => {
                if what == "str" {
                    return Err(self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(other)
                    )));
                }
                return Err(self.type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    self.type_name(other)
                )));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "list" | "tuple" => format!("{what} index out of range"),
                "str" => "string index out of range".into(),
                "bytes" => "index out of range".into(),
                "range" => "range object index out of range".into(),
                "deque" => "deque index out of range".into(),
                _ => "index out of range".into(),
            };
            return Err(self.err(ExcKind::IndexError, msg));
        }
        Ok(j as usize)
    }

    /// `slice.indices(len)`: (start, stop, step) normalized.
    /// PySlice_GetLongIndices: a slice's indices over a length of any size.
    pub fn big_slice_indices(
        &mut self,
        s: &[Value; 3],
        len: &BigInt,
    ) -> PyResult<(BigInt, BigInt, BigInt)> {
        let get = |v: &Value| -> PyResult<Option<BigInt>> {
            match v {
                Value::None => Ok(None),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(to_big(v)),
                Value::Instance(_) if self.special(v, &crate::name!("__index__")).is_some() => {
                    Ok(Some(BigInt::from(self.index_of(v)?)))
                }
                _ => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = get(&s[2])?.unwrap_or_else(|| BigInt::from(1));
        let (start, stop) = (get(&s[0])?, get(&s[1])?);
        if step.is_zero() {
            return Err(self.err(ExcKind::ValueError, "slice step cannot be zero"));
        }
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), len - 1)
        } else {
            (BigInt::zero(), len.clone())
        };
        let fix = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(x) => {
                    if x.is_negative() {
                        let x = x + len;
                        if x < lower {
                            lower.clone()
                        } else {
                            x
                        }
                    } else if x > upper {
                        upper.clone()
                    } else {
                        x
                    }
                }
            }
        };
        let neg = step.is_negative();
        let start = fix(start, if neg { &upper } else { &lower });
        let stop = fix(stop, if neg { &lower } else { &upper });
        Ok((start, stop, step))
    }

    pub fn slice_indices(&self, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64)> {
        let get = |v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                Value::BigInt(b) => Ok(Some(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let len = len as i64;
        let step = get(&s[2])?.unwrap_or(1);
        if step == 0 {
            return Err(self.err(ExcKind::ValueError, "slice step cannot be zero"));
        }
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let fix = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(x) => {
                    let x = if x < 0 { x + len } else { x };
                    x.clamp(lo, hi)
                }
            }
        };
        let start = fix(get(&s[0])?, if step < 0 { hi } else { lo });
        let stop = fix(get(&s[1])?, if step < 0 { lo } else { hi });
        Ok((start, stop, step))
    }

    fn slice_positions(&self, s: &[Value; 3], len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, len)?;
        let mut out = Vec::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                out.push(i as usize);
                i += step;
            }
        } else {
            while i > stop {
                out.push(i as usize);
                i += step;
            }
        }
        Ok(out)
    }

    pub fn get_item(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        match (obj, idx) {
            (Value::List(l), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                let l = l.borrow();
                let i = self.norm_index(idx, l.len(), "list")?;
                Ok(l[i].clone())
            }
            (Value::Tuple(t), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                let i = self.norm_index(idx, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            (Value::Dict(d), _) => {
                let k = self.key(idx.clone())?;
                let found = d.map.borrow().get(&k).cloned();
                match found {
                    Some(v) => Ok(v),
                    None => {
                        if let Some(f) = d.default.as_ref().filter(|f| !f.is_none()) {
                            let f = f.clone();
                            let v = self.call_value(&f, vec![], vec![])?;
                            d.map.borrow_mut().insert(k, v.clone());
                            return Ok(v);
                        }
                        Err(self.err_args(ExcKind::KeyError, vec![idx.clone()]))
                    }
                }
            }
            (Value::Str(s), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                if s.is_ascii() {
                    let i = self.norm_index(idx, s.len(), "str")?;
                    return Ok(Value::str(&s[i..i + 1]));
                }
                let n = s.chars().count();
                let i = self.norm_index(idx, n, "str")?;
                Ok(Value::string(
                    s.chars().nth(i).map(String::from).unwrap_or_default(),
                ))
            }
            (Value::Bytes(b), Value::Int(_) | Value::Bool(_)) => {
                let i = self.norm_index(idx, b.len(), "bytes")?;
                Ok(Value::Int(b[i] as i64))
            }
            (Value::Range(r), Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
                if r.big.is_some() || matches!(idx, Value::BigInt(_)) =>
            {
                // compute_range_item over ints of any size.
                let len = r.big_len();
                let mut i = to_big(idx).unwrap_or_default();
                if i.is_negative() {
                    i += &len;
                }
                if i.is_negative() || i >= len {
                    return Err(self.err(ExcKind::IndexError, "range object index out of range"));
                }
                let (start, _, step) = r.bounds();
                Ok(Value::from_bigint(start + i * step))
            }
            (Value::Range(r), Value::Int(_) | Value::Bool(_)) => {
                let i = self.norm_index(idx, r.len() as usize, "range")?;
                Ok(Value::Int(r.get(i as i64)))
            }
            (Value::Deque(d), Value::Int(_) | Value::Bool(_)) => {
                let d = d.borrow();
                let i = self.norm_index(idx, d.items.len(), "deque")?;
                Ok(d.items[i].clone())
            }
            (Value::Deque(_), i) if !matches!(i, Value::Slice(_) | Value::BigInt(_)) => {
                Err(self.bad_index(obj, idx))
            }
            (_, Value::Slice(s)) => self.get_slice(obj, s),
            (Value::Instance(_), _) => match self.special(obj, &crate::name!("__getitem__")) {
                Some(f) => self.call_value(&f, vec![idx.clone()], vec![]),
                None => Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(obj)
                ))),
            },
            (Value::Class(c), _) => {
                if let Some(f) = c.lookup_name(&crate::name!("__class_getitem__")) {
                    let f = bind(f, obj);
                    return self.call_value(&f, vec![idx.clone()], vec![]);
                }
                use crate::types::Builtin as B;
                if matches!(
                    c.builtin,
                    Some(B::List | B::Dict | B::Set | B::FrozenSet | B::Tuple | B::Type | B::Deque)
                ) {
                    // `list[int]`: a types.GenericAlias.
                    let m = self.import("_pgbuiltins")?;
                    let ga = self.get_attr(&m, "GenericAlias")?;
                    return self.call_value(&ga, vec![obj.clone(), idx.clone()], vec![]);
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", c.name)))
            }
            (
                Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::Range(_),
                _,
            ) => {
                let what = match obj {
                    Value::List(_) => "list",
                    Value::Tuple(_) => "tuple",
                    Value::Str(_) => "string",
                    Value::Range(_) => "range",
                    _ => "byte",
                };
                if what == "string" {
                    return Err(self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(idx)
                    )));
                }
                Err(self.type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    self.type_name(idx)
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    fn get_slice(&mut self, obj: &Value, s: &[Value; 3]) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                let l = l.borrow();
                let pos = self.slice_positions(s, l.len())?;
                Ok(Value::list(pos.into_iter().map(|i| l[i].clone()).collect()))
            }
            Value::Tuple(t) => {
                let pos = self.slice_positions(s, t.len())?;
                Ok(Value::tuple(
                    pos.into_iter().map(|i| t[i].clone()).collect(),
                ))
            }
            Value::Str(st) => {
                if st.is_ascii() {
                    let b = st.as_bytes();
                    let pos = self.slice_positions(s, b.len())?;
                    let out: Vec<u8> = pos.into_iter().map(|i| b[i]).collect();
                    return Ok(Value::string(String::from_utf8(out).unwrap_or_default()));
                }
                let chars: Vec<char> = st.chars().collect();
                let pos = self.slice_positions(s, chars.len())?;
                Ok(Value::string(pos.into_iter().map(|i| chars[i]).collect()))
            }
            Value::Bytes(b) => {
                let pos = self.slice_positions(s, b.len())?;
                Ok(Value::Bytes(Rc::from(
                    pos.into_iter().map(|i| b[i]).collect::<Vec<u8>>(),
                )))
            }
            Value::Range(r) if r.big.is_some() => {
                let (start, stop, step) = self.big_slice_indices(s, &r.big_len())?;
                let (rs, _, rstep) = r.bounds();
                Ok(Value::Range(Rc::new(RangeObj::from_big(
                    &rs + start * &rstep,
                    &rs + stop * &rstep,
                    rstep * step,
                ))))
            }
            Value::Range(r) => {
                let (start, stop, step) = self.slice_indices(s, r.len() as usize)?;
                Ok(Value::Range(Rc::new(RangeObj::from_big(
                    BigInt::from(r.start) + BigInt::from(start) * r.step,
                    BigInt::from(r.start) + BigInt::from(stop) * r.step,
                    BigInt::from(r.step) * step,
                ))))
            }
            Value::Instance(_) => match self.special(obj, &crate::name!("__getitem__")) {
                Some(f) => self.call_value(&f, vec![Value::Slice(Rc::new(s.clone()))], vec![]),
                None => Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(obj)
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    pub fn set_item(&mut self, obj: &Value, idx: Value, v: Value) -> PyResult<()> {
        match (obj, &idx) {
            (Value::List(l), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                let n = l.borrow().len();
                let i = self.norm_index(&idx, n, "list").map_err(|_| {
                    self.err(ExcKind::IndexError, "list assignment index out of range")
                })?;
                l.borrow_mut()[i] = v;
                Ok(())
            }
            (Value::List(l), Value::Slice(s)) => {
                // list_ass_slice's PySequence_Fast.
                let it = self
                    .get_iter(&v)
                    .map_err(|_| self.type_error("can only assign an iterable"))?;
                let items = self.iterate(&it)?;
                let n = l.borrow().len();
                let (start, stop, step) = self.slice_indices(s, n)?;
                if step == 1 {
                    let stop = stop.max(start);
                    l.borrow_mut().splice(start as usize..stop as usize, items);
                    return Ok(());
                }
                let pos = self.slice_positions(s, n)?;
                if pos.len() != items.len() {
                    return Err(self.err(
                        ExcKind::ValueError,
                        format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            pos.len()
                        ),
                    ));
                }
                let mut l = l.borrow_mut();
                for (p, it) in pos.into_iter().zip(items) {
                    l[p] = it;
                }
                Ok(())
            }
            (Value::Dict(d), _) => {
                let k = self.key(idx)?;
                if d.owner.is_some() {
                    d.map.borrow_mut().insert(k.clone(), v);
                    d.write_back_key(&k);
                } else {
                    d.map.borrow_mut().insert(k, v);
                }
                Ok(())
            }
            (Value::Deque(d), Value::Int(_)) => {
                let n = d.borrow().items.len();
                let i = self.norm_index(&idx, n, "deque")?;
                d.borrow_mut().items[i] = v;
                Ok(())
            }
            (Value::Instance(_), _) => match self.special(obj, &crate::name!("__setitem__")) {
                Some(f) => {
                    self.call_value(&f, vec![idx, v], vec![])?;
                    Ok(())
                }
                None => Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(obj)
                ))),
            },
            (Value::List(_) | Value::Deque(_), _) => Err(self.bad_index(obj, &idx)),
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    /// A list (or deque) indexed by something not an int or slice.
    fn bad_index(&self, obj: &Value, idx: &Value) -> PyErr {
        let t = self.type_name(idx);
        self.type_error(if matches!(obj, Value::List(_)) {
            format!("list indices must be integers or slices, not {t}")
        } else {
            format!("sequence index must be integer, not '{t}'")
        })
    }

    pub fn del_item(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        match (obj, idx) {
            (Value::List(l), Value::Int(_) | Value::Bool(_)) => {
                let n = l.borrow().len();
                let i = self.norm_index(idx, n, "list").map_err(|_| {
                    self.err(ExcKind::IndexError, "list assignment index out of range")
                })?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            (Value::List(l), Value::Slice(s)) => {
                let n = l.borrow().len();
                let mut pos = self.slice_positions(s, n)?;
                pos.sort_unstable();
                let mut l = l.borrow_mut();
                for p in pos.into_iter().rev() {
                    l.remove(p);
                }
                Ok(())
            }
            (Value::Dict(d), _) => {
                let k = self.key(idx.clone())?;
                if d.map.borrow_mut().shift_remove(&k).is_none() {
                    return Err(self.err_args(ExcKind::KeyError, vec![idx.clone()]));
                }
                if d.owner.is_some() {
                    d.write_back_key(&k);
                }
                Ok(())
            }
            (Value::Deque(d), Value::Int(_)) => {
                let n = d.borrow().items.len();
                let i = self.norm_index(idx, n, "deque")?;
                d.borrow_mut().items.remove(i);
                d.borrow_mut().state += 1;
                Ok(())
            }
            (Value::Instance(_), _)
                if self.special(obj, &crate::name!("__delitem__")).is_some() =>
            {
                let f = self.special(obj, &crate::name!("__delitem__")).unwrap();
                self.call_value(&f, vec![idx.clone()], vec![])?;
                Ok(())
            }
            (Value::List(_) | Value::Deque(_), _) => Err(self.bad_index(obj, idx)),
            _ => {
                // PySequence_DelItem's wording for a sequence type and an index key.
                let seq = matches!(
                    obj,
                    Value::Tuple(_)
                        | Value::Str(_)
                        | Value::Bytes(_)
                        | Value::Set(_)
                        | Value::Range(_)
                        | Value::Instance(_)
                        | Value::DictView(_)
                ) && matches!(idx, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
                Err(self.type_error(format!(
                    "'{}' object {} support item deletion",
                    self.type_name(obj),
                    if seq { "doesn't" } else { "does not" }
                )))
            }
        }
    }

    // ------------------------------------------------------------ iteration

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let it = match v {
            Value::List(_) | Value::Tuple(_) => IterObj::Seq {
                seq: v.clone(),
                i: 0,
                state: 0,
            },
            Value::Deque(d) => IterObj::Seq {
                seq: v.clone(),
                i: 0,
                state: d.borrow().state,
            },
            Value::Str(s) => IterObj::Str {
                s: s.clone(),
                byte: 0,
            },
            Value::Bytes(_) => IterObj::Seq {
                seq: v.clone(),
                i: 0,
                state: 0,
            },
            Value::Range(r) if r.big.is_some() => {
                // islice(count(start, step), len): the values as ints of any size.
                let (start, _, step) = r.bounds();
                IterObj::Islice {
                    it: Value::Iter(Rc::new(RefCell::new(IterObj::Count {
                        n: Value::from_bigint(start),
                        step: Value::from_bigint(step),
                    }))),
                    next: 0,
                    stop: r.big_len().to_i64(),
                    step: 1,
                    i: 0,
                }
            }
            Value::Range(r) => IterObj::Range {
                cur: r.start,
                step: r.step,
                left: r.len(),
            },
            Value::Dict(d) => IterObj::DictKeys {
                d: d.clone(),
                i: 0,
                len: d.map.borrow().len(),
            },
            Value::DictView(dv) => {
                let len = dv.0.map.borrow().len();
                match dv.1 {
                    0 => IterObj::DictKeys {
                        d: dv.0.clone(),
                        i: 0,
                        len,
                    },
                    1 => IterObj::DictValues {
                        d: dv.0.clone(),
                        i: 0,
                        len,
                    },
                    _ => IterObj::DictItems {
                        d: dv.0.clone(),
                        i: 0,
                        len,
                    },
                }
            }
            Value::Set(s) => IterObj::Set {
                set: s.clone(),
                pos: 0,
                used: s.set.borrow().len(),
            },
            Value::Gen(g) if g.kind != GenKind::Generator => {
                return Err(
                    self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
                )
            }
            Value::Iter(_) | Value::Gen(_) => return Ok(v.clone()),
            Value::Instance(_) => {
                if let Some(f) = self.special(v, &crate::name!("__iter__")) {
                    let it = self.call_value(&f, vec![], vec![])?;
                    let is_iter = match &it {
                        Value::Instance(_) => {
                            self.special(&it, &crate::name!("__next__")).is_some()
                        }
                        Value::Gen(g) => g.kind == GenKind::Generator,
                        Value::Iter(_) => true,
                        _ => false,
                    };
                    if !is_iter {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if self.special(v, &crate::name!("__getitem__")).is_some() {
                    return Ok(Value::Iter(Rc::new(RefCell::new(IterObj::Seq {
                        seq: v.clone(),
                        i: 0,
                        state: 0,
                    }))));
                }
                return Err(
                    self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
                );
            }
            _ => {
                return Err(
                    self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
                )
            }
        };
        Ok(Value::Iter(Rc::new(RefCell::new(it))))
    }

    /// The next item, or None when the iterator is exhausted.
    /// One step of `await fut` (`IterObj::FutureAwait`), as CPython's C
    /// `FutureIter`: while the future is not done, the future yielded to the
    /// task (again after the task took it: another task resuming the same
    /// coroutine waits on it too), an error if `_asyncio_future_blocking` is
    /// still set; then its result (`last_stop_value`) or what it raises, by
    /// Future's own `done` and `result` (a subclass's overrides are not called).
    fn future_await_next(
        &mut self,
        rc: &Rc<RefCell<IterObj>>,
        fut: Value,
    ) -> PyResult<Option<Value>> {
        let Some([_, done, result]) = self.future_await.clone() else {
            return Err(self.type_error("await: no Future"));
        };
        let done = crate::fastasync::call_native_or_value(self, &done, std::slice::from_ref(&fut))?;
        if !self.truthy(&done)? {
            let blocking = match &fut {
                Value::Instance(i) if i.class.borrow().is_plain() => {
                    crate::apeek!(i, "_asyncio_future_blocking", |v| match v {
                        Value::Bool(b) => Some(*b),
                        _ => None,
                    })
                    .flatten()
                }
                _ => None,
            };
            let blocking = match blocking {
                Some(b) => b,
                None => {
                    let v = self.get_attr(&fut, "_asyncio_future_blocking")?;
                    self.truthy(&v)?
                }
            };
            if !blocking {
                match &fut {
                    Value::Instance(i) if i.class.borrow().is_plain() => {
                        crate::aset!(i, "_asyncio_future_blocking", Value::Bool(true));
                    }
                    _ => self.set_attr(&fut, "_asyncio_future_blocking", Value::Bool(true))?,
                }
                return Ok(Some(fut));
            }
            *rc.borrow_mut() = IterObj::Done;
            return Err(self.err(ExcKind::RuntimeError, "await wasn't used with future"));
        }
        *rc.borrow_mut() = IterObj::Done;
        let r = crate::fastasync::call_native_or_value(self, &result, std::slice::from_ref(&fut))?;
        self.last_stop_value = Some(r);
        Ok(None)
    }

    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        // Native loops (sum, list, sorted over an endless iterator) run no op.
        self.native_steps(1)?;
        match it {
            Value::Iter(rc) => {
                let mut st = rc.borrow_mut();
                match &mut *st {
                    IterObj::FutureAwait { fut } => {
                        let fut = fut.clone();
                        drop(st);
                        self.future_await_next(rc, fut)
                    }
                    IterObj::CoroWrapper(g) => {
                        let g = g.clone();
                        drop(st);
                        self.gen_next_nested(&g, Resume::Send(Value::None))
                    }
                    IterObj::Seq { seq, i, state } => {
                        let r = match seq {
                            Value::List(l) => l.borrow().get(*i).cloned(),
                            Value::Tuple(t) => t.get(*i).cloned(),
                            Value::Bytes(b) => b.get(*i).map(|x| Value::Int(*x as i64)),
                            Value::Deque(d) => {
                                if d.borrow().state != *state {
                                    *st = IterObj::Done;
                                    return Err(self.err(
                                        ExcKind::RuntimeError,
                                        "deque mutated during iteration",
                                    ));
                                }
                                d.borrow().items.get(*i).cloned()
                            }
                            Value::Instance(_) => {
                                let seq = seq.clone();
                                let idx = *i;
                                drop(st);
                                let f = self
                                    .special(&seq, &crate::name!("__getitem__"))
                                    .expect("getitem");
                                return match self.call_value(
                                    &f,
                                    vec![Value::Int(idx as i64)],
                                    vec![],
                                ) {
                                    Ok(v) => {
                                        if let IterObj::Seq { i, .. } = &mut *rc.borrow_mut() {
                                            *i += 1;
                                        }
                                        Ok(Some(v))
                                    }
                                    Err(e)
                                        if self.exc_is(&e.exc, ExcKind::IndexError)
                                            || self.exc_is(&e.exc, ExcKind::StopIteration) =>
                                    {
                                        Ok(None)
                                    }
                                    Err(e) => Err(e),
                                };
                            }
                            _ => None,
                        };
                        if r.is_some() {
                            *i += 1;
                        } else {
                            *st = IterObj::Done;
                        }
                        Ok(r)
                    }
                    IterObj::Range { cur, step, left } => {
                        if *left <= 0 {
                            return Ok(None);
                        }
                        let v = *cur;
                        *cur = cur.wrapping_add(*step);
                        *left -= 1;
                        Ok(Some(Value::Int(v)))
                    }
                    IterObj::Str { s, byte } => {
                        let rest = &s[*byte..];
                        match rest.chars().next() {
                            Some(c) => {
                                *byte += c.len_utf8();
                                let mut b = [0u8; 4];
                                Ok(Some(Value::str(c.encode_utf8(&mut b))))
                            }
                            None => Ok(None),
                        }
                    }
                    IterObj::DictKeys { d, i, len }
                    | IterObj::DictValues { d, i, len }
                    | IterObj::DictItems { d, i, len } => {
                        let m = d.map.borrow();
                        if m.len() != *len {
                            drop(m);
                            *len = usize::MAX;
                            drop(st);
                            return Err(self.err(
                                ExcKind::RuntimeError,
                                "dictionary changed size during iteration",
                            ));
                        }
                        let r = m.next_from(*i).map(|(slot, k, v)| {
                            *i = slot;
                            (k.0.clone(), v.clone())
                        });
                        drop(m);
                        *i += 1;
                        let which = match &*st {
                            IterObj::DictKeys { .. } => 0,
                            IterObj::DictValues { .. } => 1,
                            _ => 2,
                        };
                        Ok(r.map(|(k, v)| match which {
                            0 => k,
                            1 => v,
                            _ => Value::tuple(vec![k, v]),
                        }))
                    }
                    IterObj::Set { set, pos, used } => {
                        if *pos == usize::MAX {
                            return Ok(None);
                        }
                        let s = set.set.borrow();
                        if s.len() != *used {
                            *used = usize::MAX;
                            drop(s);
                            return Err(self
                                .err(ExcKind::RuntimeError, "Set changed size during iteration"));
                        }
                        match s.next_entry(*pos) {
                            Some((next, k)) => {
                                *pos = next;
                                Ok(Some(k.0.clone()))
                            }
                            None => {
                                *pos = usize::MAX;
                                Ok(None)
                            }
                        }
                    }
                    IterObj::Done => Ok(None),
                    _ => {
                        drop(st);
                        crate::builtins::next_special(self, rc)
                    }
                }
            }
            Value::Gen(g) => {
                let g = g.clone();
                self.gen_next_nested(&g, Resume::Send(Value::None))
            }
            Value::Instance(_) => {
                let Some(f) = self.special(it, &crate::name!("__next__")) else {
                    return Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                };
                match self.call_value(&f, vec![], vec![]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_is(&e.exc, ExcKind::StopIteration) => {
                        self.last_stop_value =
                            crate::builtins::exception_attr(self, &e.exc, "value")?;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    pub fn send_to_iter(&mut self, it: &Value, v: Value) -> PyResult<Option<Value>> {
        match self.get_attr_opt(it, "send")? {
            Some(f) => match self.call_value(&f, vec![v], vec![]) {
                Ok(x) => Ok(Some(x)),
                Err(e) if self.exc_is(&e.exc, ExcKind::StopIteration) => {
                    self.last_stop_value = crate::builtins::exception_attr(self, &e.exc, "value")?;
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            None => Err(self.attr_error(it, "send")),
        }
    }

    /// Runs a generator one step from native code: a scratch frame whose only
    /// op returns what the generator yields receives the value.
    pub fn gen_next_nested(&mut self, g: &Rc<GenObj>, input: Resume) -> PyResult<Option<Value>> {
        let scratch = self.scratch_frame();
        self.frames.push(scratch);
        let base = self.frames.len();
        let r = match self.resume_gen(g, input, GenMode::Send) {
            Ok(()) => {
                if self.frames.len() == base {
                    // Finished without running (a value was pushed on the scratch frame).
                    self.frames.pop();
                    return Ok(None);
                }
                self.run_nested()
            }
            Err(e) => {
                self.frames.pop();
                Err(e)
            }
        };
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_is(&e.exc, ExcKind::StopIteration) => {
                self.last_stop_value = crate::builtins::exception_attr(self, &e.exc, "value")?;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Closes the generators dropped while suspended (`finalize.rs`). Only a
    /// stop (Stop, a limit) propagates; other exceptions are reported as
    /// unraisable, as CPython reports them.
    #[cold]
    #[inline(never)]
    pub fn run_finalizers(&mut self) -> PyResult<()> {
        for f in self.fin.take() {
            self.finalize(f)?;
        }
        Ok(())
    }

    /// Closes a generator or calls an object's `__del__` (once).
    pub fn finalize(&mut self, f: crate::finalize::Final) -> PyResult<()> {
        let o = match f {
            crate::finalize::Final::Gen(g) => return self.close_generator(&g),
            crate::finalize::Final::Obj(o) => o,
            crate::finalize::Final::Unawaited(q) => {
                self.warn_unawaited(&q, false);
                return Ok(());
            }
            crate::finalize::Final::Unretrieved(o) => {
                // Logged once: the object is freed again after the hook.
                o.dict
                    .borrow_mut()
                    .insert_name(&crate::name!("_log_traceback"), Value::Bool(false));
                let Some(hook) = self.unretrieved_hook.clone() else {
                    return Ok(());
                };
                return match self.call_value(&hook, vec![Value::Instance(o)], vec![]) {
                    Err(e) if self.stop_reason.is_none() => {
                        let what = self.repr(&hook).unwrap_or_default();
                        self.unraisable.push((what, e.exc));
                        Ok(())
                    }
                    r => r.map(drop),
                };
            }
            crate::finalize::Final::AGen(hook, g) => {
                return match self.call_value(&hook, vec![Value::Gen(g)], vec![]) {
                    Err(e) if self.stop_reason.is_none() => {
                        let what = self.repr(&hook).unwrap_or_default();
                        self.unraisable.push((what, e.exc));
                        Ok(())
                    }
                    r => r.map(drop),
                };
            }
        };
        self.fin.mark_finalized(&o);
        let cls = o.class.borrow().clone();
        let Some(del) = cls.lookup_name(&crate::name!("__del__")) else {
            return Ok(());
        };
        let bound = bind(del.clone(), &Value::Instance(o));
        match self.call_value(&bound, vec![], vec![]) {
            Err(e) if self.stop_reason.is_none() => {
                let what = self.repr(&del).unwrap_or_default();
                self.unraisable.push((what, e.exc));
                Ok(())
            }
            r => r.map(drop),
        }
    }

    /// "RuntimeWarning: coroutine 'f' was never awaited", as CPython's
    /// `_warn_unawaited_coroutine` prints it: at the line running when the
    /// coroutine was dropped (with that line's source), or at `sys:1` at exit;
    /// once per place and text.
    pub fn warn_unawaited(&mut self, qualname: &str, at_exit: bool) {
        let place = if at_exit {
            None
        } else {
            // The innermost frame of Python code (not a native's scratch frame).
            self.frames
                .iter()
                .rev()
                .find(|f| !Rc::ptr_eq(&f.code, &self.scratch_code))
                .map(|f| (f.code.filename.clone(), f.line()))
        };
        let (file, line) = place.unwrap_or_else(|| (Rc::from("sys"), 1));
        let text = format!("coroutine '{qualname}' was never awaited");
        if !self.warned.insert((file.clone(), line, text.clone())) {
            return;
        }
        let mut s = format!("{file}:{line}: RuntimeWarning: {text}\n");
        if *file == *self.filename {
            if let Some(l) = self.source.lines().nth((line as usize).wrapping_sub(1)) {
                s.push_str(&format!("  {}\n", l.trim()));
            }
        }
        s.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        self.write_stderr(&s);
    }

    /// `g.close()` run to its end from native code (a finalizer): what it
    /// raises is reported as unraisable.
    pub fn close_generator(&mut self, g: &Rc<GenObj>) -> PyResult<()> {
        match self.close_nested(g) {
            Err(e) if self.stop_reason.is_none() => {
                let what = self.repr(&Value::Gen(g.clone())).unwrap_or_default();
                self.unraisable.push((what, e.exc));
                Ok(())
            }
            r => r,
        }
    }

    /// `g.close()` run to its end from native code.
    pub fn close_nested(&mut self, g: &Rc<GenObj>) -> PyResult<()> {
        let exit = self.err(ExcKind::GeneratorExit, "");
        let scratch = self.scratch_frame();
        self.frames.push(scratch);
        let base = self.frames.len();
        let exit = Resume::Throw(PyErr {
            exc: exit.exc,
            fresh: false,
        });
        match self.resume_gen(g, exit, GenMode::Close) {
            Ok(()) if self.frames.len() == base => {
                self.frames.pop();
                Ok(())
            }
            Ok(()) => self.run_nested().map(drop),
            Err(e) => {
                self.frames.pop();
                Err(e)
            }
        }
    }

    pub fn scratch_frame(&self) -> Box<Frame> {
        Box::new(Frame {
            code: self.scratch_code.clone(),
            pc: 0,
            lasti: 0,
            stack: Vec::new(),
            locals: Vec::new(),
            cells: Vec::new(),
            blocks: Vec::new(),
            exc_stack: Vec::new(),
            globals: self.builtins.clone(),
            ns: None,
            entry: Entry::Nested,
            trace_line: 0,
            seen: Vec::new(),
        })
    }

    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
            if out.len() % 4096 == 0 {
                self.check_alloc(out.len())?;
            }
        }
        Ok(out)
    }

    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Key, Value)>> {
        match m {
            Value::Dict(d) => Ok(d
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()),
            Value::Instance(_) => {
                let keys = self.get_attr(m, "keys")?;
                let keys = self.call_value(&keys, vec![], vec![])?;
                let keys = self.iterate(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = self.get_item(m, &k)?;
                    out.push((self.key(k)?, v));
                }
                Ok(out)
            }
            _ => Err(self.type_error(format!("'{}' object is not a mapping", self.type_name(m)))),
        }
    }

    pub fn unpack(&mut self, v: &Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => {
                if matches!(
                    v,
                    Value::Int(_)
                        | Value::Float(_)
                        | Value::None
                        | Value::Bool(_)
                        | Value::BigInt(_)
                ) || matches!(v, Value::Func(_) | Value::Class(_))
                {
                    return Err(self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(v)
                    )));
                }
                self.iterate(v)?
            }
        };
        match after {
            None => {
                if items.len() != n {
                    if items.len() > n {
                        return Err(self.err(
                            ExcKind::ValueError,
                            format!("too many values to unpack (expected {n})"),
                        ));
                    }
                    return Err(self.err(
                        ExcKind::ValueError,
                        format!(
                            "not enough values to unpack (expected {}, got {})",
                            n,
                            items.len()
                        ),
                    ));
                }
                Ok(items)
            }
            Some(a) => {
                if items.len() < n + a {
                    return Err(self.err(
                        ExcKind::ValueError,
                        format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            n + a,
                            items.len()
                        ),
                    ));
                }
                let mut out: Vec<Value> = items[..n].to_vec();
                out.push(Value::list(items[n..items.len() - a].to_vec()));
                out.extend(items[items.len() - a..].iter().cloned());
                Ok(out)
            }
        }
    }

    // ------------------------------------------------------------ exceptions

    /// The exception `gen.throw(...)` throws: `throw(exc)`, or the old
    /// `throw(Type, value)`: `value` if it is a `Type`, else `Type(*value)`
    /// for a tuple, `Type(value)`, `Type()` for None.
    pub fn throw_exception(&mut self, args: &[Value]) -> PyResult<Value> {
        match args {
            [t @ Value::Class(c), v, ..] if c.is_exception() => {
                let is_inst = matches!(v, Value::Instance(i)
                    if i.exc.is_some() && i.class.borrow().is_subclass(c));
                if is_inst {
                    return Ok(v.clone());
                }
                let args = match v {
                    Value::None => vec![],
                    Value::Tuple(t) => t.to_vec(),
                    other => vec![other.clone()],
                };
                let made = self.call_value(t, args, vec![])?;
                self.make_exception(made)
            }
            [e, ..] => self.make_exception(e.clone()),
            [] => self.make_exception(Value::None),
        }
    }

    /// `raise X`: X may be a class (instantiated) or an instance.
    pub fn make_exception(&mut self, e: Value) -> PyResult<Value> {
        match &e {
            Value::Instance(i) if i.exc.is_some() => Ok(e),
            Value::Class(c) if c.is_exception() => {
                let v = self.call_value(&e, vec![], vec![])?;
                match &v {
                    Value::Instance(i) if i.exc.is_some() => Ok(v),
                    _ => {
                        let r = self.repr(&e)?;
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            r,
                            self.type_name(&v)
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    pub fn make_exception_for_cause(&mut self, e: Value) -> PyResult<Value> {
        match &e {
            Value::Instance(i) if i.exc.is_some() => Ok(e),
            Value::Class(c) if c.is_exception() => self.make_exception(e),
            _ => Err(self.type_error("exception causes must derive from BaseException")),
        }
    }

    /// `except t:` (check_except_type_valid first: every item of a tuple
    /// must be an exception class, even after one that matches).
    pub fn exc_matches(&mut self, exc: &Value, t: &Value) -> PyResult<bool> {
        let is_exc_class = |v: &Value| matches!(v, Value::Class(c) if c.is_exception());
        let valid = match t {
            Value::Tuple(ts) => ts.iter().all(is_exc_class),
            v => is_exc_class(v),
        };
        if !valid {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let of = |c: &Value| match (exc, c) {
            (Value::Instance(i), Value::Class(c)) => i.class.borrow().is_subclass(c),
            _ => false,
        };
        Ok(match t {
            Value::Tuple(ts) => ts.iter().any(of),
            c => of(c),
        })
    }

    pub fn traceback_value(&self, exc: &Value) -> Value {
        match exc_data(exc) {
            Some(d) => Value::Traceback(Rc::new(d.traceback.clone())),
            None => Value::None,
        }
    }

    /// Whether `it` is an async iterator (an async generator, or has `__anext__`).
    pub fn is_async_iterator(&mut self, it: &Value) -> PyResult<bool> {
        Ok(
            matches!(it, Value::Gen(g) if g.kind == GenKind::AsyncGenerator)
                || self.get_attr_opt_special(it, "__anext__")?.is_some(),
        )
    }

    /// Whether `await v` can begin (a coroutine, or an object whose type has
    /// `__await__`): what CPython checks before its 'async with'/'async for'
    /// messages.
    pub fn is_awaitable(&self, v: &Value) -> bool {
        match v {
            Value::Gen(g) => g.kind == GenKind::Coroutine,
            Value::ASend(_) => true,
            Value::Instance(_) => self.special(v, &crate::name!("__await__")).is_some(),
            _ => false,
        }
    }

    pub fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Gen(g) if g.kind == GenKind::Coroutine => {
                if g.finished.get() {
                    return Err(self.err(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                Ok(v.clone())
            }
            Value::ASend(_) => Ok(v.clone()),
            Value::Instance(i) => {
                if let Some([fa, ..]) = &self.future_await {
                    let own = i.class.borrow().lookup_name(&crate::name!("__await__"));
                    if own.is_some_and(|f| f.is(fa)) && i.exc.is_none() {
                        return Ok(Value::Iter(Rc::new(RefCell::new(IterObj::FutureAwait {
                            fut: v.clone(),
                        }))));
                    }
                }
                if let Some(f) = self.special(v, &crate::name!("__await__")) {
                    let it = self.call_value(&f, vec![], vec![])?;
                    if let Value::Iter(rc) = &it {
                        if let IterObj::CoroWrapper(g) = &*rc.borrow() {
                            return Ok(Value::Gen(g.clone()));
                        }
                    }
                    match &it {
                        Value::Gen(g) if g.kind == GenKind::Coroutine => {
                            return Err(self.type_error("__await__() returned a coroutine"));
                        }
                        Value::Gen(_) | Value::Iter(_) => return Ok(it),
                        Value::Instance(_)
                            if self.special(&it, &crate::name!("__next__")).is_some() =>
                        {
                            return Ok(it)
                        }
                        _ => {
                            return Err(self.type_error(format!(
                                "__await__() returned non-iterator of type '{}'",
                                self.type_name(&it)
                            )));
                        }
                    }
                }
                Err(self.type_error(format!(
                    "object {} can't be used in 'await' expression",
                    self.type_name(v)
                )))
            }
            _ => Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                self.type_name(v)
            ))),
        }
    }
}

/// Binds a function found on a class to `obj` (methods), or applies a descriptor.
pub fn bind(f: Value, obj: &Value) -> Value {
    match f {
        Value::Func(_) => Value::Method(Rc::new((obj.clone(), f))),
        Value::Native(n) => Value::NativeMethod(Rc::new((obj.clone(), n))),
        Value::StaticMethod(inner) => (*inner).clone(),
        Value::ClassMethod(inner) => {
            let cls = match obj {
                Value::Instance(i) => Value::Class(i.class.borrow().clone()),
                other => other.clone(),
            };
            Value::Method(Rc::new((cls, (*inner).clone())))
        }
        other => other,
    }
}

/// An int compared with a float, exactly (None when the float is NaN).
pub fn cmp_int_float(x: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = fmt::float_to_int(fl).unwrap_or_default();
    Some(match x.cmp(&fi) {
        Ordering::Less => Ordering::Less,
        Ordering::Greater => Ordering::Greater,
        Ordering::Equal => {
            if fl == f {
                Ordering::Equal
            } else {
                Ordering::Less
            }
        }
    })
}

pub fn big_is_zero(b: &BigInt) -> bool {
    b.is_zero()
}

/// Whether an instance of `cls` may get attribute `name`: yes unless every
/// class along its MRO but object has `__slots__` (a built-in exception type
/// has none) and none lists it.
fn slot_allowed(cls: &Class, name: &str) -> bool {
    let names = |v: &[Value]| {
        v.iter()
            .any(|x| matches!(x, Value::Str(s) if &**s == name || &**s == "__dict__"))
    };
    let mut listed = false;
    for c in cls.mro.borrow().iter() {
        if c.builtin == Some(crate::types::Builtin::Object) {
            continue;
        }
        listed |= match c.dict.borrow().get("__slots__") {
            None => return true,
            Some(s @ Value::Str(_)) => names(std::slice::from_ref(s)),
            Some(Value::Tuple(t)) => names(t),
            Some(Value::List(l)) => names(&l.borrow()),
            Some(_) => return true,
        };
    }
    listed
}

/// A dict's keys or items view (the views that are sets).
fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::DictView(d) if d.1 != 1)
}

/// The position of `x` in the range, if it is one of its values (ints of any size).
pub fn range_index_of(r: &RangeObj, x: &BigInt) -> Option<BigInt> {
    let (start, stop, step) = r.bounds();
    let inside = if step.is_positive() {
        *x >= start && *x < stop
    } else {
        *x <= start && *x > stop
    };
    if !inside {
        return None;
    }
    let (q, rem) = (x - &start).div_rem(&step);
    rem.is_zero().then_some(q)
}

/// The names of native modules that are written in Python: (module, the
/// prelude that defines them, names), loaded when first read.
const IN_PYTHON: [(&str, &str, &[&str]); 7] = [
    ("itertools", "_pgbuiltins", &ITERTOOLS_IN_PYTHON),
    ("random", "_pgbuiltins", &["Random"]),
    (
        "heapq",
        "_pgbuiltins",
        &[
            "nlargest",
            "nsmallest",
            "heappushpop",
            "heapreplace",
            "merge",
        ],
    ),
    ("os", "_pgbuiltins", &["path", "getenv"]),
    ("sys", "_pgbuiltins", &["version_info"]),
    (
        "abc",
        "_pgbuiltins",
        &["ABC", "abstractmethod", "get_cache_token"],
    ),
    (
        "collections",
        "_pgcollections",
        &["Counter", "namedtuple", "OrderedDict", "ChainMap"],
    ),
];

/// The itertools functions written in Python (`prelude/pgbuiltins.py`).
const ITERTOOLS_IN_PYTHON: [&str; 14] = [
    "accumulate",
    "combinations",
    "combinations_with_replacement",
    "compress",
    "dropwhile",
    "filterfalse",
    "groupby",
    "pairwise",
    "permutations",
    "product",
    "starmap",
    "takewhile",
    "tee",
    "zip_longest",
];

/// `C.mro()`: the class's method resolution order as a list.
fn class_mro(_vm: &mut Vm, _n: &NativeFn, a: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let Some(Value::Class(c)) = a.first() else {
        return Ok(Value::list(vec![]));
    };
    Ok(Value::list(
        c.mro
            .borrow()
            .iter()
            .map(|c| Value::Class(c.clone()))
            .collect(),
    ))
}
