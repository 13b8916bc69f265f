//! Facade tests: statements and parameters, SQLite's storage classes, transactions and savepoints, typed
//! errors, snapshots, and the limits and budget that keep hostile SQL from freezing the page.

use super::*;

fn db() -> Database {
    Database::new().expect("an in-memory database opens")
}

fn db_with_users() -> Database {
    let mut db = db();
    let script = db.run_script(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, ok BOOLEAN CHECK (ok IN (0, 1))); \
         INSERT INTO users (id, name) VALUES (1, 'Alice'), (2, 'Bob');",
    );
    assert!(script.iter().all(|(_, r)| r.is_ok()), "{script:?}");
    db
}

fn rows(db: &mut Database, sql: &str) -> Vec<Vec<Cell>> {
    db.run(sql, &[]).expect("query runs").rows
}

#[test]
fn a_query_returns_columns_rows_and_storage_classes() {
    let mut db = db();
    let out = db.run("SELECT 1 AS i, 2.5 AS r, 'x' AS t, x'00ff' AS b, NULL AS n, 1 = 1 AS truth", &[]).expect("runs");
    assert_eq!(out.columns, ["i", "r", "t", "b", "n", "truth"]);
    assert_eq!(
        out.rows,
        [[
            Cell::Integer(1),
            Cell::Real(2.5),
            Cell::Text("x".into()),
            Cell::Blob(vec![0, 255]),
            Cell::Null,
            Cell::Integer(1)
        ]]
    );
    assert!(out.returns_rows());
}

#[test]
fn parameters_bind_in_order_and_their_count_is_checked() {
    let mut db = db_with_users();
    let out = db.run("INSERT INTO users (name) VALUES (?)", &[Cell::Text("O'Hara".into())]).expect("insert runs");
    assert_eq!((out.changes, out.last_insert_rowid, out.returns_rows()), (1, 3, false));
    let found =
        db.run("SELECT id FROM users WHERE name = ?1 OR id = ?2", &[Cell::Text("O'Hara".into()), Cell::Integer(9)]);
    assert_eq!(found.expect("select runs").rows, [[Cell::Integer(3)]]);
    let err = db.run("SELECT ?", &[]).expect_err("one placeholder, no value");
    assert_eq!(err.kind, DbErrorKind::ParameterCount);
    assert_eq!(
        err.message,
        "Incorrect number of bindings supplied. The current statement uses 1, and there are 0 supplied."
    );
}

#[test]
fn returning_gives_rows_and_counts_changes() {
    let mut db = db_with_users();
    let out = db.run("UPDATE users SET name = name || '!' RETURNING id", &[]).expect("update runs");
    assert_eq!((out.rows.len(), out.changes), (2, 2));
}

#[test]
fn constraint_errors_are_classified_with_sqlites_messages() {
    let mut db = db_with_users();
    let cases = [
        ("INSERT INTO users (name) VALUES ('Alice')", DbErrorKind::Unique, "UNIQUE constraint failed: users.name"),
        ("INSERT INTO users (name) VALUES (NULL)", DbErrorKind::NotNull, "NOT NULL constraint failed: users.name"),
        ("INSERT INTO users (name, ok) VALUES ('C', 7)", DbErrorKind::Check, "CHECK constraint failed: ok IN (0, 1)"),
        ("INSERT INTO users (id, name) VALUES ('x', 'D')", DbErrorKind::Mismatch, "datatype mismatch"),
        ("SELEC 1", DbErrorKind::Sql, "near \"SELEC\": syntax error"),
        ("SELECT * FROM missing", DbErrorKind::Sql, "no such table: missing"),
    ];
    for (sql, kind, message) in cases {
        let err = db.run(sql, &[]).expect_err(sql);
        assert_eq!((err.kind, err.message.as_str()), (kind, message), "{sql}");
    }
    assert!(DbError::new(DbErrorKind::Check, "").is_constraint());
    assert!(!DbError::new(DbErrorKind::Sql, "").is_constraint());
}

#[test]
fn foreign_keys_are_not_enforced_unless_asked_as_in_sqlite() {
    let mut db = db();
    db.run_script("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p_id INTEGER REFERENCES p (id));");
    assert!(db.run("INSERT INTO c VALUES (42)", &[]).is_ok());
    db.control("PRAGMA foreign_keys = ON").expect("pragma runs");
    let err = db.run("INSERT INTO c VALUES (43)", &[]).expect_err("enforced now");
    assert_eq!(err.kind, DbErrorKind::ForeignKey);
}

#[test]
fn transactions_and_savepoints_are_sqlites() {
    let mut db = db_with_users();
    assert!(!db.in_transaction());
    db.control("BEGIN").expect("begin");
    db.run("DELETE FROM users WHERE id = 1", &[]).expect("delete");
    db.control("SAVEPOINT sa_savepoint_1").expect("savepoint");
    db.run("DELETE FROM users", &[]).expect("delete all");
    db.control("ROLLBACK TO SAVEPOINT sa_savepoint_1").expect("rollback to");
    db.control("RELEASE SAVEPOINT sa_savepoint_1").expect("release");
    assert!(db.in_transaction());
    assert_eq!(rows(&mut db, "SELECT count(*) FROM users"), [[Cell::Integer(1)]]);
    db.rollback_all();
    assert!(!db.in_transaction());
    assert_eq!(rows(&mut db, "SELECT count(*) FROM users"), [[Cell::Integer(2)]]);
}

#[test]
fn snapshot_lists_tables_with_declared_types_and_rows_in_rowid_order() {
    let mut db = db_with_users();
    db.run_script("CREATE TABLE a_empty (z INTEGER, y VARCHAR(3)); UPDATE users SET name = 'Zed' WHERE id = 1;");
    let tables = db.snapshot();
    let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["a_empty", "users"]);
    assert_eq!(
        (tables[0].columns.clone(), tables[0].types.clone()),
        (vec!["z".into(), "y".into()], vec!["INTEGER".into(), "VARCHAR(3)".into()])
    );
    let first: Vec<&Cell> = tables[1].rows.iter().map(|r| &r[1]).collect();
    assert_eq!(first, [&Cell::Text("Zed".into()), &Cell::Text("Bob".into())]);
}

#[test]
fn a_script_runs_until_the_first_failure_with_each_statements_text() {
    let mut db = db();
    let done = db.run_script(
        "CREATE TABLE t (x); CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET x = x + 1; END; \
         INSERT INTO t VALUES (1); SELECT x FROM t; SELECT nope; INSERT INTO t VALUES (2);",
    );
    let texts: Vec<&str> = done.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(texts[1], "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET x = x + 1; END");
    let outcomes: Vec<Result<Outcome, DbErrorKind>> = done.into_iter().map(|(_, r)| r.map_err(|e| e.kind)).collect();
    assert_eq!(
        outcomes,
        [
            Ok(Outcome::Done { what: "table created".into() }),
            Ok(Outcome::Done { what: "trigger created".into() }),
            Ok(Outcome::Affected { verb: "inserted", count: 1 }),
            Ok(Outcome::Rows { columns: vec!["x".into()], rows: vec![vec![Cell::Integer(2)]] }),
            Err(DbErrorKind::Sql),
        ]
    );
}

#[test]
fn hostile_sql_ends_with_a_limit_error_not_a_freeze_or_a_crash() {
    let mut db = db();
    let deep = format!("SELECT {}", vec!["1"; 10_000].join("+"));
    assert_eq!(db.run(&deep, &[]).expect_err("too deep").kind, DbErrorKind::Limit);
    for sql in
        ["SELECT zeroblob(1000000000)", "SELECT printf('%.*c', 1000000000, 'x')", "SELECT hex(zeroblob(10000000))"]
    {
        assert_eq!(db.run(sql, &[]).expect_err(sql).kind, DbErrorKind::TooBig, "{sql}");
    }
    let union = format!("SELECT {}", vec!["1"; 1000].join(" UNION SELECT "));
    assert_eq!(db.run(&union, &[]).expect_err("too many terms").kind, DbErrorKind::Limit);
}

#[test]
fn the_budget_stops_a_runaway_query_and_reports_what_it_spent() {
    let mut db = db();
    let endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n";
    db.budget().grant(50_000);
    let err = db.run(endless, &[]).expect_err("stopped by the budget");
    assert_eq!(err.kind, DbErrorKind::Interrupted);
    assert!(db.budget().spent() > 50_000);
    db.budget().grant(1_000_000);
    db.run("SELECT 1", &[]).expect("a new allowance runs the next statement");
    assert!(db.budget().spent() < 1_000);
}

#[test]
fn statements_split_outside_quotes_and_comments() {
    let parts = split_statements("INSERT INTO t VALUES ('a;b'); -- c; d\nSELECT [x;y] /* ; */ FROM t;;");
    assert_eq!(parts, vec!["INSERT INTO t VALUES ('a;b')", "SELECT [x;y]   FROM t"]);
}

#[test]
fn cells_order_as_sqlite_sorts_mixed_classes() {
    let mut cells = vec![Cell::Blob(vec![1]), Cell::Text("a".into()), Cell::Real(1.5), Cell::Integer(1), Cell::Null];
    cells.sort_by(compare_cells);
    assert_eq!(cells, vec![Cell::Null, Cell::Integer(1), Cell::Real(1.5), Cell::Text("a".into()), Cell::Blob(vec![1])]);
}

#[test]
fn cells_round_trip_through_json_with_their_storage_class() {
    let cells = vec![Cell::Null, Cell::Integer(1), Cell::Real(1.0), Cell::Text("1".into()), Cell::Blob(vec![0, 255])];
    let json = serde_json::to_string(&cells).unwrap_or_default();
    assert_eq!(json, r#"[null,1,1.0,"1",{"blob":"00FF"}]"#);
    let back: Vec<Cell> = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, cells);
}
