//! The ORM's side of the run timeline ([`crate::trace`]): describing sessions and objects as plain data
//! at a step boundary, and noting why the unit of work deletes a row or nulls a foreign key.
//!
//! Nothing here runs user code (no `__repr__`, no `__eq__`), so a traced run behaves exactly like an
//! untraced one. Causes are noted only when the run is traced: [`note`] finds the run's
//! [`CauseLog`] among the interpreter's extensions and otherwise does nothing (the note is built lazily).

use super::declarative::mapped;
use super::engine::log::repr_cell;
use super::session::SessionData;
use super::state::{Status, existing_state};
use super::{Orm, collection::collection_items};
use crate::eval::Interp;
use crate::eval::value::{Class, Instance, Module, Value};
use crate::trace::objects::MAX_OBJECTS;
use crate::trace::{
    AttrStatus, AttrView, Cause, CauseLog, CauseNote, ObjectRef, ObjectState, ObjectView, RelRef, SessionView,
    SessionsView,
};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::rc::{Rc, Weak};

/// Notes a cause in the run's [`CauseLog`], if the run is traced.
pub(crate) fn note(interp: &Interp, make: impl FnOnce() -> Option<CauseNote>) {
    if let Some(log) = interp.extension::<CauseLog>()
        && let Some(note) = make()
    {
        log.note(note);
    }
}

/// A note naming `inst`'s row by its primary key (none before the object has a row).
pub(crate) fn row_note(inst: &Rc<Instance>, cause: Cause) -> Option<CauseNote> {
    let state = existing_state(inst)?;
    let s = state.borrow();
    let identity = s.identity.as_ref()?;
    let reg = s.registry.borrow();
    let table = reg.table_of(s.mapper)?;
    let key = table.columns.iter().filter(|c| c.primary_key).map(|c| c.name.clone()).zip(identity.iter().cloned());
    Some(CauseNote { table: table.name.clone(), key: key.collect(), cause })
}

/// `Parent #1` for a mapped object (`Parent #?` before it has a row).
pub(crate) fn object_ref(inst: &Rc<Instance>) -> ObjectRef {
    ObjectRef { class: inst.class.name.to_string(), key: key_text(inst).unwrap_or_else(|| "?".into()) }
}

/// `Parent.children`: relationship `key` of `inst`'s class.
pub(crate) fn rel_ref(inst: &Rc<Instance>, key: &str) -> RelRef {
    RelRef { class: inst.class.name.to_string(), key: key.to_string() }
}

/// The primary key of an object with a row, as text.
fn key_text(inst: &Rc<Instance>) -> Option<String> {
    let state = existing_state(inst)?;
    let s = state.borrow();
    let identity = s.identity.as_ref()?;
    Some(identity.iter().map(repr_cell).collect::<Vec<_>>().join(", "))
}

/// Objects found so far, in the order met, with their module-level names. Every step of a traced run
/// looks at every object the sessions hold (a long loop can leave thousands in the identity map), so
/// finding one is a pointer lookup hashed with foldhash rather than SipHash, and an object costs one
/// slot: names live apart (few objects have one), and the class check is remembered for the last
/// class (objects come in runs of one class).
#[derive(Default)]
struct Found {
    list: Vec<Rc<Instance>>,
    at: HashMap<*const Instance, usize, foldhash::fast::RandomState>,
    /// Module-level names bound to the object at that index of `list`, in the order met.
    names: HashMap<usize, Vec<String>, foldhash::fast::RandomState>,
    /// The class `mapped` last looked at, and whether it is mapped.
    last_class: Option<(Rc<Class>, bool)>,
}

impl Found {
    fn add(&mut self, inst: &Rc<Instance>, name: Option<&str>) {
        let next = self.list.len();
        match self.at.entry(Rc::as_ptr(inst)) {
            // An object already found is mapped: only a new one needs its class looked at.
            Entry::Occupied(at) => {
                if let Some(name) = name {
                    self.names.entry(*at.get()).or_default().push(name.to_string());
                }
            }
            Entry::Vacant(slot) => {
                if !is_mapped(&mut self.last_class, &inst.class) {
                    return;
                }
                slot.insert(next);
                self.list.push(inst.clone());
                if let Some(name) = name {
                    self.names.insert(next, vec![name.to_string()]);
                }
            }
        }
    }

    /// Whether the object `weak` points to is found already (without upgrading it: a weak pointer
    /// keeps its allocation, so no other object can be found at its address).
    fn has(&self, weak: &Weak<Instance>) -> bool {
        self.at.contains_key(&Weak::as_ptr(weak))
    }

    fn index(&self, inst: &Rc<Instance>) -> Option<usize> {
        self.at.get(&Rc::as_ptr(inst)).copied().filter(|&i| i < MAX_OBJECTS)
    }
}

/// `mapped(class).is_some()`, remembering the answer for the last class asked about.
fn is_mapped(last: &mut Option<(Rc<Class>, bool)>, class: &Rc<Class>) -> bool {
    match last {
        Some((known, answer)) if Rc::ptr_eq(known, class) => *answer,
        _ => {
            let answer = mapped(class).is_some();
            *last = Some((class.clone(), answer));
            answer
        }
    }
}

impl Orm {
    /// The sessions and the objects known at this point: those the sessions hold, those bound to
    /// module-level names of `globals` (directly or in a list), those reachable from these through
    /// loaded relationships, and those `seen` before (which may have become detached). `seen` becomes
    /// every object found.
    pub fn sessions_view(&self, globals: &Module, seen: &mut Vec<Weak<Instance>>) -> SessionsView {
        let sessions: Vec<Rc<SessionData>> = self.sessions.borrow().values().filter_map(Weak::upgrade).collect();
        let mut found = Found::default();
        found.list.reserve(seen.len());
        found.at.reserve(seen.len());
        for s in &sessions {
            // All objects the session holds (identity map, then pending), then its deleted ones.
            let (identity, new, deleted) = (s.identity.borrow(), s.new.borrow(), s.deleted.borrow());
            for inst in identity.values().chain(new.values()).chain(deleted.values()) {
                found.add(inst, None);
            }
        }
        for (name, value) in globals.dict.borrow().iter() {
            match value {
                Value::Instance(inst) => found.add(inst, Some(&**name)),
                Value::List(items) => {
                    for item in items.borrow().iter() {
                        if let Value::Instance(inst) = item {
                            found.add(inst, None);
                        }
                    }
                }
                _ => {}
            }
        }
        let mut next = 0;
        while next < found.list.len() && found.list.len() <= MAX_OBJECTS {
            let values: Vec<Value> = found.list[next].dict.borrow().values().cloned().collect();
            for value in values {
                match value {
                    Value::Instance(inst) => found.add(&inst, None),
                    other => {
                        for item in collection_items(&other).unwrap_or_default() {
                            if let Value::Instance(inst) = item {
                                found.add(&inst, None);
                            }
                        }
                    }
                }
            }
            next += 1;
        }
        for weak in seen.iter() {
            if !found.has(weak)
                && let Some(inst) = weak.upgrade()
            {
                found.add(&inst, None);
            }
        }
        seen.clear();
        seen.extend(found.list.iter().map(Rc::downgrade));
        let capped = found.list.len() > MAX_OBJECTS;
        let views = sessions.iter().map(|s| session_view(s, &found)).collect();
        let objects = found
            .list
            .iter()
            .take(MAX_OBJECTS)
            .enumerate()
            .map(|(i, inst)| object_view(inst, found.names.get(&i).cloned().unwrap_or_default()))
            .collect();
        SessionsView { objects, sessions: views, capped }
    }
}

/// One session's sets as indices of the listed objects (each set in its own order; objects past the
/// listed ones are left out, so the cheap index lookup comes before any other test).
fn session_view(s: &SessionData, found: &Found) -> SessionView {
    let index = |inst: &Rc<Instance>| found.index(inst);
    let identity = s.identity.borrow();
    let persistent =
        |inst: &Rc<Instance>| existing_state(inst).is_some_and(|st| st.borrow().status == Status::Persistent);
    let dirty = identity
        .values()
        .filter_map(|inst| Some((index(inst)?, inst)))
        .filter(|(_, inst)| persistent(inst) && is_dirty(inst))
        .map(|(at, _)| at)
        .collect();
    SessionView {
        id: s.id,
        identity_map: identity.values().filter_map(index).collect(),
        new: s.new.borrow().values().filter_map(index).collect(),
        dirty,
        deleted: s.deleted.borrow().values().filter_map(|inst| index(inst).filter(|_| s.contains(inst))).collect(),
        in_transaction: s.txn.is_open(),
    }
}

/// `session.dirty` without running `__eq__`: relationship changes, or a column whose plain value
/// differs from the one the database has.
fn is_dirty(inst: &Rc<Instance>) -> bool {
    let Some(state) = existing_state(inst) else { return false };
    let s = state.borrow();
    if !s.history.is_empty() {
        return true;
    }
    let dict = inst.dict.borrow();
    s.committed.iter().any(|(key, before)| {
        !s.expired.contains(key)
            && dict.get(key.as_str()).is_some_and(|now| match (now, before) {
                (Value::Instance(a), Value::Instance(b)) => !Rc::ptr_eq(a, b),
                (now, before) => value_text(now) != value_text(before),
            })
    })
}

fn object_view(inst: &Rc<Instance>, names: Vec<String>) -> ObjectView {
    let class = inst.class.name.to_string();
    let Some(state) = existing_state(inst) else {
        return ObjectView {
            class,
            key: None,
            names,
            state: ObjectState::Transient,
            session: None,
            attributes: Vec::new(),
        };
    };
    let s = state.borrow();
    let object_state = match s.status {
        Status::Transient => ObjectState::Transient,
        Status::Pending => ObjectState::Pending,
        Status::Persistent => ObjectState::Persistent,
        Status::Deleted => ObjectState::Deleted,
        Status::Detached => ObjectState::Detached,
    };
    let mut attributes = Vec::new();
    let reg = s.registry.borrow();
    let dict = inst.dict.borrow();
    if let Some(table) = reg.table_of(s.mapper) {
        for c in &table.columns {
            let status = if s.expired.contains(&c.key) {
                AttrStatus::Expired
            } else {
                match dict.get(c.key.as_str()) {
                    Some(v) => AttrStatus::Loaded { value: value_text(v) },
                    None => AttrStatus::Unloaded,
                }
            };
            attributes.push(AttrView { name: c.key.clone(), status });
        }
    }
    if let Some(m) = reg.mappers.get(s.mapper) {
        for r in &m.relationships {
            let status = match dict.get(r.key.as_str()) {
                Some(v) => AttrStatus::Loaded { value: value_text(v) },
                None if s.expired_relationships.contains(&r.key) => AttrStatus::Expired,
                None => AttrStatus::Unloaded,
            };
            attributes.push(AttrView { name: r.key.clone(), status });
        }
    }
    let session = s.session.filter(|_| matches!(s.status, Status::Pending | Status::Persistent | Status::Deleted));
    ObjectView { class, key: key_text(inst), names, state: object_state, session, attributes }
}

/// A value as the session pane shows it: plain data as Python would print it, mapped objects by class
/// and key, collections by their items; anything else by its type (no user `__repr__` runs).
fn value_text(value: &Value) -> String {
    const MAX_ITEMS: usize = 6;
    let items = |items: &[Value], open: &str, close: &str| {
        let mut parts: Vec<String> = items.iter().take(MAX_ITEMS).map(value_text).collect();
        if items.len() > MAX_ITEMS {
            parts.push(format!("… {} more", items.len() - MAX_ITEMS));
        }
        format!("{open}{}{close}", parts.join(", "))
    };
    match value {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(n) => n.to_string(),
        Value::Float(f) => crate::pyfmt::float_repr(*f),
        Value::Str(s) if s.chars().count() > 60 => {
            format!("{}…", crate::pyfmt::repr_str(&s.chars().take(60).collect::<String>()))
        }
        Value::Str(s) => crate::pyfmt::repr_str(s),
        Value::List(list) => items(&list.borrow(), "[", "]"),
        Value::Tuple(t) => items(t, "(", ")"),
        Value::Instance(inst) if mapped(&inst.class).is_some() => match key_text(inst) {
            Some(key) => format!("{} #{key}", inst.class.name),
            None => format!("{} (no row)", inst.class.name),
        },
        other => match collection_items(other) {
            Some(list) => items(&list, "[", "]"),
            None => format!("<{}>", other.type_name()),
        },
    }
}
