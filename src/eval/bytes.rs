//! `bytes` and `bytearray`: construction (`bytes(n)`, `bytes(iterable)`, `bytes(s, "utf-8")`), their
//! reprs, and the operators (`+`, `*`, `in`, comparisons, indexing and slicing give ints and same-kind
//! sequences), as CPython 3.11 has them. Both kinds compare equal by content (`b"a" == bytearray(b"a")`)
//! and an operation returns the kind of its left operand. The text codecs live in [`codec`]; the
//! methods in `methods/bytes.rs`.

pub mod codec;
mod escape;

use super::call::take_keyword;
use super::value::Value;
use super::{Args, Interp, PyResult};
use crate::ir::BinOp;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

impl Value {
    pub fn bytes(data: Vec<u8>) -> Value {
        Value::Bytes(Rc::from(data))
    }

    pub fn bytearray(data: Vec<u8>) -> Value {
        Value::ByteArray(Rc::new(RefCell::new(data)))
    }
}

/// The content of a bytes-like value (`bytes` or `bytearray`), copied out of a bytearray's cell.
pub fn data(v: &Value) -> Option<Rc<[u8]>> {
    match v {
        Value::Bytes(b) => Some(b.clone()),
        Value::ByteArray(b) => Some(Rc::from(b.borrow().as_slice())),
        _ => None,
    }
}

/// A new value of the same kind as `like` (`bytearray` stays `bytearray`).
pub fn same_kind(like: &Value, data: Vec<u8>) -> Value {
    match like {
        Value::ByteArray(_) => Value::bytearray(data),
        _ => Value::bytes(data),
    }
}

/// `repr()` of a bytes-like value.
pub fn repr(v: &Value) -> Option<String> {
    match v {
        Value::Bytes(b) => Some(crate::pyfmt::repr_bytes(b)),
        // CPython's bytearray repr escapes `'` even inside double quotes: `bytearray(b"it\'s")`.
        Value::ByteArray(b) => {
            let inner = crate::pyfmt::repr_bytes(&b.borrow());
            let inner = match inner.strip_prefix("b\"") {
                Some(body) => format!("b\"{}", body.replace('\'', "\\'")),
                None => inner,
            };
            Some(format!("bytearray({inner})"))
        }
        _ => None,
    }
}

/// Where `needle` first occurs in `haystack` (the empty needle at 0).
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The order of two bytes-like values (byte by byte, then by length).
pub fn ordering(a: &Value, b: &Value) -> Option<Ordering> {
    Some(data(a)?.cmp(&data(b)?))
}

impl Interp {
    /// `+` and `*` on bytes-like operands; `None` when neither applies.
    pub(super) fn bytes_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        match (op, data(a), data(b)) {
            (BinOp::Add, Some(x), Some(y)) => {
                self.check_size(x.len().saturating_add(y.len()))?;
                self.charge_bytes(x.len() + y.len())?;
                Ok(Some(same_kind(a, [&x[..], &y[..]].concat())))
            }
            (BinOp::Add, Some(_), None) if !matches!(b, Value::Instance(_)) => {
                Err(self.type_error(format!("can't concat {} to {}", b.type_name(), a.type_name())))
            }
            (BinOp::Mod, Some(x), _) => self.bytes_percent(a, &x, b).map(Some),
            (BinOp::Mul, Some(x), None) => self.repeat_bytes(a, &x, b),
            (BinOp::Mul, None, Some(y)) => self.repeat_bytes(b, &y, a),
            _ => Ok(None),
        }
    }

    /// `b"%d-%s" % (5, b"x")`: str's `%` formatting over the bytes read as Latin-1, where `%s` and
    /// `%b` insert a bytes argument's bytes and a str argument is refused.
    fn bytes_percent(&mut self, like: &Value, template: &[u8], args: &Value) -> PyResult<Value> {
        let mut text = String::new();
        let (mut spec, mut key) = (false, false);
        for &b in template {
            let c = char::from(b);
            if spec && (key || c == '(') {
                key = c != ')';
                text.push(c);
                continue;
            }
            if spec && (c.is_ascii_alphabetic() || c == '%') {
                spec = false;
                text.push(if c == 'b' { 's' } else { c });
                continue;
            }
            if c == '%' {
                spec = true;
            }
            text.push(c);
        }
        let convert = |me: &mut Self, v: &Value| -> PyResult<Value> {
            match v {
                Value::Str(_) => Err(
                    me.type_error("%b requires a bytes-like object, or an object that implements __bytes__, not 'str'")
                ),
                other => Ok(match data(other) {
                    Some(d) => Value::str(&d.iter().map(|&b| char::from(b)).collect::<String>()),
                    None => other.clone(),
                }),
            }
        };
        let args = match args {
            Value::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items.iter() {
                    out.push(convert(self, item)?);
                }
                Value::tuple(out)
            }
            Value::Dict(_) => args.clone(),
            other => convert(self, other)?,
        };
        let formatted = self.percent_format(&text, &args)?;
        let mut out = Vec::with_capacity(formatted.len());
        for c in formatted.chars() {
            match u8::try_from(u32::from(c)) {
                Ok(b) => out.push(b),
                Err(_) => return Err(self.value_error("%c arg not in range(256)")),
            }
        }
        Ok(same_kind(like, out))
    }

    fn repeat_bytes(&mut self, seq: &Value, data: &[u8], n: &Value) -> PyResult<Option<Value>> {
        let n = match n {
            Value::Int(n) => (*n).max(0) as usize,
            Value::Bool(b) => usize::from(*b),
            Value::Instance(_) => return Ok(None),
            other => {
                return Err(
                    self.type_error(format!("can't multiply sequence by non-int of type '{}'", other.type_name()))
                );
            }
        };
        let len = data.len().saturating_mul(n);
        self.check_size(len)?;
        self.charge_bytes(len)?;
        Ok(Some(same_kind(seq, data.repeat(n))))
    }

    /// `item in container` for a bytes-like container: an int is one byte, a bytes-like value a run.
    pub(super) fn bytes_contains(&mut self, haystack: &[u8], item: &Value) -> PyResult<bool> {
        self.charge_bytes(haystack.len())?;
        if let Some(needle) = data(item) {
            return Ok(find(haystack, &needle).is_some());
        }
        if !matches!(item, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
            return Err(self.type_error(format!("a bytes-like object is required, not '{}'", item.type_name())));
        }
        let byte = self.byte_value(item)?;
        Ok(haystack.contains(&byte))
    }

    /// An int in `range(0, 256)`, or CPython's errors for anything else.
    pub(crate) fn byte_value(&mut self, v: &Value) -> PyResult<u8> {
        match v {
            Value::Int(n) => u8::try_from(*n).map_err(|_| self.value_error("byte must be in range(0, 256)")),
            Value::Bool(b) => Ok(u8::from(*b)),
            Value::BigInt(_) => Err(self.value_error("byte must be in range(0, 256)")),
            other => {
                Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())))
            }
        }
    }

    /// `b[i]` (an int) and `b[a:b:c]` (the same kind).
    pub(super) fn bytes_item(&mut self, obj: &Value, index: &Value) -> PyResult<Option<Value>> {
        let Some(bytes) = data(obj) else { return Ok(None) };
        let kind = if matches!(obj, Value::ByteArray(_)) { "bytearray" } else { "byte" };
        if let Value::Slice(parts) = index {
            let indices = self.slice_indices(parts, bytes.len())?;
            self.charge_bytes(indices.len())?;
            return Ok(Some(same_kind(obj, indices.iter().map(|&i| bytes[i]).collect())));
        }
        let i = match super::subclass::plain(index) {
            Value::Int(i) => i,
            Value::Bool(b) => i64::from(b),
            other => {
                return Err(
                    self.type_error(format!("{kind} indices must be integers or slices, not {}", other.type_name()))
                );
            }
        };
        let len = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
        let resolved = if i < 0 { i.saturating_add(len) } else { i };
        let what = if kind == "byte" { "index out of range" } else { "bytearray index out of range" };
        match usize::try_from(resolved).ok().and_then(|r| bytes.get(r)) {
            Some(b) => Ok(Some(Value::Int(i64::from(*b)))),
            None => Err(self.index_error(what)),
        }
    }

    /// `ba[i] = n` on a bytearray.
    pub(super) fn bytearray_set_item(&mut self, cell: &RefCell<Vec<u8>>, index: &Value, value: &Value) -> PyResult<()> {
        if let Value::Slice(parts) = index {
            return self.bytearray_set_slice(cell, parts, value);
        }
        let len = i64::try_from(cell.borrow().len()).unwrap_or(i64::MAX);
        let Value::Int(i) = super::subclass::plain(index) else {
            return Err(
                self.type_error(format!("bytearray indices must be integers or slices, not {}", index.type_name()))
            );
        };
        let byte = self.byte_value(value)?;
        let resolved = if i < 0 { i.saturating_add(len) } else { i };
        match usize::try_from(resolved).ok().filter(|r| (*r as i64) < len) {
            Some(r) => {
                cell.borrow_mut()[r] = byte;
                Ok(())
            }
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// `ba[i:j] = b"XY"` (resizing) and `ba[::2] = ...` (same size), as list slices do.
    fn bytearray_set_slice(&mut self, cell: &RefCell<Vec<u8>>, parts: &[Value; 3], value: &Value) -> PyResult<()> {
        let new: Vec<u8> = match value {
            Value::Int(_) | Value::Bool(_) | Value::Str(_) => {
                return Err(self.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            other => match data(other) {
                Some(d) => d.to_vec(),
                None => {
                    let items = self.collect(other)?;
                    let mut out = Vec::with_capacity(items.len());
                    for item in &items {
                        out.push(self.byte_value(item)?);
                    }
                    out
                }
            },
        };
        let len = cell.borrow().len();
        self.check_size(len.saturating_add(new.len()))?;
        self.assign_slice(cell, parts, new, "bytes")
    }

    /// The bytes `bytes(x)` / `bytearray(x)` makes of one argument (without an encoding).
    fn bytes_of(&mut self, v: &Value, kind: &str) -> PyResult<Vec<u8>> {
        if let Some(d) = data(v) {
            return Ok(d.to_vec());
        }
        match v {
            Value::Int(n) => {
                let n = usize::try_from(*n).map_err(|_| self.value_error("negative count"))?;
                self.check_size(n)?;
                self.charge_bytes(n)?;
                Ok(vec![0; n])
            }
            Value::Bool(b) => Ok(vec![0; usize::from(*b)]),
            Value::Str(_) => Err(self.type_error("string argument without an encoding")),
            Value::Instance(inst) if inst.class.lookup("__bytes__").is_some() => {
                let r = self.call_method(v, "__bytes__", Vec::new())?;
                match r {
                    Value::Bytes(b) => Ok(b.to_vec()),
                    other => Err(self.type_error(format!("__bytes__ returned non-bytes (type {})", other.type_name()))),
                }
            }
            Value::Float(_) | Value::None | Value::Class(_) | Value::Function(_) => {
                Err(self.type_error(format!("cannot convert '{}' object to {kind}", v.type_name())))
            }
            _ => {
                let items = self.collect(v)?;
                self.check_size(items.len())?;
                items
                    .iter()
                    .map(|item| match item {
                        Value::Int(n) => {
                            u8::try_from(*n).map_err(|_| self.value_error("bytes must be in range(0, 256)"))
                        }
                        Value::Bool(b) => Ok(u8::from(*b)),
                        Value::BigInt(_) => Err(self.value_error("bytes must be in range(0, 256)")),
                        other => Err(self
                            .type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))),
                    })
                    .collect()
            }
        }
    }

    /// The arguments of `bytes(...)` / `bytearray(...)`: `(source)`, `(str, encoding[, errors])`.
    fn bytes_args(&mut self, mut args: Args, kind: &str) -> PyResult<Vec<u8>> {
        let encoding = take_keyword(&mut args, "encoding");
        let errors = take_keyword(&mut args, "errors");
        let source = take_keyword(&mut args, "source");
        if let Some((name, _)) = args.keywords.first() {
            return Err(self.type_error(format!("'{name}' is an invalid keyword argument for {kind}()")));
        }
        at_most(self, kind, &args, 3)?;
        let mut positional = args.positional.into_iter();
        let source = positional.next().or(source);
        let encoding = positional.next().or(encoding);
        let errors = positional.next().or(errors);
        match (source, encoding) {
            (None, None) => {
                if errors.is_some() {
                    return Err(self.type_error("errors without a string argument"));
                }
                Ok(Vec::new())
            }
            (Some(Value::Str(s)), Some(encoding)) => {
                let encoding = self.text_arg(&encoding, kind, "encoding")?;
                let errors = match errors {
                    Some(e) => self.text_arg(&e, kind, "errors")?,
                    None => "strict".into(),
                };
                self.encode(&s, &encoding, &errors)
            }
            (Some(Value::Str(_)), None) => Err(self.type_error("string argument without an encoding")),
            (_, Some(_)) => Err(self.type_error("encoding without a string argument")),
            (Some(v), None) => {
                if errors.is_some() {
                    return Err(self.type_error("errors without a string argument"));
                }
                self.bytes_of(&v, kind)
            }
        }
    }

    /// A str argument of a codec call (`encoding=`, `errors=`).
    pub(crate) fn text_arg(&self, v: &Value, function: &str, name: &str) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            other => {
                Err(self.type_error(format!("{function}() argument '{name}' must be str, not {}", other.type_name())))
            }
        }
    }
}

/// Argument Clinic's count check (`decode() takes at most 2 arguments (3 given)`).
pub fn at_most(interp: &Interp, name: &str, args: &Args, max: usize) -> PyResult<()> {
    let n = args.positional.len();
    if n > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(interp.type_error(format!("{name}() takes at most {max} argument{s} ({n} given)")));
    }
    Ok(())
}

/// `bytes(...)`.
pub fn bytes_constructor(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.bytes_args(args, "bytes").map(Value::bytes)
}

/// `bytearray(...)`.
pub fn bytearray_constructor(interp: &mut Interp, args: Args) -> PyResult<Value> {
    interp.bytes_args(args, "bytearray").map(Value::bytearray)
}
