//! Counts the bytes the process holds, so that a program that hogs memory
//! is stopped with a message (the limit is checked every 1,024 steps and
//! before large allocations) instead of taking the tab or the machine down.

#[cfg(target_arch = "wasm32")]
use std::alloc::System as A;
use std::alloc::{GlobalAlloc, Layout};

/// mimalloc (natively: DEVELOPERS.md, "Allocator"). Its plain entry points
/// for alignments up to 8, which every block it gives has (the `mimalloc`
/// crate calls the aligned ones for everything: about 4 % of a run of
/// countasync's instructions).
#[cfg(not(target_arch = "wasm32"))]
struct Mi;
#[cfg(not(target_arch = "wasm32"))]
const A: Mi = Mi;
#[cfg(not(target_arch = "wasm32"))]
const MI_MAX_ALIGN: usize = 8;

#[cfg(not(target_arch = "wasm32"))]
unsafe impl GlobalAlloc for Mi {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        // SAFETY: mimalloc's allocation functions, with the layout's size and alignment.
        unsafe {
            if l.align() <= MI_MAX_ALIGN {
                mi::mi_malloc(l.size()).cast()
            } else {
                mi::mi_malloc_aligned(l.size(), l.align()).cast()
            }
        }
    }
    unsafe fn dealloc(&self, p: *mut u8, _l: Layout) {
        // SAFETY: `p` came from mimalloc (`alloc` or `realloc` above).
        unsafe { libmimalloc_sys::mi_free(p.cast()) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        // SAFETY: `p` came from mimalloc with this layout's alignment.
        unsafe {
            if l.align() <= MI_MAX_ALIGN {
                mi::mi_realloc(p.cast(), new).cast()
            } else {
                mi::mi_realloc_aligned(p.cast(), new, l.align()).cast()
            }
        }
    }
}
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
