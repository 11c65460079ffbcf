//! Code objects as bytes, as CPython's `marshal` writes `.pyc` files: the
//! Python preludes (`prelude/*.py`: asyncio, argparse, the builtins written in
//! Python) ship compiled (`prelude/*.pgc`), so that a page's first asyncio
//! program neither parses nor compiles 140 KB of Python (measured in Chromium
//! on a fresh page: 70-95 ms for asyncio.py alone).
//!
//! The files are made by this crate's own compiler: `cargo test -p
//! playground-python --lib marshal` checks each against its `.py` source and,
//! with `PG_BLESS=1`, writes it again.
//!
//! The format: a magic number, a table of every string (identifiers, constants,
//! file names; each loaded once, interned), then the module's code object.
//! Numbers are LEB128 varints (signed ones zigzag-coded), floats their 8 bytes.

use crate::code::{Code, CodeKind, Op};
use crate::value::{Key, SetObj, Str, Value};
use std::collections::HashMap;
use std::rc::Rc;

const MAGIC: &[u8; 4] = b"PGC1";

const KINDS: [CodeKind; 6] = [
    CodeKind::Module,
    CodeKind::Class,
    CodeKind::Function,
    CodeKind::Generator,
    CodeKind::Coroutine,
    CodeKind::AsyncGenerator,
];

// Constants' tags.
const T_NONE: u8 = 0;
const T_TRUE: u8 = 1;
const T_FALSE: u8 = 2;
const T_ELLIPSIS: u8 = 3;
const T_INT: u8 = 4;
const T_BIGINT: u8 = 5;
const T_FLOAT: u8 = 6;
const T_STR: u8 = 7;
const T_BYTES: u8 = 8;
const T_TUPLE: u8 = 9;
const T_FROZENSET: u8 = 10;
const T_CODE: u8 = 11;

// ---------------------------------------------------------------- writing

/// The bytes of a module's code object (its nested code objects included).
pub fn dump(code: &Code) -> Result<Vec<u8>, String> {
    let mut w = Writer::default();
    let mut body = Vec::new();
    w.code(&mut body, code)?;
    let mut out = MAGIC.to_vec();
    uvar(&mut out, w.strs.len() as u64);
    for s in &w.strs {
        uvar(&mut out, s.len() as u64);
        out.extend_from_slice(s.as_bytes());
    }
    out.extend(body);
    Ok(out)
}

#[derive(Default)]
struct Writer {
    strs: Vec<String>,
    index: HashMap<String, u32>,
}

fn uvar(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn ivar(out: &mut Vec<u8>, v: i64) {
    uvar(out, ((v << 1) ^ (v >> 63)) as u64);
}

impl Writer {
    fn str(&mut self, out: &mut Vec<u8>, s: &str) {
        let i = match self.index.get(s) {
            Some(&i) => i,
            None => {
                let i = self.strs.len() as u32;
                self.strs.push(s.to_string());
                self.index.insert(s.to_string(), i);
                i
            }
        };
        uvar(out, i as u64);
    }
    fn strs(&mut self, out: &mut Vec<u8>, v: &[Str]) {
        uvar(out, v.len() as u64);
        for s in v {
            self.str(out, s);
        }
    }
    fn code(&mut self, out: &mut Vec<u8>, c: &Code) -> Result<(), String> {
        self.str(out, &c.name);
        self.str(out, &c.qualname);
        self.str(out, &c.filename);
        out.push(KINDS.iter().position(|k| *k == c.kind).expect("kind") as u8);
        for n in [c.argcount, c.kwonlycount, c.posonlycount, c.first_line] {
            uvar(out, n as u64);
        }
        out.push(c.has_varargs as u8 | (c.has_varkw as u8) << 1 | (c.is_lambda as u8) << 2);
        self.strs(out, &c.varnames);
        self.strs(out, &c.cellvars);
        self.strs(out, &c.freevars);
        self.strs(out, &c.names);
        uvar(out, c.cell_params.len() as u64);
        for &(a, b) in &c.cell_params {
            uvar(out, a as u64);
            uvar(out, b as u64);
        }
        // The ops' tags, then their operands (each stream compresses better
        // alone); a jump's target as the distance from the jump.
        uvar(out, c.ops.len() as u64);
        let encoded: Vec<(u8, Option<u32>)> = c.ops.iter().map(|op| op.encode()).collect();
        out.extend(encoded.iter().map(|(tag, _)| tag));
        for (i, (op, (_, x))) in c.ops.iter().zip(&encoded).enumerate() {
            match x {
                Some(x) if op.is_jump() => ivar(out, *x as i64 - i as i64),
                Some(x) => uvar(out, *x as u64),
                None => {}
            }
        }
        // Lines as runs: (difference from the run before, ops in the run).
        let mut runs: Vec<(u32, u64)> = Vec::new();
        for &l in &c.lines {
            match runs.last_mut() {
                Some((line, n)) if *line == l => *n += 1,
                _ => runs.push((l, 1)),
            }
        }
        uvar(out, runs.len() as u64);
        let mut last = 0i64;
        for (l, n) in runs {
            ivar(out, l as i64 - last);
            uvar(out, n);
            last = l as i64;
        }
        uvar(out, c.consts.len() as u64);
        for v in &c.consts {
            self.value(out, v)?;
        }
        Ok(())
    }
    fn value(&mut self, out: &mut Vec<u8>, v: &Value) -> Result<(), String> {
        match v {
            Value::None => out.push(T_NONE),
            Value::Bool(true) => out.push(T_TRUE),
            Value::Bool(false) => out.push(T_FALSE),
            Value::Ellipsis => out.push(T_ELLIPSIS),
            Value::Int(i) => {
                out.push(T_INT);
                ivar(out, *i);
            }
            Value::BigInt(b) => {
                out.push(T_BIGINT);
                self.str(out, &b.to_string());
            }
            Value::Float(f) => {
                out.push(T_FLOAT);
                out.extend_from_slice(&f.to_le_bytes());
            }
            Value::Str(s) => {
                out.push(T_STR);
                self.str(out, s);
            }
            Value::Bytes(b) => {
                out.push(T_BYTES);
                uvar(out, b.len() as u64);
                out.extend_from_slice(b);
            }
            Value::Tuple(items) => {
                out.push(T_TUPLE);
                uvar(out, items.len() as u64);
                for i in items.iter() {
                    self.value(out, i)?;
                }
            }
            Value::Set(s) if s.frozen => {
                out.push(T_FROZENSET);
                let set = s.set.borrow();
                let items: Vec<Value> = set.iter().map(|k| k.0.clone()).collect();
                uvar(out, items.len() as u64);
                for i in &items {
                    self.value(out, i)?;
                }
            }
            Value::Code(c) => {
                out.push(T_CODE);
                self.code(out, c)?;
            }
            _ => return Err("a constant marshal cannot write".into()),
        }
        Ok(())
    }
}

// ---------------------------------------------------------------- reading

/// The module's code object of `bytes` (as [`dump`] wrote them).
pub fn load(bytes: &[u8]) -> Result<Rc<Code>, String> {
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or("not a compiled prelude")?;
    let mut r = Reader {
        b: rest,
        strs: Vec::new(),
    };
    let n = r.len()?;
    let mut strs = Vec::with_capacity(n);
    for _ in 0..n {
        let len = r.len()?;
        let s = std::str::from_utf8(r.take(len)?).map_err(|_| "a string is not UTF-8")?;
        strs.push(crate::omap::intern(s));
    }
    r.strs = strs;
    let code = r.code()?;
    if !r.b.is_empty() {
        return Err("bytes left over".into());
    }
    Ok(code)
}

struct Reader<'a> {
    b: &'a [u8],
    strs: Vec<Str>,
}

const TRUNCATED: &str = "truncated";

impl Reader<'_> {
    #[inline]
    fn byte(&mut self) -> Result<u8, String> {
        let (&b, rest) = self.b.split_first().ok_or(TRUNCATED)?;
        self.b = rest;
        Ok(b)
    }
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        if self.b.len() < n {
            return Err(TRUNCATED.into());
        }
        let (a, rest) = self.b.split_at(n);
        self.b = rest;
        Ok(a)
    }
    #[inline]
    fn uvar(&mut self) -> Result<u64, String> {
        // Most numbers (string indexes, operands, lengths) take one byte.
        if let Some((&b, rest)) = self.b.split_first() {
            if b < 0x80 {
                self.b = rest;
                return Ok(b as u64);
            }
        }
        self.uvar_long()
    }
    fn uvar_long(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("a number too long".into())
    }
    fn u32(&mut self) -> Result<u32, String> {
        u32::try_from(self.uvar()?).map_err(|_| "a number too big".into())
    }
    fn len(&mut self) -> Result<usize, String> {
        let n = self.uvar()? as usize;
        // No length can exceed what is left (every item takes a byte at least).
        if n > self.b.len() {
            return Err(TRUNCATED.into());
        }
        Ok(n)
    }
    fn ivar(&mut self) -> Result<i64, String> {
        let u = self.uvar()?;
        Ok((u >> 1) as i64 ^ -((u & 1) as i64))
    }
    fn str(&mut self) -> Result<Str, String> {
        let i = self.uvar()? as usize;
        self.strs.get(i).cloned().ok_or("no such string".into())
    }
    fn strs(&mut self) -> Result<Vec<Str>, String> {
        let n = self.len()?;
        (0..n).map(|_| self.str()).collect()
    }
    fn code(&mut self) -> Result<Rc<Code>, String> {
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let kind = *KINDS.get(self.byte()? as usize).ok_or("no such kind")?;
        let (argcount, kwonlycount, posonlycount, first_line) =
            (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
        let flags = self.byte()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let names = self.strs()?;
        let n = self.len()?;
        let cell_params = (0..n)
            .map(|_| Ok((self.u32()?, self.u32()?)))
            .collect::<Result<Vec<_>, String>>()?;
        let n = self.len()?;
        let tags = self.take(n)?.to_vec();
        let mut ops = Vec::with_capacity(n);
        for (i, tag) in tags.into_iter().enumerate() {
            let jump = Op::decode(tag, || Some(0)).ok_or("no such op")?.is_jump();
            let op = if jump {
                let to = i as i64 + self.ivar()?;
                Op::decode(tag, || u32::try_from(to).ok())
            } else {
                Op::decode(tag, || self.u32().ok())
            };
            ops.push(op.ok_or("a bad operand")?);
        }
        let runs = self.len()?;
        let mut lines = Vec::with_capacity(ops.len());
        let mut last = 0i64;
        for _ in 0..runs {
            last += self.ivar()?;
            let line = u32::try_from(last).map_err(|_| "a line out of range")?;
            let n = self.uvar()? as usize;
            if lines.len() + n > ops.len() {
                return Err("more lines than ops".into());
            }
            lines.resize(lines.len() + n, line);
        }
        let n = self.len()?;
        let consts = (0..n)
            .map(|_| self.value())
            .collect::<Result<Vec<_>, String>>()?;
        let nnames = names.len();
        Ok(Rc::new(Code {
            name,
            qualname,
            filename,
            kind,
            argcount,
            kwonlycount,
            posonlycount,
            has_varargs: flags & 1 != 0,
            has_varkw: flags & 2 != 0,
            varnames,
            cellvars,
            freevars,
            cell_params,
            ops,
            lines,
            consts,
            names,
            first_line,
            is_lambda: flags & 4 != 0,
            gcache: Default::default(),
            slots: crate::code::AttrSlots::new(nnames),
            twin: Default::default(),
        }))
    }
    fn value(&mut self) -> Result<Value, String> {
        Ok(match self.byte()? {
            T_NONE => Value::None,
            T_TRUE => Value::Bool(true),
            T_FALSE => Value::Bool(false),
            T_ELLIPSIS => Value::Ellipsis,
            T_INT => Value::Int(self.ivar()?),
            T_BIGINT => {
                let s = self.str()?;
                Value::from_bigint(s.parse().map_err(|_| "a bad integer")?)
            }
            T_FLOAT => {
                let b: [u8; 8] = self.take(8)?.try_into().expect("8 bytes");
                Value::Float(f64::from_le_bytes(b))
            }
            T_STR => Value::Str(self.str()?),
            T_BYTES => {
                let n = self.len()?;
                Value::Bytes(Rc::from(self.take(n)?))
            }
            T_TUPLE => {
                let n = self.len()?;
                let items = (0..n)
                    .map(|_| self.value())
                    .collect::<Result<Vec<_>, String>>()?;
                Value::tuple(items)
            }
            T_FROZENSET => {
                let n = self.len()?;
                let mut set = crate::pyset::PySet::new();
                for _ in 0..n {
                    set.insert(Key(self.value()?));
                }
                Value::Set(Rc::new(SetObj {
                    set: std::cell::RefCell::new(set),
                    frozen: true,
                }))
            }
            T_CODE => Value::Code(self.code()?),
            _ => return Err("no such constant".into()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The preludes and their compiled files.
    const PRELUDES: [(&str, &str); 16] = [
        ("asyncio", "asyncio"),
        ("argparse", "argparse"),
        ("_pgbuiltins", "pgbuiltins"),
        ("functools", "functools"),
        ("_pgcollections", "collections"),
        ("contextlib", "contextlib"),
        ("typing", "typing"),
        ("copy", "copy"),
        ("dataclasses", "dataclasses"),
        ("bisect", "bisect"),
        ("operator", "operator"),
        ("string", "string"),
        ("logging", "logging"),
        ("json", "json"),
        ("contextvars", "contextvars"),
        ("datetime", "datetime"),
    ];

    fn compile(name: &str, src: &str) -> Rc<Code> {
        let ast = crate::parser::parse(src).expect("the prelude parses");
        crate::compile::compile_module(&ast, &format!("<{name}>"), src).expect("it compiles")
    }

    /// Each `prelude/*.pgc` is what this compiler makes of its `.py` now, and
    /// reads back to the same code (written again, the same bytes).
    /// `PG_BLESS=1 cargo test -p playground-python --lib marshal` rewrites them.
    #[test]
    fn compiled_preludes_are_fresh() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/prelude");
        let mut stale = Vec::new();
        for (module, file) in PRELUDES {
            let src = std::fs::read_to_string(format!("{dir}/{file}.py")).unwrap();
            let bytes = dump(&compile(module, &src)).unwrap();
            let again = dump(&load(&bytes).unwrap()).unwrap();
            assert!(again == bytes, "{file}: a load and a dump change the bytes");
            let path = format!("{dir}/{file}.pgc");
            if std::fs::read(&path).ok().as_deref() != Some(&bytes[..]) {
                if std::env::var_os("PG_BLESS").is_some() {
                    std::fs::write(&path, &bytes).unwrap();
                } else {
                    stale.push(path);
                }
            }
        }
        assert!(
            stale.is_empty(),
            "stale compiled preludes {stale:?}: run PG_BLESS=1 cargo test -p playground-python --lib marshal"
        );
    }

    #[test]
    fn every_op_and_constant_round_trips() {
        let src = "import sys\nx = (1, -2, 2**70, 1.5, 'a', b'b', None, True, False, ...)\n\
                   y = {1, 2, 'x'}\nif x in {(1,), 2.5}: pass\n\
                   def f(a, /, b=1, *c, d, **e):\n    nonlocal_ = lambda: a\n    yield from c\n\
                   async def g():\n    async with a as b:\n        async for i in b:\n            await i\n\
                   class C:\n    def m(self): return super().m() @ 2 ** -x[1:2]\n\
                   try:\n    raise ValueError from None\nexcept* ValueError as e:\n    del e\nfinally:\n    pass\n";
        let code = compile("t", src);
        let bytes = dump(&code).unwrap();
        assert_eq!(dump(&load(&bytes).unwrap()).unwrap(), bytes);
    }

    #[test]
    fn bad_bytes_are_an_error_not_a_panic() {
        let code = compile("t", "def f(x):\n    return x + 1.5\nprint(f(2), 'é')\n");
        let bytes = dump(&code).unwrap();
        for n in 0..bytes.len() {
            assert!(load(&bytes[..n]).is_err(), "truncated at {n}");
        }
        let mut state = 7u32;
        for _ in 0..2000 {
            let mut b = bytes.clone();
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let i = 4 + (state as usize >> 8) % (b.len() - 4);
            b[i] ^= (state >> 3) as u8 | 1;
            let _ = load(&b);
        }
    }
}
