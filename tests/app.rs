//! wasm-bindgen-test in headless Chromium: the app mounted into a div.
#![cfg(target_arch = "wasm32")]

use async_playground::mount;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn button(root: &Element, name: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let b = buttons.item(i).unwrap().dyn_into::<HtmlElement>().unwrap();
        if b.text_content().unwrap_or_default().trim() == name {
            return b;
        }
    }
    panic!("no button named {name}");
}

fn run_state(root: &Element) -> String {
    root.query_selector(".app")
        .unwrap()
        .map(|a| a.get_attribute("data-run-state").unwrap_or_default())
        .unwrap_or_default()
}

fn console_lines(root: &Element) -> Vec<String> {
    let log = root
        .query_selector("[role=log][aria-label=Console]")
        .unwrap()
        .expect("a console");
    let kids = log.children();
    (0..kids.length())
        .map(|i| kids.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

/// Waits until the console holds at least `n` lines. The run state is an attribute
/// written when the app renders; the console's lines are appended by an effect that
/// yew runs after that render, so a poll can fall between the two.
async fn wait_for_lines(root: &Element, n: usize, max_ms: u32) -> Vec<String> {
    let mut waited = 0;
    loop {
        let lines = console_lines(root);
        if lines.len() >= n || waited >= max_ms {
            return lines;
        }
        TimeoutFuture::new(20).await;
        waited += 20;
    }
}

async fn wait_for_state(root: &Element, want: &str, max_ms: u32) {
    let mut waited = 0;
    while run_state(root) != want {
        assert!(
            waited < max_ms,
            "still {:?} after {max_ms} ms, wanted {want} (status: {:?})",
            run_state(root),
            root.query_selector(".status")
                .ok()
                .flatten()
                .and_then(|s| s.text_content())
        );
        TimeoutFuture::new(20).await;
        waited += 20;
    }
}

#[wasm_bindgen_test]
async fn run_button_prints_the_hello_world_in_order() {
    let root = fresh_root();
    let _app = mount(
        root.clone(),
        Some("?lesson=countasync&clock=virtual&speed=instant".into()),
    );
    TimeoutFuture::new(0).await;
    assert_eq!(run_state(&root), "idle");
    assert!(console_lines(&root).is_empty());
    button(&root, "Run").click();
    wait_for_state(&root, "finished", 5000).await;
    assert_eq!(
        wait_for_lines(&root, 7, 1000).await,
        [
            "One",
            "One",
            "One",
            "Two",
            "Two",
            "Two",
            "countasync.py executed in 1.00 seconds."
        ]
    );
}

#[wasm_bindgen_test]
async fn gloo_timers_drive_a_real_clock_run() {
    let root = fresh_root();
    let _app = mount(
        root.clone(),
        Some("?lesson=countasync&clock=real&speed=4".into()),
    );
    TimeoutFuture::new(0).await;
    let t0 = js_sys::Date::now();
    button(&root, "Run").click();
    // The three Ones print at once; the Twos wait for the timers (1 s / 4).
    // (Waits, not a fixed delay: a debug build is slow to start a run.)
    wait_for_state(&root, "running", 10_000).await;
    let early = wait_for_lines(&root, 3, 5000).await;
    assert_eq!(&early[..3], ["One", "One", "One"]);
    if early.len() > 3 {
        assert!(
            js_sys::Date::now() - t0 >= 240.0,
            "a Two came before its timer"
        );
    }
    wait_for_state(&root, "finished", 5000).await;
    let took = js_sys::Date::now() - t0;
    let lines = wait_for_lines(&root, 7, 1000).await;
    assert!(
        took >= 240.0,
        "finished after {took} ms, before the timers could fire"
    );
    assert_eq!(&lines[..6], ["One", "One", "One", "Two", "Two", "Two"]);
    // On the real clock (×4) every real millisecond of work counts four
    // times: a debug build under load may add a tenth of a second.
    let elapsed: f64 = lines[6]
        .strip_prefix("countasync.py executed in ")
        .and_then(|r| r.strip_suffix(" seconds."))
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{}", lines[6]));
    assert!((1.0..1.5).contains(&elapsed), "{}", lines[6]);
}

#[wasm_bindgen_test]
async fn stop_leaves_no_timer_and_idle() {
    let root = fresh_root();
    let _app = mount(
        root.clone(),
        Some("?lesson=asyncq&clock=virtual&speed=1".into()),
    );
    TimeoutFuture::new(0).await;
    button(&root, "Run").click();
    // The first run compiles the asyncio prelude (slow in a debug build):
    // wait for the page to show the run under way, parked on its timer.
    wait_for_state(&root, "running", 10_000).await;
    let app = root.query_selector(".app").unwrap().unwrap();
    let mut waited = 0;
    while app.get_attribute("data-pending-timers").as_deref() != Some("1") && waited < 10_000 {
        TimeoutFuture::new(20).await;
        waited += 20;
    }
    assert_eq!(
        app.get_attribute("data-pending-timers").as_deref(),
        Some("1")
    );
    button(&root, "Stop").click();
    // The page shows it at its next render (yew may defer it to a later task;
    // a debug build under load is slow).
    wait_for_state(&root, "idle", 10_000).await;
    let app = root.query_selector(".app").unwrap().unwrap();
    assert_eq!(
        app.get_attribute("data-pending-timers").as_deref(),
        Some("0")
    );
}

#[wasm_bindgen_test]
async fn source_panel_shows_the_program_for_the_parameters() {
    let root = fresh_root();
    let _app = mount(
        root.clone(),
        Some("?lesson=asyncq&maxsize=3&nprod=2".into()),
    );
    TimeoutFuture::new(0).await;
    let code = root
        .query_selector("[aria-label='Python source'] code")
        .unwrap()
        .unwrap();
    let text = code.text_content().unwrap();
    let asyncq = engine::lessons::Lesson::named("asyncq");
    let mut p = asyncq.defaults();
    assert_eq!(p.set(asyncq, "maxsize", "3"), None);
    assert_eq!(p.set(asyncq, "nprod", "2"), None);
    assert_eq!(text, asyncq.python(&p));
}

/// The picker and the inputs come from the lessons' definitions: every lesson in
/// `Lesson::ALL` (a lesson is added as one file and one line of that list)
/// appears in the picker under its group, and shows one input per parameter.
#[wasm_bindgen_test]
async fn every_defined_lesson_is_in_the_picker_with_its_parameters() {
    for &lesson in engine::lessons::Lesson::ALL {
        let root = fresh_root();
        let _app = mount(root.clone(), Some(format!("?lesson={}", lesson.name())));
        TimeoutFuture::new(0).await;
        let group = root
            .query_selector(&format!(
                ".picker [role=group][aria-label='{}']",
                lesson.group().label()
            ))
            .unwrap()
            .expect("the lesson's group");
        let names: Vec<String> = {
            let l = group.query_selector_all(".lname").unwrap();
            (0..l.length())
                .map(|i| l.item(i).unwrap().text_content().unwrap_or_default())
                .collect()
        };
        assert!(
            names.iter().any(|n| n == lesson.file()),
            "{} not in {names:?}",
            lesson.file()
        );
        let on = root
            .query_selector(".picker [aria-pressed=true] .lname")
            .unwrap()
            .expect("the lesson on screen is marked");
        assert_eq!(on.text_content().unwrap_or_default(), lesson.file());
        for spec in lesson.specs() {
            assert!(
                root.query_selector(&format!(".params #param-{}", spec.name))
                    .unwrap()
                    .is_some(),
                "{}: no input for {}",
                lesson.name(),
                spec.name
            );
        }
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn ansi_colours_become_classes_not_text() {
    let root = fresh_root();
    let _app = mount(
        root.clone(),
        Some("?lesson=rand&speed=instant&autorun=1".into()),
    );
    wait_for_state(&root, "finished", 5000).await;
    let lines = wait_for_lines(&root, 1, 1000).await;
    assert!(
        !lines.is_empty(),
        "the console is empty after the run finished"
    );
    assert_eq!(lines[0], "Initiated makerandom(0).");
    assert!(lines.iter().all(|l| !l.contains('\u{1b}')));
    assert!(root
        .query_selector("[role=log] .ansi-36")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn bad_url_values_show_a_note_and_fall_back() {
    let root = fresh_root();
    let _app = mount(
        root.clone(),
        Some("?lesson=asyncq&nprod=-4&speed=fast".into()),
    );
    TimeoutFuture::new(0).await;
    let notes = root
        .query_selector(".notes")
        .unwrap()
        .expect("a visible note")
        .text_content()
        .unwrap();
    assert!(notes.contains("nprod=-4 is below 0"), "{notes}");
    assert!(notes.contains("speed must be a number"), "{notes}");
}

#[wasm_bindgen_test]
async fn a_panic_shows_a_banner_with_a_reload_button() {
    async_playground::panic::set_panic_hook();
    // Panic inside a timer callback (as a bug in the running app would).
    gloo_timers::callback::Timeout::new(0, || {
        async_playground::panic::debug_panic("test-triggered panic")
    })
    .forget();
    TimeoutFuture::new(50).await;
    let doc = web_sys::window().unwrap().document().unwrap();
    let banner = doc.get_element_by_id("panic-banner").expect("a banner");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let text = banner.text_content().unwrap();
    assert!(text.contains("test-triggered panic"), "{text}");
    assert!(text.contains("Reload"), "{text}");
    banner.remove();
}

#[wasm_bindgen_test]
fn interpreter_benchmark_runs_in_the_page() {
    let ms = async_playground::bench::bench_python("print(sum(range(1000)))\n", true);
    assert!((0.0..10_000.0).contains(&ms), "{ms} ms");
}

/// A paced run's time axis grows in steps of 1, 2, 5 × 10^k (the program runs
/// once per Run: its length is not known beforehand).
#[wasm_bindgen_test]
fn a_growing_time_axis_ends_at_nice_values() {
    use async_playground::runner::nice_end;
    let got: Vec<f64> = [0.0, 0.3, 1.0, 1.01, 2.5, 7.0, 37.0, 100.0, f64::NAN]
        .into_iter()
        .map(nice_end)
        .collect();
    let want = [1.0, 0.5, 1.0, 2.0, 5.0, 10.0, 50.0, 100.0, 1.0];
    for (g, w) in got.iter().zip(want) {
        assert!((g - w).abs() < 1e-9, "{got:?}");
    }
}
