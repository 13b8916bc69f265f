//! Learner warnings about relationships and foreign keys, read from a configured registry: two
//! relationships that are obviously one link but are not paired, `uselist=False` over a foreign key that
//! allows many rows, and foreign key columns whose type differs from the referenced key. Also the help
//! texts for the join-condition errors (no foreign key, ambiguous foreign keys), which need the same
//! knowledge of the tables.

use super::at_span;
use crate::orm::mapper::{ColumnDef, Direction, Mapper, Registry, Relationship, TableDef};
use crate::orm::references::unresolved;
use crate::source::{DiagnosticKind, FileSpan, FileText, LintKind, LocatedDiagnostic, Severity, Span};

#[inline(never)] // its own function: no giant run-once caller for V8 to optimise (issue 15, index.html)
pub fn check(models: &FileText<'_>, reg: &Registry, diagnostics: &mut Vec<LocatedDiagnostic>) {
    unpaired(models, reg, diagnostics);
    one_directional(models, reg, diagnostics);
    uselist_not_unique(models, reg, diagnostics);
    foreign_key_types(models, reg, diagnostics);
}

/// Relationships on both ends of one foreign key that do not name each other.
fn unpaired(models: &FileText<'_>, reg: &Registry, out: &mut Vec<LocatedDiagnostic>) {
    for (a, ma) in reg.mappers.iter().enumerate() {
        for x in &ma.relationships {
            let Some(rx) = x.resolved.as_ref().filter(|r| !r.viewonly) else { continue };
            if x.spec.borrow().back_populates.is_some() {
                continue;
            }
            let Some(mb) = reg.mappers.get(rx.target) else { continue };
            for y in &mb.relationships {
                let Some(ry) = y.resolved.as_ref().filter(|r| !r.viewonly && r.target == a) else { continue };
                if rx.target == a && y.key == x.key {
                    continue;
                }
                let y_names_x = y.spec.borrow().back_populates.as_deref() == Some(x.key.as_str());
                let same_link = match (&rx.secondary, &ry.secondary) {
                    (Some(s), Some(t)) => s.table == t.table,
                    (None, None) => {
                        rx.direction != ry.direction
                            && rx.pairs.iter().map(|(o, t)| (t, o)).eq(ry.pairs.iter().map(|(o, t)| (o, t)))
                    }
                    _ => false,
                };
                let Some(span) = models.span(x.site) else { continue };
                let (message, help) = if y_names_x {
                    let message = format!(
                        "{}.{} names {}.{} in back_populates, but {}.{} does not name {}.{} back: setting {}.{} will not update {}.{} until the objects are reloaded",
                        mb.class_name,
                        y.key,
                        ma.class_name,
                        x.key,
                        ma.class_name,
                        x.key,
                        mb.class_name,
                        y.key,
                        ma.class_name,
                        x.key,
                        mb.class_name,
                        y.key
                    );
                    let help = format!(
                        "Add back_populates=\"{}\" here: `{} = relationship(\"{}\", back_populates=\"{}\")`.",
                        y.key, x.key, mb.class_name, y.key
                    );
                    (message, help)
                } else if same_link && y.spec.borrow().back_populates.is_none() && (a, &x.key) < (rx.target, &y.key) {
                    let message = format!(
                        "{}.{} and {}.{} look like the two sides of one link ({}) but are not paired: changing one side will not update the other until the objects are reloaded",
                        ma.class_name,
                        x.key,
                        mb.class_name,
                        y.key,
                        link_text(ma, mb, rx)
                    );
                    let help = format!(
                        "Pair them with back_populates on both sides: `{} = relationship(\"{}\", back_populates=\"{}\")` in {} and `{} = relationship(\"{}\", back_populates=\"{}\")` in {}.",
                        x.key, mb.class_name, y.key, ma.class_name, y.key, ma.class_name, x.key, mb.class_name
                    );
                    (message, help)
                } else {
                    continue;
                };
                let kind = DiagnosticKind::Lint(LintKind::MissingReverse);
                out.push(at_span(models.text, span, Severity::Warning, kind, message, Some(help)));
            }
        }
    }
}

/// A relationship with no relationship at all coming back from its target: legal (one-directional), so
/// only an `Info` note with the line that would add the other direction.
fn one_directional(models: &FileText<'_>, reg: &Registry, out: &mut Vec<LocatedDiagnostic>) {
    for (a, ma) in reg.mappers.iter().enumerate() {
        for x in &ma.relationships {
            let Some(rx) = x.resolved.as_ref().filter(|r| !r.viewonly && r.target != a) else { continue };
            let Some(mb) = reg.mappers.get(rx.target) else { continue };
            let back = mb.relationships.iter().any(|y| y.resolved.as_ref().is_some_and(|ry| ry.target == a));
            let (Some(span), false, None) = (models.span(x.site), back, x.spec.borrow().back_populates.as_ref()) else {
                continue;
            };
            let reverse = match rx.direction {
                Direction::ManyToOne => format!("{}s", ma.class_name.to_lowercase()),
                _ => ma.class_name.to_lowercase(),
            };
            let message = format!(
                "{}.{} is one-directional: {} has no relationship back to {} ({}), so a {} object cannot reach its {} through an attribute",
                ma.class_name,
                x.key,
                mb.class_name,
                ma.class_name,
                link_text(ma, mb, rx),
                mb.class_name,
                ma.class_name
            );
            let help = format!(
                "If you want both directions, add `{reverse} = relationship(\"{}\", back_populates=\"{}\")` to class {} and back_populates=\"{reverse}\" here.",
                ma.class_name, x.key, mb.class_name
            );
            out.push(at_span(
                models.text,
                span,
                Severity::Info,
                DiagnosticKind::Lint(LintKind::OneDirectional),
                message,
                Some(help),
            ));
        }
    }
}

fn link_text(owner: &Mapper, target: &Mapper, r: &crate::orm::mapper::Resolved) -> String {
    if let Some(s) = &r.secondary {
        return format!("association table {}", s.table);
    }
    let pairs = r.pairs.iter().map(|(o, t)| match r.direction {
        Direction::ManyToOne => format!("{}.{o} → {}.{t}", owner.table, target.table),
        _ => format!("{}.{t} → {}.{o}", target.table, owner.table),
    });
    pairs.collect::<Vec<_>>().join(", ")
}

/// `uselist=False` on a one-to-many whose foreign key does not stop a parent from having many rows.
fn uselist_not_unique(models: &FileText<'_>, reg: &Registry, out: &mut Vec<LocatedDiagnostic>) {
    for m in &reg.mappers {
        for rel in &m.relationships {
            let Some(r) = rel.resolved.as_ref() else { continue };
            if r.direction != Direction::OneToMany || r.uselist || r.secondary.is_some() {
                continue;
            }
            let (Some(target), Some(span)) = (reg.mappers.get(r.target), models.span(rel.site)) else { continue };
            let Some(table) = reg.tables.get(&target.table) else { continue };
            let fks: Vec<&str> = r.pairs.iter().map(|(_, fk)| fk.as_str()).collect();
            if is_unique(table, &fks) {
                continue;
            }
            let fk_text = fks.iter().map(|c| format!("{}.{c}", table.name)).collect::<Vec<_>>().join(", ");
            let message = format!(
                "{}.{} has uselist=False, but {fk_text} is not unique: the database allows several {} rows per {} row, and {}.{} would show only one of them",
                m.class_name, rel.key, table.name, m.table, m.class_name, rel.key
            );
            let column = fks.first().and_then(|c| table.column(c));
            let fix = column.map_or(String::new(), |c| {
                format!(
                    " `{} = Column({}, ForeignKey(\"{}.{}\"), unique=True)` in class {}",
                    c.key,
                    c.type_text,
                    m.table,
                    pk_name(reg, &m.table),
                    target.class_name
                )
            });
            let help = format!(
                "For a real one-to-one, make the foreign key unique:{fix}. If several are allowed, drop uselist=False to get a list."
            );
            out.push(at_span(
                models.text,
                span,
                Severity::Warning,
                DiagnosticKind::Lint(LintKind::UselistNotUnique),
                message,
                Some(help),
            ));
        }
    }
}

fn is_unique(table: &TableDef, columns: &[&str]) -> bool {
    let pk: Vec<&str> = table.primary_key().iter().map(|c| c.name.as_str()).collect();
    let single_unique = columns.iter().any(|c| table.column(c).is_some_and(|c| c.unique));
    let same = |set: &[&str]| !set.is_empty() && set.iter().all(|s| columns.contains(s));
    single_unique
        || same(&pk)
        || table.unique_sets.iter().any(|s| same(&s.iter().map(String::as_str).collect::<Vec<_>>()))
}

fn pk_name(reg: &Registry, table: &str) -> String {
    reg.tables.get(table).and_then(|t| t.primary_key().first().map(|c| c.name.clone())).unwrap_or_else(|| "id".into())
}

/// Which kinds of values a type holds: columns of different families cannot compare equal in a join.
fn family(ty: &crate::orm::SqlType) -> u8 {
    use crate::orm::SqlType as T;
    match ty {
        T::Integer | T::BigInteger | T::SmallInteger => 0,
        T::String(_) | T::Unicode(_) | T::Text | T::Enum(_) => 1,
        T::Boolean => 2,
        T::Float | T::Numeric(_) => 3,
        T::Date => 4,
        T::DateTime => 5,
        T::Time => 6,
        T::Json(_) => 7,
        T::LargeBinary | T::Pickle => 8,
        T::Uuid(_) => 9,
        T::Interval => 10,
        T::Decorated(d) => family(&d.inner),
    }
}

/// Foreign key columns declared with a type of another family than the column they reference.
fn foreign_key_types(models: &FileText<'_>, reg: &Registry, out: &mut Vec<LocatedDiagnostic>) {
    for table in reg.tables.values() {
        for c in &table.columns {
            let Some((t, col)) = &c.foreign_key else { continue };
            let Some(target) = reg.tables.get(t).and_then(|t| t.column(col)) else { continue };
            let Some(span) = models.span(c.site) else { continue };
            if !type_written(models, c, span) || family(&c.ty) == family(&target.ty) {
                continue;
            }
            let message = format!(
                "{}.{} is {} but {t}.{col} is {}: values of different types never match in a join (SQLite stores them anyway; PostgreSQL refuses the foreign key)",
                table.name,
                c.name,
                c.ty.sql_name(),
                target.ty.sql_name()
            );
            let name = if c.key == c.name { String::new() } else { format!("\"{}\", ", c.name) };
            let help = format!(
                "Declare it with the referenced column's type: `{} = Column({name}{}, ForeignKey(\"{t}.{col}\"))`, or leave the type out and Column(ForeignKey(\"{t}.{col}\")) copies it.",
                c.key, target.type_text
            );
            out.push(at_span(
                models.text,
                span,
                Severity::Warning,
                DiagnosticKind::Lint(LintKind::FkTypeMismatch),
                message,
                Some(help),
            ));
        }
    }
}

/// Whether the column's type was written, not implied: a foreign key column without a type takes the
/// referenced column's type, and the registry records both as `Integer`, so the source line decides
/// (the whole line: a `Mapped[int]` annotation is outside the `mapped_column(...)` call).
fn type_written(models: &FileText<'_>, c: &ColumnDef, span: Span) -> bool {
    if c.type_text != "Integer" {
        return true;
    }
    let text = models.line_text_at(span.start);
    text.contains("Integer") || text.contains("[int") || text.contains("int]") || text.contains("int |")
}

/// Whether `a` was written before `b` in the same file (a class body can name a column defined above).
fn written_before(a: Option<FileSpan>, b: Option<FileSpan>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a.file == b.file && a.span.start < b.span.start)
}

/// Help for NoForeignKeysError: which column needs the ForeignKey.
pub(crate) fn no_foreign_key_help(
    reg: &Registry,
    owner: &Mapper,
    key: &str,
    uselist: Option<bool>,
    target: &Mapper,
) -> String {
    if let Some(bad) = unresolved(reg).into_iter().find(|b| b.table == owner.table || b.table == target.table) {
        return super::errors::reference_help(reg, &bad);
    }
    let why = "relationship() finds its join through a ForeignKey, never through column names";
    let owner_single = owner.table.trim_end_matches('s');
    let target_single = target.table.trim_end_matches('s');
    let column_in = |table: &str, names: &[String]| -> Option<String> {
        let t = reg.tables.get(table)?;
        names.iter().find(|n| t.column(n).is_some()).cloned()
    };
    let fix = |col: &str, class: &str, to: &str| {
        format!("In class {class}, write `{col} = Column(Integer, ForeignKey(\"{to}.{}\"))`", pk_name(reg, to))
    };
    if let Some(col) = column_in(&target.table, &[format!("{owner_single}_id")]) {
        return format!(
            "{} ({}.{col} exists but has no ForeignKey). {why}.",
            fix(&col, &target.class_name, &owner.table),
            target.table
        );
    }
    if let Some(col) = column_in(&owner.table, &[format!("{target_single}_id"), format!("{key}_id")]) {
        return format!(
            "{} ({}.{col} exists but has no ForeignKey). {why}.",
            fix(&col, &owner.class_name, &target.table),
            owner.table
        );
    }
    let plural = ["s", "ren", "people", "men"].iter().any(|end| key.ends_with(end));
    if uselist == Some(true) || plural {
        format!(
            "{} to give each {} row its {} row; {why}.",
            fix(&format!("{owner_single}_id"), &target.class_name, &owner.table),
            target.table,
            owner.table
        )
    } else {
        format!(
            "{} to point each {} row at its {} row; {why}.",
            fix(&format!("{key}_id"), &owner.class_name, &target.table),
            owner.table,
            target.table
        )
    }
}

/// Help for AmbiguousForeignKeysError: list the candidate columns and show `foreign_keys=`.
pub(crate) fn ambiguous_help(reg: &Registry, owner: &Mapper, rel: &Relationship, target: &Mapper) -> String {
    let fks_from = |from: &str, to: &str| -> Vec<(String, ColumnDef)> {
        reg.tables
            .get(from)
            .map(|t| {
                t.columns
                    .iter()
                    .filter(|c| c.foreign_key.as_ref().is_some_and(|(t, _)| t == to))
                    .map(|c| (from.to_string(), c.clone()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut candidates = fks_from(&owner.table, &target.table);
    if owner.table != target.table {
        candidates.extend(fks_from(&target.table, &owner.table));
    }
    let listed = candidates.iter().map(|(t, c)| format!("{t}.{}", c.name)).collect::<Vec<_>>().join(", ");
    let chosen = candidates.iter().find(|(_, c)| c.key.starts_with(rel.key.as_str())).or(candidates.first());
    let example = match chosen {
        Some((t, c)) if *t == owner.table && written_before(c.site, rel.site) => {
            format!("foreign_keys=[{}]", c.key)
        }
        Some((t, c)) => {
            let class = if *t == owner.table { &owner.class_name } else { &target.class_name };
            format!("foreign_keys=\"[{class}.{}]\"", c.key)
        }
        None => "foreign_keys=[...]".to_string(),
    };
    format!(
        "These columns all link {} and {}: {listed}. Say which one this relationship follows: `{} = relationship(\"{}\", {example})`.",
        owner.table, target.table, rel.key, target.class_name
    )
}
