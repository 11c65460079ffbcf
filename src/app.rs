//! The playground page: wires the reducer, the runner and the components.

use crate::runner::{self, RunState, Runner};
use crate::snapshot::{Snap, Snapshot};
use crate::state::{Action, AppState};
use crate::ui::console::Console;
use crate::ui::controls::{Command, Controls};
use crate::ui::costs::Costs;
use crate::ui::generator::GeneratorView;
use crate::ui::internals::Internals;
use crate::ui::picker::Picker;
use crate::ui::share::{save, Export, Share};
use crate::ui::source::Source;
use crate::ui::stats::Stats;
use crate::ui::timeline::Timeline;
use crate::ui::travel::Travel;
use crate::url;
use engine::lessons::View;
use engine::settings::ClockKind;
use gloo_timers::callback::{Interval, Timeout};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long parameter changes settle before the program re-runs.
/// A snapshot and what it was taken of.
type SnapKey = ((u64, Option<u64>), Snap);

const RERUN_DEBOUNCE_MS: u32 = 300;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The query to start from; None reads the page's URL.
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.query.clone();
    let state = use_reducer(move || {
        AppState::from_query(
            &initial
                .map(|q| q.to_string())
                .unwrap_or_else(url::current_query),
        )
    });
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
    // The last snapshot, by (run id and its progress, the moment shown).
    let cache: Rc<RefCell<Option<SnapKey>>> = use_mut_ref(|| None);
    let rerun: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let latest = use_mut_ref(|| (*state).clone());
    *latest.borrow_mut() = (*state).clone();

    // The runner redraws the page whenever the run changes.
    {
        let runner = runner.clone();
        let redraw = redraw.clone();
        use_effect_with((), move |_| {
            runner
                .borrow_mut()
                .set_on_change(Rc::new(move || redraw.force_update()));
        });
    }

    let source = state.source();

    let do_command = {
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
                    if !matches!(st, RunState::Paused) {
                        runner::start(&runner, &settings, true);
                    }
                    runner::step(&runner);
                }
                Command::Stop => runner::stop(&runner),
            }
        })
    };
    // Moving to a moment of the record pauses a run that is going on.
    let go_at = {
        let runner = runner.clone();
        let dispatch = state.dispatcher();
        Rc::new(move |m: Option<u64>| {
            if m.is_some() && runner.borrow().state == RunState::Running {
                runner::pause(&runner);
            }
            dispatch.dispatch(Action::At(m));
        })
    };

    // The interpreter compiles its asyncio prelude once: do it while the page
    // is idle after its first paint, not in the first Run.
    {
        let autorun = state.settings.autorun || state.settings.at.is_some();
        use_effect_with((), move |_| {
            if !autorun {
                Timeout::new(0, playground_python::warm_up).forget();
            }
        });
    }

    // Autorun, once; a link to a moment (`at=`) runs at once on the virtual clock.
    {
        let runner = runner.clone();
        let settings = state.settings.clone();
        use_effect_with((), move |_| {
            if settings.at.is_some() {
                let mut s = settings.clone();
                s.speed = engine::settings::Speed::Instant;
                runner::start(&runner, &s, false);
            } else if settings.autorun {
                runner::start(&runner, &settings, false);
            }
        });
    }

    // The URL follows the settings.
    {
        let q = state.settings.to_query();
        let own_url = props.query.is_none();
        use_effect_with(q, move |q| {
            if own_url {
                url::replace_query(q);
            }
        });
    }

    // Changing the lesson, a parameter or the clock re-runs (debounced) a run
    // that was under way or done; an idle page stays idle.
    {
        let runner = runner.clone();
        let latest = latest.clone();
        let rerun = rerun.clone();
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
        let redraw = redraw.clone();
        use_effect_with((), move |_| {
            let iv = Interval::new(100, move || {
                let r = runner.borrow();
                let animating = r.state == RunState::Running;
                drop(r);
                if animating {
                    redraw.force_update();
                }
            });
            move || drop(iv)
        });
    }

    // Keyboard: Space runs or pauses, → steps, ← steps back (not while typing in a field).
    {
        let do_command = do_command.clone();
        let runner = runner.clone();
        let latest = latest.clone();
        let go_at = go_at.clone();
        use_effect_with((), move |_| {
            let handler =
                Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                    if e.ctrl_key() || e.alt_key() || e.meta_key() {
                        return;
                    }
                    let tag = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .map(|el| el.tag_name().to_ascii_lowercase())
                        .unwrap_or_default();
                    if matches!(
                        tag.as_str(),
                        "input" | "select" | "textarea" | "button" | "summary"
                    ) {
                        return;
                    }
                    let st = runner.borrow().state.clone();
                    match e.key().as_str() {
                        " " => {
                            e.prevent_default();
                            match st {
                                RunState::Running => do_command(Command::Pause),
                                RunState::Paused => do_command(Command::Resume),
                                _ => do_command(Command::Run),
                            }
                        }
                        "ArrowRight" => {
                            e.prevent_default();
                            if st != RunState::Running {
                                do_command(Command::Step);
                            }
                        }
                        "ArrowLeft" => {
                            e.prevent_default();
                            let (at, it) = {
                                let r = runner.borrow();
                                (
                                    latest.borrow().settings.at,
                                    r.program().map(|p| p.iteration()),
                                )
                            };
                            if let Some(cur) = at.or(it) {
                                go_at(Some(cur.saturating_sub(1)));
                            }
                        }
                        _ => {}
                    }
                });
            let doc = web_sys::window().and_then(|w| w.document());
            if let Some(d) = &doc {
                let _ =
                    d.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
            }
            move || {
                if let Some(d) = doc {
                    let _ = d.remove_event_listener_with_callback(
                        "keydown",
                        handler.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // What to show of the run.
    let r = runner.borrow();
    let at = state.settings.at;
    let snap = {
        let mut c = cache.borrow_mut();
        match &*c {
            Some((k, s)) if *k == (r.version, at) => s.clone(),
            _ => {
                let s = Snap(Rc::new(Snapshot::of(&r, &source, at)));
                *c = Some(((r.version, at), s.clone()));
                s
            }
        }
    };
    let run_state = r.state.clone();
    let looking_back = snap.0.at.is_some();
    let display_now = if looking_back {
        snap.0.now
    } else {
        r.display_now()
    };
    let end = if r.program().is_some() {
        r.predicted_end.max(display_now).max(snap.0.now)
    } else {
        0.0
    };
    let measured_ms = r.measured_ms;
    let real_clock = r.is_real();
    let pending = r.pending_timers();
    let blocking = r.is_blocking();
    drop(r);

    let on_command = {
        let do_command = do_command.clone();
        Callback::from(move |c: Command| do_command(c))
    };
    let on_param = {
        let s = state.clone();
        Callback::from(move |(n, v): (&'static str, String)| s.dispatch(Action::Param(n, v)))
    };
    let on_argv = {
        let s = state.clone();
        Callback::from(move |v: String| s.dispatch(Action::Argv(v)))
    };
    let on_program_seed = {
        let s = state.clone();
        Callback::from(move |v: String| s.dispatch(Action::ProgramSeed(v)))
    };
    let on_clock = {
        let s = state.clone();
        Callback::from(move |c: ClockKind| s.dispatch(Action::Clock(c)))
    };
    let on_speed = {
        let s = state.clone();
        let runner = runner.clone();
        Callback::from(move |v: String| {
            s.dispatch(Action::Speed(v.clone()));
            let (sp, _) = engine::settings::parse_speed(&v, s.settings.clock);
            runner::set_speed(&runner, sp);
        })
    };
    let on_pick = {
        let s = state.clone();
        Callback::from(move |l| s.dispatch(Action::Lesson(l)))
    };
    let on_hover = {
        let s = state.clone();
        Callback::from(move |h| s.dispatch(Action::Hover(h)))
    };
    let on_zoom = {
        let s = state.clone();
        Callback::from(move |z| s.dispatch(Action::Zoom(z)))
    };
    let on_at = {
        let go_at = go_at.clone();
        Callback::from(move |m: Option<u64>| go_at(m))
    };
    let on_captions = {
        let s = state.clone();
        Callback::from(move |b| s.dispatch(Action::Captions(b)))
    };
    let on_show_times = {
        let s = state.clone();
        Callback::from(move |b| s.dispatch(Action::ShowTimes(b)))
    };
    let on_export = {
        let snap = snap.clone();
        let file = state.settings.file_name();
        let source = source.clone();
        Callback::from(move |x: Export| save(x, &file, &source, &snap.0, end))
    };
    let on_edit = {
        let s = state.clone();
        Callback::from(move |text: String| s.dispatch(Action::Edit(text)))
    };
    // Ctrl/Cmd+Enter in the editor: run the text as it is at this keystroke
    // (the page may not have drawn the last edit yet).
    let on_run = {
        let do_command = do_command.clone();
        let latest = latest.clone();
        let s = state.clone();
        Callback::from(move |text: String| {
            let next = Rc::new(latest.borrow().clone()).reduce(Action::Edit(text.clone()));
            *latest.borrow_mut() = (*next).clone();
            s.dispatch(Action::Edit(text));
            do_command(Command::Run)
        })
    };
    let on_open = {
        let s = state.clone();
        Callback::from(move |(name, text): (String, String)| s.dispatch(Action::Open(name, text)))
    };
    let on_reset = {
        let s = state.clone();
        Callback::from(move |_: ()| s.dispatch(Action::Reset))
    };
    let syntax = runner.borrow().program().and_then(|p| {
        p.syntax_error().map(|e| {
            (
                e.line as usize,
                e.col as usize,
                AttrValue::from(e.message.clone()),
            )
        })
    });
    let file = state.settings.file_name();
    let edited = state.settings.code.is_some();
    let own_program = state.own_program();
    // A simulated lesson's program (`threads`) is shown, not run, so not edited.
    let simulated = state.settings.lesson.simulation().is_some();
    let editable = state.settings.editable && (edited || !simulated);
    // The generator lesson's panel: the hand-offs between caller and generator.
    let generator_view = state.settings.lesson.view() == View::Generator;
    let dismiss = {
        let s = state.clone();
        Callback::from(move |_: MouseEvent| s.dispatch(Action::DismissNotes))
    };

    let lesson = state.settings.lesson;
    let embed = state.settings.embed;
    let panels = state.settings.panels;
    let highlight = state
        .hovered
        .and_then(|i| snap.0.timeline.segments.get(i))
        .map(|g| g.lines.clone())
        .unwrap_or_default();
    let current_line = (looking_back || matches!(run_state, RunState::Running | RunState::Paused))
        .then_some(snap.0.current_line)
        .flatten();
    let has_run = snap.0.run_id > 0 && !matches!(run_state, RunState::Idle);
    let status = match &run_state {
        RunState::Idle => "Ready.".to_string(),
        RunState::Running if blocking && !simulated => {
            format!("Blocked in time.sleep — nothing else can run. t = {display_now:.2} s")
        }
        RunState::Running => format!("Running… t = {display_now:.2} s, loop iteration {}", snap.0.iteration),
        RunState::Paused => format!("Paused at t = {:.3} s, loop iteration {}", snap.0.now, snap.0.iteration),
        _ if looking_back => format!("Looking back at loop iteration {} of {} (t = {:.3} s): read from the record, nothing re-runs.", snap.0.iteration, snap.0.last_iteration, snap.0.now),
        RunState::Finished => format!("Finished in {:.2} s of {} time.", snap.0.now, if real_clock { "real" } else { "virtual" }),
        RunState::Error(e) => format!("Stopped: {e}"),
    };

    html! {
        <div class={classes!("app", (blocking && !simulated).then_some("blocking"), embed.then_some("embed"))} data-run-state={run_state.name()} data-pending-timers={pending.to_string()}>
            if !embed {
            <header class="site">
                <h1>{"Async Playground"}</h1>
                <p class="intro">{"The programs of the lecture "}<em>{"An Introduction to Asynchronous Programming in Python"}</em>
                {", run live by an event loop that behaves like CPython's asyncio. Pick a lesson, slide its parameters, and watch the tasks take turns."}</p>
            </header>
            }
            if !state.notes.is_empty() {
                <div class="notes" role="status">
                    <ul>{ for state.notes.iter().map(|n| html! { <li>{n.message.clone()}</li> }) }</ul>
                    <button type="button" class="small" onclick={dismiss}>{"Dismiss"}</button>
                </div>
            }
            <main>
            if !embed {
                <Picker current={(!state.own_program()).then_some(lesson)} on_pick={on_pick} />
                if own_program {
                    <section class="about" aria-label="About this program">
                        <h2>{file.clone()}</h2>
                        <p>{"A program of your own, from a link or a file. Edit it and run it; pick a lesson above to go back to the lecture's programs."}</p>
                    </section>
                } else {
                    <section class="about" aria-label="About this lesson">
                        <h2>{lesson.title()}</h2>
                        <p>{lesson.about()}</p>
                    </section>
                }
            } else if own_program {
                <h2 class="embed-title">{file.clone()}</h2>
            } else {
                <h2 class="embed-title">{file.clone()}{" — "}{lesson.title()}</h2>
            }
            <Controls lesson={lesson} params={state.settings.params.clone()} clock={state.settings.clock}
                speed={state.settings.speed} run_state={AttrValue::from(run_state.name())}
                on_command={on_command} on_param={on_param} on_clock={on_clock} on_speed={on_speed}
                show={state.shown_controls()} disabled={state.disabled_params()}
                program={state.program_inputs()} {on_argv} {on_program_seed} />
            <div class="status-row">
                <p class={classes!("status", run_state.name())} role="status">{status}</p>
                <Share settings={state.settings.clone()} has_run={!snap.0.output.is_empty()} embed={embed} on_export={on_export} />
            </div>
            if panels.source || panels.console {
                <div class={classes!("main-grid", (!(panels.source && panels.console)).then_some("single"))}>
                    if panels.source {
                        <Source source={AttrValue::from(source.clone())} file={AttrValue::from(file.clone())} current={current_line}
                            error={syntax} {editable} {edited} {on_edit} {on_run} {on_reset} {on_open} />
                    }
                    if panels.console {
                        <Console snap={snap.clone()} show_times={state.show_times} highlight={highlight} on_show_times={on_show_times} />
                    }
                </div>
            }
            if lesson.view() == View::Simulation && !edited {
                <Costs calls={state.settings.params.count("calls")} delay={state.settings.params.float("delay")}
                    cpu={state.settings.params.choice("work") == "cpu"} />
                if panels.timeline {
                    <Timeline snap={snap.clone()} now={display_now} end={end} hovered={state.hovered} zoom={state.zoom}
                        on_hover={on_hover.clone()} on_zoom={on_zoom.clone()} show_cursor={!matches!(run_state, RunState::Idle)} />
                }
                if panels.stats {
                    <Stats snap={snap.clone()} finished={run_state == RunState::Finished} measured_ms={measured_ms} real_clock={real_clock} figures={false} />
                }
            } else if generator_view {
                if has_run {
                    <GeneratorView snap={snap.clone()} />
                } else {
                    <p class="hint">{"Press Run to call the generator; then step through its hand-offs."}</p>
                }
            } else {
            if has_run {
                <Travel snap={snap.clone()} on_at={on_at} />
            }
            if panels.timeline {
                <div class="tl-grid-outer">
                    <Timeline snap={snap.clone()} now={display_now} end={end} hovered={state.hovered} zoom={state.zoom}
                        on_hover={on_hover} on_zoom={on_zoom} show_cursor={!matches!(run_state, RunState::Idle)} />
                    <Internals snap={snap.clone()} show_captions={state.show_captions} on_captions={on_captions}
                        line={current_line.map(|l| l + 1)} />
                </div>
            }
            if panels.stats {
                <Stats snap={snap} finished={run_state == RunState::Finished} measured_ms={measured_ms} real_clock={real_clock} />
            }
            }
            </main>
            if !embed {
            <footer>
                <p>{"On the virtual clock time jumps straight to the next timer, so the output is exactly what CPython 3.11 prints (checked against it). "}
                {"In asyncq, os.urandom(size) is replaced by random.randbytes(size) so that the seed fixes every value. "}
                {"The real clock uses the browser's timers: its times are measured, and late wake-ups show."}</p>
            </footer>
            }
        </div>
    }
}
