//! Iteration: turning values into iterators, stepping them, and collecting them; plus the set algebra
//! that works on collected items.

use super::dict::Set;
use super::value::{IterState, Value, ViewKind};
use super::{Args, Interp, PyResult};
use crate::eval::ExcType;
use crate::ir::CmpOp;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The lazy iterators builtins return, stepped by [`Interp::next`].
pub enum Adapter {
    Map {
        function: Value,
        iterators: Vec<Value>,
    },
    Zip {
        iterators: Vec<Value>,
        strict: bool,
    },
    Filter {
        function: Value,
        iterator: Value,
    },
    Enumerate {
        iterator: Value,
        count: Cell<i64>,
    },
    /// `iter(callable, sentinel)`.
    Call {
        function: Value,
        sentinel: Value,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, … until IndexError.
    GetItem {
        object: Value,
        index: Cell<i64>,
    },
}

impl Adapter {
    /// The CPython type this adapter stands for (`type(map(f, xs)).__name__`).
    pub fn type_name(&self) -> &'static str {
        match self {
            Adapter::Map { .. } => "map",
            Adapter::Zip { .. } => "zip",
            Adapter::Filter { .. } => "filter",
            Adapter::Enumerate { .. } => "enumerate",
            Adapter::Call { .. } => "callable_iterator",
            Adapter::GetItem { .. } => "iterator",
        }
    }
}

impl Interp {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(l) => IterState::List(l.clone(), 0),
            Value::Tuple(t) => IterState::Items(t.iter().cloned().collect::<Vec<_>>().into_iter(), "tuple_iterator"),
            Value::Str(s) => IterState::Chars(s.clone(), 0),
            Value::Bytes(_) | Value::ByteArray(_) => {
                let bytes = super::bytes::data(v).unwrap_or_default();
                self.charge_items(bytes.len())?;
                let name = if matches!(v, Value::Bytes(_)) { "bytes_iterator" } else { "bytearray_iterator" };
                IterState::Items(bytes.iter().map(|b| Value::Int(i64::from(*b))).collect::<Vec<_>>().into_iter(), name)
            }
            Value::Range(start, stop, step) => IterState::Range { next: *start, stop: *stop, step: *step },
            Value::Dict(d) => IterState::Dict { dict: d.clone(), pos: 0, len: d.borrow().len(), kind: ViewKind::Keys },
            Value::DictView(d, kind) => IterState::Dict { dict: d.clone(), pos: 0, len: d.borrow().len(), kind: *kind },
            Value::Set(s) => IterState::Items(s.borrow().values().into_iter(), "set_iterator"),
            Value::Iterator(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Class(c) if let Some(method) = self.meta_method(c, "__iter__") => {
                let it = self.call(&method, Args::default())?;
                return self.iter(&it);
            }
            Value::Instance(inst) => {
                if inst.class.lookup("__iter__").is_some() || inst.class.hooks().is_some() {
                    let it = self.call_method(v, "__iter__", Vec::new())?;
                    return match it {
                        Value::Instance(_) => Ok(Value::Iterator(Rc::new(RefCell::new(IterState::Object(it))))),
                        other => self.iter(&other),
                    };
                }
                if let Some(p) = super::subclass::instance_payload(inst) {
                    return self.iter(&p);
                }
                if inst.class.lookup("__getitem__").is_some() {
                    return Ok(self.adapter(Adapter::GetItem { object: v.clone(), index: Cell::new(0) }));
                }
                return Err(self.type_error(format!("'{}' object is not iterable", inst.class.tp_name())));
            }
            other => return Err(self.type_error(format!("'{}' object is not iterable", other.type_name()))),
        };
        Ok(Value::Iterator(Rc::new(RefCell::new(state))))
    }

    /// Steps an iterator made by [`Interp::iter`]: `Some(item)`, or `None` when exhausted.
    pub fn next(&mut self, iterator: &Value) -> PyResult<Option<Value>> {
        if let Value::Generator(g) = iterator {
            return self.generator_next(g);
        }
        let Value::Iterator(state) = iterator else {
            return Err(self.type_error(format!("'{}' object is not an iterator", iterator.type_name())));
        };
        let object = {
            let mut s = state.borrow_mut();
            match &mut *s {
                IterState::Items(items, _) => return Ok(items.next()),
                IterState::Dict { dict, pos, len, kind } => {
                    let dict = dict.borrow();
                    if dict.len() != *len {
                        *len = dict.len(); // raise once, as CPython does
                        drop(dict);
                        drop(s);
                        return Err(self.error(ExcType::RuntimeError, "dictionary changed size during iteration"));
                    }
                    let item = dict.entry_at(*pos).map(|(k, v)| match kind {
                        ViewKind::Keys => k.clone(),
                        ViewKind::Values => v.clone(),
                        ViewKind::Items => Value::tuple(vec![k.clone(), v.clone()]),
                    });
                    *pos += 1;
                    return Ok(item);
                }
                IterState::List(list, pos) => {
                    let item = list.borrow().get(*pos).cloned();
                    *pos += 1;
                    return Ok(item);
                }
                IterState::Range { next, stop, step } => {
                    let more = if *step > 0 { *next < *stop } else { *next > *stop };
                    if !more {
                        return Ok(None);
                    }
                    let item = *next;
                    // Past i64's end the range is exhausted anyway: stop there instead of overflowing.
                    *next = next.checked_add(*step).unwrap_or(*stop);
                    return Ok(Some(Value::Int(item)));
                }
                IterState::Chars(s, pos) => {
                    let Some(c) = s.get(*pos..).and_then(|rest| rest.chars().next()) else {
                        return Ok(None);
                    };
                    *pos += c.len_utf8();
                    return Ok(Some(Value::str(&c.to_string())));
                }
                IterState::Done => return Ok(None),
                IterState::Object(obj) => obj.clone(),
                IterState::Adapter(adapter) => {
                    let adapter = adapter.clone();
                    drop(s);
                    let item = self.adapter_next(&adapter)?;
                    if item.is_none() {
                        *state.borrow_mut() = IterState::Done;
                    }
                    return Ok(item);
                }
            }
        };
        match self.call_method(&object, "__next__", Vec::new()) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exception_is(&e, ExcType::StopIteration) => {
                *state.borrow_mut() = IterState::Done;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// All items of an iterable, in order.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => {
                let items = l.borrow().clone();
                self.charge(items.len() / 4)?;
                return Ok(items);
            }
            Value::Tuple(t) => {
                self.charge(t.len() / 4)?;
                return Ok(t.to_vec());
            }
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(item) = self.next(&it)? {
            if out.len() == out.capacity() {
                // The vector is about to double: check the memory budget before, not after.
                self.reserve(out.capacity().saturating_mul(std::mem::size_of::<Value>()))?;
            }
            out.push(item);
            if out.len() % 1024 == 0 {
                self.check_size(out.len())?;
                self.charge(1024)?;
            }
        }
        Ok(out)
    }

    pub fn adapter(&self, adapter: Adapter) -> Value {
        Value::Iterator(Rc::new(RefCell::new(IterState::Adapter(Rc::new(adapter)))))
    }

    fn adapter_next(&mut self, adapter: &Adapter) -> PyResult<Option<Value>> {
        match adapter {
            Adapter::Map { function, iterators } => {
                let Some(args) = self.next_row(iterators)? else { return Ok(None) };
                self.call(function, Args::positional(args)).map(Some)
            }
            Adapter::Zip { iterators, strict } => {
                if !*strict {
                    return Ok(self.next_row(iterators)?.map(Value::tuple));
                }
                let mut row = Vec::with_capacity(iterators.len());
                for (i, it) in iterators.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => row.push(v),
                        None if i == 0 => {
                            for (j, other) in iterators.iter().enumerate().skip(1) {
                                if self.next(other)?.is_some() {
                                    return Err(self.zip_length_error(j, "longer"));
                                }
                            }
                            return Ok(None);
                        }
                        None => return Err(self.zip_length_error(i, "shorter")),
                    }
                }
                Ok(Some(Value::tuple(row)))
            }
            Adapter::Filter { function, iterator } => {
                while let Some(item) = self.next(iterator)? {
                    self.tick()?;
                    let keep = match function {
                        Value::None => self.truthy(&item)?,
                        f => {
                            let r = self.call(f, Args::positional(vec![item.clone()]))?;
                            self.truthy(&r)?
                        }
                    };
                    if keep {
                        return Ok(Some(item));
                    }
                }
                Ok(None)
            }
            Adapter::Enumerate { iterator, count } => {
                let Some(item) = self.next(iterator)? else { return Ok(None) };
                let n = count.get();
                count.set(n.saturating_add(1));
                Ok(Some(Value::tuple(vec![Value::Int(n), item])))
            }
            Adapter::Call { function, sentinel } => {
                let v = self.call(function, Args::default())?;
                Ok(if self.eq(&v, sentinel)? { None } else { Some(v) })
            }
            Adapter::GetItem { object, index } => {
                let i = index.get();
                match self.get_item(object, &Value::Int(i)) {
                    Ok(v) => {
                        index.set(i + 1);
                        Ok(Some(v))
                    }
                    Err(e) if e.class_name() == "IndexError" || e.class_name() == "StopIteration" => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// One item from each iterator, or `None` as soon as one is exhausted.
    fn next_row(&mut self, iterators: &[Value]) -> PyResult<Option<Vec<Value>>> {
        if iterators.is_empty() {
            return Ok(None);
        }
        let mut row = Vec::with_capacity(iterators.len());
        for it in iterators {
            match self.next(it)? {
                Some(v) => row.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(row))
    }

    fn zip_length_error(&self, index: usize, which: &str) -> Box<super::Exc> {
        let first = if index == 1 { "argument 1".to_string() } else { format!("arguments 1-{index}") };
        self.value_error(format!("zip() argument {} is {which} than {first}", index + 1))
    }

    pub fn make_iterator(&self, items: Vec<Value>) -> Value {
        self.make_named_iterator(items, "iterator")
    }

    /// An iterator over `items` that `type()` shows as CPython's iterator type `name`.
    pub fn make_named_iterator(&self, items: Vec<Value>, name: &'static str) -> Value {
        Value::Iterator(Rc::new(RefCell::new(IterState::Items(items.into_iter(), name))))
    }

    pub fn make_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.charge_items(items.len())?;
        let mut set = Set::new();
        for item in items {
            let k = self.key_of(&item)?;
            set.insert(k, item);
        }
        Ok(Value::Set(Rc::new(RefCell::new(set))))
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on sets (and the methods that take any iterable); a dict
    /// view on the left is made a set first. See `methods/set/ops.rs` for how each result is built.
    pub(super) fn set_op(&mut self, op: crate::ir::BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let so = match super::subclass::plain(a) {
            Value::Set(s) => s,
            // `dictviews_to_set`: a keys view is made a set from its dict (presized).
            Value::DictView(d, ViewKind::Keys) => {
                let operand = self.set_operand(&Value::Dict(d))?;
                Rc::new(RefCell::new(self.new_set_from(&operand)?))
            }
            other => {
                let operand = self.set_operand(&other)?;
                Rc::new(RefCell::new(self.new_set_from(&operand)?))
            }
        };
        let other = self.set_operand(b)?;
        let out = self.set_binop(op, &so, &other)?;
        Ok(Value::Set(Rc::new(RefCell::new(out))))
    }

    /// Subset comparisons between sets (`<=` is "is subset").
    pub(super) fn set_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let a_in_b = self.all_contained(a, b)?;
        let b_in_a = self.all_contained(b, a)?;
        Ok(match op {
            CmpOp::Eq => a_in_b && b_in_a,
            CmpOp::LtE => a_in_b,
            CmpOp::Lt => a_in_b && !b_in_a,
            CmpOp::GtE => b_in_a,
            CmpOp::Gt => b_in_a && !a_in_b,
            _ => false,
        })
    }

    pub(super) fn all_contained(&mut self, items: &Value, container: &Value) -> PyResult<bool> {
        for item in self.collect(items)? {
            if !self.contains(container, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Calls `f(item)` for a key function, or returns the item itself.
    pub(super) fn apply_key(&mut self, key: &Option<Value>, item: &Value) -> PyResult<Value> {
        match key {
            Some(f) if !matches!(f, Value::None) => self.call(f, Args::positional(vec![item.clone()])),
            _ => Ok(item.clone()),
        }
    }

    /// A stable sort using Python's `<` (and a key function), reporting the first comparison error.
    pub(super) fn sort_values(
        &mut self,
        items: Vec<Value>,
        key: &Option<Value>,
        reverse: bool,
    ) -> PyResult<Vec<Value>> {
        // A sort makes about n·log2(n) comparisons: charge them up front, so a huge sort is refused
        // before it starts rather than running for seconds inside one step.
        let n = items.len();
        self.charge(n.saturating_mul(n.max(2).ilog2() as usize))?;
        let mut keyed = Vec::with_capacity(items.len());
        for item in items {
            keyed.push((self.apply_key(key, &item)?, item));
        }
        // Merge sort by hand, since comparisons can fail and call back into the interpreter.
        let mut error = None;
        let mut cmp = |a: &Value, b: &Value, me: &mut Interp| -> bool {
            if error.is_some() {
                return false;
            }
            match me.less_than(a, b) {
                Ok(r) => r,
                Err(e) => {
                    error = Some(e);
                    false
                }
            }
        };
        // Like CPython: reverse, sort stably, reverse back, so equal elements keep their order.
        if reverse {
            keyed.reverse();
        }
        let mut sorted = if keyed.len() <= 64 {
            insertion_sort(keyed, &mut |a, b| cmp(&a.0, &b.0, self))
        } else {
            merge_sort(keyed, &mut |a, b| cmp(&a.0, &b.0, self))
        };
        if reverse {
            sorted.reverse();
        }
        if let Some(e) = error {
            return Err(e);
        }
        Ok(sorted.into_iter().map(|(_, v)| v).collect())
    }
}

/// CPython's sort for short lists (timsort's first run, then binary insertion), making the same
/// comparisons in the same order, so a failing or printing `__lt__` is seen as in CPython.
fn insertion_sort<T>(mut items: Vec<T>, less: &mut dyn FnMut(&T, &T) -> bool) -> Vec<T> {
    let n = items.len();
    if n < 2 {
        return items;
    }
    let mut run = 2;
    if less(&items[1], &items[0]) {
        while run < n && less(&items[run], &items[run - 1]) {
            run += 1;
        }
        items[..run].reverse();
    } else {
        while run < n && !less(&items[run], &items[run - 1]) {
            run += 1;
        }
    }
    for i in run..n {
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if less(&items[i], &items[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        items[lo..=i].rotate_right(1);
    }
    items
}

/// A stable merge sort with a "less than" predicate that may call back into the interpreter.
fn merge_sort<T: Clone>(items: Vec<T>, less: &mut dyn FnMut(&T, &T) -> bool) -> Vec<T> {
    if items.len() <= 1 {
        return items;
    }
    let mut items = items;
    let right = items.split_off(items.len() / 2);
    let left = merge_sort(items, less);
    let right = merge_sort(right, less);
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if less(&right[j], &left[i]) {
            out.push(right[j].clone());
            j += 1;
        } else {
            out.push(left[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    out
}
