//! A result grid: column headers and rows of cells, used by the SQL console and the live-tables pane.

use leptos::prelude::*;

use crate::db::Cell;

#[component]
pub fn ResultGrid(columns: Vec<String>, rows: Vec<Vec<Cell>>) -> impl IntoView {
    let empty = rows.is_empty();
    let width = columns.len().max(1);
    view! {
        <div class="grid-scroll">
            <table class="grid">
                <thead>
                    <tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! { <tr>{row.iter().map(cell_view).collect_view()}</tr> }).collect_view()}
                    {empty.then(|| view! { <tr class="no-rows"><td colspan=width>"no rows"</td></tr> })}
                </tbody>
            </table>
        </div>
    }
}

/// One cell; NULLs and numbers get their own class so they read differently from text.
fn cell_view(cell: &Cell) -> impl IntoView + use<> {
    let class = match cell {
        Cell::Null => "null",
        Cell::Integer(_) | Cell::Real(_) => "num",
        Cell::Text(_) => "text",
        Cell::Blob(_) => "blob",
    };
    view! { <td class=class>{cell.display()}</td> }
}
