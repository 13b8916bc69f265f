//! The examples gallery: the lessons behind the `examples` picker, compiled into the binary.
//!
//! Each lesson lives in `examples/<id>/` as the files a learner would write (`models.py`, `script.py`)
//! plus `lesson.md`, the short explanation shown beside the code, and `expected.json`, the lesson's outcome
//! under real SQLAlchemy (`scripts/record-lessons.sh`; `tests/corpus.rs` holds ormplay to it). They are
//! plain files so they can be run and read on their own; this module only registers them with
//! `include_str!`, in picker order. The first lesson is what a first visit opens.

use crate::permalink::{self, PlaygroundState};

/// One gallery lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lesson {
    /// Stable slug, used in links and storage: never rename one that has shipped.
    pub id: &'static str,
    /// Title for the picker.
    pub title: &'static str,
    /// One line for the picker, saying what the lesson teaches.
    pub summary: &'static str,
    /// `lesson.md`: what to notice and what to try (Markdown).
    pub explanation: &'static str,
    /// `models.py`: imports, Base, the model classes, engine and session setup.
    pub models: &'static str,
    /// `script.py`: the session script run after the models.
    pub script: &'static str,
}

macro_rules! lesson {
    ($id:literal, $title:literal, $summary:literal) => {
        Lesson {
            id: $id,
            title: $title,
            summary: $summary,
            explanation: include_str!(concat!("../examples/", $id, "/lesson.md")),
            models: include_str!(concat!("../examples/", $id, "/models.py")),
            script: include_str!(concat!("../examples/", $id, "/script.py")),
        }
    };
}

/// Every lesson, in picker order. The first one is opened (already run) on a first visit.
pub const LESSONS: &[Lesson] = &[
    lesson!("parent-child", "Parent and children", "One-to-many with cascade=\"all, delete-orphan\""),
    lesson!("one-to-many", "Users and appointments", "One-to-many: the many side holds the foreign key"),
    lesson!("one-to-one", "One profile per user", "One-to-one with uselist=False"),
    lesson!("many-to-many", "Users and specialities", "Many-to-many through an association table (secondary=)"),
    lesson!("kin", "Next of kin and a naming trap", "One-to-many, and why `relationship = Column(...)` breaks"),
    lesson!("medical-chatbot", "The medical chatbot", "Eight tables: users, profiles, chats, messages and more"),
    lesson!("backref-vs-back-populates", "backref vs back_populates", "Two ways to make a relationship two-way"),
    lesson!("cascade-delete-orphan", "Cascades and delete-orphan", "What deleting or removing a parent's child does"),
    lesson!("self-referential-tree", "A tree in one table", "Self-referential adjacency list with remote_side"),
    lesson!("association-object", "The association object", "Many-to-many whose link carries data (quantity)"),
];

/// The id of the lesson a first visit opens.
pub const FIRST_VISIT: &str = "parent-child";

/// The lesson with this id, if any.
pub fn find(id: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|lesson| lesson.id == id)
}

/// The lesson a first visit opens.
pub fn first_visit() -> &'static Lesson {
    find(FIRST_VISIT).unwrap_or(&LESSONS[0])
}

impl Lesson {
    /// The playground state that opens this lesson: its code, its id, default view.
    pub fn state(&self) -> PlaygroundState {
        PlaygroundState { example: Some(self.id.to_owned()), ..PlaygroundState::from_code(self.models, self.script) }
    }

    /// This lesson's permalink fragment (without the `#`).
    pub fn link(&self) -> String {
        permalink::encode(&self.state())
    }
}

#[cfg(test)]
mod tests;
