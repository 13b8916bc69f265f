//! Tests of the gallery registry: every lesson is complete, ids are unique and link-safe.

use super::*;
use std::collections::HashSet;

#[test]
fn every_lesson_has_non_empty_files() {
    assert!(LESSONS.len() >= 10, "the issue lists ten lessons");
    for lesson in LESSONS {
        for (what, text) in [
            ("title", lesson.title),
            ("summary", lesson.summary),
            ("lesson.md", lesson.explanation),
            ("models.py", lesson.models),
            ("script.py", lesson.script),
        ] {
            assert!(!text.trim().is_empty(), "{}: empty {what}", lesson.id);
        }
    }
}

#[test]
fn ids_are_unique_slugs() {
    let mut seen = HashSet::new();
    for lesson in LESSONS {
        assert!(seen.insert(lesson.id), "duplicate lesson id {}", lesson.id);
        assert_eq!(lesson.state().check_limits(), Ok(()), "{} is not a valid link state", lesson.id);
    }
}

#[test]
fn first_visit_is_parent_child_with_delete_orphan() {
    let first = first_visit();
    assert_eq!(first.id, "parent-child");
    assert!(first.models.contains("cascade=\"all, delete-orphan\""));
    assert_eq!(LESSONS.first().map(|l| l.id), Some(first.id));
}

/// Every registered lesson has its outcome recorded from real SQLAlchemy (`scripts/record-lessons.sh`),
/// it ran to the end there and printed something; `tests/corpus.rs` holds ormplay to that outcome.
#[test]
fn every_lesson_has_an_outcome_recorded_from_sqlalchemy() {
    for lesson in LESSONS {
        let path = format!("{}/examples/{}/expected.json", env!("CARGO_MANIFEST_DIR"), lesson.id);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let recorded: serde_json::Value = serde_json::from_str(&text).expect("expected.json is JSON");
        assert_eq!(recorded["error"], serde_json::Value::Null, "{} fails under SQLAlchemy", lesson.id);
        let stdout = recorded["stdout"].as_str().unwrap_or_default();
        assert!(!stdout.trim().is_empty(), "{}: prints nothing under SQLAlchemy", lesson.id);
        assert!(recorded["tables"].as_object().is_some_and(|t| !t.is_empty()), "{}: no tables", lesson.id);
    }
}

#[test]
fn kin_lesson_shows_the_fix_not_the_trap() {
    let kin = find("kin").expect("kin lesson");
    assert!(kin.models.contains("kinship = Column(\"relationship\", String)"));
    assert!(!kin.models.lines().any(|l| l.trim_start().starts_with("relationship = Column")));
    assert!(kin.explanation.contains("TypeError"));
}

#[test]
fn find_unknown_id_is_none() {
    assert!(find("no-such-lesson").is_none());
    assert_eq!(find("medical-chatbot").map(|l| l.title), Some("The medical chatbot"));
}
