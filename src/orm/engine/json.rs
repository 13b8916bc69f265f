//! The `JSON` column type's processors on SQLite: the bind processor is `json.dumps(value)` with the
//! standard library's defaults (`ensure_ascii=True`, separators `", "` and `": "`), the result processor
//! `json.loads(text)` (`sqlalchemy/sql/sqltypes.py` `JSON.bind_processor` / `result_processor`, the
//! dialect's `_json_serializer` being `None`). Both work on evaluator values directly, so a dict stored in
//! a `JSON` column is logged and stored as CPython's text and comes back as a fresh dict of the same
//! shape (a mutation in place is not seen by the ORM unless the value is wrapped as SQLAlchemy's
//! `MutableDict` does).

use crate::eval::dict::{Dict, Key};
use crate::eval::value::Value;
use crate::sql::json_text::{float_text, write_str};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::fmt::Write;
use std::rc::Rc;

/// Nesting deeper than this is refused (CPython raises RecursionError near the same depth).
const MAX_DEPTH: usize = 200;

/// `json.dumps(value)`, or `None` for a value json cannot serialise (CPython raises TypeError).
pub fn dumps(value: &Value) -> Option<String> {
    // `JSON.NULL`: the JSON `null`, whatever `none_as_null` says.
    if crate::orm::core::types_obj::is_json_null(value) {
        return Some("null".into());
    }
    let mut out = String::new();
    write_value(&mut out, value, 0)?;
    Some(out)
}

fn write_value(out: &mut String, value: &Value, depth: usize) -> Option<()> {
    if depth > MAX_DEPTH {
        return None;
    }
    match value {
        Value::None => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Value::BigInt(n) => {
            let _ = write!(out, "{n}");
        }
        Value::Float(f) => out.push_str(&float_text(*f)),
        Value::Str(s) => write_str(out, s),
        Value::List(items) => {
            let items = items.borrow().clone();
            write_array(out, &items, depth)?;
        }
        Value::Tuple(items) => write_array(out, &items.iter().cloned().collect::<Vec<_>>(), depth)?,
        Value::Dict(d) => {
            let items = d.borrow().items();
            out.push('{');
            for (i, (k, v)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Value::Str(s) => write_str(out, s),
                    Value::Float(f) => write_str(out, &float_text(*f)),
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::None => {
                        let mut key = String::new();
                        write_value(&mut key, k, depth + 1)?;
                        write_str(out, &key);
                    }
                    _ => return None,
                }
                out.push_str(": ");
                write_value(out, v, depth + 1)?;
            }
            out.push('}');
        }
        // A subclass of dict, list, str, int or float serialises as its built-in value.
        other => write_value(out, &crate::eval::subclass::payload(other)?, depth + 1)?,
    }
    Some(())
}

fn write_array(out: &mut String, items: &[Value], depth: usize) -> Option<()> {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_value(out, item, depth + 1)?;
    }
    out.push(']');
    Some(())
}

/// `json.loads(text)`, or `None` when the text is not JSON (the stored text is then returned as it is).
pub fn loads(text: &str) -> Option<Value> {
    let mut p = Parser { s: text.as_bytes(), text, i: 0 };
    let v = p.value(0)?;
    p.ws();
    (p.i == p.s.len()).then_some(v)
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        let found = self.text.get(self.i..).is_some_and(|rest| rest.starts_with(word));
        if found {
            self.i += word.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.ws();
        match *self.s.get(self.i)? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => self.string().map(|s| Value::str(&s)),
            b't' if self.eat("true") => Some(Value::Bool(true)),
            b'f' if self.eat("false") => Some(Value::Bool(false)),
            b'n' if self.eat("null") => Some(Value::None),
            b'N' if self.eat("NaN") => Some(Value::Float(f64::NAN)),
            b'I' if self.eat("Infinity") => Some(Value::Float(f64::INFINITY)),
            b'-' if self.eat("-Infinity") => Some(Value::Float(f64::NEG_INFINITY)),
            _ => self.number(),
        }
    }

    fn object(&mut self, depth: usize) -> Option<Value> {
        self.i += 1;
        let mut dict = Dict::new();
        self.ws();
        if self.eat("}") {
            return Some(Value::Dict(Rc::new(RefCell::new(dict))));
        }
        loop {
            self.ws();
            if self.s.get(self.i) != Some(&b'"') {
                return None;
            }
            let key: Rc<str> = Rc::from(self.string()?);
            self.ws();
            if !self.eat(":") {
                return None;
            }
            let value = self.value(depth + 1)?;
            dict.insert(Key::Str(key.clone()), Value::Str(key), value);
            self.ws();
            if self.eat("}") {
                return Some(Value::Dict(Rc::new(RefCell::new(dict))));
            }
            if !self.eat(",") {
                return None;
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<Value> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.eat("]") {
            return Some(Value::list(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.ws();
            if self.eat("]") {
                return Some(Value::list(items));
            }
            if !self.eat(",") {
                return None;
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.i..)?;
            let c = rest.chars().next()?;
            self.i += c.len_utf8();
            match c {
                '"' => return Some(out),
                '\\' => {
                    let e = *self.s.get(self.i)?;
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => return None,
                    }
                }
                c if (c as u32) < 0x20 => return None,
                c => out.push(c),
            }
        }
    }

    /// The code point of `\uXXXX` (the `\u` already read), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.text.get(self.i..)?.starts_with("\\u") {
            let save = self.i;
            self.i += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                return char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00));
            }
            self.i = save;
        }
        // A lone surrogate: Python keeps it; Rust strings cannot, so it becomes U+FFFD.
        Some(char::from_u32(first).unwrap_or('\u{fffd}'))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.i..self.i + 4)?;
        self.i += 4;
        u32::from_str_radix(digits, 16).ok()
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        let mut float = false;
        if self.s.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        while let Some(&c) = self.s.get(self.i) {
            match c {
                b'0'..=b'9' => {}
                b'.' | b'e' | b'E' | b'+' | b'-' => float = true,
                _ => break,
            }
            self.i += 1;
        }
        let text = self.text.get(start..self.i)?;
        if text.is_empty() || text == "-" {
            return None;
        }
        if float {
            return text.parse::<f64>().ok().map(Value::Float);
        }
        match text.parse::<i64>() {
            Ok(n) => Some(Value::Int(n)),
            Err(_) => text.parse::<BigInt>().ok().map(Value::from_bigint),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dumps_follows_pythons_defaults() {
        let v = loads(r#"{"a": 1, "b": [1, 2.5, "x"], "c": null, "u": "\u00e9", "t": true}"#).expect("json");
        assert_eq!(dumps(&v).as_deref(), Some(r#"{"a": 1, "b": [1, 2.5, "x"], "c": null, "u": "\u00e9", "t": true}"#));
        assert_eq!(dumps(&Value::str("\u{1F600}\n\"")).as_deref(), Some(r#""\ud83d\ude00\n\"""#));
        assert_eq!(dumps(&Value::Float(1e16)).as_deref(), Some("1e+16"));
        assert_eq!(dumps(&Value::Float(f64::NAN)).as_deref(), Some("NaN"));
    }

    #[test]
    fn loads_refuses_what_is_not_json() {
        assert!(loads("{\"a\": }").is_none());
        assert!(loads("[1, 2] x").is_none());
        assert_eq!(loads("\"\\ud83d\\ude00\"").and_then(|v| dumps(&v)).as_deref(), Some(r#""\ud83d\ude00""#));
        assert!(matches!(loads("12345678901234567890123"), Some(Value::BigInt(_))));
        assert!(matches!(loads(" 3 "), Some(Value::Int(3))));
        assert!(matches!(loads("3.0"), Some(Value::Float(_))));
    }
}
