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

/// Makes a module interactive, as CPython compiles a prompt's input in `"single"` mode: every
/// expression statement displays its value — at the top level and inside `if`, `for`, `while`, `with`,
/// `match` and `try` blocks, never inside function or class bodies (those run later, as ordinary code). What
/// `ormplay doctest` runs, and what a Python console evaluating lines in a run's namespace needs.
pub fn interactive(module: &mut Module) {
    displaying(&mut module.body);
}

fn displaying(block: &mut Block) {
    for stmt in block {
        match &mut stmt.kind {
            StmtKind::Expr(e) => stmt.kind = StmtKind::Display(e.clone()),
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                displaying(body);
                displaying(orelse);
            }
            StmtKind::With { body, .. } => displaying(body),
            StmtKind::Match { cases, .. } => {
                for case in cases {
                    displaying(&mut case.body);
                }
            }
            StmtKind::Try { body, handlers, orelse, finally } => {
                displaying(body);
                for h in handlers {
                    displaying(&mut h.body);
                }
                displaying(orelse);
                displaying(finally);
            }
            _ => {}
        }
    }
}
