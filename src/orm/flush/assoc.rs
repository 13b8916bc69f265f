//! Association rows of many-to-many relationships (`secondary=`), sent the way SQLAlchemy's
//! `ManyToManyDP._run_crud` sends them: the rows to delete, then the rows to insert, each kind as one
//! executemany of the statement SQLAlchemy's compiler writes (`INSERT INTO assoc (left_id, right_id)
//! VALUES (?, ?)` with `[(1, 1), (1, 2)]`; `DELETE FROM assoc WHERE assoc.left_id = ? AND
//! assoc.right_id = ?`). Consecutive rows with the same statement share one execution.

use super::statements::insert_sql;
use super::*;
use crate::orm::core::bridge::{cell_value, core_table};
use crate::orm::core::convert::{from_sql_value, to_sql_value};
use crate::orm::core::execute::prefetch_defaults;
use crate::sql::compiler::{CompileOptions, Compiler, Dialect, ParamSet};
use crate::sql::dml::{Delete, DmlStatement, Insert};
use crate::sql::elements::{BindValue, Expr, ExprRef, build};
use crate::sql::ops::Op;
use crate::sql::types::SqlType;
use crate::sql::{CacheStat, Compiled, StatementKind};

impl Orm {
    /// Inserts (`insert`) or deletes `rows`, one execution per run of rows with the same statement.
    #[inline(never)] // its own function: no giant run-once caller for V8 to optimise (issue 15, index.html)
    pub(super) fn assoc_statements(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        rows: &[AssocRow],
        insert: bool,
    ) -> PyResult<()> {
        let mut pending: Option<Compiled> = None;
        for row in rows {
            let cells: Vec<Cell> = row.parts.iter().map(|(_, inst, col)| column_value(interp, inst, col)).collect();
            let columns: Vec<&str> = row.parts.iter().map(|(a, _, _)| a.as_str()).collect();
            let registry = row.parts.first().and_then(|(_, inst, _)| mapped(&inst.class)).map(|m| m.registry.clone());
            let known = match registry {
                Some(r) => statement_text(interp, &r, &row.table, &columns, &cells, insert)?,
                None => None,
            };
            let (text, params) = known.unwrap_or_else(|| (fallback_text(&row.table, &columns, insert), cells));
            match &mut pending {
                Some(batch) if batch.text == text => batch.params.push(params),
                _ => {
                    if let Some(batch) = pending.take() {
                        self.run_compiled(interp, &session.engine, &batch, crate::orm::Phase::Flush)?;
                    }
                    let kind = if insert { StatementKind::Insert } else { StatementKind::Delete };
                    pending = Some(Compiled {
                        text,
                        params: vec![params],
                        kind,
                        cache: CacheStat::Generated,
                        columns: Vec::new(),
                    });
                }
            }
        }
        if let Some(batch) = pending {
            self.run_compiled(interp, &session.engine, &batch, crate::orm::Phase::Flush)?;
        }
        Ok(())
    }
}

/// The statement for one row, as SQLAlchemy's SQLite compiler writes it, with its parameters in
/// the statement's order (`None` for a table the registry does not know). An INSERT is
/// `secondary.insert()` executed with the key columns' values, so the table's other columns take
/// their defaults as in any Core INSERT: a SQL `default=` inline, a Python one pre-executed per row
/// (with the row's values as its context's current parameters).
fn statement_text(
    interp: &mut Interp,
    registry: &RegistryRef,
    table: &str,
    columns: &[&str],
    cells: &[Cell],
    insert: bool,
) -> PyResult<Option<(String, Vec<Cell>)>> {
    let Some(from) = core_table(registry, table) else { return Ok(None) };
    let mut params = ParamSet::new();
    let stmt = if insert {
        for (name, cell) in columns.iter().zip(cells) {
            params.values.insert(name.to_string(), cell_value(cell));
        }
        DmlStatement::Insert(Rc::new(Insert { table: Some(from), values: None, ..Insert::default() }))
    } else {
        let mut where_ = Vec::with_capacity(columns.len());
        for (name, cell) in columns.iter().zip(cells) {
            let Some(column) = from.column_ref_by_name(name) else { return Ok(None) };
            let col: ExprRef = Rc::new(Expr::Column(column));
            let bind = build::bindparam(Some(name), BindValue::Value(cell_value(cell)), Some(col.ty()), true, false);
            where_.push(build::binary(&col, &bind, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
        }
        DmlStatement::Delete(Rc::new(Delete { table: Some(from), where_, returning: Vec::new(), using: Vec::new() }))
    };
    let keys: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
    let keys = if insert { Some(keys.as_slice()) } else { None };
    let Ok(compiled) = Compiler::compile_dml(Dialect::Sqlite, CompileOptions::default(), &stmt, keys) else {
        return Ok(None);
    };
    if !compiled.prefetch.is_empty() {
        let mut set: Vec<(String, Value)> = Vec::with_capacity(columns.len());
        for (name, cell) in columns.iter().zip(cells) {
            set.push((name.to_string(), from_sql_value(interp, &cell_value(cell))));
        }
        let given = set.len();
        prefetch_defaults(interp, &compiled, &mut set, false)?;
        for (key, value) in set.into_iter().skip(given) {
            params.values.insert(key, to_sql_value(interp, &value)?);
        }
    }
    Ok(compiled.execution(&params).ok())
}

/// The statement for a table the registry does not know (every identifier quoted).
fn fallback_text(table: &str, columns: &[&str], insert: bool) -> String {
    if insert {
        let names: Vec<String> = columns.iter().map(|a| quote(a)).collect();
        insert_sql(&quote(table), &names)
    } else {
        let conditions: Vec<String> = columns.iter().map(|a| format!("{} = ?", quote(a))).collect();
        format!("DELETE FROM {} WHERE {}", quote(table), conditions.join(" AND "))
    }
}
