//! EXISTS for `any()` / `has()` on a self-referential relationship, built as Core directly: the
//! legacy expression form names tables by name only, so it cannot tell the parent's table from an
//! alias of the same table.

use super::*;
use crate::orm::core::from_obj::alias_of;
use crate::orm::expr::SqlExpr;
use crate::sql::elements::build;
use crate::sql::elements::build::Operand;
use crate::sql::ops::Op;

/// `any()` / `has()` on a self-referential relationship: the target side is an anonymous alias of
/// the table (`FROM c AS c_1`) and the criterion is adapted to it, as SQLAlchemy's
/// `_criterion_exists` aliases the target when it is the parent's own table. `join` holds each
/// column pair of the relationship as (owner column, target column, whether the target side is
/// written first); `extra` is criteria left as written (a custom primaryjoin's).
pub fn self_referential_exists(
    interp: &Interp,
    table: &str,
    join: &[(SqlExpr, SqlExpr, bool)],
    extra: &[ExprRef],
    criteria: &SqlExpr,
) -> Option<ExprRef> {
    let from = find_core_table(interp, table)?;
    let alias = alias_of(&from, None);
    let target =
        |e: &SqlExpr| from_legacy(interp, e).map(|c| crate::sql::elements::adapt::replace_from(&c, &from, &alias));
    let mut clauses = Vec::new();
    for (owner, target_col, target_first) in join {
        let (owner, target_col) = (from_legacy(interp, owner)?, target(target_col)?);
        let (left, right) = if *target_first { (target_col, owner) } else { (owner, target_col) };
        clauses.push(build::compare(&left, Op::Eq, Operand::Expr(right), false).ok()?);
    }
    clauses.extend(extra.iter().cloned());
    if !matches!(criteria, SqlExpr::And(items) if items.is_empty()) {
        clauses.push(target(criteria)?);
    }
    let mut sel = crate::sql::selectable::Select::new(vec![build::literal_column("1", SqlType::null())]);
    sel.from_obj.push(alias);
    sel.where_.push(build::boolean_list(Op::And, clauses));
    Some(build::exists(crate::sql::selectable::SelectStmt::Select(Rc::new(sel))))
}

/// `any()` on a self-referential many-to-many (`User.followers.any(...)` through `followers`): both
/// the target and the association table are anonymous aliases (`FROM user AS user_1, followers AS
/// followers_1`), the parent's row linked through the association's `local` columns and the alias's
/// through its `remote` ones (association column, table column), the association's column first as
/// such relationships' explicit `primaryjoin`/`secondaryjoin` are usually written.
pub fn self_referential_secondary_exists(
    interp: &Interp,
    table: &str,
    secondary: &str,
    local: &[(String, String)],
    remote: &[(String, String)],
    criteria: &SqlExpr,
) -> Option<ExprRef> {
    let from = find_core_table(interp, table)?;
    let assoc = find_core_table(interp, secondary)?;
    let alias = alias_of(&from, None);
    let assoc_alias = alias_of(&assoc, None);
    let col = |t: &str, c: &str| from_legacy(interp, &SqlExpr::column(t, c, crate::orm::schema::SqlType::Integer));
    let mut clauses = Vec::new();
    for (a, o) in local {
        let a = crate::sql::elements::adapt::replace_from(&col(secondary, a)?, &assoc, &assoc_alias);
        clauses.push(build::compare(&a, Op::Eq, Operand::Expr(col(table, o)?), false).ok()?);
    }
    for (a, t) in remote {
        let a = crate::sql::elements::adapt::replace_from(&col(secondary, a)?, &assoc, &assoc_alias);
        let t = crate::sql::elements::adapt::replace_from(&col(table, t)?, &from, &alias);
        clauses.push(build::compare(&a, Op::Eq, Operand::Expr(t), false).ok()?);
    }
    if !matches!(criteria, SqlExpr::And(items) if items.is_empty()) {
        let c = from_legacy(interp, criteria)?;
        clauses.push(crate::sql::elements::adapt::replace_from(&c, &from, &alias));
    }
    let mut sel = crate::sql::selectable::Select::new(vec![build::literal_column("1", SqlType::null())]);
    sel.from_obj.push(alias);
    sel.from_obj.push(assoc_alias);
    sel.where_.push(build::boolean_list(Op::And, clauses));
    Some(build::exists(crate::sql::selectable::SelectStmt::Select(Rc::new(sel))))
}

/// `any()` / `has()` of a relationship with a custom join condition
/// ([`crate::orm::mapper::Resolved::join`]): `EXISTS (SELECT 1 FROM <target> WHERE <the condition
/// aimed at it> AND <criteria>)`, the target an anonymous alias when the relationship is
/// self-referential.
pub fn custom_join_exists(interp: &Interp, info: &crate::orm::expr::RelInfo, criteria: &SqlExpr) -> Option<ExprRef> {
    let join = info.resolved.join.as_ref()?;
    let reg = &info.registry;
    let owner = core_table(reg, &info.owner_table)?;
    let base = core_table(reg, &info.target_table)?;
    let target = if info.owner_table == info.target_table { alias_of(&base, None) } else { base.clone() };
    let aim = |t: &str, f: &FromRef| (t.to_string(), f.clone());
    let (o, t) = (aim(&info.owner_table, &owner), aim(&info.target_table, &target));
    let mut clauses = vec![crate::orm::core::join_condition::aim(reg, join, (&o.0, &o.1), (&t.0, &t.1))];
    if !matches!(criteria, SqlExpr::And(items) if items.is_empty()) {
        let c = from_legacy(interp, criteria)?;
        clauses.push(if Rc::ptr_eq(&base, &target) {
            c
        } else {
            crate::sql::elements::adapt::replace_from(&c, &base, &target)
        });
    }
    let mut sel = crate::sql::selectable::Select::new(vec![build::literal_column("1", SqlType::null())]);
    sel.from_obj.push(target);
    sel.where_.push(if clauses.len() == 1 { clauses.remove(0) } else { build::boolean_list(Op::And, clauses) });
    Some(build::exists(crate::sql::selectable::SelectStmt::Select(Rc::new(sel))))
}
