//! The lessons: the lecture's five programs and three concept lessons, one file
//! each: the Python program (`py/`), its parameters, and where each writes in the
//! program (`python`). The page and the CLI run the program through the
//! interpreter; only `threads` is a simulation (a page has neither threads nor
//! processes), in `threads.rs`.

pub mod asyncq;
pub mod blocking;
pub mod chained;
pub mod countasync;
pub mod countsync;
pub mod generator;
pub mod place;
pub mod rand;
pub mod threads;

use crate::random::Seed;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lesson {
    Threads,
    Generator,
    CountAsync,
    CountSync,
    Blocking,
    Rand,
    Chained,
    Asyncq,
}

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

const SEED: ParamSpec = ParamSpec {
    name: "seed",
    label: "random.seed",
    kind: Kind::Seed { default: 444 },
};
const CALLS: ParamSpec = ParamSpec {
    name: "calls",
    label: "count() calls",
    kind: Kind::Int {
        min: 1,
        max: 10_000,
        default: 3,
    },
};
const DELAY: ParamSpec = ParamSpec {
    name: "delay",
    label: "sleep (s)",
    kind: Kind::Float {
        min: 0.0,
        max: 10.0,
        step: 0.1,
        default: 1.0,
    },
};
const SYNC_CALLS: ParamSpec = ParamSpec {
    name: "calls",
    label: "count() calls",
    kind: Kind::Int {
        min: 1,
        max: 20,
        default: 3,
    },
};

const COUNTASYNC: &[ParamSpec] = &[CALLS, DELAY];
const THREADS: &[ParamSpec] = &[
    ParamSpec {
        name: "calls",
        label: "workers (count() calls)",
        kind: Kind::Int {
            min: 1,
            max: 8,
            default: 3,
        },
    },
    ParamSpec {
        name: "work",
        label: "the work: waiting (sleep) or computing (cpu)",
        kind: Kind::Choice {
            options: &["sleep", "cpu"],
            default: "sleep",
        },
    },
    ParamSpec {
        name: "delay",
        label: "seconds of it",
        kind: Kind::Float {
            min: 0.0,
            max: 10.0,
            step: 0.1,
            default: 1.0,
        },
    },
];
const GENERATOR: &[ParamSpec] = &[
    ParamSpec {
        name: "start",
        label: "counter(start)",
        kind: Kind::Int {
            min: -1000,
            max: 1000,
            default: 10,
        },
    },
    ParamSpec {
        name: "ops",
        label: "the caller's calls: next, or a number to send",
        kind: Kind::Ops {
            max_len: 12,
            min: -1000,
            max: 1000,
            default: "next,next,42,next",
        },
    },
];
const BLOCKING: &[ParamSpec] = &[
    SYNC_CALLS,
    ParamSpec {
        name: "blocking",
        label: "of them blocking (time.sleep)",
        kind: Kind::Int {
            min: 0,
            max: 20,
            default: 1,
        },
    },
    DELAY,
];
const COUNTSYNC: &[ParamSpec] = &[SYNC_CALLS, DELAY];
const RAND: &[ParamSpec] = &[
    SEED,
    ParamSpec {
        name: "coros",
        label: "makerandom() coroutines",
        kind: Kind::Int {
            min: 1,
            max: 6,
            default: 3,
        },
    },
];
const CHAINED: &[ParamSpec] = &[
    SEED,
    ParamSpec {
        name: "args",
        label: "chain(n) for n in",
        kind: Kind::IntList {
            min_len: 1,
            max_len: 50,
            min: -1_000_000,
            max: 1_000_000,
            default: &[1, 2, 3],
        },
    },
];
const ASYNCQ: &[ParamSpec] = &[
    SEED,
    ParamSpec {
        name: "nprod",
        label: "producers (-p)",
        kind: Kind::Int {
            min: 0,
            max: 200,
            default: 5,
        },
    },
    ParamSpec {
        name: "ncon",
        label: "consumers (-c)",
        kind: Kind::Int {
            min: 0,
            max: 200,
            default: 10,
        },
    },
    ParamSpec {
        name: "maxsize",
        label: "queue maxsize (0 = unbounded)",
        kind: Kind::Int {
            min: 0,
            max: 100,
            default: 0,
        },
    },
    ParamSpec {
        name: "maxsleep",
        label: "longest randsleep (s)",
        kind: Kind::Int {
            min: 0,
            max: 10,
            default: 10,
        },
    },
];

/// Every lesson's parameters (each lesson reads the ones it has).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub seed: Seed,
    pub calls: usize,
    pub delay: f64,
    pub coros: usize,
    pub args: Vec<i64>,
    pub nprod: usize,
    pub ncon: usize,
    pub maxsize: usize,
    pub maxsleep: i64,
    /// `blocking`: how many of the `count()`s call `time.sleep`.
    pub blocking: usize,
    /// `generator`: the first value, and the caller's calls (None = `next`).
    pub start: i64,
    pub ops: Vec<Option<i64>>,
    /// `threads`: CPU-bound work instead of sleeping.
    pub cpu: bool,
}

/// A parameter value that was out of range or malformed, and what replaced it.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub param: String,
    pub message: String,
}

impl Lesson {
    /// In the lecture's order.
    pub const ALL: [Lesson; 8] = [
        Lesson::Threads,
        Lesson::Generator,
        Lesson::CountAsync,
        Lesson::CountSync,
        Lesson::Blocking,
        Lesson::Rand,
        Lesson::Chained,
        Lesson::Asyncq,
    ];

    /// The name in URLs and on the CLI.
    pub fn name(self) -> &'static str {
        match self {
            Lesson::Threads => "threads",
            Lesson::Generator => "generator",
            Lesson::CountAsync => "countasync",
            Lesson::CountSync => "countsync",
            Lesson::Blocking => "blocking",
            Lesson::Rand => "rand",
            Lesson::Chained => "chained",
            Lesson::Asyncq => "asyncq",
        }
    }

    pub fn from_name(s: &str) -> Option<Lesson> {
        Lesson::ALL.into_iter().find(|l| l.name() == s)
    }

    pub fn file(self) -> &'static str {
        match self {
            Lesson::Threads => threads::FILE,
            Lesson::Generator => generator::FILE,
            Lesson::CountAsync => countasync::FILE,
            Lesson::CountSync => countsync::FILE,
            Lesson::Blocking => blocking::FILE,
            Lesson::Rand => rand::FILE,
            Lesson::Chained => chained::FILE,
            Lesson::Asyncq => asyncq::FILE,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Lesson::Threads => "Processes, threads, coroutines",
            Lesson::Generator => "A generator is a coroutine",
            Lesson::CountAsync => "Hello, async IO",
            Lesson::CountSync => "The same, blocking",
            Lesson::Blocking => "A blocking call inside a coroutine",
            Lesson::Rand => "Coroutines retrying at random",
            Lesson::Chained => "Chaining coroutines",
            Lesson::Asyncq => "Producers, consumers and a queue",
        }
    }

    /// What to notice, drawn from the lecture.
    pub fn about(self) -> &'static str {
        match self {
            Lesson::Threads => "The same count() work done four ways, on one time axis: one after another (3 s), in threads (1 s: time.sleep blocks only its own thread), in processes (1 s too, but each starts a whole interpreter and has its own memory, so the shared counter stays 0 in the parent), and as asyncio tasks in a single thread (1 s, the cheapest to start and switch). Threads and processes are simulated here: a web page has neither.",
            Lesson::Generator => "The lecture's coroutine section: when a generator reaches yield, its state is saved and control goes back to the caller; next() or send() hands control back, and it goes on right after the yield with its locals as they were. Step through the hand-offs: each arrow is one transfer of control, and the box shows what the generator keeps while it is suspended. asyncio's coroutines are built on exactly this.",
            Lesson::CountAsync => "Three count() coroutines are gathered on one event loop. Each prints One, then reaches await asyncio.sleep(1) and gives control back to the loop, so all three Ones print before any Two. The three sleeps overlap: the whole program takes 1 second, not 3.",
            Lesson::CountSync => "The same work with time.sleep(1), a blocking call. Nothing else can run while it sleeps, so each count() must finish before the next begins: One, Two, One, Two, One, Two, and 3 seconds in all.",
            Lesson::Blocking => "The countasync program with one count() calling time.sleep(1) instead of await asyncio.sleep(1). time.sleep blocks the whole thread: the event loop cannot switch to another task until it returns, so the other count()s cannot even print their One. The program takes 2 seconds instead of 1; with every count() blocking, it is countsync again. Slide how many block.",
            Lesson::Rand => "makerandom() keeps drawing random integers in [0, 10] until one exceeds its threshold, sleeping between tries. Gathering several calls runs them concurrently: while one sleeps, the others draw. The seed fixes every number, so a run can be repeated.",
            Lesson::Chained => "chain(n) awaits part1(n), then hands its result to part2(n, ...). Within one chain the parts run in order; the chains themselves run concurrently, so the program takes as long as the slowest chain, not the sum of them all.",
            Lesson::Asyncq => "Producers put items on an asyncio.Queue; consumers take them off. Neither knows the other: the queue is the only link. A consumer that finds the queue empty is parked until a producer puts an item; with a bounded queue a producer can wait too. main() gathers the producers, joins the queue, then cancels the consumers.",
        }
    }

    pub fn specs(self) -> &'static [ParamSpec] {
        match self {
            Lesson::Threads => THREADS,
            Lesson::Generator => GENERATOR,
            Lesson::CountAsync => COUNTASYNC,
            Lesson::CountSync => COUNTSYNC,
            Lesson::Blocking => BLOCKING,
            Lesson::Rand => RAND,
            Lesson::Chained => CHAINED,
            Lesson::Asyncq => ASYNCQ,
        }
    }

    /// The lecture's own values.
    pub fn defaults(self) -> Params {
        let calls = 3;
        Params {
            seed: Seed::from_i64(444),
            calls,
            delay: 1.0,
            coros: 3,
            args: vec![1, 2, 3],
            nprod: 5,
            ncon: 10,
            maxsize: 0,
            maxsleep: 10,
            blocking: 1,
            start: 10,
            ops: vec![None, None, Some(42), None],
            cpu: false,
        }
    }

    /// The Python program for these parameters: the lecture's program with the
    /// values in place (and `os.urandom` replaced by `random.randbytes`).
    pub fn python(self, p: &Params) -> String {
        match self {
            Lesson::Threads => threads::python(p),
            Lesson::Generator => generator::python(p),
            Lesson::CountAsync => countasync::python(p),
            Lesson::CountSync => countsync::python(p),
            Lesson::Blocking => blocking::python(p),
            Lesson::Rand => rand::python(p),
            Lesson::Chained => chained::python(p),
            Lesson::Asyncq => asyncq::python(p),
        }
    }

    /// The lecture's program, verbatim (for `blocking`, which the lecture
    /// only describes, the lecture's `countasync.py` with one blocking call).
    pub fn lecture_source(self) -> &'static str {
        match self {
            Lesson::Threads => threads::SOURCE,
            Lesson::Generator => generator::SOURCE,
            Lesson::CountAsync => countasync::SOURCE,
            Lesson::CountSync => countsync::SOURCE,
            Lesson::Blocking => blocking::SOURCE,
            Lesson::Rand => rand::SOURCE,
            Lesson::Chained => chained::SOURCE,
            Lesson::Asyncq => asyncq::SOURCE,
        }
    }

    pub fn spec(self, name: &str) -> Option<&'static ParamSpec> {
        self.specs().iter().find(|s| s.name == name)
    }
}

impl Params {
    /// The value of a parameter as text (for URLs and inputs).
    pub fn get(&self, name: &str) -> String {
        match name {
            "seed" => self.seed.to_string(),
            "calls" => self.calls.to_string(),
            "delay" => crate::pyfmt::number(self.delay),
            "coros" => self.coros.to_string(),
            "args" => self
                .args
                .iter()
                .map(|a| a.to_string())
                .collect::<Vec<_>>()
                .join(","),
            "nprod" => self.nprod.to_string(),
            "ncon" => self.ncon.to_string(),
            "maxsize" => self.maxsize.to_string(),
            "maxsleep" => self.maxsleep.to_string(),
            "blocking" => self.blocking.to_string(),
            "start" => self.start.to_string(),
            "work" => (if self.cpu { "cpu" } else { "sleep" }).to_string(),
            "ops" => self
                .ops
                .iter()
                .map(|o| o.map(|x| x.to_string()).unwrap_or_else(|| "next".into()))
                .collect::<Vec<_>>()
                .join(","),
            _ => String::new(),
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
        let note = |m: String| {
            Some(Note {
                param: name.to_string(),
                message: m,
            })
        };
        let shown: String = raw.chars().take(40).collect();
        match &spec.kind {
            Kind::Seed { default } => match Seed::parse(raw) {
                Ok(s) => {
                    self.seed = s;
                    None
                }
                Err(e) => {
                    self.seed = Seed::from_i64(*default);
                    note(format!("{e}; using {default}"))
                }
            },
            Kind::Int { min, max, default } => {
                let (v, n) = match raw.trim().parse::<i64>() {
                    Ok(v) if v < *min => (
                        *min,
                        note(format!("{name}={v} is below {min}; using {min}")),
                    ),
                    Ok(v) if v > *max => (
                        *max,
                        note(format!("{name}={v} is above {max}; using {max}")),
                    ),
                    Ok(v) => (v, None),
                    Err(_) => match raw.trim().parse::<f64>() {
                        Ok(f) if f.is_finite() => {
                            let v = (f.round() as i64).clamp(*min, *max);
                            (
                                v,
                                note(format!(
                                    "{name} must be a whole number, got {shown:?}; using {v}"
                                )),
                            )
                        }
                        _ => (
                            *default,
                            note(format!(
                                "{name} must be a whole number, got {shown:?}; using {default}"
                            )),
                        ),
                    },
                };
                self.set_int(name, v);
                n
            }
            Kind::Float {
                min,
                max,
                step,
                default,
            } => {
                let (v, n) = match raw.trim().parse::<f64>() {
                    Ok(v) if v.is_nan() => (
                        *default,
                        note(format!(
                            "{name} must be a number, got {shown:?}; using {default}"
                        )),
                    ),
                    Ok(v) if v < *min => (
                        *min,
                        note(format!("{name}={shown} is below {min}; using {min}")),
                    ),
                    Ok(v) if v > *max => (
                        *max,
                        note(format!("{name}={shown} is above {max}; using {max}")),
                    ),
                    Ok(v) => {
                        let snapped = ((v / step).round() * step * 1e6).round() / 1e6;
                        if (snapped - v).abs() > 1e-9 {
                            (
                                snapped,
                                note(format!(
                                    "{name} moves in steps of {step}; using {}",
                                    crate::pyfmt::number(snapped)
                                )),
                            )
                        } else {
                            (snapped, None)
                        }
                    }
                    Err(_) => (
                        *default,
                        note(format!(
                            "{name} must be a number, got {shown:?}; using {default}"
                        )),
                    ),
                };
                self.delay = v;
                n
            }
            Kind::Choice { options, default } => {
                let v = raw.trim();
                if options.contains(&v) {
                    self.cpu = v == "cpu";
                    None
                } else {
                    self.cpu = *default == "cpu";
                    note(format!(
                        "{name} must be one of {}, got {shown:?}; using {default}",
                        options.join(", ")
                    ))
                }
            }
            Kind::Ops {
                max_len,
                min,
                max,
                default,
            } => {
                let parsed: Result<Vec<Option<i64>>, ()> = raw
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| {
                        if s == "next" {
                            Ok(None)
                        } else {
                            s.parse::<i64>().map(Some).map_err(|_| ())
                        }
                    })
                    .collect();
                match parsed {
                    Ok(mut v) if !v.is_empty() => {
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
                            msgs.push("the first call must be next(): a generator that has not started cannot receive a value".into());
                        }
                        self.ops = v;
                        if msgs.is_empty() {
                            None
                        } else {
                            note(format!("{name}: {}", msgs.join("; ")))
                        }
                    }
                    _ => {
                        self.set(lesson, name, default);
                        note(format!("{name} must be next or whole numbers, separated by commas, got {shown:?}; using {default}"))
                    }
                }
            }
            Kind::IntList {
                min_len,
                max_len,
                min,
                max,
                default,
            } => {
                let parts: Vec<&str> = raw
                    .split(',')
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .collect();
                let parsed: Result<Vec<i64>, _> = parts.iter().map(|s| s.parse::<i64>()).collect();
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
                        self.args = v;
                        if msgs.is_empty() {
                            None
                        } else {
                            note(format!("{name}: {}", msgs.join("; ")))
                        }
                    }
                    _ => {
                        self.args = default.to_vec();
                        let d: Vec<String> = default.iter().map(|x| x.to_string()).collect();
                        note(format!(
                            "{name} must be {min_len} to {max_len} whole numbers separated by commas, got {shown:?}; using {}",
                            d.join(",")
                        ))
                    }
                }
            }
        }
    }

    /// Makes parameters that depend on each other agree (`blocking` ≤ `calls`).
    pub fn reconcile(&mut self, lesson: Lesson) -> Option<Note> {
        if lesson == Lesson::Blocking && self.blocking > self.calls {
            let was = self.blocking;
            self.blocking = self.calls;
            return Some(Note {
                param: "blocking".into(),
                message: format!(
                    "blocking={was} is more than calls={}; using {}",
                    self.calls, self.calls
                ),
            });
        }
        None
    }

    fn set_int(&mut self, name: &str, v: i64) {
        match name {
            "calls" => self.calls = v as usize,
            "coros" => self.coros = v as usize,
            "nprod" => self.nprod = v as usize,
            "ncon" => self.ncon = v as usize,
            "maxsize" => self.maxsize = v as usize,
            "maxsleep" => self.maxsleep = v,
            "blocking" => self.blocking = v as usize,
            "start" => self.start = v,
            _ => {}
        }
    }
}

/// Replaces the one occurrence of `from` in a lecture program (a missing
/// line is a bug in the lesson, caught by its tests).
pub(crate) fn replace_once(src: &str, from: &str, to: &str) -> String {
    debug_assert_eq!(src.matches(from).count(), 1, "{from:?} must occur once");
    src.replacen(from, to, 1)
}
