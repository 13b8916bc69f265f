//! [`AppState`]: every signal the page shares, plus the SQL console's database, provided by context.
//!
//! The inputs (both texts, the lesson id, dragged diagram positions, the theme) are exactly what a
//! permalink and the autosave carry ([`PlaygroundState`]); what a run derives from them is kept whole,
//! as the core returned it, in one [`PageRun`] signal (`ui/runner.rs` sets it; the panes read the parts
//! they show through memos, so a pane re-renders only when its part changed). The database is not a signal: it is mutated in place by
//! the console, and what the page shows of it is copied into `tables` right after each change. It is
//! kept in local (non-`Send`) storage because the page is single-threaded and the editor handles are JS
//! objects.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::editor::js::EditorHandle;
use crate::console::{self, ConsoleEntry};
use crate::db::{Database, TableSnapshot};
use crate::permalink::{Panes, PlaygroundState, Theme, View};
use crate::run::RunOutput;
use crate::source::FileId;

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

/// One run of the two files as the page keeps it: the core's result, untouched, with its number (the
/// run counter: 1 for the first run of the page, one more for each run after) and how long it took.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRun {
    pub number: u64,
    pub output: RunOutput,
    /// Milliseconds from asking for the run to having its result.
    pub elapsed_ms: Option<f64>,
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
    /// The last run, whole (`None` before the first). Its `number` is the run counter.
    pub run: RwSignal<Option<PageRun>>,
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
    db: StoredValue<Database, LocalStorage>,
    models_editor: StoredValue<Option<EditorHandle>, LocalStorage>,
    script_editor: StoredValue<Option<EditorHandle>, LocalStorage>,
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
            run: RwSignal::new(None),
            notice: RwSignal::new(None),
            share_status: RwSignal::new(None),
            previous: RwSignal::new(None),
            models_line: RwSignal::new(0),
            tables: RwSignal::new(Vec::new()),
            console: RwSignal::new(Vec::new()),
            last_run: StoredValue::new((String::new(), String::new())),
            db: StoredValue::new_local(Database::new()),
            models_editor: StoredValue::new_local(None),
            script_editor: StoredValue::new_local(None),
        }
    }

    /// Reads one part of the last run (tracked): `f` gets the run's output, or `None` before the first
    /// run. Panes wrap it in a `Memo` so they re-render only when their part changes.
    pub fn with_run<R>(&self, f: impl FnOnce(Option<&RunOutput>) -> R) -> R {
        self.run.with(|run| f(run.as_ref().map(|r| &r.output)))
    }

    /// The number of the last run (0 before the first), untracked.
    pub fn run_count(&self) -> u64 {
        self.run.with_untracked(|r| r.as_ref().map_or(0, |r| r.number))
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

    /// Replaces the console's database (after a run: a copy of its committed data) and shows it.
    pub fn replace_database(&self, db: Database) {
        self.db.set_value(db);
        self.console.set(Vec::new());
        self.refresh_tables();
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

/// The shared state, from context (provided by `App`). A component mounted outside `App` is a bug:
/// it panics at once (a fresh default state would silently show nothing and keep nothing).
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
