//! Comparisons: `==`/`!=` with `__eq__`/`__ne__` dispatch, ordering (`<`, `<=`, …) of numbers,
//! sequences and user classes, identity and membership, with CPython's rules for mixed int/float
//! operands and for which side's rich-comparison method is asked first.

use super::arith::{Num, as_num};
use crate::eval::value::{Value, ViewKind};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::CmpOp;
use std::cmp::Ordering;

impl Interp {
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
        // Both sides' `__eq__` declined: a built-in subclass's instance compares by its built-in value
        // (`Counter(a=1) == {"a": 1}`: dict's own comparison).
        let has_payload =
            |v: &Value| matches!(v, Value::Instance(i) if crate::eval::subclass::instance_payload(i).is_some());
        let (pa, pb) = (crate::eval::subclass::plain(a), crate::eval::subclass::plain(b));
        if (has_payload(a) || has_payload(b)) && !matches!(pa, Value::Instance(_)) && !matches!(pb, Value::Instance(_))
        {
            let eq = self.eq(&pa, &pb)?;
            return Ok(Value::Bool(eq != negate));
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
        // Sets, and the key and item views of dicts, compare as sets (`d.keys() >= {"a"}`).
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
                crate::eval::bytes::ordering(a, b)
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
                crate::eval::bytes::ordering(a, b) == Some(Ordering::Equal)
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
            // A key or item view equals a set (or another view) with the same members.
            (x, y) if (is_set_like_view(x) || is_set_like_view(y)) && is_set_like(x) && is_set_like(y) => {
                self.set_compare(CmpOp::Eq, a, b)?
            }
            // Ranges are equal when they give the same numbers (`range(0) == range(1, 1)`).
            (Value::Range(a1, b1, c1), Value::Range(a2, b2, c2)) => {
                let n = super::items::range_len(*a1, *b1, *c1);
                n == super::items::range_len(*a2, *b2, *c2) && (n == 0 || (a1 == a2 && (n == 1 || c1 == c2)))
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
        if let Some(p) = crate::eval::subclass::delegate(container, "__contains__") {
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
                let haystack = crate::eval::bytes::data(container).unwrap_or_default();
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

/// Sets, frozensets and the set-like dict views: the operands set comparisons accept.
fn is_set_like(v: &Value) -> bool {
    matches!(v, Value::Set(_)) || is_set_like_view(v)
}

/// `d.keys()` and `d.items()` support set operators (`d.values()` does not).
pub(super) fn is_set_like_view(v: &Value) -> bool {
    matches!(v, Value::DictView(_, ViewKind::Keys | ViewKind::Items))
}

/// Both operands with the payload of a built-in subclass's instance in place of the instance, when one
/// has a payload and its class does not define `dunder` itself.
fn delegated_pair(a: &Value, b: &Value, dunder: &str) -> Option<(Value, Value)> {
    let (da, db) = (crate::eval::subclass::delegate(a, dunder), crate::eval::subclass::delegate(b, dunder));
    if da.is_none() && db.is_none() {
        return None;
    }
    let keep = |v: &Value, d: Option<Value>| match v {
        Value::Instance(i) if d.is_none() && crate::eval::subclass::instance_payload(i).is_some() => None,
        _ => Some(d.unwrap_or_else(|| v.clone())),
    };
    Some((keep(a, da)?, keep(b, db)?))
}
