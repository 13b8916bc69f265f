//! Lowering of ruff's statement nodes into IR statements: one function per statement kind.
//!
//! Anything the evaluator does not implement is rejected here, with the node's span and a message that
//! names the construct, so a user sees "not supported in ormplay: …" at the right line instead of a wrong
//! answer later.

mod asyncs;
mod except_star;
mod expr;
mod pattern;

use super::{ParseProblem, ProblemKind, generators, scope, span_of};
use crate::ir::{self, Block, Name, StmtKind, Target};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;
use std::rc::Rc;

pub(super) use expr::expr;

pub(super) type Lowered<T> = Result<T, ParseProblem>;

pub(super) fn unsupported<T>(what: &str, node: &impl Ranged) -> Lowered<T> {
    Err(ParseProblem {
        kind: ProblemKind::NotSupported,
        message: format!("not supported in ormplay: {what}"),
        span: span_of(node.range()),
    })
}

pub(super) fn unsupported_at<T>(what: &str, span: crate::source::Span) -> Lowered<T> {
    Err(ParseProblem { kind: ProblemKind::NotSupported, message: format!("not supported in ormplay: {what}"), span })
}

pub(super) fn module(body: &[Stmt]) -> Lowered<ir::Module> {
    let body = block(body)?;
    refuse_yield_outside_function(&body)?;
    Ok(ir::Module { body })
}

/// A yield in a module or class body is a SyntaxError, as in CPython.
fn refuse_yield_outside_function(body: &Block) -> Lowered<()> {
    match body.iter().find(|s| generators::block_yields(std::slice::from_ref(*s))) {
        Some(stmt) => Err(ParseProblem {
            kind: ProblemKind::SyntaxError,
            message: "'yield' outside function".into(),
            span: stmt.span,
        }),
        None => Ok(()),
    }
}

pub(super) fn block(body: &[Stmt]) -> Lowered<Block> {
    body.iter().map(stmt).collect()
}

pub(super) fn name(id: &str) -> Name {
    Rc::from(id)
}

fn stmt(node: &Stmt) -> Lowered<ir::Stmt> {
    let kind = match node {
        Stmt::Expr(s) => StmtKind::Expr(expr(&s.value)?),
        Stmt::Assign(s) => assign(s)?,
        Stmt::AugAssign(s) => {
            StmtKind::AugAssign { target: target(&s.target)?, op: expr::bin_op(s.op), value: expr(&s.value)? }
        }
        Stmt::AnnAssign(s) => StmtKind::AnnAssign {
            target: target(&s.target)?,
            annotation: expr(&s.annotation)?,
            value: s.value.as_deref().map(expr).transpose()?,
        },
        Stmt::If(s) => if_stmt(s)?,
        Stmt::While(s) => StmtKind::While { test: expr(&s.test)?, body: block(&s.body)?, orelse: block(&s.orelse)? },
        Stmt::For(s) => for_stmt(s)?,
        Stmt::Break(_) => StmtKind::Break,
        Stmt::Continue(_) => StmtKind::Continue,
        Stmt::Pass(_) => StmtKind::Pass,
        Stmt::Return(s) => StmtKind::Return(s.value.as_deref().map(expr).transpose()?),
        Stmt::FunctionDef(s) => StmtKind::FunctionDef(Rc::new(function_def(s)?)),
        Stmt::ClassDef(s) => StmtKind::ClassDef(Rc::new(class_def(s)?)),
        Stmt::Raise(s) => StmtKind::Raise {
            exc: s.exc.as_deref().map(expr).transpose()?,
            cause: s.cause.as_deref().map(expr).transpose()?,
        },
        Stmt::Try(s) => try_stmt(s)?,
        Stmt::With(s) => with_stmt(s)?,
        Stmt::Import(s) => StmtKind::Import(s.names.iter().map(import_name).collect()),
        Stmt::ImportFrom(s) => StmtKind::ImportFrom {
            module: s.module.as_ref().map(|m| m.id.to_string()).unwrap_or_default(),
            names: s.names.iter().map(import_name).collect(),
            level: s.level,
        },
        Stmt::Global(s) => StmtKind::Global(s.names.iter().map(|n| name(&n.id)).collect()),
        Stmt::Nonlocal(s) => StmtKind::Nonlocal(s.names.iter().map(|n| name(&n.id)).collect()),
        Stmt::Delete(s) => StmtKind::Delete(s.targets.iter().map(target).collect::<Lowered<_>>()?),
        Stmt::Assert(s) => StmtKind::Assert { test: expr(&s.test)?, msg: s.msg.as_deref().map(expr).transpose()? },
        Stmt::Match(s) => pattern::match_stmt(s)?,
        Stmt::TypeAlias(_) => return unsupported("type alias statements", node),
        Stmt::IpyEscapeCommand(_) => return unsupported("IPython escape commands", node),
    };
    Ok(ir::Stmt { kind, span: span_of(node.range()) })
}

fn assign(s: &ast::StmtAssign) -> Lowered<StmtKind> {
    Ok(StmtKind::Assign { targets: s.targets.iter().map(target).collect::<Lowered<_>>()?, value: expr(&s.value)? })
}

fn if_stmt(s: &ast::StmtIf) -> Lowered<StmtKind> {
    // `elif` chains become nested ifs in the else branch, built from the last clause backwards.
    let mut orelse: Block = Vec::new();
    for clause in s.elif_else_clauses.iter().rev() {
        let body = block(&clause.body)?;
        orelse = match &clause.test {
            None => body,
            Some(test) => {
                vec![ir::Stmt { kind: StmtKind::If { test: expr(test)?, body, orelse }, span: span_of(clause.range()) }]
            }
        };
    }
    Ok(StmtKind::If { test: expr(&s.test)?, body: block(&s.body)?, orelse })
}

fn for_stmt(s: &ast::StmtFor) -> Lowered<StmtKind> {
    if s.is_async {
        return asyncs::async_for(s);
    }
    Ok(StmtKind::For {
        target: target(&s.target)?,
        iter: expr(&s.iter)?,
        body: block(&s.body)?,
        orelse: block(&s.orelse)?,
    })
}

fn try_stmt(s: &ast::StmtTry) -> Lowered<StmtKind> {
    let handlers = s
        .handlers
        .iter()
        .map(|h| {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            Ok(ir::Handler {
                class: h.type_.as_deref().map(expr).transpose()?,
                name: h.name.as_ref().map(|n| name(&n.id)),
                body: block(&h.body)?,
                span: span_of(h.range()),
            })
        })
        .collect::<Lowered<_>>()?;
    let (body, orelse, finally) = (block(&s.body)?, block(&s.orelse)?, block(&s.finalbody)?);
    if s.is_star {
        return Ok(except_star::lower(body, handlers, orelse, finally, span_of(s.range())));
    }
    Ok(StmtKind::Try { body, handlers, orelse, finally })
}

fn with_stmt(s: &ast::StmtWith) -> Lowered<StmtKind> {
    if s.is_async {
        return asyncs::async_with(s);
    }
    let items = s
        .items
        .iter()
        .map(|item| {
            Ok(ir::WithItem {
                context: expr(&item.context_expr)?,
                target: item.optional_vars.as_deref().map(target).transpose()?,
            })
        })
        .collect::<Lowered<_>>()?;
    Ok(StmtKind::With { items, body: block(&s.body)? })
}

fn import_name(alias: &ast::Alias) -> ir::ImportName {
    ir::ImportName {
        name: alias.name.id.to_string(),
        alias: alias.asname.as_ref().map(|a| name(&a.id)),
        span: span_of(alias.range()),
    }
}

pub(super) fn function_def(s: &ast::StmtFunctionDef) -> Lowered<ir::FunctionDef> {
    if s.type_params.is_some() {
        return unsupported("type parameters", s);
    }
    let mut params = params(&s.parameters)?;
    if let Some(returns) = s.returns.as_deref() {
        params.annotations.push((name("return"), expr(returns)?));
    }
    let context = if s.is_async { asyncs::Context::Async } else { asyncs::Context::Function };
    let mut body = asyncs::within(context, || block(&s.body))?;
    let async_gen = s.is_async && generators::block_yields_value(&body);
    let is_generator = s.is_async || generators::block_yields(&body);
    if is_generator {
        body = generators::lower_body(body)?;
    }
    let decorators = s.decorator_list.iter().map(|d| expr(&d.expression)).collect::<Lowered<_>>()?;
    let scope = scope::analyse(&params, &body);
    Ok(ir::FunctionDef {
        name: name(&s.name.id),
        params,
        body,
        decorators,
        is_lambda: false,
        is_generator,
        is_async: s.is_async,
        async_gen,
        scope,
        span: span_of(s.range()),
    })
}

pub(super) fn params(p: &ast::Parameters) -> Lowered<ir::Params> {
    let one = |p: &ast::ParameterWithDefault| {
        Ok(ir::Param { name: name(&p.parameter.name.id), default: p.default.as_deref().map(expr).transpose()? })
    };
    let mut positional: Vec<ir::Param> = p.posonlyargs.iter().map(one).collect::<Lowered<_>>()?;
    let posonly = positional.len();
    positional.extend(p.args.iter().map(one).collect::<Lowered<Vec<_>>>()?);
    let ordered = p.posonlyargs.iter().chain(&p.args).map(|a| &a.parameter);
    let ordered = ordered.chain(p.vararg.as_deref()).chain(p.kwonlyargs.iter().map(|a| &a.parameter));
    let annotations = ordered
        .chain(p.kwarg.as_deref())
        .filter_map(|a| a.annotation.as_deref().map(|e| Ok((name(&a.name.id), expr(e)?))))
        .collect::<Lowered<_>>()?;
    Ok(ir::Params {
        positional,
        posonly,
        vararg: p.vararg.as_ref().map(|v| name(&v.name.id)),
        kwonly: p.kwonlyargs.iter().map(one).collect::<Lowered<_>>()?,
        kwarg: p.kwarg.as_ref().map(|v| name(&v.name.id)),
        annotations,
    })
}

fn class_def(s: &ast::StmtClassDef) -> Lowered<ir::ClassDef> {
    if s.type_params.is_some() {
        return unsupported("type parameters", s);
    }
    let mut bases = Vec::new();
    let mut keywords = Vec::new();
    if let Some(arguments) = &s.arguments {
        for base in arguments.args.iter() {
            if base.is_starred_expr() {
                return unsupported("starred base classes", base);
            }
            bases.push(expr(base)?);
        }
        for keyword in arguments.keywords.iter() {
            let Some(arg) = &keyword.arg else {
                return unsupported("**keywords in a class statement", keyword);
            };
            keywords.push((name(&arg.id), expr(&keyword.value)?));
        }
    }
    let body = block(&s.body)?;
    refuse_yield_outside_function(&body)?;
    Ok(ir::ClassDef {
        name: name(&s.name.id),
        bases,
        keywords,
        body,
        decorators: s.decorator_list.iter().map(|d| expr(&d.expression)).collect::<Lowered<_>>()?,
        span: span_of(s.range()),
    })
}

/// Lowers an assignment target.
pub(super) fn target(node: &ast::Expr) -> Lowered<Target> {
    let span = span_of(node.range());
    match node {
        ast::Expr::Name(n) => Ok(Target::Name(name(&n.id), span)),
        ast::Expr::Attribute(a) => Ok(Target::Attribute { value: expr(&a.value)?, attr: name(&a.attr.id), span }),
        ast::Expr::Subscript(s) => Ok(Target::Subscript { value: expr(&s.value)?, index: expr(&s.slice)?, span }),
        ast::Expr::Tuple(t) => sequence_target(&t.elts, span),
        ast::Expr::List(l) => sequence_target(&l.elts, span),
        ast::Expr::Starred(s) => Ok(Target::Starred(Box::new(target(&s.value)?), span)),
        _ => Err(ParseProblem {
            kind: ProblemKind::SyntaxError,
            message: "cannot assign to this expression".into(),
            span,
        }),
    }
}

fn sequence_target(elts: &[ast::Expr], span: crate::source::Span) -> Lowered<Target> {
    let targets: Vec<Target> = elts.iter().map(target).collect::<Lowered<_>>()?;
    if targets.iter().filter(|t| matches!(t, Target::Starred(..))).count() > 1 {
        return Err(ParseProblem {
            kind: ProblemKind::SyntaxError,
            message: "multiple starred expressions in assignment".into(),
            span,
        });
    }
    Ok(Target::Sequence(targets, span))
}
