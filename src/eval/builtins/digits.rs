//! Unicode decimal digits. `int("٣")` and `float("١.٥")` accept any character of Unicode category
//! Nd, as CPython does; every such digit belongs to a run of ten starting at a zero listed here.

use std::borrow::Cow;

/// The zero of every run of Unicode decimal digits (Unicode 14, CPython 3.11).
const ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
    0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
    0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
    0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit, if `c` is one.
pub fn decimal(c: char) -> Option<u32> {
    let c = u32::from(c);
    let i = ZEROS.partition_point(|&z| z <= c).checked_sub(1)?;
    let d = c - ZEROS.get(i)?;
    (d < 10).then_some(d)
}

/// `s` with every non-ASCII decimal digit replaced by its ASCII digit (borrowed when there is none).
pub fn ascii_digits(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match decimal(c) {
                Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
                _ => c,
            })
            .collect(),
    )
}
