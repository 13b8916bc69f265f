//! Source text positions and diagnostics.
//!
//! Every stage carries byte ranges ([`Span`]) the way ruff's parser does; line and column are computed
//! only at the edge ([`LineIndex`]), when a message is shown to a person or serialised for the editor.

use serde::{Deserialize, Serialize};

/// A span in one of a run's source files (the file's index in the interpreter), for things recorded
/// while the program ran, such as where a `Column(...)` or `relationship(...)` call was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileSpan {
    pub file: usize,
    pub span: Span,
}

/// One file of a run with its line index, to turn recorded [`FileSpan`]s into spans and lines of this
/// file (spans recorded in another file give `None`).
pub struct FileText<'a> {
    file: Option<usize>,
    pub text: &'a str,
    index: LineIndex,
}

impl<'a> FileText<'a> {
    /// `file` is the file's index in the interpreter (`None` if the run never got to add it).
    pub fn new(file: Option<usize>, text: &'a str) -> Self {
        FileText { file, text, index: LineIndex::new(text) }
    }

    /// The span of `site` in this file.
    pub fn span(&self, site: Option<FileSpan>) -> Option<Span> {
        site.filter(|s| Some(s.file) == self.file).map(|s| s.span)
    }

    /// The 1-based line `site` starts on, in this file.
    pub fn line(&self, site: Option<FileSpan>) -> Option<u32> {
        self.span(site).map(|s| self.line_at(s.start))
    }

    /// The 1-based line of byte offset `offset`.
    pub fn line_at(&self, offset: u32) -> u32 {
        self.index.line_col(self.text, offset).line
    }

    /// The text of the line holding byte offset `offset`, without its line break: found through the
    /// line index, so the models lint asking it for every foreign key column stays linear in the file.
    pub fn line_text_at(&self, offset: u32) -> &'a str {
        self.index.line_text(self.text, self.line_at(offset))
    }
}

/// A byte range `start..end` in one source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const fn new(start: u32, end: u32) -> Self {
        Self { start, end }
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// A 1-based line and column (column counted in characters, as editors show it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Longest source line a traceback quotes whole (see [`LineIndex::quoted_line`]).
pub const QUOTED_LINE_CHARS: usize = 1000;

/// Line starts of a text, for turning byte offsets into lines and columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i as u32 + 1));
        Self { starts }
    }

    /// The line and column of byte `offset` in `text` (clamped to the text; never panics).
    pub fn line_col(&self, text: &str, offset: u32) -> LineCol {
        let offset = (offset as usize).min(text.len()) as u32;
        let line = self.starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0) as usize;
        let mut end = offset as usize;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let column = text.get(start..end).map_or(0, |s| s.chars().count());
        LineCol { line: line as u32 + 1, column: column as u32 + 1 }
    }

    /// Line `line` as a traceback quotes it: trimmed, and cut after [`QUOTED_LINE_CHARS`] characters.
    /// CPython quotes the whole line, but a pasted 200 KB one-liner would fill the page's traceback
    /// (and its copy in the output) with one line nobody can read.
    pub fn quoted_line(&self, text: &str, line: u32) -> String {
        let line = self.line_text(text, line).trim();
        match line.char_indices().nth(QUOTED_LINE_CHARS) {
            Some((cut, _)) => {
                let rest = line[cut..].chars().count();
                format!("{} … ({rest} more characters)", &line[..cut])
            }
            None => line.to_string(),
        }
    }

    /// The text of 1-based `line`, without its line break.
    pub fn line_text<'a>(&self, text: &'a str, line: u32) -> &'a str {
        let Some(&start) = self.starts.get(line.saturating_sub(1) as usize) else {
            return "";
        };
        let rest = text.get(start as usize..).unwrap_or("");
        rest.split('\n').next().unwrap_or("").trim_end_matches('\r')
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// Which editor a diagnostic belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileId {
    Models,
    Script,
}

/// A learner warning about the models: something SQLAlchemy accepts that is probably not what was meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LintKind {
    /// A class attribute assigned twice (the second silently replaces a column or relationship).
    ShadowedName,
    /// `back_populates` names an attribute the other class does not have.
    MissingReverse,
    /// A relationship with no way back from the other side.
    OneDirectional,
    /// `uselist=False` over a foreign key that is not unique.
    UselistNotUnique,
    /// A foreign key column whose type differs from the column it references.
    FkTypeMismatch,
}

impl LintKind {
    pub const fn name(self) -> &'static str {
        match self {
            LintKind::ShadowedName => "shadowed-name",
            LintKind::MissingReverse => "missing-reverse",
            LintKind::OneDirectional => "one-directional",
            LintKind::UselistNotUnique => "uselist-not-unique",
            LintKind::FkTypeMismatch => "fk-type-mismatch",
        }
    }
}

/// What a diagnostic is about: a short stable name, shown to people and serialised as that text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// Not valid Python (`SyntaxError`).
    SyntaxError,
    /// Valid Python that ormplay does not run (`NotSupported`).
    NotSupported,
    /// An exception the run raised, by class name (`TypeError`, `NoForeignKeysError`, user classes too).
    Exception(String),
    /// A learner warning.
    Lint(LintKind),
}

impl DiagnosticKind {
    pub fn as_str(&self) -> &str {
        match self {
            DiagnosticKind::SyntaxError => "SyntaxError",
            DiagnosticKind::NotSupported => "NotSupported",
            DiagnosticKind::Exception(class) => class,
            DiagnosticKind::Lint(lint) => lint.name(),
        }
    }

    /// Is this the exception class named `class`?
    pub fn is_exception(&self, class: &str) -> bool {
        matches!(self, DiagnosticKind::Exception(c) if c == class)
    }
}

impl std::fmt::Display for DiagnosticKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DiagnosticKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The text back to the kind (the page's runtime worker sends diagnostics as JSON): lint names are
/// hyphenated, so they never collide with a class name. A run-time `SyntaxError` exception reads back
/// as the parse kind, which shows the same.
impl<'de> Deserialize<'de> for DiagnosticKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let lints = [
            LintKind::ShadowedName,
            LintKind::MissingReverse,
            LintKind::OneDirectional,
            LintKind::UselistNotUnique,
            LintKind::FkTypeMismatch,
        ];
        Ok(match text.as_str() {
            "SyntaxError" => DiagnosticKind::SyntaxError,
            "NotSupported" => DiagnosticKind::NotSupported,
            name => match lints.into_iter().find(|l| l.name() == name) {
                Some(lint) => DiagnosticKind::Lint(lint),
                None => DiagnosticKind::Exception(text),
            },
        })
    }
}

/// A message about the user's code, located in one of the two files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: DiagnosticKind,
    pub message: String,
    pub file: FileId,
    pub span: Span,
    /// Fix-it text for learners, when there is an obvious fix.
    pub help: Option<String>,
}

/// A diagnostic with its span resolved to lines and columns, ready for an editor or a terminal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocatedDiagnostic {
    pub diagnostic: Diagnostic,
    pub start: LineCol,
    pub end: LineCol,
}

impl Diagnostic {
    pub fn locate(self, text: &str) -> LocatedDiagnostic {
        let index = LineIndex::new(text);
        let start = index.line_col(text, self.span.start);
        let end = index.line_col(text, self.span.end);
        LocatedDiagnostic { diagnostic: self, start, end }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_from_one() {
        let text = "ab\ncé d\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(text, 3), LineCol { line: 2, column: 1 });
        // byte 6 is the space after the two-byte é
        assert_eq!(index.line_col(text, 6), LineCol { line: 2, column: 3 });
        assert_eq!(index.line_col(text, 999), LineCol { line: 3, column: 1 });
        assert_eq!(index.line_text(text, 2), "cé d");
        assert_eq!(index.line_text(text, 9), "");
    }

    #[test]
    fn quoted_lines_are_trimmed_and_cut_when_huge() {
        let short = "  x = 1  \n";
        assert_eq!(LineIndex::new(short).quoted_line(short, 1), "x = 1");
        let long = format!("x = {}1{}", "(".repeat(1500), ")".repeat(1500));
        let quoted = LineIndex::new(&long).quoted_line(&long, 1);
        assert!(quoted.starts_with("x = (((("), "{quoted}");
        assert!(quoted.ends_with(" … (2005 more characters)"), "{quoted}");
        assert_eq!(quoted.chars().count(), QUOTED_LINE_CHARS + " … (2005 more characters)".chars().count());
    }

    #[test]
    fn offsets_inside_a_character_do_not_panic() {
        let text = "é";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 1), LineCol { line: 1, column: 1 });
    }
}
