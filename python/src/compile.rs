//! AST → bytecode. A first pass finds each scope's local, cell, free and
//! global names (CPython's symtable); the second emits code per scope.

use crate::ast::*;
use crate::code::{Code, CodeKind, Op};
use crate::value::{Str, Value};
use std::collections::HashMap as StdHashMap;

/// The compiler's maps hash with FxHash (std's SipHash was a tenth of compiling).
type HashMap<K, V> = StdHashMap<K, V, crate::omap::Fx>;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ScopeKind {
    Module,
    Class,
    Function,
}

#[derive(Default, Clone)]
struct Sym {
    assigned: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
    /// Where the `nonlocal` statement is (start, end): the caret range of its errors.
    nonlocal_at: Option<(Pos, Pos)>,
    /// A comprehension's iteration variable (CPython's DEF_COMP_ITER).
    comp_iter: bool,
}

struct Scope {
    kind: ScopeKind,
    syms: HashMap<Str, Sym>,
    /// Order in which names were first bound (for deterministic slot numbering).
    order: Vec<Str>,
    children: Vec<usize>,
    parent: Option<usize>,
    is_gen: bool,
    is_async: bool,
    uses_super: bool,
    /// Inside a comprehension's iterable expression (CPython's ste_comp_iter_expr).
    comp_iter_expr: u32,
    // resolved:
    cells: Vec<Str>,
    frees: Vec<Str>,
    /// The class whose private names (`__x`) are mangled here (`_A__x`): the
    /// innermost class around, for its body and every function in it.
    private: Option<Str>,
}

/// The names `from __future__ import` knows (CPython 3.11's `all_feature_names`).
pub const FUTURE_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The `from __future__ import` statements at the start of a module (after
/// its docstring): whether they import `annotations`; CPython's errors for a
/// feature it does not know and for a future import further down.
fn future_features(body: &[Stmt]) -> Result<bool, SyntaxError> {
    let mut annotations = false;
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::Expr(Expr {
                kind: ExprKind::Constant(Constant::Str(_)),
                ..
            }) if i == 0 => {}
            StmtKind::ImportFrom { module, names } if &**module == "__future__" => {
                if !at_start {
                    return Err(serr_span(
                        s.pos,
                        s.end,
                        "from __future__ imports must occur at the beginning of the file",
                    ));
                }
                for a in names {
                    if &*a.name == "braces" {
                        return Err(serr(s.pos, "not a chance"));
                    }
                    if !FUTURE_FEATURES.contains(&&*a.name) {
                        return Err(serr(
                            s.pos,
                            format!("future feature {} is not defined", a.name),
                        ));
                    }
                    annotations |= &*a.name == "annotations";
                }
            }
            _ => at_start = false,
        }
    }
    Ok(annotations)
}

/// An annotation's text under `from __future__ import annotations`: CPython's
/// `ast_unparse.c` (operators spaced, precedence-minimal parentheses, strings
/// by their repr); forms it rarely meets (lambdas, comprehensions, f-strings)
/// are their source text.
fn unparse(e: &Expr, src: &str) -> String {
    let mut out = String::new();
    unparse_into(e, src, PR_TEST, &mut out);
    out
}

// ast_unparse.c's precedences.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

fn unparse_into(e: &Expr, src: &str, level: u8, out: &mut String) {
    let paren = |out: &mut String, own: u8, f: &mut dyn FnMut(&mut String)| {
        if level > own {
            out.push('(');
            f(out);
            out.push(')');
        } else {
            f(out);
        }
    };
    let join = |out: &mut String, items: &[Expr], lvl: u8| {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            unparse_into(x, src, lvl, out);
        }
    };
    match &e.kind {
        ExprKind::Constant(c) => out.push_str(&match c {
            Constant::None => "None".to_string(),
            Constant::True => "True".to_string(),
            Constant::False => "False".to_string(),
            Constant::Ellipsis => "...".to_string(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(d) => d.to_string(),
            Constant::Float(f) => crate::format::float_repr(*f),
            Constant::Str(s) => crate::format::py_str_repr(s),
            Constant::Bytes(b) => crate::builtins::bytes_repr(b),
        }),
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Attribute { value, attr } => {
            unparse_into(value, src, PR_ATOM, out);
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, index } => {
            unparse_into(value, src, PR_ATOM, out);
            out.push('[');
            match &index.kind {
                ExprKind::Tuple(items) if !items.is_empty() => {
                    join(out, items, PR_TEST);
                    if items.len() == 1 {
                        out.push(',');
                    }
                }
                _ => unparse_into(index, src, PR_TUPLE, out),
            }
            out.push(']');
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                unparse_into(l, src, PR_TEST, out);
            }
            out.push(':');
            if let Some(u) = upper {
                unparse_into(u, src, PR_TEST, out);
            }
            if let Some(st) = step {
                out.push(':');
                unparse_into(st, src, PR_TEST, out);
            }
        }
        ExprKind::Starred(v) => {
            out.push('*');
            unparse_into(v, src, PR_BOR, out);
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, pr) = match op {
                BinOp::Add => (" + ", PR_ARITH),
                BinOp::Sub => (" - ", PR_ARITH),
                BinOp::Mul => (" * ", PR_TERM),
                BinOp::MatMul => (" @ ", PR_TERM),
                BinOp::Div => (" / ", PR_TERM),
                BinOp::FloorDiv => (" // ", PR_TERM),
                BinOp::Mod => (" % ", PR_TERM),
                BinOp::Pow => (" ** ", PR_POWER),
                BinOp::LShift => (" << ", PR_SHIFT),
                BinOp::RShift => (" >> ", PR_SHIFT),
                BinOp::BitOr => (" | ", PR_BOR),
                BinOp::BitXor => (" ^ ", PR_BXOR),
                BinOp::BitAnd => (" & ", PR_BAND),
            };
            // `**` is right-associative: its left side binds tighter.
            let (l, r) = if pr == PR_POWER {
                (pr + 1, pr)
            } else {
                (pr, pr + 1)
            };
            paren(out, pr, &mut |out| {
                unparse_into(left, src, l, out);
                out.push_str(text);
                unparse_into(right, src, r, out);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::Neg => ("-", PR_FACTOR),
                UnaryOp::Pos => ("+", PR_FACTOR),
                UnaryOp::Invert => ("~", PR_FACTOR),
            };
            paren(out, pr, &mut |out| {
                out.push_str(text);
                unparse_into(operand, src, pr, out);
            });
        }
        ExprKind::BoolOp { op, values } => {
            let (text, pr) = match op {
                BoolOp::And => (" and ", PR_AND),
                BoolOp::Or => (" or ", PR_OR),
            };
            paren(out, pr, &mut |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(text);
                    }
                    unparse_into(v, src, pr + 1, out);
                }
            });
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => paren(out, PR_CMP, &mut |out| {
            unparse_into(left, src, PR_CMP + 1, out);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(match op {
                    CmpOp::Eq => " == ",
                    CmpOp::NotEq => " != ",
                    CmpOp::Lt => " < ",
                    CmpOp::LtE => " <= ",
                    CmpOp::Gt => " > ",
                    CmpOp::GtE => " >= ",
                    CmpOp::Is => " is ",
                    CmpOp::IsNot => " is not ",
                    CmpOp::In => " in ",
                    CmpOp::NotIn => " not in ",
                });
                unparse_into(c, src, PR_CMP + 1, out);
            }
        }),
        ExprKind::Call { func, args } => {
            unparse_into(func, src, PR_ATOM, out);
            out.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match a {
                    CallArg::Pos(x) => unparse_into(x, src, PR_TEST, out),
                    CallArg::Star(x) => {
                        out.push('*');
                        unparse_into(x, src, PR_TEST, out);
                    }
                    CallArg::Kw(k, x) => {
                        out.push_str(k);
                        out.push('=');
                        unparse_into(x, src, PR_TEST, out);
                    }
                    CallArg::StarStar(x) => {
                        out.push_str("**");
                        unparse_into(x, src, PR_TEST, out);
                    }
                }
            }
            out.push(')');
        }
        ExprKind::IfExp { test, body, orelse } => paren(out, PR_TEST, &mut |out| {
            unparse_into(body, src, PR_TEST + 1, out);
            out.push_str(" if ");
            unparse_into(test, src, PR_TEST + 1, out);
            out.push_str(" else ");
            unparse_into(orelse, src, PR_TEST, out);
        }),
        ExprKind::Tuple(items) => {
            if items.is_empty() {
                out.push_str("()");
            } else {
                paren(out, PR_TUPLE, &mut |out| {
                    join(out, items, PR_TEST);
                    if items.len() == 1 {
                        out.push(',');
                    }
                });
            }
        }
        ExprKind::List(items) => {
            out.push('[');
            join(out, items, PR_TEST);
            out.push(']');
        }
        ExprKind::Set(items) => {
            out.push('{');
            join(out, items, PR_TEST);
            out.push('}');
        }
        ExprKind::Dict(items) => {
            out.push('{');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match it {
                    DictItem::Pair(k, v) => {
                        unparse_into(k, src, PR_TEST, out);
                        out.push_str(": ");
                        unparse_into(v, src, PR_TEST, out);
                    }
                    DictItem::Splat(m) => {
                        out.push_str("**");
                        unparse_into(m, src, PR_BOR, out);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Await(v) => paren(out, PR_AWAIT, &mut |out| {
            out.push_str("await ");
            unparse_into(v, src, PR_ATOM, out);
        }),
        _ => out.push_str(&source_text(e, src)),
    }
}

/// The source text of an expression (its positions are lines and 0-based chars).
fn source_text(e: &Expr, src: &str) -> String {
    let lines: Vec<&str> = src.split('\n').collect();
    let line = |n: u32| lines.get(n as usize - 1).copied().unwrap_or("");
    let (a, b) = (e.pos, e.end);
    if a.line == b.line {
        return line(a.line)
            .chars()
            .skip(a.col as usize)
            .take(b.col.saturating_sub(a.col) as usize)
            .collect();
    }
    let mut out: String = line(a.line).chars().skip(a.col as usize).collect();
    for n in a.line + 1..b.line {
        out.push('\n');
        out.push_str(line(n));
    }
    out.push('\n');
    out.extend(line(b.line).chars().take(b.col as usize));
    out
}

/// Whether a module or class body has an annotated assignment (CPython's
/// find_ann: in nested blocks too, not in nested functions or classes).
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(orelse)
                || find_ann(finalbody)
        }
        _ => false,
    })
}

/// CPython's `_Py_Mangle`: `__x` in class `A` (or `_A`, `__A`) is `_A__x`;
/// dunders, dotted names and classes named only of underscores are left alone.
fn mangle(private: Option<&Str>, name: &Str) -> Str {
    let Some(p) = private else {
        return name.clone();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.clone();
    }
    let class = p.trim_start_matches('_');
    if class.is_empty() {
        return name.clone();
    }
    Rc::from(format!("_{class}{name}"))
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            syms: HashMap::default(),
            order: Vec::new(),
            children: Vec::new(),
            parent,
            is_gen: false,
            is_async: false,
            uses_super: false,
            comp_iter_expr: 0,
            cells: Vec::new(),
            frees: Vec::new(),
            private: None,
        }
    }
    /// The symbol of `name` (its private form in a class: see `mangle`).
    fn sym(&mut self, name: &Str) -> &mut Sym {
        let m = mangle(self.private.as_ref(), name);
        let name = &m;
        if !self.syms.contains_key(name) {
            self.order.push(name.clone());
        }
        self.syms.entry(name.clone()).or_default()
    }
    fn is_local(&self, name: &str) -> bool {
        self.syms
            .get(name)
            .is_some_and(|s| (s.assigned || s.param) && !s.global && !s.nonlocal)
    }
}

fn except_star_exit(a: Pos, b: Pos) -> SyntaxError {
    SyntaxError {
        kind: "SyntaxError",
        msg: "'break', 'continue' and 'return' cannot appear in an except* block".into(),
        line: a.line,
        col: a.col + 1,
        end_line: b.line,
        end_col: b.col + 1,
        text: None,
    }
}

/// An int literal too big for i64: decimal digits, or `0x`/`0o`/`0b` and digits.
fn big_literal(s: &str) -> Option<num_bigint::BigInt> {
    let radix = match s.get(..2).map(|p| p.to_ascii_lowercase()) {
        Some(p) if p == "0x" => 16,
        Some(p) if p == "0o" => 8,
        Some(p) if p == "0b" => 2,
        _ => return s.parse().ok(),
    };
    num_bigint::BigInt::parse_bytes(&s.as_bytes()[2..], radix)
}

/// A declaration's error: its caret under the whole statement.
fn serr_span(a: Pos, b: Pos, msg: impl Into<String>) -> SyntaxError {
    SyntaxError {
        kind: "SyntaxError",
        msg: msg.into(),
        line: a.line,
        col: a.col + 1,
        end_line: b.line,
        end_col: b.col + 1,
        text: None,
    }
}

fn serr(pos: Pos, msg: impl Into<String>) -> SyntaxError {
    let end = Pos {
        col: pos.col + 1,
        ..pos
    };
    serr_span(pos, end, msg)
}

/// A case's pattern while it is compiled: the names it captures (their slots,
/// in order of first appearance), the names stored on the path being compiled
/// (CPython's `pc->stores`), the value expressions it reads, and whether an
/// irrefutable pattern is allowed here.
struct PatCtx<'a> {
    caps: Vec<Str>,
    stores: Vec<Str>,
    vals: Vec<&'a Expr>,
    allow_irrefutable: bool,
    /// The span of the pattern compiled last (CPython's current location).
    last: (Pos, Pos),
}

/// Builds the scope tree. Scopes are keyed by the address of their AST node.
struct SymTable {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
    /// CPython's compile-time SyntaxWarnings: (line, message).
    warnings: Vec<(u32, String)>,
    /// `from __future__ import annotations`: annotations are kept as text.
    future_annotations: bool,
}

fn node_key<T>(r: &T) -> usize {
    r as *const T as usize
}

impl SymTable {
    fn warn(&mut self, line: u32, msg: impl Into<String>) {
        self.warnings.push((line, msg.into()));
    }

    /// CPython's check_compare: `is` / `is not` with a literal.
    fn check_compare(&mut self, line: u32, left: &Expr, ops: &[CmpOp], rights: &[Expr]) {
        let is_arg = |e: &Expr| {
            matches!(
                const_value(e),
                None | Some(Value::None | Value::Bool(_) | Value::Ellipsis)
            )
        };
        let mut l = is_arg(left);
        for (op, r) in ops.iter().zip(rights) {
            let r = is_arg(r);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(l && r) {
                let msg = if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                self.warn(line, msg);
                return;
            }
            l = r;
        }
    }

    /// CPython's check_subscripter and check_index (a subscript that is read).
    fn check_subscript(&mut self, line: u32, value: &Expr, index: &Expr) {
        let cv = const_value(value);
        let not_subscriptable = match &cv {
            Some(v) => matches!(
                v,
                Value::None
                    | Value::Ellipsis
                    | Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Bool(_)
                    | Value::Float(_)
            ),
            None => matches!(
                &value.kind,
                ExprKind::Set(_)
                    | ExprKind::Lambda { .. }
                    | ExprKind::Comp {
                        kind: CompKind::Set | CompKind::Gen,
                        ..
                    }
            ),
        };
        if not_subscriptable {
            let t = literal_type(value).unwrap_or("function");
            self.warn(
                line,
                format!("'{t}' object is not subscriptable; perhaps you missed a comma?"),
            );
            return;
        }
        let Some(it) = literal_type(index) else {
            return;
        };
        if matches!(it, "int" | "bool") {
            return;
        }
        let seq = match &cv {
            Some(v) => matches!(v, Value::Str(_) | Value::Bytes(_) | Value::Tuple(_)),
            None => matches!(
                &value.kind,
                ExprKind::Tuple(_)
                    | ExprKind::List(_)
                    | ExprKind::FString(_)
                    | ExprKind::Comp {
                        kind: CompKind::List,
                        ..
                    }
            ),
        };
        if seq {
            let t = literal_type(value).unwrap_or("?");
            self.warn(
                line,
                format!(
                    "{t} indices must be integers or slices, not {it}; perhaps you missed a comma?"
                ),
            );
        }
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }
    /// A case's pattern: its captures are bound, its values read.
    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter().try_for_each(|q| self.pattern(q))
            }
            PatternKind::Star(n) => {
                if let Some(n) = n {
                    self.bind(n);
                }
                Ok(())
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for (k, q) in keys.iter().zip(patterns) {
                    self.expr(k)?;
                    self.pattern(q)?;
                }
                if let Some(n) = rest {
                    self.bind(n);
                }
                Ok(())
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|q| self.pattern(q))
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.bind(n);
                }
                Ok(())
            }
        }
    }

    fn bind(&mut self, name: &Str) {
        self.scope().sym(name).assigned = true;
    }
    fn use_name(&mut self, name: &Str) {
        self.scope().sym(name).used = true;
    }
    fn push(&mut self, kind: ScopeKind, key: usize) -> usize {
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, Some(self.cur));
        scope.private = self.scopes[self.cur].private.clone();
        self.scopes.push(scope);
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(key, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &Params) {
        for a in p
            .args
            .iter()
            .chain(p.vararg.iter())
            .chain(p.kwonly.iter())
            .chain(p.kwarg.iter())
        {
            let s = self.scope().sym(&a.name);
            s.param = true;
        }
    }

    fn param_defaults(&mut self, p: &Params) -> Result<(), SyntaxError> {
        for d in &p.defaults {
            self.expr(d)?;
        }
        for d in p.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        check_stack(s.pos)?;
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if let ExprKind::Name(n) = &target.kind {
                    // `x: int` makes x local in a function, as in CPython.
                    self.bind(n);
                }
                // Evaluated in a module or class body only (the compiler's rule too).
                if self.scopes[self.cur].kind != ScopeKind::Function && !self.future_annotations {
                    self.expr(annotation)?;
                }
                Ok(())
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.param_defaults(&f.params)?;
                self.bind(&f.name);
                let prev = self.push(ScopeKind::Function, Rc::as_ptr(f) as usize);
                self.scope().is_async = f.is_async;
                self.params(&f.params);
                self.stmts(&f.body)?;
                self.cur = prev;
                Ok(())
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for (_, v) in &c.keywords {
                    self.expr(v)?;
                }
                self.bind(&c.name);
                let prev = self.push(ScopeKind::Class, Rc::as_ptr(c) as usize);
                self.scope().private = Some(c.name.clone());
                self.stmts(&c.body)?;
                self.cur = prev;
                Ok(())
            }
            StmtKind::Return(v) => v.as_ref().map_or(Ok(()), |e| self.expr(e)),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.ctx)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(e) = cause {
                    self.expr(e)?;
                }
                Ok(())
            }
            StmtKind::Assert { test, msg } => {
                if matches!(&test.kind, ExprKind::Tuple(t) if !t.is_empty())
                    && const_value(test).is_none()
                {
                    self.warn(
                        s.pos.line,
                        "assertion is always true, perhaps remove parentheses?",
                    );
                }
                self.expr(test)?;
                msg.as_ref().map_or(Ok(()), |m| self.expr(m))
            }
            StmtKind::Del(ts) => {
                for t in ts {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::Global(names) => {
                let kind = self.scope().kind;
                for n in names {
                    let sym = self.scope().sym(n);
                    if sym.param {
                        return Err(serr_span(
                            s.pos,
                            s.end,
                            format!("name '{n}' is parameter and global"),
                        ));
                    }
                    if (sym.used || sym.assigned) && kind != ScopeKind::Module {
                        let msg = if sym.assigned {
                            format!("name '{n}' is assigned to before global declaration")
                        } else {
                            format!("name '{n}' is used prior to global declaration")
                        };
                        return Err(serr_span(s.pos, s.end, msg));
                    }
                    sym.global = true;
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    let sym = self.scope().sym(n);
                    if sym.param {
                        return Err(serr_span(
                            s.pos,
                            s.end,
                            format!("name '{n}' is parameter and nonlocal"),
                        ));
                    }
                    if sym.used || sym.assigned {
                        let msg = if sym.assigned {
                            format!("name '{n}' is assigned to before nonlocal declaration")
                        } else {
                            format!("name '{n}' is used prior to nonlocal declaration")
                        };
                        return Err(serr_span(s.pos, s.end, msg));
                    }
                    sym.nonlocal = true;
                    sym.nonlocal_at.get_or_insert((s.pos, s.end));
                }
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound: Str = match &a.asname {
                        Some(n) => n.clone(),
                        None => Rc::from(a.name.split('.').next().unwrap_or("")),
                    };
                    self.bind(&bound);
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind(&bound);
                }
                Ok(())
            }
        }
    }

    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(e) => self.target(e),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            _ => self.expr(t),
        }
    }

    /// A comprehension's `for` target: its names are iteration variables,
    /// which an assignment expression in it may not have bound.
    fn comp_target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => {
                let sym = self.scope().sym(n);
                if sym.global || sym.nonlocal {
                    return Err(serr_span(
                        t.pos,
                        t.end,
                        format!("comprehension inner loop cannot rebind assignment expression target '{n}'"),
                    ));
                }
                sym.comp_iter = true;
                sym.assigned = true;
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| self.comp_target(i))
            }
            ExprKind::Starred(e) => self.comp_target(e),
            _ => self.target(t),
        }
    }

    fn comp(
        &mut self,
        e: &Expr,
        elt: &Expr,
        value: Option<&Expr>,
        gens: &[Comprehension],
        is_gen: bool,
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        self.scope().comp_iter_expr += 1;
        let r = self.expr(&gens[0].iter);
        self.scope().comp_iter_expr -= 1;
        r?;
        let prev = self.push(ScopeKind::Function, node_key(e));
        self.scope().is_gen = is_gen;
        self.scope().sym(&Rc::from(".0")).param = true;
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                self.scope().is_async = true;
            }
            // (CPython's symtable visits a loop's target, then its iterable.)
            self.comp_target(&g.target)?;
            if i > 0 {
                self.scope().comp_iter_expr += 1;
                let r = self.expr(&g.iter);
                self.scope().comp_iter_expr -= 1;
                r?;
            }
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        self.expr(elt)?;
        if let Some(v) = value {
            self.expr(v)?;
        }
        let awaited = self.scope().is_async && !is_gen;
        self.cur = prev;
        if awaited && self.scope().syms.contains_key(".0") {
            // `[[await x for y in z] for ...]`: the outer comprehension
            // awaits the inner one, so it is asynchronous too.
            self.scope().is_async = true;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        check_stack(e.pos)?;
        match &e.kind {
            ExprKind::Constant(_) => Ok(()),
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::Name(n) => {
                if &**n == "super" {
                    self.scope().uses_super = true;
                }
                self.use_name(n);
                Ok(())
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.check_subscript(e.pos.line, value, index);
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::Starred(x)
            | ExprKind::Await(x)
            | ExprKind::YieldFrom(x)
            | ExprKind::UnaryOp { operand: x, .. } => {
                if matches!(e.kind, ExprKind::YieldFrom(_)) {
                    self.scope().is_gen = true;
                }
                if matches!(e.kind, ExprKind::Await(_)) && self.scope().syms.contains_key(".0") {
                    // `[await x for ...]` is an asynchronous comprehension.
                    self.scope().is_async = true;
                }
                self.expr(x)
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v)),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.check_compare(e.pos.line, left, ops, comparators);
                self.expr(left)?;
                comparators.iter().try_for_each(|v| self.expr(v))
            }
            ExprKind::Call { func, args } => {
                if let Some(t) = literal_type(func).filter(|_| !is_lambda(func)) {
                    let msg = format!("'{t}' object is not callable; perhaps you missed a comma?");
                    self.warn(e.pos.line, msg);
                }
                self.expr(func)?;
                for a in args {
                    match a {
                        CallArg::Pos(x)
                        | CallArg::Star(x)
                        | CallArg::Kw(_, x)
                        | CallArg::StarStar(x) => self.expr(x)?,
                    }
                }
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                let prev = self.push(ScopeKind::Function, node_key(e));
                self.params(params);
                self.expr(body)?;
                self.cur = prev;
                Ok(())
            }
            ExprKind::Tuple(xs) | ExprKind::List(xs) | ExprKind::Set(xs) => {
                xs.iter().try_for_each(|v| self.expr(v))
            }
            ExprKind::Dict(items) => {
                for it in items {
                    match it {
                        DictItem::Pair(k, v) => {
                            self.expr(k)?;
                            self.expr(v)?;
                        }
                        DictItem::Splat(m) => self.expr(m)?,
                    }
                }
                Ok(())
            }
            ExprKind::Comp {
                kind,
                elt,
                value,
                generators,
            } => self.comp(e, elt, value.as_deref(), generators, *kind == CompKind::Gen),
            ExprKind::Yield(v) => {
                self.scope().is_gen = true;
                v.as_ref().map_or(Ok(()), |x| self.expr(x))
            }
            ExprKind::NamedExpr { target, value } => {
                if self.scope().comp_iter_expr > 0 {
                    return Err(serr_span(
                        e.pos,
                        e.end,
                        "assignment expression cannot be used in a comprehension iterable expression",
                    ));
                }
                // In a comprehension, the target binds in the enclosing function scope.
                let mut s = self.cur;
                let tend = Pos {
                    col: e.pos.col + target.chars().count() as u32,
                    ..e.pos
                };
                while self.scopes[s].syms.contains_key(".0") && self.scopes[s].parent.is_some() {
                    if self.scopes[s].syms.get(target).is_some_and(|y| y.comp_iter) {
                        return Err(serr_span(
                            e.pos,
                            tend,
                            format!("assignment expression cannot rebind comprehension iteration variable '{target}'"),
                        ));
                    }
                    s = self.scopes[s].parent.unwrap_or(s);
                }
                if s != self.cur && self.scopes[s].kind == ScopeKind::Class {
                    return Err(serr_span(
                        e.pos,
                        tend,
                        "assignment expression within a comprehension cannot be used in a class body",
                    ));
                }
                self.expr(value)?;
                if s != self.cur {
                    let kind = self.scopes[s].kind;
                    let mut t = self.cur;
                    while t != s {
                        // Module level: the comprehension declares the target global.
                        if kind == ScopeKind::Module {
                            self.scopes[t].sym(target).global = true;
                        } else {
                            self.scopes[t].sym(target).nonlocal = true;
                        }
                        self.scopes[t].sym(target).used = true;
                        t = self.scopes[t].parent.unwrap_or(s);
                    }
                    let sym = self.scopes[s].sym(target);
                    sym.assigned = true;
                    if kind == ScopeKind::Module {
                        sym.global = true;
                    }
                } else {
                    self.bind(target);
                }
                Ok(())
            }
        }
    }

    fn fparts(&mut self, parts: &[FPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FPart::Field { value, spec, .. } = p {
                self.expr(value)?;
                if let Some(s) = spec {
                    self.fparts(s)?;
                }
            }
        }
        Ok(())
    }

    /// Resolves free and cell variables, top-down.
    fn resolve(&mut self, id: usize) -> Result<(), SyntaxError> {
        // Names this function scope needs from outside.
        if self.scopes[id].kind == ScopeKind::Function {
            let names: Vec<(Str, Sym)> = self.scopes[id]
                .order
                .iter()
                .map(|n| (n.clone(), self.scopes[id].syms[n].clone()))
                .collect();
            for (n, s) in names {
                if s.global || (s.assigned || s.param) && !s.nonlocal {
                    continue;
                }
                if let Some(owner) = self.find_enclosing(id, &n) {
                    self.add_free_path(id, owner, &n);
                } else if s.nonlocal {
                    let (start, end) = s
                        .nonlocal_at
                        .unwrap_or((Pos { line: 1, col: 0 }, Pos { line: 1, col: 1 }));
                    return Err(SyntaxError {
                        kind: "SyntaxError",
                        msg: format!("no binding for nonlocal '{n}' found"),
                        line: start.line,
                        col: start.col + 1,
                        end_line: end.line,
                        end_col: end.col + 1,
                        text: None,
                    });
                }
            }
            if self.scopes[id].uses_super {
                // `super()` needs the class cell: the nearest enclosing class.
                let mut p = self.scopes[id].parent;
                while let Some(q) = p {
                    if self.scopes[q].kind == ScopeKind::Class {
                        let cls = Rc::from("__class__");
                        if !self.scopes[q].cells.iter().any(|c| **c == *"__class__") {
                            self.scopes[q].cells.push(Rc::clone(&cls));
                        }
                        let mut t = id;
                        while t != q {
                            if !self.scopes[t].frees.iter().any(|c| **c == *"__class__") {
                                self.scopes[t].frees.push(Rc::clone(&cls));
                            }
                            t = self.scopes[t].parent.unwrap_or(q);
                        }
                        break;
                    }
                    p = self.scopes[q].parent;
                }
            }
        } else if self.scopes[id].kind == ScopeKind::Class {
            // Class bodies may read names of enclosing functions.
            let names: Vec<Str> = self.scopes[id].order.clone();
            for n in names {
                let s = self.scopes[id].syms[&n].clone();
                if s.global || s.assigned {
                    continue;
                }
                if let Some(owner) = self.find_enclosing(id, &n) {
                    self.add_free_path(id, owner, &n);
                }
            }
        }
        let children = self.scopes[id].children.clone();
        for c in children {
            self.resolve(c)?;
        }
        Ok(())
    }

    /// The nearest enclosing function scope binding `name` (class scopes are skipped).
    fn find_enclosing(&self, id: usize, name: &str) -> Option<usize> {
        let mut p = self.scopes[id].parent;
        while let Some(q) = p {
            let sc = &self.scopes[q];
            if sc.kind == ScopeKind::Function {
                if sc.is_local(name) {
                    return Some(q);
                }
                if sc.syms.get(name).is_some_and(|s| s.global) {
                    return None;
                }
            }
            if sc.kind == ScopeKind::Module {
                return None;
            }
            p = sc.parent;
        }
        None
    }

    fn add_free_path(&mut self, from: usize, owner: usize, name: &Str) {
        if !self.scopes[owner].cells.contains(name) {
            self.scopes[owner].cells.push(name.clone());
        }
        let mut t = from;
        while t != owner {
            if !self.scopes[t].frees.contains(name) {
                self.scopes[t].frees.push(name.clone());
            }
            t = self.scopes[t].parent.unwrap_or(owner);
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Access {
    Load,
    Store,
    Delete,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum NameOp {
    Fast,
    Deref,
    Global,
    Name,
    ClassDeref,
}

/// What a `break`, `continue` or `return` must unwind on its way out.
#[derive(Clone)]
enum FBlock {
    /// A for loop (its iterator is on the stack) or a while loop.
    Loop {
        start: u32,
        breaks: Vec<usize>,
        is_for: bool,
    },
    /// The body of try with a finally: the finally body runs first.
    TryFinally(Vec<Stmt>),
    /// The body of a try with handlers (a block to pop).
    TryExcept,
    /// Inside an except handler: the handled exception is popped.
    Handler(Option<Str>),
    /// Inside a finally body run for an exception: the exception on the stack.
    FinallyExc,
    /// Inside a with body: exit is on the stack.
    With { is_async: bool, pos: Pos },
    /// Inside an except* handler (break, continue and return are errors).
    ExceptStar,
}

struct Unit {
    scope: usize,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    names: Vec<Str>,
    name_idx: HashMap<Str, u32>,
    varnames: Vec<Str>,
    var_idx: HashMap<Str, u32>,
    derefs: Vec<Str>,
    line: u32,
    /// Line tracing: the line of the last `TraceLine` emitted (0: none yet) and
    /// whether the next op is a jump target (it then begins with one).
    traced_line: u32,
    target: bool,
    fblocks: Vec<FBlock>,
    kind: CodeKind,
    qualname: Str,
}

pub struct Compiler<'a> {
    st: SymTable,
    units: Vec<Unit>,
    filename: Str,
    _src: &'a str,
    /// Emit `TraceLine` ops (the program's own file, when its lines are traced).
    trace_lines: bool,
}

thread_local! {
    /// The stack address where `compile_module` started (see `check_stack`).
    static STACK_BASE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How much native stack compiling may use (the parser's own budget): the
/// tree can be ~`MAX_NEST` deep, and the page runs on a 1 MB wasm stack.
const STACK_BUDGET: usize = crate::parser::STACK_BUDGET;

fn stack_addr() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// Fails cleanly, as the parser does, before the Rust stack could overflow.
#[inline]
fn check_stack(pos: Pos) -> Result<(), SyntaxError> {
    let base = STACK_BASE.with(|b| b.get());
    if base.saturating_sub(stack_addr()) > STACK_BUDGET {
        return Err(serr(pos, "expression too deeply nested"));
    }
    Ok(())
}

pub fn compile_module(m: &Module, filename: &str, src: &str) -> Result<Rc<Code>, SyntaxError> {
    compile_module_traced(m, filename, src, false)
}

/// `compile_module`, with `TraceLine` ops where lines begin and at every jump
/// target when `trace_lines` (the VM then reports line events as CPython's
/// `sys.settrace` sees them).
pub fn compile_module_traced(
    m: &Module,
    filename: &str,
    src: &str,
    trace_lines: bool,
) -> Result<Rc<Code>, SyntaxError> {
    compile_program(m, filename, src, trace_lines).map(|(code, _)| code)
}

/// Compile-time SyntaxWarnings: (line, message), in order.
pub type Warnings = Vec<(u32, String)>;

/// `compile_module_traced`, and the SyntaxWarnings CPython's compiler would
/// print for the program: (line, message), in order.
pub fn compile_program(
    m: &Module,
    filename: &str,
    src: &str,
    trace_lines: bool,
) -> Result<(Rc<Code>, Warnings), SyntaxError> {
    STACK_BASE.with(|b| b.set(stack_addr()));
    let mut st = SymTable {
        scopes: vec![Scope::new(ScopeKind::Module, None)],
        by_node: HashMap::default(),
        cur: 0,
        warnings: Vec::new(),
        future_annotations: future_features(&m.body)?,
    };
    st.stmts(&m.body)?;
    st.resolve(0)?;
    let warnings = std::mem::take(&mut st.warnings);
    let mut c = Compiler {
        st,
        units: Vec::new(),
        filename: Rc::from(filename),
        _src: src,
        trace_lines,
    };
    c.enter(0, CodeKind::Module, Rc::from("<module>"));
    c.body(&m.body)?;
    c.untraced();
    c.load_const(Value::None);
    c.emit(Op::ReturnValue);
    let code = c.leave(Rc::from("<module>"), 1, None, false);
    Ok((code, warnings))
}

impl<'a> Compiler<'a> {
    fn u(&mut self) -> &mut Unit {
        self.units.last_mut().expect("unit")
    }

    fn enter(&mut self, scope: usize, kind: CodeKind, qualname: Str) {
        let sc = &self.st.scopes[scope];
        let mut derefs: Vec<Str> = sc.cells.clone();
        derefs.extend(sc.frees.iter().cloned());
        self.units.push(Unit {
            scope,
            ops: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_idx: HashMap::default(),
            varnames: Vec::new(),
            var_idx: HashMap::default(),
            derefs,
            line: 1,
            traced_line: 0,
            target: false,
            fblocks: Vec::new(),
            kind,
            qualname,
        });
    }

    fn leave(
        &mut self,
        name: Str,
        first_line: u32,
        params: Option<&Params>,
        is_lambda: bool,
    ) -> Rc<Code> {
        let u = self.units.pop().expect("unit");
        let sc = &self.st.scopes[u.scope];
        let (argcount, kwonly, va, vk) = match params {
            Some(p) => (
                p.args.len() as u32,
                p.kwonly.len() as u32,
                p.vararg.is_some(),
                p.kwarg.is_some(),
            ),
            None => (0, 0, false, false),
        };
        let posonlycount = params.map_or(0, |p| p.posonly as u32);
        let nparams = (argcount + kwonly + va as u32 + vk as u32) as usize;
        let mut cell_params = Vec::new();
        for (ci, c) in sc.cells.iter().enumerate() {
            if let Some(vi) = u.varnames.iter().take(nparams).position(|v| v == c) {
                cell_params.push((ci as u32, vi as u32));
            }
        }
        let nnames = u.names.len();
        Rc::new(Code {
            name,
            qualname: u.qualname.clone(),
            filename: self.filename.clone(),
            kind: u.kind,
            argcount,
            kwonlycount: kwonly,
            posonlycount,
            has_varargs: va,
            has_varkw: vk,
            varnames: u.varnames,
            cellvars: sc.cells.clone(),
            freevars: sc.frees.clone(),
            cell_params,
            ops: u.ops,
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            first_line,
            is_lambda,
            gcache: Default::default(),
            slots: crate::code::AttrSlots::new(nnames),
            twin: Default::default(),
        })
    }

    fn emit(&mut self, op: Op) -> usize {
        let trace = self.trace_lines;
        let u = self.u();
        if trace && u.line != 0 && (u.line != u.traced_line || u.target) {
            u.ops.push(Op::TraceLine(u.line));
            u.lines.push(u.line);
            u.traced_line = u.line;
        }
        u.target = false;
        u.ops.push(op);
        u.lines.push(u.line);
        u.ops.len() - 1
    }
    /// The next ops begin no line (an implicit `return None`, a loop's jump
    /// back): CPython gives such artificial ops the line before them.
    fn untraced(&mut self) {
        let u = self.u();
        u.target = false;
        u.traced_line = u.line;
    }
    fn here(&mut self) -> u32 {
        let u = self.u();
        u.target = true;
        u.ops.len() as u32
    }
    fn patch(&mut self, at: usize, target: u32) {
        let op = &mut self.u().ops[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(target),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SetupExcept(_) => Op::SetupExcept(target),
            Op::SetupFinally(_) => Op::SetupFinally(target),
            Op::SetupWith(_) => Op::SetupWith(target),
            Op::SetupAsyncWith(_) => Op::SetupAsyncWith(target),
            Op::WithCheck(_) => Op::WithCheck(target),
            Op::EndAsyncFor(_) => Op::EndAsyncFor(target),
            other => other,
        };
    }
    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }
    fn load_const(&mut self, v: Value) {
        let u = self.u();
        let i = u.consts.len() as u32;
        u.consts.push(v);
        self.emit(Op::LoadConst(i));
    }
    /// `n` as the current scope names it (private names mangled).
    fn mangled(&self, n: &Str) -> Str {
        let u = self.units.last().expect("unit");
        mangle(self.st.scopes[u.scope].private.as_ref(), n)
    }
    /// The index of a name (attribute, global, import) in the code's names, as
    /// CPython's ADDOP_NAME: private names mangled.
    fn name(&mut self, n: &Str) -> u32 {
        let n = &self.mangled(n);
        let u = self.u();
        if let Some(&i) = u.name_idx.get(n) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(crate::omap::intern(n));
        u.name_idx.insert(n.clone(), i);
        i
    }
    fn varname(&mut self, n: &Str) -> u32 {
        let n = &self.mangled(n);
        let u = self.u();
        if let Some(&i) = u.var_idx.get(n) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(crate::omap::intern(n));
        u.var_idx.insert(n.clone(), i);
        i
    }
    fn set_line(&mut self, p: Pos) {
        self.u().line = p.line;
    }

    fn name_op(&self, n: &str) -> NameOp {
        let u = self.units.last().expect("unit");
        let sc = &self.st.scopes[u.scope];
        match sc.kind {
            ScopeKind::Module => NameOp::Global,
            ScopeKind::Class => {
                let s = sc.syms.get(n);
                if s.is_some_and(|s| s.global) {
                    NameOp::Global
                } else if s.is_some_and(|s| s.assigned) {
                    NameOp::Name
                } else if sc.frees.iter().any(|f| &**f == n) {
                    NameOp::ClassDeref
                } else {
                    NameOp::Name
                }
            }
            ScopeKind::Function => {
                if u.derefs.iter().any(|f| &**f == n) {
                    let s = sc.syms.get(n);
                    if s.is_some_and(|s| s.global) {
                        return NameOp::Global;
                    }
                    NameOp::Deref
                } else if sc.is_local(n) {
                    NameOp::Fast
                } else {
                    NameOp::Global
                }
            }
        }
    }

    fn deref_idx(&self, n: &str) -> u32 {
        let u = self.units.last().expect("unit");
        u.derefs.iter().position(|f| &**f == n).unwrap_or(0) as u32
    }

    fn load_name(&mut self, n: &Str) {
        self.name_access(n, Access::Load)
    }

    fn store_name(&mut self, n: &Str) {
        self.name_access(n, Access::Store)
    }

    fn delete_name(&mut self, n: &Str) {
        self.name_access(n, Access::Delete)
    }

    /// Emits the load, store or delete of `n` for where it lives (CPython's
    /// `compiler_nameop`).
    fn name_access(&mut self, n: &Str, a: Access) {
        let n = &self.mangled(n);
        let pick = |ops: [fn(u32) -> Op; 3]| ops[a as usize];
        let op = match self.name_op(n) {
            NameOp::Fast => pick([Op::LoadFast, Op::StoreFast, Op::DeleteFast])(self.varname(n)),
            NameOp::Deref => {
                pick([Op::LoadDeref, Op::StoreDeref, Op::DeleteDeref])(self.deref_idx(n))
            }
            NameOp::Global => {
                pick([Op::LoadGlobal, Op::StoreGlobal, Op::DeleteGlobal])(self.name(n))
            }
            // Falls back to the cell when the name is not in the class namespace.
            NameOp::ClassDeref if a == Access::Load => {
                let i = self.name(n);
                Op::LoadClassDeref(self.deref_idx(n) | (i << 16))
            }
            NameOp::Name | NameOp::ClassDeref => {
                pick([Op::LoadName, Op::StoreName, Op::DeleteName])(self.name(n))
            }
        };
        self.emit(op);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// A module's or a class's body: a docstring first is stored as `__doc__`
    /// (CPython's compiler_body: its load on its line, the store artificial).
    fn body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        if find_ann(body) {
            // SETUP_ANNOTATIONS, on the first statement's line.
            self.set_line(body[0].pos);
            self.emit(Op::BuildMap(0));
            self.store_name(&Rc::from("__annotations__"));
        }
        if let Some(Stmt {
            pos,
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(doc)),
                    ..
                }),
            ..
        }) = body.first()
        {
            self.set_line(*pos);
            self.load_const(Value::Str(doc.clone()));
            self.untraced();
            self.store_name(&Rc::from("__doc__"));
            return self.stmts(&body[1..]);
        }
        self.stmts(body)
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        check_stack(s.pos)?;
        self.set_line(s.pos);
        match &s.kind {
            StmtKind::Expr(e) => {
                if matches!(e.kind, ExprKind::Constant(_)) {
                    // CPython keeps a NOP for the line event (not for a function's docstring).
                    if self.trace_lines {
                        self.emit(Op::Nop);
                    }
                    return Ok(());
                }
                self.expr(e)?;
                self.emit(Op::Pop);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                }
                let scope = self.units.last().expect("unit").scope;
                if self.st.scopes[scope].kind != ScopeKind::Function {
                    // compiler_annassign: the annotation last; a simple name's
                    // goes into `__annotations__` (mangled), any other's is dropped;
                    // under `from __future__ import annotations` it is its text,
                    // and the others' are not evaluated.
                    if self.st.future_annotations {
                        if !simple || !matches!(target.kind, ExprKind::Name(_)) {
                            return Ok(());
                        }
                        self.load_const(Value::string(unparse(annotation, self._src)));
                    } else {
                        self.expr(annotation)?;
                    }
                    match (&target.kind, simple) {
                        (ExprKind::Name(n), true) => {
                            let ann: Str = Rc::from("__annotations__");
                            self.load_name(&ann);
                            let key = self.mangled(n);
                            self.load_const(Value::Str(key));
                            self.emit(Op::StoreSubscr);
                        }
                        _ => {
                            self.emit(Op::Pop);
                        }
                    }
                }
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                // co_firstlineno: the first decorator's line, as CPython.
                let first = f.decorators.first().map_or(s.pos.line, |d| d.pos.line);
                self.make_function(
                    Rc::as_ptr(f) as usize,
                    &f.name,
                    &f.params,
                    FuncBody::Stmts(&f.body),
                    f.is_async,
                    first,
                )?;
                self.apply_decorators(&f.decorators);
                self.set_line(s.pos);
                self.store_name(&f.name);
            }
            StmtKind::ClassDef(c) => self.class_def(c, s.pos)?,
            StmtKind::Return(v) => {
                if self
                    .u()
                    .fblocks
                    .iter()
                    .any(|b| matches!(b, FBlock::ExceptStar))
                {
                    return Err(match v {
                        Some(e) => except_star_exit(e.pos, e.end),
                        None => except_star_exit(s.pos, s.end),
                    });
                }
                if v.is_some() && self.u().kind == CodeKind::AsyncGenerator {
                    return Err(SyntaxError {
                        kind: "SyntaxError",
                        msg: "'return' with value in async generator".into(),
                        line: s.pos.line,
                        col: s.pos.col + 1,
                        end_line: s.end.line,
                        end_col: s.end.col + 1,
                        text: None,
                    });
                }
                match v {
                    Some(e) => self.expr(e)?,
                    None => self.load_const(Value::None),
                }
                let ran_finally = self.unwind_for_return()?;
                self.set_line(s.pos);
                if ran_finally {
                    self.untraced();
                }
                self.emit(Op::ReturnValue);
            }
            StmtKind::Pass => {
                if self.trace_lines {
                    self.emit(Op::Nop);
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Break => self.break_continue(true, s.pos)?,
            StmtKind::Continue => self.break_continue(false, s.pos)?,
            StmtKind::If { test, body, orelse } => {
                let j = self.cond_jump(test, false)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch_here(j);
                } else {
                    let end = self.emit(Op::Jump(0));
                    self.patch_here(j);
                    self.stmts(orelse)?;
                    self.patch_here(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                let j = self.cond_jump(test, false)?;
                self.u().fblocks.push(FBlock::Loop {
                    start,
                    breaks: Vec::new(),
                    is_for: false,
                });
                self.stmts(body)?;
                self.untraced();
                self.emit(Op::Jump(start));
                let Some(FBlock::Loop { breaks, .. }) = self.u().fblocks.pop() else {
                    unreachable!()
                };
                self.patch_here(j);
                self.stmts(orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.expr(iter)?;
                } else {
                    self.iter_expr(iter)?;
                }
                if *is_async {
                    self.emit(Op::GetAIter);
                    let start = self.here();
                    let setup = self.emit(Op::SetupExcept(0));
                    self.emit(Op::GetANext);
                    self.load_const(Value::None);
                    self.emit(Op::YieldFrom);
                    self.emit(Op::PopBlock);
                    self.store(target)?;
                    self.u().fblocks.push(FBlock::Loop {
                        start,
                        breaks: Vec::new(),
                        is_for: true,
                    });
                    self.stmts(body)?;
                    self.untraced();
                    self.emit(Op::Jump(start));
                    let Some(FBlock::Loop { breaks, .. }) = self.u().fblocks.pop() else {
                        unreachable!()
                    };
                    self.set_line(s.pos);
                    self.patch_here(setup);
                    let end = self.emit(Op::EndAsyncFor(0));
                    self.patch_here(end);
                    self.stmts(orelse)?;
                    for b in breaks {
                        self.patch_here(b);
                    }
                } else {
                    self.emit(Op::GetIter);
                    let start = self.here();
                    let fi = self.emit(Op::ForIter(0));
                    self.store(target)?;
                    self.u().fblocks.push(FBlock::Loop {
                        start,
                        breaks: Vec::new(),
                        is_for: true,
                    });
                    self.stmts(body)?;
                    self.set_line(s.pos);
                    self.untraced();
                    self.emit(Op::Jump(start));
                    let Some(FBlock::Loop { breaks, .. }) = self.u().fblocks.pop() else {
                        unreachable!()
                    };
                    self.patch_here(fi);
                    self.stmts(orelse)?;
                    for b in breaks {
                        self.patch_here(b);
                    }
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with(items, body, *is_async, s.pos)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    let setup = self.emit(Op::SetupFinally(0));
                    self.u().fblocks.push(FBlock::TryFinally(finalbody.clone()));
                    if handlers.is_empty() {
                        self.stmts(body)?;
                        self.stmts(orelse)?;
                    } else {
                        self.try_except(body, handlers, orelse)?;
                    }
                    self.u().fblocks.pop();
                    self.untraced();
                    self.emit(Op::PopBlock);
                    self.stmts(finalbody)?;
                    self.untraced();
                    let end = self.emit(Op::Jump(0));
                    self.patch_here(setup);
                    self.u().fblocks.push(FBlock::FinallyExc);
                    self.stmts(finalbody)?;
                    self.u().fblocks.pop();
                    self.untraced();
                    self.emit(Op::Reraise);
                    self.patch_here(end);
                }
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Op::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2));
                }
            },
            StmtKind::Assert { test, msg } => {
                let j = self.cond_jump(test, true)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::RaiseAssert(1));
                } else {
                    self.emit(Op::RaiseAssert(0));
                }
                self.patch_here(j);
            }
            StmtKind::Del(ts) => {
                for t in ts {
                    self.delete(t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(names) => {
                for a in names {
                    let i = self.name(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        Some(n) => {
                            // `import a.b as n` binds the submodule: the top
                            // package, then its attributes.
                            if a.name.contains('.') {
                                let last = self.u().ops.len() - 1;
                                self.u().ops[last] = Op::ImportName(i | 0x8000_0000);
                            }
                            for part in a.name.split('.').skip(1) {
                                let pi = self.name(&Rc::from(part));
                                self.emit(Op::LoadAttr(pi));
                            }
                            self.store_name(n);
                        }
                        None => {
                            // `import a.b` binds `a`: ImportName with a dotted name pushes the top package.
                            let top: Str = Rc::from(a.name.split('.').next().unwrap_or(""));
                            if a.name.contains('.') {
                                let last = self.u().ops.len() - 1;
                                self.u().ops[last] = Op::ImportName(i | 0x8000_0000);
                            }
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names } => {
                let i = self.name(module);
                self.emit(Op::ImportName(i));
                for a in names {
                    let ni = self.name(&a.name);
                    self.emit(Op::ImportFrom(ni));
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.store_name(&bound);
                }
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
    ) -> Result<(), SyntaxError> {
        let setup = self.emit(Op::SetupExcept(0));
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.u().fblocks.pop();
        // The ops that end a block are artificial in CPython: no line event.
        self.untraced();
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        self.untraced();
        let mut ends = vec![self.emit(Op::Jump(0))];
        self.patch_here(setup);
        if handlers.first().is_some_and(|h| h.star) {
            return self.except_star_handlers(handlers, ends);
        }
        // Stack: [exc]; the exception is also the handled one.
        for h in handlers {
            self.set_line(h.pos);
            let mut next = None;
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch);
                next = Some(self.emit(Op::PopJumpIfFalse(0)));
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.u().fblocks.push(FBlock::Handler(h.name.clone()));
            // `except E as e`: e is unbound however the handler ends; when its
            // body raises, a cleanup block does it and raises again (CPython's
            // SETUP_CLEANUP around the handler body).
            let cleanup = match &h.name {
                Some(_) => {
                    let setup = self.emit(Op::SetupExcept(0));
                    self.u().fblocks.push(FBlock::TryExcept);
                    Some(setup)
                }
                None => None,
            };
            self.stmts(&h.body)?;
            if cleanup.is_some() {
                self.u().fblocks.pop();
                self.untraced();
                self.emit(Op::PopBlock);
            }
            self.u().fblocks.pop();
            self.untraced();
            self.emit(Op::PopExcept);
            self.clear_handler_name(&h.name);
            ends.push(self.emit(Op::Jump(0)));
            if let Some(setup) = cleanup {
                self.patch_here(setup);
                self.untraced();
                self.clear_handler_name(&h.name);
                self.emit(Op::Reraise);
            }
            if let Some(j) = next {
                self.patch_here(j);
            }
        }
        // No handler matched.
        self.untraced();
        self.emit(Op::Reraise);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// The handlers of `try: … except* T: …` (PEP 654), entered with the
    /// exception on the stack (and handled): each clause splits what is left
    /// of it; what no clause matched, and what the handlers raised, is raised
    /// again at the end (ExcStarEnd).
    fn except_star_handlers(
        &mut self,
        handlers: &[ExceptHandler],
        mut ends: Vec<usize>,
    ) -> Result<(), SyntaxError> {
        // [exc] -> [orig, raised, rest]
        self.emit(Op::Dup);
        self.emit(Op::BuildList(0));
        self.emit(Op::Rot2);
        for h in handlers {
            self.set_line(h.pos);
            if let Some(t) = &h.typ {
                self.expr(t)?;
            }
            self.emit(Op::ExcStarMatch);
            // [orig, raised, rest', match]
            self.emit(Op::Dup);
            self.load_const(Value::None);
            self.emit(Op::IsOp(0));
            let nomatch = self.emit(Op::PopJumpIfTrue(0));
            if let Some(n) = &h.name {
                self.emit(Op::Dup);
                self.store_name(n);
            }
            self.emit(Op::ExcStarEnter);
            let setup = self.emit(Op::SetupExcept(0));
            self.u().fblocks.push(FBlock::ExceptStar);
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            self.emit(Op::PopBlock);
            self.emit(Op::PopExcept);
            self.clear_handler_name(&h.name);
            let next = self.emit(Op::Jump(0));
            // The handler raised: [orig, raised, rest', exc]; record it.
            self.patch_here(setup);
            self.emit(Op::ListAppend(2));
            self.emit(Op::PopExcept);
            self.emit(Op::PopExcept);
            self.clear_handler_name(&h.name);
            let next2 = self.emit(Op::Jump(0));
            self.patch_here(nomatch);
            self.emit(Op::Pop);
            self.patch_here(next);
            self.patch_here(next2);
        }
        self.emit(Op::ExcStarEnd);
        self.emit(Op::PopExcept);
        ends.push(self.emit(Op::Jump(0)));
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn clear_handler_name(&mut self, name: &Option<Str>) {
        if let Some(n) = name {
            self.load_const(Value::None);
            self.store_name(n);
            self.delete_name(n);
        }
    }

    fn with(
        &mut self,
        items: &[WithItem],
        body: &[Stmt],
        is_async: bool,
        pos: Pos,
    ) -> Result<(), SyntaxError> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.ctx)?;
        let setup = if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.emit(Op::AwaitWith(1));
            self.load_const(Value::None);
            self.emit(Op::YieldFrom);
            self.emit(Op::SetupAsyncWith(0))
        } else {
            self.emit(Op::SetupWith(0))
        };
        match &first.target {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.u().fblocks.push(FBlock::With { is_async, pos });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body, is_async, pos)?;
        }
        self.u().fblocks.pop();
        self.set_line(pos);
        self.emit(Op::PopBlock);
        self.with_exit_normal(is_async);
        let end = self.emit(Op::Jump(0));
        self.patch_here(setup);
        // Stack: [exit, exc].
        self.emit(Op::WithExitExc);
        if is_async {
            self.emit(Op::AwaitWith(2));
            self.load_const(Value::None);
            self.emit(Op::YieldFrom);
        }
        let chk = self.emit(Op::WithCheck(0));
        self.patch_here(chk);
        self.patch_here(end);
        Ok(())
    }

    fn with_exit_normal(&mut self, is_async: bool) {
        if is_async {
            // exit(None, None, None) then await it.
            self.load_const(Value::None);
            self.emit(Op::Dup);
            self.emit(Op::Dup);
            self.emit(Op::Call(3));
            self.emit(Op::AwaitWith(2));
            self.load_const(Value::None);
            self.emit(Op::YieldFrom);
            self.emit(Op::Pop);
        } else {
            self.emit(Op::WithExitNormal);
        }
    }

    /// Emits the clean-up of every enclosing block a `return` leaves
    /// (the return value is on top of the stack).
    /// Whether a `finally` body was inlined (what follows is then artificial).
    fn unwind_for_return(&mut self) -> Result<bool, SyntaxError> {
        let blocks = self.u().fblocks.clone();
        let mut ran_finally = false;
        for (i, b) in blocks.iter().enumerate().rev() {
            ran_finally |= self.unwind_one(b, true, i)?;
        }
        Ok(ran_finally)
    }

    /// Unwinds one block; true when it ran a `finally` body.
    fn unwind_one(
        &mut self,
        b: &FBlock,
        has_value: bool,
        depth: usize,
    ) -> Result<bool, SyntaxError> {
        match b {
            FBlock::ExceptStar => {}
            FBlock::Loop { is_for, .. } => {
                if *is_for {
                    if has_value {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::Pop);
                }
            }
            FBlock::TryFinally(fin) => {
                self.emit(Op::PopBlock);
                // The finally body runs with the blocks outside it.
                let saved = self.u().fblocks.clone();
                self.u().fblocks.truncate(depth);
                let r = self.stmts(&fin.clone());
                self.u().fblocks = saved;
                r?;
                self.untraced();
                return Ok(true);
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock);
            }
            FBlock::Handler(name) => {
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            FBlock::FinallyExc => {
                if has_value {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
                self.emit(Op::PopExcept);
            }
            FBlock::With { is_async, pos } => {
                // CPython: the exit runs on the `with` line; what follows is artificial.
                self.set_line(*pos);
                self.emit(Op::PopBlock);
                if has_value {
                    self.emit(Op::Rot2);
                }
                self.with_exit_normal(*is_async);
                self.untraced();
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn break_continue(&mut self, is_break: bool, pos: Pos) -> Result<(), SyntaxError> {
        let blocks = self.u().fblocks.clone();
        let li = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }));
        if let Some(star) = blocks.iter().rposition(|b| matches!(b, FBlock::ExceptStar)) {
            if li.is_none_or(|li| li < star) {
                let len = if is_break { 5 } else { 8 };
                return Err(except_star_exit(
                    pos,
                    Pos {
                        line: pos.line,
                        col: pos.col + len,
                    },
                ));
            }
        }
        let Some(li) = li else {
            return Err(serr(
                pos,
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
            ));
        };
        if self.trace_lines {
            // As CPython: a NOP for the statement's own line event, before any unwinding.
            self.emit(Op::Nop);
        }
        let mut ran_finally = false;
        for i in (li + 1..blocks.len()).rev() {
            ran_finally |= self.unwind_one(&blocks[i], false, i)?;
        }
        self.set_line(pos);
        if ran_finally {
            // CPython: the jump after an inlined `finally` is artificial.
            self.untraced();
        }
        if is_break {
            if let FBlock::Loop { is_for: true, .. } = &blocks[li] {
                self.emit(Op::Pop);
            }
            let j = self.emit(Op::Jump(0));
            if let Some(FBlock::Loop { breaks, .. }) = self.u().fblocks.get_mut(li) {
                breaks.push(j);
            }
        } else if let FBlock::Loop { start, .. } = &blocks[li] {
            self.emit(Op::Jump(*start));
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.set_line(target.pos);
                self.emit(Op::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let i = self.name(attr);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::Dup2);
                self.emit(Op::BinarySubscr);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(serr(
                    target.pos,
                    "'expression' is an illegal expression for augmented assignment",
                ))
            }
        }
        Ok(())
    }

    fn store(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name(attr);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(si) => {
                        let after = items.len() - si - 1;
                        self.emit(Op::UnpackEx(si as u32 | ((after as u32) << 8)));
                    }
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                }
                for it in items {
                    match &it.kind {
                        ExprKind::Starred(inner) => self.store(inner)?,
                        _ => self.store(it)?,
                    }
                }
            }
            ExprKind::Starred(inner) => self.store(inner)?,
            _ => return Err(serr(t.pos, "cannot assign to expression")),
        }
        Ok(())
    }

    fn delete(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        self.set_line(t.pos);
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            _ => return Err(serr(t.pos, "cannot delete expression")),
        }
        Ok(())
    }

    /// Evaluates `test` and jumps if it is `jump_if` (returns the jump to patch).
    /// `match`: the subject stays on the stack while the cases are tried; each
    /// case evaluates its values, then `MatchCase` matches (`pattern.rs`) and
    /// the captures are stored in order, then the guard; the subject is
    /// popped before the body runs.
    fn match_stmt(&mut self, subject: &Expr, cases: &[MatchCase]) -> Result<(), SyntaxError> {
        self.expr(subject)?;
        let mut ends = Vec::new();
        for (i, case) in cases.iter().enumerate() {
            let mut pc = PatCtx {
                caps: Vec::new(),
                stores: Vec::new(),
                vals: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == cases.len(),
                last: (case.pattern.pos, case.pattern.end),
            };
            let desc = self.pattern_desc(&case.pattern, &mut pc)?;
            self.set_line(case.pattern.pos);
            self.emit(Op::Dup);
            for v in &pc.vals {
                self.expr(v)?;
            }
            self.set_line(case.pattern.pos);
            let d = Value::tuple(vec![
                Value::Int(pc.vals.len() as i64),
                Value::Int(pc.caps.len() as i64),
                desc,
            ]);
            let k = {
                let u = self.u();
                u.consts.push(d);
                u.consts.len() as u32 - 1
            };
            self.emit(Op::MatchCase(k));
            let fail = self.emit(Op::PopJumpIfFalse(0));
            for c in &pc.caps {
                self.store_name(c);
            }
            let guard_fail = match &case.guard {
                Some(g) => {
                    self.set_line(g.pos);
                    Some(self.cond_jump(g, false)?)
                }
                None => None,
            };
            self.emit(Op::Pop);
            self.stmts(&case.body)?;
            self.untraced();
            ends.push(self.emit(Op::Jump(0)));
            self.patch_here(fail);
            if let Some(g) = guard_fail {
                self.patch_here(g);
            }
        }
        self.untraced();
        self.emit(Op::Pop);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// A pattern as the constant `pattern.rs` reads (`(kind, ...)` tuples),
    /// with CPython's compile-time checks (`compiler_pattern`).
    fn pattern_desc<'p>(
        &mut self,
        p: &'p Pattern,
        pc: &mut PatCtx<'p>,
    ) -> Result<Value, SyntaxError> {
        use crate::pattern::*;
        check_stack(p.pos)?;
        pc.last = (p.pos, p.end);
        let int = |i: usize| Value::Int(i as i64);
        let tup = Value::tuple;
        Ok(match &p.kind {
            PatternKind::Value(e) => {
                pc.vals.push(e);
                tup(vec![Value::Int(K_VALUE), int(pc.vals.len() - 1)])
            }
            PatternKind::Singleton(c) => {
                let v = match c {
                    Constant::True => Value::Bool(true),
                    Constant::False => Value::Bool(false),
                    _ => Value::None,
                };
                tup(vec![Value::Int(K_SINGLETON), v])
            }
            PatternKind::Sequence(ps) => {
                let star = ps
                    .iter()
                    .position(|q| matches!(q.kind, PatternKind::Star(_)))
                    .map_or(-1, |i| i as i64);
                let mut subs = Vec::with_capacity(ps.len());
                for q in ps {
                    subs.push(self.subpattern(q, pc)?);
                }
                tup(vec![Value::Int(K_SEQUENCE), tup(subs), Value::Int(star)])
            }
            PatternKind::Star(n) => tup(vec![Value::Int(K_STAR), self.capture(n, p, pc)?]),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                let mut seen: Vec<Value> = Vec::new();
                for k in keys {
                    let Some(v) = const_value(k) else { continue };
                    let num = |v: &Value| match v {
                        Value::Int(i) => Some(*i as f64),
                        Value::Bool(b) => Some(*b as i64 as f64),
                        Value::Float(f) => Some(*f),
                        _ => None,
                    };
                    let dup = seen.iter().any(|s| match (s, &v) {
                        (Value::Str(a), Value::Str(b)) => a == b,
                        (Value::Bytes(a), Value::Bytes(b)) => a == b,
                        (Value::None, Value::None) => true,
                        (a, b) => num(a).is_some() && num(a) == num(b),
                    });
                    if dup {
                        let r = match &v {
                            Value::Str(x) => crate::format::py_str_repr(x),
                            Value::Float(f) => crate::format::float_repr(*f),
                            Value::Int(i) => i.to_string(),
                            Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
                            Value::None => "None".into(),
                            _ => "...".into(),
                        };
                        return Err(serr_span(
                            p.pos,
                            p.end,
                            format!("mapping pattern checks duplicate key ({r})"),
                        ));
                    }
                    seen.push(v);
                }
                let mut idx = Vec::with_capacity(keys.len());
                for k in keys {
                    pc.vals.push(k);
                    idx.push(int(pc.vals.len() - 1));
                }
                let mut subs = Vec::with_capacity(patterns.len());
                for q in patterns {
                    subs.push(self.subpattern(q, pc)?);
                }
                let rest = self.capture(rest, p, pc)?;
                tup(vec![Value::Int(K_MAPPING), tup(idx), tup(subs), rest])
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                for (i, a) in kwd_attrs.iter().enumerate() {
                    if kwd_attrs[..i].contains(a) {
                        let q = &kwd_patterns[i];
                        return Err(serr_span(
                            q.pos,
                            q.end,
                            format!("attribute name repeated in class pattern: {a}"),
                        ));
                    }
                }
                pc.vals.push(cls);
                let ci = int(pc.vals.len() - 1);
                let mut subs = Vec::with_capacity(patterns.len());
                for q in patterns {
                    subs.push(self.subpattern(q, pc)?);
                }
                let mut kws = Vec::with_capacity(kwd_patterns.len());
                for q in kwd_patterns {
                    kws.push(self.subpattern(q, pc)?);
                }
                let names = kwd_attrs.iter().map(|a| Value::Str(a.clone())).collect();
                tup(vec![
                    Value::Int(K_CLASS),
                    ci,
                    tup(subs),
                    tup(names),
                    tup(kws),
                ])
            }
            PatternKind::As { pattern, name } => {
                let sub = match pattern {
                    None => {
                        if !pc.allow_irrefutable {
                            let msg = match name {
                                Some(n) => format!(
                                    "name capture '{n}' makes remaining patterns unreachable"
                                ),
                                None => "wildcard makes remaining patterns unreachable".into(),
                            };
                            return Err(serr_span(p.pos, p.end, msg));
                        }
                        Value::None
                    }
                    Some(q) => self.pattern_desc(q, pc)?,
                };
                tup(vec![Value::Int(K_AS), sub, self.capture(name, p, pc)?])
            }
            PatternKind::Or(alts) => {
                let before = pc.stores.clone();
                let allow = pc.allow_irrefutable;
                let mut first: Option<Vec<Str>> = None;
                let mut ds = Vec::with_capacity(alts.len());
                for (i, alt) in alts.iter().enumerate() {
                    pc.stores = before.clone();
                    pc.allow_irrefutable = i + 1 == alts.len() && allow;
                    ds.push(self.pattern_desc(alt, pc)?);
                    let mut added = pc.stores[before.len()..].to_vec();
                    added.sort();
                    match &first {
                        None => first = Some(added),
                        Some(f) if *f != added => {
                            return Err(serr_span(
                                pc.last.0,
                                pc.last.1,
                                "alternative patterns bind different names",
                            ))
                        }
                        Some(_) => {}
                    }
                }
                pc.stores = before;
                pc.stores.extend(first.unwrap_or_default());
                pc.allow_irrefutable = allow;
                tup(vec![Value::Int(K_OR), tup(ds)])
            }
        })
    }

    fn subpattern<'p>(
        &mut self,
        p: &'p Pattern,
        pc: &mut PatCtx<'p>,
    ) -> Result<Value, SyntaxError> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let d = self.pattern_desc(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(d)
    }

    /// A captured name's slot (-1: none), refusing a name captured twice.
    fn capture(
        &mut self,
        name: &Option<Str>,
        p: &Pattern,
        pc: &mut PatCtx,
    ) -> Result<Value, SyntaxError> {
        let Some(n) = name else {
            return Ok(Value::Int(-1));
        };
        if pc.stores.contains(n) {
            return Err(serr_span(
                p.pos,
                p.end,
                format!("multiple assignments to name '{n}' in pattern"),
            ));
        }
        pc.stores.push(n.clone());
        let i = match pc.caps.iter().position(|c| c == n) {
            Some(i) => i,
            None => {
                pc.caps.push(n.clone());
                pc.caps.len() - 1
            }
        };
        Ok(Value::Int(i as i64))
    }

    fn cond_jump(&mut self, test: &Expr, jump_if: bool) -> Result<usize, SyntaxError> {
        self.expr(test)?;
        Ok(if jump_if {
            self.emit(Op::PopJumpIfTrue(0))
        } else {
            self.emit(Op::PopJumpIfFalse(0))
        })
    }

    fn class_def(&mut self, c: &Rc<ClassDef>, pos: Pos) -> Result<(), SyntaxError> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.emit(Op::LoadBuildClass);
        let scope = self.st.by_node[&(Rc::as_ptr(c) as usize)];
        let qual = self.child_qualname(&c.name);
        self.enter(scope, CodeKind::Class, qual.clone());
        // The body starts on the first decorator's line (compiler_enter_scope's
        // firstlineno), then __module__ and __qualname__, as CPython does.
        let first = c.decorators.first().map_or(pos.line, |d| d.pos.line);
        self.set_line(Pos { line: first, ..pos });
        let mn: Str = Rc::from("__name__");
        let i = self.name(&mn);
        self.emit(Op::LoadGlobal(i));
        let i = self.name(&Rc::from("__module__"));
        self.emit(Op::StoreName(i));
        self.load_const(Value::Str(qual.clone()));
        let i = self.name(&Rc::from("__qualname__"));
        self.emit(Op::StoreName(i));
        self.body(&c.body)?;
        if self.st.scopes[scope]
            .cells
            .iter()
            .any(|c| &**c == "__class__")
        {
            let d = self.deref_idx("__class__");
            self.emit(Op::LoadClosure(d));
            let i = self.name(&Rc::from("__classcell__"));
            self.emit(Op::StoreName(i));
        }
        self.untraced();
        self.emit(Op::LoadLocals);
        self.emit(Op::ReturnValue);
        let code = self.leave(c.name.clone(), first, None, false);
        self.push_closure_and_code(code, 0);
        self.load_const(Value::Str(c.name.clone()));
        for b in &c.bases {
            self.expr(b)?;
        }
        let n = 2 + c.bases.len() as u32;
        if c.keywords.is_empty() {
            self.emit(Op::Call(n));
        } else {
            let mut names = Vec::new();
            for (k, v) in &c.keywords {
                self.expr(v)?;
                names.push(Value::Str(k.clone()));
            }
            let k = names.len() as u32;
            self.load_const(Value::tuple(names));
            self.emit(Op::CallKw((n + k) | (k << 16)));
        }
        self.apply_decorators(&c.decorators);
        self.set_line(pos);
        self.store_name(&c.name);
        Ok(())
    }

    /// Calls the decorators, the last first, each on its own line (as CPython).
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        for d in decorators.iter().rev() {
            self.set_line(d.pos);
            self.emit(Op::Call(1));
        }
    }

    fn child_qualname(&self, name: &str) -> Str {
        let u = self.units.last().expect("unit");
        match u.kind {
            CodeKind::Module => Rc::from(name),
            CodeKind::Class => Rc::from(format!("{}.{}", u.qualname, name)),
            // A comprehension's scope adds no `<locals>` (CPython's compiler_set_qualname).
            _ if ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"]
                .iter()
                .any(|c| u.qualname.ends_with(c)) =>
            {
                Rc::from(format!("{}.{}", u.qualname, name))
            }
            _ => Rc::from(format!("{}.<locals>.{}", u.qualname, name)),
        }
    }

    /// Pushes the code constant (and closure) and emits MakeFunction with `flags`.
    fn push_closure_and_code(&mut self, code: Rc<Code>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for f in code.freevars.clone().iter() {
                let d = self.deref_idx(f);
                self.emit(Op::LoadClosure(d));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction(flags));
    }

    fn make_function(
        &mut self,
        key: usize,
        name: &Str,
        params: &Params,
        body: FuncBody,
        is_async: bool,
        line: u32,
    ) -> Result<(), SyntaxError> {
        let mut flags = 0;
        if !params.defaults.is_empty() {
            for d in &params.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(params.defaults.len() as u32));
            flags |= 1;
        }
        let kwd: Vec<(&Arg, &Expr)> = params
            .kwonly
            .iter()
            .zip(params.kw_defaults.iter())
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kwd.is_empty() {
            for (a, d) in &kwd {
                self.load_const(Value::Str(a.name.clone()));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kwd.len() as u32));
            flags |= 2;
        }
        let scope = self.st.by_node[&key];
        let sc = &self.st.scopes[scope];
        let kind = match (is_async, sc.is_gen) {
            (true, true) => CodeKind::AsyncGenerator,
            (true, false) => CodeKind::Coroutine,
            (false, true) => CodeKind::Generator,
            (false, false) => CodeKind::Function,
        };
        let qual = self.child_qualname(name);
        self.enter(scope, kind, qual);
        self.set_line(Pos { line, col: 0 });
        for a in params
            .args
            .iter()
            .chain(params.kwonly.iter())
            .chain(params.vararg.iter())
            .chain(params.kwarg.iter())
        {
            self.varname(&a.name);
        }
        // Parameter order in varnames: positional, kw-only, *args, **kwargs (CPython's order).
        let is_lambda = matches!(body, FuncBody::Expr(_));
        match body {
            FuncBody::Stmts(b) => {
                // As CPython: the first constant is the docstring or None (`__doc__`).
                let doc = match b.first().map(|s| &s.kind) {
                    Some(StmtKind::Expr(Expr {
                        kind: ExprKind::Constant(Constant::Str(d)),
                        ..
                    })) => Value::Str(d.clone()),
                    _ => Value::None,
                };
                let skip = usize::from(matches!(doc, Value::Str(_)));
                self.u().consts.push(doc);
                self.stmts(&b[skip..])?;
                self.untraced();
                self.load_const(Value::None);
                self.emit(Op::ReturnValue);
            }
            FuncBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::ReturnValue);
            }
        }
        let code = self.leave(name.clone(), line, Some(params), is_lambda);
        self.push_closure_and_code(code, flags);
        Ok(())
    }

    fn fparts(&mut self, parts: &[FPart]) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for p in parts {
            match p {
                FPart::Lit(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    self.load_const(Value::Str(s.clone()));
                }
                FPart::Field {
                    value,
                    conv,
                    spec,
                    debug_text,
                } => {
                    if let Some(t) = debug_text {
                        self.load_const(Value::Str(t.clone()));
                        n += 1;
                    }
                    self.expr(value)?;
                    let mut flags = match conv {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(sp) = spec {
                        let k = self.fparts(sp)?;
                        if k != 1 {
                            self.emit(Op::BuildString(k));
                        }
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                }
            }
            n += 1;
        }
        if n == 0 {
            self.load_const(Value::str(""));
            n = 1;
        }
        Ok(n)
    }

    fn call_args(&mut self, args: &[CallArg]) -> Result<(), SyntaxError> {
        // Simple case: positional then keywords, no unpacking.
        let simple = args
            .iter()
            .all(|a| matches!(a, CallArg::Pos(_) | CallArg::Kw(..)));
        if simple {
            let mut kw = Vec::new();
            for a in args {
                match a {
                    CallArg::Pos(e) => self.expr(e)?,
                    CallArg::Kw(n, e) => {
                        self.expr(e)?;
                        kw.push(Value::Str(n.clone()));
                    }
                    _ => {}
                }
            }
            if kw.is_empty() {
                self.emit(Op::Call(args.len() as u32));
            } else {
                let k = kw.len() as u32;
                self.load_const(Value::tuple(kw));
                self.emit(Op::CallKw(args.len() as u32 | (k << 16)));
            }
            return Ok(());
        }
        // General case: build a tuple of positionals and a dict of keywords
        // (a lone `*x` is passed as it is, as CPython does, unless it is a
        // generator expression: `ListExtend` runs that frame by frame, so that
        // `gather(*(coro() for ...))` of 10,000 pauses for the page; `CallEx`
        // would unpack it in one nested run).
        let positional: Vec<&CallArg> = args
            .iter()
            .filter(|a| matches!(a, CallArg::Pos(_) | CallArg::Star(_)))
            .collect();
        let lone = match positional[..] {
            [CallArg::Star(e)] => Some(e),
            _ => None,
        };
        let genexp = |e: &Expr| {
            matches!(
                e.kind,
                ExprKind::Comp {
                    kind: CompKind::Gen,
                    ..
                }
            )
        };
        if let Some(e) = lone.filter(|e| !genexp(e)) {
            self.expr(e)?;
        } else {
            self.emit(Op::BuildList(0));
            for a in args {
                match a {
                    CallArg::Pos(e) => {
                        self.expr(e)?;
                        self.emit(Op::ListAppend(1));
                    }
                    CallArg::Star(e) => {
                        self.expr(e)?;
                        self.emit(Op::ListExtend);
                    }
                    _ => {}
                }
            }
            self.emit(Op::ListToTuple);
        }
        let has_kw = args
            .iter()
            .any(|a| matches!(a, CallArg::Kw(..) | CallArg::StarStar(_)));
        if has_kw {
            self.emit(Op::BuildMap(0));
            for a in args {
                match a {
                    CallArg::Kw(n, e) => {
                        self.load_const(Value::Str(n.clone()));
                        self.expr(e)?;
                        self.emit(Op::BuildMap(1));
                        self.emit(Op::DictMerge);
                    }
                    CallArg::StarStar(e) => {
                        self.expr(e)?;
                        self.emit(Op::DictMerge);
                    }
                    _ => {}
                }
            }
        }
        self.emit(Op::CallEx(has_kw as u32));
        Ok(())
    }

    fn elts_with_star(
        &mut self,
        items: &[Expr],
        build: fn(u32) -> Op,
        extend: Op,
    ) -> Result<(), SyntaxError> {
        if !items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
            let folded = self.trace_lines
                && items.len() > 2
                && items
                    .iter()
                    .all(|i| matches!(i.kind, ExprKind::Constant(_)));
            for e in items {
                match const_value(e) {
                    // CPython loads more than two constants as one tuple, on the display's line.
                    Some(v) if folded => self.load_const(v),
                    _ => self.expr(e)?,
                }
            }
            self.emit(build(items.len() as u32));
            return Ok(());
        }
        self.emit(build(0));
        let mut pending = 0;
        for e in items {
            match &e.kind {
                ExprKind::Starred(inner) => {
                    if pending > 0 {
                        self.emit(build(pending));
                        self.emit(extend);
                        pending = 0;
                    }
                    self.expr(inner)?;
                    self.emit(extend);
                }
                _ => {
                    self.expr(e)?;
                    pending += 1;
                }
            }
        }
        if pending > 0 {
            self.emit(build(pending));
            self.emit(extend);
        }
        Ok(())
    }

    /// A set display, as CPython 3.11 compiles it: more than two constants
    /// become a frozenset constant merged into a new set; otherwise the items
    /// before the first `*x` are built into the set, and the rest added or
    /// merged one by one (the order of insertion decides the table's layout).
    fn set_display(&mut self, items: &[Expr]) -> Result<(), SyntaxError> {
        if items.len() > 2 {
            if let Some(f) = const_frozenset(items) {
                self.emit(Op::BuildSet(0));
                self.load_const(f);
                self.emit(Op::SetUpdate);
                return Ok(());
            }
        }
        let first_star = items
            .iter()
            .position(|e| matches!(e.kind, ExprKind::Starred(_)))
            .unwrap_or(items.len());
        for e in &items[..first_star] {
            self.expr(e)?;
        }
        self.emit(Op::BuildSet(first_star as u32));
        for e in &items[first_star..] {
            match &e.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::SetUpdate);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(Op::SetAdd(1));
                }
            }
        }
        Ok(())
    }

    /// The iterable of a `for` loop or comprehension: a set display of
    /// constants is a frozenset constant (CPython's AST optimizer).
    fn iter_expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if let ExprKind::Set(items) = &e.kind {
            if let Some(f) = const_frozenset(items) {
                self.load_const(f);
                return Ok(());
            }
        }
        // CPython's fold_iter: a list display iterated is built as a tuple
        // (so its iterator is a tuple_iterator, as `.0` shows).
        if let ExprKind::List(items) = &e.kind {
            if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                let saved = self.u().line;
                self.u().line = e.pos.line;
                let consts: Option<Vec<Value>> = items.iter().map(const_value).collect();
                match consts {
                    Some(vals) if !vals.is_empty() => self.load_const(Value::tuple(vals)),
                    _ => {
                        for i in items {
                            self.expr(i)?;
                        }
                        self.emit(Op::BuildTuple(items.len() as u32));
                    }
                }
                self.u().line = saved;
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        check_stack(e.pos)?;
        let saved = self.u().line;
        if e.pos.line > 0 {
            self.u().line = e.pos.line;
        }
        let r = self.expr_inner(e);
        self.u().line = saved;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = match c {
                    Constant::None => Value::None,
                    Constant::True => Value::Bool(true),
                    Constant::False => Value::Bool(false),
                    Constant::Ellipsis => Value::Ellipsis,
                    Constant::Int(i) => Value::Int(*i),
                    Constant::BigInt(s) => match big_literal(s) {
                        Some(b) => Value::from_bigint(b),
                        None => return Err(serr(e.pos, "invalid integer literal")),
                    },
                    Constant::Float(f) => Value::Float(*f),
                    Constant::Str(s) => Value::Str(s.clone()),
                    Constant::Bytes(b) => Value::Bytes(b.clone()),
                };
                self.load_const(v);
            }
            ExprKind::FString(parts) => {
                let n = self.fparts(parts)?;
                if n != 1 {
                    self.emit(Op::BuildString(n));
                }
            }
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name(attr);
                // A name on a line of its own: the load is on its line, as
                // CPython's update_start_location_to_match_attr.
                self.u().line = e.end.line.max(e.pos.line);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper] {
                    match x {
                        Some(v) => self.expr(v)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Starred(_) => return Err(serr(e.pos, "can't use starred expression here")),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.u().line = e.pos.line;
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Op::Unary(*op));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(match op {
                            BoolOp::And => self.emit(Op::JumpIfFalseOrPop(0)),
                            BoolOp::Or => self.emit(Op::JumpIfTrueOrPop(0)),
                        });
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.u().line = e.pos.line;
                    self.cmp_op(ops[0]);
                } else {
                    let mut cleanup = Vec::new();
                    for (i, (op, c)) in ops.iter().zip(comparators.iter()).enumerate() {
                        self.expr(c)?;
                        if i + 1 < ops.len() {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.cmp_op(*op);
                            cleanup.push(self.emit(Op::JumpIfFalseOrPop(0)));
                        } else {
                            self.cmp_op(*op);
                        }
                    }
                    let end = self.emit(Op::Jump(0));
                    for c in cleanup {
                        self.patch_here(c);
                    }
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    self.patch_here(end);
                }
            }
            ExprKind::Call { func, args } => {
                if let ExprKind::Attribute { value, attr } = &func.kind {
                    if args.iter().all(|a| matches!(a, CallArg::Pos(_))) {
                        self.expr(value)?;
                        let i = self.name(attr);
                        // On the attribute's line (update_start_location_to_match_attr).
                        self.u().line = func.end.line.max(e.pos.line);
                        self.emit(Op::LoadMethod(i));
                        for a in args {
                            if let CallArg::Pos(x) = a {
                                self.expr(x)?;
                            }
                        }
                        self.u().line = func.end.line.max(e.pos.line);
                        self.emit(Op::CallMethod(args.len() as u32));
                        self.u().line = e.pos.line;
                        return Ok(());
                    }
                }
                self.expr(func)?;
                self.call_args(args)?;
                // The call's line is where the call starts (for tracebacks).
                let last = self.u().ops.len() - 1;
                self.u().lines[last] = e.pos.line;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let j = self.cond_jump(test, false)?;
                self.expr(body)?;
                let end = self.emit(Op::Jump(0));
                self.patch_here(j);
                self.expr(orelse)?;
                self.patch_here(end);
            }
            ExprKind::Lambda { params, body } => {
                self.make_function(
                    e as *const Expr as usize,
                    &Rc::from("<lambda>"),
                    params,
                    FuncBody::Expr(body),
                    false,
                    e.pos.line,
                )?;
            }
            ExprKind::Tuple(items) => {
                // Folded when all its items are constants once folded (nested
                // tuples, -1), as CPython does: one op, on the tuple's line.
                let folded = if items.is_empty() {
                    None
                } else {
                    const_value(e)
                };
                if let Some(v) = folded {
                    self.load_const(v);
                } else if items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
                    self.elts_with_star(items, Op::BuildList, Op::ListExtend)?;
                    self.emit(Op::ListToTuple);
                } else {
                    self.elts_with_star(items, Op::BuildTuple, Op::ListExtend)?;
                }
            }
            ExprKind::List(items) => self.elts_with_star(items, Op::BuildList, Op::ListExtend)?,
            ExprKind::Set(items) => self.set_display(items)?,
            ExprKind::Dict(items) => {
                if items.iter().all(|i| matches!(i, DictItem::Pair(..))) {
                    for it in items {
                        if let DictItem::Pair(k, v) = it {
                            self.expr(k)?;
                            self.expr(v)?;
                        }
                    }
                    self.emit(Op::BuildMap(items.len() as u32));
                } else {
                    self.emit(Op::BuildMap(0));
                    for it in items {
                        match it {
                            DictItem::Pair(k, v) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::BuildMap(1));
                                self.emit(Op::DictUpdate);
                            }
                            DictItem::Splat(m) => {
                                self.expr(m)?;
                                self.emit(Op::DictUpdate);
                            }
                        }
                    }
                }
            }
            ExprKind::Comp {
                kind,
                elt,
                value,
                generators,
            } => self.comprehension(e, kind, elt, value.as_deref(), generators)?,
            ExprKind::Await(x) => {
                self.expr(x)?;
                self.emit(Op::GetAwaitable);
                self.load_const(Value::None);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(x) => {
                self.expr(x)?;
                self.emit(Op::GetIter);
                self.load_const(Value::None);
                self.emit(Op::YieldFrom);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store_name(target);
            }
        }
        Ok(())
    }

    fn cmp_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Is => self.emit(Op::IsOp(0)),
            CmpOp::IsNot => self.emit(Op::IsOp(1)),
            CmpOp::In => self.emit(Op::ContainsOp(0)),
            CmpOp::NotIn => self.emit(Op::ContainsOp(1)),
            _ => self.emit(Op::Compare(op)),
        };
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        kind: &CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        gens: &[Comprehension],
    ) -> Result<(), SyntaxError> {
        let scope = self.st.by_node[&(e as *const Expr as usize)];
        let sc = &self.st.scopes[scope];
        let is_async = sc.is_async;
        let (name, ck) = match kind {
            CompKind::List => ("<listcomp>", CodeKind::Function),
            CompKind::Set => ("<setcomp>", CodeKind::Function),
            CompKind::Dict => ("<dictcomp>", CodeKind::Function),
            CompKind::Gen => ("<genexpr>", CodeKind::Generator),
        };
        let ck = match (ck, is_async) {
            (CodeKind::Generator, true) => CodeKind::AsyncGenerator,
            (CodeKind::Function, true) => CodeKind::Coroutine,
            (k, _) => k,
        };
        let qual = self.child_qualname(name);
        self.enter(scope, ck, qual);
        self.set_line(e.pos);
        let dot0: Str = Rc::from(".0");
        self.varname(&dot0);
        match kind {
            CompKind::List => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Gen => {}
        }
        self.comp_level(kind, elt, value, gens, 0)?;
        self.untraced();
        if *kind == CompKind::Gen {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let params = Params {
            args: vec![Arg {
                name: dot0,
                pos: e.pos,
            }],
            ..Default::default()
        };
        let code = self.leave(Rc::from(name), e.pos.line, Some(&params), false);
        self.push_closure_and_code(code, 0);
        self.iter_expr(&gens[0].iter)?;
        if gens[0].is_async {
            self.emit(Op::GetAIter);
        } else {
            self.emit(Op::GetIter);
        }
        self.emit(Op::Call(1));
        if is_async && *kind != CompKind::Gen {
            self.emit(Op::GetAwaitable);
            self.load_const(Value::None);
            self.emit(Op::YieldFrom);
        }
        Ok(())
    }

    fn comp_level(
        &mut self,
        kind: &CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        gens: &[Comprehension],
        depth: usize,
    ) -> Result<(), SyntaxError> {
        let g = &gens[depth];
        if depth == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.iter_expr(&g.iter)?;
            if g.is_async {
                self.emit(Op::GetAIter);
            } else {
                self.emit(Op::GetIter);
            }
        }
        let start = self.here();
        let (exit_jump, setup) = if g.is_async {
            let setup = self.emit(Op::SetupExcept(0));
            self.emit(Op::GetANext);
            self.load_const(Value::None);
            self.emit(Op::YieldFrom);
            self.emit(Op::PopBlock);
            (None, Some(setup))
        } else {
            (Some(self.emit(Op::ForIter(0))), None)
        };
        // The target is stored on its own line (CPython: a comprehension's `for`
        // clause on a line of its own has a line event per item there).
        let saved = self.u().line;
        if g.target.pos.line > 0 {
            self.u().line = g.target.pos.line;
        }
        self.store(&g.target)?;
        self.u().line = saved;
        let mut skips = Vec::new();
        for c in &g.ifs {
            skips.push(self.cond_jump(c, false)?);
        }
        if depth + 1 < gens.len() {
            self.comp_level(kind, elt, value, gens, depth + 1)?;
        } else {
            // The accumulator sits below the iterators: depth+1 iterators above it.
            let d = (depth + 2) as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(d));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(d));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd(d));
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        for s in skips {
            self.patch(s, start);
        }
        self.emit(Op::Jump(start));
        if let Some(j) = exit_jump {
            self.patch_here(j);
        }
        if let Some(s) = setup {
            self.patch_here(s);
            let end = self.emit(Op::EndAsyncFor(0));
            self.patch_here(end);
        }
        Ok(())
    }
}

enum FuncBody<'b> {
    Stmts(&'b [Stmt]),
    Expr(&'b Expr),
}

/// CPython's infer_type: the type a literal display or constant makes (None
/// for any other expression).
fn literal_type(e: &Expr) -> Option<&'static str> {
    if let Some(v) = const_value(e) {
        return Some(match v {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
            Value::Ellipsis => "ellipsis",
            _ => return None,
        });
    }
    Some(match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Dict(_) => "dict",
        ExprKind::Set(_) => "set",
        ExprKind::FString(_) => "str",
        ExprKind::Lambda { .. } => "function",
        ExprKind::Comp { kind, .. } => match kind {
            CompKind::List => "list",
            CompKind::Set => "set",
            CompKind::Dict => "dict",
            CompKind::Gen => "generator",
        },
        _ => return None,
    })
}

fn is_lambda(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Lambda { .. })
}

/// The value of a constant expression, as CPython's AST optimizer folds it
/// (literals, unary operators on numbers, tuples of constants, small integer
/// arithmetic).
fn const_value(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(s) => Value::from_bigint(big_literal(s)?),
            Constant::Float(f) => Value::Float(*f),
            Constant::Str(s) => Value::Str(s.clone()),
            Constant::Bytes(b) => Value::Bytes(b.clone()),
        }),
        ExprKind::UnaryOp { op, operand } => {
            let v = const_value(operand)?;
            match (op, v) {
                (UnaryOp::Neg, Value::Int(i)) => i.checked_neg().map(Value::Int),
                (UnaryOp::Neg, Value::Bool(b)) => Some(Value::Int(-(b as i64))),
                (UnaryOp::Neg, Value::Float(f)) => Some(Value::Float(-f)),
                (UnaryOp::Neg, Value::BigInt(b)) => Some(Value::from_bigint(-(*b).clone())),
                (UnaryOp::Pos, Value::Int(i)) => Some(Value::Int(i)),
                (UnaryOp::Pos, Value::Float(f)) => Some(Value::Float(f)),
                (UnaryOp::Invert, Value::Int(i)) => Some(Value::Int(!i)),
                _ => None,
            }
        }
        ExprKind::Tuple(items) => {
            let mut vals = Vec::with_capacity(items.len());
            for i in items {
                vals.push(const_value(i)?);
            }
            Some(Value::tuple(vals))
        }
        ExprKind::BinOp { left, op, right } => {
            let (Value::Int(x), Value::Int(y)) = (const_value(left)?, const_value(right)?) else {
                return None;
            };
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::Pow if (0..64).contains(&y) => x.checked_pow(y as u32),
                BinOp::LShift if (0..63).contains(&y) => x.checked_mul(1i64 << y),
                BinOp::RShift if (0..64).contains(&y) => Some(x >> y),
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                _ => None,
            };
            r.map(Value::Int)
        }
        _ => None,
    }
}

/// The frozenset constant CPython makes of a set display of constants: built
/// in source order, then rebuilt in its own iteration order (compile.c's
/// merge_consts_recursive makes a new frozenset of the first one's items).
fn const_frozenset(items: &[Expr]) -> Option<Value> {
    let mut first = crate::pyset::PySet::new();
    for i in items {
        first.insert(crate::value::Key(const_value(i)?));
    }
    let second: crate::pyset::PySet = first.iter().cloned().collect();
    Some(Value::Set(Rc::new(crate::value::SetObj {
        set: std::cell::RefCell::new(second),
        frozen: true,
    })))
}
