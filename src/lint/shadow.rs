//! Class attributes that shadow a name the class body uses later.
//!
//! A class body is a scope: after `relationship = Column(String)` (seed 002's `Kin`), the name
//! `relationship` inside that body means the Column, so a later `user = relationship("User")` calls the
//! Column and Python raises `TypeError: 'Column' object is not callable`. The linter finds such
//! attributes statically (only names the module imports or defines, so `id = Column(...)` is no
//! concern), warns at the assignment, and explains the TypeError at the use with the two usual fixes:
//! keep the column name but rename the attribute, or reach the function through its module.

use crate::ir::{Arg, Expr, ExprKind, FPart, Module, Name, Stmt, StmtKind, Target};
use crate::source::{Diagnostic, DiagnosticKind, FileId, LintKind, LocatedDiagnostic, Severity, Span};

/// A shadowing attribute and the first later use of its name in the same class body.
struct Finding {
    class: Name,
    name: Name,
    assignment: Span,
    assigned_value: Span,
    annotation: Option<Span>,
    use_span: Span,
    called: bool,
    module: Option<String>,
}

/// `module` is the models as the run parsed them (the linter never parses source itself).
#[inline(never)] // its own function: no giant run-once caller for V8 to optimise (issue 15, index.html)
pub fn check(models: &str, module: &Module, diagnostics: &mut Vec<LocatedDiagnostic>) {
    let imported = module_names(module);
    let mut findings = Vec::new();
    for stmt in &module.body {
        if let StmtKind::ClassDef(class) = &stmt.kind {
            class_findings(&class.name, &class.body, &imported, &mut findings);
        }
    }
    let lines = crate::source::LineIndex::new(models);
    for f in findings {
        let use_line = lines.line_col(models, f.use_span.start).line;
        let fix = fix_text(models, &f);
        let what = if f.called { format!("`{}(...)`", f.name) } else { format!("`{}`", f.name) };
        let message = format!(
            "`{}` in class {} shadows the imported `{}`: from here on inside the class body the name means this attribute, and {what} on line {use_line} uses it",
            f.name, f.class, f.name
        );
        let warning = Diagnostic {
            severity: Severity::Warning,
            kind: DiagnosticKind::Lint(LintKind::ShadowedName),
            message,
            file: FileId::Models,
            span: f.assignment,
            help: Some(fix.clone()),
        };
        let assigned_line = lines.line_col(models, f.assignment.start).line;
        for d in diagnostics.iter_mut() {
            let at_use = d.diagnostic.file == FileId::Models && d.start.line == use_line;
            if at_use && d.diagnostic.kind.is_exception("TypeError") && d.diagnostic.help.is_none() {
                d.diagnostic.help = Some(format!(
                    "Inside class {}, `{}` is the attribute assigned on line {assigned_line}, not the imported function, so {what} calls that object. {fix}",
                    f.class, f.name
                ));
            }
        }
        diagnostics.push(warning.locate(models));
    }
}

/// Names bound at module level by imports, assignments, `def` and `class`, with the module they were
/// imported from.
fn module_names(module: &Module) -> Vec<(Name, Option<String>)> {
    let mut names = Vec::new();
    for stmt in &module.body {
        match &stmt.kind {
            StmtKind::ImportFrom { module: from, names: list, .. } => {
                for n in list {
                    names.push((n.alias.clone().unwrap_or_else(|| Name::from(n.name.as_str())), Some(from.clone())));
                }
            }
            StmtKind::Import(list) => {
                for n in list {
                    let bound = n.alias.clone().unwrap_or_else(|| Name::from(n.name.split('.').next().unwrap_or("")));
                    names.push((bound, None));
                }
            }
            StmtKind::Assign { targets, .. } => {
                targets.iter().filter_map(target_name).for_each(|n| names.push((n, None)));
            }
            StmtKind::AnnAssign { target, .. } => names.extend(target_name(target).map(|n| (n, None))),
            StmtKind::FunctionDef(f) => names.push((f.name.clone(), None)),
            StmtKind::ClassDef(c) => names.push((c.name.clone(), None)),
            _ => {}
        }
    }
    names
}

fn target_name(t: &Target) -> Option<Name> {
    match t {
        Target::Name(n, _) => Some(n.clone()),
        _ => None,
    }
}

/// A class attribute that shadows a module name: (name, assignment, value, annotation, module).
type Shadow = (Name, Span, Span, Option<Span>, Option<String>);

fn class_findings(class: &Name, body: &[Stmt], imported: &[(Name, Option<String>)], out: &mut Vec<Finding>) {
    let mut shadows: Vec<Shadow> = Vec::new();
    for stmt in body {
        let mut uses = Vec::new();
        let (targets, value, annotation): (Vec<&Target>, Option<&Expr>, Option<&Expr>) = match &stmt.kind {
            StmtKind::Assign { targets, value } => (targets.iter().collect(), Some(value), None),
            StmtKind::AnnAssign { target, annotation, value } => (vec![target], value.as_ref(), Some(annotation)),
            StmtKind::Expr(e) => (Vec::new(), Some(e), None),
            _ => (Vec::new(), None, None),
        };
        if let Some(v) = value {
            names_used(v, false, &mut uses);
        }
        for (name, span, called) in uses {
            let Some(pos) = shadows.iter().position(|s| s.0 == name) else { continue };
            let (name, assignment, assigned_value, annotation, module) = shadows.remove(pos);
            out.push(Finding {
                class: class.clone(),
                name,
                assignment,
                assigned_value,
                annotation,
                use_span: span,
                called,
                module,
            });
        }
        for t in targets {
            let Some(name) = target_name(t) else { continue };
            let Some((_, module)) = imported.iter().find(|(n, _)| *n == name) else { continue };
            let value_span = value.map_or(stmt.span, |v| v.span);
            shadows.push((name, stmt.span, value_span, annotation.map(|a| a.span), module.clone()));
        }
    }
}

/// Every name read by `e` (with its span and whether it is called), outside lambdas and comprehensions,
/// which have scopes of their own that do not see the class body.
fn names_used(e: &Expr, called: bool, out: &mut Vec<(Name, Span, bool)>) {
    match &e.kind {
        ExprKind::Name(n) => out.push((n.clone(), e.span, called)),
        ExprKind::Call { func, args } => {
            names_used(func, true, out);
            for a in args {
                let (Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::StarStar(x)) = a;
                names_used(x, false, out);
            }
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => names_used(value, false, out),
        ExprKind::Subscript { value, index } => {
            names_used(value, false, out);
            names_used(index, false, out);
        }
        ExprKind::BinOp { left, right, .. } => {
            names_used(left, false, out);
            names_used(right, false, out);
        }
        ExprKind::UnaryOp { operand, .. } => names_used(operand, false, out),
        ExprKind::BoolOp { values, .. } | ExprKind::List(values) | ExprKind::Tuple(values) | ExprKind::Set(values) => {
            values.iter().for_each(|v| names_used(v, false, out));
        }
        ExprKind::Compare { left, rest } => {
            names_used(left, false, out);
            rest.iter().for_each(|(_, v)| names_used(v, false, out));
        }
        ExprKind::IfExp { test, body, orelse } => {
            [test, body, orelse].into_iter().for_each(|v| names_used(v, false, out));
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    names_used(k, false, out);
                }
                names_used(v, false, out);
            }
        }
        ExprKind::FString(parts) => parts.iter().for_each(|p| fstring_names(p, out)),
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step].into_iter().flatten().for_each(|v| names_used(v, false, out));
        }
        ExprKind::Named { value, .. } => names_used(value, false, out),
        ExprKind::Yield { value, .. } => value.iter().for_each(|v| names_used(v, false, out)),
        ExprKind::Const(_) | ExprKind::Lambda(_) | ExprKind::Comprehension(_) => {}
    }
}

fn fstring_names(part: &FPart, out: &mut Vec<(Name, Span, bool)>) {
    if let FPart::Value { expr, spec, .. } = part {
        names_used(expr, false, out);
        spec.iter().flatten().for_each(|p| fstring_names(p, out));
    }
}

/// The two fixes, written with the user's own code: rename the attribute but keep the column name,
/// or reach the shadowed name through its module.
fn fix_text(models: &str, f: &Finding) -> String {
    let text = |s: Span| models.get(s.start as usize..s.end as usize).unwrap_or("");
    let value = text(f.assigned_value);
    let new_name = if &*f.name == "relationship" { "kinship".to_string() } else { format!("{}_value", f.name) };
    let mut fixes = Vec::new();
    let column_call = ["Column(", "mapped_column("].into_iter().find(|c| value.starts_with(c));
    if let Some(call) = column_call {
        let rest = value.get(call.len()..).unwrap_or("");
        let sep = if rest.trim_start().starts_with(')') { "" } else { ", " };
        let annotation = f.annotation.map(|a| format!(": {}", text(a))).unwrap_or_default();
        fixes.push(format!(
            "rename the attribute and keep the column name: `{new_name}{annotation} = {call}\"{}\"{sep}{rest}`",
            f.name
        ));
    } else {
        fixes.push(format!("rename the attribute (`{new_name} = ...`)"));
    }
    match f.module.as_deref() {
        Some("sqlalchemy.orm") => {
            fixes.push(format!("or keep it and write `from sqlalchemy import orm`, then `orm.{}(...)`", f.name))
        }
        Some(m) => {
            let alias = if m == "sqlalchemy" { "sa" } else { m.rsplit('.').next().unwrap_or(m) };
            fixes.push(format!("or keep it and write `import {m} as {alias}`, then `{alias}.{}`", f.name))
        }
        None => {}
    }
    let mut out = fixes.join("; ");
    if let Some(first) = out.get(..1) {
        out = format!("{}{}.", first.to_uppercase(), out.get(1..).unwrap_or(""));
    }
    out
}
