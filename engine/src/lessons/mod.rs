//! The lessons: the lecture's five programs and three concept lessons. Each is
//! one definition in its own file (`LessonDef`: name, file, title, what to
//! notice, group, its Python program, its parameters with their ranges and
//! defaults, where each writes in the program, which view it shows), collected
//! in the list below: adding a lesson is adding its file and one line there.
//! The page and the CLI run a lesson's program through the interpreter; only
//! `threads` is a simulation (a page has neither threads nor processes).

mod params;
pub mod place;

pub use params::{Kind, Note, ParamSpec, Params, Value, SEED};

/// Every lesson, in the lecture's order: its file and its line in the list.
macro_rules! lessons {
    ($($m:ident),* $(,)?) => {
        $(pub mod $m;)*
        impl Lesson {
            /// In the lecture's order.
            pub const ALL: &'static [Lesson] = &[$(Lesson(&$m::LESSON)),*];
        }
    };
}

lessons![threads, generator, countasync, countsync, blocking, rand, chained, asyncq,];

/// Where a lesson sits in the picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// The lecture's sections on processes, threads and coroutines.
    Concepts,
    /// Its asyncio programs.
    Asyncio,
}

impl Group {
    pub const ALL: [Group; 2] = [Group::Concepts, Group::Asyncio];
    pub fn label(self) -> &'static str {
        match self {
            Group::Concepts => "Concepts",
            Group::Asyncio => "asyncio",
        }
    }
}

/// What a lesson shows beside its program and console.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// A run of the program: the timeline, the task figures, the event loop.
    Run,
    /// The generator stepper: each hand-off of control, with the saved locals.
    Generator,
    /// A simulation (threads and processes): its timeline and a table of costs.
    Simulation,
}

/// One lesson, whole.
pub struct LessonDef {
    /// The name in URLs and on the CLI.
    pub name: &'static str,
    pub file: &'static str,
    pub title: &'static str,
    /// What to notice, drawn from the lecture.
    pub about: &'static str,
    pub group: Group,
    /// The lecture's program, verbatim (`py/`).
    pub source: &'static str,
    pub params: &'static [ParamSpec],
    /// The program for these parameters: `source` with each parameter
    /// written in its place (and `asyncq`'s `os.urandom` replaced by
    /// `random.randbytes`, so that the seed fixes every value).
    pub write: fn(&Params) -> String,
    /// Makes parameters that depend on each other agree.
    pub reconcile: fn(&mut Params) -> Option<Note>,
    pub view: View,
    /// The program's own short options, which the CLI takes as parameters
    /// (`asyncq -p 2` is `--nprod 2`).
    pub flags: &'static [(&'static str, &'static str)],
    /// The parameter the CLI's positional arguments fill (`chained 9 6 3`).
    pub positional: Option<&'static str>,
    /// A lesson whose own program is simulated, not run (`threads`).
    pub simulation: Option<Simulator>,
}

/// A simulated run: what a program would print and when, and its timeline
/// (for what a web page cannot do: threads and processes).
pub struct Simulator {
    /// The simulated output at its times (`program::Program` plays them).
    pub lines: fn(&Params) -> Vec<(f64, String)>,
    /// The simulated timeline, and its lanes' names.
    pub timeline: fn(&Params) -> (crate::stats::Timeline, Vec<String>),
    /// What its table of costs compares: workers, seconds each, computing or not.
    pub inputs: fn(&Params) -> (usize, f64, bool),
}

impl LessonDef {
    /// What most lessons share (a run of the program, in the asyncio group, with
    /// independent parameters, no CLI flags, not simulated); a lesson's file sets
    /// the rest and takes these with `..LessonDef::BASE`.
    pub const BASE: LessonDef = LessonDef {
        name: "",
        file: "",
        title: "",
        about: "",
        group: Group::Asyncio,
        source: "",
        params: &[],
        write: no_program,
        reconcile: params::independent,
        view: View::Run,
        flags: &[],
        positional: None,
        simulation: None,
    };
}

fn no_program(_: &Params) -> String {
    String::new()
}

/// A lesson: its definition, compared by name.
#[derive(Clone, Copy)]
pub struct Lesson(&'static LessonDef);

impl PartialEq for Lesson {
    fn eq(&self, other: &Lesson) -> bool {
        self.0.name == other.0.name
    }
}
impl Eq for Lesson {}
impl std::hash::Hash for Lesson {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.0.name.hash(h)
    }
}
impl std::fmt::Debug for Lesson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lesson({})", self.0.name)
    }
}
impl Default for Lesson {
    /// The lecture's Hello World, `countasync`.
    fn default() -> Lesson {
        Lesson(&countasync::LESSON)
    }
}

impl Lesson {
    pub fn def(self) -> &'static LessonDef {
        self.0
    }
    pub fn name(self) -> &'static str {
        self.0.name
    }
    pub fn from_name(s: &str) -> Option<Lesson> {
        Lesson::ALL.iter().copied().find(|l| l.name() == s)
    }
    /// A lesson by name, for tests and examples (panics on an unknown name).
    pub fn named(s: &str) -> Lesson {
        Lesson::from_name(s).unwrap_or_else(|| panic!("no lesson {s:?}"))
    }
    pub fn file(self) -> &'static str {
        self.0.file
    }
    pub fn title(self) -> &'static str {
        self.0.title
    }
    pub fn about(self) -> &'static str {
        self.0.about
    }
    pub fn group(self) -> Group {
        self.0.group
    }
    pub fn view(self) -> View {
        self.0.view
    }
    /// The simulation of the lesson's own program, if it is simulated.
    pub fn simulation(self) -> Option<&'static Simulator> {
        self.0.simulation.as_ref()
    }
    pub fn specs(self) -> &'static [ParamSpec] {
        self.0.params
    }
    pub fn spec(self, name: &str) -> Option<&'static ParamSpec> {
        self.specs().iter().find(|s| s.name == name)
    }
    /// The lecture's own values.
    pub fn defaults(self) -> Params {
        Params::defaults(self.0.params)
    }
    /// The Python program for these parameters: the lecture's program with the
    /// values in place (and `os.urandom` replaced by `random.randbytes`).
    pub fn python(self, p: &Params) -> String {
        (self.0.write)(p)
    }
    /// The lecture's program, verbatim (for `blocking`, which the lecture
    /// only describes, the lecture's `countasync.py` with one blocking call).
    pub fn lecture_source(self) -> &'static str {
        self.0.source
    }
}

/// Replaces the one occurrence of `from` in a lecture program (a missing
/// line is a bug in the lesson, caught by its tests).
pub(crate) fn replace_once(src: &str, from: &str, to: &str) -> String {
    debug_assert_eq!(src.matches(from).count(), 1, "{from:?} must occur once");
    src.replacen(from, to, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lesson_is_fully_defined_and_named_once() {
        let mut names = std::collections::HashSet::new();
        for &l in Lesson::ALL {
            let d = l.def();
            assert!(names.insert(d.name), "{} twice", d.name);
            for (what, v) in [("file", d.file), ("title", d.title), ("about", d.about)] {
                assert!(!v.is_empty(), "{}: no {what}", d.name);
            }
            assert!(
                d.file.ends_with(".py") && !d.source.is_empty(),
                "{}",
                d.name
            );
            assert!(!l.python(&l.defaults()).is_empty(), "{}", d.name);
            assert_eq!(Lesson::from_name(d.name), Some(l));
        }
    }
}
