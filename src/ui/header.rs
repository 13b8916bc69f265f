//! The header: product name, examples picker, the Run and Share buttons, and the theme toggle.
//!
//! Run and Share belong to later capabilities (the ORM runtime, share links); until those land, their
//! buttons say so in the output area rather than pretending to work.

use leptos::prelude::*;

use super::examples::ExamplesPicker;
use super::state::use_state;
use super::theme::ThemeToggle;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let run = move |_| {
        state.output.set(String::new());
        state.sql_log.set(Vec::new());
        state.diagnostics.set(Vec::new());
        state.notice.set(Some(
            "Coming: running models.py and script.py arrives with the ORM runtime. Meanwhile, the SQL \
             console runs real SQL against the in-browser database."
                .into(),
        ));
    };
    let share = move |_| {
        state.notice.set(Some("Coming: share links that carry both files in the page address.".into()));
    };
    view! {
        <header class="header">
            <div class="brand">
                <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
                    <rect width="32" height="32" rx="7"></rect>
                    <circle cx="11" cy="11" r="4"></circle>
                    <circle cx="21" cy="21" r="4"></circle>
                    <path d="M13 13l6 6"></path>
                </svg>
                <h1>"ormplay"</h1>
                <span class="tagline">"SQLAlchemy relationships, live in your browser"</span>
            </div>
            <nav class="actions">
                <ExamplesPicker/>
                <button class="button primary" data-testid="run" on:click=run title="Run models.py, then script.py">
                    <span aria-hidden="true">"▶"</span>
                    " Run"
                </button>
                <button class="button" data-testid="share" on:click=share title="Copy a link to this code">
                    "Share"
                </button>
                <ThemeToggle/>
            </nav>
        </header>
    }
}
