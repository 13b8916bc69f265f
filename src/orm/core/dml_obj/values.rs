//! `.values()` / `.ordered_values()` arguments: keys (names or columns), values (bound parameters or
//! SQL expressions), multi-row VALUES, and the ORM expansion of hybrid / composite keys.

use super::{derived, this};
use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::core::convert::to_operand;
use crate::sql::dml::{DmlKey, DmlStatement, DmlValue};
use crate::sql::elements::Expr;
use crate::sql::elements::build::Operand;
use std::rc::Rc;

/// A `.values()` key: a column name or a column object.
pub(super) fn dml_key(interp: &mut Interp, k: &Value) -> PyResult<DmlKey> {
    if let Value::Str(s) = k {
        return Ok(DmlKey::Name(s.to_string()));
    }
    match crate::orm::core::convert::expr_of(interp, k)? {
        Some(e) => match &*e {
            Expr::Column(c) => Ok(DmlKey::Column(c.clone())),
            _ => Ok(DmlKey::Name(interp.to_str(k)?)),
        },
        None => Ok(DmlKey::Name(interp.to_str(k)?)),
    }
}

pub(super) fn dml_val(interp: &mut Interp, v: &Value) -> PyResult<DmlValue> {
    Ok(match to_operand(interp, v)? {
        Operand::Expr(e) => DmlValue::Expr(e),
        Operand::Value(val) => DmlValue::Value(val),
    })
}

/// The key/value pairs of `.values(...)`: keywords, or one dict.
pub(super) fn pairs(
    interp: &mut Interp,
    args: &Args,
    orm: Option<&crate::orm::core::orm_dml::OrmDml>,
) -> PyResult<Option<Vec<(DmlKey, DmlValue)>>> {
    let mut out = Vec::new();
    if let Some(Value::Dict(d)) = args.positional.first() {
        let items = d.borrow().items();
        for (k, v) in items {
            push_pair(interp, orm, &k, &v, &mut out)?;
        }
    }
    for (k, v) in &args.keywords {
        push_pair(interp, orm, &Value::str(k.as_ref()), v, &mut out)?;
    }
    Ok(Some(out))
}

/// One `.values()` entry. In an ORM-enabled statement a key naming an attribute that is no plain
/// column (a hybrid, a composite) stands for the (column, value) pairs its `_bulk_update_tuples(v)`
/// gives — a hybrid's `update_expression`, a composite's columns — as SQLAlchemy's
/// `ORMDMLState._get_crud_kv_pairs` expands them.
pub(super) fn push_pair(
    interp: &mut Interp,
    orm: Option<&crate::orm::core::orm_dml::OrmDml>,
    k: &Value,
    v: &Value,
    out: &mut Vec<(DmlKey, DmlValue)>,
) -> PyResult<()> {
    if let Some(orm) = orm {
        let attr = match k {
            Value::Str(name) => match orm.class.lookup(name) {
                Some(Value::Instance(i)) if i.native.borrow().is_none() => {
                    Some(interp.get_attr(&Value::Class(orm.class.clone()), name)?)
                }
                _ => None,
            },
            other => Some(other.clone()),
        };
        let bulk = match &attr {
            Some(a @ Value::Instance(i))
                if i.native.borrow().is_none() && i.class.lookup("_bulk_update_tuples").is_some() =>
            {
                Some(interp.get_attr(a, "_bulk_update_tuples")?)
            }
            _ => None,
        };
        if let Some(bulk) = bulk {
            let tuples = interp.call(&bulk, Args::positional(vec![v.clone()]))?;
            for pair in interp.collect(&tuples)? {
                match interp.collect(&pair)?.as_slice() {
                    [col, value] => push_pair(interp, None, col, value, out)?,
                    _ => return Err(interp.type_error("_bulk_update_tuples() must give (column, value) pairs")),
                }
            }
            return Ok(());
        }
    }
    out.push((dml_key(interp, k)?, dml_val(interp, v)?));
    Ok(())
}

pub(super) fn values(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let stmt = match &s.stmt {
        DmlStatement::Insert(i) => {
            let mut new = (**i).clone();
            match rest.positional.first() {
                Some(Value::List(rows)) => {
                    let rows = rows.borrow().clone();
                    for r in rows {
                        let row = match &r {
                            Value::Dict(d) => {
                                let mut out = Vec::new();
                                for (k, v) in d.borrow().items() {
                                    out.push((dml_key(interp, &k)?, dml_val(interp, &v)?));
                                }
                                out
                            }
                            other => {
                                let items = interp.collect(other)?;
                                let cols = new.table.as_ref().map(|t| t.columns()).unwrap_or_default();
                                let mut out = Vec::new();
                                for (c, v) in cols.iter().zip(items.iter()) {
                                    out.push((DmlKey::Name(c.key.clone()), dml_val(interp, v)?));
                                }
                                out
                            }
                        };
                        let mut row = row;
                        crate::orm::type_decorator::process_dml_values(interp, new.table.as_ref(), &mut row)?;
                        new.multi_values.push(row);
                    }
                }
                Some(Value::Tuple(items)) => {
                    let cols = new.table.as_ref().map(|t| t.columns()).unwrap_or_default();
                    let mut out = Vec::new();
                    for (c, v) in cols.iter().zip(items.iter()) {
                        out.push((DmlKey::Name(c.key.clone()), dml_val(interp, v)?));
                    }
                    crate::orm::type_decorator::process_dml_values(interp, new.table.as_ref(), &mut out)?;
                    new.values = Some(out);
                }
                _ => {
                    let mut p = pairs(interp, &rest, s.orm.as_deref())?.unwrap_or_default();
                    crate::orm::type_decorator::process_dml_values(interp, new.table.as_ref(), &mut p)?;
                    let mut existing = new.values.take().unwrap_or_default();
                    existing.extend(p);
                    new.values = Some(existing);
                }
            }
            DmlStatement::Insert(Rc::new(new))
        }
        DmlStatement::Update(u) => {
            let mut new = (**u).clone();
            let mut p = pairs(interp, &rest, s.orm.as_deref())?.unwrap_or_default();
            crate::orm::type_decorator::process_dml_values(interp, new.table.as_ref(), &mut p)?;
            new.values.extend(p);
            DmlStatement::Update(Rc::new(new))
        }
        DmlStatement::Delete(_) => {
            return Err(interp.error(ExcType::AttributeError, "'Delete' object has no attribute 'values'"));
        }
    };
    Ok(derived(interp, &s, stmt))
}
