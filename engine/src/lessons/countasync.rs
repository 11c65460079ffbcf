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
use crate::asyncio::{self, coro};
use crate::{print, time};

pub const FILE: &str = "countasync.py";
pub const SOURCE: &str = include_str!("py/countasync.py");

async fn count(delay: f64) {
    print("One");
    asyncio::sleep(delay).await;
    print("Two");
}

async fn main(calls: usize, delay: f64) {
    asyncio::gather((0..calls).map(|_| coro("count()", count(delay)))).await;
}

/// `if __name__ == "__main__":`
pub async fn script(p: Params) {
    let s = time::perf_counter();
    asyncio::run(main(p.calls, p.delay)).await;
    let elapsed = time::perf_counter() - s;
    print(format!("{FILE} executed in {elapsed:.2} seconds."));
}

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
