//! Laying out a formatted number: sign, prefix, grouped digits, remainder and padding.
//!
//! This is CPython's `calc_number_widths` + `fill_number` + `_PyUnicode_InsertThousandsGrouping`. The
//! subtle part is `0` padding with `=` alignment: the zeros are generated *inside* the grouping, so
//! `format(1234, "010,")` is `00,001,234` (separators between padding zeros too).

use super::spec::{Align, Sign};

/// The pieces of a number before layout.
#[derive(Debug, Clone, Default)]
pub(crate) struct NumberParts<'a> {
    /// The value is negative (a `-` is written whatever the sign option).
    pub negative: bool,
    /// `0x`-style prefix (alternate form), written after the sign.
    pub prefix: &'a str,
    /// The digits that get grouped (integer part).
    pub digits: &'a str,
    /// Everything after the digits: decimal point, fraction, exponent, `%`; or the `c` character.
    pub rest: &'a str,
}

/// How to lay the number out.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberLayout {
    pub fill: char,
    pub align: Align,
    pub width: usize,
    pub sign: Option<Sign>,
    /// Separator and group size, if grouping.
    pub grouping: Option<(char, usize)>,
}

/// Lays out `parts` according to `layout` (CPython's `fill_number`).
pub(crate) fn render_number(parts: &NumberParts<'_>, layout: &NumberLayout) -> String {
    let sign = match (parts.negative, layout.sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        (false, _) => None,
    };
    let width = isize::try_from(layout.width).unwrap_or(isize::MAX);
    let non_digit = usize::from(sign.is_some()) + parts.prefix.chars().count() + parts.rest.chars().count();
    let non_digit = isize::try_from(non_digit).unwrap_or(isize::MAX);
    let min_width = if layout.fill == '0' && layout.align == Align::AfterSign { width - non_digit } else { 0 };
    let grouped =
        if parts.digits.is_empty() { String::new() } else { group_digits(parts.digits, min_width, layout.grouping) };
    let used = non_digit + isize::try_from(grouped.chars().count()).unwrap_or(isize::MAX);
    let padding = usize::try_from(width - used).unwrap_or(0);
    let (left, middle, right) = match layout.align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(layout.fill, left));
    out.extend(sign);
    out.push_str(parts.prefix);
    out.extend(std::iter::repeat_n(layout.fill, middle));
    out.push_str(&grouped);
    out.push_str(parts.rest);
    out.extend(std::iter::repeat_n(layout.fill, right));
    out
}

/// Groups `digits` (ASCII) from the right, zero-padding to at least `min_width` characters as CPython's
/// `_PyUnicode_InsertThousandsGrouping` does (with no grouping it only zero-pads).
pub(crate) fn group_digits(digits: &str, min_width: isize, grouping: Option<(char, usize)>) -> String {
    let bytes = digits.as_bytes();
    let mut remaining = isize::try_from(bytes.len()).unwrap_or(isize::MAX);
    let mut min_width = min_width.max(0);
    // Pieces from right to left; each is (separator?, zeros, digit chars).
    let mut pieces: Vec<(bool, isize, isize)> = Vec::new();
    let mut broke = false;
    if let Some((_, size)) = grouping {
        let size = isize::try_from(size.max(1)).unwrap_or(3);
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            pieces.push((!pieces.is_empty(), n_zeros, n_chars));
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broke = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broke {
        let len = remaining.max(min_width).max(1);
        pieces.push((!pieces.is_empty(), (len - remaining).max(0), remaining.min(len).max(0)));
    }
    let sep = grouping.map_or(',', |(c, _)| c);
    let mut end = bytes.len();
    let mut parts: Vec<String> = Vec::with_capacity(pieces.len());
    for (use_sep, n_zeros, n_chars) in pieces {
        let n_chars = usize::try_from(n_chars).unwrap_or(0).min(end);
        let mut piece = "0".repeat(usize::try_from(n_zeros).unwrap_or(0));
        piece.push_str(digits.get(end - n_chars..end).unwrap_or(""));
        end -= n_chars;
        if use_sep {
            piece.push(sep);
        }
        parts.push(piece);
    }
    parts.reverse();
    parts.concat()
}
