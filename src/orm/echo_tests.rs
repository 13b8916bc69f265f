//! The statement text the echo shows for programs SQLAlchemy 2.1.9 was run on (recorded with
//! `echo=True`): the CREATE INDEX of `index=True` columns, the grouping of a flush's INSERTs when
//! Python-side defaults fill some rows, and Core SELECTs run through a session, which must be the
//! compiler's text and not a hand-written one.

use crate::orm::LogKind;
use crate::run::run;

const MODELS: &str = "
from sqlalchemy import *
from sqlalchemy.orm import *
class Base(DeclarativeBase): pass
class U(Base):
    __tablename__ = 'user'
    id: Mapped[int] = mapped_column(primary_key=True, index=True)
    email: Mapped[str] = mapped_column(String(50), unique=True, index=True)
    Name: Mapped[str] = mapped_column(index=True)
    g: Mapped[str] = mapped_column(default='x')
t = Table('table', Base.metadata, Column('from', Integer, primary_key=True), Column('where', String))
engine = create_engine('sqlite://', echo=True)
Base.metadata.create_all(engine)
";

/// The statements sent (PRAGMAs left out), as the echo shows them.
fn statements(script: &str) -> Vec<String> {
    let out = run(MODELS, script);
    assert!(out.error.is_none(), "{:?}", out.error.map(|e| e.traceback));
    out.sql_log
        .iter()
        .filter(|e| matches!(e.kind, LogKind::Statement { .. }) && !e.sql.starts_with("PRAGMA"))
        .map(|e| e.sql.clone())
        .collect()
}

#[test]
fn index_true_columns_get_create_index_after_their_table() {
    let sql = statements("");
    let user = sql.iter().position(|s| s.contains("CREATE TABLE user")).expect("CREATE TABLE user");
    // SQLAlchemy walks `table.indexes`, a set: the order varies from run to run.
    let mut indexes = sql[user + 1..user + 4].to_vec();
    indexes.sort();
    assert_eq!(
        indexes,
        [
            "CREATE INDEX \"ix_user_Name\" ON user (\"Name\")",
            "CREATE INDEX ix_user_id ON user (id)",
            "CREATE UNIQUE INDEX ix_user_email ON user (email)",
        ]
    );
    // A unique index, not also a UNIQUE constraint.
    assert!(!sql[user].contains("UNIQUE"), "{}", sql[user]);
}

#[test]
fn python_defaults_split_insert_groups_like_parameter_keys() {
    let sql = statements(
        "s = Session(engine)\n\
         s.add_all([U(email='a', Name='a', g='b'), U(email='b', Name='b'), U(email='c', Name='c'), U(email='d', Name='d', g='c')])\n\
         s.commit()\n",
    );
    let inserts: Vec<&str> = sql.iter().filter(|s| s.starts_with("INSERT")).map(String::as_str).collect();
    let plain = "INSERT INTO user (email, \"Name\", g) VALUES (?, ?, ?)";
    let returning = "INSERT INTO user (email, \"Name\", g) VALUES (?, ?, ?) RETURNING id";
    assert_eq!(inserts, [plain, returning, returning, plain]);
}

#[test]
fn core_select_in_a_session_is_the_compilers_text() {
    let sql = statements(
        "s = Session(engine)\n\
         s.execute(select(t).where(t.c.where == 'x'))\n\
         s.execute(select(U.__table__))\n",
    );
    let selects: Vec<&str> = sql.iter().filter(|s| s.starts_with("SELECT")).map(String::as_str).collect();
    assert_eq!(
        selects,
        [
            "SELECT \"table\".\"from\", \"table\".\"where\" \nFROM \"table\" \nWHERE \"table\".\"where\" = ?",
            "SELECT user.id, user.email, user.\"Name\", user.g \nFROM user",
        ]
    );
}
