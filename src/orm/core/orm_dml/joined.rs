//! ORM bulk INSERT of a joined-table subclass (`session.execute(insert(Manager), [{...}, ...])`), as
//! `bulk_persistence._bulk_insert` runs it: one INSERT per table of the lineage, base first; the
//! discriminator gets the class's identity unless given; a table whose primary key is not in the
//! parameters (the base's, generated) is written row by row with `RETURNING id` in parameter order
//! ("insertmanyvalues", batch not supported), and the keys it returns go into the following tables'
//! rows, which then go as one executemany.

use super::bulk::{Set, column_set, count_result, groups};
use super::{DmlObj, OrmDml};
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::core::execute::compile_dml;
use crate::orm::core::orm_select::OrmEntity;
use crate::orm::session::SessionData;
use crate::sql::dml::{DmlStatement, Insert};
use crate::sql::elements::{Expr, ExprRef};
use std::rc::Rc;

/// The joined subclass's bulk INSERT; with `returning(<the class>)`, its objects.
pub fn bulk_insert(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    obj: &DmlObj,
    info: &OrmDml,
    sets: &[Set],
    scalars: bool,
) -> PyResult<Value> {
    let returning = !obj.stmt.returning().is_empty();
    // `returning(Manager)`: each table's INSERT returns the entity's columns of that table, and the
    // results are spliced side by side into one row per parameter set.
    if returning
        && !info.returning.iter().all(
            |e| matches!(e, OrmEntity::Mapper { mapper, registry, .. } if *mapper == info.mapper && Rc::ptr_eq(registry, &info.registry)),
        )
    {
        return Err(interp.not_supported("RETURNING of columns from a bulk INSERT of a joined-table subclass"));
    }
    let orm = crate::orm::orm(interp)?;
    let identity = super::identity_default(info);
    let (tables, cols) = {
        let reg = info.registry.borrow();
        let tables: Vec<crate::orm::mapper::TableDef> =
            crate::orm::inheritance::tables_of(&reg, info.mapper).into_iter().cloned().collect();
        (tables, crate::orm::inheritance::mapped_columns(&reg, info.mapper))
    };
    let names = super::bulk::bind_names(&obj.stmt, sets);
    let mut rows = Vec::with_capacity(sets.len());
    for set in sets {
        let mut row = column_set(&cols, set, info.render_nulls, &names);
        if let Some((on, v)) = &identity
            && !row.iter().any(|(k, _)| k == on)
        {
            row.push((on.clone(), v.clone()));
        }
        rows.push(row);
    }
    let pk: Vec<String> = cols.iter().filter(|c| c.primary_key).map(|c| c.key.clone()).collect();
    let select_columns = crate::orm::inheritance::select_columns(&info.registry.borrow(), info.mapper);
    // Per table: the names its RETURNING gives, and the rows it returned (one per parameter set).
    let mut returned_by_table: Vec<(String, Vec<String>, Vec<Vec<crate::db::Cell>>)> = Vec::new();
    let mut count = 0;
    for t in &tables {
        let Some(table) = crate::orm::core::bridge::core_table(&info.registry, &t.name) else { continue };
        let has = |k: &str| t.columns.iter().any(|c| c.key == k);
        let own: Vec<Set> = rows.iter().map(|r| r.iter().filter(|(k, _)| has(k)).cloned().collect()).collect();
        let mut at = 0;
        for group in groups(own) {
            let keys: Vec<String> =
                group.first().map(|s| s.iter().map(|(k, _)| k.clone()).collect()).unwrap_or_default();
            let generated = pk.iter().any(|k| !keys.contains(k));
            let key_columns: Vec<ExprRef> = table
                .column_refs()
                .into_iter()
                .filter(|c| c.col.primary_key)
                .map(|c| Rc::new(Expr::Column(c)) as ExprRef)
                .collect();
            // Every key given, several rows: one multi-row batch whose rows come back in parameter order.
            let batch = !generated && returning && group.len() > 1;
            let (returning, names) = if returning {
                entity_returning(&table, &t.name, &select_columns, key_columns, generated, batch)
            } else if generated {
                (key_columns, Vec::new())
            } else {
                (Vec::new(), Vec::new())
            };
            let stmt =
                DmlStatement::Insert(Rc::new(Insert { table: Some(table.clone()), returning, ..Insert::default() }));
            let compiled = compile_dml(interp, &stmt, Some(&keys), &group)?;
            let phase = crate::orm::Phase::Query;
            let done = if generated && group.len() > 1 {
                orm.run_insertmanyvalues(interp, &session.engine, &compiled, phase, true, true)?
            } else if batch {
                let batch = super::bulk::multi_values(&compiled);
                orm.run_insertmanyvalues(interp, &session.engine, &batch, phase, true, false)?
            } else {
                orm.run_compiled(interp, &session.engine, &compiled, phase)?
            };
            if t.name == tables.first().map_or("", |b| b.name.as_str()) {
                count += done.iter().map(|d| d.changes as i64).sum::<i64>();
            }
            // The generated keys, into these rows' sets for the tables that follow.
            let returned: Vec<Vec<crate::db::Cell>> = done.into_iter().flat_map(|d| d.rows).collect();
            if !names.is_empty() {
                match returned_by_table.iter_mut().find(|(n, _, _)| *n == t.name) {
                    Some((_, _, rows)) => rows.extend(returned.iter().cloned()),
                    None => returned_by_table.push((t.name.clone(), names.clone(), returned.clone())),
                }
            }
            for (i, cells) in returned.iter().enumerate().filter(|_| generated) {
                let Some(row) = rows.get_mut(at + i) else { continue };
                // The key leads a RETURNING of the generated key.
                for (k, cell) in pk.iter().zip(cells) {
                    let ty = cols.iter().find(|c| &c.key == k).map(|c| c.ty.clone());
                    let v = ty.map_or(Value::None, |ty| crate::orm::state::from_cell(interp, cell, &ty));
                    row.retain(|(key, _)| key != k);
                    row.insert(0, (k.clone(), v));
                }
            }
            at += group.len();
        }
    }
    if !returning {
        return Ok(count_result(interp, count));
    }
    // Each parameter set's row in the entity's column order, from the tables' returned rows.
    let spliced: Vec<Vec<crate::db::Cell>> = (0..rows.len())
        .map(|i| {
            select_columns
                .iter()
                .map(|c| {
                    returned_by_table
                        .iter()
                        .find(|(n, _, _)| *n == c.table)
                        .and_then(|(_, names, rows)| {
                            let at = names.iter().position(|n| *n == c.def.name)?;
                            rows.get(i)?.get(at).cloned()
                        })
                        .unwrap_or(crate::db::Cell::Null)
                })
                .collect()
        })
        .collect();
    let mut objects = Vec::with_capacity(spliced.len());
    for row in &spliced {
        let value = orm.materialize(interp, session, &info.registry, info.mapper, row)?;
        objects.push(vec![value; info.returning.len()]);
    }
    let keys = vec![info.class.name.to_string(); info.returning.len()];
    Ok(crate::orm::engine::result::result_value(interp, keys, objects, scalars))
}

/// The RETURNING of one table's INSERT for a `returning(<entity>)` bulk INSERT, with the column
/// names it gives: the entity's columns of that table (its `_DMLBulkInsertReturningColFilter`),
/// which follow the generated key when the database makes it; a multi-row batch returns the key
/// again after them, labelled apart (`id AS id__1`), to match its rows to the parameter sets.
fn entity_returning(
    table: &crate::sql::selectable::FromRef,
    name: &str,
    select_columns: &[crate::orm::inheritance::MapperColumn],
    key_columns: Vec<ExprRef>,
    generated: bool,
    batch: bool,
) -> (Vec<ExprRef>, Vec<String>) {
    let mut out: Vec<(ExprRef, String)> = Vec::new();
    let key_names: Vec<String> = key_columns
        .iter()
        .filter_map(|e| match &**e {
            Expr::Column(c) => Some(c.col.name.text().to_string()),
            _ => None,
        })
        .collect();
    if generated {
        out.extend(key_columns.iter().cloned().zip(key_names.iter().cloned()));
    }
    for c in select_columns.iter().filter(|c| c.table == name) {
        if out.iter().any(|(_, n)| *n == c.def.name) {
            continue;
        }
        if let Some(col) = table.column_ref_by_name(&c.def.name) {
            out.push((Rc::new(Expr::Column(col)) as ExprRef, c.def.name.clone()));
        }
    }
    if batch {
        for (e, n) in key_columns.iter().zip(&key_names) {
            let label = format!("{n}__1");
            out.push((crate::sql::elements::build::label(e, Some(&label), None), label));
        }
    }
    out.into_iter().unzip()
}
