//! Parsing `str.format` templates into literal text and replacement fields.
//!
//! Mirrors CPython's `MarkupIterator` and `FieldNameIterator` (Objects/stringlib/unicode_format.h),
//! including when each error is found: [`FormatStringParser`] is lazy, so an interpreter that looks up
//! each field's value as the field is yielded raises the same exception CPython would (a missing
//! argument in field 1 beats a syntax error in field 2). Errors CPython finds only after looking the
//! value up (a bad accessor, a too-deep nested spec) are carried in the [`Field`] for the caller to
//! raise at that point. Auto-numbering (`{}`) is resolved here.
//!
//! Rendering a field, in CPython's order: look up `arg`; apply `accessors`; raise `accessor_error` if
//! any; apply the conversion ([`check_conversion`]); build the spec (render `nested.pieces`, then raise
//! `nested.error` if any; or use `spec`); format the value with the spec.

use std::collections::VecDeque;

use super::{FmtResult, FormatError};

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text to copy (`{{` and `}}` already unescaped).
    Literal(String),
    /// A replacement field.
    Field(Field),
}

/// A replacement field `{arg.attr[key]!r:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Which argument: positional (explicit or auto-numbered) or keyword.
    pub arg: FieldArg,
    /// `.name` and `[key]` accessors, applied left to right.
    pub accessors: Vec<Accessor>,
    /// A malformed accessor after the valid ones ("Empty attribute in format string", ...): raise it
    /// after applying `accessors`.
    pub accessor_error: Option<FormatError>,
    /// The raw conversion character after `!`; validate it with [`check_conversion`] *after* looking
    /// the value up (CPython's order).
    pub conversion: Option<char>,
    /// The format spec text as written (may contain nested fields).
    pub spec: String,
    /// When the spec contains `{`, the spec parsed as a template: render it and use the result as the
    /// spec (nested fields are numbered after this field, as in CPython).
    pub nested: Option<Nested>,
}

/// A format spec that is itself a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nested {
    /// The pieces parsed before any error.
    pub pieces: Vec<Piece>,
    /// The error that stopped parsing (including "Max string recursion exceeded"), to raise after
    /// rendering `pieces`.
    pub error: Option<FormatError>,
}

/// The argument a field refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldArg {
    /// A positional argument.
    Index(usize),
    /// A keyword argument.
    Name(String),
}

/// An accessor after the argument name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`: `getattr`.
    Attr(String),
    /// `[3]`: `__getitem__` with an int.
    Index(usize),
    /// `[key]`: `__getitem__` with a str.
    Key(String),
}

/// A `!` conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// `!s`: `str()`.
    Str,
    /// `!r`: `repr()`.
    Repr,
    /// `!a`: `ascii()`.
    Ascii,
}

/// Validates a conversion character ("Unknown conversion specifier x" otherwise).
pub fn check_conversion(c: char) -> FmtResult<Conversion> {
    match c {
        's' => Ok(Conversion::Str),
        'r' => Ok(Conversion::Repr),
        'a' => Ok(Conversion::Ascii),
        c if (c as u32) > 32 && (c as u32) < 127 => {
            Err(FormatError::value(format!("Unknown conversion specifier {c}")))
        }
        c => Err(FormatError::value(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    }
}

/// Parses a whole template eagerly (the first error wins).
pub fn parse_format_string(template: &str) -> FmtResult<Vec<Piece>> {
    FormatStringParser::new(template).collect()
}

/// Auto-numbering state shared by a template and its nested specs.
#[derive(Debug, Default)]
struct Numbering {
    /// None until the first numeric field; then whether it was automatic.
    automatic: Option<bool>,
    next: usize,
}

impl Numbering {
    /// CPython's `field_name_split` numbering rules for the first part of a field name.
    fn resolve(&mut self, first: &str) -> FmtResult<FieldArg> {
        let index = integer(first)?;
        let empty = first.is_empty();
        if !(empty || index.is_some()) {
            return Ok(FieldArg::Name(first.to_string()));
        }
        let automatic = *self.automatic.get_or_insert(empty);
        if automatic && !empty {
            return Err(FormatError::value(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if !automatic && empty {
            return Err(FormatError::value(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        match index {
            Some(i) => Ok(FieldArg::Index(i)),
            None => {
                let i = self.next;
                self.next += 1;
                Ok(FieldArg::Index(i))
            }
        }
    }
}

/// CPython's `get_integer`: None unless all ASCII digits; overflow past `sys.maxsize` is an error.
fn integer(text: &str) -> FmtResult<Option<usize>> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in text.chars() {
        let Some(d) = c.to_digit(10) else { return Ok(None) };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= i64::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// A lazy template parser: yields pieces in order, then stops after the first error.
#[derive(Debug)]
pub struct FormatStringParser {
    chars: Vec<char>,
    pos: usize,
    depth: u8,
    numbering: Numbering,
    pending: VecDeque<FmtResult<Piece>>,
    failed: bool,
}

impl FormatStringParser {
    /// A parser over a top-level template.
    pub fn new(template: &str) -> Self {
        Self::with_depth(template, 2, Numbering::default())
    }

    fn with_depth(template: &str, depth: u8, numbering: Numbering) -> Self {
        FormatStringParser {
            chars: template.chars().collect(),
            pos: 0,
            depth,
            numbering,
            pending: VecDeque::new(),
            failed: false,
        }
    }

    /// One `MarkupIterator_next` step: literal text, then maybe a field.
    fn step(&mut self) -> FmtResult<()> {
        let start = self.pos;
        let mut brace = None;
        while let Some(&c) = self.chars.get(self.pos) {
            self.pos += 1;
            if c == '{' || c == '}' {
                brace = Some(c);
                break;
            }
        }
        let next = self.chars.get(self.pos).copied();
        let mut literal_end = self.pos;
        let mut field_follows = false;
        match brace {
            Some('}') if next != Some('}') => {
                return Err(FormatError::value("Single '}' encountered in format string"));
            }
            Some('{') if next.is_none() => return Err(FormatError::value("Single '{' encountered in format string")),
            Some(b) if next == Some(b) => self.pos += 1,
            Some(_) => {
                literal_end -= 1;
                field_follows = true;
            }
            None => {}
        }
        let literal: String = self.chars.get(start..literal_end).unwrap_or_default().iter().collect();
        if let Some(Ok(Piece::Literal(previous))) = self.pending.back_mut() {
            previous.push_str(&literal);
        } else if !literal.is_empty() {
            self.pending.push_back(Ok(Piece::Literal(literal)));
        }
        if field_follows {
            let field = self.field()?;
            self.pending.push_back(Ok(Piece::Field(field)));
        }
        Ok(())
    }

    /// CPython's `parse_field` followed by the field-name split and nested-spec expansion.
    fn field(&mut self) -> FmtResult<Field> {
        let name_start = self.pos;
        let mut stop = None;
        while let Some(&c) = self.chars.get(self.pos) {
            self.pos += 1;
            match c {
                '{' => return Err(FormatError::value("unexpected '{' in field name")),
                '[' => {
                    while self.chars.get(self.pos).is_some_and(|&c| c != ']') {
                        self.pos += 1;
                    }
                }
                '}' | ':' | '!' => {
                    stop = Some(c);
                    break;
                }
                _ => {}
            }
        }
        let name_end = if stop.is_some() { self.pos - 1 } else { self.pos };
        let name: String = self.chars.get(name_start..name_end).unwrap_or_default().iter().collect();
        let mut conversion = None;
        let mut spec = String::new();
        let mut needs_expanding = false;
        match stop {
            Some('!') | Some(':') => {
                if stop == Some('!') {
                    let Some(&c) = self.chars.get(self.pos) else {
                        return Err(FormatError::value("end of string while looking for conversion specifier"));
                    };
                    self.pos += 1;
                    conversion = Some(c).filter(|&c| c != '\0');
                    if let Some(&after) = self.chars.get(self.pos) {
                        self.pos += 1;
                        if after == '}' {
                            return self.finish(&name, conversion, String::new(), false);
                        }
                        if after != ':' {
                            return Err(FormatError::value("expected ':' after conversion specifier"));
                        }
                    }
                }
                (spec, needs_expanding) = self.spec()?;
            }
            Some(_) => {}
            None => return Err(FormatError::value("expected '}' before end of string")),
        }
        self.finish(&name, conversion, spec, needs_expanding)
    }

    /// The format spec up to the matching `}`, and whether it contains `{`.
    fn spec(&mut self) -> FmtResult<(String, bool)> {
        let start = self.pos;
        let mut depth = 1;
        let mut needs_expanding = false;
        while let Some(&c) = self.chars.get(self.pos) {
            self.pos += 1;
            if c == '{' {
                needs_expanding = true;
                depth += 1;
            } else if c == '}' {
                depth -= 1;
                if depth == 0 {
                    let spec = self.chars.get(start..self.pos - 1).unwrap_or_default().iter().collect();
                    return Ok((spec, needs_expanding));
                }
            }
        }
        Err(FormatError::value("unmatched '{' in format spec"))
    }

    /// Splits the field name, numbers it, and expands a nested spec.
    fn finish(&mut self, name: &str, conversion: Option<char>, spec: String, expand: bool) -> FmtResult<Field> {
        let split = name.find(['.', '[']).unwrap_or(name.len());
        let (first, rest) = name.split_at(split);
        let arg = self.numbering.resolve(first)?;
        let (accessors, accessor_error) = accessors(rest);
        let nested = if expand { Some(self.nested(&spec)) } else { None };
        Ok(Field { arg, accessors, accessor_error, conversion, spec, nested })
    }

    /// Parses a nested spec one recursion level down, sharing the numbering.
    fn nested(&mut self, spec: &str) -> Nested {
        let mut nested = Nested { pieces: Vec::new(), error: None };
        if self.depth <= 1 {
            nested.error = Some(FormatError::value("Max string recursion exceeded"));
            return nested;
        }
        let mut inner = FormatStringParser::with_depth(spec, self.depth - 1, std::mem::take(&mut self.numbering));
        for piece in inner.by_ref() {
            match piece {
                Ok(piece) => nested.pieces.push(piece),
                Err(e) => nested.error = Some(e),
            }
        }
        self.numbering = inner.numbering;
        nested
    }
}

impl Iterator for FormatStringParser {
    type Item = FmtResult<Piece>;

    fn next(&mut self) -> Option<Self::Item> {
        // Step until a field (or error) is pending, so adjacent literal text comes out as one piece.
        while !self.failed
            && self.pos < self.chars.len()
            && !matches!(self.pending.back(), Some(Ok(Piece::Field(_)) | Err(_)))
        {
            if let Err(e) = self.step() {
                self.failed = true;
                self.pending.push_back(Err(e));
            }
        }
        self.pending.pop_front()
    }
}

/// CPython's `FieldNameIterator` over the part after the first name: the `.attr` and `[key]`
/// accessors before the first malformed one, and that one's error.
fn accessors(rest: &str) -> (Vec<Accessor>, Option<FormatError>) {
    let mut out = Vec::new();
    let error = accessors_into(rest, &mut out).err();
    (out, error)
}

fn accessors_into(rest: &str, out: &mut Vec<Accessor>) -> FmtResult<()> {
    let chars: Vec<char> = rest.chars().collect();
    let mut pos = 0;
    while let Some(&c) = chars.get(pos) {
        pos += 1;
        let start = pos;
        let accessor = match c {
            '.' => {
                while chars.get(pos).is_some_and(|&c| c != '.' && c != '[') {
                    pos += 1;
                }
                let name: String = chars.get(start..pos).unwrap_or_default().iter().collect();
                if name.is_empty() {
                    return Err(FormatError::value("Empty attribute in format string"));
                }
                Accessor::Attr(name)
            }
            '[' => {
                while chars.get(pos).is_some_and(|&c| c != ']') {
                    pos += 1;
                }
                if pos >= chars.len() {
                    return Err(FormatError::value("Missing ']' in format string"));
                }
                let key: String = chars.get(start..pos).unwrap_or_default().iter().collect();
                pos += 1;
                match integer(&key)? {
                    _ if key.is_empty() => return Err(FormatError::value("Empty attribute in format string")),
                    Some(i) => Accessor::Index(i),
                    None => Accessor::Key(key),
                }
            }
            _ => return Err(FormatError::value("Only '.' or '[' may follow ']' in format field specifier")),
        };
        out.push(accessor);
    }
    Ok(())
}
