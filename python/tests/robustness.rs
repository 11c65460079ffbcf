//! Bad input never panics or hangs the interpreter: every program of
//! tests/mangled (truncated and byte-mangled programs, deep nesting, huge
//! literals, endless loops and recursion, memory hogs; python3
//! tools/gen_mangled.py) ends with output, a clear error or a stop.

use std::path::Path;
use std::time::{Duration, Instant};

#[test]
#[ignore = "several minutes in a debug build; run: cargo test -p playground-python --test robustness -- --ignored"]
fn mangled_programs_end_with_a_message_never_a_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mangled");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 200, "only {} mangled programs", paths.len());
    let mut slow = Vec::new();
    for p in &paths {
        let src = String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let started = Instant::now();
        let opts = playground_python::Options {
            max_steps: 2_000_000,
            ..Default::default()
        };
        let n2 = name.clone();
        let h = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || playground_python::run_virtual(&src, &n2, opts))
            .unwrap();
        let (_, err, status) = h
            .join()
            .unwrap_or_else(|_| panic!("{name}: the interpreter panicked"));
        if status != 0 {
            assert!(
                !err.trim().is_empty(),
                "{name}: exit status {status} without a message"
            );
        }
        if started.elapsed() > Duration::from_secs(20) {
            slow.push(name);
        }
    }
    assert!(slow.is_empty(), "took over 20 s: {slow:?}");
}
