//! How much recording line events costs a run (issue 14's "not more than 2x"):
//! `cargo run --release -p playground-python --example linecost [N]` runs
//! countasync with N tasks (default 10,000) and asyncq on the virtual clock with
//! the page's record, without and with line events, and prints the times.
use playground_python::lines::LineMode;
use playground_python::Options;
use std::time::Instant;

fn time(src: &str, lines: LineMode) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..3 {
        let opts = Options {
            lines,
            ..Default::default()
        };
        let t = Instant::now();
        let p = playground_python::run_traced(src, "main.py", opts).unwrap();
        best = best.min(t.elapsed().as_secs_f64());
        n = p.page().map(|r| r.line_events.len()).unwrap_or(0);
    }
    (best, n)
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let count = format!(
        "import asyncio\n\nasync def count():\n    print(\"One\")\n    await asyncio.sleep(1)\n    print(\"Two\")\n\n\
         async def main():\n    await asyncio.gather(*(count() for _ in range({n})))\n\n\
         asyncio.run(main())\n"
    );
    let asyncq = include_str!("../../engine/src/lessons/py/asyncq.py");
    for (name, src) in [("countasync", count.as_str()), ("asyncq", asyncq)] {
        let (off, _) = time(src, LineMode::Off);
        let (on, events) = time(src, LineMode::Record);
        println!(
            "{name:<11} record without lines {:>8.1} ms   with {events} line events {:>8.1} ms   ({:.2}x)",
            off * 1e3,
            on * 1e3,
            on / off
        );
    }
}
