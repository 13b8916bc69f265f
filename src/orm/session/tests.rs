//! The session's bookkeeping, on small programs whose outcomes were recorded from SQLAlchemy 2.1.9:
//! one object per identity, what a commit expires, which objects a flush finds changed, and what a
//! rollback undoes — each a promise the session's tracking sets (`loaded`, `modified`) must keep.

use crate::orm::testing::{PARENT_CHILD, run_program};

/// The identity map gives back the object already loaded; after `expunge` a new one is loaded.
#[test]
fn one_object_per_identity() {
    let script = "session.add(Child(name='a'))\nsession.commit()\nx = session.get(Child, 1)\n\
                  print(x is session.query(Child).filter(Child.id == 1).one(), x is session.get(Child, 1))\n\
                  session.expunge(x)\nprint(x is session.get(Child, 1))\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!(ran.error, None);
    assert_eq!(ran.stdout, "True True\nFalse\n");
    // The first get() refreshes the expired object, the query runs, the second get() is answered by
    // the identity map, and the get() after expunge loads a new object.
    assert_eq!(ran.statements("SELECT").len(), 3, "{:?}", ran.sql);
}

/// An object loaded again after one commit is expired by the next commit, even though that commit
/// did not touch it: the change made behind the session's back shows.
#[test]
fn commit_expires_objects_loaded_since_the_last_commit() {
    let script = "a = Child(name='a')\nsession.add(a)\nsession.commit()\nprint(a.name)\nb = Child(name='b')\n\
                  session.add(b)\nsession.commit()\nwith engine.begin() as conn:\n\
                  \x20   conn.execute(text(\"UPDATE child SET name = 'z' WHERE id = 1\"))\nprint(a.name, b.name)\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!(ran.error, None);
    assert_eq!(ran.stdout, "a\nz b\n");
}

/// Without expire_on_commit, loaded values stay (no SELECT after the commit).
#[test]
fn expire_on_commit_off_keeps_values() {
    let script = "session = Session(engine, expire_on_commit=False)\na = Child(name='a')\nsession.add(a)\n\
                  session.commit()\nprint(a.name)\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!((ran.error.as_deref(), ran.stdout.as_str()), (None, "a\n"));
    assert!(ran.statements("SELECT").is_empty(), "{:?}", ran.sql);
}

/// A column set on a loaded object, or a relationship set on another, is flushed by the next query's
/// autoflush; a rollback undoes the flushed change and expires the object.
#[test]
fn changes_are_found_by_autoflush_and_undone_by_rollback() {
    let script = "session.add_all([Child(name='x%d' % i) for i in range(3)])\nsession.commit()\n\
                  first = session.query(Child).filter(Child.id == 1).one()\nfirst.name = 'changed'\n\
                  other = session.query(Child).filter(Child.id == 2).one()\n\
                  print(session.query(Child).filter(Child.name == 'changed').count())\n\
                  p = Parent(name='p')\nsession.add(p)\nsession.commit()\nother.parent = p\n\
                  print(session.query(Child).filter(Child.parent_id == p.id).count())\n\
                  session.rollback()\nprint(other.parent, other.parent_id)\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!(ran.error, None);
    assert_eq!(ran.stdout, "1\n1\nNone None\n");
    let update = ran.first("UPDATE child SET name").expect("the name change is flushed");
    let query = ran.sql.iter().position(|s| s.contains("child.name = ?")).unwrap_or_else(|| panic!("{:?}", ran.sql));
    assert!(update < query, "autoflush runs before the query: {:?}", ran.sql);
    assert_eq!(ran.statements("UPDATE child SET parent_id").len(), 1);
}

/// Objects committed in a loop: each commit flushes only the new object (one INSERT each, no
/// UPDATE of the earlier ones), and every object is there at the end.
#[test]
fn commit_in_a_loop_flushes_only_the_new_object() {
    let script = "kept = []\nfor i in range(50):\n    c = Child(name='c')\n    session.add(c)\n    session.commit()\n\
                  \x20   kept.append(c)\nprint(session.query(Child).count(), kept[0].id, kept[-1].id)\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!(ran.error, None);
    assert_eq!(ran.stdout, "50 1 50\n");
    assert_eq!(ran.statements("INSERT INTO child").len(), 50);
    assert!(ran.statements("UPDATE").is_empty());
}

/// Each connection logs its own transaction although all share one SQLite connection (SQLAlchemy's
/// in-memory pool hands out a single DBAPI connection): a session and `engine.connect()` side by side
/// both log BEGIN and each its ROLLBACK, and closing the connection rolls back what the session
/// flushed (recorded from SQLAlchemy 2.1.9).
#[test]
fn connections_log_their_own_transactions_over_one_database() {
    let script = "session.add(Child(name='a'))\nsession.flush()\nwith engine.connect() as conn:\n\
                  \x20   print(conn.execute(text('SELECT count(*) FROM child')).scalar(), conn.in_transaction())\n\
                  print(session.execute(text('SELECT count(*) FROM child')).scalar())\nsession.close()\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!((ran.error.as_deref(), ran.stdout.as_str()), (None, "1 True\n0\n"));
    let control: Vec<&str> = ran
        .log
        .iter()
        .map(String::as_str)
        .filter(|l| ["BEGIN", "COMMIT", "ROLLBACK"].iter().any(|k| l.starts_with(k)))
        .collect();
    let expected = ["BEGIN (implicit)", "COMMIT", "BEGIN (implicit)", "BEGIN (implicit)", "ROLLBACK", "ROLLBACK"];
    assert_eq!(control, expected, "create_all's, the session's and the connection's: {:?}", ran.log);
}

/// `create_all(conn)` runs inside the connection's transaction (autobegun, committed by
/// `engine.begin()`'s block), not in one of its own.
#[test]
fn create_all_takes_a_connection() {
    let script = "md = MetaData()\nextra = Table('extra', md, Column('id', Integer, primary_key=True))\n\
                  with engine.begin() as conn:\n\x20   md.create_all(conn)\n\x20   print(conn.in_transaction())\n\
                  with engine.connect() as conn:\n\
                  \x20   print(conn.execute(text('SELECT count(*) FROM extra')).scalar())\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!((ran.error.as_deref(), ran.stdout.as_str()), (None, "True\n0\n"));
    let after_models = ran.log.iter().skip_while(|l| !l.starts_with("PRAGMA main.table_info(\"extra\")"));
    let control: Vec<&str> =
        after_models.map(String::as_str).filter(|l| l.starts_with("BEGIN") || *l == "COMMIT").collect();
    assert_eq!(control, ["COMMIT", "BEGIN (implicit)"], "{:?}", ran.log);
}

/// Debug builds audit the session's tracking sets against the whole identity map; a loop of one add
/// and one commit in one session pays for those audits with its own work, so the objects they visit
/// grow linearly with the commits (every commit auditing the map would visit ~N²: 360,000 here).
#[test]
fn audits_of_a_commit_loop_are_amortized() {
    let n = 600;
    let models = crate::orm::testing::program(PARENT_CHILD);
    let script = format!(
        "for i in range({n}):\n    session.add(Child(name='c'))\n    session.commit()\n\
                          print(session.query(Child).count())\n"
    );
    let handle = std::thread::Builder::new().stack_size(64 << 20).spawn(move || {
        let out = crate::run::run(&models, &script);
        (out.stdout, out.error.map(|e| e.class), super::audit::audited())
    });
    let (stdout, error, audited) = handle.expect("test thread").join().expect("the run panicked");
    assert_eq!((error.as_deref(), stdout.as_str()), (None, format!("{n}\n").as_str()));
    if cfg!(debug_assertions) {
        assert!(audited > 0, "the audits run");
        assert!(audited < 200 * n, "audits visited {audited} objects for {n} commits");
    }
}
