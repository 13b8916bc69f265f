//! Numbers as bits: `int.to_bytes` / `int.from_bytes` and `float.hex` / `float.fromhex`, with
//! CPython's defaults (`length=1, byteorder="big"`), its exact hex spelling (`0x1.8000000000000p+0`:
//! thirteen hex digits, never trimmed) and its correctly rounded parsing (round half to even).

use super::split;
use crate::eval::call::take_keyword;
use crate::eval::value::Value;
use crate::eval::{Args, ExcType, Interp, PyResult};
use num_bigint::{BigInt, Sign};
use num_traits::{One, Zero};

/// The arguments `to_bytes`/`from_bytes` share: `byteorder` (positional or keyword) and keyword-only `signed`.
fn byteorder_and_signed(interp: &mut Interp, args: &mut Args, order_at: usize) -> PyResult<(bool, bool)> {
    let order = take_keyword(args, "byteorder").or_else(|| args.positional.get(order_at).cloned());
    let signed = match take_keyword(args, "signed") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    if let Some((name, _)) = args.keywords.first() {
        return Err(interp.type_error(format!("'{name}' is an invalid keyword argument for this function")));
    }
    let little = match order {
        None => false,
        Some(Value::Str(s)) if &*s == "little" => true,
        Some(Value::Str(s)) if &*s == "big" => false,
        Some(Value::Str(_)) => return Err(interp.value_error("byteorder must be either 'little' or 'big'")),
        Some(other) => {
            return Err(
                interp.type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", other.type_name()))
            );
        }
    };
    Ok((little, signed))
}

/// `n.to_bytes(length=1, byteorder="big", *, signed=False)`.
pub fn to_bytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (n, mut args) = split(args);
    let length = take_keyword(&mut args, "length").or_else(|| args.positional.first().cloned());
    let (little, signed) = byteorder_and_signed(interp, &mut args, 1)?;
    if args.positional.len() > 2 {
        let given = args.positional.len();
        return Err(interp.type_error(format!("to_bytes() takes at most 2 positional arguments ({given} given)")));
    }
    let length = match length {
        None => 1,
        Some(Value::Int(l)) if l < 0 => return Err(interp.value_error("length argument must be non-negative")),
        Some(Value::Int(l)) => usize::try_from(l).unwrap_or(usize::MAX),
        Some(other) => {
            let name = other.type_name();
            return Err(interp.type_error(format!("'{name}' object cannot be interpreted as an integer")));
        }
    };
    interp.check_size(length)?;
    let n = as_bigint(interp, &n)?;
    if n.sign() == Sign::Minus && !signed {
        return Err(interp.error(ExcType::OverflowError, "can't convert negative int to unsigned"));
    }
    let mut bytes = n.to_signed_bytes_le();
    // `to_signed_bytes_le` keeps a sign byte; an unsigned value may drop a leading zero byte.
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(interp.error(ExcType::OverflowError, "int too big to convert"));
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder="big", *, signed=False)`; the bytes may be any iterable of ints.
pub fn from_bytes(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    // A class passed as the receiver (a classmethod call through a subclass) is not an argument.
    if matches!(args.positional.first(), Some(Value::Class(_))) {
        args.positional.remove(0);
    }
    let source = take_keyword(&mut args, "bytes").or_else(|| args.positional.first().cloned());
    let (little, signed) = byteorder_and_signed(interp, &mut args, 1)?;
    let Some(source) = source else {
        return Err(interp.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = match crate::eval::bytes::data(&source) {
        Some(d) => d.to_vec(),
        None => {
            let mut out = Vec::new();
            for item in interp.collect(&source)? {
                match item {
                    Value::Int(b @ 0..=255) => out.push(b as u8),
                    Value::Int(_) => return Err(interp.value_error("bytes must be in range(0, 256)")),
                    other => {
                        let name = other.type_name();
                        return Err(interp.type_error(format!("'{name}' object cannot be interpreted as an integer")));
                    }
                }
            }
            out
        }
    };
    if !little {
        data.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&data) } else { BigInt::from_bytes_le(Sign::Plus, &data) };
    Ok(Value::from_bigint(n))
}

fn as_bigint(interp: &mut Interp, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(n) => Ok(BigInt::from(*n)),
        Value::BigInt(n) => Ok((**n).clone()),
        Value::Bool(b) => Ok(BigInt::from(u8::from(*b))),
        other => {
            Err(interp.type_error(format!("descriptor requires an 'int' object but received '{}'", other.type_name())))
        }
    }
}

/// `x.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_hex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Value::Float(f) = split(args).0 else { return Err(interp.type_error("float expected")) };
    Ok(Value::str(&hex_of(f)))
}

fn hex_of(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f.is_infinite() {
        return format!("{sign}inf");
    }
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exponent == 0 { (0, -1022) } else { (1, exponent - 1023) };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

/// `float.fromhex(s)`: exact parsing, rounded half to even, OverflowError past the largest float.
pub fn float_fromhex(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    if matches!(args.positional.first(), Some(Value::Class(_))) {
        args.positional.remove(0);
    }
    let Some(Value::Str(text)) = args.positional.first().cloned() else {
        return Err(interp.type_error("fromhex() argument must be str"));
    };
    match parse_hex_float(&text) {
        Ok(f) => Ok(Value::Float(f)),
        Err(HexError::Invalid) => Err(interp.value_error("invalid hexadecimal floating-point string")),
        Err(HexError::TooLarge) => {
            Err(interp.error(ExcType::OverflowError, "hexadecimal value too large to represent as a float"))
        }
    }
}

enum HexError {
    Invalid,
    TooLarge,
}

fn parse_hex_float(text: &str) -> Result<f64, HexError> {
    let s = text.trim();
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    let signed = |f: f64| if negative { -f } else { f };
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp_text) = match body.split_once('p') {
        Some((d, e)) => (d, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut mantissa = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(HexError::Invalid)?;
        mantissa = (mantissa << 4u32) + d;
    }
    let mut exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            e.parse::<i64>().unwrap_or(if e.starts_with('-') { i64::MIN / 4 } else { i64::MAX / 4 })
        }
    };
    exp = exp.saturating_sub(4 * frac_part.len() as i64);
    if mantissa.is_zero() {
        return Ok(signed(0.0));
    }
    Ok(signed(round_to_float(&mantissa, exp)?))
}

/// `m * 2**exp` as the nearest float (ties to even), or TooLarge.
fn round_to_float(m: &BigInt, exp: i64) -> Result<f64, HexError> {
    let nbits = m.bits() as i64;
    let top = nbits - 1 + exp;
    if top > 1023 {
        return Err(HexError::TooLarge);
    }
    if top < -1200 {
        return Ok(0.0);
    }
    let precision = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = nbits - precision;
    let (q, e) = if shift > 0 {
        let shift_u = shift as usize;
        let mut q: BigInt = m >> shift_u;
        let rem: BigInt = m - (&q << shift_u);
        let half: BigInt = BigInt::one() << (shift_u - 1);
        if rem > half || (rem == half && (&q & BigInt::one()).is_one()) {
            q += 1;
        }
        (q, exp + shift)
    } else {
        (m << (-shift) as usize, exp + shift)
    };
    let q: f64 = q.to_string().parse().unwrap_or(f64::INFINITY);
    let value = scale(q, e);
    if value.is_infinite() { Err(HexError::TooLarge) } else { Ok(value) }
}

/// `q * 2**e` without rounding in between (q has at most 54 significant bits).
fn scale(mut q: f64, mut e: i64) -> f64 {
    while e > 0 {
        let step = e.min(1000);
        q *= 2f64.powi(step as i32);
        e -= step;
    }
    if e < 0 {
        // Bring q down to just above the subnormal range first, then take the last step exactly.
        while e < -1000 {
            q *= 2f64.powi(-1000);
            e += 1000;
        }
        q *= 2f64.powi(e as i32);
    }
    q
}

#[cfg(test)]
mod tests {
    use super::{hex_of, parse_hex_float};

    #[test]
    fn hex_round_trips_as_cpython_spells_it() {
        assert_eq!(hex_of(1.5), "0x1.8000000000000p+0");
        assert_eq!(hex_of(-0.0), "-0x0.0p+0");
        assert_eq!(hex_of(5e-324), "0x0.0000000000001p-1022");
        for f in [0.1, 1e300, 5e-324, 2.2250738585072014e-308, 123.456, f64::MAX] {
            assert_eq!(parse_hex_float(&hex_of(f)).ok(), Some(f));
        }
        assert_eq!(parse_hex_float("0x1.00000000000008p0").ok(), Some(1.0));
        assert_eq!(parse_hex_float("0x1.00000000000018p0").ok(), Some(1.0000000000000004));
        assert!(parse_hex_float("0x1p1024").is_err());
        assert!(parse_hex_float("0xg").is_err());
    }
}
