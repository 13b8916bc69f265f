//! A `primaryjoin` that is not plain column equality: the remote side marked on its columns, and the
//! direction and synchronised column pairs read from its `foreign()` / `remote()` annotations (or
//! `foreign_keys=` / `remote_side=`), as SQLAlchemy's `JoinCondition` does with `_annotate_remote`,
//! `_determine_direction` and `_setup_pairs` (`visit_binary_product` over `==` comparisons, looking
//! through casts and functions).

use super::joins::Pair;
use crate::orm::core::join_condition::{columns, map_columns, table_name};
use crate::orm::mapper::Direction;
use crate::sql::elements::{ColumnRef, Expr, ExprRef, FOREIGN, REMOTE};
use crate::sql::ops::Op;
use std::rc::Rc;

/// A custom join condition: the expression with the target side's columns annotated `REMOTE` (and
/// the foreign ones `FOREIGN`), and the direction and (owner column, target column) pairs when its
/// annotations tell them.
pub(super) struct CustomJoin {
    pub expr: ExprRef,
    pub found: Option<(Direction, Vec<(String, String)>)>,
}

/// The `and_` terms of a condition.
fn terms(e: &ExprRef, out: &mut Vec<ExprRef>) {
    match &**e {
        Expr::ClauseList(l) if l.op == Op::And => l.clauses.iter().for_each(|c| terms(c, out)),
        Expr::Grouping(inner) => terms(inner, out),
        _ => out.push(e.clone()),
    }
}

fn plain_equality(e: &ExprRef) -> bool {
    matches!(&**e, Expr::Binary(b) if b.op == Op::Eq && matches!(&*b.left, Expr::Column(_)) && matches!(&*b.right, Expr::Column(_)))
}

/// The condition as a [`CustomJoin`] when some term relating both sides is more than a column
/// equality; `None` keeps the column-pair model (plus extra criteria) for it.
pub(super) fn custom_join(
    expr: &ExprRef,
    (owner_table, target_table): (&str, &str),
    foreign: &[Pair],
    remote_side: &[Pair],
) -> Option<CustomJoin> {
    let self_ref = owner_table == target_table;
    let mut all = Vec::new();
    columns(expr, &mut all);
    let annotated_remote = all.iter().any(|c| c.annotation & REMOTE != 0);
    let named = |list: &[Pair], t: &str, c: &ColumnRef| list.iter().any(|(lt, lc)| lt == t && *lc == c.col.name.text());
    let marked = map_columns(expr, &|c| {
        let table = table_name(c).unwrap_or_else(|| owner_table.to_string());
        let is_foreign = c.annotation & FOREIGN != 0 || named(foreign, &table, c);
        let remote = if !self_ref {
            if table == target_table {
                true
            } else if table == owner_table {
                false
            } else {
                return None;
            }
        } else if annotated_remote {
            c.annotation & REMOTE != 0
        } else if !remote_side.is_empty() {
            named(remote_side, &table, c)
        } else {
            is_foreign
        };
        let annotation = (if is_foreign { FOREIGN } else { 0 }) | (if remote { REMOTE } else { 0 });
        Some(Rc::new(Expr::Column(ColumnRef { annotation, ..c.clone() })))
    });
    let mut ts = Vec::new();
    terms(&marked, &mut ts);
    let relating = |t: &ExprRef| {
        let mut cs = Vec::new();
        columns(t, &mut cs);
        cs.iter().any(|c| c.annotation & REMOTE != 0) && cs.iter().any(|c| c.annotation & REMOTE == 0)
    };
    if !ts.iter().any(|t| !plain_equality(t) && relating(t)) {
        return None;
    }
    let mut cols = Vec::new();
    columns(&marked, &mut cols);
    let foreign_cols: Vec<&ColumnRef> = cols.iter().filter(|c| c.annotation & FOREIGN != 0).collect();
    let one_to_many = foreign_cols.iter().any(|c| c.annotation & REMOTE != 0);
    let many_to_one = foreign_cols.iter().any(|c| c.annotation & REMOTE == 0);
    let direction = match (one_to_many, many_to_one) {
        (true, false) => Some(Direction::OneToMany),
        (false, true) => Some(Direction::ManyToOne),
        _ => None,
    };
    let mut pairs = Vec::new();
    equated_pairs(&marked, &mut pairs);
    Some(CustomJoin { expr: marked, found: direction.map(|d| (d, pairs)) })
}

/// `_setup_pairs`: each `==` comparison pairs every local column of one side with every remote
/// column of the other when one of them is foreign, as (local, remote) names.
fn equated_pairs(e: &ExprRef, out: &mut Vec<(String, String)>) {
    if let Expr::Binary(b) = &**e
        && b.op == Op::Eq
    {
        let (mut left, mut right) = (Vec::new(), Vec::new());
        columns(&b.left, &mut left);
        columns(&b.right, &mut right);
        for l in &left {
            for r in &right {
                let (local, remote) = match (l.annotation & REMOTE != 0, r.annotation & REMOTE != 0) {
                    (false, true) => (l, r),
                    (true, false) => (r, l),
                    _ => continue,
                };
                if (local.annotation | remote.annotation) & FOREIGN == 0 {
                    continue;
                }
                let pair = (local.col.name.text(), remote.col.name.text());
                if !out.contains(&pair) {
                    out.push(pair);
                }
            }
        }
        return;
    }
    e.for_each_child(&mut |c| equated_pairs(c, out));
}
