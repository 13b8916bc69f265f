//! The page's side of the runtime worker (`web/worker.js` running the `ormplay-worker` wasm): start
//! it, send it requests (`crate::wire::Request` as postcard bytes), and hand each answer to the callback that
//! asked. The page's thread never runs user code, so whatever the code does the page stays responsive.
//!
//! Two things end a worker early. **Stop** (the learner's button) terminates it mid-run. A **fatal
//! error** (a wasm trap: panic, stack exhaustion, out of memory) makes it report the last statement it
//! started and close. Either way the worker is replaced by a fresh one (fresh memory, empty database),
//! and every request still waiting gets [`Reply::Stopped`] or [`Reply::Fatal`], so no caller waits
//! forever.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

use crate::wire::{Request, Response};

/// The worker script (copied next to index.html by Trunk).
const WORKER_URL: &str = "./worker.js";

/// Where a fatal error happened, as the worker reported it.
#[derive(Debug, Clone, PartialEq)]
pub struct FatalReport {
    /// "panic", "stack", "memory" or "other" (see `describe` in web/worker.js).
    pub kind: String,
    /// The engine's own words (`RangeError: Maximum call stack size exceeded`, a panic message).
    pub detail: String,
    /// 1 = models.py, 2 = script.py, 0 = unknown.
    pub file: u32,
    /// UTF-8 byte offset of the statement in that file.
    pub offset: u32,
}

/// How a request ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Answer(Response),
    Fatal(FatalReport),
    /// The learner pressed Stop (or the worker was replaced) before the answer came.
    Stopped,
    /// The runtime could not start or its answer could not be read.
    Unavailable(String),
}

type Callback = Box<dyn FnOnce(Reply)>;
type MessageHandler = Closure<dyn FnMut(MessageEvent)>;
type ErrorHandler = Closure<dyn FnMut(web_sys::ErrorEvent)>;

/// Progress of the runtime's start: bytes of its wasm fetched so far, and whether it is up.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Loading {
    pub loaded: f64,
    pub total: f64,
    pub ready: bool,
}

/// The runtime worker and the requests waiting for it.
pub struct Runtime {
    worker: RefCell<Option<Worker>>,
    /// The message handler of the current worker (kept alive with it).
    on_message: RefCell<Option<MessageHandler>>,
    on_error: RefCell<Option<ErrorHandler>>,
    /// Handlers of replaced workers. A replacement can happen inside the old handler (a fatal error
    /// arrives there), and a closure must not be freed while it runs; they are small, and few.
    retired: RefCell<Vec<Box<dyn std::any::Any>>>,
    pending: RefCell<VecDeque<(u32, Callback)>>,
    next_id: Cell<u32>,
    /// Told about start-up progress (the page's loading bar and the Run button's readiness).
    on_loading: Box<dyn Fn(Loading)>,
}

impl Runtime {
    /// Starts the first worker. `on_loading` hears about the wasm's download and readiness.
    pub fn start(on_loading: impl Fn(Loading) + 'static) -> Rc<Runtime> {
        let runtime = Rc::new(Runtime {
            worker: RefCell::new(None),
            on_message: RefCell::new(None),
            on_error: RefCell::new(None),
            retired: RefCell::new(Vec::new()),
            pending: RefCell::new(VecDeque::new()),
            next_id: Cell::new(1),
            on_loading: Box::new(on_loading),
        });
        Runtime::spawn(&runtime);
        runtime
    }

    /// Sends `request`; `done` gets the answer (or how the request ended without one).
    pub fn request(self: &Rc<Self>, request: &Request, done: impl FnOnce(Reply) + 'static) {
        let id = self.next_id.get();
        self.next_id.set(id.wrapping_add(1));
        let message = js_sys::Object::new();
        set(&message, "id", &JsValue::from(id));
        set(&message, "request", &js_sys::Uint8Array::from(request.encode().as_slice()).into());
        let posted = self.worker.borrow().as_ref().map(|w| w.post_message(&message));
        match posted {
            Some(Ok(())) => self.pending.borrow_mut().push_back((id, Box::new(done))),
            Some(Err(e)) => done(Reply::Unavailable(format!("the runtime did not take the request ({e:?})"))),
            None => done(Reply::Unavailable("the runtime is not running".into())),
        }
    }

    /// Whether a request is waiting for an answer.
    pub fn busy(&self) -> bool {
        !self.pending.borrow().is_empty()
    }

    /// Ends the worker now, whatever it is doing, and starts a fresh one; waiting requests get
    /// [`Reply::Stopped`].
    pub fn stop(self: &Rc<Self>) {
        self.replace(|| Reply::Stopped);
    }

    /// Tests only: makes the worker trap on purpose when it reaches the statement at byte `offset` of
    /// `file` ("models.py" / "script.py"); `kind` is "panic", "stack" or "oom".
    pub fn arm_crash_for_tests(&self, kind: &str, file: &str, offset: u32) {
        let arm = js_sys::Object::new();
        set(&arm, "kind", &JsValue::from_str(kind));
        set(&arm, "file", &JsValue::from_str(file));
        set(&arm, "offset", &JsValue::from(offset));
        let message = js_sys::Object::new();
        set(&message, "arm", &arm);
        if let Some(w) = self.worker.borrow().as_ref() {
            let _ = w.post_message(&message);
        }
    }

    fn replace(self: &Rc<Self>, reply: impl Fn() -> Reply) {
        if let Some(worker) = self.worker.borrow_mut().take() {
            worker.set_onmessage(None);
            worker.set_onerror(None);
            worker.terminate();
        }
        // Start the new worker before telling the callers, so a caller that asks again is served.
        Runtime::spawn(self);
        let waiting: Vec<(u32, Callback)> = self.pending.borrow_mut().drain(..).collect();
        for (_, done) in waiting {
            done(reply());
        }
    }

    fn spawn(this: &Rc<Self>) {
        (this.on_loading)(Loading::default());
        let (worker, said) = match adopt_early_worker() {
            Some(early) => early,
            None => match Worker::new(WORKER_URL) {
                Ok(w) => (w, Vec::new()),
                Err(e) => {
                    (this.on_loading)(Loading { ready: false, loaded: 0.0, total: -1.0 });
                    web_sys::console::warn_1(&e);
                    return;
                }
            },
        };
        let weak = Rc::downgrade(this);
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(runtime) = weak.upgrade() {
                runtime.receive(&event.data());
            }
        });
        let weak = Rc::downgrade(this);
        let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |event: web_sys::ErrorEvent| {
            event.prevent_default();
            if let Some(runtime) = weak.upgrade() {
                let message = format!("the runtime failed to start ({})", event.message());
                (runtime.on_loading)(Loading { ready: false, loaded: 0.0, total: -1.0 });
                runtime.fail_all(&message);
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let old_message = this.on_message.borrow_mut().replace(on_message);
        let old_error = this.on_error.borrow_mut().replace(on_error);
        let mut retired = this.retired.borrow_mut();
        retired.extend(old_message.map(|c| Box::new(c) as Box<dyn std::any::Any>));
        retired.extend(old_error.map(|c| Box::new(c) as Box<dyn std::any::Any>));
        *this.worker.borrow_mut() = Some(worker);
        drop(retired);
        // What the early worker said before these handlers were set (progress, ready, load-failed), in
        // order: messages arrive as tasks, so none can slip in between taking the list and this loop.
        for data in said {
            this.receive(&data);
        }
    }

    fn fail_all(&self, message: &str) {
        let waiting: Vec<(u32, Callback)> = self.pending.borrow_mut().drain(..).collect();
        for (_, done) in waiting {
            done(Reply::Unavailable(message.to_string()));
        }
    }

    fn receive(self: &Rc<Self>, data: &JsValue) {
        match get(data, "type").as_string().as_deref() {
            Some("progress") => {
                let loaded = get(data, "loaded").as_f64().unwrap_or(0.0);
                let total = get(data, "total").as_f64().unwrap_or(0.0);
                (self.on_loading)(Loading { loaded, total, ready: false });
                return;
            }
            Some("ready") => {
                (self.on_loading)(Loading { loaded: 1.0, total: 1.0, ready: true });
                return;
            }
            Some("load-failed") => {
                let message = get(data, "message").as_string().unwrap_or_default();
                (self.on_loading)(Loading { ready: false, loaded: 0.0, total: -1.0 });
                self.fail_all(&format!("the runtime failed to start ({message})"));
                return;
            }
            _ => {}
        }
        let id = get(data, "id").as_f64().map_or(0, |n| n as u32);
        let fatal = get(data, "fatal");
        if fatal.is_object() {
            let report = FatalReport {
                kind: get(&fatal, "kind").as_string().unwrap_or_default(),
                detail: get(&fatal, "detail").as_string().unwrap_or_default(),
                file: get(&fatal, "file").as_f64().map_or(0, |n| n as u32),
                offset: get(&fatal, "offset").as_f64().map_or(0, |n| n as u32),
            };
            // The one that crashed gets the report; the others never ran.
            let crashed = self.take(id);
            self.replace(|| Reply::Stopped);
            if let Some(done) = crashed {
                done(Reply::Fatal(report));
            }
            return;
        }
        let reply = match get(data, "response")
            .dyn_into::<js_sys::Uint8Array>()
            .ok()
            .map(|bytes| Response::decode(&bytes.to_vec()))
        {
            Some(Ok(response)) => Reply::Answer(response),
            Some(Err(message)) => Reply::Unavailable(message),
            None => Reply::Unavailable("the runtime sent an empty answer".into()),
        };
        if let Some(done) = self.take(id) {
            done(reply);
        }
    }

    fn take(&self, id: u32) -> Option<Callback> {
        let mut pending = self.pending.borrow_mut();
        let index = pending.iter().position(|(i, _)| *i == id)?;
        pending.remove(index).map(|(_, done)| done)
    }
}

/// The worker index.html started while the page was loading (`window.ormplayEarlyWorker`), with the
/// messages it has sent so far; taken once, so a replacement worker is always a fresh one.
fn adopt_early_worker() -> Option<(Worker, Vec<JsValue>)> {
    let window: JsValue = web_sys::window()?.into();
    let early = get(&window, "ormplayEarlyWorker");
    let _ = js_sys::Reflect::delete_property(
        window.unchecked_ref::<js_sys::Object>(),
        &JsValue::from_str("ormplayEarlyWorker"),
    );
    let worker = get(&early, "worker").dyn_into::<Worker>().ok()?;
    let said = get(&early, "said").dyn_into::<js_sys::Array>().map(|a| a.to_vec()).unwrap_or_default();
    Some((worker, said))
}

fn get(target: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn set(target: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(target, &JsValue::from_str(key), value);
}
