//! The names SQLAlchemy derives for a column expression, which decide how a SELECT labels its columns
//! (`AS anon_1`, `AS name_1`, `count(*) AS count_1`) and what keys a subquery's `.c` gets:
//! `name`, `_non_anon_label`, `_anon_name_label`, `_proxy_key`, `_tq_label` and `key`, per construct.

use super::{Expr, ExprRef, Name, NamePart};

/// The `.name` attribute, where the construct has one.
pub fn name(e: &ExprRef) -> Option<Name> {
    match &**e {
        Expr::Column(c) => Some(c.col.name.clone()),
        Expr::Label(l) => Some(l.name.clone()),
        Expr::Function(f) => Some(Name::plain(&f.name)),
        Expr::Grouping(inner) => name(inner),
        _ => None,
    }
}

/// The name that naturally applies when rendered in a SELECT (`_non_anon_label`); `None` for
/// expressions whose name the database decides (functions, CASTs, operators).
pub fn non_anon_label(e: &ExprRef) -> Option<Name> {
    match &**e {
        Expr::Column(c) => Some(c.col.name.clone()),
        Expr::Label(l) => Some(l.name.clone()),
        Expr::Function(_) | Expr::Cast { .. } | Expr::TypeCoerce { .. } | Expr::AsBoolean { .. } => None,
        _ => name(e),
    }
}

/// The element a `WrapsColumnExpression` (CAST, type_coerce, AsBoolean) wraps.
fn wrapped(e: &ExprRef) -> Option<&ExprRef> {
    match &**e {
        Expr::Cast { expr, .. } | Expr::TypeCoerce { expr, .. } => Some(expr),
        Expr::AsBoolean { element, .. } | Expr::WithinGroup { element, .. } => Some(element),
        _ => None,
    }
}

/// `_anon_label(seed)`: an anonymous name for this element, numbered at compile time.
pub fn anon_label(e: &ExprRef, seed: Option<&Name>) -> Name {
    anon_label_keyed(e.identity(), seed)
}

fn anon_label_keyed(key: u64, seed: Option<&Name>) -> Name {
    match seed {
        Some(s) if s.is_anon() => {
            let mut parts = s.0.clone();
            parts.push(NamePart::Anon { key, seed: String::new(), hold: None });
            Name(parts)
        }
        Some(s) => Name::anon(key, &s.text()),
        None => Name::anon(key, "anon"),
    }
}

/// `_anon_name_label`: the anonymous label a SELECT gives an unnamed expression (`anon_1`,
/// `count_1`, and `CAST(t.id AS VARCHAR) AS id` for wrappers of a named column).
pub fn anon_name_label(e: &ExprRef) -> Name {
    if let Some(w) = wrapped(e)
        && !matches!(&**w, Expr::Text(_))
    {
        if let Some(nal) = non_anon_label(w) {
            return nal;
        }
        return anon_name_label(w);
    }
    anon_label(e, name(e).as_ref())
}

/// `_dedupe_anon_label_idx`: the label for an unnamed expression repeated in one SELECT (`anon__1`).
pub fn dedupe_anon_label(e: &ExprRef, idx: u64) -> Name {
    if let Some(w) = wrapped(e) {
        if let Some(nal) = non_anon_label(w) {
            return anon_label(e, Some(&nal.append("_")));
        }
        return dedupe_anon_tq_label(e, idx);
    }
    match name(e) {
        None => dedupe_anon_tq_label(e, idx),
        Some(n) => anon_label_keyed((e.identity() << 16) | idx, Some(&n.append("_"))),
    }
}

/// `_dedupe_anon_tq_label_idx`.
pub fn dedupe_anon_tq_label(e: &ExprRef, idx: u64) -> Name {
    let label = tq_label(e).unwrap_or_else(|| Name::plain("anon"));
    anon_label_keyed((e.identity() << 16) | idx, Some(&label.append("_")))
}

/// The `.key` of keyed constructs (columns, labels, bound parameters).
pub fn key(e: &ExprRef) -> Option<Name> {
    match &**e {
        Expr::Column(c) => Some(Name::plain(&c.col.key)),
        Expr::Label(l) => Some(l.name.clone()),
        Expr::Bind(b) => Some(b.key.clone()),
        Expr::Grouping(inner) => key(inner),
        _ => None,
    }
}

/// `_proxy_key`: the key the column gets in a subquery's `.c` (and a row's attribute name).
pub fn proxy_key(e: &ExprRef) -> Option<String> {
    if let Expr::Column(c) = &**e
        && let Some(k) = &c.col.proxy_key
    {
        return Some(k.clone());
    }
    if let Some(w) = wrapped(e)
        && !matches!(&**w, Expr::Text(_))
    {
        return proxy_key(w);
    }
    let name = key(e).or_else(|| non_anon_label(e));
    match name {
        Some(n) if n.is_anon() => None,
        Some(n) => Some(n.text()),
        None => match &**e {
            Expr::Function(f) => Some(f.name.clone()),
            _ => None,
        },
    }
}

/// `_tq_label`: `<table>_<column>` for table-bound columns, the label name for labels.
pub fn tq_label(e: &ExprRef) -> Option<Name> {
    match &**e {
        Expr::Column(c) => {
            if c.col.is_literal {
                return None;
            }
            let Some(t) = &c.table else { return Some(c.col.name.clone()) };
            let Some(tname) = t.name() else { return Some(c.col.name.clone()) };
            let mut label = tname.append("_");
            label.0.extend(c.col.name.0.iter().cloned());
            if !label.is_anon() {
                // A label that is already another column's key gets a counter (`owner_name_1`).
                let keys: Vec<String> = t.columns().iter().map(|c| c.key.clone()).collect();
                let base = label.text();
                if keys.contains(&base) {
                    let mut counter = 1;
                    let mut candidate = format!("{base}_{counter}");
                    while keys.contains(&candidate) {
                        counter += 1;
                        candidate = format!("{base}_{counter}");
                    }
                    label = Name::plain(&candidate);
                }
            }
            Some(label)
        }
        Expr::Label(l) => Some(l.name.clone()),
        Expr::Grouping(inner) => tq_label(inner).or_else(|| Some(anon_name_label(e))),
        Expr::Cast { expr, .. } | Expr::TypeCoerce { expr, .. } | Expr::AsBoolean { element: expr, .. } => {
            tq_label(expr)
        }
        _ => None,
    }
}

/// Whether a SELECT may write `<expr> AS <label>` for this element at all.
pub fn render_label_in_columns_clause(e: &ExprRef) -> bool {
    match &**e {
        Expr::Column(c) => c.table.is_some(),
        Expr::Text(_) => false,
        _ => true,
    }
}

/// Whether the element is a `NamedColumn` (a column or a label).
pub fn is_named_column(e: &ExprRef) -> bool {
    matches!(&**e, Expr::Column(_) | Expr::Label(_))
}
