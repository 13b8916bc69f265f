//! DDL (`DDLCompiler` and SQLite's overrides): `CREATE TABLE` with its column specifications and
//! table constraints in SQLAlchemy's order, `DROP TABLE`, `CREATE INDEX`, and the table order
//! `MetaData.create_all` / `sorted_tables` use.

use super::{CompileOptions, Compiler, Dialect, Kw};
use crate::sql::elements::{ColumnInfo, Expr, ExprRef};
use crate::sql::error::{SqlError, SqlResult};
use crate::sql::schema::{Constraint, Index, ServerDefault, Table, effective_type, naming};
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// `CREATE TABLE` as SQLAlchemy renders it (leading newline, tab-indented lines, `, \n` separators,
/// two trailing newlines).
pub fn create_table(dialect: Dialect, table: &FromRef) -> SqlResult<String> {
    let Some(t) = table.table() else { return Err(SqlError::compile("CREATE TABLE needs a Table")) };
    let mut c = Compiler::new(dialect, CompileOptions { literal_binds: true, ..CompileOptions::default() });
    let mut text = format!("\nCREATE TABLE {} (", c.table_name(t));
    let mut separator = "\n";
    let cols = t.columns.borrow().clone();
    let pk_count = t.primary_key().len();
    for col in &cols {
        let spec = c.column_specification(t, col, pk_count).map_err(|e| {
            SqlError::compile(format!("(in table '{}', column '{}'): {}", t.name, col.name.text(), e.message))
        })?;
        text.push_str(separator);
        separator = ", \n";
        text.push('\t');
        text.push_str(&spec);
    }
    let constraints = c.table_constraints(t, table)?;
    if !constraints.is_empty() {
        text.push_str(separator);
        text.push('\t');
        text.push_str(&constraints.join(", \n\t"));
    }
    text.push_str("\n)\n\n");
    Ok(text)
}

/// One constraint's DDL clause (`CONSTRAINT name CHECK (x > 0)`), for the ORM's own CREATE TABLE.
pub fn constraint_clause(dialect: Dialect, constraint: &Constraint) -> SqlResult<String> {
    let mut c = Compiler::new(dialect, CompileOptions { literal_binds: true, ..CompileOptions::default() });
    c.constraint_sql(constraint, None)
}

/// `DROP TABLE name`, as SQLAlchemy renders it.
pub fn drop_table(dialect: Dialect, table: &FromRef) -> String {
    let c = Compiler::new(dialect, CompileOptions::default());
    match table.table() {
        Some(t) => format!("\nDROP TABLE {}", c.table_name(t)),
        None => String::new(),
    }
}

/// `CREATE [UNIQUE] INDEX name ON table (cols)`.
pub fn create_index(dialect: Dialect, table: &Table, index: &Index) -> SqlResult<String> {
    let mut c = Compiler::new(dialect, CompileOptions { literal_binds: true, ..CompileOptions::default() });
    let Some(name) = &index.name else {
        return Err(SqlError::compile("CREATE INDEX requires that the index have a name"));
    };
    let mut kw = Kw::new();
    kw.include_table = false;
    kw.literal_binds = true;
    let exprs = c.delimited(&index.expressions, ", ", &kw)?;
    Ok(format!(
        "CREATE {}INDEX {} ON {} ({exprs})",
        if index.unique { "UNIQUE " } else { "" },
        c.quote(name),
        c.table_name(table)
    ))
}

/// `DROP INDEX name`.
pub fn drop_index(dialect: Dialect, index: &Index) -> String {
    let c = Compiler::new(dialect, CompileOptions::default());
    format!("\nDROP INDEX {}", index.name.as_deref().map(|n| c.quote(n)).unwrap_or_default())
}

/// The indexes `create_all` creates after a table: its `index=True` columns' (unique when the column
/// is `unique=True`) and its `Index` objects, an unnamed one named by the naming convention
/// (`ix_<table>_<column>` by default).
pub fn table_indexes(table: &FromRef) -> SqlResult<Vec<Rc<Index>>> {
    let Some(t) = table.table() else { return Ok(Vec::new()) };
    let mut out: Vec<Rc<Index>> = Vec::new();
    for col in t.columns.borrow().iter() {
        if let Some(s) = &col.schema
            && s.index == Some(true)
        {
            out.push(Rc::new(Index {
                name: naming::index_name(t, None, vec![col.clone()])?,
                expressions: vec![Rc::new(Expr::Column(crate::sql::elements::ColumnRef {
                    table: Some(table.clone()),
                    col: col.clone(),
                    annotation: 0,
                }))],
                unique: s.unique == Some(true),
                table: std::cell::RefCell::new(Rc::downgrade(table)),
            }));
        }
    }
    for ix in t.indexes.borrow().iter() {
        // The columns anywhere in its expressions (`t.c.role.desc()` names `role`), as
        // SQLAlchemy's `Index` collects them for the naming convention.
        let found = std::cell::RefCell::new(Vec::new());
        for e in &ix.expressions {
            crate::sql::elements::adapt::replace_column_nodes(e, &|node| {
                if let Expr::Column(c) = &**node {
                    found.borrow_mut().push(c.col.clone());
                }
                None
            });
        }
        let columns = found.into_inner();
        let name = naming::index_name(t, ix.name.as_deref(), columns)?;
        if name == ix.name {
            out.push(ix.clone());
        } else {
            out.push(Rc::new(Index { name, ..(**ix).clone() }));
        }
    }
    Ok(out)
}

impl Compiler {
    fn table_name(&self, t: &Table) -> String {
        match &t.schema {
            Some(s) => format!("{}.{}", self.quote(s), self.quote(&t.name)),
            None => self.quote(&t.name),
        }
    }

    /// `get_column_specification`: name, type, DEFAULT, NOT NULL, column CHECKs.
    fn column_specification(&mut self, t: &Table, col: &Rc<ColumnInfo>, pk_count: usize) -> SqlResult<String> {
        let ty = effective_type(col);
        if ty.is_null() {
            return Err(SqlError::compile(
                "Can't generate DDL for NullType(); did you forget to specify a type on this Column?",
            ));
        }
        let mut spec = format!("{} {}", self.quote(&col.name.text()), ty.ddl(self.dialect == Dialect::Sqlite));
        if let Some(default) = col.schema.as_ref().and_then(|s| s.server_default.clone()) {
            let d = self.default_string(&default)?;
            if self.dialect == Dialect::Sqlite && sqlite_wraps_default(&d) {
                spec.push_str(&format!(" DEFAULT ({d})"));
            } else {
                spec.push_str(&format!(" DEFAULT {d}"));
            }
        }
        // `supports_identity_columns` (not SQLite): the identity clause replaces NOT NULL.
        let identity = col.schema.as_ref().and_then(|s| s.identity.clone()).filter(|_| self.dialect != Dialect::Sqlite);
        if let Some(identity) = &identity {
            // `get_identity_options`.
            let mut options = Vec::new();
            if let Some(n) = identity.increment {
                options.push(format!("INCREMENT BY {n}"));
            }
            if let Some(n) = identity.start {
                options.push(format!("START WITH {n}"));
            }
            spec.push_str(if identity.always {
                " GENERATED ALWAYS AS IDENTITY"
            } else {
                " GENERATED BY DEFAULT AS IDENTITY"
            });
            if !options.is_empty() {
                spec.push_str(&format!(" ({})", options.join(" ")));
            }
        }
        if !col.nullable && identity.is_none() {
            spec.push_str(" NOT NULL");
        }
        if self.sqlite_autoincrement_pk(t, col, pk_count) {
            spec.push_str(" PRIMARY KEY AUTOINCREMENT");
        }
        if let Some(computed) = col.schema.as_ref().and_then(|s| s.computed.clone()) {
            // `visit_computed_column`.
            let mut kw = Kw::new();
            kw.literal_binds = true;
            kw.include_table = false;
            spec.push_str(&format!(" GENERATED ALWAYS AS ({})", self.visit(&computed.sqltext, &kw)?));
            match computed.persisted {
                Some(true) => spec.push_str(" STORED"),
                Some(false) => spec.push_str(" VIRTUAL"),
                None => {}
            }
        }
        if let Some(s) = &col.schema {
            for check in &s.checks {
                spec.push(' ');
                spec.push_str(&self.constraint_sql(check, None)?);
            }
        }
        Ok(spec)
    }

    fn default_string(&mut self, d: &ServerDefault) -> SqlResult<String> {
        match d {
            ServerDefault::Literal(s) => Ok(crate::sql::value::quote_string(s)),
            ServerDefault::Sql(e) => {
                let mut kw = Kw::new();
                kw.literal_binds = true;
                self.visit(e, &kw)
            }
        }
    }

    /// PRIMARY KEY first, then the table's constraints in creation order: those given to the table,
    /// then per column its foreign key and `unique=True` constraints — named by the metadata's naming
    /// convention ([`naming::resolved_constraints`]).
    fn table_constraints(&mut self, t: &Table, table: &FromRef) -> SqlResult<Vec<String>> {
        let mut out = Vec::new();
        let pk = t.primary_key();
        let inline_pk = pk.len() == 1 && pk.iter().all(|c| self.sqlite_autoincrement_pk(t, c, 1));
        let checks = naming::TypeChecks {
            boolean: !self.dialect.supports_native_boolean(),
            enumerated: !matches!(self.dialect, Dialect::Postgresql | Dialect::Mysql),
        };
        for c in naming::resolved_constraints(t, checks)? {
            if matches!(c, Constraint::PrimaryKey { .. }) && inline_pk {
                continue;
            }
            out.push(self.constraint_sql(&c, Some(table))?);
        }
        Ok(out)
    }

    /// SQLite's `sqlite_autoincrement=True` table: its single integer primary key column without a
    /// foreign key is declared `PRIMARY KEY AUTOINCREMENT` inline (and no PRIMARY KEY constraint).
    fn sqlite_autoincrement_pk(&self, t: &Table, col: &ColumnInfo, pk_count: usize) -> bool {
        self.dialect == Dialect::Sqlite
            && t.sqlite_autoincrement.get()
            && pk_count == 1
            && col.primary_key
            && effective_type(col).affinity() == crate::sql::types::Affinity::Integer
            && col.schema.as_ref().is_none_or(|s| s.foreign_keys.is_empty())
    }

    fn constraint_sql(&mut self, c: &Constraint, table: Option<&FromRef>) -> SqlResult<String> {
        let named = |s: &Compiler, name: &Option<String>| match name {
            Some(n) => format!("CONSTRAINT {} ", s.quote(n)),
            None => String::new(),
        };
        let cols = |s: &Compiler, names: &[String]| names.iter().map(|n| s.quote(n)).collect::<Vec<_>>().join(", ");
        Ok(match c {
            Constraint::PrimaryKey { name, columns } => {
                format!("{}PRIMARY KEY ({})", named(self, name), cols(self, columns))
            }
            Constraint::Unique { name, columns } => format!("{}UNIQUE ({})", named(self, name), cols(self, columns)),
            Constraint::Check { name, sqltext } => {
                let mut kw = Kw::new();
                kw.literal_binds = true;
                kw.include_table = false;
                let _ = table;
                format!("{}CHECK ({})", named(self, name), self.visit(sqltext, &kw)?)
            }
            Constraint::ForeignKey { name, columns, targets, ondelete, onupdate } => {
                let remote: Vec<(String, String)> = targets
                    .iter()
                    .map(|t| {
                        let fk = crate::sql::schema::ForeignKey::new(t.clone());
                        fk.target_parts()
                    })
                    .collect();
                let rt = remote.first().map(|(t, _)| t.clone()).unwrap_or_default();
                let rcols: Vec<String> = remote.iter().map(|(_, c)| self.quote(c)).collect();
                format!(
                    "{}FOREIGN KEY({}) REFERENCES {} ({}){}",
                    named(self, name),
                    cols(self, columns),
                    self.quote(&rt),
                    rcols.join(", "),
                    fk_actions(ondelete.as_deref(), onupdate.as_deref())
                )
            }
        })
    }
}

fn fk_actions(ondelete: Option<&str>, onupdate: Option<&str>) -> String {
    let mut s = String::new();
    if let Some(d) = ondelete {
        s.push_str(&format!(" ON DELETE {d}"));
    }
    if let Some(u) = onupdate {
        s.push_str(&format!(" ON UPDATE {u}"));
    }
    s
}

/// The tables referenced by `table`'s foreign keys (by key), itself excluded.
fn dependencies(table: &FromRef) -> Vec<String> {
    let Some(t) = table.table() else { return Vec::new() };
    let mut deps = Vec::new();
    for (_, fk) in t.foreign_keys() {
        let (target, _) = fk.target_parts();
        if target != t.key() && !deps.contains(&target) {
            deps.push(target);
        }
    }
    deps
}

/// `sort_tables_and_constraints` over tables sorted by key, as `create_all` orders CREATE TABLE: in
/// rounds, each round (in key order) every table whose referenced tables were created in earlier
/// rounds; a cycle's tables come last in key order.
pub fn sorted_tables(tables: &[FromRef]) -> Vec<FromRef> {
    let mut todo: Vec<FromRef> = tables.to_vec();
    todo.sort_by_key(|t| t.table().map(Table::key).unwrap_or_default());
    let mut done: Vec<FromRef> = Vec::new();
    while !todo.is_empty() {
        let keys: Vec<String> = todo.iter().map(|t| t.table().map(Table::key).unwrap_or_default()).collect();
        let (round, rest): (Vec<FromRef>, Vec<FromRef>) =
            todo.iter().cloned().partition(|t| !dependencies(t).iter().any(|d| keys.contains(d)));
        if round.is_empty() {
            done.extend(rest);
            break;
        }
        done.extend(round);
        todo = rest;
    }
    done
}

/// Keeps `ExprRef` in scope for index expressions.
#[allow(dead_code)]
fn _expr(_: &ExprRef) {}

/// SQLite's `get_column_specification` parenthesises a DEFAULT that is not a quoted literal or already
/// parenthesised and has a non-word character (`DEFAULT (lower('A'))`, `DEFAULT (-1)`), and leaves
/// single words (`CURRENT_TIMESTAMP`, `0`) bare.
pub fn sqlite_wraps_default(default: &str) -> bool {
    !default.trim_start().starts_with(['\'', '"', '(']) && default.chars().any(|c| !(c.is_alphanumeric() || c == '_'))
}
