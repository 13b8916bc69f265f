//! The diagram's text exports: the schema as Mermaid (`erDiagram`), DBML, or DDL in a chosen dialect,
//! shown in a panel over the diagram with Copy and Download. Mermaid and DBML come from the diagram
//! model on the page; DDL needs the ORM, so the runtime worker makes it (`wire::Request::Ddl`). The
//! text sits in a read-only textarea: user strings stay text.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::diagram::{DiagramModel, to_dbml, to_mermaid};
use crate::ui::runtime::Reply;
use crate::ui::state::use_state;
use crate::wire::{Request, Response};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = OrmplayShare, js_name = copyText)]
    fn copy_text(text: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = OrmplayShare, js_name = downloadText)]
    fn download_text(name: &str, text: &str) -> Result<(), JsValue>;
}

#[component]
pub fn ExportPanel(model: Memo<DiagramModel>, on_close: impl Fn() + Copy + 'static) -> impl IntoView {
    let state = use_state();
    let format = RwSignal::new("mermaid");
    let dialect = RwSignal::new("sqlite".to_string());
    let ddl = RwSignal::new(None::<String>);
    // DDL is asked of the runtime whenever the models or the dialect change while it is shown.
    Effect::new(move |_| {
        let (models, dialect) = (state.models.get(), dialect.get());
        if format.get() != "ddl" {
            return;
        }
        let Some(runtime) = state.runtime() else { return };
        ddl.set(None);
        runtime.request(&Request::Ddl { models, dialect }, move |reply| {
            ddl.set(Some(match reply {
                Reply::Answer(Response::Ddl { text }) => text,
                Reply::Fatal(report) => format!("-- the runtime crashed making the DDL ({})\n", report.detail),
                _ => "-- the DDL could not be made\n".to_string(),
            }));
        });
    });
    let text = move || match format.get() {
        "dbml" => model.with(to_dbml),
        "ddl" => ddl.get().unwrap_or_else(|| "-- making the DDL…\n".into()),
        _ => model.with(to_mermaid),
    };
    let status = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let Ok(promise) = copy_text(&text()) else { return };
        let done = Closure::once(move |ok: JsValue| {
            status.set(Some(if ok.as_bool() == Some(true) { "Copied" } else { "Not copied" }))
        });
        let _ = promise.then(&done);
        done.forget();
    };
    let download = move |_| {
        let name = match format.get_untracked() {
            "dbml" => "ormplay-schema.dbml",
            "ddl" => "ormplay-schema.sql",
            _ => "ormplay-diagram.mmd",
        };
        let _ = download_text(name, &text());
    };
    let choice = move |id: &'static str, label: &'static str| {
        view! {
            <button class="tab" role="tab" data-testid=format!("export-{id}") aria-selected=move || (format.get() == id).to_string()
                on:click=move |_| { format.set(id); status.set(None); }>{label}</button>
        }
    };
    view! {
        <div class="export-panel" role="dialog" aria-label="Export the schema as text" data-testid="export-panel">
            <div class="export-head">
                <div class="tabs" role="tablist" aria-label="Format">
                    {choice("mermaid", "Mermaid")}
                    {choice("dbml", "DBML")}
                    {choice("ddl", "DDL")}
                </div>
                {move || (format.get() == "ddl").then(|| view! {
                    <label class="small">
                        "Dialect "
                        <select data-testid="export-dialect" prop:value=move || dialect.get() on:change=move |ev| dialect.set(event_target_value(&ev))>
                            <option value="sqlite">"SQLite"</option>
                            <option value="postgresql">"PostgreSQL"</option>
                        </select>
                    </label>
                })}
                <button class="button small" data-testid="export-copy" on:click=copy>{move || status.get().unwrap_or("Copy")}</button>
                <button class="button small" data-testid="export-download" on:click=download>"Download"</button>
                <button class="button small icon" aria-label="Close" title="Close" on:click=move |_| on_close()>"×"</button>
            </div>
            <textarea class="export-text" data-testid="export-textarea" readonly=true spellcheck="false" aria-label="Exported text" prop:value=text></textarea>
        </div>
    }
}
