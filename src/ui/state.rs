//! [`AppState`]: every signal the page shares, plus the handle of the runtime worker, provided by context.
//!
//! The inputs (both texts, the lesson id, dragged diagram positions, the theme) are exactly what a
//! permalink and the autosave carry ([`PlaygroundState`]); what a run derives from them is kept whole,
//! as the core returned it, in one [`PageRun`] signal (`ui/runner.rs` sets it; the panes read the parts
//! they show through memos, so a pane re-renders only when its part changed). The database lives in
//! the runtime worker (`ui/runtime.rs`); the page keeps what it last reported of it (`tables`, the
//! console's `console`). Editor handles and the runtime are JS objects, kept in local (non-`Send`)
//! storage: the page is single-threaded.

use std::collections::BTreeMap;

use leptos::prelude::*;

use std::rc::Rc;

use super::editor::js::EditorHandle;
use super::runtime::{Loading, Runtime};
use crate::console::ConsoleEntry;
use crate::db::TableSnapshot;
use crate::permalink::{Panes, PlaygroundState, Theme, View};
use crate::run::RunOutput;
use crate::source::FileId;
use crate::trace::Trace;
use crate::wire::CommitLine;

/// A message shown in the banner under the header (bad links, restored work, share results).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
    /// Whether the banner offers to go back to the previous work (after a link replaced it).
    pub offer_previous: bool,
    /// Whether the banner offers to run the code (loaded but not run: it crashed or froze before).
    pub offer_run: bool,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), error: false, offer_previous: false, offer_run: false }
    }

    pub fn error(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), error: true, offer_previous: false, offer_run: false }
    }

    /// An informational notice that offers the way back to the previous work.
    pub fn with_previous(text: impl Into<String>) -> Notice {
        Notice { offer_previous: true, ..Notice::info(text) }
    }
}

/// How a run ended, as far as the page is concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum RunEnd {
    /// The runtime answered (an uncaught Python exception is a finished run too).
    Finished,
    /// A fatal error (wasm trap) ended the runtime mid-run; the output holds the message.
    Crashed,
    /// The learner pressed Stop.
    Stopped,
    /// The runtime could not run it (did not start, or answered nonsense).
    Unavailable,
}

/// One run of the two files as the page keeps it: the core's result, untouched, with its number (the
/// run counter: 1 for the first run of the page, one more for each run after) and how long it took.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRun {
    pub number: u64,
    pub end: RunEnd,
    pub output: RunOutput,
    /// Milliseconds from asking for the run to having its result.
    pub elapsed_ms: Option<f64>,
    /// The code did not parse: `output` shows the last successful run (its printout, SQL, schema and
    /// diagram) with this run's syntax error and diagnostics, and the page dims it and says so.
    pub stale: bool,
    /// The output tab's "what changed" lines, one per commit.
    pub commits: Vec<CommitLine>,
    /// The key under which the runtime keeps this run's timeline (0: none); the timeline tab asks
    /// for it when it opens (`output.trace` is not sent with the run).
    pub trace_key: u64,
}

/// A run whose code parsed, kept whole for the runs after it that do not.
#[derive(Debug, Clone, PartialEq)]
pub struct GoodRun {
    pub output: RunOutput,
    pub commits: Vec<CommitLine>,
    pub trace_key: u64,
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
    /// The last run whose code parsed (what a run of code that does not parse keeps showing).
    pub last_good: StoredValue<Option<GoodRun>>,
    /// The last timeline the runtime sent, with its key (see [`PageRun::trace_key`]).
    pub trace: RwSignal<Option<(u64, Trace)>>,
    /// Whether a run is on its way in the runtime (the Stop button shows, the status says so).
    pub running: RwSignal<bool>,
    /// Whether another run was asked for while one was running (it starts when that one ends).
    pub rerun: StoredValue<bool>,
    /// The runtime's start: bytes of its wasm fetched, and whether it is ready.
    pub loading: RwSignal<Loading>,
    /// Why the last autosave failed (storage full or unavailable), shown until one succeeds.
    pub save_problem: RwSignal<Option<String>>,
    /// Set when ormplay is open in another tab of this browser too (each keeps its own work).
    pub other_tab: RwSignal<Option<String>>,
    /// The maximised pane ("diagram", "output", "tables", "models", "script", "lesson"), if any.
    pub maximized: RwSignal<Option<&'static str>>,
    /// Whether the `?` shortcut sheet is open.
    pub shortcuts_open: RwSignal<bool>,
    /// Whether the lesson text is shown (collapsed, only its title bar is).
    pub lesson_open: RwSignal<bool>,
    /// The chosen tab of the run pane ("output" or "sql") and of the data pane ("tables" or "console").
    pub run_tab: RwSignal<&'static str>,
    /// The step the run timeline shows (clamped to the last run's steps).
    pub timeline_step: RwSignal<usize>,
    /// A line clicked while the timeline was still on its way from the runtime: selected when it lands,
    /// so a quick click is not lost.
    pub pending_line: StoredValue<Option<(FileId, u32)>>,
    pub data_tab: RwSignal<&'static str>,
    /// The banner message.
    pub notice: RwSignal<Option<Notice>>,
    /// How many of the two editors are set up (CodeMirror created, or the plain fallback shown): the
    /// banner waits for both, so a notice about the loaded code never shows before the code is in them.
    pub editors_up: RwSignal<u8>,
    /// The Share button's confirmation ("Link copied").
    pub share_status: RwSignal<Option<String>>,
    /// Work a link (or a lesson) replaced, kept so the person can go back to it.
    pub previous: RwSignal<Option<PlaygroundState>>,
    /// The models.py line the person points at (hover or cursor), 0 for none.
    pub models_line: RwSignal<u32>,
    /// The models.py lines of the relationships behind the timeline step shown (their diagram edges
    /// light up); empty when the timeline is closed.
    pub cause_lines: RwSignal<Vec<u32>>,
    /// Every table of the runtime's database with its rows, as last reported (after a run or console SQL).
    pub tables: RwSignal<Vec<TableSnapshot>>,
    /// The SQL console's last run.
    pub console: RwSignal<Vec<ConsoleEntry>>,
    /// The Python console's transcript since the last run.
    pub py_console: RwSignal<Vec<crate::pyconsole::ConsoleInput>>,
    /// The texts of the last run, so an unchanged edit does not run twice.
    pub last_run: StoredValue<(String, String)>,
    runtime: StoredValue<Option<Rc<Runtime>>, LocalStorage>,
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
            run: RwSignal::new(None),
            last_good: StoredValue::new(None),
            trace: RwSignal::new(None),
            running: RwSignal::new(false),
            rerun: StoredValue::new(false),
            loading: RwSignal::new(Loading::default()),
            save_problem: RwSignal::new(None),
            other_tab: RwSignal::new(None),
            maximized: RwSignal::new(None),
            shortcuts_open: RwSignal::new(false),
            lesson_open: RwSignal::new(true),
            run_tab: RwSignal::new("output"),
            timeline_step: RwSignal::new(0),
            pending_line: StoredValue::new(None),
            data_tab: RwSignal::new("tables"),
            notice: RwSignal::new(None),
            editors_up: RwSignal::new(0),
            share_status: RwSignal::new(None),
            previous: RwSignal::new(None),
            models_line: RwSignal::new(0),
            cause_lines: RwSignal::new(Vec::new()),
            tables: RwSignal::new(Vec::new()),
            console: RwSignal::new(Vec::new()),
            py_console: RwSignal::new(Vec::new()),
            last_run: StoredValue::new((String::new(), String::new())),
            runtime: StoredValue::new_local(None),
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

    /// Whether the editors hold something other than the lesson the work started from (tracked).
    pub fn lesson_edited(&self) -> bool {
        let Some(lesson) = self.example.with(|e| e.as_deref().and_then(crate::gallery::find)) else { return false };
        self.models.with(|m| m != lesson.models) || self.script.with(|s| s != lesson.script)
    }

    /// The shareable state for a link: the lesson is named only when the code is the lesson's.
    pub fn link_snapshot(&self) -> PlaygroundState {
        let mut snapshot = self.snapshot();
        if untrack(|| self.lesson_edited()) {
            snapshot.example = None;
        }
        snapshot
    }

    pub fn set_runtime(&self, runtime: Rc<Runtime>) {
        self.runtime.set_value(Some(runtime));
    }

    /// The runtime worker (started by `App` before anything asks for it).
    pub fn runtime(&self) -> Option<Rc<Runtime>> {
        self.runtime.with_value(Clone::clone)
    }
}

/// The shared state, from context (provided by `App`). A component mounted outside `App` is a bug:
/// it panics at once (a fresh default state would silently show nothing and keep nothing).
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
