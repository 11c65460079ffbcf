//! Number/string formatting for the Python interpreter, matching CPython 3.11
//! byte for byte:
//!
//! * `repr(float)`, `format(x, spec)` for float / int / str (the whole format
//!   spec mini-language, ported from CPython's `Python/formatter_unicode.c`
//!   and `Python/pystrtod.c`),
//! * `fmt % args` (ported from `PyUnicode_Format` in `Objects/unicodeobject.c`),
//! * the `str.format` template parser (`Objects/stringlib/unicode_format.h`),
//! * string → number parsing (`float(s)`, `int(s, base)`), `round(x, n)`,
//!   exact int ↔ float conversions and correctly rounded `int / int`.
//!
//! Digit generation is never done by hand: Rust's `{:e}` (shortest
//! round-trip), `{:.*e}` and `{:.*}` (exact, correctly rounded, ties to even)
//! produce the same digits as David Gay's dtoa used by CPython; this module
//! only lays them out the way CPython does.
//!
//! Nothing in here panics on any input: all user-supplied specs are parsed
//! defensively and every error is returned as a [`FmtError`].

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

/// An error to raise in Python: exception type name (`"ValueError"`,
/// `"TypeError"`, `"OverflowError"`, `"KeyError"`, `"IndexError"`,
/// `"ZeroDivisionError"`, `"MemoryError"`) and CPython's exact message.
/// For `KeyError` the message is the missing key itself (the caller builds
/// `KeyError(key)`, whose str() is the repr of the key).
#[derive(Debug, Clone, PartialEq)]
pub struct FmtError {
    pub kind: &'static str,
    pub msg: String,
}

impl FmtError {
    pub fn new(kind: &'static str, msg: impl Into<String>) -> FmtError {
        FmtError {
            kind,
            msg: msg.into(),
        }
    }
}

impl std::fmt::Display for FmtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.msg)
    }
}

fn value_error(msg: impl Into<String>) -> FmtError {
    FmtError::new("ValueError", msg)
}
fn type_error(msg: impl Into<String>) -> FmtError {
    FmtError::new("TypeError", msg)
}
fn overflow_error(msg: impl Into<String>) -> FmtError {
    FmtError::new("OverflowError", msg)
}
fn memory_error() -> FmtError {
    FmtError::new("MemoryError", "")
}

/// Widths / precisions above this are refused with MemoryError instead of
/// trying to build a gigantic string (CPython would try and most likely fail
/// the same way inside a WebAssembly sandbox).
const MAX_ALLOC: i64 = 1 << 24;

/// `sys.get_int_max_str_digits()` default in CPython 3.11.
pub const INT_MAX_STR_DIGITS: usize = 4300;

thread_local! {
    /// `sys.set_int_max_str_digits(n)` (0: no limit); reset for each program.
    static MAX_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(INT_MAX_STR_DIGITS) };
}

/// The current `sys.get_int_max_str_digits()`.
pub fn max_str_digits() -> usize {
    MAX_DIGITS.with(|m| m.get())
}

pub fn set_max_str_digits(n: usize) {
    MAX_DIGITS.with(|m| m.set(n));
}

fn over_limit(n: usize) -> bool {
    let m = max_str_digits();
    m != 0 && n > m
}

const PY_SSIZE_T_MAX: i64 = i64::MAX;
const INT_MAX: i64 = i32::MAX as i64;

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

/// `str.isspace()` for one character (Python's `Py_UNICODE_ISSPACE`).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Zero digits of the Unicode decimal-digit (Nd) runs outside ASCII
/// (Unicode 14, as in CPython 3.11); each run is ten consecutive digits.
const ND_ZEROS: [u32; 65] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit.
pub fn py_decimal(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii_digit() {
        return Some(u - '0' as u32);
    }
    if u < 0x660 {
        return None;
    }
    let i = ND_ZEROS.partition_point(|&z| z <= u);
    if i == 0 {
        return None;
    }
    let z = ND_ZEROS[i - 1];
    if u - z < 10 {
        Some(u - z)
    } else {
        None
    }
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII` followed by stripping ASCII
/// whitespace, as `int(str)` / `float(str)` do. None if a non-ASCII char
/// is neither a space nor a decimal digit (the literal is then invalid).
fn number_to_ascii(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if py_isspace(c) {
            out.push(' ');
        } else if let Some(d) = py_decimal(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            return None;
        }
    }
    let t = out.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'));
    Some(t.to_string())
}

/// Ranges of code points for which `str.isprintable()` is False in
/// CPython 3.11 (Unicode 14.0), sorted.
const NON_PRINTABLE: [(u32, u32); 701] = [
    (0x0, 0x1f),
    (0x7f, 0xa0),
    (0xad, 0xad),
    (0x378, 0x379),
    (0x380, 0x383),
    (0x38b, 0x38b),
    (0x38d, 0x38d),
    (0x3a2, 0x3a2),
    (0x530, 0x530),
    (0x557, 0x558),
    (0x58b, 0x58c),
    (0x590, 0x590),
    (0x5c8, 0x5cf),
    (0x5eb, 0x5ee),
    (0x5f5, 0x605),
    (0x61c, 0x61c),
    (0x6dd, 0x6dd),
    (0x70e, 0x70f),
    (0x74b, 0x74c),
    (0x7b2, 0x7bf),
    (0x7fb, 0x7fc),
    (0x82e, 0x82f),
    (0x83f, 0x83f),
    (0x85c, 0x85d),
    (0x85f, 0x85f),
    (0x86b, 0x86f),
    (0x88f, 0x897),
    (0x8e2, 0x8e2),
    (0x984, 0x984),
    (0x98d, 0x98e),
    (0x991, 0x992),
    (0x9a9, 0x9a9),
    (0x9b1, 0x9b1),
    (0x9b3, 0x9b5),
    (0x9ba, 0x9bb),
    (0x9c5, 0x9c6),
    (0x9c9, 0x9ca),
    (0x9cf, 0x9d6),
    (0x9d8, 0x9db),
    (0x9de, 0x9de),
    (0x9e4, 0x9e5),
    (0x9ff, 0xa00),
    (0xa04, 0xa04),
    (0xa0b, 0xa0e),
    (0xa11, 0xa12),
    (0xa29, 0xa29),
    (0xa31, 0xa31),
    (0xa34, 0xa34),
    (0xa37, 0xa37),
    (0xa3a, 0xa3b),
    (0xa3d, 0xa3d),
    (0xa43, 0xa46),
    (0xa49, 0xa4a),
    (0xa4e, 0xa50),
    (0xa52, 0xa58),
    (0xa5d, 0xa5d),
    (0xa5f, 0xa65),
    (0xa77, 0xa80),
    (0xa84, 0xa84),
    (0xa8e, 0xa8e),
    (0xa92, 0xa92),
    (0xaa9, 0xaa9),
    (0xab1, 0xab1),
    (0xab4, 0xab4),
    (0xaba, 0xabb),
    (0xac6, 0xac6),
    (0xaca, 0xaca),
    (0xace, 0xacf),
    (0xad1, 0xadf),
    (0xae4, 0xae5),
    (0xaf2, 0xaf8),
    (0xb00, 0xb00),
    (0xb04, 0xb04),
    (0xb0d, 0xb0e),
    (0xb11, 0xb12),
    (0xb29, 0xb29),
    (0xb31, 0xb31),
    (0xb34, 0xb34),
    (0xb3a, 0xb3b),
    (0xb45, 0xb46),
    (0xb49, 0xb4a),
    (0xb4e, 0xb54),
    (0xb58, 0xb5b),
    (0xb5e, 0xb5e),
    (0xb64, 0xb65),
    (0xb78, 0xb81),
    (0xb84, 0xb84),
    (0xb8b, 0xb8d),
    (0xb91, 0xb91),
    (0xb96, 0xb98),
    (0xb9b, 0xb9b),
    (0xb9d, 0xb9d),
    (0xba0, 0xba2),
    (0xba5, 0xba7),
    (0xbab, 0xbad),
    (0xbba, 0xbbd),
    (0xbc3, 0xbc5),
    (0xbc9, 0xbc9),
    (0xbce, 0xbcf),
    (0xbd1, 0xbd6),
    (0xbd8, 0xbe5),
    (0xbfb, 0xbff),
    (0xc0d, 0xc0d),
    (0xc11, 0xc11),
    (0xc29, 0xc29),
    (0xc3a, 0xc3b),
    (0xc45, 0xc45),
    (0xc49, 0xc49),
    (0xc4e, 0xc54),
    (0xc57, 0xc57),
    (0xc5b, 0xc5c),
    (0xc5e, 0xc5f),
    (0xc64, 0xc65),
    (0xc70, 0xc76),
    (0xc8d, 0xc8d),
    (0xc91, 0xc91),
    (0xca9, 0xca9),
    (0xcb4, 0xcb4),
    (0xcba, 0xcbb),
    (0xcc5, 0xcc5),
    (0xcc9, 0xcc9),
    (0xcce, 0xcd4),
    (0xcd7, 0xcdc),
    (0xcdf, 0xcdf),
    (0xce4, 0xce5),
    (0xcf0, 0xcf0),
    (0xcf3, 0xcff),
    (0xd0d, 0xd0d),
    (0xd11, 0xd11),
    (0xd45, 0xd45),
    (0xd49, 0xd49),
    (0xd50, 0xd53),
    (0xd64, 0xd65),
    (0xd80, 0xd80),
    (0xd84, 0xd84),
    (0xd97, 0xd99),
    (0xdb2, 0xdb2),
    (0xdbc, 0xdbc),
    (0xdbe, 0xdbf),
    (0xdc7, 0xdc9),
    (0xdcb, 0xdce),
    (0xdd5, 0xdd5),
    (0xdd7, 0xdd7),
    (0xde0, 0xde5),
    (0xdf0, 0xdf1),
    (0xdf5, 0xe00),
    (0xe3b, 0xe3e),
    (0xe5c, 0xe80),
    (0xe83, 0xe83),
    (0xe85, 0xe85),
    (0xe8b, 0xe8b),
    (0xea4, 0xea4),
    (0xea6, 0xea6),
    (0xebe, 0xebf),
    (0xec5, 0xec5),
    (0xec7, 0xec7),
    (0xece, 0xecf),
    (0xeda, 0xedb),
    (0xee0, 0xeff),
    (0xf48, 0xf48),
    (0xf6d, 0xf70),
    (0xf98, 0xf98),
    (0xfbd, 0xfbd),
    (0xfcd, 0xfcd),
    (0xfdb, 0xfff),
    (0x10c6, 0x10c6),
    (0x10c8, 0x10cc),
    (0x10ce, 0x10cf),
    (0x1249, 0x1249),
    (0x124e, 0x124f),
    (0x1257, 0x1257),
    (0x1259, 0x1259),
    (0x125e, 0x125f),
    (0x1289, 0x1289),
    (0x128e, 0x128f),
    (0x12b1, 0x12b1),
    (0x12b6, 0x12b7),
    (0x12bf, 0x12bf),
    (0x12c1, 0x12c1),
    (0x12c6, 0x12c7),
    (0x12d7, 0x12d7),
    (0x1311, 0x1311),
    (0x1316, 0x1317),
    (0x135b, 0x135c),
    (0x137d, 0x137f),
    (0x139a, 0x139f),
    (0x13f6, 0x13f7),
    (0x13fe, 0x13ff),
    (0x1680, 0x1680),
    (0x169d, 0x169f),
    (0x16f9, 0x16ff),
    (0x1716, 0x171e),
    (0x1737, 0x173f),
    (0x1754, 0x175f),
    (0x176d, 0x176d),
    (0x1771, 0x1771),
    (0x1774, 0x177f),
    (0x17de, 0x17df),
    (0x17ea, 0x17ef),
    (0x17fa, 0x17ff),
    (0x180e, 0x180e),
    (0x181a, 0x181f),
    (0x1879, 0x187f),
    (0x18ab, 0x18af),
    (0x18f6, 0x18ff),
    (0x191f, 0x191f),
    (0x192c, 0x192f),
    (0x193c, 0x193f),
    (0x1941, 0x1943),
    (0x196e, 0x196f),
    (0x1975, 0x197f),
    (0x19ac, 0x19af),
    (0x19ca, 0x19cf),
    (0x19db, 0x19dd),
    (0x1a1c, 0x1a1d),
    (0x1a5f, 0x1a5f),
    (0x1a7d, 0x1a7e),
    (0x1a8a, 0x1a8f),
    (0x1a9a, 0x1a9f),
    (0x1aae, 0x1aaf),
    (0x1acf, 0x1aff),
    (0x1b4d, 0x1b4f),
    (0x1b7f, 0x1b7f),
    (0x1bf4, 0x1bfb),
    (0x1c38, 0x1c3a),
    (0x1c4a, 0x1c4c),
    (0x1c89, 0x1c8f),
    (0x1cbb, 0x1cbc),
    (0x1cc8, 0x1ccf),
    (0x1cfb, 0x1cff),
    (0x1f16, 0x1f17),
    (0x1f1e, 0x1f1f),
    (0x1f46, 0x1f47),
    (0x1f4e, 0x1f4f),
    (0x1f58, 0x1f58),
    (0x1f5a, 0x1f5a),
    (0x1f5c, 0x1f5c),
    (0x1f5e, 0x1f5e),
    (0x1f7e, 0x1f7f),
    (0x1fb5, 0x1fb5),
    (0x1fc5, 0x1fc5),
    (0x1fd4, 0x1fd5),
    (0x1fdc, 0x1fdc),
    (0x1ff0, 0x1ff1),
    (0x1ff5, 0x1ff5),
    (0x1fff, 0x200f),
    (0x2028, 0x202f),
    (0x205f, 0x206f),
    (0x2072, 0x2073),
    (0x208f, 0x208f),
    (0x209d, 0x209f),
    (0x20c1, 0x20cf),
    (0x20f1, 0x20ff),
    (0x218c, 0x218f),
    (0x2427, 0x243f),
    (0x244b, 0x245f),
    (0x2b74, 0x2b75),
    (0x2b96, 0x2b96),
    (0x2cf4, 0x2cf8),
    (0x2d26, 0x2d26),
    (0x2d28, 0x2d2c),
    (0x2d2e, 0x2d2f),
    (0x2d68, 0x2d6e),
    (0x2d71, 0x2d7e),
    (0x2d97, 0x2d9f),
    (0x2da7, 0x2da7),
    (0x2daf, 0x2daf),
    (0x2db7, 0x2db7),
    (0x2dbf, 0x2dbf),
    (0x2dc7, 0x2dc7),
    (0x2dcf, 0x2dcf),
    (0x2dd7, 0x2dd7),
    (0x2ddf, 0x2ddf),
    (0x2e5e, 0x2e7f),
    (0x2e9a, 0x2e9a),
    (0x2ef4, 0x2eff),
    (0x2fd6, 0x2fef),
    (0x2ffc, 0x3000),
    (0x3040, 0x3040),
    (0x3097, 0x3098),
    (0x3100, 0x3104),
    (0x3130, 0x3130),
    (0x318f, 0x318f),
    (0x31e4, 0x31ef),
    (0x321f, 0x321f),
    (0xa48d, 0xa48f),
    (0xa4c7, 0xa4cf),
    (0xa62c, 0xa63f),
    (0xa6f8, 0xa6ff),
    (0xa7cb, 0xa7cf),
    (0xa7d2, 0xa7d2),
    (0xa7d4, 0xa7d4),
    (0xa7da, 0xa7f1),
    (0xa82d, 0xa82f),
    (0xa83a, 0xa83f),
    (0xa878, 0xa87f),
    (0xa8c6, 0xa8cd),
    (0xa8da, 0xa8df),
    (0xa954, 0xa95e),
    (0xa97d, 0xa97f),
    (0xa9ce, 0xa9ce),
    (0xa9da, 0xa9dd),
    (0xa9ff, 0xa9ff),
    (0xaa37, 0xaa3f),
    (0xaa4e, 0xaa4f),
    (0xaa5a, 0xaa5b),
    (0xaac3, 0xaada),
    (0xaaf7, 0xab00),
    (0xab07, 0xab08),
    (0xab0f, 0xab10),
    (0xab17, 0xab1f),
    (0xab27, 0xab27),
    (0xab2f, 0xab2f),
    (0xab6c, 0xab6f),
    (0xabee, 0xabef),
    (0xabfa, 0xabff),
    (0xd7a4, 0xd7af),
    (0xd7c7, 0xd7ca),
    (0xd7fc, 0xf8ff),
    (0xfa6e, 0xfa6f),
    (0xfada, 0xfaff),
    (0xfb07, 0xfb12),
    (0xfb18, 0xfb1c),
    (0xfb37, 0xfb37),
    (0xfb3d, 0xfb3d),
    (0xfb3f, 0xfb3f),
    (0xfb42, 0xfb42),
    (0xfb45, 0xfb45),
    (0xfbc3, 0xfbd2),
    (0xfd90, 0xfd91),
    (0xfdc8, 0xfdce),
    (0xfdd0, 0xfdef),
    (0xfe1a, 0xfe1f),
    (0xfe53, 0xfe53),
    (0xfe67, 0xfe67),
    (0xfe6c, 0xfe6f),
    (0xfe75, 0xfe75),
    (0xfefd, 0xff00),
    (0xffbf, 0xffc1),
    (0xffc8, 0xffc9),
    (0xffd0, 0xffd1),
    (0xffd8, 0xffd9),
    (0xffdd, 0xffdf),
    (0xffe7, 0xffe7),
    (0xffef, 0xfffb),
    (0xfffe, 0xffff),
    (0x1000c, 0x1000c),
    (0x10027, 0x10027),
    (0x1003b, 0x1003b),
    (0x1003e, 0x1003e),
    (0x1004e, 0x1004f),
    (0x1005e, 0x1007f),
    (0x100fb, 0x100ff),
    (0x10103, 0x10106),
    (0x10134, 0x10136),
    (0x1018f, 0x1018f),
    (0x1019d, 0x1019f),
    (0x101a1, 0x101cf),
    (0x101fe, 0x1027f),
    (0x1029d, 0x1029f),
    (0x102d1, 0x102df),
    (0x102fc, 0x102ff),
    (0x10324, 0x1032c),
    (0x1034b, 0x1034f),
    (0x1037b, 0x1037f),
    (0x1039e, 0x1039e),
    (0x103c4, 0x103c7),
    (0x103d6, 0x103ff),
    (0x1049e, 0x1049f),
    (0x104aa, 0x104af),
    (0x104d4, 0x104d7),
    (0x104fc, 0x104ff),
    (0x10528, 0x1052f),
    (0x10564, 0x1056e),
    (0x1057b, 0x1057b),
    (0x1058b, 0x1058b),
    (0x10593, 0x10593),
    (0x10596, 0x10596),
    (0x105a2, 0x105a2),
    (0x105b2, 0x105b2),
    (0x105ba, 0x105ba),
    (0x105bd, 0x105ff),
    (0x10737, 0x1073f),
    (0x10756, 0x1075f),
    (0x10768, 0x1077f),
    (0x10786, 0x10786),
    (0x107b1, 0x107b1),
    (0x107bb, 0x107ff),
    (0x10806, 0x10807),
    (0x10809, 0x10809),
    (0x10836, 0x10836),
    (0x10839, 0x1083b),
    (0x1083d, 0x1083e),
    (0x10856, 0x10856),
    (0x1089f, 0x108a6),
    (0x108b0, 0x108df),
    (0x108f3, 0x108f3),
    (0x108f6, 0x108fa),
    (0x1091c, 0x1091e),
    (0x1093a, 0x1093e),
    (0x10940, 0x1097f),
    (0x109b8, 0x109bb),
    (0x109d0, 0x109d1),
    (0x10a04, 0x10a04),
    (0x10a07, 0x10a0b),
    (0x10a14, 0x10a14),
    (0x10a18, 0x10a18),
    (0x10a36, 0x10a37),
    (0x10a3b, 0x10a3e),
    (0x10a49, 0x10a4f),
    (0x10a59, 0x10a5f),
    (0x10aa0, 0x10abf),
    (0x10ae7, 0x10aea),
    (0x10af7, 0x10aff),
    (0x10b36, 0x10b38),
    (0x10b56, 0x10b57),
    (0x10b73, 0x10b77),
    (0x10b92, 0x10b98),
    (0x10b9d, 0x10ba8),
    (0x10bb0, 0x10bff),
    (0x10c49, 0x10c7f),
    (0x10cb3, 0x10cbf),
    (0x10cf3, 0x10cf9),
    (0x10d28, 0x10d2f),
    (0x10d3a, 0x10e5f),
    (0x10e7f, 0x10e7f),
    (0x10eaa, 0x10eaa),
    (0x10eae, 0x10eaf),
    (0x10eb2, 0x10eff),
    (0x10f28, 0x10f2f),
    (0x10f5a, 0x10f6f),
    (0x10f8a, 0x10faf),
    (0x10fcc, 0x10fdf),
    (0x10ff7, 0x10fff),
    (0x1104e, 0x11051),
    (0x11076, 0x1107e),
    (0x110bd, 0x110bd),
    (0x110c3, 0x110cf),
    (0x110e9, 0x110ef),
    (0x110fa, 0x110ff),
    (0x11135, 0x11135),
    (0x11148, 0x1114f),
    (0x11177, 0x1117f),
    (0x111e0, 0x111e0),
    (0x111f5, 0x111ff),
    (0x11212, 0x11212),
    (0x1123f, 0x1127f),
    (0x11287, 0x11287),
    (0x11289, 0x11289),
    (0x1128e, 0x1128e),
    (0x1129e, 0x1129e),
    (0x112aa, 0x112af),
    (0x112eb, 0x112ef),
    (0x112fa, 0x112ff),
    (0x11304, 0x11304),
    (0x1130d, 0x1130e),
    (0x11311, 0x11312),
    (0x11329, 0x11329),
    (0x11331, 0x11331),
    (0x11334, 0x11334),
    (0x1133a, 0x1133a),
    (0x11345, 0x11346),
    (0x11349, 0x1134a),
    (0x1134e, 0x1134f),
    (0x11351, 0x11356),
    (0x11358, 0x1135c),
    (0x11364, 0x11365),
    (0x1136d, 0x1136f),
    (0x11375, 0x113ff),
    (0x1145c, 0x1145c),
    (0x11462, 0x1147f),
    (0x114c8, 0x114cf),
    (0x114da, 0x1157f),
    (0x115b6, 0x115b7),
    (0x115de, 0x115ff),
    (0x11645, 0x1164f),
    (0x1165a, 0x1165f),
    (0x1166d, 0x1167f),
    (0x116ba, 0x116bf),
    (0x116ca, 0x116ff),
    (0x1171b, 0x1171c),
    (0x1172c, 0x1172f),
    (0x11747, 0x117ff),
    (0x1183c, 0x1189f),
    (0x118f3, 0x118fe),
    (0x11907, 0x11908),
    (0x1190a, 0x1190b),
    (0x11914, 0x11914),
    (0x11917, 0x11917),
    (0x11936, 0x11936),
    (0x11939, 0x1193a),
    (0x11947, 0x1194f),
    (0x1195a, 0x1199f),
    (0x119a8, 0x119a9),
    (0x119d8, 0x119d9),
    (0x119e5, 0x119ff),
    (0x11a48, 0x11a4f),
    (0x11aa3, 0x11aaf),
    (0x11af9, 0x11bff),
    (0x11c09, 0x11c09),
    (0x11c37, 0x11c37),
    (0x11c46, 0x11c4f),
    (0x11c6d, 0x11c6f),
    (0x11c90, 0x11c91),
    (0x11ca8, 0x11ca8),
    (0x11cb7, 0x11cff),
    (0x11d07, 0x11d07),
    (0x11d0a, 0x11d0a),
    (0x11d37, 0x11d39),
    (0x11d3b, 0x11d3b),
    (0x11d3e, 0x11d3e),
    (0x11d48, 0x11d4f),
    (0x11d5a, 0x11d5f),
    (0x11d66, 0x11d66),
    (0x11d69, 0x11d69),
    (0x11d8f, 0x11d8f),
    (0x11d92, 0x11d92),
    (0x11d99, 0x11d9f),
    (0x11daa, 0x11edf),
    (0x11ef9, 0x11faf),
    (0x11fb1, 0x11fbf),
    (0x11ff2, 0x11ffe),
    (0x1239a, 0x123ff),
    (0x1246f, 0x1246f),
    (0x12475, 0x1247f),
    (0x12544, 0x12f8f),
    (0x12ff3, 0x12fff),
    (0x1342f, 0x143ff),
    (0x14647, 0x167ff),
    (0x16a39, 0x16a3f),
    (0x16a5f, 0x16a5f),
    (0x16a6a, 0x16a6d),
    (0x16abf, 0x16abf),
    (0x16aca, 0x16acf),
    (0x16aee, 0x16aef),
    (0x16af6, 0x16aff),
    (0x16b46, 0x16b4f),
    (0x16b5a, 0x16b5a),
    (0x16b62, 0x16b62),
    (0x16b78, 0x16b7c),
    (0x16b90, 0x16e3f),
    (0x16e9b, 0x16eff),
    (0x16f4b, 0x16f4e),
    (0x16f88, 0x16f8e),
    (0x16fa0, 0x16fdf),
    (0x16fe5, 0x16fef),
    (0x16ff2, 0x16fff),
    (0x187f8, 0x187ff),
    (0x18cd6, 0x18cff),
    (0x18d09, 0x1afef),
    (0x1aff4, 0x1aff4),
    (0x1affc, 0x1affc),
    (0x1afff, 0x1afff),
    (0x1b123, 0x1b14f),
    (0x1b153, 0x1b163),
    (0x1b168, 0x1b16f),
    (0x1b2fc, 0x1bbff),
    (0x1bc6b, 0x1bc6f),
    (0x1bc7d, 0x1bc7f),
    (0x1bc89, 0x1bc8f),
    (0x1bc9a, 0x1bc9b),
    (0x1bca0, 0x1ceff),
    (0x1cf2e, 0x1cf2f),
    (0x1cf47, 0x1cf4f),
    (0x1cfc4, 0x1cfff),
    (0x1d0f6, 0x1d0ff),
    (0x1d127, 0x1d128),
    (0x1d173, 0x1d17a),
    (0x1d1eb, 0x1d1ff),
    (0x1d246, 0x1d2df),
    (0x1d2f4, 0x1d2ff),
    (0x1d357, 0x1d35f),
    (0x1d379, 0x1d3ff),
    (0x1d455, 0x1d455),
    (0x1d49d, 0x1d49d),
    (0x1d4a0, 0x1d4a1),
    (0x1d4a3, 0x1d4a4),
    (0x1d4a7, 0x1d4a8),
    (0x1d4ad, 0x1d4ad),
    (0x1d4ba, 0x1d4ba),
    (0x1d4bc, 0x1d4bc),
    (0x1d4c4, 0x1d4c4),
    (0x1d506, 0x1d506),
    (0x1d50b, 0x1d50c),
    (0x1d515, 0x1d515),
    (0x1d51d, 0x1d51d),
    (0x1d53a, 0x1d53a),
    (0x1d53f, 0x1d53f),
    (0x1d545, 0x1d545),
    (0x1d547, 0x1d549),
    (0x1d551, 0x1d551),
    (0x1d6a6, 0x1d6a7),
    (0x1d7cc, 0x1d7cd),
    (0x1da8c, 0x1da9a),
    (0x1daa0, 0x1daa0),
    (0x1dab0, 0x1deff),
    (0x1df1f, 0x1dfff),
    (0x1e007, 0x1e007),
    (0x1e019, 0x1e01a),
    (0x1e022, 0x1e022),
    (0x1e025, 0x1e025),
    (0x1e02b, 0x1e0ff),
    (0x1e12d, 0x1e12f),
    (0x1e13e, 0x1e13f),
    (0x1e14a, 0x1e14d),
    (0x1e150, 0x1e28f),
    (0x1e2af, 0x1e2bf),
    (0x1e2fa, 0x1e2fe),
    (0x1e300, 0x1e7df),
    (0x1e7e7, 0x1e7e7),
    (0x1e7ec, 0x1e7ec),
    (0x1e7ef, 0x1e7ef),
    (0x1e7ff, 0x1e7ff),
    (0x1e8c5, 0x1e8c6),
    (0x1e8d7, 0x1e8ff),
    (0x1e94c, 0x1e94f),
    (0x1e95a, 0x1e95d),
    (0x1e960, 0x1ec70),
    (0x1ecb5, 0x1ed00),
    (0x1ed3e, 0x1edff),
    (0x1ee04, 0x1ee04),
    (0x1ee20, 0x1ee20),
    (0x1ee23, 0x1ee23),
    (0x1ee25, 0x1ee26),
    (0x1ee28, 0x1ee28),
    (0x1ee33, 0x1ee33),
    (0x1ee38, 0x1ee38),
    (0x1ee3a, 0x1ee3a),
    (0x1ee3c, 0x1ee41),
    (0x1ee43, 0x1ee46),
    (0x1ee48, 0x1ee48),
    (0x1ee4a, 0x1ee4a),
    (0x1ee4c, 0x1ee4c),
    (0x1ee50, 0x1ee50),
    (0x1ee53, 0x1ee53),
    (0x1ee55, 0x1ee56),
    (0x1ee58, 0x1ee58),
    (0x1ee5a, 0x1ee5a),
    (0x1ee5c, 0x1ee5c),
    (0x1ee5e, 0x1ee5e),
    (0x1ee60, 0x1ee60),
    (0x1ee63, 0x1ee63),
    (0x1ee65, 0x1ee66),
    (0x1ee6b, 0x1ee6b),
    (0x1ee73, 0x1ee73),
    (0x1ee78, 0x1ee78),
    (0x1ee7d, 0x1ee7d),
    (0x1ee7f, 0x1ee7f),
    (0x1ee8a, 0x1ee8a),
    (0x1ee9c, 0x1eea0),
    (0x1eea4, 0x1eea4),
    (0x1eeaa, 0x1eeaa),
    (0x1eebc, 0x1eeef),
    (0x1eef2, 0x1efff),
    (0x1f02c, 0x1f02f),
    (0x1f094, 0x1f09f),
    (0x1f0af, 0x1f0b0),
    (0x1f0c0, 0x1f0c0),
    (0x1f0d0, 0x1f0d0),
    (0x1f0f6, 0x1f0ff),
    (0x1f1ae, 0x1f1e5),
    (0x1f203, 0x1f20f),
    (0x1f23c, 0x1f23f),
    (0x1f249, 0x1f24f),
    (0x1f252, 0x1f25f),
    (0x1f266, 0x1f2ff),
    (0x1f6d8, 0x1f6dc),
    (0x1f6ed, 0x1f6ef),
    (0x1f6fd, 0x1f6ff),
    (0x1f774, 0x1f77f),
    (0x1f7d9, 0x1f7df),
    (0x1f7ec, 0x1f7ef),
    (0x1f7f1, 0x1f7ff),
    (0x1f80c, 0x1f80f),
    (0x1f848, 0x1f84f),
    (0x1f85a, 0x1f85f),
    (0x1f888, 0x1f88f),
    (0x1f8ae, 0x1f8af),
    (0x1f8b2, 0x1f8ff),
    (0x1fa54, 0x1fa5f),
    (0x1fa6e, 0x1fa6f),
    (0x1fa75, 0x1fa77),
    (0x1fa7d, 0x1fa7f),
    (0x1fa87, 0x1fa8f),
    (0x1faad, 0x1faaf),
    (0x1fabb, 0x1fabf),
    (0x1fac6, 0x1facf),
    (0x1fada, 0x1fadf),
    (0x1fae8, 0x1faef),
    (0x1faf7, 0x1faff),
    (0x1fb93, 0x1fb93),
    (0x1fbcb, 0x1fbef),
    (0x1fbfa, 0x1ffff),
    (0x2a6e0, 0x2a6ff),
    (0x2b739, 0x2b73f),
    (0x2b81e, 0x2b81f),
    (0x2cea2, 0x2ceaf),
    (0x2ebe1, 0x2f7ff),
    (0x2fa1e, 0x2ffff),
    (0x3134b, 0xe00ff),
    (0xe01f0, 0x10ffff),
];

/// `str.isprintable()` for one character (exact for Unicode 14 / CPython 3.11).
pub fn py_isprintable(c: char) -> bool {
    let u = c as u32;
    if (0x20..0x7f).contains(&u) {
        return true;
    }
    let i = NON_PRINTABLE.partition_point(|&(a, _)| a <= u);
    !(i > 0 && u <= NON_PRINTABLE[i - 1].1)
}

/// `repr(s)` for a Python str.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            _ if (c as u32) < 0x7f => out.push(c),
            _ if py_isprintable(c) => out.push(c),
            _ => push_escaped(&mut out, c),
        }
    }
    out.push(quote);
    out
}

fn push_escaped(out: &mut String, c: char) {
    let u = c as u32;
    if u <= 0xff {
        out.push_str(&format!("\\x{:02x}", u));
    } else if u <= 0xffff {
        out.push_str(&format!("\\u{:04x}", u));
    } else {
        out.push_str(&format!("\\U{:08x}", u));
    }
}

/// `ascii(obj)` given `repr(obj)`: non-ASCII characters backslash-escaped.
pub fn ascii_of_repr(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escaped(&mut out, c);
        }
    }
    out
}

fn pad_chars(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

// ---------------------------------------------------------------------------
// Integers → strings
// ---------------------------------------------------------------------------

/// Decimal string of an int, without the `int_max_str_digits` limit.
pub fn int_to_str(x: &BigInt) -> String {
    x.to_str_radix(10)
}

fn too_many_digits_to_str() -> FmtError {
    value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    ))
}

/// `str(x)` for an int, with CPython 3.11's 4300-digit limit (ValueError).
pub fn int_to_str_checked(x: &BigInt) -> Result<String, FmtError> {
    let bits = x.bits();
    let m = max_str_digits() as u64;
    if m != 0 && bits > m * 4 {
        // more than `m` decimal digits (a digit takes under 4 bits): over the limit
        return Err(too_many_digits_to_str());
    }
    let s = x.to_str_radix(10);
    let n = if s.starts_with('-') {
        s.len() - 1
    } else {
        s.len()
    };
    if over_limit(n) {
        return Err(too_many_digits_to_str());
    }
    Ok(s)
}

/// `bin(x)`, `oct(x)`, `hex(x)` style string (`base` 2, 8, 16 get the
/// `0b`/`0o`/`0x` prefix when `prefix` is true; other bases never do).
pub fn int_to_string_radix(x: &BigInt, base: u32, prefix: bool) -> String {
    let base = base.clamp(2, 36);
    let digits = x.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if x.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        match base {
            2 => out.push_str("0b"),
            8 => out.push_str("0o"),
            16 => out.push_str("0x"),
            _ => {}
        }
    }
    out.push_str(&digits);
    out
}

// ---------------------------------------------------------------------------
// Float → string (PyOS_double_to_string)
// ---------------------------------------------------------------------------

/// Digits (no trailing zeros, "0" for zero) and decimal point position of
/// |x| such that |x| ≈ 0.DIGITS × 10^decpt.
fn shortest_digits(x: f64) -> (String, i64) {
    let a = x.abs();
    let (digits, decpt) = split_exp_repr(&format!("{:e}", a));
    let n = digits.len();
    if n >= 14 {
        // When two shortest candidates are equally close to x, dtoa takes
        // the even one (the correctly rounded n-digit value), while Rust may
        // take the other: use the exactly rounded n digits if they round-trip.
        let exact = format!("{:.*e}", n - 1, a);
        if exact.parse::<f64>().ok() == Some(a) {
            return split_exp_repr(&exact);
        }
    }
    (digits, decpt)
}

/// `ndigits` significant digits, correctly rounded (dtoa mode 2), trailing
/// zeros stripped.
fn precision_digits(x: f64, ndigits: usize) -> (String, i64) {
    // a double has at most 767 significant decimal digits: cap the request
    // (Rust refuses precisions above u16::MAX) without changing the result.
    let p = (ndigits.max(1) - 1).min(1100);
    split_exp_repr(&format!("{:.*e}", p, x.abs()))
}

fn split_exp_repr(s: &str) -> (String, i64) {
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits == "0" || digits.is_empty() {
        return ("0".to_string(), 1);
    }
    (digits, exp + 1)
}

/// Port of CPython's `PyOS_double_to_string` (+ `format_float_short`).
/// `code` is one of e E f F g G r; `precision` as given by the caller.
fn double_to_string(
    x: f64,
    code: char,
    precision: i64,
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
) -> Result<String, FmtError> {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let mut precision = precision;
    if precision > MAX_ALLOC {
        return Err(memory_error());
    }
    match code {
        'e' => precision += 1,
        'g' if precision == 0 => precision = 1,
        _ => {}
    }
    if x.is_nan() {
        return Ok(if upper { "NAN" } else { "nan" }.to_string());
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return Ok(if negative {
            format!("-{}", s)
        } else {
            s.to_string()
        });
    }
    if code == 'f' {
        // Rust refuses precisions above u16::MAX; past 1074 fractional
        // digits every double's expansion is exact, so pad with zeros.
        let p = precision.max(0) as usize;
        let capped = p.min(1100);
        let mut s = format!("{:.*}", capped, x.abs());
        pad_chars(&mut s, '0', (p - capped) as i64);
        if alt && precision == 0 {
            s.push('.');
        }
        let all_zero = s.bytes().all(|b| b == b'0' || b == b'.');
        if negative && !(no_neg_0 && all_zero) {
            s.insert(0, '-');
        }
        return Ok(s);
    }
    let (digits, decpt0) = match code {
        'r' => shortest_digits(x),
        _ => precision_digits(x, precision.max(1) as usize),
    };
    let mut sign = negative;
    if no_neg_0 && sign && digits == "0" {
        sign = false;
    }
    let digits = digits.as_bytes();
    let digits_len = digits.len() as i64;
    let mut decpt = decpt0;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'g' => {
            if decpt <= -4 || decpt > (if add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r'
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let mut p = String::with_capacity((vdigits_end - vdigits_start + 8).max(8) as usize);
    if sign {
        p.push('-');
    }
    if decpt <= 0 {
        pad_chars(&mut p, '0', decpt - vdigits_start);
        p.push('.');
        pad_chars(&mut p, '0', -decpt);
    } else {
        pad_chars(&mut p, '0', -vdigits_start);
    }
    let dstr = std::str::from_utf8(digits).unwrap_or("0");
    if 0 < decpt && decpt <= digits_len {
        p.push_str(&dstr[..decpt as usize]);
        p.push('.');
        p.push_str(&dstr[decpt as usize..]);
    } else {
        p.push_str(dstr);
    }
    if digits_len < decpt {
        pad_chars(&mut p, '0', decpt - digits_len);
        p.push('.');
        pad_chars(&mut p, '0', vdigits_end - decpt);
    } else {
        pad_chars(&mut p, '0', vdigits_end - digits_len);
    }
    if p.ends_with('.') && !alt {
        p.pop();
    }
    if use_exp {
        p.push(if upper { 'E' } else { 'e' });
        if exp < 0 {
            p.push('-');
        } else {
            p.push('+');
        }
        p.push_str(&format!("{:02}", exp.abs()));
    }
    Ok(p)
}

/// `repr(x)` == `str(x)` for a Python float.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, false, true, false).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Format spec mini-language
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq)]
enum Sep {
    None,
    Comma,
    Underscore,
    UnderFour,
}

/// A parsed standard format specifier (`InternalFormatSpec`).
#[derive(Debug, Clone)]
struct Spec {
    fill: char,
    align: char,
    alternate: bool,
    no_neg_0: bool,
    sign: char, // '\0', '+', '-', ' '
    width: i64, // -1 = not given
    sep: Sep,
    precision: i64, // -1 = not given
    ty: char,       // '\0' = not given
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// get_integer from formatter_unicode.c: returns (value, digits consumed).
fn spec_get_integer(chars: &[char], pos: &mut usize) -> Result<(i64, usize), FmtError> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while *pos < chars.len() {
        let d = match py_decimal(chars[*pos]) {
            Some(d) => d as i64,
            None => break,
        };
        if acc > (PY_SSIZE_T_MAX - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

fn unknown_presentation_type(ty: char, type_name: &str) -> FmtError {
    let u = ty as u32;
    if u > 32 && u < 128 {
        value_error(format!(
            "Unknown format code '{}' for object of type '{}'",
            ty, type_name
        ))
    } else {
        value_error(format!(
            "Unknown format code '\\x{:x}' for object of type '{}'",
            u, type_name
        ))
    }
}

fn parse_spec(
    spec: &str,
    default_type: char,
    default_align: char,
    type_name: &str,
) -> Result<Spec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let mut f = Spec {
        fill: ' ',
        align: default_align,
        alternate: false,
        no_neg_0: false,
        sign: '\0',
        width: -1,
        sep: Sep::None,
        precision: -1,
        ty: default_type,
    };
    let mut align_specified = false;
    let mut fill_specified = false;
    if end - pos >= 2 && is_align(chars[pos + 1]) {
        f.align = chars[pos + 1];
        f.fill = chars[pos];
        fill_specified = true;
        align_specified = true;
        pos += 2;
    } else if end - pos >= 1 && is_align(chars[pos]) {
        f.align = chars[pos];
        align_specified = true;
        pos += 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = chars[pos];
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    let (w, n) = spec_get_integer(&chars, &mut pos)?;
    if n > 0 {
        f.width = w;
    }
    if pos < end && chars[pos] == ',' {
        f.sep = Sep::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.sep != Sep::None {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        f.sep = Sep::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.sep == Sep::Underscore {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (p, n) = spec_get_integer(&chars, &mut pos)?;
        if n == 0 {
            return Err(value_error("Format specifier missing precision"));
        }
        f.precision = p;
    }
    if end - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        f.ty = chars[pos];
    }
    if f.sep != Sep::None {
        match f.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.sep == Sep::Underscore => f.sep = Sep::UnderFour,
            t => {
                let sc = if f.sep == Sep::Comma { ',' } else { '_' };
                let u = t as u32;
                return Err(if u > 32 && u < 128 {
                    value_error(format!("Cannot specify '{}' with '{}'.", sc, t))
                } else {
                    value_error(format!("Cannot specify '{}' with '\\x{:x}'.", sc, u))
                });
            }
        }
    }
    if f.width > MAX_ALLOC {
        // CPython would try to allocate the result; refuse early.
        return Err(memory_error());
    }
    Ok(f)
}

struct Locale {
    decimal: char,
    sep: &'static str,
    group: i64, // 0 = no grouping
}

fn locale_for(spec: &Spec) -> Locale {
    if spec.ty == 'n' {
        // LT_CURRENT_LOCALE; CPython never changes LC_NUMERIC from "C".
        return Locale {
            decimal: '.',
            sep: "",
            group: 0,
        };
    }
    match spec.sep {
        Sep::None => Locale {
            decimal: '.',
            sep: "",
            group: 0,
        },
        Sep::Comma => Locale {
            decimal: '.',
            sep: ",",
            group: 3,
        },
        Sep::Underscore => Locale {
            decimal: '.',
            sep: "_",
            group: 3,
        },
        Sep::UnderFour => Locale {
            decimal: '.',
            sep: "_",
            group: 4,
        },
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits`, zero-padding on the
/// left up to `min_width` characters (separators included).
fn insert_grouping(digits: &str, min_width: i64, loc: &Locale) -> String {
    let sep_len = loc.sep.chars().count() as i64;
    let digits: Vec<char> = digits.chars().collect();
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut digits_pos = digits.len();
    let mut segs: Vec<String> = Vec::new(); // right to left
    let mut use_sep = false;
    let emit = |segs: &mut Vec<String>,
                n_chars: i64,
                n_zeros: i64,
                use_sep: bool,
                digits_pos: &mut usize| {
        if use_sep {
            segs.push(loc.sep.to_string());
        }
        let start = *digits_pos - n_chars as usize;
        segs.push(digits[start..*digits_pos].iter().collect());
        *digits_pos = start;
        if n_zeros > 0 {
            segs.push("0".repeat(n_zeros as usize));
        }
    };
    let mut loop_broken = false;
    if loc.group > 0 {
        loop {
            let len = loc.group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut segs, n_chars, n_zeros, use_sep, &mut digits_pos);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut segs, n_chars, n_zeros, use_sep, &mut digits_pos);
    }
    segs.reverse();
    segs.concat()
}

/// calc_number_widths + fill_number from formatter_unicode.c.
/// `digits` are the integer digits to be grouped, `has_decimal` tells whether
/// a decimal point follows them, `remainder` is everything after it.
#[allow(clippy::too_many_arguments)] // the C function's own parameters, in its order
fn fill_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    spec: &Spec,
    loc: &Locale,
    toupper: bool,
) -> String {
    let sign: Option<char> = match spec.sign {
        '+' => Some(if negative { '-' } else { '+' }),
        ' ' => Some(if negative { '-' } else { ' ' }),
        _ => {
            if negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = prefix.chars().count() as i64;
    let n_decimal = has_decimal as i64;
    let n_remainder = remainder.chars().count() as i64;
    let n_digits = digits.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' {
        spec.width - n_non_digit
    } else {
        0
    };
    let grouped = if n_digits == 0 {
        String::new()
    } else {
        insert_grouping(digits, min_width, loc)
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = spec.width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    pad_chars(&mut out, spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if toupper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    pad_chars(&mut out, spec.fill, spad);
    if toupper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if has_decimal {
        out.push(loc.decimal);
    }
    out.push_str(remainder);
    pad_chars(&mut out, spec.fill, rpad);
    out
}

/// The float part of format(): `format_float_internal`.
fn format_float_internal(x: f64, spec: &Spec) -> Result<String, FmtError> {
    if spec.precision > INT_MAX {
        return Err(value_error("precision too big"));
    }
    let mut precision = spec.precision;
    let mut default_precision = 6;
    let mut ty = spec.ty;
    let mut add_dot_0 = false;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    if precision < 0 {
        precision = default_precision;
    } else if ty == 'r' {
        ty = 'g';
    }
    let mut buf = double_to_string(val, ty, precision, spec.alternate, add_dot_0, spec.no_neg_0)?;
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    // parse_number: leading digits, optional '.', remainder
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits = &body[..ndig];
    let rest = &body[ndig..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let loc = locale_for(spec);
    Ok(fill_number(
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        spec,
        &loc,
        false,
    ))
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> Result<String, FmtError> {
    format_float_typed(x, spec, "float")
}

/// `format(x, spec)` for a float (or float subclass named `type_name`).
pub fn format_float_typed(x: f64, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_spec(spec, '\0', '>', type_name)?;
    match f.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_internal(x, &f),
        t => Err(unknown_presentation_type(t, type_name)),
    }
}

/// `format(x, spec)` for an int.
pub fn format_int(x: &BigInt, spec: &str) -> Result<String, FmtError> {
    format_int_typed(x, spec, "int")
}

/// `format(b, spec)` for a bool: `str(b)` for an empty spec, else int rules.
pub fn format_bool(b: bool, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(if b { "True" } else { "False" }.to_string());
    }
    format_int_typed(&BigInt::from(b as u8), spec, "bool")
}

/// `format(x, spec)` for an int (or int subclass named `type_name`).
pub fn format_int_typed(x: &BigInt, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return int_to_str_checked(x);
    }
    let f = parse_spec(spec, 'd', '>', type_name)?;
    match f.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(x, &f),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let v = int_to_float(x)?;
            format_float_internal(v, &f)
        }
        t => Err(unknown_presentation_type(t, type_name)),
    }
}

fn format_long_internal(x: &BigInt, spec: &Spec) -> Result<String, FmtError> {
    if spec.precision != -1 {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let loc = locale_for(spec);
    if spec.ty == 'c' {
        if spec.sign != '\0' {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let v = match x.to_i64() {
            Some(v) => v,
            None => return Err(overflow_error("Python int too large to convert to C long")),
        };
        if !(0..=0x10ffff).contains(&v) {
            return Err(overflow_error("%c arg not in range(0x110000)"));
        }
        // Lone surrogates cannot be represented in a Rust string.
        let ch = char::from_u32(v as u32).unwrap_or('\u{fffd}');
        let s = ch.to_string();
        return Ok(fill_number(false, "", "", false, &s, spec, &loc, false));
    }
    let (base, prefix) = match spec.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if base == 10 {
        let s = int_to_str_checked(x)?;
        s.trim_start_matches('-').to_string()
    } else {
        x.magnitude().to_str_radix(base)
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let negative = x.sign() == Sign::Minus;
    Ok(fill_number(
        negative,
        prefix,
        &digits,
        false,
        "",
        spec,
        &loc,
        spec.ty == 'X',
    ))
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> Result<String, FmtError> {
    format_str_typed(s, spec, "str")
}

/// `format(s, spec)` for a str (or str subclass named `type_name`).
pub fn format_str_typed(s: &str, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_spec(spec, 's', '<', type_name)?;
    if f.ty != 's' {
        return Err(unknown_presentation_type(f.ty, type_name));
    }
    if f.sign != '\0' {
        return Err(value_error(if f.sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if f.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count() as i64;
    let mut text: &str = s;
    if f.precision >= 0 && len >= f.precision {
        len = f.precision;
        let cut = s
            .char_indices()
            .nth(len as usize)
            .map(|(i, _)| i)
            .unwrap_or(s.len());
        text = &s[..cut];
    }
    let total = if f.width >= 0 && f.width > len {
        f.width
    } else {
        len
    };
    let lpad = match f.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(text.len() + (lpad + rpad) as usize);
    pad_chars(&mut out, f.fill, lpad);
    out.push_str(text);
    pad_chars(&mut out, f.fill, rpad);
    Ok(out)
}

/// The generic `object.__format__`: only an empty spec is allowed.
pub fn format_object(str_value: &str, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        Ok(str_value.to_string())
    } else {
        Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name
        )))
    }
}

// ---------------------------------------------------------------------------
// Parsing numbers from strings
// ---------------------------------------------------------------------------

/// Python's underscore rules for float(): only between digits.
fn remove_float_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    Some(out)
}

fn valid_float_syntax(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let rest = &s[i..];
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" || lower == "nan" {
        return true;
    }
    let mut int_digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        int_digits += 1;
    }
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            frac_digits += 1;
        }
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let mut exp_digits = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            exp_digits += 1;
        }
        if exp_digits == 0 {
            return false;
        }
    }
    i == b.len()
}

/// `float(s)` for a str. `None` means ValueError
/// ("could not convert string to float: " + repr(s), built by the caller).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = number_to_ascii(s)?;
    let t = remove_float_underscores(&t)?;
    if !valid_float_syntax(&t) {
        return None;
    }
    t.parse::<f64>().ok()
}

/// The ValueError message of a failed `int(s, base)`.
pub fn int_parse_error_msg(s: &str, base: u32) -> String {
    let r = py_str_repr(s);
    let r: String = r.chars().take(200).collect();
    format!("invalid literal for int() with base {}: {}", base, r)
}

/// `int(s, base)` for a str: `None` when the literal is invalid (or the base
/// is out of range). See [`parse_int_full`] for CPython's exact errors.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_full(s, base).ok()
}

/// `int(s, base)` with CPython's exact errors (invalid literal, bad base,
/// the 4300-digit limit).
pub fn parse_int_full(s: &str, base: u32) -> Result<BigInt, FmtError> {
    if (base != 0 && base < 2) || base > 36 {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || value_error(int_parse_error_msg(s, base));
    // CPython maps Unicode whitespace / digits to ASCII first.
    let norm = number_to_ascii(s).ok_or_else(invalid)?;
    let chars: Vec<char> = norm.chars().collect();
    let n = chars.len();
    let at = |i: usize| -> char {
        if i < n {
            chars[i]
        } else {
            '\0'
        }
    };
    let mut i = 0;
    let mut negative = false;
    if at(i) == '+' {
        i += 1;
    } else if at(i) == '-' {
        i += 1;
        negative = true;
    }
    let mut b = base;
    let mut error_if_nonzero = false;
    if b == 0 {
        if at(i) != '0' {
            b = 10;
        } else {
            match at(i + 1) {
                'x' | 'X' => b = 16,
                'o' | 'O' => b = 8,
                'b' | 'B' => b = 2,
                _ => {
                    error_if_nonzero = true;
                    b = 10;
                }
            }
        }
    }
    if at(i) == '0' {
        let c1 = at(i + 1).to_ascii_lowercase();
        if (b == 16 && c1 == 'x') || (b == 8 && c1 == 'o') || (b == 2 && c1 == 'b') {
            i += 2;
            if at(i) == '_' {
                i += 1;
            }
        }
    }
    if at(i) == '_' {
        return Err(invalid());
    }
    let start = i;
    let mut digits = String::new();
    let mut prev = '\0';
    while i < n {
        let c = chars[i];
        if c == '_' {
            if prev == '_' {
                return Err(invalid());
            }
        } else {
            match c.to_digit(36) {
                Some(d) if d < b && c.is_ascii() => digits.push(c),
                _ => break,
            }
        }
        prev = c;
        i += 1;
    }
    if prev == '_' {
        return Err(invalid());
    }
    if !b.is_power_of_two() && over_limit(digits.len()) {
        return Err(value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits(),
            digits.len()
        )));
    }
    if i == start || digits.is_empty() {
        return Err(invalid());
    }
    if i != n {
        return Err(invalid());
    }
    let mag = BigUint::parse_bytes(digits.as_bytes(), b).ok_or_else(invalid)?;
    if error_if_nonzero && !mag.is_zero() {
        return Err(invalid());
    }
    Ok(BigInt::from_biguint(
        if negative { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

// ---------------------------------------------------------------------------
// Exact int <-> float conversions, int / int, round()
// ---------------------------------------------------------------------------

/// 2^e as f64 for -1022 <= e <= 1023.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// m × 2^e, exact when the result is representable (m < 2^54).
fn ldexp(mut m: f64, mut e: i64) -> f64 {
    while e > 1000 {
        m *= pow2(1000);
        e -= 1000;
        if m.is_infinite() {
            return m;
        }
    }
    while e < -1000 {
        m *= pow2(-1000);
        e += 1000;
        if m == 0.0 {
            return m;
        }
    }
    m * pow2(e)
}

/// Correctly rounded (half to even) value of (m + ε) × 2^e where ε is an
/// infinitesimal positive amount when `sticky` is set. None on overflow.
fn round_to_f64(m: &BigUint, e: i64, sticky: bool) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let nbits = m.bits() as i64;
    let top = nbits - 1 + e; // exponent of the leading bit
    if top >= 1024 {
        return None;
    }
    let lsb = (top - 52).max(-1074); // weight of the last kept bit
    let drop = lsb - e;
    let (kept, exp) = if drop <= 0 {
        // exact (sticky bits are far below the last kept bit only if drop<0;
        // with drop <= 0 no rounding can be affected by an infinitesimal)
        (m.clone(), e)
    } else {
        let d = drop as u64;
        let mut kept: BigUint = m >> d;
        let rem: BigUint = m - (&kept << d);
        let half: BigUint = BigUint::one() << (d - 1);
        let round_up = match rem.cmp(&half) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => sticky || kept.is_odd(),
        };
        if round_up {
            kept += 1u32;
        }
        (kept, lsb)
    };
    let km = kept.to_u64()? as f64; // < 2^54, exact
    let v = ldexp(km, exp);
    if v.is_infinite() {
        None
    } else {
        Some(v)
    }
}

/// `float(x)` for an int: correctly rounded; OverflowError when too large.
pub fn int_to_float(x: &BigInt) -> Result<f64, FmtError> {
    match round_to_f64(x.magnitude(), 0, false) {
        Some(v) => Ok(if x.sign() == Sign::Minus { -v } else { v }),
        None => Err(overflow_error("int too large to convert to float")),
    }
}

/// `int(x)` for a float (truncation). None for inf / nan.
pub fn float_to_int(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let bits = x.to_bits();
    let negative = (bits >> 63) != 0;
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let mag = if e >= 0 {
        BigUint::from(m) << (e as u64)
    } else if e <= -64 {
        BigUint::zero()
    } else {
        BigUint::from(m >> ((-e) as u64))
    };
    Some(BigInt::from_biguint(
        if negative { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// The error `int(x)` raises for a non-finite float.
pub fn float_to_int_error(x: f64) -> FmtError {
    if x.is_nan() {
        value_error("cannot convert float NaN to integer")
    } else {
        overflow_error("cannot convert float infinity to integer")
    }
}

/// `a / b` for ints, correctly rounded like CPython's long_true_divide.
pub fn true_div_int(a: &BigInt, b: &BigInt) -> Result<f64, FmtError> {
    if b.is_zero() {
        return Err(FmtError::new("ZeroDivisionError", "division by zero"));
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let am = a.magnitude();
    let bm = b.magnitude();
    let v = if am.is_zero() {
        0.0
    } else {
        let na = am.bits() as i64;
        let nb = bm.bits() as i64;
        let shift = (nb - na + 55).max(0);
        let num: BigUint = am << (shift as u64);
        let (q, r) = num.div_rem(bm);
        match round_to_f64(&q, -shift, !r.is_zero()) {
            Some(v) => v,
            None => {
                return Err(overflow_error(
                    "integer division result too large for a float",
                ))
            }
        }
    };
    Ok(if negative { -v } else { v })
}

/// `round(x, ndigits)` for a float, exactly as CPython (rounding the exact
/// binary value half-to-even at the requested decimal place). Returns inf
/// where CPython raises OverflowError (see [`round_float_checked`]).
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    match round_float_checked(x, ndigits) {
        Ok(v) => v,
        Err(_) => {
            if x < 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }
        }
    }
}

/// `round(x, ndigits)` with CPython's OverflowError
/// ("rounded value too large to represent").
pub fn round_float_checked(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    if !x.is_finite() {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let r = if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        s.parse::<f64>().unwrap_or(x)
    } else {
        let k = (-ndigits) as u32;
        let t = float_to_int(x.abs()).unwrap_or_default();
        let t = t.magnitude();
        let frac_nonzero = x.fract() != 0.0;
        let p = BigUint::from(10u32).pow(k);
        let (mut q, r) = t.div_rem(&p);
        let twice: BigUint = &r << 1u32;
        let up = match twice.cmp(&p) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => frac_nonzero || q.is_odd(),
        };
        if up {
            q += 1u32;
        }
        let v = format!("{}e{}", q, k)
            .parse::<f64>()
            .unwrap_or(f64::INFINITY);
        if x < 0.0 {
            -v
        } else {
            v
        }
    };
    if r.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    if r == 0.0 {
        return Ok(0.0f64.copysign(x));
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// printf-style formatting: fmt % args
// ---------------------------------------------------------------------------

/// One value given to `%`-formatting.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentArg {
    /// An exact int.
    Int(BigInt),
    /// A bool: `True`/`False` under %s/%r, 1/0 under %d, 1.0/0.0 under %f.
    Bool(bool),
    Float(f64),
    Str(String),
    /// Anything else (None, list, dict, instances...): usable with %s %r %a
    /// only; numeric conversions raise CPython's TypeErrors using `type_name`.
    Other {
        str_: String,
        repr: String,
        type_name: String,
    },
}

impl PercentArg {
    fn type_name(&self) -> &str {
        match self {
            PercentArg::Int(_) => "int",
            PercentArg::Bool(_) => "bool",
            PercentArg::Float(_) => "float",
            PercentArg::Str(_) => "str",
            PercentArg::Other { type_name, .. } => type_name,
        }
    }
    fn to_str(&self) -> Result<String, FmtError> {
        Ok(match self {
            PercentArg::Int(i) => int_to_str_checked(i)?,
            PercentArg::Bool(b) => (if *b { "True" } else { "False" }).to_string(),
            PercentArg::Float(f) => float_repr(*f),
            PercentArg::Str(s) => s.clone(),
            PercentArg::Other { str_, .. } => str_.clone(),
        })
    }
    fn to_repr(&self) -> Result<String, FmtError> {
        Ok(match self {
            PercentArg::Str(s) => py_str_repr(s),
            PercentArg::Other { repr, .. } => repr.clone(),
            _ => self.to_str()?,
        })
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

struct PctCtx<'a> {
    tuple: &'a [PercentArg],
    single: Option<PercentArg>,
    arglen: i64,
    argidx: i64,
}

impl<'a> PctCtx<'a> {
    fn next_arg(&mut self) -> Result<PercentArg, FmtError> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return self
                    .single
                    .clone()
                    .ok_or_else(|| type_error("not enough arguments for format string"));
            }
            return Ok(self.tuple[i as usize].clone());
        }
        Err(type_error("not enough arguments for format string"))
    }
}

fn incomplete_format() -> FmtError {
    value_error("incomplete format")
}

/// `%(key)s`'s mapping: the value of a key.
pub type PercentLookup<'a> = &'a dyn Fn(&str) -> Option<PercentArg>;

/// `fmt % args`.
///
/// * Tuple right operand: `args` = its items, `lookup` = None.
/// * Single non-tuple, non-mapping right operand: `args` = `[value]`.
/// * Mapping right operand (dict, or anything CPython's `PyMapping_Check`
///   accepts and that is not a tuple/str): `args` = `[the mapping itself]`
///   (used by a plain `%s`), `lookup` = key lookup (`None` → KeyError whose
///   message is the key).
pub fn percent_format(
    fmt: &str,
    args: &[PercentArg],
    lookup: Option<PercentLookup>,
) -> Result<String, FmtError> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let dict = lookup.is_some();
    let mut ctx = if dict {
        PctCtx {
            tuple: args,
            single: args.first().cloned(),
            arglen: -1,
            argidx: -2,
        }
    } else {
        PctCtx {
            tuple: args,
            single: None,
            arglen: args.len() as i64,
            argidx: 0,
        }
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0usize;
    while pos < n {
        if chars[pos] != '%' {
            out.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if pos < n && chars[pos] == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        // --- parse the conversion spec ---
        if pos < n && chars[pos] == '(' {
            let lookup = match lookup {
                Some(l) => l,
                None => return Err(type_error("format requires a mapping")),
            };
            pos += 1;
            let keystart = pos;
            let mut pcount = 1;
            while pcount > 0 && pos < n {
                match chars[pos] {
                    ')' => pcount -= 1,
                    '(' => pcount += 1,
                    _ => {}
                }
                pos += 1;
            }
            if pcount > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[keystart..pos - 1].iter().collect();
            match lookup(&key) {
                Some(v) => ctx.single = Some(v),
                None => return Err(FmtError::new("KeyError", key)),
            }
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        let mut flags = 0u8;
        let mut width: i64 = -1;
        let mut prec: i64 = -1;
        let read = |pos: &mut usize| -> Option<char> {
            if *pos < n {
                *pos += 1;
                Some(chars[*pos - 1])
            } else {
                None
            }
        };
        let mut c;
        loop {
            c = read(&mut pos).ok_or_else(incomplete_format)?;
            match c {
                '-' => flags |= F_LJUST,
                '+' => flags |= F_SIGN,
                ' ' => flags |= F_BLANK,
                '#' => flags |= F_ALT,
                '0' => flags |= F_ZERO,
                _ => break,
            }
        }
        if c == '*' {
            let v = ctx.next_arg()?;
            let iv = match &v {
                PercentArg::Int(i) => i.clone(),
                PercentArg::Bool(b) => BigInt::from(*b as u8),
                _ => return Err(type_error("* wants int")),
            };
            let w = iv
                .to_i64()
                .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
            width = w;
            if width < 0 {
                flags |= F_LJUST;
                width = width.checked_neg().unwrap_or(i64::MAX);
            }
            c = read(&mut pos).ok_or_else(incomplete_format)?;
        } else if c.is_ascii_digit() {
            width = c as i64 - '0' as i64;
            loop {
                c = read(&mut pos).ok_or_else(incomplete_format)?;
                if !c.is_ascii_digit() {
                    break;
                }
                let d = c as i64 - '0' as i64;
                if width > (PY_SSIZE_T_MAX - d) / 10 {
                    return Err(value_error("width too big"));
                }
                width = width * 10 + d;
            }
        }
        if c == '.' {
            prec = 0;
            c = read(&mut pos).ok_or_else(incomplete_format)?;
            if c == '*' {
                let v = ctx.next_arg()?;
                let iv = match &v {
                    PercentArg::Int(i) => i.clone(),
                    PercentArg::Bool(b) => BigInt::from(*b as u8),
                    _ => return Err(type_error("* wants int")),
                };
                let p = iv
                    .to_i32()
                    .ok_or_else(|| overflow_error("Python int too large to convert to C int"))?;
                prec = (p as i64).max(0);
                c = read(&mut pos).ok_or_else(incomplete_format)?;
            } else if c.is_ascii_digit() {
                prec = c as i64 - '0' as i64;
                loop {
                    c = read(&mut pos).ok_or_else(incomplete_format)?;
                    if !c.is_ascii_digit() {
                        break;
                    }
                    let d = c as i64 - '0' as i64;
                    if prec > (INT_MAX - d) / 10 {
                        return Err(value_error("precision too big"));
                    }
                    prec = prec * 10 + d;
                }
            }
        }
        if c == 'h' || c == 'l' || c == 'L' {
            c = read(&mut pos).ok_or_else(incomplete_format)?;
        }
        if width > MAX_ALLOC {
            return Err(memory_error());
        }
        // --- format the argument ---
        let v = ctx.next_arg()?;
        let mut sign = false;
        let s: String = match c {
            's' => v.to_str()?,
            'r' => v.to_repr()?,
            'a' => ascii_of_repr(&v.to_repr()?),
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                sign = true;
                pct_format_long(&v, c, flags & F_ALT != 0, prec)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                sign = true;
                let x = match &v {
                    PercentArg::Float(f) => *f,
                    PercentArg::Int(i) => int_to_float(i)?,
                    PercentArg::Bool(b) => *b as u8 as f64,
                    other => {
                        return Err(type_error(format!(
                            "must be real number, not {}",
                            other.type_name()
                        )))
                    }
                };
                let p = if prec < 0 { 6 } else { prec };
                double_to_string(x, c, p, flags & F_ALT != 0, false, false)?
            }
            'c' => pct_format_char(&v)?.to_string(),
            _ => {
                let u = c as u32;
                let shown = if (31..=126).contains(&u) { c } else { '?' };
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown,
                    u,
                    pos - 1
                )));
            }
        };
        pct_output(&mut out, &s, c, flags, width, prec, sign);
        if dict && ctx.argidx < ctx.arglen {
            return Err(type_error(
                "not all arguments converted during string formatting",
            ));
        }
    }
    if ctx.argidx < ctx.arglen && !dict {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

fn pct_format_char(v: &PercentArg) -> Result<char, FmtError> {
    let i = match v {
        PercentArg::Str(s) => {
            let mut it = s.chars();
            return match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error("%c requires int or char")),
            };
        }
        PercentArg::Int(i) => i.clone(),
        PercentArg::Bool(b) => BigInt::from(*b as u8),
        _ => return Err(type_error("%c requires int or char")),
    };
    match i.to_i64() {
        Some(x) if (0..=0x10ffff).contains(&x) => {
            Ok(char::from_u32(x as u32).unwrap_or('\u{fffd}'))
        }
        _ => Err(overflow_error("%c arg not in range(0x110000)")),
    }
}

/// mainformatlong + _PyUnicode_FormatLong.
fn pct_format_long(v: &PercentArg, ty: char, alt: bool, prec: i64) -> Result<String, FmtError> {
    let wrongtype = |name: &str| {
        if matches!(ty, 'o' | 'x' | 'X') {
            type_error(format!(
                "%{} format: an integer is required, not {}",
                ty, name
            ))
        } else {
            type_error(format!(
                "%{} format: a real number is required, not {}",
                ty, name
            ))
        }
    };
    let i: BigInt = match v {
        PercentArg::Int(i) => i.clone(),
        PercentArg::Bool(b) => BigInt::from(*b as u8),
        PercentArg::Float(f) => {
            if matches!(ty, 'o' | 'x' | 'X') {
                return Err(wrongtype("float"));
            }
            match float_to_int(*f) {
                Some(i) => i,
                None => return Err(float_to_int_error(*f)),
            }
        }
        other => return Err(wrongtype(other.type_name())),
    };
    if prec > INT_MAX - 3 {
        return Err(overflow_error("precision too large"));
    }
    if prec > MAX_ALLOC {
        return Err(memory_error());
    }
    let negative = i.sign() == Sign::Minus;
    let (digits, prefix) = match ty {
        'o' => (i.magnitude().to_str_radix(8), "0o"),
        'x' | 'X' => (i.magnitude().to_str_radix(16), "0x"),
        _ => {
            let s = int_to_str_checked(&i)?;
            (s.trim_start_matches('-').to_string(), "")
        }
    };
    let mut out = String::with_capacity(digits.len() + 4);
    if negative {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    pad_chars(&mut out, '0', prec - digits.len() as i64);
    out.push_str(&digits);
    if ty == 'X' {
        out = out
            .chars()
            .map(|c| {
                if ('a'..='x').contains(&c) {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect();
    }
    Ok(out)
}

/// unicode_format_arg_output.
fn pct_output(out: &mut String, s: &str, ch: char, flags: u8, width: i64, prec: i64, sign: bool) {
    let mut sign = sign;
    let mut width = width;
    let fill = if sign && flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    if (width == -1 || width <= len)
        && (prec == -1 || prec >= len)
        && flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(s);
        return;
    }
    if matches!(ch, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if sign {
        let c0 = chars.first().copied().unwrap_or('\0');
        if c0 == '-' || c0 == '+' {
            signchar = c0;
            len -= 1;
            pindex += 1;
        } else if flags & F_SIGN != 0 {
            signchar = '+';
        } else if flags & F_BLANK != 0 {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if width < len {
        width = len;
    }
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.extend(chars.iter().skip(pindex).take(2));
            pindex += 2;
        }
        width -= 2;
        if width < 0 {
            width = 0;
        }
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        pad_chars(out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.extend(chars.iter().skip(pindex).take(2));
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(chars.iter().skip(pindex).take(len as usize));
    }
    if width > len {
        pad_chars(out, ' ', width - len);
    }
}

// ---------------------------------------------------------------------------
// str.format template parsing
// ---------------------------------------------------------------------------

// How the interpreter runs `template.format(*args, **kwargs)` with these:
//
//   let mut auto = AutoNumber::new();
//   render(template, FORMAT_RECURSION_DEPTH, &mut auto):
//     let (pieces, err) = parse_format_string_partial(template)   // (depth <= 0: the
//                                                                  // "Max string recursion exceeded" error)
//     for piece in pieces:
//       Lit(s)                      => out += s
//       Field { name, conv, spec }  =>
//         let (first, accesses, err2) = split_field_name_partial(&name)
//         obj = match auto.resolve(&first)? { FieldKey::Index(i) => args.get(i)
//                 .ok_or(replacement_index_error(i))?, FieldKey::Name(k) => kwargs[k] (KeyError k) }
//         for a in accesses: Attr(n) => getattr(obj, n); Index(k) => match field_index_int(&k)? {
//                 Some(i) => obj[i], None => obj[k as str] }
//         if let Some(e) = err2 { raise e }
//         if let Some(c) = conv { check_conversion(c)?; obj = repr/str/ascii(obj) }
//         let spec = if spec.contains('{') { render(&spec, depth - 1, &mut auto)? } else { spec };
//         out += format(obj, &spec)      // format_int / format_float / format_str / __format__
//     if let Some(e) = err { raise e }

/// One piece of a `str.format` template.
#[derive(Debug, Clone, PartialEq)]
pub enum FormatPiece {
    Lit(String),
    /// `name`: "", "0", "name", "0.attr", "name[key]", ...;
    /// `conv`: the char after '!' (validate with [`check_conversion`]);
    /// `spec`: raw, may contain nested `{fields}` (then expand it with
    /// [`parse_format_string_nested`] at depth - 1 and join the results).
    Field {
        name: String,
        conv: Option<char>,
        spec: String,
    },
}

/// Recursion depth of a top-level `str.format` call (CPython's build_string).
pub const FORMAT_RECURSION_DEPTH: i32 = 2;

/// Parse a `str.format` template. Errors are CPython's ValueErrors.
pub fn parse_format_string(s: &str) -> Result<Vec<FormatPiece>, FmtError> {
    let (pieces, err) = parse_format_string_partial(s);
    match err {
        Some(e) => Err(e),
        None => Ok(pieces),
    }
}

/// Like [`parse_format_string`] at a given recursion depth (top level:
/// [`FORMAT_RECURSION_DEPTH`]; a nested spec needing expansion: depth - 1).
/// Depth <= 0 → "Max string recursion exceeded".
pub fn parse_format_string_nested(s: &str, depth: i32) -> Result<Vec<FormatPiece>, FmtError> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    parse_format_string(s)
}

/// CPython parses the template lazily while rendering it, so an error late
/// in the template is raised only after the earlier fields were evaluated.
/// This returns the pieces before the first syntax error, and that error.
pub fn parse_format_string_partial(s: &str) -> (Vec<FormatPiece>, Option<FmtError>) {
    let chars: Vec<char> = s.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let mut pieces: Vec<FormatPiece> = Vec::new();
    let push_lit = |pieces: &mut Vec<FormatPiece>, lit: String| {
        if lit.is_empty() {
            return;
        }
        if let Some(FormatPiece::Lit(prev)) = pieces.last_mut() {
            prev.push_str(&lit);
        } else {
            pieces.push(FormatPiece::Lit(lit));
        }
    };
    while pos < end {
        let start = pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while pos < end {
            c = chars[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut len = pos - start;
        if c == '}' && markup_follows && (at_end || chars[pos] != '}') {
            return (
                pieces,
                Some(value_error("Single '}' encountered in format string")),
            );
        }
        if at_end && c == '{' && markup_follows {
            return (
                pieces,
                Some(value_error("Single '{' encountered in format string")),
            );
        }
        if !at_end && markup_follows {
            if chars[pos] == c {
                pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let lit: String = chars[start..start + len].iter().collect();
        if !markup_follows {
            push_lit(&mut pieces, lit);
            continue;
        }
        // parse_field
        let name_start = pos;
        let mut c = '\0';
        let mut terminated = false;
        while pos < end {
            c = chars[pos];
            pos += 1;
            match c {
                '{' => {
                    return (pieces, Some(value_error("unexpected '{' in field name")));
                }
                '[' => {
                    while pos < end && chars[pos] != ']' {
                        pos += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => {
                    terminated = true;
                    break;
                }
                _ => continue,
            }
        }
        if !terminated {
            return (
                pieces,
                Some(value_error("expected '}' before end of string")),
            );
        }
        let name: String = chars[name_start..pos - 1].iter().collect();
        let mut conv = None;
        let mut spec = String::new();
        if c == '!' || c == ':' {
            let mut need_spec = true;
            if c == '!' {
                if pos >= end {
                    return (
                        pieces,
                        Some(value_error(
                            "end of string while looking for conversion specifier",
                        )),
                    );
                }
                conv = Some(chars[pos]);
                pos += 1;
                if pos < end {
                    let c2 = chars[pos];
                    pos += 1;
                    if c2 == '}' {
                        need_spec = false;
                    } else if c2 != ':' {
                        return (
                            pieces,
                            Some(value_error("expected ':' after conversion specifier")),
                        );
                    }
                }
            }
            if need_spec {
                let spec_start = pos;
                let mut count = 1;
                let mut closed = false;
                while pos < end {
                    let c3 = chars[pos];
                    pos += 1;
                    if c3 == '{' {
                        count += 1;
                    } else if c3 == '}' {
                        count -= 1;
                        if count == 0 {
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return (pieces, Some(value_error("unmatched '{' in format spec")));
                }
                spec = chars[spec_start..pos - 1].iter().collect();
            }
        }
        push_lit(&mut pieces, lit);
        pieces.push(FormatPiece::Field { name, conv, spec });
    }
    (pieces, None)
}

/// Validate a `!conv` character: Ok for 'r', 's', 'a'.
pub fn check_conversion(conv: char) -> Result<(), FmtError> {
    match conv {
        'r' | 's' | 'a' => Ok(()),
        c => {
            let u = c as u32;
            Err(if u > 32 && u < 127 {
                value_error(format!("Unknown conversion specifier {}", c))
            } else {
                value_error(format!("Unknown conversion specifier \\x{:x}", u))
            })
        }
    }
}

/// One accessor after the first part of a field name.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldAccess {
    /// `.name`
    Attr(String),
    /// `[key]`: an int index if [`field_index_int`] says so, else a str key.
    Index(String),
}

/// The first part of a field name resolved against auto-numbering.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKey {
    Index(usize),
    Name(String),
}

/// CPython's get_integer for field names: Some(n) if `s` is all decimal
/// digits, None otherwise; error on overflow.
pub fn field_index_int(s: &str) -> Result<Option<usize>, FmtError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for c in s.chars() {
        let d = match py_decimal(c) {
            Some(d) => d as i64,
            None => return Ok(None),
        };
        if acc > (PY_SSIZE_T_MAX - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc as usize))
}

/// Splits a field name into its first part and the chain of accessors.
pub fn split_field_name(name: &str) -> Result<(String, Vec<FieldAccess>), FmtError> {
    let (first, rest, err) = split_field_name_partial(name);
    match err {
        Some(e) => Err(e),
        None => Ok((first, rest)),
    }
}

/// Like [`split_field_name`], but CPython evaluates the accessors lazily:
/// this returns the accessors before the first error, and that error
/// (which CPython raises after the first object and those accessors were
/// evaluated). An overflowing index in the first part is reported as an
/// error with no accessors (CPython raises it before any lookup).
pub fn split_field_name_partial(name: &str) -> (String, Vec<FieldAccess>, Option<FmtError>) {
    let chars: Vec<char> = name.chars().collect();
    let end = chars.len();
    let mut i = 0;
    while i < end && chars[i] != '.' && chars[i] != '[' {
        i += 1;
    }
    let first: String = chars[..i].iter().collect();
    if let Err(e) = field_index_int(&first) {
        return (first, Vec::new(), Some(e));
    }
    let mut out = Vec::new();
    let mut pos = i;
    while pos < end {
        let c = chars[pos];
        pos += 1;
        let (acc, key) = match c {
            '.' => {
                let st = pos;
                while pos < end && chars[pos] != '.' && chars[pos] != '[' {
                    pos += 1;
                }
                let k: String = chars[st..pos].iter().collect();
                (FieldAccess::Attr(k.clone()), k)
            }
            '[' => {
                let st = pos;
                while pos < end && chars[pos] != ']' {
                    pos += 1;
                }
                if pos >= end {
                    return (
                        first,
                        out,
                        Some(value_error("Missing ']' in format string")),
                    );
                }
                let k: String = chars[st..pos].iter().collect();
                pos += 1;
                if let Err(e) = field_index_int(&k) {
                    return (first, out, Some(e));
                }
                (FieldAccess::Index(k.clone()), k)
            }
            _ => {
                return (
                    first,
                    out,
                    Some(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    )),
                )
            }
        };
        if key.is_empty() {
            return (
                first,
                out,
                Some(value_error("Empty attribute in format string")),
            );
        }
        out.push(acc);
    }
    (first, out, None)
}

/// Auto-numbering state of one `str.format` call (shared with nested specs).
#[derive(Debug, Clone, Default)]
pub struct AutoNumber {
    state: u8, // 0 init, 1 auto, 2 manual
    next: usize,
}

impl AutoNumber {
    pub fn new() -> AutoNumber {
        AutoNumber::default()
    }

    /// Resolve the first part of a field name ("" → next auto index,
    /// digits → manual index, else a keyword name).
    pub fn resolve(&mut self, first: &str) -> Result<FieldKey, FmtError> {
        let idx = field_index_int(first)?;
        let empty = first.is_empty();
        let numeric = empty || idx.is_some();
        if self.state == 0 && numeric {
            self.state = if empty { 1 } else { 2 };
        }
        if numeric {
            if self.state == 2 && empty {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.state == 1 && !empty {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        if empty {
            let i = self.next;
            self.next += 1;
            return Ok(FieldKey::Index(i));
        }
        Ok(match idx {
            Some(i) => FieldKey::Index(i),
            None => FieldKey::Name(first.to_string()),
        })
    }
}

/// The IndexError raised for a missing positional argument.
pub fn replacement_index_error(index: usize) -> FmtError {
    FmtError::new(
        "IndexError",
        format!(
            "Replacement index {} out of range for positional args tuple",
            index
        ),
    )
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    fn unesc(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c == '\\' {
                match it.next() {
                    Some('t') => out.push('\t'),
                    Some('n') => out.push('\n'),
                    Some('r') => out.push('\r'),
                    Some(o) => out.push(o),
                    None => out.push('\\'),
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn show(r: Result<String, FmtError>) -> String {
        match r {
            Ok(s) => format!("={}", s),
            Err(e) => format!("!{}:{}", e.kind, e.msg),
        }
    }

    fn pf(s: &str) -> f64 {
        s.parse::<f64>().unwrap()
    }
    fn pi(s: &str) -> BigInt {
        s.parse::<BigInt>().unwrap()
    }

    fn parg(tok: &str) -> PercentArg {
        let (k, v) = tok.split_at(2);
        match k {
            "i:" => PercentArg::Int(pi(v)),
            "b:" => PercentArg::Bool(v == "1"),
            "f:" => PercentArg::Float(pf(v)),
            "s:" => PercentArg::Str(unesc(v)),
            _ => {
                let mut sp = v.splitn(2, ':');
                let t = sp.next().unwrap().to_string();
                let r = unesc(sp.next().unwrap_or(""));
                PercentArg::Other {
                    str_: r.clone(),
                    repr: r,
                    type_name: t,
                }
            }
        }
    }

    fn pieces_str(p: &[FormatPiece]) -> String {
        p.iter()
            .map(|x| match x {
                FormatPiece::Lit(s) => format!("L:{}", s),
                FormatPiece::Field { name, conv, spec } => format!(
                    "F:{}:{}:{}",
                    name,
                    conv.map(|c| c.to_string()).unwrap_or_default(),
                    spec
                ),
            })
            .collect::<Vec<_>>()
            .join(" ¦ ")
    }

    #[test]
    fn cpython_table() {
        let data = include_str!("../tests/data/format_cases.txt");
        let mut total = 0;
        let mut fails = Vec::new();
        for line in data.lines() {
            if line.is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let kind = f[0];
            let (got, want) = match kind {
                "R" => (format!("={}", float_repr(pf(f[1]))), f[2].to_string()),
                "F" => (show(format_float(pf(f[1]), &unesc(f[2]))), f[3].to_string()),
                "I" => (show(format_int(&pi(f[1]), &unesc(f[2]))), f[3].to_string()),
                "S" => (
                    show(format_str(&unesc(f[1]), &unesc(f[2]))),
                    f[3].to_string(),
                ),
                "P" => {
                    let args: Vec<PercentArg> = f[3..].iter().map(|t| parg(t)).collect();
                    (
                        show(percent_format(&unesc(f[1]), &args, None)),
                        f[2].to_string(),
                    )
                }
                "M" => {
                    let d = parg(f[3]);
                    let entries: Vec<(String, PercentArg)> = f[4..]
                        .iter()
                        .map(|t| {
                            let i = t.find('=').unwrap();
                            (unesc(&t[..i]), parg(&t[i + 1..]))
                        })
                        .collect();
                    let look = |k: &str| {
                        entries
                            .iter()
                            .find(|(kk, _)| kk == k)
                            .map(|(_, v)| v.clone())
                    };
                    (
                        show(percent_format(&unesc(f[1]), &[d], Some(&look))),
                        f[2].to_string(),
                    )
                }
                "PF" => (
                    match parse_float(&unesc(f[1])) {
                        Some(v) => format!("={}", float_repr(v)),
                        None => format!(
                            "!ValueError:could not convert string to float: {}",
                            py_str_repr(&unesc(f[1]))
                        ),
                    },
                    f[2].to_string(),
                ),
                "PI" => {
                    let s = unesc(f[1]);
                    let r = parse_int_full(&s, f[2].parse().unwrap_or(100)).map(|v| {
                        if s.chars().count() < 4200 {
                            v.to_string()
                        } else {
                            format!("BIG{}", v.bits())
                        }
                    });
                    (show(r), f[3].to_string())
                }
                "RD" => (
                    show(round_float_checked(pf(f[1]), f[2].parse().unwrap()).map(float_repr)),
                    f[3].to_string(),
                ),
                "IF" => (
                    show(int_to_float(&pi(f[1])).map(float_repr)),
                    f[2].to_string(),
                ),
                "TD" => (
                    show(true_div_int(&pi(f[1]), &pi(f[2])).map(float_repr)),
                    f[3].to_string(),
                ),
                "FI" => {
                    let x = pf(f[1]);
                    (
                        show(
                            float_to_int(x)
                                .map(|i| i.to_string())
                                .ok_or_else(|| float_to_int_error(x)),
                        ),
                        f[2].to_string(),
                    )
                }
                "FS" => (
                    show(parse_format_string(&unesc(f[1])).map(|p| pieces_str(&p))),
                    f[2].to_string(),
                ),
                "FN" => (
                    show(split_field_name(&unesc(f[1])).map(|(first, rest)| {
                        let mut parts = vec![first];
                        for a in rest {
                            parts.push(match a {
                                FieldAccess::Attr(s) => format!(".{}", s),
                                FieldAccess::Index(s) => format!("[{}", s),
                            });
                        }
                        parts.join(" ¦ ")
                    })),
                    f[2].to_string(),
                ),
                _ => continue,
            };
            total += 1;
            let want = unesc(&want);
            if got != want {
                fails.push(format!(
                    "{}\n     got  {:?}\n     want {:?}",
                    line, got, want
                ));
            }
        }
        for f in fails.iter().take(60) {
            eprintln!("MISMATCH {}", f);
        }
        eprintln!("table: {} cases, {} mismatches", total, fails.len());
        assert!(
            fails.is_empty(),
            "{} of {} table cases differ",
            fails.len(),
            total
        );
    }

    #[test]
    fn common_cases() {
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(123456789012345.6), "123456789012345.6");
        assert_eq!(format_float(1.23456, "0.5f").unwrap(), "1.23456");
        assert_eq!(format_float(1.23456, "08.3f").unwrap(), "0001.235");
        assert_eq!(format_float(0.256, ".2%").unwrap(), "25.60%");
        assert_eq!(
            format_int(&BigInt::from(1234567), ",").unwrap(),
            "1,234,567"
        );
        assert_eq!(format_int(&BigInt::from(255), "x").unwrap(), "ff");
        assert_eq!(format_str("ab", ">10").unwrap(), "        ab");
        assert_eq!(format_bool(true, "").unwrap(), "True");
        assert_eq!(format_bool(true, ">3").unwrap(), "  1");
        let big = BigInt::from(10u32).pow(4299u32);
        assert!(format_int(&big, "").is_ok());
        let big = BigInt::from(10u32).pow(4300u32);
        assert_eq!(format_int(&big, "").unwrap_err().kind, "ValueError");
        assert_eq!(format_int(&big, "x").unwrap().len(), 3572);
        assert!(format_int(&big, ">1000000000000").is_err());
        assert_eq!(
            parse_format_string_nested("{}", 0).unwrap_err().msg,
            "Max string recursion exceeded"
        );
        let mut an = AutoNumber::new();
        assert_eq!(an.resolve("").unwrap(), FieldKey::Index(0));
        assert_eq!(an.resolve("x").unwrap(), FieldKey::Name("x".into()));
        assert_eq!(an.resolve("").unwrap(), FieldKey::Index(1));
        assert!(an.resolve("0").is_err());
        assert_eq!(
            check_conversion('x').unwrap_err().msg,
            "Unknown conversion specifier x"
        );
        assert_eq!(format_float(1.0, ".100000f").unwrap().len(), 100002);
        assert_eq!(
            format_float(0.1, ".100000f").unwrap()[..60],
            format!("{:.58}", 0.1)
        );
        assert_eq!(format_float(5e-324, ".2000e").unwrap().len(), 2007);
        assert_eq!(format_float(5e-324, ".1200f").unwrap().len(), 1202);
        assert_eq!(format_float(1.5, ".70000g").unwrap(), "1.5");
        assert_eq!(
            percent_format("%.70000f", &[PercentArg::Float(2.5)], None)
                .unwrap()
                .len(),
            70002
        );
        assert_eq!(
            percent_format("%.999999999s", &[PercentArg::Str("ab".into())], None).unwrap(),
            "ab"
        );
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(1.7976931348623157e308, -308), f64::INFINITY);
    }

    #[test]
    fn never_panics_on_junk() {
        let alpha: Vec<char> = "<>=^+- z#0123456789,_.eEfFgGn%dxXobcsq*({}!:[]é\u{1F600}"
            .chars()
            .collect();
        let mut seed: u64 = 0x1234_5678;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20000 {
            let len = (next() % 9) as usize;
            let s: String = (0..len)
                .map(|_| alpha[(next() % alpha.len() as u64) as usize])
                .collect();
            let _ = format_float(1.5, &s);
            let _ = format_float(-0.0, &s);
            let _ = format_int(&BigInt::from(-42), &s);
            let _ = format_str("héllo", &s);
            let _ = percent_format(
                &s,
                &[
                    PercentArg::Int(BigInt::from(3)),
                    PercentArg::Str("x".into()),
                ],
                None,
            );
            let _ = parse_format_string(&s);
            let _ = split_field_name(&s);
            let _ = parse_float(&s);
            let _ = parse_int(&s, 0);
            let _ = parse_float(&s);
            let args = [
                PercentArg::Float(-0.0),
                PercentArg::Bool(true),
                PercentArg::Other {
                    str_: "[]".into(),
                    repr: "[]".into(),
                    type_name: "list".into(),
                },
                PercentArg::Int(BigInt::from(-7)),
            ];
            let _ = percent_format(&s, &args, None);
            let look = |k: &str| {
                if k == "a" {
                    Some(PercentArg::Float(f64::NAN))
                } else {
                    None
                }
            };
            let _ = percent_format(&s, &args[2..3], Some(&look));
            let _ = percent_format(&format!("%{}", s), &args, None);
        }
        for w in [
            "99999999999999999999",
            "9223372036854775807",
            "2147483648",
            "16777217",
            "0",
        ] {
            for t in ["", "f", "e", "g", "%", "d", "x", "s", "c"] {
                let sp = format!(">{}.{}{}", w, w, t);
                let _ = format_float(1.5, &sp);
                let _ = format_int(&BigInt::from(65), &sp);
                let _ = format_str("x", &sp);
                let _ = percent_format(
                    &format!("%{}.{}{}", w, w, t),
                    &[PercentArg::Int(BigInt::from(65))],
                    None,
                );
            }
        }
    }
}
