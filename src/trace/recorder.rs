//! The [`Recorder`]: cuts a run into [`Step`]s as it executes and fills each one in.
//!
//! The evaluator calls [`Recorder::statement`] before every statement (through
//! [`StatementTracer`]). On every call the recorder moves the SQL logged and the text printed since the
//! last call into the open step, so the two interleave the way a terminal shows `echo=True` (within one
//! statement, its SQL comes before its output: `print(query.all())` runs the query first). A
//! module-level statement outside the open step's span closes it and opens the next one; a statement
//! inside it that starts at or before the previous one means a loop went round again, and opens a step
//! for the new iteration. Closing a step diffs the tables (only if the step wrote something) and
//! describes the sessions.

use super::diff::diff;
use super::{CauseLog, Entry, MAX_STEPS, Marker, Step, TableDiff, Trace};
use crate::db::KeyedTable;
use crate::eval::StatementTracer;
use crate::eval::value::{Instance, Module};
use crate::orm::{LogEntry, LogKind, Orm, Phase};
use crate::source::{FileId, LineIndex, Span};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// Records the timeline of one run (see the module docs).
pub struct Recorder {
    orm: Rc<Orm>,
    globals: Rc<Module>,
    causes: Rc<CauseLog>,
    state: RefCell<State>,
}

/// A source file the run executes: the interpreter's index, which editor, its text's line starts.
struct File {
    index: usize,
    id: FileId,
    text: String,
    lines: LineIndex,
}

#[derive(Default)]
struct State {
    files: Vec<File>,
    trace: Trace,
    open: Option<Open>,
    /// Each engine's tables as of the last diff.
    tables: Vec<Vec<KeyedTable>>,
    /// Objects met so far (to show them detached later).
    seen: Vec<Weak<Instance>>,
    /// How many log entries of each engine are in steps already.
    logged: Vec<usize>,
    /// How many bytes of output are in steps already.
    printed: usize,
}

/// The step being recorded.
struct Open {
    file: usize,
    span: Span,
    iteration: Option<u32>,
    /// Where the last statement nested in it started (a loop body restarting goes back).
    nested: Option<u32>,
    entries: Vec<Entry>,
}

impl Recorder {
    /// Attaches a recorder (and the ORM's [`CauseLog`]) to an interpreter whose program runs in
    /// `globals`.
    pub fn install(interp: &mut crate::eval::Interp, orm: Rc<Orm>, globals: Rc<Module>) -> Rc<Recorder> {
        let causes = Rc::new(CauseLog::default());
        interp.add_extension(causes.clone());
        let recorder = Rc::new(Recorder { orm, globals, causes, state: RefCell::default() });
        interp.tracer = Some(recorder.clone());
        recorder
    }

    /// Tells the recorder which editor the interpreter's file `index` is.
    pub fn add_file(&self, index: usize, id: FileId, text: &str) {
        let file = File { index, id, text: text.to_string(), lines: LineIndex::new(text) };
        self.state.borrow_mut().files.push(file);
    }

    /// Ends the run: the open step is closed, and marked with the run's error if there is one.
    pub fn finish(&self, out: &str, error: Option<String>) -> Trace {
        let Ok(mut state) = self.state.try_borrow_mut() else { return Trace::default() };
        self.collect(&mut state, out);
        let raised_in_last = state.open.is_some();
        self.close(&mut state);
        if raised_in_last
            && let Some(error) = error
            && let Some(last) = state.trace.steps.last_mut()
        {
            last.error = Some(error);
        }
        std::mem::take(&mut state.trace)
    }

    /// Moves the SQL logged and the output printed since the last call into the open step.
    fn collect(&self, state: &mut State, out: &str) {
        let Some(open) = state.open.as_mut() else {
            // Nothing before the first statement belongs to a step.
            state.printed = out.len();
            return;
        };
        let engines = self.orm.engines.borrow();
        state.logged.resize(engines.len(), 0);
        let mut fresh: Vec<LogEntry> = Vec::new();
        for (engine, done) in engines.iter().zip(state.logged.iter_mut()) {
            if let Ok(log) = engine.log.try_borrow()
                && log.len() > *done
            {
                fresh.extend(log.iter().skip(*done).cloned());
                *done = log.len();
            }
        }
        if engines.len() > 1 {
            fresh.sort_by_key(|e| e.seq);
        }
        open.entries.extend(fresh.into_iter().map(Entry::Sql));
        if out.len() > state.printed {
            let text = out.get(state.printed..).unwrap_or_default().to_string();
            open.entries.push(Entry::Output { text });
            state.printed = out.len();
        } else if out.len() < state.printed {
            state.printed = out.len();
        }
    }

    /// Closes the open step: keeps it (with its markers, diffs and objects) if it belongs in the
    /// timeline.
    fn close(&self, state: &mut State) {
        let Some(open) = state.open.take() else { return };
        let Some(file) = state.files.iter().find(|f| f.index == open.file) else { return };
        let wrote = open.entries.iter().any(|e| matches!(e, Entry::Sql(entry) if writes(entry).is_some()));
        // Script statements are steps; models statements and loop iterations only when they did something.
        let always = file.id == FileId::Script && open.iteration.is_none_or(|n| n == 1);
        if !always && open.entries.is_empty() {
            return;
        }
        state.trace.total_steps += 1;
        if state.trace.steps.len() >= MAX_STEPS {
            state.trace.capped = true;
            return;
        }
        let line = file.lines.line_col(&file.text, open.span.start).line;
        let id = file.id;
        let diffs = if wrote {
            let rows_only =
                open.entries.iter().all(|e| !matches!(e, Entry::Sql(entry) if writes(entry) == Some(Write::Other)));
            self.refresh(&mut state.tables, rows_only)
        } else {
            Vec::new()
        };
        let objects = self.orm.sessions_view(&self.globals, &mut state.seen);
        state.trace.steps.push(Step {
            file: id,
            span: open.span,
            line,
            iteration: open.iteration,
            markers: markers(&open.entries),
            entries: open.entries,
            diffs,
            objects,
            error: None,
        });
    }

    /// Re-reads the tables that changed and diffs them against `tables`, which it updates: after a
    /// step that only changed rows, those its engine noted; otherwise (DDL, a rollback, an engine not yet
    /// watched) all of them. A second engine's tables are named `table (engine 2)`.
    fn refresh(&self, tables: &mut Vec<Vec<KeyedTable>>, rows_only: bool) -> Vec<TableDiff> {
        let mut diffs = Vec::new();
        let engines = self.orm.engines.borrow();
        tables.resize(engines.len(), Vec::new());
        for ((n, engine), known) in engines.iter().enumerate().zip(tables.iter_mut()) {
            let Ok(mut db) = engine.db.try_borrow_mut() else { continue };
            let changed = db.take_changed_tables().filter(|_| rows_only);
            // Without the hook (a failure to install it) every step reads every table: slower, not wrong.
            let _ = db.watch_tables();
            let mut found = match changed {
                None => {
                    let fresh = db.snapshot_keyed();
                    let found = diff(known, &fresh, &self.causes);
                    *known = fresh;
                    found
                }
                Some(names) => {
                    let fresh: Vec<KeyedTable> = names.iter().map(|name| db.snapshot_table(name)).collect();
                    let before: Vec<KeyedTable> = known.iter().filter(|t| names.contains(&t.name)).cloned().collect();
                    let found = diff(&before, &fresh, &self.causes);
                    known.retain(|t| !names.contains(&t.name));
                    known.extend(fresh);
                    known.sort_by(|a, b| a.name.cmp(&b.name));
                    found
                }
            };
            if n > 0 {
                for d in &mut found {
                    d.table = format!("{} (engine {})", d.table, n + 1);
                }
            }
            diffs.extend(found);
        }
        diffs
    }
}

impl StatementTracer for Recorder {
    fn statement(&self, out: &str, file: usize, span: Span, module_level: bool) {
        // A statement run while the recorder itself is busy cannot happen (it runs no user code); never
        // panic if it did.
        let Ok(mut state) = self.state.try_borrow_mut() else { return };
        self.collect(&mut state, out);
        if !module_level {
            return;
        }
        let next = match state.open.as_mut() {
            Some(open) if open.file == file && open.span.start <= span.start && span.end <= open.span.end => {
                let restarted = open.nested.is_some_and(|last| span.start <= last);
                open.nested = Some(span.start);
                if !restarted {
                    return;
                }
                let n = open.iteration.unwrap_or(1);
                open.iteration = Some(n);
                Open { file, span: open.span, iteration: Some(n + 1), nested: Some(span.start), entries: Vec::new() }
            }
            _ => Open { file, span, iteration: None, nested: None, entries: Vec::new() },
        };
        self.close(&mut state);
        state.open = Some(next);
    }
}

/// How a log entry may have changed the database.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Write {
    /// INSERT / UPDATE / DELETE / REPLACE: rows of the tables SQLite's hook notes.
    Rows,
    /// Anything else but a query: DDL, a rollback, a savepoint, raw SQL.
    Other,
}

/// Whether (and how) a log entry may have changed rows or tables.
fn writes(entry: &LogEntry) -> Option<Write> {
    match &entry.kind {
        LogKind::Rollback => Some(Write::Other),
        LogKind::Begin | LogKind::Commit => None,
        LogKind::Statement { .. } => {
            let word: String = entry.sql.trim_start().chars().take_while(char::is_ascii_alphabetic).collect();
            let is = |w: &str| word.eq_ignore_ascii_case(w);
            if is("SELECT") || is("PRAGMA") {
                None
            } else if is("INSERT") || is("UPDATE") || is("DELETE") || is("REPLACE") {
                Some(Write::Rows)
            } else {
                Some(Write::Other)
            }
        }
    }
}

/// A step's flushes (one per log group of flush statements), commits and rollbacks, in order.
fn markers(entries: &[Entry]) -> Vec<Marker> {
    let mut markers = Vec::new();
    let mut last_flush = None;
    for entry in entries {
        let Entry::Sql(e) = entry else { continue };
        match e.kind {
            LogKind::Commit => markers.push(Marker::Commit),
            LogKind::Rollback => markers.push(Marker::Rollback),
            _ if e.phase == Phase::Flush && last_flush != Some(e.group) => {
                last_flush = Some(e.group);
                markers.push(Marker::Flush);
            }
            _ => {}
        }
    }
    markers
}
