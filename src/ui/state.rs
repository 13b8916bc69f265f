//! [`AppState`]: every signal the page shares, plus the SQL console's database, provided by context.
//!
//! The inputs (both texts, the lesson id, dragged diagram positions, the theme) are exactly what a
//! permalink and the autosave carry ([`PlaygroundState`]); everything else is derived by a run
//! (`ui/runner.rs`) and copied into signals. The database is not a signal: it is mutated in place by
//! the console, and what the page shows of it is copied into `tables` right after each change. It is
//! kept in local (non-`Send`) storage because the page is single-threaded and the editor handles are JS
//! objects.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::editor::js::EditorHandle;
use crate::console::{self, ConsoleEntry};
use crate::db::{Database, TableSnapshot};
use crate::diagram::DiagramModel;
use crate::orm::LogEntry;
use crate::orm::describe::TableInfo;
use crate::permalink::{Panes, PlaygroundState, Theme, View};
use crate::program::Failure;
use crate::source::{FileId, LocatedDiagnostic};

/// A message shown in the banner under the header (bad links, restored work, share results).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
    /// Whether the banner offers to go back to the previous work (after a link replaced it).
    pub offer_previous: bool,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), error: false, offer_previous: false }
    }

    pub fn error(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), error: true, offer_previous: false }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The models editor's text (kept in step with the editor by its change callback).
    pub models: RwSignal<String>,
    /// The script editor's text.
    pub script: RwSignal<String>,
    /// The gallery lesson the work started from (`crate::gallery` id), if any.
    pub example: RwSignal<Option<String>>,
    /// Diagram boxes the user dragged: table → top-left, in diagram units.
    pub positions: RwSignal<BTreeMap<String, (i32, i32)>>,
    /// The chosen theme (`System` follows the browser).
    pub theme: RwSignal<Theme>,
    /// Pane choices from a link, carried through to the next link.
    pub panes: RwSignal<Panes>,
    /// What the program printed.
    pub output: RwSignal<String>,
    /// The uncaught exception that ended the run, if any.
    pub error: RwSignal<Option<Failure>>,
    /// Every statement the ORM sent, with parameters, phase and group.
    pub sql_log: RwSignal<Vec<LogEntry>>,
    /// Problems found in the user's code, shown in the list and in the editors' lint gutters.
    pub diagnostics: RwSignal<Vec<LocatedDiagnostic>>,
    /// The models' tables: physical columns and relationship attributes.
    pub schema: RwSignal<Vec<TableInfo>>,
    /// What the diagram pane draws.
    pub diagram: RwSignal<DiagramModel>,
    /// How long the last run took, in milliseconds.
    pub run_ms: RwSignal<Option<f64>>,
    /// The banner message.
    pub notice: RwSignal<Option<Notice>>,
    /// The Share button's confirmation ("Link copied").
    pub share_status: RwSignal<Option<String>>,
    /// Work a link (or a lesson) replaced, kept so the person can go back to it.
    pub previous: RwSignal<Option<PlaygroundState>>,
    /// The models.py line the person points at (hover or cursor), 0 for none.
    pub models_line: RwSignal<u32>,
    /// Every table of the console's database with its rows, refreshed after each change.
    pub tables: RwSignal<Vec<TableSnapshot>>,
    /// The SQL console's last run.
    pub console: RwSignal<Vec<ConsoleEntry>>,
    /// The texts of the last run, so an unchanged edit does not run twice.
    pub last_run: StoredValue<(String, String)>,
    /// The console's database: the last run's committed data (None only if SQLite failed to open).
    db: StoredValue<Option<Database>, LocalStorage>,
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
        Self {
            models: RwSignal::new(String::new()),
            script: RwSignal::new(String::new()),
            example: RwSignal::new(None),
            positions: RwSignal::new(BTreeMap::new()),
            theme: RwSignal::new(Theme::System),
            panes: RwSignal::new(Panes::default()),
            output: RwSignal::new(String::new()),
            error: RwSignal::new(None),
            sql_log: RwSignal::new(Vec::new()),
            diagnostics: RwSignal::new(Vec::new()),
            schema: RwSignal::new(Vec::new()),
            diagram: RwSignal::new(DiagramModel::default()),
            run_ms: RwSignal::new(None),
            notice: RwSignal::new(None),
            share_status: RwSignal::new(None),
            previous: RwSignal::new(None),
            models_line: RwSignal::new(0),
            tables: RwSignal::new(Vec::new()),
            console: RwSignal::new(Vec::new()),
            last_run: StoredValue::new((String::new(), String::new())),
            db: StoredValue::new_local(Database::new().ok()),
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

    /// The shareable state as it is now (read without tracking).
    pub fn snapshot(&self) -> PlaygroundState {
        PlaygroundState {
            models: self.models.get_untracked(),
            script: self.script.get_untracked(),
            example: self.example.get_untracked(),
            positions: self.positions.get_untracked(),
            view: View { panes: self.panes.get_untracked(), theme: self.theme.get_untracked() },
        }
    }

    /// The same, tracked: effects that call it re-run when any input changes (the autosave does).
    pub fn tracked_snapshot(&self) -> PlaygroundState {
        PlaygroundState {
            models: self.models.get(),
            script: self.script.get(),
            example: self.example.get(),
            positions: self.positions.get(),
            view: View { panes: self.panes.get(), theme: self.theme.get() },
        }
    }

    /// Puts a whole state into the page (the editors follow through their effects). The caller runs it.
    pub fn apply(&self, state: PlaygroundState) {
        self.models.set(state.models);
        self.script.set(state.script);
        self.example.set(state.example);
        self.positions.set(state.positions);
        self.panes.set(state.view.panes);
        if state.view.theme != Theme::System {
            self.theme.set(state.view.theme);
        }
    }

    /// Replaces the console's database (after a run: its committed data; a new empty database when the
    /// run created no engine) and shows it.
    pub fn replace_database(&self, db: Option<Database>) {
        self.db.set_value(db.or_else(|| Database::new().ok()));
        self.console.set(Vec::new());
        self.refresh_tables();
    }

    /// Runs the console's SQL against the page's database, then refreshes the live tables.
    pub fn run_sql(&self, sql: &str) {
        let entries =
            self.db.try_update_value(|db| db.as_mut().map(|db| console::run(db, sql))).flatten().unwrap_or_default();
        self.console.set(entries);
        self.refresh_tables();
    }

    pub fn refresh_tables(&self) {
        let snapshot = self.db.try_update_value(|db| db.as_mut().map(Database::snapshot)).flatten().unwrap_or_default();
        self.tables.set(snapshot);
    }
}

/// The shared state, from context (provided by `App`).
pub fn use_state() -> AppState {
    use_context::<AppState>().unwrap_or_default()
}
