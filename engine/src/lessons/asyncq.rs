//! `asyncq.py`: producers and consumers around an `asyncio.Queue`.
//!
//! `os.urandom(size)` becomes `random.randbytes(size)`, so that a seed fixes
//! every value (the oracle makes the same substitution).

use super::Params;

pub const FILE: &str = "asyncq.py";
pub const SOURCE: &str = include_str!("py/asyncq.py");

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let r = super::replace_once;
    let mut src = r(SOURCE, "os.urandom(size)", "random.randbytes(size)");
    src = r(
        &src,
        "random.seed(444)",
        &format!("random.seed({})", p.seed),
    );
    src = r(
        &src,
        "\"--nprod\", type=int, default=5)",
        &format!("\"--nprod\", type=int, default={})", p.nprod),
    );
    src = r(
        &src,
        "\"--ncon\", type=int, default=10)",
        &format!("\"--ncon\", type=int, default={})", p.ncon),
    );
    if p.maxsize != 0 {
        src = r(
            &src,
            "q = asyncio.Queue()",
            &format!("q = asyncio.Queue(maxsize={})", p.maxsize),
        );
    }
    if p.maxsleep != 10 {
        src = r(
            &src,
            "    i = random.randint(0, 10)\n    if caller:",
            &format!("    i = random.randint(0, {})\n    if caller:", p.maxsleep),
        );
    }
    src
}
