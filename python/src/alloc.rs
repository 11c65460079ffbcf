//! Counts the bytes the process holds, so that a program that hogs memory
//! is stopped with a message (the limit is checked every 1,024 steps and
//! before large allocations) instead of taking the tab or the machine down.

#[cfg(not(target_arch = "wasm32"))]
use mimalloc::MiMalloc as A;
#[cfg(target_arch = "wasm32")]
use std::alloc::System as A;
use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Counting;

static USED: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        // SAFETY: forwarded to the system allocator with the same layout.
        let p = unsafe { A.alloc(l) };
        if !p.is_null() {
            USED.fetch_add(l.size(), Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        // SAFETY: `p` was allocated by `alloc` above with this layout.
        unsafe { A.dealloc(p, l) };
        USED.fetch_sub(l.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        // SAFETY: forwarded to the system allocator.
        let q = unsafe { A.realloc(p, l, new) };
        if !q.is_null() {
            USED.fetch_add(new, Ordering::Relaxed);
            USED.fetch_sub(l.size(), Ordering::Relaxed);
        }
        q
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Bytes allocated and not yet freed.
pub fn used() -> usize {
    USED.load(Ordering::Relaxed)
}
