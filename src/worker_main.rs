//! `ormplay-worker`: the page's runtime, built for wasm32 only and run in a Web Worker by
//! `web/worker.js` (Trunk builds it from index.html's `data-type="worker"` link). It holds the
//! interpreter, the ORM and the database, so the page's own wasm (`ormplay`) stays small and its thread
//! never runs user code.
//!
//! Exports (wasm-bindgen, `no-modules`): `handle(request_bytes) -> response_bytes` (see `ormplay::wire`),
//! and for fatal errors, which end a run with no exception to say where: `last_statement()`, the last
//! statement the interpreter started (file and byte offset, recorded by the statement probe in a plain
//! static that is still readable after a trap), and `arm_crash_for_tests(...)`, which makes the run
//! trap on purpose at a given statement so browser tests can check crash handling without relying on
//! a bug. A panic's message is handed to `self.ormplayPanic` before the module aborts.

#[cfg(target_arch = "wasm32")]
mod page {
    use ormplay::source::Span;
    use ormplay::worker::Session;
    use std::cell::{Cell, RefCell};
    use wasm_bindgen::prelude::*;

    thread_local! {
        static SESSION: RefCell<Session> = RefCell::new(Session::with_probe(probe));
        /// (file code, byte offset): 1 = models.py, 2 = script.py, 0 = none yet.
        static LAST: Cell<(u32, u32)> = const { Cell::new((0, 0)) };
        /// (kind, file code, byte offset) of a crash armed by a test; kind 0 = none.
        static ARMED: Cell<(u32, u32, u32)> = const { Cell::new((0, 0, 0)) };
    }

    #[wasm_bindgen]
    extern "C" {
        /// web/worker.js keeps the message and reports it with the trap that follows.
        #[wasm_bindgen(js_namespace = self, js_name = ormplayPanic)]
        fn report_panic(message: &str);
        /// web/worker.js: the text of a Python-source module (see ormplay's `eval::modules` source
        /// loader), or a thrown string saying why it could not be fetched.
        #[wasm_bindgen(catch, js_namespace = self, js_name = ormplayPySource)]
        fn py_source(name: &str) -> Result<String, JsValue>;
        /// web/worker.js: the bytes of a constant data table left out of this wasm (see the `lazy-data`
        /// crate), or a thrown string saying why it could not be fetched.
        #[wasm_bindgen(catch, js_namespace = self, js_name = ormplayDataTable)]
        fn data_table(name: &str) -> Result<js_sys::Uint8Array, JsValue>;
    }

    fn file_code(file: &str) -> u32 {
        match file {
            "models.py" => 1,
            "script.py" => 2,
            _ => 0,
        }
    }

    /// Records the statement about to run (statements of helper sources, such as a relationship's
    /// string argument, keep the user's statement that led to them).
    fn probe(file: &str, span: Span) {
        let code = file_code(file);
        if code == 0 {
            return;
        }
        LAST.with(|l| l.set((code, span.start)));
        let (kind, armed_file, armed_offset) = ARMED.with(Cell::get);
        if kind != 0 && armed_file == code && armed_offset == span.start {
            ARMED.with(|a| a.set((0, 0, 0)));
            crash(kind);
        }
    }

    #[expect(clippy::panic, reason = "a crash on purpose, armed only by the browser tests")]
    fn crash(kind: u32) {
        match kind {
            1 => panic!("a crash armed by a test"),
            2 => {
                // Unbounded native recursion: exhausts the engine's stack (RangeError), like recursion
                // through native code does.
                fn deeper(n: u64) -> u64 {
                    if n == u64::MAX { n } else { deeper(std::hint::black_box(n + 1)).wrapping_add(1) }
                }
                std::hint::black_box(deeper(0));
            }
            3 => {
                // Allocations until the wasm memory cannot grow (4 GiB): out of memory aborts the module.
                let mut kept: Vec<Vec<u8>> = Vec::new();
                loop {
                    kept.push(Vec::with_capacity(std::hint::black_box(512 << 20)));
                    std::hint::black_box(&kept);
                }
            }
            4 => loop {
                // Never ends: only Stop (terminating the worker) gets the page out of it.
                std::hint::black_box(0);
            },
            _ => {}
        }
    }

    #[wasm_bindgen]
    pub fn handle(request: &[u8]) -> Vec<u8> {
        SESSION.with(|s| s.borrow_mut().handle_bytes(request))
    }

    /// Frees what the last answer left behind (the timeline it replaced, the answer's own data): the
    /// worker calls it after posting the answer, so the page gets the answer first.
    #[wasm_bindgen]
    pub fn idle() {
        SESSION.with(|s| s.borrow_mut().idle());
    }

    /// The last statement started: `file code * 2^32 + byte offset` (exact in an f64), or -1 if none.
    #[wasm_bindgen]
    pub fn last_statement() -> f64 {
        let (code, offset) = LAST.with(Cell::get);
        if code == 0 { -1.0 } else { f64::from(code) * 4_294_967_296.0 + f64::from(offset) }
    }

    /// Arms a crash at the statement starting at byte `offset` of `file` ("models.py" or "script.py");
    /// `kind` is "panic", "stack", "oom" or "hang". Only browser tests call it.
    #[wasm_bindgen]
    pub fn arm_crash_for_tests(kind: &str, file: &str, offset: u32) {
        let kind = match kind {
            "panic" => 1,
            "stack" => 2,
            "oom" => 3,
            "hang" => 4,
            _ => 0,
        };
        ARMED.with(|a| a.set((kind, file_code(file), offset)));
    }

    /// The runtime's Python-source modules are not compiled into this wasm: the worker fetches them.
    fn load_source(name: &str) -> Result<String, String> {
        py_source(name).map_err(|why| why.as_string().unwrap_or_else(|| "it could not be fetched".to_string()))
    }

    /// Nor are the constant data tables most programs never touch (Unicode normalization and names).
    fn load_table(name: &str) -> Option<Vec<u8>> {
        data_table(name).ok().map(|bytes| bytes.to_vec())
    }

    pub fn start() {
        ormplay::eval::modules::set_source_loader(load_source);
        lazy_data::set_loader(load_table);
        // One line: the message, then where (the page shows it after its own words).
        std::panic::set_hook(Box::new(|info| {
            let message = info.payload_as_str().unwrap_or("(no message)");
            let place = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
            report_panic(&format!("{message}{place}"));
        }));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    page::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ormplay-worker is the page's runtime: it is built for wasm32 by `trunk build` (see index.html).");
    std::process::exit(2);
}
