//! `await`, `async for`, `async with` and async comprehensions, lowered onto the generator machinery.
//!
//! A coroutine is a generator whose suspensions are its awaits: `await e` is `yield from` over `e`'s
//! awaitable iterator (the evaluator calls `__await__`; an `async def` has no `yield from` of its own,
//! so inside one every `yield from` statement is an await). The other constructs become the
//! statements CPython's language reference gives as their meaning, over temporaries (`.aN`, names no
//! program can spell): `async for` calls `__aiter__` once and awaits `__anext__` until
//! StopAsyncIteration, `async with` awaits `__aenter__` and `__aexit__` around a `try`, and an async
//! comprehension is, as in CPython, a nested async function over the first iterable that the
//! enclosing coroutine awaits (an async generator expression is called, not awaited).

use super::{Lowered, block, expr, name, target};
use crate::ir::{self, Arg, Block, CompKind, Const, Expr, ExprKind, Stmt, StmtKind, Target};
use crate::python::{ParseProblem, ProblemKind, generators, scope, span_of};
use crate::source::Span;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::cell::Cell;
use std::rc::Rc;

/// What kind of code is being lowered: `await` is valid only directly in an `async def`.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Context {
    Module,
    Function,
    Async,
}

thread_local! {
    static CONTEXT: Cell<Context> = const { Cell::new(Context::Module) };
    static TEMPS: Cell<usize> = const { Cell::new(0) };
}

/// Runs `f` with `context` as the enclosing code's kind, restoring the previous one after.
pub(super) fn within<T>(context: Context, f: impl FnOnce() -> T) -> T {
    let saved = CONTEXT.with(|c| c.replace(context));
    let result = f();
    CONTEXT.with(|c| c.set(saved));
    result
}

pub(super) fn context() -> Context {
    CONTEXT.with(Cell::get)
}

fn syntax_error<T>(message: &str, span: Span) -> Lowered<T> {
    Err(ParseProblem { kind: ProblemKind::SyntaxError, message: message.into(), span })
}

fn temp() -> ir::Name {
    let n = TEMPS.with(|t| {
        let n = t.get();
        t.set(n + 1);
        n
    });
    name(&format!(".a{n}"))
}

fn load(n: &ir::Name, span: Span) -> Expr {
    Expr { kind: ExprKind::Name(n.clone()), span }
}

fn constant(c: Const, span: Span) -> Expr {
    Expr { kind: ExprKind::Const(c), span }
}

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

fn assign(n: &ir::Name, value: Expr, span: Span) -> Stmt {
    stmt(StmtKind::Assign { targets: vec![Target::Name(n.clone(), span)], value }, span)
}

/// `obj.method(args…)`.
fn call_method(obj: Expr, method: &str, args: Vec<Expr>, span: Span) -> Expr {
    let func = Expr { kind: ExprKind::Attribute { value: Box::new(obj), attr: name(method) }, span };
    Expr { kind: ExprKind::Call { func: Box::new(func), args: args.into_iter().map(Arg::Positional).collect() }, span }
}

/// `[result =] await value` as a statement.
fn await_stmt(value: Expr, result: Option<&ir::Name>, span: Span) -> Stmt {
    let targets = result.map(|r| vec![Target::Name(r.clone(), span)]).unwrap_or_default();
    stmt(StmtKind::Yield { value: Some(value), from: true, targets }, span)
}

/// Statements run as one (an `if True:` block keeps them a single statement of the enclosing block).
fn group(body: Block, span: Span) -> StmtKind {
    StmtKind::If { test: constant(Const::Bool(true), span), body, orelse: Vec::new() }
}

/// `await e`.
pub(super) fn await_expr(a: &ast::ExprAwait) -> Lowered<ExprKind> {
    let span = span_of(a.range());
    match context() {
        Context::Module => syntax_error("'await' outside function", span),
        Context::Function => syntax_error("'await' outside async function", span),
        Context::Async => Ok(ExprKind::Yield { value: Some(Box::new(expr(&a.value)?)), from: true }),
    }
}

/// `yield from` is an await's spelling inside a coroutine, so a written one there is refused.
pub(super) fn check_yield_from(node: &ast::ExprYieldFrom) -> Lowered<()> {
    if context() == Context::Async {
        return syntax_error("'yield from' inside async function", span_of(node.range()));
    }
    Ok(())
}

fn require_async(what: &str, span: Span) -> Lowered<()> {
    if context() != Context::Async {
        return syntax_error(&format!("{what} outside async function"), span);
    }
    Ok(())
}

/// `async for target in iter: body else: orelse`.
pub(super) fn async_for(s: &ast::StmtFor) -> Lowered<StmtKind> {
    let span = span_of(s.range());
    require_async("'async for'", span)?;
    let (body, orelse) = (block(&s.body)?, block(&s.orelse)?);
    Ok(group(async_for_ir(target(&s.target)?, expr(&s.iter)?, body, orelse, span), span))
}

/// ```text
/// .it = ITER.__aiter__()
/// .more = True
/// while .more:
///     try: .item = await .it.__anext__()
///     except StopAsyncIteration: .more = False; continue
///     TARGET = .item
///     BODY
/// else: ORELSE
/// ```
fn async_for_ir(target: Target, iter: Expr, body: Block, orelse: Block, span: Span) -> Block {
    let (it, more, item) = (temp(), temp(), temp());
    let next = call_method(load(&it, span), "__anext__", Vec::new(), span);
    let stop = ir::Handler {
        class: Some(load(&name("StopAsyncIteration"), span)),
        name: None,
        body: vec![assign(&more, constant(Const::Bool(false), span), span), stmt(StmtKind::Continue, span)],
        span,
    };
    let step = StmtKind::Try {
        body: vec![await_stmt(next, Some(&item), span)],
        handlers: vec![stop],
        orelse: Vec::new(),
        finally: Vec::new(),
    };
    let mut loop_body = vec![stmt(step, span)];
    loop_body.push(stmt(StmtKind::Assign { targets: vec![target], value: load(&item, span) }, span));
    loop_body.extend(body);
    vec![
        assign(&it, call_method(iter, "__aiter__", Vec::new(), span), span),
        assign(&more, constant(Const::Bool(true), span), span),
        stmt(StmtKind::While { test: load(&more, span), body: loop_body, orelse }, span),
    ]
}

/// `async with a as x, b: body`, one item per level.
pub(super) fn async_with(s: &ast::StmtWith) -> Lowered<StmtKind> {
    let span = span_of(s.range());
    require_async("'async with'", span)?;
    let mut body = block(&s.body)?;
    for item in s.items.iter().rev() {
        let context = expr(&item.context_expr)?;
        let target = item.optional_vars.as_deref().map(target).transpose()?;
        body = vec![stmt(group(async_with_ir(context, target, body, span), span), span)];
    }
    Ok(group(body, span))
}

/// ```text
/// .m = CONTEXT; .exit = .m.__aexit__; .v = await .m.__aenter__(); TARGET = .v; .ok = True
/// try: BODY
/// except BaseException as .e:
///     .ok = False
///     .r = await .exit(.e.__class__, .e, .e.__traceback__)
///     if not .r: raise
/// finally:
///     if .ok: await .exit(None, None, None)
/// ```
fn async_with_ir(context: Expr, target: Option<Target>, body: Block, span: Span) -> Block {
    let (manager, exit, entered, ok, exc, suppress) = (temp(), temp(), temp(), temp(), temp(), temp());
    let attr =
        |value: Expr, attr: &str| Expr { kind: ExprKind::Attribute { value: Box::new(value), attr: name(attr) }, span };
    let call = |func: &ir::Name, args: Vec<Expr>| Expr {
        kind: ExprKind::Call {
            func: Box::new(load(func, span)),
            args: args.into_iter().map(Arg::Positional).collect(),
        },
        span,
    };
    let mut out = vec![
        assign(&manager, context, span),
        assign(&exit, attr(load(&manager, span), "__aexit__"), span),
        await_stmt(call_method(load(&manager, span), "__aenter__", Vec::new(), span), Some(&entered), span),
    ];
    if let Some(t) = target {
        out.push(stmt(StmtKind::Assign { targets: vec![t], value: load(&entered, span) }, span));
    }
    out.push(assign(&ok, constant(Const::Bool(true), span), span));
    let e = || load(&exc, span);
    let exit_args = vec![attr(e(), "__class__"), e(), attr(e(), "__traceback__")];
    let not_suppressed =
        Expr { kind: ExprKind::UnaryOp { op: ir::UnaryOp::Not, operand: Box::new(load(&suppress, span)) }, span };
    let reraise = stmt(StmtKind::Raise { exc: None, cause: None }, span);
    let handler = ir::Handler {
        class: Some(load(&name("BaseException"), span)),
        name: Some(exc.clone()),
        body: vec![
            assign(&ok, constant(Const::Bool(false), span), span),
            await_stmt(call(&exit, exit_args), Some(&suppress), span),
            stmt(StmtKind::If { test: not_suppressed, body: vec![reraise], orelse: Vec::new() }, span),
        ],
        span,
    };
    let none = || constant(Const::None, span);
    let clean_exit = await_stmt(call(&exit, vec![none(), none(), none()]), None, span);
    let finally = vec![stmt(StmtKind::If { test: load(&ok, span), body: vec![clean_exit], orelse: Vec::new() }, span)];
    out.push(stmt(StmtKind::Try { body, handlers: vec![handler], orelse: Vec::new(), finally }, span));
    out
}

/// Does a comprehension need to run as a coroutine (an `async for` clause, or an await outside its
/// first iterable)?
pub(super) fn is_async_comprehension(kind: &CompKind, generators: &[ir::CompFor], any_async_for: bool) -> bool {
    if any_async_for {
        return true;
    }
    let element_awaits = match kind {
        CompKind::List(e) | CompKind::Set(e) | CompKind::Generator(e) => generators::expr_yields(e),
        CompKind::Dict(k, v) => generators::expr_yields(k) || generators::expr_yields(v),
    };
    element_awaits
        || generators
            .iter()
            .enumerate()
            .any(|(i, g)| (i > 0 && generators::expr_yields(&g.iter)) || g.ifs.iter().any(generators::expr_yields))
}

/// An async comprehension: a nested async function (an async generator for a generator expression)
/// called with the first iterable; the enclosing coroutine awaits a list, set or dict comprehension.
pub(super) fn async_comprehension(
    kind: CompKind,
    generators: Vec<(ir::CompFor, bool)>,
    span: Span,
) -> Lowered<ExprKind> {
    let is_generator = matches!(kind, CompKind::Generator(_));
    if !is_generator {
        require_async("asynchronous comprehension", span)?;
    }
    let result = name(".r");
    let (label, init, innermost) = match kind {
        CompKind::List(e) => {
            ("<listcomp>", ExprKind::List(Vec::new()), call_method(load(&result, span), "append", vec![e], span))
        }
        CompKind::Set(e) => {
            ("<setcomp>", ExprKind::Set(Vec::new()), call_method(load(&result, span), "add", vec![e], span))
        }
        CompKind::Dict(k, v) => {
            let store = Target::Subscript { value: load(&result, span), index: k, span };
            let innermost = stmt(StmtKind::Assign { targets: vec![store], value: v }, span);
            return finish_comprehension("<dictcomp>", ExprKind::Dict(Vec::new()), innermost, generators, span);
        }
        CompKind::Generator(e) => {
            let yielded = Expr { kind: ExprKind::Yield { value: Some(Box::new(e)), from: false }, span };
            return finish_comprehension(
                "<genexpr>",
                ExprKind::Const(Const::None),
                stmt(StmtKind::Expr(yielded), span),
                generators,
                span,
            );
        }
    };
    finish_comprehension(label, init, stmt(StmtKind::Expr(innermost), span), generators, span)
}

fn finish_comprehension(
    label: &str,
    init: ExprKind,
    innermost: Stmt,
    generators: Vec<(ir::CompFor, bool)>,
    span: Span,
) -> Lowered<ExprKind> {
    let is_generator = label == "<genexpr>";
    let result = name(".r");
    let first_iter_name = name(".0");
    let mut first_iter = None;
    let mut body = vec![innermost];
    let count = generators.len();
    for (index, (g, is_async)) in generators.into_iter().rev().enumerate() {
        for test in g.ifs.into_iter().rev() {
            body = vec![stmt(StmtKind::If { test, body, orelse: Vec::new() }, span)];
        }
        let iter = if index + 1 == count {
            first_iter = Some(g.iter);
            load(&first_iter_name, span)
        } else {
            g.iter
        };
        body = if is_async {
            async_for_ir(g.target, iter, body, Vec::new(), span)
        } else {
            vec![stmt(StmtKind::For { target: g.target, iter, body, orelse: Vec::new() }, span)]
        };
    }
    let mut full = Vec::new();
    if !is_generator {
        full.push(assign(&result, Expr { kind: init, span }, span));
    }
    full.extend(body);
    if !is_generator {
        full.push(stmt(StmtKind::Return(Some(load(&result, span))), span));
    }
    let params =
        ir::Params { positional: vec![ir::Param { name: first_iter_name, default: None }], ..Default::default() };
    let full = generators::lower_body(full)?;
    let scope = scope::analyse(&params, &full);
    let def = ir::FunctionDef {
        name: name(label),
        params,
        body: full,
        decorators: Vec::new(),
        is_lambda: false,
        is_generator: true,
        is_async: true,
        async_gen: is_generator,
        scope,
        span,
    };
    let func = Expr { kind: ExprKind::Lambda(Rc::new(def)), span };
    let first = first_iter.unwrap_or_else(|| constant(Const::None, span));
    let call = ExprKind::Call { func: Box::new(func), args: vec![Arg::Positional(first)] };
    if is_generator {
        return Ok(call);
    }
    Ok(ExprKind::Yield { value: Some(Box::new(Expr { kind: call, span })), from: true })
}
