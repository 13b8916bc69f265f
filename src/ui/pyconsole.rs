//! The Python console: a prompt under the transcript of what was typed since the last run. Each input
//! is evaluated by the runtime in the last run's interpreter (`crate::pyconsole`): the script's
//! globals, session and database as it left them. The transcript shows the input, the SQL it sent
//! (SQLAlchemy's echo text, DELETE/UPDATE set apart as in the timeline), what it printed (an expression
//! statement's repr included) and its traceback. Enter evaluates, Shift+Enter adds a line, ↑/↓ walk
//! the history. A new run clears the transcript (`ui/runner.rs`); the history stays.

use leptos::html;
use leptos::prelude::*;

use super::runtime::Reply;
use super::state::{AppState, use_state};
use super::timeline::log::verb;
use crate::program::Failure;
use crate::pyconsole::{ConsoleInput, Piece};
use crate::wire::{Request, Response};

/// Inputs remembered for ↑/↓ (the oldest are forgotten first).
const HISTORY: usize = 200;

#[component]
pub fn PyConsole() -> impl IntoView {
    let state = use_state();
    let text = RwSignal::new(String::new());
    let history = StoredValue::new(Vec::<String>::new());
    // Where ↑/↓ is in the history (None: at the draft being typed), and that draft.
    let cursor = StoredValue::new(None::<usize>);
    let draft = StoredValue::new(String::new());
    let input_ref = NodeRef::<html::Textarea>::new();
    let submit = move || {
        let source = text.get_untracked();
        if source.trim().is_empty() {
            return;
        }
        history.update_value(|h| {
            if h.last() != Some(&source) {
                h.push(source.clone());
            }
            if h.len() > HISTORY {
                h.remove(0);
            }
        });
        cursor.set_value(None);
        text.set(String::new());
        evaluate(state, source, input_ref);
    };
    let walk = move |older: bool| {
        let len = history.with_value(Vec::len);
        let next = match (cursor.get_value(), older) {
            (None, true) if len > 0 => {
                draft.set_value(text.get_untracked());
                Some(len - 1)
            }
            (None, _) => return,
            (Some(i), true) => Some(i.saturating_sub(1)),
            (Some(i), false) if i + 1 < len => Some(i + 1),
            (Some(_), false) => None,
        };
        cursor.set_value(next);
        match next {
            Some(i) => text.set(history.with_value(|h| h.get(i).cloned().unwrap_or_default())),
            None => text.set(draft.get_value()),
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let one_line = !text.with_untracked(|t| t.contains('\n'));
        match ev.key().as_str() {
            "Enter" if !ev.shift_key() => {
                ev.prevent_default();
                submit();
            }
            "ArrowUp" if one_line => {
                ev.prevent_default();
                walk(true);
            }
            "ArrowDown" if one_line => {
                ev.prevent_default();
                walk(false);
            }
            _ => {}
        }
    };
    view! {
        <section class="py-console" aria-label="Python console">
            <p class="muted small console-hint">
                "Python after the run: its variables, session and database as the script left them · Enter runs, ↑/↓ history"
            </p>
            <div class="py-transcript timeline-log" data-testid="py-console-output" aria-live="polite">
                {move || state.py_console.get().into_iter().map(entry_view).collect_view()}
            </div>
            <div class="py-prompt">
                <span class="py-ps1" aria-hidden="true">">>>"</span>
                <textarea
                    class="py-input"
                    data-testid="py-console"
                    aria-label="Python to evaluate"
                    spellcheck="false"
                    autocomplete="off"
                    rows=move || text.with(|t| t.lines().count().clamp(1, 8).to_string())
                    placeholder="alice.children"
                    node_ref=input_ref
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        cursor.set_value(None);
                        text.set(event_target_value(&ev));
                    }
                    on:keydown=on_keydown
                ></textarea>
            </div>
        </section>
    }
}

/// Sends `source` to the runtime and appends what came back to the transcript.
fn evaluate(state: AppState, source: String, input_ref: NodeRef<html::Textarea>) {
    let Some(runtime) = state.runtime() else { return };
    let request = Request::Python { source: source.clone() };
    runtime.request(&request, move |reply| {
        let entry = match reply {
            Reply::Answer(Response::Python { entry, tables }) => {
                state.tables.set(tables);
                entry
            }
            other => {
                // The runtime was replaced: its interpreter (and the run's state) is gone.
                state.tables.set(Vec::new());
                ConsoleInput { input: source, pieces: Vec::new(), error: Some(lost(other)) }
            }
        };
        state.py_console.update(|entries| entries.push(entry));
        if let Some(input) = input_ref.get_untracked() {
            input.scroll_into_view_with_bool(false);
        }
    });
}

/// What the console says when an input ended without an answer.
fn lost(reply: Reply) -> Failure {
    let restarted = "The runtime was restarted fresh: run the code again to continue from its end.";
    let (class, message) = match reply {
        Reply::Fatal(report) => {
            ("Crashed", format!("The runtime crashed on this input ({}). {restarted}", report.detail))
        }
        Reply::Stopped => ("Stopped", format!("Stopped before it finished. {restarted}")),
        Reply::Unavailable(why) => ("Unavailable", format!("The input could not run: {why}.")),
        Reply::Answer(other) => ("Unavailable", format!("The runtime answered something unexpected: {other:?}")),
    };
    Failure { class: class.into(), traceback: message.clone(), message, line: None }
}

fn entry_view(entry: ConsoleInput) -> impl IntoView {
    // The prompt as the interpreter shows it: `>>> ` then `... ` for continuation lines.
    let input: String = entry
        .input
        .lines()
        .enumerate()
        .map(|(i, line)| format!("{}{line}\n", if i == 0 { ">>> " } else { "... " }))
        .collect();
    let pieces = entry.pieces.into_iter().map(|piece| match piece {
        Piece::Sql { entry } => {
            let class = format!("echo-sql verb-{}", verb(&entry));
            view! { <pre class=class data-testid="py-sql">{entry.echo_lines().join("\n")}</pre> }.into_any()
        }
        Piece::Output { text } => view! { <pre class="echo-output" data-testid="py-output">{text}</pre> }.into_any(),
    });
    view! {
        <div class="py-entry" data-testid="py-entry">
            <pre class="py-echo-input">{input}</pre>
            {pieces.collect_view()}
            {entry.error.map(|e| view! { <pre class="traceback py-traceback" data-testid="py-traceback" role="alert">{e.traceback}</pre> })}
        </div>
    }
}
