//! The page's one state reducer: settings (what the URL holds), the notes
//! about replaced values, and view toggles. The run itself lives in the runner.

use engine::lessons::{Lesson, Note};
use engine::settings::{parse_speed, ClockKind, Settings, Speed};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub settings: Settings,
    pub notes: Vec<Note>,
    pub show_times: bool,
    /// The timeline segment under the pointer or focus.
    pub hovered: Option<usize>,
    pub zoom: u32,
    pub show_captions: bool,
}

pub enum Action {
    Lesson(Lesson),
    Param(&'static str, String),
    Clock(ClockKind),
    Speed(String),
    ShowTimes(bool),
    Hover(Option<usize>),
    Zoom(u32),
    /// Show a moment of the record (None: follow the run).
    At(Option<u64>),
    /// The moment shown: a line event of the record (None: the run).
    AtLine(Option<u64>),
    Captions(bool),
    DismissNotes,
    /// The user changed the program's text.
    Edit(String),
    /// Back to the lesson's own program.
    Reset,
    /// A `.py` file opened in the editor: (name, text).
    Open(String, String),
    /// The program's `sys.argv[1:]`, as a shell line.
    Argv(String),
    /// A program of one's own: the seed its `random.seed(N)` calls write.
    ProgramSeed(String),
}

impl AppState {
    pub fn from_query(q: &str) -> AppState {
        let (mut settings, mut notes) = Settings::from_query(q);
        if (settings.at.is_some() || settings.line.is_some()) && settings.clock == ClockKind::Real {
            settings.clock = ClockKind::Virtual;
            notes.push(Note {
                param: "at".into(),
                message: "at= shows a moment of a virtual-clock run; using the virtual clock"
                    .into(),
            });
        }
        AppState {
            settings,
            notes,
            show_times: false,
            hovered: None,
            zoom: 1,
            show_captions: true,
        }
    }

    /// The program on screen: the edited text, or the lesson's own.
    pub fn source(&self) -> String {
        let s = &self.settings;
        s.code.clone().unwrap_or_else(|| s.lesson.python(&s.params))
    }

    /// The program as a run runs it (`source`: the text on screen), for the frames panel.
    pub fn program_text(&self, source: &str) -> crate::hooks::use_frames::ProgramText {
        crate::hooks::use_frames::ProgramText {
            source: source.to_string().into(),
            file: self.settings.file_name().into(),
            argv: std::rc::Rc::new(self.settings.argv_list()),
        }
    }

    /// The notes' messages (bad URL values and the like).
    pub fn note_texts(&self) -> Vec<yew::AttrValue> {
        self.notes
            .iter()
            .map(|n| n.message.clone().into())
            .collect()
    }

    /// A program of one's own (a link's `code=` under another file name, an
    /// opened file), not an edited lesson: the lesson's text and parameters do
    /// not apply to it.
    pub fn own_program(&self) -> bool {
        let s = &self.settings;
        s.code.is_some() && s.file_name() != s.lesson.file()
    }

    /// The inputs shown: `controls=`, and for a program of one's own its
    /// argv, its seed (when it calls `random.seed(N)`), the clock and speed.
    pub fn shown_controls(&self) -> Option<Vec<String>> {
        if !self.own_program() {
            return self.settings.controls.clone();
        }
        let own = |n: &str| {
            engine::settings::CONTROL_NAMES.contains(&n)
                || n == "argv"
                || (n == "seed" && self.program_seed().is_some())
        };
        let all = ["argv", "seed", "speed", "clock"];
        Some(match &self.settings.controls {
            Some(c) => c.iter().filter(|n| own(n)).cloned().collect(),
            None => all
                .iter()
                .filter(|n| own(n))
                .map(|n| n.to_string())
                .collect(),
        })
    }

    /// The program's own inputs: argv (a program of one's own shows it unless
    /// `controls=` leaves it out; a lesson only when `controls=` lists it), the
    /// seed of a program of one's own, and whether the lesson's parameters show.
    pub fn program_inputs(&self) -> crate::ui::controls::ProgramInputs {
        let own = self.own_program();
        let shown = self.shown_controls();
        let listed = |n: &str| shown.as_ref().is_some_and(|c| c.iter().any(|x| x == n));
        crate::ui::controls::ProgramInputs {
            argv: listed("argv").then(|| self.settings.argv.clone().unwrap_or_default()),
            seed: if own && listed("seed") {
                self.program_seed()
            } else {
                None
            },
            lesson_params: !own,
        }
    }

    /// The seed of a program of one's own (its first `random.seed(N)`).
    pub fn program_seed(&self) -> Option<String> {
        let code = self.settings.code.as_deref()?;
        engine::lessons::place::program_seed(code)
    }

    /// For each parameter the user's edits removed the place of: why its
    /// input is disabled.
    pub fn disabled_params(&self) -> Vec<(&'static str, String)> {
        let s = &self.settings;
        let Some(code) = &s.code else {
            return Vec::new();
        };
        s.lesson
            .specs()
            .iter()
            .filter(|spec| !engine::lessons::place::has_place(s.lesson, &s.params, spec.name, code))
            .map(|spec| {
                (
                    spec.name,
                    format!(
                        "this program no longer has the line {} writes (Reset restores the lesson's program)",
                        spec.name
                    ),
                )
            })
            .collect()
    }

    /// What a run depends on: changing it re-runs.
    pub fn run_key(&self) -> (Lesson, String, ClockKind) {
        (
            self.settings.lesson,
            run_query(&self.settings),
            self.settings.clock,
        )
    }
}

/// The settings a run depends on, as a query (not the moment shown, the speed
/// or autorun): two runs of the same query print the same.
pub fn run_query(settings: &Settings) -> String {
    let mut s = settings.clone();
    s.at = None;
    s.line = None;
    s.speed = engine::settings::Speed::Factor(1.0);
    s.autorun = false;
    s.to_query()
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Lesson(l) => {
                s.settings.at = None;
                s.settings.line = None;
                s.settings = s.settings.with_lesson(l);
                s.hovered = None;
                s.notes.clear();
            }
            Action::Param(name, v) => {
                s.settings.at = None;
                s.settings.line = None;
                let lesson = s.settings.lesson;
                s.notes.retain(|n| n.param != name);
                let before = s.settings.params.clone();
                if let Some(n) = s.settings.params.set(lesson, name, &v) {
                    s.notes.push(n);
                }
                s.notes
                    .retain(|n| n.param != "blocking" || name == "blocking");
                if let Some(n) = s.settings.params.reconcile(lesson) {
                    s.notes.push(n);
                }
                // An edited program: the parameter rewrites its own lines.
                if let Some(code) = &s.settings.code {
                    let after = &s.settings.params;
                    match engine::lessons::place::apply(lesson, &before, after, code) {
                        Some(new) if new == lesson.python(after) => s.settings.code = None,
                        Some(new) => s.settings.code = Some(new),
                        None => s.settings.params = before,
                    }
                }
            }
            Action::Clock(c) => {
                s.settings.at = None;
                s.settings.line = None;
                s.settings.clock = c;
                if c == ClockKind::Real && s.settings.speed == Speed::Instant {
                    s.settings.speed = Speed::Factor(1.0);
                }
            }
            Action::Speed(v) => {
                let (sp, note) = parse_speed(&v, s.settings.clock);
                s.settings.speed = sp;
                s.notes.retain(|n| n.param != "speed");
                s.notes.extend(note);
            }
            Action::ShowTimes(b) => s.show_times = b,
            Action::Hover(h) => s.hovered = h,
            Action::Zoom(z) => s.zoom = z.clamp(1, 16),
            Action::At(m) => {
                s.settings.at = m;
                s.settings.line = None;
            }
            Action::AtLine(n) => {
                s.settings.line = n;
                s.settings.at = None;
            }
            Action::Captions(b) => s.show_captions = b,
            Action::DismissNotes => s.notes.clear(),
            Action::Edit(text) => {
                s.settings.at = None;
                s.settings.line = None;
                // An edited lesson keeps its file name; its own text is the lesson again.
                let lesson = s.settings.lesson;
                let own_file = s
                    .settings
                    .file
                    .as_deref()
                    .is_none_or(|f| f == lesson.file());
                if own_file && text == lesson.python(&s.settings.params) {
                    s.settings.code = None;
                    s.settings.file = None;
                } else {
                    s.settings
                        .file
                        .get_or_insert_with(|| lesson.file().to_string());
                    s.settings.code = Some(text);
                }
            }
            Action::Open(name, text) => {
                s.settings.at = None;
                s.settings.line = None;
                s.settings.file = Some(name).filter(|n| !n.is_empty() && n.chars().count() <= 64);
                s.settings.code = Some(text);
            }
            Action::Reset => {
                s.settings.at = None;
                s.settings.line = None;
                s.settings.code = None;
                s.settings.file = None;
            }
            Action::Argv(v) => {
                s.settings.at = None;
                s.settings.line = None;
                s.notes.retain(|n| n.param != "argv");
                if v.len() > 4096 {
                    s.notes.push(Note {
                        param: "argv".into(),
                        message: "argv is over 4096 characters; ignored".into(),
                    });
                } else {
                    s.settings.argv = Some(v).filter(|v| !v.trim().is_empty());
                }
            }
            Action::ProgramSeed(v) => {
                s.settings.at = None;
                s.settings.line = None;
                s.notes.retain(|n| n.param != "seed");
                match engine::random::Seed::parse(&v) {
                    Ok(seed) => {
                        if let Some(code) = &s.settings.code {
                            let new =
                                engine::lessons::place::with_program_seed(code, &seed.to_string());
                            s.settings.code = Some(new);
                        }
                    }
                    Err(e) => s.notes.push(Note {
                        param: "seed".into(),
                        message: format!("{e}; the seed is unchanged"),
                    }),
                }
            }
        }
        s.settings.autorun = false;
        Rc::new(s)
    }
}
