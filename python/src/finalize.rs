//! Generator finalization, as CPython's `_PyGen_Finalize`: a suspended
//! generator that is dropped is closed (`GeneratorExit` thrown in at its
//! `yield`), so its `finally` blocks and `with` exits run. CPython does it when
//! the last reference goes (a `for` loop left by `break`, a local of a function
//! that returns, `del g`); here `Drop` cannot run Python, so it hands the
//! generator's frame to the VM's queue, and the run loop closes it before its
//! next op. At the end of the program CPython's last collection finalizes the
//! generators still alive, in the order they were made (`at_exit`).
//!
//! Only plain generators suspended inside a `try`, `with` or `except` block are
//! queued: closing any other runs no code. Coroutines and async generators are
//! left to asyncio (`shutdown_asyncgens`).

use crate::value::{GenKind, GenObj};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// One VM's queue (generators hold it, so that a drop finds its own run's).
#[derive(Default)]
pub struct Finalizers {
    /// Off before the program runs and while its objects are torn down.
    pub enabled: Cell<bool>,
    /// The queue is not empty (checked by the run loop before each op).
    pub pending: Cell<bool>,
    queue: RefCell<Vec<Rc<GenObj>>>,
    /// Every generator made, in order (pruned of the dead as it grows).
    made: RefCell<Vec<Weak<GenObj>>>,
    prune_at: Cell<usize>,
}

impl Finalizers {
    /// A generator was made.
    pub fn register(&self, g: &Rc<GenObj>) {
        let mut made = self.made.borrow_mut();
        if made.len() >= self.prune_at.get().max(64) {
            made.retain(|w| w.strong_count() > 0);
            self.prune_at.set(made.len() * 2);
        }
        made.push(Rc::downgrade(g));
    }

    /// The generators to close now.
    pub fn take(&self) -> Vec<Rc<GenObj>> {
        self.pending.set(false);
        std::mem::take(&mut *self.queue.borrow_mut())
    }

    /// The generators still alive and suspended in a block, in the order they
    /// were made (what the last collection of CPython finalizes at exit).
    pub fn at_exit(&self) -> Vec<Rc<GenObj>> {
        let made = std::mem::take(&mut *self.made.borrow_mut());
        made.iter()
            .filter_map(Weak::upgrade)
            .filter(|g| needs_close(g))
            .collect()
    }

    /// Nothing more is finalized (the program's objects are being freed).
    pub fn disable(&self) {
        self.enabled.set(false);
        self.queue.borrow_mut().clear();
        self.made.borrow_mut().clear();
        self.pending.set(false);
    }
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
        if !fin.enabled.get() || !needs_close(self) {
            return;
        }
        // The frame moves to a new generator object that the VM closes.
        let g = Rc::new(GenObj {
            kind: self.kind,
            frame: RefCell::new(self.frame.get_mut().take()),
            running: Cell::new(false),
            finished: Cell::new(false),
            started: Cell::new(true),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            code: self.code.clone(),
            ag_running: Cell::new(false),
            fin: None,
        });
        fin.queue.borrow_mut().push(g);
        fin.pending.set(true);
    }
}
