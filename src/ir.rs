//! Our own small, spanned intermediate representation of the Python subset ormplay runs.
//!
//! The parser's AST (ruff's) is lowered into these types by [`crate::python`]; the evaluator only ever
//! sees this IR. It is smaller than Python's AST (one node per construct the evaluator implements,
//! unsupported constructs rejected at lowering with a located message), and it carries the scope facts
//! the evaluator needs (which names are local to each function), computed once at lowering.

mod expr;
mod pattern;
mod stmt;

pub use expr::*;
pub use pattern::*;
pub use stmt::*;

use std::rc::Rc;

/// An identifier. Shared, since the same names recur everywhere.
pub type Name = Rc<str>;

/// A lowered module: its statements and the source it came from (for tracebacks).
#[derive(Debug, Clone)]
pub struct Module {
    pub body: Block,
}

pub type Block = Vec<Stmt>;
