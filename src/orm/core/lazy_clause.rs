//! A relationship's join condition with one side's columns replaced by bound values read from an
//! instance — SQLAlchemy's "lazy clause". `with_parent(user, User.addresses)` replaces the parent's
//! columns (`:param_1 = address.user_id`); `Address.user == user` and `User.addresses.contains(a)`
//! replace the given object's side. The condition keeps the relationship's orientation (the foreign
//! key's referenced column first), which is why the bound value can come first.

use super::convert::{py, to_sql_value};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::expr::{RelAttr, rel_info};
use crate::orm::mapper::Direction;
use crate::orm::native::state;
use crate::sql::elements::build::{self, Operand};
use crate::sql::elements::{BindValue, Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::FromRef;
use crate::sql::types::SqlType;
use std::rc::Rc;

/// The lazy clause of relationship `rel` with the owner's (`owner_side`) or the target's columns
/// bound to `instance`'s values; `None` for a relationship through a secondary table.
pub fn lazy_clause(interp: &mut Interp, rel: &Value, instance: &Value, owner_side: bool) -> PyResult<Option<ExprRef>> {
    let Some(r) = state::<RelAttr>(rel) else { return Ok(None) };
    let Some(info) = rel_info(&r) else { return Ok(None) };
    if info.resolved.secondary.is_some() {
        return Ok(None);
    }
    let reg = &info.registry;
    let (Some(owner), Some(target)) =
        (super::bridge::core_table(reg, &info.owner_table), super::bridge::core_table(reg, &info.target_table))
    else {
        return Ok(None);
    };
    if let Some(join) = &info.resolved.join {
        return super::join_condition::bind_side(interp, reg, join, instance, owner_side).map(Some);
    }
    let mut parts = Vec::new();
    for (owner_col, target_col) in &info.resolved.pairs {
        let (Some(o), Some(t)) = (owner.column_ref_by_name(owner_col), target.column_ref_by_name(target_col)) else {
            return Ok(None);
        };
        let (table, column) =
            if owner_side { (&info.owner_table, owner_col) } else { (&info.target_table, target_col) };
        let key = reg.borrow().tables.get(table).and_then(|t| t.column(column)).map(|c| c.key.clone());
        let value = match key {
            Some(k) => interp.get_attr(instance, &k)?,
            None => Value::None,
        };
        let replaced = if owner_side { &o } else { &t };
        let bind = build::bindparam(
            Some("param"),
            BindValue::Value(to_sql_value(interp, &value)?),
            Some(replaced.col.ty.clone()),
            true,
            false,
        );
        let (o, t): (ExprRef, ExprRef) = (Rc::new(Expr::Column(o.clone())), Rc::new(Expr::Column(t.clone())));
        let (o, t) = if owner_side { (bind, t) } else { (o, bind) };
        let (left, right) = if info.resolved.direction == Direction::ManyToOne { (t, o) } else { (o, t) };
        parts.push(build::binary(&left, &right, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
    }
    parts.extend(info.resolved.extra.clone());
    Ok(Some(if parts.len() == 1 { parts.remove(0) } else { build::boolean_list(Op::And, parts) }))
}

/// `with_parent(instance, prop)`.
pub fn with_parent_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let instance = crate::orm::native::arg(&args, 0, "instance").unwrap_or(Value::None);
    let prop = crate::orm::native::arg(&args, 1, "prop").unwrap_or(Value::None);
    match lazy_clause(interp, &prop, &instance, true)? {
        Some(e) => Ok(super::expr_obj::expr_value(interp, e)),
        None => Err(interp.not_supported("with_parent() along this relationship")),
    }
}

/// Legacy `query.with_parent(instance)` without a property: the first relationship of the instance's
/// mapper whose target is the query's first entity (SQLAlchemy's `prop.mapper is entity_of.mapper`,
/// matched here by the entity's table), as the relationship attribute.
pub fn implied_relationship(interp: &mut Interp, select: &Value, instance: &Value) -> PyResult<Value> {
    let Value::Instance(inst) = instance else {
        return Err(interp.type_error("with_parent() takes a mapped instance"));
    };
    let Some(info) = crate::orm::declarative::mapped(&inst.class) else {
        return Err(interp.type_error(format!("Class '{}' is not mapped", inst.class.name)));
    };
    crate::orm::orm(interp)?.configure(interp, &info.registry)?;
    let mut froms = Vec::new();
    if let Some(crate::sql::selectable::SelectStmt::Select(s)) = super::select_obj::select_stmt_of(select) {
        for c in &s.columns {
            c.from_objects(&mut froms);
        }
        froms.extend(s.from_obj.iter().cloned());
    }
    let entity_table = froms.iter().find_map(|f| f.table().map(|t| t.name.to_string()));
    let found = {
        let reg = info.registry.borrow();
        reg.relationships_of(info.mapper).into_iter().find_map(|r| {
            let target = r.resolved.as_ref()?.target;
            (Some(&reg.mappers.get(target)?.table) == entity_table.as_ref()).then(|| r.key.clone())
        })
    };
    match found {
        Some(key) => interp.get_attr(&Value::Class(inst.class.clone()), &key),
        None => {
            let entity = froms.iter().find_map(|f| {
                let name = f.table()?.name.to_string();
                let reg = info.registry.borrow();
                reg.mappers.iter().find(|m| m.table == name).map(|m| m.class_name.clone())
            });
            let message = format!(
                "Could not locate a property which relates instances of class '{}' to instances of class '{}'",
                entity.unwrap_or_default(),
                inst.class.name
            );
            Err(crate::orm::orm(interp)?.error(interp, crate::orm::SaExc::InvalidRequestError, message))
        }
    }
}

/// `Address.user != user`: `address.user_id != :user_id_1 OR address.user_id IS NULL`.
pub fn many_to_one_ne(interp: &mut Interp, rel: &Value, instance: &Value) -> PyResult<Option<ExprRef>> {
    let Some(r) = state::<RelAttr>(rel) else { return Ok(None) };
    let Some(info) = rel_info(&r) else { return Ok(None) };
    let reg = &info.registry;
    let (Some(owner), [(owner_col, target_col)]) =
        (super::bridge::core_table(reg, &info.owner_table), info.resolved.pairs.as_slice())
    else {
        return Ok(None);
    };
    let Some(o) = owner.column_ref_by_name(owner_col) else { return Ok(None) };
    let key = reg.borrow().tables.get(&info.target_table).and_then(|t| t.column(target_col)).map(|c| c.key.clone());
    let Some(key) = key else { return Ok(None) };
    let value = interp.get_attr(instance, &key)?;
    let col: ExprRef = Rc::new(Expr::Column(o));
    let value = to_sql_value(interp, &value)?;
    let ne = py(interp, build::compare(&col, Op::Ne, Operand::Value(value), false))?;
    let null = py(interp, build::compare(&col, Op::Is, Operand::Expr(Rc::new(Expr::Null)), false))?;
    Ok(Some(build::boolean_list(Op::Or, vec![ne, null])))
}

/// `Post.tags.contains(tag)` on a many-to-many relationship: as SQLAlchemy builds it, the owner joined
/// to an anonymous alias of the secondary table whose target-side columns are bound to `instance`'s
/// key (`post.id = post_tags_1.post_id AND :param_1 = post_tags_1.tag_id`); the alias joins the
/// enclosing statement's FROM list.
pub fn secondary_contains(
    interp: &mut Interp,
    info: &crate::orm::expr::RelInfo,
    instance: &Value,
) -> PyResult<Option<ExprRef>> {
    secondary_contains_from(interp, info, instance, None)
}

/// [`secondary_contains`] from `owner` (an `aliased()` parent's alias) instead of the owner's table.
pub fn secondary_contains_from(
    interp: &mut Interp,
    info: &crate::orm::expr::RelInfo,
    instance: &Value,
    owner: Option<FromRef>,
) -> PyResult<Option<ExprRef>> {
    let Some(sec) = &info.resolved.secondary else { return Ok(None) };
    let reg = &info.registry;
    let (Some(owner), Some(secondary)) = (
        owner.or_else(|| super::bridge::core_table(reg, &info.owner_table)),
        super::bridge::core_table(reg, &sec.table),
    ) else {
        return Ok(None);
    };
    let alias = super::from_obj::alias_of(&secondary, None);
    let mut parts = Vec::new();
    for (assoc, owner_col) in &sec.local {
        let (Some(o), Some(a)) = (owner.column_ref_by_name(owner_col), alias.column_ref_by_name(assoc)) else {
            return Ok(None);
        };
        let (o, a): (ExprRef, ExprRef) = (Rc::new(Expr::Column(o)), Rc::new(Expr::Column(a)));
        parts.push(build::binary(&o, &a, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
    }
    for (assoc, target_col) in &sec.remote {
        let Some(a) = alias.column_ref_by_name(assoc) else { return Ok(None) };
        let key = reg.borrow().tables.get(&info.target_table).and_then(|t| t.column(target_col)).map(|c| c.key.clone());
        let value = match key {
            Some(k) => interp.get_attr(instance, k.as_str())?,
            None => Value::None,
        };
        let bind = build::bindparam(
            Some("param"),
            BindValue::Value(to_sql_value(interp, &value)?),
            Some(a.col.ty.clone()),
            true,
            false,
        );
        let a: ExprRef = Rc::new(Expr::Column(a));
        parts.push(build::binary(&bind, &a, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
    }
    Ok(Some(if parts.len() == 1 { parts.remove(0) } else { build::boolean_list(Op::And, parts) }))
}
