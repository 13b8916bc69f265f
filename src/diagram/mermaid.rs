//! The schema as a Mermaid `erDiagram`: every table with its columns (type, name, `PK`/`FK`/`UK` keys,
//! a comment with the original type and flags) and one relationship line per edge, labelled with both
//! attribute names. Many-to-many is said directly (`}o--o{`); bare foreign keys are non-identifying
//! (dotted) lines. Names Mermaid cannot take bare are quoted; types are reduced to word characters
//! (Mermaid's attribute-type grammar), the original kept in the comment.

use super::model::{Cardinality, Column, DiagramModel, Edge, EdgeKind};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Renders the model as Mermaid source.
pub fn to_mermaid(model: &DiagramModel) -> String {
    let mut out = String::from("erDiagram\n");
    let mut seen = BTreeSet::new();
    for entity in &model.entities {
        if !seen.insert(entity.table.as_str()) {
            continue;
        }
        let _ = writeln!(out, "    {} {{", name(&entity.table));
        for column in &entity.columns {
            let _ = writeln!(out, "        {}", attribute(column));
        }
        out.push_str("    }\n");
    }
    for edge in &model.edges {
        if seen.contains(edge.from_table.as_str()) && seen.contains(edge.to_table.as_str()) {
            let _ = writeln!(out, "    {}", relationship(model, edge));
        }
    }
    out
}

/// An entity name: bare when it is a plain identifier, else double-quoted (quotes inside dropped).
fn name(text: &str) -> String {
    let plain = text.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if plain { text.to_string() } else { format!("\"{}\"", text.replace('"', "")) }
}

/// A word made of `[A-Za-z0-9_-]`, starting with a letter (for attribute types and names).
fn word(text: &str, fallback: &str) -> String {
    let mut w: String = text.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
    while w.ends_with('_') {
        w.pop();
    }
    if !w.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
        w = format!("{fallback}{w}");
    }
    w
}

fn attribute(column: &Column) -> String {
    let mut keys = Vec::new();
    if column.primary_key {
        keys.push("PK");
    }
    if column.foreign_key.is_some() {
        keys.push("FK");
    }
    if column.unique && !column.primary_key {
        keys.push("UK");
    }
    let mut comment = column.type_text.replace('"', "'");
    if !column.nullable && !column.primary_key {
        comment.push_str(", not null");
    }
    if let Some(fk) = &column.foreign_key {
        let _ = write!(comment, ", references {}.{}", fk.table, fk.column);
    }
    let keys = if keys.is_empty() { String::new() } else { format!(" {}", keys.join(", ")) };
    format!(
        "{} {}{keys} \"{}\"",
        word(&column.type_text, "t_"),
        word(&column.name, "c_"),
        comment.trim_start_matches(", ")
    )
}

fn relationship(model: &DiagramModel, edge: &Edge) -> String {
    // The referenced ("one") side is exactly one when the foreign key is NOT NULL, else zero or one.
    let required = edge.fk_columns.iter().any(|fk| {
        model
            .entity(&fk.table)
            .and_then(|e| e.columns.iter().find(|c| c.name == fk.column))
            .is_some_and(|c| !c.nullable)
    });
    let one_left = if required { "||" } else { "|o" };
    let one_right = if required { "||" } else { "o|" };
    let (left, right) = match edge.cardinality {
        Cardinality::OneToMany => (one_left, "o{"),
        Cardinality::ManyToOne => ("}o", one_right),
        Cardinality::OneToOne => (one_left, "o|"),
        Cardinality::ManyToMany => ("}o", "o{"),
    };
    let line = if edge.kind == EdgeKind::ForeignKeyOnly { ".." } else { "--" };
    let label = match (&edge.from_attr, &edge.to_attr) {
        (Some(a), Some(b)) => format!("{a} / {b}"),
        (Some(a), None) | (None, Some(a)) => a.clone(),
        (None, None) => edge.fk_columns.iter().map(|c| c.column.clone()).collect::<Vec<_>>().join(", "),
    };
    let label = if label.is_empty() { "fk".to_string() } else { label.replace('"', "'") };
    format!("{} {left}{line}{right} {} : \"{label}\"", name(&edge.from_table), name(&edge.to_table))
}
