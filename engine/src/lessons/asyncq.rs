//! `asyncq.py`: producers and consumers around an `asyncio.Queue`.
//!
//! `os.urandom(size)` becomes `random.randbytes(size)`, so that a seed fixes
//! every value (the oracle makes the same substitution).

use super::{Kind, LessonDef, ParamSpec, Params, SEED};

pub const FILE: &str = "asyncq.py";
pub const SOURCE: &str = include_str!("py/asyncq.py");

const PARAMS: &[ParamSpec] = &[
    SEED,
    ParamSpec {
        name: "nprod",
        label: "producers (-p)",
        kind: Kind::Int {
            min: 0,
            max: 200,
            default: 5,
        },
    },
    ParamSpec {
        name: "ncon",
        label: "consumers (-c)",
        kind: Kind::Int {
            min: 0,
            max: 200,
            default: 10,
        },
    },
    ParamSpec {
        name: "maxsize",
        label: "queue maxsize (0 = unbounded)",
        kind: Kind::Int {
            min: 0,
            max: 100,
            default: 0,
        },
    },
    ParamSpec {
        name: "maxsleep",
        label: "longest randsleep (s)",
        kind: Kind::Int {
            min: 0,
            max: 10,
            default: 10,
        },
    },
];

pub const LESSON: LessonDef = LessonDef {
    name: "asyncq",
    file: FILE,
    title: "Producers, consumers and a queue",
    about: "Producers put items on an asyncio.Queue; consumers take them off. Neither knows the other: the queue is \
        the only link. A consumer that finds the queue empty is parked until a producer puts an item; with a bounded \
        queue a producer can wait too. main() gathers the producers, joins the queue, then cancels the consumers.",
    source: SOURCE,
    params: PARAMS,
    write: python,
    flags: &[("-p", "nprod"), ("-c", "ncon")],
    ..LessonDef::BASE
};

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let r = super::replace_once;
    let mut src = r(SOURCE, "os.urandom(size)", "random.randbytes(size)");
    src = r(
        &src,
        "random.seed(444)",
        &format!("random.seed({})", p.get("seed")),
    );
    src = r(
        &src,
        "\"--nprod\", type=int, default=5)",
        &format!("\"--nprod\", type=int, default={})", p.count("nprod")),
    );
    src = r(
        &src,
        "\"--ncon\", type=int, default=10)",
        &format!("\"--ncon\", type=int, default={})", p.count("ncon")),
    );
    if p.count("maxsize") != 0 {
        src = r(
            &src,
            "q = asyncio.Queue()",
            &format!("q = asyncio.Queue(maxsize={})", p.count("maxsize")),
        );
    }
    if p.int("maxsleep") != 10 {
        src = r(
            &src,
            "    i = random.randint(0, 10)\n    if caller:",
            &format!("    i = random.randint(0, {})\n    if caller:", p.int("maxsleep")),
        );
    }
    src
}
