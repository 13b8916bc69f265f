//! The `datetime` module against CPython 3.11 (`tests/pycases_datetime/`, expected output recorded with
//! `python3 ../shared/pycases/adapter.py case.py > case.expected`), and DateTime/Date/Time columns
//! round-tripping through the ORM (`tests/datetime_orm/`, stdout recorded from SQLAlchemy 2 on SQLite;
//! the shared conformance checker cannot hold this case: its table contract admits no datetime cells).

use ormplay::program::run_python;
use std::path::Path;

#[test]
fn datetime_cases_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pycases_datetime");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/pycases_datetime")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    for case in cases {
        let source = std::fs::read_to_string(&case).expect("case source");
        let expected = std::fs::read_to_string(case.with_extension("expected")).expect("expected output");
        let outcome = run_python(&source, "case.py");
        assert!(outcome.error.is_none(), "{}: {:?}", case.display(), outcome.error.map(|f| f.class));
        assert_eq!(outcome.stdout, expected, "{}", case.display());
    }
}

#[test]
fn datetime_columns_round_trip_like_sqlalchemy() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/datetime_orm");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("case file");
    let out = ormplay::run::run(&read("models.py"), &read("script.py"));
    assert!(out.error.is_none(), "{:?}", out.error.map(|f| f.class));
    assert_eq!(out.stdout, read("expected_stdout.txt"));
    let stored = format!("{:?}", out.tables);
    assert!(stored.contains("2024-03-01 09:30:15.000250"), "stored as SQLite text: {stored}");
}
