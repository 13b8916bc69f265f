//! Free and cell variables of a function, for introspection (`f.__closure__`,
//! `f.__code__.co_freevars`, `co_cellvars`).
//!
//! The evaluator resolves free names at run time through the chain of enclosing environments, so it
//! needs no such table to run a program; but CPython's compiler fixes these tuples, sorted, and programs
//! read them. Here every name a function's body (or a scope nested in it) uses is collected from the
//! IR; what is not bound in the function nor declared `global` is a *candidate* free name. Which
//! candidates really are free depends on the enclosing functions (a candidate bound in none is a global
//! or a builtin), so the evaluator filters them against the environments the closure captured.

use super::generators::{sub_blocks, visit_stmt_exprs};
use crate::ir::{Arg, Block, CompKind, Expr, ExprKind, FPart, Name, ScopeInfo, StmtKind, Target};
use std::collections::BTreeSet;

/// Fills `scope.free` (candidates, sorted) and `scope.cells`: the locals nested scopes use, the
/// parameters among them first in parameter order, then the others sorted (CPython 3.11's order).
pub(super) fn analyse(scope: &mut ScopeInfo, params: &[Name], body: &Block) {
    let mut used = BTreeSet::new();
    let mut nested = BTreeSet::new();
    block_names(body, &mut used, &mut nested);
    used.extend(nested.iter().cloned());
    used.extend(scope.nonlocals.iter().cloned());
    let free: Vec<Name> =
        used.into_iter().filter(|n| !scope.locals.contains(n) && !scope.globals.contains(n)).collect();
    let mut cells: Vec<Name> = params.iter().filter(|p| nested.contains(*p)).cloned().collect();
    cells.extend(nested.into_iter().filter(|n| scope.locals.contains(n) && !params.contains(n)));
    scope.free = free;
    scope.cells = cells;
}

/// Names a block uses in its own scope (`used`), and the free names of the scopes nested in it
/// (`nested`: those a closure must find in this function or further out).
fn block_names(body: &Block, used: &mut BTreeSet<Name>, nested: &mut BTreeSet<Name>) {
    for stmt in body {
        visit_stmt_exprs(stmt, &mut |e| expr_names(e, used, nested));
        stmt_targets(&stmt.kind, used);
        match &stmt.kind {
            StmtKind::FunctionDef(def) => nested.extend(def.scope.free.iter().cloned()),
            StmtKind::ClassDef(class) => {
                // A class body is a scope whose own bindings its methods do not see.
                let (mut own, mut inner) = (BTreeSet::new(), BTreeSet::new());
                block_names(&class.body, &mut own, &mut inner);
                let mut class_bound = BTreeSet::new();
                class_bindings(&class.body, &mut class_bound);
                nested.extend(own.into_iter().filter(|n| !class_bound.contains(n)));
                nested.extend(inner);
            }
            _ => {}
        }
        for block in sub_blocks(stmt) {
            block_names(block, used, nested);
        }
    }
}

/// The names a statement binds or declares (they are "used" too: a name assigned is not free only
/// because it is local, which the caller decides).
fn stmt_targets(kind: &StmtKind, used: &mut BTreeSet<Name>) {
    let mut add = |t: &Target| target_names(t, used);
    match kind {
        StmtKind::Assign { targets, .. } | StmtKind::Delete(targets) | StmtKind::Yield { targets, .. } => {
            targets.iter().for_each(&mut add)
        }
        StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } | StmtKind::For { target, .. } => {
            add(target)
        }
        _ => {}
    }
}

fn target_names(target: &Target, out: &mut BTreeSet<Name>) {
    match target {
        Target::Name(name, _) => {
            out.insert(name.clone());
        }
        Target::Sequence(items, _) => items.iter().for_each(|t| target_names(t, out)),
        Target::Starred(inner, _) => target_names(inner, out),
        Target::Attribute { .. } | Target::Subscript { .. } => {}
    }
}

/// The names a class body binds at its own level (assignments, `def`s, nested classes).
fn class_bindings(body: &Block, out: &mut BTreeSet<Name>) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                out.insert(def.name.clone());
            }
            StmtKind::ClassDef(class) => {
                out.insert(class.name.clone());
            }
            other => stmt_targets(other, out),
        }
        for block in sub_blocks(stmt) {
            class_bindings(block, out);
        }
    }
}

/// Every name an expression uses in its scope (into `used`), and the free names of the lambdas and
/// comprehensions inside it (into `nested`).
fn expr_names(expr: &Expr, used: &mut BTreeSet<Name>, nested: &mut BTreeSet<Name>) {
    let mut walk = |e: &Expr| expr_names(e, used, nested);
    match &expr.kind {
        ExprKind::Const(_) => {}
        ExprKind::Name(name) => {
            used.insert(name.clone());
        }
        ExprKind::Named { target, value } => {
            walk(value);
            used.insert(target.clone());
        }
        ExprKind::Lambda(def) => {
            let params = &def.params;
            params.positional.iter().chain(&params.kwonly).filter_map(|p| p.default.as_ref()).for_each(&mut walk);
            nested.extend(def.scope.free.iter().cloned());
        }
        ExprKind::Comprehension(comp) => {
            // A comprehension is a scope of its own: what it uses beyond its targets comes from here.
            let (mut inner, mut deeper) = (BTreeSet::new(), BTreeSet::new());
            let mut bound = BTreeSet::new();
            for g in &comp.generators {
                target_names(&g.target, &mut bound);
                expr_names(&g.iter, &mut inner, &mut deeper);
                g.ifs.iter().for_each(|e| expr_names(e, &mut inner, &mut deeper));
            }
            match &comp.kind {
                CompKind::List(e) | CompKind::Set(e) | CompKind::Generator(e) => expr_names(e, &mut inner, &mut deeper),
                CompKind::Dict(k, v) => {
                    expr_names(k, &mut inner, &mut deeper);
                    expr_names(v, &mut inner, &mut deeper);
                }
            }
            inner.extend(deeper);
            used.extend(inner.into_iter().filter(|n| !bound.contains(n)));
        }
        ExprKind::Attribute { value, .. } | ExprKind::UnaryOp { operand: value, .. } | ExprKind::Starred(value) => {
            walk(value)
        }
        ExprKind::Subscript { value, index } => {
            walk(value);
            walk(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            lower.iter().chain(upper.iter()).chain(step.iter()).for_each(|e| walk(e));
        }
        ExprKind::Call { func, args } => {
            walk(func);
            for arg in args {
                match arg {
                    Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::StarStar(e) => walk(e),
                }
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            walk(left);
            walk(right);
        }
        ExprKind::BoolOp { values, .. } | ExprKind::List(values) | ExprKind::Tuple(values) | ExprKind::Set(values) => {
            values.iter().for_each(walk)
        }
        ExprKind::Compare { left, rest } => {
            walk(left);
            rest.iter().for_each(|(_, e)| walk(e));
        }
        ExprKind::IfExp { test, body, orelse } => {
            walk(test);
            walk(body);
            walk(orelse);
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                k.iter().for_each(&mut walk);
                walk(v);
            }
        }
        ExprKind::FString(parts) => fstring_names(parts, &mut walk),
        ExprKind::Yield { value, .. } => value.iter().for_each(|e| walk(e)),
    }
}

fn fstring_names(parts: &[FPart], walk: &mut dyn FnMut(&Expr)) {
    for part in parts {
        if let FPart::Value { expr, spec, .. } = part {
            walk(expr);
            if let Some(spec) = spec {
                fstring_names(spec, walk);
            }
        }
    }
}
