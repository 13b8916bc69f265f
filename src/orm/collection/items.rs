//! A relationship collection's items in order, with a count per object: "is it there, how often"
//! is asked on every append and back-population, so it costs one hash lookup, not a scan.

use crate::eval::value::Value;
use crate::orm::ordered::identity_of;
use std::collections::HashMap;

/// A collection's items, with a count per object so that "is it there, how often" costs O(1): a
/// parent's collection of 10,000 children is asked that on every append and back-population.
#[derive(Default)]
pub struct Items {
    pub(super) list: Vec<Value>,
    counts: HashMap<usize, usize, crate::orm::ordered::ByAddress>,
    /// A keyed dictionary's key of each object, computed when it was added (SQLAlchemy's
    /// `KeyFuncDict` keeps the key it stored the item under, whatever the item's attribute says
    /// later).
    keys: HashMap<usize, Value, crate::orm::ordered::ByAddress>,
}

impl Items {
    pub(super) fn new(list: Vec<Value>) -> Self {
        let mut items = Items::default();
        for v in list {
            items.push(v);
        }
        items
    }

    fn counted(&mut self, value: &Value, up: bool) {
        let Some(k) = identity_of(value) else { return };
        let n = self.counts.entry(k).or_default();
        if up {
            *n += 1;
        } else {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.counts.remove(&k);
                self.keys.remove(&k);
            }
        }
    }

    pub fn push(&mut self, value: Value) {
        self.counted(&value, true);
        self.list.push(value);
    }

    pub(super) fn insert(&mut self, at: usize, value: Value) {
        self.counted(&value, true);
        self.list.insert(at, value);
    }

    pub(super) fn remove(&mut self, at: usize) -> Value {
        let value = self.list.remove(at);
        self.counted(&value, false);
        value
    }

    pub(super) fn replace(&mut self, at: usize, value: Value) -> Option<Value> {
        self.counted(&value, true);
        let old = std::mem::replace(self.list.get_mut(at)?, value);
        self.counted(&old, false);
        Some(old)
    }

    pub(super) fn reverse(&mut self) {
        self.list.reverse();
    }

    pub(super) fn take(&mut self) -> Vec<Value> {
        self.counts.clear();
        self.keys.clear();
        std::mem::take(&mut self.list)
    }

    /// How many times `value` (by `is`) is in the collection.
    pub fn count(&self, value: &Value) -> usize {
        match identity_of(value) {
            Some(k) => self.counts.get(&k).copied().unwrap_or(0),
            None => self.list.iter().filter(|v| v.is(value)).count(),
        }
    }

    pub(super) fn position(&self, value: &Value) -> Option<usize> {
        if self.count(value) == 0 {
            return None;
        }
        self.list.iter().position(|v| v.is(value))
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn to_vec(&self) -> Vec<Value> {
        self.list.clone()
    }

    /// The dictionary key `value` was stored under, if one was recorded.
    pub(super) fn key_of(&self, value: &Value) -> Option<Value> {
        self.keys.get(&identity_of(value)?).cloned()
    }

    /// Records the dictionary key of an object in the collection.
    pub(super) fn set_key(&mut self, value: &Value, key: Value) {
        if let Some(k) = identity_of(value) {
            self.keys.insert(k, key);
        }
    }
}
