//! An insertion-ordered map whose removals keep the order and cost O(1) (amortized): the session's
//! identity map, pending and deleted objects, and relationship histories are iterated in the order
//! things happened (flush order and SQL depend on it), yet objects leave them one by one by the
//! thousand — `IndexMap::shift_remove` would make each removal O(n) and a flush of n objects O(n²).
//!
//! Removal leaves a hole that iteration skips; the slots are compacted when holes outnumber entries.

use crate::eval::value::{Instance, Value};
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

#[derive(Clone)]
pub struct OrderedMap<K, V, S = foldhash::fast::RandomState> {
    slots: Vec<Option<(K, V)>>,
    index: HashMap<K, usize, S>,
}

impl<K, V, S: Default> Default for OrderedMap<K, V, S> {
    fn default() -> Self {
        OrderedMap { slots: Vec::new(), index: HashMap::default() }
    }
}

/// A hasher for object addresses (never chosen by the user, so no need for SipHash's defence against
/// crafted collisions): one multiply, rotated so that the aligned (zero) low bits do not pick buckets.
#[derive(Default, Clone, Copy)]
pub struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// Hash maps keyed by object addresses.
pub type ByAddress = BuildHasherDefault<AddressHasher>;

impl<K: Hash + Eq + Clone, V, S: BuildHasher + Default> OrderedMap<K, V, S> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        let &at = self.index.get(key)?;
        self.slots.get(at)?.as_ref().map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &K) -> bool {
        self.index.contains_key(key)
    }

    /// Inserts at the end, or replaces the value of an existing key in its place (as `IndexMap` does).
    pub fn insert(&mut self, key: K, value: V) {
        if let Some(&at) = self.index.get(&key)
            && let Some(Some(slot)) = self.slots.get_mut(at)
        {
            slot.1 = value;
            return;
        }
        self.index.insert(key.clone(), self.slots.len());
        self.slots.push(Some((key, value)));
    }

    /// Removes a key, keeping the order of the others.
    pub fn remove(&mut self, key: &K) -> Option<V> {
        let at = self.index.remove(key)?;
        let (_, value) = self.slots.get_mut(at)?.take()?;
        while matches!(self.slots.last(), Some(None)) {
            self.slots.pop();
        }
        if self.slots.len() > 32 && self.slots.len() > 2 * self.index.len() {
            self.compact();
        }
        Some(value)
    }

    fn compact(&mut self) {
        self.slots.retain(Option::is_some);
        for (at, slot) in self.slots.iter().enumerate() {
            if let Some((k, _)) = slot {
                self.index.insert(k.clone(), at);
            }
        }
    }

    /// Where a key stands in the order (comparable with other keys' positions until the next removal).
    pub fn position(&self, key: &K) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// The entry at a position (see [`Self::position`]).
    pub fn get_at(&self, at: usize) -> Option<(&K, &V)> {
        self.slots.get(at)?.as_ref().map(|(k, v)| (k, v))
    }

    pub fn clear(&mut self) {
        self.slots.clear();
        self.index.clear();
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> {
        self.slots.iter().flatten().map(|(k, v)| (k, v))
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> {
        self.iter().map(|(_, v)| v)
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> {
        self.iter().map(|(k, _)| k)
    }

    /// Removes and returns every entry, in order.
    pub fn take(&mut self) -> Vec<(K, V)> {
        self.index.clear();
        std::mem::take(&mut self.slots).into_iter().flatten().collect()
    }
}

/// A set of instances by identity (`is`), in insertion order.
pub type InstanceSet = OrderedMap<usize, Rc<Instance>, ByAddress>;

/// The identity of an instance as a key.
pub fn instance_key(inst: &Rc<Instance>) -> usize {
    Rc::as_ptr(inst) as usize
}

impl InstanceSet {
    pub fn add(&mut self, inst: &Rc<Instance>) {
        if !self.contains_key(&instance_key(inst)) {
            self.insert(instance_key(inst), inst.clone());
        }
    }

    pub fn discard(&mut self, inst: &Rc<Instance>) {
        self.remove(&instance_key(inst));
    }

    pub fn has(&self, inst: &Rc<Instance>) -> bool {
        self.contains_key(&instance_key(inst))
    }

    pub fn to_vec(&self) -> Vec<Rc<Instance>> {
        self.values().cloned().collect()
    }
}

/// The identity of a value as a key, for values whose `is` is identity of the object (instances) or
/// of a singleton (`None`); other values have no such key and are compared with `is` one by one.
pub fn identity_of(value: &Value) -> Option<usize> {
    match value {
        Value::Instance(i) => Some(instance_key(i)),
        // Pointers are aligned, so 1 is never one.
        Value::None => Some(1),
        _ => None,
    }
}

/// Values in insertion order, unique by `is`, with membership and removal in O(1) for instances.
#[derive(Clone, Default)]
pub struct ValueSet {
    keyed: OrderedMap<Key, Value, ByAddress>,
    next: usize,
}

/// Instances and `None` by identity; other values by arrival (each is its own entry, found by a scan).
#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Identity(usize),
    Other(usize),
}

impl ValueSet {
    fn key_of(&self, value: &Value) -> Option<Key> {
        match identity_of(value) {
            Some(k) => self.keyed.contains_key(&Key::Identity(k)).then_some(Key::Identity(k)),
            None => self.keyed.iter().find(|(_, v)| v.is(value)).map(|(k, _)| k.clone()),
        }
    }

    pub fn contains(&self, value: &Value) -> bool {
        self.key_of(value).is_some()
    }

    /// Adds at the end (a value already there stays where it is).
    pub fn push(&mut self, value: Value) {
        if self.contains(&value) {
            return;
        }
        let key = match identity_of(&value) {
            Some(k) => Key::Identity(k),
            None => {
                self.next += 1;
                Key::Other(self.next)
            }
        };
        self.keyed.insert(key, value);
    }

    /// Removes a value; whether it was there.
    pub fn remove(&mut self, value: &Value) -> bool {
        match self.key_of(value) {
            Some(k) => self.keyed.remove(&k).is_some(),
            None => false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.keyed.is_empty()
    }

    pub fn len(&self) -> usize {
        self.keyed.len()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Value> {
        self.keyed.values()
    }

    pub fn last(&self) -> Option<&Value> {
        self.iter().next_back()
    }

    pub fn to_vec(&self) -> Vec<Value> {
        self.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removal_keeps_order_and_reinsert_goes_last() {
        let mut m: OrderedMap<i32, i32> = OrderedMap::new();
        for i in 0..100 {
            m.insert(i, i * 10);
        }
        for i in (0..100).filter(|i| i % 3 != 0) {
            assert_eq!(m.remove(&i), Some(i * 10));
        }
        assert_eq!(m.remove(&1), None);
        let keys: Vec<i32> = m.keys().copied().collect();
        assert_eq!(keys, (0..100).filter(|i| i % 3 == 0).collect::<Vec<_>>());
        m.insert(3, 7);
        assert_eq!(m.keys().nth(1), Some(&3), "replacing keeps the place");
        m.remove(&3);
        m.insert(3, 8);
        assert_eq!(m.keys().last(), Some(&3), "a removed key comes back at the end");
        assert_eq!(m.get(&3), Some(&8));
        assert_eq!(m.len(), 34);
        assert!(m.position(&0) < m.position(&3));
    }

    #[test]
    fn value_set_is_by_identity() {
        let mut s = ValueSet::default();
        let a = Value::list(vec![]);
        let b = Value::list(vec![]);
        s.push(a.clone());
        s.push(b.clone());
        s.push(a.clone());
        s.push(Value::None);
        assert_eq!(s.len(), 3);
        assert!(s.remove(&a));
        assert!(!s.remove(&a));
        assert!(s.contains(&b) && !s.contains(&a));
        assert!(matches!(s.last(), Some(Value::None)));
    }
}
