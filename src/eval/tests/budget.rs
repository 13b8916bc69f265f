//! Bulk builtins charge the step budget by the work they do: one call on big data costs as many steps
//! as the loop it replaces, so `while True: s.count('b')` on a megabyte stops with the budget instead
//! of running for minutes between two steps. Each family is checked by what one call costs on big data
//! (the steps of a loop of calls minus those of the same loop doing nothing), which fails without the
//! charge.

use crate::eval::{Interp, Limits, Value};
use std::rc::Rc;

/// Steps a program takes (and how it ended: `None` if it finished).
fn steps(program: &str) -> (u64, Option<String>) {
    let program = program.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let module = crate::python::parse(&program).expect("parses");
            let mut interp = Interp::new();
            interp.limits = Limits { steps: u64::MAX / 2, ..Limits::default() };
            let file = interp.add_file("budget.py", &program);
            let globals = Rc::new(crate::eval::value::Module::new("__main__"));
            globals.set("__name__", Value::str("__main__"));
            let error = interp.run_module(&module, &globals, file).err().map(|e| e.class_name());
            (interp.steps_taken(), error)
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

/// The steps one `op` costs after `setup`: a loop of 10 calls, less the same loop doing nothing.
fn cost(setup: &str, op: &str) -> u64 {
    let (with, error) = steps(&format!("{setup}\nfor _ in range(10):\n    {op}\n"));
    assert_eq!(error, None, "{setup} / {op}");
    let (without, _) = steps(&format!("{setup}\nfor _ in range(10):\n    pass\n"));
    with.saturating_sub(without) / 10
}

/// Each `(setup, op)` must cost at least `min` steps per call.
fn check(min: u64, cases: &[(&str, &str)]) {
    let cheap: Vec<String> = cases
        .iter()
        .map(|(setup, op)| (op, cost(setup, op)))
        .filter(|(_, c)| *c < min)
        .map(|(op, c)| format!("{op}: {c} steps"))
        .collect();
    assert!(cheap.is_empty(), "these cost less than {min} steps per call on big data: {cheap:?}");
}

const TEXT: &str = "s = 'ab' * 500000";
const NON_ASCII: &str = "s = 'é' * 1000000";
const LIST: &str = "a = list(range(1000000))";

#[test]
fn string_methods_charge_by_the_length_they_read() {
    let ops = [
        "s.count('b')",
        "s.find('z')",
        "s.split('a')",
        "s.upper()",
        "s.strip('x')",
        "s.isalpha()",
        "s.replace('z', 'y')",
        "s.startswith('z', 1000)",
        "s.endswith('z')",
        "s.index('b', 999990)",
        "s.partition('z')",
        "s.splitlines()",
        "s.title()",
        "s.isdigit()",
        "s.zfill(10)",
        "s.center(10)",
        "'z' in s",
        "s == s[:-1] + 'b'",
        "hash(s)",
        "{s: 1}",
        "repr(s)",
        "s[:500000]",
    ];
    let cases: Vec<(&str, &str)> = ops.iter().map(|op| (TEXT, *op)).collect();
    check(1000, &cases);
}

#[test]
fn indexing_non_ascii_text_charges_the_walk() {
    check(1000, &[(NON_ASCII, "s[999999]"), (NON_ASCII, "s[-1]"), (NON_ASCII, "s[::2]"), (NON_ASCII, "len(s)")]);
}

#[test]
fn list_methods_charge_by_the_items_they_touch() {
    let ops = [
        "a.index(999999)",
        "a.count(5)",
        "a.remove(999999) if False else a.copy()",
        "a.insert(0, 1)",
        "a.pop(0)",
        "a.reverse()",
        "a[1:]",
        "a == list(a)",
        "a < a[:-1] + [10**7]",
        "set(a)",
        "repr(a)",
        "sorted(a)",
        "tuple(a)",
        "list(enumerate(a))",
        "list(reversed(a))",
        "999999 in a",
    ];
    let cases: Vec<(&str, &str)> = ops.iter().map(|op| (LIST, *op)).collect();
    check(10000, &cases);
    check(10000, &[(LIST, "a.remove(a[-1]); a.append(0)")]);
}

#[test]
fn dict_and_set_operations_charge_by_their_size() {
    let setup = "d = {i: i for i in range(200000)}\nt = tuple(range(200000))\nz = set(range(200000))";
    let ops =
        ["d.copy()", "d == dict(d)", "d | d", "{**d}", "d.update(d)", "hash(t)", "z.copy()", "z.union(z)", "dict(d)"];
    let cases: Vec<(&str, &str)> = ops.iter().map(|op| (setup, *op)).collect();
    check(10000, &cases);
}

#[test]
fn big_integer_powers_charge_by_the_size_of_the_result() {
    check(100_000, &[("x = 3", "x ** 10 ** 6"), ("x = 7 ** 100000", "x * x")]);
}

#[test]
fn a_loop_of_bulk_calls_stops_with_the_budget() {
    // The freeze: `while True: s.count('b')` on a megabyte, under the page's budget.
    let start = std::time::Instant::now();
    let outcome = super::outcome_with("s = 'ab' * 500000\nwhile True:\n    s.count('b')\n", Limits::page());
    let class = outcome.error.map(|e| e.class);
    println!("stopped after {:.2?} (debug build)", start.elapsed());
    assert_eq!(class.as_deref(), Some("ExecutionLimitExceeded"));
}

/// An empty sequence repeated any number of times is empty at once (`[] * 10**18` spun for hours).
#[test]
fn repeating_an_empty_sequence_costs_nothing() {
    let (taken, error) = steps("a = [] * 10**18\nb = () * 10**18\nc = '' * 10**18\nassert not (a or b or c)\n");
    assert_eq!(error, None);
    assert!(taken < 100, "{taken} steps");
}
