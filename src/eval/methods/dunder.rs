//! The dunder methods of built-in types as callable objects: `int.__str__(x)`, `str.__new__`'s
//! friends, `object.__repr__(self)`, `super().__eq__(other)`. They apply the evaluator's own protocol
//! to the built-in value (the payload of a built-in subclass's instance).

use super::{Method, split};
use crate::eval::subclass::plain;
use crate::eval::value::{BuiltinType, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::{BinOp, CmpOp, UnaryOp};

/// The built-in type of `v` when that type has dunder `name` in CPython (lists have `__iter__` and
/// `__add__` but no `__bool__`; ints have `__add__` but no `__len__`).
pub(super) fn kind_with(v: &Value, name: &str) -> Option<BuiltinType> {
    use BuiltinType as T;
    let kind = match v {
        Value::Int(_) | Value::BigInt(_) => T::Int,
        Value::Bool(_) => T::Bool,
        Value::Float(_) => T::Float,
        Value::Str(_) => T::Str,
        Value::Bytes(_) => T::Bytes,
        Value::List(_) => T::List,
        Value::Tuple(_) => T::Tuple,
        Value::Dict(_) => T::Dict,
        Value::Set(_) => T::Set,
        Value::Range(..) => T::Range,
        _ => return None,
    };
    let number = matches!(kind, T::Int | T::Bool | T::Float);
    let sequence = matches!(kind, T::Str | T::Bytes | T::List | T::Tuple);
    let ok = match name {
        "__len__" | "__iter__" | "__contains__" => !number,
        "__getitem__" => !number && kind != T::Set,
        "__setitem__" | "__delitem__" => matches!(kind, T::List | T::Dict),
        "__bool__" | "__truediv__" | "__floordiv__" | "__pow__" => number,
        "__add__" | "__mul__" => number || sequence,
        "__rmul__" => number || sequence,
        "__neg__" | "__pos__" | "__abs__" | "__float__" | "__int__" | "__trunc__" | "__round__" | "__divmod__"
        | "__radd__" | "__rsub__" | "__rtruediv__" | "__rfloordiv__" | "__rmod__" | "__rpow__" => number,
        "__invert__" | "__index__" | "__lshift__" | "__rshift__" | "__rand__" | "__ror__" | "__rxor__" => {
            matches!(kind, T::Int | T::Bool)
        }
        "__mod__" => number || matches!(kind, T::Str | T::Bytes),
        "__sub__" | "__and__" | "__or__" | "__xor__" => {
            (number && kind != T::Float) || kind == T::Set || name == "__sub__" && number
        }
        _ => name.starts_with("__"),
    };
    ok.then_some(kind)
}

/// A dunder of built-in type `kind` (`object` has only the identity-based ones).
pub(super) fn method(kind: BuiltinType, name: &str) -> Option<Method> {
    if kind == BuiltinType::Object {
        return object_method(name);
    }
    if !numeric_dunder_applies(kind, name) {
        return None;
    }
    Some(match name {
        "__str__" => |i, a| {
            let (v, _) = split(a);
            i.to_str(&v).map(|s| Value::str(&s))
        },
        "__repr__" => |i, a| {
            let (v, _) = split(a);
            i.repr(&v).map(|s| Value::str(&s))
        },
        "__format__" => |i, a| {
            let (v, args) = split(a);
            let spec = match args.positional.first() {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            i.format_value(&v, &spec).map(|s| Value::str(&s))
        },
        "__hash__" => |i, a| {
            let (v, _) = split(a);
            i.call(&i.builtins.get("hash").unwrap_or(Value::None), Args::positional(vec![v]))
        },
        "__len__" => |i, a| {
            let (v, _) = split(a);
            Ok(Value::Int(i.len(&v)? as i64))
        },
        "__iter__" => |i, a| i.iter(&split(a).0),
        "__contains__" => |i, a| {
            let (v, args) = split(a);
            let item = args.positional.into_iter().next().unwrap_or(Value::None);
            Ok(Value::Bool(i.contains(&v, &item)?))
        },
        "__getitem__" => |i, a| {
            let receiver = a.positional.first().cloned();
            let (v, args) = split(a);
            let index = args.positional.into_iter().next().unwrap_or(Value::None);
            match (i.get_item(&v, &index), receiver) {
                // `dict.__getitem__` of a subclass with `__missing__` asks it for absent keys, as `d[k]` does.
                (Err(e), Some(r @ Value::Instance(_))) if e.class_name() == "KeyError" && has_missing(&r) => {
                    i.call_method(&r, "__missing__", vec![index])
                }
                (result, _) => result,
            }
        },
        "__setitem__" => |i, a| {
            let (v, args) = split(a);
            let [key, value] =
                <[Value; 2]>::try_from(args.positional).map_err(|_| i.type_error("expected 2 arguments"))?;
            i.set_item(&v, key, value).map(|()| Value::None)
        },
        "__delitem__" => |i, a| {
            let (v, args) = split(a);
            let key = args.positional.into_iter().next().unwrap_or(Value::None);
            i.del_item(&v, &key).map(|()| Value::None)
        },
        "__bool__" => |i, a| Ok(Value::Bool(i.truthy(&split(a).0)?)),
        "__eq__" => |i, a| compare(i, a, CmpOp::Eq),
        "__ne__" => |i, a| compare(i, a, CmpOp::NotEq),
        "__lt__" => |i, a| compare(i, a, CmpOp::Lt),
        "__le__" => |i, a| compare(i, a, CmpOp::LtE),
        "__gt__" => |i, a| compare(i, a, CmpOp::Gt),
        "__ge__" => |i, a| compare(i, a, CmpOp::GtE),
        "__add__" => |i, a| binary(i, a, BinOp::Add),
        "__sub__" => |i, a| binary(i, a, BinOp::Sub),
        "__mul__" => |i, a| binary(i, a, BinOp::Mul),
        "__truediv__" => |i, a| binary(i, a, BinOp::Div),
        "__floordiv__" => |i, a| binary(i, a, BinOp::FloorDiv),
        "__mod__" => |i, a| binary(i, a, BinOp::Mod),
        "__pow__" => |i, a| binary(i, a, BinOp::Pow),
        "__and__" => |i, a| binary(i, a, BinOp::BitAnd),
        "__or__" => |i, a| binary(i, a, BinOp::BitOr),
        "__xor__" => |i, a| binary(i, a, BinOp::BitXor),
        "__lshift__" => |i, a| binary(i, a, BinOp::LShift),
        "__rshift__" => |i, a| binary(i, a, BinOp::RShift),
        "__radd__" => |i, a| reflected(i, a, BinOp::Add),
        "__rsub__" => |i, a| reflected(i, a, BinOp::Sub),
        "__rmul__" => |i, a| reflected(i, a, BinOp::Mul),
        "__rtruediv__" => |i, a| reflected(i, a, BinOp::Div),
        "__rfloordiv__" => |i, a| reflected(i, a, BinOp::FloorDiv),
        "__rmod__" => |i, a| reflected(i, a, BinOp::Mod),
        "__rpow__" => |i, a| reflected(i, a, BinOp::Pow),
        "__rand__" => |i, a| reflected(i, a, BinOp::BitAnd),
        "__ror__" => |i, a| reflected(i, a, BinOp::BitOr),
        "__rxor__" => |i, a| reflected(i, a, BinOp::BitXor),
        "__neg__" => |i, a| i.unary_op(UnaryOp::Neg, split(a).0),
        "__pos__" => |i, a| i.unary_op(UnaryOp::Pos, split(a).0),
        "__invert__" => |i, a| i.unary_op(UnaryOp::Invert, split(a).0),
        "__abs__" => |i, a| builtin_of_self(i, a, "abs"),
        "__float__" => |i, a| builtin_of_self(i, a, "float"),
        "__int__" | "__index__" | "__trunc__" => |i, a| builtin_of_self(i, a, "int"),
        "__round__" => |i, a| builtin_of_self(i, a, "round"),
        "__divmod__" => |i, a| builtin_of_self(i, a, "divmod"),
        _ => return None,
    })
}

/// The numeric-only dunders exist on `int`/`bool` (and the float ones on `float`), nowhere else: a
/// `hasattr(type(v), "__index__")` check must fail for `str`.
fn numeric_dunder_applies(kind: BuiltinType, name: &str) -> bool {
    use BuiltinType as T;
    let integer = matches!(kind, T::Int | T::Bool);
    match name {
        "__invert__" | "__index__" | "__lshift__" | "__rshift__" | "__rand__" | "__ror__" | "__rxor__" => integer,
        "__neg__" | "__pos__" | "__abs__" | "__float__" | "__int__" | "__trunc__" | "__round__" | "__divmod__"
        | "__radd__" | "__rsub__" | "__rtruediv__" | "__rfloordiv__" | "__rmod__" | "__rpow__" => {
            integer || kind == T::Float
        }
        "__rmul__" => integer || matches!(kind, T::Float | T::Str | T::Bytes | T::List | T::Tuple),
        _ => true,
    }
}

/// A reflected operator: `x.__rsub__(y)` is `y - x`.
fn reflected(interp: &mut Interp, args: Args, op: BinOp) -> PyResult<Value> {
    let (v, args) = split(args);
    let other = plain(&args.positional.into_iter().next().unwrap_or(Value::None));
    interp.binary_op(op, other, v)
}

/// The dunder as the builtin that calls it: `x.__abs__()` is `abs(x)`, `x.__round__(n)` is `round(x, n)`.
fn builtin_of_self(interp: &mut Interp, args: Args, builtin: &str) -> PyResult<Value> {
    let (v, mut args) = split(args);
    args.positional.insert(0, v);
    let function = interp.builtins.get(builtin).unwrap_or(Value::None);
    interp.call(&function, args)
}

fn compare(interp: &mut Interp, args: Args, op: CmpOp) -> PyResult<Value> {
    let (v, args) = split(args);
    let other = plain(&args.positional.into_iter().next().unwrap_or(Value::None));
    interp.compare(op, &v, &other)
}

fn binary(interp: &mut Interp, args: Args, op: BinOp) -> PyResult<Value> {
    let (v, args) = split(args);
    let other = plain(&args.positional.into_iter().next().unwrap_or(Value::None));
    interp.binary_op(op, v, other)
}

/// `object.__repr__`, `__str__`, `__eq__`, `__ne__`, `__hash__`, `__format__`: the defaults every class
/// inherits (reached explicitly, or through `super()`).
fn object_method(name: &str) -> Option<Method> {
    Some(match name {
        "__repr__" => |i, a| {
            let receiver = a.positional.into_iter().next().unwrap_or(Value::None);
            Ok(Value::str(&i.default_repr(&receiver)))
        },
        "__str__" => |i, a| {
            let receiver = a.positional.into_iter().next().unwrap_or(Value::None);
            i.repr(&receiver).map(|s| Value::str(&s))
        },
        "__eq__" => |_, a| match a.positional.as_slice() {
            [x, y] if x.is(y) => Ok(Value::Bool(true)),
            _ => Ok(Value::NotImplemented),
        },
        "__ne__" => |_, a| match a.positional.as_slice() {
            [x, y] if x.is(y) => Ok(Value::Bool(false)),
            _ => Ok(Value::NotImplemented),
        },
        // The identity hash `hash(obj)` gives (distinct objects hash apart, as their addresses do).
        "__hash__" => |_, a| match a.positional.first() {
            Some(Value::Instance(inst)) => {
                Ok(Value::Int(crate::eval::dict::py_hash_of(&crate::eval::dict::Key::Id(inst.id))))
            }
            _ => Ok(Value::Int(0)),
        },
        "__format__" => |i, a| {
            let receiver = a.positional.first().cloned().unwrap_or(Value::None);
            match a.positional.get(1) {
                Some(Value::Str(s)) if !s.is_empty() => {
                    Err(i
                        .type_error(format!("unsupported format string passed to {}.__format__", receiver.type_name())))
                }
                _ => i.to_str(&receiver).map(|s| Value::str(&s)),
            }
        },
        _ => return None,
    })
}

/// Does a (dict subclass) instance's class define `__missing__`?
fn has_missing(v: &Value) -> bool {
    matches!(v, Value::Instance(inst) if inst.class.lookup("__missing__").is_some())
}
