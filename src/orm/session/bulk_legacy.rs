//! The legacy bulk methods of `Session` (SQLAlchemy 1.x, still in 2.x): `bulk_insert_mappings`,
//! `bulk_update_mappings` and `bulk_save_objects`. As in SQLAlchemy 2.x they are the ORM-enabled
//! bulk INSERT / UPDATE-by-primary-key (`session.execute(insert(User), [...])`): one statement per
//! run of mappings with the same keys, Python-side defaults applied, and the objects given to
//! `bulk_save_objects` are not attached to the session (their keys stay unset).

use crate::eval::dict::Dict;
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::declarative::mapped;
use crate::orm::state::existing_state;
use std::cell::RefCell;
use std::rc::Rc;

pub const BULK_METHODS: [(&str, crate::orm::native::Method); 3] = [
    ("bulk_insert_mappings", |i, a| bulk_mappings(i, a, "insert")),
    ("bulk_update_mappings", |i, a| bulk_mappings(i, a, "update")),
    ("bulk_save_objects", bulk_save_objects),
];

/// `session.bulk_insert_mappings(User, [{...}, ...])` / `bulk_update_mappings`.
fn bulk_mappings(interp: &mut Interp, args: Args, kind: &str) -> PyResult<Value> {
    let mut positional = args.positional.into_iter();
    let (Some(session), Some(mapper), Some(mappings)) = (positional.next(), positional.next(), positional.next())
    else {
        return Err(
            interp.type_error(format!("bulk_{kind}_mappings() missing required arguments: 'mapper' and 'mappings'"))
        );
    };
    let mappings = interp.collect(&mappings)?;
    execute_groups(interp, &session, &mapper, kind, mappings)?;
    Ok(Value::None)
}

/// Runs `session.execute(insert(mapper) / update(mapper), group)` for each run of mappings with the
/// same keys.
fn execute_groups(
    interp: &mut Interp,
    session: &Value,
    mapper: &Value,
    kind: &str,
    mappings: Vec<Value>,
) -> PyResult<()> {
    let sqlalchemy = interp.import_module("sqlalchemy")?;
    let builder = interp.get_attr(&sqlalchemy, kind)?;
    let mut groups: Vec<(Vec<String>, Vec<Value>)> = Vec::new();
    for m in mappings {
        let keys = match &m {
            Value::Dict(d) => d.borrow().keys().iter().map(|k| interp.repr(k)).collect::<PyResult<Vec<_>>>()?,
            other => return Err(interp.type_error(format!("mappings must be dictionaries, not {}", other.type_name()))),
        };
        match groups.last_mut() {
            Some((last, items)) if *last == keys => items.push(m),
            _ => groups.push((keys, vec![m])),
        }
    }
    for (_, items) in groups {
        let stmt = interp.call(&builder, Args::positional(vec![mapper.clone()]))?;
        interp.call_method(session, "execute", vec![stmt, Value::list(items)])?;
    }
    Ok(())
}

/// `session.bulk_save_objects(objects)`: new objects INSERTed from their attributes, persistent ones
/// UPDATEd by primary key with their changed attributes; none of them joins the session.
fn bulk_save_objects(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut positional = args.positional.into_iter();
    let (Some(session), Some(objects)) = (positional.next(), positional.next()) else {
        return Err(interp.type_error("bulk_save_objects() missing 1 required positional argument: 'objects'"));
    };
    let orm = crate::orm::orm(interp)?;
    // Consecutive objects of one class and one kind (insert / update) go together, as SQLAlchemy
    // groups them by mapper and by whether they have an identity.
    let mut runs: Vec<(Value, &str, Vec<Value>)> = Vec::new();
    for obj in interp.collect(&objects)? {
        let Value::Instance(inst) = &obj else {
            return Err(interp.type_error(format!("Class '{}' is not mapped", obj.type_name())));
        };
        let Some(info) = mapped(&inst.class) else {
            return Err(interp.type_error(format!("Class '__main__.{}' is not mapped", inst.class.name)));
        };
        let columns = info.registry.borrow().table_of(info.mapper).map(|t| t.columns.clone()).unwrap_or_default();
        let persistent = existing_state(inst).is_some_and(|s| s.borrow().identity.is_some());
        let chosen: Vec<_> = if persistent {
            let changed = orm.changed_columns(interp, inst)?;
            columns.into_iter().filter(|c| c.primary_key || changed.iter().any(|d| d.key == c.key)).collect()
        } else {
            columns.into_iter().filter(|c| inst.dict.borrow().contains_key(c.key.as_str())).collect()
        };
        let mapping = attributes(interp, inst, chosen.iter().map(|c| c.key.as_str()))?;
        let class = Value::Class(inst.class.clone());
        let kind = if persistent { "update" } else { "insert" };
        match runs.last_mut() {
            Some((c, k, items)) if c.is(&class) && *k == kind => items.push(mapping),
            _ => runs.push((class, kind, vec![mapping])),
        }
    }
    for (class, kind, items) in runs {
        execute_groups(interp, &session, &class, kind, items)?;
    }
    Ok(Value::None)
}

/// `{key: obj.key, ...}` for the given attribute keys.
fn attributes<'a>(interp: &mut Interp, inst: &Rc<Instance>, keys: impl Iterator<Item = &'a str>) -> PyResult<Value> {
    let mut dict = Dict::default();
    for key in keys {
        let value = inst.dict.borrow().get(key).cloned().unwrap_or(Value::None);
        let k = Value::str(key);
        let hash = interp.key_of(&k)?;
        dict.insert(hash, k, value);
    }
    Ok(Value::Dict(Rc::new(RefCell::new(dict))))
}
