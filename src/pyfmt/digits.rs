//! Decimal digit generation for finite doubles: the role David Gay's `_Py_dg_dtoa` plays in CPython.
//!
//! Rust's float formatting is correctly rounded and, like dtoa, breaks exact ties to even (`{:.1}` of
//! 0.25 is `0.2`), and `{:e}` gives the shortest round-tripping digits. So we let `core::fmt` produce the
//! digits and only reshape them into dtoa's `(digits, decpt)` form: digits without trailing zeros, and the
//! decimal point's position relative to the first digit. The table tests against CPython guard this.

/// Digits of `|x|`, as dtoa returns them: `0.0123` is `digits = "123"`, `decpt = -1`; zero is `"0"`, 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    /// ASCII digits, no leading or trailing zeros (except the single `"0"` for zero).
    pub digits: String,
    /// Position of the decimal point: the value is `0.DIGITS * 10^decpt`.
    pub decpt: i64,
}

/// Which digits to produce (dtoa's modes 0, 2 and 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Shortest digits that round-trip (mode 0).
    Shortest,
    /// This many significant digits, at least 1 (mode 2).
    Significant(usize),
    /// This many digits after the decimal point (mode 3).
    Fixed(usize),
}

/// A double has at most 767 significant decimal digits; past that more precision only adds zeros.
const MAX_SIGNIFICANT: usize = 800;
/// The smallest subnormal has 1074 digits after the point; past that more precision only adds zeros.
const MAX_FIXED: usize = 1100;

/// The dtoa digits of `|x|` for a finite `x` (non-finite input gives `"0"`; callers handle inf/nan).
pub(crate) fn digits(x: f64, mode: Mode) -> Digits {
    let x = x.abs();
    if !x.is_finite() || x == 0.0 {
        return Digits { digits: "0".into(), decpt: 1 };
    }
    match mode {
        Mode::Shortest => shortest(x),
        Mode::Significant(n) => from_exponent_form(&format!("{:.*e}", n.clamp(1, MAX_SIGNIFICANT) - 1, x)),
        Mode::Fixed(p) => from_fixed_form(&format!("{:.*}", p.min(MAX_FIXED), x)),
    }
}

/// Shortest round-trip digits, choosing among equally short candidates the one closest to the exact
/// value, ties to even, as dtoa does: `1e15 + 0.3` (exactly ...0.25) is `1000000000000000.2`, where
/// `{:e}` alone may say `.3`. The correctly rounded value with the same number of digits is used when
/// it also round-trips.
fn shortest(x: f64) -> Digits {
    let short = from_exponent_form(&format!("{x:e}"));
    let n = short.digits.len();
    let rounded_text = format!("{:.*e}", n.saturating_sub(1), x);
    if rounded_text.parse::<f64>().ok() == Some(x) {
        return from_exponent_form(&rounded_text);
    }
    short
}

/// Reshapes `d.ddde-5` (Rust's `{:e}` output) into digits and decimal point.
fn from_exponent_form(text: &str) -> Digits {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let all: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    normalise(&all, exponent + 1)
}

/// Reshapes `123.4500` (Rust's `{:.N}` output) into digits and decimal point.
fn from_fixed_form(text: &str) -> Digits {
    let (int_part, frac_part) = text.split_once('.').unwrap_or((text, ""));
    let all = format!("{int_part}{frac_part}");
    normalise(&all, i64::try_from(int_part.len()).unwrap_or(0))
}

/// Drops leading zeros (moving the point) and trailing zeros; an all-zero string becomes `"0"`, 1.
fn normalise(all: &str, decpt: i64) -> Digits {
    let trimmed_start = all.trim_start_matches('0');
    let leading = i64::try_from(all.len() - trimmed_start.len()).unwrap_or(0);
    let digits = trimmed_start.trim_end_matches('0');
    if digits.is_empty() {
        return Digits { digits: "0".into(), decpt: 1 };
    }
    Digits { digits: digits.to_string(), decpt: decpt - leading }
}
