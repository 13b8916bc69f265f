//! Scope analysis: which names a function body binds, computed once at lowering.
//!
//! Python decides at compile time that a name assigned anywhere in a function is local to it for the whole
//! body (hence `UnboundLocalError`), unless declared `global` or `nonlocal`. The evaluator needs the same
//! answer, so it is computed here from the IR of the body, not descending into nested functions or classes
//! (whose own names are theirs) nor into comprehensions (which have their own scope in Python 3).

use crate::ir::{Block, Name, Params, ScopeInfo, StmtKind, Target};

pub(super) fn analyse(params: &Params, body: &Block) -> ScopeInfo {
    let mut info = ScopeInfo::default();
    for p in params.positional.iter().chain(&params.kwonly) {
        info.locals.insert(p.name.clone());
    }
    info.locals.extend(params.vararg.iter().cloned());
    info.locals.extend(params.kwarg.iter().cloned());
    collect_block(body, &mut info);
    for name in info.globals.iter().chain(&info.nonlocals) {
        info.locals.shift_remove(name);
    }
    let mut names: Vec<Name> = params.positional.iter().chain(&params.kwonly).map(|p| p.name.clone()).collect();
    names.extend(params.vararg.iter().chain(&params.kwarg).cloned());
    super::freevars::analyse(&mut info, &names, body);
    info
}

fn collect_block(body: &Block, info: &mut ScopeInfo) {
    for stmt in body {
        collect_stmt(&stmt.kind, info);
    }
}

fn collect_stmt(kind: &StmtKind, info: &mut ScopeInfo) {
    match kind {
        StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| bind_target(t, info)),
        StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => bind_target(target, info),
        StmtKind::For { target, body, orelse, .. } => {
            bind_target(target, info);
            collect_block(body, info);
            collect_block(orelse, info);
        }
        StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
            collect_block(body, info);
            collect_block(orelse, info);
        }
        StmtKind::FunctionDef(f) => bind(&f.name, info),
        StmtKind::ClassDef(c) => bind(&c.name, info),
        StmtKind::Try { body, handlers, orelse, finally } => {
            collect_block(body, info);
            for h in handlers {
                if let Some(name) = &h.name {
                    bind(name, info);
                }
                collect_block(&h.body, info);
            }
            collect_block(orelse, info);
            collect_block(finally, info);
        }
        StmtKind::With { items, body } => {
            items.iter().filter_map(|i| i.target.as_ref()).for_each(|t| bind_target(t, info));
            collect_block(body, info);
        }
        StmtKind::Import(names) => {
            for n in names {
                let bound = n.alias.clone().unwrap_or_else(|| first_component(&n.name));
                bind(&bound, info);
            }
        }
        StmtKind::ImportFrom { names, .. } => {
            for n in names {
                let bound = n.alias.clone().unwrap_or_else(|| Name::from(n.name.as_str()));
                bind(&bound, info);
            }
        }
        StmtKind::Match { cases, .. } => {
            for case in cases {
                let mut names = Vec::new();
                case.pattern.bound_names(&mut names);
                names.iter().for_each(|n| bind(n, info));
                collect_block(&case.body, info);
            }
        }
        StmtKind::Global(names) => info.globals.extend(names.iter().cloned()),
        StmtKind::Nonlocal(names) => info.nonlocals.extend(names.iter().cloned()),
        StmtKind::Delete(targets) | StmtKind::Yield { targets, .. } => {
            targets.iter().for_each(|t| bind_target(t, info))
        }
        StmtKind::Expr(_)
        | StmtKind::Display(_)
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Return(_)
        | StmtKind::Raise { .. }
        | StmtKind::Assert { .. } => {}
    }
}

fn first_component(dotted: &str) -> Name {
    Name::from(dotted.split('.').next().unwrap_or(dotted))
}

fn bind(name: &Name, info: &mut ScopeInfo) {
    info.locals.insert(name.clone());
}

fn bind_target(target: &Target, info: &mut ScopeInfo) {
    match target {
        Target::Name(name, _) => bind(name, info),
        Target::Sequence(items, _) => items.iter().for_each(|t| bind_target(t, info)),
        Target::Starred(inner, _) => bind_target(inner, info),
        Target::Attribute { .. } | Target::Subscript { .. } => {}
    }
}
