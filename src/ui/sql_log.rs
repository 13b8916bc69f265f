//! The SQL log (SQLAlchemy's `echo=True` view): every statement the ORM sent, in order, with its
//! parameters, grouped by what sent it — one block per flush, commit, query or DDL batch.

use leptos::prelude::*;

use super::state::use_state;
use crate::db::Cell;
use crate::orm::LogEntry;

#[component]
pub fn SqlLog() -> impl IntoView {
    let state = use_state();
    let log = Memo::new(move |_| state.with_run(|r| r.map(|r| r.sql_log.clone()).unwrap_or_default()));
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

/// Consecutive entries of the same phase and group number.
fn groups(entries: Vec<LogEntry>) -> Vec<Vec<LogEntry>> {
    let mut out: Vec<Vec<LogEntry>> = Vec::new();
    for entry in entries {
        match out.last_mut() {
            Some(group) if group.last().is_some_and(|l| l.phase == entry.phase && l.group == entry.group) => {
                group.push(entry)
            }
            _ => out.push(vec![entry]),
        }
    }
    out
}

fn group_view(group: Vec<LogEntry>) -> impl IntoView {
    let phase = group.first().map_or("", |e| e.phase.as_str());
    let title = match phase {
        "flush" => "flush",
        "commit" => "COMMIT",
        "rollback" => "ROLLBACK",
        "ddl" => "create_all",
        "query" => "query",
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

fn statement_view(entry: LogEntry) -> impl IntoView {
    let params = (!entry.params.is_empty()).then(|| python_tuple(&entry.params));
    view! {
        <div class="sql-statement">
            <pre class="sql-text">{entry.sql}</pre>
            {params.map(|p| view! { <pre class="sql-params">{p}</pre> })}
        </div>
    }
}

/// Parameters as SQLAlchemy's echo prints them: a Python tuple, `('Alice', 1)`.
fn python_tuple(params: &[Cell]) -> String {
    let items: Vec<String> = params.iter().map(python_repr).collect();
    if items.len() == 1 { format!("({},)", items.join("")) } else { format!("({})", items.join(", ")) }
}

fn python_repr(cell: &Cell) -> String {
    match cell {
        Cell::Null => "None".into(),
        Cell::Bool(true) => "True".into(),
        Cell::Bool(false) => "False".into(),
        Cell::Text(t) => format!("'{}'", t.replace('\\', "\\\\").replace('\'', "\\'")),
        other => other.display(),
    }
}
