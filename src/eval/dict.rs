//! Dicts and sets: hash tables keyed the way Python hashes (dicts in insertion order, sets in
//! CPython's table order: see [`set`]).
//!
//! A [`Key`] is the hashable identity of a value: equal values give equal keys across types, as in
//! Python (`1`, `1.0` and `True` are one key), and the first inserted key object is kept for display
//! (`{1: 'a', True: 'b'}` is `{1: 'b'}`).

use super::value::Value;
use super::{Interp, PyResult};
use indexmap::IndexMap;
use num_bigint::BigInt;
use std::rc::Rc;

mod hash;
mod set;
pub use set::Set;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    None,
    Int(i64),
    Big(BigInt),
    Float(u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<Key>),
    /// A frozenset: its items' keys in an order fixed by their hashes, so equal sets give equal keys.
    Frozen(Vec<Key>),
    /// Objects hashed by identity (instances without `__hash__`, classes, functions, modules).
    Id(usize),
    /// Objects with a user-defined `__hash__`; equal hashes are taken as equal keys, unless the class
    /// has no `__eq__` of its own: then an object equals only itself, and its id is part of the key.
    Custom(i64, Option<usize>),
    Ellipsis,
}

/// An insertion-ordered dict: key → (the key as first inserted, the value).
#[derive(Default)]
pub struct Dict {
    map: IndexMap<Key, (Value, Value)>,
    /// Set when this dict is an instance's `__dict__` (see `attr/instance_dict.rs`): a change made
    /// through the dict (`obj.__dict__["x"] = 1`, `vars(obj).update(...)`, `del`, `clear`) is made to
    /// the instance's attributes too. Teardown's draining is not a change and is not passed on.
    owner: Option<std::rc::Weak<super::value::Instance>>,
}

/// A copy is a plain dict (`dict(vars(obj))`, `obj.__dict__.copy()`).
impl Clone for Dict {
    fn clone(&self) -> Self {
        Dict { map: self.map.clone(), owner: None }
    }
}

impl Dict {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn get(&self, key: &Key) -> Option<&Value> {
        self.map.get(key).map(|(_, v)| v)
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.map.contains_key(key)
    }

    pub fn insert(&mut self, key: Key, key_value: Value, value: Value) {
        if let (Some(inst), Key::Str(name)) = (self.owner(), &key)
            && let Ok(mut attrs) = inst.dict.try_borrow_mut()
        {
            attrs.insert(name.clone(), value.clone());
        }
        match self.map.get_mut(&key) {
            Some(entry) => entry.1 = value,
            None => {
                self.map.insert(key, (key_value, value));
            }
        }
    }

    pub fn remove(&mut self, key: &Key) -> Option<(Value, Value)> {
        self.forget_attr(key);
        self.map.shift_remove(key)
    }

    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let (key, kv) = self.map.pop()?;
        self.forget_attr(&key);
        Some(kv)
    }

    pub fn clear(&mut self) {
        if let Some(inst) = self.owner()
            && let Ok(mut attrs) = inst.dict.try_borrow_mut()
        {
            attrs.clear();
        }
        self.map.clear();
    }

    /// Takes `other`'s contents (an update built on a copy), passing them on to the owner instance.
    pub fn replace_with(&mut self, mut other: Dict) {
        self.map = std::mem::take(&mut other.map);
        if let Some(inst) = self.owner()
            && let Ok(mut attrs) = inst.dict.try_borrow_mut()
        {
            attrs.clear();
            for (k, (_, v)) in &self.map {
                if let Key::Str(name) = k {
                    attrs.insert(name.clone(), v.clone());
                }
            }
        }
    }

    /// The instance this dict is the `__dict__` of, while it lives.
    fn owner(&self) -> Option<Rc<super::value::Instance>> {
        self.owner.as_ref()?.upgrade()
    }

    fn forget_attr(&self, key: &Key) {
        if let (Some(inst), Key::Str(name)) = (self.owner(), key)
            && let Ok(mut attrs) = inst.dict.try_borrow_mut()
        {
            attrs.shift_remove(&**name);
        }
    }

    /// The `__dict__` of `inst`: its attributes, with writes passed on to it.
    pub fn of_instance(inst: &Rc<super::value::Instance>) -> Dict {
        let mut d = Dict { map: IndexMap::new(), owner: Some(Rc::downgrade(inst)) };
        d.refill(inst);
        d
    }

    /// Makes this dict the `__dict__` of `inst` (after `obj.__dict__ = d`).
    pub fn adopt(&mut self, inst: &Rc<super::value::Instance>) {
        self.owner = Some(Rc::downgrade(inst));
    }

    /// Reloads the instance's attributes (they may have changed since the dict was handed out).
    pub fn refill(&mut self, inst: &super::value::Instance) {
        let Ok(attrs) = inst.dict.try_borrow() else { return };
        self.map.clear();
        let slots = super::attr::declared_slots(&inst.class);
        for (k, v) in attrs.iter() {
            if slots.contains(k) {
                continue;
            }
            self.map.insert(Key::Str(k.clone()), (Value::Str(k.clone()), v.clone()));
        }
    }

    /// Puts `entries` first, in order, without passing them on to the owner instance: they are
    /// kept elsewhere (see `ClassHooks::dict_entries`) and only shown here.
    pub fn show_first(&mut self, entries: Vec<(&'static str, Value)>) {
        for (i, (name, value)) in entries.into_iter().enumerate() {
            let key = Key::Str(Rc::from(name));
            self.map.shift_remove(&key);
            let at = i.min(self.map.len());
            self.map.shift_insert(at, key, (Value::str(name), value));
        }
    }

    /// Keeps a held `__dict__` in step with an attribute set or deleted on the instance.
    pub fn mirror_attr(&mut self, name: &str, value: Option<&Value>) {
        let key = Key::Str(Rc::from(name));
        match value {
            Some(v) => match self.map.get_mut(&key) {
                Some(entry) => entry.1 = v.clone(),
                None => {
                    self.map.insert(key, (Value::str(name), v.clone()));
                }
            },
            None => {
                self.map.shift_remove(&key);
            }
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.map.values().map(|(k, _)| k.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.map.values().map(|(_, v)| v.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map.values().cloned().collect()
    }

    pub fn entries(&self) -> impl Iterator<Item = (&Key, &(Value, Value))> {
        self.map.iter()
    }

    /// Moves every key and value into `out`, leaving the dict empty (see [`super::teardown`]).
    pub fn drain_into(&mut self, out: &mut Vec<Value>) {
        for (_, (k, v)) in self.map.drain(..) {
            out.push(k);
            out.push(v);
        }
    }

    /// Empties the dict, moving into `out` only the keys and values `keep` selects (the rest are
    /// dropped in place, so freeing a big flat dict does not copy it first).
    pub fn drain_kept_into(&mut self, out: &mut Vec<Value>, keep: fn(&Value) -> bool) {
        for (_, (k, v)) in self.map.drain(..) {
            out.extend([k, v].into_iter().filter(keep));
        }
    }

    /// The `(key, value)` at insertion position `index`.
    pub fn entry_at(&self, index: usize) -> Option<&(Value, Value)> {
        self.map.get_index(index).map(|(_, kv)| kv)
    }
}

/// Dicts and sets free their items iteratively, as lists do (see [`super::teardown`]).
impl Drop for Dict {
    fn drop(&mut self) {
        super::teardown::dismantle_each(self.map.drain(..).flat_map(|(_, (k, v))| [k, v]));
    }
}

impl Drop for Set {
    fn drop(&mut self) {
        let mut items = Vec::new();
        self.drain_into(&mut items);
        super::teardown::dismantle_each(items);
    }
}

impl Interp {
    /// The hash key of a value, or TypeError for unhashable ones (lists, dicts, sets).
    pub fn key_of(&mut self, value: &Value) -> PyResult<Key> {
        // Hashing a tuple or an object can recurse: one level of recursion each (see `Interp::nested`).
        if let Value::Tuple(_) | Value::Instance(_) = value {
            return self.nested(|this| this.hash_key(value));
        }
        self.hash_key(value)
    }

    fn hash_key(&mut self, value: &Value) -> PyResult<Key> {
        Ok(match value {
            Value::None => Key::None,
            Value::Bool(b) => Key::Int(i64::from(*b)),
            Value::Int(n) => Key::Int(*n),
            Value::BigInt(n) => Key::Big((**n).clone()),
            Value::Float(f) => float_key(*f),
            Value::Str(s) => {
                // Hashing reads the whole string.
                self.charge_bytes(s.len())?;
                Key::Str(s.clone())
            }
            Value::Bytes(b) => {
                self.charge_bytes(b.len())?;
                Key::Bytes(b.clone())
            }
            Value::Tuple(items) => {
                self.charge_items(items.len())?;
                Key::Tuple(items.iter().map(|v| self.key_of(v)).collect::<PyResult<_>>()?)
            }
            Value::Ellipsis => Key::Ellipsis,
            Value::Instance(inst) => return self.instance_key(inst),
            Value::Class(c) => Key::Id(c.id),
            Value::Function(f) => Key::Id(Rc::as_ptr(f) as *const u8 as usize),
            Value::Builtin(f) => Key::Id(Rc::as_ptr(f) as *const u8 as usize),
            Value::Module(m) => Key::Id(Rc::as_ptr(m) as *const u8 as usize),
            Value::Generator(g) => Key::Id(Rc::as_ptr(g) as *const u8 as usize),
            Value::Set(s) if s.borrow().is_frozen() => {
                self.charge_items(s.borrow().len())?;
                s.borrow().frozen_key()
            }
            Value::Range(a, b, c) => {
                Key::Tuple(vec![Key::Str(Rc::from("range")), Key::Int(*a), Key::Int(*b), Key::Int(*c)])
            }
            other => return Err(self.type_error(format!("unhashable type: '{}'", other.type_name()))),
        })
    }

    fn instance_key(&mut self, inst: &Rc<super::value::Instance>) -> PyResult<Key> {
        let class = inst.class.clone();
        if let Some(hash) = class.lookup("__hash__") {
            if matches!(hash, Value::None) {
                return Err(self.type_error(format!("unhashable type: '{}'", class.name)));
            }
            let result = self.call_method(&Value::Instance(inst.clone()), "__hash__", Vec::new())?;
            // `__hash__ = object.__hash__` (restoring hashability under an `__eq__`) on a plain object, or
            // a `__hash__` returning `object.__hash__(self)`: by identity, as CPython's hashes differ for
            // distinct objects (a `Custom` key takes equal hashes as equal keys). Other native
            // `__hash__`es (typing aliases, …) hash by value.
            let identity = py_hash_of(&Key::Id(inst.id));
            if super::subclass::instance_payload(inst).is_none() && matches!(result, Value::Int(n) if n == identity) {
                return Ok(Key::Id(inst.id));
            }
            let only_itself = class.lookup("__eq__").is_none().then_some(inst.id);
            return match result {
                Value::Int(n) if class.lookup("__float__").is_some() => Ok(self.numeric_key(inst, n)),
                Value::Int(n) => Ok(Key::Custom(n, only_itself)),
                Value::Bool(b) => Ok(Key::Custom(i64::from(b), only_itself)),
                _ => Err(self.type_error("__hash__ method should return an integer")),
            };
        }
        if let Some(p) = super::subclass::instance_payload(inst) {
            return self.key_of(&p);
        }
        if class.lookup("__eq__").is_some() {
            // Python sets __hash__ to None when a class defines __eq__ without __hash__.
            return Err(self.type_error(format!("unhashable type: '{}'", class.name)));
        }
        Ok(Key::Id(inst.id))
    }
}

impl Interp {
    /// The key of a number-like object (`Fraction`, `Decimal`: a class with `__float__`) hashing to
    /// `hash`: the key of the float it equals when it hashes as that float does, so it shares the slot
    /// of an equal native number (`{Fraction(1, 2), 0.5}` has one item, as in CPython); else by hash.
    fn numeric_key(&mut self, inst: &Rc<super::value::Instance>, hash: i64) -> Key {
        let value = Value::Instance(inst.clone());
        let Ok(Value::Float(f)) = self.call_method(&value, "__float__", Vec::new()) else {
            return Key::Custom(hash, None);
        };
        let key = float_key(f);
        if hash::py_hash(&key) == hash && matches!(self.eq(&value, &Value::Float(f)), Ok(true)) {
            return key;
        }
        Key::Custom(hash, None)
    }
}

/// A float's key: an integral float is the key of the int it equals (`{1e20, 10**20}` has one item,
/// as in CPython where equal numbers hash equal), however large.
fn float_key(f: f64) -> Key {
    if f.fract() != 0.0 || !f.is_finite() {
        return Key::Float(f.to_bits());
    }
    if f.abs() < 9.2e18 {
        return Key::Int(f as i64);
    }
    match <BigInt as num_traits::FromPrimitive>::from_f64(f) {
        Some(n) => match i64::try_from(&n) {
            Ok(small) => Key::Int(small),
            Err(_) => Key::Big(n),
        },
        None => Key::Float(f.to_bits()),
    }
}

/// CPython 3.11's `hash()` of a key (see [`hash`]).
pub fn py_hash_of(key: &Key) -> i64 {
    hash::py_hash(key)
}
