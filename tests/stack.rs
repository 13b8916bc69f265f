//! Stack safety of the evaluator: Python recursion up to the default limit, and deeply nested source,
//! must fit in an 8 MiB stack (the page runs in wasm with no 1 GiB thread to hide behind).
//!
//! A stack overflow aborts the whole process, so each probe runs in a child process: this test binary
//! re-runs itself with `ORMPLAY_STACK_PROBE=<bytes>:<program>` set, and the parent reads its exit status.
//! `cargo test --release --test stack -- --nocapture` prints the measured stack use per Python call.

#![allow(clippy::expect_used)] // test helpers fail loudly

use ormplay::eval::Limits;
use ormplay::program::run_python_with;
use std::process::Command;

const PROBE_VAR: &str = "ORMPLAY_STACK_PROBE";
const MIB: usize = 1 << 20;

/// In the child: runs the program on a thread with the given stack and exits 0 if it finished.
fn child_probe() -> bool {
    let Ok(spec) = std::env::var(PROBE_VAR) else { return false };
    let (bytes, path) = spec.split_once(':').expect("probe spec");
    let bytes: usize = bytes.parse().expect("stack size");
    let program = std::fs::read_to_string(path).expect("probe program");
    let handle = std::thread::Builder::new()
        .stack_size(bytes)
        .spawn(move || run_python_with(&program, "probe.py", Limits::default()))
        .expect("spawn");
    let outcome = handle.join().expect("no panic");
    println!("\nPROBE-OUT {:?}", outcome.error.map(|e| e.class));
    std::process::exit(0);
}

/// Runs `program` in a child process on a thread with `bytes` of stack; `Some(error class)` if it
/// finished (`Some(None)` without error), `None` if the stack overflowed.
fn probe(bytes: usize, program: &str) -> Option<Option<String>> {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("ormplay-stack-probe-{}-{n}.py", std::process::id()));
    std::fs::write(&path, program).expect("write probe program");
    let exe = std::env::current_exe().expect("test binary");
    let out = Command::new(exe)
        .args(["--exact", "probe_entry", "--nocapture", "--test-threads=1"])
        .env(PROBE_VAR, format!("{bytes}:{}", path.display()))
        .output()
        .expect("run child");
    let _ = std::fs::remove_file(&path);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout.lines().find_map(|l| l.strip_prefix("PROBE-OUT "))?;
    Some(if line == "None" {
        None
    } else {
        Some(line.trim_start_matches("Some(\"").trim_end_matches("\")").to_string())
    })
}

/// The child process's entry point (does nothing in a normal run).
#[test]
fn probe_entry() {
    child_probe();
}

fn recursion(depth: usize) -> String {
    format!("def f(n):\n    if n == 0:\n        return 0\n    return 1 + f(n - 1)\nprint(f({depth}))\n")
}

/// The smallest stack (in KiB, to 64 KiB) on which `program` completes.
fn smallest_stack(program: &str) -> usize {
    let (mut lo, mut hi) = (64usize, 64 * 1024usize);
    while hi - lo > 64 {
        let mid = (lo + hi) / 2;
        if probe(mid * 1024, program).is_some() { hi = mid } else { lo = mid }
    }
    hi
}

#[test]
#[cfg_attr(debug_assertions, ignore = "measures release-build stack use: cargo test --release --test stack")]
fn python_recursion_to_the_limit_fits_in_8_mib() {
    let small = smallest_stack(&recursion(100));
    let large = smallest_stack(&recursion(900));
    println!(
        "stack for 100 levels: {small} KiB, for 900 levels: {large} KiB, about {} bytes per level",
        (large - small) * 1024 / 800
    );
    let limit = Limits::default().recursion;
    let at_limit = recursion(limit.saturating_sub(5));
    assert_eq!(probe(8 * MIB, &at_limit), Some(None), "recursion to {limit} must fit in 8 MiB");
    let beyond = recursion(limit * 10);
    assert_eq!(probe(8 * MIB, &beyond), Some(Some("RecursionError".into())));
}

#[test]
fn deeply_nested_source_fits_in_8_mib() {
    let n = 100_000;
    let programs = [
        format!("x = {}1{}\nprint(x)\n", "(".repeat(n), ")".repeat(n)),
        format!("x = {}1\nprint(x)\n", "-".repeat(n)),
        format!("x = {}\nprint(x)\n", vec!["1"; n].join("+")),
        format!("x = {}{}\nprint(x)\n", "[".repeat(n), "]".repeat(n)),
        format!("x = {}1\nprint(x)\n", "not ".repeat(n)),
        "a = []\nfor i in range(200000):\n    a = [a]\nprint(len(repr(a)))\nprint(a == a)\n".to_string(),
        "a = []\nb = []\nfor i in range(200000):\n    a = [a]\n    b = [b]\nprint(a == b)\n".to_string(),
        "t = ()\nfor i in range(200000):\n    t = (t,)\nd = {t: 1}\nprint(len(d))\n".to_string(),
    ];
    let overflowed: Vec<&str> =
        programs.iter().filter(|p| probe(8 * MIB, p).is_none()).map(|p| &p[..p.len().min(40)]).collect();
    assert!(overflowed.is_empty(), "overflowed the stack: {overflowed:?}");
}

/// The deepest recursion of a given shape that completes under the default limits (binary search),
/// run in-process on a large stack: the stack guard raises RecursionError long before it is used up.
fn deepest(shape: &str) -> usize {
    let shape = shape.to_string();
    std::thread::Builder::new()
        .stack_size(64 * MIB)
        .spawn(move || {
            let (mut ok, mut bad) = (0usize, 1001usize);
            while bad - ok > 1 {
                let mid = (ok + bad) / 2;
                let program = shape.replace("DEPTH", &mid.to_string());
                let outcome = run_python_with(&program, "shape.py", Limits::default());
                if outcome.error.is_none() { ok = mid } else { bad = mid }
            }
            ok
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

#[test]
#[cfg_attr(debug_assertions, ignore = "measures release-build stack use: cargo test --release --test stack")]
fn recursion_depth_reached_by_common_shapes() {
    let shapes = [
        ("function", "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(DEPTH))\n"),
        (
            "method",
            "class T:\n    def walk(self, n):\n        if n == 0:\n            return 0\n        return self.walk(n - 1) + 1\nprint(T().walk(DEPTH))\n",
        ),
        (
            "comprehension",
            "def f(n):\n    return 0 if n == 0 else sum([f(n - 1) for _ in range(1)])\nprint(f(DEPTH))\n",
        ),
        (
            "try/with",
            "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return False\ndef f(n):\n    if n == 0:\n        return 0\n    with C():\n        try:\n            return f(n - 1)\n        finally:\n            pass\nprint(f(DEPTH))\n",
        ),
        ("builtin key", "def f(n):\n    return 0 if n == 0 else max([n], key=lambda m: f(m - 1))\nprint(f(DEPTH))\n"),
    ];
    for (name, shape) in shapes {
        let depth = deepest(shape);
        println!("{name:>14}: recursion reaches {depth} levels (limit {})", Limits::default().recursion);
        assert!(depth >= 300, "{name} recursion stops too early: {depth}");
    }
    assert!(deepest(shapes[0].1) >= 990, "plain recursion reaches CPython's depth");
}
