//! `round()` for floats and ints, as CPython 3 does it: correctly rounded, ties to even on the exact
//! binary value (so `round(2.675, 2)` is `2.67`, because 2.675 is stored as 2.67499999...).
//!
//! CPython's `double_round` formats the value to `ndigits` decimals with dtoa and reads the string back
//! with strtod; we do the same with Rust's correctly rounded formatting and parsing.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, Zero};

use super::digits::{Mode, digits};
use super::{FmtResult, FormatError};

/// Beyond this many decimals rounding cannot change a double (CPython's `NDIGITS_MAX`).
const NDIGITS_MAX: i64 = 323;
/// Below this (negative) many decimals every double rounds to zero (CPython's `NDIGITS_MIN`).
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float: a float. `inf`/`nan` come back unchanged; a result too large
/// (`round(1.7e308, -308)`) is CPython's `OverflowError`.
pub fn round_float(x: f64, ndigits: i64) -> FmtResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        let places = usize::try_from(ndigits).unwrap_or(0);
        format!("{:.*}", places, x)
    } else {
        round_to_power(x, ndigits)
    };
    let rounded: f64 = text.parse().unwrap_or(0.0 * x);
    if rounded.is_infinite() {
        return Err(FormatError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `x` rounded to a multiple of `10^-ndigits` (`ndigits < 0`), as a decimal string, ties to even.
fn round_to_power(x: f64, ndigits: i64) -> String {
    let sign = if x.is_sign_negative() { "-" } else { "" };
    // 20 significant digits always show the exact decimal exponent of a double (no false carry).
    let exact = digits(x, Mode::Significant(20));
    let significant = exact.decpt + ndigits;
    if significant < 0 || x == 0.0 {
        return format!("{sign}0");
    }
    if significant == 0 {
        // Only a value above half of 10^-ndigits rounds up (a tie goes to the even 0). The exact digits
        // (a double has at most 767) decide it: `0.D > 0.5` exactly when D sorts after "5".
        let all = digits(x, Mode::Significant(800));
        let above_half = all.digits.as_str() > "5";
        return if above_half { format!("{sign}1e{}", -ndigits) } else { format!("{sign}0") };
    }
    let rounded = digits(x, Mode::Significant(usize::try_from(significant).unwrap_or(1)));
    format!("{sign}0.{}e{}", rounded.digits, rounded.decpt)
}

/// `round(x)` with no `ndigits`: the nearest int, ties to even. NaN and infinities are CPython's
/// `ValueError` / `OverflowError`.
pub fn round_float_to_int(x: f64) -> FmtResult<BigInt> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow("cannot convert float infinity to integer"));
    }
    BigInt::from_f64(x.round_ties_even()).ok_or_else(|| FormatError::overflow("cannot convert float to integer"))
}

/// `round(n, ndigits)` for an int: unchanged when `ndigits >= 0`, else rounded to a multiple of
/// `10^-ndigits`, ties to even (`round(1250, -2) == 1200`).
pub fn round_half_even_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    let places = ndigits.unsigned_abs();
    // A power of ten longer than the number (plus one) rounds everything to zero; stop before
    // building an enormous power.
    let len = u64::try_from(n.abs().to_string().len()).unwrap_or(u64::MAX);
    if places > len {
        return BigInt::zero();
    }
    let pow = num_traits::pow(BigInt::from(10), usize::try_from(places).unwrap_or(0));
    // Ties-to-even is symmetric, so round the magnitude and put the sign back.
    let magnitude = n.abs();
    let quotient = &magnitude / &pow;
    let twice: BigInt = (&magnitude % &pow) * 2;
    let odd = !(&quotient % BigInt::from(2)).is_zero();
    let up = twice > pow || (twice == pow && odd);
    let quotient = if up { quotient + 1 } else { quotient };
    let rounded = quotient * pow;
    if n.is_negative() { -rounded } else { rounded }
}
