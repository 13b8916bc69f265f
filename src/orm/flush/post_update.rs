//! Foreign keys a row could not have when it was written: two objects that refer to each other
//! (`User.billing_address` many-to-one beside `User.addresses` one-to-many, SQLAlchemy's
//! `relationship(..., post_update=True)`) are inserted one before the other, so the first row goes
//! in with NULL and gets its key afterwards, as SQLAlchemy's post-update step sends it:
//! `UPDATE users SET billing_address_id=? WHERE users.id = ?`.

use super::*;

impl Orm {
    /// After the flush's INSERTs and UPDATEs: each foreign key sync whose row was written NULL while
    /// its parent had no key yet, set now that the parent has one.
    pub(super) fn post_update(&self, interp: &mut Interp, session: &Rc<SessionData>, plan: &Plan) -> PyResult<()> {
        for sync in &plan.syncs {
            let (Some(parent), inst) = (&sync.parent, &sync.child) else { continue };
            let (Some(state), Some(info)) = (existing_state(inst), mapped(&inst.class)) else { continue };
            if state.borrow().status != Status::Persistent {
                continue;
            }
            let mut sets: Vec<(ColumnDef, Value)> = Vec::new();
            let mut table = None;
            let mut key: Vec<ColumnDef> = Vec::new();
            {
                let reg = info.registry.borrow();
                for (child_col, parent_col) in &sync.pairs {
                    let Some(c) = reg.column_by_name(info.mapper, child_col) else { continue };
                    let now = crate::orm::state::known_column_value(interp, parent, parent_col);
                    let written = state.borrow().committed.get(&c.key).cloned().unwrap_or(Value::None);
                    if matches!(now, Value::None) || !matches!(written, Value::None) {
                        continue;
                    }
                    // The table of the hierarchy that holds the column (a joined subclass's own).
                    let owner = crate::orm::inheritance::lineage(&reg, info.mapper).into_iter().find_map(|m| {
                        let t = reg.table_of(m)?;
                        t.columns.iter().any(|x| x.name == *child_col).then(|| t.clone())
                    });
                    let Some(owner) = owner else { continue };
                    if table.is_none() {
                        key = owner.columns.iter().filter(|x| x.primary_key).cloned().collect();
                        table = Some(owner.name.clone());
                    }
                    if table.as_deref() == Some(owner.name.as_str()) {
                        sets.push((c.clone(), now));
                    }
                }
            }
            let Some(table) = table else { continue };
            if sets.is_empty() || key.is_empty() {
                continue;
            }
            let set_names: Vec<String> = sets.iter().map(|(c, _)| c.name.clone()).collect();
            let key_names: Vec<String> = key.iter().map(|c| c.name.clone()).collect();
            let Some(sql) = crate::orm::core::orm_sql::update_text(&info.registry, &table, &set_names, &key_names)
            else {
                continue;
            };
            let mut params: Vec<Cell> = sets.iter().map(|(c, v)| to_cell(v, &c.ty)).collect();
            for c in &key {
                let v = inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None);
                params.push(to_cell(&v, &c.ty));
            }
            self.execute_flush(interp, session, &sql, &params)?;
            let mut s = state.borrow_mut();
            for (c, v) in sets {
                inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), v.clone());
                s.committed.insert(c.key.clone(), v);
                s.expired.shift_remove(&c.key);
            }
        }
        Ok(())
    }
}
