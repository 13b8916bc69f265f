//! Joins without an explicit ON clause (`Join._join_condition`): the condition comes from the foreign
//! keys between the two sides — `user_account.id = address.user_id` — and it is an error when there are
//! none or more than one.

use super::columns::foreign_keys_of;
use super::{FromClause, FromKind, FromRef, Join};
use crate::sql::elements::build::{self, Operand};
use crate::sql::elements::{ColumnRef, Expr, ExprRef};
use crate::sql::error::{SqlError, SqlErrorKind, SqlResult};
use crate::sql::ops::Op;
use std::rc::Rc;

/// The metadata a selectable's foreign keys resolve through (its tables' `MetaData`).
fn metadata_of(from: &FromRef) -> Option<Rc<crate::sql::schema::MetaData>> {
    match &from.kind {
        FromKind::Table(t) => t.metadata(),
        FromKind::Alias { element, .. } => metadata_of(element),
        FromKind::Join(j) => metadata_of(&j.left).or_else(|| metadata_of(&j.right)),
        _ => None,
    }
}

/// (referenced column, referencing column) pairs per foreign key constraint from `b` to `left` and from
/// `left` to `b` (`_joincond_scan_left_right`).
fn scan(a: &FromRef, a_subset: Option<&FromRef>, b: &FromRef) -> Vec<(usize, Vec<(ColumnRef, ColumnRef)>)> {
    let mut constraints: Vec<(usize, Vec<(ColumnRef, ColumnRef)>)> = Vec::new();
    let add = |id: usize, pair: (ColumnRef, ColumnRef), constraints: &mut Vec<(usize, Vec<(ColumnRef, ColumnRef)>)>| {
        if let Some((_, v)) = constraints.iter_mut().find(|(k, _)| *k == id) {
            v.push(pair);
        } else {
            constraints.push((id, vec![pair]));
        }
    };
    for left in [a_subset, Some(a)].into_iter().flatten() {
        let md_b = metadata_of(b).or_else(|| metadata_of(left));
        for (parent, fk, id) in foreign_keys_of(b) {
            if let Some(target) = fk.resolve(md_b.as_deref())
                && let Some(col) = left.corresponding_column(&target)
            {
                add(id, (col, parent), &mut constraints);
            }
        }
        if !Rc::ptr_eq(left, b) {
            let md_l = metadata_of(left).or_else(|| metadata_of(b));
            for (parent, fk, id) in foreign_keys_of(left) {
                if let Some(target) = fk.resolve(md_l.as_deref())
                    && let Some(col) = b.corresponding_column(&target)
                {
                    add(id, (col, parent), &mut constraints);
                }
            }
        }
        if !constraints.is_empty() {
            break;
        }
    }
    constraints
}

fn col_expr(c: &ColumnRef) -> ExprRef {
    Rc::new(Expr::Column(c.clone()))
}

/// The ON clause joining `a` to `b` through their foreign keys.
pub fn join_condition(a: &FromRef, b: &FromRef, a_subset: Option<&FromRef>) -> SqlResult<ExprRef> {
    let mut constraints = scan(a, a_subset, b);
    if constraints.len() > 1 {
        // Several constraints that all give the same condition are one.
        let first: Vec<(usize, usize)> = pair_ids(&constraints[0].1);
        if constraints.iter().all(|(_, v)| pair_ids(v) == first) {
            constraints.truncate(1);
        } else {
            return Err(SqlError::new(
                SqlErrorKind::AmbiguousForeignKeys,
                format!(
                    "Can't determine join between '{}' and '{}'; tables have more than one foreign key constraint relationship between them. Please specify the 'onclause' of this join explicitly.",
                    a.description(),
                    b.description()
                ),
            ));
        }
    }
    let Some((_, pairs)) = constraints.into_iter().next() else {
        return Err(SqlError::new(
            SqlErrorKind::NoForeignKeys,
            format!(
                "Can't find any foreign key relationships between '{}' and '{}'.",
                a.description(),
                b.description()
            ),
        ));
    };
    let crit: Vec<ExprRef> = pairs
        .iter()
        .map(|(x, y)| build::compare(&col_expr(x), Op::Eq, Operand::Expr(col_expr(y)), false))
        .collect::<SqlResult<_>>()?;
    if crit.len() == 1 {
        Ok(crit.into_iter().next().unwrap_or_else(|| Rc::new(Expr::True)))
    } else {
        Ok(build::boolean_list(Op::And, crit))
    }
}

fn pair_ids(pairs: &[(ColumnRef, ColumnRef)]) -> Vec<(usize, usize)> {
    pairs.iter().map(|(a, b)| (Rc::as_ptr(&a.col) as usize, Rc::as_ptr(&b.col) as usize)).collect()
}

/// Whether `left` can be joined to `right` through foreign keys (`Join._can_join`).
pub fn can_join(left: &FromRef, right: &FromRef) -> bool {
    let subset = match &left.kind {
        FromKind::Join(j) => Some(j.right.clone()),
        _ => None,
    };
    !scan(left, subset.as_ref(), right).is_empty()
}

/// `left.join(right, onclause, isouter, full)`: the ON clause inferred when not given.
pub fn join(
    left: &FromRef,
    right: &FromRef,
    onclause: Option<ExprRef>,
    isouter: bool,
    full: bool,
) -> SqlResult<FromRef> {
    let onclause = match onclause {
        Some(on) => on,
        None => {
            let subset = match &left.kind {
                FromKind::Join(j) => Some(j.right.clone()),
                _ => None,
            };
            join_condition(left, right, subset.as_ref())?
        }
    };
    Ok(FromClause::new(FromKind::Join(Join { left: left.clone(), right: right.clone(), onclause, isouter, full })))
}
