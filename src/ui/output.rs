//! The run pane, in tabs: the output (what the program printed, the traceback that ended it, and the
//! problems found in the code), the SQL the ORM emitted (`ui/sql_log.rs`), and the consoles: Python
//! (`ui/pyconsole.rs`) and SQL (`ui/console.rs`). The run status (a live region) sits in the pane's head.
//!
//! The printed output is shown exactly (a `<pre>` holding the text and nothing else; its placeholder is
//! CSS), so tests can compare it byte for byte; the traceback has its own block below it. Clicking a
//! diagnostic jumps to its line in the editor.

use leptos::prelude::*;

use super::console::SqlConsole;
use super::layout::{MaximizeButton, TabList, is_maximized};
use super::pyconsole::PyConsole;
use super::sql_log::SqlLog;
use super::state::{AppState, RunEnd, use_state};
use super::timeline::{CommitSummaries, Timeline};
use crate::source::{FileId, LocatedDiagnostic, Severity};

#[component]
pub fn OutputArea() -> impl IntoView {
    let state = use_state();
    let stdout = Memo::new(move |_| state.with_run(|r| r.map(|r| r.stdout.clone()).unwrap_or_default()));
    let error = Memo::new(move |_| state.with_run(|r| r.and_then(|r| r.error.clone())));
    let diagnostics = Memo::new(move |_| state.with_run(|r| r.map(|r| r.diagnostics.clone()).unwrap_or_default()));
    let problems = move || diagnostics.with(Vec::len);
    let status = move || {
        if state.running.get() {
            return (false, "Running…".to_string());
        }
        state.run.with(|run| {
            let Some(run) = run else {
                let loading = state.loading.get();
                let text = match (loading.ready, loading.total > 0.0) {
                    (true, _) => "Not run yet".to_string(),
                    (false, true) => format!("Loading the runtime… {:.0}%", 100.0 * loading.loaded / loading.total),
                    (false, false) => "Starting the runtime…".to_string(),
                };
                return (false, text);
            };
            let ms = run.elapsed_ms.map(|ms| format!(" in {ms:.0} ms")).unwrap_or_default();
            let after = run.elapsed_ms.map(|ms| format!(" after {ms:.0} ms")).unwrap_or_default();
            match (&run.end, &run.output.error) {
                (RunEnd::Crashed, _) => (true, format!("Crashed (fatal error){after}")),
                (RunEnd::Stopped, _) => (true, format!("Stopped by you{after}")),
                (RunEnd::Unavailable, _) => (true, "Could not run".to_string()),
                (RunEnd::Finished, Some(e)) => (true, format!("Stopped by {}{ms}", e.class)),
                (RunEnd::Finished, None) => (false, format!("Finished{ms}")),
            }
        })
    };
    let count = move || state.run.with(|r| r.as_ref().map_or(0, |r| r.number));
    let tab = state.run_tab;
    let max = is_maximized(state, "output");
    view! {
        <section class="pane output-pane" class:maximized=max aria-label="Run">
            <header class="pane-head">
                <TabList
                    selected=tab
                    tabs=vec![("output", "Output"), ("timeline", "Timeline"), ("sql", "SQL log"), ("console", "Console")]
                    label="Run results"
                />
                <span class="run-status" class:bad=move || status().0 data-testid="run-status" data-run-count=count role="status" aria-live="polite">
                    {move || status().1}
                </span>
                <MaximizeButton pane="output" label="the run results"/>
            </header>
            <div class="pane-body scroll" id="panel-output" role="tabpanel" aria-labelledby="tab-output" tabindex="0" hidden=move || tab.get() != "output">
                <pre
                    class="console-text"
                    class:is-empty=move || stdout.with(String::is_empty) && error.with(Option::is_none)
                    data-testid="output" data-placeholder="Nothing printed yet: what script.py prints appears here.">
                    {move || stdout.get()}
                </pre>
                {move || error.get().map(|e| view! {
                    <pre class="console-text traceback" data-testid="traceback" role="alert">{e.traceback}</pre>
                })}
                <CommitSummaries/>
                <h3 class="block-title">
                    "Problems "
                    <span class="badge" class:bad=move || problems() != 0>{problems}</span>
                </h3>
                <ul
                    class="diagnostics"
                    class:is-empty=move || problems() == 0
                    data-testid="diagnostics" data-placeholder="No problems found.">
                    {move || {
                        diagnostics.get().into_iter().map(|d| diagnostic_view(state, d)).collect_view()
                    }}
                </ul>
            </div>
            <div class="pane-body scroll" id="panel-timeline" role="tabpanel" aria-labelledby="tab-timeline" hidden=move || tab.get() != "timeline">
                <Timeline/>
            </div>
            <div class="pane-body scroll" id="panel-sql" role="tabpanel" aria-labelledby="tab-sql" tabindex="0" hidden=move || tab.get() != "sql">
                <SqlLog/>
            </div>
            <div class="pane-body scroll" id="panel-console" role="tabpanel" aria-labelledby="tab-console" hidden=move || tab.get() != "console">
                <PyConsole/>
                <h3 class="block-title">"SQL"</h3>
                <SqlConsole/>
            </div>
        </section>
    }
}

fn diagnostic_view(state: AppState, located: LocatedDiagnostic) -> impl IntoView {
    let d = located.diagnostic;
    let (severity, icon) = match d.severity {
        Severity::Error => ("error", "✖"),
        Severity::Warning => ("warning", "▲"),
        Severity::Info => ("info", "ℹ"),
    };
    let file_name = match d.file {
        FileId::Models => "models.py",
        FileId::Script => "script.py",
    };
    let file = d.file;
    let line = located.start.line;
    let place = format!("{file_name}:{line}:{}", located.start.column);
    let jump = move |_| {
        state.with_editor(file, |editor| {
            editor.scroll_to_line(line);
            editor.focus();
        });
    };
    view! {
        <li class=format!("diagnostic {severity}")>
            <button class="diagnostic-jump" on:click=jump title="Show in the editor">
                <span class="icon" aria-hidden="true">{icon}</span>
                <span class="kind">{d.kind.to_string()}</span>
                <span class="place">{place}</span>
            </button>
            <p class="message">{d.message}</p>
            {d.help.map(|help| view! { <p class="help">{help}</p> })}
        </li>
    }
}
