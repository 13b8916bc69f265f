//! Python source → our IR. The only module that names ruff's parser and AST.
//!
//! ruff's parser is pinned exactly (its API is unstable) and kept inside this module: [`parse`] returns
//! our own [`ir::Module`] or located diagnostics — syntax errors, and constructs the playground does not
//! run ("not supported in ormplay: …"), each with the byte range of the offending node.

mod freevars;
mod generators;
mod indent;
mod lower;
mod nesting;
mod scope;

use crate::ir;
use crate::source::Span;
use ruff_python_ast::{PySourceType, PythonVersion};
use ruff_python_parser::ParseOptions;
use ruff_text_size::{Ranged, TextRange};

/// What kind of problem stopped the source from becoming IR.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not valid Python 3.11 (CPython raises `SyntaxError`).
    SyntaxError,
    /// Valid Python that ormplay does not run.
    NotSupported,
    /// A `SyntaxError` of indentation (CPython raises its subclass `IndentationError`).
    IndentationError,
}

impl From<ProblemKind> for crate::source::DiagnosticKind {
    fn from(kind: ProblemKind) -> Self {
        match kind {
            ProblemKind::SyntaxError | ProblemKind::IndentationError => crate::source::DiagnosticKind::SyntaxError,
            ProblemKind::NotSupported => crate::source::DiagnosticKind::NotSupported,
        }
    }
}

/// Why source text could not become IR: a syntax error or an unsupported construct, located.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseProblem {
    pub kind: ProblemKind,
    pub message: String,
    pub span: Span,
}

/// Parses and lowers a whole module. Like CPython, one syntax error is reported (the first; or an
/// earlier bracket that was never closed); if there are none, the first unsupported construct is.
/// Absurdly nested source is refused before parsing ([`nesting`]).
pub fn parse(source: &str) -> Result<ir::Module, Vec<ParseProblem>> {
    // Bound the nesting first: ruff's parser recurses and would overflow the stack on absurd input.
    let brackets = nesting::check(source).map_err(|p| vec![p])?;
    // CPython 3.11 is the reference: newer syntax is a syntax error there too, `except*` is not.
    let options = ParseOptions::from(PySourceType::Python).with_target_version(PythonVersion::PY311);
    let Some(parsed) = ruff_python_parser::parse_unchecked(source, options).try_into_module() else {
        return Err(vec![ParseProblem {
            kind: ProblemKind::SyntaxError,
            message: "not a module".into(),
            span: Span::new(0, 0),
        }]);
    };
    let mut problems: Vec<ParseProblem> = parsed
        .errors()
        .iter()
        .map(|e| ParseProblem {
            kind: ProblemKind::SyntaxError,
            message: e.error.to_string(),
            span: span_of(e.location),
        })
        .collect();
    problems.extend(parsed.unsupported_syntax_errors().iter().map(|e| ParseProblem {
        kind: ProblemKind::SyntaxError,
        message: e.to_string(),
        span: span_of(e.range()),
    }));
    if let Some(first) = problems.into_iter().min_by_key(|p| p.span.start) {
        return Err(vec![indent::classify(source, unclosed_first(source, first, &brackets))]);
    }
    let module = parsed.into_syntax();
    lower::module(&module.body).map_err(|p| vec![p])
}

/// CPython's bracket rules for a source that does not parse (pegen's `_PyPegen_set_syntax_error` and
/// `_PyPegen_tokenize_full_source_to_check_for_errors`): a closing bracket that matches nothing is the
/// tokenizer's error and wins wherever it is; otherwise, when the source ends with a bracket still open
/// on a line before the parse error (or the parser ran into the end of the source), the error is
/// `'(' was never closed` at that bracket — the forgotten `)` of `print(`, not the next line.
fn unclosed_first(source: &str, first: ParseProblem, brackets: &nesting::Brackets) -> ParseProblem {
    let line = |at: u32| source.as_bytes().iter().take(at as usize).filter(|&&b| b == b'\n').count();
    let to_line_end =
        |at: u32| source.get(at as usize..).and_then(|rest| rest.find('\n')).map_or(source.len(), |n| at as usize + n);
    let located = |message: String, at: u32, end: usize| ParseProblem {
        kind: ProblemKind::SyntaxError,
        message,
        span: Span::new(at, u32::try_from(end).unwrap_or(at)),
    };
    if let Some(m) = brackets.mismatch {
        let message = match m.open {
            None => format!("unmatched '{}'", m.close),
            Some((open, at)) if line(at) == line(m.at) => {
                format!("closing parenthesis '{}' does not match opening parenthesis '{open}'", m.close)
            }
            Some((open, at)) => format!(
                "closing parenthesis '{}' does not match opening parenthesis '{open}' on line {}",
                m.close,
                line(at) + 1
            ),
        };
        return located(message, m.at, m.at as usize + 1);
    }
    let at_end = source.get(first.span.start as usize..).is_none_or(|rest| rest.trim().is_empty());
    match brackets.unclosed {
        Some((open, at)) if at_end || line(at) < line(first.span.start) => {
            located(format!("'{open}' was never closed"), at, to_line_end(at))
        }
        _ => first,
    }
}

pub(crate) fn span_of(range: TextRange) -> Span {
    Span::new(range.start().to_u32(), range.end().to_u32())
}

#[cfg(test)]
mod tests;
