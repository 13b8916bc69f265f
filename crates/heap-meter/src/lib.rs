//! A global allocator that counts, per thread, the bytes allocated and not yet freed (and the peak),
//! on top of the platform's allocator: mimalloc natively, Rust's own allocator in wasm.
//!
//! ormplay's interpreter caps the memory a run may use (MemoryError with a location instead of the
//! page's allocator trapping, which kills a wasm page, or the process being killed natively). Sizes
//! known before a big allocation are checked there, but most memory accumulates gradually (a list
//! comprehension building rows, a dict growing), so the interpreter reads [`live`] at every step it
//! charges and stops the run when the bytes it added pass its budget. The count is per thread because
//! each run owns its thread (the CLI's worker thread, each test's thread, the page's Web Worker), so
//! concurrent runs do not see each other's memory.
//!
//! This is ormplay's one piece of state outside the interpreter: the allocator is process-wide by
//! nature, and an allocator wrapper is the only way to see allocations made by every library (the
//! ORM's, the parser's, the standard collections' growth) without threading a counter through all of
//! them. It is its own crate because a global allocator needs `unsafe`, which ormplay forbids.

#![no_std]

extern crate std;

use core::alloc::{GlobalAlloc, Layout};
use core::cell::Cell;
// Natively, mimalloc: the interpreter and the ORM allocate and free many small objects (values, rows,
// log entries), and glibc's malloc/free took a third of the instructions of a 10k-object flush (its
// locked per-thread arenas, consolidation); mimalloc's thread-local free lists do the same work in
// about a fifth. The page's wasm keeps Rust's allocator (mimalloc does not target wasm32, and bytes
// matter more there).
#[cfg(not(target_arch = "wasm32"))]
use mimalloc::MiMalloc as System;
#[cfg(target_arch = "wasm32")]
use std::alloc::System;

/// The platform allocator, counting.
pub struct Meter;

std::thread_local! {
    /// Bytes this thread allocated and has not freed (negative when it freed others' allocations).
    static LIVE: Cell<isize> = const { Cell::new(0) };
    /// The highest `LIVE` since the last [`reset_peak`].
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn adjust(delta: isize) {
    // `try_with`: never fails for these constant, destructor-free cells, but an allocator must not panic.
    let _ = LIVE.try_with(|live| {
        let now = live.get().wrapping_add(delta);
        live.set(now);
        let _ = PEAK.try_with(|peak| {
            if now > peak.get() {
                peak.set(now);
            }
        });
    });
}

fn signed(size: usize) -> isize {
    isize::try_from(size).unwrap_or(isize::MAX)
}

// SAFETY: every method forwards to the platform allocator (`System`) with the caller's arguments
// unchanged and only adds
// bookkeeping on thread-local cells, which allocate nothing.
unsafe impl GlobalAlloc for Meter {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is (see above).
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            adjust(signed(layout.size()));
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            adjust(signed(layout.size()));
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        adjust(-signed(layout.size()));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            adjust(signed(new_size).wrapping_sub(signed(layout.size())));
        }
        new
    }
}

/// Bytes the current thread holds (allocated and not freed), or 0.
pub fn live() -> usize {
    LIVE.try_with(|live| usize::try_from(live.get()).unwrap_or(0)).unwrap_or(0)
}

/// The most bytes the current thread has held since the last [`reset_peak`].
pub fn peak() -> usize {
    PEAK.try_with(|peak| usize::try_from(peak.get()).unwrap_or(0)).unwrap_or(0)
}

/// Starts a new peak measurement from what the thread holds now.
pub fn reset_peak() {
    let now = LIVE.try_with(Cell::get).unwrap_or(0);
    let _ = PEAK.try_with(|peak| peak.set(now));
}

#[cfg(test)]
mod tests {
    extern crate alloc;
    use alloc::vec::Vec;

    #[global_allocator]
    static METER: super::Meter = super::Meter;

    #[test]
    fn counts_what_the_thread_holds_and_its_peak() {
        let before = super::live();
        super::reset_peak();
        let block: Vec<u8> = Vec::with_capacity(1 << 20);
        assert!(super::live() >= before + (1 << 20));
        drop(block);
        assert!(super::live() < before + (1 << 20));
        assert!(super::peak() >= before + (1 << 20));
    }
}
