//! `blocking.py`: `countasync` with some `count()`s calling `time.sleep(1)`
//! instead of `await asyncio.sleep(1)`. A blocking call inside a coroutine
//! stops the whole loop: the other tasks cannot even start until it returns.

use super::Params;

pub const FILE: &str = "blocking.py";
/// Not in the lecture: the lecture's `countasync.py` with one blocking `count()`.
pub const SOURCE: &str = include_str!("py/blocking.py");

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let r = super::replace_once;
    let blocking = p.blocking.min(p.calls);
    let mut src = SOURCE.to_string();
    if (p.calls, blocking) != (3, 1) {
        let part = |name: &str, n: usize| match n {
            0 => None,
            1 => Some(format!("{name}()")),
            n => Some(format!("*({name}() for _ in range({n}))")),
        };
        let args: Vec<String> = [
            part("count_blocking", blocking),
            part("count", p.calls - blocking),
        ]
        .into_iter()
        .flatten()
        .collect();
        src = r(
            &src,
            "await asyncio.gather(count_blocking(), count(), count())",
            &format!("await asyncio.gather({})", args.join(", ")),
        );
    }
    let d = crate::pyfmt::number(p.delay);
    src = r(
        &src,
        "await asyncio.sleep(1)",
        &format!("await asyncio.sleep({d})"),
    );
    r(
        &src,
        "    time.sleep(1)  #",
        &format!("    time.sleep({d})  #"),
    )
}
