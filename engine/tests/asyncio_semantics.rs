//! The loop's orderings, each test named after the asyncio behaviour it pins.
//! Expected orders were checked against CPython 3.11 (see the Python snippet
//! above each test; run it with tools/pyref.py for the virtual clock).

use playground_engine::asyncio::{self, coro, Queue};
use playground_engine::program::{run_virtual, Finished};
use playground_engine::trace::{EventKind, Wait};
use playground_engine::{print, time};
use std::future::Future;

fn run(script: impl Future<Output = ()> + 'static) -> Finished {
    let f = run_virtual(true, "test.py", script);
    assert_eq!(f.error, None);
    f
}

fn lines(f: &Finished) -> Vec<&str> {
    f.output.iter().map(String::as_str).collect()
}

fn iteration_of(f: &Finished, task: usize, pred: impl Fn(&EventKind) -> bool) -> Vec<u64> {
    f.trace
        .events
        .iter()
        .filter(|e| e.task == task && pred(&e.kind))
        .map(|e| e.iteration)
        .collect()
}

// async def a(): await asyncio.sleep(1)   -- timer fires in iteration k (sets
// the future), the task's step runs in iteration k + 1.
#[test]
fn timer_wakeup_takes_two_hops() {
    let f = run(async {
        asyncio::run(async {
            asyncio::sleep(1.0).await;
            print("woke");
        })
        .await;
    });
    let main = 1;
    let suspended = iteration_of(&f, main, |k| matches!(k, EventKind::Suspended { .. }))[0];
    let woken = iteration_of(&f, main, |k| matches!(k, EventKind::Woken))[0];
    // iteration `suspended` runs the step; the next one (after the wait)
    // runs the timer callback; the one after that, the wake-up.
    assert_eq!(woken, suspended + 2);
}

// async def t(name):
//     for i in range(2): print(name, i); await asyncio.sleep(0)
// gather(t("A"), t("B")) prints A 0, B 0, A 1, B 1 and takes no time.
#[test]
fn sleep_zero_is_a_bare_yield_without_a_timer() {
    async fn t(name: &'static str) {
        for i in 0..2 {
            print(format!("{name} {i}"));
            asyncio::sleep(0.0).await;
        }
    }
    let f = run(async {
        asyncio::run(async {
            asyncio::gather([coro("A", t("A")), coro("B", t("B"))]).await;
        })
        .await;
        print(format!("{:.3}", time::perf_counter()));
    });
    assert_eq!(lines(&f), ["A 0", "B 0", "A 1", "B 1", "0.000"]);
    assert!(f
        .trace
        .events
        .iter()
        .any(|e| e.kind == EventKind::Suspended { wait: Wait::Yield }));
    assert!(!f.trace.events.iter().any(|e| matches!(
        e.kind,
        EventKind::Suspended {
            wait: Wait::Sleep { .. }
        }
    )));
}

// gather(f(3), f(1), f(2)) where f(x) prints x, sleeps x, returns 10*x:
// prints 3 1 2 (creation order) and returns [30, 10, 20] (argument order).
#[test]
fn gather_wraps_in_tasks_in_argument_order_and_returns_results_in_order() {
    async fn f(x: i64) -> i64 {
        print(format!("start {x}"));
        asyncio::sleep(x as f64).await;
        print(format!("end {x}"));
        10 * x
    }
    let out = run(async {
        let r = asyncio::run(async {
            asyncio::gather([coro("f", f(3)), coro("f", f(1)), coro("f", f(2))]).await
        })
        .await;
        print(format!("{r:?}"));
    });
    assert_eq!(
        lines(&out),
        [
            "start 3",
            "start 1",
            "start 2",
            "end 1",
            "end 2",
            "end 3",
            "[30, 10, 20]"
        ]
    );
}

// async def main():
//     asyncio.create_task(other())       # other prints "other"
//     await asyncio.gather()              # done already: no suspension
//     print("after gather")
#[test]
fn gather_of_nothing_is_already_done() {
    let out = run(async {
        asyncio::run(async {
            let _t = asyncio::create_task("other", async { print("other") });
            let r: Vec<()> = asyncio::gather(Vec::<asyncio::Coro<()>>::new()).await;
            print(format!("after gather {}", r.len()));
            asyncio::sleep(0.0).await;
        })
        .await;
    });
    assert_eq!(lines(&out), ["after gather 0", "other"]);
}

// t = create_task(quick()); await asyncio.sleep(1); create_task(other());
// r = await t  -- t is finished: no suspension, "got" prints before "other".
#[test]
fn awaiting_a_finished_task_does_not_suspend() {
    let out = run(async {
        asyncio::run(async {
            let t = asyncio::create_task("quick", async { 7 });
            asyncio::sleep(1.0).await;
            let _o = asyncio::create_task("other", async { print("other") });
            let r = t.await;
            print(format!("got {r}"));
            asyncio::sleep(0.0).await;
        })
        .await;
    });
    assert_eq!(lines(&out), ["got 7", "other"]);
}

// A task awaiting another is woken through the ready queue: the awaited
// task ends in iteration k, its done-callback (the waiter's wake-up) runs in k + 1.
#[test]
fn done_callbacks_are_scheduled_never_called_inline() {
    let f = run(async {
        asyncio::run(async {
            let t = asyncio::create_task("child", async {
                asyncio::sleep(1.0).await;
            });
            t.await;
        })
        .await;
    });
    let child_end = iteration_of(&f, 2, |k| matches!(k, EventKind::Finished))[0];
    let main_woken = iteration_of(&f, 1, |k| matches!(k, EventKind::Woken))[0];
    assert_eq!(main_woken, child_end + 1);
}

// Timers due at the same instant fire in the order they were scheduled.
#[test]
fn timers_with_equal_deadlines_fire_in_scheduling_order() {
    async fn s(name: &'static str, d: f64) {
        asyncio::sleep(d).await;
        print(name);
    }
    let out = run(async {
        asyncio::run(async {
            asyncio::gather([
                coro("a", s("a", 2.0)),
                coro("b", s("b", 1.0)),
                coro("c", s("c", 2.0)),
                coro("d", s("d", 1.0)),
            ])
            .await;
        })
        .await;
    });
    assert_eq!(lines(&out), ["b", "d", "a", "c"]);
}

// q = Queue(); getter task waits on q.get(); main does put_nowait(1) (which
// wakes the getter) then get_nowait() at once: the item is not reserved for
// the woken getter, which finds the queue empty and waits again.
#[test]
fn queue_wakes_the_first_getter_without_reserving_the_item() {
    let out = run(async {
        asyncio::run(async {
            let q: Queue<i32> = Queue::new(0);
            let q2 = q.clone();
            let _g = asyncio::create_task("getter", async move {
                let v = q2.get().await;
                print(format!("getter got {v}"));
            });
            asyncio::sleep(0.0).await; // the getter parks on the empty queue
            q.put_nowait(1).unwrap();
            let stolen = q.get_nowait().unwrap();
            print(format!("main took {stolen}"));
            asyncio::sleep(0.0).await; // the getter wakes, finds nothing, parks again
            q.put_nowait(2).unwrap();
            asyncio::sleep(0.0).await;
            asyncio::sleep(0.0).await;
        })
        .await;
    });
    assert_eq!(lines(&out), ["main took 1", "getter got 2"]);
}

// Waiting getters are woken first-in, first-out.
#[test]
fn queue_wakes_waiting_getters_fifo() {
    let out = run(async {
        asyncio::run(async {
            let q: Queue<i32> = Queue::new(0);
            let mut ts = Vec::new();
            for name in ["g1", "g2", "g3"] {
                let q = q.clone();
                ts.push(asyncio::create_task(name, async move {
                    let v = q.get().await;
                    print(format!("{name} got {v}"));
                }));
            }
            asyncio::sleep(0.0).await;
            for v in [10, 20, 30] {
                q.put_nowait(v).unwrap();
            }
            asyncio::gather(ts.into_iter().map(asyncio::Coro::from)).await;
        })
        .await;
    });
    assert_eq!(lines(&out), ["g1 got 10", "g2 got 20", "g3 got 30"]);
}

// Queue(maxsize=1): the second put waits until a get makes room.
#[test]
fn queue_put_waits_while_full() {
    let out = run(async {
        asyncio::run(async {
            let q: Queue<i32> = Queue::new(1);
            let q2 = q.clone();
            let p = asyncio::create_task("producer", async move {
                for v in 0..3 {
                    q2.put(v).await;
                    print(format!("put {v} at {:.0}", time::perf_counter()));
                }
            });
            for _ in 0..3 {
                asyncio::sleep(1.0).await;
                let v = q.get().await;
                print(format!("got {v} at {:.0}", time::perf_counter()));
            }
            p.await;
        })
        .await;
    });
    assert_eq!(
        lines(&out),
        [
            "put 0 at 0",
            "got 0 at 1",
            "put 1 at 1",
            "got 1 at 2",
            "put 2 at 2",
            "got 2 at 3"
        ]
    );
    assert!(out.trace.events.iter().any(|e| e.kind
        == EventKind::Suspended {
            wait: Wait::QueuePut
        }));
}

// q.join() returns once task_done() was called for every item.
#[test]
fn queue_join_waits_for_every_task_done() {
    let out = run(async {
        asyncio::run(async {
            let q: Queue<i32> = Queue::new(0);
            q.put_nowait(1).unwrap();
            q.put_nowait(2).unwrap();
            let q2 = q.clone();
            let _w = asyncio::create_task("worker", async move {
                loop {
                    let v = q2.get().await;
                    asyncio::sleep(1.0).await;
                    print(format!("done {v}"));
                    q2.task_done();
                }
            });
            q.join().await;
            print(format!("joined at {:.0}", time::perf_counter()));
        })
        .await;
    });
    assert_eq!(lines(&out), ["done 1", "done 2", "joined at 2"]);
}

// A task sleeping 10 s, cancelled at 1 s: CancelledError is delivered at its
// await, it prints nothing more, and the program ends at 1 s, not 10 s.
#[test]
fn cancel_is_delivered_at_the_current_await() {
    let f = run(async {
        asyncio::run(async {
            let t = asyncio::create_task("sleeper", async {
                print("sleeping");
                asyncio::sleep(10.0).await;
                print("never");
            });
            asyncio::sleep(1.0).await;
            t.cancel();
            asyncio::sleep(0.0).await;
        })
        .await;
        print(format!("{:.2}", time::perf_counter()));
    });
    assert_eq!(lines(&f), ["sleeping", "1.00"]);
    assert!(f
        .trace
        .events
        .iter()
        .any(|e| e.task == 2 && e.kind == EventKind::Cancelled));
}

// A consumer cancelled while parked on q.get() leaves the queue's getters.
#[test]
fn cancelling_a_waiting_getter_removes_it_from_the_queue() {
    let out = run(async {
        asyncio::run(async {
            let q: Queue<i32> = Queue::new(0);
            let (qa, qb) = (q.clone(), q.clone());
            let a =
                asyncio::create_task("a", async move { print(format!("a {}", qa.get().await)) });
            let _b =
                asyncio::create_task("b", async move { print(format!("b {}", qb.get().await)) });
            asyncio::sleep(0.0).await;
            a.cancel();
            asyncio::sleep(0.0).await;
            q.put_nowait(5).unwrap();
            asyncio::sleep(0.0).await;
            asyncio::sleep(0.0).await;
        })
        .await;
    });
    assert_eq!(lines(&out), ["b 5"]);
}

// Tasks still pending when main returns are cancelled by asyncio.run.
#[test]
fn asyncio_run_cancels_leftover_tasks() {
    let f = run(async {
        asyncio::run(async {
            let _t = asyncio::create_task("forever", async {
                asyncio::sleep(100.0).await;
                print("never");
            });
            asyncio::sleep(0.0).await;
        })
        .await;
        print(format!("{:.1}", time::perf_counter()));
    });
    assert_eq!(lines(&f), ["0.0"]);
    assert!(f
        .trace
        .events
        .iter()
        .any(|e| e.task == 2 && e.kind == EventKind::Cancelled));
}

// Nothing ready, no timer: the loop would wait forever (the oracle raises).
#[test]
fn a_loop_with_nothing_to_do_reports_deadlock() {
    let f = run_virtual(false, "t.py", async {
        asyncio::run(async {
            let q: Queue<i32> = Queue::new(0);
            q.get().await;
        })
        .await;
    });
    assert!(f.error.unwrap().contains("deadlock"));
}

// time.sleep blocks: the other tasks do not run meanwhile.
#[test]
fn time_sleep_blocks_the_whole_loop() {
    async fn blocker() {
        print("block start");
        time::sleep(2.0).await;
        print(format!("block end {:.0}", time::perf_counter()));
    }
    async fn ticker() {
        for _ in 0..3 {
            asyncio::sleep(1.0).await;
            print(format!("tick {:.0}", time::perf_counter()));
        }
    }
    let out = run(async {
        asyncio::run(async {
            asyncio::gather([coro("t", ticker()), coro("b", blocker())]).await;
        })
        .await;
    });
    assert_eq!(
        lines(&out),
        ["block start", "block end 2", "tick 2", "tick 3", "tick 4"]
    );
}
