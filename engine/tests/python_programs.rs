//! The Python program a lesson emits for its parameters, run by the oracle
//! (tools/pyref.py, CPython on a virtual clock), prints what the lesson prints.

use playground_engine::lessons::{Lesson, Params};
use playground_engine::program::transcript;
use std::path::Path;
use std::process::Command;

fn python3() -> Option<()> {
    Command::new("python3")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|_| ())
}

fn params(lesson: Lesson, pairs: &[(&str, &str)]) -> Params {
    let mut p = lesson.defaults();
    for (k, v) in pairs {
        assert_eq!(p.set(lesson, k, v), None, "{k}={v}");
    }
    p
}

#[test]
fn default_programs_are_the_lectures() {
    for l in Lesson::ALL {
        let want = l
            .lecture_source()
            .replace("os.urandom(size)", "random.randbytes(size)");
        assert_eq!(l.python(&l.defaults()), want, "{}", l.name());
    }
}

#[test]
fn emitted_programs_print_what_the_lessons_print() {
    if python3().is_none() {
        eprintln!("python3 not found: skipping the oracle check");
        return;
    }
    let pyref = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tools/pyref.py");
    let cases: Vec<(Lesson, Vec<(&str, &str)>)> = vec![
        (Lesson::CountAsync, vec![]),
        (Lesson::CountAsync, vec![("calls", "7"), ("delay", "2.5")]),
        (Lesson::CountAsync, vec![("calls", "2"), ("delay", "0")]),
        (Lesson::CountSync, vec![("calls", "5"), ("delay", "0.2")]),
        (
            Lesson::Blocking,
            vec![("calls", "6"), ("blocking", "2"), ("delay", "1.5")],
        ),
        (Lesson::Blocking, vec![("calls", "2"), ("blocking", "0")]),
        (Lesson::Generator, vec![]),
        (
            Lesson::Generator,
            vec![("start", "-7"), ("ops", "next,100,next,-5,next,next")],
        ),
        (Lesson::Rand, vec![("seed", "2024"), ("coros", "5")]),
        (
            Lesson::Rand,
            vec![("seed", "-77777777777777777777777"), ("coros", "2")],
        ),
        (Lesson::Chained, vec![("seed", "8"), ("args", "10,-2,33,4")]),
        (
            Lesson::Asyncq,
            vec![
                ("seed", "31"),
                ("nprod", "3"),
                ("ncon", "4"),
                ("maxsize", "2"),
                ("maxsleep", "4"),
            ],
        ),
        (
            Lesson::Asyncq,
            vec![
                ("seed", "1"),
                ("nprod", "7"),
                ("ncon", "1"),
                ("maxsize", "1"),
            ],
        ),
    ];
    let dir = std::env::temp_dir().join(format!("playground-py-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (lesson, pairs) in cases {
        let p = params(lesson, &pairs);
        let path = dir.join(lesson.file());
        std::fs::write(&path, lesson.python(&p)).unwrap();
        let out = Command::new("python3")
            .arg(&pyref)
            .arg(&path)
            .arg("--timestamps")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let run = lesson.run_virtual(&p, true);
        assert_eq!(
            transcript(&run.output, &run.trace, true),
            String::from_utf8(out.stdout).unwrap(),
            "{} {pairs:?}",
            lesson.name()
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// The lessons' Python files are the lecture's programs, byte for byte: their
/// sizes and FNV-1a hashes as read from the course's reference copies.
#[test]
fn lesson_sources_are_the_lectures_verbatim() {
    fn fnv1a(b: &[u8]) -> u64 {
        b.iter().fold(0xcbf29ce484222325u64, |h, &x| {
            (h ^ x as u64).wrapping_mul(0x100000001b3)
        })
    }
    let want = [
        (Lesson::CountAsync, 362, 0x686b5b9e1b6834c2u64),
        (Lesson::CountSync, 296, 0x662177eeffe5e5ae),
        (Lesson::Rand, 817, 0x7c7b3bf9add35b87),
        (Lesson::Chained, 1141, 0x9da3180e09763942),
        (Lesson::Asyncq, 1793, 0x1e506f4a98bdcb86),
    ];
    for (l, len, hash) in want {
        let src = l.lecture_source().as_bytes();
        assert_eq!(
            (src.len(), fnv1a(src)),
            (len, hash),
            "{} differs from the lecture",
            l.name()
        );
    }
}
