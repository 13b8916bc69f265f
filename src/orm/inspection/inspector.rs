//! `inspect(engine)`: SQLAlchemy's `Inspector`, reading the live SQLite schema the way its SQLite
//! dialect does (`sqlite_master` and the `table_info` / `foreign_key_list` / `index_list` /
//! `index_info` pragmas), with the dictionaries' shapes and orders SQLAlchemy returns: table names
//! sorted, columns in table order with the declared type as a type object, foreign keys in
//! declaration order, indexes sorted by name without SQLite's automatic ones.
//!
//! The pragmas run as the ORM's own bookkeeping (not logged): with `echo=True` SQLAlchemy would also
//! show them, which this does not yet do.

use crate::db::Cell;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::engine::Engine;
use crate::orm::engine::row::dict_of;
use crate::orm::native::{Method, arg, as_str, native_class, receiver, state, wrap};
use std::rc::Rc;

pub struct InspectorObj {
    engine: Rc<Engine>,
}

pub fn is_inspector(v: &Value) -> bool {
    state::<InspectorObj>(v).is_some()
}

pub fn inspector_value(interp: &mut Interp, engine: Rc<Engine>) -> Value {
    let class = native_class(interp, "Inspector", "sqlalchemy.engine.reflection", METHODS);
    crate::orm::native::native_property(&class, "default_schema_name", |_, _| Ok(Value::str("main")));
    wrap(interp, &class, InspectorObj { engine })
}

/// Rows of a bookkeeping query.
fn rows(interp: &Interp, engine: &Engine, sql: &str, params: &[Cell]) -> PyResult<Vec<Vec<Cell>>> {
    engine
        .run_quiet(sql, params)
        .map(|done| done.rows)
        .map_err(|e| interp.error(crate::eval::ExcType::RuntimeError, format!("schema inspection failed: {e}")))
}

fn text(cell: Option<&Cell>) -> Option<String> {
    match cell {
        Some(Cell::Text(s)) => Some(s.clone()),
        Some(Cell::Integer(n)) => Some(n.to_string()),
        _ => None,
    }
}

fn int(cell: Option<&Cell>) -> i64 {
    match cell {
        Some(Cell::Integer(n)) => *n,
        _ => 0,
    }
}

fn table_names(interp: &Interp, engine: &Engine) -> PyResult<Vec<String>> {
    let sql =
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY name";
    Ok(rows(interp, engine, sql, &[])?.iter().filter_map(|r| text(r.first())).collect())
}

/// The call's receiver, and the table name argument, which must name an existing table.
fn table_arg(interp: &mut Interp, args: Args) -> PyResult<(Rc<InspectorObj>, String)> {
    let (ins, _, rest) = receiver::<InspectorObj>(interp, args, "Inspector")?;
    let name = arg(&rest, 0, "table_name").as_ref().and_then(as_str).unwrap_or_default();
    if !table_names(interp, &ins.engine)?.contains(&name) {
        let orm = crate::orm::orm(interp)?;
        return Err(orm.error(interp, SaExc::NoSuchTableError, name));
    }
    Ok((ins, name))
}

fn pragma(interp: &Interp, engine: &Engine, what: &str, table: &str) -> PyResult<Vec<Vec<Cell>>> {
    rows(interp, engine, &format!("PRAGMA main.{what}({})", crate::db::quote_ident(table)), &[])
}

/// A declared column type (`VARCHAR(40)`) as the reflected type object (`VARCHAR(length=40)`).
fn type_object(interp: &mut Interp, declared: &str) -> Value {
    let upper = declared.trim().to_ascii_uppercase();
    let (name, args) = match upper.split_once('(') {
        Some((n, rest)) => (n.trim().to_string(), rest.trim_end_matches(')').to_string()),
        None => (upper.clone(), String::new()),
    };
    let length = args.split(',').next().and_then(|n| n.trim().parse::<i64>().ok());
    let ty = crate::sql::types::SqlType::from_class_name(&name)
        .or_else(|| crate::sql::types::SqlType::from_class_name("NullType"))
        .map(|t| t.with_length(length));
    match ty {
        Some(t) => crate::orm::core::types_obj::type_value(interp, &t),
        None => Value::None,
    }
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
        Ok(str_list(&table_names(i, &ins.engine)?))
    }),
    ("get_view_names", |_, _| Ok(Value::list(Vec::new()))),
    ("get_schema_names", |_, _| Ok(Value::list(vec![Value::str("main")]))),
    ("has_table", |i, a| {
        let (ins, _, rest) = receiver::<InspectorObj>(i, a, "Inspector")?;
        let name = arg(&rest, 0, "table_name").as_ref().and_then(as_str).unwrap_or_default();
        Ok(Value::Bool(table_names(i, &ins.engine)?.contains(&name)))
    }),
    // table_info columns: cid, name, type, notnull, dflt_value, pk.
    ("get_columns", |i, a| {
        let (ins, table) = table_arg(i, a)?;
        let mut items = Vec::new();
        for r in pragma(i, &ins.engine, "table_info", &table)? {
            let ty = type_object(i, &text(r.get(2)).unwrap_or_default());
            let default = text(r.get(4)).map_or(Value::None, |d| Value::str(&d));
            let values = vec![
                Value::str(&text(r.get(1)).unwrap_or_default()),
                ty,
                Value::Bool(int(r.get(3)) == 0),
                default,
                Value::Int(int(r.get(5))),
            ];
            items.push((vec!["name", "type", "nullable", "default", "primary_key"], values));
        }
        dicts(i, items)
    }),
    ("get_pk_constraint", |i, a| {
        let (ins, table) = table_arg(i, a)?;
        let mut pk: Vec<(i64, String)> = pragma(i, &ins.engine, "table_info", &table)?
            .iter()
            .filter(|r| int(r.get(5)) > 0)
            .map(|r| (int(r.get(5)), text(r.get(1)).unwrap_or_default()))
            .collect();
        pk.sort();
        let names: Vec<String> = pk.into_iter().map(|(_, n)| n).collect();
        let keys = vec!["constrained_columns".to_string(), "name".to_string()];
        dict_of(i, &keys, &[str_list(&names), Value::None])
    }),
    // foreign_key_list columns: id, seq, table, from, to, on_update, on_delete, match; the pragma
    // lists the last-declared constraint first.
    ("get_foreign_keys", |i, a| {
        let (ins, table) = table_arg(i, a)?;
        let mut groups: Vec<ForeignKeyRows> = Vec::new();
        for r in pragma(i, &ins.engine, "foreign_key_list", &table)? {
            let id = int(r.first());
            let (from, to) = (text(r.get(3)).unwrap_or_default(), text(r.get(4)).unwrap_or_default());
            match groups.iter_mut().find(|g| g.id == id) {
                Some(g) => {
                    g.constrained.push(from);
                    g.referred_cols.push(to);
                }
                None => groups.push(ForeignKeyRows {
                    id,
                    referred: text(r.get(2)).unwrap_or_default(),
                    constrained: vec![from],
                    referred_cols: vec![to],
                    on_update: text(r.get(5)).unwrap_or_default(),
                    on_delete: text(r.get(6)).unwrap_or_default(),
                }),
            }
        }
        groups.sort_by_key(|g| std::cmp::Reverse(g.id));
        let mut items = Vec::new();
        for ForeignKeyRows { referred, constrained, referred_cols, on_update, on_delete, .. } in groups {
            let mut okeys = Vec::new();
            let mut ovalues = Vec::new();
            for (key, v) in [("onupdate", on_update), ("ondelete", on_delete)] {
                if !v.is_empty() && v != "NO ACTION" {
                    okeys.push(key.to_string());
                    ovalues.push(Value::str(&v));
                }
            }
            let options = dict_of(i, &okeys, &ovalues)?;
            let values = vec![
                Value::None,
                str_list(&constrained),
                Value::None,
                Value::str(&referred),
                str_list(&referred_cols),
                options,
            ];
            items.push((
                vec!["name", "constrained_columns", "referred_schema", "referred_table", "referred_columns", "options"],
                values,
            ));
        }
        dicts(i, items)
    }),
    // index_list columns: seq, name, unique, origin, partial.
    ("get_indexes", |i, a| {
        let (ins, table) = table_arg(i, a)?;
        let mut found: Vec<(String, i64)> = pragma(i, &ins.engine, "index_list", &table)?
            .iter()
            .filter_map(|r| Some((text(r.get(1))?, int(r.get(2)))))
            .filter(|(n, _)| !n.starts_with("sqlite_autoindex"))
            .collect();
        found.sort();
        let mut items = Vec::new();
        for (name, unique) in found {
            let columns: Vec<String> =
                pragma(i, &ins.engine, "index_info", &name)?.iter().filter_map(|r| text(r.get(2))).collect();
            let options = dict_of(i, &[], &[])?;
            items.push((
                vec!["name", "column_names", "unique", "dialect_options"],
                vec![Value::str(&name), str_list(&columns), Value::Int(unique), options],
            ));
        }
        dicts(i, items)
    }),
    ("get_unique_constraints", |i, a| {
        let (ins, table) = table_arg(i, a)?;
        let mut items = Vec::new();
        for r in pragma(i, &ins.engine, "index_list", &table)? {
            let (Some(name), Some(origin)) = (text(r.get(1)), text(r.get(3))) else { continue };
            if origin != "u" {
                continue;
            }
            let columns: Vec<String> =
                pragma(i, &ins.engine, "index_info", &name)?.iter().filter_map(|r| text(r.get(2))).collect();
            items.push((vec!["name", "column_names"], vec![Value::None, str_list(&columns)]));
        }
        items.reverse();
        dicts(i, items)
    }),
];

/// One foreign key of `PRAGMA foreign_key_list`, whose rows list it one column pair at a time.
struct ForeignKeyRows {
    id: i64,
    referred: String,
    constrained: Vec<String>,
    referred_cols: Vec<String>,
    on_update: String,
    on_delete: String,
}
