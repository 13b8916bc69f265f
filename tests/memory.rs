//! The memory budget: every input of the issue that grows with user data ends with a clear error
//! (MemoryError with a location, or the step budget first), with peak memory under the cap, and the
//! next run in the same process works. Each run has its own thread, whose peak `heap_meter` measures.
//! `cargo test --release --test memory -- --nocapture` prints the figures.

#![allow(clippy::expect_used)] // test helpers fail loudly

use ormplay::eval::{DEFAULT_MEMORY, Limits, PAGE_MEMORY};
use ormplay::program::run_python_with;
use std::time::Instant;

/// The inputs that allocate without bound (and a few of the same kinds).
const HOGS: &[&str] = &[
    "'1'.zfill(3 * 10**9)",
    "'x' * 10**10",
    "[0] * 10**10",
    "x = list(range(10**12))",
    "x = 10 ** 10 ** 8",
    "x = [row[:] for row in [[0] * 10**6] * 10**6]",
    "x = {i: [i] * 100 for i in range(10**7)}",
    "s = 'x' * 10**6\nwhile True:\n    s += s",
    "a = [0]\nwhile True:\n    a = a + a",
    "a = []\nwhile True:\n    a.append('x' * 1000)",
    "'-'.join(['abc'] * 10**8)",
    "'ab'.replace('', 'x' * 10**5) * 10**4",
    "'abc'.center(10**10)",
    "f'{1:{10**9}}'",
    "'%*d' % (10**9, 1)",
    "x = [str(i) * 50 for i in range(10**7)]",
    "d = {}\ni = 0\nwhile True:\n    d[i] = (i, str(i))\n    i += 1",
];

/// Runs `program` on its own thread; (error class, peak bytes held by the thread, seconds).
fn measure(program: &str, limits: Limits) -> (Option<String>, usize, f64) {
    let program = program.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            heap_meter::reset_peak();
            let start = Instant::now();
            let outcome = run_python_with(&program, "hog.py", limits);
            let seconds = start.elapsed().as_secs_f64();
            (outcome.error.map(|e| format!("{} (line {:?})", e.class, e.line)), heap_meter::peak(), seconds)
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

fn check(limits: Limits, cap: usize, name: &str) {
    let mut wrong = Vec::new();
    for program in HOGS {
        let (error, peak, seconds) = measure(program, limits);
        let shown = program.replace('\n', "; ");
        println!("{name}: {shown:<60} {:<40} peak {:>4} MB, {seconds:.2} s", format!("{error:?}"), peak >> 20);
        let clear = error.as_deref().is_some_and(|e| {
            ["MemoryError", "ExecutionLimitExceeded", "ValueError"].iter().any(|c| e.starts_with(c))
                && !e.ends_with("None)")
        });
        if !clear {
            wrong.push(format!("{shown}: {error:?} (expected a located MemoryError or the step budget)"));
        }
        if peak > cap {
            wrong.push(format!("{shown}: peak {} MB over {} MB", peak >> 20, cap >> 20));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_hog_ends_cleanly_under_the_clis_cap() {
    // The CLI's budget plus what one statement may allocate before the next check: under 512 MB.
    check(Limits::default(), 512 << 20, "cli");
    const { assert!(DEFAULT_MEMORY < 512 << 20) };
}

#[test]
fn every_hog_ends_cleanly_under_the_pages_cap() {
    check(Limits::page(), PAGE_MEMORY + (32 << 20), "page");
}

#[test]
fn a_memory_error_ends_the_run_and_the_next_run_works() {
    let limits = Limits { memory: 32 << 20, ..Limits::default() };
    let program =
        "try:\n    a = []\n    while True:\n        a.append([0] * 1000)\nexcept MemoryError:\n    print('caught')\n";
    let (error, peak, _) = measure(program, limits);
    assert!(error.as_deref().is_some_and(|e| e.starts_with("MemoryError (line Some(4))")), "{error:?}");
    assert!(peak < 64 << 20, "peak {} MB", peak >> 20);
    // The same thread, run after run: the memory comes back, and a normal program still runs.
    std::thread::spawn(move || {
        let before = heap_meter::live();
        for _ in 0..3 {
            let outcome = run_python_with(program, "hog.py", limits);
            assert_eq!(outcome.error.map(|e| e.class).as_deref(), Some("MemoryError"));
        }
        let ok = run_python_with("print(sum(range(10)))\n", "ok.py", limits);
        assert_eq!((ok.stdout.as_str(), ok.error), ("45\n", None));
        let after = heap_meter::live();
        assert!(after < before + (1 << 20), "{} bytes kept after the runs", after.saturating_sub(before));
    })
    .join()
    .expect("no panic");
}

#[test]
fn the_memory_option_of_the_cli_sets_the_budget() {
    let dir = std::env::temp_dir().join(format!("ormplay-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("hog.py");
    std::fs::write(&path, "a = []\nfor i in range(10**6):\n    a.append(i)\nprint(len(a))\n").expect("write");
    let run = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_ormplay"))
            .arg("python")
            .args(extra)
            .arg(&path)
            .output()
            .expect("run the CLI")
    };
    let small = run(&["--memory", "16"]);
    assert_eq!(String::from_utf8_lossy(&small.stdout), "!! MemoryError\n");
    let enough = run(&[]);
    assert_eq!(String::from_utf8_lossy(&enough.stdout), "1000000\n");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Memory a run leaves behind, per run, after a few runs have warmed up whatever is built once.
fn kept_per_run(run: impl Fn()) -> isize {
    for _ in 0..3 {
        run();
    }
    let before = heap_meter::live() as isize;
    for _ in 0..20 {
        run();
    }
    (heap_meter::live() as isize - before) / 20
}

/// The page's worker lives for the whole visit, so a run must give back everything it allocated,
/// including what it left in reference cycles (modules' functions point at their namespace, enum
/// members at their class, closures at themselves): before the cycles were broken at the end of a run,
/// `x = 1` kept 6 KB and `import json` 330 KB per run, and an hour of fuzzing grew to 23 GB.
#[test]
fn repeated_runs_give_back_all_their_memory() {
    const PROGRAMS: &[&str] = &[
        "x = 1",
        "class A:\n    def me(self):\n        return self\na = A()\na.me()",
        "l = []\nl.append(l)\nd = {}\nd['d'] = d",
        "def f():\n    def g():\n        return g\n    return g\nf()",
        "import json, enum, dataclasses\nclass C(enum.Enum):\n    A = 1\n@dataclasses.dataclass\nclass P:\n    x: int\nP(1)",
        "def gen():\n    yield 1\n    yield 2\ng = gen()\nnext(g)",
        "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    err = e",
    ];
    std::thread::spawn(|| {
        for program in PROGRAMS {
            let kept = kept_per_run(|| {
                run_python_with(program, "kept.py", Limits::default());
            });
            assert!(kept <= 16, "{kept} bytes kept per run of {program:?}");
        }
        // The ORM too: its registries hold the mapped classes, whose hooks reach the ORM (held weakly).
        let models = std::fs::read_to_string("examples/parent-child/models.py").expect("lesson models");
        let script = std::fs::read_to_string("examples/parent-child/script.py").expect("lesson script");
        let kept = kept_per_run(|| {
            ormplay::run::run(&models, &script);
        });
        assert!(kept <= 16, "{kept} bytes kept per run of the parent-child lesson");
    })
    .join()
    .expect("no panic");
}
