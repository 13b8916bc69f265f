//! SQLAlchemy's `sync.clear` guard: a relationship change that would set a foreign key column to
//! NULL when that column is part of the child's primary key (a child removed from its parent's
//! collection, a parent deleted without a delete cascade, a many-to-one set to None) is refused with
//! `AssertionError: Dependency rule on column 'parent.id' tried to blank-out primary key column
//! 'child.parent_id' on instance '<Child at 0x...>'` — the row's identity cannot become NULL. A key
//! column already None is left alone, as SQLAlchemy's check reads the current value.

use super::*;

impl Orm {
    /// [`Self::check_blank_out`] for a many-to-one cleared on `child` itself, unless `child` is
    /// being deleted (its row goes, nothing is cleared).
    pub(super) fn check_blank_out_kept(
        &self,
        interp: &mut Interp,
        child: &Rc<Instance>,
        pairs: &[(String, String)],
        parent_mapper: usize,
    ) -> PyResult<()> {
        if existing_state(child).is_some_and(|s| s.borrow().status == Status::Deleted) {
            return Ok(());
        }
        self.check_blank_out(interp, child, pairs, parent_mapper)
    }

    /// Checks that clearing `child`'s columns of `pairs` (child column, parent column) blanks out no
    /// primary key column holding a value; `parent_mapper` owns the parent columns (for the message).
    pub(super) fn check_blank_out(
        &self,
        interp: &mut Interp,
        child: &Rc<Instance>,
        pairs: &[(String, String)],
        parent_mapper: usize,
    ) -> PyResult<()> {
        let Some(info) = mapped(&child.class) else { return Ok(()) };
        for (child_col, parent_col) in pairs {
            let (is_key, child_table, parent_table) = {
                let reg = info.registry.borrow();
                let is_key = reg.column_by_name(info.mapper, child_col).is_some_and(|c| c.primary_key);
                let child_table = crate::orm::inheritance::table_of_column(&reg, info.mapper, child_col);
                let parent_table = crate::orm::inheritance::table_of_column(&reg, parent_mapper, parent_col);
                (is_key, child_table.unwrap_or_default(), parent_table.unwrap_or_default())
            };
            if !is_key {
                continue;
            }
            let current = crate::orm::state::known_column_value(interp, child, child_col);
            if matches!(current, Value::None) {
                continue;
            }
            let message = format!(
                "Dependency rule on column '{parent_table}.{parent_col}' tried to blank-out primary key column \
                 '{child_table}.{child_col}' on instance '<{} at 0x7f...>'",
                child.class.name
            );
            return Err(interp.error(crate::eval::ExcType::AssertionError, message));
        }
        Ok(())
    }
}
