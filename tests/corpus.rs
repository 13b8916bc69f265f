//! The SQLAlchemy-recorded corpora under `cargo test`, one test per case (datatest-style): every
//! `expected.json` below `tests/conformance/`, `../shared/conformance/cases/` and `examples/` (the gallery
//! lessons) was written by real SQLAlchemy (`../shared/conformance/reference.py`;
//! `scripts/record-lessons.sh` for the lessons), and the case's `models.py` + `script.py` must reproduce it
//! through the library: stdout, the uncaught exception's class, and the committed tables.
//!
//! The comparison is the conformance checker's (`../shared/conformance/check`): rows are compared as
//! multisets in its canonical order, numbers by value (`1` equals `1.0`), and a boolean never equals a
//! number. The release CLI is measured by that checker too (under the ratchet, in `scripts/test.sh`); this
//! harness makes the same cases fail `cargo test` with a readable diff, one named test each
//! (`cargo test --test corpus -- 106-delete`).
//!
//! A missing `../shared` is an error, not a skip: set `ORMPLAY_SHARED` to where it lives.

use datatest_stable::Utf8Path;
use ormplay::eval::Limits;
use serde_json::Value as Json;
use std::cmp::Ordering;

/// Runs the case whose `expected.json` is at `path` and compares the outcome with it.
fn check_case(path: &Utf8Path, expected: String) -> datatest_stable::Result<()> {
    let dir = path.parent().ok_or("expected.json has no folder")?;
    let models = std::fs::read_to_string(dir.join("models.py"))?;
    let script = std::fs::read_to_string(dir.join("script.py"))?;
    let expected: Json = serde_json::from_str(&expected)?;
    // Debug builds use far more native stack per Python call than the release CLI: give the run room.
    let actual = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let limits = Limits { stack: 200 << 20, ..Limits::default() };
            ormplay::run::conformance_json(&ormplay::run::run_with(&models, &script, limits))
        })?
        .join()
        .map_err(|_| "the run panicked")?;
    let problems = compare(&expected, &actual);
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}

/// What differs between two results, one line per problem (empty when they agree).
fn compare(expected: &Json, actual: &Json) -> Vec<String> {
    let mut problems = Vec::new();
    if expected["error"] != actual["error"] {
        problems.push(format!("error: expected {}, got {}", expected["error"], actual["error"]));
    }
    if expected["stdout"] != actual["stdout"] {
        let (e, a) = (expected["stdout"].as_str().unwrap_or(""), actual["stdout"].as_str().unwrap_or(""));
        problems.push(format!("stdout differs:\n--- expected\n{e}--- actual\n{a}"));
    }
    let empty = serde_json::Map::new();
    let (e_tables, a_tables) =
        (expected["tables"].as_object().unwrap_or(&empty), actual["tables"].as_object().unwrap_or(&empty));
    for name in e_tables.keys().filter(|n| !a_tables.contains_key(*n)) {
        problems.push(format!("missing table {name:?}"));
    }
    for name in a_tables.keys().filter(|n| !e_tables.contains_key(*n)) {
        problems.push(format!("unexpected table {name:?}"));
    }
    for (name, e) in e_tables {
        let Some(a) = a_tables.get(name) else { continue };
        if e["columns"] != a["columns"] {
            problems.push(format!("table {name:?}: columns expected {} got {}", e["columns"], a["columns"]));
            continue;
        }
        let (e_rows, a_rows) = (canonical_rows(&e["rows"]), canonical_rows(&a["rows"]));
        let same = e_rows.len() == a_rows.len()
            && e_rows.iter().zip(&a_rows).all(|(x, y)| compare_rows(x, y) == Ordering::Equal);
        if !same {
            let show =
                |rows: &[Vec<Json>]| rows.iter().map(|r| format!("  {}", Json::from(r.clone()))).collect::<Vec<_>>();
            problems.push(format!(
                "table {name:?}: rows differ\n expected:\n{}\n actual:\n{}",
                show(&e_rows).join("\n"),
                show(&a_rows).join("\n")
            ));
        }
    }
    problems
}

/// A table's rows in the checker's canonical order.
fn canonical_rows(rows: &Json) -> Vec<Vec<Json>> {
    let mut rows: Vec<Vec<Json>> = rows
        .as_array()
        .map(|r| r.iter().map(|row| row.as_array().cloned().unwrap_or_default()).collect())
        .unwrap_or_default();
    rows.sort_by(|a, b| compare_rows(a, b));
    rows
}

fn compare_rows(a: &[Json], b: &[Json]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        let order = compare_cells(x, y);
        if order != Ordering::Equal {
            return order;
        }
    }
    a.len().cmp(&b.len())
}

/// The checker's cell order: null < booleans < numbers (by value) < strings (by code point).
fn compare_cells(a: &Json, b: &Json) -> Ordering {
    fn rank(v: &Json) -> u8 {
        match v {
            Json::Null => 0,
            Json::Bool(_) => 1,
            Json::Number(_) => 2,
            _ => 3,
        }
    }
    match (a, b) {
        (Json::Bool(x), Json::Bool(y)) => x.cmp(y),
        (Json::Number(x), Json::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
            x.total_cmp(&y)
        }
        (Json::String(x), Json::String(y)) => x.cmp(y),
        _ => rank(a).cmp(&rank(b)),
    }
}

/// `../shared` (or `$ORMPLAY_SHARED`): the shared corpus must be there; a checkout without it fails here.
fn shared_cases() -> String {
    let shared =
        std::env::var("ORMPLAY_SHARED").unwrap_or_else(|_| format!("{}/../shared", env!("CARGO_MANIFEST_DIR")));
    let cases = format!("{shared}/conformance/cases");
    assert!(
        std::path::Path::new(&cases).is_dir(),
        "{cases} not found: the shared conformance corpus is required (set ORMPLAY_SHARED to its folder)"
    );
    cases
}

datatest_stable::harness! {
    { test = check_case, root = "tests/conformance", pattern = r"^[^/]+/expected\.json$" },
    { test = check_case, root = shared_cases(), pattern = r"^[^/]+/expected\.json$" },
    { test = check_case, root = "examples", pattern = r"^[^/]+/expected\.json$" },
}
