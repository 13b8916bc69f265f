//! JSON text as Python's `json.dumps` writes it with its defaults (`ensure_ascii=True`, separators
//! `", "` and `": "`): the pieces both the ORM's JSON bind processor (on Python values) and the SQL
//! layer (on bound [`SqlValue`]s of a `JSON` parameter) use, so both spell strings and floats alike.

use super::value::SqlValue;
use std::fmt::Write;

/// `json.dumps` of a bound value, `None` when json cannot serialise it (CPython raises TypeError).
pub fn dumps(value: &SqlValue) -> Option<String> {
    let mut out = String::new();
    write_value(&mut out, value)?;
    Some(out)
}

fn write_value(out: &mut String, value: &SqlValue) -> Option<()> {
    match value {
        SqlValue::None => out.push_str("null"),
        SqlValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        SqlValue::Int(n) => {
            let _ = write!(out, "{n}");
        }
        SqlValue::BigInt(s) => out.push_str(s),
        SqlValue::Float(f) => out.push_str(&float_text(*f)),
        SqlValue::Str(s) => write_str(out, s),
        SqlValue::Json(text) | SqlValue::Opaque { json: Some(text), .. } => out.push_str(text),
        SqlValue::List(items) | SqlValue::Tuple(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_value(out, item)?;
            }
            out.push(']');
        }
        _ => return None,
    }
    Some(())
}

/// `float.__repr__`, with json's spellings of the non-finite values.
pub fn float_text(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f.is_infinite() {
        if f > 0.0 { "Infinity".into() } else { "-Infinity".into() }
    } else {
        super::value::py_float_repr(f)
    }
}

/// A JSON string with `ensure_ascii`: everything outside printable ASCII as `\uXXXX` (lowercase hex,
/// surrogate pairs above the BMP).
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
}
