//! Every program of the corpus (tests/corpus/*.py, one behaviour each) and
//! of the fixed-seed fuzz set (tests/fuzz/*.py) prints, byte for byte, what
//! the oracle printed (goldens made by `python3 tools/gen_corpus.py` and
//! `python3 tools/gen_programs.py`): stdout, stderr and exit status.

use std::path::{Path, PathBuf};

struct Case {
    py: PathBuf,
    args: Vec<String>,
    stdout: String,
    stderr: String,
    status: i32,
}

fn cases(dir: &str) -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(dir);
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return out;
    };
    let mut paths: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    for py in paths {
        let json = py.with_extension("json");
        let Ok(text) = std::fs::read_to_string(&json) else {
            continue;
        };
        let v: serde_json::Value = serde_json::from_str(&text).expect("golden json");
        out.push(Case {
            args: v["args"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
            stdout: v["stdout"].as_str().unwrap_or("").to_string(),
            stderr: v["stderr"].as_str().unwrap_or("").to_string(),
            status: v["status"].as_i64().unwrap_or(0) as i32,
            py,
        });
    }
    out
}

/// Runs one case as the CLI would (pyref's argument conventions).
fn run(case: &Case) -> (String, String, i32) {
    let opts = playground_python::Options::from_pyref_args(&case.args).unwrap();
    let src = String::from_utf8_lossy(&std::fs::read(&case.py).unwrap()).into_owned();
    let name = case.py.file_name().unwrap().to_string_lossy().into_owned();
    if std::env::var_os("CORPUS_TRACE").is_some() {
        eprintln!("corpus: {name}");
    }
    playground_python::run_virtual(&src, &name, opts)
}

/// Runs every case; returns the names that differ.
fn check(dir: &str) -> (usize, Vec<String>) {
    let cs = cases(dir);
    let mut bad = Vec::new();
    for c in &cs {
        let (out, err, status) = run(c);
        if out != c.stdout || err != c.stderr || status != c.status {
            bad.push(c.py.file_stem().unwrap().to_string_lossy().into_owned());
        }
    }
    (cs.len(), bad)
}

fn known_failures(file: &str) -> Vec<String> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(file);
    std::fs::read_to_string(p)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

fn assert_suite(dir: &str, known_file: &str, min: usize) {
    let (n, bad) = check(dir);
    assert!(n >= min, "only {n} programs in tests/{dir}");
    let known = known_failures(known_file);
    let new: Vec<&String> = bad.iter().filter(|b| !known.contains(b)).collect();
    let fixed: Vec<&String> = known.iter().filter(|k| !bad.contains(k)).collect();
    eprintln!(
        "{dir}: {}/{} identical to the oracle; {} listed in tests/{known_file}",
        n - bad.len(),
        n,
        known.len()
    );
    assert!(
        new.is_empty(),
        "programs that differ from the oracle: {new:?}"
    );
    assert!(
        fixed.is_empty(),
        "programs now passing: remove them from tests/{known_file}: {fixed:?}"
    );
}

#[test]
fn corpus_matches_the_oracle() {
    assert_suite("corpus", "corpus_known_failures.txt", 150);
}

#[test]
fn fuzz_programs_match_the_oracle() {
    assert_suite("fuzz", "fuzz_known_failures.txt", 1);
}
