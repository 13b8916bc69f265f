//! Hostile SQL, typed in the console or sent from a script, ends with a clear error — a limit of
//! SQLite's, the result-size cap, or the step budget — and the database keeps working afterwards.
//!
//! Each input is one a careful tester would try: huge strings (zeroblob, printf, replace, a recursive
//! CTE doubling a string, group_concat), deep nesting, endless and cross-joined recursive CTEs, long
//! LIKE patterns, too many variables or attached databases. Each must fail with the expected kind of
//! error (none of them may succeed, freeze or crash), and `SELECT 1` must work right after.
//! `cargo test --release --test hostile_sql -- --nocapture` prints how long each took: the budget is
//! what the console grants one run (`console::CONSOLE_BUDGET`), which stops within about a second.

#![allow(clippy::expect_used)] // test helpers fail loudly

use ormplay::console;
use ormplay::db::{Cell, Database, DbErrorKind, Outcome};
use std::time::Instant;

/// `n` rows of one integer column, as a CTE other statements can join.
fn numbers(n: u32) -> String {
    format!("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n})")
}

fn cases() -> Vec<(String, String, DbErrorKind)> {
    let nested_parens = format!("SELECT {}1{}", "(".repeat(5_000), ")".repeat(5_000));
    let nested_selects = format!("SELECT {}1{}", "(SELECT ".repeat(2_000), ")".repeat(2_000));
    let long_sql = format!("SELECT '{}'", "x".repeat(5_000_000));
    let case = |name: &str, sql: String, kind| (name.to_string(), sql, kind);
    vec![
        case("zeroblob", "SELECT zeroblob(1000000000)".into(), DbErrorKind::TooBig),
        case("randomblob", "SELECT length(randomblob(1000000000))".into(), DbErrorKind::TooBig),
        case("printf width", "SELECT printf('%.*c', 1000000000, 'x')".into(), DbErrorKind::TooBig),
        case("replace growth", "SELECT replace(hex(zeroblob(5000000)), '0', '0123456789')".into(), DbErrorKind::TooBig),
        case(
            "doubling CTE",
            "WITH RECURSIVE s(x) AS (SELECT 'x' UNION ALL SELECT x || x FROM s) SELECT length(x) FROM s".into(),
            DbErrorKind::TooBig,
        ),
        case(
            "group_concat",
            format!("{} SELECT length(group_concat(printf('%.1000c', 'x'))) FROM n", numbers(100_000)),
            DbErrorKind::TooBig,
        ),
        case(
            "endless CTE",
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n".into(),
            DbErrorKind::Interrupted,
        ),
        case("cross join rows", format!("{} SELECT * FROM n a, n b", numbers(3_000)), DbErrorKind::TooBig),
        case(
            "cross join count",
            format!("{} SELECT count(*) FROM n a, n b, n c", numbers(1_000)),
            DbErrorKind::Interrupted,
        ),
        case(
            "sort of big rows",
            format!("{} SELECT count(*) FROM (SELECT randomblob(100000) AS b FROM n ORDER BY b)", numbers(100_000)),
            DbErrorKind::OutOfMemory,
        ),
        case("deep sum", format!("SELECT {}", vec!["1"; 10_000].join("+")), DbErrorKind::Limit),
        case("deep parentheses", nested_parens, DbErrorKind::Limit),
        case("deep subqueries", nested_selects, DbErrorKind::Limit),
        case("compound select", format!("SELECT {}", vec!["1"; 1_000].join(" UNION SELECT ")), DbErrorKind::Limit),
        case("long SQL", long_sql, DbErrorKind::TooBig),
        case("LIKE pattern", "SELECT 'a' LIKE printf('%.*c', 100000, '%')".into(), DbErrorKind::Limit),
        case("variable number", "SELECT ?40000".into(), DbErrorKind::Sql),
        case(
            "attached databases",
            (0..10).map(|i| format!("ATTACH ':memory:' AS extra{i};")).collect::<String>(),
            DbErrorKind::Limit,
        ),
    ]
}

#[test]
fn every_hostile_statement_ends_with_a_clear_error_and_the_console_keeps_working() {
    let mut db = Database::new().expect("database opens");
    let mut wrong = Vec::new();
    for (name, sql, kind) in cases() {
        let start = Instant::now();
        let entries = console::run(&mut db, &sql);
        let seconds = start.elapsed().as_secs_f64();
        let error = entries.last().and_then(|e| e.result.clone().err());
        let shown = error.as_ref().map(|e| format!("{:?}: {}", e.kind, e.message)).unwrap_or_default();
        println!("{name:>20}: {seconds:6.3} s, budget spent {:>9}, {shown}", db.budget().spent());
        match error {
            Some(e) if e.kind == kind && !e.message.is_empty() => {}
            other => wrong.push(format!("{name}: {other:?}, expected {kind:?}")),
        }
        let after = console::run(&mut db, "SELECT 1");
        let ok = matches!(after.first().map(|e| &e.result), Some(Ok(Outcome::Rows { rows, .. })) if rows == &[vec![Cell::Integer(1)]]);
        if !ok {
            wrong.push(format!("{name}: the next statement failed: {after:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_big_result_under_the_cap_is_returned_whole() {
    // The cap counts bytes, not rows: 100,000 small rows fit.
    let mut db = Database::new().expect("database opens");
    let entries = console::run(&mut db, &format!("{} SELECT i FROM n", numbers(100_000)));
    let Some(Ok(Outcome::Rows { rows, .. })) = entries.last().map(|e| e.result.clone()) else {
        panic!("rows expected: {entries:?}");
    };
    assert_eq!(rows.len(), 100_000);
}

/// The same inputs from a script, through the engine layer: a located DBAPI error the script can
/// catch, and the script goes on.
#[test]
fn hostile_sql_from_a_script_raises_a_located_dbapi_error() {
    let script = "\
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
engine = create_engine('sqlite://')
with engine.connect() as conn:
    for sql in ['SELECT zeroblob(1000000000)', 'SELECT ' + '+'.join(['1'] * 10000),
                'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) SELECT * FROM n a, n b']:
        try:
            conn.execute(text(sql))
        except DBAPIError as e:
            print(type(e).__name__)
    print(conn.execute(text('SELECT 41 + 1')).scalar())
    conn.execute(text('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n'))
";
    let out = ormplay::run::run("", script);
    assert_eq!(out.stdout, "DataError\nOperationalError\nDataError\n42\n");
    let error = out.error.expect("the endless query ends the run");
    assert_eq!(error.line, Some(12), "{}", error.traceback);
}
