//! Walking an expression tree: its direct children (`get_children`), the selectables it reads from
//! (`_from_objects`) and every bound parameter in it (for `.params()` and `compiled.params`).

use super::{BindParam, Expr, ExprRef, Label, Unary};
use crate::sql::selectable::FromRef;

impl Expr {
    /// The selectables this expression reads from (`_from_objects`), in order, with repeats.
    pub fn from_objects(&self, out: &mut Vec<FromRef>) {
        match self {
            Expr::Column(c) => out.extend(c.table.iter().cloned()),
            _ => self.for_each_child(&mut |c| c.from_objects(out)),
        }
    }

    /// Calls `f` on each expression directly below this one, in order. A scalar subquery is its own
    /// SELECT, so it has none here: walks over the enclosing statement (its FROM list, the ORM's
    /// marks) stop at it.
    pub fn for_each_child(&self, f: &mut dyn FnMut(&ExprRef)) {
        match self {
            Expr::Binary(b) => {
                f(&b.left);
                f(&b.right);
            }
            Expr::Unary(Unary { element, .. })
            | Expr::AsBoolean { element, .. }
            | Expr::Grouping(element)
            | Expr::Label(Label { element, .. })
            | Expr::LabelReference(element)
            | Expr::Cast { expr: element, .. }
            | Expr::TypeCoerce { expr: element, .. }
            | Expr::Extract { expr: element, .. } => f(element),
            Expr::ClauseList(l) => l.clauses.iter().for_each(f),
            Expr::Tuple { clauses, .. } => clauses.iter().for_each(f),
            Expr::Function(fun) => fun.args.iter().for_each(f),
            Expr::FunctionFilter { func, criterion } => {
                f(func);
                f(criterion);
            }
            Expr::Over(o) => {
                f(&o.element);
                o.partition_by.iter().for_each(&mut *f);
                o.order_by.iter().for_each(f);
            }
            Expr::WithinGroup { element, order_by, .. } => {
                f(element);
                order_by.iter().for_each(f);
            }
            Expr::Case(c) => {
                c.value.iter().for_each(&mut *f);
                for (w, t) in &c.whens {
                    f(w);
                    f(t);
                }
                c.else_.iter().for_each(f);
            }
            Expr::Column(_)
            | Expr::ScalarSelect { .. }
            | Expr::Bind(_)
            | Expr::Null
            | Expr::True
            | Expr::False
            | Expr::Text(_)
            | Expr::TextualLabelReference(_)
            | Expr::Collation(_)
            | Expr::Slice { .. } => {}
        }
    }

    /// Every bound parameter in the expression (for `.params()` and `compiled.params`).
    pub fn visit_binds(&self, f: &mut dyn FnMut(&BindParam)) {
        match self {
            Expr::Bind(b) => f(b),
            Expr::Binary(b) => {
                b.left.visit_binds(f);
                b.right.visit_binds(f);
            }
            Expr::Unary(Unary { element, .. })
            | Expr::AsBoolean { element, .. }
            | Expr::Grouping(element)
            | Expr::Label(Label { element, .. })
            | Expr::LabelReference(element)
            | Expr::Cast { expr: element, .. }
            | Expr::TypeCoerce { expr: element, .. }
            | Expr::Extract { expr: element, .. } => element.visit_binds(f),
            Expr::ClauseList(l) => l.clauses.iter().for_each(|c| c.visit_binds(f)),
            Expr::Tuple { clauses, .. } => clauses.iter().for_each(|c| c.visit_binds(f)),
            Expr::Function(fun) => fun.args.iter().for_each(|c| c.visit_binds(f)),
            Expr::FunctionFilter { func, criterion } => {
                func.visit_binds(f);
                criterion.visit_binds(f);
            }
            Expr::Over(o) => {
                o.element.visit_binds(f);
                o.partition_by.iter().for_each(|c| c.visit_binds(f));
                o.order_by.iter().for_each(|c| c.visit_binds(f));
            }
            Expr::WithinGroup { element, order_by, .. } => {
                element.visit_binds(f);
                order_by.iter().for_each(|c| c.visit_binds(f));
            }
            Expr::Case(c) => {
                if let Some(v) = &c.value {
                    v.visit_binds(f);
                }
                for (w, t) in &c.whens {
                    w.visit_binds(f);
                    t.visit_binds(f);
                }
                if let Some(e) = &c.else_ {
                    e.visit_binds(f);
                }
            }
            Expr::Text(t) => t.binds.iter().for_each(|(_, b)| b.visit_binds(f)),
            Expr::ScalarSelect { select, .. } => select.visit_binds(f),
            Expr::Column(_)
            | Expr::Null
            | Expr::True
            | Expr::False
            | Expr::TextualLabelReference(_)
            | Expr::Collation(_)
            | Expr::Slice { .. } => {}
        }
    }
}
