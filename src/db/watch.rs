//! Which tables a statement changed: SQLite's preupdate hook names the table of every row about to be
//! inserted, updated or deleted (rows changed by triggers and foreign key actions included). The run
//! timeline re-reads only those tables after a step, so its cost follows what the step wrote rather
//! than the size of the database. Off unless asked for; a rollback changes rows without the hook, so
//! whoever watches re-reads everything after one.

use super::{ChangedTables, Database, DbError};
use std::collections::BTreeSet;

impl Database {
    /// Starts noting changed tables (once; later calls do nothing).
    pub fn watch_tables(&mut self) -> Result<(), DbError> {
        if self.changed.is_some() {
            return Ok(());
        }
        let changed = ChangedTables::default();
        let noted = changed.clone();
        self.conn.preupdate_hook(Some(move |_, _: &str, table: &str, _: &rusqlite::hooks::PreUpdateCase| {
            if let Ok(mut tables) = noted.lock()
                && !tables.contains(table)
            {
                tables.insert(table.to_string());
            }
        }))?;
        self.changed = Some(changed);
        Ok(())
    }

    /// The tables changed since the last call, or `None` when the database is not being watched.
    pub fn take_changed_tables(&self) -> Option<BTreeSet<String>> {
        let changed = self.changed.as_ref()?;
        changed.lock().ok().map(|mut tables| std::mem::take(&mut *tables))
    }
}
