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
use super::session::SessionData;
use super::state::{Status, existing_state, to_cell};
use crate::db::Cell;
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::rc::Rc;

mod batch;
mod deletes;
mod order;
mod statements;

pub(crate) use statements::insert_sql;

use order::*;

/// A foreign key to set on `child` from `parent`'s key columns (or to NULL when `parent` is None).
struct FkSync {
    child: Rc<Instance>,
    /// (child column name, parent column name)
    pairs: Vec<(String, String)>,
    parent: Option<Rc<Instance>>,
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
    assoc_insert: Vec<AssocRow>,
    assoc_delete: Vec<AssocRow>,
    /// Association rows to delete for a deleted object: (table, column, instance, instance column).
    assoc_purge: Vec<(String, String, Rc<Instance>, String)>,
}

impl Orm {
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
            if !e.fatal {
                session.engine.rollback();
                session.in_transaction.set(false);
                session.pending_rollback.set(true);
            }
            return Err(e);
        }
        Ok(())
    }

    fn flush_inner(&self, interp: &mut Interp, session: &Rc<SessionData>) -> PyResult<()> {
        self.cascade_deletes(interp, session)?;
        let mut plan = Plan::default();
        self.plan_relationships(interp, session, &mut plan)?;
        let pending: Vec<Rc<Instance>> = session.new.borrow().clone();
        let persistent: Vec<Rc<Instance>> = session
            .identity
            .borrow()
            .values()
            .filter(|i| existing_state(i).is_some_and(|s| s.borrow().status == Status::Persistent))
            .cloned()
            .collect();
        let to_delete = self.unflushed_deletes(session);
        let mut dirty = false;
        for inst in &persistent {
            if self.has_changed_columns(interp, inst)? {
                dirty = true;
                break;
            }
        }
        if pending.is_empty()
            && to_delete.is_empty()
            && !dirty
            && plan.syncs.is_empty()
            && plan.assoc_insert.is_empty()
            && plan.assoc_delete.is_empty()
        {
            return Ok(());
        }
        session.engine.next_group();
        self.autobegin(session);
        let registries = registries_of(pending.iter().chain(persistent.iter()).chain(to_delete.iter()));
        for registry in &registries {
            let order = mapper_order(&registry.borrow());
            for mapper in &order {
                let mut mine: Vec<Rc<Instance>> =
                    pending.iter().filter(|i| belongs(i, registry, *mapper)).cloned().collect();
                sort_by_depth(&mut mine, &plan);
                // Within a table SQLAlchemy sends UPDATEs before INSERTs (a replaced one-to-one row
                // releases its unique foreign key before the new row takes it).
                for inst in persistent.iter().filter(|i| belongs(i, registry, *mapper)) {
                    self.apply_syncs(interp, inst, &plan);
                    self.update(interp, session, registry, *mapper, inst)?;
                }
                self.insert_all(interp, session, registry, *mapper, &mine, &plan)?;
            }
        }
        // Association rows: DELETEs before INSERTs, as SQLAlchemy's many-to-many processor runs them.
        for row in &plan.assoc_delete {
            self.assoc_statement(interp, session, row, false)?;
        }
        for row in &plan.assoc_insert {
            self.assoc_statement(interp, session, row, true)?;
        }
        for (table, column, inst, inst_column) in &plan.assoc_purge {
            let value = column_value(interp, inst, inst_column);
            let sql = format!("DELETE FROM {} WHERE {} = ?", quote(table), quote(column));
            self.execute_flush(interp, session, &sql, &[value])?;
        }
        for registry in &registries {
            let order = mapper_order(&registry.borrow());
            for mapper in order.iter().rev() {
                for inst in to_delete.iter().filter(|i| belongs(i, registry, *mapper)) {
                    self.delete_row(interp, session, registry, *mapper, inst)?;
                }
            }
        }
        for inst in session.all_objects().iter().chain(to_delete.iter()) {
            if let Some(state) = existing_state(inst) {
                state.borrow_mut().history.clear();
            }
        }
        Ok(())
    }

    /// Reads relationship histories into foreign key syncs and association row changes.
    fn plan_relationships(&self, _interp: &mut Interp, session: &Rc<SessionData>, plan: &mut Plan) -> PyResult<()> {
        let mut removals = Vec::new();
        let mut additions = Vec::new();
        for inst in session.all_objects() {
            let Some(state) = existing_state(&inst) else { continue };
            let histories: Vec<(String, super::state::RelHistory)> =
                state.borrow().history.iter().map(|(k, h)| (k.clone(), h.clone())).collect();
            for (key, history) in histories {
                let Some(info) = mapped(&inst.class) else { continue };
                let Some(resolved) = self.resolved(&info, &key) else { continue };
                if resolved.viewonly {
                    continue;
                }
                match resolved.direction {
                    Direction::ManyToOne => {
                        let pairs = resolved.pairs.clone();
                        match history.added.last() {
                            Some(Value::Instance(parent)) => {
                                additions.push(FkSync { child: inst.clone(), pairs, parent: Some(parent.clone()) })
                            }
                            Some(_) => removals.push(FkSync { child: inst.clone(), pairs, parent: None }),
                            None if !history.removed.is_empty() => {
                                removals.push(FkSync { child: inst.clone(), pairs, parent: None })
                            }
                            None => {}
                        }
                    }
                    Direction::OneToMany => {
                        let pairs: Vec<(String, String)> =
                            resolved.pairs.iter().map(|(o, t)| (t.clone(), o.clone())).collect();
                        for item in &history.removed {
                            if let Value::Instance(child) = item
                                && !self.has_other_parent(child, &resolved, &inst)
                            {
                                removals.push(FkSync { child: child.clone(), pairs: pairs.clone(), parent: None });
                            }
                        }
                        for item in &history.added {
                            if let Value::Instance(child) = item {
                                additions.push(FkSync {
                                    child: child.clone(),
                                    pairs: pairs.clone(),
                                    parent: Some(inst.clone()),
                                });
                            }
                        }
                    }
                    Direction::ManyToMany => {
                        let Some(sec) = &resolved.secondary else { continue };
                        for (items, list) in
                            [(&history.added, &mut plan.assoc_insert), (&history.removed, &mut plan.assoc_delete)]
                        {
                            for item in items {
                                let Value::Instance(other) = item else { continue };
                                let mut parts: Vec<(String, Rc<Instance>, String)> =
                                    sec.local.iter().map(|(a, c)| (a.clone(), inst.clone(), c.clone())).collect();
                                parts.extend(sec.remote.iter().map(|(a, c)| (a.clone(), other.clone(), c.clone())));
                                let duplicate = list.iter().any(|r: &AssocRow| {
                                    r.table == sec.table
                                        && r.parts.len() == parts.len()
                                        && parts
                                            .iter()
                                            .all(|(a, i, _)| r.parts.iter().any(|(b, j, _)| a == b && Rc::ptr_eq(i, j)))
                                });
                                if !duplicate {
                                    list.push(AssocRow { table: sec.table.clone(), parts });
                                }
                            }
                        }
                    }
                }
            }
        }
        for inst in self.unflushed_deletes(session) {
            for (_, resolved) in relationships_of(&inst) {
                if let (Direction::ManyToMany, Some(sec)) = (resolved.direction, &resolved.secondary) {
                    for (a, c) in &sec.local {
                        let entry = (sec.table.clone(), a.clone(), inst.clone(), c.clone());
                        if !plan
                            .assoc_purge
                            .iter()
                            .any(|p| p.0 == entry.0 && p.1 == entry.1 && Rc::ptr_eq(&p.2, &entry.2))
                        {
                            plan.assoc_purge.push(entry);
                        }
                    }
                }
            }
        }
        plan.syncs.extend(removals);
        plan.syncs.extend(additions);
        Ok(())
    }

    fn apply_syncs(&self, interp: &Interp, inst: &Rc<Instance>, plan: &Plan) {
        for sync in plan.syncs.iter().filter(|s| Rc::ptr_eq(&s.child, inst)) {
            let Some(info) = mapped(&inst.class) else { continue };
            let reg = info.registry.borrow();
            let Some(table) = reg.table_of(info.mapper) else { continue };
            for (child_col, parent_col) in &sync.pairs {
                let Some(c) = table.column(child_col) else { continue };
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
    }
}

/// The database cell of an instance's column (by column name).
fn column_value(interp: &Interp, inst: &Rc<Instance>, column: &str) -> Cell {
    let Some(info) = mapped(&inst.class) else { return Cell::Null };
    let reg = info.registry.borrow();
    let Some(c) = reg.table_of(info.mapper).and_then(|t| t.column(column)) else { return Cell::Null };
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
