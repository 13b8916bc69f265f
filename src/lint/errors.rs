//! SQLAlchemy's own errors about the models, located and explained.
//!
//! Mapper configuration runs lazily, so its errors surface at whatever statement first used the
//! mappers — often a line of the script — or, in a models-only run, not at all. Here each configuration
//! error (the registry records the first one) is pointed at the `relationship()` it is about and given
//! help text; errors raised while the models ran (no primary key, duplicate table, missing
//! `__tablename__`, unknown foreign key targets) get help too. The messages themselves stay SQLAlchemy's.

use super::{at_span, closest, line_span};
use crate::orm::mapper::{Registry, Relationship};
use crate::orm::references::{BadReference, unresolved};
use crate::orm::{RegistryRef, SaExc};
use crate::source::{Diagnostic, DiagnosticKind, FileId, FileText, LocatedDiagnostic, Severity};

/// Relocates configuration errors to their `relationship(...)` call, adds help, and reports configuration
/// errors and unresolved foreign keys no exception surfaced.
#[inline(never)] // its own function: no giant run-once caller for V8 to optimise (issue 15, index.html)
pub fn locate_and_explain(models: &FileText<'_>, registries: &[RegistryRef], diagnostics: &mut Vec<LocatedDiagnostic>) {
    // After an exception the models did not finish: classes or tables defined later are missing, and
    // the resulting configuration or reference errors would only be echoes of that first error.
    let stopped = diagnostics.iter().any(|d| d.diagnostic.severity == Severity::Error);
    for registry in registries {
        let reg = registry.borrow();
        if let Some((class, message)) = reg.configure_error.clone() {
            explain_configure_error(models, &reg, class, &message, stopped, diagnostics);
        }
        for bad in unresolved(&reg) {
            explain_bad_reference(models, &reg, &bad, stopped, diagnostics);
        }
        for d in diagnostics.iter_mut().filter(|d| d.diagnostic.help.is_none()) {
            d.diagnostic.help = definition_help(&d.diagnostic.kind, &d.diagnostic.message);
        }
    }
}

fn explain_configure_error(
    models: &FileText<'_>,
    reg: &Registry,
    class: SaExc,
    message: &str,
    stopped: bool,
    diagnostics: &mut Vec<LocatedDiagnostic>,
) {
    let at = find_relationship(reg, message);
    let span = at.and_then(|(m, r)| models.span(reg.mappers.get(m)?.relationships.get(r)?.site));
    let help = at.and_then(|(m, r)| configure_help(reg, class, message, m, r));
    let wrapped = format!("Original exception was: {class}: {message}");
    let mut found = false;
    for d in diagnostics.iter_mut() {
        let same = d.diagnostic.kind.is_exception(class.name()) && d.diagnostic.message == message;
        if d.diagnostic.severity != Severity::Error || !(same || d.diagnostic.message.contains(&wrapped)) {
            continue;
        }
        found = true;
        if let Some(span) = span {
            let moved = Diagnostic { file: FileId::Models, span, ..d.diagnostic.clone() };
            *d = moved.locate(models.text);
        }
        if d.diagnostic.help.is_none() {
            d.diagnostic.help = help.clone();
        }
    }
    if !found && !stopped {
        let span = span
            .or_else(|| at.and_then(|(m, _)| models.span(reg.mappers.get(m)?.site)))
            .unwrap_or_else(|| line_span(models.text, 1));
        diagnostics.push(at_span(
            models.text,
            span,
            Severity::Error,
            DiagnosticKind::Exception(class.name().into()),
            message.to_string(),
            help,
        ));
    }
}

/// The (mapper, relationship) a configuration error message is about.
fn find_relationship(reg: &Registry, message: &str) -> Option<(usize, usize)> {
    let rels = || {
        reg.mappers
            .iter()
            .enumerate()
            .flat_map(|(m, mapper)| mapper.relationships.iter().enumerate().map(move |(r, rel)| (m, r, mapper, rel)))
    };
    if let Some(reverse) = between(message, "has no property '", "'") {
        let target = between(message, "Mapper 'Mapper[", "(").unwrap_or_default();
        let named = |m: usize, r: usize| {
            let rel = reg.mappers.get(m).and_then(|x| x.relationships.get(r));
            rel.and_then(target_name).is_some_and(|t| t == target)
        };
        let candidates: Vec<(usize, usize)> = rels()
            .filter(|(_, _, _, rel)| rel.spec.borrow().back_populates.as_deref() == Some(reverse.as_str()))
            .map(|(m, r, _, _)| (m, r))
            .collect();
        return candidates.iter().copied().find(|(m, r)| named(*m, *r)).or(candidates.first().copied());
    }
    if let Some(owner) = between(message, "When initializing mapper Mapper[", "(") {
        let shown = between(message, "expression '", "'").unwrap_or_default();
        let in_owner = || rels().filter(|(_, _, m, _)| m.class_name == owner);
        return in_owner()
            .find(|(_, _, _, rel)| target_name(rel).is_some_and(|t| t.trim() == shown))
            .or_else(|| in_owner().find(|(_, _, _, rel)| rel.resolved.is_none()))
            .map(|(m, r, _, _)| (m, r));
    }
    if let Some(owner) = between(message, "relationship() on ", " ") {
        return rels()
            .filter(|(_, _, m, _)| m.class_name == owner)
            .find(|(_, _, _, rel)| {
                let name = target_name(rel);
                name.is_none() || name.is_some_and(|n| reg.tables.contains_key(n.trim()))
            })
            .map(|(m, r, _, _)| (m, r));
    }
    if let Some(bad) = between(message, "Invalid cascade option(s): '", "'") {
        return rels()
            .find(|(_, _, _, rel)| rel.spec.borrow().cascade.as_deref().is_some_and(|c| c.contains(&bad)))
            .map(|(m, r, _, _)| (m, r));
    }
    // Messages naming the relationship as `Owner.key` (join conditions, cascades, backrefs, secondary).
    // The one named first is the relationship being configured (`reverse_property 'x' on relationship
    // A.b references relationship B.x ...`).
    rels()
        .filter_map(|(m, r, mapper, rel)| {
            Some((label_at(message, &format!("{}.{}", mapper.class_name, rel.key))?, m, r))
        })
        .min_by_key(|(at, _, _)| *at)
        .map(|(_, m, r)| (m, r))
}

/// The class named by a relationship's target, when it is a string or a class.
pub(crate) fn target_name(rel: &Relationship) -> Option<String> {
    match rel.spec.borrow().target.as_ref()? {
        crate::eval::Value::Str(s) => Some(s.to_string()),
        crate::eval::Value::Class(c) => Some(c.name.to_string()),
        _ => None,
    }
}

/// Where `label` first stands in `message` on its own, not as part of a longer dotted name
/// (`Parent.child` vs `Parent.children`).
fn label_at(message: &str, label: &str) -> Option<usize> {
    message.match_indices(label).map(|(i, _)| i).find(|&i| {
        let after = message.get(i + label.len()..).and_then(|s| s.chars().next());
        let before = message.get(..i).and_then(|s| s.chars().next_back());
        !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// The text between the first `start` and the following `end`.
fn between(message: &str, start: &str, end: &str) -> Option<String> {
    let rest = message.get(message.find(start)? + start.len()..)?;
    Some(rest.get(..rest.find(end)?)?.to_string())
}

fn configure_help(reg: &Registry, class: SaExc, message: &str, m: usize, r: usize) -> Option<String> {
    let mapper = reg.mappers.get(m)?;
    let rel = mapper.relationships.get(r)?;
    let target_text = target_name(rel);
    let spec = rel.spec.borrow();
    let target = target_text.as_deref().and_then(|t| reg.mapper_by_name(t.trim())).and_then(|t| reg.mappers.get(t));
    let owner = &mapper.class_name;
    let key = &rel.key;
    match class {
        SaExc::NoForeignKeysError if spec.secondary.is_none() => {
            let target = target?;
            Some(super::relations::no_foreign_key_help(reg, mapper, &rel.key, spec.uselist, target))
        }
        SaExc::AmbiguousForeignKeysError => Some(super::relations::ambiguous_help(reg, mapper, rel, target?)),
        SaExc::InvalidRequestError if message.contains("has no property") => {
            let reverse = spec.back_populates.clone()?;
            let target = target?;
            let back: Vec<&str> = target
                .relationships
                .iter()
                .filter(|b| target_name(b).is_some_and(|t| t.trim() == owner.as_str()))
                .map(|b| b.key.as_str())
                .collect();
            Some(match closest(&reverse, back.iter().copied()).or(back.first().copied()) {
                Some(k) => format!(
                    "back_populates must name the attribute on {} that points back to {owner}; did you mean back_populates=\"{k}\"?",
                    target.class_name
                ),
                None => format!(
                    "{} has no attribute '{reverse}'. back_populates pairs two relationship() attributes that name each other: add `{reverse} = relationship(\"{owner}\", back_populates=\"{key}\")` to class {}, or write backref=\"{reverse}\" instead to have it created.",
                    target.class_name, target.class_name
                ),
            })
        }
        SaExc::InvalidRequestError if message.contains("failed to locate a name") => {
            let wanted = target_text?.trim().to_string();
            let names: Vec<&str> = reg.mappers.iter().map(|m| m.class_name.as_str()).collect();
            Some(match closest(&wanted, names.iter().copied()) {
                Some(c) => format!("No mapped class is named '{wanted}'; did you mean '{c}'? relationship() takes the class name, which is case-sensitive."),
                None => format!(
                    "There is no class named '{wanted}' in these models: define `class {wanted}(Base): ...`, or point the relationship at one of {}.",
                    names.join(", ")
                ),
            })
        }
        SaExc::InvalidRequestError if message.contains("secondary") => {
            let names: Vec<&str> = reg.tables.keys().map(String::as_str).collect();
            let wanted = between(message, "secondary '", "'")?;
            let hint = closest(&wanted, names.iter().copied()).map(|c| format!(" Did you mean '{c}'?")).unwrap_or_default();
            Some(format!("secondary= must name a table defined with Table(\"{wanted}\", Base.metadata, ...) in these models.{hint}"))
        }
        SaExc::ArgumentError if message.contains("expects a class or a mapper") => {
            let table = target_text?;
            let class = reg.tables.get(table.trim()).and_then(|t| t.mapper).and_then(|i| reg.mappers.get(i))?;
            Some(format!(
                "'{}' is the table name of class {}; relationship() takes the class: relationship(\"{}\").",
                table.trim(),
                class.class_name,
                class.class_name
            ))
        }
        SaExc::ArgumentError if message.contains("delete-orphan") => Some(
            "delete-orphan deletes a child as soon as no parent holds it, which only makes sense when each child has a single parent. Add single_parent=True to this relationship(), or drop delete-orphan (cascade=\"all\").".to_string(),
        ),
        SaExc::ArgumentError if message.contains("Error creating backref") => Some(format!(
            "backref= creates the reverse attribute, but it already exists. Use one style: remove the existing attribute and keep backref=, or replace backref= with back_populates= on both sides (here: `{key} = relationship(\"{}\", back_populates=...)`).",
            target.map_or("...", |t| t.class_name.as_str())
        )),
        SaExc::ArgumentError if message.contains("back_populates") => Some(format!(
            "The two sides of a pair must name each other: {owner}.{key} has back_populates=\"{0}\", so {1}.{0} needs back_populates=\"{key}\" and must point at {owner}.",
            spec.back_populates.as_deref().unwrap_or("?"),
            target.map_or("the target", |t| t.class_name.as_str())
        )),
        _ => None,
    }
}

/// Help for errors raised while the models ran, recognised by class and message.
fn definition_help(kind: &DiagnosticKind, message: &str) -> Option<String> {
    if message.contains("could not assemble any primary key") {
        return Some("Every mapped class needs a primary key: add `id = Column(Integer, primary_key=True)` (or `id: Mapped[int] = mapped_column(primary_key=True)`).".into());
    }
    if kind.is_exception(SaExc::InvalidRequestError.name()) && message.contains("is already defined for this MetaData")
    {
        let table = between(message, "Table '", "'")?;
        return Some(format!(
            "Two definitions use the table name '{table}': give each class its own __tablename__ (pasted a class twice? keep one copy)."
        ));
    }
    if message.contains("does not have a __table__ or __tablename__") {
        let class = between(message, "<class '__main__.", "'")?;
        return Some(format!(
            "Add `__tablename__ = \"{}s\"` to class {class}: a mapped class needs the name of its table.",
            class.to_lowercase()
        ));
    }
    if let Some(bad) = between(message, "Invalid cascade option(s): '", "'") {
        const WORDS: [&str; 8] =
            ["all", "save-update", "merge", "delete", "delete-orphan", "refresh-expire", "expunge", "none"];
        let hint = closest(&bad, WORDS).map(|w| format!("did you mean '{w}'? ")).unwrap_or_default();
        return Some(format!("{hint}cascade= takes comma-separated words from: {}.", WORDS.join(", ")));
    }
    None
}

/// Unresolved foreign keys: the create_all error is moved to the column's `Column(...)` call; without
/// one, the error SQLAlchemy's create_all would raise is reported there.
fn explain_bad_reference(
    models: &FileText<'_>,
    reg: &Registry,
    bad: &BadReference,
    stopped: bool,
    diagnostics: &mut Vec<LocatedDiagnostic>,
) {
    let help = reference_help(reg, bad);
    let span = models.span(bad.site).unwrap_or_else(|| line_span(models.text, 1));
    if let Some(d) = diagnostics
        .iter_mut()
        .find(|d| d.diagnostic.kind.is_exception(bad.class.name()) && d.diagnostic.message == bad.message)
    {
        let moved = Diagnostic { file: FileId::Models, span, help: Some(help), ..d.diagnostic.clone() };
        *d = moved.locate(models.text);
        return;
    }
    if stopped {
        return;
    }
    let message = format!("{} (SQLAlchemy raises this at create_all)", bad.message);
    diagnostics.push(at_span(
        models.text,
        span,
        Severity::Error,
        DiagnosticKind::Exception(bad.class.name().into()),
        message,
        Some(help),
    ));
}

pub(crate) fn reference_help(reg: &Registry, bad: &BadReference) -> String {
    let (table, column) = &bad.target;
    match reg.tables.get(table) {
        None => {
            let names: Vec<&str> = reg.tables.keys().map(String::as_str).collect();
            match closest(table, names.iter().copied()) {
                Some(t) => format!(
                    "ForeignKey(\"{table}.{column}\") names a table that does not exist; did you mean ForeignKey(\"{t}.{column}\")? ForeignKey takes the table name (__tablename__), not the class name."
                ),
                None => format!(
                    "ForeignKey(\"{table}.{column}\") names a table that does not exist. Known tables: {}.",
                    names.join(", ")
                ),
            }
        }
        Some(t) => {
            let pk = t.primary_key().first().map_or("id".to_string(), |c| c.name.clone());
            format!(
                "Table '{table}' has no column '{column}'; a foreign key usually references the primary key: ForeignKey(\"{table}.{pk}\") ({table}.{pk})."
            )
        }
    }
}
