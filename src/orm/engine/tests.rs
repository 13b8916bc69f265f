//! Tests of the statement runner: pysqlite's lazy BEGIN, insertmanyvalues batches, and the
//! SQLAlchemy wrapper of a driver error.

use super::*;

fn compiled(text: &str, params: Vec<Vec<Cell>>, cache: CacheStat) -> Compiled {
    Compiled { text: text.into(), params, kind: crate::sql::StatementKind::Insert, cache, columns: Vec::new() }
}

#[test]
fn insertmanyvalues_logs_one_batch_per_row_and_runs_them_in_one_transaction() {
    let mut interp = Interp::new();
    let orm = crate::orm::install(&mut interp);
    let engine = Engine::new("sqlite://", orm.log_sink.clone()).expect("engine");
    let create = compiled("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)", Vec::new(), CacheStat::NoKey);
    orm.run_compiled(&mut interp, &engine, &create, Phase::Ddl).expect("ddl");
    let txn = Txn::new();
    engine.begin(&txn);
    let rows = vec![vec![Cell::Text("a".into())], vec![Cell::Text("b".into())]];
    let insert = compiled("INSERT INTO t (name) VALUES (?) RETURNING id", rows, CacheStat::Generated);
    let done = orm.run_insertmanyvalues(&mut interp, &engine, &insert, Phase::Flush, true, true).expect("runs");
    let ids: Vec<Vec<Vec<Cell>>> = done.into_iter().map(|d| d.rows).collect();
    assert_eq!(ids, [vec![vec![Cell::Integer(1)]], vec![vec![Cell::Integer(2)]]]);
    let lines: Vec<String> = engine.log.borrow().iter().flat_map(LogEntry::echo_lines).collect();
    let params: Vec<String> = lines
        .iter()
        .filter(|l| l.starts_with('['))
        .map(|l| l.split("] ").nth(1).unwrap_or_default().to_string())
        .collect();
    assert_eq!(params, ["()", "('a',)", "('b',)"]);
    assert!(
        lines[4].starts_with("[generated in ")
            && lines[4].ends_with(" (insertmanyvalues) 1/2 (ordered; batch not supported)] ('a',)"),
        "{}",
        lines[4]
    );
    assert_eq!(lines[6], "[insertmanyvalues 2/2 (ordered; batch not supported)] ('b',)");
    assert!(engine.db.borrow().in_transaction(), "pysqlite began before the first INSERT");
    engine.rollback(&txn);
    assert_eq!(engine.run_quiet("SELECT count(*) FROM t", &[]).map(|e| e.rows), Ok(vec![vec![Cell::Integer(0)]]));
}

#[test]
fn a_failing_statement_raises_sqlalchemys_wrapper_of_the_driver_error() {
    let mut interp = Interp::new();
    let orm = crate::orm::install(&mut interp);
    let engine = Engine::new("sqlite://", orm.log_sink.clone()).expect("engine");
    let err =
        orm.run_statement(&mut interp, &engine, "SELECT * FROM nowhere WHERE x = ?", &[Cell::Integer(5)], Phase::Query);
    let exc = err.expect_err("no such table");
    assert_eq!(exc.class_name(), "OperationalError");
    assert_eq!(
        interp.exception_message(&exc),
        "(sqlite3.OperationalError) no such table: nowhere\n[SQL: SELECT * FROM nowhere WHERE x = ?]\n[parameters: (5,)]\n(Background on this error at: https://sqlalche.me/e/21/e3q8)"
    );
}

#[test]
fn driver_errors_are_the_sqlite3_modules_own_classes() {
    let classes = "class Tag(Base):\n    __tablename__ = 'tag'\n    id = Column(Integer, primary_key=True)\n    name = Column(String, unique=True)\n";
    let script = "import sqlite3\nfrom sqlalchemy.exc import IntegrityError\nsession.add_all([Tag(name='a'), Tag(name='a')])\ntry:\n    session.commit()\nexcept IntegrityError as e:\n    print(type(e.orig) is sqlite3.IntegrityError, isinstance(e.orig, sqlite3.DatabaseError), e.orig)\n";
    let ran = crate::orm::testing::run_program(classes, script);
    assert_eq!(ran.error, None, "{}", ran.stdout);
    assert_eq!(ran.stdout, "True True UNIQUE constraint failed: tag.name\n");
}
