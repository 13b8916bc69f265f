//! `ormplay ddl` and `ormplay diagram`: commands that run the models alone (no script) and print the
//! schema — as CREATE TABLE statements or as a diagram — with the models' diagnostics on stderr.

use super::read_arg;
use crate::diagram::{LayoutOptions, SvgOptions, layout, render_svg, to_dbml, to_mermaid};
use crate::orm::ddl::{Dialect, schema_text};
use crate::source::{LineIndex, LocatedDiagnostic, Severity};

/// `ormplay ddl MODELS.py [--dialect sqlite|postgresql]` (sqlite by default).
pub fn ddl(args: &[String]) -> i32 {
    const USAGE: &str = "usage: ormplay ddl MODELS.py [--dialect sqlite|postgresql]";
    let Some((path, option)) = parse_args(args, "--dialect", "sqlite") else {
        eprintln!("{USAGE}");
        return 2;
    };
    let dialect = match option.as_str() {
        "sqlite" => Dialect::Sqlite,
        "postgresql" | "postgres" => Dialect::Postgresql,
        other => {
            eprintln!("ormplay ddl: unknown dialect '{other}'\n{USAGE}");
            return 2;
        }
    };
    let source = match read_arg(&path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let (output, registries) = crate::run::run_models(&source);
    if report(&path, &source, &output.diagnostics) {
        return 1;
    }
    for registry in &registries {
        out!("{}", schema_text(&registry.borrow(), dialect));
    }
    0
}

/// `ormplay diagram MODELS.py [--format svg|mermaid|dbml]` (svg by default).
pub fn diagram(args: &[String]) -> i32 {
    const USAGE: &str = "usage: ormplay diagram MODELS.py [--format svg|mermaid|dbml]";
    let Some((path, format)) = parse_args(args, "--format", "svg") else {
        eprintln!("{USAGE}");
        return 2;
    };
    if !["svg", "mermaid", "dbml"].contains(&format.as_str()) {
        eprintln!("ormplay diagram: unknown format '{format}'\n{USAGE}");
        return 2;
    }
    let source = match read_arg(&path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let (output, _) = crate::run::run_models(&source);
    if report(&path, &source, &output.diagnostics) {
        return 1;
    }
    let model = &output.diagram;
    match format.as_str() {
        "mermaid" => out!("{}", to_mermaid(model)),
        "dbml" => out!("{}", to_dbml(model)),
        _ => outln!("{}", render_svg(model, &layout(model, &LayoutOptions::default()), &SvgOptions::default())),
    }
    0
}

/// `FILE [--flag value]` in either order; `None` on anything else.
fn parse_args(args: &[String], flag: &str, default: &str) -> Option<(String, String)> {
    let mut path = None;
    let mut value = default.to_string();
    let mut rest = args.iter();
    while let Some(a) = rest.next() {
        if a == flag {
            value = rest.next()?.clone();
        } else if let Some(v) = a.strip_prefix(flag).and_then(|v| v.strip_prefix('=')) {
            value = v.to_string();
        } else if path.is_none() && !a.starts_with("--") {
            path = Some(a.clone());
        } else {
            return None;
        }
    }
    Some((path?, value))
}

/// Prints the diagnostics as `path:line:col: severity[kind]: message` with the source line and help;
/// true when one of them is an error.
fn report(path: &str, source: &str, diagnostics: &[LocatedDiagnostic]) -> bool {
    let index = LineIndex::new(source);
    for d in diagnostics {
        eprint!("{}", format_diagnostic(path, source, &index, d));
    }
    diagnostics.iter().any(|d| d.diagnostic.severity == Severity::Error)
}

/// One diagnostic as terminal text (the script's diagnostics cannot occur here: there is no script).
pub fn format_diagnostic(path: &str, source: &str, index: &LineIndex, d: &LocatedDiagnostic) -> String {
    let severity = match d.diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    };
    let mut text = format!(
        "{path}:{}:{}: {severity}[{}]: {}\n",
        d.start.line, d.start.column, d.diagnostic.kind, d.diagnostic.message
    );
    let line = index.line_text(source, d.start.line);
    if !line.trim().is_empty() {
        text.push_str(&format!("  {:>4} | {line}\n", d.start.line));
    }
    if let Some(help) = &d.diagnostic.help {
        text.push_str(&format!("  help: {help}\n"));
    }
    text
}
