//! The page: a thin Leptos 0.8 (client-side rendered) layer over the core, compiled for wasm32 only.
//!
//! One component per file under `ui/`. All state lives in signals gathered in [`state::AppState`],
//! shared by context; the core's work (a run of both files, console SQL) happens in a Web Worker
//! (`runtime`), asked by event handlers and one debounced effect, and other effects keep things outside Leptos (the CodeMirror editors, the
//! diagram viewport, the theme attribute, localStorage) in sync. Text reaches the DOM through Leptos'
//! own escaping; the one piece of markup built elsewhere is the diagram's SVG, which the core renders
//! with every user string escaped (`crate::text::escape_html`) and `web/diagram.js` inserts.

pub mod app;
pub mod banner;
pub mod console;
pub mod diagram;
pub mod editor;
pub mod examples;
pub mod first_view;
pub mod grid;
pub mod header;
pub mod layout;
pub mod lesson;
pub mod output;
pub mod persist;
pub mod pyconsole;
pub mod runner;
pub mod runtime;
pub mod share;
pub mod sql_log;
pub mod state;
pub mod tables;
pub mod theme;
pub mod timeline;

/// Mounts the app into `<body>` (called by `main` on wasm32).
pub fn start() {
    console_error_panic_hook::set_once();
    remove_boot_message();
    leptos::mount::mount_to_body(app::App);
}

/// Runs `f` in a task of its own after the page's next frame. Start-up work that need not be in the
/// first paint (the diagram, the editors) then neither lengthens the mount's task nor forces a layout
/// of its own to read a size: the frame has just laid the page out (issue 15: no main-thread task
/// over 200 ms while the page opens).
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || leptos::prelude::set_timeout(f, std::time::Duration::ZERO));
}

/// index.html shows "Loading ormplay…" until the wasm module runs; the app replaces it.
fn remove_boot_message() {
    let boot = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot"));
    if let Some(boot) = boot {
        boot.remove();
    }
}
