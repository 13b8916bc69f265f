//! CPython 3.11's hash values for keys whose hash does not depend on `PYTHONHASHSEED`.
//!
//! A set's iteration order is its hash table's slot order, so printing `{3, 1, 2}` shows `{1, 2, 3}`
//! only when our hashes are CPython's: ints modulo 2**61 - 1 (`Objects/longobject.c`), floats by
//! `_Py_HashDouble` (`Python/pyhash.c`), tuples by the xxHash-based `tuplehash`
//! (`Objects/tupleobject.c`) and frozensets by `frozenset_hash` (`Objects/setobject.c`). Strings,
//! bytes and identity-hashed objects have seed- or address-dependent hashes in CPython, so any fixed
//! hash of ours is as good: their order cannot be observed reproducibly.

use super::Key;
use num_bigint::Sign;

const BITS: u32 = 61;
const MODULUS: u64 = (1 << BITS) - 1;
const INF: i64 = 314_159;

/// `hash(key)` as CPython 3.11 computes it (never -1, which CPython reserves for errors).
pub fn py_hash(key: &Key) -> i64 {
    let h = match key {
        Key::Int(n) => int_hash(*n),
        Key::Big(b) => {
            let m = (b.magnitude() % num_bigint::BigUint::from(MODULUS)).iter_u64_digits().next().unwrap_or(0) as i64;
            if b.sign() == Sign::Minus { -m } else { m }
        }
        Key::Float(bits) => float_hash(f64::from_bits(*bits)),
        Key::Tuple(items) => tuple_hash(items.iter().map(py_hash)),
        Key::Frozen(items) => frozenset_hash(items.iter().map(py_hash), items.len()),
        Key::Str(s) => fixed_hash(s.as_bytes()),
        Key::Bytes(b) => fixed_hash(b),
        // CPython 3.11 hashes these by address (`_Py_HashPointer`: the address rotated by 4 bits).
        Key::Id(p) => p.rotate_right(4) as i64,
        Key::Custom(n, _) => *n,
        Key::None => 0x5f3c_9a10,
        Key::Ellipsis => 0x5f3c_9b20,
    };
    if h == -1 { -2 } else { h }
}

fn int_hash(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    if n < 0 { -m } else { m }
}

/// `_Py_HashDouble`: the float's exact value reduced modulo 2**61 - 1, so `hash(2.0) == hash(2)`.
fn float_hash(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 { -1 } else { 1 };
    m = m.abs();
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let bits = BITS as i32;
    let e = if e >= 0 { e % bits } else { bits - 1 - ((-1 - e) % bits) } as u32;
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    (x as i64).wrapping_mul(sign)
}

/// C's `frexp`: `v == m * 2**e` with `0.5 <= |m| < 1` (finite, non-zero `v`; zero gives `(0, 0)`).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(54));
        return (m, e - 54);
    }
    (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), exp - 1022)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `tuplehash` (CPython 3.8+): xxHash's round over the items' hashes.
fn tuple_hash(lanes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = lanes.len() as u64;
    let mut acc = XXPRIME_5;
    for lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX { 1_546_275_796 } else { acc as i64 }
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `frozenset_hash`: an order-independent xor of the items' shuffled hashes, then dispersed.
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut hash = hashes.fold(0u64, |acc, h| acc ^ shuffle_bits(h as u64));
    hash ^= (len as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX { 590_923_713 } else { hash as i64 }
}

/// A fixed FNV-1a hash for strings and bytes (CPython's is randomized per process).
fn fixed_hash(bytes: &[u8]) -> i64 {
    let h = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3));
    h as i64
}
