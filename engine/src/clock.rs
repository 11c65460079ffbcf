//! The clock the loop reads. The virtual clock jumps to each deadline at once;
//! the browser clock (in the app) reads `performance.now()` scaled by speed.

use std::cell::Cell;

pub trait Clock {
    /// Seconds since the program started (`loop.time()`, `time.perf_counter()`).
    fn now(&self) -> f64;
    /// Moves the clock on by `secs` now, if the program moves it (the virtual
    /// clock); a real clock moves by itself. For a `time.sleep` the run cannot
    /// pause for (inside a builtin's loop), which the driver never sees.
    fn advance_now(&self, _secs: f64) {}
}

/// Deterministic time: it only moves when the driver advances it.
#[derive(Default)]
pub struct VirtualClock {
    now: Cell<f64>,
}

impl VirtualClock {
    pub fn new() -> Self {
        Self::default()
    }
    /// `Clock.now += timeout`, as the oracle's selector and `time.sleep` do.
    pub fn advance(&self, secs: f64) {
        if secs > 0.0 {
            self.now.set(self.now.get() + secs);
        }
    }
}

impl Clock for VirtualClock {
    fn advance_now(&self, secs: f64) {
        self.advance(secs);
    }
    fn now(&self) -> f64 {
        self.now.get()
    }
}
