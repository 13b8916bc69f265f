//! Facade tests: statements, parameters, snapshot transactions and table listing.

use super::*;

fn db_with_users() -> Database {
    let mut db = Database::new();
    db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NULL); INSERT INTO users VALUES (1, 'Alice'), (2, 'Bob');")
        .expect("setup runs");
    db
}

#[test]
fn select_returns_columns_and_rows() {
    let mut db = db_with_users();
    let out = db.execute("SELECT id, name FROM users ORDER BY id").expect("select runs");
    assert_eq!(
        out,
        vec![Outcome::Rows {
            columns: vec!["id".into(), "name".into()],
            rows: vec![vec![Cell::Int(1), Cell::Text("Alice".into())], vec![Cell::Int(2), Cell::Text("Bob".into())],],
        }]
    );
}

#[test]
fn insert_update_delete_report_counts() {
    let mut db = db_with_users();
    let out = db
        .execute("INSERT INTO users VALUES (3, 'Cy'); UPDATE users SET name = 'B' WHERE id = 2; DELETE FROM users WHERE id > 0")
        .expect("statements run");
    assert_eq!(
        out,
        vec![
            Outcome::Affected { verb: "inserted", count: 1 },
            Outcome::Affected { verb: "updated", count: 1 },
            Outcome::Affected { verb: "deleted", count: 3 },
        ]
    );
}

#[test]
fn parameters_are_bound() {
    let mut db = db_with_users();
    db.execute_one("INSERT INTO users VALUES ($1, $2)", &[Cell::Int(7), Cell::Text("O'Hara".into())])
        .expect("insert runs");
    let out = db.execute_one("SELECT name FROM users WHERE id = $1", &[Cell::Int(7)]).expect("select runs");
    assert_eq!(out, Outcome::Rows { columns: vec!["name".into()], rows: vec![vec![Cell::Text("O'Hara".into())]] });
}

#[test]
fn rollback_restores_the_snapshot() {
    let mut db = db_with_users();
    db.execute("BEGIN; DELETE FROM users; ROLLBACK;").expect("transaction runs");
    assert_eq!(db.snapshot()[0].rows.len(), 2);
    db.execute("BEGIN; DELETE FROM users WHERE id = 1; COMMIT;").expect("transaction runs");
    assert_eq!(db.snapshot()[0].rows.len(), 1);
}

#[test]
fn committed_view_hides_open_transaction() {
    let mut db = db_with_users();
    db.begin();
    db.execute("INSERT INTO users VALUES (9, 'Zed')").expect("insert runs");
    assert_eq!(db.committed().snapshot()[0].rows.len(), 2);
    assert_eq!(db.snapshot()[0].rows.len(), 3);
}

#[test]
fn errors_are_messages_not_panics() {
    let mut db = Database::new();
    let err = db.execute("SELECT * FROM missing").expect_err("no such table");
    assert!(err.message.contains("missing"), "{}", err.message);
    assert!(db.execute("this is not sql").is_err());
}

#[test]
fn snapshot_lists_tables_with_columns_in_order() {
    let mut db = db_with_users();
    db.execute("CREATE TABLE a_empty (z INTEGER, y TEXT)").expect("create runs");
    let tables = db.snapshot();
    assert_eq!(tables[0].name, "a_empty");
    assert_eq!(tables[0].columns, vec!["z", "y"]);
    assert!(tables[0].rows.is_empty());
    assert_eq!(tables[1].columns, vec!["id", "name"]);
}

#[test]
fn statements_split_outside_quotes_and_comments() {
    let parts = split_statements("INSERT INTO t VALUES ('a;b'); -- c; d\nSELECT 1;;");
    assert_eq!(parts, vec!["INSERT INTO t VALUES ('a;b')", "SELECT 1"]);
}

#[test]
fn cells_order_like_the_conformance_contract() {
    let mut cells = vec![Cell::Text("a".into()), Cell::Float(1.5), Cell::Int(1), Cell::Bool(true), Cell::Null];
    cells.sort_by(compare_cells);
    assert_eq!(cells, vec![Cell::Null, Cell::Bool(true), Cell::Int(1), Cell::Float(1.5), Cell::Text("a".into())]);
}
