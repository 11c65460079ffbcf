//! Where a parameter writes in its lesson's program, so that a slider keeps
//! working on a program the user edited: the lines a parameter changes are
//! found by writing the program with two values of it; in an edited program
//! each of those lines must still be there, exactly once, to be rewritten.

use super::{Kind, Lesson, Params};

/// Another valid value of parameter `name` (one that changes the program).
fn other_value(lesson: Lesson, p: &Params, name: &str) -> Option<Params> {
    let spec = lesson.spec(name)?;
    let cur = p.get(name);
    let candidates: Vec<String> = match &spec.kind {
        Kind::Int { min, max, .. } => vec![min.to_string(), max.to_string(), (min + 1).to_string()],
        Kind::Float { min, max, .. } => vec![min.to_string(), max.to_string()],
        Kind::Seed { .. } => vec!["0".into(), "1".into()],
        Kind::IntList { min, max, .. } => vec![min.to_string(), max.to_string()],
        Kind::Ops { .. } => vec!["next".into(), "1".into()],
        Kind::Choice { options, .. } => options.iter().map(|o| o.to_string()).collect(),
    };
    let base = lesson.python(p);
    candidates.into_iter().filter(|c| *c != cur).find_map(|c| {
        let mut q = p.clone();
        q.set(lesson, name, &c);
        (q.get(name) != cur && lesson.python(&q) != base).then_some(q)
    })
}

/// The lines (text) of the program for `a` that differ from the program for
/// `b`, with their replacements; None when the two differ in length.
fn changed_lines(lesson: Lesson, a: &Params, b: &Params) -> Option<Vec<(String, String)>> {
    let (ta, tb) = (lesson.python(a), lesson.python(b));
    let (la, lb): (Vec<&str>, Vec<&str>) = (ta.lines().collect(), tb.lines().collect());
    if la.len() != lb.len() {
        return None;
    }
    Some(
        la.iter()
            .zip(&lb)
            .filter(|(x, y)| x != y)
            .map(|(x, y)| (x.to_string(), y.to_string()))
            .collect(),
    )
}

fn count_lines(code: &str, line: &str) -> usize {
    code.lines().filter(|l| *l == line).count()
}

/// Whether `code` still has every line parameter `name` writes (with the
/// values `p`), each exactly once.
pub fn has_place(lesson: Lesson, p: &Params, name: &str, code: &str) -> bool {
    let Some(q) = other_value(lesson, p, name) else {
        return false;
    };
    match changed_lines(lesson, p, &q) {
        Some(lines) if !lines.is_empty() => {
            lines.iter().all(|(old, _)| count_lines(code, old) == 1)
        }
        _ => false,
    }
}

/// `code` with the change from `old` to `new` applied where the parameters
/// write; None when the program no longer has one of those places.
pub fn apply(lesson: Lesson, old: &Params, new: &Params, code: &str) -> Option<String> {
    let lines = changed_lines(lesson, old, new)?;
    if lines.iter().any(|(o, _)| count_lines(code, o) != 1) {
        return None;
    }
    let mut out = String::with_capacity(code.len() + 16);
    for piece in code.split_inclusive('\n') {
        let (body, nl) = match piece.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (piece, ""),
        };
        match lines.iter().find(|(o, _)| o == body) {
            Some((_, n)) => out.push_str(n),
            None => out.push_str(body),
        }
        out.push_str(nl);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parameter_rewrites_its_line_in_an_edited_program() {
        let l = Lesson::named("countasync");
        let p = l.defaults();
        let edited = format!("# my comment\n{}", l.python(&p));
        for spec in l.specs() {
            assert!(has_place(l, &p, spec.name, &edited), "{}", spec.name);
        }
        let mut q = p.clone();
        q.set(l, "calls", "5");
        let out = apply(l, &p, &q, &edited).unwrap();
        assert_eq!(out, format!("# my comment\n{}", l.python(&q)));
    }

    #[test]
    fn a_removed_place_disables_the_parameter() {
        let l = Lesson::named("rand");
        let p = l.defaults();
        let text = l.python(&p);
        let seed_line = text.lines().find(|x| x.contains("random.seed")).unwrap();
        let edited = text.replace(seed_line, "pass");
        assert!(!has_place(l, &p, "seed", &edited));
        let mut q = p.clone();
        q.set(l, "seed", "7");
        assert_eq!(apply(l, &p, &q, &edited), None);
    }

    #[test]
    fn every_parameter_of_every_lesson_has_a_place_in_its_own_program() {
        // `threads` is a simulation: its program is shown, not run or edited.
        for &l in Lesson::ALL
            .iter()
            .filter(|l| **l != Lesson::named("threads"))
        {
            let p = l.defaults();
            let text = l.python(&p);
            for spec in l.specs() {
                // generator's `ops` writes a varying number of lines: a slider
                // cannot rewrite it in an edited program (it is disabled there).
                let fixed_lines = !(l == Lesson::named("generator") && spec.name == "ops");
                assert_eq!(
                    has_place(l, &p, spec.name, &text),
                    fixed_lines,
                    "{}: {}",
                    l.name(),
                    spec.name
                );
            }
        }
    }
}

/// Where a program of one's own writes its seed: the `N` of each
/// `random.seed(N)` call with an integer literal (what `pyref.py --seed`
/// replaces), outside comments. Byte ranges of the literals.
fn seed_literals(code: &str) -> Vec<std::ops::Range<usize>> {
    const CALL: &str = "random.seed(";
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in code.split_inclusive('\n') {
        let mut from = 0;
        while let Some(k) = line[from..].find(CALL) {
            let at = from + k;
            from = at + CALL.len();
            if line[..at].contains('#') {
                break;
            }
            let prev = line[..at].chars().next_back();
            if prev.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let rest = &line[from..];
            let lead = rest.len() - rest.trim_start_matches(' ').len();
            let body = &rest[lead..];
            let sign = usize::from(body.starts_with('-'));
            let digits = body[sign..]
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'_')
                .count();
            if digits == 0
                || !body[sign + digits..]
                    .trim_start_matches(' ')
                    .starts_with(')')
            {
                continue;
            }
            let start = line_start + from + lead;
            out.push(start..start + sign + digits);
        }
        line_start += line.len();
    }
    out
}

/// The seed of a program of one's own: the literal of its first
/// `random.seed(N)`; None when it has none.
pub fn program_seed(code: &str) -> Option<String> {
    seed_literals(code)
        .first()
        .map(|r| code[r.clone()].replace('_', ""))
}

/// `code` with every `random.seed(N)` literal set to `seed` (a valid integer).
pub fn with_program_seed(code: &str, seed: &str) -> String {
    let mut out = String::with_capacity(code.len() + 8);
    let mut last = 0;
    for r in seed_literals(code) {
        out.push_str(&code[last..r.start]);
        out.push_str(seed);
        last = r.end;
    }
    out.push_str(&code[last..]);
    out
}

#[cfg(test)]
mod seed_tests {
    use super::*;

    #[test]
    fn a_programs_seed_is_its_random_seed_literal() {
        let code = "import random\n# random.seed(1) in a comment\nrandom.seed( -44_4 )\n\
                    x.random.seed(5)\nrandom.seed(a)\nrandom.seed(7)\n";
        assert_eq!(program_seed(code).as_deref(), Some("-444"));
        assert_eq!(
            with_program_seed(code, "12"),
            "import random\n# random.seed(1) in a comment\nrandom.seed( 12 )\n\
             x.random.seed(5)\nrandom.seed(a)\nrandom.seed(12)\n"
        );
        assert_eq!(program_seed("import random\nrandom.seed()\n"), None);
        assert_eq!(program_seed("print(1)"), None);
    }
}
