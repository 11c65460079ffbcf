//! The `transcript` CLI: `transcript FILE.py [--seed N] [--timestamps] [ARGS...] [-- PROGRAM
//! ARGS...]` prints, byte for byte, what `python3 tools/pyref.py FILE.py ...` printed
//! (tests/data/cli/NAME.json, made by `python3 tools/gen_cli_goldens.py`): stdout, stderr
//! and exit status; and its own errors (help, usage, bad arguments) are clean.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::{Command, Output};

fn transcript<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_transcript"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

#[test]
fn files_print_what_the_oracle_printed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/cli");
    let cases = std::fs::read_to_string(dir.join("cases.txt")).unwrap();
    let mut n = 0;
    for line in cases
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let name = line.split_once('|').unwrap().0.trim();
        let golden = std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap();
        let v: serde_json::Value = serde_json::from_str(&golden).unwrap();
        let args: Vec<&str> = v["args"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        let out = transcript(&args);
        assert_eq!(
            text(&out.stdout),
            v["stdout"].as_str().unwrap(),
            "{name}: stdout"
        );
        assert_eq!(
            text(&out.stderr),
            v["stderr"].as_str().unwrap(),
            "{name}: stderr"
        );
        assert_eq!(
            out.status.code(),
            Some(v["status"].as_i64().unwrap() as i32),
            "{name}: exit status"
        );
        n += 1;
    }
    assert!(n >= 18, "only {n} CLI cases");
}

#[test]
fn help_prints_the_usage_on_stdout_and_exits_0() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["countasync", "--help"],
        &["asyncq", "-p", "2", "-h"],
    ] {
        let out = transcript(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let help = text(&out.stdout);
        assert!(
            help.contains("transcript FILE.py [--seed N] [--timestamps]"),
            "{args:?}: {help}"
        );
        assert!(help.contains("transcript LESSON"), "{args:?}: {help}");
        // Every option and every lesson parameter is described.
        for word in [
            "--seed N",
            "--timestamps",
            "--python",
            "--trace FILE",
            "--loop-at N",
            "--maxsize",
            "--ops",
        ] {
            assert!(help.contains(word), "{args:?}: no {word} in {help}");
        }
        assert!(out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn no_arguments_print_the_usage_on_stderr_and_exit_2() {
    let out = transcript::<[&str; 0], &str>([]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert!(err.contains("missing PROGRAM"), "{err}");
    assert!(err.contains("usage: transcript FILE.py"), "{err}");
}

#[test]
fn a_non_utf8_argument_is_an_error_not_a_panic() {
    for args in [
        vec![OsStr::from_bytes(b"b\xffd.py")],
        vec![
            OsStr::new("tests/data/cli/argv.py"),
            OsStr::from_bytes(b"-p\xfe"),
        ],
        vec![OsStr::new("countasync"), OsStr::from_bytes(b"\x80")],
    ] {
        let out = transcript(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains("is not valid UTF-8"), "{args:?}: {err}");
        assert!(err.contains("usage: transcript"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn a_missing_file_is_reported_as_python3_does_with_status_2() {
    // pyref itself dies with a FileNotFoundError traceback of its own frames; the CLI
    // says what `python3 nofile.py` says, and exits with python3's status.
    let out = transcript(["nofile.py", "--seed", "3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "transcript: can't open file 'nofile.py': [Errno 2] No such file or directory\n"
    );
}

#[test]
fn a_bad_seed_is_a_usage_error() {
    for (args, msg) in [
        (
            &["tests/data/cli/argv.py", "--seed"][..],
            "--seed needs a value",
        ),
        (
            &["tests/data/cli/argv.py", "--seed", "x"],
            "seed must be an integer",
        ),
        (
            &["tests/data/cli/argv.py", "--seed", "--", "1"],
            "seed must be an integer",
        ),
    ] {
        let out = transcript(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains(msg), "{args:?}: {err}");
        assert!(err.contains("usage: transcript"), "{args:?}: {err}");
    }
}

#[test]
fn a_file_and_its_lesson_print_the_same() {
    // The lesson's name runs the engine; its .py file runs the interpreter.
    let by_name = transcript(["chained", "9", "6", "3", "--timestamps"]);
    let by_file = transcript([
        "../engine/src/lessons/py/chained.py",
        "9",
        "6",
        "3",
        "--timestamps",
    ]);
    assert!(by_name.status.success() && by_file.status.success());
    assert_eq!(text(&by_name.stdout), text(&by_file.stdout));
}

#[test]
fn threads_from_asyncio_are_reported_plainly() {
    let out = transcript(["tests/data/unsupported/threads.py"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].starts_with("loop.run_in_executor() is not supported in the playground: it runs a function in another thread"), "{err}");
    assert!(
        lines.contains(&"    print(await asyncio.to_thread(blocking, 21))"),
        "{err}"
    );
    assert!(
        lines.last().unwrap().starts_with(
            "NotImplementedError: asyncio.to_thread() is not supported in the playground"
        ),
        "{err}"
    );
}

#[test]
fn a_standard_library_module_the_playground_lacks_is_named_as_such() {
    let out = transcript(["tests/data/unsupported/stdlib_missing.py"]);
    assert_eq!(out.status.code(), Some(1));
    let note = "(a module of Python's standard library that the playground does not have)";
    assert_eq!(
        text(&out.stdout),
        format!("No module named 'enum' {note}\n")
    );
    let err = text(&out.stderr);
    assert!(
        err.ends_with(&format!(
            "ModuleNotFoundError: No module named 'collections.abc' {note}\n"
        )),
        "{err}"
    );
}

#[test]
fn the_time_of_day_follows_the_programs_clock() {
    // `time.strftime('%X')` with no time: the oracle prints the real time of day
    // twice (its clock is virtual, its wall clock real); here it is the
    // program's clock, 2025-11-24 16:00:00 UTC at the start, as on a real clock.
    let out = transcript(["tests/data/clock/say_after.py"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "started at 16:00:00\nhello\nworld\nfinished at 16:00:03\n"
    );
}

#[test]
fn datetime_now_follows_the_programs_clock() {
    // `datetime.now()`: the oracle's (C) reads the real clock, so its two
    // readings around a virtual sleep are the real time of day, 0.1 ms apart
    // (its `date.today()` reads `time.time()`, the program's clock); here both
    // are the program's clock, 16:00:00 UTC at the start and 2.5 s later.
    let out = transcript(["tests/data/clock/datetime_now.py"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "started at 2025-11-24 16:00:00\n\
         finished at 2025-11-24T16:00:02.500\n\
         elapsed 0:00:02.500000\n\
         2025-11-24 16:00:02.500000+00:00 2025-11-24 16\n"
    );
}
