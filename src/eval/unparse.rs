//! Expressions back to source text, as `ast.unparse` writes them: the form annotations take under
//! `from __future__ import annotations` (`Mapped[List['Child']]`, `int | None`).

use super::format::{float_repr, repr_str};
use crate::ir::{BinOp, Const, Expr, ExprKind};

/// The canonical source of `expr`, or `None` for a construct annotations do not use.
pub(super) fn unparse(expr: &Expr) -> Option<String> {
    Some(match &expr.kind {
        ExprKind::Name(n) => n.to_string(),
        ExprKind::Const(c) => match c {
            Const::None => "None".into(),
            Const::Bool(b) => if *b { "True" } else { "False" }.into(),
            Const::Int(n) => n.to_string(),
            Const::BigInt(n) => n.to_string(),
            Const::Float(f) => float_repr(*f),
            Const::Str(s) => repr_str(s),
            Const::Bytes(b) => crate::pyfmt::repr_bytes(b),
            Const::Ellipsis => "...".into(),
        },
        ExprKind::Attribute { value, attr } => format!("{}.{attr}", unparse(value)?),
        ExprKind::Subscript { value, index } => {
            let inside = match &index.kind {
                ExprKind::Tuple(items) if !items.is_empty() => join(items)?,
                _ => unparse(index)?,
            };
            format!("{}[{inside}]", unparse(value)?)
        }
        ExprKind::Tuple(items) if items.len() == 1 => format!("({},)", unparse(&items[0])?),
        ExprKind::Tuple(items) => format!("({})", join(items)?),
        ExprKind::List(items) => format!("[{}]", join(items)?),
        ExprKind::BinOp { op: BinOp::BitOr, left, right } => format!("{} | {}", unparse(left)?, unparse(right)?),
        ExprKind::Call { func, args } if args.is_empty() => format!("{}()", unparse(func)?),
        _ => return None,
    })
}

fn join(items: &[Expr]) -> Option<String> {
    Some(items.iter().map(unparse).collect::<Option<Vec<_>>>()?.join(", "))
}
