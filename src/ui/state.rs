//! [`AppState`]: every signal the page shares, plus the in-browser database, provided by context.
//!
//! The database is not a signal: it is mutated in place by event handlers, and what the page shows of it
//! (the live tables, the console's results) is copied into signals right after each change. It is kept
//! in local (non-`Send`) storage because the page is single-threaded and the editor handles are JS
//! objects.

use leptos::prelude::*;

use super::editor::js::EditorHandle;
use super::examples::{EXAMPLES, Example};
use crate::console::{self, ConsoleEntry};
use crate::db::{Database, TableSnapshot};
use crate::source::{FileId, LocatedDiagnostic};

#[derive(Clone, Copy)]
pub struct AppState {
    /// The models editor's text (kept in step with the editor by its change callback).
    pub models: RwSignal<String>,
    /// The script editor's text.
    pub script: RwSignal<String>,
    /// The id of the example last loaded into the editors.
    pub example: RwSignal<&'static str>,
    /// What the program printed.
    pub output: RwSignal<String>,
    /// The SQL the ORM sent to the database, one statement per entry.
    pub sql_log: RwSignal<Vec<String>>,
    /// Problems found in the user's code, shown in the list and in the editors' lint gutters.
    pub diagnostics: RwSignal<Vec<LocatedDiagnostic>>,
    /// A short message about the last action (for features still to come, it says so).
    pub notice: RwSignal<Option<String>>,
    /// Every table of the database with its rows, refreshed after each change.
    pub tables: RwSignal<Vec<TableSnapshot>>,
    /// The SQL console's last run.
    pub console: RwSignal<Vec<ConsoleEntry>>,
    db: StoredValue<Database, LocalStorage>,
    models_editor: StoredValue<Option<EditorHandle>, LocalStorage>,
    script_editor: StoredValue<Option<EditorHandle>, LocalStorage>,
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

impl AppState {
    pub fn new() -> Self {
        let first = EXAMPLES.first();
        Self {
            models: RwSignal::new(first.map_or("", |e| e.models).to_string()),
            script: RwSignal::new(first.map_or("", |e| e.script).to_string()),
            example: RwSignal::new(first.map_or("", |e| e.id)),
            output: RwSignal::new(String::new()),
            sql_log: RwSignal::new(Vec::new()),
            diagnostics: RwSignal::new(Vec::new()),
            notice: RwSignal::new(None),
            tables: RwSignal::new(Vec::new()),
            console: RwSignal::new(Vec::new()),
            db: StoredValue::new_local(Database::new()),
            models_editor: StoredValue::new_local(None),
            script_editor: StoredValue::new_local(None),
        }
    }

    /// The text signal behind one of the two editors.
    pub fn text(&self, file: FileId) -> RwSignal<String> {
        match file {
            FileId::Models => self.models,
            FileId::Script => self.script,
        }
    }

    pub fn set_editor(&self, file: FileId, handle: EditorHandle) {
        self.editor_slot(file).set_value(Some(handle));
    }

    /// Runs `f` with the editor for `file`, if it has been created.
    pub fn with_editor(&self, file: FileId, f: impl FnOnce(&EditorHandle)) {
        self.editor_slot(file).with_value(|handle| {
            if let Some(handle) = handle {
                f(handle);
            }
        });
    }

    fn editor_slot(&self, file: FileId) -> StoredValue<Option<EditorHandle>, LocalStorage> {
        match file {
            FileId::Models => self.models_editor,
            FileId::Script => self.script_editor,
        }
    }

    /// Loads an example into both editors and clears the previous run's results.
    pub fn load_example(&self, example: &Example) {
        self.example.set(example.id);
        self.models.set(example.models.to_string());
        self.script.set(example.script.to_string());
        self.output.set(String::new());
        self.sql_log.set(Vec::new());
        self.diagnostics.set(Vec::new());
        self.notice.set(None);
    }

    /// Runs the console's SQL against the page's database, then refreshes the live tables.
    pub fn run_sql(&self, sql: &str) {
        let entries = self.db.try_update_value(|db| console::run(db, sql)).unwrap_or_default();
        self.console.set(entries);
        self.refresh_tables();
    }

    pub fn refresh_tables(&self) {
        let snapshot = self.db.try_update_value(|db| db.snapshot()).unwrap_or_default();
        self.tables.set(snapshot);
    }
}

/// The shared state, from context (provided by `App`).
pub fn use_state() -> AppState {
    use_context::<AppState>().unwrap_or_default()
}
