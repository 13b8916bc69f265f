//! [`Cell`]: one value in a row, as the rest of ormplay sees database values.
//!
//! GlueSQL has twenty-odd value kinds; a playground needs five, plus a readable text form for the rest
//! (dates, decimals, ...), so results can be shown, compared and serialised to JSON without GlueSQL types.

use gluesql_core::prelude::Value;
use gluesql_core::translate::{IntoParamLiteral, ParamLiteral};
use std::cmp::Ordering;

/// A database value. Serialises to the plain JSON value (`null`, `true`, `1`, `2.5`, `"text"`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Cell {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
}

impl Cell {
    pub fn from_value(value: Value) -> Cell {
        match value {
            Value::Null => Cell::Null,
            Value::Bool(b) => Cell::Bool(b),
            Value::I8(n) => Cell::Int(n.into()),
            Value::I16(n) => Cell::Int(n.into()),
            Value::I32(n) => Cell::Int(n.into()),
            Value::I64(n) => Cell::Int(n),
            Value::U8(n) => Cell::Int(n.into()),
            Value::U16(n) => Cell::Int(n.into()),
            Value::U32(n) => Cell::Int(n.into()),
            Value::I128(n) => i64::try_from(n).map_or_else(|_| Cell::Text(n.to_string()), Cell::Int),
            Value::U64(n) => i64::try_from(n).map_or_else(|_| Cell::Text(n.to_string()), Cell::Int),
            Value::U128(n) => i64::try_from(n).map_or_else(|_| Cell::Text(n.to_string()), Cell::Int),
            Value::F32(f) => Cell::Float(f.into()),
            Value::F64(f) => Cell::Float(f),
            Value::Str(s) => Cell::Text(s),
            other => Cell::Text(String::from(&other)),
        }
    }

    pub(crate) fn to_param(&self) -> ParamLiteral {
        match self {
            Cell::Null => ParamLiteral::null(),
            Cell::Bool(b) => b.into_param_literal(),
            Cell::Int(n) => n.into_param_literal(),
            Cell::Float(f) => f.into_param_literal(),
            Cell::Text(s) => s.as_str().into_param_literal(),
        }
    }

    /// The cell as SQL shows it in a grid: `NULL`, `TRUE`, `1`, `2.5`, `text`.
    pub fn display(&self) -> String {
        match self {
            Cell::Null => "NULL".into(),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
            Cell::Int(n) => n.to_string(),
            Cell::Float(f) => f.to_string(),
            Cell::Text(s) => s.clone(),
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Cell::Null => 0,
            Cell::Bool(_) => 1,
            Cell::Int(_) | Cell::Float(_) => 2,
            Cell::Text(_) => 3,
        }
    }
}

/// A total order on cells: NULL < booleans < numbers (by value) < text (by code point).
/// It is the order the conformance contract sorts rows by, and a stable order for display.
pub fn compare_cells(a: &Cell, b: &Cell) -> Ordering {
    match (a, b) {
        (Cell::Bool(x), Cell::Bool(y)) => x.cmp(y),
        (Cell::Int(x), Cell::Int(y)) => x.cmp(y),
        (Cell::Int(x), Cell::Float(y)) => (*x as f64).total_cmp(y),
        (Cell::Float(x), Cell::Int(y)) => x.total_cmp(&(*y as f64)),
        (Cell::Float(x), Cell::Float(y)) => x.total_cmp(y),
        (Cell::Text(x), Cell::Text(y)) => x.cmp(y),
        _ => a.rank().cmp(&b.rank()),
    }
}
