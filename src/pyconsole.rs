//! The Python console: lines a learner types after a run, evaluated in that run's interpreter, globals,
//! sessions and database, as the interactive interpreter (`python -i script.py`) would.
//!
//! [`crate::run::run_for_console`] hands over the run's interpreter without closing anything: the
//! script's session keeps its identity map, pending objects and open transaction, so `session.new`,
//! `alice.children` (a lazy load, if it was not loaded) and `session.rollback()` behave exactly as they
//! would at the end of the script. Each input is compiled in interactive mode ([`crate::ir::interactive`]):
//! an expression statement displays its repr. What an input did comes back as pieces in order, the SQL
//! each top-level statement sent before what it printed, and a Python traceback naming `<console>`.
//! Every input gets a fresh step budget; the memory budget is the run's, still counting.

use crate::eval::value::Module;
use crate::eval::{Interp, Value};
use crate::orm::{LogEntry, Orm};
use crate::program::{Failure, failure, parse_failure};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// The name tracebacks give console input.
pub const CONSOLE_FILE: &str = "<console>";

/// Something one input produced, in the order it happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Piece {
    /// Text written to stdout (`print`, and the repr an expression statement displays).
    Output { text: String },
    /// A statement, BEGIN, COMMIT or ROLLBACK the ORM sent (SQLAlchemy's echo text is
    /// [`LogEntry::echo_text`]).
    Sql { entry: LogEntry },
}

/// One input and what came of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsoleInput {
    pub input: String,
    pub pieces: Vec<Piece>,
    /// The exception that escaped the input (its traceback names `<console>` and shows the line).
    pub error: Option<Failure>,
}

/// A finished run's interpreter, kept to evaluate console input.
pub struct PyConsole {
    interp: Interp,
    orm: Rc<Orm>,
    globals: Rc<Module>,
    /// The last log entry already reported (run-wide sequence numbers).
    seen: Option<u64>,
}

impl PyConsole {
    /// Wraps a finished run's interpreter (see [`crate::run::run_for_console`]).
    pub fn new(interp: Interp, orm: Rc<Orm>, globals: Rc<Module>) -> PyConsole {
        // The run's own SQL is not the console's: only entries logged after it are new. (Each engine
        // appends in sequence order, so the newest is the highest of the engines' last entries.)
        let seen = orm.engines.borrow().iter().filter_map(|engine| engine.log.borrow().last().map(|e| e.seq)).max();
        PyConsole { interp, orm, globals, seen }
    }

    /// Evaluates one input (one or more lines of Python).
    pub fn eval(&mut self, source: &str) -> ConsoleInput {
        let mut pieces = Vec::new();
        let error = match crate::python::parse(source) {
            Err(problems) if !problems.is_empty() => Some(parse_failure(source, CONSOLE_FILE, &problems)),
            Err(_) => None,
            Ok(mut module) => {
                crate::ir::interactive(&mut module);
                let file = self.interp.add_file(CONSOLE_FILE, source);
                self.interp.reset_budget();
                let mut error = None;
                // Statement by statement, so each one's SQL is shown before what it printed.
                for stmt in module.body {
                    let one = crate::ir::Module { body: vec![stmt] };
                    let result = self.interp.run_module(&one, &self.globals, file);
                    self.collect(&mut pieces);
                    if let Err(exc) = result {
                        error = Some(failure(&mut self.interp, &exc));
                        break;
                    }
                }
                error
            }
        };
        self.collect(&mut pieces);
        ConsoleInput { input: source.to_string(), pieces, error }
    }

    /// Runs `f` on the database of the run's last engine (what the SQL console queries while the
    /// Python console lives, so both see one database); `None` if the run created no engine.
    pub fn with_database<R>(&self, f: impl FnOnce(&mut crate::db::Database) -> R) -> Option<R> {
        let engines = self.orm.engines.borrow();
        let engine = engines.last()?;
        let mut db = engine.db.try_borrow_mut().ok()?;
        Some(f(&mut db))
    }

    /// How many engines the run created.
    pub fn engine_count(&self) -> usize {
        self.orm.engines.borrow().len()
    }

    /// A global of the console's namespace (for tests).
    pub fn global(&self, name: &str) -> Option<Value> {
        self.globals.get(name)
    }

    /// SQL then output produced since the last call, appended to `pieces`.
    fn collect(&mut self, pieces: &mut Vec<Piece>) {
        pieces.extend(self.new_sql().into_iter().map(|entry| Piece::Sql { entry }));
        let text = self.interp.take_output();
        if !text.is_empty() {
            match pieces.last_mut() {
                Some(Piece::Output { text: last }) => last.push_str(&text),
                _ => pieces.push(Piece::Output { text }),
            }
        }
    }

    /// Log entries of every engine logged since the last call, in the order they were logged.
    fn new_sql(&mut self) -> Vec<LogEntry> {
        let seen = self.seen;
        let mut fresh: Vec<LogEntry> = Vec::new();
        for engine in self.orm.engines.borrow().iter() {
            let log = engine.log.borrow();
            // Entries are appended in sequence order: only the tail can be new.
            let start = log.iter().rposition(|e| Some(e.seq) <= seen).map_or(0, |i| i + 1);
            fresh.extend(log[start..].iter().cloned());
        }
        fresh.sort_by_key(|e| e.seq);
        if let Some(last) = fresh.last() {
            self.seen = Some(last.seq);
        }
        fresh
    }
}

impl Drop for PyConsole {
    fn drop(&mut self) {
        // The console is over: its namespace is freed without recursion and without leaving cycles.
        crate::eval::teardown::break_cycles(vec![crate::eval::Value::Module(self.globals.clone())]);
    }
}

#[cfg(test)]
mod tests;
