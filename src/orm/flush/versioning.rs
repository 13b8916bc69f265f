//! Optimistic concurrency: `__mapper_args__ = {"version_id_col": version_id}`. As SQLAlchemy's
//! `persistence.py` does it, an INSERT sets the counter to `generator(None)` (1 by default); an
//! UPDATE of an object with changes sets it to `generator(committed)` unless the application set
//! it (always, with `version_id_generator=False`), and both UPDATE and DELETE name the committed
//! value in their WHERE clause. An UPDATE or DELETE matching no row raises `StaleDataError`: some
//! other transaction changed or deleted the row since this object loaded it.

use super::*;
use crate::orm::SaExc;
use crate::orm::mapper::{VersionGenerator, VersionSpec};

/// The version counter of a mapper (or of the mapper it inherits) and the column it lives in, when
/// that column is in `table`.
pub(super) fn version_in(reg: &Registry, mapper: usize, table: &str) -> Option<(VersionSpec, ColumnDef)> {
    let spec = reg.version_of(mapper)?;
    let column = reg.tables.get(table)?.columns.iter().find(|c| c.key == spec.key)?.clone();
    Some((spec.clone(), column))
}

impl Orm {
    /// The next version after `previous` (None for an INSERT); `None` when the application sets it.
    pub(super) fn next_version(
        &self,
        interp: &mut Interp,
        spec: &VersionSpec,
        previous: Value,
    ) -> PyResult<Option<Value>> {
        Ok(match &spec.generator {
            VersionGenerator::Off => None,
            VersionGenerator::Counter => Some(match previous {
                Value::None => Value::Int(1),
                v => interp.binary_op(crate::ir::BinOp::Add, v, Value::Int(1))?,
            }),
            VersionGenerator::Call(f) => Some(interp.call(f, crate::eval::Args::positional(vec![previous]))?),
        })
    }

    /// The version value the database row should have: the committed one (loading an expired one).
    pub(super) fn committed_version(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        spec: &VersionSpec,
    ) -> PyResult<Value> {
        let Some(state) = existing_state(inst) else { return Ok(Value::None) };
        if state.borrow().expired.contains(&spec.key) {
            self.load_expired(interp, inst, &state)?;
        }
        let committed = state.borrow().committed.get(&spec.key).cloned();
        Ok(committed.or_else(|| inst.dict.borrow().get(spec.key.as_str()).cloned()).unwrap_or(Value::None))
    }

    /// `StaleDataError` for a flush statement that matched `matched` of `expected` rows.
    pub(super) fn stale_data(
        &self,
        interp: &Interp,
        verb: &str,
        table: &str,
        expected: usize,
        matched: u64,
    ) -> Box<crate::eval::Exc> {
        let (statement, tail) = match verb {
            "delete" => (
                "DELETE",
                "  Please set confirm_deleted_rows=False within the mapper configuration to prevent this warning.",
            ),
            _ => ("UPDATE", ""),
        };
        let msg = format!(
            "{statement} statement on table '{table}' expected to {verb} {expected} row(s); {matched} were matched.{tail}"
        );
        self.error(interp, SaExc::StaleDataError, msg)
    }
}
