//! Case and character-class methods of `str`: `title`/`istitle` with CPython's titlecase letters and
//! word breaks, `isupper`/`islower`, and the `isdigit`/`isdecimal`/`isnumeric` distinctions between
//! numeric characters.

use super::receiver;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};

/// Numeric characters that are not digits (`isdigit` is false): vulgar fractions, Roman numerals, CJK numerals.
pub(super) fn is_fraction_or_numeral(c: char) -> bool {
    matches!(c, '¼'..='¾' | '⅐'..='⅟' | 'Ⅰ'..='ↈ' | '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

/// Digits that are not decimal (`isdecimal` is false): superscripts, subscripts, circled digits.
pub(super) fn is_super_sub(c: char) -> bool {
    matches!(c, '²' | '³' | '¹' | '⁰'..='⁹' | '₀'..='₉' | '①'..='⑳')
}

/// The titlecase form of a character: its uppercase, with any further characters of a multi-character
/// uppercase lowercased (`ß` → `Ss`, `ﬁ` → `Fi`), and the four Latin digraphs that have their own
/// titlecase letter.
pub(super) fn titlecase(c: char) -> impl Iterator<Item = char> {
    let digraph = match c {
        'Ǆ' | 'ǅ' | 'ǆ' => Some('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => Some('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => Some('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => Some('ǲ'),
        _ => None,
    };
    let upper: Vec<char> = match digraph {
        Some(d) => vec![d],
        None => c.to_uppercase().collect(),
    };
    upper.into_iter().enumerate().flat_map(|(k, u)| {
        let lowered: Vec<char> = if k == 0 { vec![u] } else { u.to_lowercase().collect() };
        lowered.into_iter()
    })
}

/// `str.casefold`: lowercase, then the full case foldings that differ from it (the sharp s, the
/// Latin ligatures, Greek final sigma and symbol variants, the long s, the micro sign).
pub(super) fn casefold(s: &str) -> String {
    s.to_lowercase().chars().fold(String::with_capacity(s.len()), |mut out, c| {
        out.push_str(match c {
            'ß' | 'ẞ' => "ss",
            'ﬀ' => "ff",
            'ﬁ' => "fi",
            'ﬂ' => "fl",
            'ﬃ' => "ffi",
            'ﬄ' => "ffl",
            'ﬅ' | 'ﬆ' => "st",
            'ŉ' => "ʼn",
            'ſ' => "s",
            'µ' => "μ",
            'ς' => "σ",
            'ϐ' => "β",
            'ϑ' => "θ",
            'ϕ' => "φ",
            'ϖ' => "π",
            'ϰ' => "κ",
            'ϱ' => "ρ",
            'ϵ' => "ε",
            _ => {
                out.push(c);
                return out;
            }
        });
        out
    })
}

pub(super) fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for c in s.chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(titlecase(c));
        }
        previous_cased = c.is_alphabetic();
    }
    out
}

/// `str.istitle`: uppercase letters only after uncased characters, lowercase only after cased ones, and
/// at least one cased character (CPython's rule, which treats digits and punctuation as word breaks).
pub(super) fn istitle(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _) = receiver(interp, args)?;
    let mut previous_cased = false;
    let mut any = false;
    for c in s.chars() {
        // Titlecase letters (`ǈ`, Greek capitals with prosgegrammeni) count as uppercase here.
        if c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | 'ᾈ'..='ᾏ' | 'ᾘ'..='ᾟ' | 'ᾨ'..='ᾯ' | 'ᾼ' | 'ῌ' | 'ῼ')
        {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            any = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

pub(super) fn test(interp: &mut Interp, args: Args, pred: fn(char) -> bool) -> PyResult<Value> {
    let (s, _) = receiver(interp, args)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(pred)))
}

pub(super) fn cased(interp: &mut Interp, args: Args, upper: bool) -> PyResult<Value> {
    let (s, _) = receiver(interp, args)?;
    let has_cased = s.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    let ok = s.chars().all(|c| if upper { !c.is_lowercase() } else { !c.is_uppercase() });
    Ok(Value::Bool(has_cased && ok))
}
