//! Running a models + script pair end to end — what the Run button and `ormplay run` do.
//!
//! The models file and the script run as one program (`models.py + script.py`, as the conformance
//! contract says) in one namespace, each keeping its own name and lines for tracebacks. The result is
//! plain data: printed output, the uncaught exception if any, the SQL log, and the committed tables of
//! every engine the program created.

use crate::db::{Database, TableSnapshot};
use crate::diagram::DiagramModel;
use crate::eval::{Interp, Limits, StatementProbe, Value};
use crate::orm::describe::TableInfo;
use crate::orm::{LogEntry, Orm};
use crate::program::{Failure, failure, parse_failure};
use crate::pyconsole::PyConsole;
use crate::source::{Diagnostic, DiagnosticKind, FileId, FileText, LocatedDiagnostic, Severity, Span};
use crate::trace::recorder::Recorder;
use serde::Serialize;
use std::rc::Rc;

mod parsed;

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct RunOutput {
    pub stdout: String,
    pub error: Option<Failure>,
    /// Which file the error is in.
    pub error_file: Option<FileId>,
    pub tables: Vec<TableSnapshot>,
    pub sql_log: Vec<LogEntry>,
    /// The models' tables with their columns and relationship attributes.
    pub schema: Vec<TableInfo>,
    pub diagram: DiagramModel,
    /// Errors and warnings located in the models or the script, for the diagnostics list and the editors.
    pub diagnostics: Vec<LocatedDiagnostic>,
    /// The run timeline, when the run was traced ([`run_traced`], or the page with the timeline on).
    #[serde(default)]
    pub trace: Option<crate::trace::Trace>,
}

pub fn run(models: &str, script: &str) -> RunOutput {
    run_with(models, script, Limits::default())
}

pub fn run_with(models: &str, script: &str, limits: Limits) -> RunOutput {
    run_full(models, script, limits).0
}

/// [`run_with`], recording the run timeline into [`RunOutput::trace`]. Recording does not change the
/// result.
pub fn run_traced(models: &str, script: &str, limits: Limits) -> RunOutput {
    run_probed(models, script, limits, None, true).0
}

/// Runs the models alone (no script), as `ormplay ddl` / `ormplay diagram` do; the registries come back
/// too, for the DDL text.
pub fn run_models(models: &str) -> (RunOutput, Vec<crate::orm::RegistryRef>) {
    let (output, registries, _) = run_full(models, "", Limits::default());
    (output, registries)
}

/// [`run_with`], plus the committed database of the last engine the program created (its connection,
/// after the run's open transactions were rolled back; `None` if it created none): the page's SQL console
/// queries it, so people can explore the run's rows. `probe`, if any, sees every statement (see
/// [`StatementProbe`]).
pub fn run_for_page(
    models: &str,
    script: &str,
    limits: Limits,
    probe: Option<StatementProbe>,
    trace: bool,
) -> (RunOutput, Option<Database>) {
    let (output, _, database) = run_probed(models, script, limits, probe, trace);
    (output, database)
}

/// A run plus the declarative registries it built and the last engine's committed database.
pub fn run_full(
    models: &str,
    script: &str,
    limits: Limits,
) -> (RunOutput, Vec<crate::orm::RegistryRef>, Option<Database>) {
    run_probed(models, script, limits, None, false)
}

fn run_probed(
    models: &str,
    script: &str,
    limits: Limits,
    probe: Option<StatementProbe>,
    trace: bool,
) -> (RunOutput, Vec<crate::orm::RegistryRef>, Option<Database>) {
    let live = run_live(models, script, limits, probe, trace, End::Close);
    // The last engine's connection, now holding only committed data, moves to the caller.
    let database = live.orm.engines.borrow().last().and_then(|e| Database::new().ok().map(|fresh| e.db.replace(fresh)));
    // The run is over: its namespace is freed without recursion and without leaving cycles behind.
    crate::eval::teardown::break_cycles(vec![crate::eval::Value::Module(live.globals.clone())]);
    (live.output, live.registries, database)
}

/// A page run whose interpreter stays alive for the Python console ([`PyConsole`]): like
/// [`run_for_page`], except that nothing is closed at the end. A script's open transaction stays open
/// and its objects keep their states, as `python -i script.py` leaves them, so the console continues
/// the script; the tables are the database as the script's connection sees it (the same as the
/// committed data unless the script left flushed changes uncommitted).
pub fn run_for_console(
    models: &str,
    script: &str,
    limits: Limits,
    probe: Option<StatementProbe>,
    trace: bool,
) -> (RunOutput, PyConsole) {
    let live = run_live(models, script, limits, probe, trace, End::KeepOpen);
    let console = PyConsole::new(live.interp, live.orm, live.globals);
    (live.output, console)
}

/// How a run ends: as a process exits (generators closed, open transactions rolled back: what a new
/// connection would see), or kept open for a console that continues it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    Close,
    KeepOpen,
}

/// A finished run and the interpreter that ran it.
struct Live {
    output: RunOutput,
    registries: Vec<crate::orm::RegistryRef>,
    interp: Interp,
    orm: Rc<Orm>,
    globals: Rc<crate::eval::value::Module>,
}

fn run_live(models: &str, script: &str, limits: Limits, probe: Option<StatementProbe>, trace: bool, end: End) -> Live {
    let mut interp = Interp::new();
    interp.limits = limits;
    interp.statement_probe = probe;
    let orm = crate::orm::install(&mut interp);
    let globals = Rc::new(crate::eval::value::Module::new("__main__"));
    let recorder = trace.then(|| Recorder::install(&mut interp, orm.clone(), globals.clone()));
    globals.set("__name__", Value::str("__main__"));
    let mut error = None;
    let mut error_file = None;
    let mut diagnostics = Vec::new();
    let sources = [(models, FileId::Models), (script, FileId::Script)];
    // The models as parsed and run (the interpreter's file index and IR), for the schema and the linter.
    let mut models_run: Option<(usize, Rc<crate::ir::Module>)> = None;
    for (name, source, id) in [("models.py", models, FileId::Models), ("script.py", script, FileId::Script)] {
        let module = match parsed::parse(id, source) {
            Ok(m) => m,
            Err(problems) => {
                error = Some(parse_failure(source, name, &problems));
                error_file = Some(id);
                for p in &problems {
                    let d = Diagnostic {
                        severity: Severity::Error,
                        kind: p.kind.into(),
                        message: p.message.clone(),
                        file: id,
                        span: p.span,
                        help: None,
                    };
                    diagnostics.push(d.locate(source));
                }
                break;
            }
        };
        let file = interp.add_file(name, source);
        if let Some(recorder) = &recorder {
            recorder.add_file(file, id, source);
        }
        let result = interp.run_module(&module, &globals, file);
        if id == FileId::Models {
            models_run = Some((file, module));
        }
        if let Err(exc) = result {
            let f = failure(&mut interp, &exc);
            let origin = interp.exception_origin(&exc);
            let (origin_id, span) = match origin {
                Some((f_index, span)) if f_index == file => (id, span),
                Some((_, span)) if id == FileId::Script => (FileId::Models, span),
                Some((_, span)) => (id, span),
                None => (id, Span::default()),
            };
            error_file = Some(origin_id);
            let text = sources.iter().find(|(_, i)| *i == origin_id).map_or("", |(t, _)| *t);
            let d = Diagnostic {
                severity: Severity::Error,
                kind: DiagnosticKind::Exception(f.class.clone()),
                message: f.message.clone(),
                file: origin_id,
                span,
                help: None,
            };
            diagnostics.push(d.locate(text));
            error = Some(f);
            break;
        }
    }
    if end == End::Close {
        interp.close_generators();
    }
    let trace = recorder.map(|recorder| {
        interp.tracer = None;
        interp.flush_queued_output();
        recorder.finish(&interp.out, error.as_ref().map(|e| format!("{}: {}", e.class, e.message)))
    });
    let models_text = FileText::new(models_run.as_ref().map(|(file, _)| *file), models);
    let mut output = finish(&mut interp, &orm, &models_text, error, error_file, end);
    output.diagnostics = diagnostics;
    output.trace = trace;
    let registries = orm.registries.borrow().clone();
    crate::lint::check(&models_text, models_run.as_ref().map(|(_, m)| &**m), &registries, &mut output.diagnostics);
    Live { output, registries, interp, orm, globals }
}

fn finish(
    interp: &mut Interp,
    orm: &Rc<Orm>,
    models: &FileText<'_>,
    error: Option<Failure>,
    error_file: Option<FileId>,
    end: End,
) -> RunOutput {
    if end == End::Close {
        orm.close_all();
    }
    let mut tables = Vec::new();
    let mut sql_log = Vec::new();
    let engines = orm.engines.borrow();
    for (n, engine) in engines.iter().enumerate() {
        // Engines on one SQLite file share its database: its tables are listed once.
        if !engines[..n].iter().any(|e| Rc::ptr_eq(&e.db, &engine.db)) {
            tables.extend(engine.db.borrow_mut().snapshot());
        }
        sql_log.extend(engine.log.borrow().iter().cloned());
    }
    drop(engines);
    // Entries of several engines, in the order they were logged.
    sql_log.sort_by_key(|e: &LogEntry| e.seq);
    let mut schema = Vec::new();
    let mut diagram = DiagramModel::default();
    // A registry can be listed twice (its base and its MetaData both register it): describe it once.
    let mut registries = Vec::new();
    for registry in orm.registries.borrow().iter() {
        if !registries.iter().any(|seen| Rc::ptr_eq(seen, registry)) {
            registries.push(registry.clone());
        }
    }
    for registry in registries {
        // Configure what can be configured, so relationships show even if the script never used them.
        let _ = orm.configure(interp, &registry);
        let reg = registry.borrow();
        schema.extend(crate::orm::describe::schema(&reg, models));
        let model = crate::orm::describe::diagram_model(&reg, models);
        diagram.entities.extend(model.entities);
        diagram.edges.extend(model.edges);
    }
    RunOutput {
        stdout: interp.take_output(),
        error,
        error_file,
        tables,
        sql_log,
        schema,
        diagram,
        diagnostics: Vec::new(),
        trace: None,
    }
}

/// The result in the conformance contract's shape: `{"stdout", "tables", "error"}`. Values are what
/// SQLite stored, read the way the declared column type means them: a `BOOLEAN` column's 1 is `true`.
pub fn conformance_json(output: &RunOutput) -> serde_json::Value {
    let mut tables = serde_json::Map::new();
    for t in &output.tables {
        let rows: Vec<Vec<serde_json::Value>> = t
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .enumerate()
                    .map(|(i, cell)| match (cell, t.types.get(i).map(|ty| ty.eq_ignore_ascii_case("BOOLEAN"))) {
                        (crate::db::Cell::Integer(n), Some(true)) => serde_json::Value::Bool(*n != 0),
                        _ => serde_json::to_value(cell).unwrap_or(serde_json::Value::Null),
                    })
                    .collect()
            })
            .collect();
        tables.insert(t.name.clone(), serde_json::json!({ "columns": t.columns, "rows": rows }));
    }
    serde_json::json!({
        "stdout": output.stdout,
        "tables": tables,
        "error": output.error.as_ref().map(|e| e.class.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_run_describes_each_table_once_and_hands_over_the_committed_rows() {
        let lesson = crate::gallery::first_visit();
        let (output, database) = run_for_page(lesson.models, lesson.script, Limits::default(), None, false);
        let mut database = database.expect("the lesson creates an engine");
        assert!(output.error.is_none(), "{:?}", output.error);
        let names: Vec<&str> = output.schema.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["parent", "child"]);
        assert_eq!(output.diagram.entities.len(), 2);
        let tables = database.snapshot();
        let parent = tables.iter().find(|t| t.name == "parent").expect("parent table in the handed-over database");
        assert_eq!(parent.rows.len(), 1);
    }

    /// The typed fields serialise as the names the page and the checkers have always read.
    #[test]
    fn kinds_serialise_as_their_names() {
        let lesson = crate::gallery::first_visit();
        let script = format!("{}\nraise ValueError('stop')\n", lesson.script);
        let json = serde_json::to_value(run(lesson.models, &script)).unwrap_or_default();
        assert_eq!(json["error_file"], "script");
        assert_eq!(json["diagnostics"][0]["diagnostic"]["kind"], "ValueError");
        assert_eq!(json["schema"][0]["relationships"][0]["direction"], "one-to-many");
        let entries = || json["sql_log"].as_array().into_iter().flatten();
        let phases: Vec<&str> = entries().filter_map(|e| e["phase"].as_str()).collect();
        for phase in ["ddl", "transaction", "flush", "query"] {
            assert!(phases.contains(&phase), "{phase} in {phases:?}");
        }
        // Externally tagged: a unit variant is its name, one with fields an object keyed by it.
        let kinds: Vec<&str> = entries()
            .filter_map(|e| e["kind"].as_str().or_else(|| e["kind"].as_object()?.keys().next().map(String::as_str)))
            .collect();
        for kind in ["begin", "statement", "commit"] {
            assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
        }
        let broken = serde_json::to_value(run("x = (", "")).unwrap_or_default();
        assert_eq!(
            (&broken["error_file"], &broken["diagnostics"][0]["diagnostic"]["kind"]),
            (&"models".into(), &"SyntaxError".into())
        );
    }
}
