//! A run frees what it allocated, reference cycles still reachable at its end
//! included (`teardown.rs`): the page runs many programs in one process, and the
//! memory limit counts the process's bytes from where each run began. (One test
//! in this binary: the allocation counter is process-wide.) Not covered yet:
//! cycles that became garbage *during* the run (no cycle collector): the
//! lessons and the preludes make none.

const PROGRAM: &str = r#"
import asyncio

class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

def tree(depth, parent=None):
    n = Node(parent)
    if depth:
        tree(depth - 1, n)
        tree(depth - 1, n)
    return n

def outer():
    def rec(k):
        return 0 if k == 0 else rec(k - 1)
    return rec

async def worker(q, i):
    while True:
        item = await q.get()
        q.task_done()

async def main():
    q = asyncio.Queue()
    ws = [asyncio.create_task(worker(q, i)) for i in range(20)]
    for i in range(200):
        await q.put(i)
    await q.join()
    for w in ws:
        w.cancel()
    print(len(root.children), rec(50))

# Cycles still reachable when the program ends.
a = [1]
a.append(a)
d = {}
d["self"] = d
root = tree(8)
rec = outer()
asyncio.run(main())
"#;

fn run(src: &str) -> (String, String, i32) {
    let src = src.to_string();
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || playground_python::run_virtual(&src, "leak.py", Default::default()))
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn runs_do_not_leak_and_deep_structures_are_freed() {
    let (out, err, status) = run(PROGRAM);
    assert_eq!((out.as_str(), err.as_str(), status), ("2 0\n", "", 0));
    let before = playground_python::alloc::used();
    for _ in 0..5 {
        run(PROGRAM);
    }
    let grown = playground_python::alloc::used().saturating_sub(before);
    assert!(grown < 256 * 1024, "5 runs kept {grown} bytes");
    // Each lesson run again and again in one thread, as the page runs them, keeps
    // nothing (argparse's formatter once left a formatter <-> section cycle at
    // every run: 7 KB a run of asyncq, which grew the page's memory).
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../engine/src/lessons/py");
            for name in [
                "countasync",
                "countsync",
                "blocking",
                "rand",
                "chained",
                "asyncq",
                "generator",
            ] {
                let src = std::fs::read_to_string(format!("{dir}/{name}.py")).unwrap();
                let traced = || playground_python::run_traced(&src, "main.py", Default::default());
                for _ in 0..3 {
                    let _ = traced();
                }
                let before = playground_python::alloc::used();
                for _ in 0..5 {
                    let _ = traced();
                }
                let grown = playground_python::alloc::used().saturating_sub(before);
                assert!(grown < 1024, "{name}: 5 runs kept {grown} bytes");
            }
        })
        .unwrap()
        .join()
        .unwrap();
    // A million-deep nested list is freed without overflowing the native stack.
    let (out, _, status) = run("x = []\nfor i in range(1000000):\n    x = [x]\nprint('built')\n");
    assert_eq!((out.as_str(), status), ("built\n", 0));
}
