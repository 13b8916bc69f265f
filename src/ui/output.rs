//! The output area: what the program printed and the traceback that ended it (if any), the SQL the ORM
//! emitted (`ui/sql_log.rs`), and diagnostics about the code.
//!
//! The printed output is shown exactly (a `<pre>` holding the text and nothing else; its placeholder is
//! CSS), so tests can compare it byte for byte; the traceback has its own block below it. Clicking a
//! diagnostic jumps to its line in the editor.

use leptos::prelude::*;

use super::sql_log::SqlLog;
use super::state::{AppState, use_state};
use crate::source::{FileId, LocatedDiagnostic, Severity};

#[component]
pub fn OutputArea() -> impl IntoView {
    let state = use_state();
    let problems = move || state.diagnostics.with(Vec::len);
    let status = move || {
        let ms = state.run_ms.get().map(|ms| format!(" in {ms:.0} ms")).unwrap_or_default();
        match state.error.get() {
            Some(e) => (true, format!("Stopped by {}{ms}", e.class)),
            None => (false, format!("Finished{ms}")),
        }
    };
    view! {
        <section class="pane output-pane" aria-labelledby="output-title">
            <header class="pane-head">
                <h2 id="output-title">"Run"</h2>
                <span class="run-status" class:bad=move || status().0 data-testid="run-status">{move || status().1}</span>
            </header>
            <div class="output-columns">
                <div class="output-block">
                    <h3>"Output"</h3>
                    <pre
                        class="console-text"
                        class:is-empty=move || state.output.with(String::is_empty) && state.error.with(Option::is_none)
                        data-testid="output" data-placeholder="Nothing printed yet: what script.py prints appears here.">
                        {move || state.output.get()}
                    </pre>
                    {move || state.error.get().map(|e| view! {
                        <pre class="console-text traceback" data-testid="traceback" role="alert">{e.traceback}</pre>
                    })}
                </div>
                <div class="output-block">
                    <h3>"SQL log"</h3>
                    <SqlLog/>
                </div>
                <div class="output-block">
                    <h3>
                        "Diagnostics "
                        <span class="badge" class:bad=move || problems() != 0>{problems}</span>
                    </h3>
                    <ul
                        class="diagnostics"
                        class:is-empty=move || problems() == 0
                        data-testid="diagnostics" data-placeholder="No problems found.">
                        {move || {
                            state.diagnostics.get().into_iter().map(|d| diagnostic_view(state, d)).collect_view()
                        }}
                    </ul>
                </div>
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
