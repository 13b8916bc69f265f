//! A step's echo-style log: its SQL entries and printed output interleaved in the order they happened,
//! as a terminal shows a script run with `echo=True`, with filters for SQL only or output only.
//! DELETE and UPDATE statements are set apart, since they are what removes or changes rows.

use leptos::prelude::*;

use crate::orm::{LogEntry, LogKind};
use crate::trace::{Entry, Step};

/// Which entries the log shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Filter {
    All,
    Sql,
    Output,
}

pub fn step_log(s: &Step) -> impl IntoView + use<> {
    let filter = RwSignal::new(Filter::All);
    let entries = s.entries.clone();
    let empty = entries.is_empty();
    let button = move |f: Filter, label: &'static str| {
        view! {
            <button class="tab small" aria-pressed=move || (filter.get() == f).to_string() on:click=move |_| filter.set(f)>{label}</button>
        }
    };
    view! {
        <section class="timeline-log-block">
            <h4 class="block-title">
                "What ran "
                <span class="filters" role="group" aria-label="Show">
                    {button(Filter::All, "All")}
                    {button(Filter::Sql, "SQL")}
                    {button(Filter::Output, "Output")}
                </span>
            </h4>
            <div class="timeline-log echo" data-testid="timeline-log" class:is-empty=empty data-placeholder="This statement sent no SQL and printed nothing.">
                {entries.into_iter().map(|e| entry_view(e, filter)).collect_view()}
            </div>
        </section>
    }
}

fn entry_view(entry: Entry, filter: RwSignal<Filter>) -> impl IntoView {
    match entry {
        Entry::Sql(e) => {
            let class = format!("echo-sql verb-{}", verb(&e));
            let text = e.echo_lines().join("\n");
            view! { <pre class=class data-testid="timeline-sql" hidden=move || filter.get() == Filter::Output>{text}</pre> }
                .into_any()
        }
        Entry::Output { text } => {
            view! { <pre class="echo-output" data-testid="timeline-output" hidden=move || filter.get() == Filter::Sql>{text}</pre> }
                .into_any()
        }
    }
}

/// The entry's leading verb for styling: `delete`, `update`, `insert`, `select`, `tx` or `other`.
pub(crate) fn verb(entry: &LogEntry) -> &'static str {
    if !matches!(entry.kind, LogKind::Statement { .. }) {
        return "tx";
    }
    let word: String = entry.sql.trim_start().chars().take_while(char::is_ascii_alphabetic).collect();
    match word.to_ascii_uppercase().as_str() {
        "DELETE" => "delete",
        "UPDATE" => "update",
        "INSERT" => "insert",
        "SELECT" => "select",
        _ => "other",
    }
}
