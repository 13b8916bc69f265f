//! Methods of `bytes` and `bytearray` (shared: a method returns the kind of its receiver), and the
//! in-place methods only `bytearray` has. Arguments and error messages follow CPython 3.11: byte
//! arguments must be bytes-like (`a bytes-like object is required, not 'str'`), searches also accept
//! one byte as an int.

mod hex;
mod split;
mod translate;

use super::{Method, split};
use crate::eval::bytes::{data, find, same_kind};
use crate::eval::call::{expect_args, take_keyword};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
pub use hex::bytearray_fromhex;
use hex::{fromhex, hex};
use split::{partition, split_method, splitlines};
use std::rc::Rc;

pub fn method(name: &str) -> Option<Method> {
    Some(match name {
        "decode" => decode,
        "maketrans" => translate::maketrans,
        "translate" => translate::translate,
        "hex" => hex,
        "fromhex" => fromhex,
        "upper" => |i, a| map(i, a, "upper", |b| b.to_ascii_uppercase()),
        "lower" => |i, a| map(i, a, "lower", |b| b.to_ascii_lowercase()),
        "swapcase" => |i, a| {
            map(i, a, "swapcase", |b| {
                b.iter()
                    .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
                    .collect()
            })
        },
        "capitalize" => |i, a| {
            map(i, a, "capitalize", |b| {
                b.iter()
                    .enumerate()
                    .map(|(k, c)| if k == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
                    .collect()
            })
        },
        "title" => |i, a| map(i, a, "title", title),
        "isdigit" => |i, a| test(i, a, u8::is_ascii_digit),
        "isalpha" => |i, a| test(i, a, u8::is_ascii_alphabetic),
        "isalnum" => |i, a| test(i, a, u8::is_ascii_alphanumeric),
        "isspace" => |i, a| test(i, a, |b| b.is_ascii_whitespace() || *b == 0x0b),
        "isascii" => |i, a| Ok(Value::Bool(receiver(i, a)?.1.is_ascii())),
        "isupper" => |i, a| cased(i, a, true),
        "islower" => |i, a| cased(i, a, false),
        "startswith" => |i, a| affix(i, a, "startswith"),
        "endswith" => |i, a| affix(i, a, "endswith"),
        "find" => |i, a| search(i, a, "find"),
        "rfind" => |i, a| search(i, a, "rfind"),
        "index" => |i, a| search(i, a, "index"),
        "rindex" => |i, a| search(i, a, "rindex"),
        "count" => |i, a| search(i, a, "count"),
        "split" => |i, a| split_method(i, a, false),
        "rsplit" => |i, a| split_method(i, a, true),
        "splitlines" => splitlines,
        "join" => join,
        "replace" => replace,
        "strip" => |i, a| strip(i, a, "strip"),
        "lstrip" => |i, a| strip(i, a, "lstrip"),
        "rstrip" => |i, a| strip(i, a, "rstrip"),
        "partition" => |i, a| partition(i, a, false),
        "rpartition" => |i, a| partition(i, a, true),
        "removeprefix" => |i, a| {
            let (recv, b, args) = receiver(i, a)?;
            let p = bytes_arg(i, args.positional.first())?;
            Ok(same_kind(&recv, b.strip_prefix(&p[..]).unwrap_or(&b).to_vec()))
        },
        "removesuffix" => |i, a| {
            let (recv, b, args) = receiver(i, a)?;
            let p = bytes_arg(i, args.positional.first())?;
            Ok(same_kind(&recv, b.strip_suffix(&p[..]).unwrap_or(&b).to_vec()))
        },
        "center" | "ljust" | "rjust" | "zfill" => return pad_method(name),
        _ => return None,
    })
}

fn pad_method(name: &str) -> Option<Method> {
    Some(match name {
        "center" => |i, a| pad(i, a, "center"),
        "ljust" => |i, a| pad(i, a, "ljust"),
        "rjust" => |i, a| pad(i, a, "rjust"),
        _ => |i, a| {
            let (recv, b, args) = receiver(i, a)?;
            let width = width_arg(i, &args, "zfill")?;
            let fill = width.saturating_sub(b.len());
            let (sign, digits) = match b.first() {
                Some(s @ (b'+' | b'-')) => (vec![*s], &b[1..]),
                _ => (Vec::new(), &b[..]),
            };
            i.check_size(width)?;
            Ok(same_kind(&recv, [sign, vec![b'0'; fill], digits.to_vec()].concat()))
        },
    })
}

/// The receiver, its content (charged: every method reads it) and the other arguments.
pub(super) fn receiver(interp: &mut Interp, args: Args) -> PyResult<(Value, Rc<[u8]>, Args)> {
    let (recv, rest) = split(args);
    match data(&recv) {
        Some(b) => {
            interp.charge_bytes(b.len())?;
            Ok((recv, b, rest))
        }
        None => {
            Err(interp.type_error(format!("descriptor requires a 'bytes' object but received '{}'", recv.type_name())))
        }
    }
}

/// A bytes-like argument.
fn bytes_arg(interp: &Interp, v: Option<&Value>) -> PyResult<Rc<[u8]>> {
    match v {
        Some(v) => data(v)
            .ok_or_else(|| interp.type_error(format!("a bytes-like object is required, not '{}'", v.type_name()))),
        None => Err(interp.type_error("expected a bytes-like argument")),
    }
}

fn map(interp: &mut Interp, args: Args, name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (recv, b, args) = receiver(interp, args)?;
    if !args.positional.is_empty() {
        return Err(interp.type_error(format!(
            "{}.{name}() takes no arguments ({} given)",
            recv.type_name(),
            args.positional.len()
        )));
    }
    Ok(same_kind(&recv, f(&b)))
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut previous_cased = false;
    b.iter()
        .map(|c| {
            let out = if previous_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            previous_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn test(interp: &mut Interp, args: Args, f: impl Fn(&u8) -> bool) -> PyResult<Value> {
    let (_, b, _) = receiver(interp, args)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
}

fn cased(interp: &mut Interp, args: Args, upper: bool) -> PyResult<Value> {
    let (_, b, _) = receiver(interp, args)?;
    let has_cased = b.iter().any(u8::is_ascii_alphabetic);
    let wrong = b.iter().any(|c| if upper { c.is_ascii_lowercase() } else { c.is_ascii_uppercase() });
    Ok(Value::Bool(has_cased && !wrong))
}

fn decode(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, b, mut args) = receiver(interp, args)?;
    let encoding = take_keyword(&mut args, "encoding");
    let errors = take_keyword(&mut args, "errors");
    crate::eval::bytes::at_most(interp, "decode", &args, 2)?;
    let mut positional = args.positional.into_iter();
    let encoding = match positional.next().or(encoding) {
        Some(e) => interp.text_arg(&e, "decode", "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match positional.next().or(errors) {
        Some(e) => interp.text_arg(&e, "decode", "errors")?,
        None => "strict".into(),
    };
    Ok(Value::str(&interp.decode(&b, &encoding, &errors)?))
}

/// The `[start[, end]]` window of a search, as byte offsets.
fn window(interp: &mut Interp, args: &Args, len: usize, first: usize) -> PyResult<(usize, usize)> {
    let bound = |interp: &mut Interp, v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(Value::Int(n)) => {
                let n = if *n < 0 { (*n + len as i64).max(0) } else { *n };
                Ok((n as usize).min(len))
            }
            Some(other) => Err(interp.type_error(format!(
                "slice indices must be integers or None or have an __index__ method, not {}",
                other.type_name()
            ))),
        }
    };
    let start = bound(interp, args.positional.get(first), 0)?;
    let end = bound(interp, args.positional.get(first + 1), len)?;
    Ok((start, end.max(start)))
}

fn affix(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (_, b, args) = receiver(interp, args)?;
    expect_args(interp, name, &args, 1, 3)?;
    let (start, end) = window(interp, &args, b.len(), 1)?;
    let hay = &b[start..end];
    let candidates = match &args.positional[0] {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    for c in &candidates {
        let Some(p) = data(c) else {
            return Err(
                interp.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", c.type_name()))
            );
        };
        let hit = if name == "startswith" { hay.starts_with(&p) } else { hay.ends_with(&p) };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `find`, `rfind`, `index`, `rindex` and `count`: the needle is bytes-like or one byte as an int.
fn search(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (_, b, args) = receiver(interp, args)?;
    expect_args(interp, name, &args, 1, 3)?;
    let needle: Rc<[u8]> = match &args.positional[0] {
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => Rc::from(vec![interp.byte_value(v)?]),
        v => data(v).ok_or_else(|| {
            interp.type_error(format!("argument should be integer or bytes-like object, not '{}'", v.type_name()))
        })?,
    };
    let (start, end) = window(interp, &args, b.len(), 1)?;
    let hay = &b[start..end];
    if name == "count" {
        let mut n = 0usize;
        let mut at = 0;
        if needle.is_empty() {
            return Ok(Value::Int(hay.len() as i64 + 1));
        }
        while let Some(k) = find(&hay[at..], &needle) {
            n += 1;
            at += k + needle.len();
        }
        return Ok(Value::Int(n as i64));
    }
    let found = if name.starts_with('r') {
        (0..=hay.len().saturating_sub(needle.len())).rev().find(|&k| hay[k..].starts_with(&needle))
    } else {
        find(hay, &needle)
    };
    let found = found.filter(|k| k + needle.len() <= hay.len());
    match (found, name.ends_with("index")) {
        (Some(k), _) => Ok(Value::Int((start + k) as i64)),
        (None, false) => Ok(Value::Int(-1)),
        (None, true) => Err(interp.value_error("subsection not found")),
    }
}

fn join(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (recv, sep, args) = receiver(interp, args)?;
    expect_args(interp, "join", &args, 1, 1)?;
    let items = interp.collect(&args.positional[0])?;
    let mut out = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let Some(d) = data(item) else {
            return Err(interp
                .type_error(format!("sequence item {k}: expected a bytes-like object, {} found", item.type_name())));
        };
        if k > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&d);
        interp.check_size(out.len())?;
    }
    interp.charge_bytes(out.len())?;
    Ok(same_kind(&recv, out))
}

fn replace(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (recv, b, args) = receiver(interp, args)?;
    expect_args(interp, "replace", &args, 2, 3)?;
    let old = bytes_arg(interp, args.positional.first())?;
    let new = bytes_arg(interp, args.positional.get(1))?;
    let count = match args.positional.get(2) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => usize::MAX,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut done = 0;
    let mut k = 0;
    if old.is_empty() {
        for (n, c) in b.iter().enumerate() {
            if n < count {
                out.extend_from_slice(&new);
            }
            out.push(*c);
            interp.check_size(out.len())?;
        }
        if b.len() < count {
            out.extend_from_slice(&new);
        }
        return Ok(same_kind(&recv, out));
    }
    while k < b.len() {
        if done < count && b[k..].starts_with(&old) {
            out.extend_from_slice(&new);
            interp.check_size(out.len())?;
            k += old.len();
            done += 1;
        } else {
            out.push(b[k]);
            k += 1;
        }
    }
    interp.charge_bytes(out.len())?;
    Ok(same_kind(&recv, out))
}

fn strip(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (recv, b, args) = receiver(interp, args)?;
    expect_args(interp, name, &args, 0, 1)?;
    let chars: Vec<u8> = match args.positional.first() {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => bytes_arg(interp, Some(v))?.to_vec(),
    };
    let mut s = &b[..];
    if name != "rstrip" {
        s = &s[s.iter().take_while(|c| chars.contains(c)).count()..];
    }
    if name != "lstrip" {
        s = &s[..s.len() - s.iter().rev().take_while(|c| chars.contains(c)).count()];
    }
    Ok(same_kind(&recv, s.to_vec()))
}

fn width_arg(interp: &Interp, args: &Args, name: &str) -> PyResult<usize> {
    match args.positional.first() {
        Some(Value::Int(n)) => Ok((*n).max(0) as usize),
        Some(other) => {
            Err(interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())))
        }
        None => Err(interp.type_error(format!("{name}() takes at least 1 argument (0 given)"))),
    }
}

fn pad(interp: &mut Interp, args: Args, name: &str) -> PyResult<Value> {
    let (recv, b, args) = receiver(interp, args)?;
    let width = width_arg(interp, &args, name)?;
    let fill = match args.positional.get(1) {
        None => b' ',
        Some(v) => match data(v) {
            Some(d) if d.len() == 1 => d[0],
            _ => {
                return Err(interp.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    v.type_name()
                )));
            }
        },
    };
    interp.check_size(width)?;
    let total = width.saturating_sub(b.len());
    let left = match name {
        "ljust" => 0,
        "rjust" => total,
        // CPython's centring puts the odd byte on the left when the width is odd.
        _ => total / 2 + (total & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.extend(std::iter::repeat_n(fill, total - left));
    Ok(same_kind(&recv, out))
}
