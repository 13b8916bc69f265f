//! EXISTS for `any()` / `has()` across an inheritance hierarchy, built as Core directly.
//!
//! As SQLAlchemy's `_criterion_exists` (through `Relationship._create_joins`) does it: the EXISTS
//! selects from the target mapper's selectable — a joined subclass's lineage join
//! (`FROM emp JOIN eng ON emp.id = eng.id`) — and when the relationship is self-referential in the
//! `common_parent` sense (owner and target share a hierarchy: `Manager.reports` to `Employee`,
//! `Mgr.mentees` to `Eng`) that selectable is made anonymous, a table as `emp AS emp_1` and a join as
//! the subquery `(SELECT emp.id AS emp_id, ... FROM emp JOIN eng ON ...) AS anon_1`, with the target
//! side of the join condition and the criterion read from it. Each column of the join condition is
//! taken from the table of its mapper's lineage that has it (a subclass's foreign key may live on the
//! base table).

use super::*;
use crate::orm::core::from_obj::alias_of;
use crate::orm::expr::{RelInfo, SqlExpr};
use crate::sql::elements::build;
use crate::sql::elements::build::Operand;
use crate::sql::ops::Op;

/// `any()` / `has()` of a plain foreign-key relationship whose target is a joined subclass or whose
/// owner (the declaring mapper `owner`) shares the target's hierarchy; `None` for other
/// relationships. `within` is a single-table target's discriminator criterion, named around the
/// criteria as SQLAlchemy's join and entity criteria both add it.
pub fn inheritance_exists(
    interp: &Interp,
    info: &RelInfo,
    owner: usize,
    criteria: &SqlExpr,
    within: crate::orm::expr::Within,
) -> Option<ExprRef> {
    if info.resolved.secondary.is_some() || info.resolved.join.is_some() {
        return None;
    }
    let target = info.resolved.target;
    let reg = &info.registry;
    let (joined, self_ref, tables) = {
        let r = reg.borrow();
        let self_ref =
            crate::orm::inheritance::base_mapper(&r, owner) == crate::orm::inheritance::base_mapper(&r, target);
        let tables: Vec<String> =
            crate::orm::inheritance::tables_of(&r, target).into_iter().map(|t| t.name.clone()).collect();
        (crate::orm::inheritance::is_joined(&r, target), self_ref, tables)
    };
    // A plain table's self-reference is `self_referential_exists`'s.
    if !(joined || (self_ref && info.owner_table != info.target_table)) {
        return None;
    }
    let selectable = if joined {
        crate::orm::core::join_alias::lineage_join(reg, target, false, None)?.0
    } else {
        core_table(reg, &info.target_table)?
    };
    let dest = match (self_ref, joined) {
        (false, _) => selectable.clone(),
        (true, true) => crate::orm::inheritance::join_subquery(&selectable, None),
        (true, false) => alias_of(&selectable, None),
    };
    let lineage: Vec<FromRef> = tables.iter().filter_map(|t| core_table(reg, t)).collect();
    // The target's columns read from `dest` (only the target's tables: the owner's stay outer).
    let aim = |e: &ExprRef| -> ExprRef {
        if !self_ref {
            return e.clone();
        }
        crate::sql::elements::adapt::replace_columns(e, &|c| {
            let table = c.table.as_ref()?;
            if !lineage.iter().any(|t| Rc::ptr_eq(t, table)) {
                return None;
            }
            dest.corresponding_column(c)
        })
    };
    let column = |mapper: usize, name: &str| -> Option<ExprRef> {
        let table = crate::orm::inheritance::table_of_column(&reg.borrow(), mapper, name)?;
        let c = core_table(reg, &table)?.column_ref_by_name(name)?;
        Some(Rc::new(Expr::Column(c)) as ExprRef)
    };
    let mut clauses = Vec::new();
    for (owner_col, target_col) in &info.resolved.pairs {
        let o = column(owner, owner_col)?;
        let t = aim(&column(target, target_col)?);
        // The foreign key's referenced column first, as SQLAlchemy writes the relationship's join.
        let (left, right) = match info.resolved.direction {
            crate::orm::mapper::Direction::ManyToOne => (t, o),
            _ => (o, t),
        };
        clauses.push(build::compare(&left, Op::Eq, Operand::Expr(right), false).ok()?);
    }
    clauses.extend(within.0.map(|w| aim(&w)));
    if !matches!(criteria, SqlExpr::And(items) if items.is_empty()) {
        clauses.push(aim(&from_legacy(interp, criteria)?));
    }
    clauses.extend(within.1.map(|w| aim(&w)));
    let mut sel = crate::sql::selectable::Select::new(vec![build::literal_column("1", SqlType::null())]);
    sel.from_obj.push(dest);
    sel.where_.push(if clauses.len() == 1 { clauses.remove(0) } else { build::boolean_list(Op::And, clauses) });
    Some(build::exists(crate::sql::selectable::SelectStmt::Select(Rc::new(sel))))
}
