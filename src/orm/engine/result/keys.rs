//! `RMKeyView` (`sqlalchemy.engine.result`): what `result.keys()` and `row._mapping.keys()` return —
//! the column keys, iterable, sized, searchable and equal to a list of the same keys.

use crate::eval::Interp;
use crate::eval::value::Value;
use crate::orm::native::{Method, as_str, native_class, receiver, wrap_rc};
use std::rc::Rc;

/// `RMKeyView(['x', 'y'])`: a result's keys, iterable, sized and searchable.
pub fn keys_value(interp: &mut Interp, keys: Vec<Value>) -> Value {
    let class = native_class(interp, "RMKeyView", "sqlalchemy.engine.result", KEYS_METHODS);
    wrap_rc(interp, &class, Rc::new(KeysData(keys)))
}

pub struct KeysData(Vec<Value>);

const KEYS_METHODS: &[(&str, Method)] = &[
    ("__iter__", |i, a| receiver::<KeysData>(i, a, "RMKeyView").map(|(k, _, _)| i.make_iterator(k.0.clone()))),
    ("__len__", |i, a| receiver::<KeysData>(i, a, "RMKeyView").map(|(k, _, _)| Value::Int(k.0.len() as i64))),
    ("__contains__", |i, a| {
        let (k, _, rest) = receiver::<KeysData>(i, a, "RMKeyView")?;
        let needle = rest.positional.first().and_then(as_str);
        Ok(Value::Bool(k.0.iter().any(|v| as_str(v) == needle)))
    }),
    ("__repr__", |i, a| {
        let (k, _, _) = receiver::<KeysData>(i, a, "RMKeyView")?;
        let list = i.repr(&Value::list(k.0.clone()))?;
        Ok(Value::str(&format!("RMKeyView({list})")))
    }),
    ("__eq__", |i, a| {
        let (k, _, rest) = receiver::<KeysData>(i, a, "RMKeyView")?;
        let other = rest.positional.first().cloned().unwrap_or(Value::None);
        let other = match crate::orm::native::state::<KeysData>(&other) {
            Some(o) => Value::list(o.0.clone()),
            None => other,
        };
        Ok(Value::Bool(i.eq(&Value::list(k.0.clone()), &other)?))
    }),
];
