//! `generator.py`: the lecture's "yield" section. A generator function saves
//! its state at each `yield` and hands control back to its caller, which
//! resumes it with `next()` or `send()`: a coroutine, before asyncio.

use super::Params;

pub const FILE: &str = "generator.py";
/// Not in the lecture as code: its "yield" paragraph made runnable.
pub const SOURCE: &str = include_str!("py/generator.py");

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let default = p.start == 10 && p.ops == [None, None, Some(42), None];
    if default {
        return SOURCE.to_string();
    }
    let head = &SOURCE[..SOURCE
        .find("    gen = counter(10)")
        .expect("the caller's first line")];
    let mut src = head.to_string();
    src.push_str(&format!("    gen = counter({})\n", p.start));
    src.push_str(&format!(
        "    print(\"caller: gen = counter({}) has run nothing yet\")\n",
        p.start
    ));
    for op in &p.ops {
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
