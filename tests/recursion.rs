//! Recursion through native code ends in RecursionError, never in a stack overflow.
//!
//! The probes are the issue's: recursion that passes through a builtin or a dunder the evaluator calls
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

/// (name, program, what it prints or raises): `!! Class` for an uncaught exception, else the output.
const PROBES: &[(&str, &str, &str)] = &[
    ("__repr__", "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n", "!! RecursionError"),
    ("__str__", "class A:\n    def __str__(self):\n        return str(self)\nprint(A())\n", "!! RecursionError"),
    (
        "__format__",
        "class A:\n    def __format__(self, spec):\n        return format(self, spec)\nprint(f'{A()}')\n",
        "!! RecursionError",
    ),
    (
        "__format__ via f-string",
        "class A:\n    def __format__(self, spec):\n        return f'{self}'\nprint(f'{A():x}')\n",
        "!! RecursionError",
    ),
    ("__eq__", "class A:\n    def __eq__(self, o):\n        return self == o\nprint(A() == 1)\n", "!! RecursionError"),
    (
        "__lt__ in sorted",
        "class A:\n    def __lt__(self, o):\n        return self < o\nprint(sorted([A(), A()]))\n",
        "!! RecursionError",
    ),
    ("__hash__", "class A:\n    def __hash__(self):\n        return hash(self)\nprint({A()})\n", "!! RecursionError"),
    ("__len__", "class A:\n    def __len__(self):\n        return len(self)\nprint(len(A()))\n", "!! RecursionError"),
    (
        "__bool__",
        "class A:\n    def __bool__(self):\n        return bool(self)\nif A():\n    pass\n",
        "!! RecursionError",
    ),
    (
        "__iter__",
        "class A:\n    def __iter__(self):\n        return iter(self)\nfor x in A():\n    pass\n",
        "!! RecursionError",
    ),
    (
        "__next__",
        "class A:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        return next(self)\nprint(list(A()))\n",
        "!! RecursionError",
    ),
    (
        "__getitem__",
        "class A:\n    def __getitem__(self, i):\n        return self[i]\nprint(A()[0])\n",
        "!! RecursionError",
    ),
    (
        "__contains__",
        "class A:\n    def __contains__(self, x):\n        return x in self\nprint(1 in A())\n",
        "!! RecursionError",
    ),
    ("__call__", "class A:\n    def __call__(self):\n        return self()\nA()()\n", "!! RecursionError"),
    ("__add__", "class A:\n    def __add__(self, o):\n        return self + o\nA() + 1\n", "!! RecursionError"),
    ("__neg__", "class A:\n    def __neg__(self):\n        return -self\nprint(-A())\n", "!! RecursionError"),
    ("__int__", "class A:\n    def __int__(self):\n        return int(self)\nprint(int(A()))\n", "!! RecursionError"),
    ("property", "class A:\n    @property\n    def p(self):\n        return self.p\nA().p\n", "!! RecursionError"),
    ("__init__", "class A:\n    def __init__(self):\n        A()\nA()\n", "!! RecursionError"),
    (
        "__setitem__",
        "class A:\n    def __setitem__(self, k, v):\n        self[k] = v\nA()[0] = 1\n",
        "!! RecursionError",
    ),
    (
        "__enter__",
        "class A:\n    def __enter__(self):\n        with self:\n            pass\n    def __exit__(self, *a):\n        pass\nwith A():\n    pass\n",
        "!! RecursionError",
    ),
    ("sort key", "def k(x):\n    return sorted([x], key=k)\nk(1)\n", "!! RecursionError"),
    ("max key", "def k(x):\n    return max([x, x], key=k)\nk(1)\n", "!! RecursionError"),
    ("map", "def f(x):\n    return list(map(f, [x]))\nf(1)\n", "!! RecursionError"),
    (
        "str.format attribute",
        "class A:\n    @property\n    def x(self):\n        return '{0.x}'.format(self)\nprint(A().x)\n",
        "!! RecursionError",
    ),
    (
        "list.index with __eq__",
        "class A:\n    def __eq__(self, o):\n        return [o].index(self) == 0\nprint([1].index(A()))\n",
        "!! RecursionError",
    ),
    (
        "deep decorators",
        "def deco(f):\n    return lambda: f()\nf = lambda: 0\nfor i in range(100000):\n    f = deco(f)\nf()\n",
        "!! RecursionError",
    ),
    ("repr of nested lists", "a = []\nfor i in range(200000):\n    a = [a]\nprint(repr(a))\n", "!! RecursionError"),
    (
        "== of nested lists",
        "a = []\nb = []\nfor i in range(200000):\n    a = [a]\n    b = [b]\nprint(a == b)\n",
        "!! RecursionError",
    ),
    (
        "< of nested lists",
        "a = []\nb = [1]\nfor i in range(200000):\n    a = [a]\n    b = [b]\nprint(a < b)\n",
        "!! RecursionError",
    ),
    ("hash of nested tuples", "t = ()\nfor i in range(200000):\n    t = (t,)\nprint(hash(t))\n", "!! RecursionError"),
    ("set of nested tuples", "t = ()\nfor i in range(200000):\n    t = (t,)\nprint(len({t}))\n", "!! RecursionError"),
    ("str of nested dicts", "d = {}\nfor i in range(200000):\n    d = {'k': d}\nprint(str(d))\n", "!! RecursionError"),
    ("nested lists dropped", "a = []\nfor i in range(300000):\n    a = [a]\na = None\nprint('ok')\n", "ok"),
    ("nested tuples dropped", "t = ()\nfor i in range(300000):\n    t = (t,)\nt = None\nprint('ok')\n", "ok"),
    ("nested dicts dropped", "d = {}\nfor i in range(300000):\n    d = {1: d}\nd = None\nprint('ok')\n", "ok"),
    (
        "linked objects dropped",
        "class N:\n    pass\nn = None\nfor i in range(150000):\n    m = N()\n    m.next = n\n    n = m\nn = m = None\nprint('ok')\n",
        "ok",
    ),
    (
        "chained closures dropped",
        "def deco(f):\n    return lambda: f()\nf = lambda: 0\nfor i in range(150000):\n    f = deco(f)\nf = None\nprint('ok')\n",
        "ok",
    ),
    (
        "nested data left in a function",
        "def build():\n    a = []\n    for i in range(100000):\n        a = [a, {i: (a,)}]\n    return 1\nprint(build())\n",
        "1",
    ),
    ("nested lists left at the end", "a = []\nfor i in range(300000):\n    a = [a]\nprint('ok')\n", "ok"),
];

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
    drop(result_free(globals));
    (verdict, used)
}

fn result_free(globals: Rc<ormplay::eval::value::Module>) -> Rc<ormplay::eval::value::Module> {
    ormplay::eval::teardown::dismantle_module(&globals);
    globals
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
        _ => Limits::default(),
    };
    let program = PROBES[index].1;
    let (verdict, used) = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || run(program, limits))
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
    for (index, (name, _, expected)) in PROBES.iter().enumerate() {
        let outcome = probe(index, PAGE_STACK, limits);
        match &outcome {
            Some((verdict, used)) => {
                println!("{limits:>4} {name:>32}: {verdict} ({} KiB of stack)", used >> 10);
                if verdict != expected {
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
