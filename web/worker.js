// The page's runtime worker: loads the `ormplay-worker` wasm (interpreter, ORM, database; built by
// Trunk from index.html's data-type="worker" link as ormplay-worker.js + ormplay-worker_bg.wasm) and
// answers the page's requests, one at a time, so the page's own thread never runs user code.
//
// Messages from the page:
//   { id, request }                      request: a Uint8Array, postcard bytes of ormplay::wire::Request
//   { id, arm: { kind, file, offset } }  tests only: trap on purpose at that statement (see worker_main.rs)
// Messages to the page:
//   { type: "progress", loaded, total }  bytes of the wasm fetched so far (total 0 if unknown)
//   { type: "ready" }                    the runtime is up
//   { type: "load-failed", message }     the runtime could not start (the page says so)
//   { id, response }                     a Uint8Array, postcard bytes of ormplay::wire::Response
//                                        (its buffer is transferred, not copied)
//   { id, fatal: { message, file, offset } }
//       the wasm trapped (panic, stack exhaustion, out of memory): its memory can no longer be trusted,
//       so this worker answers nothing more and the page replaces it with a fresh one. `file` (1 =
//       models.py, 2 = script.py, 0 = unknown) and `offset` (UTF-8 byte offset) are the last statement
//       the interpreter started, read from the still-alive instance before it is discarded.
"use strict";

let panicMessage = null;
// Called by the wasm's panic hook just before it aborts.
self.ormplayPanic = (message) => {
  panicMessage = String(message);
};

// The runtime's Python-source modules are assets of their own (py/<module>.py; see
// src/eval/modules/source.rs and scripts/py-sources.mjs), fetched on first import. The ones importing
// `sqlalchemy.orm` and calling `create_engine` always need are requested now, alongside the wasm, so
// the first run does not wait for them one by one (tests/browser/offline.test.mjs checks that the first
// lesson needs no other); any other module is fetched synchronously when a program first imports it.
const PRELOAD = [
  "sqlalchemy.orm.scoping",
  "sqlalchemy.orm.decl_api",
  "sqlalchemy.orm.dataclass_mapping",
  "dataclasses",
  "sqlalchemy.orm.writeonly",
  "sqlalchemy.orm.bundle",
  "sqlalchemy.orm.descriptor_props",
  "sqlalchemy.orm.collections",
  "sqlalchemy.pool",
  "sqlalchemy.exc._warnings",
];
const pySource = (name) => `./py/${name}.py`;
const preloaded = new Map();
// Called by the wasm (src/worker_main.rs) on a module's first import: its text, or a thrown string
// saying why there is none. A synchronous request: the run that imports it is waiting, and a worker
// may block.
self.ormplayPySource = (name) => {
  const early = preloaded.get(name);
  if (early !== undefined) return early;
  const request = new XMLHttpRequest();
  try {
    request.open("GET", pySource(name), false);
    request.send();
  } catch (error) {
    throw `it could not be fetched (${error && error.message ? error.message : error})`;
  }
  if (request.status !== 200) throw `it could not be fetched (HTTP ${request.status})`;
  return request.responseText;
};

// Called by the wasm on the first use of a constant data table it does not carry (crates/lazy-data:
// the Unicode normalization tables and character names, which most programs never touch; index.html
// copies each into the build under its file name): its bytes, or a thrown string saying why there are
// none. Synchronous, like a module's source.
self.ormplayDataTable = (name) => {
  const request = new XMLHttpRequest();
  try {
    request.open("GET", `./${name}`, false);
    request.responseType = "arraybuffer";
    request.send();
  } catch (error) {
    throw `it could not be fetched (${error && error.message ? error.message : error})`;
  }
  if (request.status !== 200) throw `it could not be fetched (HTTP ${request.status})`;
  return new Uint8Array(request.response);
};

const WASM = "./ormplay-worker_bg.wasm";
// The wasm is requested first — before the glue script below (a synchronous load) and the Python
// sources — as it is what a first run waits for longest; the browser may open only a few connections
// at once, and a request queued behind the others started up to half a second later (issue 15).
const wasmResponse = fetchCounting(WASM);
// Settled (never rejected) once each preloaded source arrived or failed: the runtime reports ready only
// then, so the first run never asks synchronously for one that is still on its way.
const preloading = PRELOAD.map((name) =>
  fetch(pySource(name))
    .then((response) => (response.ok ? response.text() : null))
    .then((text) => text !== null && preloaded.set(name, text), () => {}),
);

importScripts("./ormplay-worker.js");

// Fetches the wasm while counting bytes for the page's progress bar, and compiles it as it streams in.
function fetchCounting(url) {
  return fetch(url).then((response) => {
    if (!response.ok || !response.body) return response;
    // A compressed response's length is not the wasm's: then the total is unknown (0).
    const total = response.headers.get("content-encoding") ? 0 : Number(response.headers.get("content-length")) || 0;
    let loaded = 0;
    const reader = response.body.getReader();
    const stream = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          self.postMessage({ type: "progress", loaded, total: total || loaded });
          controller.close();
          return;
        }
        loaded += value.byteLength;
        self.postMessage({ type: "progress", loaded, total });
        controller.enqueue(value);
      },
    });
    return new Response(stream, { headers: response.headers, status: response.status, statusText: response.statusText });
  });
}

const ready = Promise.all([wasm_bindgen({ module_or_path: wasmResponse }), ...preloading]).then(
  () => {
    self.postMessage({ type: "ready" });
    return true;
  },
  (error) => {
    self.postMessage({ type: "load-failed", message: String(error && error.message ? error.message : error) });
    return false;
  },
);

let dead = false;

function describe(error) {
  const name = error && error.name ? error.name : "Error";
  const text = error && error.message ? error.message : String(error);
  if (panicMessage !== null) return { kind: "panic", detail: panicMessage };
  if (name === "RangeError" && /call stack/i.test(text)) return { kind: "stack", detail: `${name}: ${text}` };
  if (/memory/i.test(text) || /unreachable/i.test(text)) return { kind: "memory", detail: `${name}: ${text}` };
  return { kind: "other", detail: `${name}: ${text}` };
}

function lastStatement() {
  try {
    const packed = wasm_bindgen.last_statement();
    if (!(packed >= 0)) return { file: 0, offset: 0 };
    return { file: Math.floor(packed / 4294967296), offset: packed % 4294967296 };
  } catch (e) {
    return { file: 0, offset: 0 };
  }
}

function tidy() {
  if (dead) return;
  try {
    wasm_bindgen.idle();
  } catch (error) {
    // Freeing trapped: the instance can no longer be trusted; the page replaces this worker.
    dead = true;
    const { kind, detail } = describe(error);
    self.postMessage({ id: 0, fatal: { kind, detail, file: 0, offset: 0 } });
    self.close();
  }
}

self.onmessage = async (event) => {
  const message = event.data || {};
  if (!(await ready) || dead) return;
  if (message.arm) {
    const { kind, file, offset } = message.arm;
    wasm_bindgen.arm_crash_for_tests(String(kind), String(file), Number(offset) >>> 0);
    return;
  }
  try {
    const request = message.request instanceof Uint8Array ? message.request : new Uint8Array(0);
    const response = wasm_bindgen.handle(request);
    self.postMessage({ id: message.id, response }, [response.buffer]);
    // Then free what the answer left behind (the replaced timeline, the answer's data), while the
    // page renders: a task of its own, so the answer goes out first (the next request frees it anyway).
    setTimeout(tidy, 0);
  } catch (error) {
    dead = true;
    const { kind, detail } = describe(error);
    const { file, offset } = lastStatement();
    self.postMessage({ id: message.id, fatal: { kind, detail, file, offset } });
    self.close();
  }
};
