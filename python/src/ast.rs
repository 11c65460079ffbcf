//! The syntax tree of the supported Python subset. The parser (`parser.rs`)
//! builds it; the compiler (`compile.rs`) turns it into bytecode.
//!
//! Positions: `line` is 1-based, `col` is the 0-based character offset in
//! the line (CPython's `col_offset` counts UTF-8 bytes; we count chars and
//! convert when printing a caret).

use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub pos: Pos,
    /// Position just past the statement's last character (for carets).
    pub end: Pos,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub pos: Pos,
    pub end: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub name: Rc<str>,
    pub pos: Pos,
    // annotations are parsed and dropped
}

/// A function's parameter list (`def f(a, b=1, *args, c, d=2, **kw)`).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Params {
    /// How many of `args` are positional-only (before a `/`).
    pub posonly: usize,
    /// Positional (or keyword) parameters, in order.
    pub args: Vec<Arg>,
    /// Defaults of the *last* `defaults.len()` positional parameters.
    pub defaults: Vec<Expr>,
    pub vararg: Option<Arg>,
    pub kwonly: Vec<Arg>,
    /// One per keyword-only parameter: its default, if any.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub pos: Pos,
    /// `except T:` / `except (T, U):`; None for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<Rc<str>>,
    pub body: Vec<Stmt>,
    /// `except* T:` (PEP 654).
    pub star: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub ctx: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// Dotted module name for `import a.b`, or the imported name for `from m import x`.
    pub name: Rc<str>,
    pub asname: Option<Rc<str>>,
    pub pos: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Rc<str>,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Rc<str>,
    /// Positional bases (`class A(B):`).
    pub bases: Vec<Expr>,
    /// `class A(Base, tag="a")`: passed to `__init_subclass__` (`metaclass=`
    /// and `**kwargs` are rejected by the parser).
    pub keywords: Vec<(Rc<str>, Expr)>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: targets left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: int = 5` (value may be absent: then nothing is assigned). In a module
    /// or class body the annotation is evaluated, and stored in `__annotations__`
    /// when `simple` (a name not in parentheses), as CPython; not in a function.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    FunctionDef(Rc<FunctionDef>),
    ClassDef(Rc<ClassDef>),
    Return(Option<Expr>),
    Pass,
    Break,
    Continue,
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    /// `with a as x, b:`; `is_async` for `async with`.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise`, `raise X`, `raise X from Y`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Del(Vec<Expr>),
    Global(Vec<Rc<str>>),
    Nonlocal(Vec<Rc<str>>),
    Import(Vec<Alias>),
    /// `from module import names` (`from m import *` is rejected by the parser).
    ImportFrom {
        module: Rc<str>,
        names: Vec<Alias>,
    },
    /// `match subject:` and its `case` blocks, tried in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
}

/// `case pattern if guard: body`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` (PEP 634), as CPython's `pattern` nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub pos: Pos,
    pub end: Pos,
    pub kind: PatternKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal (`1`, `-2.5`, `"a" "b"`) or a dotted name (`Color.RED`): `==`.
    Value(Expr),
    /// `None`, `True`, `False`: `is`.
    Singleton(Constant),
    /// `[p, q, *rest]`, `(p, q)`, `p, q`: at most one `Star`.
    Sequence(Vec<Pattern>),
    /// `*name` or `*_` in a sequence.
    Star(Option<Rc<str>>),
    /// `{key: p, **rest}`: keys are literals or dotted names.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Rc<str>>,
    },
    /// `Cls(p, attr=q)`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Rc<str>>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `p as name`, a capture `name` (no pattern), or the wildcard `_` (neither).
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Rc<str>>,
    },
    /// `p | q | ...`.
    Or(Vec<Pattern>),
}

/// One `for ... in ... if ...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CompKind {
    List,
    Set,
    /// Generator expression.
    Gen,
    /// `{k: v for ...}`: `elt` is the key, `value` the value.
    Dict,
}

/// A call argument: positional, `*iterable`, `name=value`, or `**mapping`.
#[derive(Clone, Debug, PartialEq)]
pub enum CallArg {
    Pos(Expr),
    Star(Expr),
    Kw(Rc<str>, Expr),
    StarStar(Expr),
}

/// A dict display item: `k: v` or `**m`.
#[derive(Clone, Debug, PartialEq)]
pub enum DictItem {
    Pair(Expr, Expr),
    Splat(Expr),
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FPart {
    Lit(Rc<str>),
    /// `{value!conv:spec}`; `spec` is itself a list of parts (nested fields);
    /// `debug_text` is set for the `{x=}` form (the text `x=` to print before).
    Field {
        value: Box<Expr>,
        conv: Option<char>,
        spec: Option<Vec<FPart>>,
        debug_text: Option<Rc<str>>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    /// A decimal/hex/octal/binary integer literal that fits in i64.
    Int(i64),
    /// Its digits (base 10, no underscores) when it does not fit in i64.
    BigInt(Rc<str>),
    Float(f64),
    /// Imaginary literals are rejected by the parser (complex is not supported).
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Constant(Constant),
    /// An f-string (adjacent literals concatenated into it).
    FString(Vec<FPart>),
    Name(Rc<str>),
    Attribute {
        value: Box<Expr>,
        attr: Rc<str>,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `a:b:c` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `*x` in a display, an assignment target or a subscript tuple.
    Starred(Box<Expr>),
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: `ops.len() == comparators.len()`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<CallArg>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda {
        params: Box<Params>,
        body: Box<Expr>,
    },
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<DictItem>),
    Comp {
        kind: CompKind,
        elt: Box<Expr>,
        value: Option<Box<Expr>>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    /// `yield` / `yield x`.
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `(x := value)`.
    NamedExpr {
        target: Rc<str>,
        value: Box<Expr>,
    },
}

/// A parsed module.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

/// A syntax error, reported like CPython's (`SyntaxError`, `IndentationError`
/// or `TabError`), or a construct outside the supported subset (reported as a
/// `SyntaxError` whose message says so).
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: &'static str,
    pub msg: String,
    /// 1-based line; `col` 1-based char offset of the caret (CPython's `offset`).
    pub line: u32,
    pub col: u32,
    /// 1-based line and col just past the end of the marked range (`end_offset`);
    /// equal to (line, col + 1) for a single caret.
    pub end_line: u32,
    pub end_col: u32,
    /// The line shown, when it is not the source's (an f-string field's
    /// `(expr)`, as CPython 3.11 shows it).
    pub text: Option<String>,
}
