//! Native tests of the run timeline over the gallery's lessons: what each step did, why rows went
//! away, the objects' states, and that recording changes nothing.

use super::replay::{RowMark, tables_at};
use super::*;
use crate::db::Cell;
use crate::eval::Limits;
use crate::gallery::{LESSONS, find};
use crate::run::{RunOutput, run_traced, run_with};

fn traced(id: &str) -> (RunOutput, Trace) {
    let lesson = find(id).unwrap_or_else(|| panic!("lesson {id}"));
    let output = run_traced(lesson.models, lesson.script, Limits::default());
    assert!(output.error.is_none(), "{id}: {:?}", output.error);
    let trace = output.trace.clone().unwrap_or_else(|| panic!("{id}: no trace"));
    (output, trace)
}

/// The step of the script statement starting at `line` (its first iteration for a loop).
fn at_line(trace: &Trace, line: u32) -> &Step {
    trace
        .steps
        .iter()
        .find(|s| s.file == FileId::Script && s.line == line)
        .unwrap_or_else(|| panic!("no step at line {line}"))
}

fn diff<'a>(step: &'a Step, table: &str) -> &'a TableDiff {
    step.diffs.iter().find(|d| d.table == table).unwrap_or_else(|| panic!("no diff of {table}: {:?}", step.diffs))
}

fn text(s: &str) -> Cell {
    Cell::Text(s.into())
}

fn rel(class: &str, key: &str) -> RelRef {
    RelRef { class: class.into(), key: key.into() }
}

fn obj(class: &str, key: &str) -> ObjectRef {
    ObjectRef { class: class.into(), key: key.into() }
}

/// The SQL log without timings (which differ between any two runs).
fn log_text(output: &RunOutput) -> Vec<String> {
    output
        .sql_log
        .iter()
        .map(|e| match &e.kind {
            crate::orm::LogKind::Statement { params, .. } => format!("{} {params:?}", e.sql),
            _ => e.sql.clone(),
        })
        .collect()
}

#[test]
fn recording_changes_nothing_and_every_entry_lands_in_one_step() {
    for lesson in LESSONS {
        let plain = run_with(lesson.models, lesson.script, Limits::default());
        let (output, trace) = traced(lesson.id);
        assert_eq!((&output.stdout, &output.tables, &output.error), (&plain.stdout, &plain.tables, &plain.error));
        assert_eq!(log_text(&output), log_text(&plain), "{}", lesson.id);
        assert!(plain.trace.is_none());
        // Everything printed is in the steps, in order.
        let printed: String = trace.steps.iter().map(Step::output).collect();
        assert_eq!(printed, output.stdout, "{}", lesson.id);
        // Every SQL entry is in exactly one step, in order (but the end-of-run ROLLBACK of open sessions).
        let stepped: Vec<u64> = trace.steps.iter().flat_map(Step::sql).map(|e| e.seq).collect();
        let logged: Vec<u64> = output.sql_log.iter().map(|e| e.seq).collect();
        assert!(logged.starts_with(&stepped), "{}: {stepped:?} vs {logged:?}", lesson.id);
        assert!(logged.len() - stepped.len() <= 1, "{}", lesson.id);
        // Every top-level script statement is a step.
        let statements = crate::python::parse(lesson.script).map(|m| m.body.len()).unwrap_or_default();
        let first_steps = trace.steps.iter().filter(|s| s.file == FileId::Script && s.iteration.is_none_or(|n| n == 1));
        assert_eq!(first_steps.count(), statements, "{}", lesson.id);
        assert!(!trace.capped && trace.total_steps == trace.steps.len());
    }
}

#[test]
fn parent_child_inserts_at_the_first_commit_and_deletes_charlie_as_an_orphan() {
    let (_, trace) = traced("parent-child");
    let first = at_line(&trace, 7);
    assert_eq!(first.markers, [Marker::Flush, Marker::Commit]);
    let inserts: Vec<&str> =
        first.sql().filter(|e| e.sql.starts_with("INSERT INTO child ")).map(|e| e.sql.as_str()).collect();
    assert_eq!(inserts.len(), 2);
    let children = diff(first, "child");
    let names: Vec<&Cell> = children.inserted.iter().filter_map(|r| r.cells.get(2)).collect();
    assert_eq!(names, [&text("Charlie"), &text("Dave")]);

    let removal = at_line(&trace, 19);
    assert_eq!(removal.markers, [Marker::Flush, Marker::Commit]);
    let deleted = &diff(removal, "child").deleted;
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0].cells.get(2), Some(&text("Charlie")));
    assert_eq!(deleted[0].cause, Some(Cause::DeleteOrphan { relationship: rel("Parent", "children") }));
    assert_eq!(deleted[0].label.as_deref(), Some("delete-orphan: removed from Parent.children"));

    // The page's view of that step: Charlie as a labelled ghost row, Dave unchanged.
    let index = trace.steps.iter().position(|s| std::ptr::eq(s, removal)).unwrap_or_default();
    let tables = tables_at(&trace, index);
    let child = tables.iter().find(|t| t.name == "child").map(|t| &t.rows).cloned().unwrap_or_default();
    let marks: Vec<(RowMark, Option<&str>)> = child.iter().map(|r| (r.mark, r.label.as_deref())).collect();
    assert_eq!(
        marks,
        [(RowMark::Deleted, Some("delete-orphan: removed from Parent.children")), (RowMark::Unchanged, None)]
    );
    // One step later the ghost is gone.
    let after = tables_at(&trace, index + 1);
    assert_eq!(after.iter().find(|t| t.name == "child").map(|t| t.rows.len()), Some(1));
}

/// The diagram edge of the relationship behind a step's deletions or nulled keys: its `relationship()`
/// lines in models.py (both sides), none for a step that only inserted.
#[test]
fn a_steps_causes_name_the_relationship_lines_of_its_diagram_edge() {
    let (output, trace) = traced("parent-child");
    // `children = relationship(...)` on line 13 and `parent = relationship(...)` on line 22.
    assert_eq!(at_line(&trace, 19).relationship_lines(&output.diagram), [13, 22]);
    assert!(at_line(&trace, 7).relationship_lines(&output.diagram).is_empty());
    let (output, trace) = traced("one-to-one");
    assert_eq!(at_line(&trace, 17).relationship_lines(&output.diagram), [13, 22]);
}

#[test]
fn sql_and_output_interleave_per_loop_iteration() {
    let (_, trace) = traced("parent-child");
    let loop_steps: Vec<&Step> = trace.steps.iter().filter(|s| s.line == 14).collect();
    assert_eq!(loop_steps.iter().map(|s| s.iteration).collect::<Vec<_>>(), [Some(1), Some(2)]);
    // The lazy load of parent.children comes before the first line printed.
    let kinds: Vec<&str> =
        loop_steps[0].entries.iter().map(|e| if matches!(e, Entry::Sql(_)) { "sql" } else { "out" }).collect();
    assert_eq!(kinds, ["sql", "out"]);
    assert_eq!(loop_steps[1].output(), "Dave -> parent_id 1\n");
}

#[test]
fn cascades_name_the_deleted_parent_and_the_nulled_foreign_key() {
    let (_, trace) = traced("cascade-delete-orphan");
    let orphan = at_line(&trace, 9);
    assert_eq!(
        diff(orphan, "visits").deleted[0].cause,
        Some(Cause::DeleteOrphan { relationship: rel("Patient", "visits") })
    );
    let delete = at_line(&trace, 14);
    let patients = &diff(delete, "patients").deleted;
    assert_eq!(patients[0].cause, Some(Cause::Deleted { object: obj("Patient", "1") }));
    let visits = &diff(delete, "visits").deleted;
    assert_eq!(
        visits[0].cause,
        Some(Cause::CascadeDelete { parent: obj("Patient", "1"), relationship: rel("Patient", "visits") })
    );
    assert_eq!(visits[0].label.as_deref(), Some("cascade delete from Patient #1 (via Patient.visits)"));
    let notes = &diff(delete, "notes").changed;
    assert_eq!(
        notes[0].cause,
        Some(Cause::ParentDeleted { parent: obj("Patient", "1"), relationship: rel("Patient", "notes") })
    );
    assert_eq!(notes[0].changes.len(), 1);
    assert_eq!((&notes[0].changes[0].old, &notes[0].changes[0].new), (&Cell::Integer(1), &Cell::Null));
}

#[test]
fn replacing_a_one_to_one_nulls_the_old_rows_key() {
    let (_, trace) = traced("one-to-one");
    let step = at_line(&trace, 17);
    let profiles = diff(step, "profiles");
    assert_eq!(profiles.inserted.len(), 1);
    let nulled = &profiles.changed[0];
    assert_eq!(nulled.cells.get(1), Some(&text("Heart specialist")));
    assert!(
        matches!(
            &nulled.cause,
            Some(Cause::ReferenceCleared { relationship }) if *relationship == rel("Profile", "user")
        ) || matches!(&nulled.cause, Some(Cause::RemovedFromCollection { relationship }) if *relationship == rel("User", "profile")),
        "{:?}",
        nulled.cause
    );
}

#[test]
fn many_to_many_removal_deletes_the_secondary_row() {
    let (_, trace) = traced("many-to-many");
    let deleted = &diff(at_line(&trace, 14), "user_speciality").deleted;
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0].cause, Some(Cause::SecondaryRemoved { relationship: rel("User", "specialities") }));
    assert_eq!(deleted[0].label.as_deref(), Some("secondary row removed from User.specialities"));
}

#[test]
fn the_chatbot_delete_cascades_to_messages() {
    let (_, trace) = traced("medical-chatbot");
    let step = at_line(&trace, 28);
    assert_eq!(diff(step, "chat_sessions").deleted[0].cause, Some(Cause::Deleted { object: obj("ChatSession", "1") }));
    let messages = &diff(step, "messages").deleted;
    assert_eq!(messages.len(), 2);
    assert!(
        messages.iter().all(
            |m| matches!(&m.cause, Some(Cause::CascadeDelete { parent, .. }) if *parent == obj("ChatSession", "1"))
        )
    );
}

#[test]
fn object_states_follow_the_session() {
    let (_, trace) = traced("cascade-delete-orphan");
    let state_of = |line: u32, name: &str| {
        at_line(&trace, line).objects.objects.iter().find(|o| o.names.iter().any(|n| n == name)).map(|o| o.state)
    };
    assert_eq!(state_of(1, "amir"), Some(ObjectState::Transient));
    assert_eq!(state_of(3, "amir"), Some(ObjectState::Pending));
    assert_eq!(state_of(4, "amir"), Some(ObjectState::Persistent));
    assert_eq!(state_of(13, "amir"), Some(ObjectState::Deleted));
    assert_eq!(state_of(14, "amir"), Some(ObjectState::Detached));
    // Before the commit the session lists the pending objects; after it, the identity map.
    let pending = &at_line(&trace, 3).objects;
    assert_eq!(pending.sessions[0].new.len(), 4, "{pending:?}");
    let committed = &at_line(&trace, 4).objects;
    assert_eq!(committed.sessions[0].identity_map.len(), 4);
    // expire_on_commit: the patient's columns are expired after the commit.
    let amir = committed.objects.iter().find(|o| o.names.iter().any(|n| n == "amir"));
    let name = amir.and_then(|o| o.attributes.iter().find(|a| a.name == "name")).map(|a| &a.status);
    assert_eq!(name, Some(&AttrStatus::Expired));
    // Relationships too: `visits` was loaded before the commit (expired now); before it, loaded.
    let attr = |line: u32, key: &str| {
        let objects = &at_line(&trace, line).objects.objects;
        let amir = objects.iter().find(|o| o.names.iter().any(|n| n == "amir"));
        amir.and_then(|o| o.attributes.iter().find(|a| a.name == key)).map(|a| a.status.clone())
    };
    assert!(matches!(attr(3, "visits"), Some(AttrStatus::Loaded { .. })), "{:?}", attr(3, "visits"));
    assert_eq!(attr(4, "visits"), Some(AttrStatus::Expired));
    // Read again (line 8 loads it), it is loaded; the next commit expires it again.
    assert!(matches!(attr(8, "visits"), Some(AttrStatus::Loaded { .. })), "{:?}", attr(8, "visits"));
    assert_eq!(attr(9, "visits"), Some(AttrStatus::Expired));
    // A removal makes the parent dirty until the flush, and the removed visit too (its backref
    // `patient` becomes None): SQLAlchemy 2.1.9 lists both in `session.dirty`.
    assert_eq!(at_line(&trace, 8).objects.sessions[0].dirty.len(), 2);
}

#[test]
fn a_rollback_takes_the_flushed_rows_back() {
    let lesson = crate::gallery::first_visit();
    let script = "db.add(Parent(name='Eve'))\ndb.flush()\ndb.rollback()\n";
    let output = run_traced(lesson.models, script, Limits::default());
    let trace = output.trace.unwrap_or_default();
    assert_eq!(diff(at_line(&trace, 2), "parent").inserted.len(), 1);
    let rollback = at_line(&trace, 3);
    assert_eq!(rollback.markers, [Marker::Rollback]);
    let deleted = &diff(rollback, "parent").deleted;
    assert_eq!((deleted.len(), &deleted[0].cause), (1, &None));
}

#[test]
fn long_loops_are_capped_and_errors_marked() {
    let script = "for i in range(700):\n    print(i)\nraise ValueError('late')\n";
    let output = run_traced("", script, Limits::default());
    let trace = output.trace.unwrap_or_default();
    assert!(trace.capped);
    assert_eq!(trace.steps.len(), MAX_STEPS);
    assert_eq!(trace.total_steps, 701);
    let lesson = crate::gallery::first_visit();
    let failing = format!("{}\nx = 1 / 0\n", lesson.script);
    let trace = run_traced(lesson.models, &failing, Limits::default()).trace.unwrap_or_default();
    assert_eq!(trace.steps.last().and_then(|s| s.error.as_deref()), Some("ZeroDivisionError: division by zero"));
}

#[test]
fn the_trace_round_trips_through_json() {
    let (_, trace) = traced("cascade-delete-orphan");
    let json = serde_json::to_string(&trace).unwrap_or_default();
    assert!(json.contains("\"cascade_delete\":{\"parent\""), "{json}");
    let back: Trace = serde_json::from_str(&json).unwrap_or_default();
    assert_eq!(back, trace);
}

/// Every lesson's per-commit summary: what the end-state view shows, causes included.
#[test]
fn every_lesson_summarises_its_commits() {
    let expected: &[(&str, &[&str])] = &[
        ("parent-child", &["commit at line 7: +2 child, +1 parent", "commit at line 19: −1 child (delete-orphan)"]),
        ("one-to-many", &["commit at line 5: +2 appointments, +1 users"]),
        (
            "one-to-one",
            &[
                "commit at line 6: +1 profiles, +2 users",
                "commit at line 17: +1 profiles, ~1 profiles (foreign key nulled)",
            ],
        ),
        (
            "many-to-many",
            &[
                "commit at line 7: +2 specialities, +3 user_speciality, +2 users",
                "commit at line 14: −1 user_speciality (secondary row)",
            ],
        ),
        ("kin", &["commit at line 5: +2 kins, +1 users"]),
        (
            "medical-chatbot",
            &[
                "commit at line 13: +1 appointments, +1 chat_sessions, +1 kins, +2 messages, +1 profiles, \
                 +1 specialities, +1 user_speciality, +2 users",
                "commit at line 28: −1 chat_sessions (session.delete), −2 messages (cascade)",
            ],
        ),
        ("backref-vs-back-populates", &["commit at line 10: +1 departments, +1 doctors, +1 nurses, +1 wards"]),
        (
            "cascade-delete-orphan",
            &[
                "commit at line 4: +1 notes, +1 patients, +2 visits",
                "commit at line 9: −1 visits (delete-orphan)",
                "commit at line 14: ~1 notes (foreign key nulled), −1 patients (session.delete), −1 visits (cascade)",
            ],
        ),
        ("self-referential-tree", &["commit at line 8: +6 categories"]),
        ("association-object", &["commit at line 8: +3 order_items, +2 orders, +2 products"]),
    ];
    assert_eq!(expected.len(), LESSONS.len());
    for (id, want) in expected {
        let (_, trace) = traced(id);
        let lines: Vec<String> = summary::commits(&trace).iter().map(summary::CommitSummary::text).collect();
        assert_eq!(lines, *want, "{id}");
    }
}

/// Each statement the ORM sent on its own says why and from where: the INSERTs of the first commit are
/// its flush, the children's SELECT a lazy load at `parent.children`, an INSERT before a query an
/// autoflush; what the script sent itself (its query) has no trigger.
#[test]
fn sql_entries_name_their_trigger_and_the_statement_running() {
    let lesson = crate::gallery::first_visit();
    let script = format!("{}\ndb.add(Child(name='Eve'))\nprint(db.query(Child).count())\n", lesson.script);
    let output = run_with(lesson.models, &script, Limits::default());
    assert!(output.error.is_none(), "{:?}", output.error);
    let trigger = |prefix: &str, nth: usize| {
        let entry = output.sql_log.iter().filter(|e| e.sql.starts_with(prefix)).nth(nth);
        entry.and_then(|e| e.trigger.as_ref()).map(|t| (t.what.as_str(), t.file.as_str(), t.line))
    };
    assert_eq!(trigger("INSERT INTO child", 0), Some(("flush at commit()", "script.py", 7)));
    assert_eq!(trigger("SELECT child.id", 0), Some(("lazy load of Parent.children", "script.py", 14)));
    assert_eq!(trigger("SELECT parent.id", 0), None, "the script's own query");
    assert_eq!(trigger("DELETE FROM child", 0), Some(("flush at commit()", "script.py", 19)));
    let eve = output.sql_log.iter().rev().find(|e| e.sql.starts_with("INSERT INTO child"));
    assert_eq!(eve.and_then(|e| e.trigger.as_ref()).map(|t| t.what.as_str()), Some("autoflush"));
}
