//! Tokenizer for the supported Python subset, modelled on CPython 3.11's
//! `Parser/tokenizer.c`: INDENT/DEDENT from a stack of (tab-expanded,
//! tab-size-1) columns, implicit line joining inside brackets, backslash
//! continuation, and the same error messages and offsets.
//!
//! The whole source is tokenized up front; tokenizing stops at the first
//! error, which the parser then reports with CPython's priority rules.

use crate::ast::{Pos, SyntaxError};
use std::rc::Rc;

/// A string literal token, undecoded (the parser decodes it).
#[derive(Clone, Debug, PartialEq)]
pub struct StrTok {
    pub bytes: bool,
    pub raw: bool,
    pub fstr: bool,
    pub triple: bool,
    pub quote: char,
    /// The text between the quotes, as written.
    pub body: String,
    /// Position of the first character of `body`.
    pub body_pos: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(Rc<str>),
    Int(i64),
    BigInt(Rc<str>),
    Float(f64),
    /// An imaginary literal (`1j`): rejected by the parser.
    Imag,
    Str(Rc<StrTok>),
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// A character no rule accepts (`$`, `?`, `` ` ``, a lone `!`).
    Bad,
    /// Where tokenizing stopped: end of input inside brackets ("was never
    /// closed") or a deferred tokenizer error.
    Eof,
    /// A decimal int literal with more digits than CPython converts (4300).
    HugeInt(usize),
}

/// A token. For INDENT/DEDENT/ENDMARKER, `start.col` is already CPython's
/// 1-based offset (those tokens have no text; CPython reports the cursor).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub start: Pos,
    pub end: Pos,
    /// Bracket nesting level after this token (CPython's `level`).
    pub level: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LexFail {
    /// A tokenizer error: it wins over any parser error.
    Error(SyntaxError),
    /// A tokenizer error CPython reports only when the parser reaches it
    /// (indentation errors, bad line continuation); a `Tok::Eof` marks it.
    Deferred(SyntaxError),
    /// Input ended inside brackets: `'(' was never closed` (opened on `line`).
    Unclosed { err: SyntaxError, line: u32 },
}

pub struct Lexed {
    pub toks: Vec<Token>,
    pub fail: Option<LexFail>,
}

const OPS3: [&str; 5] = ["**=", "//=", ">>=", "<<=", "..."];
const OPS2: [&str; 20] = [
    "<>", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "@=",
];
const OPS1: [&str; 23] = [
    "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",",
    ":", ".", ";", "=",
];

pub const MAX_PAREN_LEVEL: usize = 200;
pub const MAX_INDENT: usize = 100;

pub fn err(
    kind: &'static str,
    msg: impl Into<String>,
    line: u32,
    col: u32,
    end_line: u32,
    end_col: u32,
) -> SyntaxError {
    SyntaxError {
        kind,
        msg: msg.into(),
        line,
        col,
        end_line,
        end_col,
        text: None,
    }
}

/// Normalize line ends (`\r\n`, `\r` -> `\n`), drop a leading BOM and make
/// sure the text ends with a newline (as CPython's `compile()` does).
pub fn normalize(src: &str) -> Vec<char> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let mut out = Vec::with_capacity(src.len() + 1);
    let mut it = src.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\r' {
            if it.peek() == Some(&'\n') {
                it.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    if out.last() != Some(&'\n') {
        out.push('\n');
    }
    out
}

pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (c as u32 >= 128 && c.is_alphabetic())
}

pub fn is_id_char(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || (c as u32 >= 128
            && (c.is_alphabetic() || (c.is_numeric() && !is_other_number(c)) || is_combining(c)))
}

/// The common characters of Unicode's category No (superscripts, subscripts,
/// fractions, circled numbers): numeric, but not in identifiers (`x²`).
fn is_other_number(c: char) -> bool {
    matches!(
        c as u32,
        0xB2 | 0xB3
            | 0xB9
            | 0xBC..=0xBE
            | 0x2070..=0x209F
            | 0x2150..=0x215F
            | 0x2189
            | 0x2460..=0x24FF
            | 0x2776..=0x2793
            | 0x3248..=0x325F
            | 0x3280..=0x3289
            | 0x32B1..=0x32BF
    )
}

/// An identifier as CPython keeps it (NFKC) for the characters a keyboard
/// gives most: full-width forms (`ｘ` is `x`), ligatures (`ﬁ`), `µ` and `ſ`.
fn nfkc_name(s: &[char]) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s {
        match c as u32 {
            0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF3F | 0xFF41..=0xFF5A => {
                out.push(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c))
            }
            0xB5 => out.push('\u{3BC}'),
            0x17F => out.push('s'),
            0xFB00 => out.push_str("ff"),
            0xFB01 => out.push_str("fi"),
            0xFB02 => out.push_str("fl"),
            0xFB03 => out.push_str("ffi"),
            0xFB04 => out.push_str("ffl"),
            0xFB05 | 0xFB06 => out.push_str("st"),
            _ => out.push(c),
        }
    }
    out
}

fn is_combining(c: char) -> bool {
    matches!(
        c as u32,
        0x300..=0x36F
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x20D0..=0x20FF
            | 0xFE20..=0xFE2F
            | 0x200C
            | 0x200D
    ) || c == '\u{b7}'
}

fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c as u32, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0xFEFF | 0xFFF9..=0xFFFB | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2064 | 0xE000..=0xF8FF))
}

fn is_potential_id(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c as u32 >= 128
}

struct Lexer<'a> {
    s: &'a [char],
    /// The cursor (CPython's `tok->cur`): index of the next unread char.
    i: usize,
    line: u32,
    line_start: usize,
    base_line: u32,
    /// Column added on the first line (f-string expressions).
    col0: u32,
    indents: Vec<(u32, u32)>,
    parens: Vec<(char, u32, u32)>,
    toks: Vec<Token>,
}

type LResult<T> = Result<T, LexFail>;

/// Tokenize a whole (normalized) module.
pub fn tokenize(src: &[char]) -> Lexed {
    tokenize_at(src, 1, 0, false)
}

/// Tokenize `src` as if it started at (`line`, `col`); `sub` marks an
/// f-string expression (no indentation processing on its first line).
pub fn tokenize_at(src: &[char], line: u32, col: u32, sub: bool) -> Lexed {
    let mut lx = Lexer {
        s: src,
        i: 0,
        line,
        line_start: 0,
        base_line: line,
        col0: col,
        indents: vec![(0, 0)],
        parens: Vec::new(),
        toks: Vec::new(),
    };
    let fail = lx.run(!sub).err();
    if let Some(LexFail::Deferred(e) | LexFail::Error(e)) = &fail {
        let here = Pos {
            line: e.line,
            col: e.col,
        };
        lx.toks.push(Token {
            tok: Tok::Eof,
            start: here,
            end: here,
            level: 0,
        });
    }
    Lexed {
        toks: lx.toks,
        fail,
    }
}

impl<'a> Lexer<'a> {
    fn at(&self, i: usize) -> char {
        self.s.get(i).copied().unwrap_or('\0')
    }
    fn eof_at(&self, i: usize) -> bool {
        i >= self.s.len()
    }
    fn col_of(&self, i: usize) -> u32 {
        let c = i.saturating_sub(self.line_start) as u32;
        if self.line == self.base_line {
            c + self.col0
        } else {
            c
        }
    }
    fn pos(&self, i: usize) -> Pos {
        Pos {
            line: self.line,
            col: self.col_of(i),
        }
    }
    fn push(&mut self, tok: Tok, a: usize, b: usize) {
        let (start, end) = (self.pos(a), self.pos(b));
        let level = self.parens.len() as u32;
        self.toks.push(Token {
            tok,
            start,
            end,
            level,
        });
    }
    /// CPython's `syntaxerror()`: the offset is the number of chars before `cur`.
    fn err_cur(&self, msg: impl Into<String>, cur: usize) -> LexFail {
        let c = self.col_of(cur);
        LexFail::Error(err("SyntaxError", msg, self.line, c, self.line, c + 1))
    }
    fn newline(&mut self) {
        self.line += 1;
        self.line_start = self.i;
    }

    fn run(&mut self, mut at_bol: bool) -> LResult<()> {
        let mut line_has_tok = false;
        let mut comment: Option<usize> = None;
        loop {
            if at_bol {
                at_bol = false;
                self.indentation()?;
            }
            let c = self.at(self.i);
            if self.eof_at(self.i) {
                return self.eof();
            }
            match c {
                ' ' | '\t' | '\x0c' => self.i += 1,
                '#' => {
                    comment = Some(self.i);
                    while !self.eof_at(self.i) && self.at(self.i) != '\n' {
                        self.i += 1;
                    }
                }
                '\n' => {
                    if line_has_tok && self.parens.is_empty() {
                        // CPython's NEWLINE token starts at a preceding comment
                        self.push(Tok::Newline, comment.unwrap_or(self.i), self.i);
                    }
                    comment = None;
                    self.i += 1;
                    self.newline();
                    if self.parens.is_empty() {
                        at_bol = true;
                        line_has_tok = false;
                    }
                }
                '\\' => {
                    let a = self.i;
                    if self.at(a + 1) != '\n' || self.eof_at(a + 1) {
                        let c = self.col_of(a) + 2;
                        return Err(LexFail::Deferred(err(
                            "SyntaxError",
                            "unexpected character after line continuation character",
                            self.line,
                            c,
                            self.line,
                            c + 1,
                        )));
                    }
                    if self.eof_at(a + 2) {
                        let c = self.col_of(a) + 2;
                        return Err(LexFail::Deferred(err(
                            "SyntaxError",
                            "unexpected EOF while parsing",
                            self.line,
                            c,
                            self.line,
                            c + 1,
                        )));
                    }
                    self.i += 2;
                    self.newline();
                }
                _ => {
                    line_has_tok = true;
                    comment = None;
                    self.token(c)?;
                }
            }
        }
    }

    /// Indentation at the start of a logical line (CPython's `atbol` block).
    fn indentation(&mut self) -> LResult<()> {
        let (mut col, mut alt) = (0u32, 0u32);
        let mut j = self.i;
        loop {
            match self.at(j) {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0c' => {
                    col = 0;
                    alt = 0;
                }
                // CPython 3.11 keeps counting indentation across a backslash
                // continuation at the start of a line
                '\\' if !self.eof_at(j + 1) && self.at(j + 1) == '\n' && !self.eof_at(j + 2) => {
                    j += 2;
                    self.i = j;
                    self.newline();
                    while matches!(self.at(j), ' ' | '\t' | '\x0c') && !self.eof_at(j) {
                        j += 1;
                    }
                    break;
                }
                '\\' if self.parens.is_empty() => {
                    self.i = j;
                    let c = self.col_of(j) + 2;
                    let msg = if self.at(j + 1) == '\n' {
                        "unexpected EOF while parsing"
                    } else {
                        "unexpected character after line continuation character"
                    };
                    return Err(LexFail::Deferred(err(
                        "SyntaxError",
                        msg,
                        self.line,
                        c,
                        self.line,
                        c + 1,
                    )));
                }
                _ => break,
            }
            j += 1;
            if self.eof_at(j) {
                break;
            }
        }
        self.i = j;
        let c = self.at(j);
        if c == '#' || c == '\n' || !self.parens.is_empty() {
            return Ok(()); // blank line (or inside brackets)
        }
        if self.eof_at(j) {
            return Ok(()); // end of input: `eof()` emits the DEDENTs
        }
        let ind_chars = (j - self.line_start) as u32;
        let line_len = {
            let mut k = j;
            while !self.eof_at(k) && self.at(k) != '\n' {
                k += 1;
            }
            (k - self.line_start) as u32
        };
        let here = Pos {
            line: self.line,
            col: ind_chars,
        };
        let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
        let tab_err = |line| {
            LexFail::Deferred(err(
                "TabError",
                "inconsistent use of tabs and spaces in indentation",
                line,
                1,
                line,
                2,
            ))
        };
        if col == top {
            if alt != alttop {
                return Err(tab_err(self.line));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(LexFail::Deferred(err(
                    "IndentationError",
                    "too many levels of indentation",
                    self.line,
                    1,
                    self.line,
                    2,
                )));
            }
            if alt <= alttop {
                return Err(tab_err(self.line));
            }
            self.indents.push((col, alt));
            self.toks.push(Token {
                tok: Tok::Indent,
                start: here,
                end: here,
                level: 0,
            });
        } else {
            let mut k = self.indents.len();
            while k > 1 && col < self.indents[k - 1].0 {
                k -= 1;
            }
            let (top, alttop) = self.indents[k - 1];
            if col != top {
                let c = line_len + 1;
                return Err(LexFail::Deferred(err(
                    "IndentationError",
                    "unindent does not match any outer indentation level",
                    self.line,
                    c,
                    self.line,
                    c + 1,
                )));
            }
            while self.indents.len() > k {
                self.indents.pop();
                self.toks.push(Token {
                    tok: Tok::Dedent,
                    start: here,
                    end: here,
                    level: 0,
                });
            }
            if alt != alttop {
                return Err(tab_err(self.line));
            }
        }
        Ok(())
    }

    fn eof(&mut self) -> LResult<()> {
        // CPython reports end-of-input tokens on the last line, at its length.
        let (line, col) = if self.line > self.base_line && self.i == self.line_start {
            let mut k = self.line_start.saturating_sub(1);
            while k > 0 && self.at(k - 1) != '\n' {
                k -= 1;
            }
            (self.line - 1, (self.line_start - k) as u32)
        } else {
            (self.line, self.col_of(self.i))
        };
        let here = Pos { line, col };
        if let Some(&(c, l, pc)) = self.parens.last() {
            self.toks.push(Token {
                tok: Tok::Eof,
                start: here,
                end: here,
                level: self.parens.len() as u32,
            });
            let e = err(
                "SyntaxError",
                format!("'{}' was never closed", c),
                l,
                pc + 1,
                l,
                pc + 2,
            );
            return Err(LexFail::Unclosed { err: e, line: l });
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.toks.push(Token {
                tok: Tok::Dedent,
                start: here,
                end: here,
                level: 0,
            });
        }
        self.toks.push(Token {
            tok: Tok::EndMarker,
            start: here,
            end: here,
            level: 0,
        });
        Ok(())
    }

    fn token(&mut self, c: char) -> LResult<()> {
        let a = self.i;
        if is_potential_id(c) && !c.is_ascii_digit() {
            let mut j = a;
            while is_potential_id(self.at(j)) {
                j += 1;
            }
            let q = self.at(j);
            if (q == '\'' || q == '"') && j - a <= 2 {
                let w: String = self.s[a..j]
                    .iter()
                    .map(|c| c.to_ascii_lowercase())
                    .collect();
                if matches!(
                    w.as_str(),
                    "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
                ) {
                    return self.string(a, j, &w);
                }
            }
            if self.s[a..j].iter().any(|&c| c as u32 >= 128) {
                for (k, &ch) in self.s[a..j].iter().enumerate() {
                    let ok = if k == 0 {
                        is_id_start(ch)
                    } else {
                        is_id_char(ch)
                    };
                    if !ok {
                        let msg = if is_printable(ch) {
                            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                        } else {
                            format!("invalid non-printable character U+{:04X}", ch as u32)
                        };
                        return Err(self.err_cur(msg, a + k + 1));
                    }
                }
            }
            let name: String = if self.s[a..j].iter().any(|&c| c as u32 >= 128) {
                nfkc_name(&self.s[a..j])
            } else {
                self.s[a..j].iter().collect()
            };
            self.i = j;
            self.push(Tok::Name(name.into()), a, j);
            return Ok(());
        }
        if c.is_ascii_digit() || (c == '.' && self.at(a + 1).is_ascii_digit()) {
            return self.number(a);
        }
        if c == '\'' || c == '"' {
            return self.string(a, a, "");
        }
        // operators
        // The longest operator here (compared in place: no string is built).
        let src = &self.s[a..];
        let here = |o: &&&str| {
            let mut k = 0;
            o.chars().all(|ch| {
                k += 1;
                src.get(k - 1) == Some(&ch)
            })
        };
        let op = OPS3
            .iter()
            .find(here)
            .or_else(|| OPS2.iter().find(here))
            .or_else(|| OPS1.iter().find(here))
            .copied();
        let Some(op) = op else {
            if !is_printable(c) {
                return Err(self.err_cur(
                    format!("invalid non-printable character U+{:04X}", c as u32),
                    a + 1,
                ));
            }
            self.i = a + 1;
            self.push(Tok::Bad, a, a + 1);
            return Ok(());
        };
        let n = op.chars().count();
        match op {
            "(" | "[" | "{" => {
                if self.parens.len() >= MAX_PAREN_LEVEL {
                    return Err(self.err_cur("too many nested parentheses", a + 1));
                }
                let col = self.col_of(a);
                self.parens.push((c, self.line, col));
            }
            ")" | "]" | "}" => {
                match self.parens.pop() {
                    None => return Err(self.err_cur(format!("unmatched '{}'", c), a + 1)),
                    Some((o, l, _)) => {
                        let want = match o {
                            '(' => ')',
                            '[' => ']',
                            _ => '}',
                        };
                        if want != c {
                            let msg = if l != self.line {
                                format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c, o, l
                            )
                            } else {
                                format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c, o)
                            };
                            return Err(self.err_cur(msg, a + 1));
                        }
                    }
                }
            }
            _ => {}
        }
        self.i = a + n;
        self.push(Tok::Op(op), a, a + n);
        Ok(())
    }

    /// CPython's `verify_end_of_number`; `j` is the cursor just past `c`.
    fn end_of_number(&self, c: char, j: usize, kind: &str) -> LResult<()> {
        let la = |s: &str| s.chars().enumerate().all(|(k, ch)| self.at(j + k) == ch);
        let kw = match c {
            'a' => la("nd"),
            'e' => la("lse"),
            'f' => la("or"),
            'i' => matches!(self.at(j), 'f' | 'n' | 's'),
            'o' => la("r"),
            'n' => la("ot"),
            _ => false,
        };
        if c as u32 >= 128 && !is_id_char(c) && !self.eof_at(j - 1) {
            // Not a letter or digit (`1，2`, `5\u{a0}+ 3`): the character is the error.
            let msg = if is_printable(c) {
                format!("invalid character '{}' (U+{:04X})", c, c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            return Err(self.err_cur(msg, j));
        }
        if !kw && is_potential_id(c) && !self.eof_at(j - 1) {
            return Err(self.err_cur(format!("invalid {} literal", kind), j - 1));
        }
        Ok(())
    }

    fn number(&mut self, a: usize) -> LResult<()> {
        let mut j = a;
        macro_rules! next {
            () => {{
                let c = self.at(j);
                j += 1;
                c
            }};
        }
        let mut c = next!();
        let mut is_float = false;
        let mut imag = false;
        // Reads digits after a first digit; `c` is the char after them (consumed).
        macro_rules! decimal_tail {
            () => {{
                loop {
                    loop {
                        c = next!();
                        if !c.is_ascii_digit() {
                            break;
                        }
                    }
                    if c != '_' {
                        break;
                    }
                    c = next!();
                    if !c.is_ascii_digit() {
                        return Err(self.err_cur("invalid decimal literal", j - 1));
                    }
                }
            }};
        }
        let mut radix = 10;
        if c == '0' && matches!(self.at(j), 'x' | 'X' | 'o' | 'O' | 'b' | 'B') {
            let k = next!().to_ascii_lowercase();
            let (r, name) = match k {
                'x' => (16, "hexadecimal"),
                'o' => (8, "octal"),
                _ => (2, "binary"),
            };
            radix = r;
            c = next!();
            loop {
                if c == '_' {
                    c = next!();
                }
                if !c.is_digit(r) {
                    if r != 16 && c.is_ascii_digit() {
                        return Err(
                            self.err_cur(format!("invalid digit '{}' in {} literal", c, name), j)
                        );
                    }
                    return Err(self.err_cur(format!("invalid {} literal", name), j - 1));
                }
                loop {
                    c = next!();
                    if !c.is_digit(r) {
                        break;
                    }
                }
                if c != '_' {
                    break;
                }
            }
            if r != 16 && c.is_ascii_digit() {
                return Err(self.err_cur(format!("invalid digit '{}' in {} literal", c, name), j));
            }
            self.end_of_number(c, j, name)?;
        } else {
            let mut fraction = false;
            let mut exponent = false;
            if c == '.' {
                // ".5"
                c = next!();
                fraction = true;
            } else if c == '0' {
                let mut nonzero = false;
                loop {
                    if c == '_' {
                        c = next!();
                        if !c.is_ascii_digit() {
                            return Err(self.err_cur("invalid decimal literal", j - 1));
                        }
                    }
                    if c != '0' {
                        break;
                    }
                    c = next!();
                }
                let zeros_end = j;
                if c.is_ascii_digit() {
                    nonzero = true;
                    decimal_tail!();
                }
                if c == '.' {
                    c = next!();
                    fraction = true;
                } else if c == 'e' || c == 'E' {
                    exponent = true;
                } else if c == 'j' || c == 'J' {
                    imag = true;
                } else if nonzero {
                    let (s, e) = (self.col_of(a) + 1, self.col_of(zeros_end));
                    return Err(LexFail::Error(err(
                        "SyntaxError",
                        "leading zeros in decimal integer literals are not permitted; \
                         use an 0o prefix for octal integers",
                        self.line,
                        s,
                        self.line,
                        if e > s { e } else { s + 1 },
                    )));
                } else {
                    self.end_of_number(c, j, "decimal")?;
                }
            } else {
                decimal_tail!();
                if c == '.' {
                    c = next!();
                    fraction = true;
                } else if c == 'e' || c == 'E' {
                    exponent = true;
                } else if c == 'j' || c == 'J' {
                    imag = true;
                } else {
                    self.end_of_number(c, j, "decimal")?;
                }
            }
            if fraction {
                is_float = true;
                if c.is_ascii_digit() {
                    decimal_tail!();
                }
                if c == 'e' || c == 'E' {
                    exponent = true;
                } else if c == 'j' || c == 'J' {
                    imag = true;
                } else {
                    self.end_of_number(c, j, "decimal")?;
                }
            }
            if exponent {
                is_float = true;
                let e = c;
                c = next!();
                if c == '+' || c == '-' {
                    c = next!();
                    if !c.is_ascii_digit() {
                        return Err(self.err_cur("invalid decimal literal", j - 1));
                    }
                } else if !c.is_ascii_digit() {
                    // "1e": the number ends before the 'e'
                    j -= 1;
                    self.end_of_number(e, j, "decimal")?;
                    j -= 1;
                    c = '\0';
                    let _ = c;
                    return self.finish_number(a, j, 10, true, false);
                }
                decimal_tail!();
                if c == 'j' || c == 'J' {
                    imag = true;
                } else {
                    self.end_of_number(c, j, "decimal")?;
                }
            }
            if imag {
                c = next!();
                self.end_of_number(c, j, "imaginary")?;
            }
        }
        let _ = c;
        self.finish_number(a, j - 1, radix, is_float, imag)
    }

    fn finish_number(
        &mut self,
        a: usize,
        end: usize,
        radix: u32,
        is_float: bool,
        imag: bool,
    ) -> LResult<()> {
        self.i = end;
        let text: String = self.s[a..end].iter().filter(|&&c| c != '_').collect();
        let tok = if imag {
            Tok::Imag
        } else if is_float {
            Tok::Float(text.parse::<f64>().unwrap_or(f64::INFINITY))
        } else if radix == 10 {
            let t = text.trim_start_matches('0');
            match t.parse::<i64>() {
                Ok(v) => Tok::Int(v),
                Err(_) if t.is_empty() => Tok::Int(0),
                Err(_) if t.len() > 4300 => Tok::HugeInt(t.len()),
                Err(_) => Tok::BigInt(t.into()),
            }
        } else {
            let digits = &text[2..];
            match i64::from_str_radix(digits, radix) {
                Ok(v) => Tok::Int(v),
                // Kept in its own radix (with its prefix): the compiler reads a
                // power-of-two radix in linear time; decimal text would be quadratic.
                Err(_) => Tok::BigInt(format!("{}{}", &text[..2], digits).into()),
            }
        };
        self.push(tok, a, end);
        Ok(())
    }

    /// A string literal; `a` is the token start, `q` the index of the quote.
    fn string(&mut self, a: usize, q: usize, prefix: &str) -> LResult<()> {
        let quote = self.at(q);
        let start = self.pos(a);
        let triple = self.at(q + 1) == quote && self.at(q + 2) == quote;
        let body_start = if triple { q + 3 } else { q + 1 };
        let mut j = body_start;
        let body_pos = self.pos(j);
        let unterminated = |detected: u32| {
            let msg = if triple {
                format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    detected
                )
            } else {
                format!(
                    "unterminated string literal (detected at line {})",
                    detected
                )
            };
            LexFail::Error(err(
                "SyntaxError",
                msg,
                start.line,
                start.col + 1,
                start.line,
                start.col + 2,
            ))
        };
        let body_end;
        loop {
            if self.eof_at(j) {
                // The normalized text ends with '\n', so the last line is line-1.
                return Err(unterminated(self.line.saturating_sub(1).max(start.line)));
            }
            let ch = self.at(j);
            if ch == '\\' {
                j += 1;
                if self.at(j) == '\n' && !self.eof_at(j) {
                    j += 1;
                    self.i = j;
                    self.newline();
                } else {
                    j += 1;
                }
                continue;
            }
            if ch == '\n' {
                if !triple {
                    return Err(unterminated(self.line));
                }
                j += 1;
                self.i = j;
                self.newline();
                continue;
            }
            if ch == quote {
                if !triple {
                    body_end = j;
                    j += 1;
                    break;
                }
                if self.at(j + 1) == quote && self.at(j + 2) == quote {
                    body_end = j;
                    j += 3;
                    break;
                }
            }
            j += 1;
        }
        self.i = j;
        let st = StrTok {
            bytes: prefix.contains('b'),
            raw: prefix.contains('r'),
            fstr: prefix.contains('f'),
            triple,
            quote,
            body: self.s[body_start..body_end].iter().collect(),
            body_pos,
        };
        let end = self.pos(j);
        let level = self.parens.len() as u32;
        self.toks.push(Token {
            tok: Tok::Str(Rc::new(st)),
            start,
            end,
            level,
        });
        Ok(())
    }
}

impl LexFail {
    pub fn error(&self) -> &SyntaxError {
        match self {
            LexFail::Error(e) | LexFail::Deferred(e) => e,
            LexFail::Unclosed { err, .. } => err,
        }
    }
}

/// Error from decoding a string literal: message and the char index in the
/// body where the offending escape starts.
#[derive(Debug)]
pub struct DecodeErr {
    pub msg: String,
    pub at: usize,
    /// `\N{...}` (unsupported in the playground) rather than a codec error.
    pub unsupported: bool,
}

fn codec_err(what: &str, from: usize, to: usize, body_bytes: &[usize]) -> DecodeErr {
    // CPython reports byte positions in the (UTF-8) literal body.
    let b = |i: usize| body_bytes.get(i).copied().unwrap_or(0);
    let (s, e) = (b(from), b(to).saturating_sub(1));
    let pos = if e > s {
        format!("position {}-{}", s, e)
    } else {
        format!("position {}", s)
    };
    DecodeErr {
        msg: format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in {}: {}",
            pos, what
        ),
        at: from,
        unsupported: false,
    }
}

/// The character a `\N{name}` escape names (case-insensitive, as CPython's
/// unicodedata lookup), from the playground's table of common blocks
/// ([`crate::unicode_names`]) and the rules for CJK ideographs and Hangul syllables.
#[cfg(not(feature = "no-unicode-names"))]
pub fn char_by_name(name: &str) -> Option<char> {
    use crate::unicode_names::{CJK, NAMES, RUNS, VOCAB};
    let up = name.to_ascii_uppercase();
    if up.starts_with("CJK UNIFIED IDEOGRAPH-") {
        let hex = &name[22..];
        if !(4..=5).contains(&hex.len())
            || !hex
                .bytes()
                .all(|c| c.is_ascii_digit() || (b'A'..=b'F').contains(&c))
        {
            return None;
        }
        let v = u32::from_str_radix(hex, 16).ok()?;
        return CJK
            .iter()
            .any(|&(a, b)| a <= v && v <= b)
            .then(|| char::from_u32(v))
            .flatten();
    }
    if let Some(s) = up.strip_prefix("HANGUL SYLLABLE ") {
        const L: [&str; 19] = [
            "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K",
            "T", "P", "H",
        ];
        const V: [&str; 21] = [
            "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
            "WEO", "WE", "WI", "YU", "EU", "YI", "I",
        ];
        const T: [&str; 28] = [
            "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
            "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
        ];
        for (l, ls) in L.iter().enumerate() {
            for (v, vs) in V.iter().enumerate() {
                for (t, ts) in T.iter().enumerate() {
                    if s.len() == ls.len() + vs.len() + ts.len()
                        && s.starts_with(ls)
                        && s[ls.len()..].starts_with(vs)
                        && s.ends_with(ts)
                    {
                        return char::from_u32(0xAC00 + ((l * 21 + v) * 28 + t) as u32);
                    }
                }
            }
        }
        return None;
    }
    let words: Vec<&str> = VOCAB.split(' ').collect();
    let mut cps = RUNS.iter().flat_map(|&(a, n)| a..a + n as u32);
    let mut k = 0;
    let mut cur = String::new();
    while k < NAMES.len() {
        let b = NAMES[k];
        k += 1;
        if b == 0xFF {
            let cp = cps.next()?;
            if cur == up {
                return char::from_u32(cp);
            }
            cur.clear();
            continue;
        }
        let w = if b < 0x80 {
            b as usize
        } else {
            let lo = NAMES.get(k).copied().unwrap_or(0);
            k += 1;
            (((b & 0x7F) as usize) << 8) | lo as usize
        };
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(words.get(w)?);
    }
    None
}

/// Decode the escapes of a (non-raw) str literal body.
pub fn decode_str(body: &[char]) -> Result<String, DecodeErr> {
    let mut out = String::with_capacity(body.len());
    // byte offset of each char (for CPython-style positions)
    let mut offs = Vec::with_capacity(body.len() + 1);
    let mut o = 0;
    for &c in body {
        offs.push(o);
        o += c.len_utf8();
    }
    offs.push(o);
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c != '\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = body.get(i) else {
            return Err(codec_err("\\ at end of string", start, i, &offs));
        };
        i += 1;
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match body.get(i) {
                        Some(&d) if ('0'..='7').contains(&d) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for k in 0..n {
                    match body.get(i + k).and_then(|d| d.to_digit(16)) {
                        Some(d) => v = v.wrapping_mul(16).wrapping_add(d),
                        None => return Err(codec_err(what, start, i + k, &offs)),
                    }
                }
                i += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => return Err(codec_err("illegal Unicode character", start, i, &offs)),
                }
            }
            'N' => {
                // As CPython's unicodeescape decoder: `\N{name}`.
                let malformed = "malformed \\N character escape";
                if body.get(i) != Some(&'{') {
                    return Err(codec_err(malformed, start, i, &offs));
                }
                let name_start = i + 1;
                let Some(close) = body[name_start..].iter().position(|&c| c == '}') else {
                    return Err(codec_err(malformed, start, body.len(), &offs));
                };
                let close = name_start + close;
                if close == name_start {
                    return Err(codec_err(malformed, start, close, &offs));
                }
                let name: String = body[name_start..close].iter().collect();
                i = close + 1;
                #[cfg(feature = "no-unicode-names")]
                {
                    let _ = (name, i);
                    return Err(DecodeErr {
                        msg: "\\N{...} escapes are not supported in the playground \
                              (write the character, or \\u with its code)"
                            .into(),
                        at: start,
                        unsupported: true,
                    });
                }
                #[cfg(not(feature = "no-unicode-names"))]
                match char_by_name(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(codec_err("unknown Unicode character name", start, i, &offs))
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decode a bytes literal body (`raw`: no escapes). Non-ASCII chars are
/// rejected by the caller.
pub fn decode_bytes(body: &[char], raw: bool) -> Result<Vec<u8>, DecodeErr> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c != '\\' || raw {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = body.get(i) else {
            return Err(DecodeErr {
                msg: "(value error) \\ at end of string".into(),
                at: start,
                unsupported: false,
            });
        };
        i += 1;
        match e {
            '\n' => {}
            '\\' => out.push(b'\\'),
            '\'' => out.push(b'\''),
            '"' => out.push(b'"'),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'v' => out.push(11),
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            't' => out.push(b'\t'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match body.get(i) {
                        Some(&d) if ('0'..='7').contains(&d) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            'x' => {
                let h = body.get(i).and_then(|d| d.to_digit(16));
                let l = body.get(i + 1).and_then(|d| d.to_digit(16));
                match (h, l) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(DecodeErr {
                            msg: format!("(value error) invalid \\x escape at position {}", start),
                            at: start,
                            unsupported: false,
                        })
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other as u32 as u8);
            }
        }
    }
    Ok(out)
}
