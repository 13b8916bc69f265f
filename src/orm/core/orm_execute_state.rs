//! The `do_orm_execute` session event and its argument, `ORMExecuteState`: before a session runs a
//! statement, each listener sees the statement with its parameters and execution options and may
//! replace it (`execute_state.statement = execute_state.statement.options(...)`), which is how the
//! soft-delete and multi-tenant recipes add `with_loader_criteria()` to every SELECT.
//!
//! Listeners run for `Session.execute()` / `scalars()` / `scalar()` of any statement; the state's
//! `is_select` / `is_insert` / `is_update` / `is_delete` say which kind it is, `is_orm_statement`
//! whether it names ORM entities. The loads a session runs by itself are announced too, as
//! SQLAlchemy runs them through `Session.execute()`: `session.get()` when it emits SQL, and lazy loads
//! of relationships (`is_relationship_load`), whose SELECT takes the criteria a listener adds (see
//! [`criteria_added`]); a statement's own `with_loader_criteria()` also reaches the relationship loads
//! of the objects it brings (see [`super::loader_criteria`]).

use super::select_obj::SelectObj;
use super::{Method, split_self};
use crate::eval::dict::{Dict, Key};
use crate::eval::value::{Property, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::orm::native::state;
use crate::orm::session::SessionData;
use std::cell::RefCell;
use std::rc::Rc;

/// Which load a `do_orm_execute` event announces.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LoadKind {
    /// A statement the program executes, or `session.get()`'s SELECT.
    Statement,
    /// A relationship's lazy load (`is_relationship_load`).
    Relationship,
}

/// What a `do_orm_execute` listener is given.
pub struct ExecState {
    load: LoadKind,
    session: Value,
    statement: RefCell<Value>,
    parameters: Value,
    /// The statement's execution options merged with the call's.
    options: RefCell<Vec<(String, Value)>>,
    /// The call's own (`execution_options=` of `Session.execute()`).
    local: Vec<(String, Value)>,
}

/// The statement's kind, by SQLAlchemy's class name.
fn kind(stmt: &Value) -> &'static str {
    if let Some(s) = state::<SelectObj>(stmt) {
        return match s.stmt {
            crate::sql::selectable::SelectStmt::Select(_) => "select",
            _ => "compound",
        };
    }
    if let Some(d) = state::<super::dml_obj::DmlObj>(stmt) {
        return match d.stmt {
            crate::sql::dml::DmlStatement::Insert(_) => "insert",
            crate::sql::dml::DmlStatement::Update(_) => "update",
            crate::sql::dml::DmlStatement::Delete(_) => "delete",
        };
    }
    ""
}

fn is_orm(stmt: &Value) -> bool {
    state::<SelectObj>(stmt).is_some_and(|s| s.orm.is_some())
        || state::<super::dml_obj::DmlObj>(stmt).is_some_and(|d| d.orm.is_some())
}

fn dict_of(items: &[(String, Value)]) -> Value {
    let mut d = Dict::new();
    for (k, v) in items {
        d.insert(Key::Str(Rc::from(k.as_str())), Value::str(k), v.clone());
    }
    Value::Dict(Rc::new(RefCell::new(d)))
}

/// The `(key, value)` pairs of a dict argument.
fn pairs(interp: &mut Interp, v: Option<&Value>) -> PyResult<Vec<(String, Value)>> {
    let Some(Value::Dict(d)) = v else { return Ok(Vec::new()) };
    let items: Vec<(Value, Value)> = d.borrow().items();
    let mut out = Vec::new();
    for (k, v) in items {
        out.push((interp.to_str(&k)?, v));
    }
    Ok(out)
}

/// Runs the session's `do_orm_execute` listeners for `stmt`: the statement to run instead, when
/// there are listeners.
pub fn fire(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    stmt: &Value,
    params: Option<&Value>,
    options: Option<&Value>,
    load: LoadKind,
) -> PyResult<Option<Value>> {
    let orm = crate::orm::orm(interp)?;
    let listeners = orm.session_listeners("do_orm_execute", session.id);
    if listeners.is_empty() {
        return Ok(None);
    }
    let Some(session_value) = orm.session_value(session.id) else { return Ok(None) };
    let local = pairs(interp, options)?;
    let mut merged: Vec<(String, Value)> =
        state::<SelectObj>(stmt).and_then(|s| s.orm.clone()).map(|info| info.exec_options.to_vec()).unwrap_or_default();
    for (k, v) in &local {
        merged.retain(|(m, _)| m != k);
        merged.push((k.clone(), v.clone()));
    }
    let data = ExecState {
        load,
        session: session_value,
        statement: RefCell::new(stmt.clone()),
        parameters: params.cloned().unwrap_or_else(|| dict_of(&[])),
        options: RefCell::new(merged),
        local,
    };
    let class = state_class(interp);
    let value = crate::orm::native::wrap(interp, &class, data);
    for func in listeners {
        interp.call(&func, Args::positional(vec![value.clone()]))?;
    }
    Ok(state::<ExecState>(&value).map(|s| s.statement.borrow().clone()))
}

/// Whether a listener of `session` would see its loads.
pub fn listened(interp: &Interp, session: &SessionData) -> bool {
    crate::orm::orm(interp).is_ok_and(|orm| !orm.session_listeners("do_orm_execute", session.id).is_empty())
}

/// For a load the session builds itself (a lazy load): fires the event with `select(target)` and
/// returns the WHERE criteria the listeners added to it (`with_loader_criteria()` options, `where()`),
/// for the load to append to its own.
pub fn criteria_added(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    target: &Rc<crate::eval::value::Class>,
    load: LoadKind,
) -> PyResult<Vec<crate::sql::elements::ExprRef>> {
    if !listened(interp, session) {
        return Ok(Vec::new());
    }
    let stmt = super::orm_select::select_call(interp, Args::positional(vec![Value::Class(target.clone())]))?;
    let before = where_of(&stmt).len();
    let Some(after) = fire(interp, session, &stmt, None, None, load)? else { return Ok(Vec::new()) };
    Ok(where_of(&after).into_iter().skip(before).collect())
}

fn where_of(stmt: &Value) -> Vec<crate::sql::elements::ExprRef> {
    match state::<SelectObj>(stmt).map(|s| s.stmt.clone()) {
        Some(crate::sql::selectable::SelectStmt::Select(sel)) => sel.where_.clone(),
        _ => Vec::new(),
    }
}

fn this(interp: &Interp, args: Args) -> PyResult<(Rc<ExecState>, Args)> {
    let (v, rest) = split_self(args);
    match state::<ExecState>(&v) {
        Some(s) => Ok((s, rest)),
        None => Err(interp.type_error("descriptor requires an 'ORMExecuteState' object")),
    }
}

fn flag(interp: &Interp, args: Args, test: impl Fn(&ExecState) -> bool) -> PyResult<Value> {
    let (s, _) = this(interp, args)?;
    Ok(Value::Bool(test(&s)))
}

const PROPERTIES: &[(&str, Method)] = &[
    ("session", |i, a| Ok(this(i, a)?.0.session.clone())),
    ("parameters", |i, a| Ok(this(i, a)?.0.parameters.clone())),
    ("execution_options", |i, a| Ok(dict_of(&this(i, a)?.0.options.borrow()))),
    ("local_execution_options", |i, a| Ok(dict_of(&this(i, a)?.0.local))),
    ("bind_arguments", |_, _| Ok(dict_of(&[]))),
    ("user_defined_options", |_, _| Ok(Value::list(Vec::new()))),
    ("is_select", |i, a| flag(i, a, |s| kind(&s.statement.borrow()) == "select")),
    ("is_insert", |i, a| flag(i, a, |s| kind(&s.statement.borrow()) == "insert")),
    ("is_update", |i, a| flag(i, a, |s| kind(&s.statement.borrow()) == "update")),
    ("is_delete", |i, a| flag(i, a, |s| kind(&s.statement.borrow()) == "delete")),
    ("is_dml", |i, a| flag(i, a, |s| matches!(kind(&s.statement.borrow()), "insert" | "update" | "delete"))),
    ("is_orm_statement", |i, a| flag(i, a, |s| is_orm(&s.statement.borrow()))),
    ("is_executemany", |i, a| flag(i, a, |s| matches!(s.parameters, Value::List(_)))),
    ("is_column_load", |i, a| flag(i, a, |_| false)),
    ("is_relationship_load", |i, a| flag(i, a, |s| s.load == LoadKind::Relationship)),
    ("is_from_statement", |i, a| flag(i, a, |_| false)),
];

const METHODS: &[(&str, Method)] = &[("update_execution_options", |i, a| {
    let (s, rest) = this(i, a)?;
    let mut options = s.options.borrow_mut();
    for (k, v) in rest.keywords {
        options.retain(|(m, _)| *m != *k);
        options.push((k.to_string(), v));
    }
    Ok(Value::None)
})];

/// `sqlalchemy.orm.ORMExecuteState`, with its settable `statement`.
pub fn state_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    let class = super::core_class(interp, "sqlalchemy.orm.session", "ORMExecuteState", METHODS, PROPERTIES);
    if !class.dict.borrow().contains_key("statement") {
        let getter = Interp::builtin("statement", |i, a| Ok(this(i, a)?.0.statement.borrow().clone()));
        let setter = Interp::builtin("statement", |i, a| {
            let (s, rest) = this(i, a)?;
            *s.statement.borrow_mut() = super::first(&rest);
            Ok(Value::None)
        });
        let property = Property { getter, setter: Some(setter), deleter: None, doc: None };
        class.dict.borrow_mut().insert(Name::from("statement"), Value::Property(Rc::new(property)));
    }
    class
}
