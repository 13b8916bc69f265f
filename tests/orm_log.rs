//! The SQL log of `ormplay run` against what SQLAlchemy echoes: statement order within a flush, one
//! flush group per flush, BEGIN/COMMIT framing, lazy loads as SELECTs. Printing the log
//! (`cargo test --test orm_log -- --nocapture`) shows it next to the echo quoted in each test.

#![allow(clippy::expect_used, clippy::panic)] // test helpers fail loudly

use ormplay::run::run;

const MODELS: &str = r#"
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan")
class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    parent = relationship("Parent", back_populates="children")
engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
session = Session(engine)
"#;

/// The log as "phase: first words of the statement" lines, grouped by flush group, without DDL (and
/// without the BEGIN/COMMIT of `create_all`'s own transaction, which share its group).
fn shape(script: &str) -> Vec<Vec<String>> {
    let out = run(MODELS, script);
    assert!(out.error.is_none(), "script failed: {:?}", out.error);
    let ddl_groups: Vec<u32> =
        out.sql_log.iter().filter(|e| e.phase == ormplay::orm::Phase::Ddl).map(|e| e.group).collect();
    let mut groups: Vec<(u32, Vec<String>)> = Vec::new();
    for e in out.sql_log.iter().filter(|e| !ddl_groups.contains(&e.group)) {
        print!("  [{}] {}", e.group, e.echo_text());
        let words: Vec<&str> = e.sql.split_whitespace().take(3).collect();
        let line = words.join(" ").replace('"', "");
        match groups.last_mut() {
            Some((g, lines)) if *g == e.group => lines.push(line),
            _ => groups.push((e.group, vec![line])),
        }
    }
    for (g, lines) in &groups {
        println!("group {g}: {lines:?}");
    }
    groups.into_iter().map(|(_, l)| l).collect()
}

fn flat(groups: &[Vec<String>]) -> Vec<String> {
    groups.iter().flatten().cloned().collect()
}

fn position(lines: &[String], prefix: &str) -> usize {
    lines.iter().position(|l| l.starts_with(prefix)).unwrap_or_else(|| panic!("no {prefix:?} in {lines:?}"))
}

/// SQLAlchemy: BEGIN, INSERT parent, INSERT child, INSERT child, COMMIT.
#[test]
fn insert_parent_before_children_in_one_transaction() {
    let g = shape(
        "p = Parent(name='A', children=[Child(name='c1'), Child(name='c2')])\nsession.add(p)\nsession.commit()\n",
    );
    let lines = flat(&g);
    let begin = position(&lines, "BEGIN");
    let parent = position(&lines, "INSERT INTO parent");
    let child = position(&lines, "INSERT INTO child");
    let commit = position(&lines, "COMMIT");
    assert!(begin < parent && parent < child && child < commit, "{lines:?}");
    assert_eq!(lines.iter().filter(|l| l.starts_with("INSERT INTO child")).count(), 2);
}

/// SQLAlchemy, second commit: UPDATE parent, INSERT parent, DELETE child (saves per table, UPDATEs
/// before INSERTs, DELETEs after all saves), then COMMIT.
#[test]
fn flush_orders_updates_inserts_then_deletes() {
    let g = shape(
        "p = Parent(name='A', children=[Child(name='c1'), Child(name='c2')])\nsession.add(p)\nsession.commit()\n\
         print(p.children[0].name)\np.children.pop(0)\np.name = 'B'\nsession.add(Parent(name='Z'))\nsession.commit()\n",
    );
    let lines = flat(&g);
    let second = lines.iter().rposition(|l| l.starts_with("BEGIN")).expect("second transaction");
    let tail = &lines[second..];
    let update = position(tail, "UPDATE parent");
    let insert = position(tail, "INSERT INTO parent");
    let delete = position(tail, "DELETE FROM child");
    assert!(update < insert && insert < delete, "{tail:?}");
    // The lazy loads (expired parent, then its children) come before the flush.
    assert!(position(tail, "SELECT") < update, "{tail:?}");
}

/// Each flush is one log group: statements of two separate flushes never share a group.
#[test]
fn one_group_per_flush() {
    let g = shape(
        "session.add(Parent(name='A'))\nsession.flush()\nsession.add(Parent(name='B'))\nsession.flush()\nsession.commit()\n",
    );
    let insert_groups: Vec<&Vec<String>> = g.iter().filter(|l| l.iter().any(|s| s.starts_with("INSERT"))).collect();
    assert_eq!(insert_groups.len(), 2, "{g:?}");
    assert!(insert_groups.iter().all(|l| l.iter().filter(|s| s.starts_with("INSERT")).count() == 1));
}

/// SQLAlchemy deleting a parent with delete-orphan: loads it and its children, DELETE child(ren),
/// then DELETE parent.
#[test]
fn cascade_delete_children_before_parent() {
    let g = shape(
        "p = Parent(name='A', children=[Child(name='c1')])\nsession.add(p)\nsession.commit()\nsession.delete(p)\nsession.commit()\n",
    );
    let lines = flat(&g);
    let child = position(&lines, "DELETE FROM child");
    let parent = position(&lines, "DELETE FROM parent");
    assert!(child < parent, "{lines:?}");
}

/// A commit with nothing to do sends no statements (SQLAlchemy emits no BEGIN either).
#[test]
fn empty_commit_sends_nothing() {
    let g = shape("session.commit()\nsession.commit()\n");
    assert!(flat(&g).is_empty(), "{g:?}");
}

/// `create_all` sorts `metadata.tables` in definition order (SQLAlchemy's `SchemaGenerator`): tables
/// with no unmet dependency come in the order they were defined, round by round; `drop_all` reverses
/// it. (Sorting by name first, as SQLAlchemy's own doctest runner patches in, would put
/// appointments before user_speciality.)
#[test]
fn create_all_follows_definition_order() {
    let models = r#"
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Table
from sqlalchemy.orm import declarative_base, relationship
Base = declarative_base()
user_speciality = Table("user_speciality", Base.metadata,
    Column("user_id", ForeignKey("users.id"), primary_key=True),
    Column("speciality_id", ForeignKey("specialities.id"), primary_key=True))
class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    specialities = relationship("Speciality", secondary=user_speciality)
class Appointment(Base):
    __tablename__ = "appointments"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"))
class Speciality(Base):
    __tablename__ = "specialities"
    id = Column(Integer, primary_key=True)
    name = Column(String)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Base.metadata.drop_all(engine)
"#;
    let out = run(models, "");
    assert!(out.error.is_none(), "{:?}", out.error);
    let tables = |verb: &str| -> Vec<String> {
        out.sql_log
            .iter()
            .filter_map(|e| e.sql.trim_start().strip_prefix(verb))
            .map(|rest| rest.split_whitespace().next().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(tables("CREATE TABLE "), ["users", "specialities", "user_speciality", "appointments"]);
    assert_eq!(tables("DROP TABLE "), ["appointments", "user_speciality", "specialities", "users"]);
}
