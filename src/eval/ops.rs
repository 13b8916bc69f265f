//! Operators: truthiness, binary and unary operators (with `__add__`/`__radd__` dispatch for user
//! classes) and in-place operators; comparisons, equality and membership are in `compare`.

mod arith;
mod compare;
pub(crate) mod items;

pub(crate) use compare::is_scalar;
use compare::is_set_like_view;

use super::value::Value;
use super::{Args, Interp, PyResult};
use crate::ir::{BinOp, UnaryOp};
use arith::as_num;
use std::rc::Rc;

impl Interp {
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(n) => *n != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::DictView(d, _) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::Range(..) => self.len(v)? > 0,
            Value::Instance(inst) => {
                if let Some(f @ (Value::Function(_) | Value::Builtin(_))) = inst.class.lookup("__bool__") {
                    let r = self.call(&self.bind(v.clone(), f), Args::default())?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            Err(self.type_error(format!("__bool__ should return bool, returned {}", other.type_name())))
                        }
                    };
                }
                if let Some(f @ (Value::Function(_) | Value::Builtin(_))) = inst.class.lookup("__len__") {
                    let r = self.call(&self.bind(v.clone(), f), Args::default())?;
                    return self.truthy(&r);
                }
                if let Some(hooks) = inst.class.hooks()
                    && let Some(r) = hooks.get_attr(self, inst, "__bool__")
                {
                    let r = r?;
                    return self.truthy(&r);
                }
                if let Some(p) = super::subclass::instance_payload(inst) {
                    return self.truthy(&p);
                }
                true
            }
            _ => true,
        })
    }

    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        // `bool & bool` (and `|`, `^`) stays a bool in Python (bool's own operators), before int's.
        if let (Value::Bool(x), Value::Bool(y)) = (&a, &b) {
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(*x & *y)),
                BinOp::BitOr => return Ok(Value::Bool(*x | *y)),
                BinOp::BitXor => return Ok(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_num(&a), as_num(&b))
            && let Some(v) = self.numeric_op(op, x, y)?
        {
            return Ok(v);
        }
        if let Some(v) = self.sequence_op(op, &a, &b)? {
            return Ok(v);
        }
        if let Some(v) = self.bytes_op(op, &a, &b)? {
            return Ok(v);
        }
        let (method, reflected) = op.dunders();
        // Python's order: a right operand of the same class is never asked for the reflected
        // method; one of a proper subclass that overrides it is asked first.
        let (same, sub_first) = match (&a, &b) {
            (Value::Instance(x), Value::Instance(y)) if Rc::ptr_eq(&x.class, &y.class) => (true, false),
            (Value::Instance(x), Value::Instance(y)) if y.class.is_subclass_of(&x.class) => {
                let overrides = y.class.dict.borrow().contains_key(reflected);
                (false, overrides)
            }
            _ => (false, false),
        };
        if sub_first && let Some(v) = self.try_dunder(&b, reflected, &a)? {
            return Ok(v);
        }
        if let Some(v) = self.try_dunder(&a, method, &b)? {
            return Ok(v);
        }
        if !same
            && !sub_first
            && let Some(v) = self.try_dunder(&b, reflected, &a)?
        {
            return Ok(v);
        }
        // Sequence repetition takes any count with `__index__`, after the operands' own dunders.
        if let (BinOp::Mul, seq @ (Value::Str(_) | Value::List(_) | Value::Tuple(_)), n @ Value::Instance(_))
        | (BinOp::Mul, n @ Value::Instance(_), seq @ (Value::Str(_) | Value::List(_) | Value::Tuple(_))) =
            (op, &a, &b)
            && let n @ (Value::Int(_) | Value::Bool(_)) = self.as_index(n)?
        {
            return self.repeat(seq, &n);
        }
        if op == BinOp::BitOr
            && let Some(v) = self.type_union(&a, &b)
        {
            return Ok(v);
        }
        if let (Some(x), y) | (y, Some(x)) = (super::subclass::payload(&a), super::subclass::payload(&b)) {
            let _ = (x, y);
            return self.binary_op(op, super::subclass::plain(&a), super::subclass::plain(&b));
        }
        Err(self.type_error(operand_error(op, &a, &b)))
    }

    /// `a op= b`: lists extend in place, as Python's `__iadd__` does; everything else rebinds.
    pub(super) fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let (BinOp::Add, Value::List(list)) = (op, &a) {
            let items = self.collect(&b)?;
            self.check_size(list.borrow().len().saturating_add(items.len()))?;
            self.charge_items(items.len())?;
            list.borrow_mut().extend(items);
            return Ok(a);
        }
        // `s |= t` (and `&=`, `-=`, `^=`) changes a set in place; a frozenset is rebound to a new one.
        if let (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(target), Value::Set(_)) =
            (op, &a, &b)
            && !target.borrow().is_frozen()
        {
            let other = self.set_operand(&b)?;
            self.set_inplace(op, target, &other)?;
            return Ok(a);
        }
        if let (BinOp::Add, Value::ByteArray(cell), Some(more)) = (op, &a, super::bytes::data(&b)) {
            self.check_size(cell.borrow().len().saturating_add(more.len()))?;
            cell.borrow_mut().extend_from_slice(&more);
            return Ok(a);
        }
        if let Value::Instance(inst) = &a {
            let name = format!("__i{}", &op.dunders().0[2..]);
            if let Some(f @ Value::Function(_)) = inst.class.lookup(&name) {
                return self.call(&self.bind(a.clone(), f), Args::positional(vec![b]));
            }
            // A list, dict or set subclass inherits the built-in's in-place method: the instance's own
            // contents change and the name stays bound to the instance (its type and attributes kept).
            if let Some(p @ (Value::List(_) | Value::Dict(_) | Value::Set(_))) = super::subclass::instance_payload(inst)
                && self.inplace_payload(op, &p, &b)?
            {
                return Ok(a);
            }
        }
        self.binary_op(op, a, b)
    }

    /// `payload op= b` in place for a built-in subclass's list (`+=`, `*=`), dict (`|=`) or set
    /// payload; false when the built-in has no in-place form of `op` for `b`.
    fn inplace_payload(&mut self, op: BinOp, payload: &Value, b: &Value) -> PyResult<bool> {
        match (op, payload) {
            (BinOp::Add, Value::List(_)) | (BinOp::BitOr, Value::Dict(_)) => {
                let method = if op == BinOp::Add { "extend" } else { "update" };
                self.call_method(payload, method, vec![b.clone()])?;
            }
            (BinOp::Mul, Value::List(list)) => {
                let Value::List(repeated) = self.binary_op(op, payload.clone(), b.clone())? else { return Ok(false) };
                let items = repeated.borrow().clone();
                *list.borrow_mut() = items;
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(target))
                if !target.borrow().is_frozen() && matches!(super::subclass::plain(b), Value::Set(_)) =>
            {
                let other = self.set_operand(&super::subclass::plain(b))?;
                self.set_inplace(op, target, &other)?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Calls `obj.method(other)` if `obj` is an instance defining it; `None` if absent or NotImplemented.
    fn try_dunder(&mut self, obj: &Value, method: &str, other: &Value) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = obj else { return Ok(None) };
        let Some(f) = inst.class.lookup(method) else { return Ok(None) };
        let bound = self.bind(obj.clone(), f);
        let r = self.call(&bound, Args::positional(vec![other.clone()]))?;
        Ok(if matches!(r, Value::NotImplemented) { None } else { Some(r) })
    }

    fn sequence_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                self.check_size(x.len() + y.len())?;
                self.charge((x.len() + y.len()) / 64)?;
                Value::str(&format!("{x}{y}"))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let len = x.borrow().len() + y.borrow().len();
                self.check_items(len)?;
                self.charge(len / 8)?;
                let mut items = Vec::with_capacity(len);
                items.extend(x.borrow().iter().cloned());
                items.extend(y.borrow().iter().cloned());
                Value::list(items)
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                self.check_items(x.len() + y.len())?;
                self.charge((x.len() + y.len()) / 8)?;
                Value::tuple(x.iter().chain(y.iter()).cloned().collect())
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), n)
                if matches!(n, Value::Int(_) | Value::Bool(_)) =>
            {
                self.repeat(a, n)?
            }
            (BinOp::Mul, n, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                if matches!(n, Value::Int(_) | Value::Bool(_)) =>
            {
                self.repeat(b, n)?
            }
            (BinOp::Mod, Value::Str(fmt), args) => Value::str(&self.percent_format(fmt, args)?),
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(_), Value::Set(_)) => {
                self.set_op(op, a, b)?
            }
            // Key and item views are set-like: they combine with any iterable into a set.
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, view, other)
            | (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, other, view)
                if is_set_like_view(view) && !matches!(other, Value::Instance(_)) =>
            {
                let _ = (view, other);
                self.set_op(op, a, b)?
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let len = x.borrow().len() + y.borrow().len();
                self.check_size(len)?;
                self.charge_items(len)?;
                let mut merged = x.borrow().clone();
                for (k, (kv, v)) in y.borrow().entries() {
                    merged.insert(k.clone(), kv.clone(), v.clone());
                }
                Value::Dict(Rc::new(std::cell::RefCell::new(merged)))
            }
            _ => return Ok(None),
        }))
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = match n {
            Value::Int(n) => (*n).max(0) as usize,
            Value::Bool(b) => usize::from(*b),
            _ => 0,
        };
        let len = self.len(seq)?;
        match seq {
            Value::Str(s) => self.check_size(s.len().saturating_mul(n))?,
            _ => self.check_items(len.saturating_mul(n))?,
        }
        self.charge(len.saturating_mul(n) / 16)?;
        Ok(match seq {
            Value::Str(s) => Value::str(&s.repeat(n)),
            Value::List(l) => Value::list(repeated(&l.borrow(), n)),
            Value::Tuple(t) => Value::tuple(repeated(t, n)),
            _ => Value::None,
        })
    }

    pub(super) fn unary_op(&mut self, op: UnaryOp, v: Value) -> PyResult<Value> {
        match (op, &v) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(&v)?)),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Float(_) | Value::Int(_) | Value::BigInt(_)) => Ok(v),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(i64::from(*b))),
            (UnaryOp::Neg, _) if as_num(&v).is_some() => self.binary_op(BinOp::Sub, Value::Int(0), v),
            (UnaryOp::Invert, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                let minus = self.unary_op(UnaryOp::Neg, v)?;
                self.binary_op(BinOp::Sub, minus, Value::Int(1))
            }
            (_, Value::Instance(inst)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    UnaryOp::Invert => "__invert__",
                    UnaryOp::Not => "__bool__",
                };
                match inst.class.lookup(name) {
                    Some(f) => self.call(&self.bind(v.clone(), f), Args::default()),
                    None => match super::subclass::instance_payload(inst) {
                        Some(p) => self.unary_op(op, p),
                        None => Err(self.bad_unary(op, &v)),
                    },
                }
            }
            _ => Err(self.bad_unary(op, &v)),
        }
    }

    fn bad_unary(&self, op: UnaryOp, v: &Value) -> Box<super::Exc> {
        let symbol = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
            UnaryOp::Not => "not",
        };
        self.type_error(format!("bad operand type for unary {symbol}: '{}'", v.type_name()))
    }
}

/// The built-in sequences `*` repeats.
fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_))
}

/// CPython's message for an operator that does not apply to its operands.
fn operand_error(op: BinOp, a: &Value, b: &Value) -> String {
    let (x, y) = (a.type_name(), b.type_name());
    match (op, a) {
        (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => {
            format!("can only concatenate {x} (not \"{y}\") to {x}")
        }
        // The sequence's repeat is tried last, on either side (`1.5 * "ab"`, `[0] * obj`).
        (BinOp::Mul, _) if is_sequence(a) => format!("can't multiply sequence by non-int of type '{y}'"),
        (BinOp::Mul, _) if is_sequence(b) => format!("can't multiply sequence by non-int of type '{x}'"),
        _ => format!("unsupported operand type(s) for {}: '{x}' and '{y}'", op.symbol()),
    }
}

/// `items` repeated `n` times, allocated once at its final size.
fn repeated(items: &[Value], n: usize) -> Vec<Value> {
    // `[] * 10**18` is empty at once: the copy loop must not run n times for nothing (the
    // evaluator fuzzer found it spinning for hours outside the step budget).
    if items.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(items.len().saturating_mul(n));
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    out
}
