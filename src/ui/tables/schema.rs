//! A table's structure in the live-tables pane: physical columns (type, PK, FK → target, nullable,
//! unique, default) and the relationship attributes (target, direction, list or scalar, back-reference,
//! cascade) with the explanation that they are not columns but resolved through a foreign key.

use leptos::prelude::*;

use crate::orm::describe::{ColumnInfo, RelationshipInfo, TableInfo};

/// The physical columns, one row each, with flag chips.
pub fn columns_view(info: &TableInfo) -> impl IntoView + use<> {
    let rows = info.columns.iter().map(column_row).collect_view();
    view! {
        <table class="schema columns" aria-label="Columns">
            <thead>
                <tr><th scope="col">"column"</th><th scope="col">"type"</th><th scope="col">"constraints"</th></tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn column_row(c: &ColumnInfo) -> impl IntoView + use<> {
    let name = if c.key != c.name { format!("{} (attribute {})", c.name, c.key) } else { c.name.clone() };
    let mut chips: Vec<(&'static str, String)> = Vec::new();
    if c.primary_key {
        chips.push(("pk", "PK".into()));
    }
    if let Some(target) = &c.foreign_key {
        chips.push(("fk", format!("FK → {target}")));
    }
    chips.push(if c.nullable { ("plain", "nullable".into()) } else { ("plain", "NOT NULL".into()) });
    if c.unique {
        chips.push(("plain", "UNIQUE".into()));
    }
    if let Some(default) = &c.default {
        chips.push(("plain", format!("default {default}")));
    }
    view! {
        <tr data-column=c.name.clone()>
            <td class="col-name">{name}</td>
            <td class="col-type">{c.type_text.clone()}</td>
            <td class="col-flags">
                {chips.into_iter().map(|(class, text)| view! { <span class=format!("chip {class}")>{text}</span> }).collect_view()}
            </td>
        </tr>
    }
}

/// The relationship attributes, as a list set apart from the columns.
pub fn relationships_view(owner: &str, info: &TableInfo) -> impl IntoView + use<> {
    if info.relationships.is_empty() {
        return None;
    }
    let items = info.relationships.iter().map(|r| relationship_item(owner, r)).collect_view();
    Some(view! {
        <div class="relationships">
            <p class="rel-head">"Relationship attributes — not columns"</p>
            <ul>{items}</ul>
        </div>
    })
}

fn relationship_item(owner: &str, r: &RelationshipInfo) -> impl IntoView + use<> {
    let name = format!("{owner}.{}", r.key);
    let testid = format!("rel-{name}");
    let shape =
        if r.uselist { format!("list of {}", r.target_class) } else { format!("one {} or None", r.target_class) };
    let back = r.back_reference.as_ref().map(|b| format!("↔ {}.{b}", r.target_class));
    view! {
        <li class="rel" data-testid=testid>
            <div class="rel-line">
                <code class="rel-name">{name}</code>
                <span class="chip rel-target">{format!("→ {}", r.target_class)}</span>
                <span class="chip">{r.kind_label()}</span>
                <span class="chip">{shape}</span>
                {back.map(|b| view! { <span class="chip">{b}</span> })}
                <span class="chip cascade" title="cascade">{format!("cascade: {}", r.cascade)}</span>
            </div>
            <p class="rel-explain">{r.explanation.clone()}</p>
        </li>
    }
}
