//! The Python-facing methods of `Session`: each unpacks its arguments and calls the runtime
//! (`session`, `flush`, `loading`). Its state views (`new`, `dirty`, `deleted`, `is_active`) are in
//! `views`, the `session.begin()` and `no_autoflush` context managers in `blocks`.

use super::*;
use crate::orm::SaExc;

mod blocks;
mod views;
pub use blocks::*;
pub use views::*;

pub const SESSION_METHODS: [(&str, Method); 30] = [
    ("add", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.check_pending_rollback(i, &s)?;
        orm.check_autobegin(i, &s)?;
        match rest.positional.first() {
            Some(Value::Instance(inst)) => orm.session_add(i, &s, inst)?,
            Some(other) => return Err(unmapped(i, other)),
            None => return Err(i.type_error("add() missing 1 required positional argument: 'instance'")),
        }
        orm.fire_transitions(i)?;
        Ok(Value::None)
    }),
    ("add_all", |i, a| {
        let (s, this, rest) = session_receiver(i, a)?;
        // A `Session` subclass overriding `add()`: SQLAlchemy's `add_all` calls `self.add(instance,
        // _warn=False)` for each object, so the override sees them all.
        if let Value::Instance(inst) = &this
            && matches!(inst.class.lookup("add"), Some(Value::Function(_)))
        {
            let bound = i.get_attr(&this, "add")?;
            for item in i.collect(rest.positional.first().unwrap_or(&Value::None))? {
                let keywords = vec![(crate::ir::Name::from("_warn"), Value::Bool(false))];
                i.call(&bound, Args { positional: vec![item], keywords })?;
            }
            return Ok(Value::None);
        }
        let orm = orm(i)?;
        orm.check_pending_rollback(i, &s)?;
        orm.check_autobegin(i, &s)?;
        for item in i.collect(rest.positional.first().unwrap_or(&Value::None))? {
            match &item {
                Value::Instance(inst) => orm.session_add(i, &s, inst)?,
                other => return Err(unmapped(i, other)),
            }
        }
        orm.fire_transitions(i)?;
        Ok(Value::None)
    }),
    ("commit", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.commit(i, &s)?;
        Ok(Value::None)
    }),
    ("rollback", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.rollback_with_events(i, &s)?;
        Ok(Value::None)
    }),
    ("flush", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        // A flush from a flush listener (`before_flush` calling `session.flush()`) is refused.
        if s.flushing.get() {
            return Err(orm.error(i, SaExc::InvalidRequestError, "Session is already flushing"));
        }
        orm.flush(i, &s)?;
        Ok(Value::None)
    }),
    ("close", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.close(&s);
        orm.fire_transitions(i)?;
        Ok(Value::None)
    }),
    ("delete", |i, a| {
        let (s, this, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.check_pending_rollback(i, &s)?;
        let Some(inst) = mapped_instance(rest.positional.first()) else {
            return Err(unmapped(i, rest.positional.first().unwrap_or(&Value::None)));
        };
        // `Session._delete_impl`: an object without an identity key (transient or pending) is
        // refused; a detached one is attached first (`add()` refuses one of another session).
        let has_identity = crate::orm::state::existing_state(inst).is_some_and(|st| st.borrow().identity.is_some());
        if !has_identity {
            return Err(orm.error(
                i,
                SaExc::InvalidRequestError,
                format!("Instance '<{} at 0x7f...>' is not persisted", inst.class.name),
            ));
        }
        if !s.contains(inst) {
            i.call_method(&this, "add", vec![Value::Instance(inst.clone())])?;
        }
        crate::orm::flush::note_row(i, inst, || crate::trace::Cause::Deleted {
            object: crate::orm::trace_view::object_ref(inst),
        });
        orm.mark_deleted(i, &s, inst)?;
        orm.fire_transitions(i)?;
        Ok(Value::None)
    }),
    ("get", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        let (Some(Value::Class(class)), Some(key)) = (rest.positional.first(), rest.positional.get(1)) else {
            return Err(i.type_error("get() takes a mapped class and a primary key"));
        };
        let Some(info) = mapped(class) else {
            return Err(orm.error(i, SaExc::UnmappedClassError, format!("Class '{}' is not mapped", class.name)));
        };
        orm.configure(i, &info.registry)?;
        let populate = populate_existing(i, &rest)?;
        let found = orm.get_by_key_with(i, &s, (&info.registry, info.mapper), key, populate)?;
        // `get_from_identity`: an object of another class under the same identity (a sibling
        // subclass in single- or joined-table inheritance) is a class mismatch, and get() gives None.
        match &found {
            Value::Instance(inst) if !inst.class.is_subclass_of(class) => Ok(Value::None),
            _ => Ok(found),
        }
    }),
    // get_one(): get() that raises NoResultFound instead of returning None.
    ("get_one", |i, a| {
        let (s, this, rest) = session_receiver(i, a)?;
        let mut positional = vec![this];
        positional.extend(rest.positional);
        let found = i.call_method(&positional[0].clone(), "get", positional[1..].to_vec())?;
        let _ = s;
        match found {
            Value::None => Err(orm(i)?.error(i, SaExc::NoResultFound, "No row was found when one was required")),
            v => Ok(v),
        }
    }),
    ("query", |i, a| {
        let (s, this, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.check_pending_rollback(i, &s)?;
        crate::orm::core::orm_query::query_call(i, this, rest)
    }),
    // The session's connection, in its transaction (autobegun); closing it leaves the session alone.
    ("connection", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.check_pending_rollback(i, &s)?;
        orm.check_autobegin(i, &s)?;
        orm.autobegin(i, &s)?;
        Ok(crate::orm::engine::connection::borrowed_connection(i, s.engine.clone(), s.txn.clone()))
    }),
    ("execute", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        execute(i, &s, &rest, false)
    }),
    ("scalars", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        execute(i, &s, &rest, true)
    }),
    ("scalar", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let r = execute(i, &s, &rest, false)?;
        i.call_method(&r, "scalar", Vec::new())
    }),
    ("refresh", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        let Some(inst) = mapped_instance(rest.positional.first()) else {
            return Err(unmapped(i, rest.positional.first().unwrap_or(&Value::None)));
        };
        if !s.holds(inst) {
            return Err(orm.error(
                i,
                SaExc::InvalidRequestError,
                format!("Instance '<{} at 0x7f...>' is not persistent within this Session", inst.class.name),
            ));
        }
        // refresh(obj, ["attr", ...]) reloads only the named attributes.
        let names = match crate::orm::native::arg(&rest, 1, "attribute_names") {
            Some(v @ (Value::List(_) | Value::Tuple(_))) => {
                Some(i.collect(&v)?.iter().filter_map(as_str).collect::<Vec<String>>())
            }
            _ => None,
        };
        orm.expire_cascade(&s, inst, names.as_deref());
        if let Some(state) = crate::orm::state::existing_state(inst) {
            // A row deleted behind the session's back: refresh() reports it as InvalidRequestError.
            let reload = match &names {
                Some(names) => crate::orm::loading::Reload::Named(names),
                None => crate::orm::loading::Reload::Whole,
            };
            match orm.load_expired_with(i, inst, &state, reload) {
                Err(e) if orm.exception_is(&e, SaExc::ObjectDeletedError) => {
                    return Err(orm.error(
                        i,
                        SaExc::InvalidRequestError,
                        format!("Could not refresh instance '<{} at 0x7f...>'", inst.class.name),
                    ));
                }
                other => other?,
            }
        }
        Ok(Value::None)
    }),
    ("expire", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        let Some(inst) = mapped_instance(rest.positional.first()) else {
            return Err(unmapped(i, rest.positional.first().unwrap_or(&Value::None)));
        };
        if !s.holds(inst) {
            return Err(orm.error(
                i,
                SaExc::InvalidRequestError,
                format!("Instance '<{} at 0x7f...>' is not persistent within this Session", inst.class.name),
            ));
        }
        let keys: Option<Vec<String>> = match rest.positional.get(1) {
            Some(v) => Some(i.collect(v)?.iter().filter_map(as_str).collect()),
            None => None,
        };
        orm.expire_cascade(&s, inst, keys.as_deref());
        orm.fire_expired(i)?;
        Ok(Value::None)
    }),
    // is_modified(obj): changed column values or relationship changes not yet flushed.
    ("is_modified", |i, a| {
        let (_, _, rest) = session_receiver(i, a)?;
        let Some(inst) = mapped_instance(rest.positional.first()) else {
            return Err(unmapped(i, rest.positional.first().unwrap_or(&Value::None)));
        };
        let orm = orm(i)?;
        let columns = orm.has_changed_columns(i, inst)?;
        // `include_collections=False` leaves collections out: only scalar relationships count.
        let collections = match rest.keywords.iter().find(|(k, _)| &**k == "include_collections") {
            Some((_, v)) => i.truthy(v)?,
            None => rest.positional.get(1).map_or(Ok(true), |v| i.truthy(v))?,
        };
        let info = crate::orm::declarative::mapped(&inst.class);
        let is_collection =
            |key: &str| info.as_ref().and_then(|info| orm.resolved(info, key)).is_none_or(|r| r.uselist);
        let relations = crate::orm::state::existing_state(inst)
            .is_some_and(|st| st.borrow().history.keys().any(|k| collections || !is_collection(k)));
        Ok(Value::Bool(columns || relations))
    }),
    ("expire_all", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        for inst in s.identity.borrow().values() {
            orm.expire_instance(inst, None);
        }
        orm.fire_expired(i)?;
        Ok(Value::None)
    }),
    ("expunge", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let Some(inst) = mapped_instance(rest.positional.first()) else {
            return Err(unmapped(i, rest.positional.first().unwrap_or(&Value::None)));
        };
        if crate::orm::declarative::mapped(&inst.class).is_none() {
            return Err(unmapped(i, &Value::Instance(inst.clone())));
        }
        if !s.contains(inst) {
            let shown = format!("<{} at {}>", inst.class.name, crate::orm::core::fake_address(inst.id));
            let message = format!("Instance {shown} is not present in this Session");
            return Err(orm(i)?.error(i, SaExc::InvalidRequestError, message));
        }
        let orm = orm(i)?;
        orm.expunge_cascade(&s, inst);
        orm.fire_transitions(i)?;
        Ok(Value::None)
    }),
    ("expunge_all", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        for inst in s.all_objects() {
            orm.expunge(&s, &inst);
        }
        orm.fire_transitions(i)?;
        Ok(Value::None)
    }),
    ("merge", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        let Some(inst) = mapped_instance(rest.positional.first()) else {
            return Err(unmapped(i, rest.positional.first().unwrap_or(&Value::None)));
        };
        let load = match crate::orm::native::arg(&rest, 1, "load") {
            Some(v) => i.truthy(&v)?,
            None => true,
        };
        orm.merge(i, &s, inst, load)
    }),
    ("begin", |i, a| {
        let (s, this, _) = session_receiver(i, a)?;
        orm(i)?.explicit_begin(i, &s)?;
        begin_block(i, this, false)
    }),
    ("begin_nested", |i, a| {
        let (s, this, _) = session_receiver(i, a)?;
        orm(i)?.begin_nested(i, &s, this)
    }),
    ("in_nested_transaction", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        Ok(Value::Bool(s.nested.borrow().iter().any(|n| n.is_active())))
    }),
    ("__enter__", |i, a| {
        let (_, this, _) = session_receiver(i, a)?;
        Ok(this)
    }),
    ("__exit__", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.close(&s);
        orm.fire_transitions(i)?;
        Ok(Value::Bool(false))
    }),
    ("__contains__", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        Ok(Value::Bool(matches!(rest.positional.first(), Some(Value::Instance(inst)) if s.contains(inst))))
    }),
    // The root transaction (a `SessionTransaction`, usable as a context manager), or None.
    ("get_transaction", |i, a| {
        let (s, this, _) = session_receiver(i, a)?;
        if !(s.begun.get() || s.in_transaction.get()) {
            return Ok(Value::None);
        }
        begin_block(i, this, false)
    }),
    // The innermost `begin_nested()` transaction still open, or None.
    ("get_nested_transaction", |i, a| {
        let (s, this, _) = session_receiver(i, a)?;
        let depth = s.nested.borrow().len();
        if depth == 0 {
            return Ok(Value::None);
        }
        Ok(crate::orm::session::nested::nested_handle(i, this, depth))
    }),
    ("in_transaction", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        // The session-level transaction (SQLAlchemy's `_transaction is not None`), autobegun by `add()`.
        Ok(Value::Bool(s.begun.get() || s.in_transaction.get()))
    }),
];

/// `get(..., populate_existing=True)` or `execution_options={"populate_existing": True}`.
fn populate_existing(interp: &mut Interp, args: &Args) -> PyResult<bool> {
    if let Some(v) = crate::orm::native::kwarg(args, "populate_existing") {
        return interp.truthy(&v);
    }
    match crate::orm::native::kwarg(args, "execution_options") {
        Some(o @ Value::Dict(_)) => match interp.get_item(&o, &Value::str("populate_existing")) {
            Ok(v) => interp.truthy(&v),
            Err(_) => Ok(false),
        },
        _ => Ok(false),
    }
}

fn session_receiver(interp: &Interp, args: Args) -> PyResult<(Rc<SessionData>, Value, Args)> {
    let mut positional = args.positional.into_iter();
    let this = positional.next().unwrap_or(Value::None);
    let rest = Args { positional: positional.collect(), keywords: args.keywords };
    match session_of(&this) {
        Some(s) => Ok((s, this, rest)),
        None => Err(interp.type_error("descriptor requires a 'Session' object")),
    }
}

/// The argument as an instance of a mapped class.
fn mapped_instance(v: Option<&Value>) -> Option<&Rc<crate::eval::value::Instance>> {
    match v {
        Some(Value::Instance(inst)) if crate::orm::declarative::mapped(&inst.class).is_some() => Some(inst),
        _ => None,
    }
}

/// SQLAlchemy's `UnmappedInstanceError`: the value's class by module and name (`builtins.str`),
/// and for a class given where an instance was wanted, that hint.
fn unmapped(interp: &Interp, v: &Value) -> Box<crate::eval::Exc> {
    let message = match v {
        Value::Instance(i) => format!("Class '__main__.{}' is not mapped", i.class.name),
        Value::Class(c) => {
            // A mapped class's type is its declarative metaclass.
            let meta = if c.mro_tail.iter().any(|b| &*b.name == "DeclarativeBase") {
                "sqlalchemy.orm.decl_api.DeclarativeAttributeIntercept"
            } else if crate::orm::declarative::mapped(c).is_some() {
                "sqlalchemy.orm.decl_api.DeclarativeMeta"
            } else {
                "builtins.type"
            };
            format!(
                "Class '{meta}' is not mapped; was a class (__main__.{}) supplied where an instance was required?",
                c.name
            )
        }
        other => format!("Class 'builtins.{}' is not mapped", other.type_name()),
    };
    match interp.extension::<Orm>() {
        Some(orm) => orm.error(interp, SaExc::UnmappedInstanceError, message),
        None => interp.type_error(message),
    }
}

pub fn session_bind(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (session, _, _) = session_receiver(interp, args)?;
    Ok(session.bind.clone().unwrap_or(Value::None))
}

/// `session.execute(statement, params=None, execution_options=None)` / `session.scalars(...)`.
fn execute(interp: &mut Interp, session: &Rc<SessionData>, args: &Args, scalars: bool) -> PyResult<Value> {
    let stmt = &crate::orm::native::arg(args, 0, "statement").unwrap_or(Value::None);
    // `coercions.expect(StatementRole, ...)`: a plain string or value is no statement.
    let plain = matches!(
        stmt,
        Value::None
            | Value::Int(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
    );
    if plain || matches!(stmt, Value::Str(_)) {
        let message = match stmt {
            Value::Str(s) => {
                // `util.ellipses_string`: the first 25 characters and `...`.
                let cut: String = s.chars().take(25).collect();
                let cut = if s.chars().count() > 25 { format!("{cut}...") } else { cut };
                let shown = interp.repr(&Value::str(&cut))?;
                format!("Textual SQL expression {shown} should be explicitly declared as text({shown})")
            }
            _ => format!("Executable SQL or text() construct expected, got {}.", interp.repr(stmt)?),
        };
        return Err(orm(interp)?.error(interp, SaExc::ArgumentError, message));
    }
    let stmt = &crate::orm::core::orm_query::query_select(stmt).unwrap_or_else(|| stmt.clone());
    if let Value::Str(s) = stmt {
        let message = crate::orm::core::convert::textual_sql_message(interp, s)?;
        return Err(orm(interp)?.error(interp, SaExc::ArgumentError, message));
    }
    let params = crate::orm::native::arg(args, 1, "params");
    let params = params.as_ref().filter(|p| !matches!(p, Value::None));
    let options = crate::orm::native::kwarg(args, "execution_options");
    let options = options.as_ref();
    let fired = crate::orm::core::orm_execute_state::fire(
        interp,
        session,
        stmt,
        params,
        options,
        crate::orm::core::orm_execute_state::LoadKind::Statement,
    )?;
    let stmt = fired.as_ref().unwrap_or(stmt);
    if let Some(dml) = state::<crate::orm::core::dml_obj::DmlObj>(stmt)
        && let Some(info) = dml.orm.clone()
    {
        return crate::orm::core::orm_dml::execute(interp, session, &dml, &info, params, options, scalars);
    }
    // `execution_options={"populate_existing": True}` travels with the statement.
    let populating = options.map(|o| interp.get_item(o, &Value::str("populate_existing"))).and_then(Result::ok);
    let with_options;
    let stmt = match populating {
        Some(v) if interp.truthy(&v)? => {
            let method = interp.get_attr(stmt, "execution_options")?;
            let kw = vec![(crate::ir::Name::from("populate_existing"), Value::Bool(true))];
            with_options = interp.call(&method, Args { positional: Vec::new(), keywords: kw })?;
            &with_options
        }
        _ => stmt,
    };
    if let Some(result) = crate::orm::core::orm_execute::execute_orm_select(interp, session, stmt, params, scalars)? {
        return Ok(result);
    }
    let orm = orm(interp)?;
    // A Core `select()` (no mapped entities) runs as Core, compiled by SQLAlchemy's SQLite compiler;
    // only a legacy `Query` state runs through the ORM's query runner.
    let Some(q) = state::<crate::orm::query::QueryData>(stmt) else {
        // Core statements and text(): run on the session's connection, inside its transaction.
        orm.check_pending_rollback(interp, session)?;
        orm.check_autobegin(interp, session)?;
        if session.autoflush.get() {
            orm.flush(interp, session)?;
        }
        orm.autobegin(interp, session)?;
        let result = orm.execute_statement(interp, &session.engine, &session.txn, stmt, params)?;
        return if scalars { interp.call_method(&result, "scalars", Vec::new()) } else { Ok(result) };
    };
    let mut q = (*q).clone();
    q.session = Some(session.clone());
    let rows = orm.run_query(interp, &q)?;
    let names = q
        .entities
        .iter()
        .map(|e| match e {
            crate::orm::query::Entity::Mapper { class, .. } => class.name.to_string(),
            crate::orm::query::Entity::Expr(e) => e.result_name(),
        })
        .collect();
    Ok(result_value(interp, names, rows, scalars))
}
