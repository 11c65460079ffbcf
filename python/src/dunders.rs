//! The special methods of built-in values as attributes: `it.__next__()`,
//! `hasattr(x, "__iter__")`, `(5).__add__(3)`, `[1].__len__()`. Each runs the
//! operation the syntax runs, with CPython's answer where the method and the
//! syntax differ: a binary method given an operand of another type returns
//! `NotImplemented` (`(1).__add__(1.5)`, `"a".__mul__("b")`, `(1).__eq__(1.0)`)
//! instead of trying the reflected one.

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::types::ExcKind;
use crate::value::{NativeFn, NativeFnPtr, Value};
use crate::vm::*;

/// What a built-in value's type is, for its special methods.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Deque,
    /// `d.keys()` / `d.items()` (0, 2) and `d.values()` (1).
    View(u8),
    Iter,
    /// None, functions, classes...: only `object`'s methods.
    Other,
}

fn kind(v: &Value) -> Option<Kind> {
    Some(match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Str(_) => Kind::Str,
        Value::Bytes(_) => Kind::Bytes,
        Value::List(_) => Kind::List,
        Value::Tuple(_) => Kind::Tuple,
        Value::Dict(_) => Kind::Dict,
        Value::Set(s) if s.frozen => Kind::FrozenSet,
        Value::Set(_) => Kind::Set,
        Value::Range(_) => Kind::Range,
        Value::Deque(_) => Kind::Deque,
        Value::DictView(d) => Kind::View(d.1),
        Value::Iter(_) => Kind::Iter,
        // Instances and classes have their own lookup; generators and
        // coroutines theirs (`gen_attr`).
        Value::Instance(_) | Value::Class(_) | Value::Gen(_) | Value::Module(_) => return None,
        _ => Kind::Other,
    })
}

const COMPARE: [&str; 6] = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
/// Numbers' other methods (`__add__`, `__mul__`, `__mod__` have arms of their own).
const NUMBER: [&str; 9] = [
    "__sub__",
    "__truediv__",
    "__floordiv__",
    "__pow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__float__",
];

/// Whether values of kind `k` have the special method `name`.
fn has(k: Kind, name: &str) -> bool {
    use Kind::*;
    if COMPARE.contains(&name) || matches!(name, "__repr__" | "__str__" | "__hash__") {
        return true;
    }
    let sized = matches!(
        k,
        Str | Bytes | List | Tuple | Dict | Set | FrozenSet | Range | Deque | View(_)
    );
    match name {
        "__iter__" => sized || k == Iter,
        "__next__" => k == Iter,
        "__len__" => sized,
        "__contains__" => sized && k != View(1),
        "__getitem__" => matches!(k, Str | Bytes | List | Tuple | Dict | Range | Deque),
        "__setitem__" | "__delitem__" => matches!(k, List | Dict | Deque),
        "__add__" | "__mul__" => matches!(k, Int | Float | Str | Bytes | List | Tuple | Deque),
        "__mod__" => matches!(k, Int | Float | Str | Bytes),
        "__int__" => k == Int || k == Float,
        "__or__" | "__and__" | "__xor__" | "__sub__"
            if matches!(k, Set | FrozenSet | View(0) | View(2)) =>
        {
            true
        }
        "__or__" => matches!(k, Dict | Int),
        "__and__" | "__xor__" => k == Int,
        _ => NUMBER.contains(&name) && matches!(k, Int | Float),
    }
}

/// `obj.name` when `name` is one of the special methods of `obj`'s built-in
/// type: the method bound to `obj` (`__hash__` of an unhashable type is None).
pub fn bound(obj: &Value, name: &str) -> Option<Value> {
    let k = kind(obj)?;
    if !name.starts_with("__") || !has(k, name) {
        return None;
    }
    if name == "__hash__"
        && matches!(
            k,
            Kind::List | Kind::Dict | Kind::Set | Kind::Deque | Kind::View(0) | Kind::View(2)
        )
    {
        return Some(Value::None);
    }
    Some(crate::builtins::native_method(obj, name, call))
}

/// Whether a bound native is a "method-wrapper" (CPython's slot methods:
/// these, object's, and the `__len__`/`__getitem__`/`__index__` a built-in
/// type lists with its methods, but list's and dict's `__getitem__`, which
/// are plain methods there).
pub fn is_method_wrapper(m: &(Value, std::rc::Rc<NativeFn>)) -> bool {
    is_wrapper(&m.1)
        || match &*m.1.name {
            "__len__" | "__index__" => true,
            "__getitem__" => !matches!(m.0, Value::List(_) | Value::Dict(_)),
            _ => false,
        }
}

/// Whether `f` is one of these methods (a "method-wrapper" in its repr).
pub fn is_wrapper(f: &NativeFn) -> bool {
    let ours: [NativeFnPtr; 5] = [
        call,
        object_call,
        crate::builtins::exc_init,
        crate::builtins::exc_str_fn,
        crate::builtins::exc_repr_fn,
    ];
    ours.iter().any(|g| f.f as usize == *g as usize)
}

/// Whether `other` is an operand `this`'s type's binary methods take.
fn takes(this: &Value, other: &Value) -> bool {
    let (Some(a), Some(b)) = (kind(this), kind(other)) else {
        return false;
    };
    match a {
        Kind::Int => b == Kind::Int,
        Kind::Float => b == Kind::Int || b == Kind::Float,
        Kind::Set | Kind::FrozenSet => matches!(b, Kind::Set | Kind::FrozenSet),
        Kind::Other | Kind::Iter | Kind::View(_) => false,
        _ => a == b,
    }
}

fn call(
    vm: &mut Vm,
    n: &NativeFn,
    a: &[Value],
    kw: &[(crate::value::Str, Value)],
) -> PyResult<Value> {
    let name = &*n.name;
    let this = &a[0];
    let args = &a[1..];
    let want = match name {
        "__iter__" | "__next__" | "__len__" | "__repr__" | "__str__" | "__hash__" | "__neg__"
        | "__pos__" | "__abs__" | "__bool__" | "__int__" | "__float__" => 0,
        "__setitem__" => 2,
        _ => 1,
    };
    check_args(vm, name, want, args, kw)?;
    let binary = match name {
        "__add__" => Some(BinOp::Add),
        "__sub__" => Some(BinOp::Sub),
        "__mul__" => Some(BinOp::Mul),
        "__truediv__" => Some(BinOp::Div),
        "__floordiv__" => Some(BinOp::FloorDiv),
        "__mod__" => Some(BinOp::Mod),
        "__pow__" => Some(BinOp::Pow),
        "__or__" => Some(BinOp::BitOr),
        "__and__" => Some(BinOp::BitAnd),
        "__xor__" => Some(BinOp::BitXor),
        _ => None,
    };
    if let Some(op) = binary {
        let other = &args[0];
        let ok = match (kind(this), op) {
            // A sequence repeats by an int; concatenation's own error otherwise.
            (
                Some(Kind::Str | Kind::Bytes | Kind::List | Kind::Tuple | Kind::Deque),
                BinOp::Mul,
            ) => {
                if !matches!(kind(other), Some(Kind::Int)) && !matches!(other, Value::Instance(_)) {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(other)
                    )));
                }
                true
            }
            (Some(Kind::Str | Kind::Bytes), BinOp::Mod) => true,
            (
                Some(Kind::Str | Kind::Bytes | Kind::List | Kind::Tuple | Kind::Deque),
                BinOp::Add,
            ) => true,
            _ => takes(this, other),
        };
        if !ok {
            return Ok(Value::NotImplemented);
        }
        return vm.binary_op(op, this, other, false);
    }
    let cmp = match name {
        "__eq__" => Some(CmpOp::Eq),
        "__ne__" => Some(CmpOp::NotEq),
        "__lt__" => Some(CmpOp::Lt),
        "__le__" => Some(CmpOp::LtE),
        "__gt__" => Some(CmpOp::Gt),
        "__ge__" => Some(CmpOp::GtE),
        _ => None,
    };
    if let Some(op) = cmp {
        let other = &args[0];
        let ordered = !matches!(
            kind(this),
            Some(Kind::Dict | Kind::Range | Kind::Other | Kind::Iter)
        );
        if !takes(this, other) || (!ordered && !matches!(op, CmpOp::Eq | CmpOp::NotEq)) {
            // object.__eq__: identity, else NotImplemented.
            if matches!(op, CmpOp::Eq | CmpOp::NotEq) && this.id() == other.id() {
                return Ok(Value::Bool(op == CmpOp::Eq));
            }
            return Ok(Value::NotImplemented);
        }
        return vm.compare(op, this, other);
    }
    match name {
        "__iter__" => vm.get_iter(this),
        "__next__" => match vm.next(this)? {
            Some(v) => Ok(v),
            None => Err(vm.err_args(ExcKind::StopIteration, vec![])),
        },
        "__len__" => Ok(Value::Int(vm.len(this)? as i64)),
        "__contains__" => Ok(Value::Bool(vm.contains(this, &args[0])?)),
        "__getitem__" => vm.get_item(this, &args[0]),
        "__setitem__" => vm
            .set_item(this, args[0].clone(), args[1].clone())
            .map(|_| Value::None),
        "__delitem__" => vm.del_item(this, &args[0]).map(|_| Value::None),
        "__repr__" => Ok(Value::string(vm.repr(this)?)),
        "__str__" => Ok(Value::string(vm.to_str(this)?)),
        "__hash__" => crate::builtins::b_hash(vm, n, std::slice::from_ref(this), &[]),
        "__neg__" => vm.unary_op(UnaryOp::Neg, this),
        "__pos__" => vm.unary_op(UnaryOp::Pos, this),
        "__abs__" => crate::builtins::b_abs(vm, n, std::slice::from_ref(this), &[]),
        "__bool__" => Ok(Value::Bool(vm.truthy(this)?)),
        "__int__" => match *this {
            Value::Float(f) => match crate::format::float_to_int(f) {
                Some(i) => Ok(Value::from_bigint(i)),
                None => Err(vm.fmt_err(crate::format::float_to_int_error(f))),
            },
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            _ => Ok(this.clone()),
        },
        "__float__" => Ok(Value::Float(vm.to_f64(this)?)),
        _ => Err(vm.attr_error(this, name)),
    }
}

/// object's special methods, which an instance or class finds when nothing
/// in its MRO defines them (`a.__eq__(b)`, `A.__init__`, `object.__str__(a)`,
/// `super().__format__(spec)`): slot wrappers of `object` in CPython.
const OBJECT: [&str; 14] = [
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__str__",
    "__repr__",
    "__format__",
    "__init__",
    "__setattr__",
    "__getattribute__",
    "__delattr__",
];

thread_local! {
    /// One native per name of [`OBJECT`], so `A.__init__ is object.__init__`.
    static SLOTS: std::cell::RefCell<Vec<std::rc::Rc<NativeFn>>> = const {
        std::cell::RefCell::new(Vec::new())
    };
}

/// `object.name` when it is one of object's slot wrappers, unbound.
pub fn object_slot(name: &str) -> Option<std::rc::Rc<NativeFn>> {
    let i = OBJECT.iter().position(|n| *n == name)?;
    Some(SLOTS.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_empty() {
            *s = OBJECT
                .iter()
                .map(|n| {
                    std::rc::Rc::new(NativeFn {
                        name: std::rc::Rc::from(*n),
                        f: object_call,
                        data: Value::None,
                    })
                })
                .collect();
        }
        s[i].clone()
    }))
}

/// The object slot `name` bound to `obj` (a "method-wrapper"); unbound when
/// `obj` is a class (`super().__init__` in a class method).
pub fn object_bound(obj: &Value, name: &str) -> Option<Value> {
    let f = object_slot(name)?;
    Some(match obj {
        Value::Class(_) => Value::Native(f),
        _ => Value::NativeMethod(std::rc::Rc::new((obj.clone(), f))),
    })
}

/// Whether a class's instances are unhashable: it (or a class of its MRO
/// before object) defines `__eq__` and not `__hash__` (CPython sets
/// `__hash__ = None` in such a class), as `Vm::key` decides.
fn unhashable(cls: &std::rc::Rc<crate::value::Class>) -> bool {
    cls.lookup_name(&crate::name!("__eq__")).is_some()
        && cls.lookup_name(&crate::name!("__hash__")).is_none()
        && !cls.is_exception()
}

/// `inst.name` for an instance whose class's MRO does not define `name`: the
/// special method of its built-in base (BaseException's `__str__`, object's
/// `__eq__`...), bound to it.
pub fn instance_default(
    vm: &mut Vm,
    obj: &Value,
    cls: &std::rc::Rc<crate::value::Class>,
    name: &str,
) -> PyResult<Option<Value>> {
    if cls.is_exception() && matches!(name, "__init__" | "__str__" | "__repr__") {
        let mro = cls.mro.borrow().clone();
        if let Some(c) = mro
            .iter()
            .find(|c| c.builtin == Some(crate::types::Builtin::Exception))
        {
            return crate::builtins::base_method(vm, c, name, obj);
        }
    }
    if name == "__hash__" && unhashable(cls) {
        return Ok(Some(Value::None));
    }
    if name == "__reduce__" && cls.is_exception() {
        return Ok(Some(crate::builtins::native_method(obj, name, exc_reduce)));
    }
    if let Some(f) = object_classmethod(name) {
        return Ok(Some(f));
    }
    Ok(object_bound(obj, name))
}

/// object's class methods `__init_subclass__` (does nothing) and
/// `__subclasshook__` (NotImplemented), as instances and classes find them.
fn object_classmethod(name: &str) -> Option<Value> {
    fn init_subclass(
        _: &mut Vm,
        _: &NativeFn,
        _: &[Value],
        _: &[(crate::value::Str, Value)],
    ) -> PyResult<Value> {
        Ok(Value::None)
    }
    fn subclasshook(
        _: &mut Vm,
        _: &NativeFn,
        _: &[Value],
        _: &[(crate::value::Str, Value)],
    ) -> PyResult<Value> {
        Ok(Value::NotImplemented)
    }
    match name {
        "__init_subclass__" => Some(crate::builtins::native(name, init_subclass)),
        "__subclasshook__" => Some(crate::builtins::native(name, subclasshook)),
        _ => None,
    }
}

/// `C.name` for a user class whose MRO does not define `name`: the unbound
/// slot wrapper of its built-in base (`None` for `__hash__` of an
/// unhashable class).
pub fn class_default(cls: &std::rc::Rc<crate::value::Class>, name: &str) -> Option<Value> {
    if name == "__hash__" && cls.builtin.is_none() && unhashable(cls) {
        return Some(Value::None);
    }
    object_classmethod(name).or_else(|| object_slot(name).map(Value::Native))
}

/// The class whose slot wrapper `f` is, for its repr (`<slot wrapper
/// '__init__' of 'object' objects>`).
pub fn wrapper_owner(f: &NativeFn) -> &str {
    let ours: NativeFnPtr = object_call;
    match &f.data {
        _ if f.f as usize == ours as usize => "object",
        Value::Str(owner) => owner,
        _ => "BaseException",
    }
}

/// `E.__init__`/`E.__str__`/`E.__repr__` of an exception class: the slot
/// wrapper of the built-in exception class that defines it (every built-in
/// exception its own `__init__`; `__str__` BaseException, KeyError, OSError...).
pub fn exc_slot(c: &std::rc::Rc<crate::value::Class>, name: &str) -> Value {
    let f: NativeFnPtr = match name {
        "__init__" => crate::builtins::exc_init,
        "__str__" => crate::builtins::exc_str_fn,
        _ => crate::builtins::exc_repr_fn,
    };
    let own_str = [
        "KeyError",
        "OSError",
        "ImportError",
        "SyntaxError",
        "UnicodeEncodeError",
        "UnicodeDecodeError",
        "UnicodeTranslateError",
        "BaseExceptionGroup",
    ];
    let owner = c
        .mro
        .borrow()
        .iter()
        .filter(|b| matches!(b.module(), Some(Value::Str(m)) if &*m == "builtins"))
        .find(|b| match name {
            "__init__" => true,
            "__str__" => own_str.contains(&&*b.name),
            _ => false,
        })
        .map_or(Value::str("BaseException"), |b| Value::Str(b.name.clone()));
    Value::Native(std::rc::Rc::new(NativeFn {
        name: std::rc::Rc::from(name),
        f,
        data: owner,
    }))
}

fn object_call(
    vm: &mut Vm,
    n: &NativeFn,
    a: &[Value],
    kw: &[(crate::value::Str, Value)],
) -> PyResult<Value> {
    let name = &*n.name;
    let Some(this) = a.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        )));
    };
    let args = &a[1..];
    if name == "__init__" {
        // object_init: arguments only where `__new__` is overridden and
        // `__init__` is not.
        if let (Value::Instance(inst), false) = (this, args.is_empty() && kw.is_empty()) {
            let cls = inst.class.borrow().clone();
            if cls.lookup_name(&crate::name!("__init__")).is_some() {
                return Err(vm.type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            if crate::builtins::user_new(&cls).is_none() {
                return Err(vm.type_error(format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    cls.name
                )));
            }
        }
        return Ok(Value::None);
    }
    let want = match name {
        "__hash__" | "__str__" | "__repr__" => 0,
        "__setattr__" => 2,
        _ => 1,
    };
    check_args(vm, name, want, args, kw)?;
    match name {
        "__eq__" => Ok(if this.is(&args[0]) {
            Value::Bool(true)
        } else {
            Value::NotImplemented
        }),
        // The inverse of `__eq__`, unless that is NotImplemented.
        "__ne__" => {
            let eq = match vm.special(this, &crate::name!("__eq__")) {
                Some(f) => vm.call_value(&f, vec![args[0].clone()], vec![])?,
                None if this.is(&args[0]) => Value::Bool(true),
                None => Value::NotImplemented,
            };
            Ok(match eq {
                Value::NotImplemented => Value::NotImplemented,
                v => Value::Bool(!vm.truthy(&v)?),
            })
        }
        "__lt__" | "__le__" | "__gt__" | "__ge__" => Ok(Value::NotImplemented),
        // _Py_HashPointer, as hash() of an object without __hash__.
        "__hash__" => Ok(Value::Int(crate::pyset::pointer_hash(this.id()))),
        // object.__str__ is repr(self): the type's `__repr__`.
        "__str__" => Ok(Value::string(vm.repr(this)?)),
        "__repr__" => Ok(Value::string(match this {
            Value::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                crate::builtins::default_repr(&cls, this)
            }
            _ => format!("<{} object at 0x{:x}>", vm.type_name(this), this.id()),
        })),
        "__format__" => {
            let Value::Str(spec) = &args[0] else {
                return Err(vm.type_error(format!(
                    "__format__() argument must be str, not {}",
                    vm.type_name(&args[0])
                )));
            };
            if !spec.is_empty() {
                return Err(vm.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(this)
                )));
            }
            Ok(Value::string(vm.to_str(this)?))
        }
        "__setattr__" | "__getattribute__" | "__delattr__" => {
            let Value::Str(attr) = &args[0] else {
                return Err(vm.type_error(format!(
                    "attribute name must be string, not '{}'",
                    vm.type_name(&args[0])
                )));
            };
            match name {
                "__setattr__" => vm
                    .generic_set_attr(this, attr, args[1].clone())
                    .map(|_| Value::None),
                "__delattr__" => vm.generic_del_attr(this, attr).map(|_| Value::None),
                _ => vm.generic_get_attr(this, attr),
            }
        }
        _ => Err(vm.attr_error(this, name)),
    }
}

/// BaseException.__reduce__: `(type, args)`, with the instance's attributes
/// as a third item when it has any.
fn exc_reduce(
    vm: &mut Vm,
    _n: &NativeFn,
    a: &[Value],
    _kw: &[(crate::value::Str, Value)],
) -> PyResult<Value> {
    let this = &a[0];
    let args = crate::vm::exc_data(this)
        .map(|d| d.args.clone())
        .unwrap_or_default();
    let mut parts = vec![vm.class_of(this), Value::tuple(args)];
    if let Value::Instance(inst) = this {
        if !inst.dict.borrow().is_empty() {
            parts.push(Value::Dict(crate::value::DictObj::of_instance(inst)));
        }
    }
    Ok(Value::tuple(parts))
}

/// A slot wrapper's call: no keywords, exactly `want` arguments (CPython's messages).
fn check_args(
    vm: &mut Vm,
    name: &str,
    want: usize,
    args: &[Value],
    kw: &[(crate::value::Str, Value)],
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != want {
        let s = if want == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {want} argument{s}, got {}", args.len())));
    }
    Ok(())
}
