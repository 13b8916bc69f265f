//! Python regular-expression syntax → the `fancy-regex` dialect.
//!
//! Both are Perl-style backtracking syntaxes with Unicode classes; the differences people hit are
//! rewritten here: `(?P=name)` backreferences, `\Z`, Python's `$` (which also matches before a final
//! newline), `{,n}` quantifiers, and a `{` that does not start a quantifier (a literal in Python).

/// The pattern rewritten for fancy-regex; `multiline` tells what `$` means, `ascii` (re.ASCII) makes
/// `\w`, `\d`, `\s` and `\b` ASCII-only, through POSIX classes.
pub(super) fn translate(pattern: &str, multiline: bool, ascii: bool) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut i = 0;
    let mut in_class = false;
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
}
