//! The limits that keep a runaway program from freezing the page, and the interpreter's accounting
//! against them: the step budget, the memory budget, the recursion count and the native-stack guard.
//! Every statement, expression and bulk operation charges here, so no input can run forever, exhaust
//! memory or overflow the stack (which would abort, not raise).

use super::{Exc, ExcType, Interp, PyResult};

/// Limits that keep a runaway program from freezing the page.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Work a run may do: one step per statement and expression evaluated, more for calls and for
    /// bulk work inside builtins (see `Interp::charge`). The default stops any loop within about a
    /// second in a native release build.
    pub steps: u64,
    /// Recursion depth before RecursionError (CPython's default is 1000). Counted as CPython counts it:
    /// one level per Python call, and one per level of recursion that passes through native code (a
    /// builtin running, a container's repr, a comparison, a hash), so `__repr__` calling `repr(self)`
    /// ends after about a third as many calls as plain recursion, as under CPython. See
    /// [`Interp::nested`].
    pub recursion: usize,
    /// The largest container or string a single operation may build.
    pub max_items: usize,
    /// Bytes of native stack the evaluator may use before raising RecursionError: the backstop behind
    /// `recursion` for paths whose levels cost more stack than usual (deep expressions inside deep
    /// recursion, debug builds). The default leaves 2 MiB of an 8 MiB stack for the parser and the last
    /// frames; [`Limits::page`] sizes it for the page's stack.
    pub stack: usize,
    /// Bytes of memory a run may add to what its thread held when the interpreter was created, before
    /// MemoryError ends it. Checked before big allocations whose size is known and at every step
    /// charged (memory that accumulates gradually), through the per-thread count of `heap_meter`.
    pub memory: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { steps: 10_000_000, recursion: 1000, max_items: 10_000_000, stack: 6 << 20, memory: DEFAULT_MEMORY }
    }
}

/// The CLI's memory budget unless `--memory` says otherwise: generous for any lesson or test program,
/// and low enough that a runaway program peaks under 512 MB.
pub const DEFAULT_MEMORY: usize = 400 << 20;

/// The page's memory budget: a wasm page's memory never shrinks, so what one run takes stays taken.
pub const PAGE_MEMORY: usize = 256 << 20;

/// The native stack the page's runtime runs on: the wasm binary's stack (`build.rs`). Native tests
/// run the page's limits on a thread of this size (`tests/recursion.rs`).
pub const PAGE_STACK: usize = 16 << 20;

impl Limits {
    /// The page's limits: a run stops within about a second of the browser's time, and the recursion
    /// limit and the stack guard fit the page's stack ([`PAGE_STACK`]) with room for the parser and
    /// the last frames.
    ///
    /// The page's runtime runs in a Web Worker, whose engine stack (about 0.5 MB in Chromium, half the
    /// main thread's) holds the wasm frames; the binary's own 16 MiB stack (`build.rs`) holds what they
    /// keep in memory. Measured in Chromium's worker (`scripts/wasm-stack.sh`), the engine stack
    /// overflows after 474 to more than 1000 recursion levels depending on the shape (a user `__add__`
    /// calling itself is the costliest per level, `__repr__` the cheapest), so the page's limit is 350.
    /// The engine stack cannot be read from wasm, so the byte guard measures the wasm stack instead:
    /// `scripts/wasm-stack.sh --search` finds every shape overflowing the engine's stack only past
    /// 848 KiB of wasm stack (deep decorators the soonest; `__setitem__` 871 KiB, `__format__` through
    /// an f-string 938 KiB, `__call__` 1023 KiB, plain recursion 1182 KiB; measured 2026-12-06, when
    /// the evaluator's frames had grown since the 1010 KiB of the last measurement), and the page's
    /// worker has frames of its own below the run, so the guard stops at 672 KiB there: a fifth below
    /// the soonest overflow, and still above the 652 KiB that plain recursion needs to reach the level
    /// limit. Re-measure when the evaluator's call path changes. Natively the page's limits keep 12 MiB
    /// of [`PAGE_STACK`] for the guard.
    pub fn page() -> Limits {
        let stack = if cfg!(target_arch = "wasm32") { 672 << 10 } else { 12 << 20 };
        Limits { steps: 2_000_000, recursion: 350, max_items: 10_000_000, stack, memory: PAGE_MEMORY }
    }
}

impl Interp {
    /// Counts one step against the budget.
    pub(crate) fn tick(&mut self) -> PyResult<()> {
        self.charge(1)
    }

    /// Counts `units` steps against the budget: bulk work inside one statement (items a builtin
    /// iterates or sorts, bytes a string operation builds, big-integer limb products) costs steps too,
    /// so that `while True: s = sum(range(10**6))` stops as promptly as `while True: pass`.
    pub(crate) fn charge(&mut self, units: usize) -> PyResult<()> {
        self.charge_units(units as u64)
    }

    /// [`Interp::charge`] for work measured outside the evaluator (the database's progress handler).
    pub fn charge_units(&mut self, units: u64) -> PyResult<()> {
        self.steps = self.steps.saturating_add(units);
        if self.steps > self.limits.steps {
            return Err(self.budget_exhausted());
        }
        self.reserve(0)
    }

    /// Bytes the run holds beyond what its thread held when the interpreter was created.
    pub fn memory_used(&self) -> usize {
        heap_meter::live().saturating_sub(self.memory_base)
    }

    /// Raises MemoryError if the run's memory plus `bytes` more would pass `limits.memory`: called
    /// with the size of a big allocation before making it, and with 0 at every step charged. The error
    /// ends the run (no handler can catch it, like the step budget), so what the run built is freed.
    pub(crate) fn reserve(&self, bytes: usize) -> PyResult<()> {
        let used = self.memory_used();
        if used.saturating_add(bytes) > self.limits.memory {
            let mut exc = self.error(
                ExcType::MemoryError,
                format!("the program used more than {} MB of memory", self.limits.memory >> 20),
            );
            exc.fatal = true;
            return Err(exc);
        }
        Ok(())
    }

    /// Charges work proportional to `bytes` of text read or written: one step per 64 bytes, about what
    /// scanning them costs next to one evaluator step, so `s.count('b')` on a megabyte costs as much as
    /// the loop it would take to count by hand, and a loop of such calls stops with the budget.
    pub(crate) fn charge_bytes(&mut self, bytes: usize) -> PyResult<()> {
        self.charge(bytes / 64)
    }

    /// Charges work proportional to `items` values visited, copied or compared (one step per 8).
    pub(crate) fn charge_items(&mut self, items: usize) -> PyResult<()> {
        self.charge(items / 8)
    }

    /// Starts a new step budget (each example of a doctest session gets its own).
    pub fn reset_budget(&mut self) {
        self.steps = 0;
    }

    /// Steps left before the budget runs out: the allowance native libraries grant work they run
    /// outside the evaluator (a SQL statement), so that a query stops when a Python loop would.
    pub fn steps_remaining(&self) -> u64 {
        self.limits.steps.saturating_sub(self.steps)
    }

    /// The error that ends a run whose step budget is spent.
    pub fn budget_exhausted(&self) -> Box<Exc> {
        self.limit_exceeded(format!(
            "stopped after {} steps: the program ran too long (an endless loop?)",
            self.limits.steps
        ))
    }

    /// Raises RecursionError when the evaluator has used more than `limits.stack` bytes of native stack
    /// since the shallowest point seen. Called on every statement, expression, call and recursive
    /// traversal of data, so no input can overflow the stack (which would abort, not raise).
    pub(crate) fn guard_stack(&mut self) -> PyResult<()> {
        let marker = 0u8;
        let here = std::hint::black_box(&marker) as *const u8 as usize;
        if here > self.stack_top {
            self.stack_top = here;
        }
        self.stack_deepest = self.stack_deepest.min(here);
        if self.stack_top - here > self.limits.stack {
            return Err(self.recursion_error());
        }
        Ok(())
    }

    /// Runs `f` one level deeper in the recursion count: the explicit guard on every recursion that
    /// passes through native code (a builtin calling back into Python, `repr`/`==`/`<`/`hash` of nested
    /// data). Counting levels, rather than only measuring bytes of stack, makes the point where
    /// RecursionError is raised the same on every target: the page's wasm stack and the CLI's big
    /// thread stop the same program at the same depth.
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PyResult<T>) -> PyResult<T> {
        if self.depth >= self.limits.recursion {
            return Err(self.recursion_error());
        }
        self.guard_stack()?;
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    pub(crate) fn recursion_error(&self) -> Box<Exc> {
        self.error(ExcType::RecursionError, "maximum recursion depth exceeded")
    }

    /// Bytes of native stack the evaluator used at its deepest (for the stack-use figures of
    /// `tests/recursion.rs` and `scripts/wasm-stack.sh`).
    pub fn stack_used(&self) -> usize {
        self.stack_top.saturating_sub(self.stack_deepest)
    }

    pub fn steps_taken(&self) -> u64 {
        self.steps
    }
}
