//! A deep column replacement: [`super::adapt::replace_columns`] descends through every expression
//! node *and* into scalar subqueries. A mapped SQL expression written in a class body
//! (`column_property(select(func.count(Address.id)).where(Address.user_id == id).scalar_subquery())`)
//! refers to the body's `Column` objects before their table exists; once the class is mapped its
//! columns are swapped for the table's, wherever they sit — as SQLAlchemy's `Column` objects simply
//! gain their `.table` then.

use super::{Binary, Case, ColumnRef, Expr, ExprRef, Function, Label, Over, Unary};
use crate::sql::selectable::{Select, SelectStmt};
use std::rc::Rc;

type Swap<'a> = &'a dyn Fn(&ColumnRef) -> Option<ColumnRef>;

/// `e` with each column `swap` replaces replaced, inside scalar subqueries too.
pub fn replace_deep(e: &ExprRef, swap: Swap<'_>) -> ExprRef {
    let all = |v: &[ExprRef]| v.iter().map(|x| replace_deep(x, swap)).collect::<Vec<_>>();
    let new = match &**e {
        Expr::Column(c) => return swap(c).map_or_else(|| e.clone(), |n| Rc::new(Expr::Column(n))),
        Expr::Binary(b) => {
            Expr::Binary(Binary { left: replace_deep(&b.left, swap), right: replace_deep(&b.right, swap), ..b.clone() })
        }
        Expr::Unary(u) => Expr::Unary(Unary { element: replace_deep(&u.element, swap), ..u.clone() }),
        Expr::AsBoolean { element, op, negate } => {
            Expr::AsBoolean { element: replace_deep(element, swap), op: op.clone(), negate: negate.clone() }
        }
        Expr::ClauseList(l) => {
            let mut l = l.clone();
            l.clauses = all(&l.clauses);
            Expr::ClauseList(l)
        }
        Expr::Tuple { clauses, ty } => Expr::Tuple { clauses: all(clauses), ty: ty.clone() },
        Expr::Grouping(inner) => Expr::Grouping(replace_deep(inner, swap)),
        Expr::LabelReference(inner) => Expr::LabelReference(replace_deep(inner, swap)),
        Expr::Label(l) => Expr::Label(Label { element: replace_deep(&l.element, swap), ..l.clone() }),
        Expr::Function(f) => Expr::Function(Function { args: all(&f.args), ..f.clone() }),
        Expr::FunctionFilter { func, criterion } => {
            Expr::FunctionFilter { func: replace_deep(func, swap), criterion: replace_deep(criterion, swap) }
        }
        Expr::Over(o) => Expr::Over(Over {
            element: replace_deep(&o.element, swap),
            partition_by: all(&o.partition_by),
            order_by: all(&o.order_by),
            frame: o.frame.clone(),
        }),
        Expr::WithinGroup { element, order_by, inline } => {
            Expr::WithinGroup { element: replace_deep(element, swap), order_by: all(order_by), inline: *inline }
        }
        Expr::Cast { expr, ty } => Expr::Cast { expr: replace_deep(expr, swap), ty: ty.clone() },
        Expr::TypeCoerce { expr, ty } => Expr::TypeCoerce { expr: replace_deep(expr, swap), ty: ty.clone() },
        Expr::Extract { field, expr } => Expr::Extract { field: field.clone(), expr: replace_deep(expr, swap) },
        Expr::Case(c) => Expr::Case(Case {
            value: c.value.as_ref().map(|v| replace_deep(v, swap)),
            whens: c.whens.iter().map(|(w, t)| (replace_deep(w, swap), replace_deep(t, swap))).collect(),
            else_: c.else_.as_ref().map(|v| replace_deep(v, swap)),
            ty: c.ty.clone(),
        }),
        Expr::ScalarSelect { select, ty } => {
            Expr::ScalarSelect { select: replace_in_stmt(select, swap), ty: ty.clone() }
        }
        Expr::Bind(_)
        | Expr::Null
        | Expr::True
        | Expr::False
        | Expr::Text(_)
        | Expr::TextualLabelReference(_)
        | Expr::Collation(_)
        | Expr::Slice { .. } => return e.clone(),
    };
    Rc::new(new)
}

/// A SELECT with its expressions' columns replaced (a compound or textual SELECT is kept).
pub fn replace_in_stmt(stmt: &SelectStmt, swap: Swap<'_>) -> SelectStmt {
    let SelectStmt::Select(s) = stmt else { return stmt.clone() };
    let all = |v: &[ExprRef]| v.iter().map(|x| replace_deep(x, swap)).collect::<Vec<_>>();
    let mut n: Select = (**s).clone();
    n.columns = all(&s.columns);
    n.where_ = all(&s.where_);
    n.having = all(&s.having);
    n.group_by = all(&s.group_by);
    n.order_by = all(&s.order_by);
    for j in &mut n.joins {
        j.onclause = j.onclause.as_ref().map(|o| replace_deep(o, swap));
    }
    SelectStmt::Select(Rc::new(n))
}
