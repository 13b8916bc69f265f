//! Generator bodies: every `yield` is moved to statement level, so the evaluator's resumable executor
//! (`eval::generator`) only ever suspends between statements.
//!
//! `x = yield v`, `yield v` and `yield from it` already are statements ([`StmtKind::Yield`]). A yield
//! nested in an expression (`print((yield))`, `total += yield`, `f(g(), (yield x) * 2)`) is hoisted
//! in CPython's evaluation order (see [`hoist`]). What is still refused, with a located "not
//! supported" message, is rare: a yield in a lambda, in a `match` guard, an `except` clause, a
//! decorator or default, an unpacking target, `del` or an assert message.
//! `with a, b:` is split into nested single-item statements (the same semantics), so the executor
//! keeps one context manager per level.

mod hoist;

use super::lower::{Lowered, unsupported_at};
use crate::ir::{Arg, Block, Expr, ExprKind, FPart, Stmt, StmtKind, Target, WithItem};
use crate::source::Span;
use hoist::hoist;

/// Does this function body contain a yield of its own (not one of a nested function or class)?
pub(super) fn block_yields(body: &[Stmt]) -> bool {
    body.iter().any(stmt_yields)
}

fn stmt_yields(stmt: &Stmt) -> bool {
    let mut found = false;
    visit_stmt_exprs(stmt, &mut |e| found |= expr_yields(e));
    found || sub_blocks(stmt).into_iter().any(|b| block_yields(b))
}

/// Does this function body yield values of its own (a plain `yield`, not an await): an `async def`
/// that does is an async generator.
pub(super) fn block_yields_value(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| {
        let mut found = false;
        visit_stmt_exprs(stmt, &mut |e| found |= expr_yields_value(e));
        found || sub_blocks(stmt).into_iter().any(|b| block_yields_value(b))
    })
}

fn expr_yields_value(expr: &Expr) -> bool {
    let mut found = false;
    children(expr, &mut |e| found |= expr_yields_value(e));
    found || matches!(expr.kind, ExprKind::Yield { from: false, .. })
}

/// The blocks nested in a statement that belong to the same function.
pub(super) fn sub_blocks(stmt: &Stmt) -> Vec<&Block> {
    match &stmt.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => vec![body, orelse],
        StmtKind::Try { body, handlers, orelse, finally } => {
            let mut blocks = vec![body, orelse, finally];
            blocks.extend(handlers.iter().map(|h| &h.body));
            blocks
        }
        StmtKind::With { body, .. } => vec![body],
        StmtKind::Match { cases, .. } => cases.iter().map(|c| &c.body).collect(),
        _ => Vec::new(),
    }
}

/// Calls `f` on each expression a statement evaluates itself (not those of its sub-blocks).
pub(super) fn visit_stmt_exprs(stmt: &Stmt, f: &mut dyn FnMut(&Expr)) {
    let target = |t: &Target, f: &mut dyn FnMut(&Expr)| visit_target(t, f);
    match &stmt.kind {
        StmtKind::Expr(e) | StmtKind::Display(e) => f(e),
        StmtKind::Assign { targets, value } => {
            f(value);
            targets.iter().for_each(|t| target(t, f));
        }
        StmtKind::AugAssign { target: t, value, .. } => {
            target(t, f);
            f(value);
        }
        StmtKind::AnnAssign { target: t, value, .. } => {
            value.iter().for_each(&mut *f);
            target(t, f);
        }
        StmtKind::If { test, .. } | StmtKind::While { test, .. } => f(test),
        StmtKind::For { target: t, iter, .. } => {
            f(iter);
            target(t, f);
        }
        StmtKind::Return(value) => value.iter().for_each(&mut *f),
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause.iter()).for_each(&mut *f),
        StmtKind::Try { handlers, .. } => handlers.iter().filter_map(|h| h.class.as_ref()).for_each(&mut *f),
        StmtKind::With { items, .. } => {
            for item in items {
                f(&item.context);
                item.target.iter().for_each(|t| target(t, f));
            }
        }
        StmtKind::Delete(targets) => targets.iter().for_each(|t| target(t, f)),
        StmtKind::Assert { test, msg } => std::iter::once(test).chain(msg.iter()).for_each(&mut *f),
        StmtKind::Yield { value, targets, .. } => {
            value.iter().for_each(&mut *f);
            targets.iter().for_each(|t| target(t, f));
        }
        StmtKind::Match { subject, cases } => {
            f(subject);
            cases.iter().filter_map(|c| c.guard.as_ref()).for_each(&mut *f);
        }
        StmtKind::FunctionDef(def) => {
            def.decorators.iter().for_each(&mut *f);
            let params = &def.params;
            params.positional.iter().chain(&params.kwonly).filter_map(|p| p.default.as_ref()).for_each(&mut *f);
        }
        StmtKind::ClassDef(def) => {
            def.decorators.iter().chain(&def.bases).for_each(&mut *f);
            def.keywords.iter().for_each(|(_, v)| f(v));
        }
        StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_) => {}
    }
}

fn visit_target(target: &Target, f: &mut dyn FnMut(&Expr)) {
    match target {
        Target::Name(..) => {}
        Target::Attribute { value, .. } => f(value),
        Target::Subscript { value, index, .. } => {
            f(value);
            f(index);
        }
        Target::Sequence(items, _) => items.iter().for_each(|t| visit_target(t, f)),
        Target::Starred(inner, _) => visit_target(inner, f),
    }
}

/// Does the expression contain a yield evaluated in this scope (lambdas and comprehensions other than
/// their first iterable are scopes of their own)?
pub(super) fn expr_yields(expr: &Expr) -> bool {
    let mut found = false;
    children(expr, &mut |e| found |= expr_yields(e));
    found || matches!(expr.kind, ExprKind::Yield { .. })
}

/// Calls `f` on the direct sub-expressions of `expr` evaluated in its scope, in evaluation order.
fn children(expr: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &expr.kind {
        ExprKind::Const(_) | ExprKind::Name(_) | ExprKind::Lambda(_) => {}
        ExprKind::Attribute { value, .. } | ExprKind::UnaryOp { operand: value, .. } => f(value),
        ExprKind::Starred(value) | ExprKind::Named { value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            lower.iter().chain(upper.iter()).chain(step.iter()).for_each(|e| f(e));
        }
        ExprKind::Call { func, args } => {
            f(func);
            for arg in args {
                match arg {
                    Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::StarStar(e) => f(e),
                }
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::BoolOp { values, .. } | ExprKind::List(values) | ExprKind::Tuple(values) | ExprKind::Set(values) => {
            values.iter().for_each(&mut *f);
        }
        ExprKind::Compare { left, rest } => {
            f(left);
            rest.iter().for_each(|(_, e)| f(e));
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                k.iter().for_each(&mut *f);
                f(v);
            }
        }
        ExprKind::Comprehension(comp) => {
            if let Some(first) = comp.generators.first() {
                f(&first.iter);
            }
        }
        ExprKind::FString(parts) => fstring_children(parts, f),
        ExprKind::Yield { value, .. } => value.iter().for_each(|e| f(e)),
    }
}

fn fstring_children(parts: &[FPart], f: &mut dyn FnMut(&Expr)) {
    for part in parts {
        if let FPart::Value { expr, spec, .. } = part {
            f(expr);
            if let Some(spec) = spec {
                fstring_children(spec, f);
            }
        }
    }
}

/// Rewrites a generator's body so that every yield is a statement.
pub(super) fn lower_body(body: Block) -> Lowered<Block> {
    let mut temps = 0;
    rewrite_block(body, &mut temps)
}

fn rewrite_block(body: Block, temps: &mut usize) -> Lowered<Block> {
    let mut out = Vec::with_capacity(body.len());
    for stmt in body {
        out.extend(rewrite_stmt(stmt, temps)?);
    }
    Ok(out)
}

fn rewrite_stmt(stmt: Stmt, temps: &mut usize) -> Lowered<Vec<Stmt>> {
    let span = stmt.span;
    let mut prelude = Vec::new();
    let kind = match stmt.kind {
        StmtKind::Expr(Expr { kind: ExprKind::Yield { value, from }, span: at }) => {
            let mut value = value.map(|v| *v);
            if let Some(v) = &mut value {
                *v = hoist(std::mem::replace(v, placeholder(at)), &mut prelude, temps)?;
            }
            StmtKind::Yield { value, from, targets: Vec::new() }
        }
        StmtKind::Expr(e) => StmtKind::Expr(hoist(e, &mut prelude, temps)?),
        StmtKind::Assign { targets, value } if targets_yield(&targets) => {
            return hoist::assign_targets(targets, value, span, temps);
        }
        StmtKind::Assign { targets, value: Expr { kind: ExprKind::Yield { value, from }, span: at } } => {
            let mut value = value.map(|v| *v);
            if let Some(v) = &mut value {
                *v = hoist(std::mem::replace(v, placeholder(at)), &mut prelude, temps)?;
            }
            StmtKind::Yield { value, from, targets }
        }
        StmtKind::Assign { targets, value } => StmtKind::Assign { targets, value: hoist(value, &mut prelude, temps)? },
        StmtKind::AugAssign { target, op, value } => {
            if expr_yields(&value) || targets_yield(std::slice::from_ref(&target)) {
                return hoist::aug_assign(target, op, value, span, temps);
            }
            StmtKind::AugAssign { target, op, value }
        }
        StmtKind::AnnAssign { target, annotation, value } => {
            refuse_in_targets(std::slice::from_ref(&target))?;
            let value = value.map(|v| hoist(v, &mut prelude, temps)).transpose()?;
            StmtKind::AnnAssign { target, annotation, value }
        }
        StmtKind::Return(value) => StmtKind::Return(value.map(|v| hoist(v, &mut prelude, temps)).transpose()?),
        StmtKind::If { test, body, orelse } => StmtKind::If {
            test: hoist(test, &mut prelude, temps)?,
            body: rewrite_block(body, temps)?,
            orelse: rewrite_block(orelse, temps)?,
        },
        StmtKind::While { test, body, orelse } if expr_yields(&test) => {
            return hoist::while_loop(test, body, orelse, span, temps);
        }
        StmtKind::While { test, body, orelse } => {
            StmtKind::While { test, body: rewrite_block(body, temps)?, orelse: rewrite_block(orelse, temps)? }
        }
        StmtKind::For { target, iter, body, orelse } => {
            refuse_in_targets(std::slice::from_ref(&target))?;
            StmtKind::For {
                target,
                iter: hoist(iter, &mut prelude, temps)?,
                body: rewrite_block(body, temps)?,
                orelse: rewrite_block(orelse, temps)?,
            }
        }
        StmtKind::Try { body, handlers, orelse, finally } => {
            let mut new_handlers = Vec::with_capacity(handlers.len());
            for mut h in handlers {
                if let Some(class) = &h.class
                    && expr_yields(class)
                {
                    return unsupported_at("yield in an except clause", class.span);
                }
                h.body = rewrite_block(h.body, temps)?;
                new_handlers.push(h);
            }
            StmtKind::Try {
                body: rewrite_block(body, temps)?,
                handlers: new_handlers,
                orelse: rewrite_block(orelse, temps)?,
                finally: rewrite_block(finally, temps)?,
            }
        }
        StmtKind::With { items, body } => return rewrite_with(items, body, span, temps),
        StmtKind::Raise { mut exc, mut cause } => {
            let mut h = hoist::Hoist { prelude: &mut prelude, temps };
            h.walk_all(exc.iter_mut().chain(cause.iter_mut()).collect())?;
            StmtKind::Raise { exc, cause }
        }
        StmtKind::Match { subject, mut cases } => {
            if let Some(guard) = cases.iter().filter_map(|c| c.guard.as_ref()).find(|g| expr_yields(g)) {
                return unsupported_at("yield in a match guard", guard.span);
            }
            for case in &mut cases {
                case.body = rewrite_block(std::mem::take(&mut case.body), temps)?;
            }
            StmtKind::Match { subject: hoist(subject, &mut prelude, temps)?, cases }
        }
        StmtKind::Assert { test, msg: Some(msg) } if expr_yields(&msg) => {
            // The message runs only when the test fails: `if not test: <msg's yields>; assert False, msg`.
            let test = hoist(test, &mut prelude, temps)?;
            let mut body = Vec::new();
            let msg = hoist(msg, &mut body, temps)?;
            let fail = Expr { kind: ExprKind::Const(crate::ir::Const::Bool(false)), span };
            body.push(Stmt { kind: StmtKind::Assert { test: fail, msg: Some(msg) }, span });
            let not = Expr { kind: ExprKind::UnaryOp { op: crate::ir::UnaryOp::Not, operand: Box::new(test) }, span };
            StmtKind::If { test: not, body, orelse: Vec::new() }
        }
        StmtKind::Assert { test, msg } => StmtKind::Assert { test: hoist(test, &mut prelude, temps)?, msg },
        other => {
            let stmt = Stmt { kind: other, span };
            let mut found = None;
            visit_stmt_exprs(&stmt, &mut |e| {
                if found.is_none() && expr_yields(e) {
                    found = Some(e.span);
                }
            });
            if let Some(at) = found {
                return unsupported_at("yield in this statement", at);
            }
            return Ok(vec![stmt]);
        }
    };
    prelude.push(Stmt { kind, span });
    Ok(prelude)
}

fn placeholder(span: Span) -> Expr {
    Expr { kind: ExprKind::Const(crate::ir::Const::None), span }
}

fn targets_yield(targets: &[Target]) -> bool {
    let mut found = false;
    for t in targets {
        visit_target(t, &mut |e| found |= expr_yields(e));
    }
    found
}

/// `with a, b: body` as `with a: with b: body`, each level's context hoisted like any expression.
fn rewrite_with(items: Vec<WithItem>, body: Block, span: Span, temps: &mut usize) -> Lowered<Vec<Stmt>> {
    let mut items = items.into_iter();
    let Some(first) = items.next() else {
        return rewrite_block(body, temps);
    };
    let rest: Vec<WithItem> = items.collect();
    let body = if rest.is_empty() { rewrite_block(body, temps)? } else { rewrite_with(rest, body, span, temps)? };
    if let Some(t) = &first.target {
        refuse_in_targets(std::slice::from_ref(t))?;
    }
    let mut prelude = Vec::new();
    let context = hoist(first.context, &mut prelude, temps)?;
    prelude.push(Stmt { kind: StmtKind::With { items: vec![WithItem { context, target: first.target }], body }, span });
    Ok(prelude)
}

fn refuse_in_targets(targets: &[Target]) -> Lowered<()> {
    let mut found = None;
    for t in targets {
        visit_target(t, &mut |e| {
            if found.is_none() && expr_yields(e) {
                found = Some(e.span);
            }
        });
    }
    match found {
        Some(at) => unsupported_at("yield in an assignment target", at),
        None => Ok(()),
    }
}
