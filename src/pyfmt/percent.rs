//! `%`-formatting (`"%5.2f" % x`): parsing the template, and rendering one conversion once the
//! interpreter has the argument (CPython's `PyUnicode_Format` and `unicode_format_arg_output`).
//!
//! The interpreter's part, per [`PercentSpec`], in CPython's order: take `*` width/precision arguments
//! (ints, else TypeError "* wants int"), look the value up (by `key` in a mapping, else the next
//! positional argument), call [`PercentSpec::kind`] (unsupported characters fail only now), convert the
//! value (`str()`/`repr()`/`ascii()` text, an int, or a float) and render it with [`percent_text`],
//! [`percent_int`] or [`percent_float`]. Argument-count errors ("not enough arguments for format
//! string", "not all arguments converted during string formatting") are the interpreter's.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float::{DtoaFlags, double_to_string};
use super::{FmtResult, FormatError, MAX_RENDERED_WIDTH};

/// A piece of a `%` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text to copy (`%%` already turned into `%`).
    Literal(String),
    /// A conversion specifier.
    Spec(PercentSpec),
}

/// The `-+ #0` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign.
    pub sign: bool,
    /// ` `: a space before non-negative numbers.
    pub blank: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// A width or precision: written, or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentCount {
    /// A literal number.
    Fixed(usize),
    /// `*`.
    Star,
}

/// One `%...` conversion specifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`: the mapping key.
    pub key: Option<String>,
    /// The flags.
    pub flags: PercentFlags,
    /// The width, if any.
    pub width: Option<PercentCount>,
    /// The precision, if any (`%.f` is precision 0).
    pub precision: Option<PercentCount>,
    /// The conversion character (not yet validated).
    pub conversion: char,
    /// Character index of the conversion character in the template (for CPython's error message).
    pub index: usize,
}

/// What a conversion needs from the interpreter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentKind {
    /// `%s`: `str(value)`, then [`percent_text`].
    Str,
    /// `%r`: `repr(value)`, then [`percent_text`].
    Repr,
    /// `%a`: `ascii(value)`, then [`percent_text`].
    Ascii,
    /// `%c`: a one-character str, or an int through [`char_from_code`]; then [`percent_text`].
    Char,
    /// `%d %i %u` (int(value) of a float truncates) and `%o %x %X` (ints only: TypeError "%x format:
    /// an integer is required, not float"); then [`percent_int`].
    Int,
    /// `%e %E %f %F %g %G`: `float(value)`; then [`percent_float`].
    Float,
}

/// Width, precision and flags once `*` arguments are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PercentLayout {
    /// Flags (a negative `*` width adds `left`).
    pub flags: PercentFlags,
    /// Minimum width.
    pub width: Option<usize>,
    /// Precision.
    pub precision: Option<usize>,
    /// The conversion character.
    pub conversion: char,
}

impl PercentSpec {
    /// The conversion's kind, or CPython's ValueError for an unsupported character.
    pub fn kind(&self) -> FmtResult<PercentKind> {
        match self.conversion {
            's' => Ok(PercentKind::Str),
            'r' => Ok(PercentKind::Repr),
            'a' => Ok(PercentKind::Ascii),
            'c' => Ok(PercentKind::Char),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => Ok(PercentKind::Int),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => Ok(PercentKind::Float),
            c => {
                let shown = if (31..=126).contains(&(c as u32)) { c } else { '?' };
                Err(FormatError::value(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    c as u32, self.index
                )))
            }
        }
    }

    /// Resolves `*` counts with the argument values the interpreter took (in order: width, precision).
    /// A negative `*` width means left-justify; a negative `*` precision means 0.
    pub fn layout(&self, star_width: Option<i64>, star_precision: Option<i64>) -> FmtResult<PercentLayout> {
        let mut flags = self.flags;
        let width = match self.width {
            Some(PercentCount::Fixed(w)) => Some(w),
            Some(PercentCount::Star) => {
                let w = star_width.unwrap_or(0);
                flags.left |= w < 0;
                Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX))
            }
            None => None,
        };
        let precision = match self.precision {
            Some(PercentCount::Fixed(p)) => Some(p),
            Some(PercentCount::Star) => Some(usize::try_from(star_precision.unwrap_or(0).max(0)).unwrap_or(0)),
            None => None,
        };
        if width.is_some_and(|w| w > MAX_RENDERED_WIDTH) {
            return Err(FormatError::value("width too big"));
        }
        // Precision only truncates text, so only numbers need the cap.
        let numeric = !matches!(self.conversion, 's' | 'r' | 'a' | 'c');
        if numeric && precision.is_some_and(|p| p > MAX_RENDERED_WIDTH) {
            return Err(FormatError::value("precision too big"));
        }
        Ok(PercentLayout { flags, width, precision, conversion: self.conversion })
    }
}

/// Parses a `%` template eagerly (the first error wins). Errors: "incomplete format", "incomplete
/// format key", "width too big", "precision too big" (ValueError).
pub fn parse_percent_format(template: &str) -> FmtResult<Vec<PercentPiece>> {
    PercentParser::new(template).collect()
}

/// A lazy `%` template parser. CPython converts each specifier before parsing the next, so a caller
/// that renders pieces as they come raises "not enough arguments" for `"%s %" % ()` as CPython does,
/// where an eager parse would report "incomplete format".
#[derive(Debug)]
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
    mapping: bool,
}

impl PercentParser {
    /// A parser over `template`, for a mapping argument (`%(key)s` allowed).
    pub fn new(template: &str) -> Self {
        PercentParser { chars: template.chars().collect(), pos: 0, failed: false, mapping: true }
    }

    /// For a non-mapping argument: `%(` is then CPython's TypeError "format requires a mapping" (raised
    /// before the key is read, so it beats "incomplete format key").
    pub fn without_mapping(mut self) -> Self {
        self.mapping = false;
        self
    }
}

impl Iterator for PercentParser {
    type Item = FmtResult<PercentPiece>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        let mut literal = String::new();
        while let Some(&c) = self.chars.get(self.pos) {
            if c != '%' {
                literal.push(c);
                self.pos += 1;
            } else if self.chars.get(self.pos + 1) == Some(&'%') {
                literal.push('%');
                self.pos += 2;
            } else if literal.is_empty() {
                self.pos += 1;
                let spec = if !self.mapping && self.chars.get(self.pos) == Some(&'(') {
                    Err(FormatError::type_error("format requires a mapping"))
                } else {
                    parse_spec(&self.chars, &mut self.pos)
                };
                self.failed = spec.is_err();
                return Some(spec.map(PercentPiece::Spec));
            } else {
                break;
            }
        }
        Some(Ok(PercentPiece::Literal(literal)))
    }
}

/// One specifier after its `%` (CPython's `unicode_format_arg_parse`).
fn parse_spec(chars: &[char], pos: &mut usize) -> FmtResult<PercentSpec> {
    let mut key = None;
    if chars.get(*pos) == Some(&'(') {
        *pos += 1;
        let start = *pos;
        let mut open = 1;
        while open > 0 {
            match chars.get(*pos) {
                Some(')') => open -= 1,
                Some('(') => open += 1,
                Some(_) => {}
                None => return Err(FormatError::value("incomplete format key")),
            }
            *pos += 1;
        }
        key = Some(chars.get(start..*pos - 1).unwrap_or_default().iter().collect());
    }
    let mut flags = PercentFlags::default();
    loop {
        match chars.get(*pos) {
            Some('-') => flags.left = true,
            Some('+') => flags.sign = true,
            Some(' ') => flags.blank = true,
            Some('#') => flags.alt = true,
            Some('0') => flags.zero = true,
            _ => break,
        }
        *pos += 1;
    }
    let width = count(chars, pos, "width too big")?;
    let mut precision = None;
    if chars.get(*pos) == Some(&'.') {
        *pos += 1;
        precision = Some(count(chars, pos, "precision too big")?.unwrap_or(PercentCount::Fixed(0)));
    }
    if matches!(chars.get(*pos), Some('h' | 'l' | 'L')) {
        *pos += 1;
    }
    let Some(&conversion) = chars.get(*pos) else {
        return Err(FormatError::value("incomplete format"));
    };
    *pos += 1;
    Ok(PercentSpec { key, flags, width, precision, conversion, index: *pos - 1 })
}

/// A `*` or a run of digits at `pos`.
fn count(chars: &[char], pos: &mut usize, too_big: &str) -> FmtResult<Option<PercentCount>> {
    if chars.get(*pos) == Some(&'*') {
        *pos += 1;
        return Ok(Some(PercentCount::Star));
    }
    let mut value: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let next = value.unwrap_or(0).checked_mul(10).and_then(|v| v.checked_add(d as usize));
        value = Some(next.filter(|&v| v <= i32::MAX as usize).ok_or_else(|| FormatError::value(too_big))?);
        *pos += 1;
    }
    Ok(value.map(PercentCount::Fixed))
}

/// `%c` of an int: the character, or CPython's OverflowError.
pub fn char_from_code(code: &BigInt) -> FmtResult<char> {
    code.to_u32().and_then(char::from_u32).ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))
}

/// Renders `%s %r %a %c` text: precision truncates `s r a`, width pads (spaces; `-` pads on the right).
pub fn percent_text(text: &str, layout: &PercentLayout) -> String {
    let truncated: String = match layout.precision {
        Some(p) if matches!(layout.conversion, 's' | 'r' | 'a') => text.chars().take(p).collect(),
        _ => text.to_string(),
    };
    output(&truncated, layout, false)
}

/// Renders `%d %i %u %o %x %X` of an int (`#` gives `0o`/`0x`/`0X`; precision is a minimum digit count).
pub fn percent_int(value: &BigInt, layout: &PercentLayout) -> String {
    let ty = layout.conversion;
    let (radix, prefix) = match ty {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.abs().to_str_radix(radix);
    if ty == 'X' {
        digits = digits.to_ascii_uppercase();
    }
    let precision = layout.precision.unwrap_or(0);
    let zeros = precision.saturating_sub(digits.len());
    let sign = if value.is_negative() { "-" } else { "" };
    let prefix = if layout.flags.alt { prefix } else { "" };
    let text = format!("{sign}{prefix}{}{digits}", "0".repeat(zeros));
    output(&text, layout, true)
}

/// Renders `%e %E %f %F %g %G` of a float (precision defaults to 6; `#` keeps the point).
pub fn percent_float(value: f64, layout: &PercentLayout) -> String {
    let flags = DtoaFlags { alt: layout.flags.alt, ..DtoaFlags::default() };
    let text = double_to_string(value, layout.conversion, layout.precision.unwrap_or(6), flags);
    output(&text, layout, true)
}

/// CPython's `unicode_format_arg_output`: sign, `#` prefix and padding around converted text.
fn output(text: &str, layout: &PercentLayout, numeric: bool) -> String {
    let flags = layout.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut body = text;
    let mut sign = None;
    if numeric {
        if let Some(rest) = body.strip_prefix(['-', '+']) {
            sign = body.chars().next();
            body = rest;
        } else if flags.sign {
            sign = Some('+');
        } else if flags.blank {
            sign = Some(' ');
        }
    }
    let alt_prefix = numeric && flags.alt && matches!(layout.conversion, 'o' | 'x' | 'X');
    let cut = if alt_prefix { body.char_indices().nth(2).map_or(body.len(), |(i, _)| i) } else { 0 };
    let (prefix, digits) = body.split_at(cut);
    let len = digits.chars().count();
    let used = usize::from(sign.is_some()) + prefix.chars().count();
    let mut width = layout.width.unwrap_or(0).saturating_sub(used);
    let mut out = String::new();
    if fill != ' ' {
        out.extend(sign);
        out.push_str(prefix);
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        out.push_str(prefix);
    }
    out.push_str(digits);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}
