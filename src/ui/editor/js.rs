//! The wasm-bindgen interface to `window.OrmplayEditor` (web/editor.js, the CodeMirror bundle).
//!
//! Every import is `catch`: a JS exception crossing into wasm without it would abort the module, and
//! the page must survive a missing or broken bundle (it then shows a message instead of the editor).

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// One CodeMirror instance, as returned by `OrmplayEditor.create`.
    pub type EditorHandle;

    #[wasm_bindgen(catch, js_namespace = OrmplayEditor, js_name = create)]
    fn create_raw(
        parent: &web_sys::HtmlElement,
        doc: &str,
        on_change: &js_sys::Function,
        on_line: &JsValue,
        label: &str,
    ) -> Result<EditorHandle, JsValue>;

    #[wasm_bindgen(catch, method, js_name = getValue)]
    fn get_value_raw(this: &EditorHandle) -> Result<String, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setValue)]
    fn set_value_raw(this: &EditorHandle, text: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = setDiagnostics)]
    fn set_diagnostics_raw(this: &EditorHandle, list: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = highlightLines)]
    fn highlight_lines_raw(this: &EditorHandle, lines: Vec<u32>, reveal: bool) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = scrollToLine)]
    fn scroll_to_line_raw(this: &EditorHandle, line: u32) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = focus)]
    fn focus_raw(this: &EditorHandle) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = lineAt)]
    fn line_at_raw(this: &EditorHandle, x: f64, y: f64) -> Result<u32, JsValue>;
}

/// A diagnostic as the editor takes it (1-based lines and character columns).
#[derive(serde::Serialize)]
pub struct EditorDiagnostic {
    pub from_line: u32,
    pub from_col: u32,
    pub to_line: u32,
    pub to_col: u32,
    pub severity: &'static str,
    pub message: String,
}

/// Creates an editor inside `parent` (its text area named `label` for screen readers); `on_change`
/// gets the whole text after every edit, and `on_line`
/// (a function, or `undefined`) the line pointed at or holding the cursor (0 for none) when it changes.
/// `Err` carries a readable reason (for example, the bundle did not load).
pub fn create(
    parent: &web_sys::HtmlElement,
    doc: &str,
    on_change: &js_sys::Function,
    on_line: &JsValue,
    label: &str,
) -> Result<EditorHandle, String> {
    create_raw(parent, doc, on_change, on_line, label).map_err(|e| {
        let detail = e.as_string().or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string()));
        format!("the code editor could not start ({})", detail.unwrap_or_else(|| "unknown error".into()))
    })
}

impl EditorHandle {
    pub fn value(&self) -> Option<String> {
        self.get_value_raw().ok()
    }

    pub fn set_value(&self, text: &str) {
        let _ = self.set_value_raw(text);
    }

    pub fn set_diagnostics(&self, diagnostics: &[EditorDiagnostic]) {
        // Plain data crosses as JSON: no per-field bindings to keep in step with editor.js.
        let list = serde_json::to_string(diagnostics).ok().and_then(|json| js_sys::JSON::parse(&json).ok());
        let _ = self.set_diagnostics_raw(&list.unwrap_or_else(|| js_sys::Array::new().into()));
    }

    /// Highlights `lines`; with `reveal`, scrolls (only as needed) so the first one is visible.
    pub fn highlight_lines(&self, lines: Vec<u32>, reveal: bool) {
        let _ = self.highlight_lines_raw(lines, reveal);
    }

    pub fn scroll_to_line(&self, line: u32) {
        let _ = self.scroll_to_line_raw(line);
    }

    pub fn focus(&self) {
        let _ = self.focus_raw();
    }

    /// The line (1-based) at a point of the page (a click's client coordinates), if there is one.
    pub fn line_at(&self, x: f64, y: f64) -> Option<u32> {
        self.line_at_raw(x, y).ok().filter(|&line| line > 0)
    }
}
