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
use crate::orm::session::SessionData;
use crate::sql::dml::{DmlStatement, Insert};
use crate::sql::elements::{Expr, ExprRef};
use std::rc::Rc;

/// The joined subclass's bulk INSERT; RETURNING of the inserted rows is not written here.
pub fn bulk_insert(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    obj: &DmlObj,
    info: &OrmDml,
    sets: &[Set],
) -> PyResult<Value> {
    if !obj.stmt.returning().is_empty() {
        return Err(interp.not_supported("RETURNING from a bulk INSERT of a joined-table subclass"));
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
            let returning: Vec<ExprRef> = if generated {
                table
                    .column_refs()
                    .into_iter()
                    .filter(|c| c.col.primary_key)
                    .map(|c| Rc::new(Expr::Column(c)) as ExprRef)
                    .collect()
            } else {
                Vec::new()
            };
            let stmt =
                DmlStatement::Insert(Rc::new(Insert { table: Some(table.clone()), returning, ..Insert::default() }));
            let compiled = compile_dml(interp, &stmt, Some(&keys), &group)?;
            let phase = crate::orm::Phase::Query;
            let done = if generated && group.len() > 1 {
                orm.run_insertmanyvalues(interp, &session.engine, &compiled, phase, true, true)?
            } else {
                orm.run_compiled(interp, &session.engine, &compiled, phase)?
            };
            if t.name == tables.first().map_or("", |b| b.name.as_str()) {
                count += done.iter().map(|d| d.changes as i64).sum::<i64>();
            }
            // The generated keys, into these rows' sets for the tables that follow.
            let returned: Vec<Vec<crate::db::Cell>> = done.into_iter().flat_map(|d| d.rows).collect();
            for (i, cells) in returned.iter().enumerate().filter(|_| generated) {
                let Some(row) = rows.get_mut(at + i) else { continue };
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
    Ok(count_result(interp, count))
}
