//! A monotonic-enough clock in microseconds for the SQL log's timings (`[generated in 0.00012s]`,
//! `[cached since 0.0013s ago]`): the system clock natively, `performance.now()` in the page.

/// Microseconds from an arbitrary origin; only differences are meaningful.
#[cfg(not(target_arch = "wasm32"))]
pub fn now_us() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_micros() as u64)
}

/// Microseconds from an arbitrary origin; only differences are meaningful.
#[cfg(target_arch = "wasm32")]
pub fn now_us() -> u64 {
    let ms = web_sys::window().and_then(|w| w.performance()).map_or_else(js_sys::Date::now, |p| p.now());
    (ms * 1000.0).max(0.0) as u64
}
