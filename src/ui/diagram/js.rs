//! The wasm-bindgen interface to `window.OrmplayDiagram` (web/diagram.js, the diagram viewport).
//!
//! Every import is `catch`, as for the editor: a JS exception crossing into wasm without it would abort
//! the module. Failures are ignored — a diagram that does not zoom is no reason to lose the page.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// One attached viewport, as returned by `OrmplayDiagram.attach`.
    pub type DiagramHandle;

    #[wasm_bindgen(catch, js_namespace = OrmplayDiagram, js_name = attach)]
    fn attach_raw(host: &web_sys::HtmlElement, callbacks: &JsValue) -> Result<DiagramHandle, JsValue>;

    #[wasm_bindgen(catch, method, js_name = render)]
    fn render_raw(this: &DiagramHandle, svg: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = fit)]
    fn fit_raw(this: &DiagramHandle) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = aspect)]
    fn aspect_raw(this: &DiagramHandle) -> Result<f64, JsValue>;

    #[wasm_bindgen(catch, method, js_name = zoomBy)]
    fn zoom_by_raw(this: &DiagramHandle, factor: f64) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = highlightLines)]
    fn highlight_lines_raw(this: &DiagramHandle, lines: Vec<u32>) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = exportSvg)]
    fn export_svg_raw(this: &DiagramHandle, name: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = exportPng)]
    fn export_png_raw(this: &DiagramHandle, name: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = copyPng)]
    fn copy_png_raw(this: &DiagramHandle) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setInteract)]
    fn set_interact_raw(this: &DiagramHandle, on: bool) -> Result<(), JsValue>;
}

/// Attaches the viewport to `host`. `callbacks` is a plain object with `onDrag`, `onEntityClick` and
/// `onEdgeHover` functions. `None` if the script did not load.
pub fn attach(host: &web_sys::HtmlElement, callbacks: &JsValue) -> Option<DiagramHandle> {
    attach_raw(host, callbacks).ok()
}

impl DiagramHandle {
    pub fn render(&self, svg: &str) {
        let _ = self.render_raw(svg);
    }

    pub fn fit(&self) {
        let _ = self.fit_raw();
    }

    /// The viewport's width over its height as the last layout left it (0 before it has a size).
    pub fn aspect(&self) -> f64 {
        self.aspect_raw().unwrap_or(0.0)
    }

    pub fn zoom_by(&self, factor: f64) {
        let _ = self.zoom_by_raw(factor);
    }

    pub fn highlight_lines(&self, lines: Vec<u32>) {
        let _ = self.highlight_lines_raw(lines);
    }

    pub fn export_svg(&self, name: &str) {
        let _ = self.export_svg_raw(name);
    }

    pub fn export_png(&self, name: &str) {
        let _ = self.export_png_raw(name);
    }

    /// Copies the drawing to the clipboard as a PNG; the promise resolves to whether it worked.
    pub fn copy_png(&self) -> Option<js_sys::Promise> {
        self.copy_png_raw().ok()
    }

    pub fn set_interact(&self, on: bool) {
        let _ = self.set_interact_raw(on);
    }
}
