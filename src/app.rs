//! The playground page: the layout. The state is one reducer (`state.rs`); the
//! run, the keys and the moment shown are hooks (`hooks/`); each panel is a
//! component (`ui/`), and the lesson's definition picks the panels below the
//! program (`ui::lesson_view`).

use crate::hooks::{use_keyboard, use_moment, use_runner, RunnerHandle};
use crate::runner::{self, RunState};
use crate::state::{Action, AppState};
use crate::ui::about::{About, Notes, SiteFooter, SiteHeader};
use crate::ui::console::Console;
use crate::ui::controls::Controls;
use crate::ui::lesson_view::{CostInputs, LessonView};
use crate::ui::picker::Picker;
use crate::ui::share::{save, Export, Share};
use crate::ui::source::Source;
use crate::url;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The query to start from; None reads the page's URL.
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// A callback that calls a method of the run's handle with its argument.
fn with_run<T: 'static>(run: &RunnerHandle, f: fn(&RunnerHandle, T)) -> Callback<T> {
    let run = run.clone();
    Callback::from(move |x: T| f(&run, x))
}

/// A callback that dispatches the action made of its argument.
fn send<T: 'static>(
    state: &UseReducerHandle<AppState>,
    action: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |x: T| dispatcher.dispatch(action(x)))
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
    let run = use_runner(&state);
    use_keyboard(&run);
    let source = state.source();
    let m = use_moment(&run, &source, state.settings.at, state.settings.line);

    // The URL follows the settings (once they rest: see `url`).
    let own_url = props.query.is_none();
    use_effect_with(state.settings.to_query(), move |q| {
        if own_url {
            url::replace_query_soon(q);
        }
    });

    let s = &state.settings;
    let (lesson, file, edited) = (s.lesson, s.file_name(), s.code.is_some());
    // A simulated lesson's program (`threads`) is shown, not run, so not edited.
    let sim = lesson.simulation().filter(|_| !edited);
    let simulated = sim.is_some();
    let costs = sim.map(|sim| CostInputs::of(sim, &s.params));
    let program = state.program_text(&source);
    let (on_command, on_at, on_line) = (
        with_run(&run, RunnerHandle::command),
        with_run(&run, RunnerHandle::go_at),
        with_run(&run, RunnerHandle::go_line),
    );
    let on_speed = {
        let (dispatcher, runner, clock) = (state.dispatcher(), run.runner.clone(), s.clock);
        Callback::from(move |v: String| {
            runner::set_speed(&runner, engine::settings::parse_speed(&v, clock).0);
            dispatcher.dispatch(Action::Speed(v));
        })
    };
    let on_run = {
        let (run, dispatcher) = (run.clone(), state.dispatcher());
        Callback::from(move |text: String| run.run_text(text, &dispatcher))
    };
    let on_export = {
        let (snap, file, source, end) = (m.snap.clone(), file.clone(), source.clone(), m.end);
        Callback::from(move |x: Export| save(x, &file, &source, &snap.0, end))
    };
    let highlight = (state.hovered)
        .and_then(|i| m.snap.0.lanes.timeline.segments.get(i))
        .map(|g| g.lines.clone())
        .unwrap_or_default();
    let notes = state.note_texts();
    let own = state.own_program();
    let about = (!own).then(|| (lesson.title().into(), lesson.about().into()));
    let blocked = m.blocking && !simulated;

    html! {
        <div class={classes!("app", blocked.then_some("blocking"), s.embed.then_some("embed"))}
            data-run-state={m.run_state.name()} data-pending-timers={m.pending_timers.to_string()}>
            if !s.embed { <SiteHeader /> }
            <Notes {notes} on_dismiss={send(&state, |_| Action::DismissNotes)} />
            <main>
            if !s.embed {
                <Picker current={(!own).then_some(lesson)} on_pick={send(&state, Action::Lesson)} />
            }
            <About file={AttrValue::from(file.clone())} lesson={about} embed={s.embed} />
            <Controls {lesson} params={s.params.clone()} clock={s.clock} speed={s.speed}
                run_state={AttrValue::from(m.run_state.name())} {on_command}
                on_param={send(&state, |(n, v)| Action::Param(n, v))} on_clock={send(&state, Action::Clock)}
                {on_speed} show={state.shown_controls()} disabled={state.disabled_params()}
                program={state.program_inputs()} on_argv={send(&state, Action::Argv)}
                on_program_seed={send(&state, Action::ProgramSeed)} />
            <div class="status-row">
                <p class={classes!("status", m.run_state.name())} role="status">{m.status(simulated)}</p>
                <Share settings={s.clone()} has_run={m.snap.0.pos.printed > 0} embed={s.embed} {on_export} />
            </div>
            if s.panels.source || s.panels.console {
                <div class={classes!("main-grid", (!(s.panels.source && s.panels.console)).then_some("single"))}>
                    if s.panels.source {
                        <Source source={AttrValue::from(source.clone())} file={AttrValue::from(file.clone())}
                            current={m.current_line()} error={m.syntax.clone()} {edited}
                            editable={s.editable && !simulated} on_edit={send(&state, Action::Edit)} {on_run}
                            on_reset={send(&state, |_| Action::Reset)}
                            on_open={send(&state, |(name, text)| Action::Open(name, text))} />
                    }
                    if s.panels.console {
                        <Console printed={m.snap.0.printed.clone()} show_times={state.show_times} {highlight}
                            on_show_times={send(&state, Action::ShowTimes)} />
                    }
                </div>
            }
            <LessonView view={lesson.view()} panels={s.panels} snap={m.snap.clone()} now={m.now} end={m.end}
                has_run={m.has_run()} running_or_done={!matches!(m.run_state, RunState::Idle)}
                finished={m.run_state == RunState::Finished} measured_ms={m.measured_ms}
                real_clock={m.real_clock} hovered={state.hovered} zoom={state.zoom}
                show_captions={state.show_captions} line={m.current_line()} {costs}
                on_hover={send(&state, Action::Hover)} on_zoom={send(&state, Action::Zoom)} {on_at} {on_line}
                on_captions={send(&state, Action::Captions)} {program} run_state={m.run_state.clone()} />
            </main>
            if !s.embed { <SiteFooter /> }
        </div>
    }
}
