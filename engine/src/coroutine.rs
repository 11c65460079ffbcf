//! Python generators, as the lecture's "yield" section uses them: a Rust
//! `async` block is a coroutine too. `co.yield_(v).await` hands `v` to the
//! caller and suspends with the local state saved; `next(gen)` and
//! `gen.send(x)` resume it. Every hand-off is recorded in the trace.

use crate::asyncio::core::{noop_waker, with_core};
use crate::trace::EventKind;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

struct Slot {
    /// What the generator yielded, for the caller to take.
    yielded: Option<i64>,
    /// What the caller sent, for the generator's `yield` to return.
    received: Option<Option<i64>>,
    /// The generator's local variables at its last yield.
    locals: String,
}

/// The generator's side: `received = yield n` is `let received = co.yield_(n, locals).await`.
#[derive(Clone)]
pub struct Co(Rc<RefCell<Slot>>);

impl Co {
    /// `yield value`, saving `locals` (shown to the student) while suspended.
    pub fn yield_(&self, value: i64, locals: String) -> Yield {
        Yield {
            co: self.clone(),
            value: Some(value),
            locals: Some(locals),
        }
    }
}

pub struct Yield {
    co: Co,
    value: Option<i64>,
    locals: Option<String>,
}

impl Future for Yield {
    type Output = Option<i64>;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<i64>> {
        if let Some(v) = self.value.take() {
            let locals = self.locals.take().unwrap_or_default();
            let mut s = self.co.0.borrow_mut();
            s.yielded = Some(v);
            s.locals = locals;
            return Poll::Pending;
        }
        Poll::Ready(self.co.0.borrow_mut().received.take().flatten())
    }
}

/// A generator object (`gen = counter(10)`): nothing runs until `next`.
pub struct Generator {
    slot: Rc<RefCell<Slot>>,
    body: Option<Pin<Box<dyn Future<Output = ()>>>>,
    name: String,
}

fn handoff(to_generator: bool, what: String, locals: String) {
    with_core(|c| {
        let now = c.now();
        let mut st = c.state.borrow_mut();
        if st.trace.enabled {
            let t = st.current;
            st.trace_event(
                now,
                t,
                EventKind::Handoff {
                    to_generator,
                    what,
                    locals,
                },
            );
        }
    });
}

impl Generator {
    /// Calls a generator function: `body` gets the `Co` to yield through.
    pub fn new<F: Future<Output = ()> + 'static>(
        name: &str,
        body: impl FnOnce(Co) -> F,
    ) -> Generator {
        let slot = Rc::new(RefCell::new(Slot {
            yielded: None,
            received: None,
            locals: String::new(),
        }));
        let fut = body(Co(slot.clone()));
        Generator {
            slot,
            body: Some(Box::pin(fut)),
            name: name.to_string(),
        }
    }

    fn resume(&mut self, sent: Option<i64>, what: String) -> Option<i64> {
        handoff(true, what, String::new());
        self.slot.borrow_mut().received = Some(sent);
        let body = self.body.as_mut()?;
        let waker = noop_waker();
        match body.as_mut().poll(&mut Context::from_waker(&waker)) {
            Poll::Ready(()) => {
                self.body = None;
                handoff(false, "StopIteration".into(), String::new());
                None
            }
            Poll::Pending => {
                let (v, locals) = {
                    let mut s = self.slot.borrow_mut();
                    (s.yielded.take(), std::mem::take(&mut s.locals))
                };
                if let Some(v) = v {
                    handoff(false, format!("yield {v}"), locals);
                }
                v
            }
        }
    }

    /// `next(gen)`.
    pub fn next(&mut self) -> Option<i64> {
        self.resume(None, "next(gen)".into())
    }

    /// `gen.send(value)`.
    pub fn send(&mut self, value: i64) -> Option<i64> {
        self.resume(Some(value), format!("gen.send({value})"))
    }

    /// `gen.close()`: GeneratorExit at the yield; the frame is dropped.
    pub fn close(&mut self) {
        if self.body.take().is_some() {
            handoff(true, "gen.close()".into(), String::new());
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}
