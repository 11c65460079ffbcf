//! Time travel: scrub over the loop's iterations, step back and forward,
//! jump to a task's previous or next printed line. Reads the record only.

use crate::snapshot::{Position, Shared};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TravelProps {
    pub pos: Position,
    /// (moment, task) of every printed line of the record.
    pub prints: Shared<Vec<(u64, usize)>>,
    pub labels: Shared<Vec<String>>,
    /// Where a "live" run stands (the last iteration recorded so far).
    pub on_at: Callback<Option<u64>>,
    /// Shows a line event of the record (issue 14).
    pub on_line: Callback<Option<u64>>,
}

/// A button's click that shows moment `m`.
fn click(cb: &Callback<Option<u64>>, m: Option<u64>) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_: MouseEvent| cb.emit(m))
}

/// A slider's input that shows the moment it is moved to.
fn slide(cb: &Callback<Option<u64>>) -> Callback<InputEvent> {
    let cb = cb.clone();
    Callback::from(move |e: InputEvent| {
        if let Ok(v) = e
            .target_unchecked_into::<HtmlInputElement>()
            .value()
            .parse::<u64>()
        {
            cb.emit(Some(v));
        }
    })
}

#[component]
pub fn Travel(p: &TravelProps) -> Html {
    let s = &p.pos;
    let task = use_state(|| None::<usize>);
    let last = s.last_iteration;
    let cur = s.at.unwrap_or(s.iteration).min(last);
    let go = |m: Option<u64>| click(&p.on_at, m);
    let oninput = slide(&p.on_at);
    // Tasks that print, for "previous/next line of" (the first 100: a list of
    // thousands would be of no use, and slow to draw at every frame).
    let printers = use_memo(p.prints.clone(), |prints| {
        let mut v: Vec<usize> = prints.iter().map(|&(_, t)| t).collect();
        v.sort_unstable();
        v.dedup();
        v.truncate(100);
        v
    });
    let chosen = task.or(printers.first().copied());
    // Line events: the first kept one to the last recorded.
    let (first_line, last_line) = (s.lines_dropped + 1, s.lines_total);
    let line = s.line_now.unwrap_or(0);
    let go_line = |n: Option<u64>| click(&p.on_line, n);
    let on_line_input = slide(&p.on_line);
    let on_task = {
        let task = task.clone();
        Callback::from(move |e: Event| {
            task.set(
                e.target_unchecked_into::<HtmlSelectElement>()
                    .value()
                    .parse()
                    .ok(),
            )
        })
    };
    let prev = chosen.and_then(|t| {
        p.prints
            .iter()
            .rev()
            .find(|&&(m, tt)| tt == t && m < cur)
            .map(|&(m, _)| m)
    });
    let next = chosen.and_then(|t| {
        p.prints
            .iter()
            .find(|&&(m, tt)| tt == t && m > cur)
            .map(|&(m, _)| m)
    });
    html! {
        <section class="panel travel" aria-label="Time travel">
            <div class="travel-row">
                <button type="button" class="small" onclick={go(cur.checked_sub(1))} disabled={cur == 0}
                    title="Back one loop iteration">{"◀ Back"}</button>
                <label class="scrub">
                    <span class="pname">{"moment"}</span>
                    <input type="range" min="0" max={last.to_string()} step="1" value={cur.to_string()} {oninput}
                        aria-label="moment (loop iteration)" aria-valuetext={format!("iteration {cur} of {last}")} />
                    <output>{format!("{cur} / {last}")}</output>
                </label>
                <button type="button" class="small" onclick={go(Some(cur + 1))} disabled={cur >= last}
                    title="Forward one loop iteration (from the record)">{"Forward ▶"}</button>
                <button type="button" class="small" onclick={go(None)} disabled={s.at.is_none()}>{"Latest"}</button>
            </div>
            if last_line > 0 {
            <div class="travel-row">
                <button type="button" class="small" onclick={go_line(Some(line.saturating_sub(1).max(first_line)))}
                    disabled={line <= first_line} title="Back one line event (Shift+←)">{"◀ Line"}</button>
                <label class="scrub">
                    <span class="pname">{"line event"}</span>
                    <input type="range" min={first_line.to_string()} max={last_line.to_string()} step="1"
                        value={line.max(first_line).to_string()} oninput={on_line_input}
                        aria-label="moment (line event)" aria-valuetext={format!("line event {line} of {last_line}")} />
                    <output>{format!("{line} / {last_line}")}</output>
                </label>
                <button type="button" class="small" onclick={go_line(Some(line + 1))} disabled={line >= last_line}
                    title="Forward one line event, from the record (Shift+→)">{"Line ▶"}</button>
            </div>
            if s.lines_dropped > 0 {
                <p class="hint">{format!(
                    "The first {} line events of this run are not kept (the record keeps the last {}).",
                    s.lines_dropped, playground_python::pagetrace::MAX_LINE_EVENTS
                )}</p>
            }
            }
            <div class="travel-row">
                <label class="field">
                    <span class="plabel">{"lines printed by"}</span>
                    <select onchange={on_task} aria-label="task whose lines to jump between">
                        { for printers.iter().map(|&t| html! {
                            <option value={t.to_string()} selected={Some(t) == chosen}>{p.labels[t].clone()}</option>
                        }) }
                    </select>
                </label>
                <button type="button" class="small" onclick={go(prev)}
                    disabled={prev.is_none()}>{"Previous line"}</button>
                <button type="button" class="small" onclick={go(next)}
                    disabled={next.is_none()}>{"Next line"}</button>
            </div>
        </section>
    }
}
