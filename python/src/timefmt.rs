//! `time`'s calendar half: `gmtime`, `localtime`, `mktime`, `strftime`,
//! `asctime`, `ctime` and `time.struct_time`.
//!
//! The time of day is the playground's clock: `time.time()` (the oracle's
//! `clock + 1,764,000,000`, 2025-11-24 16:00:00 UTC at the start of a
//! virtual run), in UTC, as the oracle runs (`TZ=UTC`), so `localtime` is
//! `gmtime`. Where a program asks for "now" (`strftime('%X')` with no time,
//! `ctime()`), CPython under the oracle reads the real time of day instead:
//! that output cannot be reproduced, and here it follows the program's clock,
//! as it would on a real one (the asyncio documentation's `say_after` example
//! prints "started at 16:00:00" and "finished at 16:00:03").

use crate::types::ExcKind;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Str, Value)];

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A broken-down UTC time (`struct tm`, with CPython's field meanings:
/// month 1-12, weekday 0 = Monday, yday 1-366).
#[derive(Clone, Copy)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn gm(secs: i64) -> Tm {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    // civil_from_days
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Tm {
        year: y,
        mon: m,
        mday: d,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(y, 1, 1) + 1,
    }
}

fn now(vm: &Vm) -> f64 {
    1_764_000_000.0 + vm.host.now()
}

/// The seconds argument of gmtime/localtime/ctime (None: now).
fn secs_arg(vm: &mut Vm, a: Args) -> PyResult<i64> {
    match a.first() {
        None | Some(Value::None) => Ok(now(vm).floor() as i64),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => Ok(vm.to_f64(v)? as i64),
        Some(Value::Float(f)) if f.is_finite() => Ok(f.floor() as i64),
        Some(Value::Float(_)) => {
            Err(vm.err(ExcKind::ValueError, "Invalid value NaN (not a number)"))
        }
        Some(v) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// `time.struct_time`, made with the module (once per run).
fn struct_time_class(vm: &mut Vm) -> PyResult<Rc<Class>> {
    let m = vm.import("time")?;
    match vm.get_attr_opt(&m, "struct_time")? {
        Some(Value::Class(c)) => Ok(c),
        _ => Ok(new_struct_time_class(vm)),
    }
}

/// A new `time.struct_time` class, for the `time` module.
pub fn new_struct_time_class(vm: &mut Vm) -> Rc<Class> {
    let object = vm.types.cls(crate::types::Builtin::Object);
    let c = crate::types::new_class("struct_time", vec![object], None, "time");
    let method = |name: &str, f: crate::value::NativeFnPtr| {
        Value::Native(Rc::new(NativeFn {
            name: Rc::from(name),
            f,
            data: Value::None,
        }))
    };
    {
        let mut d = c.dict.borrow_mut();
        d.insert(Rc::from("__new__"), method("__new__", st_new));
        d.insert(Rc::from("__repr__"), method("__repr__", st_repr));
        d.insert(Rc::from("__getitem__"), method("__getitem__", st_getitem));
        d.insert(Rc::from("__len__"), method("__len__", st_len));
        d.insert(Rc::from("__iter__"), method("__iter__", st_iter));
        d.insert(Rc::from("__eq__"), method("__eq__", st_eq));
        d.insert(Rc::from("__hash__"), Value::None);
        d.insert(Rc::from("n_fields"), Value::Int(11));
        d.insert(Rc::from("n_sequence_fields"), Value::Int(9));
    }
    c
}

fn struct_time(vm: &mut Vm, t: Tm, zone: &str) -> PyResult<Value> {
    let c = struct_time_class(vm)?;
    let vals = [
        t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, 0,
    ];
    let mut items: Vec<Value> = vals.into_iter().map(Value::Int).collect();
    items.push(Value::str(zone));
    items.push(Value::Int(0));
    Ok(struct_time_of(c, items))
}

/// A struct_time of its nine fields, `tm_zone` and `tm_gmtoff`.
fn struct_time_of(c: Rc<Class>, items: Vec<Value>) -> Value {
    let mut d = crate::attrs::AttrMap::from_names(&c, 11, []);
    let names = FIELDS.iter().copied().chain(["tm_zone", "tm_gmtoff"]);
    for (k, v) in names.zip(items) {
        d.insert_name(&crate::omap::intern(k), v);
    }
    Value::Instance(Rc::new(Instance {
        class: RefCell::new(c),
        dict: RefCell::new(d),
        exc: None,
    }))
}

/// `time.struct_time(seq)`: 9 to 11 values, taken as they are (the zone and
/// offset None when not given), as CPython's structseq_new.
fn st_new(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Some(seq) = a.get(1) else {
        return Err(vm.type_error("structseq() missing required argument 'sequence' (pos 1)"));
    };
    let mut items = vm.iterate(seq)?;
    let n = items.len();
    if n < 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({n}-sequence given)"
        )));
    }
    if n > 11 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({n}-sequence given)"
        )));
    }
    items.resize(11, Value::None);
    let c = struct_time_class(vm)?;
    Ok(struct_time_of(c, items))
}

/// The nine fields of a struct_time (or of any sequence of nine ints).
fn fields(vm: &mut Vm, v: &Value, who: &str) -> PyResult<[i64; 9]> {
    let items: Vec<Value> = match v {
        Value::Instance(_) => st_values(vm, std::slice::from_ref(v))?,
        Value::Tuple(t) => t.to_vec(),
        _ => {
            return Err(vm.type_error("Tuple or struct_time argument required"));
        }
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{who}(): illegal time tuple argument")));
    }
    let mut out = [0i64; 9];
    for (o, x) in out.iter_mut().zip(&items) {
        *o = match x {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other)
                )))
            }
        };
    }
    Ok(out)
}

fn tm_of(f: [i64; 9]) -> Tm {
    Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
    }
}

/// `time.gmtime([secs])` (its zone is "GMT") and `time.localtime([secs])`
/// (UTC: the oracle's TZ).
pub fn t_gmtime(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let s = secs_arg(vm, a)?;
    let zone = if &*n.name == "gmtime" { "GMT" } else { "UTC" };
    struct_time(vm, gm(s), zone)
}

/// `time.mktime(t)`: the seconds of a UTC time tuple.
pub fn t_mktime(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Some(v) = a.first() else {
        return Err(vm.type_error("time.mktime() takes exactly one argument (0 given)"));
    };
    let f = fields(vm, v, "mktime")?;
    let days = days_from_civil(f[0], f[1], 1) + f[2] - 1;
    Ok(Value::Float(
        (days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]) as f64,
    ))
}

fn asctime_of(t: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &DAYS[t.wday.rem_euclid(7) as usize][..3],
        &MONTHS[(t.mon - 1).rem_euclid(12) as usize][..3],
        t.mday,
        t.hour,
        t.min,
        t.sec,
        t.year
    )
}

/// `time.asctime([t])`.
pub fn t_asctime(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let t = match a.first() {
        None => gm(now(vm).floor() as i64),
        Some(v) => tm_of(fields(vm, v, "asctime")?),
    };
    Ok(Value::string(asctime_of(&t)))
}

/// `time.ctime([secs])`.
pub fn t_ctime(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let s = secs_arg(vm, a)?;
    Ok(Value::string(asctime_of(&gm(s))))
}

/// `time.strftime(format[, t])`: glibc's directives in the C locale.
pub fn t_strftime(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let fmt = match a.first() {
        Some(Value::Str(s)) => s.clone(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "strftime() argument 1 must be str, not {}",
                vm.type_name(v)
            )))
        }
        None => {
            return Err(vm.type_error("strftime() takes at least 1 argument (0 given)"));
        }
    };
    let zone = match a.get(1) {
        Some(v @ Value::Instance(_)) => match vm.get_attr_opt(v, "tm_zone")? {
            Some(Value::Str(z)) => z,
            _ => Rc::from("UTC"),
        },
        _ => Rc::from("UTC"),
    };
    let (t, secs) = match a.get(1) {
        None => {
            let s = now(vm).floor() as i64;
            (gm(s), s)
        }
        Some(v) => {
            let f = fields(vm, v, "strftime")?;
            if !(1..=12).contains(&f[1]) {
                return Err(vm.err(ExcKind::ValueError, "month out of range"));
            }
            if !(0..=61).contains(&f[5]) {
                return Err(vm.err(ExcKind::ValueError, "seconds out of range"));
            }
            let t = tm_of(f);
            let secs = (days_from_civil(t.year, t.mon, 1) + t.mday - 1) * 86400
                + t.hour * 3600
                + t.min * 60
                + t.sec;
            (t, secs)
        }
    };
    Ok(Value::string(strftime(&fmt, &t, secs, &zone)))
}

/// ISO 8601 (year, week) of a date.
fn iso_week(t: &Tm) -> (i64, i64) {
    let wday = t.wday + 1; // Monday = 1
    let w = (t.yday - wday + 10) / 7;
    if w < 1 {
        let py = t.year - 1;
        let pdays = if is_leap(py) { 366 } else { 365 };
        let prev = Tm {
            year: py,
            yday: t.yday + pdays,
            ..*t
        };
        return iso_week(&prev);
    }
    let days = if is_leap(t.year) { 366 } else { 365 };
    if w == 53 && t.yday - wday + 4 > days {
        return (t.year + 1, 1);
    }
    (t.year, w)
}

fn strftime(fmt: &str, t: &Tm, secs: i64, zone: &str) -> String {
    let mut out = String::new();
    let mut it = fmt.chars().peekable();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        // glibc's flags: `-` no padding, `_` spaces.
        let flag = match it.peek() {
            Some(&f @ ('-' | '_')) => {
                it.next();
                Some(f)
            }
            _ => None,
        };
        let Some(d) = it.next() else {
            out.push('%');
            break;
        };
        let num = |n: i64, w: usize, space: bool| -> String {
            match flag {
                Some('-') => n.to_string(),
                Some('_') => format!("{n:>w$}"),
                _ if space => format!("{n:>w$}"),
                _ => format!("{n:0w$}"),
            }
        };
        let h12 = if t.hour % 12 == 0 { 12 } else { t.hour % 12 };
        let sunday_week = (t.yday - 1 + 7 - (t.wday + 1) % 7) / 7;
        let monday_week = (t.yday - 1 + 7 - t.wday) / 7;
        let s = match d {
            'a' => DAYS[t.wday.rem_euclid(7) as usize][..3].to_string(),
            'A' => DAYS[t.wday.rem_euclid(7) as usize].to_string(),
            'b' | 'h' => MONTHS[(t.mon - 1).rem_euclid(12) as usize][..3].to_string(),
            'B' => MONTHS[(t.mon - 1).rem_euclid(12) as usize].to_string(),
            'c' => asctime_of(t),
            'C' => num(t.year.div_euclid(100), 2, false),
            'd' => num(t.mday, 2, false),
            'D' | 'x' => format!("{:02}/{:02}/{:02}", t.mon, t.mday, t.year.rem_euclid(100)),
            'e' => num(t.mday, 2, true),
            'F' => format!("{}-{:02}-{:02}", t.year, t.mon, t.mday),
            'G' => iso_week(t).0.to_string(),
            'g' => num(iso_week(t).0.rem_euclid(100), 2, false),
            'H' => num(t.hour, 2, false),
            'I' => num(h12, 2, false),
            'j' => num(t.yday, 3, false),
            'k' => num(t.hour, 2, true),
            'l' => num(h12, 2, true),
            'm' => num(t.mon, 2, false),
            'M' => num(t.min, 2, false),
            'n' => "\n".into(),
            'p' => (if t.hour < 12 { "AM" } else { "PM" }).into(),
            'P' => (if t.hour < 12 { "am" } else { "pm" }).into(),
            'r' => format!(
                "{:02}:{:02}:{:02} {}",
                h12,
                t.min,
                t.sec,
                if t.hour < 12 { "AM" } else { "PM" }
            ),
            'R' => format!("{:02}:{:02}", t.hour, t.min),
            's' => secs.to_string(),
            'S' => num(t.sec, 2, false),
            't' => "\t".into(),
            'T' | 'X' => format!("{:02}:{:02}:{:02}", t.hour, t.min, t.sec),
            'u' => (t.wday + 1).to_string(),
            'U' => num(sunday_week, 2, false),
            'V' => num(iso_week(t).1, 2, false),
            'w' => ((t.wday + 1) % 7).to_string(),
            'W' => num(monday_week, 2, false),
            'y' => num(t.year.rem_euclid(100), 2, false),
            'Y' => t.year.to_string(),
            'z' => "+0000".into(),
            'Z' => zone.into(),
            '%' => "%".into(),
            other => {
                let mut s = String::from('%');
                if let Some(f) = flag {
                    s.push(f);
                }
                s.push(other);
                s
            }
        };
        out.push_str(&s);
    }
    out
}

fn st_values(vm: &mut Vm, a: Args) -> PyResult<Vec<Value>> {
    let Some(this) = a.first() else {
        return Ok(Vec::new());
    };
    let mut out = Vec::with_capacity(9);
    for f in FIELDS {
        out.push(vm.get_attr(this, f)?);
    }
    Ok(out)
}

fn st_repr(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let vals = st_values(vm, a)?;
    let mut parts = Vec::with_capacity(9);
    for (f, v) in FIELDS.iter().zip(&vals) {
        parts.push(format!("{f}={}", vm.repr(v)?));
    }
    Ok(Value::string(format!(
        "time.struct_time({})",
        parts.join(", ")
    )))
}

fn st_getitem(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let vals = st_values(vm, a)?;
    let t = Value::tuple(vals);
    match a.get(1) {
        Some(i) => vm.get_item(&t, i),
        None => Err(vm.type_error("expected 1 argument, got 0")),
    }
}

fn st_len(_vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(9))
}

fn st_iter(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let vals = st_values(vm, a)?;
    vm.get_iter(&Value::tuple(vals))
}

fn st_eq(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let mine = Value::tuple(st_values(vm, a)?);
    let other = match a.get(1) {
        Some(o @ Value::Instance(_)) if vm.type_name(o) == "struct_time" => {
            Value::tuple(st_values(vm, &a[1..])?)
        }
        Some(o @ Value::Tuple(_)) => o.clone(),
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::Bool(vm.eq(&mine, &other)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        let t = gm(1_764_000_000);
        assert_eq!(
            (t.year, t.mon, t.mday, t.hour, t.wday, t.yday),
            (2025, 11, 24, 16, 0, 328)
        );
        let t = gm(0);
        assert_eq!((t.year, t.mon, t.mday, t.wday, t.yday), (1970, 1, 1, 3, 1));
        assert_eq!(
            strftime("%c|%x|%X|%j|%U|%W|%V|%G", &gm(1_764_000_000), 0, "UTC"),
            "Mon Nov 24 16:00:00 2025|11/24/25|16:00:00|328|47|47|48|2025"
        );
        assert_eq!(asctime_of(&gm(1_762_300_000)), "Tue Nov  4 23:46:40 2025");
        for s in [-86_400 * 800, 0, 951_782_400, 1_764_000_000, 4_102_444_800] {
            let t = gm(s);
            assert_eq!(
                (days_from_civil(t.year, t.mon, t.mday)) * 86400
                    + t.hour * 3600
                    + t.min * 60
                    + t.sec,
                s
            );
        }
    }
}
