//! `rand.py`: several `makerandom()` coroutines, each retrying until it
//! draws a number above its threshold.
//!
//! ```python
//! async def makerandom(idx: int, threshold: int = 6) -> int:
//!     print(c[idx + 1] + f"Initiated makerandom({idx}).")
//!     i = random.randint(0, 10)
//!     while i <= threshold:
//!         print(c[idx + 1] + f"makerandom({idx}) == {i} too low; retrying.")
//!         await asyncio.sleep(idx + 1)
//!         i = random.randint(0, 10)
//!     print(c[idx + 1] + f"---> Finished: makerandom({idx}) == {i}" + c[0])
//!     return i
//! ```

use super::{Kind, LessonDef, ParamSpec, Params, SEED};

pub const FILE: &str = "rand.py";
pub const SOURCE: &str = include_str!("py/rand.py");

const PARAMS: &[ParamSpec] = &[
    SEED,
    ParamSpec {
        name: "coros",
        label: "makerandom() coroutines",
        kind: Kind::Int {
            min: 1,
            max: 6,
            default: 3,
        },
    },
];

pub const LESSON: LessonDef = LessonDef {
    name: "rand",
    file: FILE,
    title: "Coroutines retrying at random",
    about: "makerandom() keeps drawing random integers in [0, 10] until one exceeds its threshold, sleeping between \
        tries. Gathering several calls runs them concurrently: while one sleeps, the others draw. The seed fixes every \
        number, so a run can be repeated.",
    source: SOURCE,
    params: PARAMS,
    write: python,
    ..LessonDef::BASE
};

/// The colours of the coroutines a teacher may add (the lecture has three).
const C_PY: [&str; 7] = [
    "End of color",
    "Cyan",
    "Red",
    "Magenta",
    "Green",
    "Yellow",
    "Blue",
];
const C_CODE: [&str; 7] = ["0", "36", "91", "35", "32", "33", "34"];

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let mut src = super::replace_once(
        SOURCE,
        "random.seed(444)",
        &format!("random.seed({})", p.get("seed")),
    );
    if p.count("coros") != 3 {
        src = super::replace_once(
            &src,
            "for i in range(3)",
            &format!("for i in range({})", p.count("coros")),
        );
        let mut extra = String::new();
        for k in 4..=p.count("coros") {
            extra.push_str(&format!("    \"\\033[{}m\",  # {}\n", C_CODE[k], C_PY[k]));
        }
        src = super::replace_once(&src, "  # Magenta\n", &format!("  # Magenta\n{extra}"));
        src = super::replace_once(
            &src,
            concat!(
                "    r1, r2, r3 = asyncio.run(main())\n    print()\n",
                "    print(f\"r1: {r1}, r2: {r2}, r3: {r3}\")",
            ),
            concat!(
                "    res = asyncio.run(main())\n    print()\n",
                "    print(\", \".join(f\"r{k}: {v}\" for k, v in enumerate(res, 1)))",
            ),
        );
    }
    src
}
