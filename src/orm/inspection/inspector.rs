//! `inspect(engine)`: SQLAlchemy's `Inspector`, reading the live SQLite schema through the
//! dialect's reflection methods ([`super::reflect`]: the pragmas and `sqlite_master`, logged as
//! SQLAlchemy logs them, with the inspector's info cache), with the dictionaries' shapes and orders
//! SQLAlchemy returns: table names sorted, columns in table order with the reflected type object,
//! foreign keys in declaration order, indexes sorted by name without SQLite's automatic ones.

use super::autoload::{in_context, reflected_type};
use super::reflect::Reflector;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::engine::row::dict_of;
use crate::orm::native::{Method, arg, as_str, native_class, receiver, state, wrap};
use std::rc::Rc;

pub struct InspectorObj {
    reflector: Reflector,
    /// Bound to an engine (not a Connection): each method's autobegun transaction rolls back.
    owned: bool,
}

pub fn is_inspector(v: &Value) -> bool {
    state::<InspectorObj>(v).is_some()
}

/// The `Inspector` class (`from sqlalchemy.engine import Inspector`).
pub fn inspector_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    let class = native_class(interp, "Inspector", "sqlalchemy.engine.reflection", METHODS);
    crate::orm::native::native_property(&class, "default_schema_name", |_, _| Ok(Value::str("main")));
    class
}

pub fn inspector_value(interp: &mut Interp, bind: &Value) -> Value {
    let class = inspector_class(interp);
    let (reflector, owned) = match super::autoload::reflector_for(bind) {
        Some(r) => r,
        None => return Value::None,
    };
    wrap(interp, &class, InspectorObj { reflector, owned })
}

/// Runs one inspector method on its reflector, in the bind's operation context.
fn with_table(
    interp: &mut Interp,
    args: Args,
    f: impl FnOnce(&mut Interp, &Reflector, &str) -> PyResult<Value>,
) -> PyResult<Value> {
    let (ins, _, rest) = receiver::<InspectorObj>(interp, args, "Inspector")?;
    let name = arg(&rest, 0, "table_name").as_ref().and_then(as_str).unwrap_or_default();
    in_context(&ins.reflector, ins.owned, || f(interp, &ins.reflector, &name))
}

fn dicts(interp: &mut Interp, items: Vec<(Vec<&str>, Vec<Value>)>) -> PyResult<Value> {
    let mut out = Vec::new();
    for (keys, values) in items {
        let keys: Vec<String> = keys.into_iter().map(String::from).collect();
        out.push(dict_of(interp, &keys, &values)?);
    }
    Ok(Value::list(out))
}

fn str_list(items: &[String]) -> Value {
    Value::list(items.iter().map(|s| Value::str(s)).collect())
}

const METHODS: &[(&str, Method)] = &[
    ("get_table_names", |i, a| {
        let (ins, _, _) = receiver::<InspectorObj>(i, a, "Inspector")?;
        in_context(&ins.reflector, ins.owned, || Ok(str_list(&ins.reflector.table_names(i)?)))
    }),
    ("get_view_names", |_, _| Ok(Value::list(Vec::new()))),
    ("get_schema_names", |_, _| Ok(Value::list(vec![Value::str("main")]))),
    ("has_table", |i, a| with_table(i, a, |i, r, t| Ok(Value::Bool(r.has_table(i, t, true)?)))),
    ("get_columns", |i, a| {
        with_table(i, a, |i, r, t| {
            let mut items = Vec::new();
            for c in r.columns(i, t)?.iter() {
                let values = vec![
                    Value::str(&c.name),
                    reflected_type(i, &c.declared)?,
                    Value::Bool(c.nullable),
                    c.default.as_deref().map_or(Value::None, Value::str),
                    Value::Int(c.primary_key),
                ];
                items.push((vec!["name", "type", "nullable", "default", "primary_key"], values));
            }
            dicts(i, items)
        })
    }),
    ("get_pk_constraint", |i, a| {
        with_table(i, a, |i, r, t| {
            let pk = r.pk(i, t)?;
            if pk.is_empty() {
                return dict_of(i, &["name".into(), "constrained_columns".into()], &[Value::None, str_list(&[])]);
            }
            let name = r.pk_name(i, t)?.map_or(Value::None, |n| Value::str(&n));
            dict_of(i, &["constrained_columns".into(), "name".into()], &[str_list(&pk), name])
        })
    }),
    ("get_foreign_keys", |i, a| {
        with_table(i, a, |i, r, t| {
            let mut items = Vec::new();
            for fk in r.foreign_keys(i, t)?.iter() {
                let mut okeys = Vec::new();
                let mut ovalues = Vec::new();
                let parsed = fk.parsed.as_ref();
                for (key, v) in parsed.map(|p| p.options.clone()).unwrap_or_default() {
                    if key == "initially" {
                        continue;
                    }
                    okeys.push(key);
                    ovalues.push(Value::str(&v));
                }
                if let Some(d) = parsed.and_then(|p| p.deferrable) {
                    okeys.push("deferrable".to_string());
                    ovalues.push(Value::Bool(d));
                }
                if let Some((_, v)) = parsed.and_then(|p| p.options.iter().find(|(k, _)| k == "initially")) {
                    okeys.push("initially".to_string());
                    ovalues.push(Value::str(v));
                }
                let options = dict_of(i, &okeys, &ovalues)?;
                let name = parsed.and_then(|p| p.name.as_deref()).map_or(Value::None, Value::str);
                let values = vec![
                    name,
                    str_list(&fk.constrained),
                    Value::None,
                    Value::str(&fk.referred),
                    str_list(&fk.referred_cols),
                    options,
                ];
                items.push((
                    vec![
                        "name",
                        "constrained_columns",
                        "referred_schema",
                        "referred_table",
                        "referred_columns",
                        "options",
                    ],
                    values,
                ));
            }
            dicts(i, items)
        })
    }),
    ("get_indexes", |i, a| {
        with_table(i, a, |i, r, t| {
            let mut items = Vec::new();
            for ix in r.indexes(i, t, false)?.iter() {
                let options = dict_of(i, &[], &[])?;
                items.push((
                    vec!["name", "column_names", "unique", "dialect_options"],
                    vec![Value::str(&ix.name), str_list(&ix.columns), Value::Int(ix.unique), options],
                ));
            }
            dicts(i, items)
        })
    }),
    ("get_unique_constraints", |i, a| {
        with_table(i, a, |i, r, t| {
            let items = r
                .uniques(i, t)?
                .iter()
                .map(|(n, c)| {
                    (vec!["name", "column_names"], vec![n.as_deref().map_or(Value::None, Value::str), str_list(c)])
                })
                .collect();
            dicts(i, items)
        })
    }),
    ("get_check_constraints", |i, a| {
        with_table(i, a, |i, r, t| {
            let items = r
                .checks(i, t)?
                .into_iter()
                .map(|(n, text)| {
                    (vec!["sqltext", "name"], vec![Value::str(&text), n.as_deref().map_or(Value::None, Value::str)])
                })
                .collect();
            dicts(i, items)
        })
    }),
];
