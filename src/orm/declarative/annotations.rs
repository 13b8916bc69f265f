//! Reading a mapped class's annotations: `Mapped[int]`, `Mapped[Optional[str]]`,
//! `Mapped[List["Child"]]`, `WriteOnlyMapped[...]`, and the same kept as text under
//! `from __future__ import annotations`. They give a column its type and nullability and a
//! relationship its target and collection class, as SQLAlchemy's declarative scan does.

use super::*;

pub(super) fn type_display(ty: &SqlType) -> String {
    match ty {
        SqlType::Integer => "Integer".into(),
        SqlType::String(_) => "String".into(),
        SqlType::Boolean => "Boolean".into(),
        // SQLAlchemy 2.1 maps `Mapped[float]` to Double (2.0: Float; both store a float).
        SqlType::Float => "Double".into(),
        other => other.sql_name(),
    }
}

pub(super) fn annotations_of(dict: &crate::eval::value::Namespace) -> Vec<(String, Value)> {
    match dict.get("__annotations__") {
        Some(Value::Dict(d)) => d.borrow().items().into_iter().filter_map(|(k, v)| Some((as_str(&k)?, v))).collect(),
        _ => Vec::new(),
    }
}

/// The loader strategy a `WriteOnlyMapped[...]` / `DynamicMapped[...]` annotation implies.
pub(super) fn writer_annotation(annotation: &Value) -> Option<&'static str> {
    if let Value::Str(text) = annotation {
        let t = text.trim_start();
        return if t.starts_with("WriteOnlyMapped[") {
            Some("write_only")
        } else if t.starts_with("DynamicMapped[") {
            Some("dynamic")
        } else {
            None
        };
    }
    let Value::Class(c) = alias_origin(annotation)? else { return None };
    match c.name.as_ref() {
        "WriteOnlyMapped" => Some("write_only"),
        "DynamicMapped" => Some("dynamic"),
        _ => None,
    }
}

/// `def c(cls) -> Mapped[str]`: the return annotation of a declared_attr function.
pub(super) fn return_annotation(interp: &mut Interp, fget: &Value) -> Option<Value> {
    let annotations = interp.get_attr(fget, "__annotations__").ok()?;
    let Value::Dict(d) = annotations else { return None };
    d.borrow().get(&crate::eval::dict::Key::Str(Rc::from("return"))).cloned()
}

pub(super) fn first_annotated_position(order: &[String], annotations: &[(String, Value)]) -> usize {
    order.iter().position(|o| annotations.iter().any(|(n, _)| n == o)).unwrap_or(order.len())
}

/// Column type implied by a `Mapped[...]` inner type (`int`, `Optional[str]`, `str | None`).
pub(super) fn column_type_of(inner: &Value) -> Option<SqlType> {
    match inner {
        Value::Class(c) if crate::orm::schema::is_enum_class(c) => {
            Some(SqlType::Enum(crate::orm::schema::EnumSpec::of_class(c)))
        }
        Value::Class(c) => {
            let name = match c.builtin {
                Some(BuiltinType::Int) => "int",
                Some(BuiltinType::Str) => "str",
                Some(BuiltinType::Bool) => "bool",
                Some(BuiltinType::Float) => "float",
                Some(BuiltinType::Dict) => "dict",
                Some(BuiltinType::List) => "list",
                _ => c.name.as_ref(),
            };
            SqlType::from_python_type(name)
        }
        other if type_map::strip_annotated(other).is_some() => {
            type_map::strip_annotated(other).and_then(|inner| column_type_of(&inner))
        }
        // `Mapped[Literal["S", "M", "L"]]`: SQLAlchemy's default type map gives a string `Enum` of the
        // literal values (`VARCHAR(1)` on SQLite, `col.type.enums` the values).
        other if alias_origin(other).and_then(|o| form_name(&o)).as_deref() == Some("Literal") => {
            let values: Option<Vec<String>> = alias_args(other).iter().map(crate::orm::native::as_str).collect();
            let values = values.filter(|v| !v.is_empty())?;
            let length = values.iter().map(|v| v.chars().count() as i64).max();
            Some(SqlType::Enum(crate::orm::schema::EnumSpec {
                class: None,
                length,
                values,
                name: None,
                non_native: true,
                validate_strings: false,
            }))
        }
        other if is_optional(other) => {
            alias_args(other).into_iter().find(|a| !is_none_type(a)).and_then(|a| column_type_of(&a))
        }
        _ => None,
    }
}

pub(super) fn is_none_type(v: &Value) -> bool {
    matches!(v, Value::None) || matches!(v, Value::Class(c) if c.builtin == Some(BuiltinType::NoneType))
}

pub(super) fn annotation_spec(class: &Rc<Class>, own: &ColumnSpec, annotation: Option<&Value>) -> ColumnSpec {
    let Some(annotation) = annotation else { return own.clone() };
    let mut spec = match type_map::annotated_spec(annotation) {
        Some(a) => type_map::merged_spec(own, &a),
        None => own.clone(),
    };
    if spec.ty.is_none()
        && let Some((ty, text)) = type_map::mapped_type(class, annotation)
    {
        spec.ty = Some(ty);
        spec.type_text = Some(text);
    }
    spec
}

/// [`is_optional`] for the annotation readers of other modules.
pub(crate) fn is_optional_annotation(v: &Value) -> bool {
    is_optional(v)
}

/// `Optional[X]`, `Union[X, None]` or `X | None`.
pub(super) fn is_optional(v: &Value) -> bool {
    alias_origin(v).is_some_and(|o| form_name(&o).as_deref() == Some("Union")) && alias_args(v).iter().any(is_none_type)
}

/// The target and list-ness of a relationship annotation: `List["Child"]`, `"Parent"`, `Optional["P"]`.
pub(super) fn relationship_annotation(inner: &Value) -> (Option<Value>, bool) {
    // `Mapped[Dict[str, "Note"]]`: a keyed-dict collection of the last argument's class.
    if annotation_collection(inner) == Some("dict") {
        let target = match inner {
            Value::Str(text) => text
                .trim()
                .strip_suffix(']')
                .and_then(|t| t.rsplit_once(','))
                .map(|(_, last)| Value::str(last.trim().trim_matches(|c| c == '"' || c == '\'')))
                .map(|v| match &v {
                    Value::Str(t) => string_annotation(t).0.unwrap_or(v),
                    _ => v,
                }),
            _ => alias_args(inner).last().cloned(),
        };
        return (target, true);
    }
    if let Some(origin) = alias_origin(inner) {
        let args = alias_args(inner);
        let is_list = match &origin {
            Value::Class(c) => matches!(c.builtin, Some(BuiltinType::List | BuiltinType::Set)),
            other => matches!(form_name(other).as_deref(), Some("List" | "Set" | "Sequence")),
        };
        if is_optional(inner) {
            let target = args.into_iter().find(|a| !is_none_type(a));
            return (target.map(|t| relationship_annotation(&t).0.unwrap_or(t)), false);
        }
        return (args.into_iter().next(), is_list);
    }
    if let Value::Str(text) = inner {
        return string_annotation(text);
    }
    (Some(inner.clone()), false)
}

/// The collection an annotation implies beyond a list: `"set"` for `set[X]` / `Set[X]`, `"dict"` for
/// `dict[K, X]` / `Dict[K, X]` / `Mapping[K, X]` (SQLAlchemy's `_extract_mapped_subtype` collection).
pub(super) fn annotation_collection(inner: &Value) -> Option<&'static str> {
    let name = match inner {
        Value::Str(text) => text.trim().split('[').next().map(|n| n.rsplit('.').next().unwrap_or(n).to_string()),
        other => match alias_origin(other)? {
            Value::Class(c) => Some(c.name.to_string()),
            origin => form_name(&origin),
        },
    }?;
    match name.as_str() {
        "set" | "Set" | "MutableSet" | "AbstractSet" => Some("set"),
        "dict" | "Dict" | "Mapping" | "MutableMapping" => Some("dict"),
        _ => None,
    }
}

/// A relationship annotation written as a string: `"List[Child]"`, `"Optional[Parent]"`, `"Parent | None"`.
pub(super) fn string_annotation(text: &str) -> (Option<Value>, bool) {
    let t = text.trim();
    let unquote = |s: &str| Value::str(s.trim().trim_matches(|c| c == '"' || c == '\''));
    for (prefix, is_list) in
        [("List[", true), ("list[", true), ("Set[", true), ("set[", true), ("Sequence[", true), ("Optional[", false)]
    {
        if let Some(rest) = t.strip_prefix(prefix).and_then(|r| r.strip_suffix(']')) {
            return (Some(unquote(rest)), is_list);
        }
    }
    if let Some(rest) = t.strip_suffix("| None").or_else(|| t.strip_suffix("|None")) {
        return (Some(unquote(rest)), false);
    }
    (Some(unquote(t)), false)
}

/// For `x: Named[int | None]` style annotations (`wrapper` is the annotation class's name): the
/// column type the inner type implies and whether it is optional.
pub(crate) fn annotated_column(annotation: &Value, wrapper: &str) -> Option<(Option<SqlType>, bool)> {
    let origin = alias_origin(annotation)?;
    let Value::Class(c) = &origin else { return None };
    if c.name.as_ref() != wrapper {
        return None;
    }
    let inner = alias_args(annotation).into_iter().next()?;
    Some((column_type_of(&inner), is_optional(&inner)))
}

/// A class body's annotations in order (`__annotations__`).
pub(crate) fn class_annotations(class: &Rc<Class>) -> Vec<(String, Value)> {
    annotations_of(&class.dict.borrow())
}
