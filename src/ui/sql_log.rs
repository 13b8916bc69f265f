//! The SQL log (SQLAlchemy's `echo=True` view): every statement sent, in order, with its parameter line
//! exactly as SQLAlchemy's logger prints it (rendered once, by `LogEntry::echo_lines`), grouped by what
//! sent it — one block per flush, commit, query or DDL batch.
//!
//! The log is read and drawn only while its tab is shown: a run of a big schema logs a thousand
//! statements and more, and copying, comparing and drawing them into a hidden panel on every run is
//! work nobody sees (opening the tab draws them).

use leptos::prelude::*;

use super::state::use_state;
use crate::orm::{LogEntry, LogKind, Phase, Trigger};
use crate::source::FileId;

#[component]
pub fn SqlLog() -> impl IntoView {
    let state = use_state();
    // Read (copied, compared) only while the tab is shown.
    let log = Memo::new(move |_| {
        if state.run_tab.get() != "sql" {
            return Vec::new();
        }
        state.with_run(|r| r.map(|r| r.sql_log.clone()).unwrap_or_default())
    });
    view! {
        <div
            class="sql-log"
            class:is-empty=move || log.with(Vec::is_empty)
            data-testid="sql-log"
            data-placeholder="The SQL the ORM sends to the database, statement by statement."
        >
            {move || groups(log.get()).into_iter().map(group_view).collect_view()}
        </div>
    }
}

/// The CSS/test name of an entry's block: its phase, or for transaction control what it did.
fn block_name(entry: &LogEntry) -> &'static str {
    match (&entry.kind, entry.phase) {
        (LogKind::Begin, _) => "begin",
        (LogKind::Commit, _) => "commit",
        (LogKind::Rollback, _) => "rollback",
        (_, Phase::Ddl) => "ddl",
        (_, Phase::Flush) => "flush",
        (_, Phase::Query) => "query",
        (_, Phase::Execute) => "execute",
        (_, Phase::Transaction) => "transaction",
    }
}

/// Consecutive entries of the same block name and group number.
fn groups(entries: Vec<LogEntry>) -> Vec<Vec<LogEntry>> {
    let mut out: Vec<Vec<LogEntry>> = Vec::new();
    for entry in entries {
        match out.last_mut() {
            Some(group)
                if group.last().is_some_and(|l| block_name(l) == block_name(&entry) && l.group == entry.group) =>
            {
                group.push(entry)
            }
            _ => out.push(vec![entry]),
        }
    }
    out
}

fn group_view(group: Vec<LogEntry>) -> impl IntoView {
    let phase = group.first().map_or("", block_name);
    let title = match phase {
        "commit" => "COMMIT",
        "rollback" => "ROLLBACK",
        "begin" => "BEGIN",
        "ddl" => "create_all",
        other => other,
    };
    let count = if group.len() == 1 { "1 statement".to_string() } else { format!("{} statements", group.len()) };
    view! {
        <section class=format!("sql-group phase-{phase}") data-phase=phase>
            <p class="sql-group-head"><span class="phase">{title}</span><span class="muted">{count}</span></p>
            {group.into_iter().map(statement_view).collect_view()}
        </section>
    }
}

/// One entry as `echo=True` prints it: the statement, then its `[stats] (parameters)` line.
fn statement_view(entry: LogEntry) -> impl IntoView {
    let mut lines = entry.echo_lines().into_iter();
    let sql = lines.next().unwrap_or_default();
    let params = lines.next();
    view! {
        <div class="sql-statement">
            <pre class="sql-text">{sql}</pre>
            {params.map(|p| view! { <pre class="sql-params">{p}</pre> })}
            {entry.trigger.map(trigger_view)}
        </div>
    }
}

/// Why the ORM sent the entry (an autoflush, a lazy load, the flush at commit()), linked to the
/// statement that was running: a click shows that line in the editor.
fn trigger_view(trigger: Trigger) -> impl IntoView {
    let state = use_state();
    let file = match trigger.file.as_str() {
        "script.py" => Some(FileId::Script),
        "models.py" => Some(FileId::Models),
        _ => None,
    };
    let line = trigger.line;
    let text = format!("{} · {} line {line}", trigger.what, trigger.file);
    let jump = move |_| {
        if let Some(file) = file {
            state.with_editor(file, |editor| editor.scroll_to_line(line));
        }
    };
    view! {
        <button class="sql-trigger" data-testid="sql-trigger" title="Show the statement in the editor" on:click=jump>
            {text}
        </button>
    }
}
