//! Limits that keep any SQL — typed in the console or generated from a script — from freezing or
//! crashing the page: SQLite's run-time limits (string length, SQL length, expression depth, compound
//! selects, variables), a heap cap, and a [`Budget`] of work charged by a progress handler.
//!
//! The budget is shared state, not a callback into the evaluator, so this module stays independent of
//! it: whoever runs a statement grants an allowance first and reads what was spent afterwards (the
//! engine charges that to the interpreter's step budget). When the allowance runs out mid-statement,
//! SQLite stops with `SQLITE_INTERRUPT` ([`super::DbErrorKind::Interrupted`]).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// SQLite's run-time limits for one connection, plus its share of the heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DbLimits {
    /// Longest string or blob, in bytes (`SQLITE_LIMIT_LENGTH`): `zeroblob(1e9)`, `printf('%.*c', 1e9,
    /// 'x')` and `REPEAT`-style concatenation loops fail with "string or blob too big".
    pub length: i32,
    /// Longest SQL text, in bytes.
    pub sql_length: i32,
    /// Deepest expression tree (`SELECT 1+1+…` with 10,000 terms fails cleanly). Code generation recurses
    /// on it, so it also bounds native stack use — kept well below SQLite's 1000 for the page's stack.
    pub expr_depth: i32,
    /// Most terms in a compound select (`UNION` chains), which code generation also recurses on.
    pub compound_select: i32,
    /// Most `?` parameters in one statement.
    pub variable_number: i32,
    /// Nested trigger depth.
    pub trigger_depth: i32,
    /// Heap SQLite may use in the whole process (`PRAGMA hard_heap_limit`), in bytes; beyond it a
    /// statement fails with "out of memory" instead of the page's allocator trapping.
    pub heap: i64,
}

impl Default for DbLimits {
    fn default() -> Self {
        DbLimits {
            length: 16_000_000,
            sql_length: 4_000_000,
            expr_depth: 400,
            compound_select: 200,
            variable_number: 32_766,
            trigger_depth: 100,
            heap: 128 << 20,
        }
    }
}

#[cfg(feature = "sqlite")]
/// How many SQLite virtual-machine instructions run between two progress-handler calls.
pub(super) const OPS_PER_CALL: i32 = 1000;
/// Budget units one progress-handler call charges: one unit per ten VM instructions, which puts a
/// second of SQLite work at roughly the cost of a second of Python work in the evaluator.
pub const UNITS_PER_CALL: u64 = 100;

/// Work a connection may do, shared with its progress handler.
#[derive(Debug, Clone, Default)]
pub struct Budget(Arc<BudgetState>);

#[derive(Debug, Default)]
struct BudgetState {
    allowance: AtomicU64,
    spent: AtomicU64,
}

impl Budget {
    /// Grants `units` of work for what runs next and resets the spent count.
    pub fn grant(&self, units: u64) {
        self.0.allowance.store(units, Ordering::Relaxed);
        self.0.spent.store(0, Ordering::Relaxed);
    }

    /// Units spent since the last grant.
    pub fn spent(&self) -> u64 {
        self.0.spent.load(Ordering::Relaxed)
    }

    #[cfg(feature = "sqlite")]
    /// Charges one progress-handler call; true when the allowance is used up (stop the statement).
    pub(super) fn charge(&self) -> bool {
        let spent = self.0.spent.fetch_add(UNITS_PER_CALL, Ordering::Relaxed) + UNITS_PER_CALL;
        spent > self.0.allowance.load(Ordering::Relaxed)
    }
}
