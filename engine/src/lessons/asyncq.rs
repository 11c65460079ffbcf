//! `asyncq.py`: producers and consumers around an `asyncio.Queue`.
//!
//! `os.urandom(size)` becomes `random.randbytes(size)`, so that a seed fixes
//! every value (the oracle makes the same substitution).

use super::Params;
use crate::asyncio::{self, Coro, Queue, Task};
use crate::pyfmt::hex;
use crate::random_mod as random;
use crate::{print, time};

pub const FILE: &str = "asyncq.py";
pub const SOURCE: &str = include_str!("py/asyncq.py");

type Item = (String, f64);

async fn makeitem(size: usize) -> String {
    hex(&random::randbytes(size))
}

async fn randsleep(caller: Option<&str>, maxsleep: i64) {
    let i = random::randint(0, maxsleep);
    if let Some(caller) = caller {
        print(format!("{caller} sleeping for {i} seconds."));
    }
    asyncio::sleep(i as f64).await;
}

async fn produce(name: usize, q: Queue<Item>, maxsleep: i64) {
    let n = random::randint(0, 10);
    for _ in 0..n {
        // Synchronous loop for each single producer
        randsleep(Some(&format!("Producer {name}")), maxsleep).await;
        let i = makeitem(5).await;
        let t = time::perf_counter();
        q.put((i.clone(), t)).await;
        print(format!("Producer {name} added <{i}> to queue."));
    }
}

async fn consume(name: usize, q: Queue<Item>, maxsleep: i64) {
    loop {
        randsleep(Some(&format!("Consumer {name}")), maxsleep).await;
        let (i, t) = q.get().await;
        let now = time::perf_counter();
        print(format!(
            "Consumer {name} got element <{i}> in {:.5} seconds.",
            now - t
        ));
        q.task_done();
    }
}

async fn main(nprod: usize, ncon: usize, maxsize: usize, maxsleep: i64) {
    let q = Queue::new(maxsize);
    let producers: Vec<Task<()>> = (0..nprod)
        .map(|n| asyncio::create_task(format!("produce({n})"), produce(n, q.clone(), maxsleep)))
        .collect();
    let consumers: Vec<Task<()>> = (0..ncon)
        .map(|n| asyncio::create_task(format!("consume({n})"), consume(n, q.clone(), maxsleep)))
        .collect();
    asyncio::gather(producers.into_iter().map(Coro::from)).await;
    q.join().await; // Implicitly awaits consumers, too
    for c in &consumers {
        c.cancel();
    }
}

/// `if __name__ == "__main__":`
pub async fn script(p: Params) {
    random::seed(&p.seed);
    let start = time::perf_counter();
    asyncio::run(main(p.nprod, p.ncon, p.maxsize, p.maxsleep)).await;
    let elapsed = time::perf_counter() - start;
    print(format!("Program completed in {elapsed:.5} seconds."));
}

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
