//! Relationship joins of ORM selects: the FROM elements and ON clauses `.join(User.addresses)`
//! stands for (through an anonymous alias of the association table for a many-to-many), and a
//! relationship's extra `primaryjoin` criteria aimed at the aliases that stand for its tables.

use super::*;

/// The Core expression of a column of `table` named `name`.
pub(super) fn col(table: &FromRef, name: &str) -> Option<ExprRef> {
    table.column_ref_by_name(name).map(|c| Rc::new(Expr::Column(c)) as ExprRef)
}

/// The joins of a relationship: (target, ON clause) in order.
pub type RelJoins = Vec<(FromRef, ExprRef)>;

/// The joins a relationship attribute stands for, after the FROM element they start from (the
/// relationship's parent, which SQLAlchemy makes the join's explicit left side): (target, ON clause)
/// in order (two for a many-to-many: an anonymous alias of the association table, as `_ORMJoin`
/// aliases it, then the target).
pub fn relationship_joins(interp: &mut Interp, v: &Value) -> PyResult<Option<(FromRef, RelJoins)>> {
    let Some(path) = super::super::rel_path::path_of(v) else { return Ok(None) };
    let Some(r) = state::<crate::orm::expr::RelAttr>(&path.rel) else { return Ok(None) };
    let Some(info) = crate::orm::expr::rel_info(&r) else {
        return Err(interp.not_supported("joining along this relationship"));
    };
    let reg = &info.registry;
    let (Some(owner), Some(target)) = (
        path.left.clone().or_else(|| super::super::bridge::core_table(reg, &info.owner_table)),
        path.right.clone().or_else(|| super::super::bridge::core_table(reg, &info.target_table)),
    ) else {
        return Ok(None);
    };
    let eq = |a: ExprRef, b: ExprRef| build::compare(&a, Op::Eq, Operand::Expr(b), false);
    // A column of the owner's or target's table as the FROM element standing for it has it (an
    // alias's, a subquery's `employee_company_id`).
    let at = |from: &FromRef, table: &str, name: &str| {
        aliased_table_column(reg, from, table, name).map(|c| Rc::new(Expr::Column(c)) as ExprRef)
    };
    let and = |parts: Vec<ExprRef>| {
        if parts.len() == 1 { parts.into_iter().next() } else { Some(build::boolean_list(Op::And, parts)) }
    };
    if let Some(sec) = &info.resolved.secondary {
        let Some(assoc) = super::super::bridge::core_table(reg, &sec.table) else { return Ok(None) };
        let assoc = super::super::from_obj::alias_of(&assoc, None);
        let mut first = Vec::new();
        for (a, o) in &sec.local {
            first.push(py(
                interp,
                eq(
                    at(&owner, &info.owner_table, o).ok_or_else(|| interp.type_error("column"))?,
                    col(&assoc, a).ok_or_else(|| interp.type_error("column"))?,
                ),
            )?);
        }
        let mut second = Vec::new();
        for (a, t) in &sec.remote {
            second.push(py(
                interp,
                eq(
                    at(&target, &info.target_table, t).ok_or_else(|| interp.type_error("column"))?,
                    col(&assoc, a).ok_or_else(|| interp.type_error("column"))?,
                ),
            )?);
        }
        // A custom primaryjoin's / secondaryjoin's own criteria end their ON clauses, aimed at
        // the association alias and the owner's and target's FROM elements.
        let aim = |c: &ExprRef| {
            let c = aim_extra(reg, c, (&info.owner_table, &owner), (&info.target_table, &target));
            aim_extra(reg, &c, (&sec.table, &assoc), ("", &assoc))
        };
        first.extend(sec.criteria[0].as_ref().map(aim));
        second.extend(sec.criteria[1].as_ref().map(aim));
        let (Some(on1), Some(on2)) = (and(first), and(second)) else { return Ok(None) };
        return Ok(Some((owner, vec![(assoc, on1), (target, super::super::rel_path::with_extra(on2, &path.extra))])));
    }
    if let Some(join) = &info.resolved.join {
        let on =
            super::super::join_condition::aim(reg, join, (&info.owner_table, &owner), (&info.target_table, &target));
        return Ok(Some((owner, vec![(target, super::super::rel_path::with_extra(on, &path.extra))])));
    }
    let mut parts = Vec::new();
    for (owner_col, target_col) in &info.resolved.pairs {
        let (Some(o), Some(t)) =
            (at(&owner, &info.owner_table, owner_col), at(&target, &info.target_table, target_col))
        else {
            return Ok(None);
        };
        // The foreign key's referenced column comes first.
        let e = match info.resolved.direction {
            Direction::ManyToOne => eq(t, o),
            _ => eq(o, t),
        };
        parts.push(py(interp, e)?);
    }
    if let Some(extra) = &info.resolved.extra {
        parts.push(aim_extra(reg, extra, (&info.owner_table, &owner), (&info.target_table, &target)));
    }
    // A single-table subclass target (`relationship(Engineer)`) joins its rows only.
    if path.right.is_none()
        && path.single.is_none()
        && let Some(c) = subclass_criterion(interp, reg, info.resolved.target)?
    {
        parts.push(c);
    }
    let Some(on) = and(parts) else { return Ok(None) };
    Ok(Some((owner, vec![(target, super::super::rel_path::with_extra(on, &path.extra))])))
}

/// A relationship's extra `primaryjoin` criteria aimed at the FROM elements (aliases) that stand for
/// the owner's and the target's tables.
pub fn aim_extra(reg: &RegistryRef, extra: &ExprRef, owner: (&str, &FromRef), target: (&str, &FromRef)) -> ExprRef {
    let mut e = extra.clone();
    for (name, to) in [owner, target] {
        if let Some(base) = super::super::bridge::core_table(reg, name).filter(|b| !Rc::ptr_eq(b, to)) {
            e = crate::sql::elements::adapt::replace_from(&e, &base, to);
        }
    }
    e
}

/// Adds `.join(User.addresses)` style joins to `s`; `(isouter, full)` are the join's
/// `isouter=`/`full=` flags (`outerjoin()` sets the first).
pub fn add_relationship_joins(
    s: &mut Select,
    joins: Vec<(FromRef, ExprRef)>,
    (isouter, full): (bool, bool),
    left: Option<FromRef>,
) {
    for (i, (target, on)) in joins.into_iter().enumerate() {
        s.joins.push(SetupJoin {
            target,
            onclause: Some(on),
            left: if i == 0 { left.clone() } else { None },
            isouter,
            full,
        });
    }
}
