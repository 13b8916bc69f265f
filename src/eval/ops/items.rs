//! Subscripting: `obj[index]`, `obj[a:b:c]`, item assignment and deletion, and `len()`.

use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};

impl Interp {
    pub fn get_item(&mut self, obj: &Value, index: &Value) -> PyResult<Value> {
        if let Some(p) = crate::eval::subclass::delegate(obj, "__getitem__") {
            return match self.get_item(&p, index) {
                // A dict subclass's `__missing__` supplies absent keys (defaultdict, Counter).
                Err(e) if e.class_name() == "KeyError" && has_method(obj, "__missing__") => {
                    self.call_method(obj, "__missing__", vec![index.clone()])
                }
                other => other,
            };
        }
        if let Some(v) = self.bytes_item(obj, index)? {
            return Ok(v);
        }
        if let Value::Slice(parts) = index {
            return self.get_slice(obj, parts);
        }
        match obj {
            Value::List(items) => {
                let items = items.borrow();
                let i = self.sequence_index(index, items.len(), "list")?;
                Ok(items[i].clone())
            }
            Value::Tuple(items) => {
                let i = self.sequence_index(index, items.len(), "tuple")?;
                Ok(items[i].clone())
            }
            Value::Str(s) => {
                // ASCII text indexes by byte; other text is walked up to the character (charged).
                if s.is_ascii() {
                    self.charge_bytes(s.len() / 16)?;
                    let i = self.sequence_index(index, s.len(), "string")?;
                    return Ok(Value::str(s.get(i..=i).unwrap_or_default()));
                }
                self.charge_bytes(s.len())?;
                let len = s.chars().count();
                let i = self.sequence_index(index, len, "string")?;
                Ok(Value::str(&s.chars().nth(i).map(String::from).unwrap_or_default()))
            }
            Value::Range(start, _, step) => {
                let len = self.len(obj)?;
                let i = self.sequence_index(index, len, "range object")?;
                // In range by construction: the item lies between start and stop.
                Ok(Value::Int(start.wrapping_add(step.wrapping_mul(i as i64))))
            }
            Value::Dict(d) => {
                let key = self.key_of(index)?;
                let found = d.borrow().get(&key).cloned();
                found.ok_or_else(|| self.key_error(index.clone()))
            }
            Value::Instance(inst) if inst.class.lookup("__getitem__").is_some() => {
                self.call_method(obj, "__getitem__", vec![index.clone()])
            }
            Value::Class(class) => match self.meta_method(class, "__getitem__") {
                Some(method) => self.call(&method, crate::eval::Args::positional(vec![index.clone()])),
                None => self.class_getitem(class, index),
            },
            other => Err(self.type_error(format!("'{}' object is not subscriptable", other.type_name()))),
        }
    }

    /// `operator.index` for what isn't an int: an instance's `__index__` result (which must be an int),
    /// else the value unchanged for the caller to refuse in its own words.
    pub(crate) fn as_index(&mut self, v: &Value) -> PyResult<Value> {
        let Value::Instance(inst) = v else { return Ok(v.clone()) };
        if inst.class.lookup("__index__").is_none() {
            return Ok(v.clone());
        }
        match self.call_method(v, "__index__", Vec::new())? {
            n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => Ok(n),
            other => Err(self.type_error(format!("__index__ returned non-int (type {})", other.type_name()))),
        }
    }

    /// Resolves an integer index (negative counts from the end) or raises IndexError/TypeError.
    fn sequence_index(&mut self, index: &Value, len: usize, what: &str) -> PyResult<usize> {
        let index = &self.as_index(index)?;
        let i = match &crate::eval::subclass::plain(index) {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            Value::BigInt(_) => {
                return Err(self.index_error("cannot fit 'int' into an index-sized integer".to_string()));
            }
            // CPython 3.11 words strings apart: "string indices must be integers, not 'float'".
            other if what == "string" => {
                return Err(self.type_error(format!("string indices must be integers, not '{}'", other.type_name())));
            }
            other => {
                return Err(
                    self.type_error(format!("{what} indices must be integers or slices, not {}", other.type_name()))
                );
            }
        };
        let len = i64::try_from(len).unwrap_or(i64::MAX);
        let resolved = if i < 0 { i.saturating_add(len) } else { i };
        if resolved < 0 || resolved >= len {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(resolved as usize)
    }

    fn get_slice(&mut self, obj: &Value, parts: &[Value; 3]) -> PyResult<Value> {
        let len = match obj {
            Value::Range(start, stop, step) => return self.slice_range((*start, *stop, *step), parts),
            Value::List(_) | Value::Tuple(_) | Value::Str(_) => self.len(obj)?,
            Value::Instance(_) => {
                return self.call_method(obj, "__getitem__", vec![Value::Slice(parts.clone().into())]);
            }
            other => return Err(self.type_error(format!("'{}' object is not subscriptable", other.type_name()))),
        };
        let indices = self.slice_indices(parts, len)?;
        self.charge_items(indices.len())?;
        if let Value::Str(s) = obj {
            self.charge_bytes(s.len())?;
        }
        Ok(match obj {
            Value::List(items) => {
                let items = items.borrow();
                Value::list(indices.iter().map(|&i| items[i].clone()).collect())
            }
            Value::Tuple(items) => Value::tuple(indices.iter().map(|&i| items[i].clone()).collect()),
            Value::Str(s) => {
                let chars: Vec<char> = s.chars().collect();
                Value::str(&indices.iter().map(|&i| chars[i]).collect::<String>())
            }
            _ => Value::None,
        })
    }

    /// The indices a slice selects from a sequence of `len` items, as `slice.indices` computes them.
    pub(crate) fn slice_indices(&mut self, parts: &[Value; 3], len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_bounds(parts, len)?;
        let count = slice_count(start, stop, step);
        self.check_items(count)?;
        Ok((0..count as i64).map(|k| (start + k * step) as usize).collect())
    }

    /// `slice.indices(len)`: the normalised start, stop and step of a slice over `len` items.
    pub(crate) fn slice_bounds(&mut self, parts: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64)> {
        let len = i64::try_from(len).unwrap_or(i64::MAX);
        let parts = &[self.as_index(&parts[0])?, self.as_index(&parts[1])?, self.as_index(&parts[2])?];
        let step = match &parts[2] {
            Value::None => 1,
            Value::Int(0) => return Err(self.value_error("slice step cannot be zero")),
            Value::Int(n) => (*n).max(-i64::MAX),
            Value::Bool(true) => 1,
            Value::Bool(false) => return Err(self.value_error("slice step cannot be zero")),
            Value::BigInt(n) => {
                if n.sign() == num_bigint::Sign::Minus {
                    -i64::MAX
                } else {
                    i64::MAX
                }
            }
            _ => return Err(self.type_error("slice indices must be integers or None or have an __index__ method")),
        };
        let bound = |v: &Value, default: i64, me: &Self| -> PyResult<i64> {
            let n = match v {
                Value::None => return Ok(default),
                Value::Int(n) => *n,
                Value::Bool(b) => i64::from(*b),
                Value::BigInt(n) => {
                    if n.sign() == num_bigint::Sign::Minus {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
                _ => return Err(me.type_error("slice indices must be integers or None or have an __index__ method")),
            };
            let n = if n < 0 { n.saturating_add(len) } else { n };
            Ok(if step > 0 { n.clamp(0, len) } else { n.clamp(-1, len - 1) })
        };
        let (default_start, default_stop) = if step > 0 { (0, len) } else { (len - 1, -1) };
        let start = bound(&parts[0], default_start, self)?;
        let stop = bound(&parts[1], default_stop, self)?;
        Ok((start, stop, step))
    }

    /// `range(...)[a:b:c]` is another range (computed, never materialised).
    fn slice_range(&mut self, (start, stop, step): (i64, i64, i64), parts: &[Value; 3]) -> PyResult<Value> {
        let len = range_len(start, stop, step);
        let (s_start, s_stop, s_step) = self.slice_bounds(parts, len)?;
        let at = |k: i64| i128::from(start) + i128::from(step) * i128::from(k);
        let fit = |v: i128| i64::try_from(v).ok();
        match (fit(at(s_start)), fit(at(s_stop)), fit(i128::from(step) * i128::from(s_step))) {
            (Some(a), Some(b), Some(c)) => Ok(Value::Range(a, b, c)),
            _ => Err(self.error(ExcType::OverflowError, "Python int too large to convert to C ssize_t")),
        }
    }

    pub fn set_item(&mut self, obj: &Value, index: Value, value: Value) -> PyResult<()> {
        if let Some(p) = crate::eval::subclass::delegate(obj, "__setitem__") {
            return self.set_item(&p, index, value);
        }
        match obj {
            Value::List(items) => {
                if let Value::Slice(parts) = &index {
                    return self.set_list_slice(items, parts, value);
                }
                let len = items.borrow().len();
                let i = self.sequence_index(&index, len, "list assignment")?;
                items.borrow_mut()[i] = value;
                Ok(())
            }
            Value::Dict(d) => {
                let key = self.key_of(&index)?;
                d.borrow_mut().insert(key, index, value);
                Ok(())
            }
            Value::ByteArray(cell) => self.bytearray_set_item(cell, &index, &value),
            Value::Instance(inst) if inst.class.lookup("__setitem__").is_some() => {
                self.call_method(obj, "__setitem__", vec![index, value])?;
                Ok(())
            }
            other => Err(self.type_error(format!("'{}' object does not support item assignment", other.type_name()))),
        }
    }

    fn set_list_slice(
        &mut self,
        items: &std::rc::Rc<crate::eval::value::ListCell>,
        parts: &[Value; 3],
        value: Value,
    ) -> PyResult<()> {
        let new_items = self.collect(&value)?;
        let len = items.borrow().len();
        self.check_size(len.saturating_add(new_items.len()))?;
        self.charge_items(len.saturating_add(new_items.len()))?;
        self.assign_slice(items, parts, new_items, "sequence")
    }

    /// `target[parts] = new` for a mutable sequence (list, bytearray): a step-1 slice is replaced
    /// whatever the sizes; an extended slice takes exactly as many items as it selects (CPython's
    /// "attempt to assign {what} of size …" otherwise). The cell is borrowed only to change it: the
    /// slice's bounds may run a user's `__index__`, which may read the same sequence.
    pub(in crate::eval) fn assign_slice<T>(
        &mut self,
        cell: &std::cell::RefCell<Vec<T>>,
        parts: &[Value; 3],
        new: Vec<T>,
        what: &str,
    ) -> PyResult<()> {
        let len = cell.borrow().len();
        let indices = self.slice_indices(parts, len)?;
        if matches!(parts[2], Value::None | Value::Int(1)) {
            let start = match &parts[0] {
                Value::None => 0,
                _ => indices.first().copied().unwrap_or_else(|| self.slice_start(&parts[0], len)),
            };
            let end = indices.last().map_or(start, |last| last + 1);
            let mut target = cell.borrow_mut();
            let end = end.min(target.len());
            let start = start.min(end);
            target.splice(start..end, new);
            return Ok(());
        }
        if indices.len() != new.len() {
            return Err(self.value_error(format!(
                "attempt to assign {what} of size {} to extended slice of size {}",
                new.len(),
                indices.len()
            )));
        }
        let mut target = cell.borrow_mut();
        for (i, v) in indices.into_iter().zip(new) {
            if let Some(slot) = target.get_mut(i) {
                *slot = v;
            }
        }
        Ok(())
    }

    pub(in crate::eval) fn slice_start(&self, start: &Value, len: usize) -> usize {
        match start {
            Value::Int(n) if *n < 0 => (len as i64).saturating_add(*n).max(0) as usize,
            Value::Int(n) => (*n as usize).min(len),
            _ => 0,
        }
    }

    pub fn del_item(&mut self, obj: &Value, index: &Value) -> PyResult<()> {
        if let Some(p) = crate::eval::subclass::delegate(obj, "__delitem__") {
            return self.del_item(&p, index);
        }
        match obj {
            Value::List(items) => {
                if let Value::Slice(parts) = index {
                    let len = items.borrow().len();
                    let indices = self.slice_indices(parts, len)?;
                    self.charge_items(len)?;
                    // One pass keeping the items the slice does not select (removing them one by one
                    // would be quadratic).
                    let mut doomed = vec![false; len];
                    for i in indices {
                        doomed[i] = true;
                    }
                    let mut position = 0;
                    items.borrow_mut().retain(|_| {
                        position += 1;
                        !doomed[position - 1]
                    });
                    return Ok(());
                }
                let len = items.borrow().len();
                let i = self.sequence_index(index, len, "list assignment")?;
                self.charge_items(len - i)?;
                items.borrow_mut().remove(i);
                Ok(())
            }
            Value::ByteArray(bytes) => {
                let len = bytes.borrow().len();
                let doomed: Vec<usize> = match index {
                    Value::Slice(parts) => self.slice_indices(parts, len)?,
                    _ => vec![self.sequence_index(index, len, "bytearray")?],
                };
                let mut drop = vec![false; len];
                for i in doomed {
                    if let Some(d) = drop.get_mut(i) {
                        *d = true;
                    }
                }
                let mut position = 0;
                bytes.borrow_mut().retain(|_| {
                    position += 1;
                    !drop.get(position - 1).copied().unwrap_or(false)
                });
                Ok(())
            }
            Value::Dict(d) => {
                let key = self.key_of(index)?;
                let removed = d.borrow_mut().remove(&key);
                removed.map(|_| ()).ok_or_else(|| self.key_error(index.clone()))
            }
            Value::Instance(inst) if inst.class.lookup("__delitem__").is_some() => {
                self.call_method(obj, "__delitem__", vec![index.clone()])?;
                Ok(())
            }
            other => Err(self.type_error(format!("'{}' object doesn't support item deletion", other.type_name()))),
        }
    }

    pub fn len(&mut self, obj: &Value) -> PyResult<usize> {
        if let Value::Class(c) = obj
            && let Some(method) = self.meta_method(c, "__len__")
        {
            let n = self.call(&method, crate::eval::Args::default())?;
            return match n {
                Value::Int(n) if n >= 0 => Ok(n as usize),
                _ => Err(self.type_error("__len__() should return an int >= 0")),
            };
        }
        if let Some(p) = crate::eval::subclass::delegate(obj, "__len__") {
            return self.len(&p);
        }
        Ok(match obj {
            Value::Str(s) => {
                self.charge_bytes(s.len() / 16)?;
                s.chars().count()
            }
            Value::List(l) => l.borrow().len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) | Value::DictView(d, _) => d.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::Range(start, stop, step) => range_len(*start, *stop, *step),
            Value::Instance(inst) if inst.class.lookup("__len__").is_some() || inst.class.hooks().is_some() => {
                let r = self.call_method(obj, "__len__", Vec::new())?;
                match r {
                    Value::Int(n) if n >= 0 => n as usize,
                    Value::Int(_) => return Err(self.value_error("__len__() should return >= 0")),
                    other => {
                        return Err(self.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )));
                    }
                }
            }
            other => return Err(self.type_error(format!("object of type '{}' has no len()", other.type_name()))),
        })
    }
}

/// How many items `range(start, stop, step)` has (0 for a zero step), without overflowing.
pub(crate) fn range_len(start: i64, stop: i64, step: i64) -> usize {
    let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
    let span = if step > 0 { stop - start } else { start - stop };
    if span <= 0 || step == 0 { 0 } else { usize::try_from((span - 1) / step.abs() + 1).unwrap_or(usize::MAX) }
}

/// How many indices a normalised slice selects.
fn slice_count(start: i64, stop: i64, step: i64) -> usize {
    range_len(start, stop, step)
}

fn has_method(v: &Value, name: &str) -> bool {
    matches!(v, Value::Instance(i) if i.class.lookup(name).is_some())
}
