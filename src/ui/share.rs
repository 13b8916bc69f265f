//! The Share button and Ctrl/⌘+S: encode the work (models, script, lesson, dragged positions, view)
//! with `permalink::encode` into the address bar's fragment and copy the whole link.
//!
//! The address is updated with `history.replaceState`, which neither reloads nor fires `hashchange`,
//! so sharing never re-opens the page's own link. Copying goes through `web/share.js`, whose promise
//! never rejects: a refused clipboard is reported in words, and the link is in the address bar anyway.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::state::AppState;
use crate::permalink;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = OrmplayShare, js_name = copyText)]
    fn copy_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Shares the current work: updates the address and copies the link, then confirms on the page.
pub fn share(state: AppState) {
    let snapshot = state.link_snapshot();
    if let Err(error) = snapshot.check_limits() {
        state.share_status.set(Some(format!("Not shared: {error}")));
        return;
    }
    let fragment = permalink::encode(&snapshot);
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let base = match (location.origin(), location.pathname(), location.search()) {
        (Ok(origin), Ok(path), Ok(search)) => format!("{origin}{path}{search}"),
        _ => String::new(),
    };
    let url = format!("{base}#{fragment}");
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    let chars = url.chars().count();
    state.share_status.set(Some(format!("Link in the address bar ({chars} characters); copying…")));
    let done = Closure::once(move |copied: JsValue| {
        let text = if copied.as_bool() == Some(true) {
            format!("Link copied ({chars} characters).")
        } else {
            format!("Link in the address bar ({chars} characters): copy it from there.")
        };
        state.share_status.set(Some(text));
    });
    match copy_text(&url) {
        Ok(promise) => {
            let _ = promise.then(&done);
            // The closure must outlive the promise; it runs once, so the leak is one small closure per share.
            done.forget();
        }
        Err(_) => {
            state.share_status.set(Some(format!("Link in the address bar ({chars} characters): copy it from there.")))
        }
    }
}

/// Ctrl+S / ⌘+S shares instead of the browser's "save page".
pub fn install_shortcut(state: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        let save = ev.key().eq_ignore_ascii_case("s") && (ev.ctrl_key() || ev.meta_key()) && !ev.alt_key();
        if save {
            ev.prevent_default();
            share(state);
        }
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

/// A hash the person pasted into the address bar of the open page is opened like a fresh link;
/// `on_open` is told whether its code should run (not if it crashed before).
pub fn install_hash_listener(state: AppState, on_open: impl Fn(bool) + 'static) {
    let handle = window_event_listener(leptos::ev::hashchange, move |_ev: web_sys::HashChangeEvent| {
        let fragment = super::persist::current_fragment();
        if fragment.is_empty() {
            return;
        }
        let run = super::persist::open_link(state, &fragment, Some(state.snapshot()));
        on_open(run);
    });
    std::mem::forget(handle);
}
