//! Unit tests of the evaluator, one module per concern: statements, expressions, tracebacks and the
//! limits (step budget, recursion, stack, memory). Programs run through [`crate::program`], on a thread
//! with a large stack because debug builds use many times the stack per Python call of a release build.

mod budget;
mod expr;
mod limits;
mod stmt;
mod traceback;

use crate::eval::Limits;
use crate::program::{ProgramOutcome, run_python_with};

/// Runs `source` with `limits` on a big-stack thread.
pub(super) fn outcome_with(source: &str, limits: Limits) -> ProgramOutcome {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run_python_with(&source, "main.py", limits))
        .expect("spawn")
        .join()
        .expect("the evaluator does not panic")
}

/// The pycases contract: stdout, then `!! Class` if the program ended with an uncaught exception.
pub(super) fn run(source: &str) -> String {
    let outcome = outcome_with(source, Limits { stack: 200 << 20, ..Limits::default() });
    let mut out = outcome.stdout;
    if let Some(failure) = outcome.error {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("!! {}\n", failure.class));
    }
    out
}

/// Asserts each program prints exactly the expected text (outputs recorded from CPython 3.11).
pub(super) fn check(cases: &[(&str, &str)]) {
    for (source, expected) in cases {
        assert_eq!(run(source), *expected, "program:\n{source}");
    }
}
