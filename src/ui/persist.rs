//! Where the page's work comes from at startup, and where it is kept: the URL fragment (a shared link),
//! the autosave in localStorage, or the first-visit lesson.
//!
//! Rules (issue 7): every change is autosaved (and the address loses its now-stale fragment); a reload
//! restores it; opening a link never silently
//! destroys unsaved work — if the autosave differs from the link, it is kept as "previous work" (also in
//! localStorage) and the banner offers the way back. A bad link (truncated, corrupted, from a newer
//! version, oversized, hostile) is reported in the banner and the autosaved work loads instead. A link
//! only ever yields text and numbers (`permalink::decode`); its code runs like typed code, nothing more.

use leptos::prelude::*;

use super::state::{AppState, Notice};
use crate::gallery;
use crate::permalink::{self, PlaygroundState};

const WORK_KEY: &str = "ormplay-work";
const PREVIOUS_KEY: &str = "ormplay-previous-work";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn load(key: &str) -> Option<PlaygroundState> {
    let text = storage()?.get_item(key).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

fn save(key: &str, state: &PlaygroundState) {
    // Storage can be full or unavailable (private windows); the page keeps working without it.
    if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(state)) {
        let _ = storage.set_item(key, &json);
    }
}

fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The fragment of the page's address, without the `#` (empty when there is none).
pub fn current_fragment() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Decides what the page opens with, puts it into `state` and says so in the banner.
pub fn restore(state: AppState) {
    state.previous.set(load(PREVIOUS_KEY));
    let saved = load(WORK_KEY);
    let fragment = current_fragment();
    if fragment.is_empty() {
        state.apply(saved.unwrap_or_else(|| gallery::first_visit().state()));
        return;
    }
    open_link(state, &fragment, saved);
}

/// Opens a shared link over `saved` work (the autosave, or what is on the page now).
pub fn open_link(state: AppState, fragment: &str, saved: Option<PlaygroundState>) {
    match permalink::decode(fragment) {
        Ok(linked) => {
            let differs = saved.as_ref().is_some_and(|s| s.models != linked.models || s.script != linked.script);
            let notice = match saved {
                Some(previous) if differs => {
                    keep_previous(state, previous);
                    Notice {
                        text: "Opened a shared link. Your previous work is kept: you can go back to it.".into(),
                        error: false,
                        offer_previous: true,
                    }
                }
                _ => Notice::info("Opened a shared link."),
            };
            state.apply(linked);
            state.notice.set(Some(notice));
        }
        Err(error) => {
            let fallback =
                if saved.is_some() { "Your autosaved work is loaded instead." } else { "A lesson is loaded instead." };
            state.apply(saved.unwrap_or_else(|| gallery::first_visit().state()));
            state.notice.set(Some(Notice::error(format!("{error} {fallback}"))));
        }
    }
}

/// Keeps `previous` as the work to go back to (replacing older previous work).
pub fn keep_previous(state: AppState, previous: PlaygroundState) {
    save(PREVIOUS_KEY, &previous);
    state.previous.set(Some(previous));
}

/// Swaps the page's work with the previous work, so the swap can be undone the same way.
pub fn restore_previous(state: AppState) {
    let Some(previous) = state.previous.get_untracked() else { return };
    let current = state.snapshot();
    state.apply(previous);
    keep_previous(state, current);
    state.notice.set(Some(Notice {
        text: "Your previous work is back. The work you left is kept as previous work.".into(),
        error: false,
        offer_previous: true,
    }));
}

/// Forgets the previous work (the banner's dismiss).
pub fn forget_previous(state: AppState) {
    remove(PREVIOUS_KEY);
    state.previous.set(None);
}

/// Saves the work on every change of any input. The address's fragment is dropped at the same time:
/// once the work is autosaved (just opened, or edited since it was shared) the link is stale, and a
/// reload must restore the autosave rather than open the link again over the person's edits.
pub fn install_autosave(state: AppState) {
    Effect::new(move |_| {
        let snapshot = state.tracked_snapshot();
        save(WORK_KEY, &snapshot);
        clear_fragment();
    });
}

fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    if current_fragment().is_empty() {
        return;
    }
    let location = window.location();
    let url = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
