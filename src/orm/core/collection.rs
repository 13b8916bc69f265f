//! Column collections (`table.c`, `subquery.c`, `select.selected_columns`): columns by key, read as
//! attributes (`c.name`), items (`c["name"]`, `c["name", "fullname"]` for a sub-collection, `c[0]`),
//! iterated in order, with `keys()`, `values()`, `items()`, `get()` and `in`.

use super::expr_obj::expr_value;
use super::{Method, core_class, split_self};
use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::{as_str, state, wrap};
use crate::sql::elements::ExprRef;

/// The columns of a collection, by key, in order.
pub struct ColumnsObj {
    pub items: Vec<(String, ExprRef)>,
}

/// A collection as a Python object.
pub fn columns_value(interp: &mut Interp, items: Vec<(String, ExprRef)>) -> Value {
    let class = core_class(interp, "sqlalchemy.sql.base", "ReadOnlyColumnCollection", METHODS, &[]);
    wrap(interp, &class, ColumnsObj { items })
}

fn this(interp: &Interp, args: Args) -> PyResult<(std::rc::Rc<ColumnsObj>, Args)> {
    let (v, rest) = split_self(args);
    match state::<ColumnsObj>(&v) {
        Some(c) => Ok((c, rest)),
        None => Err(interp.type_error("descriptor requires a 'ColumnCollection' object")),
    }
}

fn lookup(interp: &mut Interp, c: &ColumnsObj, key: &Value) -> PyResult<Value> {
    match key {
        Value::Str(k) => match c.items.iter().find(|(n, _)| **n == **k) {
            Some((_, e)) => Ok(expr_value(interp, e.clone())),
            None => Err(interp.key_error(key.clone())),
        },
        Value::Int(i) => {
            let idx = if *i < 0 { c.items.len() as i64 + i } else { *i };
            match usize::try_from(idx).ok().and_then(|i| c.items.get(i)) {
                Some((_, e)) => Ok(expr_value(interp, e.clone())),
                None => Err(interp.index_error("list index out of range")),
            }
        }
        Value::Tuple(keys) => {
            let mut items = Vec::new();
            for k in keys.iter() {
                let name = as_str(k).unwrap_or_default();
                match c.items.iter().find(|(n, _)| *n == name) {
                    Some(item) => items.push(item.clone()),
                    None => return Err(interp.key_error(k.clone())),
                }
            }
            Ok(columns_value(interp, items))
        }
        other => Err(interp.key_error(other.clone())),
    }
}

const METHODS: &[(&str, Method)] = &[
    ("__getattr__", |i, a| {
        let (c, rest) = this(i, a)?;
        let name = rest.positional.first().and_then(as_str).unwrap_or_default();
        match c.items.iter().find(|(n, _)| *n == name) {
            Some((_, e)) => Ok(expr_value(i, e.clone())),
            None => Err(i.error(ExcType::AttributeError, name)),
        }
    }),
    ("__getitem__", |i, a| {
        let (c, rest) = this(i, a)?;
        let key = crate::orm::core::first(&rest);
        lookup(i, &c, &key)
    }),
    ("get", |i, a| {
        let (c, rest) = this(i, a)?;
        let name = rest.positional.first().and_then(as_str).unwrap_or_default();
        match c.items.iter().find(|(n, _)| *n == name) {
            Some((_, e)) => Ok(expr_value(i, e.clone())),
            None => Ok(rest.positional.get(1).cloned().unwrap_or(Value::None)),
        }
    }),
    ("keys", |i, a| {
        let (c, _) = this(i, a)?;
        Ok(Value::list(c.items.iter().map(|(n, _)| Value::str(n)).collect()))
    }),
    ("values", |i, a| {
        let (c, _) = this(i, a)?;
        let items: Vec<Value> = c.items.iter().map(|(_, e)| expr_value(i, e.clone())).collect();
        Ok(Value::list(items))
    }),
    ("items", |i, a| {
        let (c, _) = this(i, a)?;
        let items: Vec<Value> =
            c.items.iter().map(|(n, e)| Value::tuple(vec![Value::str(n), expr_value(i, e.clone())])).collect();
        Ok(Value::list(items))
    }),
    ("__iter__", |i, a| {
        let (c, _) = this(i, a)?;
        let items: Vec<Value> = c.items.iter().map(|(_, e)| expr_value(i, e.clone())).collect();
        Ok(i.make_iterator(items))
    }),
    ("__len__", |i, a| {
        let (c, _) = this(i, a)?;
        Ok(Value::Int(c.items.len() as i64))
    }),
    ("__contains__", |i, a| {
        let (c, rest) = this(i, a)?;
        let v = crate::orm::core::first(&rest);
        if let Some(name) = as_str(&v) {
            return Ok(Value::Bool(c.items.iter().any(|(n, _)| *n == name)));
        }
        match super::convert::expr_of(i, &v)? {
            Some(e) => Ok(Value::Bool(c.items.iter().any(|(_, x)| x.identity() == e.identity()))),
            None => Ok(Value::Bool(false)),
        }
    }),
    ("__bool__", |i, a| {
        let (c, _) = this(i, a)?;
        Ok(Value::Bool(!c.items.is_empty()))
    }),
];
