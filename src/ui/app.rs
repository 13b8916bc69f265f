//! The page layout and its start: the header and banner, then a grid of panes (see `style/main.css`
//! for how the grid adapts to the window width). At start the work is restored (a link, else the
//! autosave, else the first lesson) and run at once; then edits re-run, changes autosave, Ctrl/⌘+S
//! shares and a pasted link opens.

use leptos::prelude::*;

use super::banner::Banner;
use super::console::SqlConsole;
use super::diagram::DiagramPane;
use super::editor::CodeEditor;
use super::header::Header;
use super::lesson::LessonPane;
use super::output::OutputArea;
use super::state::AppState;
use super::tables::TablesPane;
use super::{persist, runner, share, theme};
use crate::source::FileId;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    state.theme.set(theme::saved_theme());
    persist::restore(state);
    runner::run_now(state);
    runner::install_auto_run(state);
    persist::install_autosave(state);
    share::install_shortcut(state);
    share::install_hash_listener(state, move || runner::run_now(state));
    view! {
        <div class="app">
            <Header/>
            <Banner/>
            <main class="workspace">
                <LessonPane/>
                <CodeEditor file=FileId::Models title="models.py" testid="models-editor" area="models"/>
                <CodeEditor file=FileId::Script title="script.py" testid="script-editor" area="script"/>
                <OutputArea/>
                <DiagramPane/>
                <TablesPane/>
                <SqlConsole/>
            </main>
            <footer class="footer">
                "ormplay runs entirely in your browser: Rust compiled to WebAssembly, with an in-memory "
                "SQLite database. Nothing you type leaves this page."
            </footer>
        </div>
    }
}
