//! What the runner drives: a program run by the Python interpreter from its
//! source (every lesson but one), or the `threads` lesson's simulation (a web
//! page has neither threads nor processes, `engine::program`). Both give the
//! page the same record: printed lines, the trace, the lanes' names.

use engine::program::Tick;
use engine::trace::Trace;
use playground_python::pagetrace::LineEvent;
use std::ops::Deref;

pub enum Prog {
    Engine(engine::program::Program),
    Python(Box<playground_python::Program>),
    /// A program that does not compile: what CPython prints for its syntax
    /// error, as printed lines (stderr), and where it is.
    Failed(Failed),
}

pub struct Failed {
    pub lines: Vec<String>,
    pub trace: Trace,
    pub error: playground_python::SyntaxInfo,
}

impl Failed {
    pub fn new(error: playground_python::SyntaxInfo) -> Failed {
        let lines: Vec<String> = error.text.lines().map(String::from).collect();
        let mut trace = Trace::new(true);
        for i in 0..lines.len() {
            trace.push(0.0, 0, 0, engine::trace::EventKind::Print { line: i });
        }
        Failed {
            lines,
            trace,
            error,
        }
    }
}

/// A borrowed part of a program's record.
pub type View<'a, T> = Box<dyn Deref<Target = T> + 'a>;

impl Prog {
    pub fn tick(&mut self) -> Tick {
        match self {
            Prog::Engine(p) => p.tick(),
            Prog::Python(p) => p.tick(),
            Prog::Failed(f) => Tick::Error(f.error.message.clone()),
        }
    }

    pub fn now(&self) -> f64 {
        match self {
            Prog::Engine(p) => p.now(),
            Prog::Python(p) => p.now(),
            Prog::Failed(_) => 0.0,
        }
    }

    pub fn iteration(&self) -> u64 {
        match self {
            Prog::Engine(p) => p.iteration(),
            Prog::Python(p) => p.page().map(|r| r.iteration).unwrap_or(0),
            Prog::Failed(_) => 0,
        }
    }

    pub fn mid_iteration(&self) -> bool {
        match self {
            Prog::Engine(p) => p.mid_iteration(),
            Prog::Python(p) => p.page().is_some_and(|r| r.remaining > 0),
            Prog::Failed(_) => false,
        }
    }

    /// Every printed line (the interpreter's: stdout and stderr, in order).
    pub fn output(&self) -> View<'_, Vec<String>> {
        match self {
            Prog::Engine(p) => Box::new(p.output()),
            Prog::Python(p) => Box::new(&p.page().expect("a traced run").lines),
            Prog::Failed(f) => Box::new(&f.lines),
        }
    }

    /// Whether printed line `i` went to stderr.
    pub fn is_stderr(&self, i: usize) -> bool {
        match self {
            Prog::Engine(_) => false,
            Prog::Failed(_) => true,
            Prog::Python(p) => p.page().is_some_and(|r| {
                r.streams.get(i) == Some(&playground_python::pagetrace::LineStream::Stderr)
            }),
        }
    }

    pub fn trace(&self) -> View<'_, Trace> {
        match self {
            Prog::Engine(p) => Box::new(p.trace()),
            Prog::Python(p) => Box::new(&p.page().expect("a traced run").trace),
            Prog::Failed(f) => Box::new(&f.trace),
        }
    }

    /// The source line (1-based) each event of the trace happened at, when
    /// the interpreter ran the program (the engine's runs have none).
    pub fn event_lines(&self) -> Option<&[u32]> {
        match self {
            Prog::Engine(_) | Prog::Failed(_) => None,
            Prog::Python(p) => p.page().map(|r| &r.event_lines[..]),
        }
    }

    pub fn task_names(&self) -> Vec<String> {
        match self {
            Prog::Engine(p) => p.task_names(),
            Prog::Python(p) => p.page().map(|r| r.names.clone()).unwrap_or_default(),
            Prog::Failed(_) => vec![String::new()],
        }
    }

    /// The line events kept (issue 14), and how many came before them.
    pub fn line_events(&self) -> (&[LineEvent], u64) {
        match self {
            Prog::Python(p) => p.page().map_or((&[][..], 0), |r| {
                (&r.line_events[..], r.line_events_dropped)
            }),
            _ => (&[], 0),
        }
    }

    /// Line events so far.
    pub fn line_count(&self) -> u64 {
        match self {
            Prog::Python(p) => p.line_count(),
            _ => 0,
        }
    }

    /// Returns to the runner after the next line event; false: no line events here.
    pub fn pause_after_next_line(&mut self) -> bool {
        match self {
            Prog::Python(p) => {
                p.pause_after_next_line();
                true
            }
            _ => false,
        }
    }

    /// The syntax error that kept the program from running.
    pub fn syntax_error(&self) -> Option<&playground_python::SyntaxInfo> {
        match self {
            Prog::Failed(f) => Some(&f.error),
            _ => None,
        }
    }
}
