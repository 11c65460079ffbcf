//! The CLI prints, byte for byte, what CPython prints (golden transcripts made
//! by the oracle: `python3 tools/gen_golden.py`).

use std::path::Path;
use std::process::Command;

fn split_args(s: &str) -> Vec<String> {
    s.split_whitespace().map(String::from).collect()
}

#[test]
fn every_golden_case_matches_the_oracle() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let cases = std::fs::read_to_string(dir.join("cases.txt")).unwrap();
    let mut n = 0;
    let mut failures = Vec::new();
    for line in cases.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (name, args) = line.split_once('|').unwrap();
        let (name, args) = (name.trim(), split_args(args));
        let want = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_transcript")).args(&args).output().unwrap();
        let got = String::from_utf8(out.stdout).unwrap();
        if got != want || !out.status.success() {
            failures.push(name.to_string());
        }
        n += 1;
    }
    assert!(n >= 40, "only {n} golden cases");
    assert!(failures.is_empty(), "transcripts differ from the oracle: {failures:?}");
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
        let out = Command::new(env!("CARGO_BIN_EXE_transcript")).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("usage: transcript"), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn python_flag_prints_the_program() {
    let out = Command::new(env!("CARGO_BIN_EXE_transcript")).args(["asyncq", "--maxsize", "3", "--python"]).output().unwrap();
    let src = String::from_utf8(out.stdout).unwrap();
    assert!(src.contains("q = asyncio.Queue(maxsize=3)"));
    assert!(src.contains("random.randbytes(size)"));
}
