//! Running the two files: the Run and Stop buttons, and a debounced re-run after every edit.
//!
//! A run happens in the runtime worker (`ui/runtime.rs`): the page sends the texts and shows the run
//! data that comes back, so the page never freezes, whatever the code does. One run is in flight at a
//! time; asking again meanwhile queues one more run of whatever the editors hold when it ends. Before
//! a run starts, its code is marked "running" in storage and after a clean answer "ran cleanly"
//! (`ui/persist.rs`), so code that crashed or froze is never run again by itself at start-up.
//!
//! A fatal error (a trap in the runtime's wasm) or Stop ends the run without run data: the page shows
//! what happened at the statement that was running (the worker reports it) and keeps the last
//! diagram, and the runtime is replaced by a fresh one with an empty database.

use std::time::Duration;

use leptos::prelude::*;

use super::persist;
use super::runtime::{FatalReport, Reply};
use super::state::{AppState, GoodRun, PageRun, RunEnd};
use crate::program::Failure;
use crate::run::RunOutput;
use crate::source::{Diagnostic, DiagnosticKind, FileId, LineIndex, Severity, Span};
use crate::wire::{Request, Response};

/// How long typing must pause before the page re-runs: about as long as a run takes (so quick runs
/// follow the typing closely and slow ones do not pile up), between these bounds. The run happens in
/// the worker, so typing never waits for it either way.
const MIN_WAIT_MS: f64 = 40.0;
const MAX_WAIT_MS: f64 = 400.0;

fn debounce(state: AppState) -> Duration {
    let last = state.run.with_untracked(|r| r.as_ref().and_then(|r| r.elapsed_ms)).unwrap_or(MAX_WAIT_MS);
    Duration::from_millis((1.5 * last).clamp(MIN_WAIT_MS, MAX_WAIT_MS) as u64)
}

/// Runs models.py then script.py in the runtime and keeps the result, whole, as the page's run
/// (numbered one more than the last). The texts of the last run are remembered, so a debounced run
/// after an unchanged edit (an example loaded, then run at once) does no work twice.
pub fn run_now(state: AppState) {
    if state.running.get_untracked() {
        state.rerun.set_value(true);
        return;
    }
    let Some(runtime) = state.runtime() else { return };
    let models = state.models.get_untracked();
    let script = state.script.get_untracked();
    state.last_run.set_value((models.clone(), script.clone()));
    persist::mark_running(&models, &script);
    state.running.set(true);
    let started = now_ms();
    let request = Request::Run { models: models.clone(), script: script.clone() };
    runtime.request(&request, move |reply| finish(state, reply, &models, &script, started));
}

/// Stops the run in progress (the runtime is replaced; the run ends as [`RunEnd::Stopped`]).
pub fn stop(state: AppState) {
    if let Some(runtime) = state.runtime() {
        runtime.stop();
    }
}

fn finish(state: AppState, reply: Reply, models: &str, script: &str, started: Option<f64>) {
    let elapsed_ms = now_ms().zip(started).map(|(end, start)| end - start);
    // Only a run that ended without run data needs the last one (its schema and diagram stay shown):
    // cloned then, not on every run (a big schema's run data is large).
    let previous = || state.run.with_untracked(|r| r.as_ref().map(|r| r.output.clone()));
    let mut commits = Vec::new();
    let mut trace_key = 0;
    let (end, output, tables) = match reply {
        Reply::Answer(Response::Ran { output, tables, commits: lines, trace_key: key }) => {
            persist::mark_clean(models, script);
            (commits, trace_key) = (lines, key);
            (RunEnd::Finished, *output, tables)
        }
        Reply::Fatal(report) => {
            persist::mark_crashed(models, script);
            (RunEnd::Crashed, fatal_output(&report, models, script, previous()), Vec::new())
        }
        Reply::Stopped => {
            persist::mark_crashed(models, script);
            let message = "You stopped the run before it finished. The runtime was restarted fresh (its database \
                           is empty); your code is unchanged.";
            (RunEnd::Stopped, message_output("Stopped", message, previous()), Vec::new())
        }
        Reply::Unavailable(why) => {
            persist::forget_running();
            let message = format!("The code could not run: {why}. Reload the page to try again.");
            (RunEnd::Unavailable, message_output("Unavailable", &message, previous()), Vec::new())
        }
        Reply::Answer(other) => {
            persist::forget_running();
            let message = format!("The runtime answered something unexpected: {other:?}");
            (RunEnd::Unavailable, message_output("Unavailable", &message, previous()), Vec::new())
        }
    };
    let number = state.run_count() + 1;
    let parse_error = end == RunEnd::Finished && output.error.as_ref().is_some_and(Failure::is_parse_error);
    let good = state.last_good.get_value();
    let (output, stale) = match good {
        Some(good) if parse_error => {
            (commits, trace_key) = (good.commits, good.trace_key);
            (keep_last_good(good.output, output), true)
        }
        _ => {
            if end == RunEnd::Finished {
                let good = GoodRun { output: output.clone(), commits: commits.clone(), trace_key };
                state.last_good.set_value(Some(good));
            }
            (output, false)
        }
    };
    state.run.set(Some(PageRun { number, end, output, elapsed_ms, stale, commits, trace_key }));
    if !stale {
        state.tables.set(tables);
    }
    state.console.set(Vec::new());
    // The console's interpreter is the new run's now.
    state.py_console.set(Vec::new());
    state.running.set(false);
    if state.rerun.try_update_value(std::mem::take).unwrap_or(false) {
        let changed = state
            .last_run
            .with_value(|(m, s)| *m != state.models.get_untracked() || *s != state.script.get_untracked());
        if changed {
            run_now(state);
        }
    }
}

/// Half-typed code: the last good run's results, with this run's syntax error and diagnostics.
fn keep_last_good(good: RunOutput, failed: RunOutput) -> RunOutput {
    RunOutput { error: failed.error, error_file: failed.error_file, diagnostics: failed.diagnostics, ..good }
}

/// What the page shows for a run that ended without run data: the message as the traceback, and
/// the last run's schema and diagram, so the picture of the models does not vanish.
fn message_output(class: &str, message: &str, previous: Option<RunOutput>) -> RunOutput {
    let (schema, diagram) = previous.map(|p| (p.schema, p.diagram)).unwrap_or_default();
    RunOutput {
        stdout: String::new(),
        error: Some(Failure { class: class.into(), message: message.into(), traceback: message.into(), line: None }),
        error_file: None,
        tables: Vec::new(),
        sql_log: Vec::new(),
        schema,
        diagram,
        diagnostics: Vec::new(),
        trace: None,
    }
}

/// The fatal error as a located message: the statement that was running, what went wrong in words a
/// learner can act on, and the engine's own words last.
fn fatal_output(report: &FatalReport, models: &str, script: &str, previous: Option<RunOutput>) -> RunOutput {
    let what = match report.kind.as_str() {
        "stack" => "the runtime ran out of stack space: the code nests too deeply (for example recursion \
                    that passes through __repr__, __eq__ or __hash__, or very deeply nested data)"
            .to_string(),
        "memory" => "the runtime ran out of memory (or its memory was damaged)".to_string(),
        "panic" => format!("the runtime hit an internal error (a bug in ormplay, please report it): {}", report.detail),
        _ => format!("the runtime failed: {}", report.detail),
    };
    let located = match report.file {
        1 => Some((FileId::Models, "models.py", models)),
        2 => Some((FileId::Script, "script.py", script)),
        _ => None,
    };
    let mut output = message_output("FatalError", "", previous);
    let mut text = String::new();
    let mut line = None;
    if let Some((file, name, source)) = located {
        let index = LineIndex::new(source);
        let start = index.line_col(source, report.offset);
        let statement = index.line_text(source, start.line);
        let end = report.offset.saturating_add(statement.len().saturating_sub(start.column as usize - 1) as u32);
        text.push_str(&format!(
            "Fatal error at {name}, line {}:\n    {}\n",
            start.line,
            index.quoted_line(source, start.line)
        ));
        let diagnostic = Diagnostic {
            severity: Severity::Error,
            kind: DiagnosticKind::Exception("FatalError".into()),
            message: what.clone(),
            file,
            span: Span::new(report.offset, end),
            help: Some("The runtime was restarted fresh; your code is unchanged.".into()),
        };
        output.diagnostics.push(diagnostic.locate(source));
        output.error_file = Some(file);
        line = Some(start.line);
    } else {
        text.push_str("Fatal error (before any statement ran):\n");
    }
    let message = capitalized(&what);
    text.push_str(&format!(
        "{message}.\nThe runtime was restarted fresh (its database is empty); your code is unchanged.\n[{}]\n",
        report.detail
    ));
    output.error = Some(Failure { class: "FatalError".into(), message, traceback: text, line });
    output
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Re-runs after the last edit of either editor, once typing pauses (each edit restarts the wait).
pub fn install_auto_run(state: AppState) {
    let last = state.last_run;
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        let texts = (state.models.get(), state.script.get());
        if first.is_none() {
            return;
        }
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if last.with_value(|l| *l == texts) {
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                let changed =
                    last.with_value(|l| l.0 != state.models.get_untracked() || l.1 != state.script.get_untracked());
                if changed {
                    run_now(state);
                }
            },
            debounce(state),
        );
        pending.set_value(handle.ok());
    });
}

fn now_ms() -> Option<f64> {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now())
}
