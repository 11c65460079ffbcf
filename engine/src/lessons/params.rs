//! A lesson's parameters: each one's kind, range and default (`ParamSpec`, the
//! one place defaults live), and their values for a run (`Params`), typed by
//! kind and keyed by name, only the lesson's own.

use super::Lesson;
use crate::random::Seed;

/// The kind, range and default of one parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Int {
        min: i64,
        max: i64,
        default: i64,
    },
    Float {
        min: f64,
        max: f64,
        step: f64,
        default: f64,
    },
    Seed {
        default: i64,
    },
    IntList {
        min_len: usize,
        max_len: usize,
        min: i64,
        max: i64,
        default: &'static [i64],
    },
    /// Calls on a generator: `next`, or an integer to `send`.
    Ops {
        max_len: usize,
        min: i64,
        max: i64,
        default: &'static str,
    },
    /// One of a few words.
    Choice {
        options: &'static [&'static str],
        default: &'static str,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParamSpec {
    /// The name in the URL and on the CLI (`--name`).
    pub name: &'static str,
    /// What it is, for a label.
    pub label: &'static str,
    pub kind: Kind,
}

/// `random.seed(...)`'s argument, for the lessons that seed.
pub const SEED: ParamSpec = ParamSpec {
    name: "seed",
    label: "random.seed",
    kind: Kind::Seed { default: 444 },
};

/// The value of one parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Int(i64),
    Float(f64),
    Seed(Seed),
    IntList(Vec<i64>),
    /// `None` is `next()`, a number is `send(n)`.
    Ops(Vec<Option<i64>>),
    Choice(&'static str),
}

impl Kind {
    pub fn default_value(&self) -> Value {
        match self {
            Kind::Int { default, .. } => Value::Int(*default),
            Kind::Float { default, .. } => Value::Float(*default),
            Kind::Seed { default } => Value::Seed(Seed::from_i64(*default)),
            Kind::IntList { default, .. } => Value::IntList(default.to_vec()),
            Kind::Ops { default, .. } => Value::Ops(parse_ops(default).unwrap_or_default()),
            Kind::Choice { default, .. } => Value::Choice(default),
        }
    }
}

fn parse_ops(raw: &str) -> Option<Vec<Option<i64>>> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            if s == "next" {
                Some(None)
            } else {
                s.parse::<i64>().ok().map(Some)
            }
        })
        .collect()
}

/// A parameter value that was out of range or malformed, and what replaced it.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub param: String,
    pub message: String,
}

/// A lesson's parameter values, in the order of its specs.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    values: Vec<(&'static str, Value)>,
}

impl Params {
    /// The defaults of these specs.
    pub fn defaults(specs: &[ParamSpec]) -> Params {
        Params {
            values: specs
                .iter()
                .map(|s| (s.name, s.kind.default_value()))
                .collect(),
        }
    }

    pub fn value(&self, name: &str) -> Option<&Value> {
        self.values.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    fn put(&mut self, name: &str, v: Value) {
        if let Some(slot) = self.values.iter_mut().find(|(n, _)| *n == name) {
            slot.1 = v;
        }
    }

    /// An integer parameter (0 when the lesson has none of that name: a
    /// lesson reads only its own, which its tests cover).
    pub fn int(&self, name: &str) -> i64 {
        match self.value(name) {
            Some(Value::Int(v)) => *v,
            _ => 0,
        }
    }
    /// An integer parameter as a count (never negative).
    pub fn count(&self, name: &str) -> usize {
        self.int(name).max(0) as usize
    }
    pub fn float(&self, name: &str) -> f64 {
        match self.value(name) {
            Some(Value::Float(v)) => *v,
            _ => 0.0,
        }
    }
    pub fn seed(&self) -> Option<&Seed> {
        match self.value("seed") {
            Some(Value::Seed(s)) => Some(s),
            _ => None,
        }
    }
    pub fn int_list(&self, name: &str) -> &[i64] {
        match self.value(name) {
            Some(Value::IntList(v)) => v,
            _ => &[],
        }
    }
    pub fn ops(&self, name: &str) -> &[Option<i64>] {
        match self.value(name) {
            Some(Value::Ops(v)) => v,
            _ => &[],
        }
    }
    pub fn choice(&self, name: &str) -> &'static str {
        match self.value(name) {
            Some(Value::Choice(c)) => c,
            _ => "",
        }
    }

    /// The value of a parameter as text (for URLs and inputs).
    pub fn get(&self, name: &str) -> String {
        let join = |v: Vec<String>| v.join(",");
        match self.value(name) {
            None => String::new(),
            Some(Value::Int(v)) => v.to_string(),
            Some(Value::Float(v)) => crate::pyfmt::number(*v),
            Some(Value::Seed(s)) => s.to_string(),
            Some(Value::IntList(v)) => join(v.iter().map(|a| a.to_string()).collect()),
            Some(Value::Ops(v)) => join(
                v.iter()
                    .map(|o| o.map(|x| x.to_string()).unwrap_or_else(|| "next".into()))
                    .collect(),
            ),
            Some(Value::Choice(c)) => c.to_string(),
        }
    }

    /// Sets a parameter of `lesson` from text. A malformed value keeps the
    /// default; an out-of-range one is clamped. Either way a note says so.
    pub fn set(&mut self, lesson: Lesson, name: &str, raw: &str) -> Option<Note> {
        let Some(spec) = lesson.spec(name) else {
            return Some(Note {
                param: name.into(),
                message: format!("{name} is not a parameter of {}; ignored", lesson.name()),
            });
        };
        let (value, message) = parse(spec, raw);
        self.put(spec.name, value);
        message.map(|message| Note {
            param: name.to_string(),
            message,
        })
    }

    /// Makes parameters that depend on each other agree (`blocking` ≤ `calls`).
    pub fn reconcile(&mut self, lesson: Lesson) -> Option<Note> {
        (lesson.def().reconcile)(self)
    }

    /// For a lesson's `reconcile`: sets an integer parameter.
    pub fn set_int(&mut self, name: &str, v: i64) {
        self.put(name, Value::Int(v));
    }
}

/// No parameters depend on each other.
pub fn independent(_: &mut Params) -> Option<Note> {
    None
}

/// A parameter's value from text, and a message when it was malformed or out
/// of range (and what replaced it).
fn parse(spec: &ParamSpec, raw: &str) -> (Value, Option<String>) {
    let name = spec.name;
    let shown: String = raw.chars().take(40).collect();
    match &spec.kind {
        Kind::Seed { default } => match Seed::parse(raw) {
            Ok(s) => (Value::Seed(s), None),
            Err(e) => (
                Value::Seed(Seed::from_i64(*default)),
                Some(format!("{e}; using {default}")),
            ),
        },
        Kind::Int { min, max, default } => {
            let (v, n) = match raw.trim().parse::<i64>() {
                Ok(v) if v < *min => (
                    *min,
                    Some(format!("{name}={v} is below {min}; using {min}")),
                ),
                Ok(v) if v > *max => (
                    *max,
                    Some(format!("{name}={v} is above {max}; using {max}")),
                ),
                Ok(v) => (v, None),
                Err(_) => match raw.trim().parse::<f64>() {
                    Ok(f) if f.is_finite() => {
                        let v = (f.round() as i64).clamp(*min, *max);
                        let m = format!("{name} must be a whole number, got {shown:?}; using {v}");
                        (v, Some(m))
                    }
                    _ => (
                        *default,
                        Some(format!(
                            "{name} must be a whole number, got {shown:?}; using {default}"
                        )),
                    ),
                },
            };
            (Value::Int(v), n)
        }
        Kind::Float {
            min,
            max,
            step,
            default,
        } => {
            let bad = || format!("{name} must be a number, got {shown:?}; using {default}");
            let (v, n) = match raw.trim().parse::<f64>() {
                Ok(v) if v.is_nan() => (*default, Some(bad())),
                Ok(v) if v < *min => (
                    *min,
                    Some(format!("{name}={shown} is below {min}; using {min}")),
                ),
                Ok(v) if v > *max => (
                    *max,
                    Some(format!("{name}={shown} is above {max}; using {max}")),
                ),
                Ok(v) => {
                    let snapped = ((v / step).round() * step * 1e6).round() / 1e6;
                    if (snapped - v).abs() > 1e-9 {
                        let m = format!(
                            "{name} moves in steps of {step}; using {}",
                            crate::pyfmt::number(snapped)
                        );
                        (snapped, Some(m))
                    } else {
                        (snapped, None)
                    }
                }
                Err(_) => (*default, Some(bad())),
            };
            (Value::Float(v), n)
        }
        Kind::Choice { options, default } => match options.iter().find(|o| **o == raw.trim()) {
            Some(o) => (Value::Choice(o), None),
            None => (
                Value::Choice(default),
                Some(format!(
                    "{name} must be one of {}, got {shown:?}; using {default}",
                    options.join(", ")
                )),
            ),
        },
        Kind::Ops {
            max_len,
            min,
            max,
            default,
        } => match parse_ops(raw) {
            Some(mut v) if !v.is_empty() => {
                let mut msgs = Vec::new();
                if v.len() > *max_len {
                    v.truncate(*max_len);
                    msgs.push(format!(
                        "at most {max_len} calls; keeping the first {max_len}"
                    ));
                }
                if v.iter().flatten().any(|x| x < min || x > max) {
                    for x in v.iter_mut().flatten() {
                        *x = (*x).clamp(*min, *max);
                    }
                    msgs.push(format!("values must be within {min}..{max}; clamped"));
                }
                if v[0].is_some() {
                    // CPython: "can't send non-None value to a just-started generator".
                    v[0] = None;
                    msgs.push(
                        "the first call must be next(): \
                         a generator that has not started cannot receive a value"
                            .into(),
                    );
                }
                let n = (!msgs.is_empty()).then(|| format!("{name}: {}", msgs.join("; ")));
                (Value::Ops(v), n)
            }
            _ => (
                spec.kind.default_value(),
                Some(format!(
                    "{name} must be next or whole numbers, separated by commas, \
                     got {shown:?}; using {default}"
                )),
            ),
        },
        Kind::IntList {
            min_len,
            max_len,
            min,
            max,
            default,
        } => {
            let parsed: Result<Vec<i64>, _> = raw
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::parse::<i64>)
                .collect();
            match parsed {
                Ok(mut v) if v.len() >= *min_len => {
                    let mut msgs = Vec::new();
                    if v.len() > *max_len {
                        v.truncate(*max_len);
                        msgs.push(format!(
                            "at most {max_len} values; keeping the first {max_len}"
                        ));
                    }
                    if v.iter().any(|x| x < min || x > max) {
                        for x in v.iter_mut() {
                            *x = (*x).clamp(*min, *max);
                        }
                        msgs.push(format!("values must be within {min}..{max}; clamped"));
                    }
                    let n = (!msgs.is_empty()).then(|| format!("{name}: {}", msgs.join("; ")));
                    (Value::IntList(v), n)
                }
                _ => {
                    let d: Vec<String> = default.iter().map(|x| x.to_string()).collect();
                    (
                        Value::IntList(default.to_vec()),
                        Some(format!(
                            "{name} must be {min_len} to {max_len} whole numbers separated by commas, \
                             got {shown:?}; using {}",
                            d.join(",")
                        )),
                    )
                }
            }
        }
    }
}
