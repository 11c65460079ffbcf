//! The page's keys, as a hook: Space runs or pauses, → steps, ← steps back
//! (not while typing in a field or on a button).

use super::use_runner::RunnerHandle;
use crate::runner::RunState;
use crate::ui::controls::Command;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_keyboard(handle: &RunnerHandle) {
    let h = handle.clone();
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
                let st = h.runner.borrow().state.clone();
                match e.key().as_str() {
                    " " => {
                        e.prevent_default();
                        h.command(match st {
                            RunState::Running => Command::Pause,
                            RunState::Paused => Command::Resume,
                            _ => Command::Run,
                        });
                    }
                    "ArrowRight" if e.shift_key() => {
                        e.prevent_default();
                        if st != RunState::Running {
                            h.command(Command::StepLine);
                        }
                    }
                    "ArrowLeft" if e.shift_key() => {
                        e.prevent_default();
                        if let Some(n) = h.line_now() {
                            h.go_line(Some(n.saturating_sub(1).max(1)));
                        }
                    }
                    "ArrowRight" => {
                        e.prevent_default();
                        if st != RunState::Running {
                            h.command(Command::Step);
                        }
                    }
                    "ArrowLeft" => {
                        e.prevent_default();
                        let at = h.latest.borrow().settings.at;
                        let it = h.runner.borrow().program().map(|p| p.iteration());
                        if let Some(cur) = at.or(it) {
                            h.go_at(Some(cur.saturating_sub(1)));
                        }
                    }
                    _ => {}
                }
            });
        let doc = web_sys::window().and_then(|w| w.document());
        if let Some(d) = &doc {
            let _ = d.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
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
