//! `chained.py`: chaining coroutines — each `chain(n)` awaits `part1(n)`, then
//! `part2(n, p1)` with its result.

use super::{Kind, LessonDef, ParamSpec, Params, SEED};

pub const FILE: &str = "chained.py";
pub const SOURCE: &str = include_str!("py/chained.py");

const PARAMS: &[ParamSpec] = &[
    SEED,
    ParamSpec {
        name: "args",
        label: "chain(n) for n in",
        kind: Kind::IntList {
            min_len: 1,
            max_len: 50,
            min: -1_000_000,
            max: 1_000_000,
            default: &[1, 2, 3],
        },
    },
];

pub const LESSON: LessonDef = LessonDef {
    name: "chained",
    file: FILE,
    title: "Chaining coroutines",
    about: "chain(n) awaits part1(n), then hands its result to part2(n, ...). \
        Within one chain the parts run in order; the chains themselves run concurrently, \
        so the program takes as long as the slowest chain, not the sum of them all.",
    source: SOURCE,
    params: PARAMS,
    write: python,
    positional: Some("args"),
    ..LessonDef::BASE
};

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let src = super::replace_once(
        SOURCE,
        "random.seed(444)",
        &format!("random.seed({})", p.get("seed")),
    );
    let list: Vec<String> = p.int_list("args").iter().map(|a| a.to_string()).collect();
    super::replace_once(
        &src,
        "args = [1, 2, 3] if",
        &format!("args = [{}] if", list.join(", ")),
    )
}
