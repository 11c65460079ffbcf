//! `countasync.py`: the Hello World of async IO.
//!
//! ```python
//! async def count():
//!     print("One")
//!     await asyncio.sleep(1)
//!     print("Two")
//!
//! async def main():
//!     await asyncio.gather(count(), count(), count())
//! ```

use super::{Kind, LessonDef, ParamSpec, Params};

pub const FILE: &str = "countasync.py";
pub const SOURCE: &str = include_str!("py/countasync.py");

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        name: "calls",
        label: "count() calls",
        kind: Kind::Int {
            min: 1,
            max: 10_000,
            default: 3,
        },
    },
    super::countsync::DELAY,
];

pub const LESSON: LessonDef = LessonDef {
    name: "countasync",
    file: FILE,
    title: "Hello, async IO",
    about: "Three count() coroutines are gathered on one event loop. Each prints One, then reaches await \
        asyncio.sleep(1) and gives control back to the loop, so all three Ones print before any Two. The three sleeps \
        overlap: the whole program takes 1 second, not 3.",
    source: SOURCE,
    params: PARAMS,
    write: python,
    ..LessonDef::BASE
};

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let mut src = SOURCE.to_string();
    if p.count("calls") != 3 {
        src = super::replace_once(
            &src,
            "await asyncio.gather(count(), count(), count())",
            &format!(
                "await asyncio.gather(*(count() for _ in range({})))",
                p.count("calls")
            ),
        );
    }
    super::replace_once(
        &src,
        "await asyncio.sleep(1)",
        &format!("await asyncio.sleep({})", crate::pyfmt::number(p.float("delay"))),
    )
}
