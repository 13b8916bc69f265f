//! Core statements compiled for execution: a `select()`, `insert()`, `update()` or `delete()` object
//! and the parameter sets `execute()` got become the engine's [`Compiled`] — SQLite's text with `?`
//! placeholders (IN lists expanded), the values of each set bind-processed in placeholder order, the
//! statement kind, the cache bracket and the typed result columns.
//!
//! An INSERT without `.values()` names the columns of the first parameter set (SQLAlchemy's
//! `column_keys`: keys only later sets have are ignored); Python-side column defaults are computed
//! per set, as SQLAlchemy pre-executes them.

use super::convert::{py, to_sql_value};
use super::dml_obj::DmlObj;
use super::select_obj::SelectObj;
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::native::state;
use crate::sql::compiler::{CompileOptions, CompiledSql, Compiler, Dialect, ParamSet};
use crate::sql::dml::{DmlKey, DmlStatement, DmlValue};
use crate::sql::schema::ColumnDefault;
use crate::sql::{CacheStat, Compiled, ResultColumn, StatementKind};

/// Parameter sets as `execute()` passes them: (key, value) pairs per set.
pub type Sets<'a> = &'a [Vec<(String, Value)>];

/// The engine's compiled form of a Core statement object, or `None` if `stmt` is not one.
pub fn compile_for_execution(interp: &mut Interp, stmt: &Value, sets: Sets<'_>) -> PyResult<Option<Compiled>> {
    if let Some(s) = state::<SelectObj>(stmt) {
        let stmt = crate::orm::eager::joined::compiled_form(&s.stmt, s.orm.as_deref());
        let compiled = py(interp, Compiler::compile_select(Dialect::Sqlite, CompileOptions::default(), &stmt))?;
        let mut sets: Vec<Vec<(String, Value)>> = sets.to_vec();
        if sets.is_empty() {
            sets.push(Vec::new());
        }
        for set in &mut sets {
            for (k, v) in &s.params {
                if !set.iter().any(|(n, _)| n == k) {
                    set.push((k.clone(), super::convert::from_sql_value(interp, v)));
                }
            }
        }
        return finish(interp, &compiled, &sets, StatementKind::Select, CacheStat::Generated).map(Some);
    }
    // `connection.execute(DDL("..."))`, `connection.execute(CreateTable(t))`.
    if let Some(d) = state::<super::schema_obj::DdlObj>(stmt) {
        let text = py(interp, d.text(Dialect::Sqlite))?;
        let kind = StatementKind::Ddl;
        return Ok(Some(Compiled { text, params: Vec::new(), kind, cache: CacheStat::NoKey, columns: Vec::new() }));
    }
    if let Some(d) = state::<DmlObj>(stmt) {
        // Executed without parameters, the statement's column keys are none (SQLAlchemy's
        // `column_keys=[]`): `insert(t)` inserts only `.values()` and the defaults, not every column.
        let keys: Vec<String> = sets.first().map(|s| s.iter().map(|(k, _)| k.clone()).collect()).unwrap_or_default();
        return compile_dml(interp, &d.stmt, Some(&keys), sets).map(Some);
    }
    Ok(None)
}

/// A DML statement compiled for the parameter sets `sets`, its SET / VALUES columns named by
/// `keys` (SQLAlchemy's `column_keys`) besides those of `.values()`.
pub fn compile_dml(
    interp: &mut Interp,
    stmt: &DmlStatement,
    keys: Option<&[String]>,
    sets: Sets<'_>,
) -> PyResult<Compiled> {
    let compiled = py(interp, Compiler::compile_dml(Dialect::Sqlite, CompileOptions::default(), stmt, keys))?;
    let kind = match stmt {
        DmlStatement::Insert(_) => StatementKind::Insert,
        DmlStatement::Update(_) => StatementKind::Update,
        DmlStatement::Delete(_) => StatementKind::Delete,
    };
    let multi = matches!(stmt, DmlStatement::Insert(i) if !i.multi_values.is_empty());
    let cache = if multi { CacheStat::NoKey } else { CacheStat::Generated };
    let mut sets: Vec<Vec<(String, Value)>> = sets.to_vec();
    if sets.is_empty() {
        sets.push(Vec::new());
    }
    let update = matches!(stmt, DmlStatement::Update(_));
    let table = match stmt {
        DmlStatement::Insert(i) => i.table.clone(),
        DmlStatement::Update(u) => u.table.clone(),
        DmlStatement::Delete(_) => None,
    };
    let literal_rows = literal_values(interp, stmt);
    for set in &mut sets {
        crate::orm::type_decorator::process_param_set(interp, table.as_ref(), set)?;
        prefetch_defaults_seeing(interp, &compiled, set, update, &literal_rows)?;
    }
    finish(interp, &compiled, &sets, kind, cache)
}

/// The plain values a statement's `.values()` gives, one list per VALUES row (a single row for
/// `.values(k=v)` and UPDATE's SET): what a context-sensitive default's `get_current_parameters()`
/// sees besides the executed parameters (SQLAlchemy's compiled parameters hold them too).
fn literal_values(interp: &mut Interp, stmt: &DmlStatement) -> Vec<Vec<(String, Value)>> {
    let mut row = |values: &[(DmlKey, DmlValue)]| -> Vec<(String, Value)> {
        let plain = values.iter().filter_map(|(k, v)| match v {
            DmlValue::Value(v) => Some((k.key(), v)),
            DmlValue::Expr(_) => None,
        });
        plain.map(|(k, v)| (k, super::convert::from_sql_value(interp, v))).collect()
    };
    match stmt {
        DmlStatement::Insert(i) if !i.multi_values.is_empty() => i.multi_values.iter().map(|r| row(r)).collect(),
        DmlStatement::Insert(i) => vec![row(i.values.as_deref().unwrap_or_default())],
        DmlStatement::Update(u) => vec![row(&u.values)],
        DmlStatement::Delete(_) => Vec::new(),
    }
}

/// Fills in the Python-side defaults an INSERT (`default=`) / UPDATE (`onupdate=`) pre-executes,
/// for one parameter set.
pub(crate) fn prefetch_defaults(
    interp: &mut Interp,
    compiled: &CompiledSql,
    set: &mut Vec<(String, Value)>,
    update: bool,
) -> PyResult<()> {
    prefetch_defaults_seeing(interp, compiled, set, update, &[])
}

/// [`prefetch_defaults`], a context-sensitive default seeing its row's `.values()` too
/// (`literal_rows`, by VALUES row: a multi-row INSERT's `slug_m2` default sees row 2's).
fn prefetch_defaults_seeing(
    interp: &mut Interp,
    compiled: &CompiledSql,
    set: &mut Vec<(String, Value)>,
    update: bool,
    literal_rows: &[Vec<(String, Value)>],
) -> PyResult<()> {
    for (name, col) in &compiled.prefetch {
        // A pre-executed column is one the statement's column keys (the first set's) leave out: a
        // later set naming it does not count, the default is what is sent (`_process_execute_defaults`).
        set.retain(|(k, _)| k != name);
        let Some(schema) = &col.schema else { continue };
        let default = if update { schema.onupdate.clone() } else { schema.default.clone() };
        let value = match default {
            Some(ColumnDefault::Scalar(v)) => super::convert::from_sql_value(interp, &v),
            Some(ColumnDefault::Callable { handle, .. }) => match handle.downcast_ref::<Value>() {
                Some(f) => {
                    let row = multi_row_index(name, &col.key);
                    let mut current = literal_rows.get(row).cloned().unwrap_or_default();
                    // A later row's own parameters are `key_m<row>`; the first row's are plain.
                    let suffix = format!("_m{row}");
                    let own = set.iter().filter_map(|(k, v)| match row {
                        0 => Some((k.clone(), v.clone())),
                        _ => k.strip_suffix(&suffix).map(|k| (k.to_string(), v.clone())),
                    });
                    let own: Vec<_> = own.filter(|(k, _)| !current.iter().any(|(c, _)| c == k)).collect();
                    current.extend(own);
                    crate::orm::defaults::call_column_default(interp, &f.clone(), &current)?
                }
                None => Value::None,
            },
            _ => Value::None,
        };
        set.push((name.clone(), value));
    }
    Ok(())
}

/// The VALUES row a pre-executed parameter belongs to: `slug_m2` is row 2's, `slug` row 0's.
fn multi_row_index(name: &str, key: &str) -> usize {
    name.strip_prefix(key).and_then(|rest| rest.strip_prefix("_m")).and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// The executed text and each set's values.
fn finish(
    interp: &mut Interp,
    compiled: &CompiledSql,
    sets: &[Vec<(String, Value)>],
    kind: StatementKind,
    cache: CacheStat,
) -> PyResult<Compiled> {
    let mut text = String::new();
    let mut params = Vec::new();
    for set in sets {
        let mut ps = ParamSet::new();
        for (k, v) in set {
            ps.values.insert(k.clone(), to_sql_value(interp, v)?);
        }
        let (t, cells) = py(interp, compiled.execution(&ps))?;
        if text.is_empty() {
            text = t;
        }
        params.push(cells);
    }
    if params.len() == 1 && params[0].is_empty() {
        params.clear();
    }
    let columns = compiled
        .result_columns
        .iter()
        .map(|c| ResultColumn { key: c.keyname.clone(), ty: c.ty.clone(), origin: c.origin.clone() })
        .collect();
    Ok(Compiled { text, params, kind, cache, columns })
}
