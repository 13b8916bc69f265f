//! Methods of `set`.

mod ops;

use super::{Method, split};
use crate::eval::ExcType;
use crate::eval::call::expect_method_args;
use crate::eval::dict::Set;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::ir::{BinOp, CmpOp};
use std::cell::RefCell;
use std::rc::Rc;

type SetRef = Rc<RefCell<Set>>;

pub fn method(name: &str) -> Option<Method> {
    Some(match name {
        "add" => |i, a| {
            let (s, args) = receiver(i, a, "add", 1, 1)?;
            let k = i.key_of(&args.positional[0])?;
            s.borrow_mut().insert(k, args.positional[0].clone());
            Ok(Value::None)
        },
        "remove" => |i, a| {
            let (s, args) = receiver(i, a, "remove", 1, 1)?;
            let k = i.key_of(&args.positional[0])?;
            let removed = s.borrow_mut().remove(&k);
            removed.map(|_| Value::None).ok_or_else(|| i.key_error(args.positional[0].clone()))
        },
        "discard" => |i, a| {
            let (s, args) = receiver(i, a, "discard", 1, 1)?;
            let k = i.key_of(&args.positional[0])?;
            s.borrow_mut().remove(&k);
            Ok(Value::None)
        },
        "pop" => |i, a| {
            let (s, _) = receiver(i, a, "pop", 0, 0)?;
            let first = s.borrow_mut().pop_first();
            first.ok_or_else(|| i.error(ExcType::KeyError, "pop from an empty set"))
        },
        "clear" => |i, a| {
            let (s, _) = receiver(i, a, "clear", 0, 0)?;
            s.borrow_mut().clear();
            Ok(Value::None)
        },
        "copy" => |i, a| {
            let (s, _) = receiver(i, a, "copy", 0, 0)?;
            if s.borrow().is_frozen() {
                return Ok(Value::Set(s));
            }
            i.charge_items(s.borrow().len())?;
            let copy = s.borrow().copy();
            Ok(Value::Set(Rc::new(RefCell::new(copy))))
        },
        "update" => |i, a| {
            let (s, args) = receiver(i, a, "update", 0, usize::MAX)?;
            for other in &args.positional {
                let other = i.set_operand(other)?;
                i.set_inplace(BinOp::BitOr, &s, &other)?;
            }
            Ok(Value::None)
        },
        "intersection_update" => |i, a| update_with(i, a, BinOp::BitAnd),
        "difference_update" => |i, a| update_with(i, a, BinOp::Sub),
        "symmetric_difference_update" => |i, a| update_with(i, a, BinOp::BitXor),
        "union" => |i, a| combine(i, a, BinOp::BitOr),
        "intersection" => |i, a| combine(i, a, BinOp::BitAnd),
        "difference" => |i, a| combine(i, a, BinOp::Sub),
        "symmetric_difference" => |i, a| combine(i, a, BinOp::BitXor),
        "issubset" => |i, a| relation(i, a, CmpOp::LtE),
        "issuperset" => |i, a| relation(i, a, CmpOp::GtE),
        "isdisjoint" => |i, a| {
            let (s, args) = receiver(i, a, "isdisjoint", 1, 1)?;
            let both = i.set_op(BinOp::BitAnd, &Value::Set(s), &args.positional[0])?;
            Ok(Value::Bool(i.len(&both)? == 0))
        },
        _ => return None,
    })
}

/// The methods of `frozenset`: those of `set` that leave the set unchanged.
pub fn frozen_method(name: &str) -> Option<Method> {
    match name {
        "copy"
        | "union"
        | "intersection"
        | "difference"
        | "symmetric_difference"
        | "issubset"
        | "issuperset"
        | "isdisjoint" => method(name),
        _ => None,
    }
}

fn receiver(interp: &Interp, args: Args, name: &str, min: usize, max: usize) -> PyResult<(SetRef, Args)> {
    let (s, args) = split(args);
    let Value::Set(s) = s else { return Err(interp.type_error("set expected")) };
    expect_method_args(interp, "set", name, &args, min, max)?;
    Ok((s, args))
}

/// `s.union(...)`, `s.intersection(...)`, `s.difference(...)`, `s.symmetric_difference(x)`: CPython's
/// `set_union`, `set_intersection_multi`, `set_difference_multi` and `set_symmetric_difference`.
fn combine(interp: &mut Interp, args: Args, op: BinOp) -> PyResult<Value> {
    let (s, args) = receiver(interp, args, "set operation", 0, usize::MAX)?;
    if op == BinOp::BitXor && args.positional.len() != 1 {
        let n = args.positional.len();
        return Err(interp.type_error(format!("symmetric_difference() takes exactly one argument ({n} given)")));
    }
    let others = operands(interp, &args)?;
    combine_sets(interp, &s, &others, op)
}

fn operands(interp: &mut Interp, args: &Args) -> PyResult<Vec<ops::Operand>> {
    let mut others = Vec::with_capacity(args.positional.len());
    for other in &args.positional {
        others.push(interp.set_operand(other)?);
    }
    Ok(others)
}

fn combine_sets(interp: &mut Interp, s: &SetRef, others: &[ops::Operand], op: BinOp) -> PyResult<Value> {
    let Some((first, rest)) = others.split_first() else {
        interp.charge_items(s.borrow().len())?;
        return Ok(Value::Set(Rc::new(RefCell::new(s.borrow().copy()))));
    };
    let result = match op {
        BinOp::BitOr => {
            interp.charge_items(s.borrow().len())?;
            let mut out = s.borrow().copy();
            for other in others {
                interp.set_update(&mut out, Some(s), other)?;
            }
            out
        }
        BinOp::BitAnd => {
            let mut out = Rc::new(RefCell::new(interp.set_intersection(s, first)?));
            for other in rest {
                out = Rc::new(RefCell::new(interp.set_intersection(&out, other)?));
            }
            return Ok(Value::Set(out));
        }
        BinOp::Sub => {
            let out = Rc::new(RefCell::new(interp.set_difference(s, first)?));
            for other in rest {
                interp.set_difference_update(&out, other)?;
            }
            return Ok(Value::Set(out));
        }
        _ => interp.set_symmetric_difference(s, first)?,
    };
    Ok(Value::Set(Rc::new(RefCell::new(result))))
}

/// `s.intersection_update(...)` and friends, in place as CPython does them.
fn update_with(interp: &mut Interp, args: Args, op: BinOp) -> PyResult<Value> {
    let (s, args) = receiver(interp, args, "set operation", 0, usize::MAX)?;
    if op == BinOp::BitAnd {
        let others = operands(interp, &args)?;
        let result = combine_sets(interp, &s, &others, op)?;
        if let Value::Set(result) = result {
            s.borrow_mut().swap_bodies(&mut result.borrow_mut());
        }
        return Ok(Value::None);
    }
    for other in &args.positional {
        let other = interp.set_operand(other)?;
        interp.set_inplace(op, &s, &other)?;
    }
    Ok(Value::None)
}

fn relation(interp: &mut Interp, args: Args, op: CmpOp) -> PyResult<Value> {
    let (s, args) = receiver(interp, args, "set comparison", 1, 1)?;
    let other = interp.collect(&args.positional[0])?;
    let other = interp.make_set(other)?;
    Ok(Value::Bool(interp.set_compare(op, &Value::Set(s), &other)?))
}
