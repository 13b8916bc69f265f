//! Running the two files in the page: the Run button, and a debounced re-run after every edit.
//!
//! A run is synchronous and happens on the page's only thread, so its cost is bounded by the
//! interpreter's limits: the step budget keeps `while True: pass` to a fraction of a second, and the
//! recursion limit and stack guard are ones the page's stack can hold (see [`Limits::page`]; a stack
//! overflow in wasm would abort the page instead of raising RecursionError).

use std::time::Duration;

use leptos::prelude::*;

use super::state::AppState;
use crate::eval::Limits;
use crate::run::run_for_page;

/// How long typing must pause before the page re-runs.
const DEBOUNCE: Duration = Duration::from_millis(400);

/// The page's interpreter limits ([`Limits::page`]: sized for the page's stack, measured in Chromium).
pub fn page_limits() -> Limits {
    Limits::page()
}

/// Runs models.py then script.py and puts every result into the page's signals. The texts of the last
/// run are remembered, so a debounced run after an unchanged edit (an example loaded, then run at once)
/// does no work twice.
pub fn run_now(state: AppState) {
    let last = state.last_run;
    let models = state.models.get_untracked();
    let script = state.script.get_untracked();
    last.set_value((models.clone(), script.clone()));
    let started = now_ms();
    let (output, database) = run_for_page(&models, &script, page_limits());
    let elapsed = now_ms().zip(started).map(|(end, start)| end - start);
    state.output.set(output.stdout);
    state.error.set(output.error);
    state.sql_log.set(output.sql_log);
    state.diagnostics.set(output.diagnostics);
    state.schema.set(output.schema);
    state.diagram.set(output.diagram);
    state.run_ms.set(elapsed);
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
