//! ormplay: SQLAlchemy-style ORM relationships, run without Python.
//!
//! A pure pipeline, each stage testable natively: source text → Python AST (only inside [`python`]) →
//! our spanned IR → evaluator → ORM runtime → database facade ([`db`], the only module that names
//! SQLite) → plain data → diagram layout → SVG. The Leptos page ([`ui`], wasm only) and the command-line
//! tool ([`cli`], native only) are thin layers over that data.

#![forbid(unsafe_code)]

/// Every program built on ormplay (the CLI, the page's runtime, the tests) counts the memory each
/// thread holds, for the interpreter's memory budget ([`eval::Limits::memory`]; see `heap_meter`).
#[global_allocator]
static HEAP: heap_meter::Meter = heap_meter::Meter;

pub mod console;
pub mod db;
pub mod diagram;
pub mod doctest;
pub mod eval;
pub mod gallery;
pub mod ir;
pub mod lint;
pub mod markdown;
pub mod orm;
pub mod permalink;
pub mod program;
pub mod pyconsole;
pub mod pyfmt;
pub mod python;
pub mod run;
pub mod source;
pub mod sql;
pub mod text;
pub mod trace;
pub mod wire;
pub mod worker;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;
