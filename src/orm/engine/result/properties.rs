//! The attributes of a cursor result (`rowcount`, `returns_rows`, `is_insert`, `closed`, `lastrowid`,
//! `inserted_primary_key`, `t`): facts of the execution rather than rows, so only the `Result` view has
//! them, not its `ScalarResult` / `MappingResult` views.

use super::{Closed, this};
use crate::eval::value::Value;
use crate::orm::SaExc;
use crate::orm::engine::row::row_value;
use crate::orm::native::Method;
use crate::orm::orm;
use std::rc::Rc;

pub(super) const PROPERTIES: &[(&str, Method)] = &[
    ("rowcount", |i, a| this(i, a).map(|(v, _, _)| Value::Int(v.state.rowcount))),
    ("returns_rows", |i, a| this(i, a).map(|(v, _, _)| Value::Bool(v.state.returns_rows))),
    ("is_insert", |i, a| this(i, a).map(|(v, _, _)| Value::Bool(v.state.is_insert))),
    ("closed", |i, a| {
        this(i, a).map(|(v, _, _)| Value::Bool(v.state.closed.get() == Closed::Hard && v.state.returns_rows))
    }),
    ("lastrowid", |i, a| this(i, a).map(|(v, _, _)| v.state.lastrowid.map_or(Value::None, Value::Int))),
    ("inserted_primary_key", |i, a| {
        let (v, _, _) = this(i, a)?;
        let message = match &v.state.inserted_primary_key {
            crate::orm::engine::inserted::InsertedKey::Row(keys, values) => {
                return Ok(row_value(i, Rc::new(keys.clone()), values.clone()));
            }
            crate::orm::engine::inserted::InsertedKey::NotInsert => {
                "Statement is not an insert() expression construct."
            }
            crate::orm::engine::inserted::InsertedKey::ExecuteMany => {
                "This statement was an executemany call; if primary key returning is supported, please use .inserted_primary_key_rows."
            }
        };
        Err(orm(i)?.error(i, SaExc::InvalidRequestError, message))
    }),
    ("t", |i, a| this(i, a).map(|(_, me, _)| me)),
];
