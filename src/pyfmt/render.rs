//! `format(value, spec)` for int, float and str: CPython's `format_long_internal`,
//! `format_float_internal` and `format_string_internal`, with their checks in the same order so the
//! same mistake raises the same error.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float::{DtoaFlags, double_to_string};
use super::number::{NumberLayout, NumberParts, render_number};
use super::spec::{Align, FormatSpec, Sign, parse_format_spec, quote_code};
use super::{FmtResult, FormatError, MAX_RENDERED_WIDTH};

/// `format(i, spec)` for an int (`bool` too: pass 0/1, but an empty spec must give `True`/`False`, so
/// handle that case in the caller). An empty spec is `str(i)`.
pub fn pyformat_int(value: &BigInt, spec: &str) -> FmtResult<String> {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    format_int(value, &parse_format_spec(spec, "int")?)
}

/// `format(x, spec)` for a float. An empty spec is `str(x)`, i.e. `repr(x)`.
pub fn pyformat_float(value: f64, spec: &str) -> FmtResult<String> {
    if spec.is_empty() {
        return Ok(super::float_repr(value));
    }
    format_float(value, &parse_format_spec(spec, "float")?)
}

/// `format(s, spec)` for a str.
pub fn pyformat_str(value: &str, spec: &str) -> FmtResult<String> {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    format_str(value, &parse_format_spec(spec, "str")?)
}

/// "Unknown format code 'q' for object of type 'int'".
fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!("Unknown format code {} for object of type '{type_name}'", quote_code(ty)))
}

/// The width to render, refusing absurd ones (see [`MAX_RENDERED_WIDTH`]).
fn width_of(spec: &FormatSpec) -> FmtResult<usize> {
    match spec.width {
        Some(w) if w > MAX_RENDERED_WIDTH => Err(FormatError::value("width too big")),
        w => Ok(w.unwrap_or(0)),
    }
}

/// Formats an int. Float presentation types (`e f g %` ...) convert to float first, as CPython does.
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> FmtResult<String> {
    let group_size = spec.check_grouping(Some('d'))?;
    match spec.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(value);
            let x = x.ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
            return format_float_checked(x, spec, group_size);
        }
        other => return Err(unknown_code(other, "int")),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        return format_int_char(value, spec);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.abs().to_str_radix(radix);
    if ty == 'X' {
        digits = digits.to_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
    };
    let grouping = if ty == 'n' { None } else { spec.grouping.map(|g| (g.char(), group_size)) };
    Ok(render_number(&parts, &number_layout(spec, grouping)?))
}

/// `float(i)`, correctly rounded; None when it overflows.
pub(crate) fn int_to_f64(value: &BigInt) -> Option<f64> {
    // i64 -> f64 casts round to nearest-even, as CPython does; num-bigint handles the rest.
    let x = match value.to_i64() {
        Some(small) => small as f64,
        None => value.to_f64()?,
    };
    x.is_finite().then_some(x)
}

/// The `c` presentation: the code point, laid out like a number with no digits.
fn format_int_char(value: &BigInt, spec: &FormatSpec) -> FmtResult<String> {
    if spec.sign.is_some() {
        return Err(FormatError::value("Sign not allowed with integer format specifier 'c'"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
    }
    if value.to_i64().is_none() {
        return Err(FormatError::overflow("Python int too large to convert to C long"));
    }
    let ch = value
        .to_u32()
        .and_then(char::from_u32)
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
    let text = ch.to_string();
    let parts = NumberParts { rest: &text, ..NumberParts::default() };
    Ok(render_number(&parts, &number_layout(spec, None)?))
}

/// Fill, alignment, width and sign for a number.
fn number_layout(spec: &FormatSpec, grouping: Option<(char, usize)>) -> FmtResult<NumberLayout> {
    let (fill, align) = spec.fill_and_align(Align::Right);
    Ok(NumberLayout { fill, align, width: width_of(spec)?, sign: spec.sign, grouping })
}

/// Formats a float.
pub fn format_float(value: f64, spec: &FormatSpec) -> FmtResult<String> {
    let group_size = spec.check_grouping(None)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_checked(value, spec, group_size),
        Some(other) => Err(unknown_code(other, "float")),
    }
}

/// `format_float_internal`: the type is known to be a float type (or none).
fn format_float_checked(value: f64, spec: &FormatSpec, group_size: usize) -> FmtResult<String> {
    let precision = match spec.precision {
        Some(p) if p > MAX_RENDERED_WIDTH => return Err(FormatError::value("precision too big")),
        p => p,
    };
    let flags = DtoaFlags { alt: spec.alternate, no_neg_0: spec.no_neg_zero, ..DtoaFlags::default() };
    let (code, flags, default_precision) = match spec.ty {
        // No type: like repr without a precision, else like 'g' keeping a digit after the point.
        None => (if precision.is_some() { 'g' } else { 'r' }, DtoaFlags { add_dot_0: true, ..flags }, 0),
        Some('n') => ('g', flags, 6),
        Some('%') => ('f', flags, 6),
        Some(c) => (c, flags, 6),
    };
    let x = if spec.ty == Some('%') { value * 100.0 } else { value };
    let mut text = double_to_string(x, code, precision.unwrap_or(default_precision), flags);
    if spec.ty == Some('%') {
        text.push('%');
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let split = unsigned.find(|c: char| !c.is_ascii_digit()).unwrap_or(unsigned.len());
    let (digits, rest) = unsigned.split_at(split);
    let grouping = if spec.ty == Some('n') { None } else { spec.grouping.map(|g| (g.char(), group_size)) };
    let parts = NumberParts { negative, prefix: "", digits, rest };
    Ok(render_number(&parts, &number_layout(spec, grouping)?))
}

/// Formats a str: precision truncates, width pads (left-aligned by default).
pub fn format_str(value: &str, spec: &FormatSpec) -> FmtResult<String> {
    spec.check_grouping(Some('s'))?;
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code(other, "str")),
    }
    match spec.sign {
        Some(Sign::Space) => return Err(FormatError::value("Space not allowed in string format specifier")),
        Some(_) => return Err(FormatError::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed in string format specifier"));
    }
    let (fill, align) = spec.fill_and_align(Align::Left);
    if align == Align::AfterSign {
        return Err(FormatError::value("'=' alignment not allowed in string format specifier"));
    }
    let width = width_of(spec)?;
    let text: String = match spec.precision {
        Some(p) => value.chars().take(p).collect(),
        None => value.to_string(),
    };
    Ok(pad(&text, fill, align, width))
}

/// Pads `text` to `width` characters with `fill` (`=` is treated as right alignment).
pub(crate) fn pad(text: &str, fill: char, align: Align, width: usize) -> String {
    let len = text.chars().count();
    if len >= width {
        return text.to_string();
    }
    let padding = width - len;
    let (left, right) = match align {
        Align::Left => (0, padding),
        Align::Center => (padding / 2, padding - padding / 2),
        Align::Right | Align::AfterSign => (padding, 0),
    };
    let mut out = String::with_capacity(text.len() + padding);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    out
}
