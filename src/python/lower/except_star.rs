//! `try: … except* T as e: …` lowered to plain `try`/`except` statements driving the runtime's
//! `_ExceptStar` (see `eval/modules/py/_exceptiongroup.py`), so generators, `finally` and tracebacks
//! treat it like any other `try`. For one statement with handlers `T1 … Tn`:
//!
//! ```text
//! try: BODY
//! except BaseException as .eg:
//!     .st = .except_star(.eg)
//!     .m = .st.match(T1)                       # the matching part, split off what is left
//!     if .m is not None:
//!         try:
//!             try: raise .m                    # makes `.m` the handled exception (bare `raise`)
//!             except BaseException as e: H1
//!         except BaseException as .r: .st.handler_raised(.r)
//!     …                                        # the same for T2 … Tn
//!     .st.finish()                             # raises what is left and what the handlers raised
//! else: ELSE
//! finally: FINALLY
//! ```
//!
//! The hidden names start with `.` (no program can name them) and carry the statement's offset, so
//! nested `except*` statements do not share them.

use crate::ir::{self, Arg, CmpOp, Const, Expr, ExprKind, Handler, Name, Stmt, StmtKind, Target};
use crate::source::Span;

/// The lowered statement; `handlers` are the `except*` clauses (class, name, body) already lowered.
pub(super) fn lower(
    body: ir::Block,
    handlers: Vec<Handler>,
    orelse: ir::Block,
    finally: ir::Block,
    span: Span,
) -> StmtKind {
    let hidden = |what: &str| Name::from(format!(".{what}{}", span.start));
    let (eg, st, m, r) = (hidden("eg"), hidden("st"), hidden("m"), hidden("r"));
    let b = Build { span };
    let mut dispatch = vec![b.assign(&st, b.call(b.name(".except_star"), vec![b.name(&eg)]))];
    for handler in handlers {
        let Some(class) = handler.class else { continue };
        dispatch.push(b.assign(&m, b.call(b.attr(b.name(&st), "match"), vec![class])));
        let run = b.stmt(StmtKind::Try {
            body: vec![b.stmt(StmtKind::Raise { exc: Some(b.name(&m)), cause: None })],
            handlers: vec![Handler {
                class: Some(b.name("BaseException")),
                name: handler.name,
                body: handler.body,
                span: handler.span,
            }],
            orelse: Vec::new(),
            finally: Vec::new(),
        });
        let record = b.expr_stmt(b.call(b.attr(b.name(&st), "handler_raised"), vec![b.name(&r)]));
        let guarded = b.stmt(StmtKind::Try {
            body: vec![run],
            handlers: vec![Handler {
                class: Some(b.name("BaseException")),
                name: Some(r.clone()),
                body: vec![record],
                span,
            }],
            orelse: Vec::new(),
            finally: Vec::new(),
        });
        let test = Expr {
            kind: ExprKind::Compare {
                left: Box::new(b.name(&m)),
                rest: vec![(CmpOp::IsNot, Expr { kind: ExprKind::Const(Const::None), span })],
            },
            span,
        };
        dispatch.push(b.stmt(StmtKind::If { test, body: vec![guarded], orelse: Vec::new() }));
    }
    dispatch.push(b.expr_stmt(b.call(b.attr(b.name(&st), "finish"), Vec::new())));
    dispatch.push(b.stmt(StmtKind::Delete(vec![Target::Name(st, span), Target::Name(m, span)])));
    StmtKind::Try {
        body,
        handlers: vec![Handler { class: Some(b.name("BaseException")), name: Some(eg), body: dispatch, span }],
        orelse,
        finally,
    }
}

/// Builds IR nodes that all carry the statement's span.
struct Build {
    span: Span,
}

impl Build {
    fn name(&self, id: &str) -> Expr {
        Expr { kind: ExprKind::Name(Name::from(id)), span: self.span }
    }

    fn attr(&self, value: Expr, attr: &str) -> Expr {
        Expr { kind: ExprKind::Attribute { value: Box::new(value), attr: Name::from(attr) }, span: self.span }
    }

    fn call(&self, func: Expr, args: Vec<Expr>) -> Expr {
        let args = args.into_iter().map(Arg::Positional).collect();
        Expr { kind: ExprKind::Call { func: Box::new(func), args }, span: self.span }
    }

    fn stmt(&self, kind: StmtKind) -> Stmt {
        Stmt { kind, span: self.span }
    }

    fn expr_stmt(&self, value: Expr) -> Stmt {
        self.stmt(StmtKind::Expr(value))
    }

    fn assign(&self, target: &Name, value: Expr) -> Stmt {
        self.stmt(StmtKind::Assign { targets: vec![Target::Name(target.clone(), self.span)], value })
    }
}
