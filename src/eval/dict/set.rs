//! `set` and `frozenset`: CPython 3.11's open-addressing table (`Objects/setobject.c`), slot for slot.
//!
//! Python code prints sets unsorted all the time, and CPython shows them in table-slot order, which
//! follows from the hashes ([`super::hash`]), the probe sequence (9 linear probes, then
//! `i = i*5 + 1 + perturb`), dummies left by removals, the resize rule and the way each operation builds
//! its result. So this is that table, not an insertion-ordered map: the same steps give the same order.
//! Lookups stay O(1) on average, as in CPython.

use super::Key;
use super::hash::py_hash;
use crate::eval::value::Value;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A removed entry (CPython's `dummy`): probing walks past it, additions may reuse it.
    Dummy,
    Full(Entry),
}

#[derive(Clone)]
struct Entry {
    hash: i64,
    key: Key,
    value: Value,
}

/// A set's table. `fill` counts full and dummy slots, `used` full ones; `finger` is where `pop` looks
/// first. A `frozenset` is the same table marked frozen: no mutating methods, and hashable.
#[derive(Clone)]
pub struct Set {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    frozen: bool,
}

impl Default for Set {
    fn default() -> Self {
        Set { table: empty_table(MINSIZE), fill: 0, used: 0, finger: 0, frozen: false }
    }
}

fn empty_table(size: usize) -> Vec<Slot> {
    (0..size).map(|_| Slot::Empty).collect()
}

/// Where a probe for `hash` looks after the run of slots starting at `i` (`i*5 + 1 + perturb`).
fn next_start(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5).wrapping_add(1).wrapping_add(*perturb as usize)) & mask
}

impl Set {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn is_frozen(&self) -> bool {
        self.frozen
    }

    pub fn freeze(&mut self, frozen: bool) {
        self.frozen = frozen;
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The set's key as a frozenset: its items' keys sorted by their hash (equal sets, equal keys).
    pub(super) fn frozen_key(&self) -> Key {
        use std::hash::{Hash, Hasher};
        let mut keys: Vec<Key> = self.entries().map(|(k, _)| k.clone()).collect();
        keys.sort_by_cached_key(|k| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            k.hash(&mut h);
            h.finish()
        });
        Key::Frozen(keys)
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// `set_lookkey`: the slot holding `key`, if any.
    fn find(&self, key: &Key, hash: i64) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return None,
                    Slot::Full(e) if e.hash == hash && e.key == *key => return Some(j),
                    _ => {}
                }
            }
            i = next_start(i, &mut perturb, mask);
        }
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.find(key, py_hash(key)).is_some()
    }

    pub fn insert(&mut self, key: Key, value: Value) {
        let hash = py_hash(&key);
        self.add_entry(Entry { hash, key, value });
    }

    /// `set_add_entry`: an equal key already present wins; else the last dummy passed on the probe, else
    /// the empty slot that ended it (then a resize when the table is 3/5 full).
    fn add_entry(&mut self, entry: Entry) {
        let mask = self.mask();
        let mut perturb = entry.hash as u64;
        let mut i = (entry.hash as u64 as usize) & mask;
        let mut freeslot = None;
        let empty = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => break 'probe j,
                    Slot::Full(e) if e.hash == entry.hash && e.key == entry.key => return,
                    Slot::Full(_) => {}
                    Slot::Dummy => freeslot = Some(j),
                }
            }
            i = next_start(i, &mut perturb, mask);
        };
        self.used += 1;
        if let Some(free) = freeslot {
            self.table[free] = Slot::Full(entry);
            return;
        }
        self.fill += 1;
        self.table[empty] = Slot::Full(entry);
        if self.fill * 5 >= mask * 3 {
            self.resize(self.growth());
        }
    }

    fn growth(&self) -> usize {
        if self.used > 50_000 { self.used * 2 } else { self.used * 4 }
    }

    /// `set_table_resize`: the smallest power of two above `minused`, dummies dropped, entries
    /// re-placed in slot order. A small table without dummies is left alone, as CPython does.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, empty_table(size));
        self.fill = self.used;
        for slot in old {
            if let Slot::Full(e) = slot {
                self.insert_clean(e);
            }
        }
    }

    /// `set_insert_clean`: placement in a table known to hold no equal key and no dummies.
    fn insert_clean(&mut self, entry: Entry) {
        let mask = self.mask();
        let mut perturb = entry.hash as u64;
        let mut i = (entry.hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                if let Slot::Empty = self.table[j] {
                    self.table[j] = Slot::Full(entry);
                    return;
                }
            }
            i = next_start(i, &mut perturb, mask);
        }
    }

    /// `set_discard_entry`: the slot becomes a dummy.
    pub fn remove(&mut self, key: &Key) -> Option<Value> {
        let j = self.find(key, py_hash(key))?;
        self.used -= 1;
        match std::mem::replace(&mut self.table[j], Slot::Dummy) {
            Slot::Full(e) => Some(e.value),
            _ => None,
        }
    }

    /// `set.pop()`: the first full slot from the finger on, wrapping around.
    pub fn pop_first(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !matches!(self.table[j], Slot::Full(_)) {
            j = if j == mask { 0 } else { j + 1 };
        }
        self.used -= 1;
        self.finger = j + 1;
        match std::mem::replace(&mut self.table[j], Slot::Dummy) {
            Slot::Full(e) => Some(e.value),
            _ => None,
        }
    }

    /// `set_clear_internal`: back to the small table (the pop finger is kept, as in CPython).
    pub fn clear(&mut self) {
        let old = std::mem::replace(&mut self.table, empty_table(MINSIZE));
        self.fill = 0;
        self.used = 0;
        super::super::teardown::dismantle_each(old.into_iter().filter_map(|s| match s {
            Slot::Full(e) => Some(e.value),
            _ => None,
        }));
    }

    pub fn values(&self) -> Vec<Value> {
        self.entries().map(|(_, v)| v.clone()).collect()
    }

    /// The items in iteration (slot) order.
    pub fn entries(&self) -> impl Iterator<Item = (&Key, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(e) => Some((&e.key, &e.value)),
            _ => None,
        })
    }

    fn full(&self) -> impl Iterator<Item = &Entry> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(e) => Some(e),
            _ => None,
        })
    }

    /// Moves every item into `out`, leaving the set empty (see [`super::super::teardown`]).
    pub fn drain_into(&mut self, out: &mut Vec<Value>) {
        self.drain_kept_into(out, |_| true);
    }

    /// Empties the set, moving into `out` only the items `keep` selects.
    pub fn drain_kept_into(&mut self, out: &mut Vec<Value>, keep: fn(&Value) -> bool) {
        let old = std::mem::replace(&mut self.table, empty_table(MINSIZE));
        self.fill = 0;
        self.used = 0;
        out.extend(
            old.into_iter()
                .filter_map(|s| match s {
                    Slot::Full(e) => Some(e.value),
                    _ => None,
                })
                .filter(keep),
        );
    }

    /// `set_merge`: `other`'s items added to this set, with one resize up front; into an empty set
    /// they are copied slot for slot (same size, no dummies) or re-placed cleanly.
    pub fn merge(&mut self, other: &Set) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for e in other.full() {
                self.insert_clean(e.clone());
            }
            return;
        }
        for e in other.full() {
            self.add_entry(e.clone());
        }
    }

    /// `set_swap_bodies`: the tables change places; each set keeps its pop finger and frozenness.
    pub fn swap_bodies(&mut self, other: &mut Set) {
        std::mem::swap(&mut self.table, &mut other.table);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
    }

    /// This set with `other` merged in (see [`Set::merge`]).
    pub fn merged_with(mut self, other: &Set) -> Set {
        self.merge(other);
        self
    }

    /// `set.copy()` / `set(s)`: a new set merged from this one.
    pub fn copy(&self) -> Set {
        let mut out = Set::new();
        out.merge(self);
        out.frozen = self.frozen;
        out
    }

    /// `set_update_internal`'s exact-dict path: one resize for `n` incoming keys, then additions.
    pub fn reserve(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// `set_intersection` of two sets: iterate the smaller, keep what the larger holds.
    pub fn intersection(&self, other: &Set) -> Set {
        if std::ptr::eq(self, other) {
            return self.copy();
        }
        let (small, large) = if other.used > self.used { (self, other) } else { (other, self) };
        let mut out = Set::new();
        for e in small.full() {
            if large.find(&e.key, e.hash).is_some() {
                out.add_entry(e.clone());
            }
        }
        out
    }

    /// `set_difference` with a set (or exact dict, given as `other_len` and `has`): when this set is
    /// over four times larger, a copy with `other`'s items discarded; else a new set of what survives.
    pub fn difference(&self, other: &Set) -> Set {
        if self.used >> 2 > other.used {
            let mut out = self.copy();
            out.difference_update(other.full().map(|e| (&e.key, e.hash)));
            return out;
        }
        let mut out = Set::new();
        for e in self.full() {
            if other.find(&e.key, e.hash).is_none() {
                out.add_entry(e.clone());
            }
        }
        out
    }

    /// `set_difference_update_internal`: discard each key, then resize away dummies past a quarter.
    pub fn difference_update<'a>(&mut self, keys: impl Iterator<Item = (&'a Key, i64)>) {
        for (key, hash) in keys {
            if let Some(j) = self.find(key, hash) {
                self.used -= 1;
                self.table[j] = Slot::Dummy;
            }
        }
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth());
        }
    }

    /// `set_symmetric_difference_update` with a set: each of its items discarded here if present, else
    /// added (no resize for the dummies).
    pub fn symmetric_difference_update(&mut self, other: &Set) {
        for e in other.full() {
            if let Some(j) = self.find(&e.key, e.hash) {
                self.used -= 1;
                self.table[j] = Slot::Dummy;
            } else {
                self.add_entry(e.clone());
            }
        }
    }

    /// The hash CPython's `frozenset_hash` gives this set.
    #[cfg(test)]
    pub fn py_hash(&self) -> i64 {
        super::hash::frozenset_hash(self.full().map(|e| e.hash), self.used)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(set: &Set) -> Vec<i64> {
        set.entries().map(|(k, _)| if let Key::Int(n) = k { *n } else { i64::MIN }).collect()
    }

    fn add(set: &mut Set, n: i64) {
        set.insert(Key::Int(n), Value::Int(n));
    }

    /// Orders and hashes recorded from CPython 3.11.7.
    #[test]
    fn slot_order_and_hashes_match_cpython() {
        let mut s = Set::new();
        for n in [5, 9, 1, 0] {
            add(&mut s, n);
        }
        assert_eq!(ints(&s), [0, 9, 5, 1]);
        let mut t = Set::new();
        for n in [100, 7, 33, -1, -2, 1 << 61] {
            add(&mut t, n);
        }
        t.remove(&Key::Int(7));
        add(&mut t, 8);
        assert_eq!(ints(&t), [33, 1 << 61, 100, 8, -1, -2]);
        assert_eq!(py_hash(&Key::Tuple(vec![Key::Int(1), Key::Int(2)])), -3550055125485641917);
        assert_eq!(py_hash(&Key::Float(1.5f64.to_bits())), 1152921504606846977);
        assert_eq!(py_hash(&Key::Int(-1)), -2);
        let mut f = Set::new();
        add(&mut f, 1);
        add(&mut f, 2);
        assert_eq!(f.py_hash(), -1826646154956904602);
    }
}
