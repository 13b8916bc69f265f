//! `str.maketrans` and `str.translate`: translation tables are dicts from code points to a code point,
//! a string or `None` (delete), and `translate` reads any mapping, keeping characters it lacks.

use crate::eval::ExcType;
use crate::eval::dict::Dict;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

/// `str.maketrans(dict)` or `str.maketrans(from, to[, delete])`.
pub fn maketrans(interp: &mut Interp, args: Args) -> PyResult<Value> {
    crate::eval::call::expect_args(interp, "maketrans", &args, 1, 3)?;
    let mut table = Dict::new();
    let mut put = |interp: &mut Interp, key: Value, value: Value| -> PyResult<()> {
        let hk = interp.key_of(&key)?;
        table.insert(hk, key, value);
        Ok(())
    };
    let code = |c: char| Value::Int(i64::from(u32::from(c)));
    match args.positional.as_slice() {
        [Value::Dict(d)] => {
            let entries = d.borrow().items();
            for (key, value) in entries {
                let key = match key {
                    Value::Str(s) if s.chars().count() == 1 => code(s.chars().next().unwrap_or_default()),
                    Value::Str(_) => {
                        return Err(interp.value_error("string keys in translate table must be of length 1"));
                    }
                    k @ Value::Int(_) => k,
                    _ => return Err(interp.type_error("keys in translate table must be strings or integers")),
                };
                put(interp, key, value)?;
            }
        }
        [_] => return Err(interp.type_error("if you give only one argument to maketrans it must be a dict")),
        [from, to, rest @ ..] => {
            let (Value::Str(from), Value::Str(to)) = (from, to) else {
                return Err(interp.type_error("maketrans() arguments must be str"));
            };
            if from.chars().count() != to.chars().count() {
                return Err(interp.value_error("the first two maketrans arguments must have equal length"));
            }
            for (a, b) in from.chars().zip(to.chars()) {
                put(interp, code(a), code(b))?;
            }
            match rest.first() {
                Some(Value::Str(delete)) => {
                    for c in delete.chars() {
                        put(interp, code(c), Value::None)?;
                    }
                }
                Some(_) => return Err(interp.type_error("maketrans() argument 3 must be str")),
                None => {}
            }
        }
        [] => {}
    }
    Ok(Value::Dict(Rc::new(RefCell::new(table))))
}

/// `s.translate(table)`.
pub fn translate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, args) = super::split(args);
    let (Value::Str(s), Some(table)) = (s, args.positional.first()) else {
        return Err(interp.type_error("translate() takes exactly one argument (0 given)"));
    };
    interp.charge_bytes(s.len())?;
    let lookup = interp.types.exception(ExcType::LookupError);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match interp.get_item(table, &Value::Int(i64::from(u32::from(c)))) {
            Ok(Value::None) => {}
            Ok(Value::Str(t)) => out.push_str(&t),
            Ok(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(t) => out.push(t),
                None => return Err(interp.value_error("character mapping must be in range(0x110000)")),
            },
            Ok(_) => return Err(interp.type_error("character mapping must return integer, None or str")),
            Err(e) if e.class().is_subclass_of(&lookup) => out.push(c),
            Err(e) => return Err(e),
        }
        interp.check_size(out.len())?;
    }
    Ok(Value::str(&out))
}
