//! The unit of work: `flush()` turns pending, changed and deleted objects into INSERT, UPDATE and
//! DELETE statements, in dependency order (parents before children, association rows after both, deletes
//! last and children first), syncing foreign keys from relationships, and cascading deletes and
//! orphans — the rules SQLAlchemy follows, listed in `conformance/SEMANTICS.md`.

use super::Orm;
use super::collection::collection_items;
use super::declarative::mapped;
use super::expr::quote;
use super::identity::IdentityKey;
use super::mapper::{ColumnDef, Direction, Registry, RegistryRef, Resolved};
use super::ordered::{InstanceSet, instance_key};
use super::session::SessionData;
use super::state::{Status, existing_state, to_cell};
use crate::db::Cell;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::Name;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

mod assoc;
mod batch;
mod blank_out;
mod causes;
mod defaults_insert;
mod deletes;
mod key_switch;
mod order;
mod plan;
mod post_update;
mod sql_defaults;
mod statements;
#[cfg(test)]
mod tests;
mod update;
mod versioning;
mod view;

pub(crate) use causes::note_row;

use causes::{How, note_parent, note_secondary};
use order::*;

/// A foreign key to set on `child` from `parent`'s key columns (or to NULL when `parent` is None).
struct FkSync {
    child: Rc<Instance>,
    /// (child column name, parent column name)
    pairs: Vec<(String, String)>,
    parent: Option<Rc<Instance>>,
    /// From a `post_update=True` relationship: set by an UPDATE after every INSERT and UPDATE of the
    /// flush (see `flush/post_update.rs`), never by the row's own statement.
    post: bool,
}

/// An association row to insert or delete.
struct AssocRow {
    table: String,
    /// (association column, instance, instance column name)
    parts: Vec<(String, Rc<Instance>, String)>,
}

#[derive(Default)]
struct Plan {
    syncs: Vec<FkSync>,
    /// The syncs of each child (by instance identity), in order.
    syncs_of: HashMap<usize, Vec<usize>, super::ordered::ByAddress>,
    assoc_insert: Vec<AssocRow>,
    assoc_delete: Vec<AssocRow>,
}

impl Plan {
    /// The foreign key syncs whose child is `inst`, in order.
    fn syncs_for(&self, inst: &Rc<Instance>) -> impl Iterator<Item = &FkSync> {
        self.syncs_of
            .get(&instance_key(inst))
            .into_iter()
            .flatten()
            .filter_map(|&at| self.syncs.get(at))
            .filter(|s| !s.post)
    }
}

/// An association row by table and (column, object) parts, to keep one of each.
type AssocKey = (String, Vec<(String, usize)>);

fn assoc_key(table: &str, parts: &[(String, Rc<Instance>, String)]) -> AssocKey {
    let mut key: Vec<(String, usize)> = parts.iter().map(|(a, i, _)| (a.clone(), instance_key(i))).collect();
    key.sort();
    (table.to_string(), key)
}

impl Orm {
    /// The flush a query, a load or an execute does first (`autoflush=True`): the SQL it sends is
    /// labelled "autoflush" in the log.
    pub fn autoflush(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        let _trigger = self.log_sink.trigger(interp, "autoflush".into());
        self.flush(interp, session)
    }

    pub fn flush(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        if session.flushing.get() {
            return Ok(());
        }
        self.check_pending_rollback(interp, session)?;
        session.flushing.set(true);
        let logged = session.engine.log.borrow().len();
        let result = self.flush_inner(interp, session);
        session.flushing.set(false);
        // The flush's statements form one log group: what follows starts another.
        if session.engine.log.borrow().len() != logged {
            session.engine.next_group();
        }
        if let Err(e) = result {
            let depth = session.nested.borrow().len();
            if !e.fatal && depth > 0 {
                // Inside a savepoint only the savepoint rolls back; the outer transaction goes on.
                self.rollback_nested(session, depth, false);
            } else if !e.fatal {
                let rolled_back = session.in_transaction.get();
                let _ = session.end_transaction(false, false);
                session.pending_rollback.set(true);
                if rolled_back {
                    self.rolled_back_by_flush(interp, session)?;
                }
            }
            return Err(e);
        }
        Ok(())
    }

    /// SQLAlchemy's `Session._is_clean()`: nothing pending, nothing marked for deletion, no
    /// modified object — what ends `commit()`'s flush loop.
    pub fn is_clean(&self, session: &SessionData) -> bool {
        session.new.borrow().is_empty()
            && self.unflushed_deletes(session).is_empty()
            && !session.modified.borrow().values().any(|i| existing_state(i).is_some_and(|s| s.borrow().modified))
    }

    fn flush_inner(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        // SQLAlchemy's `before_flush` runs when the session has anything new, modified or deleted,
        // before the flush looks at them: what the listener changes is flushed too.
        let has_work = !session.new.borrow().is_empty()
            || !session.modified.borrow().is_empty()
            || !self.unflushed_deletes(session).is_empty();
        if has_work {
            let context = super::events::flush_context(interp);
            self.fire_session(interp, "before_flush", session, vec![context, Value::None])?;
        }
        // `session.deleted` as `after_flush` sees it: orphans the flush finds (and what their
        // delete cascade reaches) are deleted by the flush without ever joining it.
        let requested = self.unflushed_deletes(session);
        self.cascade_deletes(interp, session)?;
        // What may have changed, taken now: changes made while flushing (by user code run from
        // here) stay noted for the next flush. Given back if nothing is flushed or the flush fails.
        let changed = session.changed_objects();
        let noted = session.modified.borrow_mut().take();
        let result = self.flush_changes(interp, session, &changed, &requested);
        if result.is_ok() {
            // A flush commits every object's state: set events without a net change are forgotten.
            for inst in changed.iter().chain(noted.iter().map(|(_, i)| i)) {
                if let Some(state) = existing_state(inst) {
                    state.borrow_mut().modified = false;
                }
            }
        }
        if matches!(result, Ok(true)) {
            session.note_nested_dirty(&changed);
            // Flushed objects are clean again, even when a flush listener (before_update setting a
            // version column) touched them after they were taken: SQLAlchemy commits their state
            // (`_register_persistent` → `_commit_all_states`), which leaves them unmodified.
            for inst in &changed {
                if let Some(state) = existing_state(inst) {
                    state.borrow_mut().modified = false;
                }
                session.modified.borrow_mut().discard(inst);
            }
            let context = super::events::flush_context(interp);
            self.fire_session(interp, "after_flush_postexec", session, vec![context])?;
        }
        if !matches!(result, Ok(true)) {
            let mut modified = session.modified.borrow_mut();
            for (_, inst) in noted {
                modified.add(&inst);
            }
        }
        result.map(|_| ())
    }

    /// The flush proper; whether it flushed anything.
    fn flush_changes(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        changed: &[Rc<Instance>],
        requested: &[Rc<Instance>],
    ) -> PyResult<bool> {
        let mut plan = Plan::default();
        self.plan_relationships(interp, session, changed, &mut plan)?;
        let pending: Vec<Rc<Instance>> = session.new.borrow().to_vec();
        let persistent = self.flush_candidates(interp, session, changed, &plan)?;
        let to_delete = self.unflushed_deletes(session);
        let _history = PreFlush::take(session, pending.iter().chain(persistent.iter()), &to_delete);
        let mut dirty = false;
        for inst in &persistent {
            if self.has_changed_columns(interp, inst)? {
                dirty = true;
                break;
            }
        }
        // SQLAlchemy's flush saves every modified object, even one whose attributes were set to the
        // values they had: its before_update / after_update listeners run (and may change it), only
        // the UPDATE itself is left out when no column differs.
        if pending.is_empty()
            && to_delete.is_empty()
            && !dirty
            && persistent.is_empty()
            && plan.syncs.is_empty()
            && plan.assoc_insert.is_empty()
            && plan.assoc_delete.is_empty()
        {
            // Attributes set to the values they had: no statement, but SQLAlchemy's flush still
            // runs for the modified objects (its flush events fire, their state is committed).
            if changed.is_empty() {
                return Ok(false);
            }
            let view = self.flush_view(session, changed, &pending, &to_delete, requested);
            self.fire_after_flush(interp, session, Some(view))?;
            return Ok(true);
        }
        let view = match self.listening("after_flush") {
            true => Some(self.flush_view(session, changed, &pending, &to_delete, requested)),
            false => None,
        };
        session.engine.next_group();
        self.check_autobegin(interp, session)?;
        self.autobegin(interp, session)?;
        let registries = registries_of(pending.iter().chain(persistent.iter()).chain(to_delete.iter()));
        for registry in &registries {
            let order = mapper_order(&registry.borrow());
            let pending_of = by_mapper(&pending, registry);
            let persistent_of = by_mapper(&persistent, registry);
            for mapper in &order {
                let mut mine: Vec<Rc<Instance>> = pending_of.get(mapper).cloned().unwrap_or_default();
                sort_by_depth(&mut mine, &plan);
                let updated: &[Rc<Instance>] = persistent_of.get(mapper).map_or(&[], |v| v.as_slice());
                // SQLAlchemy's `save_obj`: the mapper's before_insert / before_update listeners run
                // first (pending objects, then persistent ones), then its statements, then the
                // after_ listeners in the same order.
                self.fire_each(interp, "before_insert", session, &mine)?;
                self.fire_each(interp, "before_update", session, updated)?;
                // Table by table (a joined hierarchy: the base table first, then each subclass's),
                // and within a table SQLAlchemy sends UPDATEs before INSERTs (a replaced one-to-one
                // row releases its unique foreign key before the new row takes it).
                let tables = crate::orm::inheritance::hierarchy_tables(&registry.borrow(), *mapper);
                for (table, members) in &tables {
                    let has = |inst: &&Rc<Instance>| mapped(&inst.class).is_some_and(|m| members.contains(&m.mapper));
                    let changing: Vec<Rc<Instance>> = updated.iter().filter(has).cloned().collect();
                    self.update_all(interp, session, registry, table, &changing, &plan)?;
                    let rows: Vec<Rc<Instance>> = mine.iter().filter(has).cloned().collect();
                    let shape = statements::TableShape::of(registry, *mapper, table);
                    self.insert_all(interp, session, &shape, &rows, &plan)?;
                }
                // Every table is UPDATEd by the old key; then a changed key becomes the identity.
                for inst in updated {
                    self.switch_key(interp, session, inst)?;
                }
                let composites = crate::orm::declarative::composite::composites_of(&registry.borrow(), *mapper);
                for inst in mine.iter().chain(updated) {
                    self.expire_expressions_after_flush(inst);
                    crate::orm::declarative::composite::forget_composites(inst, &composites, None);
                }
                self.fire_each(interp, "after_insert", session, &mine)?;
                self.fire_each(interp, "after_update", session, updated)?;
            }
        }
        self.post_updates(interp, session, &plan, &to_delete)?;
        // Association rows: DELETEs before INSERTs, as SQLAlchemy's many-to-many processor runs them.
        self.assoc_statements(interp, session, &plan.assoc_delete, false)?;
        self.assoc_statements(interp, session, &plan.assoc_insert, true)?;
        for registry in &registries {
            let order = mapper_order(&registry.borrow());
            let mut deleted_of = by_mapper(&to_delete, registry);
            for mapper in order.iter().rev() {
                if let Some(rows) = deleted_of.get_mut(mapper) {
                    children_first(interp, registry, *mapper, rows);
                }
                let rows: &[Rc<Instance>] = deleted_of.get(mapper).map_or(&[], |v| v.as_slice());
                self.fire_each(interp, "before_delete", session, rows)?;
                // The DELETE's key is the committed value: an expired object loads it first.
                for inst in rows {
                    self.load_expired_key(interp, inst)?;
                }
                // A joined hierarchy's rows leave the subclass tables first, the base table last.
                let tables = crate::orm::inheritance::hierarchy_tables(&registry.borrow(), *mapper);
                for (table, members) in tables.iter().rev() {
                    let leaving: Vec<Rc<Instance>> = rows
                        .iter()
                        .filter(|i| mapped(&i.class).is_some_and(|m| members.contains(&m.mapper)))
                        .cloned()
                        .collect();
                    self.delete_rows(interp, session, registry, table, &leaving)?;
                }
                self.fire_each(interp, "after_delete", session, rows)?;
            }
        }
        self.fire_after_flush(interp, session, view)?;
        // SQLAlchemy's `finalize_flush_changes`: the flushed objects' new states, after `after_flush`.
        for inst in &pending {
            if existing_state(inst).is_some_and(|s| s.borrow().status == Status::Persistent) {
                self.note_transition(session.id, "pending_to_persistent", inst);
            }
        }
        session.deleting.borrow_mut().clear();
        for inst in &to_delete {
            self.note_transition(session.id, "persistent_to_deleted", inst);
        }
        self.fire_transitions(interp)?;
        // Histories are flushed. Only changed (and deleted) objects can have any.
        let in_session = |i: &Rc<Instance>| session.identity_position(i).is_some() || session.new.borrow().has(i);
        for inst in changed.iter().filter(|i| in_session(i)).chain(to_delete.iter()) {
            if let Some(state) = existing_state(inst) {
                state.borrow_mut().history.clear();
            }
        }
        self.audit_modified(interp, session, changed);
        Ok(true)
    }

    /// The persistent objects a flush may UPDATE, in identity-map order: the changed ones and the
    /// children whose foreign key a relationship change sets.
    fn flush_candidates(
        &self,
        interp: &mut Interp,
        session: &SessionData,
        changed: &[Rc<Instance>],
        plan: &Plan,
    ) -> PyResult<Vec<Rc<Instance>>> {
        let mut set = InstanceSet::new();
        for inst in changed.iter().chain(plan.syncs.iter().map(|s| &s.child)) {
            if existing_state(inst).is_some_and(|s| s.borrow().status == Status::Persistent) {
                set.add(inst);
            }
        }
        let candidates = session.in_identity_order(&set);
        let _ = interp;
        Ok(candidates)
    }

    fn apply_syncs(
        &self,
        interp: &mut Interp,
        session: &SessionData,
        inst: &Rc<Instance>,
        plan: &Plan,
    ) -> PyResult<()> {
        let mut synced = false;
        for sync in plan.syncs_for(inst) {
            synced = true;
            self.load_sync_source(interp, sync)?;
            apply_sync(interp, inst, sync);
        }
        if synced {
            session.note_loaded(inst);
        }
        Ok(())
    }

    /// Loads the parent of a sync when a column it copies is expired and is not part of its
    /// identity (a foreign key to a UNIQUE non-key column, after a commit): SQLAlchemy's
    /// `sync.populate` reads the source attribute with loading allowed.
    fn load_sync_source(&self, interp: &mut Interp, sync: &FkSync) -> PyResult<()> {
        let Some(parent) = &sync.parent else { return Ok(()) };
        let Some(state) = existing_state(parent) else { return Ok(()) };
        let needs_load = {
            let s = state.borrow();
            if s.status != Status::Persistent || s.expired.is_empty() {
                return Ok(());
            }
            let reg = s.registry.borrow();
            let tables = super::inheritance::tables_of(&reg, s.mapper);
            sync.pairs.iter().any(|(_, parent_col)| {
                tables
                    .iter()
                    .rev()
                    .find_map(|t| t.column(parent_col))
                    .is_some_and(|c| !c.primary_key && s.expired.contains(&c.key))
            })
        };
        if needs_load { self.load_expired(interp, parent, &state) } else { Ok(()) }
    }
}

impl Orm {
    /// Loads an object's expired attributes when its primary key is among them (SQLAlchemy reads the
    /// committed key of a row to delete with loading allowed: one SELECT before the DELETE).
    fn load_expired_key(&self, interp: &mut Interp, inst: &Rc<Instance>) -> PyResult<()> {
        let Some(state) = existing_state(inst) else { return Ok(()) };
        let key_expired = {
            let s = state.borrow();
            let reg = s.registry.borrow();
            reg.table_of(s.mapper)
                .is_some_and(|t| t.columns.iter().any(|c| c.primary_key && s.expired.contains(&c.key)))
        };
        if key_expired { self.load_expired(interp, inst, &state) } else { Ok(()) }
    }

    /// A mapper event for each object of a list.
    fn fire_each(
        &self,
        interp: &mut Interp,
        event: &str,
        session: &SessionData,
        insts: &[Rc<Instance>],
    ) -> PyResult<()> {
        for inst in insts {
            self.fire_mapper(interp, event, session, inst)?;
        }
        Ok(())
    }
}

/// Copies a sync's parent key columns (or NULLs) into the child's foreign key attributes.
fn apply_sync(interp: &Interp, inst: &Rc<Instance>, sync: &FkSync) {
    let Some(info) = mapped(&inst.class) else { return };
    let reg = info.registry.borrow();
    for (child_col, parent_col) in &sync.pairs {
        let Some(c) = reg.column_by_name(info.mapper, child_col) else { continue };
        let value = match &sync.parent {
            Some(parent) => super::state::known_column_value(interp, parent, parent_col),
            None => Value::None,
        };
        inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), value);
        if let Some(state) = existing_state(inst) {
            state.borrow_mut().expired.shift_remove(&c.key);
        }
    }
}

/// The database cell of an instance's column (by column name).
fn column_value(interp: &Interp, inst: &Rc<Instance>, column: &str) -> Cell {
    let Some(info) = mapped(&inst.class) else { return Cell::Null };
    let reg = info.registry.borrow();
    let Some(c) = reg.column_by_name(info.mapper, column) else { return Cell::Null };
    let ty = c.ty.clone();
    drop(reg);
    to_cell(&super::state::known_column_value(interp, inst, column), &ty)
}

/// SQLAlchemy's `is_equal` for scalar attributes: Python `==` (never identity, which holds for ints
/// only in CPython's small-int cache), except that a NaN left as it was is not a change.
fn same_value(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Float(x), Value::Float(y)) = (a, b)
        && x.is_nan()
        && y.is_nan()
    {
        return Ok(true);
    }
    interp.eq(a, b)
}

/// Why a many-to-one's foreign key is nulled: the attribute was set to None.
fn cleared(inst: &Rc<Instance>, key: &str) -> crate::trace::Cause {
    crate::trace::Cause::ReferenceCleared { relationship: crate::orm::trace_view::rel_ref(inst, key) }
}

/// Keeps the flushed objects' pre-flush committed values ([`crate::orm::state::InstanceState::pre_flush`])
/// for the length of the flush: attribute history reads them until the flush is over, however it ends;
/// and the objects it deletes ([`SessionData::deleting`]).
struct PreFlush(Vec<crate::orm::state::StateRef>, Rc<SessionData>);

impl PreFlush {
    fn take<'a>(
        session: &Rc<SessionData>,
        instances: impl Iterator<Item = &'a Rc<Instance>>,
        deleting: &[Rc<Instance>],
    ) -> PreFlush {
        let states: Vec<_> = instances.filter_map(existing_state).collect();
        for s in &states {
            let committed = s.borrow().committed.clone();
            s.borrow_mut().pre_flush = Some(committed);
        }
        session.deleting.borrow_mut().extend(deleting.iter().map(|i| i.id));
        PreFlush(states, session.clone())
    }
}

impl Drop for PreFlush {
    fn drop(&mut self) {
        if let Ok(mut d) = self.1.deleting.try_borrow_mut() {
            d.clear();
        }
        for s in &self.0 {
            if let Ok(mut s) = s.try_borrow_mut() {
                s.pre_flush = None;
            }
        }
    }
}
