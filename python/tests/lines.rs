//! Line events and the frames panel (issue 14) against CPython's, as
//! `tools/linetrace.py` sees them (goldens by `python3 tools/gen_linetrace.py`):
//! - every corpus program with a golden in `data/lines/` reports the same line
//!   events, task by task, with the same stacks and locals (object addresses are
//!   compared as labels `#`, since CPython reuses a freed object's address);
//! - at line events spread over three corpus programs, every task's state, frames,
//!   lines and locals (`data/frames/`) are CPython's, object labels included.

use playground_python::lines::LineMode;
use playground_python::Options;
use std::path::{Path, PathBuf};

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn corpus_args(name: &str) -> Vec<String> {
    let json = tests_dir().join("corpus").join(format!("{name}.json"));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(json).expect("golden json")).unwrap();
    v["args"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn source(name: &str) -> String {
    let py = tests_dir().join("corpus").join(format!("{name}.py"));
    String::from_utf8_lossy(&std::fs::read(py).unwrap()).into_owned()
}

/// Object labels (`#12`) as `#`.
fn unlabel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        out.push(c);
        if c == '#' {
            while it.peek().is_some_and(|d| d.is_ascii_digit()) {
                it.next();
            }
        }
    }
    out
}

/// Runs on a big stack (deep recursion in debug builds).
fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

fn goldens(dir: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir(tests_dir().join("data").join(dir))
        .expect("golden dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn line_events_are_cpythons() {
    let cases = goldens("lines");
    assert!(cases.len() >= 300, "only {} line goldens", cases.len());
    let mut bad = Vec::new();
    for (name, golden) in &cases {
        let (n, src) = (name.clone(), source(name));
        let args = corpus_args(name);
        let out = on_big_stack(move || {
            let mut opts = Options::from_pyref_args(&args).unwrap();
            opts.lines = LineMode::Print;
            playground_python::run_virtual(&src, &format!("{n}.py"), opts).0
        });
        if unlabel(&out) != unlabel(golden) {
            let at = out
                .lines()
                .zip(golden.lines())
                .position(|(a, b)| unlabel(a) != unlabel(b))
                .unwrap_or(0);
            bad.push(format!(
                "{name} (line {}: {:?} != {:?})",
                at + 1,
                out.lines().nth(at),
                golden.lines().nth(at)
            ));
        }
    }
    eprintln!(
        "line events: {}/{} as CPython's",
        cases.len() - bad.len(),
        cases.len()
    );
    assert!(
        bad.is_empty(),
        "line events that differ:\n{}",
        bad.join("\n")
    );
}

#[test]
fn frames_at_line_events_are_cpythons() {
    let cases = goldens("frames");
    assert!(cases.len() >= 3, "only {} frames goldens", cases.len());
    for (name, golden) in cases {
        // Each golden is blocks `== line event N at T` (the moments chosen).
        let events: Vec<u64> = golden
            .lines()
            .filter_map(|l| l.strip_prefix("== line event "))
            .filter_map(|l| l.split(' ').next()?.parse().ok())
            .collect();
        assert!(events.len() >= 4, "{name}: {} moments", events.len());
        let mut text = String::new();
        for n in events {
            let (src, args, file) = (source(&name), corpus_args(&name), format!("{name}.py"));
            let c = on_big_stack(move || {
                let opts = Options::from_pyref_args(&args).unwrap();
                playground_python::capture_frames(&src, &file, opts, n).unwrap()
            });
            text.push_str(&c.0.expect("the moment is in the run").text());
        }
        assert_eq!(
            text, golden,
            "{name}: the frames panel differs from CPython's"
        );
    }
}

#[test]
fn a_run_with_fewer_line_events_captures_nothing() {
    let (c, count) =
        playground_python::capture_frames("x = 1\ny = 2\n", "main.py", Options::default(), 3)
            .unwrap();
    assert_eq!((c, count), (None, 2));
}

#[test]
fn a_cursor_moving_forward_captures_what_a_fresh_run_does() {
    let name = "lock_mutual_exclusion";
    let golden =
        std::fs::read_to_string(tests_dir().join("data/frames").join(format!("{name}.txt")))
            .unwrap();
    let opts = Options::from_pyref_args(&corpus_args(name)).unwrap();
    let mut cursor =
        playground_python::LineCursor::new(&source(name), &format!("{name}.py"), opts).unwrap();
    let mut text = String::new();
    for n in golden
        .lines()
        .filter_map(|l| l.strip_prefix("== line event "))
        .filter_map(|l| l.split(' ').next()?.parse::<u64>().ok())
    {
        assert!(cursor.can_reach(n));
        cursor.seek(n);
        let c = loop {
            if let Some(r) = cursor.step() {
                break r;
            }
        };
        text.push_str(&c.expect("reached").text());
        assert_eq!(cursor.reached(), n);
    }
    assert_eq!(text, golden);
    cursor.seek(1_000_000);
    assert_eq!(
        std::iter::from_fn(|| Some(cursor.step())).flatten().next(),
        Some(None)
    );
}

/// The blocks' line events (`== line event N at T`).
fn block_events(golden: &str) -> Vec<u64> {
    golden
        .lines()
        .filter_map(|l| l.strip_prefix("== line event "))
        .filter_map(|l| l.split(' ').next()?.parse().ok())
        .collect()
}

#[test]
fn lesson_frames_are_cpythons_generators_included() {
    let dir = tests_dir().join("data/lesson_lines");
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/src/lessons/py");
    for name in ["generator", "countasync"] {
        let golden = std::fs::read_to_string(dir.join(format!("{name}.frames.txt"))).unwrap();
        let src = std::fs::read_to_string(lessons.join(format!("{name}.py"))).unwrap();
        let mut text = String::new();
        for n in block_events(&golden) {
            let (src, file) = (src.clone(), format!("{name}.py"));
            let c = on_big_stack(move || {
                playground_python::capture_frames(&src, &file, Options::default(), n).unwrap()
            });
            text.push_str(&c.0.expect("the moment is in the run").text());
        }
        assert_eq!(
            text, golden,
            "{name}: the frames panel differs from CPython's"
        );
    }
}
