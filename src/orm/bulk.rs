//! Bulk operations: `query.update({...})` and `query.delete()` (one statement for every matching row,
//! with in-session objects kept in step, SQLAlchemy's "evaluate" synchronisation).

use super::Orm;
use super::expr::{ExprObj, SqlExpr, quote, to_expr};
use super::identity::IdentityKey;
use super::mapper::{ColumnDef, RegistryRef};
use super::native::state;
use super::query::{Entity, QueryData};
use super::session::SessionData;
use super::state::{Status, existing_state, to_cell};
use crate::db::Cell;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::orm::SaExc;
use crate::orm::native::kwarg;

impl Orm {
    /// Runs `UPDATE` (with `values`) or `DELETE` for the query's rows; returns the row count.
    /// `values` are (attribute, value) pairs for an UPDATE, `None` for a DELETE. `synchronize` is false
    /// for `synchronize_session=False`: objects in the session are then left as they were.
    pub fn bulk(
        &self,
        interp: &mut Interp,
        q: &QueryData,
        values: Option<Vec<(Value, Value)>>,
        synchronize: bool,
    ) -> PyResult<i64> {
        let (Some(session), Some(Entity::Mapper { registry, mapper, table, .. })) =
            (q.session.clone(), q.entities.first())
        else {
            return Err(interp.not_supported("update()/delete() on anything but a query of one mapped class"));
        };
        self.check_pending_rollback(interp, &session)?;
        if session.autoflush.get() {
            self.autoflush(interp, &session)?;
        }
        self.autobegin(interp, &session)?;
        let columns = registry.borrow().table_of(*mapper).map(|t| t.columns.clone()).unwrap_or_default();
        let mut params = Vec::new();
        let criteria: Vec<String> = q.criteria.iter().map(|c| c.compile(&mut params)).collect();
        let where_clause =
            if criteria.is_empty() { String::new() } else { format!(" WHERE {}", criteria.join(" AND ")) };
        // The keys of the rows about to change, to update the objects in the session afterwards.
        let pk_cols: Vec<_> = columns.iter().filter(|c| c.primary_key).cloned().collect();
        let pk_list: Vec<String> = pk_cols.iter().map(|c| format!("{}.{}", quote(table), quote(&c.name))).collect();
        let keys_sql = format!("SELECT {} FROM {}{where_clause}", pk_list.join(", "), quote(table));
        let keys: Vec<Vec<Cell>> = session.engine.run_quiet(&keys_sql, &params).map(|e| e.rows).unwrap_or_default();
        let mut assignments = Vec::new();
        if let Some(values) = &values {
            for (k, v) in values.iter().cloned() {
                let key = match (&k, state::<ExprObj>(&k)) {
                    (Value::Str(s), _) => s.to_string(),
                    (_, Some(e)) => match (&e.attribute, &e.expr) {
                        (Some((_, key)), _) => key.clone(),
                        (None, SqlExpr::Column { column, .. }) => column.clone(),
                        _ => String::new(),
                    },
                    _ => String::new(),
                };
                let Some(c) = columns.iter().find(|c| c.key == key || c.name == key).cloned() else {
                    return Err(self.error(
                        interp,
                        SaExc::InvalidRequestError,
                        format!("Entity namespace for \"{table}\" has no property \"{key}\""),
                    ));
                };
                assignments.push((c, v));
            }
        }
        let mut update_params = Vec::new();
        let sql = if values.is_some() {
            let mut sets = Vec::new();
            for (c, v) in &assignments {
                let e = to_expr(interp, v, Some(&c.ty))?;
                sets.push(format!("{} = {}", quote(&c.name), e.compile(&mut update_params)));
            }
            let mut crit_params = Vec::new();
            let crit: Vec<String> = q.criteria.iter().map(|c| c.compile(&mut crit_params)).collect();
            // Renumber the criteria's parameters after the SET parameters.
            let offset = update_params.len();
            let crit: Vec<String> = crit.into_iter().map(|c| renumber(&c, offset)).collect();
            update_params.extend(crit_params);
            let where_clause = if crit.is_empty() { String::new() } else { format!(" WHERE {}", crit.join(" AND ")) };
            format!("UPDATE {} SET {}{where_clause}", quote(table), sets.join(", "))
        } else {
            update_params = params.clone();
            format!("DELETE FROM {}{where_clause}", quote(table))
        };
        let count =
            self.run_statement(interp, &session.engine, &sql, &update_params, super::Phase::Query)?.changes as i64;
        let keys = if synchronize { keys } else { Vec::new() };
        let assignments: Vec<(ColumnDef, Option<Value>)> =
            assignments.into_iter().map(|(c, v)| (c, state::<ExprObj>(&v).is_none().then_some(v))).collect();
        self.synchronize(
            interp,
            &session,
            registry,
            *mapper,
            keys,
            values.is_some().then_some(&assignments[..]),
            false,
        );
        Ok(count)
    }

    /// Brings the session's objects with primary keys `keys` in step with an UPDATE (`assignments`:
    /// each column's new value, `None` for an SQL expression, whose attribute is expired instead) or a
    /// DELETE (`None`: the objects become deleted).
    #[allow(clippy::too_many_arguments)]
    pub fn synchronize(
        &self,
        interp: &mut Interp,
        session: &SessionData,
        registry: &RegistryRef,
        mapper: usize,
        keys: Vec<Vec<Cell>>,
        assignments: Option<&[(ColumnDef, Option<Value>)]>,
        skip_expired: bool,
    ) {
        for key in keys {
            let id = IdentityKey::new(registry, mapper, &key);
            let found = session.identity.borrow().get(&id).cloned();
            let Some(inst) = found else { continue };
            // SQLAlchemy's evaluator looks only at objects that are not wholly expired.
            if skip_expired && self.fully_expired(&inst) {
                continue;
            }
            if let Some(assignments) = assignments {
                let Some(inst_state) = existing_state(&inst) else { continue };
                let mut s = inst_state.borrow_mut();
                for (c, v) in assignments {
                    let Some(v) = v else {
                        s.expired.insert(c.key.clone());
                        inst.dict.borrow_mut().shift_remove(c.key.as_str());
                        continue;
                    };
                    // SQLAlchemy sets only the attributes the object has loaded; an unloaded one
                    // stays unloaded (its next read fetches the new value).
                    if !inst.dict.borrow().contains_key(c.key.as_str()) {
                        continue;
                    }
                    let stored = super::state::from_cell(interp, &to_cell(v, &c.ty), &c.ty);
                    inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), stored.clone());
                    s.committed.insert(c.key.clone(), stored);
                    s.expired.shift_remove(&c.key);
                }
                drop(s);
                session.note_loaded(&inst);
            } else {
                session.identity.borrow_mut().remove(&id);
                if let Some(state) = existing_state(&inst) {
                    let mut s = state.borrow_mut();
                    s.status = Status::Deleted;
                }
                session.deleted.borrow_mut().add(&inst);
            }
        }
    }
}

/// Shifts `?n` placeholders by `offset`.
fn renumber(sql: &str, offset: usize) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '?' && chars.peek().is_some_and(char::is_ascii_digit) {
            let mut digits = String::new();
            while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(*d);
                chars.next();
            }
            let n: usize = digits.parse().unwrap_or(0);
            out.push_str(&format!("?{}", n + offset));
        } else {
            out.push(c);
        }
    }
    out
}

/// Reads `synchronize_session=`: `False` leaves in-session objects stale; "auto", "evaluate" and
/// "fetch" all keep them in step (the rows are always known here).
pub fn synchronize_flag(interp: &mut Interp, args: &Args) -> PyResult<bool> {
    match kwarg(args, "synchronize_session") {
        None => Ok(true),
        Some(Value::Bool(b)) => Ok(b),
        Some(Value::Str(_)) => Ok(true),
        Some(v) => interp.truthy(&v),
    }
}
