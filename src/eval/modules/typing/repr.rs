//! How typing's objects print, as CPython 3.11 prints them: `typing.Optional[str]`, `typing.List[int]`,
//! `list[int]`, `int | None`, `typing.Annotated[int, 'meta']`, `typing.Callable[[int], str]`, a
//! TypeVar as `~T`, a user generic as `__main__.Box[int]`.

use super::{FORMS, alias_args, alias_origin, form_name};
use crate::eval::value::{BuiltinType, Value};
use crate::eval::{Args, Interp, PyResult};

/// `repr()` of a `_SpecialForm`: `typing.Any`, or `~T` for a TypeVar.
pub(super) fn form_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = args.positional.first().and_then(form_name).unwrap_or_default();
    let _ = interp;
    if FORMS.contains(&name.as_str()) {
        return Ok(Value::str(&format!("typing.{name}")));
    }
    // A type variable: `~T`, `+T` when covariant, `-T` when contravariant.
    let flag = |key: &str| match args.positional.first() {
        Some(Value::Instance(v)) => matches!(v.dict.borrow().get(key), Some(Value::Bool(true))),
        _ => false,
    };
    let sign = if flag("__covariant__") {
        '+'
    } else if flag("__contravariant__") {
        '-'
    } else {
        '~'
    };
    Ok(Value::str(&format!("{sign}{name}")))
}

/// `repr()` of a `_GenericAlias`.
pub(super) fn alias_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let alias = args.positional.first().cloned().unwrap_or(Value::None);
    Ok(Value::str(&type_repr(interp, &alias)?))
}

/// `typing._type_repr`: classes by qualified name (builtins bare), forms and aliases by their repr,
/// `...` for Ellipsis, anything else (a list too: it is data) by `repr()`, which knows a list that
/// contains itself (`[1, [...]]`). Aliases nest through data the program can mutate, so each level is
/// charged to the stack guard: a cycle raises RecursionError, never overflows the native stack.
fn type_repr(interp: &mut Interp, v: &Value) -> PyResult<String> {
    interp.guard_stack()?;
    if let Some(origin) = alias_origin(v) {
        return alias_text(interp, v, &origin);
    }
    Ok(match v {
        Value::Class(c) => {
            let qualname = match c.dict.borrow().get("__qualname__") {
                Some(Value::Str(q)) => q.to_string(),
                _ => c.name.to_string(),
            };
            if c.module.as_ref() == "builtins" { qualname } else { format!("{}.{qualname}", c.module) }
        }
        Value::None => "None".into(),
        Value::Ellipsis => "...".into(),
        other => interp.repr(other)?,
    })
}

fn alias_text(interp: &mut Interp, alias: &Value, origin: &Value) -> PyResult<String> {
    let args = alias_args(alias);
    let is_none = |v: &Value| {
        matches!(v, Value::None) || matches!(v, Value::Class(c) if c.builtin == Some(BuiltinType::NoneType))
    };
    let piped = matches!(alias, Value::Instance(i) if i.dict.borrow().contains_key("_pipe"));
    let callable = form_name(origin).is_some_and(|name| name == "Callable");
    // typing's forms turn a string argument into a forward reference; `list['X']` and the data of
    // `Literal`/`Annotated` keep it a string.
    let forward = form_name(origin)
        .is_some_and(|name| FORMS.contains(&name.as_str()) && !matches!(name.as_str(), "Literal" | "Annotated"));
    let parts = args
        .iter()
        .map(|a| match a {
            Value::Str(_) if forward => Ok(format!("ForwardRef({})", interp.repr(a)?)),
            // `int | None` (types.UnionType) names NoneType `None`; typing's forms say `NoneType`.
            _ if piped && is_none(a) => Ok("None".into()),
            Value::None if forward => Ok("NoneType".into()),
            _ => arg_repr(interp, a, callable),
        })
        .collect::<PyResult<Vec<_>>>()?;
    if piped {
        return Ok(parts.join(" | "));
    }
    let head = match form_name(origin) {
        Some(name) if name == "Union" && args.len() == 2 && args.iter().any(is_none) => {
            let inner = args.iter().position(|a| !is_none(a)).and_then(|i| parts.get(i)).cloned().unwrap_or_default();
            return Ok(format!("typing.Optional[{inner}]"));
        }
        Some(name) if FORMS.contains(&name.as_str()) => format!("typing.{name}"),
        _ => type_repr(interp, origin)?,
    };
    if parts.is_empty() {
        return Ok(format!("{head}[()]"));
    }
    Ok(format!("{head}[{}]", parts.join(", ")))
}

/// One argument of an alias: `Callable`'s parameter list is bracketed type by type
/// (`typing.Callable[[int], str]`); any other list is data (`list[[<class 'int'>]]`).
fn arg_repr(interp: &mut Interp, arg: &Value, callable: bool) -> PyResult<String> {
    match arg {
        Value::List(items) if callable => {
            let items = items.borrow().clone();
            let parts = items
                .iter()
                .map(|i| match i {
                    Value::Str(_) => Ok(format!("ForwardRef({})", interp.repr(i)?)),
                    _ => type_repr(interp, i),
                })
                .collect::<PyResult<Vec<_>>>()?;
            Ok(format!("[{}]", parts.join(", ")))
        }
        _ => type_repr(interp, arg),
    }
}
