//! A lesson's program, run by the interpreter, as the page records it: the loop's
//! internals after each iteration and their captions follow asyncio; the trace's
//! tasks, sleeps, prints and queue; every lesson at its parameters' extremes.
//! (These pinned the engine's Rust models of the lessons until the interpreter
//! replaced them.)

use engine::internals::{caption, print_moments, ready_label, timer_label};
use engine::lessons::{Kind, Lesson};
use engine::stats::{SegKind, Timeline};
use engine::trace::{EventKind, Trace, Wait};

/// A lesson's record with its default parameters.
struct Run {
    trace: Trace,
    names: Vec<String>,
    lines: Vec<String>,
    elapsed: f64,
}

fn run_program(src: String, file: String) -> Result<Run, String> {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let p = playground_python::run_traced(&src, &file, Default::default())?;
            if p.exit_status() != 0 {
                return Err(p.stderr());
            }
            let r = p.page().unwrap();
            Ok(Run {
                trace: r.trace.clone(),
                names: r.names.clone(),
                lines: r.lines.clone(),
                elapsed: p.now(),
            })
        })
        .unwrap()
        .join()
        .unwrap()
}

fn run_lesson(l: Lesson) -> Run {
    run_program(l.python(&l.defaults()), l.file().into()).unwrap()
}

fn run(l: Lesson) -> (Trace, Vec<String>) {
    let r = run_lesson(l);
    (r.trace, r.names)
}

// countasync, checked against asyncio's order: main's first step
// creates three tasks; they run and sleep; the timers fire (two hops);
// the tasks end; gather's callbacks; main wakes and ends; the loop stops.
#[test]
fn countasync_internals_follow_asyncio() {
    let (t, names) = run(Lesson::named("countasync"));
    let ready = |m: u64| -> Vec<String> {
        t.frame_at(m)
            .unwrap()
            .ready
            .iter()
            .map(|r| ready_label(r, &names))
            .collect()
    };
    let timers = |m: u64| -> Vec<String> {
        t.frame_at(m)
            .unwrap()
            .timers
            .iter()
            .map(|r| timer_label(r, &names))
            .collect()
    };
    assert_eq!(ready(0), ["step main()"]);
    assert_eq!(
        ready(1),
        ["step count() #1", "step count() #2", "step count() #3"]
    );
    assert!(timers(1).is_empty());
    assert!(ready(2).is_empty());
    assert_eq!(
        timers(2),
        [
            "1.000 s — count() #1",
            "1.000 s — count() #2",
            "1.000 s — count() #3"
        ]
    );
    assert_eq!(
        ready(3),
        ["wake count() #1", "wake count() #2", "wake count() #3"]
    );
    assert!(timers(3).is_empty());
    assert_eq!(
        ready(4),
        [
            "gather: count() #1 ended (for main())",
            "gather: count() #2 ended (for main())",
            "gather: count() #3 ended (for main())"
        ]
    );
    assert_eq!(ready(5), ["wake main()"]);
    assert_eq!(ready(6), ["stop the loop (main() ended)"]);
    assert!(caption(&t, &names, 2).unwrap().contains("nothing to run"));
    assert!(caption(&t, &names, 4)
        .unwrap()
        .contains("returns once the last task ends"));
}

#[test]
fn asyncq_shows_parked_consumers() {
    let (t, names) = run(Lesson::named("asyncq"));
    let parked = t
        .frames
        .iter()
        .find(|f| f.queues.first().is_some_and(|q| !q.getters.is_empty()))
        .unwrap();
    let c = caption(&t, &names, parked.iteration).unwrap();
    assert!(c.contains("found the queue empty and is parked"), "{c}");
    // Every waiting getter is a consumer task, parked on QueueGet.
    for g in &parked.queues[0].getters {
        assert!(names[*g].starts_with("consume("));
    }
}

#[test]
fn print_moments_are_ordered() {
    let (t, _) = run(Lesson::named("chained"));
    let m = print_moments(&t, 2);
    assert!(m.len() >= 3 && m.windows(2).all(|w| w[0] < w[1]));
}

// The trace of countasync: five tasks, each count() sleeps until 1.0 and prints twice.
#[test]
fn trace_records_creation_sleeps_prints_and_ends() {
    let f = run_lesson(Lesson::named("countasync"));
    assert_eq!(
        f.names,
        ["countasync.py", "main()", "count()", "count()", "count()"]
    );
    for t in 2..5 {
        let kinds: Vec<&EventKind> = f
            .trace
            .events
            .iter()
            .filter(|e| e.task == t)
            .map(|e| &e.kind)
            .collect();
        assert!(matches!(kinds[0], EventKind::Created { .. }));
        assert!(kinds.contains(&&EventKind::Suspended {
            wait: Wait::Sleep { until: 1.0 }
        }));
        assert_eq!(
            kinds
                .iter()
                .filter(|k| matches!(k, EventKind::Print { .. }))
                .count(),
            2
        );
        assert_eq!(kinds.last(), Some(&&EventKind::Finished));
    }
    let tl = Timeline::build(&f.trace, f.names.len(), f.elapsed);
    assert_eq!(tl.sequential_time(), 3.0);
    assert_eq!(f.elapsed, 1.0);
    for t in 2..5 {
        assert_eq!(tl.tasks[t].sleeping, 1.0);
        assert_eq!(tl.tasks[t].steps, 2);
        assert_eq!(tl.tasks[t].wakeups, 1);
    }
    let s = run_lesson(Lesson::named("countsync"));
    let tl = Timeline::build(&s.trace, s.names.len(), s.elapsed);
    assert_eq!(tl.tasks[0].running, 3.0);
    assert_eq!(
        tl.segments
            .iter()
            .filter(|g| g.kind == SegKind::Blocked)
            .count(),
        3
    );
}

#[test]
fn asyncq_trace_tracks_queue_size_and_cancelled_consumers() {
    let f = run_lesson(Lesson::named("asyncq"));
    let tl = Timeline::build(&f.trace, f.names.len(), f.elapsed);
    assert!(!tl.queue.is_empty());
    assert_eq!(tl.queue.last().unwrap().1, 0);
    let cancelled = tl
        .tasks
        .iter()
        .filter(|t| matches!(t.end, Some((_, true))))
        .count();
    assert_eq!(cancelled, 10);
    let puts = f.lines.iter().filter(|l| l.contains("added")).count();
    let ups =
        tl.queue.windows(2).filter(|w| w[1].1 > w[0].1).count() + usize::from(tl.queue[0].1 == 1);
    assert_eq!(puts, ups);
}

/// Every lesson at its parameters' extremes runs to the end, with output and
/// exit status 0.
#[test]
fn lessons_at_their_extremes_run_or_report() {
    for &lesson in Lesson::ALL {
        for pick_max in [false, true] {
            let mut p = lesson.defaults();
            for spec in lesson.specs() {
                let v = match &spec.kind {
                    Kind::Int { min, max, .. } => (if pick_max { *max } else { *min }).to_string(),
                    Kind::Float { min, max, .. } => {
                        (if pick_max { *max } else { *min }).to_string()
                    }
                    Kind::Seed { .. } => {
                        if pick_max {
                            "-340282366920938463463374607431768211457".into()
                        } else {
                            "0".into()
                        }
                    }
                    Kind::IntList {
                        max_len, min, max, ..
                    } => {
                        if pick_max {
                            vec![max.to_string(); *max_len].join(",")
                        } else {
                            min.to_string()
                        }
                    }
                    Kind::Choice { options, .. } => (if pick_max {
                        options[options.len() - 1]
                    } else {
                        options[0]
                    })
                    .to_string(),
                    Kind::Ops {
                        max_len, min, max, ..
                    } => {
                        let v = if pick_max { max } else { min };
                        std::iter::once("next".to_string())
                            .chain(std::iter::repeat_n(v.to_string(), max_len - 1))
                            .collect::<Vec<_>>()
                            .join(",")
                    }
                };
                assert_eq!(
                    p.set(lesson, spec.name, &v),
                    None,
                    "{} {}={v}",
                    lesson.name(),
                    spec.name
                );
            }
            if let Some(sim) = lesson.simulation() {
                // A simulation, in the engine.
                let run = engine::program::run_virtual(false, lesson.file(), (sim.lines)(&p));
                assert!(!run.output.is_empty());
                continue;
            }
            match run_program(lesson.python(&p), lesson.file().into()) {
                Ok(r) => assert!(!r.lines.is_empty(), "{}", lesson.name()),
                Err(e) => panic!("{} (max: {pick_max}): {e}", lesson.name()),
            }
        }
    }
}
