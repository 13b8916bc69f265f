//! `bytes.hex`/`fromhex` (and `bytearray.fromhex`): CPython 3.11's separators, grouping from the
//! right, and its messages for a bad digit (`non-hexadecimal number found in fromhex() arg at position N`).

use super::receiver;
use crate::eval::bytes::data;
use crate::eval::call::take_keyword;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};

pub(super) fn hex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, b, mut args) = receiver(interp, args)?;
    let sep = take_keyword(&mut args, "sep").or(args.positional.first().cloned());
    let per = take_keyword(&mut args, "bytes_per_sep").or(args.positional.get(1).cloned());
    let digits: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let sep = match sep {
        None => return Ok(Value::str(&digits.concat())),
        Some(Value::Str(s)) if s.chars().count() == 1 => s.to_string(),
        Some(v) if data(&v).is_some_and(|d| d.len() == 1) => {
            data(&v).map(|d| char::from(d[0]).to_string()).unwrap_or_default()
        }
        Some(Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)) => {
            return Err(interp.value_error("sep must be length 1."));
        }
        Some(other) => return Err(interp.type_error(format!("object of type '{}' has no len()", other.type_name()))),
    };
    let per = match per {
        Some(Value::Int(n)) => n,
        _ => 1,
    };
    let group = per.unsigned_abs().max(1) as usize;
    // A positive count groups from the right, a negative one from the left.
    let chunks: Vec<String> = if per > 0 {
        let first = digits.len() % group;
        let mut out = Vec::new();
        if first > 0 {
            out.push(digits[..first].concat());
        }
        out.extend(digits[first..].chunks(group).map(|c| c.concat()));
        out
    } else {
        digits.chunks(group).map(|c| c.concat()).collect()
    };
    Ok(Value::str(&chunks.join(&sep)))
}

/// `bytearray.fromhex(s)` called on the class.
pub fn bytearray_fromhex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut args = args;
    args.positional.insert(0, Value::bytearray(Vec::new()));
    fromhex(interp, args)
}

/// `bytes.fromhex(s)` (also called on an instance).
pub(super) fn fromhex(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut positional = args.positional.into_iter();
    let (kind, text) = match (positional.next(), positional.next()) {
        (Some(Value::Class(c)), Some(t)) => (c.builtin, t),
        (Some(recv @ (Value::Bytes(_) | Value::ByteArray(_))), Some(t)) => (
            if matches!(recv, Value::ByteArray(_)) { Some(crate::eval::value::BuiltinType::ByteArray) } else { None },
            t,
        ),
        (Some(t), None) => (None, t),
        _ => return Err(interp.type_error("fromhex() takes exactly one argument")),
    };
    let Value::Str(text) = text else {
        return Err(interp.type_error(format!("fromhex() argument must be str, not {}", text.type_name())));
    };
    interp.charge_bytes(text.len())?;
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if chars[k].is_ascii_whitespace() {
            k += 1;
            continue;
        }
        let high = chars[k].to_digit(16);
        let low = chars.get(k + 1).and_then(|c| c.to_digit(16));
        match (high, low) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => return Err(not_hex(interp, k + 1)),
            (None, _) => return Err(not_hex(interp, k)),
        }
        k += 2;
    }
    Ok(match kind {
        Some(crate::eval::value::BuiltinType::ByteArray) => Value::bytearray(out),
        _ => Value::bytes(out),
    })
}

fn not_hex(interp: &Interp, position: usize) -> Box<crate::eval::Exc> {
    interp.value_error(format!("non-hexadecimal number found in fromhex() arg at position {position}"))
}
