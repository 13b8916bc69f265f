//! Splitting a `str`: `split`/`rsplit` (on a separator, or on whitespace runs with `maxsplit` counted
//! from either end, as CPython does), `splitlines` (every line boundary CPython knows, not only `\n`)
//! and `partition`/`rpartition`.

use super::{old_style_args, receiver, str_arg};
use crate::eval::call::{expect_method_args, take_keyword};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};

pub(super) fn split_method(interp: &mut Interp, mut args: Args, from_right: bool) -> PyResult<Value> {
    let sep_kw = take_keyword(&mut args, "sep");
    let max_kw = take_keyword(&mut args, "maxsplit");
    let (s, args) = receiver(interp, args)?;
    old_style_args(interp, if from_right { "rsplit" } else { "split" }, &args, 0, 2)?;
    let sep = sep_kw.or_else(|| args.positional.first().cloned());
    let maxsplit = match max_kw.or_else(|| args.positional.get(1).cloned()) {
        Some(Value::Int(n)) if n >= 0 => Some(usize::try_from(n).unwrap_or(usize::MAX)),
        _ => None,
    };
    let parts: Vec<String> = match sep {
        None | Some(Value::None) => split_whitespace(&s, maxsplit, from_right),
        Some(Value::Str(sep)) if sep.is_empty() => return Err(interp.value_error("empty separator")),
        Some(Value::Str(sep)) => match (maxsplit, from_right) {
            (None, _) => s.split(&*sep).map(String::from).collect(),
            (Some(n), false) => s.splitn(n.saturating_add(1), &*sep).map(String::from).collect(),
            (Some(n), true) => {
                let mut v: Vec<String> = s.rsplitn(n.saturating_add(1), &*sep).map(String::from).collect();
                v.reverse();
                v
            }
        },
        Some(other) => return Err(interp.type_error(format!("must be str or None, not {}", other.type_name()))),
    };
    interp.charge_items(parts.len())?;
    Ok(Value::list(parts.iter().map(|p| Value::str(p)).collect()))
}

fn split_whitespace(s: &str, maxsplit: Option<usize>, from_right: bool) -> Vec<String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let Some(max) = maxsplit.filter(|m| *m < words.len()) else {
        return words.into_iter().map(String::from).collect();
    };
    if max == 0 {
        let t = if from_right { s.trim_end() } else { s.trim_start() };
        return if t.is_empty() { Vec::new() } else { vec![t.to_string()] };
    }
    if from_right {
        let mut rest = s.trim_end();
        let mut out = Vec::new();
        for _ in 0..max {
            if rest.is_empty() {
                break;
            }
            let cut = rest.rfind(char::is_whitespace).map_or(0, |i| i);
            let word = rest[cut..].trim_start();
            out.push(word.to_string());
            rest = rest[..cut].trim_end();
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
        out.reverse();
        out
    } else {
        let mut rest = s.trim_start();
        let mut out = Vec::new();
        for _ in 0..max {
            if rest.is_empty() {
                break;
            }
            let cut = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push(rest[..cut].to_string());
            rest = rest[cut..].trim_start();
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
        out
    }
}

pub(super) fn partition(interp: &mut Interp, args: Args, from_right: bool) -> PyResult<Value> {
    let (s, args) = receiver(interp, args)?;
    let name = if from_right { "rpartition" } else { "partition" };
    expect_method_args(interp, "str", name, &args, 1, 1)?;
    let sep = str_arg(interp, &args, 0, name)?;
    if sep.is_empty() {
        return Err(interp.value_error("empty separator"));
    }
    let found = if from_right { s.rfind(&*sep) } else { s.find(&*sep) };
    let parts = match found {
        Some(i) => [&s[..i], &sep[..], &s[i + sep.len()..]],
        None if from_right => ["", "", &s[..]],
        None => [&s[..], "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

/// `str.splitlines`: splits at every line boundary CPython recognises (`\r\n` counts once).
pub(super) fn split_lines(s: &str, keep: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break =
            matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n') {
            chars.next();
            end += 1;
        }
        out.push(if keep { &s[start..end] } else { &s[start..i] });
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}
