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
    Captions(bool),
    DismissNotes,
}

impl AppState {
    pub fn from_query(q: &str) -> AppState {
        let (mut settings, mut notes) = Settings::from_query(q);
        if settings.at.is_some() && settings.clock == ClockKind::Real {
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

    /// What a run depends on: changing it re-runs.
    pub fn run_key(&self) -> (Lesson, String, ClockKind) {
        let mut s = self.settings.clone();
        s.at = None;
        s.speed = engine::settings::Speed::Factor(1.0);
        s.autorun = false;
        (self.settings.lesson, s.to_query(), self.settings.clock)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Lesson(l) => {
                s.settings.at = None;
                s.settings = s.settings.with_lesson(l);
                s.hovered = None;
                s.notes.clear();
            }
            Action::Param(name, v) => {
                s.settings.at = None;
                let lesson = s.settings.lesson;
                s.notes.retain(|n| n.param != name);
                if let Some(n) = s.settings.params.set(lesson, name, &v) {
                    s.notes.push(n);
                }
                s.notes
                    .retain(|n| n.param != "blocking" || name == "blocking");
                if let Some(n) = s.settings.params.reconcile(lesson) {
                    s.notes.push(n);
                }
            }
            Action::Clock(c) => {
                s.settings.at = None;
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
            Action::At(m) => s.settings.at = m,
            Action::Captions(b) => s.show_captions = b,
            Action::DismissNotes => s.notes.clear(),
        }
        s.settings.autorun = false;
        Rc::new(s)
    }
}
