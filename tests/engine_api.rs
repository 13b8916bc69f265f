//! The engine layer as Python sees it (`Connection`, transactions and savepoints, `CursorResult`, `Row`,
//! `RowMapping`, the scalar and mapping views, `text()`, closing rules and the errors on misuse) against
//! what real SQLAlchemy 2.1.9 printed for the same program: `tests/engine/*.expected` were recorded with
//! `python -W ignore tests/engine/NAME.py > tests/engine/NAME.expected` in a venv running SQLAlchemy (for
//! `echo.py`, with a `logging` handler of format `%(message)s` on `sqlalchemy.engine.Engine`, as the
//! documentation doctests have it).

#![allow(clippy::expect_used)] // test helpers fail loudly

fn check(name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/engine");
    let script = std::fs::read_to_string(dir.join(format!("{name}.py"))).expect("script");
    let expected = std::fs::read_to_string(dir.join(format!("{name}.expected"))).expect("expected output");
    let out = ormplay::run::run("", &script);
    assert_eq!(out.error.map(|e| e.traceback), None);
    let (got, want): (Vec<&str>, Vec<&str>) = (out.stdout.lines().collect(), expected.lines().collect());
    for (n, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "line {} of {name}", n + 1);
    }
    assert_eq!(got.len(), want.len(), "{name}: line count");
}

#[test]
fn connections_results_rows_and_text_behave_as_in_sqlalchemy() {
    check("core_api");
}

/// Timings differ from run to run; everything else in a log line must match.
fn without_timings(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = match line.split_once("] ") {
            Some((stat, rest)) if line.starts_with('[') => {
                let stat: String = stat.chars().filter(|c| !c.is_ascii_digit() && *c != '.').collect();
                format!("{stat}] {rest}")
            }
            _ => line.to_string(),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[test]
fn echo_is_sqlalchemys_logger_output_line_for_line() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/engine");
    let script = std::fs::read_to_string(dir.join("echo.py")).expect("script");
    let expected = std::fs::read_to_string(dir.join("echo.expected")).expect("expected output");
    let mut session = ormplay::doctest::Doctest::new();
    let record = session.run_example("echo.py", 1, &script);
    assert_eq!(record.exc, None);
    assert_eq!(without_timings(&record.out), without_timings(&expected));
}

/// SQL that would freeze or exhaust the page ends with a clear error: a runaway query is charged to the
/// run's step budget (the same "ran too long" stop as an endless Python loop), and SQLite's length and
/// depth limits turn giant values and expressions into catchable DataError / OperationalError.
#[test]
fn runaway_and_hostile_sql_end_with_clear_errors() {
    let script = r#"
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
e = create_engine("sqlite://")
with e.connect() as c:
    for sql in ["SELECT zeroblob(1000000000)", "SELECT printf('%.*c', 1000000000, 'x')", "SELECT " + "+".join(["1"] * 10000)]:
        try:
            c.execute(text(sql))
        except DBAPIError as ex:
            print(type(ex).__name__, str(ex).splitlines()[0])
    c.execute(text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"))
"#;
    let started = std::time::Instant::now();
    let out = ormplay::run::run("", script);
    assert_eq!(
        out.stdout,
        "DataError (sqlite3.DataError) string or blob too big\n\
         DataError (sqlite3.DataError) string or blob too big\n\
         OperationalError (sqlite3.OperationalError) Expression tree is too large (maximum depth 400)\n"
    );
    let error = out.error.expect("the runaway query is stopped");
    assert!(error.message.contains("ran too long"), "{}", error.message);
    assert!(started.elapsed().as_secs() < 60, "stopped by the budget, not by running to the end");
}
