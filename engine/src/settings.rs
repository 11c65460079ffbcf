//! The page's settings as a URL query: parsed with a note for every value
//! that was malformed or out of range (never a panic), and written back.

use crate::lessons::{Lesson, Note, Params};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockKind {
    /// Deterministic: output identical to the CLI.
    Virtual,
    /// The browser's timers; elapsed times measured with `performance.now()`.
    Real,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Speed {
    /// As fast as possible (virtual clock only).
    Instant,
    /// Virtual seconds per real second.
    Factor(f64),
}

pub const MIN_SPEED: f64 = 0.25;
pub const MAX_SPEED: f64 = 100.0;

impl Speed {
    pub fn to_text(self) -> String {
        match self {
            Speed::Instant => "instant".into(),
            Speed::Factor(f) => crate::pyfmt::number(f),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub lesson: Lesson,
    pub params: Params,
    pub clock: ClockKind,
    pub speed: Speed,
    pub autorun: bool,
    /// `embed=1`: the lesson alone, for an iframe in a course page.
    pub embed: bool,
    /// `controls=`: the inputs an embed shows (None = all).
    pub controls: Option<Vec<String>>,
    /// `panels=`: the panels shown.
    pub panels: Panels,
    /// `at=`: the moment (loop iteration) shown; None follows the run.
    pub at: Option<u64>,
    /// `at=line:N`: the moment shown is the run's Nth line event (issue 14).
    pub line: Option<u64>,
    /// `code=`/`codez=`: the program shown and run when it is not the
    /// lesson's own (edited, or a teacher's); None: the lesson's program.
    pub code: Option<String>,
    /// `file=`: the program's file name (None: the lesson's, or `main.py`).
    pub file: Option<String>,
    /// `argv=`: the program's `sys.argv[1:]`, quoted as a shell would.
    pub argv: Option<String>,
    /// `editable=0`: the source is shown read-only.
    pub editable: bool,
}

/// Which of the four panels are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels {
    pub source: bool,
    pub console: bool,
    pub timeline: bool,
    pub stats: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Panels {
            source: true,
            console: true,
            timeline: true,
            stats: true,
        }
    }
}

pub const PANEL_NAMES: [&str; 4] = ["source", "console", "timeline", "stats"];
/// Inputs an embed can show besides the lesson's parameters.
pub const CONTROL_NAMES: [&str; 2] = ["speed", "clock"];
/// The inputs of any program (a teacher's own included): its `sys.argv[1:]`, and
/// the seed its `random.seed(N)` calls write (`lessons::place::program_seed`).
pub const PROGRAM_CONTROLS: [&str; 2] = ["argv", "seed"];

impl Panels {
    pub fn names(self) -> Vec<&'static str> {
        let on = [self.source, self.console, self.timeline, self.stats];
        PANEL_NAMES
            .iter()
            .zip(on)
            .filter(|(_, o)| *o)
            .map(|(n, _)| *n)
            .collect()
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lesson: Lesson::default(),
            params: Lesson::default().defaults(),
            clock: ClockKind::Virtual,
            speed: Speed::Factor(1.0),
            autorun: false,
            embed: false,
            controls: None,
            panels: Panels::default(),
            at: None,
            line: None,
            code: None,
            file: None,
            argv: None,
            editable: true,
        }
    }
}

impl Settings {
    /// The program's file name, as shown in the header and in tracebacks.
    pub fn file_name(&self) -> String {
        match (&self.file, &self.code) {
            (Some(f), _) => f.clone(),
            (None, Some(_)) => "main.py".into(),
            (None, None) => self.lesson.file().into(),
        }
    }

    /// `sys.argv[1:]` from `argv=` (empty when there is none).
    pub fn argv_list(&self) -> Vec<String> {
        self.argv.as_deref().map(split_shell).unwrap_or_default()
    }
}

/// Splits a command line as a POSIX shell would: spaces separate, quotes
/// ('…' literal, "…" with \ escapes) group, a backslash escapes.
pub fn split_shell(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut any = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if any {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            '\'' => {
                any = true;
                for d in chars.by_ref() {
                    if d == '\'' {
                        break;
                    }
                    cur.push(d);
                }
            }
            '"' => {
                any = true;
                while let Some(d) = chars.next() {
                    match d {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some(e @ ('"' | '\\' | '$' | '`')) => cur.push(e),
                            Some(e) => {
                                cur.push('\\');
                                cur.push(e);
                            }
                            None => cur.push('\\'),
                        },
                        d => cur.push(d),
                    }
                }
            }
            '\\' => {
                any = true;
                if let Some(e) = chars.next() {
                    cur.push(e);
                }
            }
            c => {
                any = true;
                cur.push(c);
            }
        }
    }
    if any {
        out.push(cur);
    }
    out
}

/// Whether `name` can be a program's file name (shown in the header and tracebacks).
fn valid_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= 64
        && !name.contains(['/', '\\'])
        && !name.chars().any(char::is_control)
}

/// Decodes `%XX` escapes and `+` (invalid escapes are kept as they are).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let h = std::str::from_utf8(&b[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match h {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Keeps a shown value short and printable in a note.
fn shown(s: &str) -> String {
    let t: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        format!("{t}…")
    } else {
        t
    }
}

/// Parameters that belong to other features of the page; accepted silently.
const PAGE_KEYS: &[&str] = &["theme"];

impl Settings {
    /// Parses a query string (with or without the leading `?`).
    pub fn from_query(query: &str) -> (Settings, Vec<Note>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut notes = Vec::new();
        for part in query.split('&').filter(|p| !p.is_empty()).take(200) {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let (k, v) = (percent_decode(k), percent_decode(v));
            if pairs.iter().any(|(pk, _)| *pk == k) {
                notes.push(Note {
                    param: k.clone(),
                    message: format!("{} is given more than once; using the first", shown(&k)),
                });
                continue;
            }
            pairs.push((k, v));
        }
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        let mut s = Settings::default();
        if let Some(l) = get("lesson") {
            match Lesson::from_name(l.trim()) {
                Some(lesson) => s.lesson = lesson,
                None => notes.push(Note {
                    param: "lesson".into(),
                    message: format!("there is no lesson {:?}; showing countasync", shown(l)),
                }),
            }
        }
        s.params = s.lesson.defaults();
        for spec in s.lesson.specs() {
            if let Some(v) = get(spec.name) {
                if let Some(n) = s.params.set(s.lesson, spec.name, v) {
                    notes.push(n);
                }
            }
        }
        notes.extend(s.params.reconcile(s.lesson));
        if let Some(c) = get("clock") {
            match c.trim() {
                "virtual" => s.clock = ClockKind::Virtual,
                "real" => s.clock = ClockKind::Real,
                _ => notes.push(Note {
                    param: "clock".into(),
                    message: format!(
                        "clock must be virtual or real, got {:?}; using virtual",
                        shown(c)
                    ),
                }),
            }
        }
        if let Some(v) = get("speed") {
            let (sp, note) = parse_speed(v, s.clock);
            s.speed = sp;
            notes.extend(note);
        }
        if let Some(v) = get("autorun") {
            match v.trim() {
                "1" | "true" | "yes" => s.autorun = true,
                "0" | "false" | "no" | "" => s.autorun = false,
                _ => notes.push(Note {
                    param: "autorun".into(),
                    message: format!("autorun must be 1 or 0, got {:?}; not running", shown(v)),
                }),
            }
        }
        if let Some(v) = get("embed") {
            match v.trim() {
                "1" | "true" | "yes" => s.embed = true,
                "0" | "false" | "no" | "" => s.embed = false,
                _ => notes.push(Note {
                    param: "embed".into(),
                    message: format!(
                        "embed must be 1 or 0, got {:?}; showing the full page",
                        shown(v)
                    ),
                }),
            }
        }
        if let Some(v) = get("controls") {
            let mut keep = Vec::new();
            for name in v.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                if s.lesson.spec(name).is_some()
                    || CONTROL_NAMES.contains(&name)
                    || PROGRAM_CONTROLS.contains(&name)
                {
                    if !keep.iter().any(|k: &String| k == name) {
                        keep.push(name.to_string());
                    }
                } else {
                    notes.push(Note {
                        param: "controls".into(),
                        message: format!("controls: {} has no input here; ignored", shown(name)),
                    });
                }
            }
            s.controls = Some(keep);
        }
        if let Some(v) = get("panels") {
            let mut p = Panels {
                source: false,
                console: false,
                timeline: false,
                stats: false,
            };
            for name in v.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                match name {
                    "source" => p.source = true,
                    "console" => p.console = true,
                    "timeline" => p.timeline = true,
                    "stats" => p.stats = true,
                    _ => notes.push(Note {
                        param: "panels".into(),
                        message: format!(
                            "panels: there is no panel {}; \
                             the panels are source, console, timeline and stats",
                            shown(name)
                        ),
                    }),
                }
            }
            if p.names().is_empty() {
                notes.push(Note {
                    param: "panels".into(),
                    message: "panels: none chosen; showing all".into(),
                });
                p = Panels::default();
            }
            s.panels = p;
        }
        let code = match (get("codez"), get("code")) {
            (Some(z), _) => Some(("codez", crate::codelink::decode_codez(z))),
            (None, Some(c)) => Some(("code", crate::codelink::decode_code(c))),
            (None, None) => None,
        };
        match code {
            Some((_, Ok(src))) => s.code = Some(src),
            Some((name, Err(e))) => notes.push(Note {
                param: name.into(),
                message: format!("{name}= could not be read: {e}; showing the lesson's program"),
            }),
            None => {}
        }
        if let Some(v) = get("file") {
            let v = v.trim();
            if valid_file_name(v) {
                s.file = Some(v.to_string());
            } else {
                notes.push(Note {
                    param: "file".into(),
                    message: format!(
                        "file must be a file name (1 to 64 characters, no slash), got {:?}; using {}",
                        shown(v),
                        s.file_name()
                    ),
                });
            }
        }
        if let Some(v) = get("argv") {
            if v.len() <= 4096 {
                s.argv = Some(v.to_string());
            } else {
                notes.push(Note {
                    param: "argv".into(),
                    message: "argv is over 4096 characters; ignored".into(),
                });
            }
        }
        if let Some(v) = get("editable") {
            match v.trim() {
                "1" | "true" | "yes" | "" => s.editable = true,
                "0" | "false" | "no" => s.editable = false,
                _ => notes.push(Note {
                    param: "editable".into(),
                    message: format!("editable must be 1 or 0, got {:?}; editable", shown(v)),
                }),
            }
        }
        if let Some(v) = get("at") {
            let v = v.trim();
            match v.strip_prefix("line:").map(|n| n.parse::<u64>()) {
                Some(Ok(n)) if (1..=10_000_000).contains(&n) => s.line = Some(n),
                Some(_) => notes.push(Note {
                    param: "at".into(),
                    message: format!(
                        "at=line:N needs a line event N from 1, got {:?}; showing the run",
                        shown(v)
                    ),
                }),
                None => match v.parse::<u64>() {
                    Ok(n) if n <= 10_000_000 => s.at = Some(n),
                    _ => notes.push(Note {
                        param: "at".into(),
                        message: format!(
                            "at must be a loop iteration (a whole number from 0) or line:N, \
                             got {:?}; showing the run",
                            shown(v)
                        ),
                    }),
                },
            }
        }
        let known = |k: &str| {
            [
                "lesson", "clock", "speed", "autorun", "embed", "controls", "panels", "at", "code",
                "codez", "file", "argv", "editable",
            ]
            .contains(&k)
                || PAGE_KEYS.contains(&k)
                || s.lesson.spec(k).is_some()
        };
        for (k, _) in &pairs {
            if !known(k) {
                let other = Lesson::ALL.iter().any(|l| l.spec(k).is_some());
                let msg = if other {
                    format!(
                        "{} is not a parameter of {}; ignored",
                        shown(k),
                        s.lesson.name()
                    )
                } else {
                    format!("unknown parameter {:?} ignored", shown(k))
                };
                notes.push(Note {
                    param: k.clone(),
                    message: msg,
                });
            }
        }
        (s, notes)
    }

    /// The query that restores this view (without `?`).
    pub fn to_query(&self) -> String {
        let mut q = vec![format!("lesson={}", self.lesson.name())];
        for spec in self.lesson.specs() {
            q.push(format!(
                "{}={}",
                spec.name,
                percent_encode(&self.params.get(spec.name))
            ));
        }
        q.push(format!(
            "clock={}",
            if self.clock == ClockKind::Real {
                "real"
            } else {
                "virtual"
            }
        ));
        q.push(format!("speed={}", self.speed.to_text()));
        if self.autorun {
            q.push("autorun=1".into());
        }
        if self.embed {
            q.push("embed=1".into());
        }
        if let Some(c) = &self.controls {
            q.push(format!("controls={}", percent_encode(&c.join(","))));
        }
        if self.panels != Panels::default() {
            q.push(format!("panels={}", self.panels.names().join(",")));
        }
        if let Some(at) = self.at {
            q.push(format!("at={at}"));
        } else if let Some(n) = self.line {
            q.push(format!("at=line:{n}"));
        }
        if let Some(f) = &self.file {
            q.push(format!("file={}", percent_encode(f)));
        }
        if let Some(a) = &self.argv {
            q.push(format!("argv={}", percent_encode(a)));
        }
        if !self.editable {
            q.push("editable=0".into());
        }
        if let Some(c) = &self.code {
            q.push(format!("codez={}", crate::codelink::encode_codez(c)));
        }
        q.join("&")
    }

    /// Switches lesson, keeping the parameters they share (seed).
    pub fn with_lesson(&self, lesson: Lesson) -> Settings {
        let mut params = lesson.defaults();
        if lesson.spec("seed").is_some() && self.lesson.spec("seed").is_some() {
            params.set(lesson, "seed", &self.params.get("seed"));
        }
        let controls = self.controls.as_ref().map(|c| {
            c.iter()
                .filter(|n| {
                    lesson.spec(n).is_some()
                        || CONTROL_NAMES.contains(&n.as_str())
                        || PROGRAM_CONTROLS.contains(&n.as_str())
                })
                .cloned()
                .collect()
        });
        // A lesson starts from its own program, parameters and (no) arguments.
        Settings {
            lesson,
            params,
            controls,
            at: None,
            line: None,
            code: None,
            file: None,
            argv: None,
            ..self.clone()
        }
    }
}

/// Parses a speed: `instant` (virtual clock only) or a factor in 0.25..100.
pub fn parse_speed(v: &str, clock: ClockKind) -> (Speed, Option<Note>) {
    let note = |m: String| {
        Some(Note {
            param: "speed".into(),
            message: m,
        })
    };
    let t = v.trim().trim_end_matches(['x', '×']);
    if t == "instant" {
        if clock == ClockKind::Real {
            return (
                Speed::Factor(1.0),
                note("instant needs the virtual clock; using 1×".into()),
            );
        }
        return (Speed::Instant, None);
    }
    match t.parse::<f64>() {
        Ok(f) if f.is_nan() => (
            Speed::Factor(1.0),
            note(format!(
                "speed must be a number or instant, got {:?}; using 1×",
                shown(v)
            )),
        ),
        Ok(f) if f < MIN_SPEED => (
            Speed::Factor(MIN_SPEED),
            note(format!(
                "speed {} is below {MIN_SPEED}; using {MIN_SPEED}×",
                shown(v)
            )),
        ),
        Ok(f) if f > MAX_SPEED => (
            Speed::Factor(MAX_SPEED),
            note(format!(
                "speed {} is above {MAX_SPEED}; using {MAX_SPEED}×",
                shown(v)
            )),
        ),
        Ok(f) => (Speed::Factor(f), None),
        Err(_) => (
            Speed::Factor(1.0),
            note(format!(
                "speed must be a number or instant, got {:?}; using 1×",
                shown(v)
            )),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_query_round_trips() {
        let (s, notes) = Settings::from_query(
            "?lesson=asyncq&seed=7&nprod=3&ncon=2&maxsize=4&maxsleep=5&clock=real&speed=2.5",
        );
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(s.lesson, Lesson::named("asyncq"));
        assert_eq!(
            (
                s.params.int("nprod"),
                s.params.int("ncon"),
                s.params.int("maxsize"),
                s.params.int("maxsleep")
            ),
            (3, 2, 4, 5)
        );
        assert_eq!(s.clock, ClockKind::Real);
        assert_eq!(s.speed, Speed::Factor(2.5));
        let (again, notes) = Settings::from_query(&s.to_query());
        assert!(notes.is_empty());
        assert_eq!(again, s);
    }

    #[test]
    fn bad_values_are_replaced_with_a_note() {
        let (s, notes) = Settings::from_query(
            "lesson=chained&args=1,x&seed=NaN&speed=-3&clock=sundial&autorun=maybe&bogus=1",
        );
        assert_eq!(s.params.int_list("args"), [1, 2, 3]);
        assert_eq!(s.params.get("seed"), "444");
        assert_eq!(s.speed, Speed::Factor(MIN_SPEED));
        assert_eq!(s.clock, ClockKind::Virtual);
        assert!(!s.autorun);
        let params: Vec<&str> = notes.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(
            params,
            ["seed", "args", "clock", "speed", "autorun", "bogus"]
        );
    }

    #[test]
    fn out_of_range_numbers_are_clamped() {
        let (s, notes) =
            Settings::from_query("lesson=asyncq&nprod=100000&ncon=-5&maxsize=1e300&speed=1e9");
        assert_eq!(
            (
                s.params.int("nprod"),
                s.params.int("ncon"),
                s.params.int("maxsize")
            ),
            (200, 0, 100)
        );
        assert_eq!(s.speed, Speed::Factor(MAX_SPEED));
        assert_eq!(notes.len(), 4);
    }

    #[test]
    fn embed_controls_and_panels() {
        let (s, notes) = Settings::from_query(
            "lesson=asyncq&embed=1&controls=nprod,ncon,speed,bogus&panels=console,timeline,nope",
        );
        assert!(s.embed);
        assert_eq!(
            s.controls,
            Some(vec!["nprod".to_string(), "ncon".into(), "speed".into()])
        );
        assert_eq!(
            s.panels,
            Panels {
                source: false,
                console: true,
                timeline: true,
                stats: false
            }
        );
        assert_eq!(notes.len(), 2);
        let (again, notes) = Settings::from_query(&s.to_query());
        assert!(notes.is_empty());
        assert_eq!(again, s);
        let (s, notes) = Settings::from_query("panels=");
        assert_eq!(s.panels, Panels::default());
        assert_eq!(notes.len(), 1);
    }

    #[test]
    fn any_program_may_list_argv_and_seed_controls() {
        let (s, notes) =
            Settings::from_query("embed=1&controls=argv,seed,clock&code=cHJpbnQoMSk&file=a.py");
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(
            s.controls,
            Some(vec!["argv".to_string(), "seed".into(), "clock".into()])
        );
    }

    #[test]
    fn repeated_unicode_and_broken_escapes_do_not_panic() {
        let (s, notes) =
            Settings::from_query("lesson=rand&lesson=asyncq&seed=%E2%98%83&%ZZ=1&coros=%");
        assert_eq!(s.lesson, Lesson::named("rand"));
        assert!(notes.len() >= 3);
        let (_, _) = Settings::from_query("&&&=&=%&%%%%&lesson=%F0%9F%98%80");
        let (s, _) = Settings::from_query("speed=instant&clock=real");
        assert_eq!(s.speed, Speed::Factor(1.0));
    }
}
