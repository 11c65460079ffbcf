//! bench [N...]: µs per task for N gathered sleeping tasks on the virtual
//! clock (the engine alone, no printing, no trace).

use playground_engine::asyncio::{self, coro};
use playground_engine::program::run_virtual;
use std::time::Instant;

async fn sleeper(d: f64) {
    asyncio::sleep(d).await;
}

async fn main_(n: usize) {
    asyncio::gather((0..n).map(|i| coro("sleeper()", sleeper(1.0 + (i % 7) as f64 * 0.001)))).await;
}

fn per_task_us(n: usize) -> f64 {
    // Best of a few runs: the machine is noisy and we want the engine's cost.
    let reps = if n >= 100_000 { 3 } else { 7 };
    let mut best = f64::INFINITY;
    for _ in 0..reps {
        let t0 = Instant::now();
        let r = run_virtual(false, "bench", async move {
            asyncio::run(main_(n)).await;
        });
        let dt = t0.elapsed().as_secs_f64();
        assert!(r.error.is_none());
        best = best.min(dt * 1e6 / n as f64);
    }
    best
}

fn main() {
    let ns: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let ns = if ns.is_empty() {
        vec![1_000, 10_000, 100_000]
    } else {
        ns
    };
    for n in ns {
        println!("{n}\t{:.3}", per_task_us(n));
    }
}
