//! The text codecs people use with `str.encode` / `bytes.decode`: UTF-8 (and `utf-8-sig`, Excel's
//! UTF-8 with a byte-order mark), ASCII, Latin-1 and Windows-1252, UTF-16 and UTF-32, their
//! aliases as `codecs.lookup` normalises them, the `strict`/`ignore`/`replace`/`backslashreplace`
//! (and, encoding, `xmlcharrefreplace`) error handlers, and CPython's exact error messages
//! (`'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`).

use crate::eval::exceptions::ExcType;
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    /// UTF-8 after a byte-order mark: written on encoding, dropped (if present) on decoding.
    Utf8Sig,
    Ascii,
    /// Windows-1252: Latin-1 with printable characters in 0x80-0x9F (five bytes there are undefined).
    Cp1252,
    Latin1,
    /// UTF-16 / UTF-32: code unit width in bytes, and big-endian (None: native little-endian with a BOM).
    Wide(usize, Option<bool>),
    /// `unicode_escape` and `raw_unicode_escape` (see [`super::escape`]).
    UnicodeEscape,
    RawUnicodeEscape,
}

impl Codec {
    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Cp1252 => "charmap",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Wide(2, None) => "utf-16",
            Codec::Wide(2, Some(false)) => "utf-16-le",
            Codec::Wide(2, Some(true)) => "utf-16-be",
            Codec::Wide(_, None) => "utf-32",
            Codec::Wide(_, Some(false)) => "utf-32-le",
            Codec::Wide(_, Some(true)) => "utf-32-be",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }

    /// The highest code point the codec encodes as one byte (Latin-1, ASCII), for its error message.
    fn limit(self) -> u32 {
        if self == Codec::Ascii { 128 } else { 256 }
    }

    /// The byte a single-byte codec writes for `c`, if it has one.
    fn byte(self, c: char) -> Option<u8> {
        let n = c as u32;
        match self {
            Codec::Cp1252 if (0x80..0xa0).contains(&n) => None,
            Codec::Cp1252 => u8::try_from(n)
                .ok()
                .or_else(|| CP1252.iter().position(|&m| m == c && m != '\u{fffd}').map(|k| 0x80 + k as u8)),
            _ => u8::try_from(n).ok().filter(|_| n < self.limit()),
        }
    }

    /// Why a character has no byte, as CPython's messages say.
    fn reason(self) -> String {
        match self {
            Codec::Cp1252 => "character maps to <undefined>".to_string(),
            _ => format!("ordinal not in range({})", self.limit()),
        }
    }
}

/// Windows-1252's characters for bytes 0x80-0x9F (U+FFFD: the five undefined bytes).
const CP1252: [char; 32] = [
    '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž', '\u{fffd}', '\u{fffd}',
    '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{fffd}', 'ž', 'Ÿ',
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

impl Interp {
    /// The codec named `encoding`, for `str.encode` (`encoding` true) or `bytes.decode`.
    fn codec(&self, encoding: &str, encode: bool) -> PyResult<Codec> {
        // `encodings.normalize_encoding`: punctuation and spaces become underscores.
        let normal: String = encoding
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '_' })
            .collect();
        Ok(match normal.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
            "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" | "cp367" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859" | "8859" | "cp819"
            | "iso_ir_100" => Codec::Latin1,
            "utf_16" | "utf16" | "u16" => Codec::Wide(2, None),
            "utf_16_le" | "utf_16le" => Codec::Wide(2, Some(false)),
            "utf_16_be" | "utf_16be" => Codec::Wide(2, Some(true)),
            "utf_32" | "utf32" | "u32" => Codec::Wide(4, None),
            "utf_32_le" | "utf_32le" => Codec::Wide(4, Some(false)),
            "utf_32_be" | "utf_32be" => Codec::Wide(4, Some(true)),
            "unicode_escape" => Codec::UnicodeEscape,
            "raw_unicode_escape" => Codec::RawUnicodeEscape,
            // CPython's bytes-to-bytes and str-to-str codecs exist only through the `codecs` module.
            "rot13" | "rot_13" | "hex" | "hex_codec" | "base64" | "base_64" | "base64_codec" | "zlib"
            | "zlib_codec" | "bz2" | "bz2_codec" | "quopri" | "quopri_codec" | "uu" | "uu_codec" => {
                let via = if encode { "codecs.encode()" } else { "codecs.decode()" };
                return Err(self.error(
                    ExcType::LookupError,
                    format!("'{encoding}' is not a text encoding; use {via} to handle arbitrary codecs"),
                ));
            }
            _ => return Err(self.error(ExcType::LookupError, format!("unknown encoding: {encoding}"))),
        })
    }

    fn handler(&self, errors: &str, encoding: bool) -> PyResult<Handler> {
        Ok(match errors {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" if encoding => Handler::XmlCharRefReplace,
            other => return Err(self.error(ExcType::LookupError, format!("unknown error handler name '{other}'"))),
        })
    }

    /// `text.encode(encoding, errors)`.
    pub fn encode(&mut self, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
        let codec = self.codec(encoding, true)?;
        self.charge_bytes(text.len())?;
        if codec == Codec::Utf8 {
            return Ok(text.as_bytes().to_vec());
        }
        if codec == Codec::Utf8Sig {
            return Ok([&[0xef, 0xbb, 0xbf], text.as_bytes()].concat());
        }
        if let Codec::Wide(width, big) = codec {
            return Ok(encode_wide(text, width, big));
        }
        if codec == Codec::UnicodeEscape {
            return Ok(super::escape::encode_unicode_escape(text));
        }
        if codec == Codec::RawUnicodeEscape {
            return Ok(super::escape::encode_raw_unicode_escape(text));
        }
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::with_capacity(chars.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if let Some(b) = codec.byte(c) {
                out.push(b);
                i += 1;
                continue;
            }
            // CPython reports (and replaces) a run of unencodable characters at once.
            let end = chars[i..].iter().position(|c| codec.byte(*c).is_some()).map_or(chars.len(), |n| i + n);
            let handler = self.handler(errors, true)?;
            match handler {
                Handler::Strict => {
                    let what = if end - i == 1 {
                        format!("character '{}' in position {i}", escaped(c))
                    } else {
                        format!("characters in position {i}-{}", end - 1)
                    };
                    let reason = codec.reason();
                    let exc = self.error(
                        ExcType::UnicodeEncodeError,
                        format!("'{}' codec can't encode {what}: {reason}", codec.name()),
                    );
                    return Err(exc.with_fields([
                        ("encoding", Value::str(codec.name())),
                        ("object", Value::str(text)),
                        ("start", Value::Int(i as i64)),
                        ("end", Value::Int(end as i64)),
                        ("reason", Value::str(&reason)),
                    ]));
                }
                Handler::Ignore => {}
                Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
                Handler::BackslashReplace => chars[i..end].iter().for_each(|c| out.extend(escaped(*c).bytes())),
                Handler::XmlCharRefReplace => {
                    chars[i..end].iter().for_each(|c| out.extend(format!("&#{};", *c as u32).bytes()))
                }
            }
            i = end;
        }
        Ok(out)
    }

    /// `data.decode(encoding, errors)`.
    pub fn decode(&mut self, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
        let codec = self.codec(encoding, false)?;
        self.charge_bytes(data.len())?;
        match codec {
            Codec::Latin1 => Ok(data.iter().map(|b| char::from(*b)).collect()),
            Codec::Ascii => {
                let mut out = String::with_capacity(data.len());
                for (i, b) in data.iter().enumerate() {
                    if b.is_ascii() {
                        out.push(char::from(*b));
                        continue;
                    }
                    match self.handler(errors, false)? {
                        Handler::Strict => {
                            return Err(self.error(
                                ExcType::UnicodeDecodeError,
                                format!("'ascii' codec can't decode byte 0x{b:02x} in position {i}: ordinal not in range(128)"),
                            ));
                        }
                        handler => replace_bytes(&mut out, &[*b], handler),
                    }
                }
                Ok(out)
            }
            Codec::Cp1252 => {
                let mut out = String::with_capacity(data.len());
                for (i, b) in data.iter().enumerate() {
                    let c = match b {
                        0x80..=0x9f => CP1252[usize::from(b - 0x80)],
                        _ => char::from(*b),
                    };
                    if c != '\u{fffd}' {
                        out.push(c);
                        continue;
                    }
                    match self.handler(errors, false)? {
                        Handler::Strict => {
                            let reason = codec.reason();
                            let exc = self.error(
                                ExcType::UnicodeDecodeError,
                                format!("'charmap' codec can't decode byte 0x{b:02x} in position {i}: {reason}"),
                            );
                            return Err(exc.with_fields([
                                ("encoding", Value::str("charmap")),
                                ("start", Value::Int(i as i64)),
                                ("end", Value::Int(i as i64 + 1)),
                                ("reason", Value::str(&reason)),
                            ]));
                        }
                        handler => replace_bytes(&mut out, &[*b], handler),
                    }
                }
                Ok(out)
            }
            Codec::Utf8 => self.decode_utf8(data, errors),
            Codec::Utf8Sig => self.decode_utf8(data.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(data), errors),
            Codec::Wide(width, big) => self.decode_wide(data, width, big, codec.name(), errors),
            Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
                let decoded = if codec == Codec::UnicodeEscape {
                    super::escape::decode_unicode_escape(data)
                } else {
                    super::escape::decode_raw_unicode_escape(data)
                };
                decoded.map_err(|e| {
                    let what = match data.get(e.start..e.end) {
                        Some([one]) => format!("byte 0x{one:02x} in position {}", e.start),
                        _ => format!("bytes in position {}-{}", e.start, e.end.saturating_sub(1)),
                    };
                    let exc = self.error(
                        ExcType::UnicodeDecodeError,
                        format!("'{}' codec can't decode {what}: {}", codec.name(), e.reason),
                    );
                    exc.with_fields([
                        ("encoding", Value::str(codec.name())),
                        ("start", Value::Int(e.start as i64)),
                        ("end", Value::Int(e.end as i64)),
                        ("reason", Value::str(e.reason)),
                    ])
                })
            }
        }
    }

    fn decode_utf8(&mut self, mut data: &[u8], errors: &str) -> PyResult<String> {
        let mut out = String::with_capacity(data.len());
        let mut offset = 0;
        loop {
            match std::str::from_utf8(data) {
                Ok(text) => {
                    out.push_str(text);
                    return Ok(out);
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    out.push_str(std::str::from_utf8(&data[..good]).unwrap_or_default());
                    let bad = e.error_len().unwrap_or(data.len() - good);
                    let bytes = &data[good..good + bad];
                    match self.handler(errors, false)? {
                        Handler::Strict => {
                            let start = offset + good;
                            let reason = match (e.error_len(), bytes.first()) {
                                (None, _) => "unexpected end of data",
                                (Some(1), Some(0xc2..=0xf4)) | (Some(2..), _) => "invalid continuation byte",
                                _ => "invalid start byte",
                            };
                            let what = match bytes {
                                [one] => format!("byte 0x{one:02x} in position {start}"),
                                _ => format!("bytes in position {start}-{}", start + bad - 1),
                            };
                            let exc = self.error(
                                ExcType::UnicodeDecodeError,
                                format!("'utf-8' codec can't decode {what}: {reason}"),
                            );
                            return Err(exc.with_fields([
                                ("encoding", Value::str("utf-8")),
                                ("start", Value::Int(start as i64)),
                                ("end", Value::Int((start + bad) as i64)),
                                ("reason", Value::str(reason)),
                            ]));
                        }
                        handler => replace_bytes(&mut out, bytes, handler),
                    }
                    data = &data[good + bad..];
                    offset += good + bad;
                }
            }
        }
    }
}

impl Interp {
    /// UTF-16 / UTF-32 decoding; the unmarked forms read and drop a byte-order mark.
    fn decode_wide(
        &mut self,
        data: &[u8],
        width: usize,
        big: Option<bool>,
        name: &str,
        errors: &str,
    ) -> PyResult<String> {
        let (mut data, big) = match big {
            Some(b) => (data, b),
            None => {
                let bom_le: &[u8] = if width == 2 { &[0xff, 0xfe] } else { &[0xff, 0xfe, 0, 0] };
                let bom_be: &[u8] = if width == 2 { &[0xfe, 0xff] } else { &[0, 0, 0xfe, 0xff] };
                if let Some(rest) = data.strip_prefix(bom_le) {
                    (rest, false)
                } else if let Some(rest) = data.strip_prefix(bom_be) {
                    (rest, true)
                } else {
                    (data, false)
                }
            }
        };
        let handler = self.handler(errors, false)?;
        let mut units = Vec::with_capacity(data.len() / width);
        while data.len() >= width {
            let (unit, rest) = data.split_at(width);
            let value = unit.iter().enumerate().fold(0u32, |acc, (k, b)| {
                let shift = if big { (width - 1 - k) * 8 } else { k * 8 };
                acc | (u32::from(*b) << shift)
            });
            units.push(value);
            data = rest;
        }
        let consumed = units.len() * width;
        let mut out = String::with_capacity(units.len());
        if width == 2 {
            let units16: Vec<u16> = units.iter().map(|u| *u as u16).collect();
            for c in char::decode_utf16(units16) {
                match (c, handler) {
                    (Ok(c), _) => out.push(c),
                    (Err(_), Handler::Strict) => {
                        return Err(self.error(
                            ExcType::UnicodeDecodeError,
                            format!("'{name}' codec can't decode bytes: illegal UTF-16 surrogate"),
                        ));
                    }
                    (Err(_), Handler::Replace) => out.push('\u{fffd}'),
                    _ => {}
                }
            }
        } else {
            for u in units {
                match (char::from_u32(u), handler) {
                    (Some(c), _) => out.push(c),
                    (None, Handler::Strict) => {
                        return Err(self.error(
                            ExcType::UnicodeDecodeError,
                            format!("'{name}' codec can't decode bytes: code point not in range(0x110000)"),
                        ));
                    }
                    (None, Handler::Replace) => out.push('\u{fffd}'),
                    _ => {}
                }
            }
        }
        if !data.is_empty() {
            if handler == Handler::Strict {
                let at = consumed;
                let what = match data {
                    [one] => format!("byte 0x{one:02x} in position {at}"),
                    _ => format!("bytes in position {at}-{}", at + data.len() - 1),
                };
                return Err(self.error(
                    ExcType::UnicodeDecodeError,
                    format!("'{name}' codec can't decode {what}: truncated data"),
                ));
            }
            if handler == Handler::Replace {
                out.push('\u{fffd}');
            }
        }
        Ok(out)
    }
}

/// UTF-16 / UTF-32 bytes of `text`; the unmarked forms start with a little-endian byte-order mark.
fn encode_wide(text: &str, width: usize, big: Option<bool>) -> Vec<u8> {
    let mut units: Vec<u32> = Vec::new();
    if big.is_none() {
        units.push(0xfeff);
    }
    if width == 2 {
        units.extend(text.encode_utf16().map(u32::from));
    } else {
        units.extend(text.chars().map(u32::from));
    }
    let big = big.unwrap_or(false);
    let mut out = Vec::with_capacity(units.len() * width);
    for u in units {
        for k in 0..width {
            let shift = if big { (width - 1 - k) * 8 } else { k * 8 };
            out.push((u >> shift) as u8);
        }
    }
    out
}

/// What a non-strict decoding handler puts in place of undecodable bytes (one U+FFFD per run, as
/// CPython's "maximal subpart" rule gives).
fn replace_bytes(out: &mut String, bytes: &[u8], handler: Handler) {
    match handler {
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => bytes.iter().for_each(|b| out.push_str(&format!("\\x{b:02x}"))),
        _ => {}
    }
}

/// A character as codec error messages and `backslashreplace` write it: `\xe9`, `\u20ac`, `\U0001f600`.
fn escaped(c: char) -> String {
    match c as u32 {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}
