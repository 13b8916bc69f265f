//! Collections that are never loaded: `lazy="write_only"` (`WriteOnlyMapped`, a
//! `WriteOnlyCollection`) and `lazy="dynamic"` (`DynamicMapped`, an `AppenderQuery`).
//!
//! Reading such a relationship gives a writer object bound to the instance (the Python classes are in
//! `py/writeonly.py`, as SQLAlchemy writes them); its `add`/`append`/`remove` go straight into the
//! relationship's history (SQLAlchemy's `WriteOnlyHistory`), which the flush already turns into
//! foreign-key updates and association rows, and a backref to such a collection only records there.
//! Nothing is ever kept in the instance's dict. The native helpers below (`_ormplay_writer`) give the
//! Python side the relationship's shape — the criterion `? = child.parent_id` as SQLAlchemy's
//! `with_parent` writes it, the association table, `order_by` — and the pending items.

use super::Orm;
use super::declarative::mapped;
use super::mapper::{Direction, MappedClass};
use super::state::{existing_state, known_column_value};
use crate::eval::value::{Instance, Module, Value};
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;

/// Which writer a relationship's loader strategy gives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WriterKind {
    WriteOnly,
    Dynamic,
}

impl WriterKind {
    pub fn of_lazy(lazy: &str) -> Option<WriterKind> {
        match lazy {
            "write_only" => Some(WriterKind::WriteOnly),
            "dynamic" => Some(WriterKind::Dynamic),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            WriterKind::WriteOnly => "write_only",
            WriterKind::Dynamic => "dynamic",
        }
    }
}

/// The writer kind of relationship `key` of a mapped class, if it has one.
pub fn writer_kind(info: &MappedClass, key: &str) -> Option<WriterKind> {
    let reg = info.registry.borrow();
    let rel = reg.mappers.get(info.mapper)?.relationship(key)?;
    let lazy = rel.spec.borrow().lazy.clone()?;
    WriterKind::of_lazy(&lazy)
}

impl Orm {
    /// `obj.rel` for a write-only or dynamic relationship: a new writer object (`_collection` of the
    /// Python module).
    pub fn writer_value(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        key: &str,
        kind: WriterKind,
    ) -> PyResult<Value> {
        let make = shim(interp, "_collection")?;
        let args = vec![Value::str(kind.name()), Value::Instance(inst.clone()), Value::str(key)];
        interp.call(&make, Args { positional: args, keywords: Vec::new() })
    }

    /// `obj.rel = [...]` for a writer relationship (`_replace` of the Python module).
    pub fn writer_replace(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        key: &str,
        kind: WriterKind,
        value: Value,
    ) -> PyResult<()> {
        let replace = shim(interp, "_replace")?;
        let args = vec![Value::str(kind.name()), Value::Instance(inst.clone()), Value::str(key), value];
        interp.call(&replace, Args { positional: args, keywords: Vec::new() }).map(|_| ())
    }

    /// The items added to a writer relationship since the last flush.
    pub fn writer_pending(&self, inst: &Rc<Instance>, key: &str) -> Vec<Value> {
        existing_state(inst).and_then(|s| s.borrow().history.get(key).map(|h| h.added.to_vec())).unwrap_or_default()
    }
}

fn shim(interp: &mut Interp, name: &str) -> PyResult<Value> {
    let m = interp.source_submodule("sqlalchemy.orm.writeonly")?;
    m.get(name)
        .ok_or_else(|| interp.error(crate::eval::ExcType::ImportError, format!("ormplay's writer has no {name}")))
}

/// `_ormplay_writer`: the native side of `sqlalchemy.orm.writeonly`.
pub fn module(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("_ormplay_writer"));
    m.set("append", Interp::builtin("append", |i, a| change(i, a, true)));
    m.set("remove", Interp::builtin("remove", |i, a| change(i, a, false)));
    m.set("pending", Interp::builtin("pending", pending));
    m.set("session", Interp::builtin("session", session));
    m.set("shape", Interp::builtin("shape", shape));
    let _ = interp;
    Ok(m)
}

fn owner_and_key(interp: &mut Interp, args: &Args) -> PyResult<(Rc<Instance>, Rc<MappedClass>, String)> {
    let owner = args.positional.first().cloned().unwrap_or(Value::None);
    let key = args.positional.get(1).and_then(super::native::as_str).unwrap_or_default();
    match &owner {
        Value::Instance(inst) if let Some(info) = mapped(&inst.class) => Ok((inst.clone(), info, key)),
        _ => Err(interp.type_error("a mapped instance is required")),
    }
}

/// `append(owner, key, item)` / `remove(owner, key, item)`: validators and listeners, then the history
/// and the reverse side, as a collection append does.
fn change(interp: &mut Interp, args: Args, add: bool) -> PyResult<Value> {
    let (owner, info, key) = owner_and_key(interp, &args)?;
    let item = args.positional.get(2).cloned().unwrap_or(Value::None);
    let orm = super::orm(interp)?;
    orm.configure(interp, &info.registry)?;
    if add {
        let item = orm.fire_attribute(interp, "append", &owner, &key, item, None, None)?;
        if let Some(resolved) = orm.resolved(&info, &key) {
            orm.check_item_target(interp, &resolved, &item, &key)?;
        }
        orm.on_append(interp, &owner, &key, &item, false)?;
    } else {
        orm.fire_attribute(interp, "remove", &owner, &key, item.clone(), None, None)?;
        orm.on_remove(interp, &owner, &key, &item, false)?;
    }
    Ok(Value::None)
}

fn pending(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (owner, _, key) = owner_and_key(interp, &args)?;
    let orm = super::orm(interp)?;
    Ok(Value::list(orm.writer_pending(&owner, &key)))
}

/// `session(owner, autoflush)`: the owner's session object (None when it has none), after an
/// autoflush when asked and the session autoflushes, and whether the owner has an identity.
fn session(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let owner = args.positional.first().cloned().unwrap_or(Value::None);
    let flush = match args.positional.get(1) {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let Value::Instance(inst) = &owner else { return Ok(Value::tuple(vec![Value::None, Value::Bool(false)])) };
    let orm = super::orm(interp)?;
    let session = orm.session_of_instance(inst);
    if let Some(s) = &session
        && flush
        && s.autoflush.get()
        && !s.flushing.get()
        && s.contains(inst)
    {
        orm.autoflush(interp, s)?;
    }
    let has_identity = existing_state(inst).is_some_and(|s| s.borrow().identity.is_some());
    let value = session.and_then(|s| orm.session_objects.borrow().get(&s.id).and_then(|w| w.upgrade()));
    let value = value.map_or(Value::None, Value::Instance);
    Ok(Value::tuple(vec![value, Value::Bool(has_identity)]))
}

/// The parent's value of a join column as `with_parent` binds it: the attribute, loaded if expired
/// (a refresh of the parent, as SQLAlchemy's bind callable does).
fn owner_value(interp: &mut Interp, owner: &Rc<Instance>, table: &str, column: &str) -> PyResult<Value> {
    let key = mapped(&owner.class).and_then(|info| {
        let reg = info.registry.borrow();
        reg.tables.get(table).and_then(|t| t.column(column)).map(|c| c.key.clone())
    });
    match key {
        Some(key) => interp.get_attr(&Value::Instance(owner.clone()), &key),
        None => Ok(known_column_value(interp, owner, column)),
    }
}

/// `shape(owner, key)`: `(target class, association table or None, binds, joins, order, direction)`.
/// `binds` are `(value, on_secondary, column key or name)`: the parent's side of the join as bound
/// values (`? = child.parent_id`); `joins` are `(target key, association column)`; `order` is
/// `(target key, descending)`.
fn shape(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (owner, info, key) = owner_and_key(interp, &args)?;
    let orm = super::orm(interp)?;
    orm.configure(interp, &info.registry)?;
    let Some(resolved) = orm.resolved(&info, &key) else {
        return Err(interp.error(crate::eval::ExcType::AttributeError, format!("no relationship '{key}'")));
    };
    let (target_class, target_table, owner_table) = {
        let reg = info.registry.borrow();
        let Some(m) = reg.mappers.get(resolved.target) else { return Ok(Value::None) };
        let owner_table = reg.mappers.get(info.mapper).map(|m| m.table.clone()).unwrap_or_default();
        (m.class.clone(), m.table.clone(), owner_table)
    };
    let key_of = |table: &str, column: &str| -> String {
        let reg = info.registry.borrow();
        reg.tables.get(table).and_then(|t| t.column(column)).map_or_else(|| column.to_string(), |c| c.key.clone())
    };
    let mut binds = Vec::new();
    let mut joins = Vec::new();
    let secondary = match &resolved.secondary {
        Some(sec) => {
            for (assoc, owner_col) in &sec.local {
                let v = owner_value(interp, &owner, &owner_table, owner_col)?;
                binds.push(Value::tuple(vec![v, Value::Bool(true), Value::str(assoc)]));
            }
            for (assoc, target_col) in &sec.remote {
                joins.push(Value::tuple(vec![Value::str(&key_of(&target_table, target_col)), Value::str(assoc)]));
            }
            crate::orm::core::bridge::table_value(interp, &info.registry, &sec.table).unwrap_or(Value::None)
        }
        None => {
            for (owner_col, target_col) in &resolved.pairs {
                let v = owner_value(interp, &owner, &owner_table, owner_col)?;
                binds.push(Value::tuple(vec![v, Value::Bool(false), Value::str(&key_of(&target_table, target_col))]));
            }
            Value::None
        }
    };
    let order: Vec<Value> = resolved
        .order_by
        .iter()
        .map(|(col, desc)| Value::tuple(vec![Value::str(&key_of(&target_table, col)), Value::Bool(*desc)]))
        .collect();
    let direction = match resolved.direction {
        Direction::OneToMany => "ONETOMANY",
        Direction::ManyToOne => "MANYTOONE",
        Direction::ManyToMany => "MANYTOMANY",
    };
    Ok(Value::tuple(vec![
        Value::Class(target_class),
        secondary,
        Value::list(binds),
        Value::list(joins),
        Value::list(order),
        Value::str(direction),
    ]))
}
