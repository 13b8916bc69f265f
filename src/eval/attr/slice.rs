//! `slice.indices(length)`, the one method of slice objects.

use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};

/// `slice.indices(length)`: (start, stop, step) clamped to a sequence of `length`, as
/// `PySlice_Unpack` and `PySlice_AdjustIndices` compute them.
pub(super) fn indices(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (Some(Value::Slice(parts)), Some(len)) = (args.positional.first(), args.positional.get(1)) else {
        return Err(interp.type_error("indices() takes exactly one argument (0 given)"));
    };
    let int = |i: &Interp, v: &Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(n) => Ok(Some(*n)),
            Value::Bool(b) => Ok(Some(i64::from(*b))),
            _ => Err(i.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let length = match len {
        Value::Int(n) if *n >= 0 => *n,
        Value::Int(_) => return Err(interp.value_error("length should not be negative")),
        other => {
            return Err(
                interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))
            );
        }
    };
    let step = int(interp, &parts[2])?.unwrap_or(1);
    if step == 0 {
        return Err(interp.value_error("slice step cannot be zero"));
    }
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        let Some(mut v) = v else { return default };
        if v < 0 {
            v = v.saturating_add(length);
            if v < 0 {
                v = if step < 0 { -1 } else { 0 };
            }
        } else if v >= length {
            v = if step < 0 { length - 1 } else { length };
        }
        v
    };
    let start = adjust(int(interp, &parts[0])?, if step < 0 { length - 1 } else { 0 });
    let stop = adjust(int(interp, &parts[1])?, if step < 0 { -1 } else { length });
    Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}
