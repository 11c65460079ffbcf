//! `chained.py`: chaining coroutines — each `chain(n)` awaits `part1(n)`, then
//! `part2(n, p1)` with its result.

use super::Params;
use crate::asyncio::{self, coro};
use crate::pyfmt::repr_str;
use crate::random_mod as random;
use crate::{print, time};

pub const FILE: &str = "chained.py";
pub const SOURCE: &str = include_str!("py/chained.py");

/// Python's `f"{n, arg}"`: the repr of the tuple `(n, arg)`.
fn tuple(n: i64, arg: &str) -> String {
    format!("({n}, {})", repr_str(arg))
}

async fn part1(n: i64) -> String {
    let i = random::randint(0, 10);
    print(format!("part1({n}) sleeping for {i} seconds."));
    asyncio::sleep(i as f64).await;
    let result = format!("result{n}-1");
    print(format!("Returning part1({n}) == {result}."));
    result
}

async fn part2(n: i64, arg: String) -> String {
    let i = random::randint(0, 10);
    print(format!("part2{} sleeping for {i} seconds.", tuple(n, &arg)));
    asyncio::sleep(i as f64).await;
    let result = format!("result{n}-2 derived from {arg}");
    print(format!("Returning part2{} == {result}.", tuple(n, &arg)));
    result
}

async fn chain(n: i64) {
    let start = time::perf_counter();
    let p1 = part1(n).await;
    let p2 = part2(n, p1).await;
    let end = time::perf_counter() - start;
    print(format!(
        "-->Chained result{n} => {p2} (took {end:.2} seconds)."
    ));
}

async fn main(args: Vec<i64>) {
    asyncio::gather(
        args.into_iter()
            .map(|n| coro(format!("chain({n})"), chain(n))),
    )
    .await;
}

/// `if __name__ == "__main__":`
pub async fn script(p: Params) {
    random::seed(&p.seed);
    let args = p.args.clone();
    let start = time::perf_counter();
    asyncio::run(main(args)).await;
    let end = time::perf_counter() - start;
    print(format!("Program finished in {end:.2} seconds."));
}

/// The Python program for these parameters.
pub fn python(p: &Params) -> String {
    let src = super::replace_once(
        SOURCE,
        "random.seed(444)",
        &format!("random.seed({})", p.seed),
    );
    let list: Vec<String> = p.args.iter().map(|a| a.to_string()).collect();
    super::replace_once(
        &src,
        "args = [1, 2, 3] if",
        &format!("args = [{}] if", list.join(", ")),
    )
}
