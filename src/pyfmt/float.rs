//! `PyOS_double_to_string`: a double to text for the `e f g r` codes, and `repr(float)` on top of it.
//!
//! This is CPython's `format_float_short` step by step (Python/pystrtod.c): get dtoa digits, decide on
//! exponent notation, then lay the digits out as `[sign] zeros digits zeros [exponent]` with exactly one
//! decimal point, which is finally dropped if it trails (unless `#`). Keeping the same steps keeps every
//! odd corner (`1e+16`, `1.e+16` with `#`, `-0.0`, `0e+00`) identical.

use super::digits::{Mode, digits};

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DtoaFlags {
    /// Always write a sign (`+` for non-negative).
    pub sign: bool,
    /// Write `.0` after an integral value in fixed notation (repr's rule).
    pub add_dot_0: bool,
    /// The `#` alternate form: keep the decimal point and, for `g`, trailing zeros.
    pub alt: bool,
    /// The `z` option: a negative zero result loses its sign.
    pub no_neg_0: bool,
}

/// CPython's `repr(float)` (also `str(float)`): shortest round-trip digits, exponent outside 1e-4..1e16.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, DtoaFlags { add_dot_0: true, ..DtoaFlags::default() })
}

/// `PyOS_double_to_string(x, code, precision, flags)` for codes `e E f F g G r`; any other code is
/// treated as `r`. Upper-case codes give upper-case `E`, `INF` and `NAN`.
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    if x.is_nan() {
        return special(if flags.sign { "+" } else { "" }, "nan", upper);
    }
    if x.is_infinite() {
        let sign = if x < 0.0 {
            "-"
        } else if flags.sign {
            "+"
        } else {
            ""
        };
        return special(sign, "inf", upper);
    }
    let (mode, code, precision) = match code.to_ascii_lowercase() {
        'e' => (Mode::Significant(precision.saturating_add(1)), 'e', precision.saturating_add(1)),
        'f' => (Mode::Fixed(precision), 'f', precision),
        // Precision 0 makes no sense for 'g': CPython reads it as 1.
        'g' => (Mode::Significant(precision.max(1)), 'g', precision.max(1)),
        _ => (Mode::Shortest, 'r', 0),
    };
    let d = digits(x, mode);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && d.digits == "0" {
        negative = false;
    }
    let body = layout(&d.digits, d.decpt, code, precision, flags);
    let sign = if negative {
        "-"
    } else if flags.sign {
        "+"
    } else {
        ""
    };
    let body = if upper { body.to_ascii_uppercase() } else { body };
    format!("{sign}{body}")
}

/// `inf` or `nan` with its sign, upper-cased for the upper-case codes.
fn special(sign: &str, word: &str, upper: bool) -> String {
    let word = if upper { word.to_ascii_uppercase() } else { word.to_string() };
    format!("{sign}{word}")
}

/// Lays out dtoa digits the way `format_float_short` does (everything after the sign).
fn layout(digits: &str, decpt: i64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let digits_len = i64::try_from(digits.len()).unwrap_or(i64::MAX);
    let precision = i64::try_from(precision).unwrap_or(i64::MAX / 4);
    let mut decpt = decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt.saturating_add(precision),
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // repr switches to exponent notation at 1e16 (not 1e17) so a padded 16-digit shortest
            // repr never shows bogus zeros.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 { decpt + 1 } else { decpt };
    let vdigits_end = vdigits_end.max(min_end);

    let mut out = String::new();
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = usize::try_from(decpt).unwrap_or(0);
        let (head, tail) = digits.split_at(split.min(digits.len()));
        out.push_str(head);
        out.push('.');
        out.push_str(tail);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        let exp_sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("e{exp_sign}{:02}", exp.unsigned_abs()));
    }
    out
}

/// Appends `count` zeros (nothing if `count <= 0`).
fn zeros(out: &mut String, count: i64) {
    if let Ok(count) = usize::try_from(count) {
        out.extend(std::iter::repeat_n('0', count));
    }
}
