//! Python source → our IR. The only module that names ruff's parser and AST.
//!
//! ruff's parser is pinned exactly (its API is unstable) and kept inside this module: [`parse`] returns
//! our own [`ir::Module`] or located diagnostics — syntax errors, and constructs the playground does not
//! run ("not supported in ormplay: …"), each with the byte range of the offending node.

mod generators;
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
}

impl From<ProblemKind> for crate::source::DiagnosticKind {
    fn from(kind: ProblemKind) -> Self {
        match kind {
            ProblemKind::SyntaxError => crate::source::DiagnosticKind::SyntaxError,
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

/// Parses and lowers a whole module. All syntax errors are reported; if there are none, the first
/// unsupported construct is. Absurdly nested source is refused before parsing ([`nesting`]).
pub fn parse(source: &str) -> Result<ir::Module, Vec<ParseProblem>> {
    // Bound the nesting first: ruff's parser recurses and would overflow the stack on absurd input.
    nesting::check(source).map_err(|p| vec![p])?;
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
    if !problems.is_empty() {
        return Err(problems);
    }
    let module = parsed.into_syntax();
    lower::module(&module.body).map_err(|p| vec![p])
}

pub(crate) fn span_of(range: TextRange) -> Span {
    Span::new(range.start().to_u32(), range.end().to_u32())
}

#[cfg(test)]
mod tests;
