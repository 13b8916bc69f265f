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
use super::{CauseLog, Entry, MAX_STEPS, Marker, Step, Trace};
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
    /// The tables as of the last diff (every engine's, in engine order).
    tables: Vec<KeyedTable>,
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
        let wrote = open.entries.iter().any(|e| matches!(e, Entry::Sql(entry) if writes(entry)));
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
            let tables = self.tables();
            let diffs = diff(&state.tables, &tables, &self.causes);
            state.tables = tables;
            diffs
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

    /// Every engine's tables; those of a second engine and later are named `table (engine N)`.
    fn tables(&self) -> Vec<KeyedTable> {
        let mut all = Vec::new();
        for (n, engine) in self.orm.engines.borrow().iter().enumerate() {
            let Ok(mut db) = engine.db.try_borrow_mut() else { continue };
            let mut tables = db.snapshot_keyed();
            if n > 0 {
                for t in &mut tables {
                    t.name = format!("{} (engine {})", t.name, n + 1);
                }
            }
            all.extend(tables);
        }
        all
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

/// Whether a log entry may have changed rows or tables (anything but a query, and a rollback).
fn writes(entry: &LogEntry) -> bool {
    match &entry.kind {
        LogKind::Rollback => true,
        LogKind::Begin | LogKind::Commit => false,
        LogKind::Statement { .. } => {
            let word: String = entry.sql.trim_start().chars().take_while(char::is_ascii_alphabetic).collect();
            !(word.eq_ignore_ascii_case("SELECT") || word.eq_ignore_ascii_case("PRAGMA"))
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
