//! The page's URL: read the query at start, keep it in step with replaceState.

use gloo_timers::callback::Timeout;
use std::cell::RefCell;

/// How long the settings must rest before the URL is rewritten. `replaceState`
/// costs a few milliseconds, and Chromium reloads the page's (SVG) icon after
/// each one: an edit's run should not wait for either (measured: 4-10 ms of an
/// edit -> output of 30-60 ms).
const QUIET_MS: u32 = 300;

thread_local! {
    /// The query waiting to be written, with its timer.
    static PENDING: RefCell<Option<(String, Timeout)>> = const { RefCell::new(None) };
    /// Whether the first query was written (and pagehide listened to).
    static WRITTEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn replace_query(q: &str) {
    let Some(w) = web_sys::window() else { return };
    let Ok(history) = w.history() else { return };
    let path = w.location().pathname().unwrap_or_default();
    let hash = w.location().hash().unwrap_or_default();
    let _ = history.replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&format!("{path}?{q}{hash}")),
    );
}

/// Writes the query once the settings have rested for `QUIET_MS` (at once if
/// the page is hidden or left before: a reload keeps the last edit). The first
/// query (the page's own, tidied) is written at once.
pub fn replace_query_soon(q: &str) {
    if current_query().strip_prefix('?') == Some(q) {
        PENDING.with(|p| p.borrow_mut().take());
        return;
    }
    if !WRITTEN.with(|f| f.replace(true)) {
        flush_on_hide();
        replace_query(q);
        return;
    }
    let t = Timeout::new(QUIET_MS, flush);
    PENDING.with(|p| *p.borrow_mut() = Some((q.to_string(), t)));
}

/// Writes the waiting query now.
pub fn flush() {
    if let Some((q, _)) = PENDING.with(|p| p.borrow_mut().take()) {
        replace_query(&q);
    }
}

fn flush_on_hide() {
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(flush);
    let _ = w.add_event_listener_with_callback("pagehide", f.as_ref().unchecked_ref());
    if let Some(d) = w.document() {
        let _ = d.add_event_listener_with_callback("visibilitychange", f.as_ref().unchecked_ref());
    }
    f.forget();
}
