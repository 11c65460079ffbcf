//! `generator.py`: the lecture's "yield" section. A generator function saves
//! its state at each `yield` and hands control back to its caller, which
//! resumes it with `next()` or `send()`: a coroutine, before asyncio.

use super::Params;
use crate::coroutine::{Co, Generator};
use crate::print;

pub const FILE: &str = "generator.py";
/// Not in the lecture as code: its "yield" paragraph made runnable.
pub const SOURCE: &str = include_str!("py/generator.py");

fn repr(v: Option<i64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_else(|| "None".into())
}

async fn counter(co: Co, start: i64) {
    let mut n = start;
    print(format!("counter: started with n = {n}"));
    let mut received: Option<i64> = None;
    loop {
        let locals = format!("start = {start}, n = {n}, received = {}", repr(received));
        received = co.yield_(n, locals).await;
        print(format!("counter: resumed, received {}", repr(received)));
        match received {
            None => n += 1,
            Some(v) => n = v,
        }
    }
}

/// `if __name__ == "__main__":`
pub async fn script(p: Params) {
    let start = p.start;
    let mut gen = Generator::new(&format!("counter({start})"), |co| counter(co, start));
    print(format!(
        "caller: gen = counter({start}) has run nothing yet"
    ));
    for op in &p.ops {
        match op {
            None => {
                let value = gen.next().unwrap_or_default();
                print(format!("caller: next(gen) returned {value}"));
            }
            Some(x) => {
                let value = gen.send(*x).unwrap_or_default();
                print(format!("caller: gen.send({x}) returned {value}"));
            }
        }
    }
    gen.close();
    print("caller: gen.close() ends the generator");
}

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
