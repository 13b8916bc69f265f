//! The model registry as plain data for the panes: the schema (physical columns versus relationship
//! attributes, with the sentence that explains where a relationship comes from) and the diagram model.

use super::ddl::effective_type;
use super::mapper::{Direction, Registry, Resolved};
use crate::diagram::{Cardinality, Column as DiagramColumn, ColumnRef, DiagramModel, Edge, EdgeKind, Entity};
use crate::source::FileText;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnInfo {
    pub name: String,
    /// The attribute name, when it differs from the column name.
    pub key: String,
    pub type_text: String,
    pub primary_key: bool,
    /// `table.column` this column references.
    pub foreign_key: Option<String>,
    pub nullable: bool,
    pub unique: bool,
    pub default: Option<String>,
    pub line: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelationshipInfo {
    pub key: String,
    pub target_class: String,
    pub target_table: String,
    pub direction: Direction,
    pub uselist: bool,
    /// The attribute on the other class that mirrors this one.
    pub back_reference: Option<String>,
    pub cascade: String,
    /// How the attribute is resolved: it is not a column, it goes through a foreign key.
    pub explanation: String,
    pub line: Option<u32>,
}

impl RelationshipInfo {
    /// The relationship's kind in a learner's words: SQLAlchemy's direction, except that a one-to-many
    /// holding a single object (`uselist=False`) is a one-to-one.
    pub fn kind_label(&self) -> &'static str {
        if self.direction == Direction::OneToMany && !self.uselist { "one-to-one" } else { self.direction.label() }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableInfo {
    pub name: String,
    pub class_name: Option<String>,
    pub line: Option<u32>,
    pub columns: Vec<ColumnInfo>,
    pub relationships: Vec<RelationshipInfo>,
}

/// A column's type as the diagram shows it: the type written in the model (`Integer`, `String(50)`), so
/// every column reads alike — except a foreign key left at the default `Integer` whose target has
/// another type, which shows the target's (the type the column really gets, see `effective_type`).
fn fk_type_text(reg: &Registry, c: &super::mapper::ColumnDef) -> String {
    let target = c.foreign_key.as_ref().and_then(|(t, col)| reg.tables.get(t).and_then(|t| t.column(col)));
    match target {
        Some(target) if c.type_text == "Integer" && effective_type(reg, c) != c.ty => target.type_text.clone(),
        _ => c.type_text.clone(),
    }
}

/// Every table of the registry with its columns and (for mapped classes) relationship attributes.
pub fn schema(reg: &Registry, models: &FileText<'_>) -> Vec<TableInfo> {
    reg.tables
        .values()
        .map(|t| {
            let mapper = t.mapper.and_then(|m| reg.mappers.get(m));
            let columns = t
                .columns
                .iter()
                .map(|c| ColumnInfo {
                    name: c.name.clone(),
                    key: c.key.clone(),
                    type_text: c.type_text.clone(),
                    primary_key: c.primary_key,
                    foreign_key: c.foreign_key.as_ref().map(|(t, c)| format!("{t}.{c}")),
                    nullable: c.nullable,
                    unique: c.unique,
                    default: c.default.as_ref().map(describe_default).or_else(|| c.server_default.clone()),
                    line: models.line(c.site),
                })
                .collect();
            let relationships = mapper
                .map(|m| {
                    m.relationships
                        .iter()
                        .filter_map(|r| {
                            let resolved = r.resolved.as_ref()?;
                            let target = reg.mappers.get(resolved.target)?;
                            Some(RelationshipInfo {
                                key: r.key.clone(),
                                target_class: target.class_name.clone(),
                                target_table: target.table.clone(),
                                direction: resolved.direction,
                                uselist: resolved.uselist,
                                back_reference: resolved.reverse.clone(),
                                cascade: resolved.cascade.describe(),
                                explanation: explain(&m.class_name, &m.table, &r.key, &target.table, resolved),
                                line: models.line(r.site),
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            TableInfo {
                name: t.name.clone(),
                class_name: mapper.map(|m| m.class_name.clone()),
                line: models.line(t.site),
                columns,
                relationships,
            }
        })
        .collect()
}

fn describe_default(v: &crate::eval::Value) -> String {
    match v {
        crate::eval::Value::Str(s) => format!("'{s}'"),
        crate::eval::Value::Int(n) => n.to_string(),
        crate::eval::Value::Float(f) => crate::pyfmt::float_repr(*f),
        crate::eval::Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        crate::eval::Value::None => "None".into(),
        crate::eval::Value::Function(f) => format!("{}()", f.def.name),
        other => other.type_name(),
    }
}

/// The sentence the seeds teach: the attribute is not a column; it is resolved through a foreign key.
fn explain(class: &str, table: &str, key: &str, target_table: &str, r: &Resolved) -> String {
    let join = |pairs: &[(String, String)], owner_first: bool| -> String {
        pairs
            .iter()
            .map(|(o, t)| {
                if owner_first {
                    format!("{table}.{o} = {target_table}.{t}")
                } else {
                    format!("{target_table}.{t} = {table}.{o}")
                }
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    };
    match (r.direction, &r.secondary) {
        (_, Some(sec)) => format!(
            "Not a column: {class}.{key} is loaded through the association table {} ({}), which holds one row per link.",
            sec.table,
            sec.local
                .iter()
                .chain(&sec.remote)
                .map(|(a, _)| format!("{}.{a}", sec.table))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        (Direction::OneToMany, None) => format!(
            "Not a column: {class}.{key} is loaded with SELECT … FROM {target_table} WHERE {} — the foreign key lives in {target_table}.",
            join(&r.pairs, false)
        ),
        (Direction::ManyToOne, None) => format!(
            "Not a column: {class}.{key} follows this table's foreign key ({}) to the {target_table} row.",
            join(&r.pairs, true)
        ),
        (Direction::ManyToMany, None) => {
            format!("Not a column: {class}.{key} links rows of {table} and {target_table}.")
        }
    }
}

/// The diagram model: every table, one edge per relationship pair, and dashed edges for foreign keys no
/// relationship uses.
pub fn diagram_model(reg: &Registry, models: &FileText<'_>) -> DiagramModel {
    let secondaries: Vec<String> = reg
        .mappers
        .iter()
        .flat_map(|m| {
            m.relationships.iter().filter_map(|r| r.resolved.as_ref()?.secondary.as_ref().map(|s| s.table.clone()))
        })
        .collect();
    let entities = reg
        .tables
        .values()
        .map(|t| {
            let mapper = t.mapper.and_then(|m| reg.mappers.get(m));
            Entity {
                table: t.name.clone(),
                class_name: mapper.map(|m| m.class_name.clone()),
                source_line: models.line(mapper.and_then(|m| m.site).or(t.site)),
                is_association: mapper.is_none() && secondaries.contains(&t.name),
                columns: t
                    .columns
                    .iter()
                    .map(|c| DiagramColumn {
                        name: c.name.clone(),
                        type_text: fk_type_text(reg, c),
                        primary_key: c.primary_key,
                        foreign_key: c.foreign_key.as_ref().map(|(t, c)| ColumnRef::new(t, c)),
                        nullable: c.nullable,
                        unique: c.unique,
                    })
                    .collect(),
            }
        })
        .collect();
    let mut edges: Vec<Edge> = Vec::new();
    let mut seen: Vec<(usize, String)> = Vec::new();
    for (m_index, m) in reg.mappers.iter().enumerate() {
        for r in &m.relationships {
            let Some(resolved) = &r.resolved else { continue };
            if seen.contains(&(m_index, r.key.clone())) {
                continue;
            }
            let Some(target) = reg.mappers.get(resolved.target) else { continue };
            let reverse = resolved.reverse.as_ref().and_then(|k| target.relationship(k).map(|rr| (k.clone(), rr)));
            if let Some((k, _)) = &reverse {
                seen.push((resolved.target, k.clone()));
            }
            let reverse_uselist = reverse.as_ref().and_then(|(_, rr)| rr.resolved.as_ref()).map(|x| x.uselist);
            let cardinality = match resolved.direction {
                Direction::ManyToMany => Cardinality::ManyToMany,
                Direction::OneToMany if !resolved.uselist => Cardinality::OneToOne,
                Direction::OneToMany => Cardinality::OneToMany,
                Direction::ManyToOne if reverse_uselist == Some(false) => Cardinality::OneToOne,
                Direction::ManyToOne => Cardinality::ManyToOne,
            };
            let (fk_columns, ref_columns) = match (&resolved.secondary, resolved.direction) {
                (Some(sec), _) => (
                    sec.local.iter().chain(&sec.remote).map(|(a, _)| ColumnRef::new(&sec.table, a)).collect(),
                    sec.local
                        .iter()
                        .map(|(_, o)| ColumnRef::new(&m.table, o))
                        .chain(sec.remote.iter().map(|(_, t)| ColumnRef::new(&target.table, t)))
                        .collect(),
                ),
                (None, Direction::ManyToOne) => (
                    resolved.pairs.iter().map(|(o, _)| ColumnRef::new(&m.table, o)).collect(),
                    resolved.pairs.iter().map(|(_, t)| ColumnRef::new(&target.table, t)).collect(),
                ),
                (None, _) => (
                    resolved.pairs.iter().map(|(_, t)| ColumnRef::new(&target.table, t)).collect(),
                    resolved.pairs.iter().map(|(o, _)| ColumnRef::new(&m.table, o)).collect(),
                ),
            };
            let cascade = resolved.cascade.describe();
            edges.push(Edge {
                kind: EdgeKind::Relationship,
                from_table: m.table.clone(),
                to_table: target.table.clone(),
                from_attr: Some(r.key.clone()),
                to_attr: reverse.as_ref().map(|(k, _)| k.clone()),
                cardinality,
                fk_columns,
                ref_columns,
                secondary: resolved.secondary.as_ref().map(|s| s.table.clone()),
                cascade: (cascade != "save-update, merge").then_some(cascade),
                from_line: models.line(r.site),
                to_line: models.line(reverse.as_ref().and_then(|(_, rr)| rr.site)),
            });
        }
    }
    let mut model = DiagramModel { entities, edges };
    model.add_unrelated_foreign_keys();
    model
}
