//! The SQL console: type SQL, run it against the page's in-browser SQLite database, and see each
//! statement's result: a grid for queries, a row count for changes, the error for a failure.
//! Ctrl+Enter (⌘+Enter) runs too. The live-tables pane refreshes after every run.

use leptos::prelude::*;

use super::grid::ResultGrid;
use super::state::use_state;
use crate::console::{ConsoleEntry, summary};
use crate::db::Outcome;

const PLACEHOLDER: &str = "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);\n\
INSERT INTO note VALUES (1, 'hello'), (2, 'world');\n\
SELECT * FROM note;";

#[component]
pub fn SqlConsole() -> impl IntoView {
    let state = use_state();
    let sql = RwSignal::new(String::new());
    let ran = RwSignal::new(false);
    let run = move || {
        state.run_sql(&sql.get_untracked());
        ran.set(true);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            run();
        }
    };
    view! {
        <section class="pane console-pane" aria-labelledby="console-title">
            <header class="pane-head">
                <h2 id="console-title">"SQL console"</h2>
                <span class="muted small">"SQLite, in this tab · Ctrl+Enter runs"</span>
            </header>
            <div class="pane-body">
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
                    {move || {
                        let entries = state.console.get();
                        if entries.is_empty() && ran.get() {
                            view! { <p class="empty">"Nothing to run: the input has no SQL statements."</p> }.into_any()
                        } else {
                            entries.into_iter().map(entry_view).collect_view().into_any()
                        }
                    }}
                </div>
            </div>
        </section>
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
