//! Formatting values: `format(v, spec)`, f-string fields, `str.format` and `%`. The rules themselves
//! (float repr, the format-spec mini-language, template parsing) live in [`crate::pyfmt`] as pure
//! functions; this module supplies them with values, calling back into the interpreter for `str()`,
//! `repr()`, attribute and item access and user `__format__` methods.

use super::value::Value;
use super::{Args, Exc, Interp, PyResult};
use crate::pyfmt::{self, Accessor, FieldArg, FormatError, PercentKind, PercentPiece, Piece};
use num_bigint::BigInt;

pub use crate::pyfmt::{float_repr, repr_str};

/// `round(x, n)` for floats (an out-of-range result keeps `x`, where CPython raises OverflowError).
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    pyfmt::round_float(x, ndigits).unwrap_or(x)
}

/// `ascii()` from a repr: every non-ASCII character escaped.
pub fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

impl Interp {
    fn format_error(&self, e: FormatError) -> Box<Exc> {
        self.error(e.class, e.message)
    }

    /// `format(value, spec)`.
    pub fn format_value(&mut self, value: &Value, spec: &str) -> PyResult<String> {
        let result = self.format_spec(value, spec)?;
        self.charge_bytes(result.len())?;
        Ok(result)
    }

    fn format_spec(&mut self, value: &Value, spec: &str) -> PyResult<String> {
        if !spec.is_empty()
            && let Some(p) = super::subclass::delegate(value, "__format__")
        {
            return self.format_value(&p, spec);
        }
        let result = match value {
            Value::Bool(b) if spec.is_empty() => return Ok(if *b { "True" } else { "False" }.into()),
            Value::Bool(b) => pyfmt::pyformat_int(&BigInt::from(u8::from(*b)), spec),
            Value::Int(n) => pyfmt::pyformat_int(&BigInt::from(*n), spec),
            Value::BigInt(n) => pyfmt::pyformat_int(n, spec),
            Value::Float(f) => pyfmt::pyformat_float(*f, spec),
            Value::Str(s) => pyfmt::pyformat_str(s, spec),
            Value::Instance(inst) if inst.class.lookup("__format__").is_some() => {
                return match self.call_method(value, "__format__", vec![Value::str(spec)])? {
                    Value::Str(s) => Ok(s.to_string()),
                    other => Err(self.type_error(format!("__format__ must return a str, not {}", other.type_name()))),
                };
            }
            _ if spec.is_empty() => return self.to_str(value),
            other => {
                return Err(
                    self.type_error(format!("unsupported format string passed to {}.__format__", other.type_name()))
                );
            }
        };
        result.map_err(|e| self.format_error(e))
    }

    /// `template % args`.
    pub(super) fn percent_format(&mut self, template: &str, args: &Value) -> PyResult<String> {
        let pieces = pyfmt::parse_percent_format(template).map_err(|e| self.format_error(e))?;
        // CPython takes any subscriptable operand but a tuple or str as the mapping for `%(key)s`
        // (a dict, a dict subclass, a list, ...), and then does not mind unused arguments:
        // `"no specs" % {"a": 1}` is "no specs".
        let mapping = match args {
            Value::Tuple(_) | Value::Str(_) => None,
            Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Range(..) => {
                Some(args.clone())
            }
            Value::Instance(inst) if inst.class.lookup("__getitem__").is_some() => Some(args.clone()),
            Value::Instance(inst) => super::subclass::instance_payload(inst)
                .filter(|p| matches!(p, Value::Dict(_) | Value::List(_)))
                .map(|_| args.clone()),
            _ => None,
        };
        let positional: Vec<Value> = match args {
            Value::Tuple(items) => items.to_vec(),
            other => vec![other.clone()],
        };
        let mut next = positional.into_iter();
        let mut out = String::new();
        for piece in pieces {
            let spec = match piece {
                PercentPiece::Literal(text) => {
                    out.push_str(&text);
                    continue;
                }
                PercentPiece::Spec(spec) => spec,
            };
            let kind = spec.kind().map_err(|e| self.format_error(e))?;
            let mut star = |me: &mut Self, count: Option<pyfmt::PercentCount>| -> PyResult<Option<i64>> {
                if !matches!(count, Some(pyfmt::PercentCount::Star)) {
                    return Ok(None);
                }
                match next.next() {
                    Some(Value::Int(n)) => Ok(Some(n)),
                    Some(_) => Err(me.type_error("* wants int")),
                    None => Err(me.type_error("not enough arguments for format string")),
                }
            };
            let star_width = star(self, spec.width)?;
            let star_precision = star(self, spec.precision)?;
            let layout = spec.layout(star_width, star_precision).map_err(|e| self.format_error(e))?;
            let value = match (&spec.key, &mapping) {
                (Some(key), Some(m)) => self.get_item(m, &Value::str(key))?,
                (Some(_), None) => return Err(self.type_error("format requires a mapping")),
                (None, _) => match next.next() {
                    Some(v) => v,
                    None => return Err(self.type_error("not enough arguments for format string")),
                },
            };
            out.push_str(&self.percent_one(kind, &value, &layout)?);
        }
        if next.next().is_some() && mapping.is_none() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        self.charge_bytes(out.len())?;
        Ok(out)
    }

    fn percent_one(&mut self, kind: PercentKind, value: &Value, layout: &pyfmt::PercentLayout) -> PyResult<String> {
        Ok(match kind {
            PercentKind::Str => pyfmt::percent_text(&self.to_str(value)?, layout),
            PercentKind::Repr => pyfmt::percent_text(&self.repr(value)?, layout),
            PercentKind::Ascii => pyfmt::percent_text(&ascii(&self.repr(value)?), layout),
            PercentKind::Char => {
                let c = match value {
                    Value::Str(s) if s.chars().count() == 1 => s.to_string(),
                    Value::Int(n) => {
                        pyfmt::char_from_code(&BigInt::from(*n)).map_err(|e| self.format_error(e))?.to_string()
                    }
                    _ => return Err(self.type_error("%c requires int or char")),
                };
                pyfmt::percent_text(&c, layout)
            }
            PercentKind::Int => {
                let n = match value {
                    Value::Int(n) => BigInt::from(*n),
                    Value::BigInt(n) => (**n).clone(),
                    Value::Bool(b) => BigInt::from(u8::from(*b)),
                    Value::Float(_) if matches!(layout.conversion, 'd' | 'i' | 'u') => {
                        match super::builtins::to_int(self, value)? {
                            Value::Int(n) => BigInt::from(n),
                            Value::BigInt(n) => (*n).clone(),
                            _ => BigInt::default(),
                        }
                    }
                    other => {
                        let what = if matches!(layout.conversion, 'd' | 'i' | 'u') {
                            "a real number is required"
                        } else {
                            "an integer is required"
                        };
                        return Err(self.type_error(format!(
                            "%{} format: {what}, not {}",
                            layout.conversion,
                            other.type_name()
                        )));
                    }
                };
                pyfmt::percent_int(&n, layout)
            }
            PercentKind::Float => {
                let f = match value {
                    Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                        super::builtins::to_float(self, value)?
                    }
                    // CPython converts any object with `__float__` (a Decimal, a Fraction).
                    Value::Instance(inst) if inst.class.lookup("__float__").is_some() => {
                        super::builtins::to_float(self, value)?
                    }
                    other => return Err(self.type_error(format!("must be real number, not {}", other.type_name()))),
                };
                pyfmt::percent_float(f, layout)
            }
        })
    }

    /// `template.format(*args, **kwargs)`.
    pub(super) fn str_format(&mut self, template: &str, args: Args) -> PyResult<String> {
        let pieces = pyfmt::parse_format_string(template).map_err(|e| self.format_error(e))?;
        self.render_pieces(&pieces, &args, None)
    }

    /// `template.format_map(mapping)`: names are looked up with `mapping[name]` (so a dict subclass's
    /// `__missing__` applies), and positional fields are an error.
    pub(super) fn str_format_map(&mut self, template: &str, mapping: &Value) -> PyResult<String> {
        let pieces = pyfmt::parse_format_string(template).map_err(|e| self.format_error(e))?;
        self.render_pieces(&pieces, &Args::default(), Some(mapping))
    }

    fn render_pieces(&mut self, pieces: &[Piece], args: &Args, mapping: Option<&Value>) -> PyResult<String> {
        let mut out = String::new();
        for piece in pieces {
            match piece {
                Piece::Literal(text) => out.push_str(text),
                Piece::Field(field) => {
                    let mut value = match (&field.arg, mapping) {
                        (FieldArg::Index(_), Some(_)) => {
                            return Err(self.value_error("Format string contains positional fields"));
                        }
                        (FieldArg::Name(name), Some(m)) => self.get_item(m, &Value::str(name))?,
                        (FieldArg::Index(i), None) => args.positional.get(*i).cloned().ok_or_else(|| {
                            self.index_error(format!("Replacement index {i} out of range for positional args tuple"))
                        })?,
                        (FieldArg::Name(name), None) => match args.keywords.iter().find(|(k, _)| &**k == name) {
                            Some((_, v)) => v.clone(),
                            None => return Err(self.key_error(Value::str(name))),
                        },
                    };
                    for accessor in &field.accessors {
                        value = match accessor {
                            Accessor::Attr(name) => self.get_attr(&value, name)?,
                            Accessor::Index(i) => self.get_item(&value, &Value::Int(*i as i64))?,
                            Accessor::Key(k) => self.get_item(&value, &Value::str(k))?,
                        };
                    }
                    if let Some(e) = &field.accessor_error {
                        return Err(self.format_error(e.clone()));
                    }
                    if let Some(c) = field.conversion {
                        value = match pyfmt::check_conversion(c).map_err(|e| self.format_error(e))? {
                            pyfmt::Conversion::Str => Value::str(&self.to_str(&value)?),
                            pyfmt::Conversion::Repr => Value::str(&self.repr(&value)?),
                            pyfmt::Conversion::Ascii => Value::str(&ascii(&self.repr(&value)?)),
                        };
                    }
                    let spec = match &field.nested {
                        Some(nested) => {
                            let spec = self.render_pieces(&nested.pieces, args, mapping)?;
                            if let Some(e) = &nested.error {
                                return Err(self.format_error(e.clone()));
                            }
                            spec
                        }
                        None => field.spec.clone(),
                    };
                    out.push_str(&self.format_value(&value, &spec)?);
                }
            }
        }
        Ok(out)
    }
}
