//! The unit of work's order and cascades, each on a small program whose outcome was recorded from
//! SQLAlchemy 2.1.9: parents before children, association rows after both, deletes children first,
//! self-referential rows level by level, and chains far deeper than any recursion could go.

use crate::orm::testing::{NODE, PARENT_CHILD, STUDENT_COURSE, run_on, run_program};

/// A parent's row goes in before its children's; deleting it deletes the children first.
#[test]
fn parents_insert_first_and_delete_last() {
    let script = "p = Parent(name='p', children=[Child(name='a'), Child(name='b')])\nsession.add(p)\n\
                  session.commit()\nsession.delete(p)\nsession.commit()\nprint(session.query(Child).count())\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!((ran.error.as_deref(), ran.stdout.as_str()), (None, "0\n"));
    assert!(ran.first("INSERT INTO parent") < ran.first("INSERT INTO child"), "{:?}", ran.sql);
    assert_eq!(ran.statements("INSERT INTO child").len(), 2);
    // One executemany DELETE for both children, as `_emit_delete_statements` sends them.
    assert_eq!(ran.statements("DELETE FROM child").len(), 1);
    assert!(ran.last("DELETE FROM child") < ran.first("DELETE FROM parent"), "{:?}", ran.sql);
}

/// Self-referential rows go in by level whatever order they entered the session in: `c` is added
/// first and reaches its ancestors through the backref cascade, yet `a` gets id 1.
#[test]
fn self_referential_rows_insert_level_by_level() {
    let script = "c = Node(name='c')\nb = Node(name='b', children=[c])\na = Node(name='a', children=[b])\n\
                  session.add(c)\nsession.commit()\nprint(sorted((n.name, n.id) for n in session.query(Node)))\n";
    let ran = run_program(NODE, script);
    assert_eq!(ran.error, None);
    assert_eq!(ran.stdout, "[('a', 1), ('b', 2), ('c', 3)]\n");
}

/// A chain thousands of levels deep is inserted and then deleted through delete-orphan, on a small
/// stack: the levels, the cascades and the delete walk keep their own stacks (and the levels are
/// computed once per object: the old walk doubled its work at every level).
#[test]
fn deep_chains_flush_without_recursion() {
    let script = "session = Session(engine, expire_on_commit=False)\ntop = Node(name='top')\nsession.add(top)\n\
                  node = top\nfor i in range(3000):\n    child = Node(name='n')\n    node.children.append(child)\n    node = child\n\
                  session.commit()\nprint(session.query(Node).count(), node.parent.parent.id)\n\
                  top.children.clear()\nsession.commit()\nprint(session.query(Node).count())\n";
    let ran = run_on(16 << 20, NODE, script);
    assert_eq!(ran.error, None);
    assert_eq!(ran.stdout, "3001 2999\n1\n");
    assert_eq!(ran.statements("DELETE FROM node").len(), 3000);
}

/// A many-to-many link appended on one side is on both sides' histories: one association row goes in
/// (after both rows), and one goes out when it is removed from the other side.
#[test]
fn association_rows_once_after_both_rows() {
    let script = "s = Student(name='s')\nc = Course(name='c')\ns.courses.append(c)\nsession.add(s)\nsession.commit()\n\
                  print(session.execute(text('SELECT count(*) FROM enrolment')).scalar())\n\
                  c.students.remove(s)\nsession.commit()\n\
                  print(session.execute(text('SELECT count(*) FROM enrolment')).scalar(), s.courses)\n";
    let ran = run_program(STUDENT_COURSE, script);
    assert_eq!(ran.error, None);
    assert_eq!(ran.stdout, "1\n0 []\n");
    assert_eq!(ran.statements("INSERT INTO enrolment").len(), 1);
    assert_eq!(ran.statements("DELETE FROM enrolment").len(), 1);
    let link = ran.first("INSERT INTO enrolment");
    assert!(ran.first("INSERT INTO student") < link && ran.first("INSERT INTO course") < link);
}

/// Removing a child from its parent's collection deletes it (delete-orphan); a child moved to another
/// parent is not an orphan and only has its foreign key changed.
#[test]
fn orphans_are_deleted_and_moved_children_updated() {
    let script = "p = Parent(name='p', children=[Child(name='a'), Child(name='b')])\nq = Parent(name='q')\n\
                  session.add_all([p, q])\nsession.commit()\na, b = p.children\np.children.remove(a)\nb.parent = q\n\
                  session.commit()\nprint([(c.name, c.parent.name) for c in session.query(Child)])\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!(ran.error, None);
    assert_eq!(ran.stdout, "[('b', 'q')]\n");
    assert_eq!(ran.statements("DELETE FROM child").len(), 1);
    assert_eq!(ran.statements("UPDATE child SET parent_id").len(), 1);
}

/// Self-referential rows are deleted children first (SQLAlchemy sorts the rows of a self-referential
/// table by their dependencies): the chain's deepest node goes first.
#[test]
fn self_referential_deletes_go_children_first() {
    let script = "top = Node(name='top')\na = Node(name='a')\nb = Node(name='b')\nc = Node(name='c')\n\
                  top.children.append(a)\na.children.append(b)\nb.children.append(c)\nsession.add(top)\n\
                  session.commit()\ntop.children.clear()\nsession.commit()\nprint(session.query(Node).count())\n";
    let ran = run_program(NODE, script);
    assert_eq!((ran.error.as_deref(), ran.stdout.as_str()), (None, "1\n"));
    let deleted = ran.params_of("DELETE FROM node");
    assert_eq!(deleted.len(), 3);
    assert!(deleted[0].contains("Integer(4)") && deleted[2].contains("Integer(2)"), "{deleted:?}");
}

/// Objects whose columns default to SQL expressions are grouped like the others: generated keys
/// come back one row per statement, given keys in one multi-row INSERT whose RETURNING ends with
/// the key, and every object gets its own default's value (SQLAlchemy 2.1.9's statements).
#[test]
fn sql_expression_defaults_insert_in_groups() {
    let classes = "
class Note(Base):
    __tablename__ = 'note'
    id = Column(Integer, primary_key=True)
    body = Column(String)
    slug = Column(String, default=func.upper(literal('n')))

class Tag(Base):
    __tablename__ = 'tag'
    name = Column(String, primary_key=True)
    up = Column(String, default=func.upper(literal('t')))
";
    let script = "session.add_all([Note(body='a'), Note(body='b'), Tag(name='x'), Tag(name='y'), Tag(name='z')])\n\
                  session.commit()\nprint([(n.id, n.slug) for n in session.query(Note)], [t.up for t in session.query(Tag)])\n";
    let ran = run_program(classes, script);
    assert_eq!((ran.error.as_deref(), ran.stdout.as_str()), (None, "[(1, 'N'), (2, 'N')] ['T', 'T', 'T']\n"));
    let notes = ran.statements("INSERT INTO note");
    assert_eq!(notes, ["INSERT INTO note (body, slug) VALUES (?, upper(?)) RETURNING id, slug"; 2]);
    let tags = ran.statements("INSERT INTO tag");
    assert_eq!(
        tags,
        ["INSERT INTO tag (name, up) VALUES (?, upper(?)), (?, upper(?)), (?, upper(?)) RETURNING up, name"]
    );
}

/// Association rows go as SQLAlchemy's many-to-many processor sends them: all links of a flush in
/// one executemany, and a deleted object's links one row each (its collection loaded for that),
/// never a blanket `DELETE ... WHERE student_id = ?`.
#[test]
fn association_rows_are_one_executemany_and_deleted_per_link() {
    let script = "s = Student(name='s', courses=[Course(name='a'), Course(name='b'), Course(name='c')])\n\
                  session.add(s)\nsession.commit()\nsession.delete(s)\nsession.commit()\n\
                  print(session.execute(text('SELECT count(*) FROM enrolment')).scalar())\n";
    let ran = run_program(STUDENT_COURSE, script);
    assert_eq!((ran.error.as_deref(), ran.stdout.as_str()), (None, "0\n"));
    assert_eq!(
        ran.statements("INSERT INTO enrolment"),
        ["INSERT INTO enrolment (student_id, course_id) VALUES (?, ?)"]
    );
    let insert_params = ran.params_of("INSERT INTO enrolment");
    assert_eq!(insert_params.len(), 1);
    assert!(insert_params[0].contains("Integer(3)"), "{insert_params:?}");
    let deletes = ran.statements("DELETE FROM enrolment");
    assert_eq!(deletes, ["DELETE FROM enrolment WHERE enrolment.student_id = ? AND enrolment.course_id = ?"]);
    assert!(ran.first("SELECT course.id") < ran.first("DELETE FROM enrolment"), "{:?}", ran.sql);
}
