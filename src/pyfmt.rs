//! Python 3.11's text-formatting rules as pure functions: `repr(float)`, the format-spec mini-language
//! (`format()`, f-strings), `str.format` parsing, `%`-formatting, `round()` and `repr(str)`.
//!
//! The interpreter owns values and objects; this module owns only the byte-for-byte rules CPython applies
//! once a value is known, so they can be tested against CPython in isolation. Nothing here panics on any
//! input: bad specs come back as a [`FormatError`] naming the Python exception class and CPython's message.
//! The code follows CPython's own algorithms (`Python/formatter_unicode.c`, `Python/pystrtod.c`,
//! `Objects/stringlib/unicode_format.h`, `PyUnicode_Format`) closely, so edge cases match by construction.

mod digits;
mod float;
mod number;
mod percent;
mod printable;
mod render;
mod repr;
mod round;
mod spec;
mod strformat;

#[cfg(test)]
mod tests;

pub use float::float_repr;
pub use percent::{
    PercentCount, PercentFlags, PercentKind, PercentLayout, PercentParser, PercentPiece, PercentSpec, char_from_code,
    parse_percent_format, percent_float, percent_int, percent_text,
};
pub use render::{format_float, format_int, format_str, pyformat_float, pyformat_int, pyformat_str};
pub use repr::{ascii_str, is_printable, repr_bytes, repr_str};
pub use round::{round_float, round_float_to_int, round_half_even_int};
pub use spec::{Align, FormatSpec, Grouping, Sign, parse_format_spec};
pub use strformat::{
    Accessor, Conversion, Field, FieldArg, FormatStringParser, Nested, Piece, check_conversion, parse_format_string,
};

use crate::eval::ExcType;

/// The largest width or precision we will render. CPython accepts up to `sys.maxsize` and would try to
/// allocate that much; in a browser tab that aborts the page, so larger values are a `ValueError` here.
pub const MAX_RENDERED_WIDTH: usize = 1 << 20;

/// A Python exception raised by a formatting rule: the class (`ValueError`, `TypeError`,
/// `OverflowError`, ...) and CPython's message text, so the interpreter can raise the same exception.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// The built-in exception class.
    pub class: ExcType,
    /// CPython's message text.
    pub message: String,
}

impl FormatError {
    /// A `ValueError` with the given message.
    pub fn value(message: impl Into<String>) -> Self {
        FormatError { class: ExcType::ValueError, message: message.into() }
    }

    /// A `TypeError` with the given message.
    pub fn type_error(message: impl Into<String>) -> Self {
        FormatError { class: ExcType::TypeError, message: message.into() }
    }

    /// An `OverflowError` with the given message.
    pub fn overflow(message: impl Into<String>) -> Self {
        FormatError { class: ExcType::OverflowError, message: message.into() }
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.class, self.message)
    }
}

impl std::error::Error for FormatError {}

/// Shorthand for results of this module.
pub type FmtResult<T> = Result<T, FormatError>;
