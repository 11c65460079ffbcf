//! Methods of the built-in types: `str`, `list`, `tuple`, `dict`, `set`,
//! `deque`, `bytes`, `int`, `float`, `range`, dict views, `slice`.

use crate::format as fmt;
use crate::pyset::PySet;
use crate::types::ExcKind;
use crate::value::*;
use crate::vm::*;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Str, Value)];

/// A method that takes no keyword arguments (those not in `takes`) refuses
/// them, as CPython's positional-only methods do.
fn no_kw(vm: &Vm, n: &NativeFn, a: Args, kw: Kw, takes: &[&str]) -> PyResult<()> {
    if kw.is_empty() || takes.contains(&&*n.name) {
        return Ok(());
    }
    let tp = vm.class_name(&a[0]);
    Err(vm.type_error(format!("{tp}.{}() takes no keyword arguments", n.name)))
}

/// `index(x, start, stop)`'s range over a sequence of `len` items (as a slice).
fn index_bounds(vm: &mut Vm, a: Args, len: usize) -> PyResult<(i64, i64)> {
    let len = len as i64;
    let st = slice_index(vm, a.get(2), false)?.unwrap_or(0);
    let en = slice_index(vm, a.get(3), false)?.unwrap_or(len);
    let st = if st < 0 { (st + len).max(0) } else { st };
    let en = if en < 0 {
        (en + len).max(0)
    } else {
        en.min(len)
    };
    Ok((st, en))
}

fn arity(vm: &Vm, n: &NativeFn, a: Args, lo: usize, hi: usize) -> PyResult<()> {
    let given = a.len() - 1;
    if given < lo || given > hi {
        let name = &n.name;
        let tp = vm.class_name(&a[0]);
        // METH_NOARGS / METH_O name the method by its qualified name; Argument
        // Clinic's _PyArg_CheckPositional by its bare name.
        let msg = if lo == hi && lo == 0 {
            format!("{tp}.{name}() takes no arguments ({given} given)")
        } else if lo == hi && lo == 1 {
            format!("{tp}.{name}() takes exactly one argument ({given} given)")
        } else if lo == hi {
            format!("{name} expected {lo} arguments, got {given}")
        } else if given < lo {
            format!(
                "{name} expected at least {lo} argument{}, got {given}",
                if lo == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {hi} argument{}, got {given}",
                if hi == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// PyArg_ParseTuple's wording ("find() takes at least 1 argument (0 given)").
fn arity_old(vm: &Vm, n: &NativeFn, a: Args, lo: usize, hi: usize) -> PyResult<()> {
    let given = a.len() - 1;
    if given < lo || given > hi {
        let (how, k) = if given < lo {
            ("at least", lo)
        } else {
            ("at most", hi)
        };
        return Err(vm.type_error(format!(
            "{}() takes {how} {k} argument{} ({given} given)",
            n.name,
            if k == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// Methods that take no arguments (METH_NOARGS).
fn no_args(vm: &Vm, n: &NativeFn, a: Args, names: &[&str]) -> PyResult<()> {
    if a.len() > 1 && names.contains(&&*n.name) {
        return arity(vm, n, a, 0, 0);
    }
    Ok(())
}

fn s_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a Str> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(vm.type_error(format!("{what}, not {}", vm.type_name(other)))),
    }
}

fn opt_chars(vm: &Vm, a: Args, name: &str) -> PyResult<Option<Vec<char>>> {
    match a.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.chars().collect())),
        Some(_) => Err(vm.type_error(format!("{name} arg must be None or str"))),
    }
}

fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

fn pad(vm: &mut Vm, s: &str, a: Args, how: u8) -> PyResult<Value> {
    let width = vm.index_of(a.get(1).unwrap_or(&Value::Int(0)))?;
    let fill = match a.get(2) {
        Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        None => ' ',
    };
    let n = char_len(s) as i64;
    if width <= n {
        return Ok(Value::str(s));
    }
    let total = (width - n) as usize;
    vm.check_alloc(total / 8)?;
    let (left, right) = match how {
        0 => (0, total),
        1 => (total, 0),
        _ => {
            // CPython's center: extra space goes left when the string length is odd...
            // (left = total/2 + (total & width & 1))
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    Ok(Value::string(format!(
        "{}{}{}",
        f.repeat(left),
        s,
        f.repeat(right)
    )))
}

fn split_ws(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(fmt::py_isspace);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(Value::str(rest));
            return out;
        }
        let end = rest.find(fmt::py_isspace).unwrap_or(rest.len());
        out.push(Value::str(&rest[..end]));
        rest = rest[end..].trim_start_matches(fmt::py_isspace);
        n += 1;
    }
    out
}

/// `_PyEval_SliceIndex`: None, an int (saturated) or an object with `__index__`.
fn slice_index(vm: &mut Vm, v: Option<&Value>, none_ok: bool) -> PyResult<Option<i64>> {
    use num_traits::Signed;
    match v {
        None => Ok(None),
        Some(Value::None) if none_ok => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::BigInt(b)) => Ok(Some(if b.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })),
        Some(v @ Value::Instance(_)) if vm.special(v, &crate::name!("__index__")).is_some() => {
            Ok(Some(vm.index_of(v)?))
        }
        Some(_) => Err(vm.type_error(if none_ok {
            "slice indices must be integers or None or have an __index__ method"
        } else {
            "slice indices must be integers or have an __index__ method"
        })),
    }
}

/// ADJUST_INDICES of stringlib: the end is clamped to the length, the start
/// only from below (a start beyond the end finds nothing, not even "").
fn find_range(vm: &mut Vm, s: &str, a: Args) -> PyResult<(usize, usize)> {
    let n = char_len(s) as i64;
    let st = slice_index(vm, a.get(2), true)?.unwrap_or(0);
    let en = slice_index(vm, a.get(3), true)?.unwrap_or(n);
    let en = if en > n {
        n
    } else if en < 0 {
        (en + n).max(0)
    } else {
        en
    };
    let st = if st < 0 { (st + n).max(0) } else { st };
    Ok((st as usize, en as usize))
}

fn char_to_byte(s: &str, ci: usize) -> usize {
    if s.is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.len())
}
fn byte_to_char(s: &str, bi: usize) -> usize {
    if s.is_ascii() {
        return bi;
    }
    s[..bi].chars().count()
}

/// Unicode's titlecase mapping of `c` (CPython's `_PyUnicode_ToTitleFull`):
/// the uppercase one but for the chars below (Unicode 14, as CPython 3.11).
fn push_title(c: char, out: &mut String) {
    let u = c as u32;
    let special = match u {
        0xdf => "Ss",
        0x587 => "\u{535}\u{582}",
        0x1fb2 => "\u{1fba}\u{345}",
        0x1fb4 => "\u{386}\u{345}",
        0x1fb7 => "\u{391}\u{342}\u{345}",
        0x1fc2 => "\u{1fca}\u{345}",
        0x1fc4 => "\u{389}\u{345}",
        0x1fc7 => "\u{397}\u{342}\u{345}",
        0x1ff2 => "\u{1ffa}\u{345}",
        0x1ff4 => "\u{38f}\u{345}",
        0x1ff7 => "\u{3a9}\u{342}\u{345}",
        0xfb00 => "Ff",
        0xfb01 => "Fi",
        0xfb02 => "Fl",
        0xfb03 => "Ffi",
        0xfb04 => "Ffl",
        0xfb05 | 0xfb06 => "St",
        0xfb13 => "\u{544}\u{576}",
        0xfb14 => "\u{544}\u{565}",
        0xfb15 => "\u{544}\u{56b}",
        0xfb16 => "\u{54e}\u{576}",
        0xfb17 => "\u{544}\u{56d}",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
        return;
    }
    let t = match u {
        0x1c4..=0x1c6 => 0x1c5,
        0x1c7..=0x1c9 => 0x1c8,
        0x1ca..=0x1cc => 0x1cb,
        0x1f1..=0x1f3 => 0x1f2,
        // Georgian Mkhedruli is its own titlecase (its uppercase is Mtavruli).
        0x10d0..=0x10fa | 0x10fd..=0x10ff => u,
        0x1f80..=0x1faf => u | 8,
        0x1fb3 | 0x1fbc => 0x1fbc,
        0x1fc3 | 0x1fcc => 0x1fcc,
        0x1ff3 | 0x1ffc => 0x1ffc,
        _ => {
            out.extend(c.to_uppercase());
            return;
        }
    };
    out.push(char::from_u32(t).unwrap_or(c));
}

/// Unicode's Cased property: Lowercase, Uppercase or titlecase (Lt).
fn is_cased(c: char) -> bool {
    c.is_lowercase()
        || c.is_uppercase()
        || matches!(
            c as u32,
            0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
                | 0x1fbc | 0x1fcc | 0x1ffc
        )
}

/// Numeric_Type=Digit: the digits that are not decimal (superscripts,
/// circled digits...), which `str.isdigit` accepts (Unicode 14).
fn is_digit_not_decimal(c: char) -> bool {
    matches!(
        c as u32,
        0xb2..=0xb3
            | 0xb9
            | 0x1369..=0x1371
            | 0x19da
            | 0x2070
            | 0x2074..=0x2079
            | 0x2080..=0x2089
            | 0x2460..=0x2468
            | 0x2474..=0x247c
            | 0x2488..=0x2490
            | 0x24ea
            | 0x24f5..=0x24fd
            | 0x24ff
            | 0x2776..=0x277e
            | 0x2780..=0x2788
            | 0x278a..=0x2792
            | 0x10a40..=0x10a43
            | 0x10e60..=0x10e68
            | 0x11052..=0x1105a
            | 0x1f100..=0x1f10a
    )
}

pub fn str_method(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let Value::Str(s) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'str' object"));
    };
    let s = s.clone();
    no_kw(
        vm,
        n,
        a,
        kw,
        &[
            "split",
            "rsplit",
            "splitlines",
            "encode",
            "expandtabs",
            "format",
        ],
    )?;
    no_args(
        vm,
        n,
        a,
        &[
            "upper",
            "lower",
            "casefold",
            "swapcase",
            "title",
            "capitalize",
            "isdigit",
            "isdecimal",
            "isnumeric",
            "isalpha",
            "isalnum",
            "isspace",
            "isupper",
            "islower",
            "isidentifier",
            "istitle",
            "isprintable",
            "isascii",
        ],
    )?;
    match &*n.name {
        "join" => {
            arity(vm, n, a, 1, 1)?;
            let items = match &a[1] {
                Value::List(_) | Value::Tuple(_) => vm.iterate(&a[1])?,
                other => {
                    let it = match vm.get_iter(other) {
                        Ok(it) => it,
                        Err(e) if vm.exc_is(&e.exc, ExcKind::TypeError) => {
                            return Err(vm.type_error("can only join an iterable"))
                        }
                        Err(e) => return Err(e),
                    };
                    vm.iterate(&it)?
                }
            };
            let mut out = String::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(&s);
                }
                match it {
                    Value::Str(x) => out.push_str(x),
                    other => {
                        return Err(vm.type_error(format!(
                            "sequence item {i}: expected str instance, {} found",
                            vm.type_name(other)
                        )));
                    }
                }
            }
            Ok(Value::string(out))
        }
        "split" | "rsplit" => {
            arity_old(vm, n, a, 0, 2)?;
            let sep = a
                .get(1)
                .or_else(|| kw.iter().find(|(k, _)| &**k == "sep").map(|(_, v)| v))
                .cloned()
                .unwrap_or(Value::None);
            let maxsplit = match a
                .get(2)
                .or_else(|| kw.iter().find(|(k, _)| &**k == "maxsplit").map(|(_, v)| v))
            {
                Some(v) => vm.index_of(v)?,
                None => -1,
            };
            match sep {
                Value::None => {
                    if &*n.name == "rsplit" && maxsplit >= 0 {
                        let rev: String = s.chars().rev().collect();
                        let mut parts = split_ws(&rev, maxsplit);
                        parts.reverse();
                        let parts = parts
                            .into_iter()
                            .map(|p| match p {
                                Value::Str(x) => Value::string(x.chars().rev().collect()),
                                o => o,
                            })
                            .collect();
                        return Ok(Value::list(parts));
                    }
                    Ok(Value::list(split_ws(&s, maxsplit)))
                }
                Value::Str(sep) => {
                    if sep.is_empty() {
                        return Err(vm.err(ExcKind::ValueError, "empty separator"));
                    }
                    let parts: Vec<Value> = if maxsplit < 0 {
                        s.split(&*sep).map(Value::str).collect()
                    } else if &*n.name == "split" {
                        s.splitn(maxsplit as usize + 1, &*sep)
                            .map(Value::str)
                            .collect()
                    } else {
                        let mut v: Vec<Value> = s
                            .rsplitn(maxsplit as usize + 1, &*sep)
                            .map(Value::str)
                            .collect();
                        v.reverse();
                        v
                    };
                    Ok(Value::list(parts))
                }
                other => {
                    Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&other))))
                }
            }
        }
        "splitlines" => {
            let keepends = a.get(1).or_else(|| crate::builtins::kwarg(kw, "keepends"));
            let keep = match keepends {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut out = Vec::new();
            let mut cur = String::new();
            let mut it = s.chars().peekable();
            while let Some(c) = it.next() {
                if matches!(
                    c,
                    '\n' | '\r'
                        | '\x0b'
                        | '\x0c'
                        | '\x1c'
                        | '\x1d'
                        | '\x1e'
                        | '\u{85}'
                        | '\u{2028}'
                        | '\u{2029}'
                ) {
                    if keep {
                        cur.push(c);
                    }
                    if c == '\r' && it.peek() == Some(&'\n') {
                        it.next();
                        if keep {
                            cur.push('\n');
                        }
                    }
                    out.push(Value::string(std::mem::take(&mut cur)));
                } else {
                    cur.push(c);
                }
            }
            if !cur.is_empty() {
                out.push(Value::string(cur));
            }
            Ok(Value::list(out))
        }
        "strip" | "lstrip" | "rstrip" => {
            arity(vm, n, a, 0, 1)?;
            let chars = opt_chars(vm, a, &n.name)?;
            let f = |c: char| match &chars {
                Some(cs) => cs.contains(&c),
                None => fmt::py_isspace(c),
            };
            let r = match &*n.name {
                "strip" => s.trim_matches(f),
                "lstrip" => s.trim_start_matches(f),
                _ => s.trim_end_matches(f),
            };
            Ok(Value::str(r))
        }
        "upper" => Ok(Value::string(s.to_uppercase())),
        "lower" => Ok(Value::string(s.to_lowercase())),
        "casefold" => Ok(Value::string(casefold(&s))),
        "swapcase" => Ok(Value::string(
            s.chars()
                .map(|c| {
                    if c.is_uppercase() {
                        c.to_lowercase().collect::<String>()
                    } else {
                        c.to_uppercase().collect()
                    }
                })
                .collect(),
        )),
        "title" => {
            // do_title: titlecase after an uncased char, lowercase after a cased one.
            let mut out = String::new();
            let mut prev_cased = false;
            for (b, c) in s.char_indices() {
                if !prev_cased {
                    push_title(c, &mut out);
                } else if c == '\u{3a3}' {
                    // handle_capital_sigma: final unless a cased char follows
                    // (past case-ignorable ones), as str::to_lowercase decides.
                    let low = format!("a{}", &s[b..]).to_lowercase();
                    out.push(if low[1..].starts_with('\u{3c2}') {
                        '\u{3c2}'
                    } else {
                        '\u{3c3}'
                    });
                } else {
                    out.extend(c.to_lowercase());
                }
                prev_cased = is_cased(c);
            }
            Ok(Value::string(out))
        }
        "capitalize" => {
            let mut out = String::new();
            if let Some(c) = s.chars().next() {
                push_title(c, &mut out);
                let low = s.to_lowercase();
                let skip: usize = c.to_lowercase().map(char::len_utf8).sum();
                out.push_str(&low[skip..]);
            }
            Ok(Value::string(out))
        }
        "replace" => {
            arity(vm, n, a, 2, 3)?;
            let old = s_arg(vm, &a[1], "replace() argument 1 must be str")?.clone();
            let new = s_arg(vm, &a[2], "replace() argument 2 must be str")?.clone();
            let count = match a.get(3) {
                Some(v) => vm.index_of(v)?,
                None => -1,
            };
            if count < 0 {
                if old.is_empty() {
                    let mut out = String::from(&*new);
                    for c in s.chars() {
                        out.push(c);
                        out.push_str(&new);
                    }
                    vm.check_alloc(out.len() / 8)?;
                    return Ok(Value::string(out));
                }
                let r = s.replace(&*old, &new);
                vm.check_alloc(r.len() / 8)?;
                Ok(Value::string(r))
            } else {
                Ok(Value::string(s.replacen(&*old, &new, count as usize)))
            }
        }
        "startswith" | "endswith" => {
            arity_old(vm, n, a, 1, 3)?;
            let (st, en) = find_range(vm, &s, a)?;
            let (bs, be) = (char_to_byte(&s, st), char_to_byte(&s, en));
            let sub = if bs <= be { &s[bs..be] } else { "" };
            let pats: Vec<Value> = match &a[1] {
                Value::Tuple(t) => t.to_vec(),
                v => vec![v.clone()],
            };
            for p in pats {
                let Value::Str(p) = p else {
                    return Err(vm.type_error(format!(
                        "{} first arg must be str or a tuple of str, not {}",
                        n.name,
                        vm.type_name(&a[1])
                    )));
                };
                if st > en || en - st < char_len(&p) {
                    continue;
                }
                let ok = if &*n.name == "startswith" {
                    sub.starts_with(&*p)
                } else {
                    sub.ends_with(&*p)
                };
                if ok {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        "find" | "index" | "rfind" | "rindex" => {
            arity_old(vm, n, a, 1, 3)?;
            let sub = s_arg(vm, &a[1], "must be str")?.clone();
            let (st, en) = find_range(vm, &s, a)?;
            let (bs, be) = (char_to_byte(&s, st), char_to_byte(&s, en));
            let r = if st > en {
                None
            } else {
                let hay = &s[bs..be];
                let f = if n.name.starts_with('r') {
                    hay.rfind(&*sub)
                } else {
                    hay.find(&*sub)
                };
                f.map(|i| byte_to_char(&s, bs + i) as i64)
            };
            match r {
                Some(i) => Ok(Value::Int(i)),
                None => {
                    if n.name.ends_with("index") {
                        Err(vm.err(ExcKind::ValueError, "substring not found"))
                    } else {
                        Ok(Value::Int(-1))
                    }
                }
            }
        }
        "count" => {
            arity_old(vm, n, a, 1, 3)?;
            let sub = s_arg(vm, &a[1], "must be str")?.clone();
            let (st, en) = find_range(vm, &s, a)?;
            if st > en {
                return Ok(Value::Int(0));
            }
            let (bs, be) = (char_to_byte(&s, st), char_to_byte(&s, en));
            let hay = &s[bs..be];
            if sub.is_empty() {
                return Ok(Value::Int(char_len(hay) as i64 + 1));
            }
            Ok(Value::Int(hay.matches(&*sub).count() as i64))
        }
        "format" => Ok(Value::string(vm.str_format(&s, &a[1..], kw, 2)?)),
        "ljust" | "rjust" | "center" if a.len() < 2 || a.len() > 3 => {
            arity(vm, n, a, 1, 2).map(|_| Value::None)
        }
        "ljust" => pad(vm, &s, a, 0),
        "rjust" => pad(vm, &s, a, 1),
        "center" => pad(vm, &s, a, 2),
        "zfill" => {
            arity(vm, n, a, 1, 1)?;
            let width = vm.index_of(a.get(1).unwrap_or(&Value::Int(0)))?;
            let n = char_len(&s) as i64;
            if width <= n {
                return Ok(Value::Str(s));
            }
            let fill = "0".repeat((width - n) as usize);
            let (sign, rest) = if s.starts_with('-') || s.starts_with('+') {
                s.split_at(1)
            } else {
                ("", &s[..])
            };
            Ok(Value::string(format!("{sign}{fill}{rest}")))
        }
        "isdigit" | "isdecimal" | "isnumeric" => Ok(Value::Bool(
            !s.is_empty()
                && s.chars().all(|c| match &*n.name {
                    "isnumeric" => c.is_numeric(),
                    "isdecimal" => fmt::py_decimal(c).is_some(),
                    _ => fmt::py_decimal(c).is_some() || is_digit_not_decimal(c),
                }),
        )),
        "isalpha" => Ok(Value::Bool(
            !s.is_empty() && s.chars().all(char::is_alphabetic),
        )),
        "isalnum" => Ok(Value::Bool(
            !s.is_empty() && s.chars().all(char::is_alphanumeric),
        )),
        "isspace" => Ok(Value::Bool(!s.is_empty() && s.chars().all(fmt::py_isspace))),
        "istitle" => {
            // Upper case only after an uncased character, lower case only after a cased one.
            let (mut cased, mut prev) = (false, false);
            for c in s.chars() {
                if c.is_uppercase() {
                    if prev {
                        return Ok(Value::Bool(false));
                    }
                    (prev, cased) = (true, true);
                } else if c.is_lowercase() {
                    if !prev {
                        return Ok(Value::Bool(false));
                    }
                    (prev, cased) = (true, true);
                } else {
                    prev = false;
                }
            }
            Ok(Value::Bool(cased))
        }
        "isprintable" => Ok(Value::Bool(s.chars().all(is_printable))),
        "format_map" => {
            arity(vm, n, a, 1, 1)?;
            let Value::Dict(d) = &a[1] else {
                return Err(vm.type_error(format!(
                    "format_map() argument must be a mapping, not {}",
                    vm.type_name(&a[1])
                )));
            };
            let kw: Vec<(Str, Value)> = d
                .map
                .borrow()
                .iter()
                .filter_map(|(k, v)| match &k.0 {
                    Value::Str(k) => Some((k.clone(), v.clone())),
                    _ => None,
                })
                .collect();
            Ok(Value::string(vm.str_format(&s, &[], &kw, 2)?))
        }
        "translate" => {
            arity(vm, n, a, 1, 1)?;
            let table = a[1].clone();
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                let got = match vm.get_item(&table, &Value::Int(c as i64)) {
                    Ok(v) => Some(v),
                    Err(e) if vm.exc_is(&e.exc, ExcKind::LookupError) => None,
                    Err(e) => return Err(e),
                };
                match got {
                    None => out.push(c),
                    Some(Value::None) => {}
                    Some(Value::Str(t)) => out.push_str(&t),
                    Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(vm.err(
                                ExcKind::ValueError,
                                "character mapping must be in range(0x110000)",
                            ))
                        }
                    },
                    Some(_) => {
                        return Err(
                            vm.type_error("character mapping must return integer, None or str")
                        )
                    }
                }
            }
            Ok(Value::string(out))
        }
        "isascii" => Ok(Value::Bool(s.is_ascii())),
        "isupper" => Ok(Value::Bool(
            s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase),
        )),
        "islower" => Ok(Value::Bool(
            s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase),
        )),
        "isidentifier" => Ok(Value::Bool(
            s.chars()
                .next()
                .is_some_and(|c| c == '_' || c.is_alphabetic())
                && s.chars().all(|c| c == '_' || c.is_alphanumeric()),
        )),
        "encode" => {
            arity(vm, n, a, 0, 2)?;
            let arg = |i: usize, name: &str| a.get(i).or_else(|| crate::builtins::kwarg(kw, name));
            let enc = match arg(1, "encoding") {
                Some(Value::Str(e)) => e.to_string(),
                _ => "utf-8".into(),
            };
            let errors = match arg(2, "errors") {
                Some(Value::Str(e)) => e.to_string(),
                _ => "strict".into(),
            };
            encode(vm, &s, &enc, &errors).map(|b| Value::Bytes(Rc::from(b)))
        }
        "partition" | "rpartition" => {
            arity(vm, n, a, 1, 1)?;
            let sep = s_arg(vm, &a[1], "must be str")?.clone();
            if sep.is_empty() {
                return Err(vm.err(ExcKind::ValueError, "empty separator"));
            }
            let f = if &*n.name == "partition" {
                s.find(&*sep)
            } else {
                s.rfind(&*sep)
            };
            Ok(match f {
                Some(i) => Value::tuple(vec![
                    Value::str(&s[..i]),
                    Value::Str(sep.clone()),
                    Value::str(&s[i + sep.len()..]),
                ]),
                None => {
                    if &*n.name == "partition" {
                        Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")])
                    } else {
                        Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())])
                    }
                }
            })
        }
        "removeprefix" => {
            arity(vm, n, a, 1, 1)?;
            let p = s_arg(vm, &a[1], "must be str")?.clone();
            Ok(Value::str(s.strip_prefix(&*p).unwrap_or(&s)))
        }
        "removesuffix" => {
            arity(vm, n, a, 1, 1)?;
            let p = s_arg(vm, &a[1], "must be str")?.clone();
            Ok(Value::str(s.strip_suffix(&*p).unwrap_or(&s)))
        }
        "expandtabs" => {
            let ts = match a.get(1).or_else(|| crate::builtins::kwarg(kw, "tabsize")) {
                Some(v) => vm.index_of(v)?,
                None => 8,
            };
            let mut out = String::new();
            let mut col = 0i64;
            for c in s.chars() {
                match c {
                    '\t' => {
                        if ts > 0 {
                            let k = ts - col % ts;
                            out.push_str(&" ".repeat(k as usize));
                            col += k;
                        }
                    }
                    '\n' | '\r' => {
                        out.push(c);
                        col = 0;
                    }
                    _ => {
                        out.push(c);
                        col += 1;
                    }
                }
            }
            Ok(Value::string(out))
        }
        "__len__" => Ok(Value::Int(char_len(&s) as i64)),
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

pub fn list_method(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let Value::List(l) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'list' object"));
    };
    let l = l.clone();
    no_kw(vm, n, a, kw, &["sort"])?;
    no_args(vm, n, a, &["reverse", "copy", "clear"])?;
    match &*n.name {
        "append" => {
            arity(vm, n, a, 1, 1)?;
            push_item(&mut l.borrow_mut(), a[1].clone());
            Ok(Value::None)
        }
        "extend" => {
            arity(vm, n, a, 1, 1)?;
            let items = vm.iterate(&a[1])?;
            l.borrow_mut().extend(items);
            Ok(Value::None)
        }
        "insert" => {
            arity(vm, n, a, 2, 2)?;
            let i = vm.index_of(&a[1])?;
            let len = l.borrow().len() as i64;
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
            l.borrow_mut().insert(i as usize, a[2].clone());
            Ok(Value::None)
        }
        "pop" => {
            arity(vm, n, a, 0, 1)?;
            let len = l.borrow().len() as i64;
            if len == 0 {
                return Err(vm.err(ExcKind::IndexError, "pop from empty list"));
            }
            let i = match a.get(1) {
                Some(v) => vm.index_of(v)?,
                None => -1,
            };
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                return Err(vm.err(ExcKind::IndexError, "pop index out of range"));
            }
            Ok(l.borrow_mut().remove(j as usize))
        }
        "remove" => {
            arity(vm, n, a, 1, 1)?;
            let items = l.borrow().clone();
            for (i, x) in items.iter().enumerate() {
                if x.is(&a[1]) || vm.eq(x, &a[1])? {
                    l.borrow_mut().remove(i);
                    return Ok(Value::None);
                }
            }
            Err(vm.err(ExcKind::ValueError, "list.remove(x): x not in list"))
        }
        "index" => {
            arity(vm, n, a, 1, 3)?;
            let items = l.borrow().clone();
            let (st, en) = index_bounds(vm, a, items.len())?;
            for i in st..en {
                let x = &items[i as usize];
                if x.is(&a[1]) || vm.eq(x, &a[1])? {
                    return Ok(Value::Int(i));
                }
            }
            let r = vm.repr(&a[1])?;
            Err(vm.err(ExcKind::ValueError, format!("{r} is not in list")))
        }
        "count" => {
            arity(vm, n, a, 1, 1)?;
            let items = l.borrow().clone();
            let mut c = 0;
            for x in &items {
                if x.is(&a[1]) || vm.eq(x, &a[1])? {
                    c += 1;
                }
            }
            Ok(Value::Int(c))
        }
        "sort" => {
            if a.len() > 1 {
                return Err(vm.type_error("sort() takes no positional arguments"));
            }
            crate::builtins::sort_kwargs(vm, kw)?;
            let mut items = std::mem::take(&mut *l.borrow_mut());
            let key = kw
                .iter()
                .find(|(k, _)| &**k == "key")
                .map(|(_, v)| v.clone());
            let rev = match kw.iter().find(|(k, _)| &**k == "reverse") {
                Some((_, v)) => vm.truthy(v)?,
                None => false,
            };
            let r = vm.sort_values(&mut items, key.as_ref(), rev);
            // list.sort leaves the list empty (and unallocated) while it sorts:
            // anything stored meanwhile is dropped and reported.
            let modified = l.borrow().capacity() != 0;
            *l.borrow_mut() = items;
            r?;
            if modified {
                return Err(vm.err(ExcKind::ValueError, "list modified during sort"));
            }
            Ok(Value::None)
        }
        "reverse" => {
            l.borrow_mut().reverse();
            Ok(Value::None)
        }
        "copy" => Ok(Value::list(l.borrow().clone())),
        "clear" => {
            // Last item first, as CPython's `list_clear` (the order in which
            // dropped generators are finalized).
            let old = std::mem::take(&mut *l.borrow_mut());
            old.into_iter().rev().for_each(drop);
            Ok(Value::None)
        }
        "__len__" => Ok(Value::Int(l.borrow().len() as i64)),
        "__getitem__" => vm.get_item(&a[0], &a[1]),
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

pub fn tuple_method(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Value::Tuple(t) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'tuple' object"));
    };
    let t = t.clone();
    no_kw(vm, n, a, _kw, &[])?;
    match &*n.name {
        "index" => {
            arity(vm, n, a, 1, 3)?;
            let (st, en) = index_bounds(vm, a, t.len())?;
            for i in st..en {
                let x = &t[i as usize];
                if x.is(&a[1]) || vm.eq(x, &a[1])? {
                    return Ok(Value::Int(i));
                }
            }
            Err(vm.err(ExcKind::ValueError, "tuple.index(x): x not in tuple"))
        }
        "count" => {
            arity(vm, n, a, 1, 1)?;
            let mut c = 0;
            for x in t.iter() {
                if x.is(&a[1]) || vm.eq(x, &a[1])? {
                    c += 1;
                }
            }
            Ok(Value::Int(c))
        }
        "__len__" => Ok(Value::Int(t.len() as i64)),
        "__getitem__" => {
            arity(vm, n, a, 1, 1)?;
            vm.get_item(&a[0], &a[1])
        }
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

/// str.isprintable: not a control, separator (but space), format, surrogate
/// or private-use character (the format characters by their common ranges).
fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    let u = c as u32;
    let format = matches!(u, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E
        | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xF0000..);
    !(c.is_control() || c.is_whitespace() || format)
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points,
/// strings or None.
pub fn str_maketrans(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let mut m = crate::omap::OMap::new();
    match a {
        [Value::Dict(d)] => {
            let items: Vec<(Value, Value)> = d
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.0.clone(), v.clone()))
                .collect();
            for (k, v) in items {
                let k = match &k {
                    Value::Str(s) if s.chars().count() == 1 => {
                        Value::Int(s.chars().next().map_or(0, |c| c as i64))
                    }
                    Value::Int(_) => k,
                    Value::Str(_) => {
                        return Err(vm.err(
                            ExcKind::ValueError,
                            "string keys in translate table must be of length 1",
                        ))
                    }
                    _ => {
                        return Err(
                            vm.type_error("keys in translate table must be strings or integers")
                        )
                    }
                };
                m.insert(Key(k), v);
            }
        }
        [_] => {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            )
        }
        [Value::Str(x), Value::Str(y), rest @ ..] if rest.len() <= 1 => {
            if x.chars().count() != y.chars().count() {
                return Err(vm.err(
                    ExcKind::ValueError,
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (p, q) in x.chars().zip(y.chars()) {
                m.insert(Key(Value::Int(p as i64)), Value::Int(q as i64));
            }
            if let [z] = rest {
                let Value::Str(z) = z else {
                    return Err(vm.type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        vm.type_name(z)
                    )));
                };
                for c in z.chars() {
                    m.insert(Key(Value::Int(c as i64)), Value::None);
                }
            }
        }
        [x, y, ..] if a.len() <= 3 => {
            let bad = if matches!(x, Value::Str(_)) { y } else { x };
            let i = if matches!(x, Value::Str(_)) { 2 } else { 1 };
            return Err(vm.type_error(format!(
                "maketrans() argument {i} must be str, not {}",
                vm.type_name(bad)
            )));
        }
        _ => {
            return Err(vm.type_error(format!(
                "maketrans expected at most 3 arguments, got {}",
                a.len()
            )))
        }
    }
    Ok(Value::Dict(DictObj::new(m)))
}

pub fn dict_method(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let Value::Dict(d) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'dict' object"));
    };
    if d.owner.is_some()
        && matches!(
            &*n.name,
            "update" | "pop" | "popitem" | "setdefault" | "clear"
        )
    {
        // `obj.__dict__.update(...)`: the attributes change too.
        let d = d.clone();
        let before: Vec<Key> = d.map.borrow().iter().map(|(k, _)| k.clone()).collect();
        let r = dict_method_of(vm, n, a, kw);
        d.write_back_since(&before);
        return r;
    }
    dict_method_of(vm, n, a, kw)
}

fn dict_method_of(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let Value::Dict(d) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'dict' object"));
    };
    let d = d.clone();
    if &*n.name == "fromkeys" {
        // A class method, read through an instance: `{}.fromkeys(keys)`.
        return crate::builtins::dict_fromkeys(vm, n, &a[1..], kw);
    }
    no_kw(vm, n, a, kw, &["update"])?;
    no_args(
        vm,
        n,
        a,
        &["keys", "values", "items", "copy", "clear", "popitem"],
    )?;
    match &*n.name {
        "get" => {
            arity(vm, n, a, 1, 2)?;
            let k = vm.key(a[1].clone())?;
            Ok(d.map
                .borrow()
                .get(&k)
                .cloned()
                .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
        }
        "items" => Ok(Value::DictView(Rc::new((d, 2)))),
        "keys" => Ok(Value::DictView(Rc::new((d, 0)))),
        "values" => Ok(Value::DictView(Rc::new((d, 1)))),
        "setdefault" => {
            arity(vm, n, a, 1, 2)?;
            let k = vm.key(a[1].clone())?;
            let mut m = d.map.borrow_mut();
            Ok(
                m.get_or_insert_with(k, || a.get(2).cloned().unwrap_or(Value::None))
                    .clone(),
            )
        }
        "pop" => {
            arity(vm, n, a, 1, 2)?;
            let k = vm.key(a[1].clone())?;
            let r = d.map.borrow_mut().shift_remove(&k);
            match r {
                Some(v) => Ok(v),
                None => match a.get(2) {
                    Some(v) => Ok(v.clone()),
                    None => Err(vm.err_args(ExcKind::KeyError, vec![a[1].clone()])),
                },
            }
        }
        "popitem" => {
            let r = d.map.borrow_mut().pop();
            match r {
                Some((k, v)) => Ok(Value::tuple(vec![k.0, v])),
                None => Err(vm.err(ExcKind::KeyError, "popitem(): dictionary is empty")),
            }
        }
        "update" => {
            arity(vm, n, a, 0, 1)?;
            if let Some(src) = a.get(1) {
                let mapping = match src {
                    Value::Dict(_) => true,
                    // dict_update_arg: an object with keys() is a mapping.
                    Value::Instance(_) => vm.get_attr_opt(src, "keys")?.is_some(),
                    _ => false,
                };
                let items = match src {
                    _ if mapping => vm.mapping_items(src)?,
                    other => {
                        // PyDict_MergeFromSeq2: pairs are stored as they come.
                        for (i, item) in vm.iterate(other)?.into_iter().enumerate() {
                            let (k, v) = update_pair(vm, i, &item)?;
                            let k = vm.key(k)?;
                            d.map.borrow_mut().insert(k, v);
                        }
                        Vec::new()
                    }
                };
                d.map.borrow_mut().extend(items);
            }
            for (k, v) in kw {
                d.map
                    .borrow_mut()
                    .insert(Key(Value::Str(k.clone())), v.clone());
            }
            Ok(Value::None)
        }
        "copy" => Ok(Value::Dict(Rc::new(DictObj {
            map: RefCell::new(d.map.borrow().clone()),
            default: d.default.clone(),
            owner: None,
        }))),
        "clear" => {
            d.map.borrow_mut().clear();
            Ok(Value::None)
        }
        "__getitem__" => vm.get_item(&a[0], &a[1]),
        "__len__" => Ok(Value::Int(d.map.borrow().len() as i64)),
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

/// The argument of a set method or operator, as setobject.c treats it.
pub enum SetArg {
    Set(Rc<SetObj>),
    /// A dict's keys, in order (with a table of them for lookups).
    Dict(Vec<Key>, crate::pyset::PySet),
    /// Any other iterable's items, in order.
    Iter(Vec<Key>),
}

impl Vm {
    pub fn set_arg(&mut self, v: &Value) -> PyResult<SetArg> {
        match v {
            Value::Set(s) => Ok(SetArg::Set(s.clone())),
            Value::Dict(d) => {
                let keys: Vec<Key> = d.map.borrow().iter().map(|(k, _)| k.clone()).collect();
                let t = keys.iter().cloned().collect();
                Ok(SetArg::Dict(keys, t))
            }
            _ => {
                let mut keys = Vec::new();
                for x in self.iterate(v)? {
                    keys.push(self.key(x)?);
                }
                Ok(SetArg::Iter(keys))
            }
        }
    }
}

/// set_update_internal.
pub fn set_update(so: &Rc<SetObj>, arg: &SetArg) {
    match arg {
        SetArg::Set(o) => {
            if !Rc::ptr_eq(so, o) {
                so.set.borrow_mut().merge(&o.set.borrow());
            }
        }
        SetArg::Dict(keys, _) => so.set.borrow_mut().update_from_dict_keys(keys.clone()),
        SetArg::Iter(keys) => so.set.borrow_mut().extend(keys.iter().cloned()),
    }
}

/// set_intersection.
pub fn set_intersection(so: &Rc<SetObj>, arg: &SetArg) -> PySet {
    match arg {
        SetArg::Set(o) => {
            if Rc::ptr_eq(so, o) {
                return so.set.borrow().copy();
            }
            so.set.borrow().intersection(&o.set.borrow())
        }
        SetArg::Dict(keys, _) | SetArg::Iter(keys) => {
            so.set.borrow().intersection_keys(keys.clone())
        }
    }
}

/// set_difference_update_internal.
pub fn set_difference_update(so: &Rc<SetObj>, arg: &SetArg) {
    match arg {
        SetArg::Set(o) => {
            if Rc::ptr_eq(so, o) {
                so.set.borrow_mut().clear();
                return;
            }
            so.set.borrow_mut().difference_update(&o.set.borrow())
        }
        SetArg::Dict(keys, _) | SetArg::Iter(keys) => {
            so.set.borrow_mut().difference_update_keys(keys.clone())
        }
    }
}

/// set_difference.
pub fn set_difference(so: &Rc<SetObj>, arg: &SetArg) -> PySet {
    match arg {
        SetArg::Set(o) => {
            if Rc::ptr_eq(so, o) {
                return PySet::new();
            }
            so.set.borrow().difference(&o.set.borrow())
        }
        SetArg::Dict(keys, t) => {
            if (so.set.borrow().len() >> 2) > keys.len() {
                let mut r = so.set.borrow().copy();
                r.difference_update_keys(keys.clone());
                return r;
            }
            so.set.borrow().difference(t)
        }
        SetArg::Iter(keys) => {
            let mut r = so.set.borrow().copy();
            r.difference_update_keys(keys.clone());
            r
        }
    }
}

/// set_symmetric_difference_update.
pub fn set_symmetric_difference_update(so: &Rc<SetObj>, arg: &SetArg) {
    match arg {
        SetArg::Set(o) => {
            if Rc::ptr_eq(so, o) {
                so.set.borrow_mut().clear();
                return;
            }
            so.set
                .borrow_mut()
                .symmetric_difference_update(&o.set.borrow())
        }
        SetArg::Dict(keys, _) => so
            .set
            .borrow_mut()
            .symmetric_difference_update_keys(keys.clone()),
        SetArg::Iter(keys) => {
            let o: PySet = keys.iter().cloned().collect();
            so.set.borrow_mut().symmetric_difference_update(&o)
        }
    }
}

/// set_symmetric_difference: a new set of `arg`'s items, updated with `so`.
pub fn set_symmetric_difference(so: &Rc<SetObj>, arg: &SetArg) -> PySet {
    let mut r = match arg {
        SetArg::Set(o) => {
            if Rc::ptr_eq(so, o) {
                return PySet::new();
            }
            o.set.borrow().copy()
        }
        SetArg::Dict(keys, _) => {
            let mut r = PySet::new();
            r.update_from_dict_keys(keys.clone());
            r
        }
        SetArg::Iter(keys) => keys.iter().cloned().collect(),
    };
    r.symmetric_difference_update(&so.set.borrow());
    r
}

pub fn set_method(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Value::Set(s) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'set' object"));
    };
    let s = s.clone();
    let frozen = s.frozen;
    let mk = |set: PySet| {
        Value::Set(Rc::new(SetObj {
            set: RefCell::new(set),
            frozen,
        }))
    };
    let name = &*n.name;
    match name {
        "add" => {
            arity(vm, n, a, 1, 1)?;
            let k = vm.key(a[1].clone())?;
            s.set.borrow_mut().insert(k);
            Ok(Value::None)
        }
        "discard" => {
            arity(vm, n, a, 1, 1)?;
            let k = vm.key(a[1].clone())?;
            s.set.borrow_mut().remove(&k);
            Ok(Value::None)
        }
        "remove" => {
            arity(vm, n, a, 1, 1)?;
            let k = vm.key(a[1].clone())?;
            if !s.set.borrow_mut().remove(&k) {
                return Err(vm.err_args(ExcKind::KeyError, vec![a[1].clone()]));
            }
            Ok(Value::None)
        }
        "pop" => {
            arity(vm, n, a, 0, 0)?;
            let r = s.set.borrow_mut().pop();
            match r {
                Some(k) => Ok(k.0),
                None => Err(vm.err(ExcKind::KeyError, "pop from an empty set")),
            }
        }
        "clear" => {
            s.set.borrow_mut().clear();
            Ok(Value::None)
        }
        "copy" => {
            if frozen {
                return Ok(a[0].clone());
            }
            let c = s.set.borrow().copy();
            Ok(mk(c))
        }
        "union" => {
            let r = Rc::new(SetObj {
                set: RefCell::new(s.set.borrow().copy()),
                frozen,
            });
            for o in &a[1..] {
                let arg = vm.set_arg(o)?;
                if let SetArg::Set(os) = &arg {
                    if Rc::ptr_eq(os, &s) {
                        continue;
                    }
                }
                set_update(&r, &arg);
            }
            Ok(Value::Set(r))
        }
        "update" => {
            for o in &a[1..] {
                let arg = vm.set_arg(o)?;
                set_update(&s, &arg);
            }
            Ok(Value::None)
        }
        "intersection" | "intersection_update" => {
            let mut r: Option<Rc<SetObj>> = None;
            for o in &a[1..] {
                let arg = vm.set_arg(o)?;
                let cur = r.clone().unwrap_or_else(|| s.clone());
                let t = set_intersection(&cur, &arg);
                r = Some(Rc::new(SetObj {
                    set: RefCell::new(t),
                    frozen,
                }));
            }
            let r = match r {
                Some(r) => r,
                None => Rc::new(SetObj {
                    set: RefCell::new(s.set.borrow().copy()),
                    frozen,
                }),
            };
            if name == "intersection_update" {
                let t = std::mem::take(&mut *r.set.borrow_mut());
                s.set.borrow_mut().replace_body(t);
                return Ok(Value::None);
            }
            Ok(Value::Set(r))
        }
        "difference" => {
            if a.len() == 1 {
                let c = s.set.borrow().copy();
                return Ok(mk(c));
            }
            let arg = vm.set_arg(&a[1])?;
            let r = Rc::new(SetObj {
                set: RefCell::new(set_difference(&s, &arg)),
                frozen,
            });
            for o in &a[2..] {
                let arg = vm.set_arg(o)?;
                set_difference_update(&r, &arg);
            }
            Ok(Value::Set(r))
        }
        "difference_update" => {
            for o in &a[1..] {
                let arg = vm.set_arg(o)?;
                set_difference_update(&s, &arg);
            }
            Ok(Value::None)
        }
        "symmetric_difference" => {
            arity(vm, n, a, 1, 1)?;
            let arg = vm.set_arg(&a[1])?;
            Ok(mk(set_symmetric_difference(&s, &arg)))
        }
        "symmetric_difference_update" => {
            arity(vm, n, a, 1, 1)?;
            let arg = vm.set_arg(&a[1])?;
            set_symmetric_difference_update(&s, &arg);
            Ok(Value::None)
        }
        "issubset" => {
            arity(vm, n, a, 1, 1)?;
            let r = match vm.set_arg(&a[1])? {
                SetArg::Set(o) => s.set.borrow().is_subset(&o.set.borrow()),
                SetArg::Dict(_, t) => s.set.borrow().is_subset(&t),
                SetArg::Iter(keys) => {
                    let t: PySet = keys.into_iter().collect();
                    s.set.borrow().is_subset(&t)
                }
            };
            Ok(Value::Bool(r))
        }
        "issuperset" => {
            arity(vm, n, a, 1, 1)?;
            let r = match vm.set_arg(&a[1])? {
                SetArg::Set(o) => o.set.borrow().is_subset(&s.set.borrow()),
                SetArg::Dict(keys, _) | SetArg::Iter(keys) => {
                    keys.iter().all(|k| s.set.borrow().contains(k))
                }
            };
            Ok(Value::Bool(r))
        }
        "isdisjoint" => {
            arity(vm, n, a, 1, 1)?;
            let r = match vm.set_arg(&a[1])? {
                SetArg::Set(o) => {
                    let (x, y) = (s.set.borrow(), o.set.borrow());
                    let r = if x.len() > y.len() {
                        !y.iter().any(|k| x.contains(k))
                    } else {
                        !x.iter().any(|k| y.contains(k))
                    };
                    r
                }
                SetArg::Dict(keys, _) | SetArg::Iter(keys) => {
                    !keys.iter().any(|k| s.set.borrow().contains(k))
                }
            };
            Ok(Value::Bool(r))
        }
        "__len__" => Ok(Value::Int(s.set.borrow().len() as i64)),
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

pub fn deque_method(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Value::Deque(d) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'deque' object"));
    };
    let d = d.clone();
    let (lo, hi) = match &*n.name {
        "append" | "appendleft" | "extend" | "extendleft" | "count" | "remove" => (1, 1),
        "index" => (1, 3),
        "rotate" => (0, 1),
        "pop" | "popleft" | "clear" | "copy" | "reverse" => (0, 0),
        _ => (0, usize::MAX),
    };
    let given = a.len() - 1;
    match &*n.name {
        // deque's own argument checks (not Argument Clinic's wording).
        "index" if given < 1 => {
            return Err(vm.type_error(format!("index() takes at least 1 argument ({given} given)")))
        }
        "rotate" if given > 1 => {
            return Err(vm.type_error(format!(
                "deque.rotate expected at most 1 argument, got {given}"
            )))
        }
        _ => arity(vm, n, a, lo, hi)?,
    }
    let push = |d: &Rc<RefCell<DequeObj>>, v: Value, left: bool| {
        let mut d = d.borrow_mut();
        d.state += 1;
        if d.maxlen == Some(0) {
            return;
        }
        if left {
            d.items.push_front(v);
            if d.maxlen.is_some_and(|m| d.items.len() > m) {
                d.items.pop_back();
            }
        } else {
            d.items.push_back(v);
            if d.maxlen.is_some_and(|m| d.items.len() > m) {
                d.items.pop_front();
            }
        }
    };
    match &*n.name {
        "append" => {
            push(&d, a[1].clone(), false);
            Ok(Value::None)
        }
        "appendleft" => {
            push(&d, a[1].clone(), true);
            Ok(Value::None)
        }
        "extend" | "extendleft" => {
            let items = vm.iterate(&a[1])?;
            for x in items {
                push(&d, x, &*n.name == "extendleft");
            }
            Ok(Value::None)
        }
        "pop" => {
            d.borrow_mut().state += 1;
            let r = d.borrow_mut().items.pop_back();
            r.ok_or_else(|| vm.err(ExcKind::IndexError, "pop from an empty deque"))
        }
        "popleft" => {
            d.borrow_mut().state += 1;
            let r = d.borrow_mut().items.pop_front();
            r.ok_or_else(|| vm.err(ExcKind::IndexError, "pop from an empty deque"))
        }
        "clear" => {
            d.borrow_mut().items.clear();
            d.borrow_mut().state += 1;
            Ok(Value::None)
        }
        "rotate" => {
            let k = match a.get(1) {
                Some(v) => vm.index_of(v)?,
                None => 1,
            };
            let mut dd = d.borrow_mut();
            dd.state += 1;
            let len = dd.items.len() as i64;
            if len > 0 {
                let k = k.rem_euclid(len) as usize;
                dd.items.rotate_right(k);
            }
            Ok(Value::None)
        }
        "count" => {
            let items: Vec<Value> = d.borrow().items.iter().cloned().collect();
            let mut c = 0;
            for x in &items {
                if x.is(&a[1]) || vm.eq(x, &a[1])? {
                    c += 1;
                }
            }
            Ok(Value::Int(c))
        }
        "index" => {
            let items: Vec<Value> = d.borrow().items.iter().cloned().collect();
            for (i, x) in items.iter().enumerate() {
                if x.is(&a[1]) || vm.eq(x, &a[1])? {
                    return Ok(Value::Int(i as i64));
                }
            }
            let r = vm.repr(&a[1])?;
            Err(vm.err(ExcKind::ValueError, format!("{r} is not in deque")))
        }
        "remove" => {
            let items: Vec<Value> = d.borrow().items.iter().cloned().collect();
            for (i, x) in items.iter().enumerate() {
                if x.is(&a[1]) || vm.eq(x, &a[1])? {
                    d.borrow_mut().items.remove(i);
                    d.borrow_mut().state += 1;
                    return Ok(Value::None);
                }
            }
            let r = vm.repr(&a[1])?;
            Err(vm.err(ExcKind::ValueError, format!("{r} is not in deque")))
        }
        "copy" => {
            let dd = d.borrow();
            Ok(Value::Deque(Rc::new(RefCell::new(DequeObj {
                items: dd.items.clone(),
                maxlen: dd.maxlen,
                state: 0,
            }))))
        }
        "__len__" => Ok(Value::Int(d.borrow().items.len() as i64)),
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Rc<[u8]>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        other => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(other)
        ))),
    }
}

/// A byte as a char whose `str` methods treat it as `bytes` methods do the
/// byte: ASCII stays (but for the separators `str` knows and `bytes` does
/// not), the rest go to the private use area (no case, not whitespace).
fn byte_char(b: u8, lines: bool) -> char {
    let plain = b < 0x80 && !(0x1c..=0x1f).contains(&b) && !(lines && (b == 0x0b || b == 0x0c));
    if plain {
        b as char
    } else {
        char::from_u32(0xE000 + b as u32).unwrap_or('\u{fffd}')
    }
}
fn char_byte(c: char) -> u8 {
    let c = c as u32;
    if (0xE000..0xE100).contains(&c) {
        (c - 0xE000) as u8
    } else {
        c as u8
    }
}

/// The `bytes` methods that mirror a `str` method byte for char
/// (`partition`, `center`, `rsplit`, `splitlines`, `title`...): the bytes
/// arguments go in as chars (`byte_char`), the result comes back as bytes.
fn bytes_as_str_method(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let lines = &*n.name == "splitlines";
    let to_str =
        |b: &[u8]| Value::string(b.iter().map(|&c| byte_char(c, lines)).collect::<String>());
    let conv = |vm: &Vm, v: &Value| -> PyResult<Value> {
        match v {
            Value::Bytes(b) => Ok(to_str(b)),
            Value::Str(_) => Err(vm.type_error("a bytes-like object is required, not 'str'")),
            Value::Tuple(t) => Ok(Value::tuple(
                t.iter()
                    .map(|x| match x {
                        Value::Bytes(b) => to_str(b),
                        other => other.clone(),
                    })
                    .collect(),
            )),
            other => Ok(other.clone()),
        }
    };
    if let ("center" | "ljust" | "rjust", Some(fill)) = (&*n.name, a.get(2)) {
        if !matches!(fill, Value::Bytes(f) if f.len() == 1) {
            return Err(vm.type_error(format!(
                "{}() argument 2 must be a byte string of length 1, not {}",
                n.name,
                vm.type_name(fill)
            )));
        }
    }
    let mut args = Vec::with_capacity(a.len());
    for v in a {
        args.push(conv(vm, v)?);
    }
    let mut kws = Vec::with_capacity(kw.len());
    for (k, v) in kw {
        kws.push((k.clone(), conv(vm, v)?));
    }
    let f = NativeFn {
        name: n.name.clone(),
        f: str_method,
        data: Value::None,
    };
    let r = match str_method(vm, &f, &args, &kws) {
        Err(e)
            if matches!(&*n.name, "index" | "rindex") && vm.exc_is(&e.exc, ExcKind::ValueError) =>
        {
            return Err(vm.err(ExcKind::ValueError, "subsection not found"))
        }
        r => r?,
    };
    let back = |v: &Value| match v {
        Value::Str(s) => Value::Bytes(Rc::from(s.chars().map(char_byte).collect::<Vec<u8>>())),
        other => other.clone(),
    };
    Ok(match &r {
        Value::Str(_) => back(&r),
        Value::Tuple(t) => Value::tuple(t.iter().map(back).collect()),
        Value::List(l) => Value::list(l.borrow().iter().map(back).collect()),
        _ => r,
    })
}

fn find_sub(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
    if n.is_empty() {
        return (from <= h.len()).then_some(from);
    }
    (from..h.len().saturating_sub(n.len()) + 1).find(|&i| h[i..].starts_with(n))
}

pub fn bytes_fromhex(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Some(Value::Str(s)) = a.last() else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(vm.err(
                    ExcKind::ValueError,
                    format!("non-hexadecimal number found in fromhex() arg at position {pos}"),
                ));
            }
        }
        i += 2;
    }
    Ok(Value::Bytes(Rc::from(out)))
}

pub fn bytes_method(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Value::Bytes(b) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'bytes' object"));
    };
    let b = b.clone();
    let mk = |v: Vec<u8>| Value::Bytes(Rc::from(v));
    let ws = |c: &u8| c.is_ascii_whitespace() || *c == 0x0b;
    let delegate = match &*n.name {
        "partition" | "rpartition" | "rsplit" | "splitlines" | "center" | "ljust" | "rjust"
        | "zfill" | "title" | "istitle" | "removeprefix" | "removesuffix" | "rindex"
        | "expandtabs" => true,
        "split" => a.len() > 2 || !_kw.is_empty(),
        "find" | "index" | "count" | "rfind" => a.len() > 2 && matches!(a[1], Value::Bytes(_)),
        _ => false,
    };
    if delegate {
        return bytes_as_str_method(vm, n, a, _kw);
    }
    match &*n.name {
        "hex" => {
            arity_old(vm, n, a, 0, 2)?;
            let sep = match a.get(1) {
                None => None,
                Some(Value::Str(s)) if s.chars().count() == 1 && s.is_ascii() => {
                    Some(s.to_string())
                }
                Some(Value::Bytes(s)) if s.len() == 1 && s[0] < 128 => {
                    Some((s[0] as char).to_string())
                }
                Some(Value::Str(s)) if s.chars().count() == 1 => {
                    return Err(vm.err(ExcKind::ValueError, "sep must be ASCII."))
                }
                Some(Value::Str(_) | Value::Bytes(_)) => {
                    return Err(vm.err(ExcKind::ValueError, "sep must be length 1."))
                }
                Some(_) => return Err(vm.type_error("sep must be str or bytes.")),
            };
            let per = match a.get(2) {
                Some(v) => vm.index_of(v)?,
                None => 1,
            };
            // _Py_strhex_impl: a positive group size counts groups from the right.
            let k = per.unsigned_abs() as usize;
            let mut out = String::with_capacity(b.len() * 3);
            for (i, x) in b.iter().enumerate() {
                if let Some(sep) = &sep {
                    if i > 0 && k > 0 && k < b.len() {
                        let boundary = if per > 0 {
                            (b.len() - i) % k == 0
                        } else {
                            i % k == 0
                        };
                        if boundary {
                            out.push_str(sep);
                        }
                    }
                }
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push(HEX[(x >> 4) as usize] as char);
                out.push(HEX[(x & 15) as usize] as char);
            }
            Ok(Value::string(out))
        }
        "decode" => {
            let enc = match a.get(1) {
                Some(Value::Str(e)) => e.to_lowercase().replace('_', "-"),
                _ => "utf-8".into(),
            };
            if enc == "ascii" {
                if let Some(p) = b.iter().position(|c| *c >= 128) {
                    return Err(vm.err(
                        ExcKind::UnicodeDecodeError,
                        format!(
                            "'ascii' codec can't decode byte 0x{:02x} in position {p}: \
                             ordinal not in range(128)",
                            b[p]
                        ),
                    ));
                }
            }
            if enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1" {
                return Ok(Value::string(b.iter().map(|&c| c as char).collect()));
            }
            match std::str::from_utf8(&b) {
                Ok(s) => Ok(Value::str(s)),
                Err(e) => Err(vm.err(
                    ExcKind::UnicodeDecodeError,
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                        b[e.valid_up_to()],
                        e.valid_up_to()
                    ),
                )),
            }
        }
        "upper" => Ok(mk(b.to_ascii_uppercase())),
        "lower" => Ok(mk(b.to_ascii_lowercase())),
        "swapcase" => Ok(mk(b
            .iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect())),
        "capitalize" => {
            let mut v = b.to_ascii_lowercase();
            if let Some(c) = v.first_mut() {
                *c = c.to_ascii_uppercase();
            }
            Ok(mk(v))
        }
        "strip" | "lstrip" | "rstrip" => {
            let chars: Option<Rc<[u8]>> = match a.get(1) {
                None | Some(Value::None) => None,
                Some(v) => Some(bytes_arg(vm, v)?),
            };
            let strip = |c: &u8| match &chars {
                Some(cs) => cs.contains(c),
                None => ws(c),
            };
            let mut lo = 0;
            let mut hi = b.len();
            if &*n.name != "rstrip" {
                while lo < hi && strip(&b[lo]) {
                    lo += 1;
                }
            }
            if &*n.name != "lstrip" {
                while hi > lo && strip(&b[hi - 1]) {
                    hi -= 1;
                }
            }
            Ok(mk(b[lo..hi].to_vec()))
        }
        "split" => {
            let sep = match a.get(1) {
                None | Some(Value::None) => None,
                Some(v) => Some(bytes_arg(vm, v)?),
            };
            let parts: Vec<Value> = match sep {
                None => b
                    .split(ws)
                    .filter(|p| !p.is_empty())
                    .map(|p| mk(p.to_vec()))
                    .collect(),
                Some(sep) => {
                    if sep.is_empty() {
                        return Err(vm.err(ExcKind::ValueError, "empty separator"));
                    }
                    let mut out = Vec::new();
                    let mut start = 0;
                    while let Some(i) = find_sub(&b, &sep, start) {
                        out.push(mk(b[start..i].to_vec()));
                        start = i + sep.len();
                    }
                    out.push(mk(b[start..].to_vec()));
                    out
                }
            };
            Ok(Value::list(parts))
        }
        "join" => {
            arity(vm, n, a, 1, 1)?;
            let items = vm.iterate(&a[1])?;
            let mut out = Vec::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&b);
                }
                match it {
                    Value::Bytes(x) => out.extend_from_slice(x),
                    other => {
                        return Err(vm.type_error(format!(
                            "sequence item {i}: expected a bytes-like object, {} found",
                            vm.type_name(other)
                        )))
                    }
                }
            }
            Ok(mk(out))
        }
        "startswith" | "endswith" => {
            arity_old(vm, n, a, 1, 1)?;
            let pats: Vec<Value> = match &a[1] {
                Value::Tuple(t) => t.to_vec(),
                v => vec![v.clone()],
            };
            for p in pats {
                let p = bytes_arg(vm, &p)?;
                let hit = if &*n.name == "startswith" {
                    b.starts_with(&p)
                } else {
                    b.ends_with(&p)
                };
                if hit {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        "find" | "index" | "count" | "rfind" => {
            arity_old(vm, n, a, 1, 1)?;
            let sub: Vec<u8> = match &a[1] {
                Value::Int(i) if (0..256).contains(i) => vec![*i as u8],
                v => bytes_arg(vm, v)?.to_vec(),
            };
            match &*n.name {
                "count" => {
                    let mut c = 0;
                    let mut start = 0;
                    while let Some(i) = find_sub(&b, &sub, start) {
                        c += 1;
                        start = i + sub.len().max(1);
                        if start > b.len() {
                            break;
                        }
                    }
                    Ok(Value::Int(c))
                }
                "rfind" => {
                    let r = (0..=b.len().saturating_sub(sub.len()))
                        .rev()
                        .find(|&i| b[i..].starts_with(&sub));
                    Ok(Value::Int(r.map(|i| i as i64).unwrap_or(-1)))
                }
                name => match find_sub(&b, &sub, 0) {
                    Some(i) => Ok(Value::Int(i as i64)),
                    None if name == "find" => Ok(Value::Int(-1)),
                    None => Err(vm.err(ExcKind::ValueError, "subsection not found")),
                },
            }
        }
        "replace" => {
            arity(vm, n, a, 2, 2)?;
            let old = bytes_arg(vm, &a[1])?;
            let new = bytes_arg(vm, &a[2])?;
            let mut out = Vec::new();
            if old.is_empty() {
                for &c in b.iter() {
                    out.extend_from_slice(&new);
                    out.push(c);
                }
                out.extend_from_slice(&new);
                return Ok(mk(out));
            }
            let mut start = 0;
            while let Some(i) = find_sub(&b, &old, start) {
                out.extend_from_slice(&b[start..i]);
                out.extend_from_slice(&new);
                start = i + old.len();
            }
            out.extend_from_slice(&b[start..]);
            Ok(mk(out))
        }
        "isdigit" => Ok(Value::Bool(
            !b.is_empty() && b.iter().all(|c| c.is_ascii_digit()),
        )),
        "isalpha" => Ok(Value::Bool(
            !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic()),
        )),
        "isalnum" => Ok(Value::Bool(
            !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric()),
        )),
        "isspace" => Ok(Value::Bool(!b.is_empty() && b.iter().all(ws))),
        "isascii" => Ok(Value::Bool(b.is_ascii())),
        "isupper" => Ok(Value::Bool(
            b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase()),
        )),
        "islower" => Ok(Value::Bool(
            b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase()),
        )),
        "__len__" => Ok(Value::Int(b.len() as i64)),
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

pub fn int_method(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let x = crate::ops::to_big(&a[0]).unwrap_or_default();
    match &*n.name {
        "bit_length" => Ok(Value::Int(x.bits() as i64)),
        "bit_count" => Ok(Value::Int(
            x.magnitude()
                .to_u64_digits()
                .iter()
                .map(|d| d.count_ones() as i64)
                .sum(),
        )),
        "as_integer_ratio" => Ok(Value::tuple(vec![Value::from_bigint(x), Value::Int(1)])),
        "conjugate" | "__index__" => Ok(Value::from_bigint(x)),
        "to_bytes" => {
            // 3.11: to_bytes(length=1, byteorder='big', *, signed=False).
            let arg = |i: usize, name: &str| {
                a.get(i)
                    .or_else(|| kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v))
            };
            let len = match arg(1, "length") {
                Some(v) => vm.index_of(v)?,
                None => 1,
            };
            if len < 0 {
                return Err(vm.err(ExcKind::ValueError, "length argument must be non-negative"));
            }
            let big = byteorder_is_big(vm, arg(2, "byteorder"), "to_bytes")?;
            let signed = match kw.iter().find(|(k, _)| &**k == "signed") {
                Some((_, v)) => vm.truthy(v)?,
                None => false,
            };
            if x.sign() == num_bigint::Sign::Minus && !signed {
                return Err(vm.err(
                    ExcKind::OverflowError,
                    "can't convert negative int to unsigned",
                ));
            }
            let mut bytes = if signed {
                x.to_signed_bytes_le()
            } else {
                x.to_bytes_le().1
            };
            if x.sign() == num_bigint::Sign::NoSign {
                bytes.clear();
            }
            let len = len as usize;
            if bytes.len() > len {
                return Err(vm.err(ExcKind::OverflowError, "int too big to convert"));
            }
            let fill = if x.sign() == num_bigint::Sign::Minus {
                0xff
            } else {
                0
            };
            bytes.resize(len, fill);
            if big {
                bytes.reverse();
            }
            Ok(Value::Bytes(Rc::from(bytes)))
        }
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

pub fn float_method(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Value::Float(f) = a[0] else {
        return Err(vm.type_error("descriptor requires a 'float' object"));
    };
    match &*n.name {
        "is_integer" => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        "conjugate" => Ok(Value::Float(f)),
        "hex" => Ok(Value::string(float_hex(f))),
        "as_integer_ratio" => {
            if !f.is_finite() {
                return Err(vm.fmt_err(fmt::float_to_int_error(f)));
            }
            let mut num = f;
            let mut den = BigInt::from(1);
            let mut k = 0;
            while num.fract() != 0.0 && k < 1100 {
                num *= 2.0;
                den *= 2;
                k += 1;
            }
            let num = fmt::float_to_int(num).unwrap_or_default();
            let g = num_integer::Integer::gcd(&num, &den);
            Ok(Value::tuple(vec![
                Value::from_bigint(&num / &g),
                Value::from_bigint(&den / &g),
            ]))
        }
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

pub fn range_method(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Value::Range(r) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    };
    let r = r.clone();
    arity(vm, n, a, 1, 1)?;
    let contains = vm.contains(&a[0], &a[1])?;
    match &*n.name {
        "count" => Ok(Value::Int(contains as i64)),
        "index" => {
            if !contains {
                let s = vm.repr(&a[1])?;
                return Err(vm.err(ExcKind::ValueError, format!("{s} is not in range")));
            }
            let x = crate::ops::to_big(&a[1]).unwrap_or_default();
            Ok(Value::from_bigint(
                crate::ops::range_index_of(&r, &x).unwrap_or_default(),
            ))
        }
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

pub fn view_method(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    match &*n.name {
        "__len__" => Ok(Value::Int(vm.len(&a[0])? as i64)),
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

pub fn slice_method(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Value::Slice(s) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'slice' object"));
    };
    match &*n.name {
        "indices" => {
            no_kw(vm, n, a, _kw, &[])?;
            arity(vm, n, a, 1, 1)?;
            let len = vm.index_of(&a[1])?;
            if len < 0 {
                return Err(vm.err(ExcKind::ValueError, "length should not be negative"));
            }
            let (x, y, z) = vm.slice_indices(s, len.max(0) as usize)?;
            Ok(Value::tuple(vec![
                Value::Int(x),
                Value::Int(y),
                Value::Int(z),
            ]))
        }
        _ => Err(vm.attr_error(&a[0], &n.name)),
    }
}

/// Element `i` of a dict update sequence as its key and value, with
/// PyDict_MergeFromSeq2's errors (`dict(seq)`, `d.update(seq)`).
pub fn update_pair(vm: &mut Vm, i: usize, item: &Value) -> PyResult<(Value, Value)> {
    let pair = match vm.iterate(item) {
        Ok(p) => p,
        Err(e) if vm.exc_is(&e.exc, ExcKind::TypeError) => {
            return Err(vm.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            )));
        }
        Err(e) => return Err(e),
    };
    match <[Value; 2]>::try_from(pair) {
        Ok([k, v]) => Ok((k, v)),
        Err(pair) => Err(vm.err(
            ExcKind::ValueError,
            format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            ),
        )),
    }
}

/// `str.casefold()`: lower case, and the full case foldings where Unicode's
/// differ from it (ß → ss, final sigma, the Latin ligatures, Greek symbols).
fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'µ' => out.push('μ'),
            'ϐ' => out.push('β'),
            'ϑ' => out.push('θ'),
            'ϕ' => out.push('φ'),
            'ϖ' => out.push('π'),
            'ϰ' => out.push('κ'),
            'ϱ' => out.push('ρ'),
            'ϵ' => out.push('ε'),
            '\u{345}' => out.push('ι'),
            'ŉ' => out.push_str("ʼn"),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `str.encode(encoding, errors)` for the codecs a program is likely to name:
/// UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (with a byte order mark, or -le/-be).
fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let norm = encoding.to_lowercase().replace(['_', ' '], "-");
    let limit = match norm.as_str() {
        "utf-8" | "utf8" | "u8" => return Ok(s.as_bytes().to_vec()),
        "ascii" | "us-ascii" => 0x80,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => 0x100,
        "utf-16" | "utf16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let be = norm.ends_with("be");
            let mut out: Vec<u8> = if norm.ends_with("16") {
                vec![0xff, 0xfe]
            } else {
                vec![]
            };
            for u in s.encode_utf16() {
                out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        "utf-32" | "utf32" | "utf-32-le" | "utf-32le" | "utf-32-be" | "utf-32be" => {
            let be = norm.ends_with("be");
            let mut out: Vec<u8> = if norm.ends_with("32") {
                vec![0xff, 0xfe, 0, 0]
            } else {
                vec![]
            };
            for c in s.chars() {
                let u = c as u32;
                out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        _ => {
            return Err(vm.err(
                ExcKind::LookupError,
                format!("unknown encoding: {encoding}"),
            ));
        }
    };
    let codec = if limit == 0x80 { "ascii" } else { "latin-1" };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| c as u32 >= limit)
            .count();
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "strict" => {
                let what = if end - i == 1 {
                    let u = c as u32;
                    let esc = if u < 0x100 {
                        format!("\\x{u:02x}")
                    } else if u < 0x10000 {
                        format!("\\u{u:04x}")
                    } else {
                        format!("\\U{u:08x}")
                    };
                    format!("character '{esc}' in position {i}")
                } else {
                    format!("characters in position {}-{}", i, end - 1)
                };
                let range = if limit == 0x80 { "128" } else { "256" };
                return Err(vm.err(
                    ExcKind::UnicodeEncodeError,
                    format!("'{codec}' codec can't encode {what}: ordinal not in range({range})"),
                ));
            }
            other => {
                return Err(vm.err(
                    ExcKind::LookupError,
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
        i = end;
    }
    Ok(out)
}

/// `float.hex()`: CPython's float_hex, `[-]0x1.<13 hex digits>p<exp>` (a
/// subnormal `0x0.<digits>p-1022`), `0x0.0p+0` for zero, repr for inf/nan.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return fmt::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let frac = bits & ((1 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

/// `float.fromhex(s)`: CPython's float_fromhex (floatobject.c), its
/// rounding (half to even on the bits dropped) and its messages.
pub fn float_fromhex(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Some(Value::Str(text)) = a.last() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    match parse_hex_float(text.as_bytes()) {
        Ok(x) => Ok(Value::Float(x)),
        Err(HexErr::Parse) => Err(vm.err(
            ExcKind::ValueError,
            "invalid hexadecimal floating-point string",
        )),
        Err(HexErr::Overflow) => Err(vm.err(
            ExcKind::OverflowError,
            "hexadecimal value too large to represent as a float",
        )),
        Err(HexErr::Length) => Err(vm.err(
            ExcKind::ValueError,
            "hexadecimal string too long to convert",
        )),
    }
}

enum HexErr {
    Parse,
    Overflow,
    Length,
}

fn parse_hex_float(b: &[u8]) -> Result<f64, HexErr> {
    const MIN_EXP: i64 = -1021; // DBL_MIN_EXP
    const MANT_DIG: i64 = 53; // DBL_MANT_DIG
    const MAX_EXP: i64 = 1024; // DBL_MAX_EXP
    const LONG_MIN: i64 = i64::MIN;
    const LONG_MAX: i64 = i64::MAX;
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as i64);
    let pow2 = |x: f64, e: i64| x * 2f64.powi(e.clamp(-1100, 1100) as i32);
    let ldexp = |x: f64, e: i64| {
        // Exact in two steps (2^e alone may be subnormal or overflow).
        let h = e / 2;
        pow2(pow2(x, h), e - h)
    };
    let mut s = 0;
    while space(at(s)) {
        s += 1;
    }
    let finish = |mut s: usize, x: f64, negate: bool| {
        while space(at(s)) {
            s += 1;
        }
        if s != b.len() {
            return Err(HexErr::Parse);
        }
        Ok(if negate { -x } else { x })
    };
    // Infinities and nans (_Py_parse_inf_or_nan, its own sign).
    {
        let mut p = s;
        let neg = at(p) == b'-';
        if matches!(at(p), b'-' | b'+') {
            p += 1;
        }
        let word = |p: usize, w: &str| {
            b.len() >= p + w.len() && b[p..p + w.len()].eq_ignore_ascii_case(w.as_bytes())
        };
        if word(p, "inf") {
            p += 3;
            if word(p, "inity") {
                p += 5;
            }
            return finish(p, f64::INFINITY, neg);
        }
        if word(p, "nan") {
            return finish(p + 3, f64::NAN, false);
        }
    }
    let mut negate = false;
    if at(s) == b'-' {
        s += 1;
        negate = true;
    } else if at(s) == b'+' {
        s += 1;
    }
    if at(s) == b'0' && matches!(at(s + 1), b'x' | b'X') {
        s += 2;
    }
    let coeff_start = s;
    while hex(at(s)).is_some() {
        s += 1;
    }
    let s_store = s;
    let coeff_end = if at(s) == b'.' {
        s += 1;
        while hex(at(s)).is_some() {
            s += 1;
        }
        s - 1
    } else {
        s
    };
    let mut ndigits = (coeff_end - coeff_start) as i64;
    let fdigits = (coeff_end - s_store) as i64;
    if ndigits == 0 {
        return Err(HexErr::Parse);
    }
    if ndigits > (MIN_EXP - MANT_DIG - LONG_MIN / 2).min(LONG_MAX / 2 + 1 - MAX_EXP) / 4 {
        return Err(HexErr::Length);
    }
    let mut exp: i64 = 0;
    if matches!(at(s), b'p' | b'P') {
        s += 1;
        let neg = at(s) == b'-';
        if matches!(at(s), b'-' | b'+') {
            s += 1;
        }
        if !at(s).is_ascii_digit() {
            return Err(HexErr::Parse);
        }
        // strtol: saturates.
        while at(s).is_ascii_digit() {
            let d = (at(s) - b'0') as i64;
            exp = if neg {
                exp.saturating_mul(10).saturating_sub(d)
            } else {
                exp.saturating_mul(10).saturating_add(d)
            };
            s += 1;
        }
    }
    // The j-th least significant digit of the coefficient.
    let digit = |j: i64| {
        let i = if j < fdigits {
            coeff_end as i64 - j
        } else {
            coeff_end as i64 - 1 - j
        };
        hex(b[i as usize]).unwrap_or(0)
    };
    while ndigits > 0 && digit(ndigits - 1) == 0 {
        ndigits -= 1;
    }
    if ndigits == 0 || exp < LONG_MIN / 2 {
        return finish(s, 0.0, negate);
    }
    if exp > LONG_MAX / 2 {
        return Err(HexErr::Overflow);
    }
    let exp = exp - 4 * fdigits;
    let mut top_exp = exp + 4 * (ndigits - 1);
    let mut d = digit(ndigits - 1);
    while d != 0 {
        top_exp += 1;
        d /= 2;
    }
    if top_exp < MIN_EXP - MANT_DIG {
        return finish(s, 0.0, negate);
    }
    if top_exp > MAX_EXP {
        return Err(HexErr::Overflow);
    }
    let lsb = top_exp.max(MIN_EXP) - MANT_DIG;
    let mut x = 0.0f64;
    if exp >= lsb {
        for i in (0..ndigits).rev() {
            x = 16.0 * x + digit(i) as f64;
        }
        return finish(s, ldexp(x, exp), negate);
    }
    let half_eps = 1i64 << ((lsb - exp - 1) % 4);
    let key_digit = (lsb - exp - 1) / 4;
    let mut i = ndigits - 1;
    while i > key_digit {
        x = 16.0 * x + digit(i) as f64;
        i -= 1;
    }
    let d = digit(key_digit);
    x = 16.0 * x + (d & (16 - 2 * half_eps)) as f64;
    if d & half_eps != 0 {
        let mut round_up = d & (3 * half_eps - 1) != 0
            || (half_eps == 8 && key_digit + 1 < ndigits && digit(key_digit + 1) & 1 != 0);
        if !round_up {
            round_up = (0..key_digit).any(|i| digit(i) != 0);
        }
        if round_up {
            x += (2 * half_eps) as f64;
            if top_exp == MAX_EXP && x == ldexp((2 * half_eps) as f64, MANT_DIG) {
                return Err(HexErr::Overflow);
            }
        }
    }
    finish(s, ldexp(x, exp + 4 * key_digit), negate)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn int_from_bytes(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let mut bytes_arg = a.first().cloned();
    let mut order = a.get(1).cloned();
    let mut signed = false;
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            a.len()
        )));
    }
    for (k, v) in kw {
        match &**k {
            "bytes" if bytes_arg.is_none() => bytes_arg = Some(v.clone()),
            "byteorder" if order.is_none() => order = Some(v.clone()),
            "signed" => signed = vm.truthy(v)?,
            "bytes" | "byteorder" => {
                return Err(vm.type_error(format!(
                    "argument for from_bytes() given by name ('{k}') and position"
                )))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "from_bytes() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let Some(bytes_arg) = bytes_arg else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let big = byteorder_is_big(vm, order.as_ref(), "from_bytes")?;
    let data: Rc<[u8]> = match &bytes_arg {
        Value::Bytes(b) => b.clone(),
        Value::Str(_) => return Err(vm.type_error("cannot convert 'str' object to bytes")),
        other => {
            let cls = Value::Class(vm.types.cls(crate::types::Builtin::Bytes));
            match vm.call_value(&cls, vec![other.clone()], vec![])? {
                Value::Bytes(b) => b,
                _ => return Err(vm.type_error("cannot convert to bytes")),
            }
        }
    };
    let mut le = data.to_vec();
    if big {
        le.reverse();
    }
    let x = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &le)
    };
    Ok(Value::from_bigint(x))
}

/// `int.to_bytes`/`int.from_bytes`' `byteorder` (default "big"): true for "big".
fn byteorder_is_big(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) if &**s == "big" => Ok(true),
        Some(Value::Str(s)) if &**s == "little" => Ok(false),
        Some(Value::Str(_)) => Err(vm.err(
            ExcKind::ValueError,
            "byteorder must be either 'little' or 'big'",
        )),
        Some(v) => Err(vm.type_error(format!(
            "{func}() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}
