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
}

pub enum Action {
    Lesson(Lesson),
    Param(&'static str, String),
    Clock(ClockKind),
    Speed(String),
    ShowTimes(bool),
    Hover(Option<usize>),
    Zoom(u32),
    DismissNotes,
}

impl AppState {
    pub fn from_query(q: &str) -> AppState {
        let (settings, notes) = Settings::from_query(q);
        AppState { settings, notes, show_times: false, hovered: None, zoom: 1 }
    }

    /// What a run depends on: changing it re-runs.
    pub fn run_key(&self) -> (Lesson, String, ClockKind) {
        (self.settings.lesson, self.settings.to_query(), self.settings.clock)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Lesson(l) => {
                s.settings = s.settings.with_lesson(l);
                s.hovered = None;
                s.notes.clear();
            }
            Action::Param(name, v) => {
                let lesson = s.settings.lesson;
                s.notes.retain(|n| n.param != name);
                if let Some(n) = s.settings.params.set(lesson, name, &v) {
                    s.notes.push(n);
                }
            }
            Action::Clock(c) => {
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
            Action::DismissNotes => s.notes.clear(),
        }
        s.settings.autorun = false;
        Rc::new(s)
    }
}
