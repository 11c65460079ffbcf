//! The lecture's programs, run from their `.py` source by the interpreter,
//! print today's golden transcripts (engine/tests/golden, made by the oracle)
//! for every golden case that uses only the lecture's own knobs.

use std::path::Path;

#[test]
fn lecture_programs_match_their_golden_transcripts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let golden = root.join("engine/tests/golden");
    let cases = std::fs::read_to_string(golden.join("cases.txt")).unwrap();
    let mut n = 0;
    let mut bad = Vec::new();
    for line in cases
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (name, args) = line.split_once('|').unwrap();
        let (name, args): (&str, Vec<&str>) = (name.trim(), args.split_whitespace().collect());
        let prog = args[0];
        if !["countasync", "countsync", "rand", "chained", "asyncq"].contains(&prog) {
            continue;
        }
        // Only the oracle's own flags and the program's arguments.
        let lecture_only = args[1..]
            .iter()
            .all(|a| !a.starts_with("--") || *a == "--seed" || *a == "--timestamps");
        if !lecture_only {
            continue;
        }
        let mut opts = playground_python::Options::default();
        let mut i = 1;
        while i < args.len() {
            match args[i] {
                "--seed" => {
                    opts.seed = Some(engine::random::Seed::parse(args[i + 1]).unwrap());
                    i += 1;
                }
                "--timestamps" => opts.timestamps = true,
                a => opts.args.push(a.to_string()),
            }
            i += 1;
        }
        let src =
            std::fs::read_to_string(root.join(format!("engine/src/lessons/py/{prog}.py"))).unwrap();
        let (out, err, status) = playground_python::run_virtual(&src, &format!("{prog}.py"), opts);
        let want = std::fs::read_to_string(golden.join(format!("{name}.txt"))).unwrap();
        if out != want || !err.is_empty() || status != 0 {
            bad.push(name.to_string());
        }
        n += 1;
    }
    assert!(n >= 30, "only {n} lecture cases");
    assert!(
        bad.is_empty(),
        "differ from the golden transcripts: {bad:?}"
    );
}
