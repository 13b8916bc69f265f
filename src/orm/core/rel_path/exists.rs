//! `Company.staff.of_type(Manager).any(Manager.salary > 90000)` and `.has()` of an aimed
//! relationship: `EXISTS (SELECT 1 FROM <the of_type target> WHERE <the relationship's join> AND
//! <criteria>)`, the target being the subclass's join of its tables (`employee JOIN manager ON ...`),
//! its alias, or its table with the single-table discriminator criterion, as SQLAlchemy's
//! `Comparator._criterion_exists` builds it for an `of_type()` comparator.

use super::{RelPath, path_of};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::sql::elements::build;
use crate::sql::ops::Op;
use crate::sql::selectable::{Select, SelectStmt};
use crate::sql::types::SqlType;
use std::rc::Rc;

/// `any(criterion=None, **kwargs)` / `has(...)` of a [`RelPath`].
pub fn rel_path_exists(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (this, rest) = crate::orm::core::split_self(args);
    let Some(path) = path_of(&this) else { return Err(interp.type_error("any()/has() of a relationship")) };
    let plain = path.of_type.is_none() && path.right.is_none() && path.left.is_none() && path.extra.is_empty();
    let joins = if plain { None } else { crate::orm::core::orm_select::relationship_joins(interp, &this)? };
    // A plain path: the relationship's own any()/has().
    let Some((_, mut joins)) = joins.filter(|(_, j)| j.len() == 1 || j.len() == 2) else {
        let method = interp.get_attr(&path.rel, name)?;
        return interp.call(&method, rest);
    };
    let Some((target, on)) = joins.pop() else { return Ok(Value::None) };
    // A many-to-many path reads the (aliased) secondary table too, after the target, with the
    // primary join before the secondary join (`_create_joins(..., aliased=True)`).
    let mut criteria = Vec::new();
    let mut froms = vec![target];
    if let Some((secondary, primary)) = joins.pop() {
        criteria.push(primary);
        froms.push(secondary);
    }
    criteria.push(on);
    for v in rest.positional.iter().filter(|v| !matches!(v, Value::None)) {
        criteria.push(crate::orm::core::convert::to_where(interp, v)?);
    }
    let entity = target_class(interp, &path)?;
    for (k, v) in &rest.keywords {
        let attr = interp.get_attr(&entity, k)?;
        let eq = interp.call_method(&attr, "__eq__", vec![v.clone()])?;
        criteria.push(crate::orm::core::convert::to_where(interp, &eq)?);
    }
    // The subquery's entity is the single-table subclass: the compiler adds its criterion again
    // after the WHERE (`_adjust_for_extra_criteria`), as SQLAlchemy prints it.
    if let Some(sub) = path.single
        && let Some(info) = crate::orm::native::state::<crate::orm::expr::RelAttr>(&path.rel)
            .and_then(|r| crate::orm::expr::rel_info(&r))
        && let Some(c) = crate::orm::core::orm_select::subclass_criterion(interp, &info.registry, sub)?
    {
        criteria.push(c);
    }
    let mut inner = Select::new(vec![build::literal_column("1", SqlType::null())]);
    // `select_from(dest, secondary).correlate_except(dest, secondary)`: never correlated away, even
    // when the enclosing statement reads the same table (a self-referential relationship).
    inner.correlate_except = Some(froms.clone());
    inner.auto_correlate = false;
    inner.from_obj.extend(froms);
    inner.where_ = vec![if criteria.len() == 1 { criteria.remove(0) } else { build::boolean_list(Op::And, criteria) }];
    let e = build::exists(SelectStmt::Select(Rc::new(inner)));
    let out = crate::orm::core::expr_obj::expr_value(interp, e.clone());
    crate::orm::core::propagate::mark(interp, &e);
    Ok(out)
}

/// `contains(instance)` of a path read from an `aliased()` parent: the relationship's criterion
/// that the instance is related to the alias's row (`user_1.id = follows_1.follower_id AND :param_1
/// = follows_1.followed_id`, or `user_1.id = :param_1` for a one-to-many).
pub fn rel_path_contains(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = crate::orm::core::split_self(args);
    let Some(path) = path_of(&this) else { return Err(interp.type_error("contains() of a relationship")) };
    let info =
        crate::orm::native::state::<crate::orm::expr::RelAttr>(&path.rel).and_then(|r| crate::orm::expr::rel_info(&r));
    let (Some(info), Some(left)) = (info, path.left.clone()) else {
        let method = interp.get_attr(&path.rel, "contains")?;
        return interp.call(&method, rest);
    };
    let other = rest.positional.first().cloned().unwrap_or(Value::None);
    if info.resolved.secondary.is_some() {
        return match crate::orm::core::lazy_clause::secondary_contains_from(interp, &info, &other, Some(left))? {
            Some(e) => Ok(crate::orm::core::expr_obj::expr_value(interp, e)),
            None => Err(interp.not_supported("contains() on this many-to-many relationship")),
        };
    }
    if info.resolved.direction != crate::orm::mapper::Direction::OneToMany {
        return Err(interp.not_supported("contains() on a many-to-one relationship"));
    }
    let mut parts = Vec::new();
    for (owner_col, target_col) in &info.resolved.pairs {
        let column =
            crate::orm::core::orm_select::aliased_table_column(&info.registry, &left, &info.owner_table, owner_col);
        let key = info
            .registry
            .borrow()
            .tables
            .get(&info.target_table)
            .and_then(|t| t.column(target_col))
            .map(|c| c.key.clone());
        let (Some(column), Some(key)) = (column, key) else {
            return Err(interp.type_error("contains() of a relationship"));
        };
        let value = interp.get_attr(&other, &key)?;
        let ty = column.col.ty.clone();
        let bind = build::bindparam(
            Some("param"),
            crate::sql::elements::BindValue::Value(crate::orm::core::convert::to_sql_value(interp, &value)?),
            Some(ty),
            true,
            false,
        );
        let col: crate::sql::elements::ExprRef = Rc::new(crate::sql::elements::Expr::Column(column));
        parts.push(build::binary(&col, &bind, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
    }
    let e = if parts.len() == 1 { parts.remove(0) } else { build::boolean_list(Op::And, parts) };
    Ok(crate::orm::core::expr_obj::expr_value(interp, e))
}

/// The class keyword criteria name attributes of: the relationship's target (`_criterion_exists`
/// reads `self.property.mapper.class_`, not the `of_type()` entity).
fn target_class(interp: &mut Interp, path: &RelPath) -> PyResult<Value> {
    let info =
        crate::orm::native::state::<crate::orm::expr::RelAttr>(&path.rel).and_then(|r| crate::orm::expr::rel_info(&r));
    match info {
        Some(i) => Ok(Value::Class(i.target_class.clone())),
        None => Err(interp.type_error("any()/has() of a relationship")),
    }
}
