//! The diagram pane: the run's diagram model, laid out (`crate::diagram::layout`, with the boxes the
//! person dragged pinned) and rendered as SVG (`render_svg`) in the page's light or dark theme.
//!
//! Pointer work happens in `web/diagram.js` (zoom, pan, fit, drag, click, hover); this component owns
//! the state it changes: a drag pins the box's position in `AppState::positions` (so links and the
//! autosave keep it), which re-lays the diagram out so its edges follow. Hovering an edge highlights its
//! two `relationship()` lines in models.py; pointing at (or putting the cursor on) a line of models.py
//! highlights the edges and classes defined there; clicking a box jumps to its class.

pub mod export;
pub mod js;

use std::collections::BTreeMap;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::layout::{MaximizeButton, is_maximized};
use super::state::{AppState, use_state};
use super::theme::is_dark;
use crate::diagram::layout::Point;
use crate::diagram::{DiagramModel, LayoutOptions, SvgOptions, Theme as SvgTheme, layout, render_svg};
use crate::source::FileId;
use export::ExportPanel;
use js::DiagramHandle;

#[component]
pub fn DiagramPane() -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<leptos::html::Div>::new();
    let handle = StoredValue::new_local(None::<DiagramHandle>);
    let ready = RwSignal::new(false);
    let model = diagram_model(state);

    // The viewport is attached, and the first drawing laid out, in a task after the page's first
    // frame: the mount's task stays short, and the pane's size is read from a fresh layout instead
    // of forcing one (issue 15: no long main-thread task at start-up).
    Effect::new(move |attached: Option<bool>| {
        if attached == Some(true) {
            return true;
        }
        let Some(element) = host.get() else { return false };
        super::after_next_frame(move || {
            if let Some(h) = js::attach(&element, &callbacks(state)) {
                handle.set_value(Some(h));
                ready.set(true);
            }
        });
        true
    });

    // Lay out and draw whenever the model, the pinned positions or the theme change.
    Effect::new(move |_| {
        let model = model.get();
        let positions = state.positions.get();
        let dark = is_dark(state.theme.get());
        if !ready.get() {
            return;
        }
        // Kept by the viewport from the last layout: reading it forces no layout of a changing page.
        let aspect = handle.with_value(|h| h.as_ref().map_or(0.0, DiagramHandle::aspect));
        let options = LayoutOptions {
            aspect_ratio: if aspect.is_finite() && aspect > 0.2 {
                aspect
            } else {
                LayoutOptions::default().aspect_ratio
            },
            pinned: pinned(&positions),
            ..LayoutOptions::default()
        };
        let geometry = layout(&model, &options);
        let svg =
            render_svg(&model, &geometry, &SvgOptions { theme: if dark { SvgTheme::Dark } else { SvgTheme::Light } });
        let lines = lit_lines(state.models_line.get_untracked(), state.cause_lines.get_untracked());
        handle.with_value(|h| {
            if let Some(h) = h {
                h.render(&svg);
                h.highlight_lines(lines);
            }
        });
    });

    // The models.py line the person points at lights up its edges and classes, and so do the
    // relationships behind the timeline step shown.
    Effect::new(move |_| {
        let lines = lit_lines(state.models_line.get(), state.cause_lines.get());
        if ready.get() {
            handle.with_value(|h| h.as_ref().map(|h| h.highlight_lines(lines)));
        }
    });

    let with = move |f: fn(&DiagramHandle)| {
        handle.with_value(|h| {
            if let Some(h) = h {
                f(h);
            }
        })
    };
    let empty = move || model.with(|d| d.entities.is_empty());
    let exporting = RwSignal::new(false);
    let interact = RwSignal::new(false);
    Effect::new(move |_| {
        let on = interact.get();
        if ready.get() {
            handle.with_value(|h| h.as_ref().map(|h| h.set_interact(on)));
        }
    });
    let copied = RwSignal::new(None::<&'static str>);
    let copy_image = move |_| {
        let promise = handle.with_value(|h| h.as_ref().and_then(DiagramHandle::copy_png));
        let Some(promise) = promise else { return };
        let done = Closure::once(move |ok: JsValue| {
            copied.set(Some(if ok.as_bool() == Some(true) { "Copied" } else { "Not copied" }));
            set_timeout(move || copied.set(None), std::time::Duration::from_millis(1500));
        });
        let _ = promise.then(&done);
        // Runs once; one small closure per copy.
        done.forget();
    };
    let pinned_any = move || state.positions.with(|p| !p.is_empty());
    view! {
        <section class="pane diagram-pane" class:maximized=is_maximized(state, "diagram") aria-labelledby="diagram-title">
            <header class="pane-head">
                <h2 id="diagram-title">"Diagram"</h2>
                <div class="tools" role="toolbar" aria-label="Diagram view">
                    <button class="button small" data-testid="diagram-zoom-out" title="Zoom out (Ctrl+wheel)" on:click=move |_| with(|h| h.zoom_by(1.0 / 1.25))>"−"</button>
                    <button class="button small" data-testid="diagram-zoom-in" title="Zoom in (Ctrl+wheel)" on:click=move |_| with(|h| h.zoom_by(1.25))>"+"</button>
                    <button class="button small" data-testid="diagram-fit" title="Fit the whole diagram in view" on:click=move |_| with(DiagramHandle::fit)>"Fit"</button>
                    <button
                        class="button small"
                        data-testid="diagram-reset"
                        title="Forget dragged positions"
                        disabled=move || !pinned_any()
                        on:click=move |_| state.positions.set(BTreeMap::new())>
                        "Re-layout"
                    </button>
                    <button class="button small" data-testid="export-svg" title="Download the diagram as SVG" on:click=move |_| with(|h| h.export_svg("ormplay-diagram.svg"))>"SVG"</button>
                    <button class="button small" data-testid="export-png" title="Download the diagram as PNG" on:click=move |_| with(|h| h.export_png("ormplay-diagram.png"))>"PNG"</button>
                    <button class="button small" data-testid="copy-image" title="Copy the diagram as an image" on:click=copy_image>
                        {move || copied.get().unwrap_or("Copy")}
                    </button>
                    <button class="button small" data-testid="export-text" title="Mermaid, DBML or DDL text of the schema"
                        aria-expanded=move || exporting.get().to_string() on:click=move |_| exporting.update(|o| *o = !*o)>
                        "Text…"
                    </button>
                    <button class="button small interact-toggle" data-testid="diagram-interact"
                        aria-pressed=move || interact.get().to_string()
                        title="Touch: pan, drag and pinch the diagram instead of scrolling the page"
                        on:click=move |_| interact.update(|o| *o = !*o)>
                        "Interact"
                    </button>
                    <MaximizeButton pane="diagram" label="the diagram"/>
                </div>
            </header>
            <div class="pane-body diagram" data-testid="diagram">
                <div class="diagram-viewport" node_ref=host title="Drag a table to move it, drag the background to pan, Ctrl+wheel to zoom"></div>
                {move || empty().then(|| view! { <p class="diagram-empty">"No mapped classes yet: the tables of models.py are drawn here."</p> })}
                {move || exporting.get().then(|| view! { <ExportPanel model=model on_close=move || exporting.set(false)/> })}
            </div>
        </section>
    }
}

/// The JS callbacks: drag → pinned position, click → jump to the class, edge hover → highlight lines.
fn callbacks(state: AppState) -> JsValue {
    let on_drag =
        Closure::<dyn FnMut(String, f64, f64, bool)>::new(move |table: String, x: f64, y: f64, _done: bool| {
            let at = (clamp_coordinate(x), clamp_coordinate(y));
            state.positions.update(|p| {
                p.insert(table, at);
            });
        });
    let on_click = Closure::<dyn FnMut(String)>::new(move |table: String| {
        let line = state
            .run
            .with_untracked(|r| r.as_ref().and_then(|r| r.output.diagram.entity(&table).and_then(|e| e.source_line)));
        if let Some(line) = line {
            state.with_editor(FileId::Models, |editor| {
                editor.scroll_to_line(line);
                editor.focus();
            });
        }
    });
    let on_hover = Closure::<dyn FnMut(u32, u32)>::new(move |from: u32, to: u32| {
        state.with_editor(FileId::Models, |editor| editor.highlight_lines(nonzero(&[from, to]), true));
    });
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"onDrag".into(), on_drag.as_ref());
    let _ = js_sys::Reflect::set(&object, &"onEntityClick".into(), on_click.as_ref());
    let _ = js_sys::Reflect::set(&object, &"onEdgeHover".into(), on_hover.as_ref());
    // The viewport lives as long as the page, and so must its callbacks.
    on_drag.forget();
    on_click.forget();
    on_hover.forget();
    object.into()
}

/// The last run's diagram model, as a memo: the layout effect re-runs only when the model changed.
fn diagram_model(state: AppState) -> Memo<DiagramModel> {
    Memo::new(move |_| state.with_run(|r| r.map(|r| r.diagram.clone()).unwrap_or_default()))
}

/// Dragged positions as the layout takes them.
fn pinned(positions: &BTreeMap<String, (i32, i32)>) -> BTreeMap<String, Point> {
    positions.iter().map(|(table, &(x, y))| (table.clone(), Point { x: f64::from(x), y: f64::from(y) })).collect()
}

/// Positions are whole diagram units, kept in a sane range whatever the pointer did.
fn clamp_coordinate(v: f64) -> i32 {
    if v.is_finite() { v.round().clamp(0.0, 100_000.0) as i32 } else { 0 }
}

fn nonzero(lines: &[u32]) -> Vec<u32> {
    lines.iter().copied().filter(|&l| l > 0).collect()
}

/// The lines whose edges and classes light up: the one pointed at, and the timeline step's causes.
fn lit_lines(pointed: u32, causes: Vec<u32>) -> Vec<u32> {
    let mut lines = nonzero(&[pointed]);
    lines.extend(causes);
    lines
}
