//! The generator stepper: each hand-off of control between the caller and the
//! generator as an arrow, the lines each side printed, and what the generator
//! keeps (its locals) while it is suspended at `yield`.

use crate::snapshot::Row;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GeneratorProps {
    /// The hand-offs and prints of the run, in order.
    pub rows: Rc<Vec<Row>>,
}

#[component]
pub fn GeneratorView(p: &GeneratorProps) -> Html {
    let rows = &p.rows;
    let handoffs: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r, Row::Handoff { .. }))
        .map(|(i, _)| i)
        .collect();
    let n = handoffs.len();
    let step = use_state(|| usize::MAX);
    let cur = (*step).min(n);
    // Rows shown: everything before hand-off number `cur` (all when at the end).
    let upto = if cur >= n { rows.len() } else { handoffs[cur] };
    let go = |to: usize| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(to))
    };
    let saved = rows[..upto].iter().rev().find_map(|r| match r {
        Row::Handoff {
            to_gen: false,
            locals,
            ..
        } if !locals.is_empty() => Some(locals.clone()),
        Row::Handoff { what, .. } if what == "gen.close()" => {
            Some("nothing: the generator is closed, its frame is gone".into())
        }
        Row::Handoff { to_gen: true, .. } => {
            Some("nothing while it runs: its locals are live".into())
        }
        _ => None,
    });
    let running_gen = rows[..upto].iter().rev().find_map(|r| match r {
        Row::Handoff { to_gen, what, .. } => Some(*to_gen && what != "gen.close()"),
        _ => None,
    });
    html! {
        <section class="panel generator-panel" aria-label="Generator">
            <div class="panel-head">
                <h2>{"Caller and generator"}</h2>
                <div class="gen-steps">
                    <button type="button" class="small" onclick={go(cur.saturating_sub(1))}
                        disabled={cur == 0}>{"◀ Earlier"}</button>
                    <span class="gen-count">{format!("hand-off {} of {n}", cur.min(n))}</span>
                    <button type="button" class="small" onclick={go(cur + 1)} disabled={cur >= n}>{"Later ▶"}</button>
                </div>
            </div>
            <p class="gen-now">
                { match running_gen {
                    Some(true) => "Running now: the generator (the caller waits for its yield).",
                    Some(false) => "Running now: the caller (the generator is suspended at yield).",
                    None => "Running now: the caller; the generator has been created but has not run yet.",
                } }
            </p>
            <div class="gen-saved" aria-live="polite">
                <span class="gen-saved-h">{"Saved in the suspended generator: "}</span>
                <code>{ saved.unwrap_or_else(|| "nothing yet: it has not started".into()) }</code>
            </div>
            <div class="gen-grid" role="list" aria-label="Hand-offs and output">
                <div class="gen-head" aria-hidden="true">
                    <span>{"caller"}</span><span></span><span>{"generator"}</span>
                </div>
                { for rows[..upto].iter().enumerate().map(|(i, r)| {
                    let last = i + 1 == upto;
                    match r {
                        Row::Handoff { to_gen, what, .. } => html! {
                            <div role="listitem" class={classes!(
                                "gen-row", "handoff", to_gen.then_some("to-gen"), last.then_some("current")
                            )}>
                                <span></span>
                                <span class="arrow">{
                                    if *to_gen { format!("{what} ──▶") } else { format!("◀── {what}") }
                                }</span>
                                <span></span>
                            </div>
                        },
                        Row::Print { by_gen, text } => html! {
                            <div role="listitem" class={classes!("gen-row", "print", last.then_some("current"))}>
                                if *by_gen { <span></span><span></span><code>{text.clone()}</code> }
                                else { <code>{text.clone()}</code><span></span><span></span> }
                            </div>
                        },
                    }
                }) }
            </div>
        </section>
    }
}
