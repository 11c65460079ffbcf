//! The panic hook: an error banner with a Reload button over the page, and the
//! message in the console.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Shows a banner over the page; built with plain DOM calls, since after a
/// panic the app's own state cannot be trusted.
fn show_banner(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("panic-banner").is_some() {
        return;
    }
    let Ok(banner) = doc.create_element("div") else {
        return;
    };
    banner.set_id("panic-banner");
    banner.set_class_name("panic-banner");
    let _ = banner.set_attribute("role", "alert");
    if let Ok(p) = doc.create_element("p") {
        p.set_text_content(Some(&format!(
            "Something went wrong inside the playground, and it has stopped. \
             Reloading the page starts it afresh. ({message})"
        )));
        let _ = banner.append_child(&p);
    }
    if let Ok(b) = doc.create_element("button") {
        b.set_text_content(Some("Reload"));
        let _ = b.set_attribute("type", "button");
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        let _ = b.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        reload.forget();
        let _ = banner.append_child(&b);
    }
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
    if let Some(app) = doc.query_selector(".app").ok().flatten() {
        let _ = app.set_attribute("data-run-state", "error");
    }
}

/// Installs the hook: the message goes to the console, the banner to the page.
pub fn set_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let msg = match info.payload().downcast_ref::<&str>() {
            Some(s) => s.to_string(),
            None => info
                .payload()
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_else(|| "panic".into()),
        };
        show_banner(&msg);
    }));
}

/// A debug-only way to panic (tests of the hook). Absent from release builds.
#[cfg(debug_assertions)]
#[wasm_bindgen]
pub fn debug_panic(message: &str) {
    panic!("{}", message.to_string());
}
