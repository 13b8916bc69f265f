//! Running a models + script pair end to end — what the Run button and `ormplay run` do.
//!
//! The models file and the script run as one program (`models.py + script.py`, as the conformance
//! contract says) in one namespace, each keeping its own name and lines for tracebacks. The result is
//! plain data: printed output, the uncaught exception if any, the SQL log, and the committed tables of
//! every engine the program created.

use crate::db::TableSnapshot;
use crate::eval::{Interp, Limits, Value};
use crate::orm::{LogEntry, Orm};
use crate::program::{Failure, failure, parse_failure};
use serde::Serialize;
use std::rc::Rc;

#[derive(Debug, Clone, Serialize)]
pub struct RunOutput {
    pub stdout: String,
    pub error: Option<Failure>,
    /// Which file the error is in: "models" or "script".
    pub error_file: Option<&'static str>,
    pub tables: Vec<TableSnapshot>,
    pub sql_log: Vec<LogEntry>,
}

pub fn run(models: &str, script: &str) -> RunOutput {
    run_with(models, script, Limits::default())
}

pub fn run_with(models: &str, script: &str, limits: Limits) -> RunOutput {
    let mut interp = Interp::new();
    interp.limits = limits;
    let orm = crate::orm::install(&mut interp);
    let globals = Rc::new(crate::eval::value::Module::new("__main__"));
    globals.set("__name__", Value::str("__main__"));
    let mut error = None;
    let mut error_file = None;
    for (name, source, label) in [("models.py", models, "models"), ("script.py", script, "script")] {
        let module = match crate::python::parse(source) {
            Ok(m) => m,
            Err(problems) => {
                error = Some(parse_failure(source, name, &problems));
                error_file = Some(label);
                break;
            }
        };
        let file = interp.add_file(name, source);
        if let Err(exc) = interp.run_module(&module, &globals, file) {
            error = Some(failure(&mut interp, &exc));
            error_file = Some(if interp.exception_origin(&exc).is_some_and(|(f, _)| f == file) { label } else { "models" });
            break;
        }
    }
    finish(&mut interp, &orm, error, error_file)
}

fn finish(interp: &mut Interp, orm: &Rc<Orm>, error: Option<Failure>, error_file: Option<&'static str>) -> RunOutput {
    orm.close_all();
    let mut tables = Vec::new();
    let mut sql_log = Vec::new();
    for engine in orm.engines.borrow().iter() {
        tables.extend(engine.db.borrow().committed().snapshot());
        sql_log.extend(engine.log.borrow().iter().cloned());
    }
    RunOutput { stdout: std::mem::take(&mut interp.out), error, error_file, tables, sql_log }
}

/// The result in the conformance contract's shape: `{"stdout", "tables", "error"}`.
pub fn conformance_json(output: &RunOutput) -> serde_json::Value {
    let mut tables = serde_json::Map::new();
    for t in &output.tables {
        tables.insert(t.name.clone(), serde_json::json!({ "columns": t.columns, "rows": t.rows }));
    }
    serde_json::json!({
        "stdout": output.stdout,
        "tables": tables,
        "error": output.error.as_ref().map(|e| e.class.clone()),
    })
}
