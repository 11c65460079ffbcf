//! How much the page's record costs: a program run with and without it.
//! `cargo run --release -p playground-python --example tracecost -- FILE.py`
fn main() {
    let path = std::env::args().nth(1).expect("a .py file");
    let src = std::fs::read_to_string(&path).unwrap();
    for trace in [false, true] {
        let t = std::time::Instant::now();
        let n = if trace {
            let p = playground_python::run_traced(&src, "main.py", Default::default()).unwrap();
            p.page().map(|r| r.trace.events.len()).unwrap_or(0)
        } else {
            playground_python::run_virtual(&src, "main.py", Default::default());
            0
        };
        println!(
            "trace={trace}: {:.3} s, {n} events",
            t.elapsed().as_secs_f64()
        );
    }
}
