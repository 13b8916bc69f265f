//! The header: product name, examples picker, the Run and Share buttons (with the share confirmation),
//! and the theme toggle.

use leptos::prelude::*;

use super::examples::ExamplesPicker;
use super::runner::{run_now, stop};
use super::share::share;
use super::state::use_state;
use super::theme::ThemeToggle;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
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
                <button class="button primary" data-testid="run" on:click=move |_| run_now(state) title="Run models.py, then script.py (edits re-run by themselves)">
                    <span aria-hidden="true">"▶"</span>
                    " Run"
                </button>
                <button
                    class="button danger"
                    data-testid="stop"
                    on:click=move |_| stop(state)
                    disabled=move || !state.running.get()
                    title="Stop the run now: the runtime is replaced by a fresh one"
                    aria-label="Stop"
                >
                    <span aria-hidden="true">"■"</span>
                    <span class="label">" Stop"</span>
                </button>
                <button class="button" data-testid="share" on:click=move |_| share(state) title="Copy a link to this code (Ctrl+S)">
                    "Share"
                </button>
                <ThemeToggle/>
                <span class="share-status" data-testid="share-status" role="status" aria-live="polite">
                    {move || state.share_status.get()}
                </span>
            </nav>
        </header>
    }
}
