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

#[test]
fn lessons_set_up_an_engine_and_print_something() {
    for lesson in LESSONS {
        assert!(lesson.models.contains("create_engine("), "{}: models.py creates no engine", lesson.id);
        assert!(lesson.models.contains("create_all("), "{}: models.py creates no tables", lesson.id);
        assert!(lesson.script.contains("print("), "{}: script.py prints nothing", lesson.id);
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
