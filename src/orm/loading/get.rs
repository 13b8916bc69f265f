//! Primary-key loads: `session.get(Model, pk)` looks in the identity map first, then SELECTs the row
//! by its key (joined inheritance and single-table criteria included).

use super::RowShape;
use crate::db::Cell;
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::expr::quote;
use crate::orm::identity::IdentityKey;
use crate::orm::mapper::RegistryRef;
use crate::orm::query::Compiled;
use crate::orm::session::SessionData;
use crate::orm::state::to_cell;
use crate::orm::{Orm, SaExc};
use std::rc::Rc;

impl Orm {
    /// `session.get(Model, pk)`: the identity map first, then one SELECT.
    pub fn get_by_key(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        registry: &RegistryRef,
        mapper: usize,
        key: &Value,
    ) -> PyResult<Value> {
        self.get_by_key_with(interp, session, (registry, mapper), key, false)
    }

    /// [`Self::get_by_key`]; with `populate` (`populate_existing=True`) an object already in the
    /// identity map is loaded anew from its row, its pending changes discarded.
    pub fn get_by_key_with(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        (registry, mapper): (&RegistryRef, usize),
        key: &Value,
        populate: bool,
    ) -> PyResult<Value> {
        let columns = RowShape::of(registry, mapper).columns;
        let table = registry.borrow().mappers[mapper].table.clone();
        let pk_cols: Vec<_> = columns.iter().filter(|c| c.primary_key).cloned().collect();
        let count_error = |interp: &Interp| {
            let names: Vec<String> = pk_cols.iter().map(|c| format!("'{table}.{}'", c.name)).collect();
            self.error(
                interp,
                SaExc::InvalidRequestError,
                format!(
                    "Incorrect number of values in identifier to formulate primary key for session.get(); primary key columns are {}",
                    names.join(",")
                ),
            )
        };
        let values = match key {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            Value::Dict(d) => {
                let d = d.borrow();
                if d.len() != pk_cols.len() {
                    return Err(count_error(interp));
                }
                let found: Option<Vec<Value>> = pk_cols
                    .iter()
                    .map(|c| d.get(&crate::eval::dict::Key::Str(Rc::from(c.key.as_str()))).cloned())
                    .collect();
                // SQLAlchemy looks each primary key attribute up by name: a missing one is a KeyError
                // it reports as wrong names.
                let Some(found) = found else {
                    let names: Vec<String> = pk_cols.iter().map(|c| format!("'{}'", c.key)).collect();
                    return Err(self.error(
                        interp,
                        SaExc::InvalidRequestError,
                        format!(
                            "Incorrect names of values in identifier to formulate primary key for session.get(); primary key attribute names are {} (synonym names are also accepted)",
                            names.join(",")
                        ),
                    ));
                };
                found
            }
            v => vec![v.clone()],
        };
        if values.len() != pk_cols.len() {
            return Err(count_error(interp));
        }
        let cells: Vec<Cell> = pk_cols.iter().zip(&values).map(|(c, v)| to_cell(v, &c.ty)).collect();
        let id_key = IdentityKey::new(registry, mapper, &cells);
        let found = session.identity.borrow().get(&id_key).cloned();
        // An object marked for deletion is still in the identity map until the flush: `get()`
        // returns it (SQLAlchemy's `get_from_identity`); a flushed DELETE took it out.
        if let Some(found) = found {
            let value = Value::Instance(found.clone());
            if populate {
                // The SELECT autoflushes first: a pending change is written, then read back.
                if session.autoflush.get() {
                    self.autoflush(interp, session)?;
                }
                self.expire_instance_quietly(&found, None);
            }
            if let Some(state) = crate::orm::state::existing_state(&found)
                && !state.borrow().expired.is_empty()
            {
                match self.load_expired(interp, &found, &state) {
                    Ok(()) => {}
                    Err(e) if self.exception_is(&e, SaExc::ObjectDeletedError) => return Ok(Value::None),
                    Err(e) => return Err(e),
                }
            }
            return Ok(value);
        }
        self.check_pending_rollback(interp, session)?;
        if session.autoflush.get() {
            self.autoflush(interp, session)?;
        }
        self.autobegin(interp, session)?;
        if crate::orm::core::orm_execute_state::listened(interp, session) || joins_eagerly(registry, mapper) {
            let keys: Vec<String> = pk_cols.iter().map(|c| c.key.clone()).collect();
            return self.get_through_event(interp, session, (registry, mapper), &keys, &values);
        }
        let compiled = by_key(registry, mapper, &table, &columns, &cells);
        let rows = self.select_rows(interp, session, &compiled)?;
        match rows.into_iter().next() {
            Some(row) => {
                let value = self.materialize(interp, session, registry, mapper, &row)?;
                if let Value::Instance(inst) = &value {
                    crate::orm::eager::post_load(
                        self,
                        interp,
                        session,
                        registry,
                        mapper,
                        std::slice::from_ref(inst),
                        &[],
                        &[mapper],
                    )?;
                }
                Ok(value)
            }
            None => Ok(Value::None),
        }
    }
}

impl Orm {
    /// `session.get()`'s SELECT as SQLAlchemy runs it, through `Session.execute()` as
    /// `select(Model).where(Model.pk == value)`: taken when the session has `do_orm_execute`
    /// listeners (which see it and may narrow it: a row `with_loader_criteria()` filters out makes
    /// `get()` return None), or when a `lazy="joined"` relationship widens the statement with its
    /// eager join (one SELECT, as the ORM statement writes it).
    fn get_through_event(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        (registry, mapper): (&RegistryRef, usize),
        keys: &[String],
        values: &[Value],
    ) -> PyResult<Value> {
        use crate::eval::Args;
        let Some(class) = registry.borrow().mappers.get(mapper).map(|m| m.class.clone()) else {
            return Ok(Value::None);
        };
        let entity = Value::Class(class);
        let stmt = crate::orm::core::orm_select::select_call(interp, Args::positional(vec![entity.clone()]))?;
        let mut criteria = Vec::with_capacity(keys.len());
        for (key, value) in keys.iter().zip(values) {
            let attr = interp.get_attr(&entity, key)?;
            criteria.push(interp.compare(crate::ir::CmpOp::Eq, &attr, value)?);
        }
        let where_ = interp.get_attr(&stmt, "where")?;
        let stmt = interp.call(&where_, Args::positional(criteria))?;
        let kind = crate::orm::core::orm_execute_state::LoadKind::Statement;
        let fired = crate::orm::core::orm_execute_state::fire(interp, session, &stmt, None, None, kind)?;
        let stmt = fired.unwrap_or(stmt);
        match crate::orm::core::orm_execute::execute_orm_select(interp, session, &stmt, None, true)? {
            Some(result) => {
                // A joined collection repeats the row: the loader uniques it, as `get()`'s does.
                let unique = interp.call_method(&result, "unique", Vec::new())?;
                interp.call_method(&unique, "first", Vec::new())
            }
            None => Ok(Value::None),
        }
    }
}

/// Whether a relationship of `mapper` (or one it inherits) loads with `lazy="joined"` by default.
fn joins_eagerly(registry: &RegistryRef, mapper: usize) -> bool {
    let reg = registry.borrow();
    crate::orm::inheritance::lineage(&reg, mapper).into_iter().any(|m| {
        reg.mappers
            .get(m)
            .is_some_and(|x| x.relationships.iter().any(|r| r.spec.borrow().lazy.as_deref() == Some("joined")))
    })
}

/// `SELECT all columns FROM table WHERE pk = ...`.
pub(super) fn by_key(
    registry: &RegistryRef,
    mapper: usize,
    table: &str,
    columns: &[crate::orm::mapper::ColumnDef],
    key: &[Cell],
) -> Compiled {
    if crate::orm::inheritance::is_joined(&registry.borrow(), mapper)
        && let Some(sql) = crate::orm::core::orm_sql::select_joined_text(registry, mapper)
    {
        return Compiled { sql, params: key.to_vec() };
    }
    let list: Vec<String> = columns.iter().map(|c| format!("{}.{}", quote(table), quote(&c.name))).collect();
    let mut params = Vec::new();
    let mut conditions = Vec::new();
    for (c, cell) in columns.iter().filter(|c| c.primary_key).zip(key) {
        params.push(cell.clone());
        conditions.push(format!("{}.{} = ?{}", quote(table), quote(&c.name), params.len()));
    }
    let names: Vec<&String> = columns.iter().filter(|c| c.primary_key).map(|c| &c.name).collect();
    let crits: Vec<crate::orm::core::orm_sql::Criterion<'_>> = names
        .iter()
        .map(|column| crate::orm::core::orm_sql::Criterion { table, column, bind_left: false, null: false })
        .collect();
    let within = crate::orm::core::orm_sql::single_table_within(registry, mapper);
    match crate::orm::core::orm_sql::select_text(registry, None, table, &crits, &[], Some(mapper)) {
        Some(sql) => {
            params.extend(within.map(|(_, cells)| cells).unwrap_or_default());
            Compiled { sql, params }
        }
        None => Compiled {
            sql: format!("SELECT {} FROM {} WHERE {}", list.join(", "), quote(table), conditions.join(" AND ")),
            params,
        },
    }
}
