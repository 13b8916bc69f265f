//! `Row` and `RowMapping` (`sqlalchemy.engine.row`): a row behaves like a named tuple — indexing,
//! unpacking, comparison and hashing as a tuple, columns as attributes (`row.name`), `_mapping` for
//! access by key, `_fields`, `_asdict()`, `_t` — and reprs as a tuple whose long values are cut the way
//! `sqlalchemy.sql.util._repr_row` cuts them.

use super::super::native::{Method, as_str, native_class, receiver, state, wrap};
use super::super::orm;
use crate::eval::value::Value;
use crate::eval::{Args, ExcType, Interp, PyResult};
use crate::orm::SaExc;
use crate::sql::compiled::ColumnOrigin;
use std::rc::Rc;

/// The table columns behind a result's columns, by position (empty when not known: ORM and textual
/// results, whose rows are looked up by key only).
pub type Origins = Rc<Vec<Option<ColumnOrigin>>>;

pub struct RowData {
    /// The result's keys (shared by every row of one result).
    pub keys: Rc<Vec<String>>,
    pub values: Vec<Value>,
    pub origins: Origins,
}

impl RowData {
    fn tuple(&self) -> Value {
        Value::tuple(self.values.clone())
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.keys.iter().position(|k| k == key)
    }

    /// Where `row._mapping[key]` finds `key`. A table column is found by identity among the
    /// selected columns, as SQLAlchemy's keymap holds column objects: of `select(a.c.id, b.c.id)`,
    /// `b.c.id` is the second (`id_1`), and a column the statement does not select is not found even
    /// if a selected one shares its name. Where the selected columns are not known (text, ORM rows),
    /// or for a mapped attribute none matches, the key's name decides.
    fn locate(&self, key: &Value) -> Option<usize> {
        if let Some((column, mapped)) = table_column(key) {
            let found = self.origins.iter().position(|o| o.as_ref().is_some_and(|o| o.is(&column)));
            if found.is_some() {
                return found;
            }
            if !self.origins.is_empty() && !mapped {
                // Only a column whose table column is unknown (a label, a function) may match by name.
                let unknown = |i: &usize| self.origins.get(*i).is_none_or(|o| o.is_none());
                return (0..self.keys.len()).filter(unknown).find(|&i| self.keys[i] == column.col.name.text());
            }
        }
        mapping_key(key).and_then(|k| self.position(&k))
    }
}

/// The table column a `_mapping` key is, and whether it is a mapped attribute (`User.id`).
fn table_column(key: &Value) -> Option<(crate::sql::elements::ColumnRef, bool)> {
    let e = state::<crate::orm::core::expr_obj::ExprObj>(key)?;
    match &*e.expr {
        crate::sql::elements::Expr::Column(c) => Some((c.clone(), e.orm.is_some())),
        _ => None,
    }
}

/// The `Row` class (what `from sqlalchemy import Row` names).
pub fn row_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    native_class(interp, "Row", "sqlalchemy.engine.row", ROW_METHODS)
}

/// The `RowMapping` class.
pub fn mapping_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    native_class(interp, "RowMapping", "sqlalchemy.engine.row", MAPPING_METHODS)
}

/// A `Row` object.
pub fn row_value(interp: &mut Interp, keys: Rc<Vec<String>>, values: Vec<Value>) -> Value {
    row_value_from(interp, keys, Rc::new(Vec::new()), values)
}

/// A `Row` whose columns' table columns are known (a Core statement's result).
pub fn row_value_from(interp: &mut Interp, keys: Rc<Vec<String>>, origins: Origins, values: Vec<Value>) -> Value {
    let class = row_class(interp);
    wrap(interp, &class, RowData { keys, values, origins })
}

/// A value compared with a row: another row as its tuple, anything else as itself.
fn as_tuple(value: Value) -> Value {
    match state::<RowData>(&value) {
        Some(row) => row.tuple(),
        None => value,
    }
}

fn with_row(
    interp: &mut Interp,
    args: Args,
    f: impl FnOnce(&mut Interp, &RowData, Args) -> PyResult<Value>,
) -> PyResult<Value> {
    let (row, _, rest) = receiver::<RowData>(interp, args, "Row")?;
    f(interp, &row, rest)
}

fn first(args: &Args) -> Value {
    args.positional.first().cloned().unwrap_or(Value::None)
}

/// `Row.__repr__`: `(1, 'a')`, `(1,)`, each value's repr cut to 300 characters.
fn row_repr(interp: &mut Interp, row: &RowData) -> PyResult<String> {
    let mut items = Vec::with_capacity(row.values.len());
    for v in &row.values {
        items.push(super::log::trunc(interp.repr(v)?));
    }
    Ok(match items.as_slice() {
        [one] => format!("({one},)"),
        _ => format!("({})", items.join(", ")),
    })
}

fn compare(interp: &mut Interp, args: Args, op: fn(&mut Interp, &Value, &Value) -> PyResult<bool>) -> PyResult<Value> {
    with_row(interp, args, |i, r, rest| {
        let other = as_tuple(first(&rest));
        Ok(Value::Bool(op(i, &r.tuple(), &other)?))
    })
}

const ROW_METHODS: &[(&str, Method)] = &[
    ("__getitem__", |i, a| {
        with_row(i, a, |i, r, rest| match first(&rest) {
            Value::Str(_) => Err(i.type_error("tuple indices must be integers or slices, not str")),
            index => i.get_item(&r.tuple(), &index),
        })
    }),
    ("__len__", |i, a| with_row(i, a, |_, r, _| Ok(Value::Int(r.values.len() as i64)))),
    ("__iter__", |i, a| with_row(i, a, |i, r, _| Ok(i.make_iterator(r.values.clone())))),
    ("__contains__", |i, a| {
        with_row(i, a, |i, r, rest| {
            let needle = first(&rest);
            for v in &r.values {
                if i.eq(v, &needle)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        })
    }),
    ("__repr__", |i, a| with_row(i, a, |i, r, _| Ok(Value::str(&row_repr(i, r)?)))),
    ("__str__", |i, a| with_row(i, a, |i, r, _| Ok(Value::str(&row_repr(i, r)?)))),
    ("__eq__", |i, a| compare(i, a, |i, x, y| i.eq(x, y))),
    ("__ne__", |i, a| compare(i, a, |i, x, y| i.eq(x, y).map(|b| !b))),
    ("__lt__", |i, a| compare(i, a, |i, x, y| i.less_than(x, y))),
    ("__gt__", |i, a| compare(i, a, |i, x, y| i.less_than(y, x))),
    ("__le__", |i, a| compare(i, a, |i, x, y| i.less_than(y, x).map(|b| !b))),
    ("__ge__", |i, a| compare(i, a, |i, x, y| i.less_than(x, y).map(|b| !b))),
    // A row hashes as its tuple (`hash(row) == hash(tuple(row))`).
    ("__hash__", |i, a| {
        with_row(i, a, |i, r, _| {
            let hash = i.builtins.get("hash").unwrap_or(Value::None);
            i.call(&hash, Args::positional(vec![r.tuple()]))
        })
    }),
    ("__getattr__", |i, a| {
        with_row(i, a, |i, r, rest| {
            let name = as_str(&first(&rest)).unwrap_or_default();
            match name.as_str() {
                "_mapping" => Ok(mapping_value_from(i, r.keys.clone(), r.origins.clone(), r.values.clone())),
                "_fields" => Ok(Value::tuple(r.keys.iter().map(|k| Value::str(k)).collect())),
                "_t" | "t" => Ok(r.tuple()),
                _ => match r.position(&name) {
                    Some(pos) => Ok(r.values.get(pos).cloned().unwrap_or(Value::None)),
                    None => Err(
                        i.error(ExcType::AttributeError, format!("Could not locate column in row for column '{name}'"))
                    ),
                },
            }
        })
    }),
    ("_asdict", |i, a| with_row(i, a, |i, r, _| dict_of(i, &r.keys, &r.values))),
    ("_tuple", |i, a| with_row(i, a, |_, r, _| Ok(r.tuple()))),
    // The deprecated `Row.tuple()` spelling (SQLAlchemy still answers it, with a warning).
    ("tuple", |i, a| with_row(i, a, |_, r, _| Ok(r.tuple()))),
    ("count", |i, a| {
        with_row(i, a, |i, r, rest| {
            let needle = first(&rest);
            let mut n = 0;
            for v in &r.values {
                if i.eq(v, &needle)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        })
    }),
    ("index", |i, a| {
        with_row(i, a, |i, r, rest| {
            let needle = first(&rest);
            for (pos, v) in r.values.iter().enumerate() {
                if i.eq(v, &needle)? {
                    return Ok(Value::Int(pos as i64));
                }
            }
            Err(i.error(ExcType::ValueError, "tuple.index(x): x not in tuple"))
        })
    }),
];

/// A `dict` of keys to values, in key order.
pub fn dict_of(interp: &mut Interp, keys: &[String], values: &[Value]) -> PyResult<Value> {
    let mut d = crate::eval::dict::Dict::new();
    for (k, v) in keys.iter().zip(values) {
        let key = Value::str(k);
        let hk = interp.key_of(&key)?;
        d.insert(hk, key, v.clone());
    }
    Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
}

/// A `RowMapping`: the row by key, read-only, repr'd like a dict.
pub fn mapping_value(interp: &mut Interp, keys: Rc<Vec<String>>, values: Vec<Value>) -> Value {
    mapping_value_from(interp, keys, Rc::new(Vec::new()), values)
}

/// A `RowMapping` whose columns' table columns are known (see [`RowData::locate`]).
pub fn mapping_value_from(interp: &mut Interp, keys: Rc<Vec<String>>, origins: Origins, values: Vec<Value>) -> Value {
    let class = mapping_class(interp);
    wrap(interp, &class, MappingData(RowData { keys, values, origins }))
}

pub struct MappingData(pub RowData);

fn with_mapping(
    interp: &mut Interp,
    args: Args,
    f: impl FnOnce(&mut Interp, &RowData, Args) -> PyResult<Value>,
) -> PyResult<Value> {
    let (m, _, rest) = receiver::<MappingData>(interp, args, "RowMapping")?;
    f(interp, &m.0, rest)
}

/// The result key a `row._mapping[...]` key stands for: a string is itself; a mapped attribute
/// (`Customer.city`) or a table column is its key, a label its name, a mapped class (`Order`, an
/// entity's column) its name. SQLAlchemy matches these objects against the statement's columns; here
/// the columns are known by key, which is the same for every column a row has once.
fn mapping_key(key: &Value) -> Option<String> {
    use crate::sql::elements::Expr;
    if let Some(k) = as_str(key) {
        return Some(k);
    }
    if let Value::Class(c) = key {
        return Some(c.name.to_string());
    }
    if let Some(e) = state::<crate::orm::expr::ExprObj>(key) {
        if let Some((_, k)) = &e.attribute {
            return Some(k.clone());
        }
        return match &e.expr {
            crate::orm::expr::SqlExpr::Column { column, .. } => Some(column.clone()),
            crate::orm::expr::SqlExpr::Label { name, .. } => Some(name.clone()),
            _ => None,
        };
    }
    let e = state::<crate::orm::core::expr_obj::ExprObj>(key)?;
    if let Some(orm) = &e.orm {
        return Some(orm.key.clone());
    }
    match &*e.expr {
        Expr::Column(c) => Some(c.col.key.clone()),
        Expr::Label(l) => Some(l.name.text()),
        _ => None,
    }
}

fn keys_view(interp: &mut Interp, keys: &[String]) -> Value {
    let list = keys.iter().map(|k| Value::str(k)).collect();
    super::result::keys_value(interp, list)
}

const MAPPING_METHODS: &[(&str, Method)] = &[
    ("__getitem__", |i, a| {
        with_mapping(i, a, |i, r, rest| {
            let key = first(&rest);
            match r.locate(&key).and_then(|p| r.values.get(p)) {
                Some(v) => Ok(v.clone()),
                None => {
                    let shown = i.repr(&key)?;
                    let orm = orm(i)?;
                    Err(orm.error(
                        i,
                        SaExc::NoSuchColumnError,
                        format!("Could not locate column in row for column {shown}"),
                    ))
                }
            }
        })
    }),
    ("get", |i, a| {
        with_mapping(i, a, |_, r, rest| {
            let found = r.locate(&first(&rest)).and_then(|p| r.values.get(p).cloned());
            Ok(found.unwrap_or_else(|| rest.positional.get(1).cloned().unwrap_or(Value::None)))
        })
    }),
    ("__len__", |i, a| with_mapping(i, a, |_, r, _| Ok(Value::Int(r.keys.len() as i64)))),
    ("__iter__", |i, a| {
        with_mapping(i, a, |i, r, _| Ok(i.make_iterator(r.keys.iter().map(|k| Value::str(k)).collect())))
    }),
    ("__contains__", |i, a| with_mapping(i, a, |_, r, rest| Ok(Value::Bool(r.locate(&first(&rest)).is_some())))),
    ("keys", |i, a| with_mapping(i, a, |i, r, _| Ok(keys_view(i, &r.keys)))),
    ("values", |i, a| with_mapping(i, a, |_, r, _| Ok(Value::list(r.values.clone())))),
    ("items", |i, a| {
        with_mapping(i, a, |_, r, _| {
            let items = r.keys.iter().zip(&r.values).map(|(k, v)| Value::tuple(vec![Value::str(k), v.clone()]));
            Ok(Value::list(items.collect()))
        })
    }),
    ("__repr__", |i, a| {
        with_mapping(i, a, |i, r, _| {
            let d = dict_of(i, &r.keys, &r.values)?;
            Ok(Value::str(&i.repr(&d)?))
        })
    }),
    ("__eq__", |i, a| {
        with_mapping(i, a, |i, r, rest| {
            let mine = dict_of(i, &r.keys, &r.values)?;
            let other = first(&rest);
            let other = match state::<MappingData>(&other) {
                Some(m) => dict_of(i, &m.0.keys, &m.0.values)?,
                None => other,
            };
            Ok(Value::Bool(i.eq(&mine, &other)?))
        })
    }),
];
