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

// ---- TEMP measurement
struct MHost {
    clock: std::rc::Rc<engine::clock::VirtualClock>,
    base: usize,
    peak: std::cell::Cell<usize>,
    checks: std::cell::Cell<u64>,
}
impl playground_python::Host for MHost {
    fn now(&self) -> f64 {
        use engine::clock::Clock;
        self.clock.now()
    }
    fn used_bytes(&self) -> usize {
        self.checks.set(self.checks.get() + 1);
        let u = playground_python::alloc::used().saturating_sub(self.base);
        if u > self.peak.get() {
            self.peak.set(u);
        }
        u
    }
}

#[test]
#[ignore]
fn zz_measure() {
    use playground_python::{Options, Program, Tick};
    use std::rc::Rc;
    let env = |k: &str, d: u64| std::env::var(k).ok().and_then(|s| s.parse().ok()).unwrap_or(d);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mangled");
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    let steps = env("STEPS", 2_000_000);
    let mb = env("MB", 256) as usize;
    let guard = env("GUARD", 12);
    let only = std::env::var("ONLY").ok();
    let t0 = Instant::now();
    for i in env("START", 0)..env("END", 200) {
        let name = format!("m{i:03}.py");
        if let Some(o) = &only {
            if !o.split(',').any(|x| x == name) {
                continue;
            }
        }
        let e = &index[&name];
        let src = String::from_utf8_lossy(&std::fs::read(dir.join(&name)).unwrap()).into_owned();
        let n2 = name.clone();
        let started = Instant::now();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || {
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let clock = Rc::new(engine::clock::VirtualClock::new());
                let host = Rc::new(MHost {
                    clock: clock.clone(),
                    base: playground_python::alloc::used(),
                    peak: Default::default(),
                    checks: Default::default(),
                });
                let opts = Options { max_steps: steps, max_bytes: mb << 20, ..Default::default() };
                let mut p = match Program::new(&src, &n2, opts, host.clone()) {
                    Ok(p) => p,
                    Err(msg) => return (String::new(), msg, 1, 0u64, 0usize, 0u64, 0u64),
                };
                let t = Instant::now();
                let mut ticks = 0u64;
                loop {
                    ticks += 1;
                    if t.elapsed() > Duration::from_secs(guard) {
                        use engine::clock::Clock;
                        return (String::new(), format!("HANG ticks={ticks} clock={} checks={}", clock.now(), host.checks.get()), -99, p.vm.steps, host.peak.get(), ticks, host.checks.get());
                    }
                    match p.tick() {
                        Tick::Progress => {}
                        Tick::Wait { secs, .. } => clock.advance(secs),
                        Tick::Done | Tick::Error(_) => break,
                    }
                }
                (p.stdout(), p.stderr(), p.exit_status(), p.vm.steps, host.peak.get(), ticks, host.checks.get())
                }));
                let _ = tx.send(r.map_err(|_| ()));
            })
            .unwrap();
        let r = rx.recv_timeout(Duration::from_secs(guard + 20));
        let el = started.elapsed().as_secs_f64();
        let (c, x) = (e["category"].as_str().unwrap(), e["expect"].as_str().unwrap());
        match r {
            Err(_) => println!("{name} {el:7.2}s HANG-IN-TICK {c:18} {x:13}"),
            Ok(Err(())) => println!("{name} {el:7.2}s PANIC {c:18} {x:13}"),
            Ok(Ok((out, err, status, st, peak, ticks, checks))) => {
                let last = err.trim().lines().last().unwrap_or("").chars().take(110).collect::<String>();
                println!("{name} {el:7.2}s st={status} steps={st:>9} peak={:>4}MB ticks={ticks:>6} checks={checks:>5} out={:>7} {c:18} {x:13} | {last}", peak >> 20, out.len());
            }
        }
    }
    println!("TOTAL {:.1}s", t0.elapsed().as_secs_f64());
}
