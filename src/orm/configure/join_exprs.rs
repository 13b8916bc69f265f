//! A configured relationship's join conditions as Core expressions (`User.addresses.property.primaryjoin`):
//! the `primaryjoin=` / `secondaryjoin=` as written, or the one SQLAlchemy's `join_condition()` derives
//! from the foreign keys — each referenced column compared to the column referencing it
//! (`"user".id = address.user_id`, whichever side owns the relationship).

use super::*;
use crate::sql::elements::{ColumnRef, ExprRef, build};
use crate::sql::ops::Op;

impl Orm {
    /// `relationship.property.primaryjoin` (`secondary` false) or `.secondaryjoin` of relationship
    /// `key` of `mapper`; None for a relationship without one (`secondaryjoin` of a one-to-many).
    pub fn relationship_join(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        mapper: usize,
        key: &str,
        secondary: bool,
    ) -> PyResult<Value> {
        self.configure(interp, registry)?;
        let (spec, resolved) = {
            let reg = registry.borrow();
            let Some(rel) = reg.relationship_of(mapper, key) else { return Ok(Value::None) };
            (rel.spec.clone(), rel.resolved.clone())
        };
        let Some(resolved) = resolved else { return Ok(Value::None) };
        let written = if secondary { spec.borrow().secondaryjoin.clone() } else { spec.borrow().primaryjoin.clone() };
        if let Some(value) = written {
            let value = match self.evaluate_argument(interp, registry, value) {
                Ok(v) => v,
                Err(Failed::Python(e)) => return Err(e),
                Err(Failed::Orm((class, message))) => return Err(self.error(interp, class, message)),
            };
            if state::<super::super::core::expr_obj::ExprObj>(&value).is_some() {
                return Ok(value);
            }
            return Ok(match super::super::core::bridge::legacy_expr(interp, &value)? {
                Some(e) => super::super::core::expr_obj::expr_value(interp, e),
                None => value,
            });
        }
        // (referenced column, referencing column) by (table, column) names.
        let owner = mapper;
        let target = resolved.target;
        let mut terms: Vec<((String, String), (String, String))> = Vec::new();
        {
            let reg = registry.borrow();
            let on = |m: usize, column: &str| (table_holding(&reg, m, column), column.to_string());
            match (&resolved.secondary, resolved.direction) {
                (Some(sec), _) => {
                    let (side, mapper) = if secondary { (&sec.remote, target) } else { (&sec.local, owner) };
                    for (assoc, column) in side {
                        terms.push((on(mapper, column), (sec.table.clone(), assoc.clone())));
                    }
                }
                (None, _) if secondary => return Ok(Value::None),
                (None, Direction::ManyToOne) => {
                    for (fk, referenced) in &resolved.pairs {
                        terms.push((on(target, referenced), on(owner, fk)));
                    }
                }
                (None, _) => {
                    for (referenced, fk) in &resolved.pairs {
                        terms.push((on(owner, referenced), on(target, fk)));
                    }
                }
            }
        }
        let column = |(table, column): &(String, String)| -> Option<ExprRef> {
            let c: ColumnRef = super::super::core::bridge::core_table(registry, table)?.column_ref_by_name(column)?;
            Some(Rc::new(crate::sql::elements::Expr::Column(c)))
        };
        let mut clauses = Vec::new();
        for (left, right) in &terms {
            if let (Some(l), Some(r)) = (column(left), column(right)) {
                clauses.push(build::binary(&l, &r, Op::Eq, crate::sql::types::SqlType::boolean(), Some(Op::Ne)));
            }
        }
        let expr = match clauses.len() {
            0 => return Ok(Value::None),
            1 => clauses.remove(0),
            _ => build::boolean_list(Op::And, clauses),
        };
        Ok(super::super::core::expr_obj::expr_value(interp, expr))
    }
}

/// The table of a mapper's lineage (nearest first) that has column `column`.
fn table_holding(reg: &Registry, mapper: usize, column: &str) -> String {
    crate::orm::inheritance::tables_of(reg, mapper)
        .into_iter()
        .rev()
        .find(|t| t.column(column).is_some())
        .map(|t| t.name.clone())
        .or_else(|| reg.mappers.get(mapper).map(|m| m.table.clone()))
        .unwrap_or_default()
}
