//! Bytecode: what the compiler emits and the VM runs.

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::value::{Str, Value};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    /// A line begins (compiled only into a program traced by line, issue 14):
    /// a line event when the line differs from the frame's last or a jump went back.
    TraceLine(u32),
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells: cellvars first, then freevars.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Pushes the cell itself (for making closures).
    LoadClosure(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Name lookups in class bodies and the module (locals dict, then globals, then builtins).
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// In a class body: a free variable read from the class namespace first.
    LoadClassDeref(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes [method, self] or [callable, NULL marker] for `CallMethod`.
    LoadMethod(u32),
    CallMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Next item of the iterator on top, or pop it and jump.
    ForIter(u32),
    Pop,
    Dup,
    Dup2,
    Rot2,
    Rot3,
    Rot4,
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    BuildMap(u32),
    BuildSlice(u32),
    /// Append TOS to the list at stack depth n (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    /// Extend the list below TOS with iterable TOS.
    ListExtend,
    SetUpdate,
    DictUpdate,
    /// `**m` in a call: like DictUpdate but duplicate keys are an error.
    DictMerge,
    ListToTuple,
    /// Concatenate n strings (f-strings).
    BuildString(u32),
    /// Format TOS; flags: bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2: a spec is on the stack.
    FormatValue(u32),
    /// Call with n positional arguments.
    Call(u32),
    /// Call with n arguments, the last k of them keywords whose names are the tuple const on TOS.
    CallKw(u32),
    /// Call f(*args_tuple, **kwargs_dict); flag 1: the dict is present.
    CallEx(u32),
    /// Make a function from the code const on TOS; flags: 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple.
    MakeFunction(u32),
    ReturnValue,
    YieldValue,
    /// Delegate to the iterator below TOS, sending TOS.
    YieldFrom,
    GetAwaitable,
    GetAIter,
    GetANext,
    /// Marks the end of an `async for`: on StopAsyncIteration jump.
    SetupExcept(u32),
    SetupFinally(u32),
    /// `with`: TOS is the context manager; pushes __exit__ and the value of __enter__().
    SetupWith(u32),
    /// `async with`: pushes __aexit__ and the awaitable of __aenter__().
    BeforeAsyncWith,
    SetupAsyncWith(u32),
    PopBlock,
    /// Raise: 0 re-raise, 1 raise TOS, 2 raise TOS1 from TOS.
    Raise(u32),
    /// Re-raise the exception on TOS (end of a finally or unmatched except).
    Reraise,
    /// Leave an except handler: pops the handled exception.
    PopExcept,
    /// Does the exception at TOS1 match the type(s) at TOS? Pops TOS, pushes bool.
    CheckExcMatch,
    /// `except* T`: [rest, T] -> [rest', match] (CPython's CHECK_EG_MATCH; None when
    /// nothing matches).
    ExcStarMatch,
    /// Pops TOS and makes it the handled exception (an except* handler's match).
    ExcStarEnter,
    /// After the except* handlers: [orig, raised list, rest] -> []; raises what is
    /// left (CPython's _PyExc_PrepReraiseStar) or goes on.
    ExcStarEnd,
    UnpackSequence(u32),
    /// a, *b, c: low 8 bits before the star, high bits after.
    UnpackEx(u32),
    ImportName(u32),
    ImportFrom(u32),
    /// Pushes the `__build_class__` helper.
    LoadBuildClass,
    /// `with` exit on the normal path: calls exit(None, None, None) (TOS) and pops it.
    WithExitNormal,
    /// `with` exit on an exception: stack [exit, exc] -> [exit, exc, result of exit(type, exc, tb)].
    WithExitExc,
    /// After WithExitExc (and an await for async with): pops the result; if true
    /// the exception is suppressed (pops exc and exit, leaves the handler, jumps).
    WithCheck(u32),
    /// Pops an iterator left on the stack by `async for` ends etc.
    /// For `async for`: on StopAsyncIteration at TOS (an exception), jumps; else re-raises.
    EndAsyncFor(u32),
    /// Stores the `__class__` cell for super() etc. (class body end): returns the locals.
    LoadLocals,
    /// Pushes the currently handled exception (for bare raise inside nested code).
    SetupAnnotations,
    /// assert: raise AssertionError(TOS if flag).
    RaiseAssert(u32),
    /// Is TOS1 `is` TOS (arg 1: is not).
    IsOp(u32),
    /// `in` (arg 1: not in).
    ContainsOp(u32),
    /// Print the value of an expression statement: not used (no REPL).
    PopTop,
    /// A native frame's continuation (never compiled): the native code of
    /// `Task.__step` resumes here with what the frame it called gave back
    /// (`taskstep.rs`).
    Native(u32),
    /// Await TOS in an `async with` (arg 1: what `__aenter__` returned, 2:
    /// `__aexit__`): `GetAwaitable` with CPython's message for a non-awaitable.
    AwaitWith(u32),
    /// `match`: TOS1.. are a case's values (`pattern.rs`), below them the
    /// subject; pops both, pushes the captured values (the last first) and
    /// True, or only False. The operand is the const of the case's pattern.
    MatchCase(u32),
}

impl Op {
    /// Whether the operand is the index of an op (a jump's target).
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Op::Jump(_)
                | Op::PopJumpIfFalse(_)
                | Op::PopJumpIfTrue(_)
                | Op::JumpIfFalseOrPop(_)
                | Op::JumpIfTrueOrPop(_)
                | Op::ForIter(_)
                | Op::SetupExcept(_)
                | Op::SetupFinally(_)
                | Op::SetupWith(_)
                | Op::SetupAsyncWith(_)
                | Op::WithCheck(_)
                | Op::EndAsyncFor(_)
        )
    }
}

/// An operand of an op as a number (`Op::encode`/`Op::decode`, for `marshal`).
trait Operand: Sized {
    fn to_u32(self) -> u32;
    fn from_u32(x: u32) -> Option<Self>;
}

impl Operand for u32 {
    fn to_u32(self) -> u32 {
        self
    }
    fn from_u32(x: u32) -> Option<Self> {
        Some(x)
    }
}

/// An enum operand by its variants' order (the list must follow the declaration:
/// `marshal`'s tests round-trip every op).
macro_rules! enum_operand {
    ($t:ident: $($v:ident),* $(,)?) => {
        impl Operand for $t {
            fn to_u32(self) -> u32 {
                self as u32
            }
            fn from_u32(x: u32) -> Option<Self> {
                [$($t::$v),*].get(x as usize).copied()
            }
        }
    };
}
enum_operand!(BinOp: Add, Sub, Mul, MatMul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd);
enum_operand!(UnaryOp: Not, Neg, Pos, Invert);
enum_operand!(CmpOp: Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn);

/// `Op::encode` and `Op::decode`: a tag per variant (those without an operand
/// first), the operand as a number. `encode`'s match is exhaustive, so a new
/// op must be listed here.
macro_rules! op_codec {
    (units: [$($u:ident),* $(,)?], with: [$($p:ident($t:ident)),* $(,)?] $(,)?) => {
        #[allow(clippy::enum_variant_names)]
        #[repr(u8)]
        enum Tag { $($u,)* $($p,)* }

        impl Op {
            /// (tag, operand).
            pub fn encode(self) -> (u8, Option<u32>) {
                match self {
                    $(Op::$u => (Tag::$u as u8, None),)*
                    $(Op::$p(x) => (Tag::$p as u8, Some(x.to_u32())),)*
                }
            }
            /// The op of `tag`, reading its operand with `operand` if it has one.
            pub fn decode(tag: u8, operand: impl FnOnce() -> Option<u32>) -> Option<Op> {
                const UNITS: &[Op] = &[$(Op::$u),*];
                const WITH: &[fn(u32) -> Option<Op>] =
                    &[$(|x| Some(Op::$p(<$t as Operand>::from_u32(x)?))),*];
                let tag = tag as usize;
                match UNITS.get(tag) {
                    Some(op) => Some(*op),
                    None => WITH.get(tag - UNITS.len())?(operand()?),
                }
            }
        }
    };
}
op_codec! {
    units: [
        Nop, BinarySubscr, StoreSubscr, DeleteSubscr, GetIter, Pop, Dup, Dup2, Rot2, Rot3,
        Rot4, ListExtend, SetUpdate, DictUpdate, DictMerge, ListToTuple, ReturnValue,
        YieldValue, YieldFrom, GetAwaitable, GetAIter, GetANext, BeforeAsyncWith, PopBlock,
        Reraise, PopExcept, CheckExcMatch, ExcStarMatch, ExcStarEnter, ExcStarEnd,
        LoadBuildClass, WithExitNormal, WithExitExc, LoadLocals, SetupAnnotations, PopTop,
    ],
    with: [
        TraceLine(u32), LoadConst(u32), LoadFast(u32), StoreFast(u32), DeleteFast(u32),
        LoadDeref(u32), StoreDeref(u32), DeleteDeref(u32), LoadClosure(u32),
        LoadGlobal(u32), StoreGlobal(u32), DeleteGlobal(u32), LoadName(u32), StoreName(u32),
        DeleteName(u32), LoadClassDeref(u32), LoadAttr(u32), StoreAttr(u32),
        DeleteAttr(u32), LoadMethod(u32), CallMethod(u32), Binary(BinOp), Inplace(BinOp),
        Unary(UnaryOp), Compare(CmpOp), Jump(u32), PopJumpIfFalse(u32), PopJumpIfTrue(u32),
        JumpIfFalseOrPop(u32), JumpIfTrueOrPop(u32), ForIter(u32), BuildTuple(u32),
        BuildList(u32), BuildSet(u32), BuildMap(u32), BuildSlice(u32), ListAppend(u32),
        SetAdd(u32), MapAdd(u32), BuildString(u32), FormatValue(u32), Call(u32),
        CallKw(u32), CallEx(u32), MakeFunction(u32), SetupExcept(u32), SetupFinally(u32),
        SetupWith(u32), SetupAsyncWith(u32), Raise(u32), UnpackSequence(u32), UnpackEx(u32),
        ImportName(u32), ImportFrom(u32), WithCheck(u32), EndAsyncFor(u32),
        RaiseAssert(u32), IsOp(u32), ContainsOp(u32), Native(u32), AwaitWith(u32),
        MatchCase(u32),
    ],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Code {
    pub name: Str,
    pub qualname: Str,
    pub filename: Str,
    pub kind: CodeKind,
    pub argcount: u32,
    pub kwonlycount: u32,
    /// Positional-only parameters (the first ones).
    pub posonlycount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Local variable names: parameters first (positional, kw-only, *args, **kwargs).
    pub varnames: Vec<Str>,
    pub cellvars: Vec<Str>,
    pub freevars: Vec<Str>,
    /// For each cellvar that is a parameter, its index in varnames.
    pub cell_params: Vec<(u32, u32)>,
    pub ops: Vec<Op>,
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    pub names: Vec<Str>,
    pub first_line: u32,
    /// Lambda and comprehension code objects do not count as "defined at" for reprs.
    pub is_lambda: bool,
    /// Per name: where `LoadGlobal` last found it (see [`GlobalCache`]).
    pub gcache: GlobalCache,
    /// Per name: the slot an attribute of that name was last found at, in an
    /// instance's dict or a module's (`LoadAttr`, `StoreAttr`, `LoadMethod`;
    /// `OMap::find_name_hinted`).
    pub slots: AttrSlots,
    /// A native that runs this function's common case (`fastasync::twins`):
    /// it returns None, having changed nothing, for the Python code to run.
    pub twin: std::cell::Cell<Option<Twin>>,
}

/// A Python function's native twin: `(vm, function, args)`, called instead
/// of a frame when the call has no keyword arguments.
pub type Twin = fn(
    &mut crate::vm::Vm,
    &crate::value::Function,
    &[crate::value::Value],
) -> crate::vm::PyResult<Option<crate::value::Value>>;

/// One slot guess per name of a code object.
#[derive(Default)]
pub struct AttrSlots(Box<[std::cell::Cell<u8>]>);

impl AttrSlots {
    pub fn new(n: usize) -> Self {
        AttrSlots((0..n).map(|_| std::cell::Cell::new(0)).collect())
    }
    #[inline]
    pub fn get(&self, i: usize) -> Option<&std::cell::Cell<u8>> {
        self.0.get(i)
    }
}

/// `LoadGlobal`'s inline cache, as CPython's: per name, the layout of the
/// globals dict (and of the builtins when it was found there) and the slot.
/// A layout number changes whenever a key is added or removed, so a hit reads
/// the slot directly; assigning an existing global keeps the slot valid.
#[derive(Default)]
pub struct GlobalCache(std::cell::RefCell<Vec<(u64, u64, u32)>>);

impl GlobalCache {
    #[inline]
    pub fn get(&self, i: usize) -> (u64, u64, u32) {
        self.0.borrow().get(i).copied().unwrap_or((0, 0, 0))
    }
    pub fn set(&self, i: usize, e: (u64, u64, u32)) {
        let mut v = self.0.borrow_mut();
        if v.len() <= i {
            v.resize(i + 1, (0, 0, 0));
        }
        v[i] = e;
    }
}

impl Code {
    pub fn is_gen_like(&self) -> bool {
        matches!(
            self.kind,
            CodeKind::Generator | CodeKind::Coroutine | CodeKind::AsyncGenerator
        )
    }
}
