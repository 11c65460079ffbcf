//! The frames panel's content (issue 14): every task's frames and variables at
//! the line event shown. The record keeps lines, not values: the program is run
//! again on the virtual clock to that line event (`capture_frames`), which is
//! deterministic, and the result kept until the moment or the run changes.

use crate::runner::RunState;
use crate::snapshot::Snap;
use playground_python::lines::Capture;
use std::rc::Rc;
use yew::prelude::*;

/// Re-running to a moment is skipped beyond this many line events (a re-run
/// per step of the slider would then take too long); the panel says so.
pub const MAX_RERUN_LINES: u64 = 20_000;

/// What the frames panel shows.
#[derive(Clone, PartialEq)]
pub enum Frames {
    /// Every task's frames at line event `n`.
    At(Rc<Capture>),
    /// Why there is nothing to show.
    Note(AttrValue),
}

/// What a capture needs: the program as run, its file name and arguments.
pub struct Program<'a> {
    pub source: &'a str,
    pub file: &'a str,
    pub argv: Vec<String>,
}

#[hook]
pub fn use_frames(
    snap: &Snap,
    run_state: &RunState,
    real_clock: bool,
    program: Program<'_>,
) -> Option<Frames> {
    let cache = use_mut_ref(|| None::<((u64, u64, String), Frames)>);
    let s = &snap.0;
    if matches!(run_state, RunState::Idle) || s.run_id == 0 {
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
    let n = s.line_now?;
    if s.lines_total > MAX_RERUN_LINES {
        return Some(Frames::Note(
            format!(
                "This run has {} line events: too many to run again at each moment, so frames \
                 are shown for runs of at most {MAX_RERUN_LINES}.",
                s.lines_total
            )
            .into(),
        ));
    }
    let key = (s.run_id, n, program.source.to_string());
    if let Some((k, f)) = &*cache.borrow() {
        if *k == key {
            return Some(f.clone());
        }
    }
    let opts = playground_python::Options {
        args: program.argv,
        ..Default::default()
    };
    let f = match playground_python::capture_frames(program.source, program.file, opts, n) {
        Ok((Some(c), _)) => Frames::At(Rc::new(c)),
        Ok((None, _)) => Frames::Note("The program has changed since this run.".into()),
        Err(_) => Frames::Note("The program does not compile.".into()),
    };
    *cache.borrow_mut() = Some((key, f.clone()));
    Some(f)
}
