//! ORM bulk INSERT and bulk UPDATE by primary key (`session.execute(insert(User), [{...}, ...])`),
//! as `orm/bulk_persistence.py` runs them, and the results of ORM-enabled DML.
//!
//! The parameter dictionaries are grouped into runs of consecutive dictionaries with the same keys,
//! each run one statement: a bulk INSERT leaves out None values (unless `render_nulls`), so a
//! dictionary with a None starts a new run. Without RETURNING a run is one executemany; with it,
//! SQLite's "insertmanyvalues" sends the run as one multi-VALUES statement, or one row per batch when
//! `sort_by_parameter_order=True` asks for rows in parameter order.

use super::{DmlObj, OrmDml};
use crate::db::{Cell, Executed};
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::core::execute::compile_dml;
use crate::orm::core::orm_select::OrmEntity;
use crate::orm::engine::result::{ResultClass, ResultState, result_object, result_value};
use crate::orm::mapper::ColumnDef;
use crate::orm::session::SessionData;
use crate::sql::Compiled;
use crate::sql::dml::{DmlStatement, Update};
use crate::sql::elements::{BindValue, Expr, ExprRef, build};
use crate::sql::ops::Op;
use std::rc::Rc;

pub(super) type Set = Vec<(String, Value)>;

/// The mapped table's columns (attribute key and column name both name one).
fn columns(info: &OrmDml) -> Vec<ColumnDef> {
    info.registry.borrow().table_of(info.mapper).map(|t| t.columns.clone()).unwrap_or_default()
}

/// One parameter dictionary with its keys as column keys. Keys naming no mapped column are left
/// out (`_collect_insert_commands` intersects them with the mapped attributes), except the names
/// of `bindparam()`s the statement embeds (`include_bulk_keys`): those stay as they are.
pub(super) fn column_set(cols: &[ColumnDef], set: &Set, keep_none: bool, bind_names: &[String]) -> Set {
    let mut out = Vec::new();
    for (k, v) in set {
        if bind_names.contains(k) {
            out.push((k.clone(), v.clone()));
            continue;
        }
        let Some(c) = cols.iter().find(|c| &c.key == k || &c.name == k) else { continue };
        if matches!(v, Value::None) && !keep_none && !c.primary_key {
            continue;
        }
        out.push((c.key.clone(), v.clone()));
    }
    out
}

/// The names of the statement's own `bindparam()`s that the first dictionary gives values for
/// (`bulk_persistence`'s `extra_bp_names`): `insert(User).values(name=bindparam("n"))` run with
/// `[{"n": ...}, ...]`.
pub(super) fn bind_names(stmt: &DmlStatement, sets: &[Set]) -> Vec<String> {
    let Some(first) = sets.first() else { return Vec::new() };
    let mut out: Vec<String> = Vec::new();
    stmt.visit_binds(&mut |b| {
        let name = b.key.text();
        if !b.key.is_anon() && first.iter().any(|(k, _)| *k == name) && !out.contains(&name) {
            out.push(name);
        }
    });
    out
}

/// Runs of consecutive sets with the same set of keys (`_emit_insert_statements` groups records by
/// `set(params)`: the order the keys were given in does not split a run).
pub(super) fn groups(sets: Vec<Set>) -> Vec<Vec<Set>> {
    let mut out: Vec<Vec<Set>> = Vec::new();
    for set in sets {
        let same = out.last().and_then(|g| g.first()).is_some_and(|first| {
            first.len() == set.len() && first.iter().all(|(a, _)| set.iter().any(|(b, _)| a == b))
        });
        match out.last_mut() {
            Some(group) if same => group.push(set),
            _ => out.push(vec![set]),
        }
    }
    out
}

/// `session.execute(insert(User), [{...}, ...])`.
pub fn bulk_insert(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    obj: &DmlObj,
    info: &OrmDml,
    sets: &[Set],
    scalars: bool,
) -> PyResult<Value> {
    if crate::orm::inheritance::is_joined(&info.registry.borrow(), info.mapper) {
        return super::joined::bulk_insert(interp, session, obj, info, sets, scalars);
    }
    let orm = crate::orm::orm(interp)?;
    let cols = columns(info);
    let names = bind_names(&obj.stmt, sets);
    let identity = super::identity_default(info);
    let mut rows: Vec<Set> = sets.iter().map(|set| column_set(&cols, set, info.render_nulls, &names)).collect();
    if let Some((on, v)) = &identity {
        for row in rows.iter_mut().filter(|r| !r.iter().any(|(k, _)| k == on)) {
            row.push((on.clone(), v.clone()));
        }
    }
    let returning = !obj.stmt.returning().is_empty();
    let mut done_all = Vec::new();
    let mut last = None;
    for group in groups(rows) {
        let keys: Vec<String> = group.first().map(|s| s.iter().map(|(k, _)| k.clone()).collect()).unwrap_or_default();
        let compiled = compile_dml(interp, &obj.stmt, Some(&keys), &group)?;
        let phase = crate::orm::Phase::Query;
        let done = if !returning || group.len() == 1 {
            orm.run_compiled(interp, &session.engine, &compiled, phase)?
        } else if info.sort_by_parameter_order {
            orm.run_insertmanyvalues(interp, &session.engine, &compiled, phase, true, true)?
        } else {
            let batch = multi_values(&compiled);
            orm.run_insertmanyvalues(interp, &session.engine, &batch, phase, false, false)?
        };
        done_all.extend(done);
        last = Some(compiled);
    }
    match last {
        Some(compiled) if returning => result(interp, session, info, &compiled, done_all, scalars),
        _ => Ok(count_result(interp, done_all.iter().map(|d| d.changes as i64).sum())),
    }
}

/// The statement with its VALUES tuple repeated once per parameter set, the sets' values in one
/// set: what "insertmanyvalues" sends when the dialect can batch the rows.
pub(crate) fn multi_values(compiled: &Compiled) -> Compiled {
    let text = &compiled.text;
    let Some(at) = text.find("VALUES (") else { return compiled.clone() };
    let open = at + "VALUES ".len();
    let mut depth = 0;
    let mut close = None;
    for (i, ch) in text[open..].char_indices() {
        match ch {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(open + i + 1);
                    break;
                }
            }
            _ => {}
        }
    }
    let Some(close) = close else { return compiled.clone() };
    let tuple = &text[open..close];
    let tuples = vec![tuple; compiled.params.len().max(1)].join(", ");
    let mut batch = compiled.clone();
    batch.text = format!("{}{tuples}{}", &text[..open], &text[close..]);
    batch.params = vec![compiled.params.iter().flatten().cloned().collect()];
    batch
}

/// `session.execute(update(User), [{"id": 1, ...}, ...])`: one UPDATE per run of dictionaries, the
/// primary key in the WHERE clause and the other keys in SET; the session's objects take the values.
/// A joined subclass's rows span its lineage's tables: each table, base first, gets its UPDATE of
/// the keys it has (a table none of the keys are in is skipped), as `bulk_persistence` does.
pub fn bulk_update(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    obj: &DmlObj,
    info: &OrmDml,
    sets: &[Set],
) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    let DmlStatement::Update(upd) = &obj.stmt else {
        return Err(interp.not_supported("this bulk UPDATE"));
    };
    let tables: Vec<crate::orm::mapper::TableDef> =
        crate::orm::inheritance::tables_of(&info.registry.borrow(), info.mapper).into_iter().cloned().collect();
    let cols = crate::orm::inheritance::mapped_columns(&info.registry.borrow(), info.mapper);
    let pk: Vec<ColumnDef> = cols.iter().filter(|c| c.primary_key).cloned().collect();
    let names = bind_names(&obj.stmt, sets);
    let mut rows = Vec::with_capacity(sets.len());
    for set in sets {
        let row = column_set(&cols, set, true, &names);
        let missing: Vec<&str> =
            pk.iter().filter(|c| !row.iter().any(|(k, _)| *k == c.key)).map(|c| c.key.as_str()).collect();
        if !missing.is_empty() {
            return Err(orm.error(
                interp,
                SaExc::InvalidRequestError,
                format!(
                    "No primary key value supplied for column(s) {}; per-row ORM Bulk UPDATE by Primary Key requires that records contain primary key values",
                    missing.iter().map(|k| format!("{}.{k}", info.registry.borrow().mappers[info.mapper].table)).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        rows.push(row);
    }
    let mut count = 0;
    for group in groups(rows) {
        let mut changed = 0;
        for t in &tables {
            let Some(table) = crate::orm::core::bridge::core_table(&info.registry, &t.name) else { continue };
            let mut where_: Vec<ExprRef> = Vec::new();
            for c in table.column_refs().into_iter().filter(|c| c.col.primary_key) {
                let bind =
                    build::bindparam(Some(&c.col.key), BindValue::Required, Some(c.col.ty.clone()), false, false);
                let col: ExprRef = Rc::new(Expr::Column(c));
                where_.push(crate::orm::core::convert::py(
                    interp,
                    build::compare(&col, Op::Eq, build::Operand::Expr(bind), false),
                )?);
            }
            let stmt = DmlStatement::Update(Rc::new(Update { table: Some(table), where_, ..(**upd).clone() }));
            let has = |k: &str| t.columns.iter().any(|c| c.key == k);
            let keys: Vec<String> = group
                .first()
                .map(|s| {
                    s.iter()
                        .filter(|(k, _)| has(k) && !pk.iter().any(|c| &c.key == k))
                        .map(|(k, _)| k.clone())
                        .collect()
                })
                .unwrap_or_default();
            if keys.is_empty() && tables.len() > 1 {
                continue;
            }
            let own: Vec<Set> = group.iter().map(|s| s.iter().filter(|(k, _)| has(k)).cloned().collect()).collect();
            let compiled = compile_dml(interp, &stmt, Some(&keys), &own)?;
            let done = orm.run_compiled(interp, &session.engine, &compiled, crate::orm::Phase::Query)?;
            changed = changed.max(done.iter().map(|d| d.changes as i64).sum::<i64>());
        }
        count += changed;
        for set in &group {
            let key: Vec<Cell> = pk
                .iter()
                .map(|c| {
                    let v = set.iter().find(|(k, _)| *k == c.key).map_or(Value::None, |(_, v)| v.clone());
                    crate::orm::state::to_cell(&v, &c.ty)
                })
                .collect();
            let values: Vec<(ColumnDef, Option<Value>)> = set
                .iter()
                .filter_map(|(k, v)| {
                    cols.iter().find(|c| &c.key == k && !c.primary_key).map(|c| (c.clone(), Some(v.clone())))
                })
                .collect();
            orm.synchronize(interp, session, &info.registry, info.mapper, vec![key], Some(&values), false);
        }
    }
    Ok(count_result(interp, count))
}

/// A result without rows: the statement's row count.
pub fn count_result(interp: &mut Interp, count: i64) -> Value {
    result_object(interp, ResultState::no_rows(count, None), ResultClass::Cursor)
}

/// The result of an ORM-enabled DML statement: with `returning(User)`, rows of objects through the
/// identity map; otherwise its row count.
pub fn result(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    info: &OrmDml,
    compiled: &Compiled,
    done: Vec<Executed>,
    scalars: bool,
) -> PyResult<Value> {
    if info.returning.is_empty() {
        return Ok(count_result(interp, done.iter().map(|d| d.changes as i64).sum()));
    }
    let orm = crate::orm::orm(interp)?;
    let mut rows = Vec::new();
    for row in done.into_iter().flat_map(|d| d.rows) {
        let mut values = Vec::with_capacity(info.returning.len());
        for e in &info.returning {
            match e {
                OrmEntity::Mapper { registry, mapper, start, len, .. } => {
                    let part = row.get(*start..start + len).unwrap_or(&[]);
                    values.push(orm.materialize(interp, session, registry, *mapper, part)?);
                }
                OrmEntity::Column { index } => {
                    let cell = row.get(*index).cloned().unwrap_or(Cell::Null);
                    let value = match compiled.columns.get(*index) {
                        Some(c) => crate::orm::engine::processors::ResultProcessor::of(&c.ty).process(interp, &cell),
                        None => crate::orm::engine::processors::ResultProcessor::Plain.process(interp, &cell),
                    };
                    values.push(value);
                }
            }
        }
        rows.push(values);
    }
    let keys = info
        .returning
        .iter()
        .map(|e| match e {
            OrmEntity::Mapper { class, .. } => class.name.to_string(),
            OrmEntity::Column { index } => compiled.columns.get(*index).map(|c| c.key.clone()).unwrap_or_default(),
        })
        .collect();
    Ok(result_value(interp, keys, rows, scalars))
}
