//! A relationship whose `primaryjoin` is not plain column equality (`remote(ip) == cast(foreign(content),
//! String)`, `remote(foreign(path)).like(path.concat("/%"))`) keeps it as an expression tree
//! ([`crate::orm::mapper::Resolved::join`]) whose target-side columns carry the `REMOTE` annotation.
//! SQLAlchemy renders such a condition as written: a join aims its remote columns at the target's
//! FROM element and the others at the owner's (`JoinCondition.join_targets`), a lazy load replaces the
//! local columns by bound values read from the instance (`create_lazy_clause`).

use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::mapper::RegistryRef;
use crate::sql::elements::build;
use crate::sql::elements::{BindValue, ColumnRef, Expr, ExprRef, Function, Label, REMOTE, Unary};
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// `e` with each column `f` gives an expression for replaced, through the nodes a join condition
/// is made of (comparisons, boolean lists, groupings, casts, functions, unary operators, labels).
pub fn map_columns(e: &ExprRef, f: &dyn Fn(&ColumnRef) -> Option<ExprRef>) -> ExprRef {
    let all = |v: &[ExprRef]| v.iter().map(|x| map_columns(x, f)).collect::<Vec<_>>();
    let new = match &**e {
        Expr::Column(c) => return f(c).unwrap_or_else(|| e.clone()),
        Expr::Binary(b) => {
            let mut b = b.clone();
            b.left = map_columns(&b.left, f);
            b.right = map_columns(&b.right, f);
            Expr::Binary(b)
        }
        Expr::ClauseList(l) => {
            let mut l = l.clone();
            l.clauses = all(&l.clauses);
            Expr::ClauseList(l)
        }
        Expr::Tuple { clauses, ty } => Expr::Tuple { clauses: all(clauses), ty: ty.clone() },
        Expr::Grouping(inner) => Expr::Grouping(map_columns(inner, f)),
        Expr::Unary(u) => Expr::Unary(Unary { element: map_columns(&u.element, f), ..u.clone() }),
        Expr::AsBoolean { element, op, negate } => {
            Expr::AsBoolean { element: map_columns(element, f), op: op.clone(), negate: negate.clone() }
        }
        Expr::Label(l) => Expr::Label(Label { element: map_columns(&l.element, f), ..l.clone() }),
        Expr::Function(fun) => Expr::Function(Function { args: all(&fun.args), ..fun.clone() }),
        Expr::Cast { expr, ty } => Expr::Cast { expr: map_columns(expr, f), ty: ty.clone() },
        Expr::TypeCoerce { expr, ty } => Expr::TypeCoerce { expr: map_columns(expr, f), ty: ty.clone() },
        _ => return e.clone(),
    };
    Rc::new(new)
}

/// Every column of `e`, in order, with repeats.
pub fn columns(e: &ExprRef, out: &mut Vec<ColumnRef>) {
    match &**e {
        Expr::Column(c) => out.push(c.clone()),
        other => other.for_each_child(&mut |c| columns(c, out)),
    }
}

/// The name of the table a column of a join condition is on.
pub fn table_name(c: &ColumnRef) -> Option<String> {
    c.table.as_ref().and_then(|t| t.name()).map(|n| n.text())
}

/// The join condition aimed at the FROM elements standing for the owner's and the target's tables
/// (aliases, subqueries): remote columns are read from `target`, the owner table's from `owner`.
pub fn aim(reg: &RegistryRef, join: &ExprRef, owner: (&str, &FromRef), target: (&str, &FromRef)) -> ExprRef {
    map_columns(join, &|c| {
        let table = table_name(c)?;
        let name = c.col.name.text();
        let (table_name, from) = if c.annotation & REMOTE != 0 { target } else { owner };
        if table != table_name {
            return None;
        }
        let found = super::orm_select::aliased_table_column(reg, from, table_name, &name)?;
        Some(Rc::new(Expr::Column(ColumnRef { annotation: c.annotation, ..found })))
    })
}

/// The lazy clause: the join condition with one side's columns (the owner's, local ones, when
/// `owner_side`; else the remote ones) replaced by bound values read from `instance`.
pub fn bind_side(
    interp: &mut Interp,
    reg: &RegistryRef,
    join: &ExprRef,
    instance: &Value,
    owner_side: bool,
) -> PyResult<ExprRef> {
    let mapper = match instance {
        Value::Instance(i) => crate::orm::declarative::mapped(&i.class).map(|m| m.mapper),
        _ => None,
    };
    let mut cols = Vec::new();
    columns(join, &mut cols);
    let mut values: Vec<(Rc<crate::sql::elements::ColumnInfo>, ExprRef)> = Vec::new();
    for c in cols {
        let remote = c.annotation & REMOTE != 0;
        if remote == owner_side || values.iter().any(|(col, _)| Rc::ptr_eq(col, &c.col)) {
            continue;
        }
        let name = c.col.name.text();
        let key = mapper.and_then(|m| reg.borrow().column_by_name(m, &name).map(|d| d.key.clone()));
        let value = match key {
            Some(k) => interp.get_attr(instance, &k)?,
            None => Value::None,
        };
        let value = super::convert::to_sql_value(interp, &value)?;
        let bind = build::bindparam(Some("param"), BindValue::Value(value), Some(c.col.ty.clone()), true, false);
        values.push((c.col.clone(), bind));
    }
    Ok(map_columns(join, &|c| {
        if (c.annotation & REMOTE != 0) == owner_side {
            return None;
        }
        values.iter().find(|(col, _)| Rc::ptr_eq(col, &c.col)).map(|(_, b)| b.clone())
    }))
}
