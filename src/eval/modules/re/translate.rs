//! Python regular-expression syntax → the `fancy-regex` dialect.
//!
//! Both are Perl-style backtracking syntaxes with Unicode classes; the differences people hit are
//! rewritten here: `(?P=name)` backreferences, `\Z`, Python's `$` (which also matches before a final
//! newline), `{,n}` quantifiers, a `{` that does not start a quantifier (a literal in Python), and
//! the inline flags fancy-regex lacks (`(?a:...)`, `(?a)`, `(?u)`, `(?L)`).

/// The pattern rewritten for fancy-regex; `multiline` tells what `$` means, `ascii` (re.ASCII) makes
/// `\w`, `\d`, `\s` and `\b` ASCII-only, through POSIX classes.
pub(super) fn translate(pattern: &str, multiline: bool, ascii: bool) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut i = 0;
    let mut in_class = false;
    let mut ascii = ascii;
    // The ASCII mode to restore at each open group's `)`: `(?a:...)` turns it on for its group only.
    let mut groups: Vec<bool> = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() => {
                let next = chars[i + 1];
                if next == 'Z' && !in_class {
                    out.push_str("\\z");
                } else if let Some(class) = ascii.then(|| ascii_class(next, in_class)).flatten() {
                    out.push_str(class);
                } else {
                    out.push('\\');
                    out.push(next);
                }
                i += 2;
                continue;
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                // A `]` (or `^]`) right after the opening bracket is a literal.
                if chars.get(i + 1) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i + 1) == Some(&']') {
                    out.push_str("\\]");
                    i += 1;
                }
            }
            '[' => out.push_str("\\["),
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            '(' if !in_class && chars[i..].starts_with(&['(', '?', 'P', '=']) => {
                let close = chars[i..].iter().position(|&ch| ch == ')').map(|p| p + i);
                match close {
                    Some(end) => {
                        let name: String = chars[i + 4..end].iter().collect();
                        out.push_str(&format!("\\k<{name}>"));
                        i = end + 1;
                        continue;
                    }
                    None => out.push('('),
                }
            }
            '(' if !in_class => {
                groups.push(ascii);
                if let Some((flags, scoped, end)) = inline_flags(&chars, i) {
                    // Python's `a` (ASCII), `u` (Unicode, the default) and `L` (locale) have no
                    // fancy-regex spelling: `a` is applied here, the others dropped.
                    if flags.contains('a') {
                        ascii = true;
                    }
                    let kept: String = flags.chars().filter(|c| !"auL".contains(*c)).collect();
                    if scoped {
                        out.push_str(&format!("(?{kept}:"));
                    } else {
                        groups.pop();
                        if !kept.is_empty() && kept != "-" {
                            out.push_str(&format!("(?{kept})"));
                        }
                    }
                    i = end + 1;
                    continue;
                }
                out.push('(');
            }
            ')' if !in_class => {
                if let Some(previous) = groups.pop() {
                    ascii = previous;
                }
                out.push(')');
            }
            '$' if !in_class && !multiline => out.push_str("(?=\\n?\\z)"),
            '{' if !in_class => {
                let rest: String = chars[i + 1..].iter().take_while(|&&ch| ch != '}').collect();
                let closed = chars.len() > i + 1 + rest.len();
                let valid = closed && is_quantifier(&rest);
                if valid && rest.starts_with(',') {
                    out.push_str("{0");
                } else if valid {
                    out.push('{');
                } else {
                    out.push_str("\\{");
                }
            }
            '}' if !in_class => {
                // Closing a quantifier we kept, or a literal brace.
                let opened = out.rfind('{').is_some_and(|p| !out[..p].ends_with('\\') && !out[p..].contains('}'));
                out.push_str(if opened { "}" } else { "\\}" });
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// An inline-flags group at `i` (`(?ai:` or `(?i)`): its flag letters, whether it is scoped (ends
/// in `:`), and the index of its `:` or `)`.
fn inline_flags(chars: &[char], i: usize) -> Option<(String, bool, usize)> {
    if chars.get(i + 1) != Some(&'?') {
        return None;
    }
    let mut j = i + 2;
    while chars.get(j).is_some_and(|c| "aiLmsux-".contains(*c)) {
        j += 1;
    }
    let flags: String = chars.get(i + 2..j)?.iter().collect();
    match chars.get(j) {
        Some(':') if !flags.is_empty() => Some((flags, true, j)),
        Some(')') if !flags.is_empty() => Some((flags, false, j)),
        _ => None,
    }
}

/// The ASCII-only spelling of `\\<escape>` under re.ASCII, inside or outside a character class.
fn ascii_class(escape: char, in_class: bool) -> Option<&'static str> {
    const WORD: &str = "[[:word:]]";
    Some(match (escape, in_class) {
        ('w', false) => WORD,
        ('W', false) => "[[:^word:]]",
        ('d', false) => "[[:digit:]]",
        ('D', false) => "[[:^digit:]]",
        ('s', false) => "[[:space:]]",
        ('S', false) => "[[:^space:]]",
        ('w', true) => "[:word:]",
        ('W', true) => "[:^word:]",
        ('d', true) => "[:digit:]",
        ('D', true) => "[:^digit:]",
        ('s', true) => "[:space:]",
        ('S', true) => "[:^space:]",
        ('b', false) => "(?:(?<=[[:word:]])(?![[:word:]])|(?<![[:word:]])(?=[[:word:]]))",
        ('B', false) => "(?:(?<=[[:word:]])(?=[[:word:]])|(?<![[:word:]])(?![[:word:]]))",
        _ => return None,
    })
}

/// `m`, `m,`, `,n` or `m,n` with decimal digits: the inside of a `{...}` quantifier.
fn is_quantifier(inner: &str) -> bool {
    let (a, b) = match inner.split_once(',') {
        Some((a, b)) => (a, Some(b)),
        None => (inner, None),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    match b {
        None => !a.is_empty() && digits(a),
        Some(b) => digits(a) && digits(b) && !(a.is_empty() && b.is_empty()),
    }
}

/// `re.escape`: a backslash before every character that is special in a pattern.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn ascii_mode_spells_classes_as_posix_ones() {
        assert_eq!(translate(r"\w+[\d_]", false, true), "[[:word:]]+[[:digit:]_]");
        assert_eq!(translate(r"\w+", false, false), r"\w+");
    }

    #[test]
    fn python_only_syntax_is_rewritten() {
        assert_eq!(translate(r"(?P<a>x)(?P=a)", false, false), r"(?P<a>x)\k<a>");
        assert_eq!(translate(r"a\Z", false, false), r"a\z");
        assert_eq!(translate("a$", false, false), r"a(?=\n?\z)");
        assert_eq!(translate("a$", true, false), "a$");
        assert_eq!(translate("a{,3}", false, false), "a{0,3}");
        assert_eq!(translate("a{2,}b{3}", false, false), "a{2,}b{3}");
        // A brace that is no quantifier is a literal in Python.
        assert_eq!(translate("{x}", false, false), r"\{x\}");
        assert_eq!(translate("[$]", false, false), "[$]");
        assert_eq!(translate("[]a]", false, false), r"[\]a]");
    }

    #[test]
    fn python_inline_flags_are_rewritten() {
        assert_eq!(translate(r"(?a:\w)\w", false, false), r"(?:[[:word:]])\w");
        assert_eq!(translate(r"(?ai:\d(x))\d", false, false), r"(?i:[[:digit:]](x))\d");
        assert_eq!(translate(r"(?a)\s", false, false), "[[:space:]]");
        assert_eq!(translate(r"(?iu)x(?:y)", false, false), "(?i)x(?:y)");
    }
}
