//! `text()` as a Python object (`sqlalchemy.sql.elements.TextClause`): literal SQL with `:name` binds,
//! `bindparams(name=value)` for values fixed in the statement, `columns(...)` for typed result columns
//! (a `TextualSelect`), and `str()` in the default dialect's named style. Compilation is the pure
//! [`crate::sql::text`]; executing one is [`compile_text`].

use super::super::native::{Method, as_str, native_class, receiver, state, wrap};
use super::super::orm;
use crate::db::Cell;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::sql::types::SqlType;
use crate::sql::{BindStyle, CacheStat, Compiled, ResultColumn, StatementKind, TextClause};
use std::rc::Rc;

/// A `text()` construct and the values `bindparams()` fixed.
#[derive(Clone)]
pub struct TextObj {
    pub clause: TextClause,
    pub values: Vec<(String, Value)>,
    /// `bindparams(bindparam("payload", type_=JSON))`: the types whose bind processing the values
    /// of those parameters get (`json.dumps` for a dict), by name.
    pub types: Vec<(String, SqlType)>,
}

/// `text("...")`.
pub fn text(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(sql) = args.positional.first().and_then(as_str) else {
        return Err(interp.type_error("text() argument must be a string"));
    };
    Ok(text_object(interp, TextObj { clause: TextClause::new(sql), values: Vec::new(), types: Vec::new() }))
}

fn text_object(interp: &mut Interp, obj: TextObj) -> Value {
    let name = if obj.clause.columns.is_empty() { "TextClause" } else { "TextualSelect" };
    let module = if obj.clause.columns.is_empty() { "sqlalchemy.sql.elements" } else { "sqlalchemy.sql.selectable" };
    let class = native_class(interp, name, module, METHODS);
    wrap(interp, &class, obj)
}

/// The `TextClause` behind a value, if it is one.
pub fn text_of(value: &Value) -> Option<Rc<TextObj>> {
    state::<TextObj>(value)
}

const METHODS: &[(&str, Method)] = &[
    ("__str__", |i, a| {
        let (t, _, _) = receiver::<TextObj>(i, a, "TextClause")?;
        Ok(Value::str(&t.clause.render(BindStyle::Named).sql))
    }),
    ("bindparams", |i, a| {
        let (t, _, rest) = receiver::<TextObj>(i, a, "TextClause")?;
        let mut obj = (*t).clone();
        let known = obj.clause.bind_names();
        // `bindparams(bindparam("xs", expanding=True), bindparam("v", value=2))`: declared binds.
        for b in &rest.positional {
            let Some(e) = crate::orm::core::convert::expr_of(i, b)? else {
                return Err(i.type_error("bindparams() takes bindparam() objects and keyword values"));
            };
            let crate::sql::elements::Expr::Bind(bind) = &*e else {
                return Err(i.type_error("bindparams() takes bindparam() objects and keyword values"));
            };
            let name = bind.key.text();
            if !known.contains(&name) {
                let orm = orm(i)?;
                return Err(orm.error(
                    i,
                    SaExc::ArgumentError,
                    format!("This text() construct doesn't define a bound parameter named '{name}'"),
                ));
            }
            if bind.ty.kind != crate::sql::types::TypeKind::Null {
                obj.types.retain(|(n, _)| *n != name);
                obj.types.push((name.clone(), bind.ty.clone()));
            }
            if bind.expanding && !obj.clause.expanding.contains(&name) {
                obj.clause.expanding.push(name.clone());
            }
            if let crate::sql::elements::BindValue::Value(v) = &bind.value {
                let value = crate::orm::core::convert::from_sql_value(i, v);
                obj.values.retain(|(n, _)| *n != name);
                obj.values.push((name, value));
            }
        }
        for (name, value) in rest.keywords {
            if !known.iter().any(|k| **k == *name) {
                let orm = orm(i)?;
                return Err(orm.error(
                    i,
                    SaExc::ArgumentError,
                    format!("This text() construct doesn't define a bound parameter named '{name}'"),
                ));
            }
            obj.values.retain(|(n, _)| **n != *name);
            obj.values.push((name.to_string(), value));
        }
        Ok(text_object(i, obj))
    }),
    // `text(...).columns(...).subquery()`: a derived table of the textual SELECT.
    ("subquery", |i, a| {
        let (t, _, rest) = receiver::<TextObj>(i, a, "TextualSelect")?;
        let element = crate::orm::core::convert::textual_select(i, &t)?;
        let name = crate::orm::native::arg(&rest, 0, "name").and_then(|v| as_str(&v));
        let f = crate::sql::selectable::FromClause::named_or_anon(name.as_deref(), "anon", |name| {
            crate::sql::selectable::FromKind::Subquery { element, name, lateral: false }
        });
        Ok(crate::orm::core::from_obj::from_value(i, f))
    }),
    ("columns", |i, a| {
        let (t, _, rest) = receiver::<TextObj>(i, a, "TextClause")?;
        let mut obj = (*t).clone();
        for c in &rest.positional {
            let key = match as_str(c) {
                Some(name) => name,
                None => {
                    let key = i.get_attr(c, "key")?;
                    i.to_str(&key)?
                }
            };
            obj.clause.columns.push((key, SqlType::null()));
        }
        for (name, ty) in &rest.keywords {
            let ty = crate::orm::core::types_obj::type_of(i, ty).unwrap_or_else(SqlType::null);
            obj.clause.columns.push((name.to_string(), ty));
        }
        Ok(text_object(i, obj))
    }),
];

/// A text construct compiled for execution with `param_sets` (each a list of name → value): `?` in
/// place of every bind, values in placeholder order; a bind without a value fails as SQLAlchemy's
/// "A value is required for bind parameter" StatementError.
pub fn compile_text(interp: &mut Interp, obj: &TextObj, param_sets: &[Vec<(String, Value)>]) -> PyResult<Compiled> {
    let one_set = [Vec::new()];
    let sets: &[Vec<(String, Value)>] = if param_sets.is_empty() { &one_set } else { param_sets };
    let mut params = Vec::with_capacity(sets.len());
    let mut text = None;
    for set in sets {
        let lookup = |name: &str| set.iter().chain(obj.values.iter()).find(|(n, _)| n == name).map(|(_, v)| v.clone());
        // An expanding bind's list, element by element (the text then has one `?` per element).
        let mut lists: Vec<(String, Vec<Value>)> = Vec::new();
        for name in &obj.clause.expanding {
            if let Some(v) = lookup(name) {
                lists.push((name.clone(), interp.collect(&v)?));
            }
        }
        let len_of = |name: &str| lists.iter().find(|(n, _)| n == name).map_or(1, |(_, l)| l.len());
        let (sql, binds) = obj.clause.render_expanded(&len_of);
        let mut values = Vec::with_capacity(binds.len());
        for (name, element) in &binds {
            let value = match element {
                Some(k) => lists.iter().find(|(n, _)| n == name).and_then(|(_, l)| l.get(*k).cloned()),
                None => lookup(name),
            };
            match value {
                Some(v) => values.push(v),
                None => return Err(missing_value(interp, name, &sql, param_sets)),
            }
        }
        if text.is_none() {
            text = Some(sql.clone());
        }
        let mut cells: Vec<Cell> = Vec::with_capacity(values.len());
        for (position, value) in values.iter().enumerate() {
            let typed = binds
                .get(position)
                .and_then(|(name, _)| obj.types.iter().find(|(n, _)| n == name))
                .and_then(|(_, ty)| crate::orm::core::bridge::legacy_type(ty));
            match super::convert::bind_value(value, typed.as_ref(), position + 1) {
                Ok(cell) => cells.push(cell),
                Err(error) => return Err(binding_error(interp, &error, &sql, &values)),
            }
        }
        params.push(cells);
    }
    let columns =
        obj.clause.columns.iter().map(|(key, ty)| ResultColumn { key: key.clone(), ty: ty.clone(), origin: None });
    Ok(Compiled {
        text: text.unwrap_or_default(),
        params,
        kind: StatementKind::Text,
        cache: CacheStat::Generated,
        columns: columns.collect(),
    })
}

/// SQLAlchemy's StatementError for a bind without a value, showing the parameters as given.
fn missing_value(interp: &mut Interp, name: &str, sql: &str, sets: &[Vec<(String, Value)>]) -> Box<crate::eval::Exc> {
    let given = given_params(interp, sets).unwrap_or_default();
    let message = format!(
        "(sqlalchemy.exc.InvalidRequestError) A value is required for bind parameter '{name}'\n[SQL: {sql}]\n[parameters: {given}]\n(Background on this error at: https://sqlalche.me/e/21/cd3x)"
    );
    match orm(interp) {
        Ok(orm) => orm.error(interp, SaExc::StatementError, message),
        Err(e) => e,
    }
}

/// The parameter sets as the Python list of dicts they came as (`[{'a': 1}]`).
fn given_params(interp: &mut Interp, sets: &[Vec<(String, Value)>]) -> PyResult<String> {
    let mut dicts = Vec::new();
    for set in sets {
        let keys: Vec<String> = set.iter().map(|(k, _)| k.clone()).collect();
        let values: Vec<Value> = set.iter().map(|(_, v)| v.clone()).collect();
        dicts.push(super::row::dict_of(interp, &keys, &values)?);
    }
    interp.repr(&Value::list(dicts))
}

/// pysqlite's refusal of a parameter, as SQLAlchemy wraps it (parameters shown as Python values).
fn binding_error(
    interp: &mut Interp,
    error: &crate::db::DbError,
    sql: &str,
    values: &[Value],
) -> Box<crate::eval::Exc> {
    let shown = match values {
        [] => Ok("()".to_string()),
        [one] => interp.repr(one).map(|r| format!("({},)", super::log::trunc(r))),
        many => {
            let mut items = Vec::new();
            for v in many {
                match interp.repr(v) {
                    Ok(r) => items.push(super::log::trunc(r)),
                    Err(e) => return e,
                }
            }
            Ok(format!("({})", items.join(", ")))
        }
    };
    let shown = match shown {
        Ok(s) => s,
        Err(e) => return e,
    };
    let (class, code) = super::dbapi_class(error.kind);
    let message = format!(
        "(sqlite3.{class}) {}\n[SQL: {sql}]\n[parameters: {shown}]\n(Background on this error at: https://sqlalche.me/e/21/{code})",
        error.message
    );
    match orm(interp) {
        Ok(orm) => orm.error(interp, class, message),
        Err(e) => e,
    }
}
