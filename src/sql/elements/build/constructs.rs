//! Constructors for the other expression kinds: `label`, `cast`, `type_coerce`, `collate`, `case`,
//! scalar subqueries and `EXISTS`, and `func.*` functions with the return types SQLAlchemy's generic
//! functions declare.

use super::{Operand, binary, rc, sanitize_bind_key, self_group};
use crate::sql::elements::naming;
use crate::sql::elements::{BindParam, BindValue, Case, Expr, ExprRef, Function, Label, Name, Unary};
use crate::sql::ops::Op;
use crate::sql::selectable::SelectStmt;
use crate::sql::types::{SqlType, TypeKind};
use std::rc::Rc;

/// `expr.label(name)` (`None` gives an anonymous label named after the element).
pub fn label(expr: &ExprRef, name: Option<&str>, ty: Option<SqlType>) -> ExprRef {
    let mut element = expr.clone();
    while let Expr::Label(l) = &*element.clone() {
        element = l.element.clone();
    }
    let ty = ty.unwrap_or_else(|| element.ty());
    let grouped = self_group(&element, Some(&Op::As));
    match name {
        Some(n) => rc(Expr::Label(Label { name: Name::plain(n), element: grouped, ty })),
        None => {
            let seed = naming::name(&element).map_or_else(|| "anon".to_string(), |n| n.text());
            crate::sql::elements::rc_anon(&seed, |name| Expr::Label(Label { name, element: grouped, ty }))
        }
    }
}

/// `cast(expr, type)`.
pub fn cast(expr: &ExprRef, ty: SqlType) -> ExprRef {
    rc(Expr::Cast { expr: expr.clone(), ty })
}

/// `type_coerce(expr, type)`: a bound literal takes the type itself.
pub fn type_coerce(expr: &ExprRef, ty: SqlType) -> ExprRef {
    if let Expr::Bind(b) = &**expr {
        let mut b = b.clone();
        b.ty = ty.clone();
        return rc(Expr::TypeCoerce { expr: rc(Expr::Bind(b)), ty });
    }
    rc(Expr::TypeCoerce { expr: expr.clone(), ty })
}

/// `expr.collate("name")`.
pub fn collate(expr: &ExprRef, collation: &str) -> ExprRef {
    let coll = rc(Expr::Collation(collation.to_string()));
    binary(expr, &coll, Op::Collate, expr.ty(), None)
}

/// `case((cond, value), ..., value=, else_=)`: typed after the first non-null result.
pub fn case(value: Option<ExprRef>, whens: Vec<(ExprRef, ExprRef)>, else_: Option<ExprRef>) -> ExprRef {
    let ty = whens
        .iter()
        .map(|(_, r)| r.ty())
        .chain(else_.iter().map(|e| e.ty()))
        .find(|t| !t.is_null())
        .unwrap_or_else(SqlType::null);
    let whens = whens.into_iter().map(|(c, r)| (self_group(&c, None), r)).collect();
    rc(Expr::Case(Case { value, whens, else_, ty }))
}

/// A SELECT with `LABEL_STYLE_NONE`, as `scalar_subquery()` and `exists()` make it.
pub fn label_style_none(select: SelectStmt) -> SelectStmt {
    use crate::sql::selectable::LabelStyle;
    match select {
        SelectStmt::Select(s) if s.label_style != LabelStyle::None => {
            let mut s = (*s).clone();
            s.label_style = LabelStyle::None;
            SelectStmt::Select(Rc::new(s))
        }
        SelectStmt::Compound(c) if c.label_style != LabelStyle::None => {
            let mut c = (*c).clone();
            c.label_style = LabelStyle::None;
            SelectStmt::Compound(Rc::new(c))
        }
        other => other,
    }
}

/// `(SELECT ...)` as a column expression, typed after its single column.
pub fn scalar_select(select: SelectStmt) -> ExprRef {
    let select = label_style_none(select);
    let ty = select.selected_columns().first().map_or_else(SqlType::null, |c| c.ty());
    rc(Expr::ScalarSelect { select, ty })
}

/// `exists(select)`: `EXISTS (SELECT ...)`.
pub fn exists(select: SelectStmt) -> ExprRef {
    let select = label_style_none(select);
    let inner = rc(Expr::ScalarSelect { select, ty: SqlType::boolean() });
    rc(Expr::Unary(Unary { element: inner, operator: Some(Op::Exists), modifier: None, ty: SqlType::boolean() }))
}

/// A SQL function call (`func.name(*args)`), typed the way SQLAlchemy's known functions are.
pub fn function(name: &str, packagenames: Vec<String>, args: Vec<Operand>, ty: Option<SqlType>) -> ExprRef {
    let known = known_function(name);
    let render_name = if packagenames.is_empty() { known.map_or(name, |k| k.0) } else { name };
    let args: Vec<ExprRef> = args
        .into_iter()
        .map(|a| match a {
            Operand::Expr(e) => e,
            Operand::Value(v) => {
                let ty = v.natural_type();
                crate::sql::elements::rc_anon(&sanitize_bind_key(render_name), |key| {
                    Expr::Bind(BindParam {
                        key,
                        value: BindValue::Value(v),
                        ty,
                        expanding: false,
                        expand_op: None,
                        literal_execute: false,
                        is_crud: false,
                    })
                })
            }
        })
        .map(|a| self_group(&a, Some(&Op::Comma)))
        .collect();
    let star = render_name == "count" && args.is_empty() && packagenames.is_empty();
    let ty = ty.unwrap_or_else(|| match known.map(|k| k.1) {
        Some(FnType::FromArgs) => args.first().map_or_else(SqlType::null, |a| a.ty()),
        Some(FnType::Fixed(kind)) => SqlType::new(kind),
        Some(FnType::Array) => {
            let mut t = SqlType::new(TypeKind::Array);
            t.item = Some(Box::new(args.first().map_or_else(SqlType::null, |a| a.ty())));
            t
        }
        None => SqlType::null(),
    });
    rc(Expr::Function(Function { name: render_name.to_string(), packagenames, args, ty, star }))
}

#[derive(Clone, Copy)]
pub(super) enum FnType {
    FromArgs,
    Fixed(TypeKind),
    Array,
}

/// SQLAlchemy's registered generic functions (looked up case-insensitively): their canonical name
/// and return type.
pub(super) fn known_function(name: &str) -> Option<(&'static str, FnType)> {
    use FnType::*;
    use TypeKind as K;
    Some(match name.to_lowercase().as_str() {
        "coalesce" => ("coalesce", FromArgs),
        "max" => ("max", FromArgs),
        "min" => ("min", FromArgs),
        "sum" => ("sum", FromArgs),
        "pow" => ("pow", FromArgs),
        "now" => ("now", Fixed(K::DateTime)),
        "concat" => ("concat", Fixed(K::String)),
        "char_length" => ("char_length", Fixed(K::Integer)),
        "random" => ("random", Fixed(K::Null)),
        "count" => ("count", Fixed(K::Integer)),
        "current_date" => ("current_date", Fixed(K::Date)),
        "current_time" => ("current_time", Fixed(K::Time)),
        "current_timestamp" => ("current_timestamp", Fixed(K::DateTime)),
        "current_user" => ("current_user", Fixed(K::String)),
        "localtime" => ("localtime", Fixed(K::DateTime)),
        "localtimestamp" => ("localtimestamp", Fixed(K::DateTime)),
        "session_user" => ("session_user", Fixed(K::String)),
        "sysdate" => ("sysdate", Fixed(K::DateTime)),
        "user" => ("user", Fixed(K::String)),
        "array_agg" => ("array_agg", Array),
        "rank" => ("rank", Fixed(K::Integer)),
        "dense_rank" => ("dense_rank", Fixed(K::Integer)),
        "percent_rank" => ("percent_rank", Fixed(K::Numeric)),
        "cume_dist" => ("cume_dist", Fixed(K::Numeric)),
        "aggregate_strings" => ("aggregate_strings", Fixed(K::String)),
        "mode" => ("mode", FromArgs),
        "percentile_cont" => ("percentile_cont", FromArgs),
        "percentile_disc" => ("percentile_disc", FromArgs),
        "cube" => ("cube", FromArgs),
        "rollup" => ("rollup", FromArgs),
        "grouping_sets" => ("grouping_sets", FromArgs),
        _ => return None,
    })
}

/// Whether a function renders without parentheses when it has no arguments (ANSI functions).
pub fn ansi_function_keyword(name: &str) -> Option<&'static str> {
    Some(match name {
        "current_date" => "CURRENT_DATE",
        "current_time" => "CURRENT_TIME",
        "current_timestamp" => "CURRENT_TIMESTAMP",
        "current_user" => "CURRENT_USER",
        "localtime" => "LOCALTIME",
        "localtimestamp" => "LOCALTIMESTAMP",
        "session_user" => "SESSION_USER",
        "user" => "USER",
        "sysdate" => "sysdate",
        _ => return None,
    })
}
