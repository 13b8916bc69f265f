//! `Session` as a class programs build on: `class AppSession(Session)` with its own methods,
//! `sessionmaker(class_=AppSession)` (which instantiates the class with its keyword arguments, as
//! SQLAlchemy's `sessionmaker.__call__` does: `self.class_(**local_kw)`), `Factory.kw` /
//! `Factory.class_`, and `query_cls=` (the class of `session.query()` objects).
//!
//! A session's state is made by `Session.__init__`, so a subclass's `__init__` calling
//! `super().__init__(...)` creates it where Python would.

use super::{SessionConfig, config_from, session_class};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::orm::native::{native_property, receiver};
use std::cell::RefCell;
use std::rc::Rc;

/// Records a constructor's arguments: `class_=` / `query_cls=` in their slots, everything else (and
/// a positional bind) as the keyword arguments a sessionmaker passes on.
pub(super) fn record_kw(config: &mut SessionConfig, args: &Args) {
    let mut given: Vec<(Name, Value)> = Vec::new();
    if let Some(bind) = args.positional.first() {
        given.push((Name::from("bind"), bind.clone()));
    }
    for (k, v) in &args.keywords {
        match k.as_ref() {
            "class_" => {
                config.class_ = Some(v.clone());
                continue;
            }
            "query_cls" => config.query_cls = Some(v.clone()).filter(|v| !matches!(v, Value::None)),
            _ => {}
        }
        given.push((k.clone(), v.clone()));
    }
    for (k, v) in given {
        config.kw.retain(|(name, _)| *name != k);
        config.kw.push((k, v));
    }
}

/// `Session.__init__(self, bind=None, **kw)`: gives the object its session state.
pub(super) fn session_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut positional = args.positional.into_iter();
    let Some(Value::Instance(inst)) = positional.next() else {
        return Err(interp.type_error("descriptor '__init__' requires a 'Session' object"));
    };
    let rest = Args { positional: positional.collect(), keywords: args.keywords };
    let config = config_from(interp, &rest, None)?;
    let orm = crate::orm::orm(interp)?;
    let data = orm.session_data(interp, config)?;
    let id = data.id;
    *inst.native.borrow_mut() = Some(data);
    orm.session_objects.borrow_mut().insert(id, Rc::downgrade(&inst));
    Ok(Value::None)
}

/// `Factory(**kw)` with `class_=`: the class called with the maker's keywords updated by the call's.
pub(super) fn instantiate(interp: &mut Interp, class: &Value, base: &SessionConfig, call: Args) -> PyResult<Value> {
    let mut keywords = base.kw.clone();
    for (k, v) in call.keywords {
        // `sessionmaker.__call__` merges the factory's `info` with the call's into a new dict.
        let v = match keywords.iter().find(|(name, _)| *name == k) {
            Some((_, base_info)) if &*k == "info" => {
                let merged = interp.call_method(base_info, "copy", Vec::new())?;
                interp.call_method(&merged, "update", vec![v])?;
                merged
            }
            _ => v,
        };
        keywords.retain(|(name, _)| *name != k);
        keywords.push((k, v));
    }
    interp.call(class, Args { positional: call.positional, keywords })
}

/// `Factory.kw` and `Factory.class_`.
pub(super) fn maker_properties(class: &Rc<crate::eval::value::Class>) {
    native_property(class, "kw", |interp, args| {
        let (config, _, _) = receiver::<RefCell<SessionConfig>>(interp, args, "sessionmaker")?;
        let mut dict = crate::eval::dict::Dict::new();
        for (k, v) in &config.borrow().kw {
            let key: Rc<str> = Rc::from(k.as_ref());
            dict.insert(crate::eval::dict::Key::Str(key.clone()), Value::Str(key), v.clone());
        }
        Ok(Value::Dict(Rc::new(RefCell::new(dict))))
    });
    native_property(class, "class_", |interp, args| {
        let (config, _, _) = receiver::<RefCell<SessionConfig>>(interp, args, "sessionmaker")?;
        let class = config.borrow().class_.clone();
        Ok(class.unwrap_or_else(|| Value::Class(session_class(interp))))
    });
}

/// `sessionmaker(...)`'s own keywords join `kw` after the others, as its signature puts them there:
/// `bind` (None when not given), `autoflush`, `expire_on_commit`, and `info` when given.
pub(super) fn maker_defaults(mut config: SessionConfig) -> SessionConfig {
    let take = |config: &mut SessionConfig, name: &str| {
        let at = config.kw.iter().position(|(k, _)| k.as_ref() == name)?;
        Some(config.kw.remove(at).1)
    };
    let bind = take(&mut config, "bind").unwrap_or(Value::None);
    take(&mut config, "autoflush");
    take(&mut config, "expire_on_commit");
    let info = take(&mut config, "info");
    config.kw.push((Name::from("bind"), bind));
    config.kw.push((Name::from("autoflush"), Value::Bool(config.autoflush)));
    config.kw.push((Name::from("expire_on_commit"), Value::Bool(config.expire_on_commit)));
    if let Some(info) = info {
        config.kw.push((Name::from("info"), info));
    }
    config
}
