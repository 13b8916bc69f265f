//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! [`parse_format_spec`] is CPython's `parse_internal_render_format_spec` without the per-type
//! defaults: it records what the text says (so `0` and an explicit fill stay distinguishable) and the
//! formatters resolve defaults, because the `0` flag means `=` alignment only for numbers.

use super::{FmtResult, FormatError};

/// Alignment: `<`, `>`, `^`, or `=` (padding between sign and digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`
    AfterSign,
}

/// The sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `+`: always a sign.
    Plus,
    /// `-`: sign only for negatives (the default, but spelled out).
    Minus,
    /// ` `: a space for non-negatives.
    Space,
}

/// The grouping option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (every four for `b o x X`).
    Underscore,
}

impl Grouping {
    /// The separator character.
    pub fn char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec, exactly as written (defaults are applied by the formatters).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, if written before an alignment.
    pub fill: Option<char>,
    /// The alignment, if written.
    pub align: Option<Align>,
    /// The sign option, if written.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag before the width (zero padding).
    pub zero: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Thousands grouping.
    pub grouping: Option<Grouping>,
    /// Precision.
    pub precision: Option<usize>,
    /// The presentation type character.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The fill character and alignment in effect, given the type's default alignment (`Right` for
    /// numbers, `Left` for strings): a `0` flag without an explicit fill pads with `0`, and for numbers
    /// without an explicit alignment it also means `=`.
    pub fn fill_and_align(&self, default_align: Align) -> (char, Align) {
        let mut fill = self.fill.unwrap_or(' ');
        let mut align = self.align.unwrap_or(default_align);
        if self.zero && self.fill.is_none() {
            fill = '0';
            if self.align.is_none() && default_align == Align::Right {
                align = Align::AfterSign;
            }
        }
        (fill, align)
    }

    /// CPython's check that the grouping option suits the type (`default_ty` stands in for an omitted
    /// type: `d` for int, none for float, `s` for str). Returns the digit-group size to use.
    pub(crate) fn check_grouping(&self, default_ty: Option<char>) -> FmtResult<usize> {
        let Some(grouping) = self.grouping else { return Ok(3) };
        let ty = self.ty.or(default_ty);
        match (ty, grouping) {
            (None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F'), _) => Ok(3),
            (Some('b' | 'o' | 'x' | 'X'), Grouping::Underscore) => Ok(4),
            (Some(t), g) => Err(FormatError::value(format!("Cannot specify '{}' with {}.", g.char(), quote_code(t)))),
        }
    }
}

/// A type code as CPython quotes it in messages: `'d'` for printable ASCII, else `'\x1f'`-style hex.
pub(crate) fn quote_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 { format!("'{c}'") } else { format!("'\\x{:x}'", c as u32) }
}

/// Parses a format spec. `type_name` is the Python type of the value being formatted, used only in
/// the "Invalid format specifier" message (CPython 3.11 names it there).
pub fn parse_format_spec(spec: &str, type_name: &str) -> FmtResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec::default();
    let mut pos = 0;
    if let Some(align) = chars.get(1).copied().and_then(align_of) {
        out.fill = chars.first().copied();
        out.align = Some(align);
        pos = 2;
    } else if let Some(align) = chars.first().copied().and_then(align_of) {
        out.align = Some(align);
        pos = 1;
    }
    out.sign = match chars.get(pos) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    pos += usize::from(out.sign.is_some());
    out.no_neg_zero = take(&chars, &mut pos, 'z');
    out.alternate = take(&chars, &mut pos, '#');
    if out.fill.is_none() {
        out.zero = take(&chars, &mut pos, '0');
    }
    out.width = integer(&chars, &mut pos)?;
    out.grouping = grouping(&chars, &mut pos)?;
    if take(&chars, &mut pos, '.') {
        out.precision = integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    let rest = chars.get(pos..).unwrap_or_default();
    if rest.len() > 1 {
        return Err(FormatError::value(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
    }
    out.ty = rest.first().copied();
    Ok(out)
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Consumes `want` at `pos` if it is there.
fn take(chars: &[char], pos: &mut usize, want: char) -> bool {
    if chars.get(*pos) == Some(&want) {
        *pos += 1;
        true
    } else {
        false
    }
}

/// A run of ASCII digits (None if there is none); more than `sys.maxsize` is CPython's ValueError.
fn integer(chars: &[char], pos: &mut usize) -> FmtResult<Option<usize>> {
    let mut value: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let next = value.unwrap_or(0).checked_mul(10).and_then(|v| v.checked_add(d as usize));
        match next {
            Some(v) if v <= i64::MAX as usize => value = Some(v),
            _ => return Err(FormatError::value("Too many decimal digits in format string")),
        }
        *pos += 1;
    }
    Ok(value)
}

/// The grouping option, with CPython's check that `,` and `_` are not both given.
fn grouping(chars: &[char], pos: &mut usize) -> FmtResult<Option<Grouping>> {
    let mut found = None;
    if take(chars, pos, ',') {
        found = Some(Grouping::Comma);
    }
    if chars.get(*pos) == Some(&'_') {
        if found.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        found = Some(Grouping::Underscore);
        *pos += 1;
    }
    if chars.get(*pos) == Some(&',') && found == Some(Grouping::Underscore) {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    Ok(found)
}
