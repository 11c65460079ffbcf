//! Runs a program on the browser event loop: the interpreter (or a lesson's
//! simulation) is ticked in slices of at most a few milliseconds, and waits for
//! its next deadline with gloo timers scaled by the speed. Stop drops the
//! pending timer (clearTimeout).

use crate::prog::Prog;
use engine::clock::{Clock, VirtualClock};
use engine::lessons::{Lesson, Params};
use engine::program::Tick;
use engine::settings::{ClockKind, Settings, Speed};
use gloo_timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Milliseconds since the page started (`performance.now()`).
pub fn perf_now() -> f64 {
    thread_local! {
        /// Looked up once: the interpreter asks for the time every 1,024 ops.
        static PERFORMANCE: Option<web_sys::Performance> =
            web_sys::window().and_then(|w| w.performance());
    }
    PERFORMANCE.with(|p| p.as_ref().map(|p| p.now()).unwrap_or(0.0))
}

/// The real clock: `performance.now()` scaled by the speed, frozen while paused.
pub struct RealClock {
    /// (perf ms, clock s) at the last rebase.
    base: Cell<(f64, f64)>,
    speed: Cell<f64>,
    paused: Cell<bool>,
}

impl RealClock {
    fn new(speed: f64) -> Self {
        RealClock {
            base: Cell::new((perf_now(), 0.0)),
            speed: Cell::new(speed),
            paused: Cell::new(false),
        }
    }
    fn rebase(&self) {
        let now = self.now();
        self.base.set((perf_now(), now));
    }
    fn set_paused(&self, p: bool) {
        self.rebase();
        self.paused.set(p);
    }
    fn set_speed(&self, s: f64) {
        self.rebase();
        self.speed.set(s);
    }
}

impl Clock for RealClock {
    fn now(&self) -> f64 {
        let (ms, s) = self.base.get();
        if self.paused.get() {
            s
        } else {
            s + (perf_now() - ms) / 1000.0 * self.speed.get()
        }
    }
}

enum Clocks {
    Virtual(Rc<VirtualClock>),
    Real(Rc<RealClock>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum RunState {
    Idle,
    /// Fetching the standard-library modules the program imports (their names)
    /// before it runs (`crate::preload`).
    Loading(String),
    Running,
    Paused,
    Finished,
    Error(String),
}

impl RunState {
    pub fn name(&self) -> &'static str {
        match self {
            RunState::Idle => "idle",
            RunState::Loading(_) => "loading",
            RunState::Running => "running",
            RunState::Paused => "paused",
            RunState::Finished => "finished",
            RunState::Error(_) => "error",
        }
    }
}

/// A wait in progress: the loop sleeps `secs` from virtual time `from`.
#[derive(Clone, Copy)]
struct Waiting {
    from: f64,
    secs: f64,
    since_ms: f64,
    blocking: bool,
}

pub struct Runner {
    program: Option<Prog>,
    clock: Option<Clocks>,
    speed: Speed,
    pub state: RunState,
    pub lesson: Lesson,
    pub params: Params,
    timer: Option<Timeout>,
    /// A short wait (< SOON_MS) spun on a MessageChannel instead of a timer,
    /// which browsers clamp to 4 ms when nested: (deadline ms, ends a wait).
    soon_due: Option<(f64, bool)>,
    soon: Option<Soon>,
    waiting: Option<Waiting>,
    /// On the real clock, `time.sleep` really spins until this clock time (s),
    /// in slices of BUSY_SLICE_MS so that the page itself never freezes.
    busy_until: Option<f64>,
    /// Stop after this loop iteration (Step).
    step_until: Option<u64>,
    /// Step line: pause once the run has had this many line events.
    step_line_until: Option<u64>,
    pub started_ms: f64,
    pub measured_ms: Option<f64>,
    /// How long the whole run takes, when known beforehand (a simulation); 0 if not.
    pub predicted_end: f64,
    on_change: Option<Rc<dyn Fn()>>,
    /// Bumped on every visible change, so the page knows when to redraw.
    pub version: u64,
    /// Bumped by every start: tells one run's output from the next's.
    pub run_id: u64,
    /// The settings the run in progress (or done) was started with
    /// (`state::run_query`): a change that leads back to them needs no re-run.
    pub started: String,
    last_notify_ms: f64,
    /// A mid-run redraw is queued (see the end of `pump`).
    redraw_queued: Cell<bool>,
    /// How long the page's last redraw took (ms): a busy run redraws no more
    /// often than a few times that, so that drawing a big record never
    /// crowds out the run itself.
    pub redraw_cost_ms: Cell<f64>,
    /// The next start is the run a page starts as it loads (`start_at_load`).
    at_load: bool,
}

pub type Shared = Rc<RefCell<Runner>>;

impl Default for Runner {
    fn default() -> Self {
        Runner {
            program: None,
            clock: None,
            speed: Speed::Factor(1.0),
            state: RunState::Idle,
            lesson: Lesson::default(),
            params: Lesson::default().defaults(),
            timer: None,
            soon_due: None,
            soon: None,
            waiting: None,
            busy_until: None,
            step_until: None,
            step_line_until: None,
            started_ms: 0.0,
            measured_ms: None,
            predicted_end: 0.0,
            on_change: None,
            version: 0,
            run_id: 0,
            started: String::new(),
            last_notify_ms: 0.0,
            redraw_queued: Cell::new(false),
            redraw_cost_ms: Cell::new(0.0),
            at_load: false,
        }
    }
}

/// The longest slice of work between two chances for the page to render.
const SLICE_MS: f64 = 8.0;
/// A run's first slice, in the task of the click or key that started it: long
/// enough for a lesson to end in it and be drawn once (asyncq's run takes
/// about 10 ms), short enough to keep that task well under 50 ms.
const FIRST_SLICE_MS: f64 = 20.0;
/// The first slice of the run a page starts as it loads (autorun, or a link to
/// a moment), on the virtual clock at instant speed: long enough for a lesson's
/// result to be in the page's first paint (that first run also reads the asyncio
/// prelude, and V8 compiles the interpreter's code as it first runs).
const LOAD_SLICE_MS: f64 = 150.0;
/// A run starts in the task of its click or key only if the run before it
/// ended within this (an edit of a lesson): a program's first tick can be long
/// (countasync with 10,000 calls: 40-50 ms), and after the click's own work it
/// made a task of over 50 ms.
const QUICK_RUN_MS: f64 = 100.0;
/// While a run goes on without waiting (instant), redraw at most this often.
const REDRAW_MS: f64 = 50.0;
/// The longest stretch a blocking call spins on the real clock before the
/// page gets a turn (the loop itself stays blocked: that is the lesson).
const BUSY_SLICE_MS: f64 = 40.0;
/// A slice ends once it has printed this many lines, so that the console
/// never has to draw more than about this many at once.
const LINES_PER_SLICE: usize = 1000;
/// Waits shorter than this are spun on a MessageChannel (no 4 ms clamp).
const SOON_MS: f64 = 5.0;

/// The MessageChannel a runner spins short waits on.
struct Soon {
    port: web_sys::MessagePort,
    _keep: web_sys::MessageChannel,
    _on_message: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>,
}

fn soon_channel(rc: &Shared) -> Option<Soon> {
    use wasm_bindgen::JsCast;
    let ch = web_sys::MessageChannel::new().ok()?;
    let weak = Rc::downgrade(rc);
    let on_message =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| {
            let Some(rc) = weak.upgrade() else { return };
            let Some((deadline, finish)) = rc.borrow().soon_due else {
                return;
            };
            if perf_now() < deadline {
                post_soon(&rc);
                return;
            }
            rc.borrow_mut().soon_due = None;
            if finish {
                finish_waiting(&rc);
            }
            pump(&rc, false);
        });
    ch.port1()
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    Some(Soon {
        port: ch.port2(),
        _keep: ch,
        _on_message: on_message,
    })
}

fn post_soon(rc: &Shared) {
    let mut r = rc.borrow_mut();
    if r.soon.is_none() {
        drop(r);
        let s = soon_channel(rc);
        r = rc.borrow_mut();
        r.soon = s;
    }
    if let Some(s) = &r.soon {
        let _ = s.port.post_message(&wasm_bindgen::JsValue::NULL);
    }
}

impl Runner {
    pub fn set_on_change(&mut self, f: Rc<dyn Fn()>) {
        self.on_change = Some(f);
    }
    pub fn has_on_change(&self) -> bool {
        self.on_change.is_some()
    }

    pub fn program(&self) -> Option<&Prog> {
        self.program.as_ref()
    }

    /// Timers pending on the browser (0 or 1): exposed for tests.
    pub fn pending_timers(&self) -> usize {
        usize::from(self.timer.is_some() || self.soon_due.is_some())
    }

    /// Drops whatever is pending (clearTimeout; a spun wait is forgotten).
    fn cancel_pending(&mut self) {
        self.timer = None;
        self.soon_due = None;
    }

    pub fn is_real(&self) -> bool {
        matches!(self.clock, Some(Clocks::Real(_)))
    }

    /// The time to show: during a wait on the virtual clock, how far the wait has got.
    pub fn display_now(&self) -> f64 {
        let Some(p) = &self.program else { return 0.0 };
        match (&self.waiting, &self.speed, &self.state) {
            (Some(w), Speed::Factor(f), RunState::Running) if !self.is_real() => {
                w.from + ((perf_now() - w.since_ms) / 1000.0 * f).clamp(0.0, w.secs)
            }
            _ => p.now(),
        }
    }

    /// Whether a busy run should redraw now.
    fn redraw_due(&self) -> bool {
        let gap = REDRAW_MS.max(4.0 * self.redraw_cost_ms.get());
        perf_now() - self.last_notify_ms >= gap
    }

    pub fn is_blocking(&self) -> bool {
        self.waiting.is_some_and(|w| w.blocking)
    }
}

fn notify(rc: &Shared) {
    let f = {
        let mut r = rc.borrow_mut();
        r.version += 1;
        r.last_notify_ms = perf_now();
        r.on_change.clone()
    };
    if let Some(f) = f {
        f();
    }
}

/// Starts the run a page makes as it loads (see `LOAD_SLICE_MS`).
pub fn start_at_load(rc: &Shared, settings: &Settings) {
    if settings.clock == ClockKind::Virtual && settings.speed == Speed::Instant {
        rc.borrow_mut().at_load = true;
    }
    start(rc, settings, false);
}

/// Starts a new run of `settings` (any run in progress is dropped).
pub fn start(rc: &Shared, settings: &Settings, paused: bool) {
    start_then(rc, settings, paused, |_| {})
}

/// Starts a new run of `settings`, then calls `then` (Step's first step). A
/// program that imports standard-library modules the page has not loaded yet
/// (`crate::preload`) starts once they are here: meanwhile the run is
/// `Loading`, and a Stop or another start drops it. Any other program starts
/// in this very task, as before.
pub fn start_then(
    rc: &Shared,
    settings: &Settings,
    paused: bool,
    then: impl FnOnce(&Shared) + 'static,
) {
    rc.borrow_mut().started = crate::state::run_query(settings);
    {
        let mut r = rc.borrow_mut();
        r.lesson = settings.lesson;
        r.params = settings.params.clone();
    }
    let missing = source(settings)
        .map(|src| playground_python::preludes::missing(&src))
        .unwrap_or_default();
    if missing.is_empty() {
        start_now(rc, settings, paused);
        then(rc);
        return;
    }
    let run_id = {
        let mut r = rc.borrow_mut();
        r.cancel_pending();
        r.program = None;
        r.clock = None;
        r.waiting = None;
        r.step_until = None;
        r.step_line_until = None;
        r.busy_until = None;
        r.measured_ms = None;
        r.run_id += 1;
        r.state = RunState::Loading(crate::preload::shown(&missing));
        r.run_id
    };
    notify(rc);
    let (rc, settings) = (rc.clone(), settings.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = crate::preload::fetch_all(&missing).await;
        // Stopped, or started again, meanwhile: that run is gone.
        if rc.borrow().run_id != run_id {
            return;
        }
        match loaded {
            Ok(()) => {
                start_now(&rc, &settings, paused);
                then(&rc);
            }
            Err(msg) => {
                web_sys::console::error_1(&msg.clone().into());
                {
                    let mut r = rc.borrow_mut();
                    r.state = RunState::Error(msg);
                    r.at_load = false;
                }
                notify(&rc);
            }
        }
    });
}

/// Starts the run of `settings` in this task.
fn start_now(rc: &Shared, settings: &Settings, paused: bool) {
    let predicted_end = predict_end(settings);
    let s = settings.clone();
    start_with(
        rc,
        settings.clock,
        settings.speed,
        paused,
        predicted_end,
        move |clock| program(&s, clock),
    );
}

/// The length of the run, when it is known beforehand: a simulation's (its
/// last line's time). A program is run once per Run: its timeline's scale grows
/// as it goes (`nice_end`), not from a silent run ahead of it.
fn predict_end(s: &Settings) -> f64 {
    match (&s.code, s.lesson.simulation()) {
        (None, Some(sim)) => (sim.lines)(&s.params).last().map_or(0.0, |l| l.0),
        _ => 0.0,
    }
}

/// The end of a growing time axis: the first of 1, 2, 5 × 10^k at or past `t`
/// (so a paced run's timeline rescales a few times, not at every frame).
pub fn nice_end(t: f64) -> f64 {
    if !t.is_finite() || t <= 0.0 {
        return 1.0;
    }
    let base = 10f64.powf(t.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * base)
        .find(|e| *e >= t - 1e-9)
        .unwrap_or(10.0 * base)
}

/// How long one slice of a run may hold the page. A slice returns within
/// milliseconds unless the program is stuck where the interpreter cannot pause:
/// a builtin looping over an endless generator (`sum(gen())`), or Python code
/// called from a builtin (a `__repr__`, a sort key) that never returns.
const STUCK_MS: f64 = 2000.0;

thread_local! {
    /// When the slice in progress began (performance.now()).
    static SLICE_START: Cell<f64> = const { Cell::new(f64::INFINITY) };
}

/// The interpreter's host in the page: the run's clock, the process's memory,
/// and a stop for a slice that holds the page too long.
struct PageHost {
    clock: Rc<dyn Clock>,
}

impl playground_python::Host for PageHost {
    fn now(&self) -> f64 {
        self.clock.now()
    }
    fn sleep_now(&self, secs: f64) {
        self.clock.advance_now(secs);
    }
    fn used_bytes(&self) -> usize {
        playground_python::alloc::used()
    }
    fn should_stop(&self) -> Option<String> {
        let start = SLICE_START.with(Cell::get);
        (perf_now() - start > STUCK_MS).then(|| {
            format!(
                "the program was stopped: it ran {:.0} s without giving the page a turn \
                 (a loop inside a builtin call, or in code a builtin called)",
                STUCK_MS / 1000.0
            )
        })
    }
}

/// The run of the program on screen: the interpreter on its Python source,
/// but for `threads`' own program, a simulation in the engine (a web page
/// can have neither threads nor processes).
fn program(s: &Settings, clock: Rc<dyn Clock>) -> Result<Prog, String> {
    if let (None, Some(sim)) = (&s.code, s.lesson.simulation()) {
        let lines = (sim.lines)(&s.params);
        return Ok(Prog::Engine(engine::program::Program::new(
            clock,
            true,
            s.lesson.file(),
            lines,
        )));
    }
    let src = source(s).expect("a program in Python");
    interpreted(&src, &s.file_name(), s.argv_list(), clock)
}

/// The Python source a run of `s` runs (None: `threads`' simulation).
fn source(s: &Settings) -> Option<String> {
    match (&s.code, s.lesson.simulation()) {
        (None, Some(_)) => None,
        _ => Some(s.code.clone().unwrap_or_else(|| s.lesson.python(&s.params))),
    }
}

/// `src` run by the interpreter on `clock`, keeping the page's record; a
/// program that does not compile is its syntax error.
pub fn interpreted(
    src: &str,
    file: &str,
    args: Vec<String>,
    clock: Rc<dyn Clock>,
) -> Result<Prog, String> {
    let opts = playground_python::Options {
        trace: true,
        lines: playground_python::lines::LineMode::Record,
        args,
        ..Default::default()
    };
    let host = Rc::new(PageHost { clock });
    match playground_python::Program::new(src, file, opts, host) {
        Ok(p) => Ok(Prog::Python(Box::new(p))),
        Err(text) => Ok(Prog::Failed(crate::prog::Failed::new(
            playground_python::syntax_error(src, file).unwrap_or(playground_python::SyntaxInfo {
                line: 1,
                col: 1,
                message: text.lines().last().unwrap_or_default().to_string(),
                text,
            }),
        ))),
    }
}

/// Starts a run of the program `make` builds on the clock it is given.
pub fn start_with(
    rc: &Shared,
    clock_kind: ClockKind,
    speed: Speed,
    paused: bool,
    predicted_end: f64,
    make: impl FnOnce(Rc<dyn Clock>) -> Result<Prog, String>,
) {
    let quick;
    {
        let mut r = rc.borrow_mut();
        r.cancel_pending();
        r.program = None;
        r.waiting = None;
        r.step_until = None;
        r.step_line_until = None;
        r.busy_until = None;
        r.run_id += 1;
        r.speed = speed;
        r.predicted_end = predicted_end;
        let (clock, dynclock): (Clocks, Rc<dyn Clock>) = match clock_kind {
            ClockKind::Virtual => {
                let c = Rc::new(VirtualClock::new());
                (Clocks::Virtual(c.clone()), c)
            }
            ClockKind::Real => {
                let f = match speed {
                    Speed::Factor(f) => f,
                    Speed::Instant => 1.0,
                };
                let c = Rc::new(RealClock::new(f));
                (Clocks::Real(c.clone()), c)
            }
        };
        // Did the run before this one end quickly (see QUICK_RUN_MS)?
        quick = r.measured_ms.is_some_and(|ms| ms < QUICK_RUN_MS);
        r.started_ms = perf_now();
        // The start counts as a redraw: a busy run's first redraw comes
        // REDRAW_MS after it (the page redraws at once for a run that ends sooner).
        r.last_notify_ms = r.started_ms;
        r.measured_ms = None;
        match make(dynclock) {
            Ok(p) => {
                // A syntax error: its text is the console, its place marked.
                let failed = p.syntax_error().map(|e| e.message.clone());
                r.program = Some(p);
                if let Some(msg) = failed {
                    r.clock = Some(clock);
                    r.state = RunState::Error(msg);
                    drop(r);
                    notify(rc);
                    return;
                }
            }
            Err(msg) => {
                // The program cannot start (a syntax error): nothing runs.
                r.state = RunState::Error(msg);
                drop(r);
                notify(rc);
                return;
            }
        }
        r.clock = Some(clock);
        r.state = if paused {
            RunState::Paused
        } else {
            RunState::Running
        };
        if paused {
            if let Some(Clocks::Real(c)) = &r.clock {
                c.set_paused(true);
            }
        }
    }
    // The first slice runs in this task: scheduled, it waited for a frame to be
    // laid out and painted first (measured: 7-15 ms of an edit -> output). The
    // slice redraws when the run ends or waits, or REDRAW_MS after the start:
    // a run of a few slices draws once, not once with its first slice too.
    // A paced run, or one whose last run was long, starts in a task of its own,
    // as before.
    let at_load = std::mem::take(&mut rc.borrow_mut().at_load);
    let first_slice_ms = if at_load {
        LOAD_SLICE_MS
    } else {
        FIRST_SLICE_MS
    };
    if paused {
        notify(rc);
    } else if speed == Speed::Instant && (quick || at_load) {
        pump_for(rc, false, first_slice_ms);
    } else {
        schedule(rc, 0.0, None);
        notify(rc);
    }
}

/// Stops and forgets the run: no timer stays pending.
pub fn stop(rc: &Shared) {
    {
        let mut r = rc.borrow_mut();
        r.cancel_pending();
        r.waiting = None;
        r.program = None;
        r.clock = None;
        r.step_until = None;
        r.step_line_until = None;
        r.busy_until = None;
        r.run_id += 1;
        r.state = RunState::Idle;
    }
    notify(rc);
}

pub fn pause(rc: &Shared) {
    {
        let mut r = rc.borrow_mut();
        if r.state != RunState::Running {
            return;
        }
        r.cancel_pending();
        // A wait in progress keeps what is left of it for Resume.
        if let (Some(w), Speed::Factor(f)) = (r.waiting, r.speed) {
            if !r.is_real() {
                let done = ((perf_now() - w.since_ms) / 1000.0 * f).clamp(0.0, w.secs);
                r.waiting = Some(Waiting {
                    from: w.from,
                    secs: w.secs,
                    since_ms: done,
                    blocking: w.blocking,
                });
            }
        }
        if let Some(Clocks::Real(c)) = &r.clock {
            c.set_paused(true);
        }
        r.state = RunState::Paused;
    }
    notify(rc);
}

pub fn resume(rc: &Shared) {
    let left_ms = {
        let mut r = rc.borrow_mut();
        if r.state != RunState::Paused {
            return;
        }
        r.state = RunState::Running;
        r.step_until = None;
        r.step_line_until = None;
        if let Some(Clocks::Real(c)) = &r.clock {
            c.set_paused(false);
        }
        match (r.waiting, r.speed) {
            (Some(w), Speed::Factor(f)) if !r.is_real() => {
                // `since_ms` holds the part of the wait already done (see pause).
                let done = w.since_ms;
                r.waiting = Some(Waiting {
                    since_ms: perf_now() - done / f * 1000.0,
                    ..w
                });
                Some((w.secs - done) / f * 1000.0)
            }
            _ => None,
        }
    };
    match left_ms {
        Some(ms) => schedule(rc, ms, Some(())),
        None => schedule(rc, 0.0, None),
    }
    notify(rc);
}

/// Runs one loop iteration, then pauses (a paused or finished-less run only).
pub fn step(rc: &Shared) {
    {
        let mut r = rc.borrow_mut();
        if r.state != RunState::Paused {
            return;
        }
        let it = r.program.as_ref().map(|p| p.iteration()).unwrap_or(0);
        r.step_until = Some(it + 1);
        r.cancel_pending();
        if let Some(Clocks::Real(c)) = &r.clock {
            c.set_paused(false);
        }
    }
    pump(rc, true);
}

/// Runs to the next line event of the program (Step line), then pauses.
pub fn step_line(rc: &Shared) {
    {
        let mut r = rc.borrow_mut();
        if r.state != RunState::Paused {
            return;
        }
        let Some(p) = r.program.as_mut() else { return };
        if !p.pause_after_next_line() {
            return;
        }
        let n = p.line_count() + 1;
        r.step_line_until = Some(n);
        r.cancel_pending();
        if let Some(Clocks::Real(c)) = &r.clock {
            c.set_paused(false);
        }
    }
    pump(rc, true);
}

/// Changes the speed of the run in progress.
pub fn set_speed(rc: &Shared, speed: Speed) {
    let mut r = rc.borrow_mut();
    r.speed = speed;
    if let (Some(Clocks::Real(c)), Speed::Factor(f)) = (&r.clock, speed) {
        c.set_speed(f);
    }
}

/// Arms the one pending timer. `finish_wait`: the timer ends the current wait.
fn schedule(rc: &Shared, ms: f64, finish_wait: Option<()>) {
    if ms < SOON_MS {
        {
            let mut r = rc.borrow_mut();
            r.timer = None;
            r.soon_due = Some((perf_now() + ms, finish_wait.is_some()));
        }
        post_soon(rc);
        return;
    }
    rc.borrow_mut().soon_due = None;
    let weak = Rc::downgrade(rc);
    let ms = ms.clamp(0.0, 2_000_000_000.0).round() as u32;
    let t = Timeout::new(ms, move || {
        if let Some(rc) = weak.upgrade() {
            rc.borrow_mut().timer = None;
            if finish_wait.is_some() {
                finish_waiting(&rc);
            }
            pump(&rc, false);
        }
    });
    rc.borrow_mut().timer = Some(t);
}

/// The virtual clock reaches the end of the wait exactly (the engine's
/// arithmetic, as the oracle's: `now += timeout`).
fn finish_waiting(rc: &Shared) {
    let mut r = rc.borrow_mut();
    if let Some(w) = r.waiting.take() {
        if let Some(Clocks::Virtual(c)) = &r.clock {
            c.advance(w.secs);
        }
    }
}

/// Does a slice of work, then arms the timer for the next one.
fn pump(rc: &Shared, stepping: bool) {
    pump_for(rc, stepping, SLICE_MS)
}

/// Runs the program for at most `slice_ms` (and `LINES_PER_SLICE` lines).
fn pump_for(rc: &Shared, stepping: bool, slice_ms: f64) {
    let t0 = perf_now();
    let mut next: Option<(f64, bool)> = None;
    {
        let mut r = rc.borrow_mut();
        let step_pending = stepping || r.step_until.is_some() || r.step_line_until.is_some();
        if !(r.state == RunState::Running || (step_pending && r.state == RunState::Paused)) {
            return;
        }
        if r.is_real() {
            // A blocking call spins for real (burning the time it claims).
            if let (Some(until), Some(Clocks::Real(c))) = (r.busy_until, &r.clock) {
                while c.now() < until && perf_now() < t0 + BUSY_SLICE_MS {
                    std::hint::spin_loop();
                }
                if c.now() < until {
                    drop(r);
                    schedule(rc, 0.0, None);
                    if rc.borrow().redraw_due() {
                        notify(rc);
                    }
                    return;
                }
                r.busy_until = None;
            }
            r.waiting = None;
        }
        if stepping {
            // A wait cut short by Step ends at once.
            let w = r.waiting.take();
            if let (Some(w), Some(Clocks::Virtual(c))) = (w, &r.clock) {
                c.advance(w.secs);
            }
        }
        let lines0 = r.program.as_ref().map(|p| p.output().len()).unwrap_or(0);
        loop {
            let Some(p) = r.program.as_mut() else { return };
            SLICE_START.with(|s| s.set(perf_now()));
            let tick = p.tick();
            SLICE_START.with(|s| s.set(f64::INFINITY));
            let iteration = p.iteration();
            let mid = p.mid_iteration();
            match tick {
                Tick::Progress => {
                    let lines = r.program.as_ref().map_or(0, |p| p.line_count());
                    if r.step_line_until.is_some_and(|t| lines >= t) {
                        r.step_line_until = None;
                        r.state = RunState::Paused;
                        if let Some(Clocks::Real(c)) = &r.clock {
                            c.set_paused(true);
                        }
                        break;
                    }
                    if let Some(target) = r.step_until {
                        if iteration >= target && !mid {
                            r.step_until = None;
                            r.step_line_until = None;
                            r.state = RunState::Paused;
                            if let Some(Clocks::Real(c)) = &r.clock {
                                c.set_paused(true);
                            }
                            break;
                        }
                    }
                    if perf_now() - t0 > slice_ms {
                        next = Some((0.0, false));
                        break;
                    }
                    if r.program.as_ref().map(|p| p.output().len()).unwrap_or(0) - lines0
                        >= LINES_PER_SLICE
                    {
                        next = Some((0.0, false));
                        break;
                    }
                }
                Tick::Wait { secs, blocking } => {
                    let instant = matches!(r.speed, Speed::Instant)
                        || r.step_until.is_some()
                        || r.step_line_until.is_some();
                    match (&r.clock, r.speed) {
                        (Some(Clocks::Virtual(c)), _) if instant => c.advance(secs),
                        (Some(Clocks::Virtual(_)), Speed::Factor(f)) => {
                            let from = r.program.as_ref().map(|p| p.now()).unwrap_or(0.0);
                            r.waiting = Some(Waiting {
                                from,
                                secs,
                                since_ms: perf_now(),
                                blocking,
                            });
                            next = Some((secs / f * 1000.0, true));
                            break;
                        }
                        (Some(Clocks::Real(c)), _) => {
                            // The real clock moves by itself; blocking waits are
                            // shown (not spun), so the page never freezes.
                            let f = c.speed.get();
                            let from = c.now();
                            r.waiting = Some(Waiting {
                                from,
                                secs,
                                since_ms: perf_now(),
                                blocking,
                            });
                            let ms = secs / f * 1000.0;
                            if blocking {
                                r.busy_until = Some(from + secs);
                                next = Some((0.0, false));
                            } else {
                                next = Some((ms, false));
                            }
                            break;
                        }
                        _ => return,
                    }
                }
                Tick::Done => {
                    r.state = RunState::Finished;
                    r.waiting = None;
                    r.measured_ms = Some(perf_now() - r.started_ms);
                    break;
                }
                Tick::Error(e) => {
                    r.state = RunState::Error(e);
                    r.waiting = None;
                    break;
                }
            }
        }
    }
    let busy = matches!(next, Some((ms, _)) if ms == 0.0);
    if let Some((ms, finish)) = next {
        schedule(rc, ms, finish.then_some(()));
    }
    // Mid-run slices redraw at most every REDRAW_MS (longer when redrawing is
    // slow), in a task of their own (a slice and a redraw in one task could
    // hold the page for both); waits, pauses and ends redraw at once.
    if !busy {
        notify(rc);
    } else if rc.borrow().redraw_due() && !rc.borrow().redraw_queued.replace(true) {
        let rc = rc.clone();
        gloo_timers::callback::Timeout::new(0, move || {
            rc.borrow().redraw_queued.set(false);
            notify(&rc);
        })
        .forget();
    }
}
