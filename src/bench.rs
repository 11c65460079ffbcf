//! The functions that tests and benchmarks call from JS (`window.wasmBindings`):
//! the interpreter timed in the page, real-clock lateness, memory.

use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Bytes of linear memory the wasm instance holds.
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// The interpreter in the page: milliseconds to run `src` to its end on the
/// virtual clock, with the page's record (`trace`) or without.
#[wasm_bindgen]
pub fn bench_python(src: &str, trace: bool) -> f64 {
    let perf = web_sys::window().and_then(|w| w.performance());
    let now = || perf.as_ref().map(|p| p.now()).unwrap_or(0.0);
    let t0 = now();
    if trace {
        let _ = playground_python::run_traced(src, "main.py", Default::default());
    } else {
        let _ = playground_python::run_virtual(src, "main.py", Default::default());
    }
    now() - t0
}

thread_local! {
    /// When the frames panel's last capture was found, and how long the page
    /// then took to draw it (ms; issue 14's budget for 100 tasks is 16).
    pub static FRAMES_FOUND_AT: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NAN) };
    pub static FRAMES_DRAW_MS: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NAN) };
}

/// The time from the frames panel's last capture to its drawn page (ms).
#[wasm_bindgen]
pub fn bench_frames_draw_ms() -> f64 {
    FRAMES_DRAW_MS.with(|c| c.get())
}

thread_local! {
    static BENCH_RUNNER: std::cell::RefCell<Option<crate::runner::Shared>> = const { std::cell::RefCell::new(None) };
}

/// Real-clock fidelity: a Python program of `n` tasks with staggered sleeps
/// (task i sleeps 0.2 s + i ms) run by the page's runner and interpreter on the
/// real clock at speed 1. Resolves to `[p50, p95, max]` lateness of the
/// wake-ups, in milliseconds.
#[wasm_bindgen]
pub fn bench_real_clock(n: u32) -> js_sys::Promise {
    use crate::runner::{self, RunState, Runner};
    use engine::settings::{ClockKind, Speed};
    use engine::stats::{percentile, Timeline};
    use std::cell::RefCell;
    let n = n.clamp(1, 100_000) as usize;
    let src = format!(
        "import asyncio\n\nasync def sleeper(d):\n    await asyncio.sleep(d)\n\n\
         async def main():\n    await asyncio.gather(*(sleeper(0.2 + i / 1000) for i in range({n})))\n\n\
         asyncio.run(main())\n"
    );
    js_sys::Promise::new(&mut move |resolve, _reject| {
        let rc: runner::Shared = Rc::new(RefCell::new(Runner::default()));
        let weak = Rc::downgrade(&rc);
        let resolve = RefCell::new(Some(resolve));
        rc.borrow_mut().set_on_change(Rc::new(move || {
            let Some(rc) = weak.upgrade() else { return };
            let Ok(r) = rc.try_borrow() else { return };
            if !matches!(r.state, RunState::Finished | RunState::Error(_)) {
                return;
            }
            let Some(p) = r.program() else { return };
            let tl = Timeline::build(&p.trace(), p.task_names().len(), p.now());
            let ms: Vec<f64> = tl.lateness.iter().map(|s| s * 1000.0).collect();
            let out = js_sys::Array::new();
            for q in [50.0, 95.0, 100.0] {
                out.push(&JsValue::from_f64(percentile(&ms, q).unwrap_or(f64::NAN)));
            }
            if let Some(f) = resolve.borrow_mut().take() {
                let _ = f.call1(&JsValue::NULL, &out);
                // Let the runner go once this callback has returned.
                gloo_timers::callback::Timeout::new(0, || {
                    BENCH_RUNNER
                        .with(|b| b.borrow_mut().take())
                        .map(drop)
                        .unwrap_or(())
                })
                .forget();
            }
        }));
        let src = src.clone();
        runner::start_with(
            &rc,
            ClockKind::Real,
            Speed::Factor(1.0),
            false,
            0.2 + n as f64 / 1000.0,
            move |clock| runner::interpreted(&src, "bench.py", Vec::new(), clock),
        );
        // Keep the runner alive until the run ends.
        BENCH_RUNNER.with(|b| *b.borrow_mut() = Some(rc));
    })
}
