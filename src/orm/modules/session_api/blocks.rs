//! The context managers a session hands out: `with session.begin():` (commit on success, roll back on
//! an exception) and `with session.no_autoflush:`.

use super::*;

/// A context manager for a session transaction: commits on success, rolls back on an exception.
pub struct BeginBlock {
    pub session: Value,
    pub close_after: bool,
}

pub fn begin_block(interp: &mut Interp, session: Value, close_after: bool) -> PyResult<Value> {
    let class = native_class(
        interp,
        "SessionTransaction",
        "sqlalchemy.orm",
        &[
            ("__enter__", |i, a| {
                let (b, _, _) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
                Ok(b.session.clone())
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
        ],
    );
    // The root transaction's introspection: open while the session's transaction is, never nested,
    // without a parent.
    crate::orm::native::native_property(&class, "is_active", |i, a| {
        let (b, _, _) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
        Ok(Value::Bool(session_of(&b.session).is_some_and(|s| s.begun.get() || s.in_transaction.get())))
    });
    crate::orm::native::native_property(&class, "nested", |_, _| Ok(Value::Bool(false)));
    crate::orm::native::native_property(&class, "parent", |_, _| Ok(Value::None));
    Ok(wrap(interp, &class, BeginBlock { session, close_after }))
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
