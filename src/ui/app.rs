//! The page layout: the header, then a grid of panes (see `style/main.css` for how the grid adapts to
//! the window width).

use leptos::prelude::*;

use super::console::SqlConsole;
use super::diagram::DiagramPane;
use super::editor::CodeEditor;
use super::header::Header;
use super::output::OutputArea;
use super::state::AppState;
use super::tables::TablesPane;
use crate::source::FileId;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    view! {
        <div class="app">
            <Header/>
            <main class="workspace">
                <CodeEditor file=FileId::Models title="models.py" testid="models-editor" area="models"/>
                <CodeEditor file=FileId::Script title="script.py" testid="script-editor" area="script"/>
                <OutputArea/>
                <DiagramPane/>
                <TablesPane/>
                <SqlConsole/>
            </main>
            <footer class="footer">
                "ormplay runs entirely in your browser: Rust compiled to WebAssembly, with an in-memory "
                "GlueSQL database. Nothing you type leaves this page."
            </footer>
        </div>
    }
}
