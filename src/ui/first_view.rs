//! The precomputed first view: the first-visit lesson's run as the runtime worker answers it, made at
//! build time by the native core (`web/first-view/run.bin`, kept equal to the core's run by
//! `tests/first_view.rs`) and fetched by index.html while the page parses (`window.ormplayFirstRun`).
//!
//! A cold open spends most of its time on the worker's wasm (download, compile, then the first run);
//! the page's own wasm is ready well before. When the editors open with exactly the lesson's code, the
//! page shows this run at once — output, tables, diagram — and the worker's own run replaces it when
//! it arrives (equal but for the SQL log's measured timings, so the panes keyed by content keep their
//! DOM). It is shown as run 0: the run counter still counts the runtime's runs only, and the status
//! says "Running…" until the real one is in.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::state::{AppState, GoodRun, PageRun, RunEnd};
use crate::gallery;
use crate::wire::Response;

/// Shows the precomputed run if the editors hold the first lesson's code and no run has been shown.
/// Called at start, before the first real run is asked for; if the bytes are still on their way, they
/// are shown when they arrive (unless a run or an edit came first).
pub fn seed(state: AppState) {
    if !holds_first_lesson(state) {
        return;
    }
    let window: JsValue = match web_sys::window() {
        Some(w) => w.into(),
        None => return,
    };
    let value = js_sys::Reflect::get(&window, &"ormplayFirstRun".into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(bytes) = value.dyn_ref::<js_sys::Uint8Array>() {
        show(state, &bytes.to_vec());
    } else if let Some(promise) = value.dyn_ref::<js_sys::Promise>() {
        let arrived = Closure::once(move |value: JsValue| {
            if let Some(bytes) = value.dyn_ref::<js_sys::Uint8Array>() {
                show(state, &bytes.to_vec());
            }
        });
        let _ = promise.then(&arrived);
        // Runs at most once; one small closure per page.
        arrived.forget();
    }
}

fn holds_first_lesson(state: AppState) -> bool {
    let lesson = gallery::first_visit();
    state.models.with_untracked(|m| m == lesson.models) && state.script.with_untracked(|s| s == lesson.script)
}

fn show(state: AppState, bytes: &[u8]) {
    // Too late (the runtime answered already) or no longer the lesson's code: nothing to show.
    if state.run.with_untracked(Option::is_some) || !holds_first_lesson(state) {
        return;
    }
    let Ok(Response::Ran { output, tables, commits, .. }) = Response::decode(bytes) else { return };
    if output.error.is_some() {
        return;
    }
    let output = *output;
    // Its timeline is not in this runtime: key 0, the timeline waits for the runtime's own run.
    state.last_good.set_value(Some(GoodRun { output: output.clone(), commits: commits.clone(), trace_key: 0 }));
    state.tables.set(tables);
    state.run.set(Some(PageRun {
        number: 0,
        end: RunEnd::Finished,
        output,
        elapsed_ms: None,
        stale: false,
        commits,
        trace_key: 0,
    }));
}
