//! A mapper's pending objects inserted the way SQLAlchemy's `persistence._emit_insert_statements`
//! groups them: consecutive objects sending the same columns (counting a Python-side default's
//! value apart from a given one, as SQLAlchemy's parameter keys do) form one group; a group of one is a
//! plain INSERT (the key from `lastrowid`), a larger group whose keys SQLite generates is one
//! "insertmanyvalues" INSERT ... RETURNING (one row per batch on SQLite, logged `1/N (ordered; batch
//! not supported)`), and a larger group with every key given is one executemany. Groups with
//! SQL-expression defaults read them back with RETURNING (see `defaults_insert.rs`).

use super::statements::{PreparedInsert, TableShape};
use super::*;
use crate::sql::{CacheStat, Compiled, StatementKind};

impl Orm {
    #[inline(never)] // its own function: no giant run-once caller for V8 to optimise (issue 15, index.html)
    pub(super) fn insert_all(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        table: &TableShape,
        mine: &[Rc<Instance>],
        plan: &Plan,
    ) -> PyResult<()> {
        // An object whose foreign key comes from another object of the same list (a self-referential
        // relationship) needs that object's key first: those go one statement at a time.
        // (By address and through each object's own syncs: linear in the list, where a scan of the
        // list per sync made a flush of n children of one parent O(n²).)
        if mine.is_empty() {
            return Ok(());
        }
        let members: HashSet<usize> = mine.iter().map(instance_key).collect();
        let in_list = |p: &Rc<Instance>| members.contains(&instance_key(p));
        let chained = mine.iter().any(|m| plan.syncs_for(m).any(|s| s.parent.as_ref().is_some_and(&in_list)));
        if chained || mine.len() < 2 {
            for inst in mine {
                self.apply_syncs(interp, session, inst, plan)?;
                self.insert(interp, session, table, inst)?;
            }
            return Ok(());
        }
        let mut prepared = Vec::with_capacity(mine.len());
        for inst in mine {
            self.apply_syncs(interp, session, inst, plan)?;
            prepared.push(self.prepare_insert(interp, table, inst)?);
        }
        let mut start = 0;
        while start < prepared.len() {
            let first = &prepared[start];
            // A row with attributes assigned SQL reads them back alone, with RETURNING.
            if first.assigned_sql {
                self.insert_with_sql_defaults(interp, session, table, &mine[start..=start], &prepared[start..=start])?;
                start += 1;
                continue;
            }
            let same = |p: &PreparedInsert| {
                p.names == first.names
                    && p.defaulted == first.defaulted
                    && p.rowid_column.is_some() == first.rowid_column.is_some()
                    && !p.assigned_sql
                    && p.sql_defaults.iter().map(|(k, _, _)| k).eq(first.sql_defaults.iter().map(|(k, _, _)| k))
            };
            let end = start + 1 + prepared[start + 1..].iter().take_while(|p| same(p)).count();
            self.insert_group(interp, session, table, &mine[start..end], &prepared[start..end])?;
            start = end;
        }
        Ok(())
    }

    fn insert_group(
        &self,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        table: &TableShape,
        insts: &[Rc<Instance>],
        prepared: &[PreparedInsert],
    ) -> PyResult<()> {
        let Some(first) = prepared.first() else { return Ok(()) };
        if !first.sql_defaults.is_empty() || !first.expire_after.is_empty() {
            return self.insert_with_sql_defaults(interp, session, table, insts, prepared);
        }
        let registry = &table.registry;
        let returning = first.returning(table);
        let names: Vec<String> = returning.iter().map(|(_, n)| n.clone()).collect();
        let text = crate::orm::core::orm_sql::insert_returning_text(registry, &table.name, &first.names, &names);
        let (Some(text), true) = (text, prepared.len() > 1) else {
            // One at a time (a single object, or a table the tree does not know).
            for (inst, p) in insts.iter().zip(prepared) {
                self.insert_prepared(interp, session, table, inst, p)?;
            }
            return Ok(());
        };
        let compiled = Compiled {
            text,
            params: prepared.iter().map(|p| p.cells.clone()).collect(),
            kind: StatementKind::Insert,
            cache: CacheStat::Generated,
            columns: Vec::new(),
        };
        let phase = crate::orm::Phase::Flush;
        let done = if !returning.is_empty() {
            self.run_insertmanyvalues(interp, &session.engine, &compiled, phase, true, true)?
        } else {
            self.run_compiled(interp, &session.engine, &compiled, phase)?
        };
        for (n, (inst, p)) in insts.iter().zip(prepared).enumerate() {
            let row = done.get(n).and_then(|d| d.rows.first()).cloned().unwrap_or_default();
            let mut p = p.clone();
            let returned = p.take_returned(interp, table, inst, &returning, row);
            let rowid = returned.unwrap_or_else(|| done.get(n).map_or(0, |d| d.last_insert_rowid));
            self.complete_insert(interp, session, table, inst, &p, rowid)?;
        }
        Ok(())
    }
}
