//! The FROM list of a SELECT (`SelectState`): explicit `select_from()` elements with the statement's
//! `.join()` calls applied, then every selectable its columns and WHERE criteria read from,
//! de-duplicated, minus those a join already contains — and, when embedded, minus those the enclosing
//! SELECT provides (correlation).

use super::joins::{can_join, join, join_condition};
use super::{FromKind, FromRef, Select, SetupJoin};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::error::{SqlError, SqlResult};
use std::rc::Rc;

fn contains(list: &[FromRef], f: &FromRef) -> bool {
    list.iter().any(|x| Rc::ptr_eq(x, f))
}

/// `_normalize_froms`: first occurrences, without the elements a join (or alias) hides.
pub fn normalize(items: Vec<FromRef>) -> Vec<FromRef> {
    let mut froms: Vec<FromRef> = Vec::new();
    for item in items {
        if !contains(&froms, &item) {
            froms.push(item);
        }
    }
    let hidden: Vec<FromRef> = froms.iter().flat_map(|f| f.hide_froms()).collect();
    froms.into_iter().filter(|f| !contains(&hidden, f)).collect()
}

/// The statement's FROM elements before correlation (`SelectState.froms`), joins applied.
pub fn select_froms(select: &Select) -> SqlResult<Vec<FromRef>> {
    let from_clauses = apply_joins(select)?;
    let mut all = from_clauses;
    for c in &select.columns {
        c.from_objects(&mut all);
    }
    for w in &select.where_ {
        w.from_objects(&mut all);
    }
    Ok(normalize(all))
}

/// `SelectState._setup_joins`: each `.join()` either replaces the FROM element it joins from or
/// adds a new join.
pub fn apply_joins(select: &Select) -> SqlResult<Vec<FromRef>> {
    let mut from_clauses = select.from_obj.clone();
    for j in &select.joins {
        let (left, replace) = match &j.left {
            Some(left) => (left.clone(), place_explicit_left(select, &from_clauses, left)?),
            None => implicit_left(select, &from_clauses, j)?,
        };
        match replace {
            Some(idx) => {
                let left_clause = from_clauses[idx].clone();
                let onclause = match (&j.onclause, &j.left) {
                    (None, Some(explicit)) => Some(join_condition(explicit, &j.target, None)?),
                    (on, _) => on.clone(),
                };
                from_clauses[idx] = join(&left_clause, &j.target, onclause, j.isouter, j.full)?;
            }
            None => from_clauses.push(join(&left, &j.target, j.onclause.clone(), j.isouter, j.full)?),
        }
    }
    Ok(from_clauses)
}

fn from_objects_of_exprs<'a>(exprs: impl Iterator<Item = &'a ExprRef>) -> Vec<FromRef> {
    let mut out = Vec::new();
    for e in exprs {
        e.from_objects(&mut out);
    }
    let mut unique: Vec<FromRef> = Vec::new();
    for f in out {
        if !contains(&unique, &f) {
            unique.push(f);
        }
    }
    unique
}

/// `_join_determine_implicit_left_side`.
fn implicit_left(select: &Select, from_clauses: &[FromRef], j: &SetupJoin) -> SqlResult<(FromRef, Option<usize>)> {
    let (indexes, candidates) = if !from_clauses.is_empty() {
        (find_left_clause_to_join_from(from_clauses, &j.target, j.onclause.as_ref()), from_clauses.to_vec())
    } else if select.orm_entities {
        let all = entity_froms(select, &j.target);
        (find_left_clause_to_join_from(&all, &j.target, j.onclause.as_ref()), all)
    } else {
        let all = from_objects_of_exprs(select.columns.iter().chain(&select.where_));
        (find_left_clause_to_join_from(&all, &j.target, j.onclause.as_ref()), all)
    };
    if indexes.len() > 1 {
        return Err(SqlError::invalid(
            "Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity. Please use the .select_from() method to establish an explicit left side, as well as providing an explicit ON clause if not present already to help resolve the ambiguity.",
        ));
    }
    let Some(&idx) = indexes.first() else {
        return Err(SqlError::invalid(format!(
            "Don't know how to join to {}. Please use the .select_from() method to establish an explicit left side, as well as providing an explicit ON clause if not present already to help resolve the ambiguity.",
            from_repr(&j.target)
        )));
    };
    let replace = if from_clauses.is_empty() { None } else { Some(idx) };
    Ok((candidates[idx].clone(), replace))
}

/// The left side a new join `j` would be made from: its explicit left, or the one SQLAlchemy's
/// `_join_determine_implicit_left_side` picks among the FROM clauses built so far.
pub fn join_left(select: &Select, j: &SetupJoin) -> SqlResult<FromRef> {
    match &j.left {
        Some(left) => Ok(left.clone()),
        None => Ok(implicit_left(select, &apply_joins(select)?, j)?.0),
    }
}

/// The ORM's candidates for an implicit left side: each column's entity (its first FROM object,
/// `entity_zero_or_selectable`), de-duplicated, without the join's target itself.
fn entity_froms(select: &Select, target: &FromRef) -> Vec<FromRef> {
    let mut out: Vec<FromRef> = Vec::new();
    for c in &select.columns {
        let mut froms = Vec::new();
        c.from_objects(&mut froms);
        // A joined subclass's own table is the entity joined to (its lineage join's right side).
        let own = |f: &FromRef| matches!(&target.kind, FromKind::Join(j) if Rc::ptr_eq(&j.right, f));
        if let Some(first) = froms.into_iter().next()
            && !Rc::ptr_eq(&first, target)
            && !own(&first)
            && !contains(&out, &first)
        {
            out.push(first);
        }
    }
    out
}

/// How `%r` shows a FROM element in messages.
pub fn from_repr(f: &FromRef) -> String {
    match &f.kind {
        FromKind::Table(t) => format!("Table('{}', MetaData(), ...)", t.name),
        _ => format!("<sqlalchemy.sql.selectable.{:?} object>", f),
    }
}

/// `_join_place_explicit_left_side`.
fn place_explicit_left(select: &Select, from_clauses: &[FromRef], left: &FromRef) -> SqlResult<Option<usize>> {
    let any_froms =
        !from_objects_of_exprs(select.columns.iter().chain(&select.where_)).is_empty() || !select.from_obj.is_empty();
    let indexes = if any_froms { find_left_clause_that_matches_given(from_clauses, left) } else { Vec::new() };
    if indexes.len() > 1 {
        return Err(SqlError::invalid(
            "Can't identify which entity in which to assign the left side of this join.   Please use a more specific ON clause.",
        ));
    }
    Ok(indexes.first().copied())
}

/// Every column an expression mentions (`_find_columns`), by identity.
fn find_columns(e: &ExprRef, out: &mut Vec<u64>) {
    match &**e {
        Expr::Column(c) => out.push(Rc::as_ptr(&c.col) as usize as u64),
        Expr::Binary(b) => {
            find_columns(&b.left, out);
            find_columns(&b.right, out);
        }
        Expr::ClauseList(l) => l.clauses.iter().for_each(|c| find_columns(c, out)),
        Expr::Grouping(inner) | Expr::Label(crate::sql::elements::Label { element: inner, .. }) => {
            find_columns(inner, out)
        }
        Expr::Unary(u) => find_columns(&u.element, out),
        Expr::AsBoolean { element, .. } => find_columns(element, out),
        Expr::Function(f) => f.args.iter().for_each(|c| find_columns(c, out)),
        _ => {}
    }
}

/// `sql_util.find_left_clause_to_join_from`.
pub fn find_left_clause_to_join_from(clauses: &[FromRef], join_to: &FromRef, onclause: Option<&ExprRef>) -> Vec<usize> {
    let mut selectables = Vec::new();
    join_to.from_objects(&mut selectables);
    let resolve_ambiguity = clauses.len() > 1 && onclause.is_some();
    let mut cols_in_onclause = Vec::new();
    if resolve_ambiguity && let Some(on) = onclause {
        find_columns(on, &mut cols_in_onclause);
    }
    let mut idx = Vec::new();
    for (i, f) in clauses.iter().enumerate() {
        for s in selectables.iter().filter(|s| !Rc::ptr_eq(s, f)) {
            if resolve_ambiguity {
                let mut have: Vec<u64> = f.columns().iter().map(|c| Rc::as_ptr(c) as usize as u64).collect();
                have.extend(s.columns().iter().map(|c| Rc::as_ptr(c) as usize as u64));
                if cols_in_onclause.iter().all(|c| have.contains(c)) {
                    idx.push(i);
                    break;
                }
            } else if onclause.is_some() || can_join(f, s) {
                idx.push(i);
                break;
            }
        }
    }
    if idx.len() > 1 {
        let hidden: Vec<FromRef> = clauses.iter().flat_map(|f| f.hide_froms()).collect();
        idx.retain(|&i| !contains(&hidden, &clauses[i]));
    }
    if idx.is_empty() && onclause.is_some() {
        return (0..clauses.len()).collect();
    }
    idx
}

/// The selectables a FROM element shows on its surface (a join's sides, recursively).
fn surface_selectables(f: &FromRef, out: &mut Vec<FromRef>) {
    out.push(f.clone());
    if let FromKind::Join(j) = &f.kind {
        surface_selectables(&j.left, out);
        surface_selectables(&j.right, out);
    }
}

/// `sql_util.find_left_clause_that_matches_given`.
pub fn find_left_clause_that_matches_given(clauses: &[FromRef], join_from: &FromRef) -> Vec<usize> {
    let mut selectables = Vec::new();
    join_from.from_objects(&mut selectables);
    let liberal: Vec<usize> = clauses
        .iter()
        .enumerate()
        .filter(|(_, f)| selectables.iter().any(|s| f.is_derived_from(s)))
        .map(|(i, _)| i)
        .collect();
    if liberal.len() > 1 {
        let conservative: Vec<usize> = liberal
            .iter()
            .copied()
            .filter(|&i| {
                let mut fs = Vec::new();
                surface_selectables(&clauses[i], &mut fs);
                selectables.iter().any(|s| {
                    let mut ss = Vec::new();
                    surface_selectables(s, &mut ss);
                    fs.iter().any(|a| contains(&ss, a))
                })
            })
            .collect();
        if !conservative.is_empty() {
            return conservative;
        }
    }
    liberal
}

/// `_correlate_froms`: the FROM elements left after correlating with the enclosing statements.
pub fn correlate(
    froms: Vec<FromRef>,
    select: &Select,
    explicit: &[FromRef],
    implicit: &[FromRef],
) -> Result<Vec<FromRef>, CorrelationError> {
    let mut froms = froms;
    if let Some(to) = &select.correlate
        && !to.is_empty()
    {
        let remove: Vec<FromRef> = froms
            .iter()
            .filter(|f| contains(explicit, f) && to.iter().any(|t| f.is_derived_from(t) || Rc::ptr_eq(t, f)))
            .cloned()
            .collect();
        froms.retain(|f| !contains(&remove, f));
    }
    if let Some(except) = &select.correlate_except {
        let remove: Vec<FromRef> =
            froms.iter().filter(|f| contains(explicit, f) && !contains(except, f)).cloned().collect();
        froms.retain(|f| !contains(&remove, f));
    }
    if select.auto_correlate && !implicit.is_empty() && froms.len() > 1 {
        froms.retain(|f| !contains(implicit, f));
        if froms.is_empty() {
            return Err(CorrelationError);
        }
    }
    Ok(froms)
}

/// Auto-correlation removed every FROM element.
pub struct CorrelationError;
