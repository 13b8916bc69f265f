//! Tables past CPython's small-int cache (ints -5..=256 are one object each, larger ones are not): the
//! session must compare column values by equality, as SQLAlchemy's attribute history does, or a loaded
//! row with `id` 257 looks changed and the next flush tries to UPDATE its primary key. Expected outputs
//! recorded from SQLAlchemy 2.1.9.

use ormplay::run::run;

/// The gallery's parent-child lesson (its models end by opening the session `db`).
const MODELS: &str = include_str!("../examples/parent-child/models.py");
const PRELUDE: &str = "from sqlalchemy import select\nsession = db\n";

/// Runs the script; returns stdout and the SQL statements it sent after the first commit's.
fn exec(script: &str) -> (String, Vec<String>) {
    let out = run(MODELS, &format!("{PRELUDE}{script}"));
    assert!(out.error.is_none(), "script failed: {:?}\n{}", out.error, out.stdout);
    let statements = out.sql_log.iter().map(|e| e.sql.clone()).collect();
    (out.stdout, statements)
}

fn updates(statements: &[String]) -> Vec<&String> {
    statements.iter().filter(|s| s.starts_with("UPDATE")).collect()
}

/// `n` parents: loading them changes nothing, re-assigning equal values changes nothing, and a real
/// change is one UPDATE of `name` alone.
fn parents(n: usize) {
    let script = format!(
        "session.add_all([Parent(name='p%d' % i) for i in range({n})])\nsession.commit()\n\
         parents = session.query(Parent).all()\n\
         print(len(parents), parents[-1].id, len(session.dirty), session.is_modified(parents[-1]))\n\
         parents[-1].id = parents[-1].id + 0\nparents[-1].name = 'p' + str({n} - 1)\n\
         print(session.is_modified(parents[-1]))\nsession.commit()\n\
         session.get(Parent, {n}).name = 'last'\nsession.commit()\n\
         print(session.query(Parent).count(), session.get(Parent, {n}).name)\n"
    );
    let (stdout, statements) = exec(&script);
    assert_eq!(stdout, format!("{n} {n} 0 False\nFalse\n{n} last\n"), "n = {n}");
    // One UPDATE, of `name` only, in SQLAlchemy's text.
    let updates = updates(&statements);
    assert_eq!(updates, ["UPDATE parent SET name=? WHERE parent.id = ?"], "n = {n}");
}

#[test]
fn parents_256() {
    parents(256);
}

#[test]
fn parents_257() {
    parents(257);
}

#[test]
fn parents_300() {
    parents(300);
}

/// 257 children appended to one parent: loading them back sends no UPDATE.
#[test]
fn children_257_on_one_parent() {
    let script = "p = Parent(name='big', children=[Child(name='c%d' % i) for i in range(257)])\n\
                  session.add(p)\nsession.commit()\n\
                  print(len(p.children), p.children[-1].id, p.children[-1].parent_id)\n\
                  kids = session.query(Child).all()\nprint(len(kids), kids[-1].parent is p, len(session.dirty))\n\
                  session.commit()\nprint(session.query(Child).filter(Child.parent_id == p.id).count())\n";
    let (stdout, statements) = exec(script);
    assert_eq!(stdout, "257 257 1\n257 True 0\n257\n");
    assert_eq!(updates(&statements), Vec::<&String>::new());
}

/// `Result.unique()` tells rows apart by value: 300 equal names loaded from the database are one.
#[test]
fn unique_rows_compare_by_value() {
    let script = "session.add_all([Parent(name='same') for i in range(300)])\nsession.commit()\n\
                  print(session.scalars(select(Parent.name)).unique().all(), \
                  len(session.execute(select(Parent.name, Parent.id > 0)).unique().all()))\n\
                  print(len(session.scalars(select(Parent.id)).unique().all()))\n";
    let (stdout, _) = exec(script);
    assert_eq!(stdout, "['same'] 1\n300\n");
}
