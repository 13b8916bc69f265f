//! A monotonic-enough clock in microseconds for the SQL log's timings (`[generated in 0.00012s]`,
//! `[cached since 0.0013s ago]`): the system clock natively, `performance.now()` in the page.
//!
//! The log reads the clock twice per statement, so in wasm the global's `performance` object is looked
//! up once per thread and kept: the runtime lives in a Web Worker, where `web_sys::window()` is `None`
//! only after an `instanceof Window` check that throws (there is no `Window` in a worker) — that
//! exception on every statement was an eighth of a 100-table run.

/// Microseconds from an arbitrary origin; only differences are meaningful.
#[cfg(not(target_arch = "wasm32"))]
pub fn now_us() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_micros() as u64)
}

/// Microseconds from an arbitrary origin; only differences are meaningful.
#[cfg(target_arch = "wasm32")]
pub fn now_us() -> u64 {
    use wasm_bindgen::JsCast;
    thread_local! {
        /// The global scope's `performance` (a window's or a worker's), if it has one.
        static PERFORMANCE: Option<web_sys::Performance> =
            js_sys::Reflect::get(&js_sys::global(), &wasm_bindgen::JsValue::from_str("performance"))
                .ok()
                .and_then(|p| p.dyn_into::<web_sys::Performance>().ok());
    }
    let ms = PERFORMANCE.with(|p| p.as_ref().map_or_else(js_sys::Date::now, web_sys::Performance::now));
    (ms * 1000.0).max(0.0) as u64
}
