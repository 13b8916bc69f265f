//! `join` / `outerjoin` / `join_from` / `outerjoin_from`: the target (an entity, an alias, a
//! relationship attribute), its ON clause (given, a relationship's, or left to be inferred), and a
//! single-table subclass's discriminator criterion added to it.

use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::core::convert::to_expr;
use crate::orm::core::entity_criteria;
use crate::orm::core::from_obj::from_of;
use crate::orm::core::kwarg;
use crate::orm::core::rel_path;
use crate::orm::native::state;
use crate::sql::elements::ExprRef;
use crate::sql::elements::build;
use crate::sql::ops::Op;
use crate::sql::selectable::{FromKind, FromRef, Select, SetupJoin};
use std::rc::Rc;

pub(super) fn join(
    interp: &mut Interp,
    s: &mut Select,
    args: &Args,
    (outer, from): (bool, bool),
    found: &mut crate::orm::core::select_obj::Found,
) -> PyResult<()> {
    let (mut left, rest) = if from {
        let l = crate::orm::core::first(args);
        let left = from_of(interp, &l)?.ok_or_else(|| interp.type_error("join_from() needs a FROM element"))?;
        (Some(left), &args.positional[1.min(args.positional.len())..])
    } else {
        (None, &args.positional[..])
    };
    let target_v = rest.first().cloned().or_else(|| kwarg(args, "target")).unwrap_or(Value::None);
    let isouter = outer || crate::orm::core::flag(interp, args, "isouter")?;
    let full = crate::orm::core::flag(interp, args, "full")?;
    let Some(target) = from_of(interp, &target_v)? else {
        let target_v = joined_subclass_target(interp, &target_v)?;
        if let Some((owner, mut joins)) = crate::orm::core::orm_select::relationship_joins(interp, &target_v)? {
            // A joined subclass that overlaps what the statement reads from is aliased.
            if let Some(reg) = rel_path::path_of(&target_v)
                .and_then(|p| state::<crate::orm::expr::RelAttr>(&p.rel))
                .and_then(|r| crate::orm::expr::rel_info(&r))
                .map(|i| i.registry)
                && let Some((target, on)) = joins.last_mut()
                && let Some((aliased, new_on, adapter)) = crate::orm::core::join_alias::alias_overlapping(
                    &reg,
                    s,
                    left.as_ref().unwrap_or(&owner),
                    target,
                    on,
                )
            {
                *target = aliased;
                *on = new_on;
                found.adapters.push(adapter);
            }
            // Joined from the relationship's parent (`aliased(Team).players`: from the alias).
            crate::orm::core::orm_select::add_relationship_joins(
                s,
                joins,
                (isouter, full),
                Some(left.unwrap_or(owner)),
            );
            return Ok(());
        }
        let orm = crate::orm::orm(interp)?;
        let shown = interp.repr(&target_v)?;
        return Err(orm.error(
            interp,
            SaExc::ArgumentError,
            format!("Join target {shown} does not refer to a mapped entity"),
        ));
    };
    let onclause = match rest.get(1).cloned().or_else(|| kwarg(args, "onclause")) {
        Some(Value::None) | None => None,
        Some(v) => {
            // `join(Manager, Employee.manager)` with `Manager = aliased(Employee)` is
            // `join(Employee.manager.of_type(Manager))`: the ON clause is written between the
            // relationship's parent and the alias, which a table-for-alias replacement cannot do when
            // both sides are the same table (a self-referential relationship).
            let aimed = match (state::<crate::orm::core::orm_select::AliasedObj>(&target_v), rel_path::path_of(&v)) {
                (Some(a), Some(mut path)) if path.right.is_none() && path.of_type.is_none() => {
                    path.right = Some(a.from.clone());
                    path.of_type = Some(a);
                    Some(rel_path::path_value(interp, path))
                }
                _ => None,
            };
            match crate::orm::core::orm_select::relationship_joins(interp, aimed.as_ref().unwrap_or(&v))? {
                // `join(aliased(Address, subq), User.addresses)`: the relationship's join, aimed at the target.
                Some((owner, mut joins)) => {
                    let Some((table, on)) = joins.pop() else { return Ok(()) };
                    let from = left.take().unwrap_or(owner);
                    if joins.is_empty() {
                        left = Some(from);
                    } else {
                        crate::orm::core::orm_select::add_relationship_joins(s, joins, (false, false), Some(from));
                    }
                    if aimed.is_some() {
                        Some(on)
                    } else {
                        Some(crate::sql::elements::adapt::replace_from(&on, &table, &target))
                    }
                }
                None => Some(to_expr(interp, &v)?),
            }
        }
    };
    // A joined subclass entity joined to: its lineage join, aliased when it overlaps the left side.
    let entity = match &target_v {
        Value::Class(c) => crate::orm::declarative::mapped(c),
        _ => None,
    };
    let (target, onclause) = match entity.as_ref().and_then(|info| {
        crate::orm::core::join_alias::entity_target(&info.registry, s, info.mapper, left.as_ref(), onclause.as_ref())
    }) {
        Some((target, on, adapter, owner)) => {
            found.adapters.extend(adapter);
            if left.is_none() {
                left = owner;
            }
            // Not a FROM of its own any more (the ORM's fallback FROM for the entity's columns).
            if let Some(own) =
                entity.as_ref().and_then(|info| crate::orm::inheritance::mapper_from(&info.registry, info.mapper))
            {
                s.from_obj.retain(|f| !crate::orm::core::join_alias::same_tables(f, &own));
            }
            (target, on)
        }
        None => (target, onclause),
    };
    // A single-table subclass (or an alias of one) joined to: its discriminator criterion joins the
    // ON clause, given or inferred from the foreign keys (`_ORMJoin` augments it the same way).
    let criterion = match entity_criteria::entity_of_value(&target_v) {
        Some(p) => entity_criteria::criterion(interp, &p)?,
        None => None,
    };
    let onclause = match (onclause, criterion) {
        (Some(on), Some(c)) => Some(build::boolean_list(Op::And, vec![on, c])),
        (None, Some(c)) => {
            let probe = SetupJoin { target: target.clone(), onclause: None, left: left.clone(), isouter, full };
            inferred_onclause(s, probe).map(|on| build::boolean_list(Op::And, vec![on, c]))
        }
        (on, None) => on,
    };
    s.joins.push(SetupJoin { target, onclause, left, isouter, full });
    Ok(())
}

/// A relationship attribute whose target is a joined subclass, aimed at the join of its lineage's
/// tables (SQLAlchemy joins to the mapper's selectable, `employee JOIN manager ON ...`).
fn joined_subclass_target(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    let Some(mut path) = rel_path::path_of(v) else { return Ok(v.clone()) };
    if path.right.is_some() || path.of_type.is_some() {
        return Ok(v.clone());
    }
    let Some(info) = state::<crate::orm::expr::RelAttr>(&path.rel).and_then(|r| crate::orm::expr::rel_info(&r)) else {
        return Ok(v.clone());
    };
    let target = info.resolved.target;
    if !crate::orm::inheritance::is_joined(&info.registry.borrow(), target) {
        return Ok(v.clone());
    }
    match crate::orm::core::join_alias::lineage_join(&info.registry, target, false, None) {
        Some((from, _)) => {
            path.right = Some(from);
            Ok(rel_path::path_value(interp, path))
        }
        None => Ok(v.clone()),
    }
}

/// The ON clause the statement would infer for `join` (SQLAlchemy's `join_condition` between the
/// left side it picks and the target); `None` when it cannot tell (compiling reports why).
fn inferred_onclause(s: &Select, join: SetupJoin) -> Option<ExprRef> {
    let target = join.target.clone();
    let mut probe = s.clone();
    probe.joins.push(join);
    let froms = crate::sql::selectable::froms::apply_joins(&probe).ok()?;
    froms.iter().rev().find_map(|f| onclause_to(f, &target))
}

/// The ON clause of the join in `f` whose right side is `target`.
fn onclause_to(f: &FromRef, target: &FromRef) -> Option<ExprRef> {
    let FromKind::Join(j) = &f.kind else { return None };
    if Rc::ptr_eq(&j.right, target) {
        return Some(j.onclause.clone());
    }
    onclause_to(&j.right, target).or_else(|| onclause_to(&j.left, target))
}
