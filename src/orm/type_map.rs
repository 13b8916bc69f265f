//! What a `Mapped[...]` annotation says about its column beyond the Python type, as SQLAlchemy's
//! declarative reads it:
//! - `Annotated[T, mapped_column(...)]` carries column arguments (the documentation's
//!   `intpk = Annotated[int, mapped_column(primary_key=True)]`): an attribute annotated with it gets
//!   a column built from those arguments, with its own `mapped_column(...)` (if any) taking precedence;
//! - the declarative base's `type_annotation_map` maps a Python type or an `Annotated` alias to a SQL
//!   type (`{str50: String(50)}`), looked up first as written, then (for `Annotated[T, ...]` not in
//!   the map) as its `T`.
//!
//! `Optional[...]`/`X | None` around either form keeps its meaning (a nullable column).

use super::declarative::is_optional_annotation;
use super::native::state;
use super::schema::{ColumnSpec, SqlType, type_of_value};
use crate::eval::modules::{alias_args, alias_origin, form_name};
use crate::eval::value::{Class, Value};
use std::rc::Rc;

/// The `T` and metadata of `Annotated[T, meta...]`.
fn annotated_parts(v: &Value) -> Option<(Value, Vec<Value>)> {
    let origin = alias_origin(v)?;
    if form_name(&origin).as_deref() != Some("Annotated") {
        return None;
    }
    let mut args = alias_args(v).into_iter();
    let inner = args.next()?;
    Some((inner, args.collect()))
}

/// The annotation without `Optional[...]` around it.
fn without_optional(v: &Value) -> Value {
    if is_optional_annotation(v) {
        let not_none = alias_args(v).into_iter().find(|a| !is_none(a));
        if let Some(a) = not_none {
            return a;
        }
    }
    v.clone()
}

fn is_none(v: &Value) -> bool {
    matches!(v, Value::None)
        || matches!(v, Value::Class(c) if c.builtin == Some(crate::eval::value::BuiltinType::NoneType))
}

/// The column arguments of `Annotated[T, mapped_column(...)]` (inside `Optional[...]` too).
pub fn annotated_spec(annotation: &Value) -> Option<Rc<ColumnSpec>> {
    let (_, meta) = annotated_parts(&without_optional(annotation))?;
    meta.iter().find_map(state::<ColumnSpec>)
}

/// `own` (the attribute's `mapped_column(...)`) completed by the `Annotated` one's arguments.
pub fn merged_spec(own: &ColumnSpec, annotated: &ColumnSpec) -> ColumnSpec {
    let mut spec = own.clone();
    spec.name = spec.name.or_else(|| annotated.name.clone());
    if spec.ty.is_none() {
        spec.ty = annotated.ty.clone();
        spec.type_text = annotated.type_text.clone();
        if spec.core.borrow().is_none() {
            *spec.core.borrow_mut() = annotated.core.borrow().clone();
        }
    }
    spec.foreign_key = spec.foreign_key.or_else(|| annotated.foreign_key.clone());
    spec.ondelete = spec.ondelete.or_else(|| annotated.ondelete.clone());
    spec.primary_key |= annotated.primary_key;
    spec.nullable = spec.nullable.or(annotated.nullable);
    spec.unique |= annotated.unique;
    spec.index |= annotated.index;
    spec.default = spec.default.or_else(|| annotated.default.clone());
    spec.server_default = spec.server_default.or_else(|| annotated.server_default.clone());
    spec.autoincrement = spec.autoincrement.or(annotated.autoincrement);
    spec.deferred = spec.deferred.or_else(|| annotated.deferred.clone());
    spec
}

/// The SQL type `type_annotation_map` gives the annotation, if any: `(type, its display text)`.
pub fn mapped_type(class: &Rc<Class>, annotation: &Value) -> Option<(SqlType, String)> {
    let Some(Value::Dict(map)) = class.lookup("type_annotation_map") else { return None };
    let entries = map.borrow().items();
    let find = |key: &Value| entries.iter().find(|(k, _)| same_type(k, key)).and_then(|(_, v)| type_of_value(v));
    let bare = without_optional(annotation);
    find(&bare).or_else(|| annotated_parts(&bare).and_then(|(inner, _)| find(&inner)))
}

/// Whether two annotation objects name the same type: the same object, or subscripted forms with the
/// same origin and arguments (`Annotated[str, 50]` written twice).
fn same_type(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (alias_origin(a), alias_origin(b)) {
        (Some(oa), Some(ob)) => {
            let (xa, xb) = (alias_args(a), alias_args(b));
            same_type(&oa, &ob)
                && xa.len() == xb.len()
                && xa.iter().zip(&xb).all(|(x, y)| same_type(x, y) || literal_eq(x, y))
        }
        _ => false,
    }
}

/// Plain values in `Annotated` metadata (`Annotated[str, 50]`) compare by value.
fn literal_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        _ => false,
    }
}

/// The annotation's Python type with `Annotated[...]` removed (`Optional[Annotated[str, 50]]` →
/// `Optional[str]` for nullability and the default type).
pub fn strip_annotated(annotation: &Value) -> Option<Value> {
    annotated_parts(annotation).map(|(inner, _)| inner)
}
