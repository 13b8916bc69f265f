//! An editor pane: a CodeMirror editor (see `web/editor.js`) bound to one of the two text signals.
//!
//! CodeMirror lives outside Leptos, so effects keep it in step: text set elsewhere (loading an example)
//! is pushed into the editor, and diagnostics for this file go to its lint gutter. Edits flow back
//! through the change callback; for models.py, the line pointed at flows to the diagram. If the bundle fails to load, a plain textarea stands in, so the page
//! still works.

pub mod js;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::layout::{MaximizeButton, is_maximized};
use super::state::{AppState, use_state};
use crate::source::{FileId, LocatedDiagnostic, Severity};
use js::EditorDiagnostic;

#[component]
pub fn CodeEditor(file: FileId, title: &'static str, testid: &'static str, area: &'static str) -> impl IntoView {
    let state = use_state();
    let host = NodeRef::<leptos::html::Div>::new();
    let ready = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);

    // Create the editor once its host element is in the document, in a task of its own, two frames
    // after the mount: the page's first paint, the diagram (drawn after the first frame) and the other
    // editor need not wait for CodeMirror to set up; the code shows as text until then.
    Effect::new(move |created: Option<bool>| {
        if created == Some(true) {
            return true;
        }
        let Some(element) = host.get() else { return false };
        super::after_next_frame(move || {
            super::after_next_frame(move || create_editor(state, file, title, &element, ready, failure));
        });
        true
    });

    editor_effects(state, file, ready);
    pane_view(state, file, title, testid, area, host, (ready, failure))
}

fn create_editor(
    state: AppState,
    file: FileId,
    title: &'static str,
    element: &web_sys::HtmlDivElement,
    ready: RwSignal<bool>,
    failure: RwSignal<Option<String>>,
) {
    let text = state.text(file);
    {
        let on_change = Closure::<dyn FnMut(String)>::new(move |new: String| {
            if text.get_untracked() != new {
                text.set(new);
            }
        });
        // Only models.py lines map to diagram edges and boxes.
        let on_line = (file == FileId::Models)
            .then(|| Closure::<dyn FnMut(u32)>::new(move |line: u32| state.models_line.set(line)));
        let on_line_js = on_line.as_ref().map_or(wasm_bindgen::JsValue::UNDEFINED, |c| c.as_ref().clone());
        let label = format!("{title}, Python code");
        match js::create(element, &text.get_untracked(), on_change.as_ref().unchecked_ref(), &on_line_js, &label) {
            Ok(handle) => {
                state.set_editor(file, handle);
                // A click on a line while the timeline is open selects that statement's step.
                // The line is read at the click's point: the cursor may not have moved yet.
                let on_click = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
                    if state.run_tab.get_untracked() != "timeline" {
                        return;
                    }
                    let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
                    let mut line = None;
                    state.with_editor(file, |editor| line = editor.line_at(x, y));
                    if let Some(line) = line {
                        crate::ui::timeline::select_line(state, file, line);
                    }
                });
                let _ = element.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
                on_click.forget();
                // The editor lives as long as the page, and so must its callbacks.
                on_change.forget();
                if let Some(on_line) = on_line {
                    on_line.forget();
                }
                ready.set(true);
            }
            Err(message) => failure.set(Some(message)),
        }
        state.editors_up.update(|n| *n += 1);
    }
}

/// Effects that keep the editor in step: text set elsewhere, and this file's diagnostics.
fn editor_effects(state: AppState, file: FileId, ready: RwSignal<bool>) {
    let text = state.text(file);
    // Text changed from outside the editor (an example loaded): show it.
    Effect::new(move |_| {
        let wanted = text.get();
        if !ready.get() {
            return;
        }
        state.with_editor(file, |editor| {
            if editor.value().as_deref() != Some(wanted.as_str()) {
                editor.set_value(&wanted);
            }
        });
    });

    // This file's diagnostics, into the lint gutter.
    Effect::new(move |_| {
        let marks: Vec<EditorDiagnostic> = state.with_run(|run| {
            run.map(|r| r.diagnostics.iter().filter(|d| d.diagnostic.file == file).map(editor_mark).collect())
                .unwrap_or_default()
        });
        if ready.get() {
            state.with_editor(file, |editor| editor.set_diagnostics(&marks));
        }
    });
}

fn pane_view(
    state: AppState,
    file: FileId,
    title: &'static str,
    testid: &'static str,
    area: &'static str,
    host: NodeRef<leptos::html::Div>,
    (ready, failure): (RwSignal<bool>, RwSignal<Option<String>>),
) -> impl IntoView {
    let text = state.text(file);
    // Until CodeMirror is up (it is created a task after the page mounts), the code shows as plain
    // text where the editor will be, as the loading shell showed it: the pane never flashes empty.
    let placeholder = move || {
        (!ready.get() && failure.with(Option::is_none))
            .then(|| view! { <pre class="editor-placeholder" aria-hidden="true">{move || text.get()}</pre> })
    };
    view! {
        <section class=format!("pane editor-pane area-{area}") class:maximized=is_maximized(state, area) aria-label=title>
            <header class="pane-head">
                <h2>
                    <span class="file-badge" aria-hidden="true">"py"</span>
                    {title}
                </h2>
                <span class="tab-hint muted small" aria-hidden="true">"Tab indents · Esc then Tab leaves · Ctrl/⌘+Enter runs"</span>
                <MaximizeButton pane=area label=title/>
            </header>
            <div class="editor-host" data-testid=testid node_ref=host>{placeholder}</div>
            {move || {
                failure
                    .get()
                    .map(|message| {
                        view! {
                            <p class="notice error" role="alert">{message}</p>
                            <textarea
                                class="fallback-editor"
                                aria-label=title
                                spellcheck="false"
                                prop:value=move || text.get()
                                on:input=move |ev| text.set(event_target_value(&ev))
                            ></textarea>
                        }
                    })
            }}
        </section>
    }
}

fn editor_mark(located: &LocatedDiagnostic) -> EditorDiagnostic {
    let d = &located.diagnostic;
    let severity = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    };
    let message = match &d.help {
        Some(help) => format!("{}: {}\n{help}", d.kind, d.message),
        None => format!("{}: {}", d.kind, d.message),
    };
    EditorDiagnostic {
        from_line: located.start.line,
        from_col: located.start.column,
        to_line: located.end.line,
        to_col: located.end.column,
        severity,
        message,
    }
}
