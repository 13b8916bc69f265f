//! Running the two files in the page: the Run button, and a debounced re-run after every edit.
//!
//! A run is synchronous and happens on the page's only thread, so its cost is bounded by the
//! interpreter's limits: the step budget keeps `while True: pass` to a fraction of a second, and the
//! recursion limit is one the wasm stack can hold (the binary's stack is enlarged in `build.rs`; a stack
//! overflow in wasm would abort the page instead of raising RecursionError).

use std::time::Duration;

use leptos::prelude::*;

use super::state::{AppState, PageRun};
use crate::eval::Limits;
use crate::run::run_for_page;

/// How long typing must pause before the page re-runs.
const DEBOUNCE: Duration = Duration::from_millis(400);

/// The page's interpreter limits. CPython's recursion limit (1000) fits the 16 MiB stack with room to
/// spare; two million steps take well under a second in the browser.
pub fn page_limits() -> Limits {
    Limits { steps: 2_000_000, recursion: 1000, ..Limits::default() }
}

/// Runs models.py then script.py and keeps the result, whole, as the page's run (numbered one more
/// than the last). The texts of the last run are remembered, so a debounced run after an unchanged edit
/// (an example loaded, then run at once) does no work twice.
pub fn run_now(state: AppState) {
    let last = state.last_run;
    let models = state.models.get_untracked();
    let script = state.script.get_untracked();
    last.set_value((models.clone(), script.clone()));
    let started = now_ms();
    let (output, database) = run_for_page(&models, &script, page_limits());
    let elapsed_ms = now_ms().zip(started).map(|(end, start)| end - start);
    let number = state.run_count() + 1;
    state.run.set(Some(PageRun { number, output, elapsed_ms }));
    state.replace_database(database);
}

/// Re-runs ~400 ms after the last edit of either editor (each edit restarts the wait).
pub fn install_auto_run(state: AppState) {
    let last = state.last_run;
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        let texts = (state.models.get(), state.script.get());
        if first.is_none() {
            return;
        }
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if last.with_value(|l| *l == texts) {
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                let changed =
                    last.with_value(|l| l.0 != state.models.get_untracked() || l.1 != state.script.get_untracked());
                if changed {
                    run_now(state);
                }
            },
            DEBOUNCE,
        );
        pending.set_value(handle.ok());
    });
}

fn now_ms() -> Option<f64> {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now())
}
