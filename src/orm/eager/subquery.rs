//! The `subquery` loader (SQLAlchemy's `SubqueryLoader`), for relationships of a statement's own
//! entity: the statement re-run as a subquery of the parents' keys and joined to the related
//! table, one SELECT for all parents —
//! `SELECT books.id AS books_id, ..., anon_1.authors_id AS anon_1_authors_id FROM (SELECT
//! authors.id AS authors_id FROM authors WHERE ...) AS anon_1 JOIN books ON anon_1.authors_id =
//! books.author_id ORDER BY books.title`; a many-to-one selects `DISTINCT` foreign keys and joins
//! the target to them, a many-to-many joins an alias of the association table first. The inner
//! statement keeps its ORDER BY only under LIMIT/OFFSET. Deeper levels load lazily.

use super::selectin::{Loader, Plan, Relation, Shaped, column, load_by};
use crate::db::Cell;
use crate::eval::value::Instance;
use crate::eval::{Interp, PyResult};
use crate::orm::Orm;
use crate::orm::core::bridge::core_table;
use crate::orm::mapper::{Direction, RegistryRef, Resolved};
use crate::orm::session::SessionData;
use crate::sql::elements::build;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::{FromClause, FromKind, FromRef, LabelStyle, Select, SelectStmt, SetupJoin};
use crate::sql::types::SqlType;
use std::rc::Rc;

fn eq(left: &ExprRef, right: &ExprRef) -> ExprRef {
    build::binary(left, right, Op::Eq, SqlType::boolean(), Some(Op::Ne))
}

fn sub_column(sub: &FromRef, name: &str) -> Option<ExprRef> {
    sub.column_ref_by_name(name).map(|c| Rc::new(Expr::Column(c)) as ExprRef)
}

/// The statement for relationship `rel` of `owner`, whose parents `origin` selects; `criteria` (an
/// option's `Rel.and_(...)`) join the target's ON clause.
fn statement(
    (registry, owner, rel): (&RegistryRef, usize, &Resolved),
    origin: &Select,
    plan: &Plan,
    criteria: &[ExprRef],
) -> Option<Shaped> {
    let owner_table = registry.borrow().table_of(owner)?.name.clone();
    // The inner SELECT's key columns, as (table, column): the parent's key, or a many-to-one's
    // foreign key.
    let (inner_table, inner_cols): (String, Vec<String>) = match (&rel.secondary, rel.direction) {
        (None, Direction::ManyToOne) => (owner_table.clone(), rel.pairs.iter().map(|(o, _)| o.clone()).collect()),
        (Some(sec), _) => (owner_table.clone(), sec.local.iter().map(|(_, o)| o.clone()).collect()),
        (None, _) => (owner_table.clone(), rel.pairs.iter().map(|(o, _)| o.clone()).collect()),
    };
    let mut inner = origin.clone();
    inner.columns = inner_cols.iter().map(|c| column(registry, &inner_table, c)).collect::<Option<_>>()?;
    inner.label_style = LabelStyle::TablenamePlusCol;
    inner.distinct = rel.direction == Direction::ManyToOne && rel.secondary.is_none();
    if inner.limit.is_none() && inner.offset.is_none() {
        inner.order_by.clear();
    }
    let sub: FromRef = FromClause::new_anon("anon", |name| FromKind::Subquery {
        element: SelectStmt::Select(Rc::new(inner)),
        name,
        lateral: false,
    });
    let exported = |c: &str| format!("{inner_table}_{c}");
    let target = core_table(registry, &plan.target_table)?;
    let mut columns: Vec<ExprRef> = plan.entity.iter().map(|(t, n)| column(registry, t, n)).collect::<Option<_>>()?;
    let positions: Vec<usize> = (0..columns.len()).collect();
    let key_at = columns.len();
    for c in &inner_cols {
        columns.push(sub_column(&sub, &exported(c))?);
    }
    let mut s = Select::new(columns);
    s.label_style = LabelStyle::TablenamePlusCol;
    s.from_obj.push(sub.clone());
    match (&rel.secondary, rel.direction) {
        (Some(sec), _) => {
            let element = core_table(registry, &sec.table)?;
            let assoc = FromClause::new_anon(&sec.table, |name| FromKind::Alias { element, name });
            let on_assoc: Vec<ExprRef> = sec
                .local
                .iter()
                .map(|(a, o)| Some(eq(&sub_column(&sub, &exported(o))?, &sub_column(&assoc, a)?)))
                .collect::<Option<_>>()?;
            let on_target: Vec<ExprRef> = sec
                .remote
                .iter()
                .map(|(a, t)| Some(eq(&column(registry, &plan.target_table, t)?, &sub_column(&assoc, a)?)))
                .chain(criteria.iter().cloned().map(Some))
                .collect::<Option<_>>()?;
            s.joins.push(setup(assoc.clone(), on_assoc, &sub)?);
            s.joins.push(setup(target, on_target, &assoc)?);
        }
        (None, direction) => {
            let on: Vec<ExprRef> = rel
                .pairs
                .iter()
                .map(|(o, t)| {
                    let (o, t) = (sub_column(&sub, &exported(o))?, column(registry, &plan.target_table, t)?);
                    Some(if direction == Direction::ManyToOne { eq(&t, &o) } else { eq(&o, &t) })
                })
                .chain(criteria.iter().cloned().map(Some))
                .collect::<Option<_>>()?;
            s.joins.push(setup(target, on, &sub)?);
        }
    }
    for (name, desc) in &rel.order_by {
        let col = column(registry, &plan.target_table, name)?;
        s.order_by.push(if *desc { build::unary_modifier(&col, Op::Desc) } else { col });
    }
    Some(Shaped { stmt: SelectStmt::Select(Rc::new(s)), positions, key_at })
}

fn setup(target: FromRef, mut on: Vec<ExprRef>, left: &FromRef) -> Option<SetupJoin> {
    let onclause = if on.len() == 1 { on.pop()? } else { build::boolean_list(Op::And, on) };
    Some(SetupJoin { target, onclause: Some(onclause), left: Some(left.clone()), isouter: false, full: false })
}

/// Loads relationship `key` of the parents `origin` selected: the related instances, or `None`
/// when this shape loads lazily instead.
pub fn load(
    orm: &Orm,
    interp: &mut Interp,
    session: &Rc<SessionData>,
    (registry, owner, key, rel): Relation<'_>,
    parents: &[Rc<Instance>],
    origin: &Select,
    criteria: &[ExprRef],
) -> PyResult<Option<Vec<Rc<Instance>>>> {
    let build = |plan: &Plan, _: &[Cell]| statement((registry, owner, rel), origin, plan, criteria);
    let how = Loader { name: "subquery", chunk: usize::MAX, binds: &[], columns: &[], of_type: None };
    load_by(orm, interp, session, (registry, owner, key, rel), parents, &how, &build)
}
