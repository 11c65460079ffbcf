//! The frames panel's content (issue 14): every task's frames and variables at
//! the line event shown. The record keeps lines, not values: the program is run
//! again on the virtual clock to that line event (deterministic), by a
//! `LineCursor` driven in slices of at most `SLICE_MS` from timers, so that the
//! page never waits on it; a later moment continues the same run, an earlier
//! one starts a new one. The last answer is kept until the moment changes.

use crate::runner::{perf_now, RunState};
use crate::snapshot::Position;
use gloo_timers::callback::Timeout;
use playground_python::lines::Capture;
use playground_python::LineCursor;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A finished run's last moment is looked for by itself up to this many line
/// events (beyond, it would run the whole program again after every run).
const AUTO_LINES: u64 = 20_000;

/// Work done per timer callback while finding a moment's frames.
const SLICE_MS: f64 = 8.0;

/// A page shows at most this many tasks' frames (the running task's always):
/// more is not readable, and drawing thousands would hold the page.
pub const MAX_TASKS: usize = 100;

/// After the moment changes, the search starts once it has stayed this long
/// (scrubbing does no work until it rests).
const SETTLE_MS: u32 = 120;

/// What the frames panel shows (captures compare by identity).
#[derive(Clone)]
pub enum Frames {
    /// Every task's frames at a line event.
    At(Rc<Capture>),
    /// On the way to line event `n`; what was shown before, meanwhile.
    Finding(u64, Option<Rc<Capture>>),
    /// Why there is nothing to show.
    Note(AttrValue),
}

impl PartialEq for Frames {
    fn eq(&self, o: &Self) -> bool {
        let same = |a: &Option<Rc<Capture>>, b: &Option<Rc<Capture>>| match (a, b) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        match (self, o) {
            (Frames::At(a), Frames::At(b)) => Rc::ptr_eq(a, b),
            (Frames::Finding(n, a), Frames::Finding(m, b)) => n == m && same(a, b),
            (Frames::Note(a), Frames::Note(b)) => a == b,
            _ => false,
        }
    }
}

/// The run being searched, and what it found.
#[derive(Default)]
struct Job {
    /// The run and program searched: (run id, source, file, argv).
    key: (u64, String, String, Vec<String>),
    cursor: Option<LineCursor>,
    target: u64,
    found: Option<(u64, Frames)>,
    /// The last capture, shown while the next is found.
    last: Option<Rc<Capture>>,
    timer: Option<Timeout>,
}

/// Runs the cursor for a slice; re-arms itself until the moment is found.
fn pump(job: Rc<RefCell<Job>>, redraw: UseForceUpdateHandle) {
    let t0 = perf_now();
    let mut j = job.borrow_mut();
    let target = j.target;
    // A moment behind the cursor (or the first) needs a new run from the start.
    if !j.cursor.as_ref().is_some_and(|c| c.can_reach(target)) {
        let (_, source, file, argv) = &j.key;
        let opts = playground_python::Options {
            args: argv.clone(),
            ..Default::default()
        };
        match LineCursor::new(source, file, opts) {
            Ok(mut c) => {
                c.max_tasks(MAX_TASKS);
                c.seek(target);
                j.cursor = Some(c);
            }
            Err(_) => {
                j.found = Some((target, Frames::Note("The program does not compile.".into())));
                j.timer = None;
                drop(j);
                redraw.force_update();
                return;
            }
        }
    }
    let Some(cursor) = j.cursor.as_mut() else {
        return;
    };
    loop {
        if let Some(r) = cursor.step() {
            let f = match r {
                Some(c) => {
                    let c = Rc::new(c);
                    j.last = Some(c.clone());
                    Frames::At(c)
                }
                None => Frames::Note("The program has changed since this run.".into()),
            };
            j.found = Some((target, f));
            j.timer = None;
            drop(j);
            crate::bench::FRAMES_FOUND_AT.with(|c| c.set(perf_now()));
            redraw.force_update();
            return;
        }
        if perf_now() - t0 > SLICE_MS {
            break;
        }
    }
    let (job2, redraw2) = (job.clone(), redraw.clone());
    j.timer = Some(Timeout::new(0, move || pump(job2, redraw2)));
}

/// The program a run ran, as the frames panel runs it again.
#[derive(Clone, PartialEq)]
pub struct ProgramText {
    pub source: AttrValue,
    pub file: AttrValue,
    pub argv: Rc<Vec<String>>,
}

/// The frames at the moment `pos` shows, of `program` (None: no panel). Call it
/// in the panel's own component: finding frames redraws that component alone
/// (a redraw of the page while one types in an input would race with it).
#[hook]
pub fn use_frames(
    pos: &Position,
    run_state: &RunState,
    real_clock: bool,
    program: &ProgramText,
) -> Option<Frames> {
    let job = use_mut_ref(Job::default);
    let redraw = use_force_update();
    let s = pos;
    if matches!(run_state, RunState::Idle | RunState::Loading(_)) || s.run_id == 0 {
        return None;
    }
    if real_clock {
        return Some(Frames::Note(
            "Frames are shown for runs on the virtual clock (they are found by running the program \
             again to the moment shown, which only the virtual clock repeats exactly)."
                .into(),
        ));
    }
    // A run going on changes at every redraw: frames are for a moment that stays.
    if matches!(run_state, RunState::Running) && s.at.is_none() {
        return Some(Frames::Note(
            "Pause the run, step it by line, or look back at a moment: the panel then shows every \
             task's frames and variables there."
                .into(),
        ));
    }
    // The end of a long run is found again only when asked for.
    let latest = s.at.is_none() && s.line_at.is_none();
    if latest && matches!(run_state, RunState::Finished) && s.lines_total > AUTO_LINES {
        return Some(Frames::Note(
            format!(
                "This run has {} line events: pick a moment (the line slider, Shift+←) to see \
                 every task's frames there.",
                s.lines_total
            )
            .into(),
        ));
    }
    let n = s.line_now?;
    let key = (
        s.run_id,
        program.source.to_string(),
        program.file.to_string(),
        program.argv.to_vec(),
    );
    let mut j = job.borrow_mut();
    if j.key != key {
        *j = Job {
            key,
            ..Job::default()
        };
    }
    if let Some((m, f)) = &j.found {
        if *m == n {
            return Some(f.clone());
        }
    }
    if j.target != n || j.timer.is_none() {
        j.target = n;
        j.found = None;
        // Only aim here: the work (and a new run, if the moment is behind) is
        // done by the timer, once the moment has stayed SETTLE_MS.
        if let Some(c) = j.cursor.as_mut().filter(|c| c.can_reach(n)) {
            c.seek(n);
        } else {
            j.cursor = None;
        }
        let (job2, redraw2) = (job.clone(), redraw.clone());
        j.timer = Some(Timeout::new(SETTLE_MS, move || pump(job2, redraw2)));
    }
    Some(Frames::Finding(n, j.last.clone()))
}
