//! The SQL console: type SQL, run it against the page's in-browser SQLite database, and see each
//! statement's result: a grid for queries, a row count for changes, the error for a failure.
//! Ctrl+Enter (⌘+Enter) runs too. The live-tables pane refreshes after every run.

use leptos::prelude::*;

use super::grid::ResultGrid;
use super::runtime::Reply;
use super::state::use_state;
use crate::console::{ConsoleEntry, summary};
use crate::db::Outcome;
use crate::wire::{Request, Response};

const PLACEHOLDER: &str = "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);\n\
INSERT INTO note VALUES (1, 'hello'), (2, 'world');\n\
SELECT * FROM note;";

#[component]
pub fn SqlConsole() -> impl IntoView {
    let state = use_state();
    let sql = RwSignal::new(String::new());
    let ran = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let run = move || {
        let Some(runtime) = state.runtime() else { return };
        let request = Request::Sql { sql: sql.get_untracked() };
        runtime.request(&request, move |reply| {
            ran.set(true);
            match reply {
                Reply::Answer(Response::Sql { entries, tables }) => {
                    failure.set(None);
                    state.console.set(entries);
                    state.tables.set(tables);
                }
                other => {
                    state.console.set(Vec::new());
                    state.tables.set(Vec::new());
                    failure.set(Some(failure_text(other)));
                }
            }
        });
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            run();
        }
    };
    view! {
        <div class="console-pane">
            <p class="muted small console-hint">"SQL against the run's committed data (SQLite, in this tab) · Ctrl/⌘+Enter runs"</p>
            <div>
                <textarea
                    class="sql-input"
                    data-testid="sql-console"
                    aria-label="SQL to run"
                    spellcheck="false"
                    rows="5"
                    placeholder=PLACEHOLDER
                    prop:value=move || sql.get()
                    on:input=move |ev| sql.set(event_target_value(&ev))
                    on:keydown=on_keydown
                ></textarea>
                <div class="console-actions">
                    <button class="button primary" data-testid="sql-console-run" on:click=move |_| run()>
                        "Run SQL"
                    </button>
                    <button class="button" on:click=move |_| sql.set(PLACEHOLDER.to_string())>
                        "Insert example"
                    </button>
                </div>
                <div class="console-results" data-testid="sql-console-output" aria-live="polite">
                    {move || failure.get().map(|text| view! { <p class="sql-error" role="alert" data-testid="sql-console-fatal">{text}</p> })}
                    {move || {
                        let entries = state.console.get();
                        if entries.is_empty() && ran.get() && failure.with(Option::is_none) {
                            view! { <p class="empty">"Nothing to run: the input has no SQL statements."</p> }.into_any()
                        } else {
                            entries.into_iter().map(entry_view).collect_view().into_any()
                        }
                    }}
                </div>
            </div>
        </div>
    }
}

/// What the console says when its SQL ended without results (the runtime crashed or was replaced).
fn failure_text(reply: Reply) -> String {
    let restarted = "The runtime was restarted fresh: its database is empty (run the code again to fill it).";
    match reply {
        Reply::Fatal(report) => format!("The database crashed on this SQL ({}). {restarted}", report.detail),
        Reply::Stopped => format!("Stopped before it finished. {restarted}"),
        Reply::Unavailable(why) => format!("The SQL could not run: {why}."),
        Reply::Answer(other) => format!("The runtime answered something unexpected: {other:?}"),
    }
}

fn entry_view(entry: ConsoleEntry) -> impl IntoView {
    let body = match entry.result {
        Ok(outcome) => outcome_view(outcome).into_any(),
        Err(error) => view! { <p class="sql-error" role="alert">"Error: " {error.message}</p> }.into_any(),
    };
    view! {
        <article class="console-entry">
            <pre class="statement">{entry.statement}</pre>
            {body}
        </article>
    }
}

fn outcome_view(outcome: Outcome) -> impl IntoView {
    let line = summary(&outcome);
    match outcome {
        Outcome::Rows { columns, rows } => view! {
            <p class="sql-ok">{line}</p>
            <ResultGrid columns=columns rows=rows/>
        }
        .into_any(),
        _ => view! { <p class="sql-ok">{line}</p> }.into_any(),
    }
}
