//! The in-place methods only `bytearray` has (`append`, `extend`, `pop`, …), with CPython's messages.

use super::{Method, split};
use crate::eval::bytes::data;
use crate::eval::call::expect_args;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

pub fn method(name: &str) -> Option<Method> {
    Some(match name {
        "append" => |i, a| {
            let (cell, args) = receiver(i, a, "append", 1)?;
            let byte = i.byte_value(&args[0])?;
            i.check_size(cell.borrow().len() + 1)?;
            cell.borrow_mut().push(byte);
            Ok(Value::None)
        },
        "extend" => |i, a| {
            let (cell, args) = receiver(i, a, "extend", 1)?;
            let more = match data(&args[0]) {
                Some(d) => d.to_vec(),
                None => match crate::eval::bytes::bytearray_constructor(i, Args::positional(vec![args[0].clone()]))? {
                    Value::ByteArray(b) => b.borrow().clone(),
                    _ => Vec::new(),
                },
            };
            i.check_size(cell.borrow().len() + more.len())?;
            i.charge_bytes(more.len())?;
            cell.borrow_mut().extend(more);
            Ok(Value::None)
        },
        "insert" => |i, a| {
            let (cell, args) = receiver(i, a, "insert", 2)?;
            let Value::Int(at) = args[0] else {
                return Err(
                    i.type_error(format!("'{}' object cannot be interpreted as an integer", args[0].type_name()))
                );
            };
            let byte = i.byte_value(&args[1])?;
            let len = cell.borrow().len() as i64;
            let at = if at < 0 { (at + len).max(0) } else { at.min(len) } as usize;
            cell.borrow_mut().insert(at, byte);
            Ok(Value::None)
        },
        "pop" => |i, a| {
            let (recv, args) = split(a);
            let Value::ByteArray(cell) = recv else { return Err(wrong_receiver(i, &recv)) };
            expect_args(i, "pop", &args, 0, 1)?;
            let len = cell.borrow().len() as i64;
            if len == 0 {
                return Err(i.index_error("pop from empty bytearray"));
            }
            let at = match args.positional.first() {
                Some(Value::Int(n)) => *n,
                _ => -1,
            };
            let at = if at < 0 { at + len } else { at };
            if !(0..len).contains(&at) {
                return Err(i.index_error("pop index out of range"));
            }
            Ok(Value::Int(i64::from(cell.borrow_mut().remove(at as usize))))
        },
        "remove" => |i, a| {
            let (cell, args) = receiver(i, a, "remove", 1)?;
            let byte = i.byte_value(&args[0])?;
            let at = cell.borrow().iter().position(|b| *b == byte);
            match at {
                Some(k) => {
                    cell.borrow_mut().remove(k);
                    Ok(Value::None)
                }
                None => Err(i.value_error("value not found in bytearray")),
            }
        },
        "clear" => |i, a| {
            let (cell, _) = receiver(i, a, "clear", 0)?;
            cell.borrow_mut().clear();
            Ok(Value::None)
        },
        "reverse" => |i, a| {
            let (cell, _) = receiver(i, a, "reverse", 0)?;
            cell.borrow_mut().reverse();
            Ok(Value::None)
        },
        "copy" => |i, a| {
            let (cell, _) = receiver(i, a, "copy", 0)?;
            let copy = cell.borrow().clone();
            Ok(Value::bytearray(copy))
        },
        _ => return None,
    })
}

/// A bytearray's shared buffer.
type Buffer = Rc<RefCell<Vec<u8>>>;

/// The bytearray a method was called on and its `count` positional arguments.
fn receiver(interp: &mut Interp, args: Args, name: &str, count: usize) -> PyResult<(Buffer, Vec<Value>)> {
    let (recv, args) = split(args);
    let Value::ByteArray(cell) = recv else { return Err(wrong_receiver(interp, &recv)) };
    expect_args(interp, name, &args, count, count)?;
    Ok((cell, args.positional))
}

fn wrong_receiver(interp: &Interp, v: &Value) -> Box<crate::eval::Exc> {
    interp.type_error(format!("descriptor requires a 'bytearray' object but received '{}'", v.type_name()))
}
