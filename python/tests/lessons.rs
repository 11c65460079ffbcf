//! The lessons' programs, run from their Python source by the interpreter, print
//! today's golden transcripts (engine/tests/golden, made by the oracle with
//! `python3 tools/gen_golden.py`) for every golden case of every lesson but
//! `threads` (whose timings are the engine's simulation, not CPython's).
//!
//! As the goldens were made: a case with only the lecture's own knobs (`--seed`,
//! `--timestamps`, the program's arguments) runs the lecture's file verbatim with
//! pyref's arguments; any other case (`generator`, `blocking`, or a lesson parameter
//! such as `--calls`) runs the program that `transcript LESSON ... --python` prints
//! (`Lesson::python`), with `--timestamps` only. Cases that do not match yet are
//! listed in tests/lessons_known_failures.txt (the test fails on a new failure, or
//! on a listed case that passes).

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

const LECTURE: [&str; 5] = ["countasync", "countsync", "rand", "chained", "asyncq"];

/// The Python source, the file name and the options the golden was made with.
fn program(args: &[String]) -> (String, String, playground_python::Options) {
    let prog = args[0].as_str();
    // gen_golden.py: only the oracle's flags and the program's arguments?
    let lecture_only = LECTURE.contains(&prog)
        && args[1..].iter().all(|a| {
            !a.starts_with("--")
                || ["--seed", "--timestamps"].contains(&a.split('=').next().unwrap())
        });
    if lecture_only {
        let opts = playground_python::Options::from_pyref_args(&args[1..]).unwrap();
        let path = root().join(format!("engine/src/lessons/py/{prog}.py"));
        (
            std::fs::read_to_string(path).unwrap(),
            format!("{prog}.py"),
            opts,
        )
    } else {
        let cli = engine::cli::parse(args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        let opts = playground_python::Options {
            timestamps: cli.timestamps,
            ..Default::default()
        };
        (cli.lesson.python(&cli.params), format!("{prog}.py"), opts)
    }
}

/// The first line where two texts differ, for the report.
fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        if w.get(i) != g.get(i) {
            return format!(
                "line {}: golden {:?}, interpreter {:?}",
                i + 1,
                w.get(i).unwrap_or(&"<end>"),
                g.get(i).unwrap_or(&"<end>")
            );
        }
    }
    "same lines, different bytes (final newline?)".into()
}

fn known_failures() -> Vec<String> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lessons_known_failures.txt");
    std::fs::read_to_string(p)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

#[test]
fn lesson_programs_match_their_golden_transcripts() {
    let golden = root().join("engine/tests/golden");
    let cases = std::fs::read_to_string(golden.join("cases.txt")).unwrap();
    let mut n = 0;
    let mut bad = Vec::new();
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
        let (src, file, opts) = program(&args);
        // A big stack, as the CLI has (deep parsing and native recursion in debug builds).
        let (out, err, status) = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || playground_python::run_virtual(&src, &file, opts))
            .unwrap()
            .join()
            .unwrap_or_else(|_| panic!("{name}: the interpreter panicked"));
        let want = std::fs::read_to_string(golden.join(format!("{name}.txt"))).unwrap();
        if out != want || !err.is_empty() || status != 0 {
            let why = if out != want {
                first_difference(&want, &out)
            } else {
                format!("status {status}, stderr {err:?}")
            };
            eprintln!("{name} ({}): {why}", args.join(" "));
            bad.push(name);
        }
        n += 1;
    }
    let known = known_failures();
    let new: Vec<&String> = bad.iter().filter(|b| !known.contains(b)).collect();
    let fixed: Vec<&String> = known.iter().filter(|k| !bad.contains(k)).collect();
    eprintln!(
        "lessons: {}/{n} identical to the golden transcripts; {} listed in tests/lessons_known_failures.txt",
        n - bad.len(),
        known.len()
    );
    assert!(n >= 55, "only {n} lesson cases");
    assert!(
        new.is_empty(),
        "differ from the golden transcripts: {new:?}"
    );
    assert!(
        fixed.is_empty(),
        "now identical: remove them from tests/lessons_known_failures.txt: {fixed:?}"
    );
}
