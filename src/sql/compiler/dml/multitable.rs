//! The SET entries of a multiple-table UPDATE (`crud._get_update_multitable_params`): `.values()`
//! keys that are columns of the statement's other tables (the WHERE clause's) come first, as
//! `address.email_address=%s`, on a backend that renders tables with SET columns (MySQL); any other
//! raises SQLAlchemy's CompileError. Their binds are named by the column's label (`address_email_address`).

use crate::sql::compiler::{Compiler, Kw};
use crate::sql::dml::{DmlKey, DmlValue};
use crate::sql::error::{SqlError, SqlResult};
use crate::sql::selectable::FromRef;
use std::rc::Rc;

impl Compiler {
    /// The rendered SET entries for other tables' columns, and which `values` they used.
    pub(super) fn multitable_sets(
        &mut self,
        values: &[(DmlKey, DmlValue)],
        extra: &[FromRef],
        include_table: bool,
        kw: &Kw,
    ) -> SqlResult<(Vec<String>, Vec<usize>)> {
        let mut sets = Vec::new();
        let mut consumed = Vec::new();
        for t in extra {
            for c in t.column_refs() {
                let found = values.iter().position(|(k, _)| {
                    matches!(k, DmlKey::Column(kc) if kc.table.as_ref().is_some_and(|kt| Rc::ptr_eq(kt, t))
                        && (Rc::ptr_eq(&kc.col, &c.col) || kc.col.key == c.col.key))
                });
                let Some(i) = found else { continue };
                if !include_table {
                    return Err(SqlError::compile(format!(
                        "Backend does not support additional tables in the SET clause; cannot include columns from \
                         table(s) '{}' in SET clause",
                        t.description()
                    )));
                }
                let name = self.dml_table_name(t);
                let bind = format!("{}_{}", t.name().map(|n| self.resolve(&n)).unwrap_or_default(), c.col.key);
                let value = self.crud_value(&c.col, &values[i].1, &bind, kw)?;
                sets.push(format!("{name}.{}={value}", self.quote(&c.col.name.text())));
                consumed.push(i);
            }
        }
        Ok((sets, consumed))
    }

    /// A DML table's name as SET columns are qualified with it.
    pub(super) fn dml_table_name(&mut self, table: &FromRef) -> String {
        match table.name() {
            Some(n) => {
                let name = self.resolve(&n);
                self.quote(&name)
            }
            None => String::new(),
        }
    }
}
