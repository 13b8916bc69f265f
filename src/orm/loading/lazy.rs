//! Lazy loading: a relationship of a persistent instance read for the first time runs one SELECT
//! through the foreign key (or the association table), as SQLAlchemy's lazy loader writes it, unless
//! the relationship's `lazy=` strategy (or a loader option) says to raise or to load nothing.

use crate::db::Cell;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::orm::Orm;
use crate::orm::SaExc;
use crate::orm::collection::new_collection;
use crate::orm::expr::quote;
use crate::orm::identity::IdentityKey;
use crate::orm::mapper::{Direction, RegistryRef, Resolved};
use crate::orm::query::Compiled;
use crate::orm::session::SessionData;
use crate::orm::state::{StateRef, Status, to_cell};
use std::rc::Rc;

use super::RowShape;

impl Orm {
    /// Loads a relationship of a persistent instance.
    pub fn lazy_load(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        state: &StateRef,
        key: &str,
        resolved: &Resolved,
    ) -> PyResult<Value> {
        let (session_id, registry, mapper) = {
            let s = state.borrow();
            (s.session, s.registry.clone(), s.mapper)
        };
        let Some(session) = session_id.and_then(|id| self.session_by_id(id)) else {
            return Ok(if resolved.uselist { new_collection(interp, inst, key, Vec::new()) } else { Value::None });
        };
        // `lazy="noload"` never loads; `lazy="raise"` refuses to (`raise_on_sql` below, only when SQL
        // would be sent).
        let chosen = state.borrow().loader.get(key).cloned().unwrap_or_default();
        let strategy = effective_strategy(state, key);
        match strategy.as_deref() {
            Some("noload") => {
                return Ok(if resolved.uselist { new_collection(interp, inst, key, Vec::new()) } else { Value::None });
            }
            Some("raise") => return Err(self.not_available(interp, inst, key, "raise")),
            _ => {}
        }
        let _trigger = self.log_sink.trigger(interp, format!("lazy load of {}.{key}", inst.class.name));
        if session.autoflush.get() && !session.flushing.get() {
            self.autoflush(interp, &session)?;
        }
        self.autobegin(interp, &session)?;
        let owner = Value::Instance(inst.clone());
        // The owner's columns are found in its lineage's tables (`column_by_name`): a joined
        // subclass's relationship may join through a base table's foreign key.
        let (target_table, target_columns) = {
            let reg = registry.borrow();
            let t = reg.table_of(resolved.target);
            (t.map(|t| t.name.clone()).unwrap_or_default(), t.map(|t| t.columns.clone()).unwrap_or_default())
        };
        // Like SQLAlchemy, an expired owner is refreshed (one SELECT of its row) before its collection
        // is loaded through the key it holds.
        if resolved.direction != Direction::ManyToOne {
            let owner_cols: Vec<&String> = match &resolved.secondary {
                Some(sec) => sec.local.iter().map(|(_, c)| c).collect(),
                None => resolved.pairs.iter().map(|(c, _)| c).collect(),
            };
            let keys: Vec<String> = {
                let reg = registry.borrow();
                owner_cols.iter().filter_map(|c| reg.column_by_name(mapper, c).map(|c| c.key.clone())).collect()
            };
            let expired = {
                let s = state.borrow();
                s.status == Status::Persistent && keys.iter().any(|k| s.expired.contains(k))
            };
            if expired {
                self.load_expired(interp, inst, state)?;
            }
        }
        let mut criteria = Vec::new();
        // The target's columns the criteria compare (non-secondary joins), for the tree's text.
        let mut target_keys: Vec<String> = Vec::new();
        let mut from = quote(&target_table);
        match (&resolved.direction, &resolved.secondary) {
            // A custom join condition binds the owner's columns itself (below).
            _ if resolved.join.is_some() => {}
            (_, Some(sec)) => {
                let reg = registry.borrow();
                let mut on = Vec::new();
                for (assoc, target_col) in &sec.remote {
                    on.push(format!(
                        "{}.{} = {}.{}",
                        quote(&sec.table),
                        quote(assoc),
                        quote(&target_table),
                        quote(target_col)
                    ));
                }
                from = format!("{} INNER JOIN {} ON {}", quote(&target_table), quote(&sec.table), on.join(" AND "));
                for (assoc, owner_col) in &sec.local {
                    let c = reg.column_by_name(mapper, owner_col).cloned();
                    let Some(c) = c else { continue };
                    let v = crate::orm::state::known_column_value(interp, inst, owner_col);
                    criteria.push((format!("{}.{}", quote(&sec.table), quote(assoc)), to_cell(&v, &c.ty)));
                }
            }
            (Direction::ManyToOne, None) => {
                let reg = registry.borrow();
                let mut pk_cells = Vec::new();
                for (owner_col, target_col) in &resolved.pairs {
                    let c = reg.column_by_name(mapper, owner_col).cloned();
                    let Some(c) = c else { continue };
                    let v = inst.dict.borrow().get(c.key.as_str()).cloned();
                    let v = match v {
                        Some(v) => v,
                        None => {
                            drop(reg);
                            return self.lazy_load_after_refresh(interp, &owner, key);
                        }
                    };
                    if matches!(v, Value::None) {
                        return Ok(Value::None);
                    }
                    let cell = to_cell(&v, &c.ty);
                    pk_cells.push((target_col.clone(), cell.clone()));
                    target_keys.push(target_col.clone());
                    criteria.push((format!("{}.{}", quote(&target_table), quote(target_col)), cell));
                }
                // A many-to-one whose target is already in the identity map needs no SQL (unless an
                // option's criteria narrow it: SQLAlchemy's lazy loader then cannot "use get").
                let target_pk: Vec<String> = reg
                    .table_of(resolved.target)
                    .map(|t| t.primary_key().iter().map(|c| c.name.clone()).collect())
                    .unwrap_or_default();
                if chosen.criteria.is_empty()
                    && target_pk.len() == pk_cells.len()
                    && target_pk.iter().zip(&pk_cells).all(|(a, (b, _))| a == b)
                {
                    let cells: Vec<Cell> = pk_cells.iter().map(|(_, c)| c.clone()).collect();
                    let id_key = IdentityKey::new(&registry, resolved.target, &cells);
                    if let Some(found) = session.identity.borrow().get(&id_key) {
                        // Another class of the hierarchy than the target's (a `Mgr` under an `Eng`
                        // relationship): SQLAlchemy's PASSIVE_CLASS_MISMATCH, no object.
                        let target_class = reg.mappers.get(resolved.target).map(|m| m.class.clone());
                        if target_class.is_some_and(|t| !found.class.is_subclass_of(&t)) {
                            return Ok(Value::None);
                        }
                        return Ok(Value::Instance(found.clone()));
                    }
                }
            }
            (_, None) => {
                let reg = registry.borrow();
                for (owner_col, target_col) in &resolved.pairs {
                    let c = reg.column_by_name(mapper, owner_col).cloned();
                    let Some(c) = c else { continue };
                    let v = crate::orm::state::known_column_value(interp, inst, owner_col);
                    target_keys.push(target_col.clone());
                    // A joined subclass target: the foreign key may sit on a base table.
                    let table = crate::orm::inheritance::table_of_column(&reg, resolved.target, target_col)
                        .unwrap_or_else(|| target_table.clone());
                    criteria.push((format!("{}.{}", quote(&table), quote(target_col)), to_cell(&v, &c.ty)));
                }
            }
        }
        // Column options chained after the relationship's loader option leave columns out.
        let unloaded = lazy_unloaded(&registry, resolved.target, &chosen.columns);
        let unloaded_names: Vec<String> = {
            let reg = registry.borrow();
            let lineage = crate::orm::inheritance::mapped_columns(&reg, resolved.target);
            unloaded.iter().filter_map(|(k, _)| lineage.iter().find(|c| c.key == *k).map(|c| c.name.clone())).collect()
        };
        let columns: Vec<String> = target_columns
            .iter()
            .filter(|c| !unloaded_names.contains(&c.name))
            .map(|c| format!("{}.{}", quote(&target_table), quote(&c.name)))
            .collect();
        let mut params = Vec::new();
        let mut conditions = Vec::new();
        for (column, cell) in criteria.clone() {
            if cell == Cell::Null {
                conditions.push(format!("{column} IS NULL"));
            } else {
                params.push(cell);
                conditions.push(format!("{column} = ?{}", params.len()));
            }
        }
        let mut sql = format!("SELECT {} FROM {from} WHERE {}", columns.join(", "), conditions.join(" AND "));
        let order_terms = order_tables(&registry, resolved, &target_table);
        let order: Vec<String> = if !order_terms.is_empty() {
            order_terms
                .iter()
                .map(|(t, c, desc)| format!("{}.{} {}", quote(t), quote(c), if *desc { "DESC" } else { "ASC" }))
                .collect()
        } else if let Some(sec) = &resolved.secondary {
            // SQLite walks the association table's primary key index: rows come in its order.
            sec.remote.iter().map(|(assoc, _)| format!("{}.{}", quote(&sec.table), quote(assoc))).collect()
        } else {
            Vec::new()
        };
        if !order.is_empty() {
            sql.push_str(&format!(" ORDER BY {}", order.join(", ")));
        }
        let key_tables: Vec<String> = {
            let reg = registry.borrow();
            target_keys
                .iter()
                .map(|c| {
                    crate::orm::inheritance::table_of_column(&reg, resolved.target, c)
                        .unwrap_or_else(|| target_table.clone())
                })
                .collect()
        };
        if strategy.as_deref() == Some("raise_on_sql") {
            return Err(self.not_available(interp, inst, key, "raise_on_sql"));
        }
        // SQLAlchemy runs the lazy load through `Session.execute()`: `do_orm_execute` listeners see
        // it (`is_relationship_load`) and the criteria they add narrow it.
        let target_class = registry.borrow().mappers.get(resolved.target).map(|m| m.class.clone());
        let fired = match &target_class {
            Some(class) => crate::orm::core::orm_execute_state::criteria_added(
                interp,
                &session,
                class,
                crate::orm::core::orm_execute_state::LoadKind::Relationship,
            )?,
            None => Vec::new(),
        };
        let extra = lazy_criteria(resolved, &chosen, None, &fired);
        let tree_sql = if let Some(join) = &resolved.join {
            let bound = crate::orm::core::join_condition::bind_side(interp, &registry, join, &owner, true)?;
            let clause = lazy_criteria(resolved, &chosen, Some(bound), &fired);
            let order: Vec<(&str, &str, bool)> =
                order_terms.iter().map(|(t, c, desc)| (t.as_str(), c.as_str(), *desc)).collect();
            crate::orm::core::orm_sql::select_text_with(
                &registry,
                Some(resolved.target),
                &target_table,
                &[],
                &order,
                crate::orm::core::orm_sql::Narrowing {
                    within: None,
                    extra: clause.as_ref(),
                    unloaded: &unloaded_names,
                    unlabelled: true,
                },
                &[],
            )
        } else if resolved.secondary.is_none() && target_keys.len() == criteria.len() {
            let crits: Vec<crate::orm::core::orm_sql::Criterion<'_>> = target_keys
                .iter()
                .zip(&criteria)
                .zip(&key_tables)
                .map(|((column, (_, cell)), table)| crate::orm::core::orm_sql::Criterion {
                    table,
                    column,
                    bind_left: resolved.direction != Direction::ManyToOne,
                    null: *cell == Cell::Null,
                })
                .collect();
            let order: Vec<(&str, &str, bool)> =
                order_terms.iter().map(|(t, c, desc)| (t.as_str(), c.as_str(), *desc)).collect();
            // A collection (or reference) of a single-table subclass (or of a `polymorphic_abstract`
            // class) holds only its identities' rows: `AND employee.type IN (?, ?)`.
            let within = (resolved.direction != Direction::ManyToMany && resolved.extra.is_none())
                .then(|| crate::orm::core::orm_sql::single_table_within(&registry, resolved.target))
                .flatten();
            crate::orm::core::orm_sql::select_text_with(
                &registry,
                Some(resolved.target),
                &target_table,
                &crits,
                &order,
                crate::orm::core::orm_sql::Narrowing {
                    within: within.as_ref().map(|_| resolved.target),
                    extra: extra.as_ref(),
                    unloaded: &unloaded_names,
                    unlabelled: true,
                },
                &params,
            )
            .map(|(text, mut values)| {
                values.extend(within.map(|(_, cells)| cells).unwrap_or_default());
                (text, values)
            })
        } else if let Some(sec) = resolved.secondary.as_ref().filter(|sec| {
            criteria.len() == sec.local.len()
                && criteria.iter().all(|(_, c)| *c != Cell::Null)
                && !crate::orm::inheritance::is_joined(&registry.borrow(), resolved.target)
        }) {
            let local: Vec<&str> = sec.local.iter().map(|(assoc, _)| assoc.as_str()).collect();
            let remote: Vec<(&str, &str)> = sec.remote.iter().map(|(a, t)| (a.as_str(), t.as_str())).collect();
            let order: Vec<(&str, &str, bool)> =
                order_terms.iter().map(|(t, c, desc)| (t.as_str(), c.as_str(), *desc)).collect();
            crate::orm::core::orm_sql::select_secondary_text(
                &registry,
                &target_table,
                &sec.table,
                &local,
                &remote,
                &order,
                (extra.as_ref(), &params),
            )
        } else {
            None
        };
        let (sql, params) = tree_sql.unwrap_or((sql, params));
        let rows = self.select_rows(interp, &session, &Compiled { sql, params })?;
        let mut items = Vec::with_capacity(rows.len());
        // Rows of a polymorphic target become the classes their discriminators name.
        let polymorphic = crate::orm::inheritance::discriminator(&registry.borrow(), resolved.target).is_some();
        let shape = RowShape::of(&registry, resolved.target);
        for row in rows {
            items.push(if polymorphic || !unloaded.is_empty() {
                self.materialize_partial(interp, &session, &registry, resolved.target, &row, &unloaded)?
            } else {
                self.materialize_shaped(interp, &session, &registry, resolved.target, &shape, &row)?
            });
        }
        crate::orm::eager::post_load_lazy(
            self,
            interp,
            &session,
            &registry,
            mapper,
            resolved.target,
            &items,
            &chosen.paths,
        )?;
        if resolved.uselist {
            Ok(new_collection(interp, inst, key, items))
        } else {
            Ok(items.into_iter().next().unwrap_or(Value::None))
        }
    }

    /// A many-to-one whose foreign key attribute is expired: load the row first, then the relationship.
    /// The one row of an instance's own SELECT (a refresh, a deferred column): none means the row is
    /// gone, SQLAlchemy's ObjectDeletedError.
    pub(in crate::orm) fn select_own_row(
        &self,
        interp: &mut Interp,
        session: &SessionData,
        compiled: &Compiled,
        inst: &Rc<Instance>,
    ) -> PyResult<Vec<Cell>> {
        let rows = self.select_rows(interp, session, compiled)?;
        rows.into_iter().next().ok_or_else(|| {
            self.error(
                interp,
                SaExc::ObjectDeletedError,
                format!(
                    "Instance '<{} at 0x7f...>' has been deleted, or its row is otherwise not present.",
                    inst.class.name
                ),
            )
        })
    }

    /// SQLAlchemy's refusal to load a `lazy="raise"` / `"raise_on_sql"` relationship.
    pub(in crate::orm) fn not_available(
        &self,
        interp: &Interp,
        inst: &Rc<Instance>,
        key: &str,
        lazy: &str,
    ) -> Box<crate::eval::Exc> {
        self.error(
            interp,
            SaExc::InvalidRequestError,
            format!("'{}.{key}' is not available due to lazy='{lazy}'", inst.class.name),
        )
    }

    fn lazy_load_after_refresh(&self, interp: &mut Interp, owner: &Value, key: &str) -> PyResult<Value> {
        let Value::Instance(inst) = owner else { return Ok(Value::None) };
        if let Some(state) = crate::orm::state::existing_state(inst)
            && !state.borrow().expired.is_empty()
        {
            self.load_expired(interp, inst, &state)?;
            inst.dict.borrow_mut().shift_remove(key);
            return interp.get_attr(owner, key);
        }
        Ok(Value::None)
    }
}

/// The lazy strategy of relationship `key` for this object: a loader option's word, else the
/// relationship's `lazy=`.
pub(in crate::orm) fn effective_strategy(state: &StateRef, key: &str) -> Option<String> {
    let (chosen, registry, mapper) = {
        let s = state.borrow();
        (s.loader.get(key).and_then(|c| c.lazy).map(str::to_string), s.registry.clone(), s.mapper)
    };
    chosen.or_else(|| lazy_strategy(&registry, mapper, key))
}

/// The `lazy=` strategy relationship `key` was declared with (on the mapper or one it inherits from).
fn lazy_strategy(registry: &RegistryRef, mapper: usize, key: &str) -> Option<String> {
    let reg = registry.borrow();
    crate::orm::inheritance::lineage(&reg, mapper)
        .into_iter()
        .find_map(|m| reg.mappers.get(m).and_then(|x| x.relationship(key)).and_then(|r| r.spec.borrow().lazy.clone()))
}

/// The columns a lazy load of `target` leaves out: the mapper's deferred ones, after the option's
/// column `loads` (`defaultload(A.bs).load_only(B.x)`, `.undefer(B.y)`).
fn lazy_unloaded(
    registry: &RegistryRef,
    target: usize,
    loads: &[crate::orm::core::loader_options::ColumnLoad],
) -> Vec<(String, bool)> {
    let mut unloaded = crate::orm::core::loader_options::default_unloaded(registry, target);
    for load in loads {
        unloaded = crate::orm::core::loader_options::apply_load(registry, target, &unloaded, load);
    }
    unloaded
}

/// The relationship's `order_by` terms as (table, column, descending): a column of the target's
/// table, or of the `secondary` table when the target's has no column of that name
/// (`order_by=assoc.c.position`, the association table's own ordering column).
pub(in crate::orm) fn order_tables(
    registry: &RegistryRef,
    resolved: &Resolved,
    target_table: &str,
) -> Vec<(String, String, bool)> {
    let reg = registry.borrow();
    let in_target = |c: &str| {
        crate::orm::inheritance::mapped_columns(&reg, resolved.target).iter().any(|m| m.name == c)
            || reg.tables.get(target_table).is_some_and(|t| t.columns.iter().any(|m| m.name == c))
    };
    let secondary = resolved.secondary.as_ref().map(|sec| sec.table.as_str());
    let in_secondary =
        |c: &str| secondary.and_then(|t| reg.tables.get(t)).is_some_and(|t| t.columns.iter().any(|m| m.name == c));
    resolved
        .order_by
        .iter()
        .map(|(c, desc)| {
            let table = match secondary {
                Some(sec) if !in_target(c) && in_secondary(c) => sec,
                _ => target_table,
            };
            (table.to_string(), c.clone(), *desc)
        })
        .collect()
}

/// The WHERE criteria a lazy load adds beyond its key comparisons, combined in one place: a custom
/// join condition with the owner's side bound (`bound`), then the relationship's own extra
/// `primaryjoin` criteria, then a loader option's `Rel.and_(...)` and `with_loader_criteria()`, then
/// what `do_orm_execute` listeners added (`fired`).
fn lazy_criteria(
    resolved: &Resolved,
    chosen: &crate::orm::eager::LazyOverride,
    bound: Option<crate::sql::elements::ExprRef>,
    fired: &[crate::sql::elements::ExprRef],
) -> Option<crate::sql::elements::ExprRef> {
    use crate::sql::elements::build::boolean_list;
    let mut parts: Vec<_> = resolved.extra.iter().cloned().collect();
    parts.extend(chosen.criteria.iter().chain(&chosen.entity_criteria).chain(fired).cloned());
    let extra = match parts.len() {
        0 | 1 => parts.pop(),
        _ => Some(boolean_list(crate::sql::ops::Op::And, parts)),
    };
    match (bound, extra) {
        (Some(bound), Some(extra)) => Some(boolean_list(crate::sql::ops::Op::And, vec![bound, extra])),
        (bound, extra) => bound.or(extra),
    }
}
