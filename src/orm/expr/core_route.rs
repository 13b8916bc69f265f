//! When an operator on a mapped attribute runs as Core's: SQL the ORM's own expression form cannot
//! say (`BETWEEN`, `LIKE` with `escape`), Core operands (subquery columns, SELECTs), keyword
//! arguments, and attributes of polymorphic classes whose columns must remember their entity.

use super::ExprObj;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::declarative::mapped;
use crate::orm::native::{receiver, state};

/// Whether an operand has no form among these expressions (a subquery's or an alias's column, a
/// window function, a SELECT or a query): the operation is then Core's, so nothing is lost.
pub(super) fn core_only(v: &Value) -> bool {
    // A Core operand keeps its own nodes (and so its bound parameters' names, `:coalesce_1`).
    if state::<crate::orm::core::expr_obj::ExprObj>(v).is_some() || crate::orm::core::types_obj::is_json_null(v) {
        return true;
    }
    // A class-body Column not yet mapped is a free Core column (swapped for its table's at mapping).
    if let Some(spec) = state::<crate::orm::schema::ColumnSpec>(v) {
        return spec.bound.borrow().is_none();
    }
    crate::orm::core::select_obj::select_stmt_of(v).is_some()
        || state::<crate::orm::core::from_obj::FromObj>(v).is_some()
        || crate::orm::engine::text::text_of(v).is_some()
}

/// The one routing guard behind [`as_core`], [`bool_as_core`] and [`with_core`]: when `needs_core`
/// holds for the call and the receiver has a Core form, operator `name` runs as Core's method on it;
/// otherwise (no Core form, or the ORM's own form can say it) `f` runs.
fn route(
    interp: &mut Interp,
    args: Args,
    name: &str,
    f: fn(&mut Interp, Args) -> PyResult<Value>,
    needs_core: fn(&Args, &Value) -> bool,
) -> PyResult<Value> {
    let this = args.positional.first().cloned().unwrap_or(Value::None);
    if needs_core(&args, &this)
        && let Some(core) = crate::orm::core::bridge::legacy_expr(interp, &this)?
    {
        return core_method(interp, core, name, args);
    }
    f(interp, args)
}

/// Runs operator `name` of a mapped attribute as Core's whenever the attribute has a Core form, else
/// `f`: for operators whose SQL the ORM's own form cannot say (`BETWEEN`, `LIKE :p || '%'` with its
/// `escape`/`autoescape`, unary minus), so `print(stmt)` shows SQLAlchemy's text.
pub(super) fn as_core(
    interp: &mut Interp,
    args: Args,
    name: &str,
    f: fn(&mut Interp, Args) -> PyResult<Value>,
) -> PyResult<Value> {
    route(interp, args, name, f, |_, _| true)
}

/// The receiver itself (the fallback of an operator with no effect in the ORM's own form).
pub(super) fn expr_value_of_receiver(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, value, _) = receiver::<ExprObj>(interp, args, "ColumnElement")?;
    Ok(value)
}

/// Calls Core's method `name` on the attribute's Core form; the result stays an ORM expression.
pub(super) fn core_method(
    interp: &mut Interp,
    core: crate::sql::elements::ExprRef,
    name: &str,
    args: Args,
) -> PyResult<Value> {
    let core = crate::orm::core::expr_obj::expr_value(interp, core);
    let method = interp.get_attr(&core, name)?;
    let rest = Args { positional: args.positional.into_iter().skip(1).collect(), keywords: args.keywords };
    let out = interp.call(&method, rest)?;
    if let Some(e) = state::<crate::orm::core::expr_obj::ExprObj>(&out) {
        crate::orm::core::propagate::mark(interp, &e.expr);
    }
    Ok(out)
}

/// `==` / `!=`: against `True`/`False` SQLAlchemy compares with the SQL constant (`x = true`, `1` on
/// SQLite), not a bound parameter, so those comparisons are Core's; the rest as [`with_core`].
pub(super) fn bool_as_core(
    interp: &mut Interp,
    args: Args,
    name: &str,
    f: fn(&mut Interp, Args) -> PyResult<Value>,
) -> PyResult<Value> {
    route(interp, args, name, f, |args, this| {
        matches!(args.positional.get(1), Some(Value::Bool(_))) || operands_need_core(args, this)
    })
}

/// Runs operator `name` of a mapped attribute as Core's when an operand needs Core, else `f`.
pub(super) fn with_core(
    interp: &mut Interp,
    args: Args,
    name: &str,
    f: fn(&mut Interp, Args) -> PyResult<Value>,
) -> PyResult<Value> {
    route(interp, args, name, f, operands_need_core)
}

/// Whether a call needs Core: keyword arguments, a Core-only operand ([`core_only`]) or a receiver
/// of a polymorphic class ([`in_hierarchy`]).
fn operands_need_core(args: &Args, this: &Value) -> bool {
    !args.keywords.is_empty() || args.positional.iter().skip(1).any(core_only) || in_hierarchy(this)
}

/// Whether the receiver is an attribute of a polymorphic class (`Cat.indoor`): its expressions are
/// Core's, whose columns remember the entity (a single-table subclass's mention in WHERE brings its
/// discriminator criterion, see [`crate::orm::core::entity_criteria`]).
fn in_hierarchy(this: &Value) -> bool {
    let Some(e) = state::<ExprObj>(this) else { return false };
    let Some((class, _)) = &e.attribute else { return false };
    mapped(class)
        .is_some_and(|info| crate::orm::inheritance::discriminator(&info.registry.borrow(), info.mapper).is_some())
}
