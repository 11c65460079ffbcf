//! `countsync.py`: the same work with a blocking `time.sleep`.
//!
//! ```python
//! def count():
//!     print("One")
//!     time.sleep(1)
//!     print("Two")
//!
//! def main():
//!     for _ in range(3):
//!         count()
//! ```
//!
//! `time.sleep` is awaited in Rust only so that the browser can show the block
//! without freezing the page: nothing else runs while it waits.

use super::{Kind, LessonDef, ParamSpec, Params};

pub const FILE: &str = "countsync.py";
pub const SOURCE: &str = include_str!("py/countsync.py");

/// How long each `count()` sleeps (countasync, countsync, blocking).
pub const DELAY: ParamSpec = ParamSpec {
    name: "delay",
    label: "sleep (s)",
    kind: Kind::Float {
        min: 0.0,
        max: 10.0,
        step: 0.1,
        default: 1.0,
    },
};
/// How many `count()` calls a blocking program makes (countsync, blocking).
pub const SYNC_CALLS: ParamSpec = ParamSpec {
    name: "calls",
    label: "count() calls",
    kind: Kind::Int {
        min: 1,
        max: 20,
        default: 3,
    },
};
const PARAMS: &[ParamSpec] = &[SYNC_CALLS, DELAY];

pub const LESSON: LessonDef = LessonDef {
    name: "countsync",
    file: FILE,
    title: "The same, blocking",
    about: "The same work with time.sleep(1), a blocking call. Nothing else can run while it sleeps, so each count() \
        must finish before the next begins: One, Two, One, Two, One, Two, and 3 seconds in all.",
    source: SOURCE,
    params: PARAMS,
    write: python,
    ..LessonDef::BASE
};

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let src = super::replace_once(
        SOURCE,
        "for _ in range(3):",
        &format!("for _ in range({}):", p.count("calls")),
    );
    super::replace_once(
        &src,
        "time.sleep(1)",
        &format!("time.sleep({})", crate::pyfmt::number(p.float("delay"))),
    )
}
