//! Indentation errors reported as CPython does: class `IndentationError`, CPython's own wording.
//!
//! ruff's parser finds the same three mistakes CPython's tokenizer and parser report as
//! `IndentationError` (an unexpected indent, an unindent matching no outer level, a compound
//! statement's header with no indented block), but words them its own way. CPython's "expected an
//! indented block" names the header's line, which is where the nearest preceding line starting
//! with the header's keyword begins (a header may span lines: `def f(a,\n      b):`).

use super::{ParseProblem, ProblemKind};

/// `problem` reworded and reclassified when it is one of the indentation errors.
pub(super) fn classify(source: &str, problem: ParseProblem) -> ParseProblem {
    let message = match problem.message.as_str() {
        "Unexpected indentation" => "unexpected indent".to_string(),
        "unindent does not match any outer indentation level" => problem.message.clone(),
        other => match other.strip_prefix("Expected an indented block after ") {
            Some(what) => match expected_block(source, problem.span.start, what) {
                Some(message) => message,
                None => return problem,
            },
            None => return problem,
        },
    };
    ParseProblem { kind: ProblemKind::IndentationError, message, span: problem.span }
}

/// "expected an indented block after 'if' statement on line 1", from ruff's description of the header.
fn expected_block(source: &str, at: u32, what: &str) -> Option<String> {
    let (keyword, shown) = match what {
        "function definition" => ("def", None),
        "`class` definition" => ("class", None),
        other => {
            let keyword = other.strip_prefix('`')?.split('`').next()?;
            (keyword, Some(keyword))
        }
    };
    let before = source.get(..at as usize)?;
    let mut line_number = before.matches('\n').count() + 1;
    for line in before.lines().rev().skip(usize::from(!before.ends_with('\n'))) {
        line_number -= 1;
        let text = line.trim_start();
        let text = text.strip_prefix("async ").map_or(text, str::trim_start);
        let Some(rest) = text.strip_prefix(keyword) else { continue };
        if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let header = match shown {
            None if keyword == "def" => "function definition".to_string(),
            None => "class definition".to_string(),
            Some("except") if rest.trim_start().starts_with('*') => "'except*' statement".to_string(),
            Some(k) => format!("'{k}' statement"),
        };
        return Some(format!("expected an indented block after {header} on line {line_number}"));
    }
    None
}
