//! The pure heart of Async Playground: the lessons (their Python programs and
//! parameters, `lessons`), the record of a run (`trace`, `stats`, `internals`,
//! `export`), the page's settings and links, CPython-compatible `random`, the
//! clocks, and a model of CPython 3.11's asyncio in Rust (`asyncio`), which runs
//! the `threads` simulation. No web APIs: everything here runs and is tested
//! natively. The Python interpreter (`playground-python`) builds on it.

pub mod asyncio;
pub mod cli;
pub mod clock;
pub mod codelink;
pub mod export;
pub mod internals;
pub mod lessons;
pub mod program;
pub mod pyfmt;
pub mod random;
pub mod settings;
pub mod source;
pub mod stats;
pub mod trace;

/// Python's `print(s)`.
pub fn print(s: impl Into<String>) {
    asyncio::core::with_core(|c| c.print(s.into()));
}

/// Python's `time` module, on the program's clock.
pub mod time {
    use crate::asyncio::core::with_core;
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    /// `time.perf_counter()`.
    pub fn perf_counter() -> f64 {
        with_core(|c| c.now())
    }

    /// `time.sleep(secs)`: blocks the whole thread, the event loop included.
    /// It is awaited in Rust only so that the browser can show the block
    /// without freezing; nothing else runs until it returns.
    pub fn sleep(secs: f64) -> BlockingSleep {
        BlockingSleep {
            secs,
            started: false,
        }
    }

    pub struct BlockingSleep {
        secs: f64,
        started: bool,
    }

    impl Future for BlockingSleep {
        type Output = ();
        fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
            if self.started || self.secs.is_nan() || self.secs <= 0.0 {
                return Poll::Ready(());
            }
            self.started = true;
            let secs = self.secs;
            with_core(|c| c.block(secs));
            Poll::Pending
        }
    }
}
