//! `chained.py`: chaining coroutines — each `chain(n)` awaits `part1(n)`, then
//! `part2(n, p1)` with its result.

use super::Params;

pub const FILE: &str = "chained.py";
pub const SOURCE: &str = include_str!("py/chained.py");

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let src = super::replace_once(
        SOURCE,
        "random.seed(444)",
        &format!("random.seed({})", p.seed),
    );
    let list: Vec<String> = p.args.iter().map(|a| a.to_string()).collect();
    super::replace_once(
        &src,
        "args = [1, 2, 3] if",
        &format!("args = [{}] if", list.join(", ")),
    )
}
