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

use super::Params;

pub const FILE: &str = "countsync.py";
pub const SOURCE: &str = include_str!("py/countsync.py");

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let src = super::replace_once(
        SOURCE,
        "for _ in range(3):",
        &format!("for _ in range({}):", p.calls),
    );
    super::replace_once(
        &src,
        "time.sleep(1)",
        &format!("time.sleep({})", crate::pyfmt::number(p.delay)),
    )
}
