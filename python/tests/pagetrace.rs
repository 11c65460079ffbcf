//! The page's record of an interpreted run (`Program::page`): the printed lines by
//! task, the timeline (every task's segments: when it ran, slept, waited on what),
//! generator hand-offs and the loop's internals after each iteration (ready
//! callbacks, timers, queues), for every golden case but `threads`, equal to the
//! stored record (tests/data/pagetrace). Those were made while the engine's Rust
//! models of the lessons existed, whose order of events had been checked against
//! CPython's, and the two records agreed but for three deliberate differences
//! (DEVELOPERS.md): a queue's items are their repr; an iteration whose last callback
//! blocks is recorded after the callback; `received` is unbound at a generator's
//! first yield.

use engine::stats::Timeline;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Each event carries the line the program was at: a print its `print(...)`,
/// a task parked on a sleep the `await asyncio.sleep(...)` it waits at (inside
/// the innermost coroutine of the program's own file), a task created the line
/// that created it.
#[test]
fn events_carry_the_programs_own_lines() {
    let src = "import asyncio\n\
               \n\
               async def nap():\n\
               \x20   await asyncio.sleep(1)\n\
               \n\
               async def count():\n\
               \x20   print(\"One\")\n\
               \x20   await nap()\n\
               \n\
               async def main():\n\
               \x20   await asyncio.gather(count(), count())\n\
               \n\
               asyncio.run(main())\n";
    let p = playground_python::run_traced(src, "main.py", Default::default()).unwrap();
    let r = p.page().unwrap();
    assert_eq!(r.trace.events.len(), r.event_lines.len());
    let line_of = |want: &dyn Fn(&engine::trace::EventKind) -> bool| -> Vec<u32> {
        r.trace
            .events
            .iter()
            .zip(&r.event_lines)
            .filter(|(e, _)| want(&e.kind))
            .map(|(_, l)| *l)
            .collect()
    };
    use engine::trace::{EventKind, Wait};
    assert_eq!(line_of(&|k| matches!(k, EventKind::Print { .. })), [7, 7]);
    assert_eq!(
        line_of(&|k| matches!(
            k,
            EventKind::Suspended {
                wait: Wait::Sleep { .. }
            }
        )),
        [4, 4]
    );
    assert_eq!(
        line_of(&|k| matches!(
            k,
            EventKind::Suspended {
                wait: Wait::Gather { .. }
            }
        )),
        [11]
    );
    assert_eq!(r.names, ["main.py", "main()", "count()", "count()"]);

    // A name the program gives (create_task's `name=`, set after creation) is the lane's.
    let src = "import asyncio\n\nasync def job(i):\n    await asyncio.sleep(i)\n\n\
               async def main():\n    t = asyncio.create_task(job(1), name='fetch-1')\n    await t\n\n\
               asyncio.run(main())\n";
    let p = playground_python::run_traced(src, "main.py", Default::default()).unwrap();
    assert_eq!(p.page().unwrap().names, ["main.py", "main()", "fetch-1"]);
}

/// A generator consumed in a loop records a bounded number of hand-offs: the
/// record of a long run does not grow without end.
#[test]
fn generator_handoffs_are_bounded() {
    let src =
        "def ones(n):\n    while n:\n        n -= 1\n        yield 1\n\nprint(sum(ones(30000)))\n";
    let p = playground_python::run_traced(src, "main.py", Default::default()).unwrap();
    let r = p.page().unwrap();
    let handoffs = r
        .trace
        .events
        .iter()
        .filter(|e| matches!(e.kind, engine::trace::EventKind::Handoff { .. }))
        .count();
    assert_eq!(handoffs, playground_python::pagetrace::MAX_HANDOFFS);
    assert_eq!(r.lines, ["30000"]);
}

/// The page's record of a run as text: printed lines, lanes, the timeline's
/// segments and task figures, generator hand-offs and the loop's internals after
/// each iteration. `tests/data/pagetrace/` keeps it for every golden case (made
/// with `PAGETRACE_BLESS=1` while it agreed with the engine's Rust models; rewrite
/// them only for a change you have checked against CPython).
fn record_text(
    lines: &[String],
    trace: &engine::trace::Trace,
    names: &[String],
    now: f64,
) -> String {
    use std::fmt::Write;
    let t = Timeline::build(trace, names.len(), now);
    let mut s = String::new();
    let _ = writeln!(s, "# lines {}", lines.len());
    for l in lines {
        let _ = writeln!(s, "{l:?}");
    }
    let _ = writeln!(s, "# lanes {}", names.len());
    for (i, n) in names.iter().enumerate() {
        let _ = writeln!(s, "{i} {n} {:?}", t.tasks[i]);
    }
    let _ = writeln!(s, "# segments {} end {}", t.segments.len(), t.end);
    for g in &t.segments {
        let _ = writeln!(
            s,
            "{} {} {} {:?} {:?} {:?}",
            g.task, g.start, g.end, g.kind, g.detail, g.lines
        );
    }
    let _ = writeln!(s, "# queue {:?}", t.queue);
    let _ = writeln!(s, "# lateness {:?}", t.lateness);
    let _ = writeln!(s, "# handoffs");
    for e in &trace.events {
        if let engine::trace::EventKind::Handoff {
            to_generator,
            what,
            locals,
        } = &e.kind
        {
            let _ = writeln!(s, "{to_generator} {what} [{locals}]");
        }
    }
    let _ = writeln!(s, "# frames {}", trace.frames.len());
    for f in &trace.frames {
        let _ = writeln!(s, "{} {} ready", f.iteration, f.time);
        for r in &f.ready {
            let _ = writeln!(s, "  {r:?}");
        }
        for r in &f.timers {
            let _ = writeln!(s, "  timer {r:?}");
        }
        for q in &f.queues {
            let _ = writeln!(s, "  queue {q:?}");
        }
    }
    s
}

#[test]
fn the_record_of_every_lesson_case_is_the_stored_one() {
    let golden = root().join("engine/tests/golden");
    let data = root().join("python/tests/data/pagetrace");
    let bless = std::env::var_os("PAGETRACE_BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&data).unwrap();
    }
    let cases = std::fs::read_to_string(golden.join("cases.txt")).unwrap();
    let (mut n, mut bad) = (0, Vec::new());
    for line in cases
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (name, args) = line.split_once('|').unwrap();
        let name = name.trim().to_string();
        let args: Vec<String> = args.split_whitespace().map(String::from).collect();
        if args[0] == "threads" {
            continue;
        }
        let cli = engine::cli::parse(&args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        let src = cli.lesson.python(&cli.params);
        let file = format!("{}.py", args[0]);
        let got = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || {
                let p = playground_python::run_traced(&src, &file, Default::default()).unwrap();
                let r = p.page().unwrap();
                record_text(&r.lines, &r.trace, &r.names, p.now())
            })
            .unwrap()
            .join()
            .unwrap();
        // Records over 256 KB are kept as raw DEFLATE (`.txt.deflate`).
        let (path, zpath) = (
            data.join(format!("{name}.txt")),
            data.join(format!("{name}.txt.deflate")),
        );
        if bless {
            if got.len() > 256 << 10 {
                let z = miniz_oxide::deflate::compress_to_vec(got.as_bytes(), 9);
                std::fs::write(&zpath, z).unwrap();
            } else {
                std::fs::write(&path, &got).unwrap();
            }
        } else {
            let want = match std::fs::read(&zpath) {
                Ok(z) => {
                    String::from_utf8(miniz_oxide::inflate::decompress_to_vec(&z).unwrap()).unwrap()
                }
                Err(_) => std::fs::read_to_string(&path).unwrap_or_default(),
            };
            if want != got {
                let i = want
                    .lines()
                    .zip(got.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(want.lines().count().min(got.lines().count()));
                eprintln!(
                    "{name}: line {}: stored {:?}, now {:?}",
                    i + 1,
                    want.lines().nth(i),
                    got.lines().nth(i)
                );
                bad.push(name);
            }
        }
        n += 1;
    }
    assert!(n >= 55, "only {n} cases");
    assert!(
        bad.is_empty(),
        "records differ from the stored ones: {bad:?}"
    );
}
