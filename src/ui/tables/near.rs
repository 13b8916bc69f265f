//! Tables far down the live-tables pane are drawn only when they scroll near (issue 15): a 100-table
//! run built the DOM of every table — about 7,700 elements, a fifth of a second of the main thread
//! after the run's answer — while a screen shows two or three. The first [`EAGER`] tables (every
//! lesson's whole list) are drawn at once; each later one is its heading until `web/layout.js`
//! (`OrmplayLayout.whenNear`) says it is within a screen of the pane's visible part.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// How many tables of the list are drawn at once, wherever they are.
pub const EAGER: usize = 12;

#[wasm_bindgen]
extern "C" {
    /// Calls `callback` once when `element` is near the visible part of its pane; returns a function
    /// that stops waiting (or `Err` if the helper is missing: then the table is drawn at once).
    #[wasm_bindgen(catch, js_namespace = OrmplayLayout, js_name = whenNear)]
    fn when_near(element: &web_sys::Element, callback: &js_sys::Function) -> Result<js_sys::Function, JsValue>;
}

/// Sets `drawn` once the section behind `node` comes near the pane's visible part. Stops waiting
/// when the section's view is disposed (a new run replaced the table).
pub fn draw_when_near(node: NodeRef<leptos::html::Section>, drawn: RwSignal<bool>) {
    // The observer's cancel function and the callback it holds, kept until the view goes. Cleanups
    // run before the owner's stored values are dropped, so the observer is told first.
    let kept = StoredValue::new_local(None::<(js_sys::Function, Closure<dyn FnMut()>)>);
    on_cleanup(move || {
        if let Some(Some((cancel, _callback))) = kept.try_update_value(Option::take) {
            let _ = cancel.call0(&JsValue::NULL);
        }
    });
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) || drawn.get_untracked() {
            return true;
        }
        let Some(element) = node.get() else { return false };
        let callback = Closure::<dyn FnMut()>::new(move || {
            drawn.try_set(true);
        });
        match when_near(&element, callback.as_ref().unchecked_ref()) {
            Ok(cancel) => kept.set_value(Some((cancel, callback))),
            Err(_) => drawn.set(true),
        }
        true
    });
}
