//! DDL: the schema as CREATE TABLE statements, as SQLAlchemy's `CreateTable` prints them for SQLite
//! (what `create_all` sends to the database) or PostgreSQL (`ormplay ddl --dialect ...`).
//!
//! SQLite does not enforce the FOREIGN KEY clauses unless asked to (`PRAGMA foreign_keys`), and
//! SQLAlchemy's behaviour on it — deleting a parent with `passive_deletes`, inserting in any order —
//! depends on that: relationships and cascades are the ORM's job, as in SQLAlchemy.

use super::mapper::{ColumnDef, Registry, TableDef};
use super::schema::SqlType;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgresql,
}

/// The CREATE TABLE statement of one table.
pub fn create_table(reg: &Registry, table: &TableDef, dialect: Dialect) -> String {
    let pk: Vec<&ColumnDef> = table.primary_key();
    let mut lines: Vec<String> = table.columns.iter().map(|c| column_line(reg, c, dialect)).collect();
    let pk_name = table.checks.iter().find_map(|(_, c)| match c {
        crate::sql::schema::Constraint::PrimaryKey { name: Some(n), .. } => {
            Some(format!("CONSTRAINT {} ", quote_name(n)))
        }
        _ => None,
    });
    if !pk.is_empty() {
        lines.push(format!(
            "{}PRIMARY KEY ({})",
            pk_name.unwrap_or_default(),
            pk.iter().map(|c| quote_name(&c.name)).collect::<Vec<_>>().join(", ")
        ));
    }
    // SQLAlchemy lists `__table_args__` constraints (in the order written) before the columns' own
    // unique=True.
    let mut checks =
        table.checks.iter().filter(|(_, c)| !matches!(c, crate::sql::schema::Constraint::PrimaryKey { .. })).peekable();
    for (i, set) in table.unique_sets.iter().enumerate() {
        while let Some((_, c)) = checks.next_if(|(before, _)| *before <= i) {
            lines.push(constraint_clause(c));
        }
        lines.push(format!("UNIQUE ({})", set.iter().map(|c| quote_name(c)).collect::<Vec<_>>().join(", ")));
    }
    lines.extend(checks.map(|(_, c)| constraint_clause(c)));
    // `unique=True, index=True` makes a unique index (see [`create_indexes`]), not a constraint.
    for c in table.columns.iter().filter(|c| c.unique && !c.index && !c.primary_key) {
        lines.push(format!("UNIQUE ({})", quote_name(&c.name)));
    }
    for c in &table.columns {
        if let Some((t, col)) = &c.foreign_key {
            let mut fk =
                format!("FOREIGN KEY({}) REFERENCES {} ({})", quote_name(&c.name), quote_name(t), quote_name(col));
            if let Some(on) = &c.ondelete {
                fk.push_str(&format!(" ON DELETE {on}"));
            }
            lines.push(fk);
        }
    }
    format!("\nCREATE TABLE {} (\n\t{}\n)\n\n", quote_name(&table.name), lines.join(", \n\t"))
}

fn column_line(reg: &Registry, c: &ColumnDef, dialect: Dialect) -> String {
    let ty = effective_type(reg, c);
    match dialect {
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
            let mut line = format!("{} {type_text}", quote_name(&c.name));
            if !c.nullable || c.primary_key {
                line.push_str(" NOT NULL");
            }
            if let Some(default) = &c.server_default {
                // SQLite has no boolean literals in SQLAlchemy's rendering: `false()` is 0 there.
                let sql = match (dialect, default.as_str()) {
                    (Dialect::Sqlite, "false") => "0",
                    (Dialect::Sqlite, "true") => "1",
                    (_, other) => other,
                };
                // SQLite's DDL compiler parenthesises an expression default (`DEFAULT (lower('A'))`);
                // quoted literals, parenthesised SQL and single words (`CURRENT_TIMESTAMP`) stay bare.
                if dialect == Dialect::Sqlite && crate::sql::compiler::ddl::sqlite_wraps_default(sql) {
                    line.push_str(&format!(" DEFAULT ({sql})"));
                } else {
                    line.push_str(&format!(" DEFAULT {sql}"));
                }
            }
            for check in &c.checks {
                line.push(' ');
                line.push_str(&constraint_clause(check));
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
/// unknown targets do not count, and a cycle's remaining tables come last.
pub fn sorted_tables(reg: &Registry) -> Vec<&TableDef> {
    let mut todo: Vec<&TableDef> = reg.tables.values().collect();
    todo.sort_by(|a, b| a.name.cmp(&b.name));
    in_dependency_rounds(todo)
}

/// The order `create_all` creates tables in (and `drop_all`, reversed, drops them):
/// `sort_tables_and_constraints` over `metadata.tables` in definition order, so each round keeps the
/// order the tables were defined in. `by_key` is the order SQLAlchemy's own doctest runner patches in
/// (`test_tutorials.py` sorts the tables by key first), which `ormplay doctest` follows.
pub fn create_order(reg: &Registry, by_key: bool) -> Vec<&TableDef> {
    if by_key {
        return sorted_tables(reg);
    }
    in_dependency_rounds(reg.tables.values().collect())
}

/// `sort_as_subsets`: rounds of the tables whose referenced tables are all in earlier rounds, each
/// round in `todo`'s order.
fn in_dependency_rounds(todo: Vec<&TableDef>) -> Vec<&TableDef> {
    // Kahn's algorithm in rounds (a chain of a hundred tables costs its edges, not n³ name compares):
    // `waiting[i]` counts the other tables todo[i]'s foreign keys name that are not done yet.
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in todo.iter().enumerate() {
        by_name.entry(t.name.as_str()).or_default().push(i);
    }
    let mut waiting = vec![0usize; todo.len()];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); todo.len()];
    for (i, t) in todo.iter().enumerate() {
        let mut on: Vec<usize> = t
            .columns
            .iter()
            .filter_map(|c| c.foreign_key.as_ref())
            .filter(|(target, _)| target != &t.name)
            .flat_map(|(target, _)| by_name.get(target.as_str()).into_iter().flatten().copied())
            .collect();
        on.sort_unstable();
        on.dedup();
        waiting[i] = on.len();
        for d in on {
            dependents[d].push(i);
        }
    }
    let mut placed = vec![false; todo.len()];
    let mut done: Vec<&TableDef> = Vec::with_capacity(todo.len());
    let mut round: Vec<usize> = (0..todo.len()).filter(|&i| waiting[i] == 0).collect();
    while !round.is_empty() {
        let mut next = Vec::new();
        for &i in &round {
            placed[i] = true;
            done.push(todo[i]);
            for &x in &dependents[i] {
                waiting[x] = waiting[x].saturating_sub(1);
                if waiting[x] == 0 {
                    next.push(x);
                }
            }
        }
        next.sort_unstable();
        round = next;
    }
    // Tables in a cycle (and those waiting on one) follow, in `todo`'s order.
    done.extend(todo.iter().zip(&placed).filter(|(_, p)| !**p).map(|(t, _)| *t));
    done
}

/// The `CREATE INDEX` statements `create_all` sends after a table's `CREATE TABLE`: one per column
/// declared with `index=True`, named by the default naming convention `ix_<table>_<column>` and
/// `UNIQUE` when the column is also `unique=True` (SQLAlchemy's `Column._init_items`).
pub fn create_indexes(table: &TableDef) -> Vec<String> {
    table
        .columns
        .iter()
        .filter(|c| c.index)
        .map(|c| {
            format!(
                "CREATE {}INDEX {} ON {} ({})",
                if c.unique { "UNIQUE " } else { "" },
                quote_name(&format!("ix_{}_{}", table.name, c.name)),
                quote_name(&table.name),
                quote_name(&c.name)
            )
        })
        .collect()
}

/// The whole schema as text in `dialect`: for SQLite and PostgreSQL, what printing SQLAlchemy's
/// `CreateTable(table)` for each of `metadata.sorted_tables` gives.
pub fn schema_text(reg: &Registry, dialect: Dialect) -> String {
    let statements: Vec<String> = sorted_tables(reg).into_iter().map(|t| create_table(reg, t, dialect)).collect();
    statements.concat()
}

/// SQLite's reserved words as SQLAlchemy's `SQLiteIdentifierPreparer` lists them.
const RESERVED: &[&str] = &[
    "add",
    "after",
    "all",
    "alter",
    "analyze",
    "and",
    "as",
    "asc",
    "attach",
    "autoincrement",
    "before",
    "begin",
    "between",
    "by",
    "cascade",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "commit",
    "conflict",
    "constraint",
    "create",
    "cross",
    "current_date",
    "current_time",
    "current_timestamp",
    "database",
    "default",
    "deferrable",
    "deferred",
    "delete",
    "desc",
    "detach",
    "distinct",
    "drop",
    "each",
    "else",
    "end",
    "escape",
    "except",
    "exclusive",
    "exists",
    "explain",
    "false",
    "fail",
    "for",
    "foreign",
    "from",
    "full",
    "glob",
    "group",
    "having",
    "if",
    "ignore",
    "immediate",
    "in",
    "index",
    "indexed",
    "initially",
    "inner",
    "insert",
    "instead",
    "intersect",
    "into",
    "is",
    "isnull",
    "join",
    "key",
    "left",
    "like",
    "limit",
    "match",
    "natural",
    "not",
    "notnull",
    "null",
    "of",
    "offset",
    "on",
    "or",
    "order",
    "outer",
    "plan",
    "pragma",
    "primary",
    "query",
    "raise",
    "references",
    "reindex",
    "rename",
    "replace",
    "restrict",
    "right",
    "rollback",
    "row",
    "select",
    "set",
    "table",
    "temp",
    "temporary",
    "then",
    "to",
    "transaction",
    "trigger",
    "true",
    "union",
    "unique",
    "update",
    "using",
    "vacuum",
    "values",
    "view",
    "virtual",
    "when",
    "where",
];

/// A name as SQLAlchemy's identifier preparer writes it: bare when it is a lower-case legal identifier
/// that is not a reserved word, else double-quoted (`"order"`, `"userName"`).
pub fn quote_name(name: &str) -> String {
    let legal = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && !name.starts_with(|c: char| c.is_ascii_digit() || c == '$');
    if legal && name.to_ascii_lowercase() == name && !RESERVED.contains(&name) {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// A `CheckConstraint`'s clause; SQLite's dialect renders the same text for PostgreSQL here.
fn constraint_clause(c: &crate::sql::schema::Constraint) -> String {
    crate::sql::compiler::ddl::constraint_clause(crate::sql::compiler::Dialect::Sqlite, c).unwrap_or_default()
}
