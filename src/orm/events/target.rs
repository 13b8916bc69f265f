//! What a listener listens to: the targets SQLAlchemy's event system tells apart (a mapped class, the
//! `Mapper` class, a class attribute, sessions, engines), the event names each kind of target has,
//! and whether a registered target reaches a given instance.

use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::engine::{Engine, engine_of};
use crate::orm::expr::{ExprObj, RelAttr};
use crate::orm::native::{kwarg, state};
use crate::orm::session::SessionData;
use crate::orm::{SaExc, orm};
use std::rc::Rc;

/// What a listener listens to.
pub(super) enum Target {
    /// A class's mapper events; subclasses too when `propagate` is set.
    Class { class: Rc<Class>, propagate: bool },
    /// Every mapper (`event.listen(Mapper, ...)`).
    AnyMapper,
    /// One attribute of a class (and of its subclasses when `propagate`). `early`: listened to before
    /// the mappers were configured, which is when SQLAlchemy installs `@validates` methods as
    /// listeners of their own, so these run before the validator and later ones after it.
    Attribute { class: Rc<Class>, key: String, propagate: bool, early: bool },
    /// One session (by id), or every session.
    Session(Option<u64>),
    /// One engine, or every engine.
    Engine(Option<Rc<Engine>>),
}

const MAPPER_EVENTS: &[&str] = &[
    "init",
    "init_failure",
    "load",
    "refresh",
    "refresh_flush",
    "expire",
    "before_insert",
    "after_insert",
    "before_update",
    "after_update",
    "before_delete",
    "after_delete",
    "mapper_configured",
    "before_mapper_configured",
    "before_configured",
    "after_configured",
    "instrument_class",
    "first_init",
    "pickle",
    "unpickle",
];
const ATTRIBUTE_EVENTS: &[&str] = &[
    "set",
    "append",
    "append_wo_mutation",
    "remove",
    "bulk_replace",
    "init_scalar",
    "init_collection",
    "dispose_collection",
    "modified",
];
const SESSION_EVENTS: &[&str] = &[
    "before_flush",
    "after_flush",
    "after_flush_postexec",
    "before_commit",
    "after_commit",
    "after_rollback",
    "after_soft_rollback",
    "after_begin",
    "after_transaction_create",
    "after_transaction_end",
    "before_attach",
    "after_attach",
    "after_bulk_update",
    "after_bulk_delete",
    "do_orm_execute",
    "transient_to_pending",
    "pending_to_transient",
    "pending_to_persistent",
    "persistent_to_transient",
    "persistent_to_deleted",
    "persistent_to_detached",
    "deleted_to_detached",
    "deleted_to_persistent",
    "detached_to_persistent",
    "loaded_as_persistent",
];
const ENGINE_EVENTS: &[&str] = &[
    "connect",
    "first_connect",
    "checkout",
    "checkin",
    "close",
    "reset",
    "invalidate",
    "engine_connect",
    "engine_disposed",
    "before_execute",
    "after_execute",
    "before_cursor_execute",
    "after_cursor_execute",
    "begin",
    "commit",
    "rollback",
    "savepoint",
    "handle_error",
];

/// Whether `class`'s mappers are configured already.
pub(super) fn configured(class: &Rc<Class>) -> bool {
    crate::orm::declarative::mapped(class).is_some_and(|m| m.registry.borrow().configured)
}

/// Which kind of target `value` is, checked against the event name.
pub(super) fn classify(interp: &mut Interp, value: &Value, name: &str, args: &Args) -> PyResult<Target> {
    let propagate = match kwarg(args, "propagate") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let target = if let Some(expr) = state::<ExprObj>(value)
        && let Some((class, key)) = &expr.attribute
    {
        let early = !configured(class);
        Some((Target::Attribute { class: class.clone(), key: key.clone(), propagate, early }, ATTRIBUTE_EVENTS))
    } else if let Some(rel) = state::<RelAttr>(value) {
        let early = !configured(&rel.class);
        Some((Target::Attribute { class: rel.class.clone(), key: rel.key.clone(), propagate, early }, ATTRIBUTE_EVENTS))
    } else if let Some(session) = state::<SessionData>(value) {
        Some((Target::Session(Some(session.id)), SESSION_EVENTS))
    } else if let Some(engine) = engine_of(value) {
        Some((Target::Engine(Some(engine)), ENGINE_EVENTS))
    } else {
        match value {
            Value::Class(c) if is_named(c, "Engine", "sqlalchemy.engine") => {
                Some((Target::Engine(None), ENGINE_EVENTS))
            }
            Value::Class(c) if is_named(c, "Mapper", "sqlalchemy.orm") => Some((Target::AnyMapper, MAPPER_EVENTS)),
            Value::Class(c)
                if is_named(c, "Session", "sqlalchemy.orm") || is_named(c, "sessionmaker", "sqlalchemy.orm") =>
            {
                Some((Target::Session(None), SESSION_EVENTS))
            }
            Value::Builtin(b) if &*b.name == "Session" => Some((Target::Session(None), SESSION_EVENTS)),
            Value::Instance(i) if is_named(&i.class, "sessionmaker", "sqlalchemy.orm") => {
                Some((Target::Session(None), SESSION_EVENTS))
            }
            Value::Class(c) if c.hooks().is_some() || c.module.as_ref() != "sqlalchemy.orm" => {
                Some((Target::Class { class: c.clone(), propagate }, MAPPER_EVENTS))
            }
            _ => None,
        }
    };
    match target {
        Some((target, names)) if names.contains(&name) => Ok(target),
        _ => {
            let shown = interp.repr(value)?;
            let orm = orm(interp)?;
            Err(orm.error(interp, SaExc::InvalidRequestError, format!("No such event '{name}' for target '{shown}'")))
        }
    }
}

pub(super) fn is_named(class: &Class, name: &str, module_prefix: &str) -> bool {
    &*class.name == name && class.module.starts_with(module_prefix)
}

pub(super) fn same_target(a: &Target, b: &Target) -> bool {
    match (a, b) {
        (Target::Class { class: x, .. }, Target::Class { class: y, .. }) => Rc::ptr_eq(x, y),
        (Target::AnyMapper, Target::AnyMapper) => true,
        (Target::Attribute { class: x, key: k, .. }, Target::Attribute { class: y, key: l, .. }) => {
            Rc::ptr_eq(x, y) && k == l
        }
        (Target::Session(x), Target::Session(y)) => x == y,
        (Target::Engine(x), Target::Engine(y)) => match (x, y) {
            (Some(x), Some(y)) => Rc::ptr_eq(x, y),
            (None, None) => true,
            _ => false,
        },
        _ => false,
    }
}

/// Whether a class-keyed target reaches instances of `class`.
pub(super) fn reaches(target: &Rc<Class>, propagate: bool, class: &Rc<Class>) -> bool {
    Rc::ptr_eq(target, class)
        || ((propagate || crate::orm::declarative::mapped(target).is_none()) && class.is_subclass_of(target))
}
