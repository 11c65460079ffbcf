//! `blocking.py`: `countasync` with some `count()`s calling `time.sleep(1)`
//! instead of `await asyncio.sleep(1)`. A blocking call inside a coroutine
//! stops the whole loop: the other tasks cannot even start until it returns.

use super::{Kind, LessonDef, Note, ParamSpec, Params};

pub const FILE: &str = "blocking.py";
/// Not in the lecture: the lecture's `countasync.py` with one blocking `count()`.
pub const SOURCE: &str = include_str!("py/blocking.py");

const PARAMS: &[ParamSpec] = &[
    super::countsync::SYNC_CALLS,
    ParamSpec {
        name: "blocking",
        label: "of them blocking (time.sleep)",
        kind: Kind::Int {
            min: 0,
            max: 20,
            default: 1,
        },
    },
    super::countsync::DELAY,
];

pub const LESSON: LessonDef = LessonDef {
    name: "blocking",
    file: FILE,
    title: "A blocking call inside a coroutine",
    about: "The countasync program with one count() calling time.sleep(1) instead of await asyncio.sleep(1). \
        time.sleep blocks the whole thread: the event loop cannot switch to another task until it returns, so the \
        other count()s cannot even print their One. The program takes 2 seconds instead of 1; with every count() \
        blocking, it is countsync again. Slide how many block.",
    source: SOURCE,
    params: PARAMS,
    write: python,
    reconcile,
    ..LessonDef::BASE
};

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let r = super::replace_once;
    let blocking = p.count("blocking").min(p.count("calls"));
    let mut src = SOURCE.to_string();
    if (p.count("calls"), blocking) != (3, 1) {
        let part = |name: &str, n: usize| match n {
            0 => None,
            1 => Some(format!("{name}()")),
            n => Some(format!("*({name}() for _ in range({n}))")),
        };
        let args: Vec<String> = [
            part("count_blocking", blocking),
            part("count", p.count("calls") - blocking),
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
    let d = crate::pyfmt::number(p.float("delay"));
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

/// At most `calls` of the `count()`s can block.
fn reconcile(p: &mut Params) -> Option<Note> {
    let (calls, blocking) = (p.int("calls"), p.int("blocking"));
    if blocking <= calls {
        return None;
    }
    p.set_int("blocking", calls);
    Some(Note {
        param: "blocking".into(),
        message: format!("blocking={blocking} is more than calls={calls}; using {calls}"),
    })
}
