//! Recursion through native code ends in RecursionError, never in a stack overflow.
//!
//! The probes (`tests/recursion/*.py`) are the issue's: recursion that passes through a builtin or a dunder the evaluator calls
//! from native code (`__repr__` calling `repr(self)`, `__eq__`, `__len__`, `__bool__`, `__iter__`,
//! sort keys, …), recursive traversals of deeply nested data (repr, `==`, `<`, hashing, and dropping
//! it), deep decorators and deep expressions. Each runs with the page's limits on a thread whose stack
//! is the page's ([`PAGE_STACK`]), and with the CLI's limits; a stack overflow aborts the process, so
//! each probe runs in a child process (this test binary re-run with `ORMPLAY_RECURSION_PROBE` set) and
//! the parent reads its verdict. Run in both profiles: `cargo test --test recursion` and
//! `cargo test --release --test recursion -- --nocapture` (which prints each probe's stack use).

#![allow(clippy::expect_used)] // test helpers fail loudly

use ormplay::eval::{Interp, Limits, PAGE_STACK, Value};
use std::process::Command;
use std::rc::Rc;

const PROBE_VAR: &str = "ORMPLAY_RECURSION_PROBE";

/// The probes: `tests/recursion/*.py`, each headed by a comment naming it and lines saying what it
/// must print (the output, or `!! Class` for an uncaught exception): `# expect:` with any limits, or
/// `# page:` / `# cli:` for the depth reached with each set of limits. `scripts/wasm-stack.sh` runs the
/// same files in the page's engine.
fn probes() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/recursion");
    let mut files: Vec<_> =
        std::fs::read_dir(dir).expect("tests/recursion").map(|e| e.expect("entry").path()).collect();
    files.retain(|p| p.extension().is_some_and(|x| x == "py"));
    files.sort();
    files
        .iter()
        .map(|p| {
            (p.file_stem().expect("name").to_string_lossy().into_owned(), std::fs::read_to_string(p).expect("probe"))
        })
        .collect()
}

/// What a probe must print with the named limits.
fn expected(program: &str, limits: &str) -> String {
    let line = |key: &str| program.lines().find_map(|l| l.strip_prefix(key)).map(|v| v.trim().to_string());
    line("# expect:").or_else(|| line(&format!("# {limits}:"))).expect("an expectation line")
}

/// What a probe's program did: its output, or `!! Class` of the uncaught exception; and the bytes of
/// stack the evaluator used at its deepest.
fn run(program: &str, limits: Limits) -> (String, usize) {
    let module = match ormplay::python::parse(program) {
        Ok(module) => module,
        Err(problems) => return (format!("!! {:?}", problems[0].kind), 0),
    };
    let mut interp = Interp::new();
    interp.limits = limits;
    let file = interp.add_file("probe.py", program);
    let globals = Rc::new(ormplay::eval::value::Module::new("__main__"));
    globals.set("__name__", Value::str("__main__"));
    let result = interp.run_module(&module, &globals, file);
    let verdict = match result {
        Ok(()) => interp.out.trim_end().to_string(),
        Err(exc) => format!("!! {}", exc.class_name()),
    };
    let used = interp.stack_used();
    ormplay::eval::teardown::break_cycles(vec![Value::Module(globals)]);
    (verdict, used)
}

/// In the child: runs probe `index` with the named limits on a thread of `stack` bytes, prints the
/// verdict, and exits.
fn child_probe() -> bool {
    let Ok(spec) = std::env::var(PROBE_VAR) else { return false };
    let mut parts = spec.split(':');
    let index: usize = parts.next().and_then(|p| p.parse().ok()).expect("probe index");
    let stack: usize = parts.next().and_then(|p| p.parse().ok()).expect("stack size");
    let limits = match parts.next() {
        Some("page") => Limits::page(),
        // The CLI's step budget and recursion limit, with a stack guard sized to this thread as the
        // page's is (the default guard fits an 8 MiB stack, which debug builds' bigger frames fill
        // before 1000 levels).
        _ => Limits { stack: Limits::page().stack, ..Limits::default() },
    };
    let program = probes().swap_remove(index).1;
    let (verdict, used) = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || run(&program, limits))
        .expect("spawn")
        .join()
        .expect("no panic");
    println!("\nPROBE-OUT {used} {verdict}");
    std::process::exit(0);
}

/// The child process's entry point (does nothing in a normal run).
#[test]
fn probe_entry() {
    child_probe();
}

/// Runs probe `index` in a child process: `Some((verdict, stack used))`, or `None` if it crashed.
fn probe(index: usize, stack: usize, limits: &str) -> Option<(String, usize)> {
    let exe = std::env::current_exe().expect("test binary");
    let out = Command::new(exe)
        .args(["--exact", "probe_entry", "--nocapture", "--test-threads=1"])
        .env(PROBE_VAR, format!("{index}:{stack}:{limits}"))
        .output()
        .expect("run child");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout.lines().find_map(|l| l.strip_prefix("PROBE-OUT "))?;
    let (used, verdict) = line.split_once(' ')?;
    Some((verdict.to_string(), used.parse().ok()?))
}

fn check_all(limits: &str) {
    let mut wrong = Vec::new();
    for (index, (name, program)) in probes().iter().enumerate() {
        let expected = expected(program, limits);
        let outcome = probe(index, PAGE_STACK, limits);
        match &outcome {
            Some((verdict, used)) => {
                println!("{limits:>4} {name:>32}: {verdict} ({} KiB of stack)", used >> 10);
                if *verdict != expected {
                    wrong.push(format!("{name}: {verdict}, expected {expected}"));
                }
            }
            None => wrong.push(format!("{name}: the stack overflowed (the process aborted)")),
        }
    }
    assert!(wrong.is_empty(), "with the {limits} limits on a {} MiB stack:\n{}", PAGE_STACK >> 20, wrong.join("\n"));
}

#[test]
fn every_probe_ends_cleanly_with_the_pages_limits_on_the_pages_stack() {
    check_all("page");
}

#[test]
fn every_probe_ends_cleanly_with_the_clis_limits_on_the_pages_stack() {
    check_all("cli");
}
