//! Moving the yields nested in an expression to statements, in CPython's evaluation order.
//!
//! Each yield becomes a [`StmtKind::Yield`] binding a temporary (`.yN`, a name no program can spell)
//! that the expression then reads. Whatever CPython evaluates before a yield must still run before it:
//! every operand to the left of the last operand holding a yield is evaluated into a temporary first
//! (`f() + (yield)` becomes `.y0 = f()`, `.y1 = yield`, `.y0 + .y1`). Operands that run only
//! conditionally (`and`/`or`, `x if c else y`, the later links of `a < b < c`) become `if` statements
//! assigning one result temporary, so a yield in a branch not taken never runs. Statements whose parts
//! run in a fixed order around their expression (a `while` condition, an augmented assignment to an
//! attribute or item, assignment targets) are rewritten the same way, here too.

use super::{expr_yields, rewrite_block};
use crate::ir::{Arg, Block, Const, Expr, ExprKind, FPart, Name, Stmt, StmtKind, Target, UnaryOp};
use crate::python::lower::{Lowered, unsupported_at};
use crate::source::Span;
use std::collections::VecDeque;
use std::rc::Rc;

/// The statements that must run before an expression, and the temporaries' counter.
pub(super) struct Hoist<'a> {
    pub(super) prelude: &'a mut Vec<Stmt>,
    pub(super) temps: &'a mut usize,
}

/// `expr` with its yields hoisted into `prelude`.
pub(super) fn hoist(mut expr: Expr, prelude: &mut Vec<Stmt>, temps: &mut usize) -> Lowered<Expr> {
    Hoist { prelude, temps }.walk(&mut expr)?;
    Ok(expr)
}

fn name(temp: &Name, span: Span) -> Expr {
    Expr { kind: ExprKind::Name(temp.clone()), span }
}

fn assign(temp: &Name, value: Expr, span: Span) -> Stmt {
    Stmt { kind: StmtKind::Assign { targets: vec![Target::Name(temp.clone(), span)], value }, span }
}

fn if_stmt(test: Expr, body: Block, orelse: Block, span: Span) -> Stmt {
    Stmt { kind: StmtKind::If { test, body, orelse }, span }
}

fn not(e: Expr) -> Expr {
    let span = e.span;
    Expr { kind: ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(e) }, span }
}

impl Hoist<'_> {
    fn temp(&mut self) -> Name {
        let temp = Name::from(format!(".y{}", self.temps));
        *self.temps += 1;
        temp
    }

    /// A nested hoister writing into `block` (a branch's own statements).
    fn hoist_into(&mut self, block: &mut Vec<Stmt>, e: &mut Expr) -> Lowered<()> {
        Hoist { prelude: block, temps: &mut *self.temps }.walk(e)
    }

    pub(super) fn walk(&mut self, expr: &mut Expr) -> Lowered<()> {
        if !expr_yields(expr) {
            return Ok(());
        }
        let span = expr.span;
        let chain =
            matches!(&expr.kind, ExprKind::Compare { rest, .. } if rest.iter().skip(1).any(|(_, e)| expr_yields(e)));
        match &mut expr.kind {
            ExprKind::Yield { value, from } => {
                if let Some(v) = value {
                    self.walk(v)?;
                }
                let temp = self.temp();
                let value = value.take().map(|v| *v);
                let targets = vec![Target::Name(temp.clone(), span)];
                self.prelude.push(Stmt { kind: StmtKind::Yield { value, from: *from, targets }, span });
                expr.kind = ExprKind::Name(temp);
                Ok(())
            }
            ExprKind::Lambda(_) => unsupported_at("yield inside a lambda", span),
            ExprKind::BoolOp { .. } | ExprKind::IfExp { .. } => {
                let kind = std::mem::replace(&mut expr.kind, ExprKind::Const(Const::None));
                expr.kind = ExprKind::Name(match kind {
                    ExprKind::BoolOp { and, values } => self.bool_op(and, values, span)?,
                    ExprKind::IfExp { test, body, orelse } => self.if_exp(*test, *body, *orelse, span)?,
                    _ => return unsupported_at("this yield", span),
                });
                Ok(())
            }
            ExprKind::Compare { .. } if chain => {
                let kind = std::mem::replace(&mut expr.kind, ExprKind::Const(Const::None));
                let ExprKind::Compare { left, rest } = kind else { return unsupported_at("this yield", span) };
                let mut left = *left;
                self.walk(&mut left)?;
                self.spill(&mut left);
                let temp = self.temp();
                let block = self.chain(left, rest.into(), &temp, span)?;
                self.prelude.extend(block);
                expr.kind = ExprKind::Name(temp);
                Ok(())
            }
            _ => self.walk_all(children_mut(expr)),
        }
    }

    /// Sibling operands in evaluation order: those before the last one holding a yield are evaluated
    /// into temporaries first.
    pub(super) fn walk_all(&mut self, mut operands: Vec<&mut Expr>) -> Lowered<()> {
        let Some(last) = operands.iter().rposition(|e| expr_yields(e)) else { return Ok(()) };
        for (i, e) in operands.iter_mut().enumerate().take(last + 1) {
            self.walk(e)?;
            if i < last {
                self.spill(e);
            }
        }
        Ok(())
    }

    /// Evaluates `e` into a temporary now (constants and temporaries need not be).
    pub(super) fn spill(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Const(_) => {}
            ExprKind::Name(n) if n.starts_with('.') => {}
            ExprKind::Starred(inner) => self.spill(inner),
            _ => {
                let temp = self.temp();
                let value = std::mem::replace(e, name(&temp, e.span));
                self.prelude.push(assign(&temp, value, e.span));
            }
        }
    }

    /// `a and b and c` as nested `if`s assigning one result (each operand's truth tested once).
    fn bool_op(&mut self, and: bool, values: Vec<Expr>, span: Span) -> Lowered<Name> {
        let temp = self.temp();
        let mut inner: Option<Block> = None;
        for mut value in values.into_iter().rev() {
            let mut block = Vec::new();
            self.hoist_into(&mut block, &mut value)?;
            block.push(assign(&temp, value, span));
            if let Some(rest) = inner.take() {
                let test = if and { name(&temp, span) } else { not(name(&temp, span)) };
                block.push(if_stmt(test, rest, Vec::new(), span));
            }
            inner = Some(block);
        }
        self.prelude.extend(inner.unwrap_or_default());
        Ok(temp)
    }

    fn if_exp(&mut self, mut test: Expr, mut body: Expr, mut orelse: Expr, span: Span) -> Lowered<Name> {
        self.walk(&mut test)?;
        let temp = self.temp();
        let (mut then_block, mut else_block) = (Vec::new(), Vec::new());
        self.hoist_into(&mut then_block, &mut body)?;
        then_block.push(assign(&temp, body, span));
        self.hoist_into(&mut else_block, &mut orelse)?;
        else_block.push(assign(&temp, orelse, span));
        self.prelude.push(if_stmt(test, then_block, else_block, span));
        Ok(temp)
    }

    /// `prev op e ...`: one link of a comparison chain, the next links only when this one holds.
    fn chain(
        &mut self,
        prev: Expr,
        mut rest: VecDeque<(crate::ir::CmpOp, Expr)>,
        temp: &Name,
        span: Span,
    ) -> Lowered<Block> {
        let mut block = Vec::new();
        let Some((op, mut e)) = rest.pop_front() else { return Ok(block) };
        let mut sub = Hoist { prelude: &mut block, temps: &mut *self.temps };
        sub.walk(&mut e)?;
        if !rest.is_empty() {
            sub.spill(&mut e);
        }
        let compare = ExprKind::Compare { left: Box::new(prev), rest: vec![(op, e.clone())] };
        block.push(assign(temp, Expr { kind: compare, span }, span));
        if !rest.is_empty() {
            let inner = self.chain(e, rest, temp, span)?;
            block.push(if_stmt(name(temp, span), inner, Vec::new(), span));
        }
        Ok(block)
    }
}

/// `t1 = t2 = value` with a yield in a target: the value first, then each target's own parts and its
/// store, left to right.
pub(super) fn assign_targets(
    targets: Vec<Target>,
    mut value: Expr,
    span: Span,
    temps: &mut usize,
) -> Lowered<Vec<Stmt>> {
    let mut out = Vec::new();
    let mut h = Hoist { prelude: &mut out, temps };
    h.walk(&mut value)?;
    let v = h.temp();
    h.prelude.push(assign(&v, value, span));
    for mut target in targets {
        match &mut target {
            Target::Name(..) => {}
            Target::Attribute { value, .. } => h.walk(value)?,
            Target::Subscript { value, index, .. } => h.walk_all(vec![value, index])?,
            Target::Sequence(..) | Target::Starred(..) => {
                return unsupported_at("yield inside an unpacking target", target.span());
            }
        }
        h.prelude.push(Stmt { kind: StmtKind::Assign { targets: vec![target], value: name(&v, span) }, span });
    }
    Ok(out)
}

/// `target op= value` with a yield: the target's container, key and current value are read before the
/// value is evaluated, then the in-place operation runs on a temporary stored back into the target.
pub(super) fn aug_assign(
    target: Target,
    op: crate::ir::BinOp,
    mut value: Expr,
    span: Span,
    temps: &mut usize,
) -> Lowered<Vec<Stmt>> {
    let mut out = Vec::new();
    let mut h = Hoist { prelude: &mut out, temps };
    let old = h.temp();
    let (store, current) = match target {
        Target::Name(n, s) => (Target::Name(n.clone(), s), name(&n, s)),
        Target::Attribute { mut value, attr, span: s } => {
            h.walk(&mut value)?;
            force_spill(&mut h, &mut value);
            let current = ExprKind::Attribute { value: Box::new(value.clone()), attr: attr.clone() };
            (Target::Attribute { value, attr, span: s }, Expr { kind: current, span: s })
        }
        Target::Subscript { value: mut container, mut index, span: s } => {
            h.walk_all(vec![&mut container, &mut index])?;
            force_spill(&mut h, &mut container);
            force_spill(&mut h, &mut index);
            let current = ExprKind::Subscript { value: Box::new(container.clone()), index: Box::new(index.clone()) };
            (Target::Subscript { value: container, index, span: s }, Expr { kind: current, span: s })
        }
        other => return unsupported_at("yield in this augmented assignment", other.span()),
    };
    h.prelude.push(assign(&old, current, span));
    h.walk(&mut value)?;
    let old_target = Target::Name(old.clone(), span);
    h.prelude.push(Stmt { kind: StmtKind::AugAssign { target: old_target, op, value }, span });
    h.prelude.push(Stmt { kind: StmtKind::Assign { targets: vec![store], value: name(&old, span) }, span });
    Ok(out)
}

/// Like [`Hoist::spill`], for a part read twice (a name too: a yield could rebind it in between).
fn force_spill(h: &mut Hoist<'_>, e: &mut Expr) {
    if let ExprKind::Name(n) = &e.kind
        && !n.starts_with('.')
    {
        let temp = h.temp();
        let value = std::mem::replace(e, name(&temp, e.span));
        h.prelude.push(assign(&temp, value, e.span));
    } else {
        h.spill(e);
    }
}

/// `while cond: body else: orelse` with a yield in `cond`, as
/// `.f = True; while .f: <cond's yields>; .f = not not cond; if .f: body` (`else` unchanged: it runs
/// when the flag turns false, not after a `break`).
pub(super) fn while_loop(
    mut test: Expr,
    body: Block,
    orelse: Block,
    span: Span,
    temps: &mut usize,
) -> Lowered<Vec<Stmt>> {
    let flag = Name::from(format!(".y{temps}"));
    *temps += 1;
    let mut inner = Vec::new();
    Hoist { prelude: &mut inner, temps: &mut *temps }.walk(&mut test)?;
    inner.push(assign(&flag, not(not(test)), span));
    let body = rewrite_block(body, temps)?;
    inner.push(if_stmt(name(&flag, span), body, Vec::new(), span));
    let orelse = rewrite_block(orelse, temps)?;
    let start = assign(&flag, Expr { kind: ExprKind::Const(Const::Bool(true)), span }, span);
    Ok(vec![start, Stmt { kind: StmtKind::While { test: name(&flag, span), body: inner, orelse }, span }])
}

/// The operands of `expr` evaluated in its scope, mutably and in evaluation order (the same as
/// [`children`]).
fn children_mut(expr: &mut Expr) -> Vec<&mut Expr> {
    let mut out: Vec<&mut Expr> = Vec::new();
    match &mut expr.kind {
        ExprKind::Attribute { value, .. } | ExprKind::UnaryOp { operand: value, .. } => out.push(value),
        ExprKind::Starred(value) | ExprKind::Named { value, .. } => out.push(value),
        ExprKind::Subscript { value, index } => {
            out.push(value);
            out.push(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            out.extend([lower, upper, step].into_iter().flatten().map(|b| &mut **b))
        }
        ExprKind::Call { func, args } => {
            out.push(func);
            for arg in args {
                match arg {
                    Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::StarStar(e) => out.push(e),
                }
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            out.push(left);
            out.push(right);
        }
        ExprKind::BoolOp { values, .. } | ExprKind::List(values) | ExprKind::Tuple(values) | ExprKind::Set(values) => {
            out.extend(values.iter_mut());
        }
        ExprKind::Compare { left, rest } => {
            out.push(left);
            out.extend(rest.iter_mut().map(|(_, e)| e));
        }
        ExprKind::IfExp { test, body, orelse } => out.extend([&mut **test, &mut **body, &mut **orelse]),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    out.push(k);
                }
                out.push(v);
            }
        }
        ExprKind::Comprehension(comp) => {
            if let Some(first) = Rc::make_mut(comp).generators.first_mut() {
                out.push(&mut first.iter);
            }
        }
        ExprKind::FString(parts) => fstring_children_mut(parts, &mut out),
        ExprKind::Yield { value, .. } => out.extend(value.iter_mut().map(|b| &mut **b)),
        ExprKind::Const(_) | ExprKind::Name(_) | ExprKind::Lambda(_) => {}
    }
    out
}

fn fstring_children_mut<'a>(parts: &'a mut [FPart], out: &mut Vec<&'a mut Expr>) {
    for part in parts {
        if let FPart::Value { expr, spec, .. } = part {
            out.push(&mut **expr);
            if let Some(spec) = spec {
                fstring_children_mut(spec, out);
            }
        }
    }
}
