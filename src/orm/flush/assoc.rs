//! Association rows of many-to-many relationships (`secondary=`), sent the way SQLAlchemy's
//! `ManyToManyDP._run_crud` sends them: the rows to delete, then the rows to insert, each kind as one
//! executemany of the statement SQLAlchemy's compiler writes (`INSERT INTO assoc (left_id, right_id)
//! VALUES (?, ?)` with `[(1, 1), (1, 2)]`; `DELETE FROM assoc WHERE assoc.left_id = ? AND
//! assoc.right_id = ?`). Consecutive rows with the same statement share one execution.

use super::statements::insert_sql;
use super::*;
use crate::orm::core::bridge::{cell_value, core_table};
use crate::sql::compiler::{CompileOptions, Compiler, Dialect, ParamSet};
use crate::sql::dml::{Delete, DmlKey, DmlStatement, DmlValue, Insert};
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
            let (text, params) = registry
                .and_then(|r| statement_text(&r, &row.table, &columns, &cells, insert))
                .unwrap_or_else(|| (fallback_text(&row.table, &columns, insert), cells));
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
/// the statement's order (`None` for a table the registry does not know).
fn statement_text(
    registry: &RegistryRef,
    table: &str,
    columns: &[&str],
    cells: &[Cell],
    insert: bool,
) -> Option<(String, Vec<Cell>)> {
    let from = core_table(registry, table)?;
    let stmt = if insert {
        let values = columns
            .iter()
            .zip(cells)
            .map(|(c, v)| (DmlKey::Name(c.to_string()), DmlValue::Value(cell_value(v))))
            .collect();
        DmlStatement::Insert(Rc::new(Insert { table: Some(from), values: Some(values), ..Insert::default() }))
    } else {
        let mut where_ = Vec::with_capacity(columns.len());
        for (name, cell) in columns.iter().zip(cells) {
            let col: ExprRef = Rc::new(Expr::Column(from.column_ref_by_name(name)?));
            let bind = build::bindparam(Some(name), BindValue::Value(cell_value(cell)), Some(col.ty()), true, false);
            where_.push(build::binary(&col, &bind, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
        }
        DmlStatement::Delete(Rc::new(Delete { table: Some(from), where_, returning: Vec::new(), using: Vec::new() }))
    };
    let compiled = Compiler::compile_dml(Dialect::Sqlite, CompileOptions::default(), &stmt, None).ok()?;
    compiled.execution(&ParamSet::new()).ok()
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
