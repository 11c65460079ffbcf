//! The transcript CLI's arguments: `PROGRAM [--seed N] [--timestamps] [--python] [ARGS]`.
//! The binary lives in the interpreter's crate (`python/src/bin/transcript.rs`): a PROGRAM
//! ending in `.py` is run by the interpreter, a lesson's name is parsed here.

use crate::lessons::{Kind, Lesson, Params};

/// The two forms of the command line, after "usage: ".
pub const USAGE_LINES: &str =
    "transcript FILE.py [--seed N] [--timestamps] [ARGS...] [-- PROGRAM ARGS...]\n       \
     transcript LESSON [--seed N] [--timestamps] [--python] [--trace FILE] [--loop-at N] [ARGS]";

/// The usage: both forms, then [`options`].
pub fn usage() -> String {
    format!("usage: {USAGE_LINES}\n{}", options())
}

/// What every option and lesson parameter means (the usage without its first lines).
pub fn options() -> String {
    let mut u = String::from(
        "LESSON: threads | generator | countasync | countsync | blocking | rand | chained | asyncq\n\
         \n\
         FILE.py         a Python file, run by the interpreter: stdout, stderr and exit status\n\
         \x20               are what `python3 tools/pyref.py FILE.py ...` prints\n\
         --seed N        replaces the program's random.seed(...) argument (any integer)\n\
         --timestamps    prefixes each line with the virtual time, \"%.3f \"\n\
         ARGS            the program's own (sys.argv[1:]): chained 9 6 3; asyncq -p 2 -c 3;\n\
         \x20               with FILE.py, every argument but --seed N and --timestamps, and all after --\n\
         \n\
         lessons only:\n\
         --python        prints the Python program for these parameters instead\n\
         --trace FILE    also writes the run as Chrome Trace Event JSON (Perfetto, chrome://tracing)\n\
         --loop-at N     prints the loop's ready queue, timers and queue after iteration N instead\n\
         \n\
         parameters (long options, --name VALUE or --name=VALUE):\n",
    );
    for &l in Lesson::ALL {
        for s in l.specs() {
            let range = match &s.kind {
                Kind::Int { min, max, default } => format!("{min}..{max}, default {default}"),
                Kind::Float {
                    min,
                    max,
                    step,
                    default,
                } => format!("{min}..{max} in steps of {step}, default {default}"),
                Kind::Seed { default } => format!("any integer, default {default}"),
                Kind::IntList {
                    min_len,
                    max_len,
                    min,
                    max,
                    ..
                } => {
                    format!("{min_len}..{max_len} integers in {min}..{max}, as positional ARGS")
                }
                Kind::Choice { options, default } => {
                    format!("{}, default {default}", options.join(" or "))
                }
                Kind::Ops {
                    max_len,
                    min,
                    max,
                    default,
                } => {
                    format!(
                        "up to {max_len} of next or an integer in {min}..{max}, default {default}"
                    )
                }
            };
            u.push_str(&format!(
                "  {:<11} --{:<9} {} ({range})\n",
                l.name(),
                s.name,
                s.label
            ));
        }
    }
    u
}

pub struct Cli {
    pub lesson: Lesson,
    pub params: Params,
    pub timestamps: bool,
    pub python: bool,
    /// `--trace FILE`: also write the run's Chrome Trace Event JSON there.
    pub trace: Option<String>,
    /// `--loop-at N`: print the loop's ready queue and timers after iteration N instead.
    pub loop_at: Option<u64>,
}

/// Parses the arguments after the program name. `Err("")` asks for the usage (--help).
pub fn parse(args: &[String]) -> Result<Cli, String> {
    let Some(prog) = args.first() else {
        return Err("missing PROGRAM".into());
    };
    let lesson = Lesson::from_name(prog).ok_or_else(|| format!("unknown PROGRAM {prog:?}"))?;
    let mut params = lesson.defaults();
    let mut timestamps = false;
    let mut python = false;
    let mut trace = None;
    let mut loop_at = None;
    let mut positional: Vec<String> = Vec::new();
    let mut i = 1;
    let set = |params: &mut Params, name: &str, value: &str| -> Result<(), String> {
        if lesson.spec(name).is_none() {
            return Err(format!("{} has no parameter --{name}", lesson.name()));
        }
        let mut probe = params.clone();
        match probe.set(lesson, name, value) {
            None => {
                *params = probe;
                Ok(())
            }
            Some(note) => Err(format!("bad value for --{name}: {}", note.message)),
        }
    };
    while i < args.len() {
        let a = &args[i];
        let take_value = |i: &mut usize| -> Result<String, String> {
            *i += 1;
            args.get(*i)
                .cloned()
                .ok_or_else(|| format!("{a} needs a value"))
        };
        if a == "--timestamps" {
            timestamps = true;
        } else if a == "--python" {
            python = true;
        } else if a == "--loop-at" {
            let v = take_value(&mut i)?;
            loop_at = Some(
                v.parse::<u64>()
                    .map_err(|_| format!("--loop-at needs an iteration number, got {v:?}"))?,
            );
        } else if a == "--trace" {
            trace = Some(take_value(&mut i)?);
        } else if let Some(f) = a.strip_prefix("--trace=") {
            trace = Some(f.to_string());
        } else if a == "--help" || a == "-h" {
            return Err(String::new());
        } else if let Some(&(_, name)) = lesson.def().flags.iter().find(|(f, _)| f == a) {
            // The program's own short option with its value next (`-p 2`)...
            let v = take_value(&mut i)?;
            set(&mut params, name, &v)?;
        } else if let Some((f, name)) = lesson
            .def()
            .flags
            .iter()
            .find(|(f, _)| a.len() > f.len() && a.starts_with(f) && !a.starts_with("--"))
        {
            // ... or attached (`-p2`).
            set(&mut params, name, &a[f.len()..])?;
        } else if let Some(long) = a.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((n, v)) => (n.to_string(), v.to_string()),
                None => (long.to_string(), take_value(&mut i)?),
            };
            set(&mut params, &name, &value)?;
        } else if lesson.def().positional.is_some()
            && a.trim_start_matches('-')
                .chars()
                .all(|c| c.is_ascii_digit())
            && !a.is_empty()
            && a != "-"
        {
            positional.push(a.clone());
        } else {
            return Err(format!("unexpected argument {a:?}"));
        }
        i += 1;
    }
    if let (false, Some(name)) = (positional.is_empty(), lesson.def().positional) {
        set(&mut params, name, &positional.join(","))?;
    }
    if let Some(note) = params.reconcile(lesson) {
        return Err(note.message);
    }
    Ok(Cli {
        lesson,
        params,
        timestamps,
        python,
        trace,
        loop_at,
    })
}
