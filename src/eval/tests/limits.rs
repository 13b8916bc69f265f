//! The limits that keep a runaway program from freezing or crashing the page: the step budget, the
//! recursion limit (and the native stack guard behind it), and the cap on huge values. Timings are
//! printed (run with `--nocapture`), never asserted.

use super::{outcome_with, run};
use crate::eval::Limits;
use std::time::Instant;

#[test]
fn an_endless_loop_stops_with_the_step_budget() {
    let limits = Limits { steps: 1000, ..Limits::default() };
    let failure = outcome_with("while True:\n    pass\n", limits).error.expect("stops");
    assert_eq!(failure.class, "ExecutionLimitExceeded");
    assert!(failure.message.starts_with("stopped after 1000 steps"), "{}", failure.message);
    assert!(matches!(failure.line, Some(1 | 2)), "{:?}", failure.line);
}

#[test]
fn the_default_budget_stops_busy_loops() {
    for program in
        ["while True:\n    pass\n", "while True:\n    s = sum(range(10**6))\n", "x = 3\nwhile True:\n    x = x * x\n"]
    {
        let start = Instant::now();
        let outcome = outcome_with(program, Limits::default());
        let class = outcome.error.map(|e| e.class);
        println!(
            "{:?} after {:.2?} (debug build; see tests/stack.rs and the report for release figures)",
            class,
            start.elapsed()
        );
        assert!(matches!(class.as_deref(), Some("ExecutionLimitExceeded" | "MemoryError")), "{program}: {class:?}");
    }
}

#[test]
fn the_budget_cannot_be_caught() {
    let limits = Limits { steps: 500, ..Limits::default() };
    let program = "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n";
    let outcome = outcome_with(program, limits);
    assert_eq!(outcome.stdout, "");
    assert_eq!(outcome.error.map(|e| e.class).as_deref(), Some("ExecutionLimitExceeded"));
}

#[test]
fn runaway_recursion_is_a_recursion_error() {
    assert_eq!(run("def f(n):\n    return f(n + 1)\nf(0)\n"), "!! RecursionError\n");
    assert_eq!(
        run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('caught')\n"),
        "caught\n"
    );
    // Recursion through dunders and data is bounded too, not only through calls.
    assert_eq!(
        run("class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n"),
        "!! RecursionError\n"
    );
}

#[test]
fn recursion_stops_at_the_limit() {
    let limits = Limits { recursion: 50, stack: 200 << 20, ..Limits::default() };
    let ok = outcome_with("def f(n):\n    return 0 if n == 0 else f(n - 1)\nprint(f(45))\n", limits);
    assert!(ok.error.is_none());
    let too_deep = outcome_with("def f(n):\n    return 0 if n == 0 else f(n - 1)\nprint(f(60))\n", limits);
    assert_eq!(too_deep.error.map(|e| e.class).as_deref(), Some("RecursionError"));
}

#[test]
fn the_stack_guard_raises_before_the_stack_runs_out() {
    // A tiny stack budget: deep data is refused with RecursionError, not a crash.
    let limits = Limits { stack: 64 << 10, ..Limits::default() };
    let program = "a = []\nfor i in range(100000):\n    a = [a]\nprint(len(repr(a)))\n";
    let failure = outcome_with(program, limits).error.expect("refused");
    assert_eq!(failure.class, "RecursionError");
}

#[test]
fn huge_values_are_memory_errors() {
    check_memory("x = [0] * 10**12\n");
    check_memory("x = 'ab' * 10**12\n");
    check_memory("x = [1]\nwhile True:\n    x = x + x\n");
    check_memory("x = list(range(10**12))\n");
    check_memory("s = 'x'\nwhile True:\n    s = s + s\n");
    check_memory("x = 2 ** (10 ** 12)\n");
    let limits = Limits { max_items: 1000, ..Limits::default() };
    let failure = outcome_with("x = [i for i in range(5000)]\n", limits).error.expect("capped");
    assert_eq!(failure.class, "MemoryError");
}

fn check_memory(program: &str) {
    let outcome = outcome_with(program, Limits::default());
    let class = outcome.error.map(|e| e.class);
    assert!(matches!(class.as_deref(), Some("MemoryError" | "ExecutionLimitExceeded")), "{program}: {class:?}");
}

#[test]
fn huge_decimal_conversions_follow_cpythons_digit_limit() {
    assert_eq!(run("x = 10 ** 5000\nprint(len(str(x)))\n"), "!! ValueError\n");
    assert_eq!(run("print(int('9' * 5000))\n"), "!! ValueError\n");
    assert_eq!(run("print(len(str(10 ** 4299)))\n"), "4300\n");
}

#[test]
fn limits_hold_inside_generators() {
    let limits = Limits { steps: 2000, ..Limits::default() };
    // An endless loop inside a generator body (not at a yield) stops, and no handler in it catches that.
    let program = "def g():\n    try:\n        while True:\n            pass\n    except BaseException:\n        yield 'caught'\n    yield 1\nprint(next(g()))\n";
    let failure = outcome_with(program, limits).error.expect("stops");
    assert_eq!(failure.class, "ExecutionLimitExceeded");
    // Generators resuming generators recursively hit the recursion limit, not the native stack.
    let program = "def g(n):\n    yield from g(n + 1)\n    yield n\nnext(g(0))\n";
    let failure = outcome_with(program, Limits::default()).error.expect("stops");
    assert_eq!(failure.class, "RecursionError");
    // An endless generator consumed by a builtin stops with the step budget.
    let program = "def count():\n    n = 0\n    while True:\n        yield n\n        n += 1\nprint(sum(count()))\n";
    let failure = outcome_with(program, limits).error.expect("stops");
    assert_eq!(failure.class, "ExecutionLimitExceeded");
}
