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

use super::Params;

pub const FILE: &str = "countasync.py";
pub const SOURCE: &str = include_str!("py/countasync.py");

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let mut src = SOURCE.to_string();
    if p.calls != 3 {
        src = super::replace_once(
            &src,
            "await asyncio.gather(count(), count(), count())",
            &format!(
                "await asyncio.gather(*(count() for _ in range({})))",
                p.calls
            ),
        );
    }
    super::replace_once(
        &src,
        "await asyncio.sleep(1)",
        &format!("await asyncio.sleep({})", crate::pyfmt::number(p.delay)),
    )
}
