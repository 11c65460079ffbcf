//! Finalization, as CPython's: a suspended generator that is dropped is closed
//! (`_PyGen_Finalize`: `GeneratorExit` thrown in at its `yield`, so its
//! `finally` blocks and `with` exits run), and an object whose class has a
//! `__del__` has it called once (PEP 442). CPython does it when the last
//! reference goes (a `for` loop left by `break`, a rebinding, `del`, a local of
//! a function that returns); here `Drop` cannot run Python, so it moves the
//! object to its VM's queue, and the run loop finalizes it before its next op.
//! At the end of the program CPython's last collection finalizes what is still
//! alive, in the order it was made (`at_exit`).
//!
//! Only plain generators suspended inside a `try`, `with` or `except` block are
//! queued: closing any other runs no code. An unfinished async generator whose
//! hooks were applied is handed to the finalizer hook asyncio set
//! (`sys.set_asyncgen_hooks`: the loop schedules its `aclose()` in a task), and
//! asyncio's weak set of async generators is [`Finalizers::agens_live`].

use crate::value::{GenKind, GenObj, Instance, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::{Rc, Weak};

/// Something to finalize.
pub enum Final {
    /// A generator to close.
    Gen(Rc<GenObj>),
    /// An object whose `__del__` is to be called.
    Obj(Rc<Instance>),
    /// An async generator for its finalizer hook (the hook, the generator).
    AGen(Value, Rc<GenObj>),
    /// A coroutine dropped before it ever ran (its qualified name): CPython's
    /// "RuntimeWarning: coroutine '...' was never awaited".
    Unawaited(crate::value::Str),
    /// A future freed with an exception nobody retrieved (its `_log_traceback`
    /// is True): CPython's `Future.__del__` logs it.
    Unretrieved(Rc<Instance>),
}

thread_local! {
    /// The finalizers of the program running (or being torn down): a future
    /// has no link to its VM, and two programs may be alive at once (the page).
    static CURRENT: RefCell<Option<Rc<Finalizers>>> = const { RefCell::new(None) };
}

/// `fin` is the running program's.
pub fn set_current(fin: &Rc<Finalizers>) {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        if !c.as_ref().is_some_and(|f| Rc::ptr_eq(f, fin)) {
            *c = Some(fin.clone());
        }
    });
}

enum Made {
    Gen(Weak<GenObj>),
    Obj(Weak<Instance>),
}

impl Made {
    fn alive(&self) -> bool {
        match self {
            Made::Gen(w) => w.strong_count() > 0,
            Made::Obj(w) => w.strong_count() > 0,
        }
    }
}

/// One VM's queue (generators and classes with `__del__` hold it, so that a
/// drop finds its own run's).
#[derive(Default)]
pub struct Finalizers {
    /// Off before the program runs and while its objects are torn down.
    pub enabled: Cell<bool>,
    /// The queue is not empty (checked by the run loop before each op).
    pub pending: Cell<bool>,
    queue: RefCell<Vec<Final>>,
    /// Every generator and object with a `__del__` made, in order (pruned of
    /// the dead as it grows).
    made: RefCell<Vec<Made>>,
    prune_at: Cell<usize>,
    /// The objects whose `__del__` has run (by address), so that it runs once.
    finalized: RefCell<HashSet<usize>>,
    /// asyncio's `loop._asyncgens` (a `WeakSet` in CPython), in order.
    agens: RefCell<Vec<Weak<GenObj>>>,
    /// The futures given an exception (`_pg.watch_unretrieved`), in order:
    /// those still alive at exit with it unretrieved are logged then.
    watched: RefCell<Vec<Weak<Instance>>>,
}

impl Finalizers {
    fn remember(&self, m: Made) {
        let mut made = self.made.borrow_mut();
        if made.len() >= self.prune_at.get().max(64) {
            made.retain(Made::alive);
            self.prune_at.set(made.len() * 2);
        }
        made.push(m);
    }

    /// A generator or a coroutine was made (a coroutine warns if it is
    /// dropped, or alive at exit, never awaited).
    pub fn register(&self, g: &Rc<GenObj>) {
        self.remember(Made::Gen(Rc::downgrade(g)));
    }

    /// An object whose class has a `__del__` was made.
    pub fn register_obj(&self, o: &Rc<Instance>) {
        self.remember(Made::Obj(Rc::downgrade(o)));
    }

    /// The never-awaited coroutines dropped but not yet reported (taken out of
    /// the queue), and then those still alive, in the order they were made:
    /// what CPython reports at exit as `sys:1: RuntimeWarning: ...`.
    pub fn unawaited_at_exit(&self) -> Vec<crate::value::Str> {
        let mut out = Vec::new();
        self.queue.borrow_mut().retain(|f| match f {
            Final::Unawaited(q) => {
                out.push(q.clone());
                false
            }
            _ => true,
        });
        for m in self.made.borrow().iter() {
            if let Made::Gen(w) = m {
                if let Some(g) = w.upgrade().filter(|g| never_awaited(g)) {
                    out.push(g.qualname.clone());
                }
            }
        }
        out
    }

    /// A future was given an exception.
    pub fn watch(&self, o: &Rc<Instance>) {
        let mut w = self.watched.borrow_mut();
        if w.len() >= 64 && w.len().is_power_of_two() {
            w.retain(|o| o.strong_count() > 0);
        }
        w.push(Rc::downgrade(o));
    }

    /// The futures alive at exit whose exception nobody retrieved, in order.
    pub fn unretrieved_at_exit(&self) -> Vec<Rc<Instance>> {
        std::mem::take(&mut *self.watched.borrow_mut())
            .iter()
            .filter_map(Weak::upgrade)
            .filter(|o| {
                matches!(
                    o.dict.borrow().get("_log_traceback"),
                    Some(Value::Bool(true))
                )
            })
            .collect()
    }

    /// What to finalize now.
    pub fn take(&self) -> Vec<Final> {
        self.pending.set(false);
        std::mem::take(&mut *self.queue.borrow_mut())
    }

    /// The never-awaited coroutines queued (taken from the queue; the rest
    /// stays): their warnings name the line running now.
    pub fn take_unawaited(&self) -> Vec<crate::value::Str> {
        let mut q = self.queue.borrow_mut();
        let mut out = Vec::new();
        q.retain(|f| match f {
            Final::Unawaited(n) => {
                out.push(n.clone());
                false
            }
            _ => true,
        });
        self.pending.set(!q.is_empty());
        out
    }

    /// `o`'s `__del__` is about to run: it will not run again.
    pub fn mark_finalized(&self, o: &Rc<Instance>) {
        self.finalized.borrow_mut().insert(Rc::as_ptr(o) as usize);
    }

    /// What is still alive and would be finalized, in the order it was made
    /// (what the last collection of CPython finalizes at exit).
    pub fn at_exit(&self) -> Vec<Final> {
        let made = std::mem::take(&mut *self.made.borrow_mut());
        let finalized = self.finalized.borrow();
        made.iter()
            .filter_map(|m| match m {
                Made::Gen(w) => w.upgrade().filter(|g| needs_close(g)).map(Final::Gen),
                Made::Obj(w) => w
                    .upgrade()
                    .filter(|o| !finalized.contains(&(Rc::as_ptr(o) as usize)))
                    .map(Final::Obj),
            })
            .collect()
    }

    /// `loop._asyncgens.add(agen)`.
    pub fn agens_add(&self, g: &Rc<GenObj>) {
        let mut a = self.agens.borrow_mut();
        a.retain(|w| w.strong_count() > 0);
        if !a.iter().any(|w| w.as_ptr() == Rc::as_ptr(g)) {
            a.push(Rc::downgrade(g));
        }
    }

    /// `loop._asyncgens.discard(agen)`.
    pub fn agens_discard(&self, g: &Rc<GenObj>) {
        self.agens
            .borrow_mut()
            .retain(|w| w.as_ptr() != Rc::as_ptr(g));
    }

    /// `loop._asyncgens.clear()`.
    pub fn agens_clear(&self) {
        self.agens.borrow_mut().clear();
    }

    /// The async generators of `loop._asyncgens` still alive, in order.
    pub fn agens_live(&self) -> Vec<Rc<GenObj>> {
        self.agens
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .collect()
    }

    /// Nothing more is finalized (the program's objects are being freed).
    pub fn disable(&self) {
        self.enabled.set(false);
        self.queue.borrow_mut().clear();
        self.made.borrow_mut().clear();
        self.agens.borrow_mut().clear();
        self.watched.borrow_mut().clear();
        self.pending.set(false);
    }
}

/// A coroutine that never ran (not started, not closed).
pub fn never_awaited(g: &GenObj) -> bool {
    g.kind == GenKind::Coroutine && !g.started.get() && !g.finished.get()
}

/// Closing `g` would run some of its code.
pub fn needs_close(g: &GenObj) -> bool {
    g.kind == GenKind::Generator
        && g.started.get()
        && !g.finished.get()
        && !g.running.get()
        && g.frame
            .borrow()
            .as_ref()
            .is_some_and(|f| !f.blocks.is_empty())
}

impl Drop for GenObj {
    fn drop(&mut self) {
        let Some(fin) = self.fin.take() else { return };
        if !fin.enabled.get() {
            return;
        }
        if self.kind == GenKind::Coroutine {
            if never_awaited(self) {
                fin.queue
                    .borrow_mut()
                    .push(Final::Unawaited(self.qualname.clone()));
                fin.pending.set(true);
            }
            return;
        }
        // An async generator: CPython's _PyGen_Finalize calls the finalizer
        // hook its first iteration recorded, if it has not finished.
        let hook = if self.kind == GenKind::AsyncGenerator {
            match self.ag_hooks.get_mut().take() {
                Some(Some(h)) if !self.finished.get() && !h.is_none() => Some(h),
                _ => return,
            }
        } else if needs_close(self) {
            None
        } else {
            return;
        };
        // The frame moves to a new generator object that the VM finalizes.
        let g = Rc::new(GenObj {
            kind: self.kind,
            frame: RefCell::new(self.frame.get_mut().take()),
            running: Cell::new(false),
            finished: Cell::new(false),
            started: Cell::new(self.started.get()),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            code: self.code.clone(),
            ag_running: Cell::new(false),
            fin: None,
            ag_hooks: RefCell::new(Some(None)),
        });
        fin.queue.borrow_mut().push(match hook {
            Some(h) => Final::AGen(h, g),
            None => Final::Gen(g),
        });
        fin.pending.set(true);
    }
}

/// An instance whose own `_log_traceback` is True (an asyncio future whose
/// exception was never retrieved).
fn unretrieved(i: &mut Instance) -> bool {
    thread_local! {
        static NAME: &'static crate::value::Str =
            Box::leak(Box::new(crate::omap::intern("_log_traceback")));
    }
    i.exc.is_none()
        && NAME.with(|n| matches!(i.dict.get_mut().get_name(n), Some(Value::Bool(true))))
}

impl Drop for Instance {
    fn drop(&mut self) {
        if unretrieved(self) {
            let fin = CURRENT.with(|c| c.borrow().clone());
            if let Some(fin) = fin.filter(|f| f.enabled.get()) {
                let o = Rc::new(Instance {
                    class: RefCell::new(self.class.get_mut().clone()),
                    dict: RefCell::new(std::mem::take(self.dict.get_mut())),
                    exc: self.exc.take(),
                });
                fin.queue.borrow_mut().push(Final::Unretrieved(o));
                fin.pending.set(true);
                return;
            }
        }
        let fin = match self.class.get_mut().fin.try_borrow() {
            Ok(f) => f.clone(),
            Err(_) => None,
        };
        let Some(fin) = fin else { return };
        if !fin.enabled.get() {
            return;
        }
        let me = self as *const Instance as usize;
        if fin.finalized.borrow_mut().remove(&me) {
            return;
        }
        // The object lives again (in a new allocation) until its __del__ ran.
        let o = Rc::new(Instance {
            class: RefCell::new(self.class.get_mut().clone()),
            dict: RefCell::new(std::mem::take(self.dict.get_mut())),
            exc: self.exc.take(),
        });
        fin.queue.borrow_mut().push(Final::Obj(o));
        fin.pending.set(true);
    }
}
