//! The CLI's lesson mode (`transcript LESSON ...`, the engine) prints, byte for
//! byte, what CPython prints (golden transcripts in engine/tests/golden, made by
//! the oracle: `python3 tools/gen_golden.py`).

use std::path::Path;
use std::process::Command;

fn split_args(s: &str) -> Vec<String> {
    s.split_whitespace().map(String::from).collect()
}

#[test]
fn every_golden_case_matches_the_oracle() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/golden");
    let cases = std::fs::read_to_string(dir.join("cases.txt")).unwrap();
    let mut n = 0;
    let mut failures = Vec::new();
    for line in cases
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (name, args) = line.split_once('|').unwrap();
        let (name, args) = (name.trim(), split_args(args));
        let want = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_transcript"))
            .args(&args)
            .output()
            .unwrap();
        let got = String::from_utf8(out.stdout).unwrap();
        if got != want || !out.status.success() {
            failures.push(name.to_string());
        }
        n += 1;
    }
    assert!(n >= 40, "only {n} golden cases");
    assert!(
        failures.is_empty(),
        "transcripts differ from the oracle: {failures:?}"
    );
}

#[test]
fn bad_arguments_print_usage_and_exit_2() {
    for args in [
        vec![],
        vec!["nosuch"],
        vec!["asyncq", "-p"],
        vec!["asyncq", "-p", "x"],
        vec!["asyncq", "-p", "-3"],
        vec!["asyncq", "--maxsize", "1e99"],
        vec!["chained", "1", "zz"],
        vec!["rand", "--seed", "NaN"],
        vec!["countasync", "--delay", "inf"],
        vec!["countasync", "--nprod", "2"],
        vec!["countsync", "--calls", "99999999999999999999999"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_transcript"))
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("usage: transcript"), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn python_flag_prints_the_program() {
    let out = Command::new(env!("CARGO_BIN_EXE_transcript"))
        .args(["asyncq", "--maxsize", "3", "--python"])
        .output()
        .unwrap();
    let src = String::from_utf8(out.stdout).unwrap();
    assert!(src.contains("q = asyncio.Queue(maxsize=3)"));
    assert!(src.contains("random.randbytes(size)"));
}

#[test]
fn trace_flag_writes_chrome_trace_json_that_agrees_with_the_timeline() {
    let path = std::env::temp_dir().join(format!("trace-{}.json", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_transcript"))
        .args(["countasync", "--trace", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    std::fs::remove_file(&path).ok();
    let events = json["traceEvents"].as_array().unwrap();
    let names: Vec<&str> = events
        .iter()
        .filter(|e| e["name"] == "thread_name")
        .map(|e| e["args"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "__main__ (countasync.py)",
            "main()",
            "count() #1",
            "count() #2",
            "count() #3"
        ]
    );
    // Each count() sleeps from 0 to 1 s: a complete event of 1,000,000 µs.
    let sleeps: Vec<(i64, i64, i64)> = events
        .iter()
        .filter(|e| e["ph"] == "X" && e["name"] == "sleeping")
        .map(|e| {
            (
                e["tid"].as_i64().unwrap(),
                e["ts"].as_i64().unwrap(),
                e["dur"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        sleeps,
        [(2, 0, 1_000_000), (3, 0, 1_000_000), (4, 0, 1_000_000)]
    );
    let prints: Vec<&str> = events
        .iter()
        .filter(|e| e["ph"] == "i")
        .map(|e| e["args"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        prints,
        [
            "One",
            "One",
            "One",
            "Two",
            "Two",
            "Two",
            "countasync.py executed in 1.00 seconds."
        ]
    );
    for e in events {
        assert!(
            e["ph"].is_string() && e["pid"].is_i64() && e["tid"].is_i64(),
            "{e}"
        );
    }
}
