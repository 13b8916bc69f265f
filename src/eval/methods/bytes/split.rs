//! Splitting `bytes`/`bytearray`: `split`/`rsplit` (on a separator or on ASCII whitespace, with
//! CPython's `maxsplit` from either end), `splitlines` and `partition`/`rpartition`. Each part has
//! the receiver's kind.

use super::{bytes_arg, receiver};
use crate::eval::bytes::{find, same_kind};
use crate::eval::call::take_keyword;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};

pub(super) fn split_method(interp: &mut Interp, args: Args, from_right: bool) -> PyResult<Value> {
    let (recv, b, mut args) = receiver(interp, args)?;
    let sep = take_keyword(&mut args, "sep").or(args.positional.first().cloned());
    let max = match take_keyword(&mut args, "maxsplit").or(args.positional.get(1).cloned()) {
        Some(Value::Int(n)) if n >= 0 => n as usize,
        _ => usize::MAX,
    };
    let parts: Vec<Vec<u8>> = match sep {
        None | Some(Value::None) => whitespace_split(&b, max, from_right),
        Some(sep) => {
            let sep = bytes_arg(interp, Some(&sep))?;
            if sep.is_empty() {
                return Err(interp.value_error("empty separator"));
            }
            sep_split(&b, &sep, max, from_right)
        }
    };
    interp.charge_items(parts.len())?;
    Ok(Value::list(parts.into_iter().map(|p| same_kind(&recv, p)).collect()))
}

fn sep_split(b: &[u8], sep: &[u8], max: usize, from_right: bool) -> Vec<Vec<u8>> {
    let mut cuts = Vec::new();
    let mut k = 0;
    while k + sep.len() <= b.len() {
        if b[k..].starts_with(sep) {
            cuts.push(k);
            k += sep.len();
        } else {
            k += 1;
        }
    }
    if cuts.len() > max {
        cuts = if from_right { cuts.split_off(cuts.len() - max) } else { cuts[..max].to_vec() };
    }
    let mut parts = Vec::new();
    let mut last = 0;
    for cut in cuts {
        parts.push(b[last..cut].to_vec());
        last = cut + sep.len();
    }
    parts.push(b[last..].to_vec());
    parts
}

fn whitespace_split(b: &[u8], max: usize, from_right: bool) -> Vec<Vec<u8>> {
    let space = |c: &u8| c.is_ascii_whitespace() || *c == 0x0b;
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < b.len() {
        if space(&b[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k < b.len() && !space(&b[k]) {
            k += 1;
        }
        words.push((start, k));
    }
    if words.len() <= max {
        return words.iter().map(|(s, e)| b[*s..*e].to_vec()).collect();
    }
    if from_right {
        let kept = words.split_off(words.len() - max);
        let head_end = words.last().map_or(0, |w| w.1);
        // The unsplit head keeps its leading whitespace (and the tail its trailing whitespace).
        let mut parts = vec![b[..head_end].to_vec()];
        parts.extend(kept.iter().map(|(s, e)| b[*s..*e].to_vec()));
        parts
    } else {
        let mut parts: Vec<Vec<u8>> = words[..max].iter().map(|(s, e)| b[*s..*e].to_vec()).collect();
        parts.push(b[words[max].0..].to_vec());
        parts
    }
}

pub(super) fn splitlines(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (recv, b, mut args) = receiver(interp, args)?;
    let keep = match take_keyword(&mut args, "keepends").or(args.positional.first().cloned()) {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let mut lines = Vec::new();
    let mut start = 0;
    let mut k = 0;
    while k < b.len() {
        let eol = match (b[k], b.get(k + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => 0,
        };
        if eol == 0 {
            k += 1;
            continue;
        }
        let end = if keep { k + eol } else { k };
        lines.push(same_kind(&recv, b[start..end].to_vec()));
        k += eol;
        start = k;
    }
    if start < b.len() {
        lines.push(same_kind(&recv, b[start..].to_vec()));
    }
    interp.charge_items(lines.len())?;
    Ok(Value::list(lines))
}

pub(super) fn partition(interp: &mut Interp, args: Args, from_right: bool) -> PyResult<Value> {
    let (recv, b, args) = receiver(interp, args)?;
    let sep = bytes_arg(interp, args.positional.first())?;
    if sep.is_empty() {
        return Err(interp.value_error("empty separator"));
    }
    let at = if from_right {
        (0..=b.len().saturating_sub(sep.len())).rev().find(|&k| b[k..].starts_with(&sep))
    } else {
        find(&b, &sep)
    };
    let part = |d: &[u8]| same_kind(&recv, d.to_vec());
    Ok(Value::tuple(match at {
        Some(k) => vec![part(&b[..k]), part(&sep), part(&b[k + sep.len()..])],
        None if from_right => vec![part(b""), part(b""), part(&b)],
        None => vec![part(&b), part(b""), part(b"")],
    }))
}
