//! `Bundle` entities in ORM SELECTs (`select(Bundle("user", User.name, User.fullname))`): the
//! bundle's expressions are selected as column entities, and each result row gets one value for the
//! bundle, made by its `create_row_processor()` (the Python class lives in `orm/py/bundle.py`, so
//! subclasses may override it, as in SQLAlchemy) from a `Row` of the bundle's columns keyed by their
//! `_proxy_key` labels. The bundle's columns take no part in the statement's row-key naming.

use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::sql::elements::{ExprRef, naming};
use std::rc::Rc;

/// A bundle of a statement: its column entities `first..first + len` (entity positions).
#[derive(Clone)]
pub struct BundleSpec {
    pub first: usize,
    pub len: usize,
    pub bundle: Value,
}

/// Whether a value is a `Bundle` (its class says `is_bundle`).
pub fn is_bundle(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if matches!(i.class.lookup("is_bundle"), Some(Value::Bool(true))))
}

/// The bundle's expressions (`bundle.exprs`).
pub fn exprs(interp: &mut Interp, bundle: &Value) -> PyResult<Vec<Value>> {
    let exprs = interp.get_attr(bundle, "exprs")?;
    interp.collect(&exprs)
}

/// Whether entity `k` belongs to a bundle.
pub fn member(bundles: &[BundleSpec], k: usize) -> bool {
    bundles.iter().any(|b| (b.first..b.first + b.len).contains(&k))
}

/// Replaces each bundle's values in `rows` (one value per entity) by the bundle's processed value
/// and its keys by the bundle's name. `columns[i]` is the expression of column entity `i`'s index.
pub fn apply(
    interp: &mut Interp,
    bundles: &[BundleSpec],
    query: &Value,
    member_columns: impl Fn(usize) -> Option<ExprRef>,
    rows: &mut [Vec<Value>],
    keys: &mut Vec<String>,
) -> PyResult<()> {
    if bundles.is_empty() {
        return Ok(());
    }
    let helper = interp.source_submodule("sqlalchemy.orm.bundle")?.get("_processor").unwrap_or(Value::None);
    for b in bundles.iter().rev() {
        let range = b.first..(b.first + b.len).min(keys.len());
        let labels: Vec<String> =
            range.clone().map(|k| member_columns(k).and_then(|e| naming::proxy_key(&e)).unwrap_or_default()).collect();
        let label_values = Value::list(labels.iter().map(|l| Value::str(l)).collect());
        let processor = interp.call(&helper, Args::positional(vec![b.bundle.clone(), query.clone(), label_values]))?;
        let labels = Rc::new(labels);
        for row in rows.iter_mut() {
            let own: Vec<Value> = row.get(range.clone()).map(<[Value]>::to_vec).unwrap_or_default();
            let own = crate::orm::engine::row::row_value(interp, labels.clone(), own);
            let value = interp.call(&processor, Args::positional(vec![own]))?;
            if range.end <= row.len() {
                row.splice(range.clone(), [value]);
            }
        }
        let name = interp.get_attr(&b.bundle, "name")?;
        keys.splice(range, [interp.to_str(&name)?]);
    }
    Ok(())
}
