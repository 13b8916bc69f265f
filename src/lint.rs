//! The models linter: what ormplay adds to a run's diagnostics about the models code, beyond the
//! exception that ended the run.
//!
//! Two jobs. First, SQLAlchemy's own errors (mapper configuration, missing tables, shadowed names) are
//! pointed at the code that causes them — the `relationship(...)` or `Column(...)` call, whose span the
//! ORM recorded, not the statement that happened to trigger configuration — and given fix-it help where the fix is obvious ([`errors`],
//! [`shadow`]). Second, learner warnings SQLAlchemy would not give: relationships that look like two ends
//! of one link but are not paired, `uselist=False` over a non-unique foreign key, foreign key columns
//! whose type differs from the key they reference ([`relations`]), and class attributes that shadow a
//! name the class body uses later ([`shadow`]). Warnings are conservative: the conformance models and the
//! gallery lessons are the yardstick for "no noise".

mod errors;
mod relations;
mod shadow;

use crate::ir::Module;
use crate::orm::RegistryRef;
use crate::source::{Diagnostic, DiagnosticKind, FileId, FileText, LocatedDiagnostic, Severity, Span};

/// Adds the linter's findings to `diagnostics` (and improves the errors already there). `module` is the
/// models as the run parsed them (`None` if they did not parse).
pub fn check(
    models: &FileText<'_>,
    module: Option<&Module>,
    registries: &[RegistryRef],
    diagnostics: &mut Vec<LocatedDiagnostic>,
) {
    errors::locate_and_explain(models, registries, diagnostics);
    if let Some(module) = module {
        shadow::check(models.text, module, diagnostics);
    }
    for registry in registries {
        let reg = registry.borrow();
        if reg.configure_error.is_none() {
            relations::check(models, &reg, diagnostics);
        }
    }
}

/// The span of 1-based `line` in `text`, from its first non-blank character to its end.
pub(crate) fn line_span(text: &str, line: u32) -> Span {
    let mut start = 0usize;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line as usize {
            let indent = l.len() - l.trim_start().len();
            let body = l.trim_end_matches('\r');
            return Span::new((start + indent) as u32, (start + body.len().max(indent)) as u32);
        }
        start += l.len() + 1;
    }
    Span::default()
}

/// A models-file diagnostic at `span`.
pub(crate) fn at_span(
    models: &str,
    span: Span,
    severity: Severity,
    kind: DiagnosticKind,
    message: String,
    help: Option<String>,
) -> LocatedDiagnostic {
    let d = Diagnostic { severity, kind, message, file: FileId::Models, span, help };
    d.locate(models)
}

/// The closest name to `wanted` among `candidates` (same letters in another case, a plural/singular
/// slip, or at most two edits apart), for "did you mean" help.
pub(crate) fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let low = wanted.to_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let cl = c.to_lowercase();
        let score = if cl == low || cl.trim_end_matches('s') == low.trim_end_matches('s') {
            0
        } else {
            edit_distance(&cl, &low)
        };
        let limit = if wanted.chars().count() > 4 { 2 } else { 1 };
        if score <= limit && best.is_none_or(|(s, _)| score < s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let value = (above + 1).min(left + 1).min(prev + usize::from(ca != *cb));
            prev = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = value;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_case_plural_and_typo_slips() {
        let names = ["Child", "Parent", "User"];
        assert_eq!(closest("child", names), Some("Child"));
        assert_eq!(closest("Chlid", names), Some("Child"));
        assert_eq!(closest("Users", names), Some("User"));
        assert_eq!(closest("Doctor", names), None);
    }

    #[test]
    fn line_span_skips_indentation_and_survives_bad_lines() {
        let text = "a\n    bc\n";
        assert_eq!(line_span(text, 2), Span::new(6, 8));
        assert_eq!(line_span(text, 9), Span::default());
        let file = crate::source::FileText::new(None, text);
        assert_eq!(file.line_text_at(7), "    bc");
        assert_eq!(file.line_text_at(99), "");
    }

    /// Diagnostics about a `relationship(...)` or `Column(...)` underline that call (the span the ORM
    /// recorded while the models ran), even across lines, not the line it starts on.
    #[test]
    fn diagnostics_underline_the_call() {
        let models = "from sqlalchemy import *\nfrom sqlalchemy.orm import *\nBase = declarative_base()\n\
                      class Parent(Base):\n    __tablename__ = 'parents'\n    id = Column(Integer, primary_key=True)\n\
                      class Child(Base):\n    __tablename__ = 'children'\n    id = Column(Integer, primary_key=True)\n\
                      \x20   parent_id = Column(Integer, ForeignKey('parent.id'))\n\
                      class Owner(Base):\n    __tablename__ = 'owners'\n    id = Column(Integer, primary_key=True)\n\
                      \x20   pets = relationship(\n        'Pet', uselist=False)\n\
                      class Pet(Base):\n    __tablename__ = 'pets'\n    id = Column(Integer, primary_key=True)\n\
                      \x20   owner_id = Column(ForeignKey('owners.id'))\n";
        let out = crate::run::run(models, "");
        let underlined = |kind: &str| -> Vec<&str> {
            out.diagnostics
                .iter()
                .filter(|d| d.diagnostic.kind.as_str() == kind)
                .map(|d| models.get(d.diagnostic.span.start as usize..d.diagnostic.span.end as usize).unwrap_or(""))
                .collect()
        };
        assert_eq!(underlined("NoReferencedTableError"), ["Column(Integer, ForeignKey('parent.id'))"]);
        assert_eq!(underlined("uselist-not-unique"), ["relationship(\n        'Pet', uselist=False)"]);
    }
}
