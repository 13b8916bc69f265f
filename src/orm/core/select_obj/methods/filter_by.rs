//! `filter_by(**kw)`: keyword criteria on the statement's last joined entity (else its first FROM),
//! each key a column of that table, or any SQL attribute of its mapped class (a synonym, a hybrid, a
//! `column_property`), as SQLAlchemy's entity namespace lookup finds them.

use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::core::convert::py;
use crate::sql::elements::build;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::{FromKind, Select};

/// The mapped class a column entity's table belongs to (its base mapper's class), for
/// `filter_by()` after `select(User.name)`.
pub(super) fn column_entity(interp: &mut Interp, c: &ExprRef) -> Option<Value> {
    let Expr::Column(col) = &**c else { return None };
    let table = col.table.as_ref()?;
    if !matches!(table.kind, FromKind::Table(_)) {
        return None;
    }
    let name = table.name()?.text();
    let orm = crate::orm::orm(interp).ok()?;
    let registries = orm.registries.borrow().clone();
    registries.iter().find_map(|r| {
        let reg = r.borrow();
        reg.mappers.iter().find(|m| m.table == name && m.inherits.is_none()).map(|m| Value::Class(m.class.clone()))
    })
}

/// `filter_by(**kw)`: criteria on the last joined entity, else the statement's first FROM.
pub(super) fn filter_by(interp: &mut Interp, s: &mut Select, args: &Args, entity: Option<&Value>) -> PyResult<()> {
    let mut candidates: Vec<crate::sql::selectable::FromRef> = s.joins.iter().rev().map(|j| j.target.clone()).collect();
    let mut froms = s.from_obj.clone();
    for c in &s.columns {
        c.from_objects(&mut froms);
    }
    candidates.extend(froms);
    for (k, v) in &args.keywords {
        if let Some(e) = namespace_criterion(interp, &candidates, k, v)? {
            s.where_.push(e);
            continue;
        }
        let Some(col) = candidates.iter().find_map(|f| f.column_expr(k)) else {
            // Not a column: any other attribute of the entity (a hybrid, a relationship) compares
            // itself, as `getattr(entity, key) == value` does in SQLAlchemy.
            if let Some(entity) = entity
                && s.joins.is_empty()
                && let Some(attr @ Value::Instance(_)) = interp.probe_attr(entity, k)?
            {
                let compared = interp.call_method(&attr, "__eq__", vec![v.clone()])?;
                s.where_.push(crate::orm::core::convert::to_where(interp, &compared)?);
                continue;
            }
            let orm = crate::orm::orm(interp)?;
            return Err(orm.error(
                interp,
                SaExc::InvalidRequestError,
                format!(
                    "Entity namespace for \"{}\" has no property \"{k}\"",
                    candidates.first().map(|f| f.description()).unwrap_or_default()
                ),
            ));
        };
        let operand = crate::orm::type_decorator::operand_for(interp, v, &col.ty())?;
        let e = py(interp, build::compare(&col, Op::Eq, operand, false))?;
        s.where_.push(e);
    }
    Ok(())
}

/// `filter_by(key=value)` on an attribute of the entity's class that is not one of its table's
/// columns (a synonym, a hybrid, a `column_property`): SQLAlchemy looks the key up on the entity
/// namespace (`getattr(entity, key) == value`). `None` when the key is a plain column, or names no
/// SQL attribute of a mapped class there.
fn namespace_criterion(
    interp: &mut Interp,
    candidates: &[crate::sql::selectable::FromRef],
    key: &str,
    value: &Value,
) -> PyResult<Option<ExprRef>> {
    let Some(first) = candidates.first() else { return Ok(None) };
    if first.column_expr(key).is_some() {
        return Ok(None);
    }
    let FromKind::Table(t) = &first.kind else { return Ok(None) };
    let orm = crate::orm::orm(interp)?;
    let class = orm.registries.borrow().iter().find_map(|r| {
        let reg = r.borrow();
        reg.mappers.iter().find(|m| m.table == t.name).map(|m| m.class.clone())
    });
    let Some(class) = class else { return Ok(None) };
    let Ok(attr) = interp.get_attr(&Value::Class(class), key) else { return Ok(None) };
    if crate::orm::core::convert::expr_of(interp, &attr)?.is_none() {
        return Ok(None);
    }
    let eq = interp.compare(crate::ir::CmpOp::Eq, &attr, value)?;
    Ok(Some(crate::orm::core::convert::to_where(interp, &eq)?))
}
