//! The live-tables pane: every table in the page's database with all its rows, re-read after each
//! change (the SQL console now; the ORM run later).

use leptos::prelude::*;

use super::grid::ResultGrid;
use super::state::use_state;
use crate::db::TableSnapshot;

#[component]
pub fn TablesPane() -> impl IntoView {
    let state = use_state();
    let count = move || state.tables.with(Vec::len);
    view! {
        <section class="pane tables-pane" aria-labelledby="tables-title">
            <header class="pane-head">
                <h2 id="tables-title">"Live tables"</h2>
                <span class="badge">{move || match count() { 1 => "1 table".to_string(), n => format!("{n} tables") }}</span>
            </header>
            <div class="pane-body" data-testid="tables">
                {move || {
                    let tables = state.tables.get();
                    if tables.is_empty() {
                        view! {
                            <p class="empty">
                                "No tables yet. Create one in the SQL console (or, soon, press Run) and it appears here."
                            </p>
                        }
                            .into_any()
                    } else {
                        tables.into_iter().map(table_view).collect_view().into_any()
                    }
                }}
            </div>
        </section>
    }
}

fn table_view(table: TableSnapshot) -> impl IntoView {
    let testid = format!("table-{}", table.name);
    let rows = match table.rows.len() {
        1 => "1 row".to_string(),
        n => format!("{n} rows"),
    };
    view! {
        <section class="db-table" data-testid=testid>
            <h3>
                <span class="table-name">{table.name}</span>
                <span class="muted">{rows}</span>
            </h3>
            <ResultGrid columns=table.columns rows=table.rows/>
        </section>
    }
}
