//! `asyncio` for the lessons: `run`, `create_task`, `gather`, `sleep`, `Queue`,
//! with CPython 3.11's observable behaviour (see `core` for the loop itself).

pub mod core;
mod queue;

pub use self::core::{Callback, Core, FutState, Tick};
pub use queue::Queue;

use self::core::{with_core, FutId};
use crate::trace::{TaskId, Wait};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// A handle on a task (`asyncio.Task`). Awaiting it waits for its result.
pub struct Task<T> {
    pub id: TaskId,
    result: Rc<RefCell<Option<T>>>,
}

impl<T> Clone for Task<T> {
    fn clone(&self) -> Self {
        Task {
            id: self.id,
            result: self.result.clone(),
        }
    }
}

impl<T: 'static> Task<T> {
    /// `task.cancel()`.
    pub fn cancel(&self) -> bool {
        with_core(|c| c.state.borrow_mut().cancel_task(self.id))
    }

    fn done_fut(&self) -> FutId {
        with_core(|c| c.state.borrow().tasks[self.id].done_fut)
    }

    fn take_result(&self) -> Option<T>
    where
        T: Clone,
    {
        self.result.borrow().clone()
    }
}

/// `asyncio.create_task(coro)`, with the name the timeline shows.
pub fn create_task<T: 'static, F: Future<Output = T> + 'static>(
    name: impl Into<Rc<str>>,
    coro: F,
) -> Task<T> {
    with_core(|c| spawn_on(c, name.into(), coro))
}

pub(crate) fn spawn_on<T: 'static, F: Future<Output = T> + 'static>(
    c: &Rc<Core>,
    name: Rc<str>,
    coro: F,
) -> Task<T> {
    let result = Rc::new(RefCell::new(None));
    let slot = result.clone();
    let id = c.spawn(
        name,
        Box::pin(async move {
            let v = coro.await;
            *slot.borrow_mut() = Some(v);
        }),
    );
    Task { id, result }
}

/// A coroutine object with a name, or an existing task: what `gather` takes.
pub enum Coro<T> {
    New(Rc<str>, Pin<Box<dyn Future<Output = T>>>),
    Task(Task<T>),
}

/// Names a coroutine for `gather` (the timeline shows the name).
pub fn coro<T, F: Future<Output = T> + 'static>(name: impl Into<Rc<str>>, f: F) -> Coro<T> {
    Coro::New(name.into(), Box::pin(f))
}

impl<T> From<Task<T>> for Coro<T> {
    fn from(t: Task<T>) -> Self {
        Coro::Task(t)
    }
}

/// Waits for a future of the loop; `Drop` runs the `except`/`finally` clean-up
/// that CPython runs when the waiting task is cancelled.
struct Park {
    fut: FutId,
    wait: Option<Wait>,
}

impl Future for Park {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let state = with_core(|c| c.state.borrow().fut_state(self.fut));
        if state != FutState::Pending {
            return Poll::Ready(());
        }
        let wait = self.wait.take().unwrap_or(Wait::Future);
        with_core(|c| c.park(self.fut, wait));
        Poll::Pending
    }
}

/// `asyncio.gather(*aws)`: each coroutine becomes a task now, in argument
/// order; awaiting returns the results in order.
pub fn gather<T: Clone + 'static>(aws: impl IntoIterator<Item = Coro<T>>) -> Gather<T> {
    with_core(|c| {
        let children: Vec<Task<T>> = aws
            .into_iter()
            .map(|a| match a {
                Coro::New(name, f) => spawn_on(c, name, f),
                Coro::Task(t) => t,
            })
            .collect();
        let (_, outer) = c.gather(children.iter().map(|t| t.id).collect(), false);
        Gather {
            children,
            outer,
            parked: false,
        }
    })
}

pub struct Gather<T> {
    children: Vec<Task<T>>,
    outer: FutId,
    parked: bool,
}

impl<T: Clone + 'static> Future for Gather<T> {
    type Output = Vec<T>;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Vec<T>> {
        let state = with_core(|c| c.state.borrow().fut_state(self.outer));
        match state {
            FutState::Done => Poll::Ready(
                self.children
                    .iter()
                    .map(|t| t.take_result().expect("gathered task has a result"))
                    .collect(),
            ),
            FutState::Cancelled => {
                // CancelledError from a child: this task unwinds too.
                with_core(|c| {
                    let cur = c.state.borrow().current;
                    c.state.borrow_mut().cancel_task(cur);
                    c.yield_now();
                });
                Poll::Pending
            }
            FutState::Pending => {
                debug_assert!(!self.parked, "woken before the gather finished");
                self.parked = true;
                let n = self.children.len();
                with_core(|c| c.park(self.outer, Wait::Gather { n }));
                Poll::Pending
            }
        }
    }
}

impl<T: Clone + 'static> Future for Task<T> {
    type Output = T;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<T> {
        if let Some(v) = self.take_result() {
            return Poll::Ready(v);
        }
        let f = self.done_fut();
        let id = self.id;
        with_core(|c| c.park(f, Wait::Task { task: id }));
        Poll::Pending
    }
}

/// `asyncio.sleep(delay)`: a timer for delay > 0, a bare yield otherwise.
pub fn sleep(delay: f64) -> Sleep {
    Sleep {
        delay,
        fut: None,
        yielded: false,
    }
}

pub struct Sleep {
    delay: f64,
    fut: Option<FutId>,
    yielded: bool,
}

impl Future for Sleep {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.delay.is_nan() || self.delay <= 0.0 {
            // `await __sleep0()`: yield once, without a timer.
            if self.yielded {
                return Poll::Ready(());
            }
            self.yielded = true;
            with_core(|c| c.yield_now());
            return Poll::Pending;
        }
        match self.fut {
            Some(f) => {
                if with_core(|c| c.state.borrow().fut_state(f)) == FutState::Pending {
                    // Not possible: a task is only stepped when its future is done.
                    return Poll::Pending;
                }
                Poll::Ready(())
            }
            None => {
                let delay = self.delay;
                let f = with_core(|c| {
                    let when = c.now() + delay;
                    let f = {
                        let mut st = c.state.borrow_mut();
                        let f = st.new_future();
                        st.call_at(when, f);
                        f
                    };
                    c.park(f, Wait::Sleep { until: when });
                    f
                });
                self.fut = Some(f);
                Poll::Pending
            }
        }
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        // `finally: h.cancel()`: a timer still pending is cancelled.
        if let Some(f) = self.fut {
            crate::asyncio::core::try_with_core(|c| {
                if let Ok(mut st) = c.state.try_borrow_mut() {
                    if st.fut_state(f) == FutState::Pending {
                        st.cancel_future(f);
                    }
                }
            });
        }
    }
}

/// `asyncio.run(main)`: runs the loop until `main` is done, then returns its result.
pub fn run<T: Clone + 'static, F: Future<Output = T> + 'static>(main: F) -> Run<T> {
    Run {
        main: Some(Box::pin(main)),
        task: None,
    }
}

pub struct Run<T> {
    main: Option<Pin<Box<dyn Future<Output = T>>>>,
    task: Option<Task<T>>,
}

impl<T: Clone + 'static> Future for Run<T> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<T> {
        if let Some(t) = &self.task {
            return match t.take_result() {
                Some(v) => Poll::Ready(v),
                None => panic!("asyncio.run: the main task was cancelled"),
            };
        }
        let main = self
            .main
            .take()
            .expect("asyncio.run polled after completion");
        let task = with_core(|c| {
            let task = spawn_on(c, "main()".into(), main);
            c.start_run(task.id);
            let now = c.now();
            let mut st = c.state.borrow_mut();
            if st.trace.enabled {
                st.trace_event(
                    now,
                    0,
                    crate::trace::EventKind::Suspended { wait: Wait::Run },
                );
            }
            task
        });
        self.task = Some(task);
        Poll::Pending
    }
}

pub(crate) fn park_on(fut: FutId, wait: Wait) -> impl Future<Output = ()> {
    Park {
        fut,
        wait: Some(wait),
    }
}
