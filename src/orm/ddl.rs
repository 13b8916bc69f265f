//! DDL: the schema as CREATE TABLE statements — for the live GlueSQL database, and as SQLAlchemy's
//! `CreateTable` would print it for SQLite or PostgreSQL (`ormplay ddl --dialect ...`).
//!
//! The live database gets no FOREIGN KEY clauses: SQLite, which ormplay emulates, does not enforce
//! foreign keys unless asked to (`PRAGMA foreign_keys`), and SQLAlchemy's behaviour on it — deleting a
//! parent with `passive_deletes`, inserting in any order — depends on that. Relationships and cascades
//! are the ORM's job, as in SQLAlchemy. The printed dialects show the foreign keys.

use super::mapper::{ColumnDef, Registry, TableDef};
use super::schema::SqlType;
use crate::db::quote_ident;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// What ormplay executes in GlueSQL.
    GlueSql,
    Sqlite,
    Postgresql,
}

/// Tables in creation order: referenced tables before the tables that reference them.
pub fn creation_order(reg: &Registry) -> Vec<&TableDef> {
    let tables: Vec<&TableDef> = reg.tables.values().collect();
    let mut done: Vec<&TableDef> = Vec::new();
    while done.len() < tables.len() {
        let ready = tables.iter().find(|t| {
            !done.iter().any(|d| d.name == t.name)
                && t.columns.iter().all(|c| match &c.foreign_key {
                    Some((target, _)) => {
                        target == &t.name || done.iter().any(|d| &d.name == target) || !reg.tables.contains_key(target)
                    }
                    None => true,
                })
        });
        let next = ready.or_else(|| tables.iter().find(|t| !done.iter().any(|d| d.name == t.name)));
        match next {
            Some(t) => done.push(t),
            None => break,
        }
    }
    done
}

/// The CREATE TABLE statement of one table.
pub fn create_table(reg: &Registry, table: &TableDef, dialect: Dialect) -> String {
    let pk: Vec<&ColumnDef> = table.columns.iter().filter(|c| c.primary_key).collect();
    let mut lines: Vec<String> = table.columns.iter().map(|c| column_line(reg, c, dialect, pk.len())).collect();
    match dialect {
        Dialect::GlueSql => {}
        Dialect::Sqlite | Dialect::Postgresql => {
            if !pk.is_empty() {
                lines.push(format!(
                    "PRIMARY KEY ({})",
                    pk.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
                ));
            }
            // SQLAlchemy lists `__table_args__` constraints before the columns' own unique=True.
            for set in &table.unique_sets {
                lines.push(format!("UNIQUE ({})", set.join(", ")));
            }
            for c in table.columns.iter().filter(|c| c.unique && !c.primary_key) {
                lines.push(format!("UNIQUE ({})", c.name));
            }
            for c in &table.columns {
                if let Some((t, col)) = &c.foreign_key {
                    let mut fk = format!("FOREIGN KEY({}) REFERENCES {t} ({col})", c.name);
                    if let Some(on) = &c.ondelete {
                        fk.push_str(&format!(" ON DELETE {on}"));
                    }
                    lines.push(fk);
                }
            }
        }
    }
    match dialect {
        Dialect::GlueSql => format!("CREATE TABLE {} ({})", quote_ident(&table.name), lines.join(", ")),
        _ => format!("\nCREATE TABLE {} (\n\t{}\n)\n\n", table.name, lines.join(", \n\t")),
    }
}

fn column_line(reg: &Registry, c: &ColumnDef, dialect: Dialect, pk_count: usize) -> String {
    let ty = effective_type(reg, c);
    match dialect {
        Dialect::GlueSql => {
            let mut line = format!("{} {}", quote_ident(&c.name), ty.glue_type());
            if c.primary_key && pk_count == 1 {
                line.push_str(" NOT NULL PRIMARY KEY");
            } else {
                line.push_str(if c.nullable && !c.primary_key { " NULL" } else { " NOT NULL" });
                if c.unique {
                    line.push_str(" UNIQUE");
                }
            }
            if let Some(default) = &c.server_default {
                line.push_str(&format!(" DEFAULT {}", glue_default(&ty, default)));
            }
            line
        }
        Dialect::Sqlite | Dialect::Postgresql => {
            let type_text = match (dialect, &ty) {
                (Dialect::Postgresql, SqlType::Integer) if c.primary_key && c.autoincrement => "SERIAL".to_string(),
                (Dialect::Postgresql, SqlType::BigInteger) if c.primary_key && c.autoincrement => {
                    "BIGSERIAL".to_string()
                }
                (Dialect::Postgresql, SqlType::SmallInteger) if c.primary_key && c.autoincrement => {
                    "SMALLSERIAL".to_string()
                }
                (Dialect::Postgresql, SqlType::Time) => "TIME WITHOUT TIME ZONE".to_string(),
                (Dialect::Postgresql, SqlType::Float) if c.type_text == "Double" => "DOUBLE PRECISION".to_string(),
                (Dialect::Sqlite, SqlType::Float) if c.type_text == "Double" => "DOUBLE".to_string(),
                (Dialect::Postgresql, SqlType::Float) => "FLOAT".to_string(),
                (Dialect::Postgresql, SqlType::DateTime) => "TIMESTAMP WITHOUT TIME ZONE".to_string(),
                (Dialect::Postgresql, SqlType::LargeBinary) => "BYTEA".to_string(),
                _ => ty.sql_name(),
            };
            let mut line = format!("{} {type_text}", c.name);
            if !c.nullable || c.primary_key {
                line.push_str(" NOT NULL");
            }
            if let Some(default) = &c.server_default {
                line.push_str(&format!(" DEFAULT '{}'", default.replace('\'', "''")));
            }
            line
        }
    }
}

/// A column's type; a foreign key column written without a type takes the referenced column's.
pub fn effective_type(reg: &Registry, c: &ColumnDef) -> SqlType {
    if let Some((t, col)) = &c.foreign_key
        && let Some(target) = reg.tables.get(t).and_then(|t| t.column(col))
        && c.type_text == "Integer"
        && target.ty != SqlType::Integer
    {
        return target.ty.clone();
    }
    c.ty.clone()
}

/// Tables in `MetaData.sorted_tables` order: rounds of tables whose referenced tables are all done, each
/// round in name order (SQLAlchemy's topological sort over tables sorted by name); self-references and
/// unknown targets do not count, and a cycle's remaining tables come last in name order.
pub fn sorted_tables(reg: &Registry) -> Vec<&TableDef> {
    let mut todo: Vec<&TableDef> = reg.tables.values().collect();
    todo.sort_by(|a, b| a.name.cmp(&b.name));
    let mut done: Vec<&TableDef> = Vec::new();
    while !todo.is_empty() {
        let waits = |t: &TableDef| {
            t.columns.iter().any(|c| {
                c.foreign_key
                    .as_ref()
                    .is_some_and(|(target, _)| target != &t.name && todo.iter().any(|o| &o.name == target))
            })
        };
        let (round, rest): (Vec<&TableDef>, Vec<&TableDef>) = todo.iter().partition(|t| !waits(t));
        if round.is_empty() {
            done.extend(rest);
            break;
        }
        done.extend(round);
        todo = rest;
    }
    done
}

/// The whole schema as text in `dialect`: for SQLite and PostgreSQL, what printing SQLAlchemy's
/// `CreateTable(table)` for each of `metadata.sorted_tables` gives.
pub fn schema_text(reg: &Registry, dialect: Dialect) -> String {
    let order = if dialect == Dialect::GlueSql { creation_order(reg) } else { sorted_tables(reg) };
    let statements: Vec<String> = order.into_iter().map(|t| create_table(reg, t, dialect)).collect();
    match dialect {
        Dialect::GlueSql => statements.iter().map(|s| format!("{s};\n")).collect(),
        _ => statements.concat(),
    }
}

/// A `server_default` as a GlueSQL literal of the column's type. SQLite stores `DEFAULT '10'` in an
/// INTEGER column as the number 10 (type affinity) and `text("1")` in a BOOLEAN one as true; GlueSQL
/// wants the typed literal, so numeric and boolean text becomes one. Anything else stays a string.
fn glue_default(ty: &SqlType, text: &str) -> String {
    let t = text.trim();
    let quoted = format!("'{}'", text.replace('\'', "''"));
    match ty {
        SqlType::Integer | SqlType::BigInteger | SqlType::SmallInteger if t.parse::<i64>().is_ok() => t.to_string(),
        SqlType::Float | SqlType::Numeric if t.parse::<f64>().is_ok_and(f64::is_finite) => t.to_string(),
        SqlType::Boolean => match t.to_ascii_lowercase().as_str() {
            "1" | "true" => "TRUE".into(),
            "0" | "false" => "FALSE".into(),
            _ => quoted,
        },
        _ => quoted,
    }
}
