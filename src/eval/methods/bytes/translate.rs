//! `bytes.maketrans(from, to)` and `bytes.translate(table, delete=b"")` (also on `bytearray`): a
//! 256-byte table mapping each byte, as `base64`'s URL-safe alphabet uses them.

use super::{data, same_kind, split};
use crate::eval::call::take_keyword;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;

fn bytes_like(interp: &Interp, v: &Value) -> PyResult<Rc<[u8]>> {
    data(v).ok_or_else(|| interp.type_error(format!("a bytes-like object is required, not '{}'", v.type_name())))
}

/// `bytes.maketrans(from, to)`: called on the type or on an instance (whose receiver is ignored).
pub fn maketrans(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let pair = match args.positional.as_slice() {
        [_, from, to] if data(&args.positional[0]).is_some() => (from.clone(), to.clone()),
        [from, to] => (from.clone(), to.clone()),
        other => {
            return Err(interp.type_error(format!("maketrans expected 2 arguments, got {}", other.len())));
        }
    };
    let (from, to) = (bytes_like(interp, &pair.0)?, bytes_like(interp, &pair.1)?);
    if from.len() != to.len() {
        return Err(interp.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[usize::from(*f)] = *t;
    }
    Ok(Value::Bytes(Rc::from(table)))
}

pub fn translate(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let delete = take_keyword(&mut args, "delete");
    let (recv, args) = split(args);
    let b = bytes_like(interp, &recv)?;
    let mut rest = args.positional.into_iter();
    let table = rest.next().unwrap_or(Value::None);
    let delete = match delete.or_else(|| rest.next()) {
        Some(d) => bytes_like(interp, &d)?,
        None => Rc::from(Vec::new()),
    };
    let table = match &table {
        Value::None => None,
        t => {
            let t = bytes_like(interp, t)?;
            if t.len() != 256 {
                return Err(interp.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let out =
        b.iter().filter(|c| !delete.contains(c)).map(|c| table.as_ref().map_or(*c, |t| t[usize::from(*c)])).collect();
    Ok(same_kind(&recv, out))
}
