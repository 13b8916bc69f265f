//! The pattern mistakes people make most, found before the pattern reaches the regex engine, so that
//! `re.error` says what CPython's parser says, at the same position (`missing ), unterminated
//! subpattern at position 0`, `nothing to repeat`, `unterminated character set`, `bad escape \q`,
//! `unbalanced parenthesis`, `multiple repeat`). Anything it lets through is the engine's to judge.

/// The first mistake in `pattern` (Python syntax), with its character position.
pub(super) fn mistake(pattern: &str, verbose: bool) -> Option<(String, usize)> {
    let chars: Vec<char> = pattern.chars().collect();
    // `(?x)` at the start turns verbose mode on too.
    let leading: String = chars.iter().skip(2).take_while(|c| c.is_ascii_alphabetic()).collect();
    let verbose = verbose || (pattern.starts_with("(?") && leading.contains('x'));
    let mut open: Vec<usize> = Vec::new();
    // What a quantifier here follows: nothing to repeat, an item, a quantifier (which a `?` or `+`
    // makes lazy or possessive), or such a completed quantifier.
    const NOTHING: u8 = 0;
    const ITEM: u8 = 1;
    const QUANTIFIER: u8 = 2;
    const DONE: u8 = 3;
    let mut state = NOTHING;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let Some(&e) = chars.get(i + 1) else { return Some(("bad escape (end of pattern)".into(), i)) };
                if e.is_ascii_alphabetic() && !"AbBdDsSwWZafnrtvxuUN".contains(e) {
                    return Some((format!("bad escape \\{e}"), i));
                }
                i += 2;
                state = ITEM;
                continue;
            }
            '[' => {
                let mut j = i + 1;
                if chars.get(j) == Some(&'^') {
                    j += 1;
                }
                if chars.get(j) == Some(&']') {
                    j += 1;
                }
                while j < chars.len() && chars[j] != ']' {
                    j += if chars[j] == '\\' { 2 } else { 1 };
                }
                if j >= chars.len() {
                    return Some(("unterminated character set".into(), i));
                }
                i = j + 1;
                state = ITEM;
                continue;
            }
            '(' => {
                open.push(i);
                state = NOTHING;
                if chars.get(i + 1) == Some(&'?') {
                    i += 2;
                    continue;
                }
            }
            ')' => {
                if open.pop().is_none() {
                    return Some(("unbalanced parenthesis".into(), i));
                }
                state = ITEM;
            }
            '|' => state = NOTHING,
            '*' | '+' | '?' | '{' => {
                let end = if c == '{' { counted(&chars, i) } else { Some(i + 1) };
                if let Some(end) = end {
                    state = match state {
                        QUANTIFIER if c == '?' || c == '+' => DONE,
                        QUANTIFIER | DONE => return Some(("multiple repeat".into(), i)),
                        ITEM => QUANTIFIER,
                        _ => return Some(("nothing to repeat".into(), i)),
                    };
                    i = end;
                    continue;
                }
                state = ITEM;
            }
            '#' if verbose => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            c if verbose && c.is_whitespace() => {}
            _ => state = ITEM,
        }
        i += 1;
    }
    open.pop().map(|at| ("missing ), unterminated subpattern".into(), at))
}

/// The end of a `{m}` / `{m,n}` repeat starting at `i`, if that is one (otherwise `{` is a literal).
fn counted(chars: &[char], i: usize) -> Option<usize> {
    let close = chars[i..].iter().position(|&c| c == '}')? + i;
    let inner: String = chars[i + 1..close].iter().collect();
    let (lo, hi) = inner.split_once(',').unwrap_or((&inner, &inner));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    (digits(lo) && digits(hi) && !inner.is_empty()).then_some(close + 1)
}

#[cfg(test)]
mod tests {
    use super::mistake;

    #[test]
    fn finds_what_cpython_reports() {
        let cases = [
            ("(unclosed", "missing ), unterminated subpattern", 0),
            ("(a(b", "missing ), unterminated subpattern", 2),
            ("a)", "unbalanced parenthesis", 1),
            ("*a", "nothing to repeat", 0),
            ("x|*", "nothing to repeat", 2),
            ("a**", "multiple repeat", 2),
            ("a{2}{3}", "multiple repeat", 4),
            ("a*?*", "multiple repeat", 3),
            ("{2}a", "nothing to repeat", 0),
            ("[abc", "unterminated character set", 0),
            ("ab\\", "bad escape (end of pattern)", 2),
            ("\\q", "bad escape \\q", 0),
        ];
        for (pattern, message, at) in cases {
            assert_eq!(mistake(pattern, false), Some((message.to_string(), at)), "{pattern}");
        }
        for fine in
            ["a*?b+?", "a*+", "a?+", "[]a]", "[^]]", "x{,3}y{2,}", "(?:a|b)*", "(?P<n>a)(?P=n)", "a{b", "\\d+\\.\\s"]
        {
            assert_eq!(mistake(fine, false), None, "{fine}");
        }
        assert_eq!(mistake("a # (comment\n b", true), None);
        assert_eq!(mistake("(?x) a # (comment\n b", false), None);
    }
}
