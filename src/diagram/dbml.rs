//! The schema in DBML (dbdiagram.io's language): one `Table` per entity with column settings (`pk`,
//! `unique`, `not null`, inline `ref`-free) and a `Ref` per foreign key, typed with DBML's relationship
//! operators (`<` one-to-many, `>` many-to-one, `-` one-to-one, `<>` many-to-many). DBML has no
//! relationship names, so each ORM pair is written as a comment above its `Ref`; a many-to-many through
//! an association table is said by the table's two foreign-key `Ref`s.

use super::model::{Cardinality, Column, ColumnRef, DiagramModel, Edge, EdgeKind};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Renders the model as DBML source.
pub fn to_dbml(model: &DiagramModel) -> String {
    let mut out = String::new();
    let mut seen = BTreeSet::new();
    for entity in &model.entities {
        if !seen.insert(entity.table.as_str()) {
            continue;
        }
        let _ = writeln!(out, "Table {} {{", name(&entity.table));
        for column in &entity.columns {
            let _ = writeln!(out, "  {}", column_line(column));
        }
        if let Some(class) = &entity.class_name {
            let _ = writeln!(out, "  Note: '{}'", quote(&format!("class {class}")));
        }
        out.push_str("}\n\n");
    }
    let mut written: BTreeSet<(ColumnRef, ColumnRef)> = BTreeSet::new();
    for edge in &model.edges {
        refs_of(model, edge, &mut written, &mut out);
    }
    // Foreign keys no edge mentions still exist in the database.
    for entity in &model.entities {
        for column in &entity.columns {
            let Some(target) = &column.foreign_key else { continue };
            let fk = ColumnRef::new(&entity.table, &column.name);
            if written.insert((fk.clone(), target.clone())) {
                let _ = writeln!(out, "Ref: {} > {}", column_ref(&fk), column_ref(target));
            }
        }
    }
    out
}

/// A name: bare when it is a plain identifier, else double-quoted.
fn name(text: &str) -> String {
    let plain = text.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain { text.to_string() } else { format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"")) }
}

/// Escapes text for a single-quoted DBML string.
fn quote(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\'', "\\'").replace('\n', " ")
}

fn column_ref(c: &ColumnRef) -> String {
    format!("{}.{}", name(&c.table), name(&c.column))
}

fn column_line(column: &Column) -> String {
    let mut settings = Vec::new();
    if column.primary_key {
        settings.push("pk");
    }
    if column.unique && !column.primary_key {
        settings.push("unique");
    }
    if !column.nullable && !column.primary_key {
        settings.push("not null");
    }
    let ty = if column.type_text.is_empty() { "unknown".to_string() } else { column.type_text.clone() };
    let plain_type = ty.chars().all(|c| c.is_ascii_alphanumeric() || "_(),".contains(c));
    let ty = if plain_type { ty } else { format!("\"{}\"", ty.replace('"', "'")) };
    let settings = if settings.is_empty() { String::new() } else { format!(" [{}]", settings.join(", ")) };
    format!("{} {ty}{settings}", name(&column.name))
}

/// Writes the `Ref`s of one edge (with the relationship pair as a comment).
fn refs_of(model: &DiagramModel, edge: &Edge, written: &mut BTreeSet<(ColumnRef, ColumnRef)>, out: &mut String) {
    if edge.kind == EdgeKind::Relationship {
        let class = |t: &str| model.entity(t).and_then(|e| e.class_name.clone()).unwrap_or_else(|| t.to_string());
        let sides: Vec<String> = [(&edge.from_table, &edge.from_attr), (&edge.to_table, &edge.to_attr)]
            .iter()
            .filter_map(|(t, a)| a.as_ref().map(|a| format!("{}.{a}", class(t))))
            .collect();
        let _ = writeln!(out, "// {} ({})", sides.join(" <-> "), edge.cardinality.as_str());
    }
    let through = edge.secondary.as_deref().and_then(|s| model.entity(s));
    if edge.cardinality == Cardinality::ManyToMany {
        if let Some(assoc) = through {
            for column in &assoc.columns {
                let Some(target) = &column.foreign_key else { continue };
                let fk = ColumnRef::new(&assoc.table, &column.name);
                if written.insert((fk.clone(), target.clone())) {
                    let _ = writeln!(out, "Ref: {} > {}", column_ref(&fk), column_ref(target));
                }
            }
        } else {
            let pk = |t: &str| {
                model
                    .entity(t)
                    .and_then(|e| e.columns.iter().find(|c| c.primary_key))
                    .map(|c| ColumnRef::new(t, &c.name))
            };
            if let (Some(a), Some(b)) = (pk(&edge.from_table), pk(&edge.to_table)) {
                let _ = writeln!(out, "Ref: {} <> {}", column_ref(&a), column_ref(&b));
            }
        }
        return;
    }
    for (fk, target) in edge.fk_columns.iter().zip(&edge.ref_columns) {
        if !written.insert((fk.clone(), target.clone())) {
            continue;
        }
        let op = if edge.cardinality == Cardinality::OneToOne { "-" } else { ">" };
        let _ = writeln!(out, "Ref: {} {op} {}", column_ref(fk), column_ref(target));
    }
}
