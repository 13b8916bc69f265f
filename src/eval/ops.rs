//! Operators: truthiness, binary and unary operators (with `__add__`/`__radd__` dispatch for user
//! classes), comparisons, equality and membership.

mod arith;
pub(crate) mod items;

use super::value::{Value, ViewKind};
use super::{Args, Interp, PyResult};
use crate::ir::{BinOp, CmpOp, UnaryOp};
use arith::{Num, as_num};
use std::cmp::Ordering;
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
                if let Some(hooks) = inst.class.hooks.clone()
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
        }
        self.binary_op(op, a, b)
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

    /// `a op b` for a comparison operator. Comparisons that can recurse (containers, objects) count
    /// one level of recursion, as CPython's `PyObject_RichCompare` does.
    pub(crate) fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if is_scalar(a) && is_scalar(b) {
            return self.compare_values(op, a, b);
        }
        self.nested(|this| this.compare_values(op, a, b))
    }

    fn compare_values(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let result = match op {
            CmpOp::Eq => return self.rich_eq(a, b, false),
            CmpOp::NotEq => return self.rich_eq(a, b, true),
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => return self.rich_order(op, a, b),
        };
        Ok(Value::Bool(result))
    }

    /// `==` / `!=`, letting user classes (and the ORM's column expressions) return non-bool results.
    fn rich_eq(&mut self, a: &Value, b: &Value, negate: bool) -> PyResult<Value> {
        if let Some((a, b)) = delegated_pair(a, b, "__eq__") {
            return self.rich_eq(&a, &b, negate);
        }
        let (method, reflected) = if negate { ("__ne__", "__ne__") } else { ("__eq__", "__eq__") };
        if let Some(v) = self.try_dunder(a, method, b)? {
            return Ok(v);
        }
        if let Some(v) = self.try_dunder(b, reflected, a)? {
            return Ok(v);
        }
        // The default `__ne__` inverts `__eq__`.
        if negate && (has_dunder(a, "__eq__") || has_dunder(b, "__eq__")) {
            let eq = self.rich_eq(a, b, false)?;
            return Ok(Value::Bool(!self.truthy(&eq)?));
        }
        // Without `__eq__`, objects are equal only to themselves (never recurse back into `eq`).
        let eq =
            if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) { a.is(b) } else { self.eq(a, b)? };
        Ok(Value::Bool(eq != negate))
    }

    fn rich_order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (method, reflected, symbol) = match op {
            CmpOp::Lt => ("__lt__", "__gt__", "<"),
            CmpOp::LtE => ("__le__", "__ge__", "<="),
            CmpOp::Gt => ("__gt__", "__lt__", ">"),
            _ => ("__ge__", "__le__", ">="),
        };
        if let Some(v) = self.try_dunder(a, method, b)? {
            return Ok(v);
        }
        if let Some(v) = self.try_dunder(b, reflected, a)? {
            return Ok(v);
        }
        if let Some((a, b)) = delegated_pair(a, b, method) {
            return self.rich_order(op, &a, &b);
        }
        // Sets, frozensets and the set-like key / item views order by inclusion, among themselves.
        if is_set_like(a) && is_set_like(b) {
            return self.set_compare(op, a, b).map(Value::Bool);
        }
        let Some(ordering) = self.ordering(a, b)? else {
            return Err(self.type_error(format!(
                "'{symbol}' not supported between instances of '{}' and '{}'",
                a.type_name(),
                b.type_name()
            )));
        };
        Ok(Value::Bool(match op {
            CmpOp::Lt => ordering == Ordering::Less,
            CmpOp::LtE => ordering != Ordering::Greater,
            CmpOp::Gt => ordering == Ordering::Greater,
            _ => ordering != Ordering::Less,
        }))
    }

    /// `a < b` as a bool, for sorting, `min` and `max`.
    /// `a > b` as a truth value (`max()` asks each item whether it beats the best so far).
    pub fn greater_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.rich_order(CmpOp::Gt, a, b)?;
        self.truthy(&r)
    }

    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.rich_order(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    /// The natural order of two built-in values, or `None` if they are not comparable.
    fn ordering(&mut self, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(compare_nums(&x, &y));
        }
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
            (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
                super::bytes::ordering(a, b)
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.charge_items(x.len().min(y.len()))?;
                self.sequence_ordering(&x, &y)?
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                self.charge_items(x.len().min(y.len()))?;
                self.sequence_ordering(&x.clone(), &y.clone())?
            }
            _ => None,
        })
    }

    fn sequence_ordering(&mut self, x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
        self.nested(|this| this.items_ordering(x, y))
    }

    fn items_ordering(&mut self, x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
        for (a, b) in x.iter().zip(y) {
            if self.eq(a, b)? {
                continue;
            }
            let r = self.rich_order(CmpOp::Lt, a, b)?;
            return Ok(Some(if self.truthy(&r)? { Ordering::Less } else { Ordering::Greater }));
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// Python `==` as a bool (one level of recursion for containers and objects, as in [`Self::compare`]).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if is_scalar(a) && is_scalar(b) {
            return self.eq_values(a, b);
        }
        self.nested(|this| this.eq_values(a, b))
    }

    fn eq_values(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some((a, b)) = delegated_pair(a, b, "__eq__") {
            return self.eq(&a, &b);
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(compare_nums(&x, &y) == Some(Ordering::Equal));
        }
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => {
                if x.len() == y.len() {
                    self.charge_bytes(x.len())?;
                }
                x == y
            }
            (Value::None, Value::None) => true,
            (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
                super::bytes::ordering(a, b) == Some(Ordering::Equal)
            }
            (Value::List(x), Value::List(y)) => {
                if x.borrow().len() != y.borrow().len() {
                    return Ok(false);
                }
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.charge_items(x.len())?;
                self.all_eq(&x, &y)?
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                self.charge_items(x.len().min(y.len()))?;
                self.all_eq(&x.clone(), &y.clone())?
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if x.borrow().len() != y.borrow().len() {
                    return Ok(false);
                }
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.charge_items(x.len() * 2)?;
                for (k, (_, v)) in x.entries() {
                    match y.get(k) {
                        Some(w) if self.eq(v, w)? => {}
                        _ => return Ok(false),
                    }
                }
                true
            }
            (Value::Set(_), Value::Set(_)) => self.set_compare(CmpOp::Eq, a, b)?,
            (Value::DictView(x, ViewKind::Keys), Value::DictView(y, ViewKind::Keys)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                x.len() == y.len() && x.entries().all(|(k, _)| y.contains(k))
            }
            (Value::DictView(..), _) | (_, Value::DictView(..)) if is_set_like(a) && is_set_like(b) => {
                self.set_compare(CmpOp::Eq, a, b)?
            }
            // Ranges are equal when they give the same numbers (`range(0) == range(1, 1)`).
            (Value::Range(a1, b1, c1), Value::Range(a2, b2, c2)) => {
                let n = super::ops::items::range_len(*a1, *b1, *c1);
                n == super::ops::items::range_len(*a2, *b2, *c2) && (n == 0 || (a1 == a2 && (n == 1 || c1 == c2)))
            }
            // `__eq__` of either side, else identity (object.__eq__); never back through `rich_eq`,
            // whose own fallback is this function.
            (Value::Instance(_), _) | (_, Value::Instance(_)) => match self.try_dunder(a, "__eq__", b)? {
                Some(r) => self.truthy(&r)?,
                None => match self.try_dunder(b, "__eq__", a)? {
                    Some(r) => self.truthy(&r)?,
                    None => a.is(b),
                },
            },
            _ => a.is(b),
        })
    }

    fn all_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (a, b) in x.iter().zip(y) {
            if !a.is(b) && !self.eq(a, b)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(p) = super::subclass::delegate(container, "__contains__") {
            return self.contains(&p, item);
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => {
                    self.charge_bytes(s.len())?;
                    Ok(s.contains(&**sub))
                }
                other => Err(self
                    .type_error(format!("'in <string>' requires string as left operand, not {}", other.type_name()))),
            },
            Value::Bytes(_) | Value::ByteArray(_) => {
                let haystack = super::bytes::data(container).unwrap_or_default();
                self.bytes_contains(&haystack, item)
            }
            Value::Dict(d) | Value::DictView(d, ViewKind::Keys) => {
                let k = self.key_of(item)?;
                Ok(d.borrow().contains(&k))
            }
            Value::Set(s) => {
                let k = self.key_of(item)?;
                Ok(s.borrow().contains(&k))
            }
            Value::Range(start, stop, step) => Ok(match item {
                Value::Int(n) => {
                    let in_bounds = if *step > 0 { n >= start && n < stop } else { n <= start && n > stop };
                    in_bounds && (i128::from(*n) - i128::from(*start)) % i128::from(*step) == 0
                }
                _ => false,
            }),
            Value::Class(c) if let Some(method) = self.meta_method(c, "__contains__") => {
                let r = self.call(&method, Args::positional(vec![item.clone()]))?;
                self.truthy(&r)
            }
            Value::Instance(inst) if inst.class.lookup("__contains__").is_some() => {
                let r = self.call_method(container, "__contains__", vec![item.clone()])?;
                self.truthy(&r)
            }
            _ => {
                let items = self.collect(container)?;
                for candidate in &items {
                    if candidate.is(item) || self.eq(candidate, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

fn compare_nums(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Small(x), Num::Small(y)) => Some(x.cmp(y)),
        (Num::Int(_) | Num::Small(_), Num::Int(_) | Num::Small(_)) => {
            let big = |n: &Num| match n {
                Num::Small(i) => num_bigint::BigInt::from(*i),
                Num::Int(b) => b.clone(),
                Num::Float(_) => num_bigint::BigInt::default(),
            };
            Some(big(a).cmp(&big(b)))
        }
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(f), n) => compare_int_float(n, *f).map(Ordering::reverse),
        (n, Num::Float(f)) => compare_int_float(n, *f),
    }
}

/// Compares an int with a float exactly, as CPython does (`2**53 + 1 != float(2**53 + 1)`), instead of
/// rounding the int to a float first.
fn compare_int_float(n: &Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Num::Small(i) = n
        && i.unsigned_abs() < (1 << 53)
    {
        return (*i as f64).partial_cmp(&f);
    }
    let int = match n {
        Num::Small(i) => num_bigint::BigInt::from(*i),
        Num::Int(b) => b.clone(),
        Num::Float(_) => return None,
    };
    let whole = <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(f.trunc())?;
    Some(int.cmp(&whole).then_with(|| 0.0f64.partial_cmp(&f.fract()).unwrap_or(Ordering::Equal)))
}

/// CPython's message for an operator that does not apply to its operands.
fn operand_error(op: BinOp, a: &Value, b: &Value) -> String {
    let (x, y) = (a.type_name(), b.type_name());
    match (op, a) {
        (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => {
            format!("can only concatenate {x} (not \"{y}\") to {x}")
        }
        (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_)) if !matches!(b, Value::Instance(_)) => {
            format!("can't multiply sequence by non-int of type '{y}'")
        }
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

/// Values whose comparison never recurses or calls back into Python.
pub(crate) fn is_scalar(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Bytes(_)
    )
}

fn has_dunder(v: &Value, name: &str) -> bool {
    matches!(v, Value::Instance(i) if i.class.lookup(name).is_some())
}

/// Sets, frozensets and the set-like dict views (`dictviews_richcompare` accepts these only).
fn is_set_like(v: &Value) -> bool {
    matches!(v, Value::Set(_)) || is_set_like_view(v)
}

/// `d.keys()` and `d.items()` support set operators (`d.values()` does not).
fn is_set_like_view(v: &Value) -> bool {
    matches!(v, Value::DictView(_, ViewKind::Keys | ViewKind::Items))
}

/// Both operands with the payload of a built-in subclass's instance in place of the instance, when one
/// has a payload and its class does not define `dunder` itself.
fn delegated_pair(a: &Value, b: &Value, dunder: &str) -> Option<(Value, Value)> {
    let (da, db) = (super::subclass::delegate(a, dunder), super::subclass::delegate(b, dunder));
    if da.is_none() && db.is_none() {
        return None;
    }
    let keep = |v: &Value, d: Option<Value>| match v {
        Value::Instance(i) if d.is_none() && super::subclass::instance_payload(i).is_some() => None,
        _ => Some(d.unwrap_or_else(|| v.clone())),
    };
    Some((keep(a, da)?, keep(b, db)?))
}
