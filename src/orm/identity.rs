//! The identity map's key: which mapped class, and which primary-key values.
//!
//! SQLAlchemy keys its identity map by `(class, tuple(primary key values), token)` in a Python dict, so
//! two keys are the same when the classes are the same and the values are `==`, with hashing that agrees:
//! `1`, `1.0` and `True` are one key, `1` and `"1"` are two. [`IdentityKey`] gives keys built from
//! database cells those meanings, with the mapper standing for the class (mapped inheritance is not
//! supported, so every mapper is its own base).

use super::RegistryRef;
use super::ordered::{ByAddress, OrderedMap, instance_key};
use crate::db::Cell;
use crate::eval::value::Instance;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// The identity of a persistent object: mapper (by registry identity and index) and primary key.
#[derive(Clone)]
pub struct IdentityKey {
    registry: RegistryRef,
    mapper: usize,
    pk: Vec<KeyValue>,
}

impl IdentityKey {
    pub fn new(registry: &RegistryRef, mapper: usize, pk: &[Cell]) -> Self {
        IdentityKey { registry: registry.clone(), mapper, pk: pk.iter().cloned().map(KeyValue).collect() }
    }
}

impl PartialEq for IdentityKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.registry, &other.registry) && self.mapper == other.mapper && self.pk == other.pk
    }
}

impl Eq for IdentityKey {}

impl Hash for IdentityKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::ptr::hash(Rc::as_ptr(&self.registry), state);
        self.mapper.hash(state);
        self.pk.hash(state);
    }
}

impl std::fmt::Debug for IdentityKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pk: Vec<&Cell> = self.pk.iter().map(|v| &v.0).collect();
        write!(f, "IdentityKey(mapper {}, {pk:?})", self.mapper)
    }
}

/// The identity map: persistent objects by key, in the order they entered it (flushes and expiry
/// follow it), with each object's own key at hand, so that "is this object the one the map holds"
/// costs one lookup by address instead of building its key.
#[derive(Default)]
pub struct IdentityMap {
    map: OrderedMap<IdentityKey, Rc<Instance>>,
    by_object: HashMap<usize, IdentityKey, ByAddress>,
}

impl IdentityMap {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, key: &IdentityKey) -> Option<&Rc<Instance>> {
        self.map.get(key)
    }

    pub fn contains_key(&self, key: &IdentityKey) -> bool {
        self.map.contains_key(key)
    }

    /// Puts `inst` under `key` (in place of the object there, if any, keeping its position).
    pub fn insert(&mut self, key: IdentityKey, inst: Rc<Instance>) {
        if let Some(old) = self.map.get(&key)
            && !Rc::ptr_eq(old, &inst)
        {
            let old = instance_key(old);
            if self.by_object.get(&old) == Some(&key) {
                self.by_object.remove(&old);
            }
        }
        self.by_object.insert(instance_key(&inst), key.clone());
        self.map.insert(key, inst);
    }

    pub fn remove(&mut self, key: &IdentityKey) -> Option<Rc<Instance>> {
        let inst = self.map.remove(key)?;
        if self.by_object.get(&instance_key(&inst)) == Some(key) {
            self.by_object.remove(&instance_key(&inst));
        }
        Some(inst)
    }

    /// Where `inst` stands in the map's order, if the map holds it (under its latest key).
    pub fn position_of(&self, inst: &Rc<Instance>) -> Option<usize> {
        let at = self.map.position(self.by_object.get(&instance_key(inst))?)?;
        self.map.get_at(at).filter(|(_, held)| Rc::ptr_eq(held, inst))?;
        Some(at)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Rc<Instance>> {
        self.map.values()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&IdentityKey, &Rc<Instance>)> {
        self.map.iter()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// A primary-key value compared as Python compares dict keys: numbers by value across `bool`, `int` and
/// `float`, text by content, NULL only with NULL. (A NaN key equals itself, which `Eq` requires; Python
/// finds it only through the same object.)
#[derive(Clone, Debug)]
struct KeyValue(Cell);

impl KeyValue {
    /// The value as an integer, when it is one exactly (`3`, `3.0`).
    fn as_int(&self) -> Option<i64> {
        match self.0 {
            Cell::Integer(n) => Some(n),
            // Only reals that are exactly an i64 (the cast back is checked, so it cannot round).
            Cell::Real(f) if f.fract() == 0.0 && f >= i64::MIN as f64 && f < i64::MAX as f64 => Some(f as i64),
            _ => None,
        }
    }
}

impl PartialEq for KeyValue {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Cell::Null, Cell::Null) => true,
            (Cell::Text(a), Cell::Text(b)) => a == b,
            (Cell::Real(a), Cell::Real(b)) => a == b || (a.is_nan() && b.is_nan()),
            (Cell::Blob(a), Cell::Blob(b)) => a == b,
            (Cell::Null | Cell::Text(_) | Cell::Blob(_), _) | (_, Cell::Null | Cell::Text(_) | Cell::Blob(_)) => false,
            _ => matches!((self.as_int(), other.as_int()), (Some(a), Some(b)) if a == b),
        }
    }
}

impl Eq for KeyValue {}

impl Hash for KeyValue {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Equal values hash alike: every integral number hashes as its integer.
        match (&self.0, self.as_int()) {
            (_, Some(n)) => (0u8, n).hash(state),
            (Cell::Real(f), None) => (1u8, if f.is_nan() { f64::NAN.to_bits() } else { f.to_bits() }).hash(state),
            (Cell::Text(s), _) => (2u8, s).hash(state),
            (Cell::Blob(b), _) => (4u8, b).hash(state),
            _ => 3u8.hash(state),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::orm::Registry;
    use std::cell::RefCell;
    use std::collections::hash_map::DefaultHasher;

    fn hash_of(key: &IdentityKey) -> u64 {
        let mut h = DefaultHasher::new();
        key.hash(&mut h);
        h.finish()
    }

    fn registry() -> RegistryRef {
        Rc::new(RefCell::new(Registry::default()))
    }

    /// Python's `(cls, (1,)) == (cls, (1.0,))`, and equal keys hash alike.
    #[test]
    fn numbers_are_one_key_by_value() {
        let reg = registry();
        let int = IdentityKey::new(&reg, 0, &[Cell::Integer(1)]);
        // A Python True binds as the integer 1 (Cell has SQLite's classes: no booleans).
        for same in [Cell::Real(1.0), Cell::Integer(1)] {
            let other = IdentityKey::new(&reg, 0, &[same]);
            assert_eq!(int, other);
            assert_eq!(hash_of(&int), hash_of(&other));
        }
        assert_ne!(int, IdentityKey::new(&reg, 0, &[Cell::Real(1.5)]));
        assert_ne!(int, IdentityKey::new(&reg, 0, &[Cell::Integer(2)]));
        // Large ints compare exactly: 2**53 + 1 is not the float 2**53.
        let big = IdentityKey::new(&reg, 0, &[Cell::Integer((1 << 53) + 1)]);
        assert_ne!(big, IdentityKey::new(&reg, 0, &[Cell::Real((1u64 << 53) as f64)]));
        assert_eq!(IdentityKey::new(&reg, 0, &[Cell::Integer(300)]), IdentityKey::new(&reg, 0, &[Cell::Integer(300)]));
    }

    /// `1` and `"1"` differ; so do NULL and 0; composite keys compare position by position.
    #[test]
    fn text_null_and_composites() {
        let reg = registry();
        let key = |cells: &[Cell]| IdentityKey::new(&reg, 0, cells);
        assert_ne!(key(&[Cell::Integer(1)]), key(&[Cell::Text("1".into())]));
        assert_eq!(key(&[Cell::Text("a".into())]), key(&[Cell::Text("a".into())]));
        assert_ne!(key(&[Cell::Null]), key(&[Cell::Integer(0)]));
        assert_eq!(key(&[Cell::Integer(1), Cell::Text("x".into())]), key(&[Cell::Real(1.0), Cell::Text("x".into())]));
        assert_ne!(key(&[Cell::Integer(1), Cell::Integer(2)]), key(&[Cell::Integer(2), Cell::Integer(1)]));
        let nan = key(&[Cell::Real(f64::NAN)]);
        assert_eq!(nan, nan.clone());
    }

    /// The map knows each object's place: replacing the object under a key keeps the place and
    /// forgets the old object; removing keeps the others' order.
    #[test]
    fn identity_map_positions_follow_the_objects() {
        let mut interp = crate::eval::Interp::new();
        let reg = registry();
        let key = |n: i64| IdentityKey::new(&reg, 0, &[Cell::Integer(n)]);
        let mut make = || crate::orm::testing::plain_instance(&mut interp);
        let (a, b, c, d) = (make(), make(), make(), make());
        let mut map = IdentityMap::new();
        map.insert(key(1), a.clone());
        map.insert(key(2), b.clone());
        map.insert(key(3), c.clone());
        assert_eq!((map.position_of(&a), map.position_of(&c)), (Some(0), Some(2)));
        map.insert(key(1), d.clone());
        assert_eq!((map.position_of(&a), map.position_of(&d)), (None, Some(0)));
        assert!(map.remove(&key(2)).is_some_and(|x| Rc::ptr_eq(&x, &b)));
        assert_eq!(map.position_of(&b), None);
        let order: Vec<bool> = map.values().map(|v| Rc::ptr_eq(v, &d) || Rc::ptr_eq(v, &c)).collect();
        assert_eq!((order, map.len()), (vec![true, true], 2));
        assert!(map.position_of(&d) < map.position_of(&c));
        assert!(map.get(&key(3)).is_some_and(|x| Rc::ptr_eq(x, &c)) && !map.contains_key(&key(2)));
    }

    /// The same values under another mapper or another registry (another `Base`) are another identity.
    #[test]
    fn mapper_and_registry_are_part_of_the_key() {
        let (a, b) = (registry(), registry());
        let pk = [Cell::Integer(1)];
        assert_ne!(IdentityKey::new(&a, 0, &pk), IdentityKey::new(&a, 1, &pk));
        assert_ne!(IdentityKey::new(&a, 0, &pk), IdentityKey::new(&b, 0, &pk));
        let mut map = indexmap::IndexMap::new();
        map.insert(IdentityKey::new(&a, 0, &pk), "first");
        assert_eq!(map.get(&IdentityKey::new(&a, 0, &[Cell::Real(1.0)])), Some(&"first"));
        assert_eq!(map.get(&IdentityKey::new(&b, 0, &pk)), None);
    }
}
