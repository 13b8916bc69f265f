//! The context managers a session hands out: `with session.begin():` (commit on success, roll back on
//! an exception) and `with session.no_autoflush:`.

use super::*;

/// A context manager for a session transaction: commits on success, rolls back on an exception.
pub struct BeginBlock {
    pub session: Value,
    pub close_after: bool,
}

/// The root `SessionTransaction` of `session.begin()` / `get_transaction()` (the same object while
/// the transaction lasts, so `session.begin() is session.get_transaction()`), or the context manager
/// of `sessionmaker.begin()` (`close_after`: a new session, closed at the end).
pub fn begin_block(interp: &mut Interp, session: Value, close_after: bool) -> PyResult<Value> {
    let data = session_of(&session);
    if !close_after && let Some(existing) = data.as_ref().and_then(|s| s.root_txn.borrow().clone()) {
        return Ok(existing);
    }
    let class = native_class(
        interp,
        "SessionTransaction",
        "sqlalchemy.orm",
        &[
            // `with session.begin() as trans:` gives the transaction; `with sessionmaker.begin() as
            // session:` the session.
            ("__enter__", |i, a| {
                let (b, this, _) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
                Ok(if b.close_after { b.session.clone() } else { this })
            }),
            ("__exit__", |i, a| {
                let (b, _, rest) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
                let orm = orm(i)?;
                let Some(s) = session_of(&b.session) else { return Ok(Value::Bool(false)) };
                let failed = !matches!(rest.positional.first(), None | Some(Value::None));
                let mut result = if failed { orm.rollback_with_events(i, &s) } else { orm.commit(i, &s) };
                // A commit that fails (IntegrityError at its flush) rolls the block's transaction back.
                if let Err(e) = result {
                    result = orm.rollback_with_events(i, &s).and(Err(e));
                }
                if b.close_after {
                    orm.close(&s);
                }
                result?;
                orm.fire_transitions(i)?;
                Ok(Value::Bool(false))
            }),
            // `trans.commit()` / `trans.rollback()` / `trans.close()` end the session's transaction.
            ("commit", |i, a| {
                let (b, _, _) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
                let Some(s) = session_of(&b.session) else { return Ok(Value::None) };
                let orm = orm(i)?;
                orm.commit(i, &s)?;
                orm.fire_transitions(i)?;
                Ok(Value::None)
            }),
            ("rollback", |i, a| {
                let (b, _, _) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
                let Some(s) = session_of(&b.session) else { return Ok(Value::None) };
                orm(i)?.rollback_with_events(i, &s)?;
                Ok(Value::None)
            }),
            ("close", |i, a| {
                let (b, _, _) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
                let Some(s) = session_of(&b.session) else { return Ok(Value::None) };
                orm(i)?.rollback_with_events(i, &s)?;
                Ok(Value::None)
            }),
        ],
    );
    // The root transaction's introspection: open while the session's transaction is, never nested,
    // without a parent.
    crate::orm::native::native_property(&class, "is_active", |i, a| {
        let (b, this, _) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
        let current = |s: &SessionData| s.root_txn.borrow().as_ref().is_none_or(|t| t.is(&this));
        Ok(Value::Bool(
            session_of(&b.session).is_some_and(|s| (s.begun.get() || s.in_transaction.get()) && current(&s)),
        ))
    });
    crate::orm::native::native_property(&class, "nested", |_, _| Ok(Value::Bool(false)));
    crate::orm::native::native_property(&class, "parent", |_, _| Ok(Value::None));
    crate::orm::native::native_property(&class, "session", |i, a| {
        let (b, _, _) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
        Ok(b.session.clone())
    });
    let value = wrap(interp, &class, BeginBlock { session, close_after });
    if !close_after && let Some(s) = data {
        *s.root_txn.borrow_mut() = Some(value.clone());
    }
    Ok(value)
}

/// `with session.no_autoflush:` turns autoflush off inside the block.
pub fn session_no_autoflush(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _, _) = session_receiver(interp, args)?;
    let class = native_class(
        interp,
        "NoAutoflush",
        "sqlalchemy.orm",
        &[
            ("__enter__", |i, a| {
                let (s, _, _) = receiver::<SessionData>(i, a, "NoAutoflush")?;
                s.autoflush.set(false);
                Ok(Value::None)
            }),
            ("__exit__", |i, a| {
                let (s, _, _) = receiver::<SessionData>(i, a, "NoAutoflush")?;
                s.autoflush.set(true);
                Ok(Value::Bool(false))
            }),
        ],
    );
    Ok(crate::orm::native::wrap_rc(interp, &class, s))
}
