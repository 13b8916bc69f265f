//! The workspace's frame (issue 14): code on the left, results on the right, split by draggable
//! splitters (`web/layout.js` moves them and remembers the sizes); a maximise button on every pane
//! (Esc restores); tabs where two panes share a place; and the page-wide keys — Ctrl/⌘+Enter runs
//! from anywhere, `?` opens the shortcut sheet.

use leptos::prelude::*;

use super::runner::run_now;
use super::state::{AppState, use_state};

/// A splitter between the part before it and the part after it in its parent; `name` is the CSS
/// variable it sets (`--split-NAME`, see style/layout.css).
#[component]
pub fn Splitter(name: &'static str, vertical: bool, label: &'static str) -> impl IntoView {
    view! {
        <div
            class="splitter"
            class:vertical=vertical
            data-split=name
            role="separator"
            tabindex="0"
            aria-orientation=if vertical { "vertical" } else { "horizontal" }
            aria-label=label
            aria-valuemin="15"
            aria-valuemax="85"
            aria-valuenow="50"
            title="Drag (or focus and use the arrow keys) to resize"
        ></div>
    }
}

/// Whether `pane` is the maximised one.
pub fn is_maximized(state: AppState, pane: &'static str) -> impl Fn() -> bool + Copy {
    move || state.maximized.get() == Some(pane)
}

/// The maximise/restore button of a pane's head.
#[component]
pub fn MaximizeButton(pane: &'static str, label: &'static str) -> impl IntoView {
    let state = use_state();
    let on = is_maximized(state, pane);
    let toggle = move |_| state.maximized.set(if on() { None } else { Some(pane) });
    let title = move || if on() { format!("Restore {label} (Esc)") } else { format!("Maximise {label}") };
    view! {
        <button
            class="button small icon maximize"
            data-testid=format!("maximize-{pane}")
            aria-pressed=move || on().to_string()
            aria-label=title
            title=title
            on:click=toggle
        >
            {move || if on() { "⤡" } else { "⤢" }}
        </button>
    }
}

/// A row of tabs; `selected` holds the chosen tab's id, and each panel shows itself when chosen.
#[component]
pub fn TabList(
    selected: RwSignal<&'static str>,
    tabs: Vec<(&'static str, &'static str)>,
    label: &'static str,
) -> impl IntoView {
    view! {
        <div class="tabs" role="tablist" aria-label=label>
            {tabs
                .into_iter()
                .map(|(id, title)| {
                    view! {
                        <button
                            class="tab"
                            role="tab"
                            id=format!("tab-{id}")
                            data-testid=format!("tab-{id}")
                            aria-controls=format!("panel-{id}")
                            aria-selected=move || (selected.get() == id).to_string()
                            tabindex=move || if selected.get() == id { "0" } else { "-1" }
                            on:click=move |_| selected.set(id)
                        >
                            {title}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Ctrl/⌘+Enter runs (the SQL console keeps it for its SQL), `?` opens the shortcut sheet, Esc
/// closes the sheet or restores a maximised pane. Listened to in the capture phase, so the editors do
/// not turn Ctrl+Enter into a new line first.
pub fn install_keys(state: AppState) {
    use wasm_bindgen::prelude::*;
    let on_key = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let in_console = target.as_ref().is_some_and(|t| t.closest(".sql-input, .py-input").ok().flatten().is_some());
        let typing =
            target.as_ref().is_some_and(|t| t.closest("input, textarea, select, .cm-content").ok().flatten().is_some());
        match ev.key().as_str() {
            "Enter" if (ev.ctrl_key() || ev.meta_key()) && !in_console => {
                ev.prevent_default();
                ev.stop_propagation();
                run_now(state);
            }
            "?" if !typing && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() => {
                ev.prevent_default();
                state.shortcuts_open.update(|open| *open = !*open);
            }
            "Escape" if state.shortcuts_open.get_untracked() => state.shortcuts_open.set(false),
            "Escape" if !typing && state.maximized.get_untracked().is_some() => state.maximized.set(None),
            _ => {}
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback_and_bool("keydown", on_key.as_ref().unchecked_ref(), true);
    }
    // The listener lives as long as the page.
    on_key.forget();
}

/// The `?` sheet: every shortcut the page has.
#[component]
pub fn ShortcutSheet() -> impl IntoView {
    let state = use_state();
    let close = move |_| state.shortcuts_open.set(false);
    let rows = [
        ("Ctrl/⌘ + Enter", "Run models.py and script.py (anywhere on the page)"),
        ("Ctrl/⌘ + Enter in the SQL console", "Run the console's SQL"),
        ("Ctrl/⌘ + S", "Share: copy a link to this code"),
        ("Tab in an editor", "Indent"),
        ("Esc, then Tab", "Leave the editor (Tab moves focus again)"),
        ("Ctrl/⌘ + F in an editor", "Search"),
        ("Tab to a diagram table, then Enter", "Jump to its class in models.py"),
        ("Arrow keys on a splitter", "Resize the panes"),
        ("Esc", "Restore a maximised pane, close this sheet"),
        ("?", "Show or hide this sheet"),
    ];
    move || {
        state.shortcuts_open.get().then(|| {
            view! {
                <div class="sheet-backdrop" on:click=close>
                    <div
                        class="sheet"
                        role="dialog"
                        aria-modal="true"
                        aria-labelledby="sheet-title"
                        data-testid="shortcuts"
                        on:click=|ev| ev.stop_propagation()
                    >
                        <header class="pane-head">
                            <h2 id="sheet-title">"Keyboard shortcuts"</h2>
                            <button class="button small icon" aria-label="Close" title="Close (Esc)" on:click=close>"×"</button>
                        </header>
                        <table class="shortcuts">
                            <tbody>
                                {rows
                                    .iter()
                                    .map(|(keys, what)| view! { <tr><th scope="row"><kbd>{*keys}</kbd></th><td>{*what}</td></tr> })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                </div>
            }
        })
    }
}
