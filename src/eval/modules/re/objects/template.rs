//! Replacement templates of `re.sub` and `Match.expand`: literal text with `\1`, `\g<name>` and
//! `\g<0>` group references and Python's string escapes, parsed once per call and expanded per match.
//! Bad references raise CPython's `re.error` messages.

use super::PatternData;
use crate::eval::{ExcType, Interp, PyResult};

/// A piece of a replacement template: literal text or a group reference.
pub(super) enum Piece {
    Text(String),
    Group(usize),
}

pub(super) fn parse_template(interp: &mut Interp, template: &str, pattern: &PatternData) -> PyResult<Vec<Piece>> {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' || i + 1 >= chars.len() {
            text.push(c);
            i += 1;
            continue;
        }
        let next = chars[i + 1];
        let group = if next == 'g' && chars.get(i + 2) == Some(&'<') {
            let close = chars[i..].iter().position(|&ch| ch == '>').map(|p| p + i);
            let Some(close) = close else {
                return Err(super::super::re_error(
                    interp,
                    &format!("missing >, unterminated name at position {}", i + 3),
                ));
            };
            let name: String = chars[i + 3..close].iter().collect();
            let number =
                name.parse::<usize>().ok().or_else(|| pattern.names.iter().find(|(n, _)| *n == name).map(|(_, g)| *g));
            let Some(number) = number.filter(|g| *g <= pattern.groups) else {
                return Err(interp.error(ExcType::IndexError, format!("unknown group name '{name}'")));
            };
            i = close + 1;
            Some(number)
        } else if next.is_ascii_digit() {
            let mut digits = next.to_string();
            if let Some(d) = chars.get(i + 2).filter(|d| d.is_ascii_digit()) {
                digits.push(*d);
            }
            i += 1 + digits.len();
            let number: usize = digits.parse().unwrap_or(0);
            if number > pattern.groups {
                return Err(super::super::re_error(
                    interp,
                    &format!("invalid group reference {number} at position {}", i - digits.len()),
                ));
            }
            Some(number)
        } else {
            let escaped = match next {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'f' => '\x0c',
                'v' => '\x0b',
                'a' => '\x07',
                'b' => '\x08',
                '\\' => '\\',
                c if c.is_ascii_alphabetic() => {
                    return Err(super::super::re_error(interp, &format!("bad escape \\{c} at position {i}")));
                }
                c => {
                    text.push('\\');
                    c
                }
            };
            text.push(escaped);
            i += 2;
            None
        };
        if let Some(g) = group {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
            pieces.push(Piece::Group(g));
        }
    }
    pieces.push(Piece::Text(text));
    Ok(pieces)
}

pub(super) fn expand_template(pieces: &[Piece], string: &str, spans: &[Option<(usize, usize)>], out: &mut String) {
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Group(g) => {
                if let Some((s, e)) = spans.get(*g).copied().flatten() {
                    out.push_str(string.get(s..e).unwrap_or(""));
                }
            }
        }
    }
}
