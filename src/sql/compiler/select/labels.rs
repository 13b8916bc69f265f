//! Label resolution for ORDER BY / GROUP BY (`_label_resolve_dict`, `visit_label_reference`,
//! `visit_textual_label_reference`): a label of the columns clause is referred to by its name, a
//! string names a selected column or a column of the FROM list.

use super::super::{Compiler, Kw, LabelResolve};
use crate::sql::elements::build;
use crate::sql::elements::naming::{self, tq_label};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::error::{SqlError, SqlResult};
use crate::sql::ops::Op;
use crate::sql::selectable::columns::proxy_set;
use crate::sql::selectable::{Compound, FromRef, Select, SelectStmt};
use crate::sql::types::SqlType;
use std::rc::Rc;

impl Compiler {
    /// `visit_label_reference`: a label in ORDER BY renders as its name when the SELECT has it.
    pub(crate) fn visit_label_reference(&mut self, element: &ExprRef, kw: &Kw) -> SqlResult<String> {
        let mut inner = kw.clone();
        if let Some(resolve) = self.stack.last().and_then(|e| e.label_resolve.clone())
            && let Some(label) = element.order_by_label_element()
            && let Some(name) = naming::name(&label)
        {
            let dict = if kw.within_columns_clause { &resolve.only_froms } else { &resolve.only_cols };
            let key = resolve_key(&name);
            if let Some((_, target)) = dict.iter().find(|(k, _)| *k == key)
                && shares_lineage(&label, target)
            {
                inner.render_label_as_label = Some(label);
            }
        }
        self.visit(element, &inner)
    }

    /// `visit_textual_label_reference`: `order_by("name")` resolved against the SELECT's columns.
    pub(crate) fn visit_textual_label_reference(&mut self, name: &str, kw: &Kw) -> SqlResult<String> {
        let Some(resolve) = self.stack.last().and_then(|e| e.label_resolve.clone()) else {
            return Ok(name.to_string());
        };
        let dict = if kw.within_columns_clause { &resolve.only_froms } else { &resolve.with_cols };
        let Some((_, col)) = dict.iter().find(|(k, _)| k == name) else {
            return Err(SqlError::compile(format!(
                "Can't resolve label reference for ORDER BY / GROUP BY / DISTINCT etc. Textual SQL expression '{name}' should be explicitly declared as text('{name}')"
            )));
        };
        let col = col.clone();
        let mut inner = kw.clone();
        inner.render_label_as_label = Some(col.clone());
        self.visit(&col, &inner)
    }
}

/// Whether two column expressions share a column (`shares_lineage`).
fn shares_lineage(a: &ExprRef, b: &ExprRef) -> bool {
    let ids = |e: &ExprRef| -> Vec<u64> {
        let mut out = vec![e.identity()];
        match &**e {
            Expr::Column(c) => out.extend(proxy_set(&c.col)),
            Expr::Label(l) => {
                out.push(l.element.identity());
                if let Expr::Column(c) = &*l.element.ungroup() {
                    out.extend(proxy_set(&c.col));
                }
            }
            _ => {}
        }
        out
    };
    let (x, y) = (ids(a), ids(b));
    x.iter().any(|i| y.contains(i))
}

/// A name as a label-resolution key: its text, or for an anonymous name its identity.
fn resolve_key(name: &crate::sql::elements::Name) -> String {
    use crate::sql::elements::NamePart;
    if !name.is_anon() {
        return name.text();
    }
    name.0
        .iter()
        .map(|p| match p {
            NamePart::Text(t) => t.clone(),
            NamePart::Anon { key, seed, .. } => format!("%({key} {seed})s"),
        })
        .collect()
}

/// `_label_resolve_dict` of a SELECT.
pub(super) fn label_resolve(select: &Select, froms: &[FromRef]) -> LabelResolve {
    let mut with_cols: Vec<(String, ExprRef)> = Vec::new();
    for c in &select.columns {
        // An anonymous label is keyed by its identity (`%(4312 anon)s` in SQLAlchemy), so ORDER BY
        // the same label object (a mapped SQL expression) finds it.
        let key = match &**c {
            Expr::Label(l) if l.name.is_anon() => Some(resolve_key(&l.name)),
            _ => tq_label(c)
                .filter(|n| !n.is_anon())
                .map(|n| n.text())
                .or_else(|| naming::key(c).filter(|n| !n.is_anon()).map(|n| n.text())),
        };
        if let Some(k) = key
            && !with_cols.iter().any(|(x, _)| *x == k)
        {
            with_cols.push((k, c.clone()));
        }
    }
    let only_cols = with_cols.clone();
    let mut only_froms: Vec<(String, ExprRef)> = Vec::new();
    for f in froms {
        for c in f.column_refs() {
            let k = c.col.key.clone();
            if !only_froms.iter().any(|(x, _)| *x == k) {
                only_froms.push((k, Rc::new(Expr::Column(c))));
            }
        }
    }
    for (k, v) in &only_froms {
        if !with_cols.iter().any(|(x, _)| x == k) {
            with_cols.push((k.clone(), v.clone()));
        }
    }
    LabelResolve { with_cols, only_froms, only_cols }
}

/// A compound's ORDER BY resolves against its first SELECT's column names.
pub(super) fn compound_label_resolve(cs: &Compound) -> LabelResolve {
    let mut with_cols = Vec::new();
    for c in cs.selects.first().map(SelectStmt::selected_columns).unwrap_or_default() {
        if let Some(k) = naming::key(&c).filter(|n| !n.is_anon()) {
            let col = build::column(&k.text(), SqlType::null());
            with_cols.push((k.text(), col));
        }
    }
    LabelResolve { only_cols: with_cols.clone(), with_cols, only_froms: Vec::new() }
}

/// Keeps `Op` imported for the label helpers above.
#[allow(dead_code)]
fn _ops(_: Op) {}
