//! Python source for the page: a small highlighter, and which source line a
//! trace event comes from (to mark the line that is executing).

use crate::trace::{EventKind, Wait};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Plain,
    Keyword,
    Builtin,
    Str,
    Comment,
    Number,
    Def,
}

impl Tok {
    pub fn class(self) -> &'static str {
        match self {
            Tok::Plain => "",
            Tok::Keyword => "kw",
            Tok::Builtin => "bi",
            Tok::Str => "st",
            Tok::Comment => "cm",
            Tok::Number => "nu",
            Tok::Def => "fn",
        }
    }
}

const KEYWORDS: &[&str] = &[
    "async", "await", "def", "return", "import", "from", "as", "for", "in", "while", "if", "else",
    "elif", "not", "and", "or", "True", "False", "None", "with", "try", "except", "finally",
    "raise", "lambda", "yield", "pass", "class", "break", "continue", "global", "nonlocal", "del",
    "assert", "is",
];

/// `match` and `case` are keywords only where they begin a statement with a
/// `:` header (`match = 3` and `re.match(...)` are names).
fn soft_keyword(w: &str, chars: &[char], start: usize, end: usize) -> bool {
    if w != "match" && w != "case" {
        return false;
    }
    let first = chars[..start].iter().all(|c| c.is_whitespace());
    let code: String = chars[end..].iter().take_while(|&&c| c != '#').collect();
    first && chars.get(end) == Some(&' ') && code.trim_end().ends_with(':')
}
const BUILTINS: &[&str] = &["print", "range", "map", "int", "str", "len", "enumerate"];

/// Splits one line of Python into highlighted pieces; the pieces concatenate
/// to the line exactly.
pub fn highlight_line(line: &str) -> Vec<(Tok, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut out: Vec<(Tok, String)> = Vec::new();
    let push = |out: &mut Vec<(Tok, String)>, t: Tok, s: String| {
        if let Some(last) = out.last_mut() {
            if last.0 == t {
                last.1.push_str(&s);
                return;
            }
        }
        out.push((t, s));
    };
    let mut i = 0;
    let mut after_def = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            push(&mut out, Tok::Comment, chars[i..].iter().collect());
            break;
        }
        let is_prefix = (c == 'f' || c == 'r' || c == 'b')
            && matches!(chars.get(i + 1), Some('"') | Some('\''));
        if c == '"' || c == '\'' || is_prefix {
            let start = i;
            if is_prefix {
                i += 1;
            }
            let q = chars[i];
            i += 1;
            while i < chars.len() && chars[i] != q {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(chars.len());
            push(&mut out, Tok::Str, chars[start..i].iter().collect());
            continue;
        }
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || chars[i] == '.' || chars[i] == '_')
            {
                i += 1;
            }
            push(&mut out, Tok::Number, chars[start..i].iter().collect());
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let w: String = chars[start..i].iter().collect();
            let t = if after_def {
                after_def = false;
                Tok::Def
            } else if KEYWORDS.contains(&w.as_str()) || soft_keyword(&w, &chars, start, i) {
                Tok::Keyword
            } else if BUILTINS.contains(&w.as_str()) && chars.get(i) == Some(&'(') {
                Tok::Builtin
            } else {
                Tok::Plain
            };
            if w == "def" || w == "class" {
                after_def = true;
            }
            push(&mut out, t, w);
            continue;
        }
        push(&mut out, Tok::Plain, c.to_string());
        i += 1;
    }
    out
}

/// Removes ANSI escape sequences (`ESC [ ... letter`).
pub fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\x1b' && it.peek() == Some(&'[') {
            it.next();
            for d in it.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The literal pieces of a `print(...)` line: text in quotes, without `{...}`.
fn literal_pieces(line: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut in_str: Option<char> = None;
    let mut depth = 0;
    let mut cur = String::new();
    for c in line.chars() {
        match in_str {
            None if c == '"' || c == '\'' => in_str = Some(c),
            None => {}
            Some(q) if c == q && depth == 0 => {
                in_str = None;
                if !cur.is_empty() {
                    pieces.push(std::mem::take(&mut cur));
                }
            }
            Some(_) if c == '{' => {
                depth += 1;
                if !cur.is_empty() {
                    pieces.push(std::mem::take(&mut cur));
                }
            }
            Some(_) if c == '}' => depth -= 1,
            Some(_) if depth == 0 => cur.push(c),
            Some(_) => {}
        }
    }
    pieces
        .into_iter()
        .filter(|p| !p.starts_with('\\'))
        .collect()
}

/// The 0-based source line an event comes from, when it can be told.
/// `printed` is the line printed (for `Print` events).
pub fn line_of(source: &str, kind: &EventKind, printed: Option<&str>) -> Option<usize> {
    let find = |needle: &str| source.lines().position(|l| l.contains(needle));
    match kind {
        EventKind::Print { .. } => {
            let text = strip_ansi(printed.unwrap_or(""));
            let mut best: Option<(usize, usize)> = None;
            for (n, l) in source.lines().enumerate() {
                let t = l.trim_start();
                if !t.starts_with("print(") {
                    continue;
                }
                let mut full = l.to_string();
                // A print may continue on the next line (asyncq's consume).
                if !t.trim_end().ends_with(')') {
                    if let Some(next) = source.lines().nth(n + 1) {
                        full.push_str(next);
                    }
                }
                let pieces = literal_pieces(&full);
                let score: usize = if text.is_empty() {
                    if t.starts_with("print()") {
                        100
                    } else {
                        0
                    }
                } else {
                    pieces
                        .iter()
                        .filter(|p| text.contains(p.as_str()))
                        .map(|p| p.len())
                        .sum()
                };
                if score > 0 && best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, n));
                }
            }
            best.map(|(_, n)| n)
        }
        EventKind::Suspended { wait } => match wait {
            Wait::Sleep { .. } | Wait::Yield => find("asyncio.sleep("),
            Wait::QueueGet => find("q.get()"),
            Wait::QueuePut => find("q.put("),
            Wait::QueueJoin => find("q.join()"),
            Wait::Gather { .. } => find("asyncio.gather("),
            Wait::Run => find("asyncio.run("),
            Wait::Task { .. } | Wait::Future => None,
        },
        EventKind::Blocked { .. } => find("time.sleep("),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::Lesson;

    #[test]
    fn highlighting_keeps_the_text() {
        for l in Lesson::ALL {
            for line in l.lecture_source().lines() {
                let joined: String = highlight_line(line).into_iter().map(|(_, s)| s).collect();
                assert_eq!(joined, line);
            }
        }
        let toks = highlight_line("async def count():  # hi");
        assert_eq!(toks[0], (Tok::Keyword, "async".into()));
        assert!(toks.contains(&(Tok::Def, "count".into())));
        assert_eq!(toks.last().unwrap().0, Tok::Comment);
        let kw = |line: &str, w: &str| highlight_line(line).contains(&(Tok::Keyword, w.into()));
        assert!(kw("    match msg:", "match"));
        assert!(kw("        case (\"add\", a, b):  # two numbers", "case"));
        assert!(!kw("match = re.match(p, s)", "match"));
        assert!(!kw("case(1)", "case"));
        assert!(kw("class Point:", "class"));
    }

    #[test]
    fn prints_map_to_their_lines() {
        let src = Lesson::named("asyncq").lecture_source();
        let line = |printed: &str| {
            let n = line_of(src, &EventKind::Print { line: 0 }, Some(printed)).unwrap();
            src.lines().nth(n).unwrap().trim().to_string()
        };
        assert!(line("Consumer 3 got element <abc> in 1.00000 seconds.")
            .starts_with("print(f\"Consumer {name} got"));
        assert!(
            line("Producer 1 added <ff> to queue.").starts_with("print(f\"Producer {name} added")
        );
        assert!(
            line("Consumer 1 sleeping for 3 seconds.").starts_with("print(f\"{caller} sleeping")
        );
        let r = Lesson::named("rand").lecture_source();
        let n = line_of(
            r,
            &EventKind::Print { line: 0 },
            Some("\x1b[36mmakerandom(0) == 3 too low; retrying."),
        )
        .unwrap();
        assert!(r.lines().nth(n).unwrap().contains("too low"));
        let n = line_of(r, &EventKind::Print { line: 0 }, Some("")).unwrap();
        assert_eq!(r.lines().nth(n).unwrap().trim(), "print()");
        assert_eq!(strip_ansi("\x1b[91mred\x1b[0m"), "red");
    }
}
