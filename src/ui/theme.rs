//! The light/dark toggle. The stylesheet follows `prefers-color-scheme` unless `<html data-theme>`
//! says otherwise; the toggle sets that attribute and remembers the choice in localStorage (index.html
//! re-applies it before first paint, so a reload does not flash the other theme).

use leptos::prelude::*;

const STORAGE_KEY: &str = "ormplay-theme";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

/// The theme in effect now: a saved choice, else the system preference.
fn current_theme() -> Theme {
    let window = web_sys::window();
    let root = window.as_ref().and_then(|w| w.document()).and_then(|d| d.document_element());
    match root.and_then(|r| r.get_attribute("data-theme")).as_deref() {
        Some("dark") => return Theme::Dark,
        Some("light") => return Theme::Light,
        _ => {}
    }
    let prefers_dark =
        window.and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten()).is_some_and(|m| m.matches());
    if prefers_dark { Theme::Dark } else { Theme::Light }
}

fn apply(theme: Theme) {
    let Some(window) = web_sys::window() else { return };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", theme.name());
    }
    // Storage can be unavailable (private windows, sandboxed frames); the toggle still works.
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(STORAGE_KEY, theme.name());
    }
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = RwSignal::new(current_theme());
    let toggle = move |_| {
        let next = theme.get_untracked().other();
        apply(next);
        theme.set(next);
    };
    let label = move || match theme.get() {
        Theme::Light => "Switch to dark theme",
        Theme::Dark => "Switch to light theme",
    };
    view! {
        <button class="button icon" data-testid="theme-toggle" on:click=toggle title=label aria-label=label>
            {move || if theme.get() == Theme::Dark { "☀" } else { "☾" }}
        </button>
    }
}
