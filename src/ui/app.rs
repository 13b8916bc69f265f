//! The page layout and its start: the header and banner, then a grid of panes (see `style/main.css`
//! for how the grid adapts to the window width). At start the runtime worker starts loading, the work
//! is restored (a link, else the autosave, else the first lesson) and run at once — unless it crashed
//! or froze the last time it ran; then edits re-run, changes autosave, Ctrl/⌘+S shares and a pasted
//! link opens.

use leptos::prelude::*;

use super::banner::Banner;
use super::diagram::DiagramPane;
use super::editor::CodeEditor;
use super::header::Header;
use super::layout::{self, ShortcutSheet, Splitter};
use super::lesson::LessonPane;
use super::output::OutputArea;
use super::runtime::Runtime;
use super::state::AppState;
use super::tables::TablesPane;
use super::{first_view, persist, runner, share, theme};
use crate::source::FileId;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    state.theme.set(theme::saved_theme());
    state.set_runtime(Runtime::start(move |loading| state.loading.set(loading)));
    if persist::restore(state) {
        // The lesson's precomputed run, shown until the runtime's own arrives (`ui/first_view.rs`).
        first_view::seed(state);
        runner::run_now(state);
    }
    runner::install_auto_run(state);
    install_test_hooks(state);
    persist::install_autosave(state);
    share::install_shortcut(state);
    share::install_hash_listener(state, move |run| {
        if run {
            runner::run_now(state);
        }
    });
    layout::install_keys(state);
    let stale = move || state.run.with(|r| r.as_ref().is_some_and(|r| r.stale));
    view! {
        <div class="app" class:has-maximized=move || state.maximized.with(Option::is_some)>
            <Header/>
            <Banner/>
            <main class="workspace">
                <div class="column code-column">
                    <LessonPane/>
                    <div class="editors">
                        <CodeEditor file=FileId::Models title="models.py" testid="models-editor" area="models"/>
                        <Splitter name="editors" vertical=false label="Resize models.py and script.py"/>
                        <CodeEditor file=FileId::Script title="script.py" testid="script-editor" area="script"/>
                    </div>
                </div>
                <Splitter name="code" vertical=true label="Resize the code and the results"/>
                <div class="column results-column" class:stale=stale>
                    {move || stale().then(|| view! {
                        <p class="stale-note" data-testid="stale-note" role="status">
                            "Showing the last successful run: the code does not parse yet (see Problems)."
                        </p>
                    })}
                    <DiagramPane/>
                    <Splitter name="diagram" vertical=false label="Resize the diagram and the results below it"/>
                    <div class="results-row">
                        <OutputArea/>
                        <TablesPane/>
                    </div>
                </div>
            </main>
            <ShortcutSheet/>
            <footer class="footer">
                "ormplay runs entirely in your browser: Rust compiled to WebAssembly, with an in-memory "
                "SQLite database, in a worker thread that Stop can end. Nothing you type leaves this page. "
                "Press ? for keyboard shortcuts."
            </footer>
        </div>
    }
}

/// `window.ormplayArmCrash(kind, file, offset)`: makes the runtime trap on purpose at the statement
/// starting at byte `offset` of `file` (see `src/worker_main.rs`), so browser tests can check how the
/// page handles fatal errors without depending on a bug. Harmless otherwise: it only ends a run.
fn install_test_hooks(state: AppState) {
    use wasm_bindgen::prelude::*;
    let arm = Closure::<dyn Fn(String, String, u32)>::new(move |kind: String, file: String, offset: u32| {
        if let Some(runtime) = state.runtime() {
            runtime.arm_crash_for_tests(&kind, &file, offset);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"ormplayArmCrash".into(), arm.as_ref());
    }
    arm.forget();
}
