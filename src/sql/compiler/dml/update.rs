//! UPDATE and DELETE (`visit_update`, `visit_delete`): the SET list in the table's column order (or
//! the order given with `ordered_values`), `onupdate` defaults, the other tables of the WHERE clause as
//! `UPDATE ... FROM` / `DELETE ... USING`, and RETURNING.

use super::{find_value, table_columns};
use crate::sql::compiler::{Compiler, Dialect, Kw, StackEntry};
use crate::sql::dml::{Delete, DmlKey, DmlValue, Update};
use crate::sql::elements::build;
use crate::sql::elements::{ColumnInfo, ExprRef};
use crate::sql::error::{SqlError, SqlResult};
use crate::sql::schema::ColumnDefault;
use crate::sql::selectable::FromRef;
use std::rc::Rc;

impl Compiler {
    /// The FROM elements of an UPDATE/DELETE besides its table (`_make_extra_froms`): the ones
    /// stated with `Delete.using()` first (the tables inside a stated join count as present), then
    /// the other tables of the criteria.
    fn extra_froms(table: &FromRef, explicit: &[FromRef], criteria: &[ExprRef]) -> Vec<FromRef> {
        let mut seen: Vec<FromRef> = Vec::new();
        table.from_objects(&mut seen);
        let mut out = Vec::new();
        for f in explicit {
            if !seen.iter().any(|s| Rc::ptr_eq(s, f)) {
                out.push(f.clone());
            }
            surface_selectables(f, &mut seen);
        }
        for c in criteria {
            let mut objs = Vec::new();
            c.from_objects(&mut objs);
            for o in objs {
                if !seen.iter().any(|s| Rc::ptr_eq(s, &o)) {
                    seen.push(o.clone());
                    out.push(o);
                }
            }
        }
        out
    }

    /// Opens the compile frame an UPDATE or DELETE renders in: its table and the other tables of its
    /// criteria are the FROMs that subqueries in SET / WHERE correlate to (as a SELECT's FROMs would
    /// be). Returns those other tables (rendered as `UPDATE .. FROM` / `DELETE .. USING`) and the
    /// keyword set for rendering them as FROM elements; the caller pops the frame when done.
    fn push_dml_frame(
        &mut self,
        table: &FromRef,
        explicit: &[FromRef],
        criteria: &[ExprRef],
        kw: &Kw,
    ) -> (Vec<FromRef>, Kw) {
        let extra = Self::extra_froms(table, explicit, criteria);
        let mut correlate = vec![table.clone()];
        correlate.extend(extra.iter().cloned());
        self.stack.push(StackEntry {
            correlate_froms: correlate.clone(),
            asfrom_froms: correlate,
            ..StackEntry::default()
        });
        let mut tkw = kw.clone();
        tkw.asfrom = true;
        (extra, tkw)
    }

    pub(super) fn visit_update(&mut self, upd: &Update, column_keys: Option<&[String]>, kw: &Kw) -> SqlResult<String> {
        let table = self.dml_table(&upd.table)?;
        let toplevel = self.stack.is_empty();
        let mut consider: Vec<ExprRef> = upd.where_.clone();
        for (_, v) in &upd.values {
            if let DmlValue::Expr(e) = v {
                consider.push(e.clone());
            }
        }
        let (extra, tkw) = self.push_dml_frame(&table, &[], &consider, kw);
        // MySQL's multiple-table UPDATE names every table and qualifies the SET columns.
        let include_table = matches!(self.dialect, Dialect::Mysql) && !extra.is_empty();
        let mut text = format!("UPDATE {}", self.visit_from(&table, &tkw)?);
        if include_table {
            for f in &extra {
                text.push_str(&format!(", {}", self.visit_from(f, &tkw)?));
            }
        }
        text.push_str(" SET ");
        let (mut sets, consumed) = self.multitable_sets(&upd.values, &extra, include_table, kw)?;
        let values: Vec<(DmlKey, DmlValue)> =
            upd.values.iter().enumerate().filter(|(i, _)| !consumed.contains(i)).map(|(_, kv)| kv.clone()).collect();
        let prefix = if include_table { format!("{}.", self.dml_table_name(&table)) } else { String::new() };
        let target = |this: &Self, c: &ColumnInfo| format!("{prefix}{}", this.quote(&c.name.text()));
        let cols = table_columns(&table);
        let table_keys: Vec<String> = cols.iter().map(|c| c.key.clone()).collect();
        for (k, _) in &values {
            let key = k.key();
            if !table_keys.contains(&key) {
                return Err(SqlError::compile(format!("Unconsumed column names: {key}")));
            }
        }
        let keys: Vec<String> = column_keys.map(|k| k.to_vec()).unwrap_or_default();
        let order: Vec<Rc<ColumnInfo>> = if upd.ordered {
            let mut o: Vec<Rc<ColumnInfo>> =
                values.iter().filter_map(|(k, _)| cols.iter().find(|c| c.key == k.key()).cloned()).collect();
            o.extend(cols.iter().filter(|c| !values.iter().any(|(k, _)| k.key() == c.key)).cloned());
            o
        } else {
            cols.clone()
        };
        if upd.values.is_empty() && column_keys.is_none() {
            for c in &order {
                let v = self.required_bind(c, &c.key, kw)?;
                sets.push(format!("{}={v}", target(self, c)));
            }
        } else {
            for c in &order {
                if let Some(v) = find_value(&values, &c.key) {
                    let value = self.crud_value(c, v, &c.key, kw)?;
                    sets.push(format!("{}={value}", target(self, c)));
                } else if keys.contains(&c.key) {
                    let value = self.required_bind(c, &c.key, kw)?;
                    sets.push(format!("{}={value}", target(self, c)));
                } else if let Some(d) = c.schema.as_ref().and_then(|s| s.onupdate.clone()) {
                    let value = match d {
                        ColumnDefault::Sql(e) => self.grouped(&e, kw)?,
                        _ => {
                            self.prefetch.push((c.key.clone(), c.clone()));
                            self.required_bind(c, &c.key, kw)?
                        }
                    };
                    sets.push(format!("{}={value}", target(self, c)));
                }
            }
        }
        text.push_str(&sets.join(", "));
        if !extra.is_empty() && !include_table {
            let mut parts = Vec::new();
            for f in &extra {
                parts.push(self.visit_from(f, &tkw)?);
            }
            text.push_str(&format!(" FROM {}", parts.join(", ")));
        }
        if let Some(w) = build::where_clause(&upd.where_) {
            text.push_str(&format!(" WHERE {}", self.visit(&w, kw)?));
        }
        if let Some(r) = self.returning_text(&upd.returning, toplevel, kw)? {
            text.push_str(&format!(" {r}"));
        }
        self.stack.pop();
        Ok(self.with_ctes(text, toplevel))
    }

    pub(super) fn visit_delete(&mut self, del: &Delete, kw: &Kw) -> SqlResult<String> {
        let table = self.dml_table(&del.table)?;
        let toplevel = self.stack.is_empty();
        let (extra, tkw) = self.push_dml_frame(&table, &del.using, &del.where_, kw);
        let mut text = format!("DELETE FROM {}", self.visit_from(&table, &tkw)?);
        if !extra.is_empty() {
            match self.dialect {
                Dialect::Default => {
                    let mut parts = Vec::new();
                    for f in &extra {
                        parts.push(self.visit_from(f, &tkw)?);
                    }
                    // StrSQLCompiler's `delete_extra_from_clause` is ", a, b" after a space.
                    text.push_str(&format!(" , {}", parts.join(", ")));
                }
                Dialect::Mysql => {
                    // The table itself leads unless a stated join already has it.
                    let mut inside = Vec::new();
                    for f in &extra {
                        surface_selectables(f, &mut inside);
                    }
                    let mut parts = Vec::new();
                    if !inside.iter().any(|s| Rc::ptr_eq(s, &table)) {
                        parts.push(self.visit_from(&table, &tkw)?);
                    }
                    for f in &extra {
                        parts.push(self.visit_from(f, &tkw)?);
                    }
                    text.push_str(&format!(" USING {}", parts.join(", ")));
                }
                _ => {
                    return Err(SqlError::new(
                        crate::sql::error::SqlErrorKind::NotImplemented,
                        "This backend does not support multiple-table criteria within DELETE",
                    ));
                }
            }
        }
        if let Some(w) = build::where_clause(&del.where_) {
            text.push_str(&format!(" WHERE {}", self.visit(&w, kw)?));
        }
        if let Some(r) = self.returning_text(&del.returning, toplevel, kw)? {
            text.push_str(&format!(" {r}"));
        }
        self.stack.pop();
        Ok(self.with_ctes(text, toplevel))
    }
}

/// `sql_util.surface_selectables_only`: a FROM element and, through joins, the elements joined.
fn surface_selectables(f: &FromRef, out: &mut Vec<FromRef>) {
    out.push(f.clone());
    if let crate::sql::selectable::FromKind::Join(j) = &f.kind {
        surface_selectables(&j.left, out);
        surface_selectables(&j.right, out);
    }
}
