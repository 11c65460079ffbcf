//! The panels below the program and console, as the lesson's definition asks:
//! a run's time travel, timeline with the Event loop, and task figures; the
//! generator stepper; or a simulation's costs, timeline and figures.

use crate::hooks::use_frames::ProgramText;
use crate::runner::RunState;
use crate::snapshot::Snap;
use crate::ui::costs::Costs;
use crate::ui::frames::FramesPanel;
use crate::ui::generator::GeneratorView;
use crate::ui::internals::Internals;
use crate::ui::stats::Stats;
use crate::ui::timeline::Timeline;
use crate::ui::travel::Travel;
use engine::lessons::View;
use engine::settings::Panels;
use yew::prelude::*;

/// What the simulated `threads` lesson's table compares.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct CostInputs {
    pub calls: usize,
    pub delay: f64,
    pub cpu: bool,
}

impl CostInputs {
    /// A simulated lesson's inputs, as its definition reads them.
    pub fn of(sim: &engine::lessons::Simulator, p: &engine::lessons::Params) -> CostInputs {
        let (calls, delay, cpu) = (sim.inputs)(p);
        CostInputs { calls, delay, cpu }
    }
}

#[derive(Properties, PartialEq)]
pub struct LessonViewProps {
    pub view: View,
    pub panels: Panels,
    pub snap: Snap,
    /// The time shown and the end of the time axis.
    pub now: f64,
    pub end: f64,
    /// A run exists (or is going on); the cursor shows.
    pub has_run: bool,
    pub running_or_done: bool,
    pub finished: bool,
    pub measured_ms: Option<f64>,
    pub real_clock: bool,
    pub hovered: Option<usize>,
    pub zoom: u32,
    pub show_captions: bool,
    /// The executing line (0-based), for the Event loop's "the line it is on".
    pub line: Option<usize>,
    /// For a simulation: what its costs table compares.
    pub costs: Option<CostInputs>,
    pub on_hover: Callback<Option<usize>>,
    pub on_zoom: Callback<u32>,
    pub on_at: Callback<Option<u64>>,
    pub on_line: Callback<Option<u64>>,
    /// The program run, for the Tasks and frames panel (a run of the interpreter).
    pub program: ProgramText,
    pub run_state: RunState,
    pub on_captions: Callback<bool>,
}

#[component]
pub fn LessonView(p: &LessonViewProps) -> Html {
    let s = &p.snap.0;
    let timeline = html! {
        <Timeline lanes={s.lanes.clone()} labels={s.labels.clone()} now={p.now} end={p.end}
            hovered={p.hovered} zoom={p.zoom} on_hover={p.on_hover.clone()} on_zoom={p.on_zoom.clone()}
            show_cursor={p.running_or_done} />
    };
    let stats = |figures: bool| {
        html! {
            <Stats lanes={s.lanes.clone()} labels={s.labels.clone()} printed={s.pos.printed > 0}
                finished={p.finished} measured_ms={p.measured_ms} real_clock={p.real_clock} {figures} />
        }
    };
    let frames = html! {
        <FramesPanel pos={s.pos} run_state={p.run_state.clone()} real_clock={p.real_clock}
            program={p.program.clone()} />
    };
    match (p.view, p.costs) {
        (View::Simulation, Some(c)) => html! {
            <>
                <Costs calls={c.calls} delay={c.delay} cpu={c.cpu} />
                if p.panels.timeline { {timeline} }
                if p.panels.stats { {stats(false)} }
            </>
        },
        (View::Generator, _) => html! {
            <>
            if p.has_run {
                <GeneratorView rows={s.gen_rows.clone()} />
            } else {
                <p class="hint">{"Press Run to call the generator; then step through its hand-offs."}</p>
            }
            {frames}
            </>
        },
        _ => html! {
            <>
                if p.has_run {
                    <Travel pos={s.pos} prints={s.all_prints.clone()} labels={s.labels.clone()}
                        on_at={p.on_at.clone()} on_line={p.on_line.clone()} />
                }
                if p.panels.timeline {
                    <div class="tl-grid-outer">
                        {timeline}
                        <Internals loop_at={s.loop_at.clone()} pos={s.pos} names={s.names.clone()}
                            labels={s.labels.clone()} show_captions={p.show_captions}
                            on_captions={p.on_captions.clone()} line={p.line.map(|l| l + 1)} />
                    </div>
                }
                if p.panels.stats { {stats(true)} }
                {frames}
            </>
        },
    }
}
