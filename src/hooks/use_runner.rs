//! The run, as a hook: the runner (start, pause, step, stop), autorun, the
//! debounced re-run when the settings change, and the redraw cadence (the page
//! redraws when the run changes, a few times a second while a wait is animated,
//! and measures what a redraw costs).

use crate::runner::{self, RunState, Runner, Shared};
use crate::state::{Action, AppState};
use crate::ui::controls::Command;
use gloo_timers::callback::{Interval, Timeout};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long parameter changes settle before the program re-runs.
const RERUN_DEBOUNCE_MS: u32 = 300;

/// The run and what can be done to it.
#[derive(Clone)]
pub struct RunnerHandle {
    pub runner: Shared,
    /// The state as of the last dispatch (callbacks run between renders).
    pub latest: Rc<RefCell<AppState>>,
    command: Rc<dyn Fn(Command)>,
    go_at: Rc<dyn Fn(Option<u64>)>,
    dispatch_line: Rc<dyn Fn(Option<u64>)>,
}

impl RunnerHandle {
    /// Run, Pause, Resume, Step, Stop (Step first moves forward through a record looked back at).
    pub fn command(&self, c: Command) {
        (self.command)(c)
    }
    /// Shows a moment of the record (None: follow the run); pauses a run going on.
    pub fn go_at(&self, m: Option<u64>) {
        (self.go_at)(m)
    }
    /// The line event (1-based) of the moment shown: the moment's own, the
    /// last one of an iteration looked back at, or the run's latest.
    pub fn line_now(&self) -> Option<u64> {
        let s = self.latest.borrow().settings.clone();
        if s.line.is_some() {
            return s.line;
        }
        let r = self.runner.borrow();
        let p = r.program()?;
        let (events, _) = p.line_events();
        match s.at {
            Some(k) => {
                let i = events.partition_point(|e| e.iteration <= k);
                i.checked_sub(1).map(|i| events[i].n)
            }
            None => events.last().map(|e| e.n),
        }
    }
    /// Shows the record's line event `n` (None: follow the run); pauses a run going on.
    pub fn go_line(&self, n: Option<u64>) {
        if n.is_some() && self.runner.borrow().state == RunState::Running {
            runner::pause(&self.runner);
        }
        (self.dispatch_line)(n)
    }
    /// Runs the editor's text as it is now (Ctrl/Cmd+Enter): the page may not
    /// have drawn the last edit yet, so the edit is applied here first.
    pub fn run_text(&self, text: String, dispatcher: &UseReducerDispatcher<AppState>) {
        let next = Rc::new(self.latest.borrow().clone()).reduce(Action::Edit(text.clone()));
        *self.latest.borrow_mut() = (*next).clone();
        dispatcher.dispatch(Action::Edit(text));
        self.command(Command::Run)
    }
}

#[hook]
pub fn use_runner(state: &UseReducerHandle<AppState>) -> RunnerHandle {
    let runner = use_mut_ref(Runner::default);
    // The cost of this redraw (read after the page is drawn; see Runner::redraw_cost_ms).
    let drawn_from = runner::perf_now();
    {
        let runner = runner.clone();
        use_effect(move || {
            if let Ok(r) = runner.try_borrow() {
                r.redraw_cost_ms.set(runner::perf_now() - drawn_from);
            }
        });
    }
    let redraw = use_force_update();
    let rerun: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let latest = use_mut_ref(|| (**state).clone());
    *latest.borrow_mut() = (**state).clone();

    // The runner redraws the page whenever the run changes. (Set as the hook is
    // first made, not in an effect: a click may start, and end, a run before
    // the page's effects have run; its first slice runs in the click's task.)
    if !runner.borrow().has_on_change() {
        let redraw = redraw.clone();
        runner
            .borrow_mut()
            .set_on_change(Rc::new(move || redraw.force_update()));
    }

    let command: Rc<dyn Fn(Command)> = {
        let runner = runner.clone();
        let latest = latest.clone();
        let dispatch = state.dispatcher();
        Rc::new(move |c: Command| {
            let st = runner.borrow().state.clone();
            let settings = latest.borrow().settings.clone();
            let recorded = runner
                .borrow()
                .program()
                .map(|p| p.trace().last_iteration());
            // Looking back: Step line moves to the record's next line event first.
            let lines = runner
                .borrow()
                .program()
                .map(|p| p.line_count())
                .unwrap_or(0);
            if c == Command::StepLine && (settings.at.is_some() || settings.line.is_some()) {
                let next = match (settings.line, settings.at) {
                    (Some(n), _) => Some(n + 1),
                    (None, Some(k)) => runner.borrow().program().and_then(|p| {
                        let (events, _) = p.line_events();
                        events.iter().find(|e| e.iteration > k).map(|e| e.n)
                    }),
                    _ => None,
                };
                match next {
                    Some(n) if n <= lines => dispatch.dispatch(Action::AtLine(Some(n))),
                    _ => dispatch.dispatch(Action::AtLine(None)),
                }
                return;
            }
            if settings.line.is_some() && c != Command::Pause {
                dispatch.dispatch(Action::AtLine(None));
            }
            // Looking back: Step moves forward through the record first.
            if let (Some(k), Some(last)) = (settings.at, recorded) {
                if c == Command::Step && k < last {
                    dispatch.dispatch(Action::At(Some(k + 1)));
                    return;
                }
                if c != Command::Pause {
                    dispatch.dispatch(Action::At(None));
                }
            }
            match c {
                Command::Run => runner::start(&runner, &settings, false),
                Command::Pause => runner::pause(&runner),
                Command::Resume => runner::resume(&runner),
                Command::Step => {
                    if matches!(st, RunState::Paused) {
                        runner::step(&runner);
                    } else {
                        runner::start_then(&runner, &settings, true, runner::step);
                    }
                }
                Command::StepLine => {
                    if matches!(st, RunState::Paused) {
                        runner::step_line(&runner);
                    } else {
                        runner::start_then(&runner, &settings, true, runner::step_line);
                    }
                }
                Command::Stop => runner::stop(&runner),
            }
        })
    };
    let go_at: Rc<dyn Fn(Option<u64>)> = {
        let runner = runner.clone();
        let dispatch = state.dispatcher();
        Rc::new(move |m: Option<u64>| {
            if m.is_some() && runner.borrow().state == RunState::Running {
                runner::pause(&runner);
            }
            dispatch.dispatch(Action::At(m));
        })
    };
    let dispatch_line: Rc<dyn Fn(Option<u64>)> = {
        let dispatch = state.dispatcher();
        Rc::new(move |n: Option<u64>| dispatch.dispatch(Action::AtLine(n)))
    };

    // The interpreter compiles its asyncio prelude once: do it while the page is
    // idle after its first paint, not in the first Run (a page that runs at once
    // compiles it in that run).
    {
        let runs_at_once = state.settings.autorun || state.settings.at.is_some();
        use_effect_with((), move |_| {
            if !runs_at_once {
                warm_up_from(0);
            }
        });
    }

    // Autorun, once; a link to a moment (`at=`) runs at once on the virtual clock.
    {
        let runner = runner.clone();
        let settings = state.settings.clone();
        use_effect_with((), move |_| {
            if settings.at.is_some() || settings.line.is_some() {
                let mut s = settings.clone();
                s.speed = engine::settings::Speed::Instant;
                runner::start_at_load(&runner, &s);
            } else if settings.autorun {
                runner::start_at_load(&runner, &settings);
            }
        });
    }

    // Changing the lesson, a parameter or the clock re-runs (debounced) a run
    // that was under way or done; an idle page stays idle.
    {
        let runner = runner.clone();
        let latest = latest.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.run_key(), move |key| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            // The run under way was started with these very settings (Run
            // with the editor's text): nothing to re-run.
            if runner.borrow().started == key.1 && !matches!(runner.borrow().state, RunState::Idle)
            {
                *rerun.borrow_mut() = None;
                return;
            }
            let active = !matches!(runner.borrow().state, RunState::Idle);
            let lesson_changed = runner.borrow().lesson != latest.borrow().settings.lesson;
            if lesson_changed || !active {
                *rerun.borrow_mut() = None;
                runner::stop(&runner);
                return;
            }
            let runner = runner.clone();
            let latest = latest.clone();
            *rerun.borrow_mut() = Some(Timeout::new(RERUN_DEBOUNCE_MS, move || {
                let settings = latest.borrow().settings.clone();
                runner::start(&runner, &settings, false);
            }));
        });
    }

    // While a wait is animated, redraw the cursor a few times a second.
    {
        let runner = runner.clone();
        use_effect_with((), move |_| {
            let iv = Interval::new(100, move || {
                let animating = runner.borrow().state == RunState::Running;
                if animating {
                    redraw.force_update();
                }
            });
            move || drop(iv)
        });
    }

    RunnerHandle {
        runner,
        latest,
        command,
        go_at,
        dispatch_line,
    }
}

/// The interpreter's warm-up, one step per task (`playground_python::warm_up_step`):
/// in one task it held the page for 150-280 ms just after load.
fn warm_up_from(step: u32) {
    Timeout::new(0, move || {
        if playground_python::warm_up_step(step) {
            warm_up_from(step + 1);
        }
    })
    .forget();
}
