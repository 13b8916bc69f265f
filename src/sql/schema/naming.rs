//! Naming conventions (`MetaData(naming_convention={...})`, SQLAlchemy's `sql/naming.py`): the name a
//! constraint or index gets from its table when none is given — `pk_%(table_name)s`,
//! `uq_%(table_name)s_%(column_0_name)s`, `fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s`,
//! `ix_%(column_0_label)s` (the default convention, which names every `index=True` column's index).
//!
//! A template containing `%(constraint_name)s` applies to named constraints too (the given name is
//! the token: `ck_%(table_name)s_%(constraint_name)s`), and then requires one. The column tokens
//! follow `ConventionDict`: `column_0_name`, `column_0_key`, `column_0_label` (`table_column`),
//! `column_0N_name` (all columns joined), `column_0_N_name` (joined with `_`), and
//! `referred_column_0_name` for a foreign key.

use super::{Constraint, ForeignKey, MetaData, Table};
use crate::sql::elements::ColumnInfo;
use crate::sql::error::{SqlError, SqlErrorKind, SqlResult};
use std::rc::Rc;

/// SQLAlchemy's `DEFAULT_NAMING_CONVENTION`.
pub const DEFAULT_CONVENTION: &[(&str, &str)] = &[("ix", "ix_%(column_0_label)s")];

/// What kind of schema item is being named (the convention's key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Index,
    PrimaryKey,
    Unique,
    Check,
    ForeignKey,
}

impl Kind {
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Index => "ix",
            Kind::PrimaryKey => "pk",
            Kind::Unique => "uq",
            Kind::Check => "ck",
            Kind::ForeignKey => "fk",
        }
    }
}

/// A constraint or index to name: its kind, the name given (if any), its columns and, for a foreign
/// key, the referred table and columns.
pub struct Subject<'a> {
    pub kind: Kind,
    pub name: Option<&'a str>,
    pub columns: Vec<Rc<ColumnInfo>>,
    pub referred: Option<(String, Vec<String>)>,
}

/// The metadata's convention for `kind`: the user's dictionary, or the default one when none (or an
/// empty one) was given.
pub fn convention(md: Option<&MetaData>, kind: Kind) -> Option<String> {
    let given = md.map(|m| m.naming_convention.borrow().clone()).unwrap_or_default();
    if given.is_empty() {
        return DEFAULT_CONVENTION.iter().find(|(k, _)| *k == kind.prefix()).map(|(_, v)| v.to_string());
    }
    given.into_iter().find(|(k, _)| k == kind.prefix()).map(|(_, v)| v)
}

/// The name `subject` has in `table`: the convention's, when the metadata has one for its kind and
/// the item is unnamed (or the template uses `%(constraint_name)s`); else the name given.
pub fn name_for(table: &Table, subject: &Subject<'_>) -> SqlResult<Option<String>> {
    let md = table.metadata();
    let Some(template) = convention(md.as_deref(), subject.kind) else {
        return Ok(subject.name.map(str::to_string));
    };
    if subject.name.is_some() && !template.contains("%(constraint_name)s") {
        return Ok(subject.name.map(str::to_string));
    }
    expand(&template, table, subject).map(Some)
}

/// `template % ConventionDict(...)`.
fn expand(template: &str, table: &Table, subject: &Subject<'_>) -> SqlResult<String> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if let Some(tail) = after.strip_prefix('%') {
            out.push('%');
            rest = tail;
            continue;
        }
        let Some(inner) = after.strip_prefix('(') else {
            return Err(SqlError::new(SqlErrorKind::Type, "incomplete format"));
        };
        let Some(close) = inner.find(")s") else {
            return Err(SqlError::new(SqlErrorKind::Type, "incomplete format"));
        };
        out.push_str(&token(&inner[..close], table, subject)?);
        rest = &inner[close + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// One `%(key)s` token's value.
fn token(key: &str, table: &Table, subject: &Subject<'_>) -> SqlResult<String> {
    match key {
        "table_name" => return Ok(table.name.clone()),
        "constraint_name" => {
            return subject.name.map(str::to_string).ok_or_else(|| {
                SqlError::invalid(
                    "Naming convention including %(constraint_name)s token requires that constraint is explicitly named.",
                )
            });
        }
        "referred_table_name" => {
            if let Some((t, _)) = &subject.referred {
                return Ok(t.clone());
            }
        }
        _ => {}
    }
    column_token(key, table, subject).ok_or_else(|| SqlError::new(SqlErrorKind::Key, format!("'{key}'")))
}

/// `column_<i>_<attr>`, `column_0N_<attr>`, `column_0_N_<attr>` and their `referred_` forms.
fn column_token(key: &str, table: &Table, subject: &Subject<'_>) -> Option<String> {
    let (referred, rest) = match key.strip_prefix("referred_") {
        Some(r) => (true, r),
        None => (false, key),
    };
    let rest = rest.strip_prefix("column_")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    let after = &rest[digits.len()..];
    let (joined, attr) = if let Some(a) = after.strip_prefix("_N_") {
        (Some("_"), a)
    } else if let Some(a) = after.strip_prefix("N_") {
        (Some(""), a)
    } else {
        (None, after.strip_prefix('_')?)
    };
    let values: Vec<String> = if referred {
        if attr != "name" {
            return None;
        }
        subject.referred.as_ref().map(|(_, cols)| cols.clone()).unwrap_or_default()
    } else {
        let value = |c: &Rc<ColumnInfo>| match attr {
            "name" => Some(c.name.text()),
            "key" => Some(c.key.clone()),
            "label" => Some(format!("{}_{}", table.name, c.name.text())),
            _ => None,
        };
        let mut out = Vec::new();
        for c in &subject.columns {
            out.push(value(c)?);
        }
        if out.is_empty() && !matches!(attr, "name" | "key" | "label") {
            return None;
        }
        out
    };
    match joined {
        Some(sep) => Some(values.join(sep)),
        None => Some(digits.parse::<usize>().ok().and_then(|i| values.get(i).cloned()).unwrap_or_default()),
    }
}

/// Which of the types' CHECK constraints (`create_constraint=True`) a DDL includes: a dialect with
/// native BOOLEAN / ENUM types leaves those out (`_should_create_constraint`).
#[derive(Debug, Clone, Copy)]
pub struct TypeChecks {
    pub boolean: bool,
    pub enumerated: bool,
}

impl TypeChecks {
    /// Every one of them: what `Table.constraints` holds.
    pub const ALL: TypeChecks = TypeChecks { boolean: true, enumerated: true };
}

/// The CHECK constraint a column's type adds with `create_constraint=True`: `x IN ('a', 'b')` for an
/// `Enum` (its stored values), `x IN (0, 1)` for a `Boolean`; named after the type.
fn type_check(table: &Table, col: &Rc<ColumnInfo>, checks: TypeChecks) -> SqlResult<Option<Constraint>> {
    use crate::sql::types::TypeKind;
    let ty = &col.ty;
    if !ty.create_constraint {
        return Ok(None);
    }
    let values = match ty.kind {
        TypeKind::Enum if checks.enumerated => {
            ty.enum_values.iter().map(|v| crate::sql::value::quote_string(v)).collect::<Vec<_>>().join(", ")
        }
        TypeKind::Boolean if checks.boolean => "0, 1".to_string(),
        _ => return Ok(None),
    };
    let sqltext = crate::sql::elements::build::rc(crate::sql::elements::Expr::Text(crate::sql::elements::TextClause {
        text: format!(
            "{} IN ({values})",
            crate::sql::compiler::quoting::quote(crate::sql::compiler::Dialect::Default, &col.name.text())
        ),
        binds: Vec::new(),
    }));
    let subject = Subject { kind: Kind::Check, name: ty.enum_name.as_deref(), columns: Vec::new(), referred: None };
    Ok(Some(Constraint::Check { name: name_for(table, &subject)?, sqltext }))
}

/// The table's constraints as `Table.constraints` holds them, names resolved: the primary key (if
/// any) first, then in creation order the ones given to the table and, column by column, those its
/// columns make (a type's CHECK, `ForeignKey(...)`, `unique=True` without `index=True`).
pub fn resolved_constraints(table: &Table, checks: TypeChecks) -> SqlResult<Vec<Constraint>> {
    let cols = table.columns.borrow().clone();
    let find = |n: &str| cols.iter().find(|c| c.name.text() == n || c.key == n).cloned();
    let named = |names: &[String]| names.iter().filter_map(|n| find(n)).collect::<Vec<_>>();
    let mut out = Vec::new();
    let given = table.constraints.borrow().clone();
    let pk = table.primary_key();
    if !pk.is_empty() {
        let name = given.iter().find_map(|c| match c {
            Constraint::PrimaryKey { name, .. } => name.clone(),
            _ => None,
        });
        let subject = Subject { kind: Kind::PrimaryKey, name: name.as_deref(), columns: pk.clone(), referred: None };
        let columns = pk.iter().map(|c| c.name.text()).collect();
        out.push(Constraint::PrimaryKey { name: name_for(table, &subject)?, columns });
    }
    for c in given {
        out.push(match c {
            Constraint::PrimaryKey { .. } => continue,
            Constraint::Unique { name, columns } => {
                let subject =
                    Subject { kind: Kind::Unique, name: name.as_deref(), columns: named(&columns), referred: None };
                Constraint::Unique { name: name_for(table, &subject)?, columns }
            }
            Constraint::Check { name, sqltext } => {
                let subject = Subject { kind: Kind::Check, name: name.as_deref(), columns: Vec::new(), referred: None };
                Constraint::Check { name: name_for(table, &subject)?, sqltext }
            }
            Constraint::ForeignKey { name, columns, targets, ondelete, onupdate } => {
                let parts: Vec<(String, String)> =
                    targets.iter().map(|t| ForeignKey::new(t.clone()).target_parts()).collect();
                let referred = parts.first().map(|(t, _)| (t.clone(), parts.iter().map(|(_, c)| c.clone()).collect()));
                let subject =
                    Subject { kind: Kind::ForeignKey, name: name.as_deref(), columns: named(&columns), referred };
                Constraint::ForeignKey { name: name_for(table, &subject)?, columns, targets, ondelete, onupdate }
            }
        });
    }
    for col in &cols {
        out.extend(type_check(table, col, checks)?);
        let Some(s) = &col.schema else { continue };
        for fk in &s.foreign_keys {
            let (rt, rc) = fk.target_parts();
            let subject = Subject {
                kind: Kind::ForeignKey,
                name: fk.name.as_deref(),
                columns: vec![col.clone()],
                referred: Some((rt, vec![rc])),
            };
            out.push(Constraint::ForeignKey {
                name: name_for(table, &subject)?,
                columns: vec![col.name.text()],
                targets: vec![fk.target.clone()],
                ondelete: fk.ondelete.clone(),
                onupdate: fk.onupdate.clone(),
            });
        }
        if s.unique == Some(true) && s.index != Some(true) {
            let subject = Subject { kind: Kind::Unique, name: None, columns: vec![col.clone()], referred: None };
            out.push(Constraint::Unique { name: name_for(table, &subject)?, columns: vec![col.name.text()] });
        }
    }
    Ok(out)
}

/// An index's name: the one given, or the convention's (`ix_<table>_<column>` by default).
pub fn index_name(table: &Table, name: Option<&str>, columns: Vec<Rc<ColumnInfo>>) -> SqlResult<Option<String>> {
    name_for(table, &Subject { kind: Kind::Index, name, columns, referred: None })
}
