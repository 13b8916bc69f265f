//! `CursorResult.inserted_primary_key` for a Core `insert()` run with one parameter set: the
//! table's primary key as a row, each column's value taken from the parameters or `.values()`, the
//! autoincrement column's from `lastrowid` (SQLAlchemy's SQLite dialect has no RETURNING for it),
//! and a scalar Python default when neither gave one.

use super::connection::ParamSets;
use crate::eval::Interp;
use crate::eval::value::Value;
use crate::orm::core::dml_obj::DmlObj;
use crate::orm::native::state;
use crate::sql::dml::{DmlStatement, DmlValue};
use crate::sql::schema::ColumnDefault;
use crate::sql::types::Affinity;

/// What `inserted_primary_key` answers.
#[derive(Debug, Clone, Default)]
pub enum InsertedKey {
    /// Not an `insert()` construct: InvalidRequestError.
    #[default]
    NotInsert,
    /// An executemany INSERT: InvalidRequestError pointing at `inserted_primary_key_rows`.
    ExecuteMany,
    /// The key's column keys and values.
    Row(Vec<String>, Vec<Value>),
}

/// Whether `stmt` is an `insert()` construct (`CursorResult.is_insert`, the compiled statement's
/// `isinsert`).
pub fn is_insert_construct(stmt: &Value) -> bool {
    state::<DmlObj>(stmt).is_some_and(|obj| matches!(obj.stmt, DmlStatement::Insert(_)))
}

/// The primary key `stmt` (when it is an `insert()`) inserted, given `sets` and the cursor's
/// `lastrowid`.
pub fn inserted_key(interp: &mut Interp, stmt: &Value, sets: &ParamSets, lastrowid: i64) -> InsertedKey {
    match state::<DmlObj>(stmt) {
        Some(obj) => inserted_key_of(interp, &obj, sets, lastrowid),
        None => InsertedKey::NotInsert,
    }
}

/// [`inserted_key`] of a DML construct already at hand (an ORM-enabled `insert(Entity)` run by a
/// Session).
pub fn inserted_key_of(interp: &mut Interp, obj: &DmlObj, sets: &ParamSets, lastrowid: i64) -> InsertedKey {
    let DmlStatement::Insert(insert) = &obj.stmt else { return InsertedKey::NotInsert };
    if sets.len() > 1 || !insert.multi_values.is_empty() {
        return InsertedKey::ExecuteMany;
    }
    let Some(table) = insert.table.as_ref().and_then(|t| t.table()) else { return InsertedKey::NotInsert };
    let pk = table.primary_key();
    // SQLAlchemy's `_autoincrement_column`: the one integer primary key column not turned off.
    let autoincrement = match pk.as_slice() {
        [only]
            if only.ty.affinity() == Affinity::Integer
                && only.schema.as_ref().is_none_or(|s| s.autoincrement != Some(false)) =>
        {
            Some(only.key.clone())
        }
        _ => None,
    };
    let given = |key: &str| -> Option<Value> {
        if let Some((_, v)) = sets.first().and_then(|set| set.iter().find(|(k, _)| k == key)) {
            return Some(v.clone());
        }
        None
    };
    let mut keys = Vec::with_capacity(pk.len());
    let mut values = Vec::with_capacity(pk.len());
    for col in &pk {
        let from_values = insert.values.iter().flatten().find(|(k, _)| k.key() == col.key).map(|(_, v)| v.clone());
        let value = match (given(&col.key), from_values) {
            (Some(v), _) => v,
            (None, Some(DmlValue::Value(v))) => crate::orm::core::convert::from_sql_value(interp, &v),
            _ if autoincrement.as_deref() == Some(col.key.as_str()) => Value::Int(lastrowid),
            _ => match col.schema.as_ref().and_then(|s| s.default.as_ref()) {
                Some(ColumnDefault::Scalar(v)) => crate::orm::core::convert::from_sql_value(interp, v),
                _ => Value::None,
            },
        };
        keys.push(col.key.clone());
        values.push(value);
    }
    InsertedKey::Row(keys, values)
}
