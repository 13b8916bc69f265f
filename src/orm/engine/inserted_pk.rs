//! `CursorResult.inserted_primary_key` of a Core `insert()` executed for one row: each primary key
//! column's value as the statement supplied it (`.values()` or the parameters), else — for the
//! table's integer autoincrement key — the `lastrowid` SQLite reports, as SQLAlchemy's SQLite
//! dialect assembles it (`_setup_ins_pk_from_lastrowid`). An executemany, a multi-VALUES or
//! INSERT..FROM SELECT has none (SQLAlchemy raises for those, as for any other statement).

use super::connection::ParamSets;
use crate::eval::value::Value;
use crate::orm::core::dml_obj::DmlObj;
use crate::orm::native::state;
use crate::sql::dml::{DmlStatement, DmlValue};

/// One entry per primary key column: its known value, or `None` for "the lastrowid".
pub type PkPlan = Vec<Option<Value>>;

/// The plan for `stmt` executed with `sets`, when it is a single-row Core INSERT.
pub fn plan(interp: &mut crate::eval::Interp, stmt: &Value, sets: &ParamSets) -> Option<PkPlan> {
    let obj = state::<DmlObj>(stmt)?;
    if obj.orm.is_some() || sets.len() > 1 {
        return None;
    }
    let DmlStatement::Insert(insert) = &obj.stmt else { return None };
    if !insert.multi_values.is_empty() || insert.select.is_some() {
        return None;
    }
    let table = insert.table.as_ref()?;
    let mut out = Vec::new();
    for c in table.column_refs().into_iter().filter(|c| c.col.primary_key) {
        let key = c.col.key.as_str();
        let from_params = sets.first().and_then(|s| s.iter().find(|(k, _)| k == key)).map(|(_, v)| v.clone());
        let from_values = insert.values.as_ref().and_then(|vs| vs.iter().find(|(k, _)| k.key() == key));
        out.push(match (from_params, from_values) {
            (Some(v), _) => Some(v),
            (None, Some((_, DmlValue::Value(v)))) => Some(crate::orm::core::convert::from_sql_value(interp, v)),
            _ => None,
        });
    }
    Some(out)
}
