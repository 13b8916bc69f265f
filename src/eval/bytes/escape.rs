//! The escape codecs: `unicode_escape` (text as a Python string literal's body, Latin-1 based:
//! `caf\xe9\n`) and `raw_unicode_escape` (Latin-1, with only characters past U+00FF written as
//! `\uXXXX` / `\UXXXXXXXX`). People meet them decoding backslash escapes read from text
//! (`b"tab\\t".decode("unicode_escape")`) and in `codecs.encode`/`decode`.
//!
//! Pure functions over bytes and text; a decoding error is returned as CPython's message parts
//! (the codec's name, the byte range, the reason), which the caller raises as `UnicodeDecodeError`.

/// Why decoding stopped: the byte range (start, end) and CPython's reason.
#[derive(Debug, PartialEq, Eq)]
pub struct EscapeError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// `text.encode("unicode_escape")`.
pub fn encode_unicode_escape(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(c as u8),
            _ => push_escape(&mut out, c),
        }
    }
    out
}

/// `text.encode("raw_unicode_escape")`.
pub fn encode_raw_unicode_escape(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match u8::try_from(u32::from(c)) {
            Ok(b) => out.push(b),
            Err(_) => push_escape(&mut out, c),
        }
    }
    out
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, the shortest that holds `c`.
fn push_escape(out: &mut Vec<u8>, c: char) {
    let n = u32::from(c);
    let text = match n {
        0..=0xff => format!("\\x{n:02x}"),
        0x100..=0xffff => format!("\\u{n:04x}"),
        _ => format!("\\U{n:08x}"),
    };
    out.extend_from_slice(text.as_bytes());
}

/// `data.decode("unicode_escape")`: every escape of a Python string literal except `\N{...}`
/// (named characters need the Unicode name table; they are reported as malformed). An unknown
/// escape such as `\q` is kept as it is, as CPython does (with a warning it prints to stderr).
pub fn decode_unicode_escape(data: &[u8]) -> Result<String, EscapeError> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(char::from(b));
            i += 1;
            continue;
        }
        let start = i;
        let Some(&next) = data.get(i + 1) else {
            return Err(EscapeError { start, end: data.len(), reason: "\\ at end of string" });
        };
        i += 2;
        let simple = match next {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(c) = simple {
            out.extend(c);
            continue;
        }
        match next {
            b'0'..=b'7' => {
                let mut n = u32::from(next - b'0');
                for _ in 0..2 {
                    match data.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            n = n * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (width, reason) = match next {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                i = hex_escape(data, start, i, width, reason, &mut out)?;
            }
            b'N' => return Err(EscapeError { start, end: i, reason: "malformed \\N character escape" }),
            other => {
                out.push('\\');
                out.push(char::from(other));
            }
        }
    }
    Ok(out)
}

/// `data.decode("raw_unicode_escape")`: Latin-1, where only `\uXXXX` and `\UXXXXXXXX` are escapes.
pub fn decode_raw_unicode_escape(data: &[u8]) -> Result<String, EscapeError> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let next = data.get(i + 1).copied();
        match (b, next) {
            (b'\\', Some(kind @ (b'u' | b'U'))) => {
                let (width, reason) =
                    if kind == b'u' { (4, "truncated \\uXXXX escape") } else { (8, "truncated \\UXXXXXXXX escape") };
                i = hex_escape(data, i, i + 2, width, reason, &mut out)?;
            }
            (b'\\', Some(other)) => {
                out.push('\\');
                out.push(char::from(other));
                i += 2;
            }
            _ => {
                out.push(char::from(b));
                i += 1;
            }
        }
    }
    Ok(out)
}

/// Reads `width` hex digits at `at` (the escape began at `start`) and pushes the character; returns
/// where reading goes on.
fn hex_escape(
    data: &[u8],
    start: usize,
    at: usize,
    width: usize,
    reason: &'static str,
    out: &mut String,
) -> Result<usize, EscapeError> {
    let digits = data.get(at..).unwrap_or_default().iter().take(width).take_while(|d| d.is_ascii_hexdigit()).count();
    if digits < width {
        return Err(EscapeError { start, end: at + digits, reason });
    }
    let text = std::str::from_utf8(&data[at..at + width]).unwrap_or("0");
    let n = u32::from_str_radix(text, 16).unwrap_or(0);
    match char::from_u32(n) {
        Some(c) => out.push(c),
        None => {
            return Err(EscapeError { start, end: at + width, reason: "illegal Unicode character" });
        }
    }
    Ok(at + width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_escape_round_trips_python_literals() {
        let text = "\x00\x7f\u{80}\\'\"\u{1234}\u{1f600}\t";
        let encoded = encode_unicode_escape(text);
        assert_eq!(encoded, b"\\x00\\x7f\\x80\\\\'\"\\u1234\\U0001f600\\t".to_vec());
        assert_eq!(decode_unicode_escape(&encoded).as_deref(), Ok(text));
        assert_eq!(decode_unicode_escape(b"\\q\\101\\\n").as_deref(), Ok("\\qA"));
    }

    #[test]
    fn unicode_escape_reports_cpython_ranges() {
        let err = decode_unicode_escape(b"\\x4").err();
        assert_eq!(err, Some(EscapeError { start: 0, end: 3, reason: "truncated \\xXX escape" }));
        let err = decode_unicode_escape(b"ab\\").err();
        assert_eq!(err, Some(EscapeError { start: 2, end: 3, reason: "\\ at end of string" }));
    }

    #[test]
    fn raw_unicode_escape_only_knows_u_escapes() {
        assert_eq!(encode_raw_unicode_escape("\u{e9}\\\u{4e2d}"), b"\xe9\\\\u4e2d".to_vec());
        assert_eq!(decode_raw_unicode_escape(b"\\\\u0041 \\u0041 \\x41").as_deref(), Ok("\\\\u0041 A \\x41"));
    }
}
