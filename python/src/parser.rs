//! Recursive-descent parser for the supported Python subset, producing the
//! AST of `ast.rs`. Syntax errors mimic CPython 3.11: generic errors are
//! reported at the furthest token examined ("invalid syntax"), and the
//! specific messages of CPython's second ("invalid_*") pass are emulated
//! where they apply. After a successful parse, the checks CPython does in
//! its symbol-table and compiler passes ('return' outside function, ...)
//! are run over the tree.
//!
//! Recursion is bounded: brackets by the tokenizer (200, as CPython), blocks
//! by the indentation limit (100), and every other kind of nesting by
//! `MAX_NEST` (unary/binary operator chains are parsed iteratively but
//! still count, so the resulting tree is never deeper than about MAX_NEST).

use crate::ast::*;
use crate::lexer::{self, err, LexFail, StrTok, Tok, Token};
use std::rc::Rc;

/// Maximum nesting of expressions/statements in the tree.
pub const MAX_NEST: u32 = 1000;
/// Stack the parser may use (measured from `parse()`); deeper input gets a
/// SyntaxError instead of a stack overflow. Unoptimized builds hit it at
/// 100-200 nested brackets (depending on the construct), optimized builds not
/// before the tokenizer's limit of 200.
pub const STACK_BUDGET: usize = 640 * 1024;

/// Address of a local: the current stack depth (no unsafe involved).
#[inline(never)]
fn stack_addr() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// CPython's limit on decimal digits in an int literal (`sys.int_info.default_max_str_digits`).
const MAX_STR_DIGITS: usize = 4300;

const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

pub fn is_keyword(s: &str) -> bool {
    // Most names are not keywords: a keyword starts with a letter of KEYWORDS'
    // first letters and is 2 to 8 bytes long (a match, not 35 comparisons).
    matches!(s.len(), 2..=8)
        && matches!(
            s.as_bytes()[0],
            b'F' | b'N' | b'T' | b'a'
                ..=b'g' | b'i' | b'l' | b'n' | b'o' | b'p' | b'r' | b't' | b'w' | b'y'
        )
        && KEYWORDS.contains(&s)
}

/// Parse a module.
pub fn parse(src: &str) -> Result<Module, SyntaxError> {
    if let Some(k) = src.find('\0') {
        let line = src[..k].matches('\n').count() as u32 + 1;
        return Err(err(
            "SyntaxError",
            "source code cannot contain null bytes",
            line,
            0,
            line,
            0,
        ));
    }
    let chars = lexer::normalize(src);
    let lexed = lexer::tokenize(&chars);
    let lexfail = match lexed.fail {
        Some(LexFail::Error(e)) => Some(LexErr {
            err: e,
            line: 0,
            kind: LexKind::Override,
        }),
        Some(LexFail::Unclosed { err, line }) => Some(LexErr {
            err,
            line,
            kind: LexKind::Unclosed,
        }),
        Some(LexFail::Deferred(e)) => Some(LexErr {
            err: e,
            line: 0,
            kind: LexKind::Deferred,
        }),
        None => None,
    };
    let mut p = Parser::new(lexed.toks, 0, false);
    match p.file() {
        Ok(m) => {
            if let Some(e) = p.unsupported.take() {
                return Err(e);
            }
            check_module(&m, std::mem::take(&mut p.compile_errs))?;
            Ok(m)
        }
        Err(e) => {
            let mut e = p.report(e, lexfail);
            if e.end_line != e.line {
                // CPython converts the end column against the first line's text
                let len = chars
                    .split(|&c| c == '\n')
                    .nth(e.line.saturating_sub(1) as usize)
                    .map_or(0, |l| l.len());
                e.end_col = e.end_col.min(len as u32 + 1);
            }
            Err(e)
        }
    }
}

#[derive(PartialEq)]
enum LexKind {
    /// CPython's tokenizer raised it: it beats parser errors (except a
    /// generic one at an INDENT/DEDENT, reported as "unexpected indent").
    Override,
    /// Reported only when the parser reaches it.
    Deferred,
    /// "was never closed": reported when reached, or when the parser's
    /// last fetched token is on a later line than the bracket.
    Unclosed,
}

struct LexErr {
    err: SyntaxError,
    line: u32,
    kind: LexKind,
}

#[derive(Debug)]
enum PErr {
    /// "invalid syntax" at the furthest token examined.
    Generic,
    Syn(Box<SyntaxError>),
}
type PResult<T> = Result<T, PErr>;

fn serr(kind: &'static str, msg: impl Into<String>, a: Pos, b: Pos) -> PErr {
    PErr::Syn(Box::new(range_err(kind, msg, a, b)))
}

/// An error over the 0-based-column range `a..b` (CPython's KNOWN_RANGE).
fn range_err(kind: &'static str, msg: impl Into<String>, a: Pos, b: Pos) -> SyntaxError {
    let (col, mut el, mut ec) = (a.col + 1, b.line, b.col + 1);
    if (el, ec) <= (a.line, col) {
        el = a.line;
        ec = col + 1;
    }
    err(kind, msg, a.line, col, el, ec)
}

fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Comp {
            kind: CompKind::Gen,
            ..
        } => "generator expression",
        ExprKind::Comp {
            kind: CompKind::List,
            ..
        } => "list comprehension",
        ExprKind::Comp {
            kind: CompKind::Set,
            ..
        } => "set comprehension",
        ExprKind::Comp {
            kind: CompKind::Dict,
            ..
        } => "dict comprehension",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Targets {
    Star,
    Del,
    For,
}

/// CPython's `_PyPegen_get_invalid_target`.
fn invalid_target(e: &Expr, t: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(v) | ExprKind::Tuple(v) => v.iter().find_map(|x| invalid_target(x, t)),
        ExprKind::Starred(v) => {
            if t == Targets::Del {
                Some(e)
            } else {
                invalid_target(v, t)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if t == Targets::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, t);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// The first bitwise_or-level operand of an expression (what CPython's
/// invalid_named_expression parses after '=').
fn leftmost_operand(e: &Expr) -> &Expr {
    let mut e = e;
    loop {
        e = match &e.kind {
            ExprKind::Tuple(v) if v.first().is_some_and(|f| f.pos == e.pos) => &v[0],
            ExprKind::Compare { left, .. } => left,
            ExprKind::BoolOp { values, .. } if !values.is_empty() => &values[0],
            ExprKind::IfExp { body, .. } => body,
            _ => return e,
        };
    }
}

fn pat(kind: PatternKind, pos: Pos, end: Pos) -> Pattern {
    Pattern { pos, end, kind }
}

fn mk(kind: ExprKind, pos: Pos, end: Pos) -> Expr {
    Expr { pos, end, kind }
}
fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

struct Parser {
    toks: Vec<Token>,
    i: usize,
    /// Furthest token index examined (CPython's last token of the first pass).
    far: usize,
    nest: u32,
    /// Above 0 while parsing speculatively: no second-pass error emulation.
    quiet: u32,
    /// Above 0: PEG semantics (operator chains keep their longest valid prefix)
    /// while still raising second-pass errors.
    peg: u32,
    /// First construct outside the playground subset.
    unsupported: Option<SyntaxError>,
    /// Nesting of f-strings (sub-parsers).
    fdepth: u32,
    /// The parser looked at the `Tok::Eof` marker (CPython raises the
    /// tokenizer's error as soon as it fetches that token).
    touched_end: bool,
    /// Errors CPython's compiler reports (after parsing succeeds).
    compile_errs: Vec<SyntaxError>,
    /// Stack address at `parse()` (see `STACK_BUDGET`).
    stack_base: usize,
    /// Furthest token ever fetched, speculation included (CPython's
    /// `p->fill - 1`).
    max_touched: usize,
}

/// Saved parser state for backtracking.
#[derive(Clone, Copy)]
struct Mark {
    i: usize,
    far: usize,
    nest: u32,
}

impl Parser {
    fn new(mut toks: Vec<Token>, nest: u32, _sub: bool) -> Parser {
        if toks.is_empty() {
            let p = Pos { line: 1, col: 0 };
            toks.push(Token {
                tok: Tok::EndMarker,
                start: p,
                end: p,
                level: 0,
            });
        }
        Parser {
            toks,
            i: 0,
            far: 0,
            nest,
            quiet: 0,
            peg: 0,
            unsupported: None,
            fdepth: 0,
            touched_end: false,
            compile_errs: Vec::new(),
            stack_base: stack_addr(),
            max_touched: 0,
        }
    }

    // ----- token access -----

    fn tk(&self, i: usize) -> &Token {
        let n = self.toks.len() - 1;
        &self.toks[i.min(n)]
    }
    fn touch(&mut self, i: usize) {
        if i > self.max_touched {
            self.max_touched = i.min(self.toks.len() - 1);
        }
        if i + 1 >= self.toks.len() && matches!(self.toks.last().map(|t| &t.tok), Some(Tok::Eof)) {
            self.touched_end = true;
        }
    }
    fn peek(&mut self) -> &Tok {
        if self.i > self.far {
            self.far = self.i;
        }
        self.touch(self.i);
        &self.tk(self.i).tok
    }
    fn peek_at(&mut self, k: usize) -> &Tok {
        if self.i + k > self.far {
            self.far = self.i + k;
        }
        self.touch(self.i + k);
        &self.tk(self.i + k).tok
    }
    /// Lookahead that does not count as "examined" (second-pass checks).
    fn la(&mut self, k: usize) -> &Tok {
        self.touch(self.i + k);
        &self.tk(self.i + k).tok
    }
    fn cur(&mut self) -> Token {
        self.peek();
        self.tk(self.i).clone()
    }
    /// Advance past the current token.
    fn bump(&mut self) {
        self.peek();
        if self.i < self.toks.len() - 1 {
            self.i += 1;
        }
    }
    /// Fail cleanly before the Rust stack could overflow.
    fn check_stack(&mut self) -> PResult<()> {
        if self.stack_base.saturating_sub(stack_addr()) > STACK_BUDGET {
            return Err(self.too_deep());
        }
        Ok(())
    }
    #[cold]
    #[inline(never)]
    fn too_deep(&mut self) -> PErr {
        let t = self.cur();
        let msg = if t.level > 0 {
            "too many nested parentheses"
        } else {
            "expression too deeply nested"
        };
        serr("SyntaxError", msg, t.start, t.end)
    }
    fn next(&mut self) -> Token {
        let t = self.cur();
        if self.i < self.toks.len() - 1 {
            self.i += 1;
        }
        t
    }
    fn prev_end(&self) -> Pos {
        self.tk(self.i.saturating_sub(1)).end
    }
    fn at_op(&mut self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }
    fn at_kw(&mut self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Name(n) if &**n == kw)
    }
    fn eat_op(&mut self, op: &str) -> bool {
        if self.at_op(op) {
            self.next();
            true
        } else {
            false
        }
    }
    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.next();
            true
        } else {
            false
        }
    }
    fn expect_op(&mut self, op: &str) -> PResult<Token> {
        if self.at_op(op) {
            Ok(self.next())
        } else {
            Err(PErr::Generic)
        }
    }
    /// `&&'x'` in CPython's grammar: "expected 'x'" at the current token.
    fn expect_forced(&mut self, op: &str) -> PResult<Token> {
        if self.at_op(op) {
            return Ok(self.next());
        }
        let t = self.cur();
        Err(self.tok_err("SyntaxError", format!("expected '{}'", op), &t))
    }
    fn at_newline(&mut self) -> bool {
        matches!(self.peek(), Tok::Newline)
    }
    /// A non-keyword NAME.
    fn name(&mut self) -> PResult<(Rc<str>, Token)> {
        match self.peek().clone() {
            Tok::Name(n) if !is_keyword(&n) => Ok((n, self.next())),
            _ => Err(PErr::Generic),
        }
    }
    fn mark(&self) -> Mark {
        Mark {
            i: self.i,
            far: self.far,
            nest: self.nest,
        }
    }
    fn reset(&mut self, m: Mark) {
        self.i = m.i;
        self.far = m.far;
        self.nest = m.nest;
    }
    fn enter(&mut self, at: Pos) -> PResult<()> {
        self.nest += 1;
        if self.nest > MAX_NEST {
            return Err(serr("SyntaxError", "expression too deeply nested", at, at));
        }
        Ok(())
    }
    fn leave(&mut self, n: u32) {
        self.nest = self.nest.saturating_sub(n);
    }
    fn unsupported(&mut self, msg: &str, a: Pos, b: Pos) {
        if self.unsupported.is_none() {
            self.unsupported = Some(range_err("SyntaxError", msg, a, b));
        }
    }

    /// Error positioned on a token (INDENT/DEDENT/ENDMARKER carry CPython's
    /// offset directly).
    fn tok_err(&self, kind: &'static str, msg: impl Into<String>, t: &Token) -> PErr {
        PErr::Syn(Box::new(self.tok_err_raw(kind, msg, t)))
    }
    fn tok_err_raw(&self, kind: &'static str, msg: impl Into<String>, t: &Token) -> SyntaxError {
        match t.tok {
            Tok::Indent | Tok::Dedent | Tok::EndMarker | Tok::Eof => err(
                kind,
                msg,
                t.start.line,
                t.start.col,
                t.start.line,
                t.start.col + 1,
            ),
            _ => range_err(kind, msg, t.start, t.end),
        }
    }
    /// RAISE_SYNTAX_ERROR without location: at the last token fetched.
    fn err_far(&self, msg: impl Into<String>) -> PErr {
        let t = self.tk(self.far).clone();
        PErr::Syn(Box::new(self.tok_err_raw("SyntaxError", msg, &t)))
    }

    /// Turn a parse failure into the error CPython would report.
    fn report(&mut self, e: PErr, lexfail: Option<LexErr>) -> SyntaxError {
        let far_tok = self.tk(self.far).clone();
        if let Some(le) = lexfail {
            let reached = self.touched_end || matches!(far_tok.tok, Tok::Eof);
            let last_line = self.tk(self.max_touched).start.line;
            let wins = match le.kind {
                LexKind::Override => {
                    reached
                        || !(matches!(e, PErr::Generic)
                            && matches!(far_tok.tok, Tok::Indent | Tok::Dedent))
                }
                LexKind::Deferred => reached,
                LexKind::Unclosed => reached || last_line > le.line,
            };
            if wins {
                return le.err;
            }
        }
        match e {
            PErr::Syn(b) => *b,
            PErr::Generic => match far_tok.tok {
                Tok::Indent => self.tok_err_raw("IndentationError", "unexpected indent", &far_tok),
                Tok::Dedent => {
                    self.tok_err_raw("IndentationError", "unexpected unindent", &far_tok)
                }
                _ => self.tok_err_raw("SyntaxError", "invalid syntax", &far_tok),
            },
        }
    }

    // ----- statements -----

    fn file(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        loop {
            match self.peek() {
                Tok::EndMarker => break,
                _ => self.statement(&mut body)?,
            }
        }
        Ok(Module { body })
    }

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.check_stack()?;
        let k = match self.peek() {
            Tok::Name(n) => match &**n {
                "def" => 1,
                "if" => 2,
                "class" => 3,
                "with" => 4,
                "for" => 5,
                "try" => 6,
                "while" => 7,
                "async" => 8,
                "match" => 9,
                _ => 0,
            },
            Tok::Op("@") => 10,
            _ => 0,
        };
        match k {
            0 => self.simple_stmts(out),
            9 => self.match_or_simple(out),
            _ => self.compound(k, out),
        }
    }

    #[inline(never)]
    fn match_or_simple(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if self.match_stmt(out)? {
            return Ok(());
        }
        self.simple_stmts(out)
    }

    #[inline(never)]
    fn compound(&mut self, k: u8, out: &mut Vec<Stmt>) -> PResult<()> {
        let r = match k {
            1 => self.funcdef(Vec::new(), None),
            2 => self.if_stmt(),
            3 => self.classdef(Vec::new()),
            4 => self.with_stmt(None),
            5 => self.for_stmt(None),
            6 => self.try_stmt(),
            7 => self.while_stmt(),
            8 => self.async_stmt(),
            _ => self.decorated(),
        };
        out.push(r?);
        Ok(())
    }

    #[inline(never)]
    fn async_stmt(&mut self) -> PResult<Stmt> {
        let a = self.next();
        let k = match self.peek() {
            Tok::Name(n) if &**n == "def" => 0,
            Tok::Name(n) if &**n == "for" => 1,
            Tok::Name(n) if &**n == "with" => 2,
            _ => return Err(PErr::Generic),
        };
        match k {
            0 => self.funcdef(Vec::new(), Some(a)),
            1 => self.for_stmt(Some(a)),
            _ => self.with_stmt(Some(a)),
        }
    }
    /// `match` (a soft keyword): if this is a match statement, parse it into
    /// `out`. Returns false if it is not one.
    fn match_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<bool> {
        let m = self.mark();
        let kw = self.next();
        self.quiet += 1;
        let subj = self.star_expressions();
        self.quiet -= 1;
        let subject = match subj {
            Ok(e) if self.at_op(":") && matches!(self.la(1), Tok::Newline) => e,
            _ => {
                self.reset(m);
                return Ok(false);
            }
        };
        self.next();
        self.next();
        if !matches!(self.peek(), Tok::Indent) {
            let t = self.cur();
            return Err(self.tok_err(
                "IndentationError",
                format!(
                    "expected an indented block after 'match' statement on line {}",
                    kw.start.line
                ),
                &t,
            ));
        }
        self.next();
        self.enter(kw.start)?;
        let mut cases = Vec::new();
        loop {
            match self.peek() {
                Tok::Dedent => {
                    self.next();
                    break;
                }
                Tok::EndMarker => break,
                _ => {}
            }
            if !self.at_kw("case") {
                return Err(PErr::Generic);
            }
            let ck = self.next();
            let pattern = self.patterns()?;
            let guard = if self.eat_kw("if") {
                Some(self.named_expression()?)
            } else {
                None
            };
            self.header_colon()?;
            let body = self.block("'case' statement", &ck)?;
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
        }
        self.leave(1);
        if cases.is_empty() {
            return Err(PErr::Generic);
        }
        let end = Self::end_of(&cases.last().expect("a case").body, kw.end);
        out.push(Stmt {
            pos: kw.start,
            end,
            kind: StmtKind::Match { subject, cases },
        });
        Ok(true)
    }

    /// `patterns`: an open sequence (`case a, *b:`) or one pattern.
    fn patterns(&mut self) -> PResult<Pattern> {
        let first = self.maybe_star_pattern()?;
        if !self.at_op(",") {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(PErr::Generic);
            }
            return Ok(first);
        }
        let pos = first.pos;
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(":") || self.at_kw("if") {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        let end = items.last().map_or(pos, |p| p.end);
        self.star_check(&items, pos, end)?;
        Ok(pat(PatternKind::Sequence(items), pos, end))
    }

    /// The sequence pattern from `a` to `b` has at most one starred name.
    fn star_check(&mut self, items: &[Pattern], a: Pos, b: Pos) -> PResult<()> {
        let stars = items
            .iter()
            .filter(|p| matches!(p.kind, PatternKind::Star(_)))
            .count();
        if stars > 1 {
            return Err(serr(
                "SyntaxError",
                "multiple starred names in sequence pattern",
                a,
                b,
            ));
        }
        Ok(())
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at_op("*") {
            let t = self.next();
            let (n, nt) = self.name()?;
            let name = if &*n == "_" { None } else { Some(n) };
            return Ok(pat(PatternKind::Star(name), t.start, nt.end));
        }
        self.pattern()
    }

    /// `or_pattern ['as' NAME]`.
    fn pattern(&mut self) -> PResult<Pattern> {
        self.check_stack()?;
        let p = self.or_pattern()?;
        if !self.at_kw("as") {
            return Ok(p);
        }
        self.next();
        let t = self.cur();
        match &t.tok {
            Tok::Name(n) if &**n == "_" => {
                Err(self.tok_err("SyntaxError", "cannot use '_' as a target", &t))
            }
            Tok::Name(n) if !is_keyword(n) => {
                let n = n.clone();
                self.next();
                if self.at_op(".") || self.at_op("(") || self.at_op("=") {
                    return Err(PErr::Generic);
                }
                let pos = p.pos;
                Ok(pat(
                    PatternKind::As {
                        pattern: Some(Box::new(p)),
                        name: Some(n),
                    },
                    pos,
                    t.end,
                ))
            }
            _ => {
                let e = self.expression();
                match e {
                    Ok(e) => Err(serr("SyntaxError", "invalid pattern target", e.pos, e.end)),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let first = self.closed_pattern()?;
        if !self.at_op("|") {
            return Ok(first);
        }
        let pos = first.pos;
        let mut alts = vec![first];
        while self.eat_op("|") {
            alts.push(self.closed_pattern()?);
        }
        let end = alts.last().map_or(pos, |p| p.end);
        Ok(pat(PatternKind::Or(alts), pos, end))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        self.check_stack()?;
        let t = self.cur();
        match &t.tok {
            Tok::Op("(") => self.group_or_tuple_pattern(),
            Tok::Op("[") => {
                self.next();
                self.enter(t.start)?;
                let items = self.sequence_items("]")?;
                let close = self.expect_op("]")?;
                self.star_check(&items, t.start, close.end)?;
                self.leave(1);
                Ok(pat(PatternKind::Sequence(items), t.start, close.end))
            }
            Tok::Op("{") => self.mapping_pattern(),
            Tok::Str(_) => {
                let e = self.strings()?;
                if matches!(e.kind, ExprKind::FString(_)) {
                    return Err(serr(
                        "SyntaxError",
                        "patterns may only match literals and attribute lookups",
                        e.pos,
                        e.end,
                    ));
                }
                let (pos, end) = (e.pos, e.end);
                Ok(pat(PatternKind::Value(e), pos, end))
            }
            Tok::Op("-")
            | Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::Float(_)
            | Tok::Imag
            | Tok::HugeInt(_) => {
                let e = self.signed_number()?;
                let (pos, end) = (e.pos, e.end);
                Ok(pat(PatternKind::Value(e), pos, end))
            }
            Tok::Name(n) => {
                let k = match &**n {
                    "None" => Some(Constant::None),
                    "True" => Some(Constant::True),
                    "False" => Some(Constant::False),
                    s if is_keyword(s) => return Err(PErr::Generic),
                    _ => None,
                };
                if let Some(k) = k {
                    self.next();
                    return Ok(pat(PatternKind::Singleton(k), t.start, t.end));
                }
                let n = n.clone();
                self.next();
                let (e, dotted) = self.pattern_dotted(n.clone(), &t)?;
                if self.at_op("(") {
                    return self.class_pattern(e);
                }
                if dotted {
                    let (pos, end) = (e.pos, e.end);
                    return Ok(pat(PatternKind::Value(e), pos, end));
                }
                if self.at_op("=") {
                    return Err(PErr::Generic);
                }
                let name = if &*n == "_" { None } else { Some(n) };
                Ok(pat(
                    PatternKind::As {
                        pattern: None,
                        name,
                    },
                    t.start,
                    t.end,
                ))
            }
            _ => Err(PErr::Generic),
        }
    }

    /// `name(.attr)*` of a pattern, its first name `n` just read (token `t`);
    /// with whether it had a dot (a value pattern, not a capture).
    fn pattern_dotted(&mut self, n: Rc<str>, t: &Token) -> PResult<(Expr, bool)> {
        let mut e = mk(ExprKind::Name(n), t.start, t.end);
        let mut dotted = false;
        while self.eat_op(".") {
            let (a, at) = self.name()?;
            e = mk(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr: a,
                },
                t.start,
                at.end,
            );
            dotted = true;
        }
        Ok((e, dotted))
    }

    /// `-1`, `2.5`, `-3 + 4j` (complex numbers are refused by `atom_simple`).
    fn signed_number(&mut self) -> PResult<Expr> {
        let t = self.cur();
        let neg = self.eat_op("-");
        let n = self.atom_simple()?;
        if !matches!(
            n.kind,
            ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_) | Constant::Float(_))
        ) {
            return Err(PErr::Generic);
        }
        let mut e = if neg {
            let end = n.end;
            mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::Neg,
                    operand: Box::new(n),
                },
                t.start,
                end,
            )
        } else {
            n
        };
        if self.at_op("+") || self.at_op("-") {
            let op = if self.at_op("+") {
                BinOp::Add
            } else {
                BinOp::Sub
            };
            self.next();
            let rt = self.cur();
            if !matches!(rt.tok, Tok::Imag) {
                return Err(self.tok_err(
                    "SyntaxError",
                    "imaginary number required in complex literal",
                    &rt,
                ));
            }
            let r = self.atom_simple()?;
            let end = r.end;
            e = mk(
                ExprKind::BinOp {
                    left: Box::new(e),
                    op,
                    right: Box::new(r),
                },
                t.start,
                end,
            );
        }
        Ok(e)
    }

    fn sequence_items(&mut self, close: &str) -> PResult<Vec<Pattern>> {
        let mut items = Vec::new();
        while !self.at_op(close) {
            items.push(self.maybe_star_pattern()?);
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(items)
    }

    /// `(p)` is `p`; `()`, `(p,)` and `(p, q)` are sequences.
    fn group_or_tuple_pattern(&mut self) -> PResult<Pattern> {
        let open = self.next();
        self.enter(open.start)?;
        if self.at_op(")") {
            let close = self.next();
            self.leave(1);
            return Ok(pat(
                PatternKind::Sequence(Vec::new()),
                open.start,
                close.end,
            ));
        }
        let first = self.maybe_star_pattern()?;
        if self.at_op(")") && !matches!(first.kind, PatternKind::Star(_)) {
            self.next();
            self.leave(1);
            return Ok(first);
        }
        self.expect_op(",")?;
        let mut items = vec![first];
        items.extend(self.sequence_items(")")?);
        let close = self.expect_op(")")?;
        self.star_check(&items, open.start, close.end)?;
        self.leave(1);
        Ok(pat(PatternKind::Sequence(items), open.start, close.end))
    }

    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let open = self.next();
        self.enter(open.start)?;
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        while !self.at_op("}") {
            if self.at_op("**") {
                self.next();
                if self.at_kw("_") {
                    return Err(PErr::Generic);
                }
                let (n, _) = self.name()?;
                rest = Some(n);
                self.eat_op(",");
                break;
            }
            let t = self.cur();
            let key = match &t.tok {
                Tok::Str(_) => {
                    let e = self.strings()?;
                    if matches!(e.kind, ExprKind::FString(_)) {
                        return Err(serr(
                            "SyntaxError",
                            "patterns may only match literals and attribute lookups",
                            e.pos,
                            e.end,
                        ));
                    }
                    e
                }
                Tok::Name(n) if matches!(&**n, "None" | "True" | "False") => self.atom_simple()?,
                Tok::Name(n) if !is_keyword(n) => {
                    let n = n.clone();
                    self.next();
                    let (e, dotted) = self.pattern_dotted(n, &t)?;
                    if !dotted {
                        return Err(PErr::Generic);
                    }
                    e
                }
                _ => self.signed_number()?,
            };
            self.expect_op(":")?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat_op(",") {
                break;
            }
        }
        let close = self.expect_op("}")?;
        self.leave(1);
        Ok(pat(
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            },
            open.start,
            close.end,
        ))
    }

    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        let open = self.next();
        self.enter(open.start)?;
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        while !self.at_op(")") {
            let is_kw = matches!(self.peek(), Tok::Name(n) if !is_keyword(n))
                && matches!(self.peek_at(1), Tok::Op("="));
            if is_kw {
                let (n, _) = self.name()?;
                self.next();
                kwd_attrs.push(n);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_patterns.is_empty() {
                    return Err(serr(
                        "SyntaxError",
                        "positional patterns follow keyword patterns",
                        p.pos,
                        p.end,
                    ));
                }
                patterns.push(p);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        let close = self.expect_op(")")?;
        self.leave(1);
        let pos = cls.pos;
        Ok(pat(
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            pos,
            close.end,
        ))
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        out.push(self.simple_stmt()?);
        while self.eat_op(";") {
            if self.at_newline() {
                break;
            }
            out.push(self.simple_stmt()?);
        }
        if !self.at_newline() {
            return Err(PErr::Generic);
        }
        self.next();
        Ok(())
    }

    fn stmt(&self, kind: StmtKind, pos: Pos) -> Stmt {
        Stmt {
            pos,
            end: self.prev_end(),
            kind,
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let t = self.cur();
        let kw = match &t.tok {
            Tok::Name(n) => n.clone(),
            _ => return self.expr_stmt(),
        };
        let p = t.start;
        match &*kw {
            "return" => {
                self.next();
                let v = if self.starts_expr() {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                Ok(self.stmt(StmtKind::Return(v), p))
            }
            "pass" | "break" | "continue" => {
                self.next();
                let k = match &*kw {
                    "pass" => StmtKind::Pass,
                    "break" => StmtKind::Break,
                    _ => StmtKind::Continue,
                };
                Ok(self.stmt(k, p))
            }
            "import" => {
                self.next();
                let mut names = Vec::new();
                loop {
                    let (name, pos) = self.dotted_name()?;
                    let asname = if self.eat_kw("as") {
                        Some(self.name()?.0)
                    } else {
                        None
                    };
                    names.push(Alias { name, asname, pos });
                    if !self.eat_op(",") {
                        break;
                    }
                }
                Ok(self.stmt(StmtKind::Import(names), p))
            }
            "from" => self.import_from(),
            "raise" => {
                self.next();
                let (mut exc, mut cause) = (None, None);
                if self.starts_expr() {
                    exc = Some(self.expression()?);
                    if self.eat_kw("from") {
                        cause = Some(self.expression()?);
                    }
                }
                Ok(self.stmt(StmtKind::Raise { exc, cause }, p))
            }
            "del" => {
                self.next();
                let (elts, _) = self.star_expr_list(false)?;
                for e in &elts {
                    if let Some(bad) = invalid_target(e, Targets::Del) {
                        return Err(serr(
                            "SyntaxError",
                            format!("cannot delete {}", expr_name(bad)),
                            bad.pos,
                            bad.end,
                        ));
                    }
                }
                if !self.at_op(";") && !self.at_newline() {
                    return Err(PErr::Generic);
                }
                Ok(self.stmt(StmtKind::Del(elts), p))
            }
            "assert" => {
                self.next();
                let test = self.expression()?;
                let msg = if self.eat_op(",") {
                    Some(self.expression()?)
                } else {
                    None
                };
                Ok(self.stmt(StmtKind::Assert { test, msg }, p))
            }
            "global" | "nonlocal" => {
                self.next();
                let mut names = vec![self.name()?.0];
                while self.eat_op(",") {
                    names.push(self.name()?.0);
                }
                let k = if &*kw == "global" {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                };
                Ok(self.stmt(k, p))
            }
            _ => self.expr_stmt(),
        }
    }

    fn dotted_name(&mut self) -> PResult<(Rc<str>, Pos)> {
        let (first, t) = self.name()?;
        let mut s = first.to_string();
        while self.at_op(".") {
            self.next();
            s.push('.');
            s.push_str(&self.name()?.0);
        }
        Ok((s.into(), t.start))
    }

    fn import_from(&mut self) -> PResult<Stmt> {
        let kw = self.next();
        let mut dots: Option<(Pos, Pos)> = None;
        while self.at_op(".") || self.at_op("...") {
            let t = self.next();
            dots = Some((dots.map_or(t.start, |d| d.0), t.end));
        }
        let module: Rc<str> = if dots.is_some() && self.at_kw("import") {
            "".into()
        } else {
            self.dotted_name()?.0
        };
        if !self.eat_kw("import") {
            return Err(PErr::Generic);
        }
        if let Some((a, b)) = dots {
            self.unsupported("relative imports are not supported in the playground", a, b);
        }
        let mut names = Vec::new();
        if self.at_op("*") {
            let t = self.next();
            self.unsupported(
                "'from ... import *' is not supported in the playground",
                t.start,
                t.end,
            );
        } else {
            let paren = self.eat_op("(");
            loop {
                let (name, t) = self.name()?;
                let asname = if self.eat_kw("as") {
                    Some(self.name()?.0)
                } else {
                    None
                };
                names.push(Alias {
                    name,
                    asname,
                    pos: t.start,
                });
                if !self.eat_op(",") {
                    break;
                }
                if paren && self.at_op(")") {
                    break;
                }
                if !paren && self.at_newline() {
                    return Err(
                        self.err_far("trailing comma not allowed without surrounding parentheses")
                    );
                }
            }
            if paren {
                self.expect_op(")")?;
            }
        }
        Ok(self.stmt(StmtKind::ImportFrom { module, names }, kw.start))
    }

    /// Expression statement, assignment, annotated or augmented assignment.
    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.cur();
        let p = start.start;
        let first = if self.at_kw("yield") {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        if self.at_op("=") {
            let mut targets = vec![first];
            while self.eat_op("=") {
                let v = if self.at_kw("yield") {
                    self.yield_expr()
                } else {
                    self.star_expressions()
                };
                let v = match v {
                    Ok(v) => v,
                    Err(PErr::Generic) => {
                        return Err(self.invalid_targets(&targets, start.tok == Tok::Op("(")))
                    }
                    Err(e) => return Err(e),
                };
                targets.push(v);
            }
            let value = targets.pop().ok_or(PErr::Generic)?;
            let single = targets.len() == 1;
            if single {
                if let ExprKind::Tuple(v) = &targets[0].kind {
                    // invalid_assignment's `a, b, c = rhs` reaches
                    // invalid_named_expression for the last element
                    let bad = invalid_target(&targets[0], Targets::Star).is_some();
                    if let (true, false, Some(last)) = (bad, start.tok == Tok::Op("("), v.last()) {
                        if self.maybe_meant_eq(last, &value) {
                            if let ExprKind::Name(_) = last.kind {
                                let b = leftmost_operand(&value);
                                let msg =
                                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                                return Err(serr("SyntaxError", msg, last.pos, b.end));
                            }
                            let msg = format!(
                                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                expr_name(last)
                            );
                            return Err(serr("SyntaxError", msg, last.pos, last.end));
                        }
                    }
                }
            }
            for t in &targets {
                if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                    return Err(serr(
                        "SyntaxError",
                        "assignment to yield expression not possible",
                        t.pos,
                        t.end,
                    ));
                }
                if let Some(bad) = invalid_target(t, Targets::Star) {
                    if single && self.maybe_meant_eq(t, &value) {
                        return Err(serr(
                            "SyntaxError",
                            format!(
                                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                expr_name(t)
                            ),
                            t.pos,
                            t.end,
                        ));
                    }
                    return Err(serr(
                        "SyntaxError",
                        format!("cannot assign to {}", expr_name(bad)),
                        bad.pos,
                        bad.end,
                    ));
                }
            }
            return Ok(self.stmt(StmtKind::Assign { targets, value }, p));
        }
        if self.at_op(":") {
            let ok = matches!(
                &first.kind,
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            );
            if !ok {
                let m = self.mark();
                self.next();
                self.quiet += 1;
                let ann = self.expression();
                self.quiet -= 1;
                self.reset(m);
                if ann.is_ok() {
                    let msg = match &first.kind {
                        ExprKind::List(_) => {
                            "only single target (not list) can be annotated".to_string()
                        }
                        ExprKind::Tuple(v) => {
                            if start.tok != Tok::Op("(") {
                                let f = v.first().unwrap_or(&first);
                                return Err(serr(
                                    "SyntaxError",
                                    "only single target (not tuple) can be annotated",
                                    f.pos,
                                    f.end,
                                ));
                            }
                            "only single target (not tuple) can be annotated".to_string()
                        }
                        _ => "illegal target for annotation".to_string(),
                    };
                    return Err(serr("SyntaxError", msg, first.pos, first.end));
                }
                return Err(PErr::Generic);
            }
            self.next();
            let annotation = self.expression()?;
            let simple = matches!(first.kind, ExprKind::Name(_)) && start.tok != Tok::Op("(");
            let value = if self.eat_op("=") {
                Some(if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.star_expressions()?
                })
            } else {
                None
            };
            return Ok(self.stmt(
                StmtKind::AnnAssign {
                    target: first,
                    annotation,
                    value,
                    simple,
                },
                p,
            ));
        }
        if let Tok::Op(o) = self.peek().clone() {
            if let Some(op) = aug_op(o) {
                if !matches!(
                    first.kind,
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    return Err(serr(
                        "SyntaxError",
                        format!(
                            "'{}' is an illegal expression for augmented assignment",
                            expr_name(&first)
                        ),
                        first.pos,
                        first.end,
                    ));
                }
                self.next();
                let value = if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.star_expressions()?
                };
                return Ok(self.stmt(
                    StmtKind::AugAssign {
                        target: first,
                        op,
                        value,
                    },
                    p,
                ));
            }
        }
        Ok(self.stmt(StmtKind::Expr(first), p))
    }

    /// invalid_assignment's `(star_targets '=')* a=star_expressions '='`
    /// when the right-hand side does not parse.
    #[cold]
    #[inline(never)]
    fn invalid_targets(&mut self, targets: &[Expr], _paren: bool) -> PErr {
        for t in targets {
            if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return serr(
                    "SyntaxError",
                    "assignment to yield expression not possible",
                    t.pos,
                    t.end,
                );
            }
            if let Some(bad) = invalid_target(t, Targets::Star) {
                return serr(
                    "SyntaxError",
                    format!("cannot assign to {}", expr_name(bad)),
                    bad.pos,
                    bad.end,
                );
            }
        }
        PErr::Generic
    }

    /// CPython's invalid_named_expression: `a = b` where `a` is an invalid
    /// target gets "... here. Maybe you meant '==' instead of '='?".
    fn maybe_meant_eq(&self, t: &Expr, value: &Expr) -> bool {
        let excluded = matches!(
            &t.kind,
            ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::Comp {
                    kind: CompKind::Gen,
                    ..
                }
                | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
        );
        let bitor = |e: &Expr| {
            !matches!(
                &e.kind,
                ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::IfExp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::Starred(_)
                    | ExprKind::Yield(_)
                    | ExprKind::YieldFrom(_)
                    | ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        ..
                    }
            )
        };
        // (A named expression before `=` was parenthesized: a bitwise_or atom.)
        let vfirst = match &value.kind {
            ExprKind::Tuple(v) if v.first().is_some_and(|f| f.pos == value.pos) => {
                v.first().unwrap_or(value)
            }
            _ => value,
        };
        let rhs_ok = match &vfirst.kind {
            ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::Lambda { .. } => false,
            ExprKind::UnaryOp {
                op: UnaryOp::Not, ..
            } => false,
            ExprKind::BoolOp { values, .. } => values.first().is_some_and(|v| {
                !matches!(
                    v.kind,
                    ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        ..
                    }
                )
            }),
            _ => true,
        };
        !excluded && bitor(t) && rhs_ok
    }

    /// `:` ending a compound statement header whose NEWLINE gets "expected ':'".
    fn header_colon(&mut self) -> PResult<()> {
        if self.eat_op(":") {
            return Ok(());
        }
        if self.at_newline() {
            return Err(self.err_far("expected ':'"));
        }
        Err(PErr::Generic)
    }

    /// An indented block (or simple statements on the same line).
    fn block(&mut self, what: &str, kw: &Token) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at_newline() {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.next();
        if !matches!(self.peek(), Tok::Indent) {
            let t = self.cur();
            return Err(self.tok_err(
                "IndentationError",
                format!(
                    "expected an indented block after {} on line {}",
                    what, kw.start.line
                ),
                &t,
            ));
        }
        self.next();
        self.enter(kw.start)?;
        loop {
            match self.peek() {
                Tok::Dedent => {
                    self.next();
                    break;
                }
                Tok::EndMarker => break,
                _ => self.statement(&mut body)?,
            }
        }
        self.leave(1);
        Ok(body)
    }

    fn end_of(body: &[Stmt], dflt: Pos) -> Pos {
        body.last().map_or(dflt, |s| s.end)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        // if/elif chains are collected iteratively and folded.
        let kw = self.next();
        let mut arms: Vec<(Pos, Expr, Vec<Stmt>)> = Vec::new();
        let mut what = "'if' statement";
        let mut k = kw.clone();
        loop {
            let test = self.named_expression()?;
            self.header_colon()?;
            let body = self.block(what, &k)?;
            arms.push((k.start, test, body));
            if self.at_kw("elif") {
                k = self.next();
                what = "'elif' statement";
                self.enter(k.start)?;
                continue;
            }
            break;
        }
        let n = arms.len() as u32 - 1;
        let mut orelse = self.else_block()?;
        while let Some((pos, test, body)) = arms.pop() {
            let end = Self::end_of(&orelse, Self::end_of(&body, pos));
            orelse = vec![Stmt {
                pos,
                end,
                kind: StmtKind::If { test, body, orelse },
            }];
        }
        self.leave(n);
        orelse.pop().ok_or(PErr::Generic)
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw("else") {
            return Ok(Vec::new());
        }
        let kw = self.next();
        self.expect_forced(":")?;
        self.block("'else' statement", &kw)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.next();
        let test = self.named_expression()?;
        self.header_colon()?;
        let body = self.block("'while' statement", &kw)?;
        let orelse = self.else_block()?;
        let end = Self::end_of(&orelse, Self::end_of(&body, kw.end));
        Ok(Stmt {
            pos: kw.start,
            end,
            kind: StmtKind::While { test, body, orelse },
        })
    }

    fn for_stmt(&mut self, async_kw: Option<Token>) -> PResult<Stmt> {
        let kw = self.next();
        let target = self.for_target()?;
        let iter = self.star_expressions()?;
        self.header_colon()?;
        let body = self.block("'for' statement", &kw)?;
        let orelse = self.else_block()?;
        let pos = async_kw.as_ref().map_or(kw.start, |a| a.start);
        let end = Self::end_of(&orelse, Self::end_of(&body, kw.end));
        Ok(Stmt {
            pos,
            end,
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: async_kw.is_some(),
            },
        })
    }

    /// `star_targets 'in'` of a for statement or comprehension (consumes 'in').
    fn for_target(&mut self) -> PResult<Expr> {
        let m = self.mark();
        if let Ok(t) = self.star_targets() {
            if self.eat_kw("in") {
                return Ok(t);
            }
        }
        // invalid_for_target: parse as expressions and look for a bad target.
        let far = self.far;
        self.reset(Mark { far, ..m });
        if self.quiet == 0 {
            match self.star_expressions() {
                Ok(e) => {
                    if let Some(bad) = invalid_target(&e, Targets::For) {
                        let msg = format!("cannot assign to {}", expr_name(bad));
                        return Err(serr("SyntaxError", msg, bad.pos, bad.end));
                    }
                }
                Err(PErr::Syn(e)) => return Err(PErr::Syn(e)),
                Err(PErr::Generic) => {}
            }
        }
        self.far = far;
        Err(PErr::Generic)
    }

    fn star_targets(&mut self) -> PResult<Expr> {
        let first = self.star_target()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let pos = first.pos;
        let mut elts = vec![first];
        while self.eat_op(",") {
            if !self.starts_target() {
                break;
            }
            elts.push(self.star_target()?);
        }
        Ok(mk(ExprKind::Tuple(elts), pos, self.prev_end()))
    }

    fn starts_target(&mut self) -> bool {
        match self.peek() {
            Tok::Name(n) => !is_keyword(n),
            Tok::Op(o) => matches!(*o, "(" | "[" | "*"),
            _ => false,
        }
    }

    fn star_target(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let t = self.next();
            if self.at_op("*") {
                return Err(PErr::Generic);
            }
            self.enter(t.start)?;
            let inner = self.star_target()?;
            self.leave(1);
            let end = inner.end;
            return Ok(mk(ExprKind::Starred(bx(inner)), t.start, end));
        }
        let e = self.primary()?;
        if invalid_target(&e, Targets::Star).is_some() {
            return Err(PErr::Generic);
        }
        Ok(e)
    }

    fn with_stmt(&mut self, async_kw: Option<Token>) -> PResult<Stmt> {
        let kw = self.next();
        let mut items = None;
        if self.at_op("(") {
            let m = self.mark();
            self.next();
            self.quiet += 1;
            let r = self.with_items(true);
            self.quiet -= 1;
            match r {
                Ok(v) if self.eat_op(")") && (self.at_op(":") || self.at_newline()) => {
                    items = Some(v)
                }
                _ => self.reset(m),
            }
        }
        let items = match items {
            Some(v) => v,
            None => self.with_items(false)?,
        };
        self.header_colon()?;
        let body = self.block("'with' statement", &kw)?;
        let pos = async_kw.as_ref().map_or(kw.start, |a| a.start);
        let end = Self::end_of(&body, kw.end);
        Ok(Stmt {
            pos,
            end,
            kind: StmtKind::With {
                items,
                body,
                is_async: async_kw.is_some(),
            },
        })
    }

    fn with_items(&mut self, paren: bool) -> PResult<Vec<WithItem>> {
        let mut items = Vec::new();
        loop {
            let ctx = self.expression()?;
            let mut target = None;
            if self.eat_kw("as") {
                let m = self.mark();
                let t = self.star_target();
                // (A NEWLINE after the target: "expected ':'", CPython's invalid_with_stmt.)
                let ok = matches!(self.peek(), Tok::Op(",") | Tok::Op(")") | Tok::Op(":"))
                    || self.at_newline();
                match t {
                    Ok(t) if ok => target = Some(t),
                    _ => {
                        if self.quiet == 0 {
                            let far = self.far;
                            self.reset(Mark { far, ..m });
                            self.quiet += 1;
                            let e = self.expression();
                            self.quiet -= 1;
                            if let Ok(e) = e {
                                if matches!(self.peek(), Tok::Op(",") | Tok::Op(")") | Tok::Op(":"))
                                {
                                    if let Some(bad) = invalid_target(&e, Targets::Star) {
                                        let msg = format!("cannot assign to {}", expr_name(bad));
                                        return Err(serr("SyntaxError", msg, bad.pos, bad.end));
                                    }
                                }
                            }
                            self.far = far;
                        }
                        return Err(PErr::Generic);
                    }
                }
            }
            items.push(WithItem { ctx, target });
            if !self.eat_op(",") {
                break;
            }
            if paren && self.at_op(")") {
                break;
            }
        }
        Ok(items)
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.next();
        self.expect_forced(":")?;
        let body = self.block("'try' statement", &kw)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        while self.at_kw("except") {
            let ek = self.next();
            let mut star_end = None;
            if self.at_op("*") {
                star_end = Some(self.next().end);
            }
            let star = star_end.is_some();
            if let Some(first) = handlers.first() {
                if first.star != star {
                    return Err(serr(
                        "SyntaxError",
                        "cannot have both 'except' and 'except*' on the same 'try'",
                        ek.start,
                        star_end.unwrap_or(ek.end),
                    ));
                }
            }
            let (mut typ, mut name) = (None, None);
            if star && self.at_op(":") {
                let t = self.cur();
                return Err(serr(
                    "SyntaxError",
                    "expected one or more exception types",
                    t.start,
                    t.end,
                ));
            }
            if !self.at_op(":") {
                if self.at_newline() {
                    return Err(self.err_far("expected ':'"));
                }
                let t = self.expression()?;
                if self.at_op(",") && self.quiet == 0 {
                    let m = self.mark();
                    self.quiet += 1;
                    let ok = self.except_tail();
                    self.quiet -= 1;
                    self.reset(m);
                    if let Some(end) = ok {
                        return Err(serr(
                            "SyntaxError",
                            "multiple exception types must be parenthesized",
                            t.pos,
                            end,
                        ));
                    }
                }
                typ = Some(t);
                if self.eat_kw("as") {
                    name = Some(self.name()?.0);
                }
                self.header_colon()?;
            } else {
                self.next();
            }
            let hb = self.block("'except' statement", &ek)?;
            handlers.push(ExceptHandler {
                pos: ek.start,
                typ,
                name,
                body: hb,
                star,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let mut finalbody = Vec::new();
        let mut has_finally = false;
        if self.at_kw("finally") {
            let fk = self.next();
            self.expect_forced(":")?;
            finalbody = self.block("'finally' statement", &fk)?;
            has_finally = true;
        }
        if handlers.is_empty() && !has_finally {
            return Err(self.err_far("expected 'except' or 'finally' block"));
        }
        let mut end = Self::end_of(&body, kw.end);
        if let Some(h) = handlers.last() {
            end = Self::end_of(&h.body, end);
        }
        end = Self::end_of(&finalbody, Self::end_of(&orelse, end));
        Ok(Stmt {
            pos: kw.start,
            end,
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        })
    }

    /// `',' expressions ['as' NAME] ':'` after an except type (for the error).
    fn except_tail(&mut self) -> Option<Pos> {
        let mut end = None;
        while self.eat_op(",") {
            end = Some(self.expression().ok()?.end);
        }
        if self.eat_kw("as") {
            end = Some(self.name().ok()?.1.end);
        }
        if self.at_op(":") {
            end
        } else {
            None
        }
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.named_expression()?);
            if !self.at_newline() {
                return Err(PErr::Generic);
            }
            self.next();
        }
        match self.peek().clone() {
            Tok::Name(n) if &*n == "def" => self.funcdef(decorators, None),
            Tok::Name(n) if &*n == "class" => self.classdef(decorators),
            Tok::Name(n) if &*n == "async" => {
                let a = self.next();
                if !self.at_kw("def") {
                    return Err(PErr::Generic);
                }
                self.funcdef(decorators, Some(a))
            }
            _ => Err(PErr::Generic),
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, async_kw: Option<Token>) -> PResult<Stmt> {
        let kw = self.next();
        let (name, _) = self.name()?;
        self.expect_forced("(")?;
        let params = self.params(false)?;
        self.expect_op(")")?;
        let m = self.mark();
        if self.eat_op("->") {
            match self.expression() {
                Ok(_) => {}
                Err(PErr::Generic) => {
                    // PEG: the longest annotation that parses, or none at all;
                    // then "expected ':'" at the following token
                    let far = self.far;
                    self.reset(Mark { far, ..m });
                    self.bump();
                    self.quiet += 1;
                    let r = self.expression();
                    self.quiet -= 1;
                    if r.is_err() {
                        self.reset(Mark { far, ..m });
                    }
                }
                Err(e) => return Err(e),
            }
        }
        self.expect_forced(":")?;
        let body = self.block("function definition", &kw)?;
        let pos = async_kw.as_ref().map_or(kw.start, |a| a.start);
        let end = Self::end_of(&body, kw.end);
        let f = FunctionDef {
            name,
            params,
            body,
            decorators,
            is_async: async_kw.is_some(),
        };
        Ok(Stmt {
            pos,
            end,
            kind: StmtKind::FunctionDef(Rc::new(f)),
        })
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let kw = self.next();
        let (name, _) = self.name()?;
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        if self.at_op("(") {
            let open = self.next();
            let args = self.call_args(&open)?;
            self.expect_op(")")?;
            for (a, s, e) in args {
                match a {
                    CallArg::Pos(x) => bases.push(x),
                    CallArg::Star(x) => {
                        let end = x.end;
                        bases.push(mk(ExprKind::Starred(bx(x)), s, end))
                    }
                    CallArg::Kw(k, _) if &*k == "metaclass" => self.unsupported(
                        "classes with metaclasses are not supported in the playground",
                        s,
                        e,
                    ),
                    CallArg::Kw(k, v) => keywords.push((k, v)),
                    _ => self.unsupported(
                        "class keyword arguments are not supported in the playground",
                        s,
                        e,
                    ),
                }
            }
        }
        self.header_colon()?;
        let body = self.block("class definition", &kw)?;
        let end = Self::end_of(&body, kw.end);
        Ok(Stmt {
            pos: kw.start,
            end,
            kind: StmtKind::ClassDef(Rc::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            })),
        })
    }

    /// Parameters of a `def` (up to `)`) or a `lambda` (up to `:`).
    fn params(&mut self, lambda: bool) -> PResult<Params> {
        let close = if lambda { ":" } else { ")" };
        let mut p = Params::default();
        let (mut star, mut slash, mut kwarg, mut seen_default) = (false, false, false, false);
        loop {
            if self.at_op(close) {
                break;
            }
            let t = self.cur();
            if kwarg && self.quiet == 0 {
                if matches!(
                    t.tok,
                    Tok::Name(_) | Tok::Op("*") | Tok::Op("**") | Tok::Op("/")
                ) {
                    return Err(self.tok_err(
                        "SyntaxError",
                        "arguments cannot follow var-keyword argument",
                        &t,
                    ));
                }
                return Err(PErr::Generic);
            }
            match t.tok {
                Tok::Op("/") => {
                    self.next();
                    if p.args.is_empty() && !slash {
                        if !matches!(self.la(0), Tok::Op(",")) {
                            return Err(PErr::Generic);
                        }
                        return Err(self.tok_err(
                            "SyntaxError",
                            "at least one argument must precede /",
                            &t,
                        ));
                    }
                    if slash {
                        return Err(self.tok_err("SyntaxError", "/ may appear only once", &t));
                    }
                    if star {
                        return Err(self.tok_err("SyntaxError", "/ must be ahead of *", &t));
                    }
                    slash = true;
                    p.posonly = p.args.len();
                }
                Tok::Op("*") => {
                    self.next();
                    if star {
                        return Err(self.tok_err(
                            "SyntaxError",
                            "* argument may appear only once",
                            &t,
                        ));
                    }
                    star = true;
                    if self.at_op(",") || self.at_op(close) {
                        let bare_bad = self.at_op(close)
                            || matches!(self.la(1), Tok::Op(o) if *o == close || *o == "**");
                        if bare_bad {
                            if lambda {
                                self.peek_at(1);
                                return Err(self.err_far("named arguments must follow bare *"));
                            }
                            return Err(self.tok_err(
                                "SyntaxError",
                                "named arguments must follow bare *",
                                &t,
                            ));
                        }
                    } else {
                        let a = self.param(lambda)?;
                        if self.at_op("=") {
                            let e = self.cur();
                            return Err(self.tok_err(
                                "SyntaxError",
                                "var-positional argument cannot have default value",
                                &e,
                            ));
                        }
                        p.vararg = Some(a);
                    }
                }
                Tok::Op("**") => {
                    self.next();
                    let a = self.param(lambda)?;
                    if self.at_op("=") {
                        let e = self.cur();
                        return Err(self.tok_err(
                            "SyntaxError",
                            "var-keyword argument cannot have default value",
                            &e,
                        ));
                    }
                    p.kwarg = Some(a);
                    kwarg = true;
                }
                Tok::Op("(") if self.quiet == 0 => {
                    // "Function parameters cannot be parenthesized"
                    let m = self.mark();
                    self.next();
                    let mut ok = true;
                    loop {
                        if self.name().is_err() {
                            ok = false;
                            break;
                        }
                        if !self.eat_op(",") || self.at_op(")") {
                            break;
                        }
                    }
                    if ok && self.at_op(")") {
                        let c = self.cur();
                        let msg = if lambda {
                            "Lambda expression parameters cannot be parenthesized"
                        } else {
                            "Function parameters cannot be parenthesized"
                        };
                        return Err(serr("SyntaxError", msg, t.start, c.end));
                    }
                    self.reset(m);
                    return Err(PErr::Generic);
                }
                _ => {
                    let a = self.param(lambda)?;
                    let param_end = self.prev_end();
                    let default = if self.at_op("=") {
                        let eq = self.next();
                        if self.at_op(",") || self.at_op(close) {
                            return Err(self.tok_err(
                                "SyntaxError",
                                "expected default value expression",
                                &eq,
                            ));
                        }
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if star {
                        p.kwonly.push(a);
                        p.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                p.defaults.push(d);
                            }
                            None if seen_default => {
                                let end = param_end;
                                return Err(serr(
                                    "SyntaxError",
                                    "non-default argument follows default argument",
                                    a.pos,
                                    end,
                                ));
                            }
                            None => {}
                        }
                        p.args.push(a);
                    }
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if !self.at_op(close) {
            return Err(PErr::Generic);
        }
        if star && p.vararg.is_none() && p.kwonly.is_empty() {
            return Err(PErr::Generic);
        }
        Ok(p)
    }

    fn param(&mut self, lambda: bool) -> PResult<Arg> {
        let (name, t) = self.name()?;
        if !lambda && self.eat_op(":") {
            if self.at_op("*") {
                let s = self.next();
                self.enter(s.start)?;
                self.bitwise_or(None)?;
                self.leave(1);
            } else {
                self.expression()?;
            }
        }
        Ok(Arg { name, pos: t.start })
    }

    // ----- expressions -----

    /// Can the current token start an expression?
    fn starts_expr(&mut self) -> bool {
        match self.peek() {
            Tok::Name(n) => {
                !is_keyword(n)
                    || matches!(&**n, "True" | "False" | "None" | "lambda" | "not" | "await")
            }
            Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::HugeInt(_)
            | Tok::Float(_)
            | Tok::Imag
            | Tok::Str(_) => true,
            Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "-" | "+" | "~" | "..." | "*"),
            _ => false,
        }
    }

    /// star_expressions: a tuple when there is a comma.
    fn star_expressions(&mut self) -> PResult<Expr> {
        let (mut elts, comma) = self.star_expr_list(true)?;
        if !comma && elts.len() == 1 {
            return elts.pop().ok_or(PErr::Generic);
        }
        let pos = elts.first().map_or(self.prev_end(), |e| e.pos);
        Ok(mk(ExprKind::Tuple(elts), pos, self.prev_end()))
    }

    /// Comma-separated star_expressions (`star`: allow `*x`); returns the
    /// elements and whether there was a comma.
    fn star_expr_list(&mut self, star: bool) -> PResult<(Vec<Expr>, bool)> {
        let mut elts = vec![self.star_expression(star)?];
        let mut comma = false;
        while self.at_op(",") {
            self.next();
            comma = true;
            if !self.starts_expr() {
                break;
            }
            elts.push(self.star_expression(star)?);
        }
        Ok((elts, comma))
    }

    fn star_expression(&mut self, star: bool) -> PResult<Expr> {
        if star && self.at_op("*") {
            let t = self.next();
            self.enter(t.start)?;
            let e = self.bitwise_or(None)?;
            self.leave(1);
            let end = e.end;
            return Ok(mk(ExprKind::Starred(bx(e)), t.start, end));
        }
        self.expression()
    }

    fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            return self.star_expression(true);
        }
        self.named_expression()
    }

    fn named_expression(&mut self) -> PResult<Expr> {
        if matches!(self.peek(), Tok::Name(n) if !is_keyword(n))
            && matches!(self.peek_at(1), Tok::Op(":="))
        {
            return self.walrus();
        }
        let u = self.at_unary();
        if u || self.simple_start() {
            self.check_stack()?;
            let start_i = self.i;
            let p = if u {
                self.factor_unary()
            } else {
                self.primary()
            };
            let p = p?;
            if self.ends_fast() {
                return Ok(p);
            }
            return self.expr_from(p, start_i, true);
        }
        self.named_slow()
    }

    #[inline(never)]
    fn named_slow(&mut self) -> PResult<Expr> {
        let start_i = self.i;
        let e = self.expression()?;
        if self.quiet == 0 && matches!(self.la(0), Tok::Op(":=") | Tok::Op("=")) {
            self.named_check(&e, start_i)?;
        }
        Ok(e)
    }
    #[inline(never)]
    fn walrus(&mut self) -> PResult<Expr> {
        let t = self.next();
        let Tok::Name(n) = t.tok.clone() else {
            return Err(PErr::Generic);
        };
        self.next();
        self.enter(t.start)?;
        let v = self.expression()?;
        self.leave(1);
        let end = v.end;
        Ok(mk(
            ExprKind::NamedExpr {
                target: n,
                value: bx(v),
            },
            t.start,
            end,
        ))
    }

    #[inline(never)]
    fn named_check(&mut self, e: &Expr, start_i: usize) -> PResult<()> {
        if self.at_op(":=") {
            let msg = format!("cannot use assignment expressions with {}", expr_name(e));
            return Err(serr("SyntaxError", msg, e.pos, e.end));
        }
        self.invalid_named_assign(e, start_i)
    }
    /// invalid_named_expression's `a = b` alternatives (second pass).
    fn invalid_named_assign(&mut self, e: &Expr, start_i: usize) -> PResult<()> {
        let m = self.mark();
        self.next();
        self.quiet += 1;
        let b = self.bitwise_or(None);
        let follow_ok = !matches!(self.la(0), Tok::Op("=") | Tok::Op(":="));
        self.quiet -= 1;
        self.reset(m);
        let Ok(b) = b else { return Ok(()) };
        if !follow_ok {
            return Ok(());
        }
        if let ExprKind::Name(_) = e.kind {
            if self.i == start_i + 1 {
                return Err(serr(
                    "SyntaxError",
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    e.pos,
                    b.end,
                ));
            }
        }
        let first = self.tk(start_i).tok.clone();
        let excluded = matches!(first, Tok::Op("(") | Tok::Op("["))
            && matches!(
                e.kind,
                ExprKind::List(_)
                    | ExprKind::Tuple(_)
                    | ExprKind::Comp {
                        kind: CompKind::Gen,
                        ..
                    }
            )
            || matches!(
                e.kind,
                ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            );
        let bitor = !matches!(
            e.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
        );
        if !excluded && bitor {
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(e)
            );
            return Err(serr("SyntaxError", msg, e.pos, e.end));
        }
        Ok(())
    }

    fn expression(&mut self) -> PResult<Expr> {
        let m = self.mark();
        match self.expression_first() {
            Err(PErr::Generic) if self.quiet + self.peg == 0 => Err(self.second_pass(m)),
            r => r,
        }
    }

    /// Re-parse a failed expression the way CPython's second pass does (PEG
    /// backtracking, invalid_* checks) to find a specific error; the generic
    /// error keeps the first pass's location.
    #[cold]
    #[inline(never)]
    fn second_pass(&mut self, m: Mark) -> PErr {
        let far = self.far;
        self.reset(Mark { far, ..m });
        self.peg += 1;
        let r = self.expression_first();
        self.peg -= 1;
        self.far = far;
        match r {
            Err(PErr::Syn(e)) => PErr::Syn(e),
            _ => PErr::Generic,
        }
    }

    fn expression_first(&mut self) -> PResult<Expr> {
        self.check_stack()?;
        let u = self.at_unary();
        if u || self.simple_start() {
            let start_i = self.i;
            let p = if u {
                self.factor_unary()
            } else {
                self.primary()
            };
            let p = p?;
            if self.ends_fast() {
                return Ok(p);
            }
            return self.expr_from(p, start_i, false);
        }
        self.expression_slow()
    }

    /// A token that certainly ends an expression (so no operator, no
    /// conditional and no second-pass check can follow).
    fn ends_fast(&mut self) -> bool {
        matches!(
            self.peek(),
            Tok::Op(")") | Tok::Op("]") | Tok::Op("}") | Tok::Op(",") | Tok::Newline
        )
    }

    /// Continue an expression whose first primary `p` is parsed.
    #[inline(never)]
    fn expr_from(&mut self, p: Expr, start_i: usize, named: bool) -> PResult<Expr> {
        let a = if self.continues_op() {
            self.disjunction_from(Some(p))?
        } else {
            p
        };
        let a = if self.at_kw("if") || (self.quiet == 0 && self.starts_expr_after()) {
            self.expression_tail(a, start_i)?
        } else {
            a
        };
        if named && self.quiet == 0 && matches!(self.la(0), Tok::Op(":=") | Tok::Op("=")) {
            self.named_check(&a, start_i)?;
        }
        Ok(a)
    }

    #[inline(never)]
    fn expression_slow(&mut self) -> PResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambdef();
        }
        let start_i = self.i;
        let a = self.disjunction()?;
        if self.at_kw("if") || (self.quiet == 0 && self.starts_expr_after()) {
            return self.expression_tail(a, start_i);
        }
        Ok(a)
    }
    #[inline(never)]
    fn expression_tail(&mut self, a: Expr, start_i: usize) -> PResult<Expr> {
        if self.at_kw("if") {
            let m = self.mark();
            let t = self.next();
            self.enter(t.start)?;
            let mb = self.mark();
            let b = match self.disjunction() {
                Ok(b) => b,
                Err(PErr::Generic) if self.quiet == 0 => {
                    // second pass: PEG keeps the longest disjunction that parses
                    let far = self.far;
                    self.reset(Mark { far, ..mb });
                    self.quiet += 1;
                    let r = self.disjunction();
                    self.quiet -= 1;
                    if let Ok(b) = r {
                        if !self.at_kw("else") && !self.at_op(":") {
                            return Err(serr(
                                "SyntaxError",
                                "expected 'else' after 'if' expression",
                                a.pos,
                                b.end,
                            ));
                        }
                    }
                    self.far = far;
                    return Err(PErr::Generic);
                }
                Err(e) => return Err(e),
            };
            if self.eat_kw("else") {
                let c = self.expression()?;
                self.leave(1);
                let (pos, end) = (a.pos, c.end);
                return Ok(mk(
                    ExprKind::IfExp {
                        test: bx(b),
                        body: bx(a),
                        orelse: bx(c),
                    },
                    pos,
                    end,
                ));
            }
            if self.quiet == 0 && !self.at_op(":") {
                return Err(serr(
                    "SyntaxError",
                    "expected 'else' after 'if' expression",
                    a.pos,
                    b.end,
                ));
            }
            let far = self.far;
            self.reset(m);
            self.far = far;
            return Ok(a);
        }
        self.invalid_expression(&a, start_i)?;
        Ok(a)
    }

    /// Token after an expression that could start another one (for the
    /// "Perhaps you forgot a comma?" / legacy print checks).
    fn starts_expr_after(&mut self) -> bool {
        match self.la(0) {
            Tok::Name(n) => {
                !is_keyword(n)
                    || matches!(&**n, "True" | "False" | "None" | "lambda" | "not" | "await")
            }
            Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::HugeInt(_)
            | Tok::Float(_)
            | Tok::Imag
            | Tok::Str(_) => true,
            Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "-" | "+" | "~" | "..." | "*"),
            _ => false,
        }
    }

    fn invalid_expression(&mut self, a: &Expr, start_i: usize) -> PResult<()> {
        let first = self.tk(start_i).tok.clone();
        let second = self.tk(start_i + 1).tok.clone();
        let single_name = matches!(&a.kind, ExprKind::Name(_)) && self.i == start_i + 1;
        let is_legacy = single_name
            && matches!(&a.kind, ExprKind::Name(n) if &**n == "print" || &**n == "exec");
        // CPython compares soft keywords with strncmp(kw, name, len(name)):
        // any prefix of "match", "case" or "_" counts as one.
        let soft = matches!(&first, Tok::Name(n) if ["match", "case", "_"].iter().any(|k| k.starts_with(&**n)));
        let name_str = matches!(first, Tok::Name(_)) && matches!(second, Tok::Str(_));
        let m = self.mark();
        if !soft && !name_str && !is_legacy {
            self.quiet += 1;
            let b = self.expression();
            self.quiet -= 1;
            let level = self.tk(self.i.saturating_sub(1)).level;
            self.reset(m);
            if let Ok(b) = b {
                if level > 0 {
                    return Err(serr(
                        "SyntaxError",
                        "invalid syntax. Perhaps you forgot a comma?",
                        a.pos,
                        b.end,
                    ));
                }
            }
        }
        let name_first = matches!(&first, Tok::Name(n) if !is_keyword(n));
        if name_first && !matches!(second, Tok::Op("(")) {
            // invalid_legacy_expression: `NAME !'(' star_expressions`. CPython
            // parses it for any name (running its own second-pass checks
            // unless the comma check above already parsed, and memoized,
            // that position) and only then checks for print/exec.
            let memoized = single_name && !soft && !name_str;
            self.i = start_i + 1;
            if memoized {
                self.quiet += 1;
            }
            self.peg += 1;
            let b = self.star_expressions();
            self.peg -= 1;
            if memoized {
                self.quiet -= 1;
            }
            self.reset(m);
            match b {
                Err(PErr::Syn(e)) => return Err(PErr::Syn(e)),
                Ok(b) if is_legacy => {
                    if let ExprKind::Name(n) = &a.kind {
                        let msg = format!(
                            "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                            n, n
                        );
                        return Err(serr("SyntaxError", msg, a.pos, b.end));
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn lambdef(&mut self) -> PResult<Expr> {
        let kw = self.next();
        self.enter(kw.start)?;
        let params = self.params(true)?;
        self.expect_op(":")?;
        let body = self.expression()?;
        self.leave(1);
        let end = body.end;
        Ok(mk(
            ExprKind::Lambda {
                params: Box::new(params),
                body: bx(body),
            },
            kw.start,
            end,
        ))
    }
    /// disjunction, with a fast path for a primary not followed by an
    /// operator (keeps the stack shallow for nested brackets).
    fn disjunction(&mut self) -> PResult<Expr> {
        let first = if self.simple_start() {
            Some(self.primary()?)
        } else {
            None
        };
        if first.is_some() && !self.continues_op() {
            return first.ok_or(PErr::Generic);
        }
        self.disjunction_from(first)
    }

    fn at_unary(&mut self) -> bool {
        matches!(self.peek(), Tok::Op("-") | Tok::Op("+") | Tok::Op("~"))
    }

    /// A token that starts an atom (no prefix operator or keyword).
    fn simple_start(&mut self) -> bool {
        match self.peek() {
            Tok::Name(n) => !is_keyword(n) || matches!(&**n, "True" | "False" | "None"),
            Tok::Int(_) | Tok::BigInt(_) | Tok::Float(_) | Tok::Str(_) => true,
            Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "..."),
            _ => false,
        }
    }

    /// A token continuing an operand into a larger disjunction.
    fn continues_op(&mut self) -> bool {
        match self.peek() {
            Tok::Name(n) => matches!(&**n, "and" | "or" | "in" | "is" | "not"),
            Tok::Op(o) => matches!(
                *o,
                "|" | "^"
                    | "&"
                    | "<<"
                    | ">>"
                    | "+"
                    | "-"
                    | "*"
                    | "/"
                    | "//"
                    | "%"
                    | "@"
                    | "**"
                    | "=="
                    | "!="
                    | "<"
                    | "<="
                    | ">"
                    | ">="
            ),
            _ => false,
        }
    }

    /// `first`: an already parsed leading primary.
    #[inline(never)]
    fn disjunction_from(&mut self, first: Option<Expr>) -> PResult<Expr> {
        let a = self.conjunction(first)?;
        if self.at_kw("or") {
            return self.boolop_tail(a, true);
        }
        Ok(a)
    }

    fn conjunction(&mut self, first: Option<Expr>) -> PResult<Expr> {
        let a = self.inversion(first)?;
        if self.at_kw("and") {
            return self.boolop_tail(a, false);
        }
        Ok(a)
    }

    #[inline(never)]
    fn boolop_tail(&mut self, a: Expr, or: bool) -> PResult<Expr> {
        let kw = if or { "or" } else { "and" };
        let mut values = vec![a];
        loop {
            let m = self.mark();
            if !self.eat_kw(kw) {
                break;
            }
            match if or {
                self.conjunction(None)
            } else {
                self.inversion(None)
            } {
                Ok(v) => values.push(v),
                Err(PErr::Generic) if self.quiet + self.peg > 0 => {
                    self.reset(Mark { far: self.far, ..m });
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        let pos = values.first().map_or(Pos::default(), |v| v.pos);
        let end = values.last().map_or(pos, |v| v.end);
        let op = if or { BoolOp::Or } else { BoolOp::And };
        Ok(mk(ExprKind::BoolOp { op, values }, pos, end))
    }

    fn inversion(&mut self, first: Option<Expr>) -> PResult<Expr> {
        if first.is_none() && self.at_kw("not") {
            return self.inversion_not();
        }
        self.comparison(first)
    }

    #[inline(never)]
    fn inversion_not(&mut self) -> PResult<Expr> {
        let mut nots = Vec::new();
        while self.at_kw("not") {
            let t = self.next();
            self.enter(t.start)?;
            nots.push(t.start);
        }
        let mut e = self.comparison(None)?;
        let n = nots.len() as u32;
        while let Some(p) = nots.pop() {
            let end = e.end;
            e = mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: bx(e),
                },
                p,
                end,
            );
        }
        self.leave(n);
        Ok(e)
    }

    fn comparison(&mut self, first: Option<Expr>) -> PResult<Expr> {
        let a = self.bitwise_or(first)?;
        if self.cmp_op().is_some() {
            return self.comparison_tail(a);
        }
        Ok(a)
    }

    /// The comparison operator at the current token and its token count.
    fn cmp_op(&mut self) -> Option<(CmpOp, usize)> {
        Some(match self.peek() {
            Tok::Op("==") => (CmpOp::Eq, 1),
            Tok::Op("!=") => (CmpOp::NotEq, 1),
            Tok::Op("<") => (CmpOp::Lt, 1),
            Tok::Op("<=") => (CmpOp::LtE, 1),
            Tok::Op(">") => (CmpOp::Gt, 1),
            Tok::Op(">=") => (CmpOp::GtE, 1),
            Tok::Name(n) if &**n == "in" => (CmpOp::In, 1),
            Tok::Name(n) if &**n == "is" => {
                if matches!(self.peek_at(1), Tok::Name(n) if &**n == "not") {
                    (CmpOp::IsNot, 2)
                } else {
                    (CmpOp::Is, 1)
                }
            }
            Tok::Name(n) if &**n == "not" => {
                if matches!(self.peek_at(1), Tok::Name(n) if &**n == "in") {
                    (CmpOp::NotIn, 2)
                } else {
                    return None;
                }
            }
            _ => return None,
        })
    }

    #[inline(never)]
    fn comparison_tail(&mut self, a: Expr) -> PResult<Expr> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.cmp_op() {
            let m = self.mark();
            for _ in 0..n {
                self.next();
            }
            match self.bitwise_or(None) {
                Ok(c) => {
                    ops.push(op);
                    comparators.push(c);
                }
                Err(PErr::Generic) if self.quiet + self.peg > 0 && !ops.is_empty() => {
                    self.reset(Mark { far: self.far, ..m });
                    break;
                }
                Err(PErr::Generic) if self.quiet + self.peg > 0 => {
                    self.reset(Mark { far: self.far, ..m });
                    return Ok(a);
                }
                Err(e) => return Err(e),
            }
        }
        let (pos, end) = (a.pos, comparators.last().map_or(a.end, |c| c.end));
        Ok(mk(
            ExprKind::Compare {
                left: bx(a),
                ops,
                comparators,
            },
            pos,
            end,
        ))
    }

    fn binop(&mut self) -> Option<(BinOp, u8)> {
        Some(match self.peek() {
            Tok::Op("|") => (BinOp::BitOr, 1),
            Tok::Op("^") => (BinOp::BitXor, 2),
            Tok::Op("&") => (BinOp::BitAnd, 3),
            Tok::Op("<<") => (BinOp::LShift, 4),
            Tok::Op(">>") => (BinOp::RShift, 4),
            Tok::Op("+") => (BinOp::Add, 5),
            Tok::Op("-") => (BinOp::Sub, 5),
            Tok::Op("*") => (BinOp::Mul, 6),
            Tok::Op("/") => (BinOp::Div, 6),
            Tok::Op("//") => (BinOp::FloorDiv, 6),
            Tok::Op("%") => (BinOp::Mod, 6),
            Tok::Op("@") => (BinOp::MatMul, 6),
            _ => return None,
        })
    }

    /// bitwise_or: all binary operators from `|` to `*`.
    fn bitwise_or(&mut self, first: Option<Expr>) -> PResult<Expr> {
        let a = self.factor(first)?;
        if self.binop().is_some() {
            return self.binop_tail(a);
        }
        Ok(a)
    }

    /// Binary operators by precedence, with an explicit operator stack.
    #[inline(never)]
    fn binop_tail(&mut self, a: Expr) -> PResult<Expr> {
        let mut operands = vec![a];
        let mut ops: Vec<(BinOp, u8)> = Vec::new();
        let mut count = 0;
        fn reduce(operands: &mut Vec<Expr>, ops: &mut Vec<(BinOp, u8)>) {
            if let (Some((op, _)), Some(r), Some(l)) = (ops.pop(), operands.pop(), operands.pop()) {
                let (pos, end) = (l.pos, r.end);
                operands.push(mk(
                    ExprKind::BinOp {
                        left: bx(l),
                        op,
                        right: bx(r),
                    },
                    pos,
                    end,
                ));
            }
        }
        while let Some((op, prec)) = self.binop() {
            let m = self.mark();
            let t = self.next();
            self.enter(t.start)?;
            let rhs = match self.factor(None) {
                Ok(r) => r,
                Err(PErr::Generic) if self.quiet + self.peg > 0 => {
                    self.reset(Mark { far: self.far, ..m });
                    break;
                }
                Err(e) => return Err(e),
            };
            while ops.last().is_some_and(|&(_, p)| p >= prec) {
                reduce(&mut operands, &mut ops);
            }
            ops.push((op, prec));
            count += 1;
            operands.push(rhs);
        }
        while !ops.is_empty() {
            reduce(&mut operands, &mut ops);
        }
        self.leave(count);
        operands.pop().ok_or(PErr::Generic)
    }

    fn unary_prefixes(&mut self, out: &mut Vec<(UnaryOp, Pos)>) -> PResult<()> {
        loop {
            let op = match self.peek() {
                Tok::Op("-") => UnaryOp::Neg,
                Tok::Op("+") => UnaryOp::Pos,
                Tok::Op("~") => UnaryOp::Invert,
                _ => return Ok(()),
            };
            let t = self.next();
            self.enter(t.start)?;
            out.push((op, t.start));
        }
    }

    fn apply_unary(mut e: Expr, pre: &mut Vec<(UnaryOp, Pos)>) -> Expr {
        while let Some((op, p)) = pre.pop() {
            let end = e.end;
            e = mk(ExprKind::UnaryOp { op, operand: bx(e) }, p, end);
        }
        e
    }

    /// factor: unary `+ - ~`, then power (`**` binds tighter on its left;
    /// its right operand is again a factor); `first`: a parsed primary.
    fn factor(&mut self, first: Option<Expr>) -> PResult<Expr> {
        let e = match first {
            Some(p) => p,
            None => {
                if matches!(self.peek(), Tok::Op("-") | Tok::Op("+") | Tok::Op("~")) {
                    return self.factor_unary();
                }
                self.await_primary()?
            }
        };
        if self.at_op("**") {
            return self.power_tail(e);
        }
        Ok(e)
    }

    #[inline(never)]
    fn factor_unary(&mut self) -> PResult<Expr> {
        let mut pre = Vec::new();
        self.unary_prefixes(&mut pre)?;
        let n = pre.len() as u32;
        let mut e = self.await_primary()?;
        if self.at_op("**") {
            e = self.power_tail(e)?;
        }
        let e = Self::apply_unary(e, &mut pre);
        self.leave(n);
        Ok(e)
    }

    /// `e ** factor ** ...`, iteratively.
    #[inline(never)]
    fn power_tail(&mut self, mut e: Expr) -> PResult<Expr> {
        let mut n = 0;
        let mut chain: Vec<(Expr, Vec<(UnaryOp, Pos)>)> = Vec::new();
        while self.at_op("**") {
            let t = self.next();
            self.enter(t.start)?;
            n += 1;
            let mut p2 = Vec::new();
            self.unary_prefixes(&mut p2)?;
            n += p2.len() as u32;
            chain.push((e, p2));
            e = self.await_primary()?;
        }
        while let Some((lhs, mut p2)) = chain.pop() {
            let r = Self::apply_unary(e, &mut p2);
            let (pos, end) = (lhs.pos, r.end);
            e = mk(
                ExprKind::BinOp {
                    left: bx(lhs),
                    op: BinOp::Pow,
                    right: bx(r),
                },
                pos,
                end,
            );
        }
        self.leave(n);
        Ok(e)
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.at_kw("await") {
            return self.await_expr();
        }
        self.primary()
    }

    #[inline(never)]
    fn await_expr(&mut self) -> PResult<Expr> {
        let t = self.next();
        self.enter(t.start)?;
        let e = self.primary()?;
        self.leave(1);
        let end = e.end;
        Ok(mk(ExprKind::Await(bx(e)), t.start, end))
    }

    fn primary(&mut self) -> PResult<Expr> {
        let e = self.atom()?;
        if matches!(self.peek(), Tok::Op(".") | Tok::Op("(") | Tok::Op("[")) {
            return self.primary_tail(e);
        }
        Ok(e)
    }

    #[inline(never)]
    fn primary_tail(&mut self, mut e: Expr) -> PResult<Expr> {
        let mut n = 0;
        loop {
            let k = match self.peek() {
                Tok::Op(".") => 0,
                Tok::Op("(") => 1,
                Tok::Op("[") => 2,
                _ => break,
            };
            let at = self.tk(self.i).start;
            self.enter(at)?;
            n += 1;
            if self.quiet + self.peg > 0 {
                // PEG semantics: keep the longest primary that parses
                let m = self.mark();
                let keep = e.clone();
                let r = match k {
                    0 => self.trailer_attr(e),
                    1 => self.trailer_call(e),
                    _ => self.trailer_sub(e),
                };
                match r {
                    Ok(x) => e = x,
                    Err(PErr::Generic) => {
                        self.reset(Mark { far: self.far, ..m });
                        e = keep;
                        break;
                    }
                    Err(err) => return Err(err),
                }
                continue;
            }
            e = match k {
                0 => self.trailer_attr(e)?,
                1 => self.trailer_call(e)?,
                _ => self.trailer_sub(e)?,
            };
        }
        self.leave(n);
        Ok(e)
    }

    fn trailer_attr(&mut self, e: Expr) -> PResult<Expr> {
        self.bump();
        let (attr, nt) = self.name()?;
        let pos = e.pos;
        Ok(mk(ExprKind::Attribute { value: bx(e), attr }, pos, nt.end))
    }

    fn trailer_call(&mut self, e: Expr) -> PResult<Expr> {
        let open = self.next();
        let args = self.call_args(&open)?;
        let close = self.expect_op(")")?;
        let args = args.into_iter().map(|a| a.0).collect();
        let pos = e.pos;
        Ok(mk(ExprKind::Call { func: bx(e), args }, pos, close.end))
    }

    fn trailer_sub(&mut self, e: Expr) -> PResult<Expr> {
        self.bump();
        let index = self.slices()?;
        let close = self.expect_op("]")?;
        let pos = e.pos;
        Ok(mk(
            ExprKind::Subscript {
                value: bx(e),
                index: bx(index),
            },
            pos,
            close.end,
        ))
    }

    fn slices(&mut self) -> PResult<Expr> {
        let first = if self.at_op("*") {
            self.star_expression(true)
        } else {
            self.slice()
        };
        let first = first?;
        if !self.at_op(",") && !matches!(first.kind, ExprKind::Starred(_)) {
            return Ok(first);
        }
        self.slices_rest(first)
    }

    #[inline(never)]
    fn slices_rest(&mut self, first: Expr) -> PResult<Expr> {
        let start = first.pos;
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            elts.push(if self.at_op("*") {
                self.star_expression(true)?
            } else {
                self.slice()?
            });
        }
        Ok(mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }
    fn slice(&mut self) -> PResult<Expr> {
        if self.at_op(":") {
            return self.slice_rest(None);
        }
        let e = self.named_expression()?;
        if self.at_op(":") {
            return self.slice_rest(Some(e));
        }
        Ok(e)
    }

    #[inline(never)]
    fn slice_rest(&mut self, lower: Option<Expr>) -> PResult<Expr> {
        let start = match &lower {
            Some(l) => l.pos,
            None => self.cur().start,
        };
        if matches!(
            lower.as_ref().map(|l| &l.kind),
            Some(ExprKind::NamedExpr { .. })
        ) {
            return Err(PErr::Generic);
        }
        self.bump();
        let is_end = |p: &mut Self| p.at_op(":") || p.at_op(",") || p.at_op("]");
        let upper = if is_end(self) {
            None
        } else {
            Some(bx(self.expression()?))
        };
        let mut step = None;
        if self.eat_op(":") && !(self.at_op(",") || self.at_op("]")) {
            step = Some(bx(self.expression()?));
        }
        Ok(mk(
            ExprKind::Slice {
                lower: lower.map(bx),
                upper,
                step,
            },
            start,
            self.prev_end(),
        ))
    }
    /// Call arguments after `(` (the `)` is left for the caller), with the
    /// span of each argument.
    fn call_args(&mut self, open: &Token) -> PResult<Vec<(CallArg, Pos, Pos)>> {
        let mut st = ArgState::default();
        loop {
            if self.at_op(")") {
                break;
            }
            if self.call_arg(open, &mut st)? || !self.eat_op(",") {
                break;
            }
        }
        self.call_args_end(st)
    }

    /// One call argument; true when it was a sole generator expression.
    fn call_arg(&mut self, open: &Token, st: &mut ArgState) -> PResult<bool> {
        let k = match self.peek() {
            Tok::Op("*") => 1,
            Tok::Op("**") => 2,
            Tok::Name(n) if !is_keyword(n) => 3,
            Tok::Name(n) if matches!(&**n, "True" | "False" | "None") => 4,
            _ => 0,
        };
        let k = match k {
            3 if matches!(self.peek_at(1), Tok::Op("=")) => 3,
            4 if self.quiet == 0 && matches!(self.la(1), Tok::Op("=")) => 3,
            3 | 4 => 0,
            k => k,
        };
        match k {
            0 => self.arg_pos(open, st),
            3 => self.arg_kw(st),
            _ => self.arg_star(st, k == 2),
        }
    }

    fn arg_pos(&mut self, open: &Token, st: &mut ArgState) -> PResult<bool> {
        let walrus = matches!(self.peek(), Tok::Name(n) if !is_keyword(n))
            && matches!(self.peek_at(1), Tok::Op(":="));
        let m = self.mark();
        let r = if walrus {
            self.walrus()
        } else {
            self.expression()
        };
        let e = match r {
            Ok(e) => e,
            Err(PErr::Generic) if (st.seen_kw || st.seen_kwunpack) && self.quiet == 0 => {
                return Err(self.positional_after_kw(m, st));
            }
            Err(e) => return Err(e),
        };
        if (self.at_op(",") || self.at_op(")")) && !st.seen_kw && !st.seen_kwunpack {
            let (s, en) = (e.pos, e.end);
            st.args.push((CallArg::Pos(e), s, en));
            return Ok(false);
        }
        self.arg_pos_slow(open, st, e)
    }

    /// Reads (quietly, for `far`) the arguments that follow: `, a, *b, k=v, **m`.
    #[cold]
    fn skim_args(&mut self) {
        self.quiet += 1;
        while self.eat_op(",") {
            let r = if self.eat_op("*") || self.eat_op("**") {
                self.expression()
            } else {
                self.expression().and_then(|e| {
                    if self.eat_op("=") {
                        self.expression()
                    } else {
                        Ok(e)
                    }
                })
            };
            if r.is_err() {
                break;
            }
        }
        self.quiet -= 1;
    }

    /// invalid_arguments' `args ',' args`: a positional argument (the longest
    /// prefix that parses, as PEG does) after keyword arguments.
    #[cold]
    #[inline(never)]
    fn positional_after_kw(&mut self, m: Mark, st: &ArgState) -> PErr {
        let far = self.far;
        self.reset(m);
        self.far = far;
        self.quiet += 1;
        let r = self.expression();
        self.quiet -= 1;
        if r.is_err() {
            return PErr::Generic;
        }
        if st.seen_kwunpack {
            self.err_far("positional argument follows keyword argument unpacking")
        } else {
            self.err_far("positional argument follows keyword argument")
        }
    }

    #[inline(never)]
    fn arg_pos_slow(&mut self, open: &Token, st: &mut ArgState, e: Expr) -> PResult<bool> {
        if self.quiet == 0 && self.at_op(":=") {
            let msg = format!("cannot use assignment expressions with {}", expr_name(&e));
            return Err(serr("SyntaxError", msg, e.pos, e.end));
        }
        if self.at_comp_for() {
            let gens = if st.args.is_empty() {
                self.for_if_clauses()?
            } else {
                // only the second pass looks at a generator after other arguments
                let far = self.far;
                match self.for_if_clauses() {
                    Ok(g) => g,
                    Err(e) => {
                        self.far = far;
                        return Err(e);
                    }
                }
            };
            if st.args.is_empty() && self.at_op(")") {
                let close = self.cur();
                let g = mk(
                    ExprKind::Comp {
                        kind: CompKind::Gen,
                        elt: bx(e),
                        value: None,
                        generators: gens,
                    },
                    open.start,
                    close.end,
                );
                st.args.push((CallArg::Pos(g), open.start, close.end));
                return Ok(true);
            }
            let last = gens
                .last()
                .map(|g| g.ifs.last().unwrap_or(&g.iter).end)
                .unwrap_or(e.end);
            return Err(serr(
                "SyntaxError",
                "Generator expression must be parenthesized",
                e.pos,
                last,
            ));
        }
        if self.quiet == 0 && self.at_op("=") {
            let eq = self.cur();
            return Err(serr(
                "SyntaxError",
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                e.pos,
                eq.end,
            ));
        }
        if st.seen_kwunpack || st.seen_kw {
            // invalid_arguments' `args ',' args` reads the rest of the
            // arguments first: its caret is at the token after them.
            self.skim_args();
            return Err(self.err_far(if st.seen_kwunpack {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            }));
        }
        let (s, en) = (e.pos, e.end);
        st.args.push((CallArg::Pos(e), s, en));
        Ok(false)
    }

    #[inline(never)]
    fn arg_star(&mut self, st: &mut ArgState, double: bool) -> PResult<bool> {
        let t = self.next();
        self.enter(t.start)?;
        let e = self.expression()?;
        self.leave(1);
        let end = e.end;
        if double {
            st.seen_kwunpack = true;
            st.args.push((CallArg::StarStar(e), t.start, end));
        } else {
            if st.seen_kwunpack && self.quiet == 0 {
                let msg = "iterable argument unpacking follows keyword argument unpacking";
                return Err(self.tok_err("SyntaxError", msg, &t));
            }
            st.args.push((CallArg::Star(e), t.start, end));
        }
        Ok(false)
    }

    #[inline(never)]
    fn arg_kw(&mut self, st: &mut ArgState) -> PResult<bool> {
        let t = self.cur();
        let Tok::Name(n) = t.tok.clone() else {
            return Err(PErr::Generic);
        };
        if matches!(&*n, "True" | "False" | "None") {
            let eq = self.tk(self.i + 1).clone();
            return Err(serr(
                "SyntaxError",
                format!("cannot assign to {}", n),
                t.start,
                eq.end,
            ));
        }
        if is_keyword(&n) {
            return Err(PErr::Generic);
        }
        self.next();
        let eq = self.next();
        let e = self.expression()?;
        if self.quiet == 0 && self.at_comp_for() {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Err(serr("SyntaxError", msg, t.start, eq.end));
        }
        st.seen_kw = true;
        let end = e.end;
        st.kw_names.push((n.clone(), t.start, end));
        st.args.push((CallArg::Kw(n, e), t.start, end));
        Ok(false)
    }

    #[inline(never)]
    fn call_args_end(&mut self, st: ArgState) -> PResult<Vec<(CallArg, Pos, Pos)>> {
        if !self.at_op(")") {
            return Err(PErr::Generic);
        }
        // keyword argument repeated (a compile-time error in CPython)
        let kw = &st.kw_names;
        for (k, (n, s, e)) in kw.iter().enumerate() {
            if kw[..k].iter().any(|(m, _, _)| m == n) && self.quiet == 0 {
                self.compile_errs.push(range_err(
                    "SyntaxError",
                    format!("keyword argument repeated: {}", n),
                    *s,
                    *e,
                ));
                break;
            }
        }
        Ok(st.args)
    }
    fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = if self.at_kw("async")
                && matches!(self.peek_at(1), Tok::Name(n) if &**n == "for")
            {
                self.next();
                true
            } else {
                false
            };
            if !self.at_kw("for") {
                break;
            }
            let t = self.next();
            self.enter(t.start)?;
            let target = self.for_target()?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.disjunction()?);
            }
            self.leave(1);
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        if gens.is_empty() {
            return Err(PErr::Generic);
        }
        Ok(gens)
    }

    /// invalid_comprehension: `[a, b for ...]` (the clauses must parse).
    #[cold]
    #[inline(never)]
    fn forgot_parens(&mut self, a: Pos, b: Pos) -> PErr {
        let far = self.far;
        match self.for_if_clauses() {
            Ok(_) => serr(
                "SyntaxError",
                "did you forget parentheses around the comprehension target?",
                a,
                b,
            ),
            Err(PErr::Syn(e)) => PErr::Syn(e),
            Err(PErr::Generic) => {
                self.far = far;
                PErr::Generic
            }
        }
    }

    /// `at_comp_for` for second-pass checks (does not move `far`).
    fn at_comp_for_quiet(&mut self) -> bool {
        let is = |t: &Tok, k: &str| matches!(t, Tok::Name(n) if &**n == k);
        is(self.la(0), "for") || (is(self.la(0), "async") && is(self.la(1), "for"))
    }

    fn at_comp_for(&mut self) -> bool {
        self.at_kw("for")
            || (self.at_kw("async") && matches!(self.peek_at(1), Tok::Name(n) if &**n == "for"))
    }

    fn atom(&mut self) -> PResult<Expr> {
        match self.peek() {
            Tok::Op("(") => self.paren(),
            Tok::Op("[") => self.list_display(),
            Tok::Op("{") => self.brace_display(),
            Tok::Str(_) => self.strings(),
            _ => self.atom_simple(),
        }
    }

    #[inline(never)]
    fn atom_simple(&mut self) -> PResult<Expr> {
        let t = self.cur();
        let c = |k: Constant| Ok(mk(ExprKind::Constant(k), t.start, t.end));
        match &t.tok {
            Tok::Name(n) => {
                let k = match &**n {
                    "True" => Constant::True,
                    "False" => Constant::False,
                    "None" => Constant::None,
                    s if is_keyword(s) => return Err(PErr::Generic),
                    _ => {
                        self.next();
                        return Ok(mk(ExprKind::Name(n.clone()), t.start, t.end));
                    }
                };
                self.next();
                c(k)
            }
            Tok::Int(v) => {
                self.next();
                c(Constant::Int(*v))
            }
            Tok::BigInt(s) => {
                self.next();
                c(Constant::BigInt(s.clone()))
            }
            Tok::HugeInt(n) => {
                self.next();
                let msg = format!(
                    "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    MAX_STR_DIGITS, n
                );
                Err(PErr::Syn(Box::new(err(
                    "SyntaxError",
                    msg,
                    t.start.line,
                    0,
                    t.start.line,
                    0,
                ))))
            }
            Tok::Float(f) => {
                self.next();
                c(Constant::Float(*f))
            }
            Tok::Imag => {
                self.next();
                self.unsupported(
                    "complex numbers are not supported in the playground",
                    t.start,
                    t.end,
                );
                c(Constant::Int(0))
            }
            Tok::Op("...") => {
                self.next();
                c(Constant::Ellipsis)
            }
            _ => Err(PErr::Generic),
        }
    }
    fn paren(&mut self) -> PResult<Expr> {
        self.check_stack()?;
        let open = self.next();
        self.enter(open.start)?;
        let r = self.paren_inner(&open);
        self.leave(1);
        r
    }

    fn paren_inner(&mut self, open: &Token) -> PResult<Expr> {
        if self.at_op(")") || self.at_kw("yield") || self.at_op("**") {
            return self.paren_special(open);
        }
        let first = self.star_named_expression()?;
        if self.at_op(")") && !matches!(first.kind, ExprKind::Starred(_)) {
            self.bump();
            return Ok(first);
        }
        self.paren_rest(open, first)
    }

    #[inline(never)]
    fn paren_special(&mut self, open: &Token) -> PResult<Expr> {
        if self.at_op(")") {
            let close = self.next();
            return Ok(mk(ExprKind::Tuple(Vec::new()), open.start, close.end));
        }
        if self.at_kw("yield") {
            let y = self.yield_expr()?;
            self.expect_op(")")?;
            return Ok(y);
        }
        if self.quiet == 0 {
            let t = self.cur();
            return Err(self.tok_err(
                "SyntaxError",
                "cannot use double starred expression here",
                &t,
            ));
        }
        Err(PErr::Generic)
    }

    /// After `( first`: a generator expression or a tuple.
    #[inline(never)]
    fn paren_rest(&mut self, open: &Token, first: Expr) -> PResult<Expr> {
        if self.at_comp_for() {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(serr(
                    "SyntaxError",
                    "iterable unpacking cannot be used in comprehension",
                    first.pos,
                    first.end,
                ));
            }
            let gens = self.for_if_clauses()?;
            let close = self.expect_op(")")?;
            return Ok(mk(
                ExprKind::Comp {
                    kind: CompKind::Gen,
                    elt: bx(first),
                    value: None,
                    generators: gens,
                },
                open.start,
                close.end,
            ));
        }
        if self.at_op(")") {
            // a starred expression in parentheses
            return Err(serr(
                "SyntaxError",
                "cannot use starred expression here",
                first.pos,
                first.end,
            ));
        }
        if !self.at_op(",") {
            return Err(PErr::Generic);
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op(")") {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let close = self.expect_op(")")?;
        Ok(mk(ExprKind::Tuple(elts), open.start, close.end))
    }
    fn list_display(&mut self) -> PResult<Expr> {
        self.check_stack()?;
        let open = self.next();
        self.enter(open.start)?;
        let r = self.seq_display(&open, "]");
        self.leave(1);
        r
    }

    /// List or set display / comprehension after the opening bracket.
    fn seq_display(&mut self, open: &Token, close_op: &str) -> PResult<Expr> {
        let is_list = close_op == "]";
        if is_list && self.at_op("]") {
            let close = self.next();
            return Ok(mk(ExprKind::List(Vec::new()), open.start, close.end));
        }
        let first = self.star_named_expression()?;
        self.seq_display_rest(open, close_op, first)
    }

    fn seq_display_rest(&mut self, open: &Token, close_op: &str, first: Expr) -> PResult<Expr> {
        let is_list = close_op == "]";
        if self.at_comp_for() {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(serr(
                    "SyntaxError",
                    "iterable unpacking cannot be used in comprehension",
                    first.pos,
                    first.end,
                ));
            }
            let gens = self.for_if_clauses()?;
            let close = self.expect_op(close_op)?;
            let kind = if is_list {
                CompKind::List
            } else {
                CompKind::Set
            };
            return Ok(mk(
                ExprKind::Comp {
                    kind,
                    elt: bx(first),
                    value: None,
                    generators: gens,
                },
                open.start,
                close.end,
            ));
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op(close_op) {
                break;
            }
            if self.quiet == 0 && self.at_comp_for_quiet() {
                let (a, b) = (elts[0].pos, self.prev_end());
                let b = if elts.len() > 1 {
                    elts.last().map_or(b, |e| e.end)
                } else {
                    b
                };
                return Err(self.forgot_parens(a, b));
            }
            elts.push(self.star_named_expression()?);
        }
        if self.quiet == 0 && elts.len() > 1 && self.at_comp_for_quiet() {
            let (a, b) = (elts[0].pos, elts.last().map_or(elts[0].end, |e| e.end));
            return Err(self.forgot_parens(a, b));
        }
        let close = self.expect_op(close_op)?;
        let kind = if is_list {
            ExprKind::List(elts)
        } else {
            ExprKind::Set(elts)
        };
        Ok(mk(kind, open.start, close.end))
    }

    fn brace_display(&mut self) -> PResult<Expr> {
        self.check_stack()?;
        let open = self.next();
        self.enter(open.start)?;
        let r = self.brace_inner(&open);
        self.leave(1);
        r
    }

    fn brace_inner(&mut self, open: &Token) -> PResult<Expr> {
        if self.at_op("}") || self.at_op("**") {
            return self.dict_rest(open, None);
        }
        let first = self.star_named_expression()?;
        if !self.at_op(":") {
            return self.seq_display_rest(open, "}", first);
        }
        self.dict_rest(open, Some(first))
    }

    /// A dict display or comprehension; `first`: its first key (before ':').
    #[inline(never)]
    fn dict_rest(&mut self, open: &Token, first: Option<Expr>) -> PResult<Expr> {
        if self.at_op("}") {
            let close = self.next();
            return Ok(mk(ExprKind::Dict(Vec::new()), open.start, close.end));
        }
        let mut items = Vec::new();
        match first {
            None => {
                let t = self.next();
                let e = self.bitwise_or(None)?;
                if self.quiet == 0 && self.at_comp_for() {
                    return Err(self.tok_err(
                        "SyntaxError",
                        "dict unpacking cannot be used in dict comprehension",
                        &t,
                    ));
                }
                items.push(DictItem::Splat(e));
            }
            Some(first) => {
                if matches!(
                    first.kind,
                    ExprKind::Starred(_) | ExprKind::NamedExpr { .. }
                ) {
                    return Err(PErr::Generic);
                }
                let colon = self.next();
                let v = self.dict_value(&colon)?;
                if self.at_comp_for() {
                    let gens = self.for_if_clauses()?;
                    let close = self.expect_op("}")?;
                    return Ok(mk(
                        ExprKind::Comp {
                            kind: CompKind::Dict,
                            elt: bx(first),
                            value: Some(bx(v)),
                            generators: gens,
                        },
                        open.start,
                        close.end,
                    ));
                }
                items.push(DictItem::Pair(first, v));
            }
        }
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            if self.at_op("**") {
                self.bump();
                items.push(DictItem::Splat(self.bitwise_or(None)?));
                continue;
            }
            let k = self.expression()?;
            if !self.at_op(":") {
                return Err(self.dict_missing_colon(&k));
            }
            let colon = self.next();
            let v = self.dict_value(&colon)?;
            items.push(DictItem::Pair(k, v));
        }
        let close = self.expect_op("}")?;
        Ok(mk(ExprKind::Dict(items), open.start, close.end))
    }

    #[cold]
    #[inline(never)]
    fn dict_missing_colon(&mut self, k: &Expr) -> PErr {
        if self.quiet == 0 && matches!(self.la(0), Tok::Op("}") | Tok::Op(",")) {
            let c = k.end.col;
            let line = k.end.line;
            return PErr::Syn(Box::new(err(
                "SyntaxError",
                "':' expected after dictionary key",
                line,
                c,
                line,
                c + 1,
            )));
        }
        PErr::Generic
    }
    fn dict_value(&mut self, colon: &Token) -> PResult<Expr> {
        if self.quiet == 0 && (self.at_op("*") || self.at_op("}") || self.at_op(",")) {
            return Err(self.dict_value_err(colon));
        }
        self.expression()
    }

    #[cold]
    #[inline(never)]
    fn dict_value_err(&mut self, colon: &Token) -> PErr {
        if self.at_op("*") {
            let s = self.cur();
            let m = self.mark();
            self.next();
            self.quiet += 1;
            let e = self.bitwise_or(None);
            self.quiet -= 1;
            self.reset(m);
            return match e {
                Ok(e) => serr(
                    "SyntaxError",
                    "cannot use a starred expression in a dictionary value",
                    s.start,
                    e.end,
                ),
                Err(_) => PErr::Generic,
            };
        }
        self.tok_err(
            "SyntaxError",
            "expression expected after dictionary key and ':'",
            colon,
        )
    }
    fn yield_expr(&mut self) -> PResult<Expr> {
        let kw = self.next();
        self.enter(kw.start)?;
        let r = if self.eat_kw("from") {
            let e = self.expression()?;
            let end = e.end;
            mk(ExprKind::YieldFrom(bx(e)), kw.start, end)
        } else if self.starts_expr() {
            let e = self.star_expressions()?;
            let end = e.end;
            mk(ExprKind::Yield(Some(bx(e))), kw.start, end)
        } else {
            mk(ExprKind::Yield(None), kw.start, kw.end)
        };
        self.leave(1);
        Ok(r)
    }

    // ----- strings -----

    fn strings(&mut self) -> PResult<Expr> {
        let mut toks: Vec<Token> = Vec::new();
        while let Tok::Str(_) = self.peek() {
            toks.push(self.next());
        }
        self.peek(); // the token after the strings (CPython's error location)
        let pos = toks.first().map_or(Pos::default(), |t| t.start);
        let end = toks.last().map_or(pos, |t| t.end);
        let strs: Vec<Rc<StrTok>> = toks
            .iter()
            .filter_map(|t| match &t.tok {
                Tok::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect();
        let nbytes = strs.iter().filter(|s| s.bytes).count();
        if nbytes > 0 && nbytes < strs.len() {
            return Err(self.err_far("cannot mix bytes and nonbytes literals"));
        }
        if nbytes > 0 {
            let mut out = Vec::new();
            for (s, t) in strs.iter().zip(&toks) {
                let body: Vec<char> = s.body.chars().collect();
                if body.iter().any(|&c| c as u32 >= 128) {
                    return Err(serr(
                        "SyntaxError",
                        "bytes can only contain ASCII literal characters",
                        t.start,
                        t.end,
                    ));
                }
                match lexer::decode_bytes(&body, s.raw) {
                    Ok(b) => out.extend(b),
                    Err(e) => return Err(self.err_far(e.msg)),
                }
            }
            return Ok(mk(
                ExprKind::Constant(Constant::Bytes(out.into())),
                pos,
                end,
            ));
        }
        let is_f = strs.iter().any(|s| s.fstr);
        let mut parts: Vec<FPart> = Vec::new();
        let mut lit = String::new();
        for (s, t) in strs.iter().zip(&toks) {
            if s.fstr {
                let mut sub = Vec::new();
                self.fstring(s, t, &mut sub)?;
                for p in sub {
                    match p {
                        FPart::Lit(l) => lit.push_str(&l),
                        f => {
                            if !lit.is_empty() {
                                parts.push(FPart::Lit(std::mem::take(&mut lit).into()));
                            }
                            parts.push(f);
                        }
                    }
                }
            } else {
                let body: Vec<char> = s.body.chars().collect();
                lit.push_str(&self.decode(&body, s.raw, t)?);
            }
        }
        if !is_f {
            return Ok(mk(ExprKind::Constant(Constant::Str(lit.into())), pos, end));
        }
        if !lit.is_empty() {
            parts.push(FPart::Lit(lit.into()));
        }
        Ok(mk(ExprKind::FString(parts), pos, end))
    }

    fn decode(&mut self, body: &[char], raw: bool, t: &Token) -> PResult<String> {
        if raw {
            return Ok(body.iter().collect());
        }
        match lexer::decode_str(body) {
            Ok(s) => Ok(s),
            Err(e) if e.unsupported => {
                self.unsupported(&e.msg, t.start, t.end);
                Ok(String::new())
            }
            Err(e) => Err(self.err_far(e.msg)),
        }
    }

    /// Parse one f-string token into parts (CPython 3.11's string_parser.c).
    fn fstring(&mut self, s: &StrTok, t: &Token, out: &mut Vec<FPart>) -> PResult<()> {
        let body: Vec<char> = s.body.chars().collect();
        let mut poss = Vec::with_capacity(body.len() + 1);
        let mut p = s.body_pos;
        for &c in &body {
            poss.push(p);
            if c == '\n' {
                p = Pos {
                    line: p.line + 1,
                    col: 0,
                };
            } else {
                p.col += 1;
            }
        }
        poss.push(p);
        let mut i = 0;
        let f = FStr {
            body: &body,
            poss: &poss,
            raw: s.raw,
            tok: t,
        };
        self.fstring_parts(&f, 0, &mut i, out)?;
        if i < body.len() {
            // a '}' at the top level that is not doubled
            return Err(self.err_far("f-string: single '}' is not allowed"));
        }
        Ok(())
    }

    fn fstring_parts(
        &mut self,
        f: &FStr,
        lvl: u32,
        i: &mut usize,
        out: &mut Vec<FPart>,
    ) -> PResult<()> {
        let body = f.body;
        loop {
            let mut lit: Vec<char> = Vec::new();
            while *i < body.len() {
                let ch = body[*i];
                *i += 1;
                if !f.raw && ch == '\\' && *i < body.len() {
                    let n = body[*i];
                    lit.push('\\');
                    if n == '{' || n == '}' {
                        continue;
                    }
                    lit.push(n);
                    *i += 1;
                    if n == 'N' && body.get(*i) == Some(&'{') {
                        while *i < body.len() {
                            let c = body[*i];
                            lit.push(c);
                            *i += 1;
                            if c == '}' {
                                break;
                            }
                        }
                    }
                    continue;
                }
                if ch == '{' || ch == '}' {
                    if lvl == 0 && body.get(*i) == Some(&ch) {
                        lit.push(ch);
                        *i += 1;
                        continue;
                    }
                    if ch == '}' && lvl == 0 {
                        return Err(self.err_far("f-string: single '}' is not allowed"));
                    }
                    *i -= 1;
                    break;
                }
                lit.push(ch);
            }
            if !lit.is_empty() {
                let s = self.decode(&lit, f.raw, f.tok)?;
                out.push(FPart::Lit(s.into()));
            }
            if *i >= body.len() || body[*i] == '}' {
                return Ok(());
            }
            self.fstring_field(f, lvl, i, out)?;
        }
    }

    fn fstring_field(
        &mut self,
        f: &FStr,
        lvl: u32,
        i: &mut usize,
        out: &mut Vec<FPart>,
    ) -> PResult<()> {
        let body = f.body;
        let n = body.len();
        if lvl >= 2 {
            return Err(self.err_far("f-string: expressions nested too deeply"));
        }
        *i += 1;
        let start = *i;
        let mut quote: Option<(char, bool)> = None;
        let mut nested: Vec<char> = Vec::new();
        while *i < n {
            let ch = body[*i];
            if ch == '\\' {
                return Err(self.err_far("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if triple {
                        if *i + 2 < n && body[*i + 1] == q && body[*i + 2] == q {
                            *i += 3;
                            quote = None;
                            continue;
                        }
                    } else {
                        quote = None;
                    }
                }
                *i += 1;
                continue;
            }
            match ch {
                '\'' | '"' => {
                    let triple = *i + 2 < n && body[*i + 1] == ch && body[*i + 2] == ch;
                    *i += if triple { 3 } else { 1 };
                    quote = Some((ch, triple));
                    continue;
                }
                '[' | '(' | '{' => {
                    if nested.len() >= 200 {
                        return Err(self.err_far("f-string: too many nested parenthesis"));
                    }
                    nested.push(ch);
                }
                '#' => return Err(self.err_far("f-string expression part cannot include '#'")),
                '!' | ':' | '}' | '=' | '<' | '>' if nested.is_empty() => {
                    let nx = body.get(*i + 1).copied().unwrap_or('\0');
                    if nx == '=' && matches!(ch, '!' | '=' | '<' | '>') {
                        *i += 2;
                        continue;
                    }
                    if ch == '<' || ch == '>' {
                        *i += 1;
                        continue;
                    }
                    break;
                }
                ']' | ')' | '}' => {
                    let Some(o) = nested.pop() else {
                        return Err(self.err_far(format!("f-string: unmatched '{}'", ch)));
                    };
                    let want = match o {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if ch != want {
                        return Err(self.err_far(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch, o
                        )));
                    }
                }
                _ => {}
            }
            *i += 1;
        }
        if quote.is_some() {
            return Err(self.err_far("f-string: unterminated string"));
        }
        if let Some(o) = nested.last() {
            return Err(self.err_far(format!("f-string: unmatched '{}'", o)));
        }
        let expect = |p: &Self| p.err_far("f-string: expecting '}'");
        if *i >= n {
            return Err(expect(self));
        }
        let text = &body[start..*i];
        if text.iter().all(|c| c.is_whitespace()) {
            let msg = match body[*i] {
                c @ (':' | '!' | '=') => format!("f-string: expression required before '{}'", c),
                _ => "f-string: empty expression not allowed".to_string(),
            };
            return Err(self.err_far(msg));
        }
        let at = f.poss.get(start).copied().unwrap_or_default();
        let value = self.fstring_expr(text, at)?;
        let mut debug_text = None;
        if body[*i] == '=' {
            *i += 1;
            while *i < n && body[*i].is_whitespace() {
                *i += 1;
            }
            if *i >= n {
                return Err(expect(self));
            }
            debug_text = Some(body[start..*i].iter().collect::<String>().into());
        }
        let mut conv = None;
        if body[*i] == '!' {
            *i += 1;
            if *i >= n {
                return Err(expect(self));
            }
            let c = body[*i];
            *i += 1;
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self
                    .err_far("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conv = Some(c);
        }
        if *i >= n {
            return Err(expect(self));
        }
        let mut spec = None;
        if body[*i] == ':' {
            *i += 1;
            if *i >= n {
                return Err(expect(self));
            }
            let mut sp = Vec::new();
            self.fstring_parts(f, lvl + 1, i, &mut sp)?;
            spec = Some(sp);
        }
        if *i >= n || body[*i] != '}' {
            return Err(expect(self));
        }
        *i += 1;
        if debug_text.is_some() && conv.is_none() && spec.is_none() {
            conv = Some('r');
        }
        out.push(FPart::Field {
            value: bx(value),
            conv,
            spec,
            debug_text,
        });
        Ok(())
    }

    /// Parse the expression of an f-string field as CPython 3.11 does: the
    /// text wrapped in parentheses, with "f-string: " error messages.
    fn fstring_expr(&mut self, text: &[char], at: Pos) -> PResult<Expr> {
        if self.fdepth >= 8 {
            return Err(self.err_far("f-string: expressions nested too deeply"));
        }
        let mut src = Vec::with_capacity(text.len() + 3);
        src.push('(');
        src.extend_from_slice(text);
        src.push(')');
        src.push('\n');
        let base = Pos {
            line: at.line,
            col: at.col.saturating_sub(1),
        };
        // CPython reports errors relative to "(expr)" on the first line.
        let fix = |mut e: SyntaxError, prefix: bool| {
            if prefix {
                e.msg = format!("f-string: {}", e.msg);
            }
            if e.line == base.line {
                if e.text.is_none() {
                    let line: String = src.iter().take_while(|&&c| c != '\n').collect();
                    e.text = Some(line);
                }
                e.col = e
                    .col
                    .saturating_sub(base.col)
                    .max(if e.col == 0 { 0 } else { 1 });
                if e.end_line == base.line {
                    e.end_col = e.end_col.saturating_sub(base.col).max(e.col + 1);
                }
            }
            e
        };
        let lexed = lexer::tokenize_at(&src, base.line, base.col, true);
        if let Some(f) = lexed.fail {
            return Err(PErr::Syn(Box::new(fix(f.error().clone(), false))));
        }
        let mut sub = Parser::new(lexed.toks, self.nest, true);
        sub.stack_base = self.stack_base;
        sub.fdepth = self.fdepth + 1;
        sub.quiet = self.quiet;
        let r = (|| {
            let e = sub.star_expressions()?;
            if !sub.at_newline() {
                return Err(PErr::Generic);
            }
            Ok(e)
        })();
        match r {
            Ok(e) => {
                if let Some(u) = sub.unsupported.take() {
                    if self.unsupported.is_none() {
                        self.unsupported = Some(u);
                    }
                }
                Ok(e)
            }
            Err(e) => {
                let e = sub.report(e, None);
                Err(PErr::Syn(Box::new(fix(e, true))))
            }
        }
    }
}

#[derive(Default)]
struct ArgState {
    args: Vec<(CallArg, Pos, Pos)>,
    seen_kw: bool,
    seen_kwunpack: bool,
    kw_names: Vec<(Rc<str>, Pos, Pos)>,
}

struct FStr<'a> {
    body: &'a [char],
    poss: &'a [Pos],
    raw: bool,
    tok: &'a Token,
}

fn aug_op(o: &str) -> Option<BinOp> {
    Some(match o {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mul,
        "@=" => BinOp::MatMul,
        "/=" => BinOp::Div,
        "%=" => BinOp::Mod,
        "&=" => BinOp::BitAnd,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "**=" => BinOp::Pow,
        "//=" => BinOp::FloorDiv,
        _ => return None,
    })
}

// ----- checks of CPython's symbol-table and compiler passes -----

#[derive(Clone, Copy)]
struct Ctx {
    module: bool,
    func: bool,
    is_async: bool,
    in_loop: bool,
    /// Inside a comprehension scope (of this kind).
    comp: Option<&'static str>,
}

/// One pending node of the (iterative) check walk.
enum Item<'a> {
    S(&'a Stmt, Ctx),
    E(&'a Expr, Ctx),
    /// An assignment target.
    T(&'a Expr, Ctx),
}

#[derive(Default)]
struct Checker {
    sym: Vec<SyntaxError>,
    errs: Vec<SyntaxError>,
}

fn first_err(v: &mut Vec<SyntaxError>) -> Option<SyntaxError> {
    v.sort_by_key(|e| (e.line, e.col));
    if v.is_empty() {
        None
    } else {
        Some(v.swap_remove(0))
    }
}

/// The errors CPython raises after parsing (symtable, then compiler); the
/// first in source order of each phase is reported. The walk uses an
/// explicit stack (the tree may be ~MAX_NEST deep).
fn check_module(m: &Module, compile_errs: Vec<SyntaxError>) -> Result<(), SyntaxError> {
    let mut c = Checker {
        errs: compile_errs,
        ..Default::default()
    };
    let ctx = Ctx {
        module: true,
        func: false,
        is_async: false,
        in_loop: false,
        comp: None,
    };
    let mut stack: Vec<Item> = m.body.iter().map(|s| Item::S(s, ctx)).collect();
    while let Some(it) = stack.pop() {
        match it {
            Item::S(s, cx) => c.stmt(s, cx, &mut stack),
            Item::E(e, cx) => c.expr(e, cx, &mut stack),
            Item::T(e, cx) => c.target(e, cx, &mut stack),
        }
    }
    if let Some(e) = first_err(&mut c.sym) {
        return Err(e);
    }
    if let Some(e) = first_err(&mut c.errs) {
        return Err(e);
    }
    Ok(())
}

fn comp_name(k: &CompKind) -> &'static str {
    match k {
        CompKind::List => "list comprehension",
        CompKind::Set => "set comprehension",
        CompKind::Dict => "dict comprehension",
        CompKind::Gen => "generator expression",
    }
}

impl Checker {
    fn err(&mut self, msg: impl Into<String>, a: Pos, b: Pos) {
        self.errs.push(range_err("SyntaxError", msg, a, b));
    }

    fn params<'a>(&mut self, p: &'a Params, c: Ctx, st: &mut Vec<Item<'a>>) {
        for d in p.defaults.iter().chain(p.kw_defaults.iter().flatten()) {
            st.push(Item::E(d, c));
        }
        let all: Vec<&Arg> = p
            .args
            .iter()
            .chain(p.vararg.iter())
            .chain(p.kwonly.iter())
            .chain(p.kwarg.iter())
            .collect();
        for (k, a) in all.iter().enumerate() {
            if all[..k].iter().any(|b| b.name == a.name) {
                let end = Pos {
                    line: a.pos.line,
                    col: a.pos.col + a.name.chars().count() as u32,
                };
                let msg = format!("duplicate argument '{}' in function definition", a.name);
                self.sym.push(range_err("SyntaxError", msg, a.pos, end));
                break;
            }
        }
    }

    fn stmt<'a>(&mut self, s: &'a Stmt, c: Ctx, st: &mut Vec<Item<'a>>) {
        let (a, b) = (s.pos, s.end);
        let body = |st: &mut Vec<Item<'a>>, v: &'a [Stmt], c: Ctx| {
            st.extend(v.iter().map(|s| Item::S(s, c)))
        };
        match &s.kind {
            StmtKind::Expr(e) => st.push(Item::E(e, c)),
            StmtKind::Assign { targets, value } => {
                st.push(Item::E(value, c));
                st.extend(targets.iter().map(|t| Item::T(t, c)));
            }
            StmtKind::AugAssign { target, value, .. } => {
                st.push(Item::E(target, c));
                st.push(Item::E(value, c));
            }
            StmtKind::AnnAssign { target, value, .. } => {
                st.push(Item::E(target, c));
                if let Some(v) = value {
                    st.push(Item::E(v, c));
                }
            }
            StmtKind::FunctionDef(f) => {
                st.extend(f.decorators.iter().map(|d| Item::E(d, c)));
                self.params(&f.params, c, st);
                let fc = Ctx {
                    module: false,
                    func: true,
                    is_async: f.is_async,
                    in_loop: false,
                    comp: None,
                };
                body(st, &f.body, fc);
            }
            StmtKind::ClassDef(cd) => {
                st.extend(cd.decorators.iter().map(|d| Item::E(d, c)));
                for e in &cd.bases {
                    match &e.kind {
                        ExprKind::Starred(v) => st.push(Item::E(v, c)),
                        _ => st.push(Item::E(e, c)),
                    }
                }
                st.extend(cd.keywords.iter().map(|(_, v)| Item::E(v, c)));
                let cc = Ctx {
                    module: false,
                    func: false,
                    is_async: false,
                    in_loop: false,
                    comp: None,
                };
                body(st, &cd.body, cc);
            }
            StmtKind::Return(v) => {
                if !c.func {
                    self.err("'return' outside function", a, b);
                }
                if let Some(v) = v {
                    st.push(Item::E(v, c));
                }
            }
            StmtKind::Pass
            | StmtKind::Global(_)
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. } => {}
            StmtKind::Break => {
                if !c.in_loop {
                    self.err("'break' outside loop", a, b);
                }
            }
            StmtKind::Continue => {
                if !c.in_loop {
                    self.err("'continue' not properly in loop", a, b);
                }
            }
            StmtKind::If {
                test,
                body: bd,
                orelse,
            } => {
                st.push(Item::E(test, c));
                body(st, bd, c);
                body(st, orelse, c);
            }
            StmtKind::While {
                test,
                body: bd,
                orelse,
            } => {
                st.push(Item::E(test, c));
                body(st, bd, Ctx { in_loop: true, ..c });
                body(st, orelse, c);
            }
            StmtKind::For {
                target,
                iter,
                body: bd,
                orelse,
                is_async,
            } => {
                if *is_async && !(c.func && c.is_async) {
                    self.err("'async for' outside async function", a, b);
                }
                st.push(Item::E(iter, c));
                st.push(Item::T(target, c));
                body(st, bd, Ctx { in_loop: true, ..c });
                body(st, orelse, c);
            }
            StmtKind::With {
                items,
                body: bd,
                is_async,
            } => {
                if *is_async && !(c.func && c.is_async) {
                    self.err("'async with' outside async function", a, b);
                }
                for it in items {
                    st.push(Item::E(&it.ctx, c));
                    if let Some(t) = &it.target {
                        st.push(Item::T(t, c));
                    }
                }
                body(st, bd, c);
            }
            StmtKind::Try {
                body: bd,
                handlers,
                orelse,
                finalbody,
            } => {
                body(st, bd, c);
                for (k, h) in handlers.iter().enumerate() {
                    if h.typ.is_none() && k + 1 < handlers.len() {
                        let end = h.body.last().map_or(h.pos, |s| s.end);
                        self.err("default 'except:' must be last", h.pos, end);
                    }
                    if let Some(t) = &h.typ {
                        st.push(Item::E(t, c));
                    }
                    body(st, &h.body, c);
                }
                body(st, orelse, c);
                body(st, finalbody, c);
            }
            StmtKind::Match { subject, cases } => {
                st.push(Item::E(subject, c));
                for case in cases {
                    let mut ps = vec![&case.pattern];
                    while let Some(p) = ps.pop() {
                        match &p.kind {
                            PatternKind::Value(e) => st.push(Item::E(e, c)),
                            PatternKind::Singleton(_) | PatternKind::Star(_) => {}
                            PatternKind::Sequence(qs) | PatternKind::Or(qs) => ps.extend(qs),
                            PatternKind::Mapping { keys, patterns, .. } => {
                                st.extend(keys.iter().map(|k| Item::E(k, c)));
                                ps.extend(patterns);
                            }
                            PatternKind::Class {
                                cls,
                                patterns,
                                kwd_patterns,
                                ..
                            } => {
                                st.push(Item::E(cls, c));
                                ps.extend(patterns.iter().chain(kwd_patterns));
                            }
                            PatternKind::As { pattern, .. } => ps.extend(pattern.as_deref()),
                        }
                    }
                    if let Some(g) = &case.guard {
                        st.push(Item::E(g, c));
                    }
                    body(st, &case.body, c);
                }
            }
            StmtKind::Raise { exc, cause } => {
                st.extend(exc.iter().chain(cause.iter()).map(|e| Item::E(e, c)))
            }
            StmtKind::Assert { test, msg } => {
                st.push(Item::E(test, c));
                if let Some(m) = msg {
                    st.push(Item::E(m, c));
                }
            }
            StmtKind::Del(v) => st.extend(v.iter().map(|e| Item::E(e, c))),
            StmtKind::Nonlocal(_) => {
                if c.module {
                    self.sym.push(range_err(
                        "SyntaxError",
                        "nonlocal declaration not allowed at module level",
                        a,
                        b,
                    ));
                }
            }
        }
    }

    /// An assignment target (store context).
    fn target<'a>(&mut self, t: &'a Expr, c: Ctx, st: &mut Vec<Item<'a>>) {
        match &t.kind {
            ExprKind::Starred(v) => {
                self.err(
                    "starred assignment target must be in a list or tuple",
                    t.pos,
                    t.end,
                );
                st.push(Item::T(v, c));
            }
            ExprKind::Tuple(v) | ExprKind::List(v) => {
                if v.iter()
                    .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                    .count()
                    > 1
                {
                    self.err("multiple starred expressions in assignment", t.pos, t.end);
                }
                for e in v {
                    match &e.kind {
                        ExprKind::Starred(inner) => st.push(Item::T(inner, c)),
                        _ => st.push(Item::T(e, c)),
                    }
                }
            }
            _ => st.push(Item::E(t, c)),
        }
    }

    /// Elements of a display: `*x` allowed.
    fn elts<'a>(v: &'a [Expr], c: Ctx, st: &mut Vec<Item<'a>>) {
        for e in v {
            match &e.kind {
                ExprKind::Starred(inner) => st.push(Item::E(inner, c)),
                _ => st.push(Item::E(e, c)),
            }
        }
    }

    fn expr<'a>(&mut self, e: &'a Expr, c: Ctx, st: &mut Vec<Item<'a>>) {
        let (a, b) = (e.pos, e.end);
        match &e.kind {
            ExprKind::Subscript { value, index } => {
                st.push(Item::E(value, c));
                match &index.kind {
                    ExprKind::Tuple(v) => Self::elts(v, c, st),
                    _ => st.push(Item::E(index, c)),
                }
            }
            ExprKind::Starred(v) => {
                self.err("can't use starred expression here", a, b);
                st.push(Item::E(v, c));
            }
            ExprKind::Call { func, args } => {
                st.push(Item::E(func, c));
                for arg in args {
                    match arg {
                        CallArg::Pos(x)
                        | CallArg::Star(x)
                        | CallArg::Kw(_, x)
                        | CallArg::StarStar(x) => st.push(Item::E(x, c)),
                    }
                }
            }
            ExprKind::Lambda { params, body } => {
                self.params(params, c, st);
                let lc = Ctx {
                    module: false,
                    func: true,
                    is_async: false,
                    in_loop: false,
                    comp: None,
                };
                st.push(Item::E(body, lc));
            }
            ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Set(v) => Self::elts(v, c, st),
            ExprKind::Comp {
                kind,
                elt,
                value,
                generators,
            } => {
                let mut is_async = generators.iter().any(|g| g.is_async);
                let cc = Ctx {
                    module: false,
                    func: true,
                    is_async: c.is_async,
                    in_loop: false,
                    comp: Some(comp_name(kind)),
                };
                for (k, g) in generators.iter().enumerate() {
                    if k == 0 {
                        st.push(Item::E(&g.iter, c));
                    } else {
                        is_async |= has_await(&g.iter);
                        st.push(Item::E(&g.iter, cc));
                    }
                    st.push(Item::T(&g.target, cc));
                    for x in &g.ifs {
                        is_async |= has_await(x);
                        st.push(Item::E(x, cc));
                    }
                }
                is_async |= has_await(elt) || value.as_ref().is_some_and(|v| has_await(v));
                st.push(Item::E(elt, cc));
                if let Some(v) = value {
                    st.push(Item::E(v, cc));
                }
                if is_async && *kind != CompKind::Gen && !(c.func && c.is_async) && c.comp.is_none()
                {
                    self.err(
                        "asynchronous comprehension outside of an asynchronous function",
                        a,
                        b,
                    );
                }
            }
            ExprKind::Await(v) => {
                if c.comp.is_none() {
                    if !c.func {
                        self.err("'await' outside function", a, b);
                    } else if !c.is_async {
                        self.err("'await' outside async function", a, b);
                    }
                }
                st.push(Item::E(v, c));
            }
            ExprKind::Yield(v) => {
                self.yield_check(e, c);
                if let Some(v) = v {
                    st.push(Item::E(v, c));
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_check(e, c);
                if c.func && c.is_async && c.comp.is_none() {
                    self.err("'yield from' inside async function", a, b);
                }
                st.push(Item::E(v, c));
            }
            _ => {
                let mut kids = Vec::new();
                children(e, &mut kids);
                st.extend(kids.into_iter().map(|k| Item::E(k, c)));
            }
        }
    }

    fn yield_check(&mut self, e: &Expr, c: Ctx) {
        if let Some(k) = c.comp {
            self.sym.push(range_err(
                "SyntaxError",
                format!("'yield' inside {}", k),
                e.pos,
                e.end,
            ));
        } else if !c.func {
            self.err("'yield' outside function", e.pos, e.end);
        }
    }
}

/// Does the expression await in the current scope (not in nested lambdas),
/// or contain an asynchronous (non-generator) comprehension?
fn has_await(e: &Expr) -> bool {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::Await(_) => return true,
            ExprKind::Lambda { .. } => {}
            ExprKind::Comp {
                kind,
                elt,
                value,
                generators,
            } => {
                if *kind != CompKind::Gen && generators.iter().any(|g| g.is_async) {
                    return true;
                }
                if let Some(g) = generators.first() {
                    stack.push(&g.iter);
                }
                if *kind != CompKind::Gen {
                    stack.push(elt);
                    if let Some(v) = value {
                        stack.push(v);
                    }
                    for g in generators.iter().skip(1) {
                        stack.push(&g.iter);
                    }
                    for g in generators {
                        stack.extend(g.ifs.iter());
                    }
                }
            }
            _ => children(e, &mut stack),
        }
    }
    false
}

fn children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::Constant(_)
        | ExprKind::Name(_)
        | ExprKind::Lambda { .. }
        | ExprKind::Comp { .. } => {}
        ExprKind::FString(parts) => {
            let mut ps: Vec<&FPart> = parts.iter().collect();
            while let Some(p) = ps.pop() {
                if let FPart::Field { value, spec, .. } = p {
                    out.push(value);
                    if let Some(s) = spec {
                        ps.extend(s.iter());
                    }
                }
            }
        }
        ExprKind::Attribute { value, .. } => out.push(value),
        ExprKind::Subscript { value, index } => {
            out.push(value);
            out.push(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            out.extend([lower, upper, step].into_iter().flatten().map(|b| &**b))
        }
        ExprKind::Starred(v)
        | ExprKind::UnaryOp { operand: v, .. }
        | ExprKind::Await(v)
        | ExprKind::YieldFrom(v) => out.push(v),
        ExprKind::NamedExpr { value, .. } => out.push(value),
        ExprKind::BinOp { left, right, .. } => {
            out.push(left);
            out.push(right);
        }
        ExprKind::BoolOp { values, .. } => out.extend(values.iter()),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push(left);
            out.extend(comparators.iter());
        }
        ExprKind::Call { func, args } => {
            out.push(func);
            for a in args {
                match a {
                    CallArg::Pos(x)
                    | CallArg::Star(x)
                    | CallArg::Kw(_, x)
                    | CallArg::StarStar(x) => out.push(x),
                }
            }
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push(test);
            out.push(body);
            out.push(orelse);
        }
        ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Set(v) => out.extend(v.iter()),
        ExprKind::Dict(items) => {
            for it in items {
                match it {
                    DictItem::Pair(k, v) => {
                        out.push(k);
                        out.push(v);
                    }
                    DictItem::Splat(v) => out.push(v),
                }
            }
        }
        ExprKind::Yield(v) => out.extend(v.iter().map(|b| &**b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(src: &str) -> Module {
        match parse(src) {
            Ok(m) => m,
            Err(e) => panic!("parse failed for {:?}: {:?}", src, e),
        }
    }
    fn e(src: &str) -> SyntaxError {
        match parse(src) {
            Ok(m) => panic!("expected error for {:?}, got {:?}", src, m),
            Err(e) => e,
        }
    }
    fn expr(src: &str) -> Expr {
        let m = p(src);
        match m.body.into_iter().next().map(|s| s.kind) {
            Some(StmtKind::Expr(e)) => e,
            Some(StmtKind::Assign { value, .. }) => value,
            other => panic!("not an expression statement: {:?}", other),
        }
    }
    fn name(e: &Expr) -> &str {
        match &e.kind {
            ExprKind::Name(n) => n,
            k => panic!("not a name: {:?}", k),
        }
    }
    fn int(e: &Expr) -> i64 {
        match &e.kind {
            ExprKind::Constant(Constant::Int(v)) => *v,
            k => panic!("not an int: {:?}", k),
        }
    }
    fn s(e: &Expr) -> String {
        match &e.kind {
            ExprKind::Constant(Constant::Str(v)) => v.to_string(),
            k => panic!("not a str: {:?}", k),
        }
    }

    /// (source, expected error) — every expected tuple is what CPython
    /// 3.11.7 reports: (type, msg, lineno, offset, end_lineno, end_offset),
    /// with a single-caret end normalized to offset + 1 (CPython gives 0, -1
    /// or offset there). `None`: CPython compiles it.
    type Expected = Option<(&'static str, &'static str, u32, u32, u32, u32)>;
    const CPYTHON_CASES: &[(&str, Expected)] = &[
        ("-", Some(("SyntaxError", "invalid syntax", 1, 2, 1, 3))),
        ("x = -", Some(("SyntaxError", "invalid syntax", 1, 6, 1, 7))),
        ("def f(:\n  pass\n", Some(("SyntaxError", "invalid syntax", 1, 7, 1, 8))),
        ("if x\n  pass\n", Some(("SyntaxError", "expected ':'", 1, 5, 1, 6))),
        ("f(1, 2\n", Some(("SyntaxError", "'(' was never closed", 1, 2, 1, 3))),
        ("f(1, 2]\n", Some(("SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 8))),
        ("x = 1)\n", Some(("SyntaxError", "unmatched ')'", 1, 6, 1, 7))),
        ("s = 'abc\n", Some(("SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 6))),
        ("s = '''abc\n\nx\n", Some(("SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 6))),
        (" x = 1\n", Some(("IndentationError", "unexpected indent", 1, 1, 1, 2))),
        ("if x:\nx = 1\n", Some(("IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 2))),
        ("if x:\n    a\n  b\n", Some(("IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, 5))),
        ("if x:\n\ta\n        b\n", Some(("TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 2))),
        ("x = \n", Some(("SyntaxError", "invalid syntax", 1, 5, 1, 6))),
        ("f(a b)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6))),
        ("1 = x\n", Some(("SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2))),
        ("1 = x = 2\n", Some(("SyntaxError", "cannot assign to literal", 1, 1, 1, 2))),
        ("return 1\n", Some(("SyntaxError", "'return' outside function", 1, 1, 1, 9))),
        ("break\n", Some(("SyntaxError", "'break' outside loop", 1, 1, 1, 6))),
        ("continue\n", Some(("SyntaxError", "'continue' not properly in loop", 1, 1, 1, 9))),
        ("await x\n", Some(("SyntaxError", "'await' outside function", 1, 1, 1, 8))),
        ("yield 1\n", Some(("SyntaxError", "'yield' outside function", 1, 1, 1, 8))),
        ("nonlocal x\n", Some(("SyntaxError", "nonlocal declaration not allowed at module level", 1, 1, 1, 11))),
        ("async for x in y: pass\n", Some(("SyntaxError", "'async for' outside async function", 1, 1, 1, 23))),
        ("async with x: pass\n", Some(("SyntaxError", "'async with' outside async function", 1, 1, 1, 19))),
        ("[x async for x in y]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 1, 1, 1, 21))),
        ("x = 1 € 2\n", Some(("SyntaxError", "invalid character '€' (U+20AC)", 1, 7, 1, 8))),
        ("x = 012\n", Some(("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6))),
        ("print \"x\"\n", Some(("SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10))),
        ("class = 1\n", Some(("SyntaxError", "invalid syntax", 1, 7, 1, 8))),
        ("def f(a=1, b): pass\n", Some(("SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13))),
        ("def f(a, a): pass\n", Some(("SyntaxError", "duplicate argument 'a' in function definition", 1, 10, 1, 11))),
        ("f(x for x in y, 1)\n", Some(("SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15))),
        ("f(a=1, b)\n", Some(("SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10))),
        ("else: pass\n", Some(("SyntaxError", "invalid syntax", 1, 1, 1, 5))),
        ("*a = 1\n", Some(("SyntaxError", "starred assignment target must be in a list or tuple", 1, 1, 1, 3))),
        ("*a, *b = 1\n", Some(("SyntaxError", "multiple starred expressions in assignment", 1, 1, 1, 7))),
        ("a + = 1\n", Some(("SyntaxError", "invalid syntax", 1, 5, 1, 6))),
        ("del f()\n", Some(("SyntaxError", "cannot delete function call", 1, 5, 1, 8))),
        ("f() = 1\n", Some(("SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4))),
        ("x += 1, 2\n", None),
        ("lambda: (yield)\n", None),
        ("x = a \\x00 b\n", Some(("SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 9))),
        ("x = 1\ny = = 2\ns = 'abc\n", Some(("SyntaxError", "unterminated string literal (detected at line 3)", 3, 5, 3, 6))),
        ("x = = 1\nf(\n", Some(("SyntaxError", "invalid syntax", 1, 5, 1, 6))),
        ("f(\nx = = 1\n", Some(("SyntaxError", "'(' was never closed", 1, 2, 1, 3))),
        ("type X = int\n", Some(("SyntaxError", "invalid syntax", 1, 6, 1, 7))),
        ("if x:\n", Some(("IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, 7))),
        ("if x:\n    pass\n  y\n", Some(("IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, 5))),
        ("if x:\n        a\n    b\n", Some(("IndentationError", "unindent does not match any outer indentation level", 3, 6, 3, 7))),
        ("def f():\n  x\n   y\n", Some(("IndentationError", "unexpected indent", 3, 3, 3, 4))),
        ("x = 1abc\n", Some(("SyntaxError", "invalid decimal literal", 1, 5, 1, 6))),
        ("x = 1_\n", Some(("SyntaxError", "invalid decimal literal", 1, 6, 1, 7))),
        ("x = 0x\n", Some(("SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 7))),
        ("x = 0o8\n", Some(("SyntaxError", "invalid digit '8' in octal literal", 1, 7, 1, 8))),
        ("x = 0b2\n", Some(("SyntaxError", "invalid digit '2' in binary literal", 1, 7, 1, 8))),
        ("x = 1__0\n", Some(("SyntaxError", "invalid decimal literal", 1, 6, 1, 7))),
        ("x = 1e\n", Some(("SyntaxError", "invalid decimal literal", 1, 5, 1, 6))),
        ("x = 0xg\n", Some(("SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 7))),
        ("x = 1if 1 else 2\n", None),
        ("x = 09.5\n", None),
        ("x = 00\n", None),
        ("x = 0_0\n", None),
        ("s = f'abc\n", Some(("SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 6))),
        ("s = rb'abc\n", Some(("SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 6))),
        ("x = (\n 'abc\n", Some(("SyntaxError", "unterminated string literal (detected at line 2)", 2, 2, 2, 3))),
        ("x = '\\x4'\n", Some(("SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 11))),
        ("x = b'é'\n", Some(("SyntaxError", "bytes can only contain ASCII literal characters", 1, 5, 1, 9))),
        ("x = 'a' b'b'\n", Some(("SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 14))),
        ("f'{a b}'\n", Some(("SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5))),
        ("f'{}'\n", Some(("SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 7))),
        ("f'{a'\n", Some(("SyntaxError", "f-string: expecting '}'", 1, 6, 1, 7))),
        ("f'}'\n", Some(("SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 6))),
        ("f'{a\\n}'\n", Some(("SyntaxError", "f-string expression part cannot include a backslash", 1, 9, 1, 10))),
        ("f'{a!x}'\n", Some(("SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 10))),
        ("f'{a!}'\n", Some(("SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 9))),
        ("f'{a:{b:{c}}}'\n", Some(("SyntaxError", "f-string: expressions nested too deeply", 1, 15, 1, 16))),
        ("f'{\"a\"}'\n", None),
        ("f'{x=!r:>10}'\n", None),
        ("x = $\n", Some(("SyntaxError", "invalid syntax", 1, 5, 1, 6))),
        ("x = a ? b\n", Some(("SyntaxError", "invalid syntax", 1, 7, 1, 8))),
        ("x = `a`\n", Some(("SyntaxError", "invalid syntax", 1, 5, 1, 6))),
        ("x = !a\n", Some(("SyntaxError", "invalid syntax", 1, 5, 1, 6))),
        ("\\\n", Some(("SyntaxError", "unexpected EOF while parsing", 1, 2, 1, 3))),
        ("x = 1 \\", Some(("SyntaxError", "unexpected EOF while parsing", 1, 8, 1, 9))),
        ("x = (1,\n", Some(("SyntaxError", "'(' was never closed", 1, 5, 1, 6))),
        ("x = [1,\n\n", Some(("SyntaxError", "'[' was never closed", 1, 5, 1, 6))),
        ("if x:\n    y = (1,\n", Some(("SyntaxError", "'(' was never closed", 2, 9, 2, 10))),
        ("x = 1\n\n\n", None),
        ("def f():\n    return\n  x = 1\n", Some(("IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, 9))),
        ("if x:\n", Some(("IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, 7))),
        ("if x:\n    pass\n  y\n", Some(("IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, 5))),
        ("x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\n", Some(("SyntaxError", "too many nested parentheses", 1, 205, 1, 206))),
        ("x = (\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n", Some(("SyntaxError", "'[' was never closed", 2, 199, 2, 200))),
        ("\tif x:\n", Some(("IndentationError", "unexpected indent", 1, 1, 1, 2))),
        ("x = 1\n\tif x:\n  y\n", Some(("IndentationError", "unexpected indent", 2, 1, 2, 2))),
        ("if x:\n\tif y:\n\t\tpass\n\telse:\n        pass\n", Some(("TabError", "inconsistent use of tabs and spaces in indentation", 5, 1, 5, 2))),
        ("x = 12345678901234567890123\n", None),
        ("x = 0b\n", Some(("SyntaxError", "invalid binary literal", 1, 6, 1, 7))),
        ("x = 1.e5\n", None),
        ("x = 0_x\n", Some(("SyntaxError", "invalid decimal literal", 1, 6, 1, 7))),
        ("x = 1.5_\n", Some(("SyntaxError", "invalid decimal literal", 1, 8, 1, 9))),
        ("x = 0 if 1else 2\n", None),
        ("x = 1_000.5e-3_0\n", None),
        ("x = 5 \n  \n", None),
        ("  # comment\nx = 1\n", None),
        ("x = 1\n  # c\n", None),
        ("s = '''a\n", Some(("SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 6))),
        ("s = 'a\\\nb'\n", None),
        ("s = 'a\\\n", Some(("SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 6))),
        ("x = 1 \\\n + 2\n", None),
        ("f(\n1,\n  2]\n", Some(("SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 3, 4, 3, 5))),
        ("x = ]\n", Some(("SyntaxError", "unmatched ']'", 1, 5, 1, 6))),
        ("x = ())\n", Some(("SyntaxError", "unmatched ')'", 1, 7, 1, 8))),
        ("def f(): return 1\nbreak\n", Some(("SyntaxError", "'break' outside loop", 2, 1, 2, 6))),
        ("def f(a, a): pass\nyield 1\n", Some(("SyntaxError", "duplicate argument 'a' in function definition", 1, 10, 1, 11))),
        ("yield 1\ndef f(a, a): pass\n", Some(("SyntaxError", "duplicate argument 'a' in function definition", 2, 10, 2, 11))),
        ("nonlocal x\nyield 1\n", Some(("SyntaxError", "nonlocal declaration not allowed at module level", 1, 1, 1, 11))),
        ("yield\nnonlocal x\n", Some(("SyntaxError", "nonlocal declaration not allowed at module level", 2, 1, 2, 11))),
        ("def f():\n  await x\n", Some(("SyntaxError", "'await' outside async function", 2, 3, 2, 10))),
        ("def f():\n  [x async for x in y]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 3, 2, 23))),
        ("def f():\n  async with x: pass\n", Some(("SyntaxError", "'async with' outside async function", 2, 3, 2, 21))),
        ("async def f():\n  yield from x\n", Some(("SyntaxError", "'yield from' inside async function", 2, 3, 2, 15))),
        ("async def f():\n  def g():\n    await x\n", Some(("SyntaxError", "'await' outside async function", 3, 5, 3, 12))),
        ("class A:\n  return 1\n", Some(("SyntaxError", "'return' outside function", 2, 3, 2, 11))),
        ("class A:\n  await x\n", Some(("SyntaxError", "'await' outside function", 2, 3, 2, 10))),
        ("x = [await y for y in z]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 1, 5, 1, 25))),
        ("def f():\n  while x:\n    def g():\n      break\n", Some(("SyntaxError", "'break' outside loop", 4, 7, 4, 12))),
        ("if x:\n\n\n", Some(("IndentationError", "expected an indented block after 'if' statement on line 1", 3, 1, 3, 2))),
        ("\n\nif x:\n# c\n", Some(("IndentationError", "expected an indented block after 'if' statement on line 3", 4, 4, 4, 5))),
        ("def f():\n  if x:\n", Some(("IndentationError", "expected an indented block after 'if' statement on line 2", 2, 8, 2, 9))),
        ("def f():\n  if x:\n\n", Some(("IndentationError", "expected an indented block after 'if' statement on line 2", 3, 1, 3, 2))),
        ("if x:", Some(("IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, 7))),
        ("x = 1 +", Some(("SyntaxError", "invalid syntax", 1, 8, 1, 9))),
        ("x = (", Some(("SyntaxError", "'(' was never closed", 1, 5, 1, 6))),
        ("print(a b", Some(("SyntaxError", "'(' was never closed", 1, 6, 1, 7))),
        ("print(a b\n\n", Some(("SyntaxError", "'(' was never closed", 1, 6, 1, 7))),
        ("x = = 1\nif x:\n    a\n  b\n", Some(("SyntaxError", "invalid syntax", 1, 5, 1, 6))),
        ("x = = 1\ns = 'abc\n", Some(("SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 6))),
        ("for x in range(3):\nprint(x)\n", Some(("IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 6))),
        ("x = a.1\n", Some(("SyntaxError", "invalid syntax", 1, 6, 1, 8))),
        ("lambda x: (yield)\n", None),
        ("x = [i for i in range(3)] = 1\n", Some(("SyntaxError", "cannot assign to list comprehension", 1, 5, 1, 26))),
        ("x = f(**a, *b)\n", Some(("SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 12, 1, 13))),
        ("f(a for a in b)\n", None),
        ("f(a, b for b in c)\n", Some(("SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18))),
        ("x = 1 if 2\n", Some(("SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11))),
        ("def f(*): pass\n", Some(("SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8))),
        ("x = \u{0001}\n", Some(("SyntaxError", "invalid non-printable character U+0001", 1, 5, 1, 6))),
        ("if True:\n    x = 1\n   y = 2\n", Some(("IndentationError", "unindent does not match any outer indentation level", 3, 9, 3, 10))),
        ("del x, (y, z), [a], b.c, d[1]\n", None),
        ("del (x + 1)\n", Some(("SyntaxError", "cannot delete expression", 1, 6, 1, 11))),
        ("(a, b) += 1\n", Some(("SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7))),
        ("x: int, y = 1\n", Some(("SyntaxError", "invalid syntax", 1, 7, 1, 8))),
        ("a.b: int = 3\n", None),
        ("[a, b]: int\n", Some(("SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 7))),
        ("f'{a}' = 1\n", Some(("SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7))),
        ("None = 1\n", Some(("SyntaxError", "cannot assign to None", 1, 1, 1, 5))),
        ("x = yield = 1\n", Some(("SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10))),
        ("def f(): x = yield = 1\n", Some(("SyntaxError", "assignment to yield expression not possible", 1, 14, 1, 19))),
        ("for 1 in x: pass\n", Some(("SyntaxError", "cannot assign to literal", 1, 5, 1, 6))),
        ("with a as 1: pass\n", Some(("SyntaxError", "cannot assign to literal", 1, 11, 1, 12))),
        ("x = {1: 2, 3}\n", Some(("SyntaxError", "':' expected after dictionary key", 1, 12, 1, 13))),
        ("x = {1:}\n", Some(("SyntaxError", "expression expected after dictionary key and ':'", 1, 7, 1, 8))),
        ("x = {1: *a}\n", Some(("SyntaxError", "cannot use a starred expression in a dictionary value", 1, 9, 1, 11))),
        ("f(True=1)\n", Some(("SyntaxError", "cannot assign to True", 1, 3, 1, 8))),
        ("f(x=1, x=2)\n", Some(("SyntaxError", "keyword argument repeated: x", 1, 8, 1, 11))),
        ("f(**a, b)\n", Some(("SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10))),
        ("f(**a, *b)\n", Some(("SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9))),
        ("try:\n  pass\nx = 1\n", Some(("SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2))),
        ("def f(a, /, b, *, c, **d): pass\n", None),
        ("def f(**a, b): pass\n", Some(("SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13))),
        ("def f(a, *, **b): pass\n", Some(("SyntaxError", "named arguments must follow bare *", 1, 10, 1, 11))),
        ("def f(*a=1): pass\n", Some(("SyntaxError", "var-positional argument cannot have default value", 1, 9, 1, 10))),
        ("def f():\n  if x:\ny = 1\n", Some(("IndentationError", "expected an indented block after 'if' statement on line 2", 3, 0, 3, 1))),
        ("if x:\n  a\n b\n", Some(("IndentationError", "unindent does not match any outer indentation level", 3, 3, 3, 4))),
        ("try:\n  pass\nexcept A, B:\n  pass\n", Some(("SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12))),
        ("(x async for x in y)\n", None),
        ("def f():\n  [[x async for x in y] for y in z]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 3, 2, 36))),
        ("f(x=1, x=2)\nreturn\n", Some(("SyntaxError", "keyword argument repeated: x", 1, 8, 1, 11))),
        ("return\nf(x=1, x=2)\n", Some(("SyntaxError", "'return' outside function", 1, 1, 1, 7))),
        ("x = *a\n", Some(("SyntaxError", "can't use starred expression here", 1, 5, 1, 7))),
        ("return *a\n", Some(("SyntaxError", "'return' outside function", 1, 1, 1, 10))),
        ("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", Some(("SyntaxError", "default 'except:' must be last", 3, 1, 4, 7))),
        ("x = 1 if 2 else 3 if 4\n", Some(("SyntaxError", "expected 'else' after 'if' expression", 1, 17, 1, 23))),
        ("f(a.b=1)\n", Some(("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7))),
        ("if x = 1:\n  pass\n", Some(("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9))),
        ("if x.y = 1:\n  pass\n", Some(("SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7))),
        ("[a, b for a in c]\n", Some(("SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 6))),
        ("[*a for a in b]\n", Some(("SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4))),
        ("{**a for a in b}\n", Some(("SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2, 1, 4))),
        ("from m import a,\n", Some(("SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 18))),
        ("def f((a, b)): pass\n", Some(("SyntaxError", "Function parameters cannot be parenthesized", 1, 7, 1, 13))),
        ("lambda (a): 1\n", Some(("SyntaxError", "Lambda expression parameters cannot be parenthesized", 1, 8, 1, 11))),
        ("with (a as b, c as d): pass\n", None),
        ("with (a, b) as c: pass\n", None),
        ("def f() x\n", Some(("SyntaxError", "expected ':'", 1, 9, 1, 10))),
        ("def f x\n", Some(("SyntaxError", "expected '('", 1, 7, 1, 8))),
        ("else x:\n", Some(("SyntaxError", "invalid syntax", 1, 1, 1, 5))),
        ("try x\n", Some(("SyntaxError", "expected ':'", 1, 5, 1, 6))),
        ("async x\n", Some(("SyntaxError", "invalid syntax", 1, 7, 1, 8))),
        ("x = (yield)\n", Some(("SyntaxError", "'yield' outside function", 1, 6, 1, 11))),
        ("x = a if b\n", Some(("SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11))),
        ("\"a\" \"b\" = 1\n", Some(("SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 8))),
        ("a.b: int, c\n", Some(("SyntaxError", "invalid syntax", 1, 9, 1, 10))),
        ("f(**k, a=1, *b)\n", Some(("SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 13, 1, 14))),
        ("f(*a, b=1, c)\n", Some(("SyntaxError", "positional argument follows keyword argument", 1, 13, 1, 14))),
        ("x = (1 2)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9))),
        ("x = [a b]\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9))),
        ("x = {a b}\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9))),
        ("x = {1: a b}\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12))),
        ("f(a, b c)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9))),
        ("print(f\"x\" \"y\" z)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 17))),
        ("x = 5 if 3 else\n", Some(("SyntaxError", "invalid syntax", 1, 16, 1, 17))),
        ("x = 1\ny = a\u{0000}b\n", Some(("SyntaxError", "source code cannot contain null bytes", 2, 0, 2, 0))),
    ];

    #[test]
    fn errors_match_cpython() {
        let mut bad = Vec::new();
        for (src, want) in CPYTHON_CASES {
            let got = parse(src)
                .err()
                .map(|e| (e.kind, e.msg, e.line, e.col, e.end_line, e.end_col));
            let want = want.map(|(k, m, l, c, el, ec)| (k, m.to_string(), l, c, el, ec));
            if got != want {
                bad.push(format!("{:?}\n   want {:?}\n   got  {:?}", src, want, got));
            }
        }
        assert!(
            bad.is_empty(),
            "{} mismatches:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    #[test]
    fn deep_inputs_match_cpython() {
        // Verified with CPython 3.11.7 as well (generated inputs).
        let parens = |n: usize| format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n));
        assert!(parse(&parens(200)).is_ok());
        let er = e(&format!("x = {}\n", "(".repeat(201)));
        assert_eq!(
            (er.msg.as_str(), er.line, er.col),
            ("too many nested parentheses", 1, 205)
        );
        let er = e(&format!("x = (\n{}\n", "[".repeat(199)));
        assert_eq!(
            (er.msg.as_str(), er.line, er.col),
            ("'[' was never closed", 2, 199)
        );
        let ifs = |n: usize| {
            let mut s = String::new();
            for i in 0..n {
                s += &format!("{}if x:\n", " ".repeat(i));
            }
            s + &" ".repeat(n) + "pass\n"
        };
        assert!(parse(&ifs(99)).is_ok());
        let er = e(&ifs(101));
        assert_eq!(
            (er.kind, er.msg.as_str(), er.line, er.col),
            ("IndentationError", "too many levels of indentation", 101, 1)
        );
        assert!(parse(&format!("x = {}1\n", "-".repeat(900))).is_ok());
        assert!(parse(&format!("x = {}1{}\n", "-(".repeat(100), ")".repeat(100))).is_ok());
        let er = e(&format!("x = {}\n", "1".repeat(5000)));
        assert!(er.msg.starts_with("Exceeds the limit (4300 digits)"));
        assert!(parse(&format!("x = 0x{}\n", "f".repeat(5000))).is_ok());
    }

    #[test]
    fn unsupported_constructs() {
        let cases = [
            (
                "class A(metaclass=M):\n    pass\n",
                "classes with metaclasses are not supported in the playground",
                1,
                9,
            ),
            (
                "class A(B, **kw):\n    pass\n",
                "class keyword arguments are not supported in the playground",
                1,
                12,
            ),
            (
                "from m import *\n",
                "'from ... import *' is not supported in the playground",
                1,
                15,
            ),
            (
                "from . import x\n",
                "relative imports are not supported in the playground",
                1,
                6,
            ),
            (
                "from ..a import x\n",
                "relative imports are not supported in the playground",
                1,
                6,
            ),
            (
                "x = 1j\n",
                "complex numbers are not supported in the playground",
                1,
                5,
            ),
            (
                "x = 1.5e3J\n",
                "complex numbers are not supported in the playground",
                1,
                5,
            ),
        ];
        for (src, msg, line, col) in cases {
            let er = e(src);
            assert_eq!(
                (er.kind, er.msg.as_str(), er.line, er.col),
                ("SyntaxError", msg, line, col),
                "{:?}",
                src
            );
        }
        // soft keywords stay usable as names
        p("match = 3\nmatch.x = 1\nmatch(1)\nprint(match)\ntype = 4\n_ = 5\ncase = 6\n");
        let er = e("type X = int\n");
        assert_eq!((er.msg.as_str(), er.col), ("invalid syntax", 6));
        // a real syntax error wins over an unsupported construct
        assert_eq!(e("x = 1j\ny = = 2\n").msg, "invalid syntax");
    }

    #[test]
    fn statements() {
        let m = p("import a.b as c, d\nfrom m import (x as y,\n  z,)\nfrom m import q\n");
        match &m.body[0].kind {
            StmtKind::Import(v) => {
                assert_eq!((&*v[0].name, v[0].asname.as_deref()), ("a.b", Some("c")));
                assert_eq!((&*v[1].name, v[1].asname.as_deref()), ("d", None));
            }
            k => panic!("{:?}", k),
        }
        match &m.body[1].kind {
            StmtKind::ImportFrom { module, names } => {
                assert_eq!(&**module, "m");
                assert_eq!(names.len(), 2);
                assert_eq!(names[0].asname.as_deref(), Some("y"));
            }
            k => panic!("{:?}", k),
        }
        let m = p("@dec\n@dec2(1)\nasync def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n");
        match &m.body[0].kind {
            StmtKind::FunctionDef(f) => {
                assert!(f.is_async);
                assert_eq!(f.decorators.len(), 2);
                let pa = &f.params;
                assert_eq!(
                    pa.args.iter().map(|a| &*a.name).collect::<Vec<_>>(),
                    ["a", "b", "c"]
                );
                assert_eq!(pa.defaults.len(), 2);
                assert_eq!(pa.vararg.as_ref().map(|a| &*a.name), Some("args"));
                assert_eq!(
                    pa.kwonly.iter().map(|a| &*a.name).collect::<Vec<_>>(),
                    ["d", "e"]
                );
                assert!(pa.kw_defaults[0].is_none() && pa.kw_defaults[1].is_some());
                assert_eq!(pa.kwarg.as_ref().map(|a| &*a.name), Some("kw"));
                assert_eq!(m.body[0].pos, Pos { line: 3, col: 0 });
            }
            k => panic!("{:?}", k),
        }
        let m = p("def f(a: int, *, b: str = 'x'): pass\n");
        match &m.body[0].kind {
            StmtKind::FunctionDef(f) => assert_eq!(f.params.kwonly.len(), 1),
            k => panic!("{:?}", k),
        }
        let m = p("if a: x = 1\nelif b:\n    pass\nelif c: pass\nelse:\n    y = 2\n");
        match &m.body[0].kind {
            StmtKind::If { orelse, .. } => match &orelse[0].kind {
                StmtKind::If { orelse, .. } => match &orelse[0].kind {
                    StmtKind::If { orelse, .. } => {
                        assert!(matches!(orelse[0].kind, StmtKind::Assign { .. }))
                    }
                    k => panic!("{:?}", k),
                },
                k => panic!("{:?}", k),
            },
            k => panic!("{:?}", k),
        }
        assert_eq!(m.body[0].end, Pos { line: 6, col: 9 });
        let m = p(
            "while x:\n    break\nelse:\n    pass\nfor i, (a, b) in z:\n    continue\nelse: pass\n",
        );
        assert!(matches!(&m.body[0].kind, StmtKind::While { orelse, .. } if orelse.len() == 1));
        match &m.body[1].kind {
            StmtKind::For {
                target,
                orelse,
                is_async,
                ..
            } => {
                assert!(!is_async && orelse.len() == 1);
                assert!(
                    matches!(&target.kind, ExprKind::Tuple(v) if matches!(v[1].kind, ExprKind::Tuple(_)))
                );
            }
            k => panic!("{:?}", k),
        }
        let m = p("a = b = c\na.x, b[1], c[1:2], *d = e\n[a, b] = c\nx: int = 5\ny: int\nz += 1\n");
        assert!(matches!(&m.body[0].kind, StmtKind::Assign { targets, .. } if targets.len() == 2));
        match &m.body[1].kind {
            StmtKind::Assign { targets, .. } => match &targets[0].kind {
                ExprKind::Tuple(v) => {
                    assert!(matches!(v[0].kind, ExprKind::Attribute { .. }));
                    assert!(
                        matches!(&v[2].kind, ExprKind::Subscript { index, .. } if matches!(index.kind, ExprKind::Slice { .. }))
                    );
                    assert!(matches!(v[3].kind, ExprKind::Starred(_)));
                }
                k => panic!("{:?}", k),
            },
            k => panic!("{:?}", k),
        }
        assert!(
            matches!(&m.body[2].kind, StmtKind::Assign { targets, .. } if matches!(targets[0].kind, ExprKind::List(_)))
        );
        assert!(matches!(
            &m.body[3].kind,
            StmtKind::AnnAssign { value: Some(_), .. }
        ));
        assert!(matches!(
            &m.body[4].kind,
            StmtKind::AnnAssign { value: None, .. }
        ));
        assert!(matches!(
            &m.body[5].kind,
            StmtKind::AugAssign { op: BinOp::Add, .. }
        ));
        for (op, want) in [
            ("+=", BinOp::Add),
            ("-=", BinOp::Sub),
            ("*=", BinOp::Mul),
            ("@=", BinOp::MatMul),
            ("/=", BinOp::Div),
            ("//=", BinOp::FloorDiv),
            ("%=", BinOp::Mod),
            ("**=", BinOp::Pow),
            ("<<=", BinOp::LShift),
            (">>=", BinOp::RShift),
            ("&=", BinOp::BitAnd),
            ("|=", BinOp::BitOr),
            ("^=", BinOp::BitXor),
        ] {
            let m = p(&format!("x {} 1, 2\n", op));
            assert!(
                matches!(&m.body[0].kind, StmtKind::AugAssign { op, value, .. } if *op == want && matches!(value.kind, ExprKind::Tuple(_)))
            );
        }
        let m = p("def f():\n    global g\n    x = 1\n    def h():\n        nonlocal x\n    del a, b[0], c.d\n    del (e, f)\n");
        match &m.body[0].kind {
            StmtKind::FunctionDef(f) => {
                assert!(matches!(&f.body[0].kind, StmtKind::Global(v) if &*v[0] == "g"));
                assert!(matches!(&f.body[3].kind, StmtKind::Del(v) if v.len() == 3));
                assert!(matches!(&f.body[4].kind, StmtKind::Del(v) if v.len() == 1));
            }
            k => panic!("{:?}", k),
        }
        let m = p("try:\n    pass\nexcept (T, U) as e:\n    pass\nexcept T:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n");
        match &m.body[0].kind {
            StmtKind::Try {
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                assert_eq!(handlers.len(), 3);
                assert_eq!(handlers[0].name.as_deref(), Some("e"));
                assert!(matches!(
                    handlers[0].typ.as_ref().map(|t| &t.kind),
                    Some(ExprKind::Tuple(_))
                ));
                assert!(handlers[2].typ.is_none());
                assert_eq!((orelse.len(), finalbody.len()), (1, 1));
            }
            k => panic!("{:?}", k),
        }
        let m = p("raise\nraise X\nraise X from Y\nassert x, 'msg'\nassert y\n");
        assert!(matches!(
            m.body[0].kind,
            StmtKind::Raise {
                exc: None,
                cause: None
            }
        ));
        assert!(matches!(
            m.body[2].kind,
            StmtKind::Raise {
                exc: Some(_),
                cause: Some(_)
            }
        ));
        assert!(matches!(
            m.body[3].kind,
            StmtKind::Assert { msg: Some(_), .. }
        ));
        let m = p(
            "with a as b, c:\n    pass\nwith (a as b, c as d):\n    pass\nwith (a, b) as c: pass\nwith (a, b): pass\n",
        );
        assert!(
            matches!(&m.body[0].kind, StmtKind::With { items, .. } if items.len() == 2 && items[1].target.is_none())
        );
        assert!(
            matches!(&m.body[1].kind, StmtKind::With { items, .. } if items.len() == 2 && items[1].target.is_some())
        );
        assert!(
            matches!(&m.body[2].kind, StmtKind::With { items, .. } if items.len() == 1 && matches!(items[0].ctx.kind, ExprKind::Tuple(_)))
        );
        assert!(matches!(&m.body[3].kind, StmtKind::With { items, .. } if items.len() == 2));
        let m = p("async def f():\n    async with a as b:\n        async for x in y:\n            await z\n    return [x async for x in y]\n");
        match &m.body[0].kind {
            StmtKind::FunctionDef(f) => match &f.body[0].kind {
                StmtKind::With {
                    is_async: true,
                    body,
                    ..
                } => assert!(matches!(body[0].kind, StmtKind::For { is_async: true, .. })),
                k => panic!("{:?}", k),
            },
            k => panic!("{:?}", k),
        }
        let m = p("class A:\n    pass\nclass B():\n    x = 1\n@d\nclass C(A, B): pass\n");
        assert!(matches!(&m.body[0].kind, StmtKind::ClassDef(c) if c.bases.is_empty()));
        assert!(matches!(&m.body[1].kind, StmtKind::ClassDef(c) if c.bases.is_empty()));
        assert!(
            matches!(&m.body[2].kind, StmtKind::ClassDef(c) if c.bases.len() == 2 && c.decorators.len() == 1)
        );
        let m = p("x = 1; y = 2;\nif x: return_ = 1; pass\n");
        assert_eq!(m.body.len(), 3);
        // line structure: BOM, continuation, \r\n, tabs, comments, blank lines, no final newline
        let m = p("\u{feff}x = (1,\n     2)\ny = 1 + \\\n    2\r\nif x:\r\n\tz = 3  # c\n\n# only comment\n\tw = 4\nv = [\n\n1]");
        assert_eq!(m.body.len(), 4);
        assert_eq!(m.body[3].pos, Pos { line: 10, col: 0 });
    }

    #[test]
    fn expressions() {
        match expr("-2**2").kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Neg,
                operand,
            } => assert!(matches!(
                operand.kind,
                ExprKind::BinOp { op: BinOp::Pow, .. }
            )),
            k => panic!("{:?}", k),
        }
        match expr("2**-1**2").kind {
            ExprKind::BinOp {
                op: BinOp::Pow,
                right,
                ..
            } => match right.kind {
                ExprKind::UnaryOp {
                    op: UnaryOp::Neg,
                    operand,
                } => assert!(matches!(
                    operand.kind,
                    ExprKind::BinOp { op: BinOp::Pow, .. }
                )),
                k => panic!("{:?}", k),
            },
            k => panic!("{:?}", k),
        }
        match expr("a | b ^ c & d << e + f * g").kind {
            ExprKind::BinOp {
                op: BinOp::BitOr,
                right,
                ..
            } => match right.kind {
                ExprKind::BinOp {
                    op: BinOp::BitXor,
                    right,
                    ..
                } => match right.kind {
                    ExprKind::BinOp {
                        op: BinOp::BitAnd,
                        right,
                        ..
                    } => match right.kind {
                        ExprKind::BinOp {
                            op: BinOp::LShift,
                            right,
                            ..
                        } => match right.kind {
                            ExprKind::BinOp {
                                op: BinOp::Add,
                                right,
                                ..
                            } => assert!(matches!(
                                right.kind,
                                ExprKind::BinOp { op: BinOp::Mul, .. }
                            )),
                            k => panic!("{:?}", k),
                        },
                        k => panic!("{:?}", k),
                    },
                    k => panic!("{:?}", k),
                },
                k => panic!("{:?}", k),
            },
            k => panic!("{:?}", k),
        }
        match expr("a - b - c").kind {
            ExprKind::BinOp {
                op: BinOp::Sub,
                left,
                right,
            } => {
                assert!(matches!(left.kind, ExprKind::BinOp { op: BinOp::Sub, .. }));
                assert_eq!(name(&right), "c");
            }
            k => panic!("{:?}", k),
        }
        match expr("not a == b and c or d").kind {
            ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            } => match &values[0].kind {
                ExprKind::BoolOp {
                    op: BoolOp::And,
                    values,
                } => {
                    assert!(
                        matches!(&values[0].kind, ExprKind::UnaryOp { op: UnaryOp::Not, operand } if matches!(operand.kind, ExprKind::Compare { .. }))
                    )
                }
                k => panic!("{:?}", k),
            },
            k => panic!("{:?}", k),
        }
        match expr("a < b <= c is not d not in e in f is g != h").kind {
            ExprKind::Compare {
                ops, comparators, ..
            } => {
                use CmpOp::*;
                assert_eq!(ops, vec![Lt, LtE, IsNot, NotIn, In, Is, NotEq]);
                assert_eq!(comparators.len(), 7);
            }
            k => panic!("{:?}", k),
        }
        assert!(matches!(expr("a if b else c").kind, ExprKind::IfExp { .. }));
        assert!(matches!(
            expr("lambda a, b=1, *c, d, **e: a").kind,
            ExprKind::Lambda { .. }
        ));
        assert!(matches!(expr("lambda: 0").kind, ExprKind::Lambda { .. }));
        assert!(matches!(expr("(x := 5)").kind, ExprKind::NamedExpr { .. }));
        assert!(matches!(
            expr("~x").kind,
            ExprKind::UnaryOp {
                op: UnaryOp::Invert,
                ..
            }
        ));
        assert!(matches!(
            expr("+x @ y").kind,
            ExprKind::BinOp {
                op: BinOp::MatMul,
                ..
            }
        ));
        assert!(matches!(expr("x = 1,").kind, ExprKind::Tuple(v) if v.len() == 1));
        assert!(matches!(expr("()").kind, ExprKind::Tuple(v) if v.is_empty()));
        assert!(matches!(
            expr("(1)").kind,
            ExprKind::Constant(Constant::Int(1))
        ));
        assert!(
            matches!(expr("x = *a, b").kind, ExprKind::Tuple(v) if matches!(v[0].kind, ExprKind::Starred(_)))
        );
        assert!(matches!(expr("[1, *a, 2]").kind, ExprKind::List(v) if v.len() == 3));
        assert!(matches!(expr("{1, *a}").kind, ExprKind::Set(v) if v.len() == 2));
        assert!(matches!(expr("{}").kind, ExprKind::Dict(v) if v.is_empty()));
        assert!(
            matches!(expr("{1: 2, **m, 3: 4,}").kind, ExprKind::Dict(v) if v.len() == 3 && matches!(v[1], DictItem::Splat(_)))
        );
        match expr("[x for x in y if x if z for w in x]").kind {
            ExprKind::Comp {
                kind: CompKind::List,
                generators,
                ..
            } => {
                assert_eq!(generators.len(), 2);
                assert_eq!(generators[0].ifs.len(), 2);
            }
            k => panic!("{:?}", k),
        }
        assert!(matches!(
            expr("{x for x in y}").kind,
            ExprKind::Comp {
                kind: CompKind::Set,
                ..
            }
        ));
        assert!(matches!(
            expr("{k: v for k, v in y}").kind,
            ExprKind::Comp {
                kind: CompKind::Dict,
                value: Some(_),
                ..
            }
        ));
        assert!(matches!(
            expr("(x for x in y)").kind,
            ExprKind::Comp {
                kind: CompKind::Gen,
                ..
            }
        ));
        match expr("sum(x for x in y)").kind {
            ExprKind::Call { args, .. } => {
                assert!(
                    matches!(&args[0], CallArg::Pos(e) if matches!(e.kind, ExprKind::Comp { kind: CompKind::Gen, .. }) && e.pos.col == 3)
                );
            }
            k => panic!("{:?}", k),
        }
        match expr("f(a, *b, c=1, **d)").kind {
            ExprKind::Call { args, .. } => {
                assert!(matches!(args[0], CallArg::Pos(_)));
                assert!(matches!(args[1], CallArg::Star(_)));
                assert!(matches!(&args[2], CallArg::Kw(k, _) if &**k == "c"));
                assert!(matches!(args[3], CallArg::StarStar(_)));
            }
            k => panic!("{:?}", k),
        }
        assert!(
            matches!(expr("a[1:2]").kind, ExprKind::Subscript { index, .. } if matches!(index.kind, ExprKind::Slice { lower: Some(_), upper: Some(_), step: None }))
        );
        assert!(
            matches!(expr("a[::2]").kind, ExprKind::Subscript { index, .. } if matches!(index.kind, ExprKind::Slice { lower: None, upper: None, step: Some(_) }))
        );
        assert!(
            matches!(expr("a[:]").kind, ExprKind::Subscript { index, .. } if matches!(index.kind, ExprKind::Slice { lower: None, upper: None, step: None }))
        );
        assert!(
            matches!(expr("a[1:2, 3]").kind, ExprKind::Subscript { index, .. } if matches!(&index.kind, ExprKind::Tuple(v) if v.len() == 2))
        );
        assert!(matches!(expr("a.b.c").kind, ExprKind::Attribute { attr, .. } if &*attr == "c"));
        assert!(matches!(
            expr("...").kind,
            ExprKind::Constant(Constant::Ellipsis)
        ));
        assert!(matches!(
            expr("None").kind,
            ExprKind::Constant(Constant::None)
        ));
        let m = p("async def f():\n    x = await g()\n    await h\ndef g():\n    x = yield\n    yield a, b\n    yield from c\n    y = (yield)\n    yield\n");
        match &m.body[1].kind {
            StmtKind::FunctionDef(f) => {
                assert!(
                    matches!(&f.body[0].kind, StmtKind::Assign { value, .. } if matches!(value.kind, ExprKind::Yield(None)))
                );
                assert!(
                    matches!(&f.body[1].kind, StmtKind::Expr(e) if matches!(&e.kind, ExprKind::Yield(Some(v)) if matches!(v.kind, ExprKind::Tuple(_))))
                );
                assert!(
                    matches!(&f.body[2].kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::YieldFrom(_)))
                );
            }
            k => panic!("{:?}", k),
        }
        let e = expr("x = foo(a,\n  b)");
        assert_eq!(
            (e.pos, e.end),
            (Pos { line: 1, col: 4 }, Pos { line: 2, col: 4 })
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(int(&expr("0x1F")), 31);
        assert_eq!(int(&expr("0o17")), 15);
        assert_eq!(int(&expr("0b101")), 5);
        assert_eq!(int(&expr("1_000_000")), 1_000_000);
        assert_eq!(int(&expr("0")), 0);
        assert_eq!(int(&expr("00")), 0);
        assert_eq!(int(&expr("9223372036854775807")), i64::MAX);
        assert!(
            matches!(&expr("9223372036854775808").kind, ExprKind::Constant(Constant::BigInt(s)) if &**s == "9223372036854775808")
        );
        assert!(
            matches!(&expr("0xFFFFFFFFFFFFFFFFFFFF").kind, ExprKind::Constant(Constant::BigInt(s)) if &**s == "0xFFFFFFFFFFFFFFFFFFFF")
        );
        assert!(
            matches!(&expr("0o7777777777777777777777777").kind, ExprKind::Constant(Constant::BigInt(s)) if &**s == "0o7777777777777777777777777")
        );
        assert!(
            matches!(&expr("0b1_0000000000000000000000000000000000000000000000000000000000000000").kind, ExprKind::Constant(Constant::BigInt(s)) if &**s == "0b10000000000000000000000000000000000000000000000000000000000000000")
        );
        for (src, v) in [
            ("1.", 1.0),
            (".5", 0.5),
            ("1e-3", 1e-3),
            ("1_000.5", 1000.5),
            ("1E+2_0", 1e20),
            ("0.0", 0.0),
            ("09.5", 9.5),
            ("1e400", f64::INFINITY),
        ] {
            assert!(
                matches!(expr(src).kind, ExprKind::Constant(Constant::Float(f)) if f == v),
                "{}",
                src
            );
        }
        p("x = 1if y else 2\nz = 1or 2\n");
    }

    #[test]
    fn strings() {
        assert_eq!(
            s(&expr(
                r#"'a\n\t\\\'\"\a\b\f\v\r\0\101\x41\u00e9\U0001F600\d'"#
            )),
            "a\n\t\\'\"\x07\x08\x0c\x0b\r\0AA\u{e9}\u{1F600}\\d"
        );
        assert_eq!(s(&expr(r#"r'a\n' R"\d" u'x' U"y""#)), "a\\n\\dxy");
        assert_eq!(s(&expr("'''a\nb''' \"\"\"c\"\"\"")), "a\nbc");
        assert_eq!(s(&expr("'a\\\nb'")), "ab");
        assert!(
            matches!(&expr(r"b'a\x00\n' rb'\n' Br'x'").kind, ExprKind::Constant(Constant::Bytes(b)) if &**b == b"a\x00\n\\nx")
        );
        match expr("f'a{x!r:>{w}}b{{c}}' 'd' f\"{y=}\" f'{z = :5}'").kind {
            ExprKind::FString(parts) => {
                assert_eq!(parts.len(), 5, "{:?}", parts);
                assert_eq!(parts[0], FPart::Lit("a".into()));
                match &parts[1] {
                    FPart::Field {
                        value,
                        conv,
                        spec,
                        debug_text,
                    } => {
                        assert_eq!(name(value), "x");
                        assert_eq!(*conv, Some('r'));
                        assert!(debug_text.is_none());
                        let spec = spec.as_ref().expect("spec");
                        assert_eq!(spec[0], FPart::Lit(">".into()));
                        assert!(
                            matches!(&spec[1], FPart::Field { value, .. } if name(value) == "w")
                        );
                    }
                    p => panic!("{:?}", p),
                }
                assert_eq!(parts[2], FPart::Lit("b{c}d".into()));
                assert!(
                    matches!(&parts[3], FPart::Field { conv: Some('r'), spec: None, debug_text: Some(t), .. } if &**t == "y=")
                );
                assert!(
                    matches!(&parts[4], FPart::Field { conv: None, spec: Some(_), debug_text: Some(t), .. } if &**t == "z = ")
                );
            }
            k => panic!("{:?}", k),
        }
        match expr("f'{x!s}{x!a}{\"q\"}{a[\"k\"]:{w}.{p}f}'").kind {
            ExprKind::FString(parts) => {
                assert_eq!(parts.len(), 4);
                assert!(
                    matches!(&parts[2], FPart::Field { value, .. } if matches!(value.kind, ExprKind::Constant(Constant::Str(_))))
                );
            }
            k => panic!("{:?}", k),
        }
        match expr("x = f'ab{cd}'").kind {
            ExprKind::FString(parts) => {
                assert!(
                    matches!(&parts[1], FPart::Field { value, .. } if value.pos == Pos { line: 1, col: 9 })
                )
            }
            k => panic!("{:?}", k),
        }
        assert!(matches!(expr("rf'\\{x}'").kind, ExprKind::FString(_)));
        assert!(matches!(expr("f''").kind, ExprKind::FString(v) if v.is_empty()));
        let big = format!("x = '{}'\n", "a".repeat(1 << 20));
        assert!(
            matches!(&expr(&big).kind, ExprKind::Constant(Constant::Str(s)) if s.len() == 1 << 20)
        );
        let big = format!("x = {}\n", "7".repeat(4300));
        assert!(
            matches!(&expr(&big).kind, ExprKind::Constant(Constant::BigInt(s)) if s.len() == 4300)
        );
    }

    #[test]
    fn scope_errors() {
        // (source, msg, line, col) as CPython 3.11.7
        let cases = [
            (
                "def f():\n  await x\n",
                "'await' outside async function",
                2,
                3,
            ),
            ("lambda: await x\n", "'await' outside async function", 1, 9),
            (
                "async def f():\n  def g():\n    await x\n",
                "'await' outside async function",
                3,
                5,
            ),
            ("class A:\n  await x\n", "'await' outside function", 2, 3),
            ("class A:\n  return 1\n", "'return' outside function", 2, 3),
            (
                "async def f():\n  yield from x\n",
                "'yield from' inside async function",
                2,
                3,
            ),
            ("x = (yield)\n", "'yield' outside function", 1, 6),
            (
                "def f():\n  [(yield) for x in y]\n",
                "'yield' inside list comprehension",
                2,
                5,
            ),
            (
                "def f():\n  while x:\n    def g():\n      break\n",
                "'break' outside loop",
                4,
                7,
            ),
            (
                "for x in y:\n  pass\nelse:\n  continue\n",
                "'continue' not properly in loop",
                4,
                3,
            ),
            (
                "def f():\n  [[x async for x in y] for y in z]\n",
                "asynchronous comprehension outside of an asynchronous function",
                2,
                3,
            ),
            (
                "a, *b, *c = d\n",
                "multiple starred expressions in assignment",
                1,
                1,
            ),
            (
                "for *a in b: pass\n",
                "starred assignment target must be in a list or tuple",
                1,
                5,
            ),
            (
                "print(*a)\nx = *a\n",
                "can't use starred expression here",
                2,
                5,
            ),
            (
                "def f(a, *, b, **a): pass\n",
                "duplicate argument 'a' in function definition",
                1,
                18,
            ),
            (
                "lambda a, a: 1\n",
                "duplicate argument 'a' in function definition",
                1,
                11,
            ),
        ];
        for (src, msg, line, col) in cases {
            let er = e(src);
            assert_eq!(
                (er.msg.as_str(), er.line, er.col),
                (msg, line, col),
                "{:?}",
                src
            );
        }
        p("async def f():\n  [await x for x in y]\n  (x async for x in y)\n  async with a: pass\n  async for b in c: pass\n");
        p("(x async for x in y)\ndef g():\n  (await x for x in y)\n  lambda: (yield)\n");
        p("while x:\n  try:\n    pass\n  finally:\n    continue\n");
        p("class A:\n  def f(self):\n    return self\n");
    }

    #[test]
    fn fstring_errors() {
        // (source, msg, line, col) as CPython 3.11.7
        let cases = [
            (
                "f'{a b}'\n",
                "f-string: invalid syntax. Perhaps you forgot a comma?",
                1,
                2,
            ),
            ("f'{}'\n", "f-string: empty expression not allowed", 1, 6),
            ("f'{a'\n", "f-string: expecting '}'", 1, 6),
            ("f'}'\n", "f-string: single '}' is not allowed", 1, 5),
            (
                "f'{a\\n}'\n",
                "f-string expression part cannot include a backslash",
                1,
                9,
            ),
            (
                "f'{a!x}'\n",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                1,
                9,
            ),
            (
                "f'{a!}'\n",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                1,
                8,
            ),
            (
                "f'{a:{b:{c}}}'\n",
                "f-string: expressions nested too deeply",
                1,
                15,
            ),
            (
                "f'{#}'\n",
                "f-string expression part cannot include '#'",
                1,
                7,
            ),
            ("f'{a)}'\n", "f-string: unmatched ')'", 1, 8),
        ];
        for (src, msg, line, col) in cases {
            let er = e(src);
            assert_eq!(
                (er.msg.as_str(), er.line, er.col),
                (msg, line, col),
                "{:?}",
                src
            );
        }
    }

    fn lesson_dirs() -> Vec<std::path::PathBuf> {
        let mut v = Vec::new();
        let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for d in [
            here.join("../engine/src/lessons/py"),
            std::path::PathBuf::from("/work/main/engine/src/lessons/py"),
            std::path::PathBuf::from("/work/shared/reference/programs"),
        ] {
            if d.is_dir() {
                v.push(d);
            }
        }
        v
    }

    #[test]
    fn parses_lesson_programs() {
        let mut n = 0;
        for d in lesson_dirs() {
            let Ok(rd) = std::fs::read_dir(&d) else {
                continue;
            };
            for f in rd.flatten() {
                let path = f.path();
                if path.extension().is_some_and(|x| x == "py") {
                    let src = std::fs::read_to_string(&path).unwrap_or_default();
                    if let Err(e) = parse(&src) {
                        panic!("{}: {:?}", path.display(), e);
                    }
                    n += 1;
                }
            }
        }
        assert!(n >= 8, "found only {} programs", n);
    }

    /// A small deterministic PRNG (xorshift).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    const SAMPLE: &str = "import asyncio\n\nasync def count(n: int = 1, *a, k=2, **kw) -> None:\n    print(f\"One {n!r:>{k}} {n=}\")\n    await asyncio.sleep(1)\n    x = [i ** 2 for i in range(3) if i]\n    y = {'a': 1, **kw}\n    try:\n        z = a[1:2, ::3]\n    except (ValueError, KeyError) as e:\n        raise RuntimeError('x') from e\n    finally:\n        pass\n    return x, y\n\nclass A(object):\n    def m(self):\n        while True:\n            if self: break\n            elif not self: continue\n            else:\n                yield from ()\n        lambda q, *r: q if r else -q\n\nasync def main():\n    async with a as b, c:\n        async for i in b:\n            del i\n    await asyncio.gather(*(count(n) for n in range(3)))\n\nasyncio.run(main())\n";

    #[test]
    fn random_mutations_never_panic() {
        let mut samples = vec![SAMPLE.to_string()];
        for d in lesson_dirs() {
            if let Ok(rd) = std::fs::read_dir(&d) {
                for f in rd.flatten() {
                    if let Ok(s) = std::fs::read_to_string(f.path()) {
                        samples.push(s);
                    }
                }
            }
        }
        let alphabet: Vec<char> =
            "()[]{}:;,.=+-*/%@&|^~<>!'\"\\#\n\t 0123456789abcxyzfbrujeEnN_\u{e9}\u{20ac}\u{0}\r"
                .chars()
                .collect();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for round in 0..2000 {
            let base: Vec<char> = samples[round % samples.len()].chars().collect();
            let mut src = base.clone();
            match rng.below(5) {
                0 => src.truncate(rng.below(base.len() + 1)),
                1 => {
                    for _ in 0..1 + rng.below(5) {
                        if !src.is_empty() {
                            let i = rng.below(src.len());
                            src.remove(i);
                        }
                    }
                }
                2 => {
                    for _ in 0..1 + rng.below(5) {
                        let i = rng.below(src.len() + 1);
                        src.insert(i, alphabet[rng.below(alphabet.len())]);
                    }
                }
                3 => {
                    for _ in 0..1 + rng.below(5) {
                        if !src.is_empty() {
                            let i = rng.below(src.len());
                            src[i] = alphabet[rng.below(alphabet.len())];
                        }
                    }
                }
                _ => {
                    let bytes: Vec<u8> = (0..rng.below(300)).map(|_| rng.next() as u8).collect();
                    src = String::from_utf8_lossy(&bytes).chars().collect();
                }
            }
            let text: String = src.into_iter().collect();
            let _ = parse(&text);
        }
    }

    /// Deep nesting of every kind must fail cleanly (or parse), never
    /// overflow the stack: run on a thread with a 1 MB stack.
    #[test]
    fn deep_nesting_on_small_stack() {
        let h = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(|| {
                let rep = |s: &str, n: usize| s.repeat(n);
                let mut inputs = vec![
                    format!("x = {}1{}\n", rep("(", 199), rep(")", 199)),
                    format!("x = {}\n", rep("(", 5000)),
                    format!("x = {}{}\n", rep("[", 199), rep("]", 199)),
                    format!("x = {}{}\n", rep("{", 199), rep("}", 199)),
                    format!("x = {}1{}\n", rep("f(", 199), rep(")", 199)),
                    format!("x = {}1{}\n", rep("a[", 199), rep("]", 199)),
                    format!("x = {}1{}\n", rep("-(", 199), rep(")", 199)),
                    format!("x = {}1{}\n", rep("[lambda: ", 199), rep("]", 199)),
                    format!("x = {}1{}\n", rep("{1: ", 199), rep("}", 199)),
                    format!("x = {}1{}\n", rep("[x for x in ", 199), rep("]", 199)),
                    format!("def f():\n x = {}1{}\n", rep("(yield ", 199), rep(")", 199)),
                    format!("x = {}1{}\n", rep("a(b=", 199), rep(")", 199)),
                    format!("x = {}1{}\n", rep("(a if b else ", 199), rep(")", 199)),
                    format!("x = {}1\n", rep("-", 10000)),
                    format!("x = {}1\n", rep("not ", 10000)),
                    format!("x = {}1\n", rep("~+", 10000)),
                    format!("x = {}1\n", rep("1 + ", 100000)),
                    format!("x = {}1\n", rep("2 ** ", 10000)),
                    format!("x = {}1\n", rep("lambda: ", 10000)),
                    format!("x = {}1\n", rep("1 if 1 else ", 10000)),
                    format!("x = {}1\n", rep("await ", 10000)),
                    format!("x = a{}\n", rep(".b", 100000)),
                    format!("x = a{}\n", rep("()", 100000)),
                    format!("x = a{}\n", rep("[0]", 100000)),
                    format!("x = 1{}\n", rep(" < 1", 100000)),
                    format!("x = 1{}\n", rep(" and 1", 100000)),
                    format!("x = {}\n", rep("1, ", 100000)),
                    format!("x = [{}]\n", rep("-1, ", 100000)),
                    format!("x = {}\n", rep("*", 10000)),
                    format!("if x: pass\n{}", rep("elif x: pass\n", 10000)),
                    format!("x = {}1\n", rep("(-", 150) + &rep("-", 950)),
                    format!("x = f'{}'\n", rep("{", 1000)),
                    format!("x = {}\n", rep("f'{", 50)),
                    format!("x = (\n{}", rep("(", 300)),
                    format!("{}x = 1\n", rep("@d\n", 10000)),
                    format!("x = {}1\n", rep("a = ", 10000)),
                ];
                let mut s = String::new();
                for i in 0..1000 {
                    s += &format!("{}if x:\n", " ".repeat(i));
                }
                inputs.push(s);
                let mut s = String::new();
                for i in 0..99 {
                    s += &format!("{}while x:\n", " ".repeat(i));
                }
                s += &format!(
                    "{}x = {}1{}\n",
                    " ".repeat(99),
                    rep("[", 199),
                    rep("]", 199)
                );
                inputs.push(s);
                let mut s = String::new();
                for i in 0..99 {
                    s += &format!(
                        "{}def f(a=[{}]):\n",
                        " ".repeat(i),
                        rep("(", 150) + &rep(")", 150)
                    );
                }
                s += &format!(
                    "{}x = {}1{}\n",
                    " ".repeat(99),
                    rep("-(", 199),
                    rep(")", 199)
                );
                inputs.push(s);
                let mut n_ok = 0;
                for src in &inputs {
                    let r = parse(src);
                    if std::env::var("SHOW").is_ok() {
                        let head: String = src.chars().take(24).collect();
                        eprintln!(
                            "{:?} -> {:?}",
                            head,
                            r.as_ref().err().map(|e| (&e.msg, e.line, e.col))
                        );
                    }
                    if r.is_ok() {
                        n_ok += 1;
                    }
                    drop(r);
                }
                n_ok
            })
            .expect("spawn");
        let n_ok = h.join().expect("parser overflowed its stack");
        assert!(n_ok >= 8, "{}", n_ok);
    }
}
