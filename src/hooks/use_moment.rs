//! The moment in the record the page shows, as a hook: a snapshot of the run
//! (memoized by the run's progress and the moment looked at) and the run's
//! figures read with it.

use super::use_runner::RunnerHandle;
use crate::runner::RunState;
use crate::snapshot::{Snap, Snapshot};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A snapshot and what it was taken of: (the run's version, the moment).
type Cached = ((u64, Option<u64>, Option<u64>), Snap);

/// What the page shows of the run.
pub struct Moment {
    pub snap: Snap,
    pub run_state: RunState,
    /// A moment of the record (`at=`), not the run as it goes.
    pub looking_back: bool,
    /// The time shown (the run's clock, or the moment's).
    pub now: f64,
    /// Where the timeline's scale ends.
    pub end: f64,
    pub measured_ms: Option<f64>,
    pub real_clock: bool,
    pub pending_timers: usize,
    /// A task is blocked in `time.sleep`.
    pub blocking: bool,
    /// The program's syntax error: line, column, message.
    pub syntax: Option<(usize, usize, AttrValue)>,
}

impl Moment {
    /// The line executing at this moment (while running, paused or looking back).
    pub fn current_line(&self) -> Option<usize> {
        let live = matches!(self.run_state, RunState::Running | RunState::Paused);
        (self.looking_back || live)
            .then_some(self.snap.0.pos.current_line)
            .flatten()
    }

    /// A run exists to look at.
    pub fn has_run(&self) -> bool {
        self.snap.0.pos.run_id > 0 && !matches!(self.run_state, RunState::Idle)
    }

    /// The status line (`simulated`: a simulation never shows the loop blocked).
    pub fn status(&self, simulated: bool) -> String {
        let s = &self.snap.0.pos;
        match &self.run_state {
            RunState::Idle => "Ready.".to_string(),
            RunState::Loading(m) => format!("Loading {m} for the program's imports…"),
            RunState::Running if self.blocking && !simulated => format!(
                "Blocked in time.sleep — nothing else can run. t = {:.2} s",
                self.now
            ),
            RunState::Running => format!(
                "Running… t = {:.2} s, loop iteration {}",
                self.now, s.iteration
            ),
            RunState::Paused => format!(
                "Paused at t = {:.3} s, loop iteration {}",
                s.now, s.iteration
            ),
            _ if self.looking_back && s.line_at.is_some() => format!(
                "Looking back at line event {} of {}: line {} (t = {:.3} s, loop iteration {}); read from the record.",
                s.line_at.unwrap_or(0),
                s.lines_total,
                s.current_line.map_or(0, |l| l + 1),
                s.now,
                s.iteration
            ),
            _ if self.looking_back => format!(
                "Looking back at loop iteration {} of {} (t = {:.3} s): read from the record, nothing re-runs.",
                s.iteration, s.last_iteration, s.now
            ),
            RunState::Finished => format!(
                "Finished in {:.2} s of {} time.",
                s.now,
                if self.real_clock { "real" } else { "virtual" }
            ),
            RunState::Error(e) => format!("Stopped: {e}"),
        }
    }
}

#[hook]
pub fn use_moment(
    handle: &RunnerHandle,
    source: &str,
    at: Option<u64>,
    line: Option<u64>,
) -> Moment {
    let cache: Rc<RefCell<Option<Cached>>> = use_mut_ref(|| None);
    let r = handle.runner.borrow();
    let snap = {
        let mut c = cache.borrow_mut();
        match &*c {
            Some((k, s)) if *k == (r.version, at, line) => s.clone(),
            prev => {
                let prev = prev.as_ref().map(|(_, s)| &*s.0);
                let s = Snap(Rc::new(Snapshot::of(&r, source, at, line, prev)));
                *c = Some(((r.version, at, line), s.clone()));
                s
            }
        }
    };
    let looking_back = snap.0.pos.at.is_some();
    let now = if looking_back {
        snap.0.pos.now
    } else {
        r.display_now()
    };
    // The time axis: a simulation's known length; a run going on grows in nice
    // steps; an ended run (or a moment of it) ends where it is.
    let live = matches!(r.state, RunState::Running | RunState::Paused) && !looking_back;
    let reached = now.max(snap.0.pos.now);
    let end = match (r.program().is_some(), r.predicted_end > 0.0, live) {
        (false, _, _) => 0.0,
        (true, true, _) => r.predicted_end.max(reached),
        (true, false, true) => crate::runner::nice_end(reached),
        (true, false, false) => reached,
    };
    let syntax = r.program().and_then(|p| {
        p.syntax_error().map(|e| {
            (
                e.line as usize,
                e.col as usize,
                AttrValue::from(e.message.clone()),
            )
        })
    });
    Moment {
        run_state: r.state.clone(),
        looking_back,
        now,
        end,
        measured_ms: r.measured_ms,
        real_clock: r.is_real(),
        pending_timers: r.pending_timers(),
        blocking: r.is_blocking(),
        syntax,
        snap,
    }
}
