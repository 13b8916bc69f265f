//! Results of `session.execute(...)` and `session.scalars(...)`: `Result`, `ScalarResult` and `Row`
//! (rows print like tuples and expose columns by name).

use super::native::{native_class, receiver, wrap};
use super::orm;
use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;

pub struct ResultData {
    pub names: Vec<String>,
    pub rows: std::cell::RefCell<Vec<Vec<Value>>>,
    pub scalars: bool,
}

pub struct RowData {
    pub names: Vec<String>,
    pub values: Vec<Value>,
}

type Method = super::native::Method;

const RESULT_METHODS: &[(&str, Method)] = &[
    ("all", |i, a| {
        let (r, _, _) = receiver::<ResultData>(i, a, "Result")?;
        let rows = std::mem::take(&mut *r.rows.borrow_mut());
        Ok(Value::list(rows.into_iter().map(|row| item(i, &r, row)).collect()))
    }),
    ("fetchall", |i, a| {
        let (r, _, _) = receiver::<ResultData>(i, a, "Result")?;
        let rows = std::mem::take(&mut *r.rows.borrow_mut());
        Ok(Value::list(rows.into_iter().map(|row| item(i, &r, row)).collect()))
    }),
    ("first", |i, a| {
        let (r, _, _) = receiver::<ResultData>(i, a, "Result")?;
        let rows = std::mem::take(&mut *r.rows.borrow_mut());
        Ok(rows.into_iter().next().map_or(Value::None, |row| item(i, &r, row)))
    }),
    ("one", |i, a| one(i, a, false)),
    ("one_or_none", |i, a| one(i, a, true)),
    ("scalar_one", |i, a| {
        let v = one(i, a, false)?;
        first_of(v)
    }),
    ("scalar_one_or_none", |i, a| {
        let v = one(i, a, true)?;
        first_of(v)
    }),
    ("scalar", |i, a| {
        let (r, _, _) = receiver::<ResultData>(i, a, "Result")?;
        let rows = std::mem::take(&mut *r.rows.borrow_mut());
        Ok(rows.into_iter().next().and_then(|row| row.into_iter().next()).unwrap_or(Value::None))
    }),
    // mappings(): rows as dicts keyed by column name.
    ("mappings", |i, a| {
        let (r, _, _) = receiver::<ResultData>(i, a, "Result")?;
        let rows = std::mem::take(&mut *r.rows.borrow_mut());
        let mut dicts = Vec::new();
        for row in rows {
            let mut d = crate::eval::dict::Dict::new();
            for (n, v) in r.names.iter().zip(row) {
                let k = Value::str(n);
                let hk = i.key_of(&k)?;
                d.insert(hk, k, v);
            }
            dicts.push(vec![Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(d)))]);
        }
        Ok(result_value(i, vec!["mapping".into()], dicts, true))
    }),
    ("scalars", |i, a| {
        let (r, _, _) = receiver::<ResultData>(i, a, "Result")?;
        let rows = std::mem::take(&mut *r.rows.borrow_mut());
        Ok(result_value(i, r.names.clone(), rows, true))
    }),
    ("unique", |i, a| {
        let (r, this, _) = receiver::<ResultData>(i, a, "Result")?;
        let rows = std::mem::take(&mut *r.rows.borrow_mut());
        // Rows are told apart by value, as SQLAlchemy's set of row tuples does (entities hash by identity).
        let mut kept: Vec<Vec<Value>> = Vec::new();
        for row in rows {
            let mut seen = false;
            for k in &kept {
                if i.eq(&Value::tuple(k.clone()), &Value::tuple(row.clone()))? {
                    seen = true;
                    break;
                }
            }
            if !seen {
                kept.push(row);
            }
        }
        *r.rows.borrow_mut() = kept;
        Ok(this)
    }),
    ("__iter__", |i, a| {
        let (r, _, _) = receiver::<ResultData>(i, a, "Result")?;
        let rows = std::mem::take(&mut *r.rows.borrow_mut());
        let items: Vec<Value> = rows.into_iter().map(|row| item(i, &r, row)).collect();
        Ok(i.make_iterator(items))
    }),
];

fn first_of(v: Value) -> PyResult<Value> {
    Ok(match super::native::state::<RowData>(&v) {
        Some(row) => row.values.first().cloned().unwrap_or(Value::None),
        None => v,
    })
}

fn one(interp: &mut Interp, args: Args, or_none: bool) -> PyResult<Value> {
    let (r, _, _) = receiver::<ResultData>(interp, args, "Result")?;
    let rows = std::mem::take(&mut *r.rows.borrow_mut());
    let orm = orm(interp)?;
    match rows.len() {
        0 if or_none => Ok(Value::None),
        0 => Err(orm.error(interp, SaExc::NoResultFound, "No row was found when one was required")),
        1 => Ok(rows.into_iter().next().map_or(Value::None, |row| item(interp, &r, row))),
        _ => Err(orm.error(
            interp,
            SaExc::MultipleResultsFound,
            "Multiple rows were found when exactly one was required",
        )),
    }
}

fn item(interp: &mut Interp, r: &ResultData, row: Vec<Value>) -> Value {
    if r.scalars {
        return row.into_iter().next().unwrap_or(Value::None);
    }
    row_value(interp, r.names.clone(), row)
}

pub fn result_value(interp: &mut Interp, names: Vec<String>, rows: Vec<Vec<Value>>, scalars: bool) -> Value {
    let name = if scalars { "ScalarResult" } else { "Result" };
    let class = native_class(interp, name, "sqlalchemy.engine", RESULT_METHODS);
    wrap(interp, &class, ResultData { names, rows: std::cell::RefCell::new(rows), scalars })
}

const ROW_METHODS: &[(&str, Method)] = &[
    ("__getitem__", |i, a| {
        let (r, _, rest) = receiver::<RowData>(i, a, "Row")?;
        let t = Value::tuple(r.values.clone());
        i.get_item(&t, rest.positional.first().unwrap_or(&Value::None))
    }),
    ("__len__", |i, a| {
        let (r, _, _) = receiver::<RowData>(i, a, "Row")?;
        Ok(Value::Int(r.values.len() as i64))
    }),
    ("__iter__", |i, a| {
        let (r, _, _) = receiver::<RowData>(i, a, "Row")?;
        Ok(i.make_iterator(r.values.clone()))
    }),
    ("__repr__", |i, a| {
        let (r, _, _) = receiver::<RowData>(i, a, "Row")?;
        let t = Value::tuple(r.values.clone());
        Ok(Value::str(&i.repr(&t)?))
    }),
    ("__eq__", |i, a| {
        let (r, _, rest) = receiver::<RowData>(i, a, "Row")?;
        let t = Value::tuple(r.values.clone());
        let other = rest.positional.first().cloned().unwrap_or(Value::None);
        let other = match super::native::state::<RowData>(&other) {
            Some(o) => Value::tuple(o.values.clone()),
            None => other,
        };
        Ok(Value::Bool(i.eq(&t, &other)?))
    }),
    // Rows order like tuples (`sorted(session.execute(...).all())`).
    ("__lt__", |i, a| row_order(i, a, "<")),
    ("__gt__", |i, a| row_order(i, a, ">")),
    ("__le__", |i, a| row_order(i, a, "<=")),
    ("__ge__", |i, a| row_order(i, a, ">=")),
    ("__hash__", |i, a| {
        let (r, _, _) = receiver::<RowData>(i, a, "Row")?;
        let key = i.key_of(&Value::tuple(r.values.clone()))?;
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        key.hash(&mut h);
        Ok(Value::Int((h.finish() >> 1) as i64))
    }),
    ("__getattr__", |i, a| {
        let (r, _, rest) = receiver::<RowData>(i, a, "Row")?;
        let name = rest.positional.first().and_then(super::native::as_str).unwrap_or_default();
        match r.names.iter().position(|n| *n == name) {
            Some(pos) => Ok(r.values.get(pos).cloned().unwrap_or(Value::None)),
            None => {
                Err(i.error(ExcType::AttributeError, format!("Could not locate column in row for column '{name}'")))
            }
        }
    }),
    ("_asdict", |i, a| {
        let (r, _, _) = receiver::<RowData>(i, a, "Row")?;
        let mut d = crate::eval::dict::Dict::new();
        for (n, v) in r.names.iter().zip(&r.values) {
            let k = Value::str(n);
            let hk = i.key_of(&k)?;
            d.insert(hk, k, v.clone());
        }
        Ok(Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(d))))
    }),
];

/// Row ordering like tuples. `op` is one of `<`, `>`, `<=`, `>=`: `a > b` is `b < a`, `a <= b` is
/// `not b < a`, `a >= b` is `not a < b`.
fn row_order(interp: &mut Interp, args: Args, op: &str) -> PyResult<Value> {
    let (r, _, rest) = receiver::<RowData>(interp, args, "Row")?;
    let this = Value::tuple(r.values.clone());
    let other = rest.positional.first().cloned().unwrap_or(Value::None);
    let other = match super::native::state::<RowData>(&other) {
        Some(o) => Value::tuple(o.values.clone()),
        None => other,
    };
    Ok(Value::Bool(match op {
        "<" => interp.less_than(&this, &other)?,
        ">" => interp.less_than(&other, &this)?,
        "<=" => !interp.less_than(&other, &this)?,
        _ => !interp.less_than(&this, &other)?,
    }))
}

pub fn row_value(interp: &mut Interp, names: Vec<String>, values: Vec<Value>) -> Value {
    let class = native_class(interp, "Row", "sqlalchemy.engine", ROW_METHODS);
    wrap(interp, &class, RowData { names, values })
}
