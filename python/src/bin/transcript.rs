//! `transcript FILE.py [--seed N] [--timestamps] [ARGS...] [-- PROGRAM ARGS...]` runs a
//! Python file on the virtual clock, printing what `python3 tools/pyref.py FILE.py ...`
//! prints (stdout, stderr, exit status), with pyref's arguments: `--seed N` and
//! `--timestamps` anywhere before `--`, every other argument to the program.
//!
//! `transcript LESSON [--seed N] [--timestamps] [--python] [--trace FILE] [--loop-at N] [ARGS]`
//! runs one of the lecture's lessons: its Python program with the parameters written in,
//! by the interpreter (`threads`, a simulation, by the engine); `engine::cli` parses the
//! arguments.
//!
//! clap reads the command line (help, usage, UTF-8): only here, behind the `cli` feature,
//! so that the library a wasm build links has no clap in it.

use clap::error::ErrorKind;
use clap::{Arg, Command};
use engine::cli::{options, parse, usage, USAGE_LINES};
use engine::export::{chrome_trace, line_times};
use engine::program::transcript;
use engine::stats::Timeline;
use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

fn command() -> Command {
    Command::new("transcript")
        .about(
            "Runs a Python file on a virtual clock, printing byte for byte what\n\
             `python3 tools/pyref.py FILE.py ...` prints (stdout, stderr, exit status);\n\
             or one of the lecture's lessons by name, its program with the parameters given.",
        )
        .override_usage(USAGE_LINES)
        .disable_version_flag(true)
        .arg(
            // One positional, PROGRAM then its arguments: after the first value clap takes
            // every argument as it is (`-h`, `--`, `--seed`), and they are read below as
            // pyref reads them; clap itself only answers --help and -h given first.
            Arg::new("PROGRAM")
                .value_names(["PROGRAM", "ARGS"])
                .num_args(1..)
                .required(true)
                .trailing_var_arg(true)
                .allow_hyphen_values(true)
                .help(
                    "a Python file (its name ends in .py) or a LESSON, then --seed N,\n\
                     --timestamps, the program's own arguments, -- ... (see below)",
                ),
        )
        .after_help(options())
}

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    let m = match command().try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => return clap_error(e, &argv),
    };
    let mut args: Vec<String> = m
        .get_many::<String>("PROGRAM")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let program = args.remove(0);
    if program.ends_with(".py") {
        run_file(program, &args)
    } else {
        run_lesson(program, args)
    }
}

fn clap_error(e: clap::Error, argv: &[OsString]) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        ErrorKind::MissingRequiredArgument => {
            eprint!(
                "transcript: missing PROGRAM (a .py file or a LESSON)\n{}",
                usage()
            );
            ExitCode::from(2)
        }
        ErrorKind::InvalidUtf8 => {
            let (n, bad) = argv
                .iter()
                .enumerate()
                .skip(1)
                .find(|(_, a)| a.to_str().is_none())
                .map(|(n, a)| (n, a.clone()))
                .unwrap_or_default();
            eprintln!("transcript: argument {n} is not valid UTF-8: {bad:?}");
            eprintln!("usage: {USAGE_LINES}");
            ExitCode::from(2)
        }
        _ => {
            let _ = e.print();
            ExitCode::from(2)
        }
    }
}

/// A bad argument in file mode: the message, the usage lines, status 2.
fn bad_usage(msg: &str) -> ExitCode {
    eprintln!("transcript: {msg}");
    eprintln!("usage: {USAGE_LINES}");
    ExitCode::from(2)
}

/// pyref's `strerror` for an I/O error: "[Errno 2] No such file or directory".
fn os_error(e: &std::io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(code) => {
            let detail = text
                .strip_suffix(&format!(" (os error {code})"))
                .unwrap_or(&text);
            format!("[Errno {code}] {detail}")
        }
        None => text,
    }
}

fn run_file(path: String, args: &[String]) -> ExitCode {
    // `--lines` and `--frames N` (before `--`): tools/linetrace.py's records.
    let mut args = args.to_vec();
    let end = args.iter().position(|a| a == "--").unwrap_or(args.len());
    let lines = match args[..end].iter().position(|a| a == "--lines") {
        Some(i) => {
            args.remove(i);
            true
        }
        None => false,
    };
    let end = args.iter().position(|a| a == "--").unwrap_or(args.len());
    let mut frames_at = None;
    if let Some(i) = args[..end].iter().position(|a| a == "--frames") {
        match args.get(i + 1).and_then(|n| n.parse::<u64>().ok()) {
            Some(n) if n > 0 => frames_at = Some(n),
            _ => return bad_usage("--frames needs a line event number (1, 2, ...)"),
        }
        args.drain(i..i + 2);
    }
    let mut opts = match playground_python::Options::from_pyref_args(&args) {
        Ok(o) => o,
        Err(e) => return bad_usage(&e),
    };
    if lines {
        opts.lines = playground_python::lines::LineMode::Print;
    }
    let src = match std::fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            // What python3 says for a file it cannot open (and its status, 2).
            eprintln!("transcript: can't open file '{path}': {}", os_error(&e));
            return ExitCode::from(2);
        }
    };
    let name = std::path::Path::new(&path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.clone());
    // A big stack for the parser and native recursion (bounded, but deep in debug builds).
    if let Some(n) = frames_at {
        let run = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || playground_python::capture_frames(&src, &name, opts, n));
        let text = match run.map(|h| h.join()) {
            Ok(Ok(Ok((Some(c), _)))) => c.text(),
            Ok(Ok(Ok((None, count)))) => format!("== no line event {n}: the run has {count}\n"),
            Ok(Ok(Err(syntax))) => syntax,
            _ => {
                eprintln!("transcript: internal error");
                return ExitCode::from(70);
            }
        };
        let _ = std::io::stdout().write_all(text.as_bytes());
        return ExitCode::SUCCESS;
    }
    let run = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || playground_python::run_virtual(&src, &name, opts));
    let (out, err, status) = match run.map(|h| h.join()) {
        Ok(Ok(r)) => r,
        _ => {
            eprintln!("transcript: internal error");
            return ExitCode::from(70);
        }
    };
    let _ = std::io::stdout().write_all(out.as_bytes());
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().write_all(err.as_bytes());
    // sys.exit(n) may give any int: the process status is its low byte, as in CPython.
    ExitCode::from(status as u8)
}

fn run_lesson(program: String, rest: Vec<String>) -> ExitCode {
    let mut args = vec![program];
    args.extend(rest);
    let cli = match parse(&args) {
        Ok(c) => c,
        Err(e) if e.is_empty() => {
            // --help after the lesson's name.
            let _ = command().print_help();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("transcript: {e}");
            eprint!("{}", usage());
            return ExitCode::from(2);
        }
    };
    if cli.python {
        print!("{}", cli.lesson.python(&cli.params));
        return ExitCode::SUCCESS;
    }
    if let Some(sim) = cli.lesson.simulation() {
        return run_simulation(&cli, sim);
    }
    // A lesson is its Python program with the parameters written in, run by the
    // interpreter (its record, for --trace and --loop-at, is the page's).
    let src = cli.lesson.python(&cli.params);
    let file = cli.lesson.file().to_string();
    let opts = playground_python::Options {
        timestamps: cli.timestamps,
        ..Default::default()
    };
    let (trace_path, loop_at) = (cli.trace.clone(), cli.loop_at);
    let run = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            if trace_path.is_none() && loop_at.is_none() {
                return Ok(playground_python::run_virtual(&src, &file, opts));
            }
            let p = playground_python::run_traced(&src, &file, opts)?;
            let r = p.page().expect("a traced run has a record");
            if let Some(m) = loop_at {
                let text = engine::internals::describe(&r.trace, &r.names, m);
                return Ok((text, String::new(), 0));
            }
            let tl = Timeline::build(&r.trace, r.names.len(), p.now());
            let times = line_times(&r.trace, r.lines.len());
            let json = chrome_trace(&file, &tl, &r.names, &r.lines, &times);
            let path = trace_path.unwrap_or_default();
            if let Err(e) = std::fs::write(&path, json) {
                return Err(format!("cannot write {path}: {e}"));
            }
            Ok((p.stdout(), p.stderr(), p.exit_status()))
        });
    match run.map(|h| h.join()) {
        Ok(Ok(Ok((out, err, status)))) => {
            let _ = std::io::stdout().write_all(out.as_bytes());
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().write_all(err.as_bytes());
            ExitCode::from(status as u8)
        }
        Ok(Ok(Err(e))) => {
            eprintln!("transcript: {e}");
            ExitCode::from(1)
        }
        _ => {
            eprintln!("transcript: internal error");
            ExitCode::from(70)
        }
    }
}

/// A simulated lesson (`threads`: a web page has neither threads nor processes).
fn run_simulation(cli: &engine::cli::Cli, sim: &engine::lessons::Simulator) -> ExitCode {
    let run = engine::program::run_virtual(true, cli.lesson.file(), (sim.lines)(&cli.params));
    if let Some(m) = cli.loop_at {
        print!(
            "{}",
            engine::internals::describe(&run.trace, &run.task_names, m)
        );
        return ExitCode::SUCCESS;
    }
    print!("{}", transcript(&run.output, &run.trace, cli.timestamps));
    if let Some(path) = &cli.trace {
        // The simulation's own timeline: the threads and processes as lanes.
        let (tl, names) = (sim.timeline)(&cli.params);
        let times = line_times(&run.trace, run.output.len());
        let json = chrome_trace(cli.lesson.file(), &tl, &names, &run.output, &times);
        if let Err(e) = std::fs::write(path, json) {
            eprintln!("transcript: cannot write {path}: {e}");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
