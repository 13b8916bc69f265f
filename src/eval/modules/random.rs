//! `_random`: CPython's Mersenne Twister (MT19937, seeded by `init_by_array` as `random.seed(int)`
//! does), so `random.seed(0); random.random()` gives CPython's numbers. The `random` module itself is
//! Python source over this generator (`py/random.py`, following CPython's `Lib/random.py`).

use crate::eval::value::{Instance, Module, Value};
use crate::eval::{Args, Interp, PyResult};
use num_bigint::{BigInt, Sign};
use std::cell::RefCell;
use std::rc::Rc;

const N: usize = 624;
const M: usize = 397;

pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(s: u32) -> Mt {
        let mut state = [0u32; N];
        state[0] = s;
        for i in 1..N {
            let prev = state[i - 1];
            state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        Mt { state, index: N }
    }

    /// `init_by_array(key)`.
    pub fn from_key(key: &[u32]) -> Mt {
        let mut mt = Mt::init_genrand(19_650_218);
        let mt_state = &mut mt.state;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = mt_state[i - 1];
            mt_state[i] = (mt_state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt_state[0] = mt_state[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt_state[i - 1];
            mt_state[i] = (mt_state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt_state[0] = mt_state[N - 1];
                i = 1;
            }
        }
        mt_state[0] = 0x8000_0000;
        mt
    }

    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            for k in 0..N {
                let y = (self.state[k] & 0x8000_0000) | (self.state[(k + 1) % N] & 0x7fff_ffff);
                let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
                self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`, built from 32-bit words, least significant first.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k as u32));
        }
        let mut words = Vec::new();
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left as u32;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }
}

fn state_value(i: &mut Interp, mt: Mt) -> Value {
    let class = i.aux_class_in("_random", "State");
    Value::Instance(Rc::new(Instance {
        class,
        dict: Default::default(),
        native: RefCell::new(Some(Rc::new(RefCell::new(mt)))),
        id: i.next_id(),
    }))
}

fn state(interp: &Interp, v: Option<&Value>) -> PyResult<Rc<RefCell<Mt>>> {
    let Some(Value::Instance(i)) = v else { return Err(interp.type_error("expected a generator state")) };
    let native = i.native.borrow().clone();
    native.and_then(|n| n.downcast::<RefCell<Mt>>().ok()).ok_or_else(|| interp.type_error("expected a generator state"))
}

pub fn module(_: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("_random"));
    m.set(
        "seeded",
        Interp::builtin("seeded", |i, a: Args| {
            // The seed's absolute value as 32-bit words, least significant first (`[0]` for zero).
            let seed = match a.positional.first().map(crate::eval::subclass::plain) {
                Some(Value::Int(n)) => BigInt::from(n),
                Some(Value::BigInt(n)) => (*n).clone(),
                Some(Value::Bool(b)) => BigInt::from(u8::from(b)),
                _ => return Err(i.type_error("seed must be an int")),
            };
            let mut key = seed.magnitude().to_u32_digits();
            if key.is_empty() {
                key.push(0);
            }
            Ok(state_value(i, Mt::from_key(&key)))
        }),
    );
    // `getstate()`'s internal state: CPython's 624 words and the index, as a tuple of ints.
    m.set(
        "getstate",
        Interp::builtin("getstate", |i, a| {
            let s = state(i, a.positional.first())?;
            let mt = s.borrow();
            let mut items: Vec<Value> = mt.state.iter().map(|w| Value::Int(i64::from(*w))).collect();
            items.push(Value::Int(mt.index as i64));
            Ok(Value::tuple(items))
        }),
    );
    m.set(
        "setstate",
        Interp::builtin("setstate", |i, a| {
            let bad = |i: &Interp| i.value_error("state vector is the wrong size");
            let Some(Value::Tuple(items)) = a.positional.first() else {
                return Err(i.type_error("state vector must be a tuple"));
            };
            if items.len() != N + 1 {
                return Err(bad(i));
            }
            let mut mt = Mt { state: [0; N], index: N };
            for (k, item) in items.iter().enumerate() {
                let Value::Int(n) = item else { return Err(i.type_error("state vector items must be integers")) };
                if k == N {
                    mt.index =
                        usize::try_from(*n).ok().filter(|x| *x <= N).ok_or_else(|| i.value_error("invalid state"))?;
                } else {
                    mt.state[k] = u32::try_from(*n).map_err(|_| i.value_error("invalid state"))?;
                }
            }
            Ok(state_value(i, mt))
        }),
    );
    m.set(
        "random",
        Interp::builtin("random", |i, a| {
            let s = state(i, a.positional.first())?;
            i.tick()?;
            Ok(Value::Float(s.borrow_mut().random()))
        }),
    );
    m.set(
        "getrandbits",
        Interp::builtin("getrandbits", |i, a| {
            let s = state(i, a.positional.first())?;
            let k = match a.positional.get(1) {
                Some(Value::Int(k)) if *k >= 0 => *k as u64,
                Some(Value::Int(_)) => return Err(i.value_error("number of bits must be non-negative")),
                _ => return Err(i.type_error("getrandbits() takes an int")),
            };
            i.charge((k / 32) as usize + 1)?;
            let bits = s.borrow_mut().getrandbits(k);
            Ok(Value::from_bigint(bits))
        }),
    );
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::Mt;

    #[test]
    fn seeded_like_cpython() {
        // CPython: random.seed(0); random.random() -> 0.8444218515250481; then 0.7579544029403025.
        let mut mt = Mt::from_key(&[0]);
        assert_eq!(mt.random(), 0.844_421_851_525_048_1);
        assert_eq!(mt.random(), 0.757_954_402_940_302_5);
        // random.seed(42); random.getrandbits(8) -> 163
        assert_eq!(Mt::from_key(&[42]).getrandbits(8), 163.into());
    }
}
