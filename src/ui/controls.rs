//! Run controls, clock and speed, and one labelled input per lesson parameter.

use engine::lessons::{Kind, Lesson, Params};
use engine::settings::{ClockKind, Speed};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Command {
    Run,
    Pause,
    Resume,
    Step,
    /// Run to the next line event (issue 14).
    StepLine,
    Stop,
}

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub lesson: Lesson,
    pub params: Params,
    pub clock: ClockKind,
    pub speed: Speed,
    pub run_state: AttrValue,
    pub on_command: Callback<Command>,
    pub on_param: Callback<(&'static str, String)>,
    pub on_clock: Callback<ClockKind>,
    pub on_speed: Callback<String>,
    /// The inputs to show (`controls=` in an embed); None shows all.
    pub show: Option<Vec<String>>,
    /// Parameters whose place the user's edits removed, and why.
    #[prop_or_default]
    pub disabled: Vec<(&'static str, String)>,
    /// The inputs of the program itself (argv, a program's own seed).
    #[prop_or_default]
    pub program: ProgramInputs,
    #[prop_or_default]
    pub on_argv: Callback<String>,
    #[prop_or_default]
    pub on_program_seed: Callback<String>,
}

/// The inputs any program has, a teacher's own included.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct ProgramInputs {
    /// `sys.argv[1:]` as a shell line; None hides the input.
    pub argv: Option<String>,
    /// The literal of the program's `random.seed(N)`; None hides the input.
    pub seed: Option<String>,
    /// Whether the lesson's parameters show (not for a program of one's own).
    pub lesson_params: bool,
}

const SPEEDS: &[&str] = &["0.25", "0.5", "1", "2", "5", "10", "100"];

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[component]
pub fn Controls(p: &ControlsProps) -> Html {
    let cmd = |c: Command| {
        let cb = p.on_command.clone();
        Callback::from(move |_: MouseEvent| cb.emit(c))
    };
    let shown = |name: &str| p.show.as_ref().is_none_or(|s| s.iter().any(|n| n == name));
    let state = p.run_state.as_str();
    let running = state == "running";
    let paused = state == "paused";
    let active = running || paused;
    let speed_text = p.speed.to_text();
    let mut speeds: Vec<String> = SPEEDS.iter().map(|s| s.to_string()).collect();
    if !speeds.contains(&speed_text) && speed_text != "instant" {
        speeds.push(speed_text.clone());
        speeds.sort_by(|a, b| {
            a.parse::<f64>()
                .unwrap_or(0.0)
                .total_cmp(&b.parse::<f64>().unwrap_or(0.0))
        });
    }
    let on_speed = {
        let cb = p.on_speed.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let clock_radio = |c: ClockKind, label: &'static str, hint: &'static str| {
        let cb = p.on_clock.clone();
        html! {
            <label class="radio" title={hint}>
                <input type="radio" name="clock" value={label} checked={p.clock == c}
                    onchange={Callback::from(move |_| cb.emit(c))} />
                {label}
            </label>
        }
    };
    html! {
        <section class="panel controls" aria-label="Controls">
            <div class="buttons">
                <button type="button" class="primary" onclick={cmd(Command::Run)}
                    title="Run the program from the start">{"Run"}</button>
                if paused {
                    <button type="button" onclick={cmd(Command::Resume)} title="Space">{"Resume"}</button>
                } else {
                    <button type="button" onclick={cmd(Command::Pause)} disabled={!running}
                        title="Space">{"Pause"}</button>
                }
                <button type="button" onclick={cmd(Command::Step)} disabled={running}
                    title="One loop iteration (→)">{"Step"}</button>
                <button type="button" onclick={cmd(Command::StepLine)} disabled={running}
                    title="The next line any task runs (Shift+→)">{"Step line"}</button>
                <button type="button" onclick={cmd(Command::Stop)}
                    disabled={!active && state == "idle"}>{"Stop"}</button>
            </div>
            <div class="clock-speed">
                if shown("clock") {
                <fieldset class="clock">
                    <legend>{"clock"}</legend>
                    { clock_radio(ClockKind::Virtual, "virtual", "Deterministic: the same output as CPython") }
                    { clock_radio(ClockKind::Real, "real", "The browser's timers, measured with performance.now()") }
                </fieldset>
                }
                if shown("speed") {
                <label class="field">
                    <span class="pname">{"speed"}</span>
                    <select class="speed" onchange={on_speed}>
                        if p.clock == ClockKind::Virtual {
                            <option value="instant" selected={speed_text == "instant"}>{"instant"}</option>
                        }
                        { for speeds.iter().map(|s| html! {
                            <option value={s.clone()} selected={*s == speed_text}>{format!("{s}×")}</option>
                        }) }
                    </select>
                </label>
                }
            </div>
            <div class="params">
                if let Some(argv) = p.program.argv.clone() {
                    <div class="pfield">
                        <div class="field list">
                            <label for="param-argv"><span class="pname">{"argv"}</span>
                                <span class="plabel">{"sys.argv[1:], split as a shell would"}</span></label>
                            <input id="param-argv" type="text" value={argv} autocomplete="off" spellcheck="false"
                                placeholder="-p 2 --name 'a b'" onchange={
                                    let cb = p.on_argv.clone();
                                    Callback::from(move |e: Event| cb.emit(input_value(&e)))
                                } />
                        </div>
                    </div>
                }
                if let Some(seed) = p.program.seed.clone() {
                    <div class="pfield">
                        <div class="field seed">
                            <label for="param-seed"><span class="pname">{"seed"}</span>
                                <span class="plabel">{"random.seed"}</span></label>
                            <input id="param-seed" type="text" inputmode="numeric" value={seed} autocomplete="off"
                                onchange={
                                    let cb = p.on_program_seed.clone();
                                    Callback::from(move |e: Event| cb.emit(input_value(&e)))
                                } />
                            <button type="button" class="small" onclick={
                                let cb = p.on_program_seed.clone();
                                Callback::from(move |_: MouseEvent| {
                                    let v = (js_sys::Math::random() * 1_000_000.0).floor() as i64;
                                    cb.emit(v.to_string());
                                })
                            }>{"New seed"}</button>
                        </div>
                    </div>
                }
                { for p.lesson.specs().iter().filter(|spec| p.program.lesson_params && shown(spec.name)).map(|spec| {
                    let name = spec.name;
                    let off = p.disabled.iter().find(|(n, _)| *n == name).map(|(_, why)| why.clone());
                    let value = p.params.get(name);
                    let id = format!("param-{name}");
                    let cb = p.on_param.clone();
                    let on_change = Callback::from(move |e: Event| cb.emit((name, input_value(&e))));
                    let cb = p.on_param.clone();
                    let on_input = Callback::from(move |e: InputEvent| {
                        cb.emit((name, e.target_unchecked_into::<HtmlInputElement>().value()))
                    });
                    let label = html! {
                        <label for={id.clone()}><span class="pname">{name}</span>
                            <span class="plabel">{spec.label}</span></label>
                    };
                    let field = match &spec.kind {
                        Kind::Int { min, max, .. } => html! {
                            <div class="field range">
                                {label}
                                <input id={id.clone()} type="range" min={min.to_string()} max={max.to_string()} step="1"
                                    value={value.clone()} oninput={on_input} />
                                <input class="num" type="number" min={min.to_string()} max={max.to_string()} step="1"
                                    value={value} onchange={on_change} aria-label={format!("{name} value")} />
                            </div>
                        },
                        Kind::Float { min, max, step, .. } => html! {
                            <div class="field range">
                                {label}
                                <input id={id.clone()} type="range" min={min.to_string()} max={max.to_string()}
                                    step={step.to_string()} value={value.clone()} oninput={on_input} />
                                <output for={id}>{format!("{value} s")}</output>
                            </div>
                        },
                        Kind::Seed { .. } => {
                            let cb = p.on_param.clone();
                            let new_seed = Callback::from(move |_: MouseEvent| {
                                let v = (js_sys::Math::random() * 1_000_000.0).floor() as i64;
                                cb.emit(("seed", v.to_string()));
                            });
                            html! {
                                <div class="field seed">
                                    {label}
                                    <input id={id} type="text" inputmode="numeric" value={value}
                                        onchange={on_change} autocomplete="off" />
                                    <button type="button" class="small" onclick={new_seed}>{"New seed"}</button>
                                </div>
                            }
                        }
                        Kind::Choice { options, .. } => {
                            let cb = p.on_param.clone();
                            let on_select = Callback::from(move |e: Event| {
                                cb.emit((name, e.target_unchecked_into::<HtmlSelectElement>().value()))
                            });
                            html! {
                                <div class="field choice">
                                    {label}
                                    <select id={id} onchange={on_select}>
                                        { for options.iter().map(|o| html! {
                                            <option value={*o} selected={value == *o}>{*o}</option>
                                        }) }
                                    </select>
                                </div>
                            }
                        }
                        Kind::IntList { .. } | Kind::Ops { .. } => html! {
                            <div class="field list">
                                {label}
                                <input id={id} type="text" value={value} onchange={on_change} autocomplete="off" />
                            </div>
                        },
                    };
                    html! {
                        <fieldset class="pfield" disabled={off.is_some()}>
                            {field}
                            if let Some(why) = off {
                                <p class="pnote">{why}</p>
                            }
                        </fieldset>
                    }
                }) }
            </div>
        </section>
    }
}
