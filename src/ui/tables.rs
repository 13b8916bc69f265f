//! The live-tables pane: for each table of the models, its physical columns and — visibly apart — its
//! relationship attributes, which are not columns, with the sentence saying how each is resolved; then
//! the rows. Rows come from the SQL console's database, which every run replaces with a copy of the
//! run's committed data, so the pane shows what the script committed and then whatever the console
//! changed. Tables the console created (not in the models) are listed after, rows only.

pub mod near;
pub mod schema;

use leptos::prelude::*;

use super::grid::ResultGrid;
use super::layout::{MaximizeButton, is_maximized};
use super::state::use_state;
use crate::db::TableSnapshot;
use crate::orm::describe::TableInfo;
use schema::{columns_view, relationships_view};

#[component]
pub fn TablesPane() -> impl IntoView {
    let state = use_state();
    let schema = Memo::new(move |_| state.with_run(|r| r.map(|r| r.schema.clone()).unwrap_or_default()));
    let count = move || {
        schema.with(|schema| {
            schema.len() + state.tables.with(|t| t.iter().filter(|t| !in_schema(schema, &t.name)).count())
        })
    };
    view! {
        <section class="pane tables-pane" class:maximized=is_maximized(state, "tables") aria-labelledby="tables-title">
            <header class="pane-head">
                <h2 id="tables-title">"Live tables"</h2>
                <span class="badge">{move || match count() { 1 => "1 table".to_string(), n => format!("{n} tables") }}</span>
                <MaximizeButton pane="tables" label="the live tables"/>
            </header>
            <div class="pane-body scroll" data-testid="tables" tabindex="0" aria-label="Live tables">
                {move || (count() == 0).then(|| view! {
                    <p class="empty">
                        "No tables yet. Map a class in models.py (or create a table in the SQL console) and it appears here."
                    </p>
                })}
                // Keyed by each table's content: a run or console change re-renders only the tables it
                // changed, and the others keep their DOM (a 100-table schema stays quick).
                <For each=move || entries(state, schema) key=|entry| entry.key.clone() children=|entry| entry.view.render(entry.eager)/>
            </div>
        </section>
    }
}

/// One table of the pane, with a key that changes exactly when what it shows changes, and whether it
/// is drawn at once or when it scrolls near (see `near`).
#[derive(Clone)]
struct Entry {
    key: (String, u64),
    view: TableView,
    eager: bool,
}

#[derive(Clone)]
enum TableView {
    Mapped(TableInfo, Option<TableSnapshot>),
    Console(TableSnapshot),
}

impl TableView {
    fn render(self, eager: bool) -> AnyView {
        match self {
            TableView::Mapped(info, data) => mapped_table(info, data, eager).into_any(),
            TableView::Console(table) => console_table(table).into_any(),
        }
    }
}

/// The run's tables in schema order, then the console's, each keyed by name and a content hash.
fn entries(state: super::state::AppState, schema: Memo<Vec<TableInfo>>) -> Vec<Entry> {
    schema.with(|schema| {
        state.tables.with(|rows| {
            let mapped = schema.iter().map(|info| {
                let data = rows.iter().find(|t| t.name == info.name).cloned();
                let key = (info.name.clone(), fingerprint(&(info, &data)));
                Entry { key, view: TableView::Mapped(info.clone(), data), eager: true }
            });
            let console = rows.iter().filter(|t| !in_schema(schema, &t.name)).map(|t| Entry {
                key: (t.name.clone(), fingerprint(t)),
                view: TableView::Console(t.clone()),
                eager: true,
            });
            mapped.chain(console).enumerate().map(|(i, entry)| Entry { eager: i < near::EAGER, ..entry }).collect()
        })
    })
}

/// A hash of what a table shows (its JSON), so unchanged tables keep their key.
fn fingerprint(value: &impl serde::Serialize) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(value).unwrap_or_default().hash(&mut hasher);
    hasher.finish()
}

fn in_schema(schema: &[TableInfo], name: &str) -> bool {
    schema.iter().any(|t| t.name == name)
}

fn row_count(n: usize) -> String {
    if n == 1 { "1 row".to_string() } else { format!("{n} rows") }
}

/// A table of the models: class, columns, relationship attributes, rows — drawn at once when `eager`,
/// else its heading until it scrolls near.
fn mapped_table(info: TableInfo, data: Option<TableSnapshot>, eager: bool) -> impl IntoView {
    let testid = format!("table-{}", info.name);
    let owner = info.class_name.clone().unwrap_or_else(|| info.name.clone());
    let kind = if info.class_name.is_some() { "class" } else { "association table" };
    let rows = match &data {
        Some(t) => row_count(t.rows.len()),
        None => "not created".to_string(),
    };
    let drawn = RwSignal::new(eager);
    let node = NodeRef::<leptos::html::Section>::new();
    if !eager {
        near::draw_when_near(node, drawn);
    }
    let name = info.name.clone();
    let heading = format!("{kind} {owner}");
    let body = move || drawn.get().then(|| table_body(&owner, &info, data.clone()));
    view! {
        <section class="db-table" class:undrawn=move || !drawn.get() data-testid=testid node_ref=node>
            <h3>
                <span class="table-name">{name}</span>
                <span class="muted">{heading}</span>
                <span class="muted rows-count">{rows}</span>
            </h3>
            {body}
        </section>
    }
}

/// What a table of the models shows under its heading: the rows first (what the run did), then the
/// structure.
fn table_body(owner: &str, info: &TableInfo, data: Option<TableSnapshot>) -> impl IntoView + use<> {
    view! {
        {match data {
            Some(t) => view! { <ResultGrid columns=t.columns rows=t.rows/> }.into_any(),
            None => view! {
                <p class="empty small">"Not in the database: models.py never called Base.metadata.create_all(engine)."</p>
            }
                .into_any(),
        }}
        {columns_view(info)}
        {relationships_view(owner, info)}
    }
}

/// A table only the SQL console knows about.
fn console_table(table: TableSnapshot) -> impl IntoView {
    let testid = format!("table-{}", table.name);
    view! {
        <section class="db-table" data-testid=testid>
            <h3>
                <span class="table-name">{table.name}</span>
                <span class="muted">"created in the SQL console"</span>
                <span class="muted rows-count">{row_count(table.rows.len())}</span>
            </h3>
            <ResultGrid columns=table.columns rows=table.rows/>
        </section>
    }
}
