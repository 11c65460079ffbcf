//! How long the first asyncio program takes (the prelude is compiled once per
//! thread) and the next ones.
//! `cargo run --release -p playground-python --example compilecost`
fn main() {
    let src =
        "import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n";
    for i in 0..3 {
        let t = std::time::Instant::now();
        playground_python::run_virtual(src, "main.py", Default::default());
        println!("run {i}: {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    }
}
