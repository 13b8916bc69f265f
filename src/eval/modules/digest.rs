//! `_hashlib`: the message digests `hashlib` offers (MD5, SHA-1, SHA-224/256, SHA-384/512), computed
//! in one pass over the whole message by `_hashlib.digest(name, data)`. The `hashlib` module itself is
//! Python source (`py/hashlib.py`): its hash objects keep the bytes fed to `update()` and digest them
//! when asked, which gives CPython's results for every sequence of calls; `pbkdf2` derives keys. Also `_hashlib.float_bits`
//! and `bits_float`, the IEEE 754 conversions `struct` needs for its `e`, `f` and `d` formats.

use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;

pub fn module(_: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("_hashlib"));
    m.set("digest", Interp::builtin("digest", digest));
    m.set("float_bits", Interp::builtin("float_bits", float_bits));
    m.set("bits_float", Interp::builtin("bits_float", bits_float));
    m.set("pbkdf2", Interp::builtin("pbkdf2", pbkdf2));
    Ok(m)
}

/// `digest(name, data)`: the digest of `data` (bytes) by the algorithm `name`, or None for a name
/// this module does not know.
fn digest(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [Value::Str(name), data] = args.positional.as_slice() else {
        return Err(interp.type_error("digest(name, data) expects a str and bytes"));
    };
    let Some(data) = crate::eval::bytes::data(data) else {
        return Err(interp.type_error("digest(name, data) expects a str and bytes"));
    };
    interp.charge_bytes(data.len())?;
    let out = match &**name {
        "md5" => md5(&data),
        "sha1" => sha1(&data),
        "sha224" => sha256(&data, true),
        "sha256" => sha256(&data, false),
        "sha384" => sha512(&data, true),
        "sha512" => sha512(&data, false),
        _ => return Ok(Value::None),
    };
    Ok(Value::Bytes(Rc::from(out)))
}

/// The digest of `data` by the algorithm `name` and that algorithm's block size in bytes.
fn named_digest(name: &str, data: &[u8]) -> Option<(Vec<u8>, usize)> {
    Some(match name {
        "md5" => (md5(data), 64),
        "sha1" => (sha1(data), 64),
        "sha224" => (sha256(data, true), 64),
        "sha256" => (sha256(data, false), 64),
        "sha384" => (sha512(data, true), 128),
        "sha512" => (sha512(data, false), 128),
        _ => return None,
    })
}

/// `pbkdf2(name, password, salt, iterations, dklen)`: PBKDF2-HMAC (RFC 8018), what
/// `hashlib.pbkdf2_hmac` returns. Native because programs ask for 100,000 iterations, each two
/// digests: a second of interpreted HMAC per thousand.
fn pbkdf2(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [Value::Str(name), password, salt, Value::Int(iterations), Value::Int(dklen)] = args.positional.as_slice()
    else {
        return Err(interp.type_error("pbkdf2(name, password, salt, iterations, dklen)"));
    };
    let (Some(password), Some(salt)) = (crate::eval::bytes::data(password), crate::eval::bytes::data(salt)) else {
        return Err(interp.type_error("pbkdf2() password and salt must be bytes"));
    };
    let (Ok(iterations), Ok(dklen)) = (usize::try_from(*iterations), usize::try_from(*dklen)) else {
        return Err(interp.type_error("pbkdf2() iterations and dklen must be positive"));
    };
    let Some((_, block)) = named_digest(name, b"") else { return Ok(Value::None) };
    let mut key = password.to_vec();
    if key.len() > block {
        key = named_digest(name, &key).map(|(d, _)| d).unwrap_or_default();
    }
    key.resize(block, 0);
    let pad = |byte: u8| key.iter().map(|k| k ^ byte).collect::<Vec<u8>>();
    let (inner, outer) = (pad(0x36), pad(0x5c));
    let hmac = |msg: &[u8]| {
        let first = named_digest(name, &[inner.as_slice(), msg].concat()).map(|(d, _)| d).unwrap_or_default();
        named_digest(name, &[outer.as_slice(), &first].concat()).map(|(d, _)| d).unwrap_or_default()
    };
    let mut out = Vec::with_capacity(dklen);
    let mut counter: u32 = 1;
    while out.len() < dklen {
        interp.charge_bytes(iterations.saturating_mul(2 * block))?;
        let mut prev = hmac(&[&salt[..], &counter.to_be_bytes()].concat());
        let mut acc = prev.clone();
        for _ in 1..iterations {
            prev = hmac(&prev);
            acc.iter_mut().zip(&prev).for_each(|(a, p)| *a ^= p);
        }
        out.extend_from_slice(&acc);
        counter = counter.wrapping_add(1);
    }
    out.truncate(dklen);
    Ok(Value::Bytes(Rc::from(out)))
}

/// `float_bits(x, size)`: the IEEE 754 bits of `x` as a binary16, 32 or 64 (size 2, 4, 8), rounded
/// to nearest-even; None when `x` is finite but too large for the format (struct's OverflowError).
fn float_bits(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, size) = match args.positional.as_slice() {
        [Value::Float(x), Value::Int(size)] => (*x, *size),
        [Value::Int(n), Value::Int(size)] => (*n as f64, *size),
        _ => return Err(interp.type_error("float_bits(x, size) expects a float and an int")),
    };
    let bits = match size {
        8 => x.to_bits(),
        4 => {
            let f = x as f32;
            if f.is_infinite() && x.is_finite() {
                return Ok(Value::None);
            }
            u64::from(f.to_bits())
        }
        _ => match half_bits(x) {
            Some(h) => u64::from(h),
            None => return Ok(Value::None),
        },
    };
    Ok(Value::from_bigint(bits.into()))
}

/// `bits_float(n, size)`: the float a binary16, 32 or 64 bit pattern stands for.
fn bits_float(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (n, size) = match args.positional.as_slice() {
        [n, Value::Int(size)] => (interp.index_u64(n)?, *size),
        _ => return Err(interp.type_error("bits_float(n, size) expects two ints")),
    };
    Ok(Value::Float(match size {
        8 => f64::from_bits(n),
        4 => f64::from(f32::from_bits(n as u32)),
        _ => half_to_f64(n as u16),
    }))
}

impl Interp {
    fn index_u64(&mut self, v: &Value) -> PyResult<u64> {
        match v {
            Value::Int(n) => Ok(*n as u64),
            Value::BigInt(b) => Ok(u64::try_from(&**b).unwrap_or(0)),
            _ => Err(self.type_error("an integer is required")),
        }
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Binary16 bits of `x` (round half to even), None on overflow of a finite value.
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // In units of the smallest subnormal (2**-24), rounded half to even.
    let units = a * 2f64.powi(24);
    if units < 2048.0 {
        let r = units.round_ties_even();
        return Some(sign | r as u16); // subnormal, or the smallest normal when it rounds up to 1024
    }
    let e = a.log2().floor() as i32;
    let (mut e, mut m) = (e, (a / 2f64.powi(e) - 1.0) * 1024.0);
    if m < 0.0 {
        e -= 1;
        m = (a / 2f64.powi(e) - 1.0) * 1024.0;
    }
    let mut m = m.round_ties_even() as u32;
    if m == 1024 {
        m = 0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | m as u16)
}

/// The message padded as MD5 and the SHA family pad it: 0x80, zeros, then the bit length in
/// `len_bytes` bytes (little-endian for MD5), to a multiple of `block`.
fn padded(data: &[u8], block: usize, len_bytes: usize, little: bool) -> Vec<u8> {
    let mut m = data.to_vec();
    m.push(0x80);
    while m.len() % block != block - len_bytes {
        m.push(0);
    }
    let bits = (data.len() as u128).wrapping_mul(8);
    let be = bits.to_be_bytes();
    let tail = &be[16 - len_bytes..];
    if little {
        m.extend(tail.iter().rev());
    } else {
        m.extend_from_slice(tail);
    }
    m
}

fn md5(data: &[u8]) -> Vec<u8> {
    const S: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
    let k: Vec<u32> = (0..64).map(|i| ((i as f64 + 1.0).sin().abs() * 4_294_967_296.0) as u32).collect();
    let mut h: [u32; 4] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476];
    for chunk in padded(data, 64, 8, true).chunks(64) {
        let w: Vec<u32> = chunk.chunks(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
        let [mut a, mut b, mut c, mut d] = h;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let rotated = a.wrapping_add(f).wrapping_add(k[i]).wrapping_add(w[g]).rotate_left(S[(i / 16) * 4 + i % 4]);
            (a, d, c) = (d, c, b);
            b = b.wrapping_add(rotated);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d]) {
            *x = x.wrapping_add(y);
        }
    }
    h.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn sha1(data: &[u8]) -> Vec<u8> {
    let mut h: [u32; 5] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476, 0xc3d2_e1f0];
    for chunk in padded(data, 64, 8, false).chunks(64) {
        let mut w = [0u32; 80];
        for (i, b) in chunk.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i / 20 {
                0 => ((b & c) | (!b & d), 0x5a82_7999),
                1 => (b ^ c ^ d, 0x6ed9_eba1),
                2 => ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc),
                _ => (b ^ c ^ d, 0xca62_c1d6u32),
            };
            let t = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(*wi);
            (e, d, c, b, a) = (d, c, b.rotate_left(30), a, t);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    h.iter().flat_map(|x| x.to_be_bytes()).collect()
}

const K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
];

pub(crate) fn sha256(data: &[u8], short: bool) -> Vec<u8> {
    let mut h: [u32; 8] = if short {
        [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]
    } else {
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    };
    for chunk in padded(data, 64, 8, false).chunks(64) {
        let mut w = [0u32; 64];
        for (i, b) in chunk.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K256[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let out: Vec<u8> = h.iter().flat_map(|x| x.to_be_bytes()).collect();
    out[..if short { 28 } else { 32 }].to_vec()
}

const K512: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

fn sha512(data: &[u8], short: bool) -> Vec<u8> {
    let mut h: [u64; 8] = if short {
        [
            0xcbbb9d5dc1059ed8,
            0x629a292a367cd507,
            0x9159015a3070dd17,
            0x152fecd8f70e5939,
            0x67332667ffc00b31,
            0x8eb44a8768581511,
            0xdb0c2e0d64f98fa7,
            0x47b5481dbefa4fa4,
        ]
    } else {
        [
            0x6a09e667f3bcc908,
            0xbb67ae8584caa73b,
            0x3c6ef372fe94f82b,
            0xa54ff53a5f1d36f1,
            0x510e527fade682d1,
            0x9b05688c2b3e6c1f,
            0x1f83d9abfb41bd6b,
            0x5be0cd19137e2179,
        ]
    };
    for chunk in padded(data, 128, 16, false).chunks(128) {
        let mut w = [0u64; 80];
        for (i, b) in chunk.chunks(8).enumerate() {
            let mut word = [0u8; 8];
            word.copy_from_slice(b);
            w[i] = u64::from_be_bytes(word);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..80 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K512[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let out: Vec<u8> = h.iter().flat_map(|x| x.to_be_bytes()).collect();
    out[..if short { 48 } else { 64 }].to_vec()
}
