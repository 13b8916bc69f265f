//! The light/dark toggle. The stylesheet follows `prefers-color-scheme` unless `<html data-theme>`
//! says otherwise; the toggle sets that attribute and remembers the choice in localStorage (index.html
//! re-applies it before first paint, so a reload does not flash the other theme). The choice lives in
//! `AppState::theme` so a shared link carries it and the diagram is drawn to match.

use leptos::prelude::*;

use super::state::use_state;
use crate::permalink::Theme;

const STORAGE_KEY: &str = "ormplay-theme";

/// The theme saved by the toggle (or set by index.html's early script), else `System`.
pub fn saved_theme() -> Theme {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    match root.and_then(|r| r.get_attribute("data-theme")).as_deref() {
        Some("dark") => Theme::Dark,
        Some("light") => Theme::Light,
        _ => Theme::System,
    }
}

/// Whether `theme` means dark now (`System` asks the browser).
pub fn is_dark(theme: Theme) -> bool {
    match theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::System => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    }
}

fn apply(theme: Theme) {
    let name = match theme {
        Theme::Dark => "dark",
        Theme::Light => "light",
        Theme::System => return,
    };
    let Some(window) = web_sys::window() else { return };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", name);
    }
    // Storage can be unavailable (private windows, sandboxed frames); the toggle still works.
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(STORAGE_KEY, name);
    }
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let state = use_state();
    // Keep the document in step with the state (a link can set the theme too).
    Effect::new(move |_| apply(state.theme.get()));
    let dark = move || is_dark(state.theme.get());
    let toggle = move |_| {
        let next = if is_dark(state.theme.get_untracked()) { Theme::Light } else { Theme::Dark };
        state.theme.set(next);
    };
    let label = move || if dark() { "Switch to light theme" } else { "Switch to dark theme" };
    view! {
        <button class="button icon" data-testid="theme-toggle" on:click=toggle title=label aria-label=label>
            {move || if dark() { "☀" } else { "☾" }}
        </button>
    }
}
