//! `generator.py`: the lecture's "yield" section. A generator function saves
//! its state at each `yield` and hands control back to its caller, which
//! resumes it with `next()` or `send()`: a coroutine, before asyncio.

use super::{Group, Kind, LessonDef, ParamSpec, Params, View};

pub const FILE: &str = "generator.py";
/// Not in the lecture as code: its "yield" paragraph made runnable.
pub const SOURCE: &str = include_str!("py/generator.py");

const PARAMS: &[ParamSpec] = &[
    ParamSpec {
        name: "start",
        label: "counter(start)",
        kind: Kind::Int {
            min: -1000,
            max: 1000,
            default: 10,
        },
    },
    ParamSpec {
        name: "ops",
        label: "the caller's calls: next, or a number to send",
        kind: Kind::Ops {
            max_len: 12,
            min: -1000,
            max: 1000,
            default: "next,next,42,next",
        },
    },
];

pub const LESSON: LessonDef = LessonDef {
    name: "generator",
    file: FILE,
    title: "A generator is a coroutine",
    about: "The lecture's coroutine section: when a generator reaches yield, its state is saved and control goes back \
        to the caller; next() or send() hands control back, and it goes on right after the yield with its locals as \
        they were. Step through the hand-offs: each arrow is one transfer of control, and the box shows what the \
        generator keeps while it is suspended. asyncio's coroutines are built on exactly this.",
    group: Group::Concepts,
    source: SOURCE,
    params: PARAMS,
    write: python,
    view: View::Generator,
    ..LessonDef::BASE
};

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let default = p.int("start") == 10 && p.ops("ops") == [None, None, Some(42), None];
    if default {
        return SOURCE.to_string();
    }
    let head = &SOURCE[..SOURCE
        .find("    gen = counter(10)")
        .expect("the caller's first line")];
    let mut src = head.to_string();
    src.push_str(&format!("    gen = counter({})\n", p.int("start")));
    src.push_str(&format!(
        "    print(\"caller: gen = counter({}) has run nothing yet\")\n",
        p.int("start")
    ));
    for op in p.ops("ops") {
        match op {
            None => src.push_str("    value = next(gen)\n    print(f\"caller: next(gen) returned {value}\")\n"),
            Some(x) => src.push_str(&format!(
                "    value = gen.send({x})\n    print(f\"caller: gen.send({x}) returned {{value}}\")\n"
            )),
        }
    }
    src.push_str("    gen.close()\n    print(\"caller: gen.close() ends the generator\")\n");
    src
}
