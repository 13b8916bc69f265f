//! The repository's own pycases corpus (`tests/pycases/`, outputs recorded from CPython 3.11 by
//! `../shared/pycases/make_expected.py`) run through the evaluator, under the pycases contract: the
//! program's stdout, then `!! ClassName` on a line of its own if it ended with an uncaught exception.
//!
//! The shared corpus's checker runs the same cases against the release CLI:
//! `../shared/pycases/check --cases tests/pycases -- target/release/ormplay python`.

use ormplay::eval::Limits;
use ormplay::program::run_python_with;
use std::path::Path;

/// What the CLI would print for `source` under the pycases contract.
fn contract_output(source: &str, name: &str) -> String {
    // Debug builds use far more stack per Python call: give the guard and the thread room for the
    // recursion some cases do (the release CLI runs them within the default 6 MiB budget).
    let limits = Limits { stack: 200 << 20, ..Limits::default() };
    let outcome = run_python_with(source, name, limits);
    let mut out = outcome.stdout;
    if let Some(failure) = outcome.error {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("!! {}\n", failure.class));
    }
    out
}

#[test]
fn every_case_matches_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pycases");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/pycases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 150, "the corpus has {} cases", cases.len());
    let failures = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut failures = Vec::new();
            for case in &cases {
                let source = std::fs::read_to_string(case).expect("case source");
                let expected = std::fs::read_to_string(case.with_extension("expected")).expect("expected output");
                let name = case.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let actual = contract_output(&source, &name);
                if actual != expected {
                    failures.push(format!("{name}\n--- expected\n{expected}--- actual\n{actual}"));
                }
            }
            failures
        })
        .expect("spawn")
        .join()
        .expect("no panic");
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}
