//! The pure heart of Async Playground: the lessons (their Python programs and
//! parameters, `lessons`), the record of a run (`trace`, `stats`, `internals`,
//! `export`), the page's settings and links, CPython-compatible `random`, the
//! clocks, and a simulated run (`program`, for `threads`). No web APIs:
//! everything here runs and is tested natively. The Python interpreter
//! (`playground-python`) builds on it; its asyncio is CPython's, in Python.

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
