//! Bad input never panics or hangs the interpreter: every program of
//! tests/mangled (truncated and byte-mangled programs, deep nesting, huge
//! literals, endless loops and recursion, memory hogs, endless asyncio, odd
//! exceptions; python3 tools/gen_mangled.py) ends with output, a clear error or
//! the playground's stop message, and the outcome fits what the file was made to
//! be (tests/mangled/index.json: its category, and what CPython 3.11 did with it).
//!
//! The limits are a test's (2,000,000 steps, 32 MB; the playground's are
//! 100,000,000 and 256 MB) so that the 200 programs run in seconds in a debug
//! build, on two workers. The memory counter is process-wide (`alloc.rs`), so a
//! program that may use a lot of memory runs alone (`Case::alone`). Per-program
//! times: `MANGLED_TIMES=1 cargo test -p playground-python --test robustness -- --nocapture`.
//!
//! Programs listed in tests/robustness_known_failures.txt fail for a known reason;
//! the test fails if one of them passes (remove it from the list), so the list
//! only shrinks.

use playground_python::{ClockHost, Ended, Host, Options, Program, Tick};
use std::collections::VecDeque;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::{mpsc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// The test's step limit: every program that ends on its own needs under 1,000,000.
const MAX_STEPS: u64 = 2_000_000;
/// Memory hogs get more steps, so that it is the memory limit that stops them
/// (a dict that grows forever needs about 2,600,000 to reach `MAX_MB`).
const HOG_MAX_STEPS: u64 = 10_000_000;
const MAX_MB: usize = 32;
/// A program running longer than this (wall clock) hangs: the test fails.
const HANG: Duration = Duration::from_secs(20);
/// Known failures that hang are given up on sooner (fixed, they take a few seconds).
const KNOWN_HANG: Duration = Duration::from_secs(10);
const WORKERS: usize = 2;

#[derive(Clone, Debug)]
struct Case {
    name: String,
    path: PathBuf,
    category: String,
    expect: String,
    /// What CPython 3.11 did (index.json's `cpython`; "" if absent).
    cpython: String,
    what: String,
    status: Option<i64>,
}

impl Case {
    fn hog(&self) -> bool {
        self.category == "memory_hog" || self.cpython.contains("MemoryError")
    }
    /// Runs alone: it may use memory up to the limit, which another program
    /// running at the same time would count as its own.
    fn alone(&self) -> bool {
        self.hog()
            || self.what.contains("memory")
            || (self.category == "huge_literal" && self.expect == "limit")
    }
    fn max_steps(&self) -> u64 {
        if self.hog() {
            HOG_MAX_STEPS
        } else {
            MAX_STEPS
        }
    }
}

#[derive(Debug)]
enum End {
    Ran {
        /// `Program::new` refused it (a compile-time error).
        compile_error: bool,
        status: i32,
        stdout: String,
        stderr: String,
        /// The stop message, if a limit stopped it.
        stopped: Option<String>,
    },
    Panicked(String),
    Hung,
}

fn step_message(steps: u64) -> String {
    format!("the program was stopped after {steps} steps (the playground's limit)")
}

fn memory_message() -> String {
    format!(
        "the program was stopped: it used more than {MAX_MB} MB of memory (the playground's limit)"
    )
}

/// `run_virtual`'s loop, giving up at `deadline` (between two slices).
fn drive(src: &str, name: &str, max_steps: u64, deadline: Instant) -> End {
    let clock = Rc::new(engine::clock::VirtualClock::new());
    let host: Rc<dyn Host> = Rc::new(ClockHost(clock.clone()));
    let opts = Options {
        max_steps,
        max_bytes: MAX_MB << 20,
        ..Default::default()
    };
    let mut p = match Program::new(src, name, opts, host) {
        Ok(p) => p,
        Err(msg) => {
            return End::Ran {
                compile_error: true,
                status: 1,
                stdout: String::new(),
                stderr: msg,
                stopped: None,
            }
        }
    };
    loop {
        if Instant::now() > deadline {
            return End::Hung;
        }
        match p.tick() {
            Tick::Progress => {}
            Tick::Wait { secs, .. } => clock.advance(secs),
            Tick::Done | Tick::Error(_) => break,
        }
    }
    let stopped = match &p.ended {
        Ended::Stopped(reason) => Some(reason.clone()),
        _ => None,
    };
    End::Ran {
        compile_error: false,
        status: p.exit_status(),
        stdout: p.stdout(),
        stderr: p.stderr(),
        stopped,
    }
}

/// Runs one program on its own thread (64 MB of stack, as the CLI's), catching
/// a panic; `End::Hung` if it has not ended after `limit` (a thread stuck inside
/// one slice is left behind).
fn run(case: &Case, limit: Duration) -> (End, Duration) {
    let src = String::from_utf8_lossy(&std::fs::read(&case.path).unwrap()).into_owned();
    let (name, max_steps) = (case.name.clone(), case.max_steps());
    let started = Instant::now();
    let deadline = started + limit;
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name(name.clone())
        .stack_size(64 << 20)
        .spawn(move || {
            let end = std::panic::catch_unwind(AssertUnwindSafe(|| {
                drive(&src, &name, max_steps, deadline)
            }))
            .unwrap_or_else(|p| {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                End::Panicked(msg)
            });
            let _ = tx.send(end);
        })
        .unwrap();
    let end = match rx.recv_timeout(limit + Duration::from_secs(1)) {
        Ok(end) => end,
        Err(mpsc::RecvTimeoutError::Timeout) => End::Hung,
        Err(mpsc::RecvTimeoutError::Disconnected) => End::Panicked("the thread died".into()),
    };
    (end, started.elapsed())
}

fn is_memory_stop(end: &End) -> bool {
    match end {
        End::Ran {
            stopped, stderr, ..
        } => {
            stopped.as_deref() == Some(memory_message().as_str())
                || last_line(stderr).starts_with("MemoryError")
        }
        _ => false,
    }
}

fn last_line(s: &str) -> &str {
    s.trim_end().lines().last().unwrap_or("").trim()
}

/// The exception's name (or SystemExit's message) on a last line of stderr.
fn kind(line: &str) -> &str {
    line.split(':').next().unwrap_or("").trim()
}

/// Whether the outcome fits the program: Err says how it does not.
fn check(c: &Case, end: &End) -> Result<(), String> {
    let (compile_error, status, stdout, stderr, stopped) = match end {
        End::Panicked(msg) => return Err(format!("the interpreter panicked: {msg}")),
        End::Hung => return Err("did not end (a hang)".into()),
        End::Ran {
            compile_error,
            status,
            stdout,
            stderr,
            stopped,
        } => (*compile_error, *status, stdout, stderr, stopped.as_deref()),
    };
    if status != 0 && stderr.trim().is_empty() {
        return Err(format!("exit status {status} without a message on stderr"));
    }
    let last = last_line(stderr);
    let steps_msg = step_message(c.max_steps());
    let mem_msg = memory_message();
    if let Some(reason) = stopped {
        if reason != steps_msg && reason != mem_msg {
            return Err(format!("stopped with an unexpected message: {reason:?}"));
        }
        if last != reason || status != 1 {
            return Err(format!(
                "stopped ({reason:?}) but stderr ends {last:?}, status {status}"
            ));
        }
    }
    let by_steps = stopped == Some(steps_msg.as_str());
    let by_memory = stopped == Some(mem_msg.as_str())
        || (stopped.is_none() && status == 1 && kind(last) == "MemoryError");
    let ok = !compile_error && stopped.is_none() && status == 0;
    let syntax = compile_error
        && status == 1
        && stdout.is_empty()
        && matches!(kind(last), "SyntaxError" | "IndentationError" | "TabError");
    // The parser bounds its nesting (a SyntaxError where CPython may go deeper);
    // it does not count statically nested blocks (CPython's limit of 20).
    let deep = c.category == "deep_nesting";
    let cp = c.cpython.as_str();
    let fits = |cond: bool, want: &str| {
        if cond {
            Ok(())
        } else {
            Err(format!("expected {want}"))
        }
    };
    match c.expect.as_str() {
        "syntax_error" => {
            let ck = kind(cp);
            let same_kind = !matches!(ck, "IndentationError" | "TabError") || kind(last) == ck;
            fits(
                (syntax && same_kind) || (deep && ok),
                &format!("a compile-time error like CPython's {cp:?}"),
            )
        }
        "ok" => fits(ok || (deep && syntax), "exit status 0"),
        "runtime_error" => fits(
            !compile_error
                && stopped.is_none()
                && Some(status as i64) == c.status
                && kind(last) == kind(cp),
            &format!(
                "exit status {} and CPython's {cp:?}",
                c.status.unwrap_or(-1)
            ),
        ),
        "limit" if cp.starts_with("does not end") => {
            // Memory (or MemoryError, refused up front) may come first for a huge number.
            let memory_ok = c.alone();
            fits(
                by_steps || (memory_ok && by_memory),
                if memory_ok {
                    "the step or memory limit's message, or MemoryError"
                } else {
                    "the step limit's message"
                },
            )
        }
        "limit" if cp.contains("at compile time") => fits(
            syntax || ok,
            "a SyntaxError (too deeply nested) or exit status 0",
        ),
        "limit" if cp == "exit 0" => fits(ok, "exit status 0"),
        "limit" if cp.starts_with("exit 1: RecursionError") => fits(
            stopped.is_none()
                && status == 1
                && stderr.contains("Traceback (most recent call last):")
                && last.starts_with("RecursionError: maximum recursion depth exceeded"),
            "a RecursionError traceback",
        ),
        "limit" if cp.starts_with("exit 1: MemoryError") => {
            fits(by_memory, "the memory limit's message or MemoryError")
        }
        _ => Err(format!(
            "index.json: no rule for expect {:?}, cpython {cp:?}",
            c.expect
        )),
    }
}

fn summary(end: &End) -> String {
    match end {
        End::Ran {
            compile_error,
            status,
            stdout,
            stderr,
            ..
        } => {
            let tail: Vec<&str> = stderr.trim_end().lines().rev().take(3).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            format!(
                "{}status {status}, {} bytes on stdout, stderr ends:\n      {}",
                if *compile_error {
                    "compile error, "
                } else {
                    ""
                },
                stdout.len(),
                tail.join("\n      ")
            )
        }
        End::Panicked(m) => format!("panicked: {m}"),
        End::Hung => "hung".into(),
    }
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mangled");
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    let field = |e: &serde_json::Value, k: &str| e[k].as_str().unwrap_or("").to_string();
    names
        .into_iter()
        .map(|name| {
            let e = &index[&name];
            assert!(e.is_object(), "{name}: not in tests/mangled/index.json");
            Case {
                path: dir.join(&name),
                category: field(e, "category"),
                expect: field(e, "expect"),
                cpython: field(e, "cpython"),
                what: field(e, "what"),
                status: e["status"].as_i64(),
                name,
            }
        })
        .collect()
}

fn known_failures() -> Vec<String> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/robustness_known_failures.txt");
    std::fs::read_to_string(p)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
}

#[test]
fn mangled_programs_end_with_a_message_never_a_panic() {
    let t0 = Instant::now();
    let cases = cases();
    assert!(cases.len() >= 200, "only {} mangled programs", cases.len());
    let known = known_failures();
    for k in &known {
        assert!(
            cases.iter().any(|c| &c.name == k),
            "tests/robustness_known_failures.txt: no {k}"
        );
    }
    // The programs that run alone first (both workers wait for each), then the
    // longest first: those that run into a limit, then the big files.
    let mut order: Vec<&Case> = cases.iter().filter(|c| !known.contains(&c.name)).collect();
    order.sort_by_key(|c| {
        let size = std::fs::metadata(&c.path).map(|m| m.len()).unwrap_or(0);
        (!c.alone(), c.expect != "limit", std::cmp::Reverse(size))
    });
    let queue = Mutex::new(order.into_iter().collect::<VecDeque<&Case>>());
    let results: Mutex<Vec<(&Case, End, Duration)>> = Mutex::new(Vec::new());
    // Readers run side by side; a program that may use much memory takes it alone.
    let alone = RwLock::new(());
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let Some(c) = queue.lock().unwrap().pop_front() else {
                    break;
                };
                let (end, took) = if c.alone() {
                    let _g = alone.write().unwrap_or_else(|e| e.into_inner());
                    run(c, HANG)
                } else {
                    let r = {
                        let _g = alone.read().unwrap_or_else(|e| e.into_inner());
                        run(c, HANG)
                    };
                    if is_memory_stop(&r.0) {
                        // Maybe the other program's memory: run it again, alone.
                        let _g = alone.write().unwrap_or_else(|e| e.into_inner());
                        run(c, HANG)
                    } else {
                        r
                    }
                };
                results.lock().unwrap().push((c, end, took));
            });
        }
    });
    let main_took = t0.elapsed();
    // Known failures last, side by side: some hang (a thread stuck in a slice
    // keeps a core until the process ends).
    let known_cases: Vec<&Case> = cases.iter().filter(|c| known.contains(&c.name)).collect();
    std::thread::scope(|s| {
        for &c in &known_cases {
            let results = &results;
            s.spawn(move || {
                let (end, took) = run(c, KNOWN_HANG);
                results.lock().unwrap().push((c, end, took));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    assert_eq!(results.len(), cases.len());

    let mut failures = Vec::new();
    let mut fixed = Vec::new();
    for (c, end, took) in &results {
        let mut verdict = check(c, end);
        if verdict.is_ok() && *took > HANG {
            verdict = Err(format!("took {:.1} s", took.as_secs_f64()));
        }
        match (verdict, known.contains(&c.name)) {
            (Err(why), false) => failures.push(format!(
                "{} ({}, {:?}; expect {}, CPython: {:?}): {why}\n    {}",
                c.name,
                c.category,
                c.what,
                c.expect,
                c.cpython,
                summary(end)
            )),
            (Ok(()), true) => fixed.push(c.name.clone()),
            (Err(why), true) if matches!(end, End::Panicked(_)) => {
                failures.push(format!("{} (a known failure) now panics: {why}", c.name))
            }
            _ => {}
        }
    }
    if std::env::var("MANGLED_TIMES").is_ok() {
        for (c, end, t) in &results {
            eprintln!(
                "{} {:6.2} s {:5} {:17} {}",
                c.name,
                t.as_secs_f64(),
                if c.alone() { "alone" } else { "" },
                c.category,
                summary(end).lines().last().unwrap_or("").trim()
            );
        }
    }
    let mut slowest: Vec<_> = results.iter().map(|(c, _, t)| (*t, &c.name)).collect();
    slowest.sort();
    slowest.reverse();
    eprintln!(
        "mangled: {} programs in {:.1} s ({:.1} s before the {} known failures); slowest: {}",
        results.len(),
        t0.elapsed().as_secs_f64(),
        main_took.as_secs_f64(),
        known_cases.len(),
        slowest
            .iter()
            .take(8)
            .map(|(t, n)| format!("{n} {:.1} s", t.as_secs_f64()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert!(
        failures.is_empty(),
        "{} mangled program(s) ended wrongly:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
    assert!(
        fixed.is_empty(),
        "now passing: remove them from tests/robustness_known_failures.txt: {fixed:?}"
    );
}

/// Deeply nested programs end with a syntax error, not a stack overflow, on a
/// 1 MB stack (the size of the page's wasm stack): parser and compiler both
/// measure the native stack they use.
#[test]
fn deep_nesting_is_a_syntax_error_on_a_small_stack() {
    let deep =
        |open: &str, close: &str, n: usize| format!("x = {}1{}\n", open.repeat(n), close.repeat(n));
    let programs = [
        deep("(", ")", 150),
        deep("-", "", 5000),
        deep("[", "]", 150),
        format!("x = {}\n", vec!["1"; 20000].join(" + ")),
        format!("x = {}1{}\n", "f(".repeat(150), ")".repeat(150)),
        format!("x = {}1\n", "lambda: ".repeat(900)),
        format!("x = {}1{}\n", "(1 if ".repeat(600), " else 2)".repeat(600)),
        (0..90)
            .map(|i| format!("{}if x:\n", "    ".repeat(i)))
            .collect::<String>()
            + &"    ".repeat(90)
            + "pass\n",
    ];
    for (i, src) in programs.into_iter().enumerate() {
        let h = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || playground_python::run_virtual(&src, "deep.py", Default::default()))
            .unwrap();
        let (_, err, status) = h.join().unwrap_or_else(|_| panic!("program {i}: panicked"));
        assert!(
            status == 0 || !err.trim().is_empty(),
            "program {i}: status {status} without a message"
        );
    }
}

/// The page's warm-up program runs to its end (else it would warm up less).
#[test]
fn warm_up_runs_cleanly() {
    let (out, err, status) = playground_python::warm_up();
    assert_eq!((err.as_str(), status), ("", 0));
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(
        out.starts_with("  0 [0, 1, 2] [0, 2, 4] {1: 2.5}\n"),
        "{out}"
    );
    // The page's steps: compile, import, run; then no more.
    assert!(playground_python::warm_up_step(0));
    assert!(playground_python::warm_up_step(1));
    assert!(!playground_python::warm_up_step(2));
}
