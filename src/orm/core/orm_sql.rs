//! The statements the ORM writes itself — a flush's INSERT / UPDATE / DELETE, `session.get()` and an
//! expired row's refresh, a relationship's lazy load — built as statement-tree nodes over the mapped
//! table and compiled by SQLAlchemy's SQLite compiler, so the echo shows what SQLAlchemy's unit of
//! work and loaders emit (`UPDATE address SET email_address=? WHERE address.id = ?`,
//! `SELECT ... FROM address WHERE ? = address.user_id`).
//!
//! The callers keep their parameter values in placeholder order; a text whose placeholder count
//! differs from theirs (a column default or `onupdate` the compiler would add) is refused, and the
//! caller keeps its own text.

use crate::orm::mapper::RegistryRef;
use crate::sql::compiler::{CompileOptions, CompiledSql, Compiler, Dialect};
use crate::sql::dml::{Delete, DmlStatement, Insert, Update};
use crate::sql::elements::build::{self, Operand};
use crate::sql::elements::{BindValue, Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::{FromRef, Select, SelectStmt};
use crate::sql::types::SqlType;
use crate::sql::value::SqlValue;
use std::rc::Rc;

/// One criterion of a loader's WHERE: `table.column = ?` (the bind first when `bind_left`, as
/// SQLAlchemy's lazy clause keeps the primary join's orientation), or `IS NULL` when `null`.
pub struct Criterion<'a> {
    pub table: &'a str,
    pub column: &'a str,
    pub bind_left: bool,
    pub null: bool,
}

fn column(registry: &RegistryRef, table: &str, name: &str) -> Option<ExprRef> {
    let from = super::bridge::core_table(registry, table)?;
    from.column_ref_by_name(name).map(|c| Rc::new(Expr::Column(c)) as ExprRef)
}

fn bind() -> ExprRef {
    build::bindparam(Some("param"), BindValue::Required, None, true, false)
}

/// `table.column = ?` for each name, in order.
fn key_criteria(registry: &RegistryRef, table: &str, names: &[String]) -> Option<Vec<ExprRef>> {
    names
        .iter()
        .map(|n| {
            column(registry, table, n).map(|c| build::binary(&c, &bind(), Op::Eq, SqlType::boolean(), Some(Op::Ne)))
        })
        .collect()
}

/// A single-table subclass's discriminator column and its identities: SQLAlchemy's statements for
/// one of its rows (`select(Manager)` by primary key: a refresh, a deferred or unloaded column)
/// end `AND employee.type IN (?, ?)`.
pub fn single_table_within(registry: &RegistryRef, mapper: usize) -> Option<(ExprRef, Vec<crate::db::Cell>)> {
    let reg = registry.borrow();
    let (on, identities) = crate::orm::inheritance::subclass_identities(&reg, mapper)?;
    let (table, col) = crate::orm::inheritance::column_of_key(&reg, mapper, &on)?;
    let cells = identities.iter().map(|v| crate::orm::state::to_cell(v, &col.ty)).collect();
    Some((column(registry, &table.name, &col.name)?, cells))
}

/// [`single_table_within`]'s criterion with a `?` per identity, and how many.
fn within_binds(registry: &RegistryRef, mapper: Option<usize>) -> Option<(ExprRef, usize)> {
    let (col, cells) = single_table_within(registry, mapper?)?;
    let binds = cells.iter().map(|_| Operand::Expr(bind())).collect();
    Some((build::in_(&col, Op::In, build::InOperand::List(binds)).ok()?, cells.len()))
}

/// The text when it has exactly `params` placeholders.
fn checked(compiled: &CompiledSql, params: usize) -> Option<String> {
    (compiled.positional_names().len() == params).then(|| compiled.string())
}

fn dml_text(stmt: &DmlStatement, keys: &[String], params: usize) -> Option<String> {
    let compiled = Compiler::compile_dml(Dialect::Sqlite, CompileOptions::default(), stmt, Some(keys)).ok()?;
    checked(&compiled, params)
}

/// `INSERT INTO t (a, b) VALUES (?, ?)` for the columns `names` (`DEFAULT VALUES` for none).
pub fn insert_text(registry: &RegistryRef, table: &str, names: &[String]) -> Option<String> {
    let from = super::bridge::core_table(registry, table)?;
    let stmt = DmlStatement::Insert(Rc::new(Insert { table: Some(from), ..Insert::default() }));
    dml_text(&stmt, names, names.len())
}

/// `INSERT INTO t (a, b) VALUES (?, ?) RETURNING id` when `returning` names the key column to
/// read back, else the plain INSERT.
pub fn insert_returning_text(
    registry: &RegistryRef,
    table: &str,
    names: &[String],
    returning: &[String],
) -> Option<String> {
    let from = super::bridge::core_table(registry, table)?;
    let mut cols = Vec::new();
    for name in returning {
        cols.push(column(registry, table, name)?);
    }
    let returning = cols;
    let stmt = DmlStatement::Insert(Rc::new(Insert { table: Some(from), returning, ..Insert::default() }));
    dml_text(&stmt, names, names.len())
}

/// `UPDATE t SET a=?, b=? WHERE t.id = ?`: the changed columns `set`, the row by `key`.
pub fn update_text(registry: &RegistryRef, table: &str, set: &[String], key: &[String]) -> Option<String> {
    let from = super::bridge::core_table(registry, table)?;
    let where_ = key_criteria(registry, table, key)?;
    let stmt = DmlStatement::Update(Rc::new(Update { table: Some(from), where_, ..Update::default() }));
    dml_text(&stmt, set, set.len() + key.len())
}

/// `DELETE FROM t WHERE t.id = ?`.
pub fn delete_text(registry: &RegistryRef, table: &str, key: &[String]) -> Option<String> {
    let from = super::bridge::core_table(registry, table)?;
    let where_ = key_criteria(registry, table, key)?;
    let stmt = DmlStatement::Delete(Rc::new(Delete { table: Some(from), where_, ..Delete::default() }));
    dml_text(&stmt, &[], key.len())
}

/// `SELECT <columns> FROM table WHERE table.key = ? AND ...`: a deferred column's load. With
/// `subclass_table`, the joined subclass's columns a polymorphic load left out, as SQLAlchemy's
/// optimized get writes them: `SELECT manager.manager_name AS manager_manager_name FROM manager
/// WHERE ? = manager.id`.
pub fn select_columns_text(
    registry: &RegistryRef,
    table: &str,
    names: &[String],
    key: &[String],
    subclass_table: bool,
    within: Option<usize>,
) -> Option<String> {
    let mut s = Select::new(names.iter().map(|n| column(registry, table, n)).collect::<Option<Vec<_>>>()?);
    s.where_ = if subclass_table {
        s.label_style = crate::sql::selectable::LabelStyle::TablenamePlusCol;
        key.iter()
            .map(|n| {
                Some(build::binary(&bind(), &column(registry, table, n)?, Op::Eq, SqlType::boolean(), Some(Op::Ne)))
            })
            .collect::<Option<Vec<_>>>()?
    } else {
        key_criteria(registry, table, key)?
    };
    let (criterion, extra) = within_binds(registry, within).unzip();
    s.where_.extend(criterion);
    let stmt = SelectStmt::Select(Rc::new(s));
    let compiled = Compiler::compile_select(Dialect::Sqlite, CompileOptions::default(), &stmt).ok()?;
    checked(&compiled, key.len() + extra.unwrap_or(0))
}

/// `SELECT <every column of table> FROM ... WHERE <criteria> [ORDER BY ...]`; `order` is (table,
/// column, descending). A joined subclass `mapper` reads every column of its lineage's tables from
/// their join.
pub fn select_text(
    registry: &RegistryRef,
    mapper: Option<usize>,
    table: &str,
    criteria: &[Criterion<'_>],
    order: &[(&str, &str, bool)],
    within: Option<usize>,
) -> Option<String> {
    select_text_with(registry, mapper, table, criteria, order, Narrowing { within, ..Narrowing::default() }, &[])
        .map(|(text, _)| text)
}

/// What narrows a select beyond its key criteria: the single-table subclass whose discriminator
/// values it is `within` (SQLAlchemy's `AND t.type IN (...)`), and a relationship's `extra` criteria
/// (a custom `primaryjoin`'s); and the `columns` it leaves out (by name: a lazy load shaped by
/// `defaultload(A.bs).load_only(B.x)`).
#[derive(Clone, Copy, Default)]
pub struct Narrowing<'a> {
    pub within: Option<usize>,
    pub extra: Option<&'a ExprRef>,
    pub unloaded: &'a [String],
    /// A lazy load's SELECT: SQLAlchemy's lazy loader builds a raw select without its label style,
    /// so a joined subclass's repeated `id` goes unlabelled (`SELECT lion.id, animal.id, ...`).
    pub unlabelled: bool,
}

/// [`select_text`] with a relationship's extra criteria (a custom `primaryjoin`'s) after the key
/// criteria, whose parameter `values` come first: the text and every parameter's value.
pub fn select_text_with(
    registry: &RegistryRef,
    mapper: Option<usize>,
    table: &str,
    criteria: &[Criterion<'_>],
    order: &[(&str, &str, bool)],
    narrowing: Narrowing<'_>,
    values: &[crate::db::Cell],
) -> Option<(String, Vec<crate::db::Cell>)> {
    let Narrowing { within, extra, unloaded, unlabelled } = narrowing;
    let joined = mapper.filter(|m| crate::orm::inheritance::is_joined(&registry.borrow(), *m));
    let mut s = match joined {
        Some(m) => {
            let columns: Vec<(String, String)> = crate::orm::inheritance::select_columns(&registry.borrow(), m)
                .into_iter()
                .filter(|c| !unloaded.contains(&c.def.name))
                .map(|c| (c.table, c.def.name))
                .collect();
            let mut s = Select::new(columns.iter().map(|(t, n)| column(registry, t, n)).collect::<Option<Vec<_>>>()?);
            s.from_obj.push(crate::orm::inheritance::mapper_from(registry, m)?);
            s
        }
        None => {
            let from: FromRef = super::bridge::core_table(registry, table)?;
            let columns = from.column_refs().into_iter().filter(|c| !unloaded.iter().any(|u| *u == c.col.name.text()));
            Select::new(columns.map(|c| Rc::new(Expr::Column(c)) as ExprRef).collect())
        }
    };
    let mut params = 0;
    for c in criteria {
        let col = column(registry, c.table, c.column)?;
        let clause = if c.null {
            build::compare(&col, Op::Eq, Operand::Value(SqlValue::None), false).ok()?
        } else if c.bind_left {
            params += 1;
            build::binary(&bind(), &col, Op::Eq, SqlType::boolean(), Some(Op::Ne))
        } else {
            params += 1;
            build::binary(&col, &bind(), Op::Eq, SqlType::boolean(), Some(Op::Ne))
        };
        s.where_.push(clause);
    }
    if let Some((criterion, binds)) = within_binds(registry, within) {
        s.where_.push(criterion);
        params += binds;
    }
    s.where_.extend(extra.cloned());
    for (t, name, desc) in order {
        let col = column(registry, t, name)?;
        s.order_by.push(if *desc { build::unary_modifier(&col, Op::Desc) } else { col });
    }
    if unlabelled {
        s.label_style = crate::sql::selectable::LabelStyle::None;
    }
    with_values(&SelectStmt::Select(Rc::new(s)), params, extra.is_some(), values)
}

/// The text of `stmt` with every parameter's value: the `params` key binds take `values`; with
/// `extra` criteria their own bound values follow.
fn with_values(
    stmt: &SelectStmt,
    params: usize,
    extra: bool,
    values: &[crate::db::Cell],
) -> Option<(String, Vec<crate::db::Cell>)> {
    let compiled = Compiler::compile_select(Dialect::Sqlite, CompileOptions::default(), stmt).ok()?;
    if !extra {
        return checked(&compiled, params).map(|text| (text, values.to_vec()));
    }
    let mut set = crate::sql::compiler::ParamSet::new();
    for (name, cell) in compiled.positional_names().iter().zip(values) {
        set = set.with(name, super::bridge::cell_value(cell));
    }
    let (_, cells) = compiled.execution(&set).ok()?;
    Some((compiled.string(), cells))
}

/// A many-to-many lazy load as SQLAlchemy's lazy loader writes it: `SELECT <target columns> FROM
/// target, secondary WHERE ? = secondary.owner_fk AND target.id = secondary.target_fk [ORDER BY ...]`
/// (`local`: the association columns bound to the parent's key, `remote`: (association column,
/// target column) pairs). Rows come in the order SQLite's plan gives this very statement, as under
/// SQLAlchemy. `extra` criteria (a loader option's `Rel.and_(...)`) follow; the text comes with every
/// parameter's value, the key `values` first.
pub fn select_secondary_text(
    registry: &RegistryRef,
    target: &str,
    secondary: &str,
    local: &[&str],
    remote: &[(&str, &str)],
    order: &[(&str, &str, bool)],
    (extra, values): (Option<&ExprRef>, &[crate::db::Cell]),
) -> Option<(String, Vec<crate::db::Cell>)> {
    let from: FromRef = super::bridge::core_table(registry, target)?;
    let mut s = Select::new(from.column_refs().into_iter().map(|c| Rc::new(Expr::Column(c)) as ExprRef).collect());
    for assoc in local {
        let col = column(registry, secondary, assoc)?;
        s.where_.push(build::binary(&bind(), &col, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
    }
    for (assoc, target_col) in remote {
        let (t, a) = (column(registry, target, target_col)?, column(registry, secondary, assoc)?);
        s.where_.push(build::binary(&t, &a, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
    }
    s.where_.extend(extra.cloned());
    for (t, name, desc) in order {
        let col = column(registry, t, name)?;
        s.order_by.push(if *desc { build::unary_modifier(&col, Op::Desc) } else { col });
    }
    with_values(&SelectStmt::Select(Rc::new(s)), local.len(), extra.is_some(), values)
}

/// `SELECT <every column of the mapper> FROM employee JOIN manager ON ... WHERE employee.id = ?`: a
/// joined subclass's row by primary key (`session.get()`, an expired object's refresh), the key
/// compared on the base table as SQLAlchemy's `_get_clause` does.
pub fn select_joined_text(registry: &RegistryRef, mapper: usize) -> Option<String> {
    let (columns, base, key) = {
        let reg = registry.borrow();
        let tables = crate::orm::inheritance::tables_of(&reg, mapper);
        let base = tables.first()?;
        let key: Vec<String> = base.primary_key().iter().map(|c| c.name.clone()).collect();
        let columns: Vec<(String, String)> =
            crate::orm::inheritance::select_columns(&reg, mapper).into_iter().map(|c| (c.table, c.def.name)).collect();
        (columns, base.name.clone(), key)
    };
    let exprs = columns.iter().map(|(t, n)| column(registry, t, n)).collect::<Option<Vec<_>>>()?;
    let mut s = Select::new(exprs);
    s.from_obj.push(crate::orm::inheritance::mapper_from(registry, mapper)?);
    s.where_ = key_criteria(registry, &base, &key)?;
    let stmt = SelectStmt::Select(Rc::new(s));
    let compiled = Compiler::compile_select(Dialect::Sqlite, CompileOptions::default(), &stmt).ok()?;
    checked(&compiled, key.len())
}

/// (table name, column name)
type TableColumn = (String, String);

/// SQLAlchemy's optimized get of a joined subclass's attributes when its base row is loaded: the
/// columns of `keys` from only the tables holding them, each table's inheritance condition kept
/// between two of those tables and bound to the loaded key otherwise
/// (`SELECT student.school AS student_school, grad_student.thesis AS grad_student_thesis FROM
/// student, grad_student WHERE ? = student.id AND student.id = grad_student.id`). `None` when a
/// key is in the base table (the whole row loads then). Returns the text, the columns in select
/// order, and the parameters taken from `identity` (the base table's key).
pub fn optimized_get(
    registry: &RegistryRef,
    mapper: usize,
    keys: &[String],
    identity: &[crate::db::Cell],
) -> Option<(String, Vec<crate::orm::mapper::ColumnDef>, Vec<crate::db::Cell>)> {
    let (columns, conditions) = {
        let reg = registry.borrow();
        let tables = crate::orm::inheritance::tables_of(&reg, mapper);
        let base = tables.first()?.name.clone();
        let mut columns: Vec<(String, crate::orm::mapper::ColumnDef)> = Vec::new();
        for c in crate::orm::inheritance::mapped_columns(&reg, mapper) {
            if keys.contains(&c.key) {
                let (t, def) = crate::orm::inheritance::column_of_key(&reg, mapper, &c.key)?;
                columns.push((t.name.clone(), def.clone()));
            }
        }
        if columns.is_empty() || columns.iter().any(|(t, _)| *t == base) {
            return None;
        }
        let needed = |name: &str| columns.iter().any(|(t, _)| t == name);
        // (parent column or the bound key's position, child column)
        let mut conditions: Vec<(Result<TableColumn, usize>, TableColumn)> = Vec::new();
        for t in tables.iter().skip(1).filter(|t| needed(&t.name)) {
            for (i, c) in t.primary_key().iter().enumerate() {
                let Some((parent, pc)) = &c.foreign_key else { continue };
                let left = if needed(parent) { Ok((parent.clone(), pc.clone())) } else { Err(i) };
                conditions.push((left, (t.name.clone(), c.name.clone())));
            }
        }
        (columns, conditions)
    };
    let exprs = columns.iter().map(|(t, c)| column(registry, t, &c.name)).collect::<Option<Vec<_>>>()?;
    let mut s = Select::new(exprs);
    s.label_style = crate::sql::selectable::LabelStyle::TablenamePlusCol;
    let mut params = Vec::new();
    for (left, (t, c)) in &conditions {
        let right = column(registry, t, c)?;
        let clause = match left {
            Ok((pt, pc)) => build::binary(&column(registry, pt, pc)?, &right, Op::Eq, SqlType::boolean(), Some(Op::Ne)),
            Err(i) => {
                params.push(identity.get(*i)?.clone());
                build::binary(&bind(), &right, Op::Eq, SqlType::boolean(), Some(Op::Ne))
            }
        };
        s.where_.push(clause);
    }
    let stmt = SelectStmt::Select(Rc::new(s));
    let compiled = Compiler::compile_select(Dialect::Sqlite, CompileOptions::default(), &stmt).ok()?;
    let text = checked(&compiled, params.len())?;
    Some((text, columns.into_iter().map(|(_, c)| c).collect(), params))
}
