//! The built-in classes: `int`, `str`, …, and the exception hierarchy.

use crate::value::{Class, Value};
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    /// `a.__eq__`, `(5).__add__`: a special method bound to a value.
    MethodWrapper,
    /// `object.__init__`, `A.__eq__`: a special method of a built-in type.
    WrapperDescriptor,
    Method,
    Generator,
    Coroutine,
    AsyncGenerator,
    Iterator,
    Module,
    Deque,
    DefaultDict,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Traceback,
    Cell,
    Code,
    DictKeys,
    DictValues,
    DictItems,
    NotImplementedType,
    Ellipsis,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
    /// Iterator types, by what they iterate (`type(iter([])).__name__`).
    ListIterator,
    TupleIterator,
    StrIterator,
    StrAsciiIterator,
    BytesIterator,
    RangeIterator,
    SetIterator,
    DictKeyIterator,
    DictValueIterator,
    DictItemIterator,
    ListReverseIterator,
    CallableIterator,
    Count,
    Repeat,
    Cycle,
    Islice,
    CoroWrapper,
    AsyncGenASend,
    AsyncGenAThrow,
    Chain,
    /// Exceptions: instances are `Instance`s with exception data.
    Exception,
}

macro_rules! exc_kinds {
    ($($name:ident : $parent:ident),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { BaseException, $($name),* }
        const EXC_TABLE: &[(ExcKind, &str, ExcKind)] = &[
            $((ExcKind::$name, stringify!($name), ExcKind::$parent)),*
        ];
    };
}

exc_kinds! {
    Exception: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    ArithmeticError: Exception,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    NameError: Exception,
    UnboundLocalError: NameError,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    OSError: Exception,
    TimeoutError: OSError,
    ConnectionError: OSError,
    FileNotFoundError: OSError,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    MemoryError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    BaseExceptionGroup: BaseException,
    ExceptionGroup: BaseExceptionGroup,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    CancelledError: BaseException,
    InvalidStateError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    FloatingPointError: ArithmeticError,
    ReferenceError: Exception,
    SystemError: Exception,
    TabError: IndentationError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    PendingDeprecationWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

pub struct Types {
    pub classes: IndexMap<Builtin, Rc<Class>>,
    pub excs: IndexMap<ExcKind, Rc<Class>>,
}

pub fn new_class(
    name: &str,
    bases: Vec<Rc<Class>>,
    builtin: Option<Builtin>,
    module: &str,
) -> Rc<Class> {
    let c = Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        bases: bases.clone(),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(crate::omap::OMap::new()),
        builtin,
        cache: Default::default(),
        fin: Default::default(),
    });
    crate::value::classes_changed();
    c.dict
        .borrow_mut()
        .insert(Rc::from("__module__"), Value::str(module));
    let mro = compute_mro(&c, &bases);
    *c.mro.borrow_mut() = mro;
    c
}

/// C3 linearization (the class itself first).
pub fn compute_mro(c: &Rc<Class>, bases: &[Rc<Class>]) -> Vec<Rc<Class>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![c.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return out;
        }
        let mut pick = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, cand)))
            {
                pick = Some(cand.clone());
                break;
            }
        }
        let Some(p) = pick else {
            // Inconsistent: fall back to depth-first order.
            for s in seqs {
                for x in s {
                    if !out.iter().any(|o| Rc::ptr_eq(o, &x)) {
                        out.push(x);
                    }
                }
            }
            return out;
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &p) {
                s.remove(0);
            }
        }
        out.push(p);
    }
}

impl Types {
    pub fn new() -> Types {
        let object = new_class("object", vec![], Some(Builtin::Object), "builtins");
        let mut classes = IndexMap::new();
        classes.insert(Builtin::Object, object.clone());
        let simple: &[(Builtin, &str)] = &[
            (Builtin::Type, "type"),
            (Builtin::NoneType, "NoneType"),
            (Builtin::Int, "int"),
            (Builtin::Float, "float"),
            (Builtin::Str, "str"),
            (Builtin::Bytes, "bytes"),
            (Builtin::Tuple, "tuple"),
            (Builtin::List, "list"),
            (Builtin::Dict, "dict"),
            (Builtin::Set, "set"),
            (Builtin::FrozenSet, "frozenset"),
            (Builtin::Range, "range"),
            (Builtin::Slice, "slice"),
            (Builtin::Function, "function"),
            (Builtin::BuiltinFunction, "builtin_function_or_method"),
            (Builtin::MethodWrapper, "method-wrapper"),
            (Builtin::WrapperDescriptor, "wrapper_descriptor"),
            (Builtin::Method, "method"),
            (Builtin::Generator, "generator"),
            (Builtin::Coroutine, "coroutine"),
            (Builtin::AsyncGenerator, "async_generator"),
            (Builtin::Iterator, "iterator"),
            (Builtin::Module, "module"),
            (Builtin::Deque, "deque"),
            (Builtin::Property, "property"),
            (Builtin::StaticMethod, "staticmethod"),
            (Builtin::ClassMethod, "classmethod"),
            (Builtin::Super, "super"),
            (Builtin::Traceback, "traceback"),
            (Builtin::Cell, "cell"),
            (Builtin::Code, "code"),
            (Builtin::DictKeys, "dict_keys"),
            (Builtin::DictValues, "dict_values"),
            (Builtin::DictItems, "dict_items"),
            (Builtin::NotImplementedType, "NotImplementedType"),
            (Builtin::Ellipsis, "ellipsis"),
            (Builtin::Enumerate, "enumerate"),
            (Builtin::Zip, "zip"),
            (Builtin::Map, "map"),
            (Builtin::Filter, "filter"),
            (Builtin::Reversed, "reversed"),
            (Builtin::ListIterator, "list_iterator"),
            (Builtin::TupleIterator, "tuple_iterator"),
            (Builtin::StrIterator, "str_iterator"),
            (Builtin::StrAsciiIterator, "str_ascii_iterator"),
            (Builtin::BytesIterator, "bytes_iterator"),
            (Builtin::RangeIterator, "range_iterator"),
            (Builtin::SetIterator, "set_iterator"),
            (Builtin::DictKeyIterator, "dict_keyiterator"),
            (Builtin::DictValueIterator, "dict_valueiterator"),
            (Builtin::DictItemIterator, "dict_itemiterator"),
            (Builtin::ListReverseIterator, "list_reverseiterator"),
            (Builtin::CallableIterator, "callable_iterator"),
            (Builtin::Count, "count"),
            (Builtin::Repeat, "repeat"),
            (Builtin::Cycle, "cycle"),
            (Builtin::Islice, "islice"),
            (Builtin::CoroWrapper, "coroutine_wrapper"),
            (Builtin::AsyncGenASend, "async_generator_asend"),
            (Builtin::AsyncGenAThrow, "async_generator_athrow"),
            (Builtin::Chain, "chain"),
        ];
        for (b, name) in simple {
            let module = match b {
                Builtin::Deque => "collections",
                Builtin::Count
                | Builtin::Repeat
                | Builtin::Cycle
                | Builtin::Islice
                | Builtin::Chain => "itertools",
                _ => "builtins",
            };
            classes.insert(*b, new_class(name, vec![object.clone()], Some(*b), module));
        }
        let int = classes[&Builtin::Int].clone();
        classes.insert(
            Builtin::Bool,
            new_class("bool", vec![int], Some(Builtin::Bool), "builtins"),
        );
        let dict = classes[&Builtin::Dict].clone();
        classes.insert(
            Builtin::DefaultDict,
            new_class(
                "defaultdict",
                vec![dict],
                Some(Builtin::DefaultDict),
                "collections",
            ),
        );
        let mut excs = IndexMap::new();
        let base = new_class(
            "BaseException",
            vec![object.clone()],
            Some(Builtin::Exception),
            "builtins",
        );
        excs.insert(ExcKind::BaseException, base);
        for (k, name, parent) in EXC_TABLE {
            let mut bases = vec![excs[parent].clone()];
            if *k == ExcKind::ExceptionGroup {
                bases.push(excs[&ExcKind::Exception].clone());
            }
            let module = match k {
                ExcKind::CancelledError | ExcKind::InvalidStateError => "asyncio.exceptions",
                _ => "builtins",
            };
            let c = new_class(name, bases, Some(Builtin::Exception), module);
            excs.insert(*k, c);
        }
        Types { classes, excs }
    }

    pub fn exc(&self, k: ExcKind) -> Rc<Class> {
        self.excs[&k].clone()
    }
    pub fn cls(&self, b: Builtin) -> Rc<Class> {
        self.classes[&b].clone()
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Class {
    /// A subclass of BaseException: the built-in exception classes (and only
    /// they) are made with `Builtin::Exception`, and every subclass has one
    /// in its MRO. (Was `is_subclass(BaseException)`, through a hash lookup
    /// of the class: about 270 instructions per `Task(...)`.)
    pub fn is_exception(self: &Rc<Class>) -> bool {
        let exc = |c: &Class| c.builtin == Some(Builtin::Exception);
        exc(self) || self.mro.borrow().iter().any(|c| exc(c))
    }
}

pub fn all_exc_names() -> Vec<(&'static str, ExcKind)> {
    let mut v = vec![("BaseException", ExcKind::BaseException)];
    for (k, n, _) in EXC_TABLE {
        v.push((n, *k));
    }
    v
}
