//! The ON clauses of joined eager loads: each relationship's target joined as a new anonymous
//! alias from its parent (a many-to-many through an aliased association table, nested under an
//! outer join), with a custom primaryjoin's and an option's extra criteria aimed at the alias.

use crate::orm::core::bridge::core_table;
use crate::orm::mapper::{Direction, RegistryRef, Resolved};
use crate::sql::elements::build;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::{FromClause, FromKind, FromRef, Join, SetupJoin};
use crate::sql::types::SqlType;
use std::rc::Rc;

pub(super) fn column_of(from: &FromRef, name: &str) -> Option<ExprRef> {
    from.column_ref_by_name(name).map(|c| Rc::new(Expr::Column(c)) as ExprRef)
}

fn eq(left: &ExprRef, right: &ExprRef) -> ExprRef {
    build::binary(left, right, Op::Eq, SqlType::boolean(), Some(Op::Ne))
}

fn and_all(mut parts: Vec<ExprRef>) -> Option<ExprRef> {
    match parts.len() {
        0 => None,
        1 => parts.pop(),
        _ => Some(build::boolean_list(Op::And, parts)),
    }
}

/// The relationship's join from `parent` to `target` written referenced column first, as
/// SQLAlchemy's primary join compares them.
/// A custom primaryjoin's extra criteria follow, aimed at the target's alias.
fn direct_on(registry: &RegistryRef, rel: &Resolved, parent: &ParentColumn<'_>, target: &FromRef) -> Option<ExprRef> {
    let mut parts = Vec::new();
    for (owner_col, target_col) in &rel.pairs {
        let (o, t) = (parent(owner_col)?, column_of(target, target_col)?);
        parts.push(if rel.direction == Direction::ManyToOne { eq(&t, &o) } else { eq(&o, &t) });
    }
    if let Some(extra) = &rel.extra {
        let table = registry.borrow().table_of(rel.target)?.name.clone();
        parts.push(crate::orm::core::orm_select::aim_extra(registry, extra, ("", target), (&table, target)));
    }
    and_all(parts)
}

/// A parent's column by table column name (a wrapping subquery exports it under a label).
type ParentColumn<'a> = dyn Fn(&str) -> Option<ExprRef> + 'a;

fn alias_of(registry: &RegistryRef, table: &str) -> Option<FromRef> {
    let element = core_table(registry, table)?;
    Some(FromClause::new_anon(table, |name| FromKind::Alias { element, name }))
}

/// An option's `Rel.and_(...)` criteria, written against the target's table, aimed at its alias.
fn aimed(registry: &RegistryRef, table: &str, criteria: &[ExprRef], target: &FromRef) -> Vec<ExprRef> {
    let Some(base) = core_table(registry, table) else { return criteria.to_vec() };
    criteria.iter().map(|c| crate::sql::elements::adapt::replace_from(c, &base, target)).collect()
}

/// The association table's alias of the joins [`joins_for`] just added for a `secondary`
/// relationship: the left side of the nested join (outer), or the first of the two joins (inner).
pub(super) fn secondary_alias(joins: &[SetupJoin]) -> Option<FromRef> {
    let last = joins.last()?;
    match &last.target.kind {
        FromKind::Join(j) => Some(j.left.clone()),
        _ => joins.len().checked_sub(2).and_then(|i| joins.get(i)).map(|j| j.target.clone()),
    }
}

/// The setup joins adding `rel`'s target (as a new alias, returned) from `parent`; `criteria` (an
/// option's `Rel.and_(...)`) end the target's ON clause.
pub(super) fn joins_for(
    registry: &RegistryRef,
    (rel, criteria): (&Resolved, &[ExprRef]),
    parent: &FromRef,
    parent_column: &ParentColumn<'_>,
    inner: bool,
    out: &mut Vec<SetupJoin>,
) -> Option<FromRef> {
    let table = registry.borrow().table_of(rel.target)?.name.clone();
    let Some(sec) = &rel.secondary else {
        let target = alias_of(registry, &table)?;
        let mut parts = vec![direct_on(registry, rel, parent_column, &target)?];
        parts.extend(aimed(registry, &table, criteria, &target));
        let on = and_all(parts)?;
        push_join(
            out,
            SetupJoin {
                target: target.clone(),
                onclause: Some(on),
                left: Some(parent.clone()),
                isouter: !inner,
                full: false,
            },
        );
        return Some(target);
    };
    let assoc = alias_of(registry, &sec.table)?;
    let local: Vec<ExprRef> =
        sec.local.iter().map(|(a, o)| Some(eq(&parent_column(o)?, &column_of(&assoc, a)?))).collect::<Option<_>>()?;
    let target = alias_of(registry, &table)?;
    let mut remote: Vec<ExprRef> = sec
        .remote
        .iter()
        .map(|(a, t)| Some(eq(&column_of(&target, t)?, &column_of(&assoc, a)?)))
        .collect::<Option<_>>()?;
    // A custom primaryjoin's / secondaryjoin's own criteria, aimed at the aliases.
    let parent_table = parent_table(parent);
    let aim = |c: &ExprRef| {
        let c = crate::orm::core::orm_select::aim_extra(registry, c, (&sec.table, &assoc), (&table, &target));
        crate::orm::core::orm_select::aim_extra(registry, &c, (&parent_table, parent), ("", &target))
    };
    let mut local = local;
    local.extend(sec.criteria[0].as_ref().map(aim));
    remote.extend(sec.criteria[1].as_ref().map(aim));
    remote.extend(aimed(registry, &table, criteria, &target));
    let (local, remote) = (and_all(local)?, and_all(remote)?);
    if inner {
        push_join(
            out,
            SetupJoin {
                target: assoc.clone(),
                onclause: Some(local),
                left: Some(parent.clone()),
                isouter: false,
                full: false,
            },
        );
        push_join(
            out,
            SetupJoin {
                target: target.clone(),
                onclause: Some(remote),
                left: Some(assoc),
                isouter: false,
                full: false,
            },
        );
    } else {
        let nested = FromClause::new(FromKind::Join(Join {
            left: assoc,
            right: target.clone(),
            onclause: remote,
            isouter: false,
            full: false,
        }));
        push_join(
            out,
            SetupJoin { target: nested, onclause: Some(local), left: Some(parent.clone()), isouter: true, full: false },
        );
    }
    Some(target)
}

/// The table a parent FROM element stands for (itself, or an alias's element), to aim criteria
/// written against it.
fn parent_table(parent: &FromRef) -> String {
    match &parent.kind {
        FromKind::Table(t) => t.name.to_string(),
        FromKind::Alias { element, .. } => parent_table(element),
        _ => String::new(),
    }
}

/// Adds a setup join. An inner join whose parent an outer join brought is spliced into that outer
/// join's right side, next to its parent (`LEFT OUTER JOIN (customer AS customer_1 JOIN address AS
/// address_1 ON ...) ON ...`), as SQLAlchemy's `_splice_nested_inner_join` keeps an inner eager
/// join from filtering out the rows of the outer one.
fn push_join(out: &mut Vec<SetupJoin>, join: SetupJoin) {
    if let (Some(left), false, Some(on)) = (&join.left, join.isouter, &join.onclause)
        && let Some(outer) = out.iter_mut().rev().find(|j| j.isouter && holds(&j.target, left))
        && let Some(spliced) = splice(&outer.target, left, &join.target, on)
    {
        outer.target = spliced;
        return;
    }
    out.push(join);
}

fn join_of(left: FromRef, right: FromRef, onclause: ExprRef, isouter: bool) -> FromRef {
    FromClause::new(FromKind::Join(Join { left, right, onclause, isouter, full: false }))
}

/// `tree` with `target` inner-joined right after `parent` (its right side tried first; two inner
/// joins flattened into one chain, as `_splice_into_center` does).
fn splice(tree: &FromRef, parent: &FromRef, target: &FromRef, on: &ExprRef) -> Option<FromRef> {
    let FromKind::Join(j) = &tree.kind else {
        return Rc::ptr_eq(tree, parent).then(|| join_of(tree.clone(), target.clone(), on.clone(), false));
    };
    if let Some(right) = splice(&j.right, parent, target, on) {
        return Some(match &right.kind {
            FromKind::Join(r) if !j.isouter && !r.isouter => {
                let left = join_of(j.left.clone(), r.left.clone(), j.onclause.clone(), false);
                join_of(left, r.right.clone(), r.onclause.clone(), false)
            }
            _ => join_of(j.left.clone(), right, j.onclause.clone(), j.isouter),
        });
    }
    let left = splice(&j.left, parent, target, on)?;
    Some(join_of(left, j.right.clone(), j.onclause.clone(), j.isouter))
}

/// Whether `from` is `wanted` or a join that holds it.
fn holds(from: &FromRef, wanted: &FromRef) -> bool {
    Rc::ptr_eq(from, wanted)
        || match &from.kind {
            FromKind::Join(j) => holds(&j.left, wanted) || holds(&j.right, wanted),
            _ => false,
        }
}
