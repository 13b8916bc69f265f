//! Methods of `str`.

mod case;
mod split;

use super::{Method, split};
use crate::eval::call::{expect_args, expect_method_args, take_keyword};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use case::{cased, is_fraction_or_numeral, is_super_sub, istitle, test, title, titlecase};
use split::{partition, split_lines, split_method};
use std::rc::Rc;

pub fn method(name: &str) -> Option<Method> {
    Some(match name {
        "upper" => |i, a| map_str(i, a, "upper", |s| s.to_uppercase()),
        "lower" => |i, a| map_str(i, a, "lower", |s| s.to_lowercase()),
        // Full case folding differs from lowercasing mainly by `ß` → `ss` (and its capital `ẞ`).
        "casefold" => |i, a| map_str(i, a, "casefold", case::casefold),
        "swapcase" => |i, a| {
            map_str(i, a, "swapcase", |s| {
                s.chars()
                    .flat_map(|c| {
                        if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() }
                    })
                    .collect()
            })
        },
        "title" => |i, a| map_str(i, a, "title", title),
        "capitalize" => |i, a| {
            map_str(i, a, "capitalize", |s| {
                let mut chars = s.chars();
                match chars.next() {
                    Some(first) => titlecase(first).chain(chars.flat_map(char::to_lowercase)).collect(),
                    None => String::new(),
                }
            })
        },
        "strip" => |i, a| strip(i, a, true, true),
        "lstrip" => |i, a| strip(i, a, true, false),
        "rstrip" => |i, a| strip(i, a, false, true),
        "split" => |i, a| split_method(i, a, false),
        "rsplit" => |i, a| split_method(i, a, true),
        "splitlines" => |i, a| {
            let (s, mut args) = receiver(i, a)?;
            let keep = match crate::eval::call::take_keyword(&mut args, "keepends").or(args.positional.first().cloned())
            {
                Some(v) => i.truthy(&v)?,
                None => false,
            };
            let lines: Vec<Value> = split_lines(&s, keep).into_iter().map(Value::str).collect();
            i.charge_items(lines.len())?;
            Ok(Value::list(lines))
        },
        "join" => join,
        "replace" => replace,
        "startswith" => |i, a| affix(i, a, true),
        "endswith" => |i, a| affix(i, a, false),
        "find" => |i, a| find(i, a, false, false),
        "rfind" => |i, a| find(i, a, true, false),
        "index" => |i, a| find(i, a, false, true),
        "rindex" => |i, a| find(i, a, true, true),
        "count" => |i, a| {
            let (s, args) = receiver(i, a)?;
            old_style_args(i, "count", &args, 1, 3)?;
            let sub = str_arg(i, &args, 0, "count")?;
            let (window, _) = window(&s, &args);
            let n = if sub.is_empty() { window.chars().count() + 1 } else { window.matches(&*sub).count() };
            // Each match costs about as much as eight steps (measured natively).
            i.charge(n)?;
            Ok(Value::Int(n as i64))
        },
        "format" => |i, a| {
            let (s, args) = receiver(i, a)?;
            Ok(Value::str(&i.str_format(&s, args)?))
        },
        "format_map" => |i, a| {
            let (s, args) = receiver(i, a)?;
            let [mapping] = args.positional.as_slice() else {
                return Err(i.type_error(format!(
                    "str.format_map() takes exactly one argument ({} given)",
                    args.positional.len()
                )));
            };
            Ok(Value::str(&i.str_format_map(&s, mapping)?))
        },
        "isnumeric" => |i, a| test(i, a, char::is_numeric),
        "isdigit" => |i, a| test(i, a, |c| c.is_numeric() && !is_fraction_or_numeral(c)),
        "isdecimal" => |i, a| test(i, a, |c| c.is_numeric() && !is_fraction_or_numeral(c) && !is_super_sub(c)),
        "isalpha" => |i, a| test(i, a, char::is_alphabetic),
        "isalnum" => |i, a| test(i, a, char::is_alphanumeric),
        "isspace" => |i, a| test(i, a, char::is_whitespace),
        "isascii" => |i, a| {
            let (s, _) = receiver(i, a)?;
            Ok(Value::Bool(s.is_ascii()))
        },
        "isprintable" => |i, a| {
            let (s, _) = receiver(i, a)?;
            Ok(Value::Bool(s.chars().all(|c| c == ' ' || !(c.is_control() || c.is_whitespace()))))
        },
        "istitle" => istitle,
        "expandtabs" => |i, a| {
            let (s, args) = receiver(i, a)?;
            old_style_args(i, "expandtabs", &args, 0, 1)?;
            let size = match args.positional.first() {
                Some(Value::Int(n)) => (*n).max(0) as usize,
                _ => 8,
            };
            let mut out = String::new();
            let mut column = 0;
            for c in s.chars() {
                match c {
                    '\t' if size > 0 => {
                        let pad = size - column % size;
                        i.check_size(out.len() + pad)?;
                        out.extend(std::iter::repeat_n(' ', pad));
                        column += pad;
                    }
                    '\t' => {}
                    '\n' | '\r' => {
                        out.push(c);
                        column = 0;
                    }
                    _ => {
                        out.push(c);
                        column += 1;
                    }
                }
            }
            i.charge_bytes(out.len())?;
            Ok(Value::str(&out))
        },
        "isupper" => |i, a| cased(i, a, true),
        "islower" => |i, a| cased(i, a, false),
        "isidentifier" => |i, a| {
            let (s, _) = receiver(i, a)?;
            let mut chars = s.chars();
            let ok = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
                && chars.all(|c| c == '_' || c.is_alphanumeric());
            Ok(Value::Bool(ok))
        },
        "zfill" => zfill,
        "center" => |i, a| pad(i, a, "center"),
        "ljust" => |i, a| pad(i, a, "ljust"),
        "rjust" => |i, a| pad(i, a, "rjust"),
        "partition" => |i, a| partition(i, a, false),
        "rpartition" => |i, a| partition(i, a, true),
        "removeprefix" => |i, a| {
            let (s, args) = receiver(i, a)?;
            expect_method_args(i, "str", "removeprefix", &args, 1, 1)?;
            let p = str_arg(i, &args, 0, "removeprefix")?;
            Ok(Value::str(s.strip_prefix(&*p).unwrap_or(&s)))
        },
        "removesuffix" => |i, a| {
            let (s, args) = receiver(i, a)?;
            expect_method_args(i, "str", "removesuffix", &args, 1, 1)?;
            let p = str_arg(i, &args, 0, "removesuffix")?;
            Ok(Value::str(s.strip_suffix(&*p).unwrap_or(&s)))
        },
        "encode" => |i, a| {
            let (s, mut args) = receiver(i, a)?;
            let encoding = take_keyword(&mut args, "encoding");
            let errors = take_keyword(&mut args, "errors");
            crate::eval::bytes::at_most(i, "encode", &args, 2)?;
            let mut positional = args.positional.into_iter();
            let encoding = match positional.next().or(encoding) {
                Some(e) => i.text_arg(&e, "encode", "encoding")?,
                None => "utf-8".into(),
            };
            let errors = match positional.next().or(errors) {
                Some(e) => i.text_arg(&e, "encode", "errors")?,
                None => "strict".into(),
            };
            Ok(Value::bytes(i.encode(&s, &encoding, &errors)?))
        },
        _ => return None,
    })
}

/// The string a method was called on. Every `str` method reads its receiver (scans, copies, or
/// collects its characters), so the call is charged for its length here, once for all of them.
fn receiver(interp: &mut Interp, args: Args) -> PyResult<(Rc<str>, Args)> {
    match split(args) {
        (Value::Str(s), rest) => {
            interp.charge_bytes(s.len())?;
            Ok((s, rest))
        }
        (other, _) => {
            Err(interp.type_error(format!("descriptor requires a 'str' object but received '{}'", other.type_name())))
        }
    }
}

fn str_arg(interp: &Interp, args: &Args, index: usize, method: &str) -> PyResult<Rc<str>> {
    match args.positional.get(index).map(crate::eval::subclass::plain) {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(interp.type_error(format!("must be str, not {}", other.type_name()))),
        None => Err(interp.type_error(format!("{method}() takes at least 1 argument (0 given)"))),
    }
}

/// The argument count of the `str` methods CPython still parses the old way (`find`, `count`,
/// `startswith`): `find() takes at least 1 argument (0 given)`.
fn old_style_args(interp: &Interp, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.positional.len();
    let (bound, limit) = match n {
        n if n < min => ("least", min),
        n if n > max => ("most", max),
        _ => return Ok(()),
    };
    let s = if limit == 1 { "" } else { "s" };
    Err(interp.type_error(format!("{name}() takes at {bound} {limit} argument{s} ({n} given)")))
}

fn map_str(interp: &mut Interp, args: Args, name: &str, f: impl Fn(&str) -> String) -> PyResult<Value> {
    let (s, args) = receiver(interp, args)?;
    expect_method_args(interp, "str", name, &args, 0, 0)?;
    Ok(Value::str(&f(&s)))
}

fn strip(interp: &mut Interp, args: Args, left: bool, right: bool) -> PyResult<Value> {
    let (s, args) = receiver(interp, args)?;
    let chars: Option<Vec<char>> = match args.positional.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.chars().collect()),
        Some(other) => {
            return Err(interp.type_error(format!("strip arg must be None or str, not {}", other.type_name())));
        }
    };
    let matches = |c: char| match &chars {
        None => c.is_whitespace(),
        Some(set) => set.contains(&c),
    };
    let mut out: &str = &s;
    if left {
        out = out.trim_start_matches(matches);
    }
    if right {
        out = out.trim_end_matches(matches);
    }
    Ok(Value::str(out))
}

fn join(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (sep, args) = receiver(interp, args)?;
    expect_method_args(interp, "str", "join", &args, 1, 1)?;
    let items = interp.collect(&args.positional[0]).map_err(|e| match &args.positional[0] {
        Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_) => {
            interp.type_error("can only join an iterable")
        }
        _ => e,
    })?;
    interp.charge_items(items.len())?;
    let total = items.iter().map(|v| if let Value::Str(s) = v { s.len() + sep.len() } else { 0 }).sum::<usize>();
    interp.check_size(total)?;
    let mut parts = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        match &crate::eval::subclass::plain(item) {
            Value::Str(s) => parts.push(s.to_string()),
            other => {
                return Err(interp
                    .type_error(format!("sequence item {index}: expected str instance, {} found", other.type_name())));
            }
        }
    }
    let out = parts.join(&sep);
    interp.check_size(out.len())?;
    interp.charge(out.len() / 64)?;
    Ok(Value::str(&out))
}

fn replace(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, args) = receiver(interp, args)?;
    expect_args(interp, "replace", &args, 2, 3)?;
    let old = str_arg(interp, &args, 0, "replace")?;
    let new = str_arg(interp, &args, 1, "replace")?;
    // The result's size before building it: every match of `old` (or every gap, for an empty `old`)
    // grows by the difference in lengths.
    let matches = if old.is_empty() { s.chars().count() + 1 } else { s.matches(&*old).count() };
    let matches = match args.positional.get(2) {
        Some(Value::Int(n)) if *n >= 0 => matches.min(usize::try_from(*n).unwrap_or(usize::MAX)),
        _ => matches,
    };
    interp.check_size(s.len().saturating_add(matches.saturating_mul(new.len())))?;
    let out = match args.positional.get(2) {
        Some(Value::Int(n)) if *n >= 0 => s.replacen(&*old, &new, *n as usize),
        _ => s.replace(&*old, &new),
    };
    interp.check_size(out.len())?;
    interp.charge(out.len() / 64)?;
    Ok(Value::str(&out))
}

fn affix(interp: &mut Interp, args: Args, prefix: bool) -> PyResult<Value> {
    let (s, args) = receiver(interp, args)?;
    let name = if prefix { "startswith" } else { "endswith" };
    old_style_args(interp, name, &args, 1, 3)?;
    let chars: Vec<char> = s.chars().collect();
    let start = match args.positional.get(1) {
        Some(Value::Int(n)) => resolve(*n, chars.len()),
        _ => 0,
    };
    let end = match args.positional.get(2) {
        Some(Value::Int(n)) => resolve(*n, chars.len()),
        _ => chars.len(),
    };
    let window: String = chars.get(start..end.max(start)).map(|c| c.iter().collect()).unwrap_or_default();
    let candidates = match &args.positional[0] {
        Value::Str(p) => vec![p.clone()],
        Value::Tuple(items) => {
            let mut v = Vec::new();
            for item in items.iter() {
                match item {
                    Value::Str(p) => v.push(p.clone()),
                    other => {
                        return Err(interp
                            .type_error(format!("tuple for {name} must only contain str, not {}", other.type_name())));
                    }
                }
            }
            v
        }
        other => {
            return Err(
                interp.type_error(format!("{name} first arg must be str or a tuple of str, not {}", other.type_name()))
            );
        }
    };
    let hit = candidates.iter().any(|p| if prefix { window.starts_with(&**p) } else { window.ends_with(&**p) });
    Ok(Value::Bool(hit))
}

fn resolve(n: i64, len: usize) -> usize {
    if n < 0 { (len as i64).saturating_add(n).max(0) as usize } else { (n as usize).min(len) }
}

fn find(interp: &mut Interp, args: Args, from_right: bool, raise: bool) -> PyResult<Value> {
    let (s, args) = receiver(interp, args)?;
    let name = match (from_right, raise) {
        (false, false) => "find",
        (true, false) => "rfind",
        (false, true) => "index",
        (true, true) => "rindex",
    };
    old_style_args(interp, name, &args, 1, 3)?;
    let sub = str_arg(interp, &args, 0, name)?;
    let (window, offset) = window(&s, &args);
    let byte = if from_right { window.rfind(&*sub) } else { window.find(&*sub) };
    match byte.and_then(|b| window.get(..b)) {
        Some(before) => Ok(Value::Int((offset + before.chars().count()) as i64)),
        None if raise => Err(interp.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

/// The part of `s` between the optional `start` and `end` arguments (positions 1 and 2, character
/// indices, negative from the end, as `str.find`/`str.count` take them), and its character offset.
fn window<'a>(s: &'a str, args: &Args) -> (&'a str, usize) {
    let len = s.chars().count();
    let position = |index: usize, default: usize| match args.positional.get(index) {
        Some(Value::Int(n)) => resolve(*n, len),
        Some(Value::Bool(b)) => resolve(i64::from(*b), len),
        _ => default,
    };
    let (start, end) = (position(1, 0), position(2, len));
    if start > end {
        return ("", start);
    }
    let byte = |c: usize| s.char_indices().nth(c).map_or(s.len(), |(b, _)| b);
    (s.get(byte(start)..byte(end)).unwrap_or(""), start)
}

fn zfill(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, args) = receiver(interp, args)?;
    expect_method_args(interp, "str", "zfill", &args, 1, 1)?;
    let Some(Value::Int(width)) = args.positional.first() else {
        let shown = args.positional.first().map_or_else(String::new, Value::type_name);
        return Err(interp.type_error(format!("'{shown}' object cannot be interpreted as an integer")));
    };
    let len = s.chars().count();
    let width = usize::try_from(*width).unwrap_or(0);
    if len >= width {
        return Ok(Value::Str(s));
    }
    interp.check_size(width)?;
    interp.charge_bytes(width)?;
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), &s[..]),
    };
    Ok(Value::str(&format!("{sign}{}{digits}", "0".repeat(width - len))))
}

fn pad(interp: &mut Interp, args: Args, how: &str) -> PyResult<Value> {
    let (s, args) = receiver(interp, args)?;
    expect_args(interp, how, &args, 1, 2)?;
    let Value::Int(width) = args.positional[0] else {
        return Err(interp.type_error("integer argument expected"));
    };
    let fill = match args.positional.get(1) {
        Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(_) => return Err(interp.type_error("The fill character must be exactly one character long")),
        None => ' ',
    };
    let len = s.chars().count();
    let width = width.max(0) as usize;
    interp.check_size(width)?;
    if len >= width {
        return Ok(Value::Str(s));
    }
    interp.charge_bytes(width)?;
    let total = width - len;
    let (left, right) = match how {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        // CPython's center puts the extra character on the left when the padding and the width are odd.
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    Ok(Value::str(&format!("{}{s}{}", f.repeat(left), f.repeat(right))))
}
