//! Parses and compiles the asyncio prelude many times (for a profiler: the
//! first run of a page pays for it once).
//! `cargo run --profile native -p playground-python --example preludecost`
fn main() {
    let src = include_str!("../src/prelude/asyncio.py");
    let n = 100;
    let t = std::time::Instant::now();
    for _ in 0..n {
        let ast = playground_python::parser::parse(src).expect("parses");
        playground_python::compile::compile_module(&ast, "<asyncio>", src).expect("compiles");
    }
    let ms = t.elapsed().as_secs_f64() * 1000.0 / n as f64;
    println!(
        "asyncio prelude ({} lines): {ms:.2} ms to parse and compile",
        src.lines().count()
    );
}
