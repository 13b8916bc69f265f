//! `repr(str)` and `ascii(str)` as CPython writes them.
//!
//! Quote choice: single quotes unless the text contains `'` and no `"`. Escaped: the quote, backslash,
//! `\t \n \r`, other ASCII controls and DEL as `\xNN`, and non-ASCII characters that are not printable
//! (per [`super::printable`]) as `\xNN`, `\uNNNN` or `\UNNNNNNNN`. Printable non-ASCII stays as is.

use super::printable::NON_PRINTABLE;

/// CPython's `repr()` of a str.
pub fn repr_str(text: &str) -> String {
    quoted(text, false)
}

/// CPython's `ascii()` of a str: like `repr`, but every non-ASCII character is escaped.
pub fn ascii_str(text: &str) -> String {
    quoted(text, true)
}

/// `str.isprintable()` for one character (Unicode 14, as CPython 3.11).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    let (pairs, _) = NON_PRINTABLE.as_chunks::<2>();
    // The last range starting at or before cp is the only one that can contain it.
    let count = pairs.partition_point(|[start, _]| *start <= cp);
    match count.checked_sub(1).and_then(|i| pairs.get(i)) {
        Some([_, end]) => cp > *end,
        None => true,
    }
}

fn quoted(text: &str, ascii_only: bool) -> String {
    let quote = if text.contains('\'') && !text.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if c.is_ascii() => out.push(c),
            c if !ascii_only && is_printable(c) => out.push(c),
            c => out.push_str(&escape_non_ascii(c)),
        }
    }
    out.push(quote);
    out
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, lower-case hex, by the size of the code point.
fn escape_non_ascii(c: char) -> String {
    let cp = c as u32;
    if cp <= 0xff {
        format!("\\x{cp:02x}")
    } else if cp <= 0xffff {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// `repr(bytes)`: `b'ab\x00'`, with double quotes when the bytes contain `'` but no `"`.
pub fn repr_bytes(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') { '"' } else { '\'' };
    let mut out = format!("b{quote}");
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if b == quote as u8 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}
