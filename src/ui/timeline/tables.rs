//! The tables at a step ([`crate::trace::replay::tables_at`] works them out from the steps' diffs):
//! rows the step inserted in green, cells it changed in amber (the old value in the tooltip), and rows
//! it deleted kept as struck-through ghosts for this step, each deletion or nulled foreign key with the
//! ORM's reason next to it. Tables the step did not touch are folded away under a count.

use leptos::prelude::*;

use crate::db::Cell;
use crate::trace::Step;
use crate::trace::replay::{RowMark, StepRow, StepTable};

/// `tables` are the tables after step `s`.
pub fn step_tables(s: &Step, tables: Vec<StepTable>) -> impl IntoView + use<> {
    let touched: Vec<String> = s.diffs.iter().map(|d| d.table.clone()).collect();
    let (changed, quiet): (Vec<StepTable>, Vec<StepTable>) =
        tables.into_iter().partition(|t| touched.contains(&t.name));
    let quiet_names = quiet.iter().map(|t| t.name.clone()).collect::<Vec<_>>().join(", ");
    view! {
        <section class="timeline-tables" data-testid="timeline-tables">
            <h4 class="block-title">"Tables after this step"</h4>
            {changed.into_iter().map(table_view).collect_view()}
            {(!quiet.is_empty()).then(|| view! {
                <details class="timeline-quiet">
                    <summary>{format!("Unchanged: {quiet_names}")}</summary>
                    {quiet.into_iter().map(table_view).collect_view()}
                </details>
            })}
        </section>
    }
}

fn table_view(table: StepTable) -> impl IntoView {
    let why = table.rows.iter().any(|r| r.label.is_some());
    let width = table.columns.len() + usize::from(why);
    let empty = table.rows.is_empty();
    view! {
        <div class="db-table timeline-table" data-testid=format!("timeline-table-{}", table.name)>
            <h5 class="table-name">{table.name.clone()}{table.dropped.then_some(" (dropped)")}</h5>
            <div class="grid-scroll">
                <table class="grid">
                    <thead><tr>
                        {table.columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view()}
                        {why.then(|| view! { <th scope="col">"why"</th> })}
                    </tr></thead>
                    <tbody>
                        {table.rows.into_iter().map(|r| row_view(r, why)).collect_view()}
                        {empty.then(|| view! { <tr class="no-rows"><td colspan=width>"no rows"</td></tr> })}
                    </tbody>
                </table>
            </div>
        </div>
    }
}

fn row_view(row: StepRow, why: bool) -> impl IntoView {
    let (class, mark) = match row.mark {
        RowMark::Unchanged => ("", "unchanged"),
        RowMark::Inserted => ("row-inserted", "inserted"),
        RowMark::Changed => ("row-changed", "changed"),
        RowMark::Deleted => ("row-deleted", "deleted"),
    };
    let cells = row.cells.iter().enumerate().map(|(i, cell)| {
        let was = row.changed.iter().find(|(c, _)| *c == i).map(|(_, old)| old.display());
        cell_view(cell, was)
    });
    let label = row.label.clone().unwrap_or_default();
    view! {
        <tr class=class data-mark=mark>
            {cells.collect_view()}
            {why.then(|| view! { <td class="cause" data-testid="row-cause">{label}</td> })}
        </tr>
    }
}

fn cell_view(cell: &Cell, was: Option<String>) -> impl IntoView + use<> {
    let class = if was.is_some() { "cell-changed" } else { "" };
    let title = was.map(|w| format!("was {w}"));
    view! { <td class=class title=title>{cell.display()}</td> }
}
