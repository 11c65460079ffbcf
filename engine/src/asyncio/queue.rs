//! `asyncio.Queue`, following CPython 3.11's `asyncio/queues.py` line by line.

use super::core::{try_with_core, with_core, FutId};
use super::park_on;
use super::FutState;
use crate::trace::{EventKind, QueueView, Wait};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

struct Inner<T> {
    maxsize: usize,
    items: VecDeque<T>,
    getters: VecDeque<FutId>,
    putters: VecDeque<FutId>,
    unfinished_tasks: usize,
    /// `self._finished` (an `asyncio.Event`): its value and waiters.
    finished: bool,
    finished_waiters: Vec<FutId>,
}

/// `asyncio.Queue(maxsize)`; 0 means unbounded.
pub struct Queue<T> {
    inner: Rc<RefCell<Inner<T>>>,
}

impl<T> Clone for Queue<T> {
    fn clone(&self) -> Self {
        Queue {
            inner: self.inner.clone(),
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct QueueFull;
#[derive(Debug, PartialEq, Eq)]
pub struct QueueEmpty;

/// `_wakeup_next`: wakes the first waiter that is not done (cancelled).
fn wakeup_next(waiters: &mut VecDeque<FutId>) {
    with_core(|c| {
        let mut st = c.state.borrow_mut();
        while let Some(w) = waiters.pop_front() {
            if st.fut_state(w) == FutState::Pending {
                st.set_result(w);
                break;
            }
        }
    })
}

/// A short label of a queue item for the internals view.
fn item_label(x: &dyn std::any::Any) -> String {
    if let Some((s, _)) = x.downcast_ref::<(String, f64)>() {
        format!("<{s}>")
    } else if let Some(s) = x.downcast_ref::<String>() {
        s.clone()
    } else if let Some(i) = x.downcast_ref::<i32>() {
        i.to_string()
    } else if let Some(i) = x.downcast_ref::<i64>() {
        i.to_string()
    } else {
        "item".into()
    }
}

impl<T: 'static> Queue<T> {
    pub fn new(maxsize: usize) -> Queue<T> {
        let q = Queue::unregistered(maxsize);
        // Let the loop describe this queue in its internals view.
        let weak = Rc::downgrade(&q.inner);
        try_with_core(|c| {
            c.state.borrow_mut().queues.push(Box::new(move |st| {
                let inner = weak.upgrade()?;
                let q = inner.try_borrow().ok()?;
                let tasks = |v: &VecDeque<FutId>| -> Vec<usize> {
                    v.iter()
                        .filter(|&&f| st.fut_state(f) == FutState::Pending)
                        .filter_map(|&f| st.waiter_of(f))
                        .collect()
                };
                Some(QueueView {
                    items: q.items.iter().map(|x| item_label(x)).collect(),
                    maxsize: q.maxsize,
                    unfinished: q.unfinished_tasks,
                    getters: tasks(&q.getters),
                    putters: tasks(&q.putters),
                })
            }))
        });
        q
    }

    fn unregistered(maxsize: usize) -> Queue<T> {
        Queue {
            inner: Rc::new(RefCell::new(Inner {
                maxsize,
                items: VecDeque::new(),
                getters: VecDeque::new(),
                putters: VecDeque::new(),
                unfinished_tasks: 0,
                finished: true,
                finished_waiters: Vec::new(),
            })),
        }
    }

    pub fn qsize(&self) -> usize {
        self.inner.borrow().items.len()
    }
    pub fn maxsize(&self) -> usize {
        self.inner.borrow().maxsize
    }
    pub fn empty(&self) -> bool {
        self.inner.borrow().items.is_empty()
    }
    pub fn full(&self) -> bool {
        let q = self.inner.borrow();
        q.maxsize > 0 && q.items.len() >= q.maxsize
    }

    fn trace_size(&self) {
        let size = self.qsize();
        with_core(|c| {
            let now = c.now();
            let mut st = c.state.borrow_mut();
            if st.trace.enabled {
                let t = st.current;
                st.trace_event(now, t, EventKind::QueueSize { size });
            }
        })
    }

    /// `await q.put(item)`.
    pub async fn put(&self, item: T) {
        while self.full() {
            let putter = with_core(|c| c.state.borrow_mut().new_future());
            self.inner.borrow_mut().putters.push_back(putter);
            let guard = WaitGuard {
                q: self.clone(),
                fut: putter,
                getter: false,
                armed: true,
            };
            park_on(putter, Wait::QueuePut).await;
            guard.disarm();
        }
        self.put_nowait(item)
            .unwrap_or_else(|_| unreachable!("the queue is not full"));
    }

    /// `q.put_nowait(item)`.
    pub fn put_nowait(&self, item: T) -> Result<(), QueueFull> {
        if self.full() {
            return Err(QueueFull);
        }
        let mut getters = {
            let mut q = self.inner.borrow_mut();
            q.items.push_back(item);
            q.unfinished_tasks += 1;
            q.finished = false;
            std::mem::take(&mut q.getters)
        };
        wakeup_next(&mut getters);
        self.restore_waiters(getters, true);
        self.trace_size();
        Ok(())
    }

    /// `await q.get()`.
    pub async fn get(&self) -> T {
        while self.empty() {
            let getter = with_core(|c| c.state.borrow_mut().new_future());
            self.inner.borrow_mut().getters.push_back(getter);
            let guard = WaitGuard {
                q: self.clone(),
                fut: getter,
                getter: true,
                armed: true,
            };
            park_on(getter, Wait::QueueGet).await;
            guard.disarm();
        }
        self.get_nowait()
            .unwrap_or_else(|_| unreachable!("the queue is not empty"))
    }

    /// `q.get_nowait()`.
    pub fn get_nowait(&self) -> Result<T, QueueEmpty> {
        let (item, mut putters) = {
            let mut q = self.inner.borrow_mut();
            let Some(item) = q.items.pop_front() else {
                return Err(QueueEmpty);
            };
            (item, std::mem::take(&mut q.putters))
        };
        wakeup_next(&mut putters);
        self.restore_waiters(putters, false);
        self.trace_size();
        Ok(item)
    }

    fn restore_waiters(&self, mut rest: VecDeque<FutId>, getters: bool) {
        let mut q = self.inner.borrow_mut();
        let list = if getters {
            &mut q.getters
        } else {
            &mut q.putters
        };
        // Waiters added meanwhile (none in practice) go after the old ones.
        rest.append(list);
        *list = rest;
    }

    /// `q.task_done()`. Panics like CPython's ValueError when called too often.
    pub fn task_done(&self) {
        let waiters = {
            let mut q = self.inner.borrow_mut();
            assert!(q.unfinished_tasks > 0, "task_done() called too many times");
            q.unfinished_tasks -= 1;
            if q.unfinished_tasks == 0 && !q.finished {
                q.finished = true;
                q.finished_waiters.clone()
            } else {
                Vec::new()
            }
        };
        // Event.set(): every waiter not done gets its result.
        with_core(|c| {
            let mut st = c.state.borrow_mut();
            for w in waiters {
                if st.fut_state(w) == FutState::Pending {
                    st.set_result(w);
                }
            }
        });
    }

    /// `await q.join()`.
    pub async fn join(&self) {
        if self.inner.borrow().unfinished_tasks > 0 {
            // `await self._finished.wait()`
            if self.inner.borrow().finished {
                return;
            }
            let fut = with_core(|c| c.state.borrow_mut().new_future());
            self.inner.borrow_mut().finished_waiters.push(fut);
            let _remove = JoinGuard {
                q: self.clone(),
                fut,
            };
            park_on(fut, Wait::QueueJoin).await;
        }
    }
}

/// `Event.wait`'s `finally: self._waiters.remove(fut)`.
struct JoinGuard<T> {
    q: Queue<T>,
    fut: FutId,
}
impl<T> Drop for JoinGuard<T> {
    fn drop(&mut self) {
        if let Ok(mut q) = self.q.inner.try_borrow_mut() {
            q.finished_waiters.retain(|&f| f != self.fut);
        }
    }
}

/// The `except:` clause of `get`/`put`, run when the waiting task is cancelled.
struct WaitGuard<T: 'static> {
    q: Queue<T>,
    fut: FutId,
    getter: bool,
    armed: bool,
}

impl<T: 'static> WaitGuard<T> {
    fn disarm(mut self) {
        self.armed = false;
    }
}

impl<T: 'static> Drop for WaitGuard<T> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let fut = self.fut;
        let getter = self.getter;
        try_with_core(|c| {
            // getter.cancel()  # Just in case getter is not done yet.
            let cancelled = {
                let Ok(mut st) = c.state.try_borrow_mut() else {
                    return;
                };
                if st.fut_state(fut) == FutState::Pending {
                    st.cancel_future(fut);
                }
                st.fut_state(fut) == FutState::Cancelled
            };
            let mut waiters = {
                let Ok(mut q) = self.q.inner.try_borrow_mut() else {
                    return;
                };
                let list = if getter {
                    &mut q.getters
                } else {
                    &mut q.putters
                };
                list.retain(|&f| f != fut);
                std::mem::take(list)
            };
            let wake = if getter {
                !self.q.empty()
            } else {
                !self.q.full()
            };
            if wake && !cancelled {
                wakeup_next(&mut waiters);
            }
            self.q.restore_waiters(waiters, getter);
        });
    }
}
