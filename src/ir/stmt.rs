//! Statement nodes of the IR.

use super::{Block, Expr, Name};
use crate::source::Span;
use std::collections::HashSet;
use std::rc::Rc;

#[derive(Debug, Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Expr(Expr),
    /// An expression statement of interactive code (CPython's `"single"` compile mode): a value other
    /// than None is shown by `sys.displayhook` (its repr and a newline, and `builtins._`). Made from
    /// [`StmtKind::Expr`] by [`super::interactive`].
    Display(Expr),
    Assign {
        targets: Vec<Target>,
        value: Expr,
    },
    AugAssign {
        target: Target,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation = value`; the annotation is kept because class bodies read it (`Mapped[...]`).
    AnnAssign {
        target: Target,
        annotation: Expr,
        value: Option<Expr>,
    },
    If {
        test: Expr,
        body: Block,
        orelse: Block,
    },
    While {
        test: Expr,
        body: Block,
        orelse: Block,
    },
    For {
        target: Target,
        iter: Expr,
        body: Block,
        orelse: Block,
    },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    FunctionDef(Rc<FunctionDef>),
    ClassDef(Rc<ClassDef>),
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Block,
        handlers: Vec<Handler>,
        orelse: Block,
        finally: Block,
    },
    With {
        items: Vec<WithItem>,
        body: Block,
    },
    Import(Vec<ImportName>),
    ImportFrom {
        module: String,
        names: Vec<ImportName>,
        level: u32,
    },
    Global(Vec<Name>),
    Nonlocal(Vec<Name>),
    Delete(Vec<Target>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Match {
        subject: Expr,
        cases: Vec<super::MatchCase>,
    },
    /// `targets = yield value` / `yield from value` at statement level, in a generator body only: the
    /// point where the generator suspends. The sent value (or the delegate's return value) is bound
    /// to `targets` (none for a bare `yield` statement).
    Yield {
        value: Option<Expr>,
        from: bool,
        targets: Vec<Target>,
    },
}

/// `import a.b as c` / `from m import a as c`; `name` is dotted for plain imports, `*` for star imports.
#[derive(Debug, Clone)]
pub struct ImportName {
    pub name: String,
    pub alias: Option<Name>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Target>,
}

#[derive(Debug, Clone)]
pub struct Handler {
    pub class: Option<Expr>,
    pub name: Option<Name>,
    pub body: Block,
    pub span: Span,
}

/// Something that can be assigned to.
#[derive(Debug, Clone)]
pub enum Target {
    Name(Name, Span),
    Attribute {
        value: Expr,
        attr: Name,
        span: Span,
    },
    Subscript {
        value: Expr,
        index: Expr,
        span: Span,
    },
    /// `a, b = ...` / `[a, *rest] = ...`; at most one element is `Starred`.
    Sequence(Vec<Target>, Span),
    Starred(Box<Target>, Span),
}

impl Target {
    pub fn span(&self) -> Span {
        match self {
            Target::Name(_, s)
            | Target::Attribute { span: s, .. }
            | Target::Subscript { span: s, .. }
            | Target::Sequence(_, s)
            | Target::Starred(_, s) => *s,
        }
    }
}

/// A function or lambda, with the scope facts computed at lowering.
#[derive(Debug)]
pub struct FunctionDef {
    pub name: Name,
    pub params: Params,
    pub body: Block,
    pub decorators: Vec<Expr>,
    /// A lambda's body is one expression, returned.
    pub is_lambda: bool,
    /// The body contains `yield`: calling the function makes a generator (every yield is at statement
    /// level, see [`StmtKind::Yield`]).
    pub is_generator: bool,
    /// `async def`: calling it makes a coroutine (or, when the body has a plain `yield`, an async
    /// generator). Its `await`s are lowered to `yield from` statements (`is_generator` is set too).
    pub is_async: bool,
    /// An `async def` whose body yields values: an async generator.
    pub async_gen: bool,
    pub scope: ScopeInfo,
    pub span: Span,
}

/// Which names a function body binds locally and which it declares global or nonlocal.
#[derive(Debug, Default, Clone)]
pub struct ScopeInfo {
    /// In the order the parameters, then the body, first bind them (`__code__.co_varnames`).
    pub locals: indexmap::IndexSet<Name>,
    pub globals: HashSet<Name>,
    pub nonlocals: HashSet<Name>,
    /// Names the body or its nested scopes use that it neither binds nor declares global, sorted: the
    /// candidates for `co_freevars` (those an enclosing function binds; see `python::freevars`).
    pub free: Vec<Name>,
    /// Locals that nested scopes use, sorted (`co_cellvars`).
    pub cells: Vec<Name>,
}

#[derive(Debug, Default)]
pub struct Params {
    /// Positional parameters (positional-only ones first; `posonly` says how many).
    pub positional: Vec<Param>,
    pub posonly: usize,
    pub vararg: Option<Name>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Name>,
    /// The annotated parameters in CPython's `__annotations__` order (positional, `*args`,
    /// keyword-only, `**kwargs`, then `return`), with their annotation expressions.
    pub annotations: Vec<(Name, Expr)>,
}

#[derive(Debug)]
pub struct Param {
    pub name: Name,
    pub default: Option<Expr>,
}

#[derive(Debug)]
pub struct ClassDef {
    pub name: Name,
    pub bases: Vec<Expr>,
    pub keywords: Vec<(Name, Expr)>,
    pub body: Block,
    pub decorators: Vec<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    /// The operator as Python writes it (for error messages).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }

    /// The dunder method names for `a op b` and the reflected `b op a`.
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__"),
            BinOp::Sub => ("__sub__", "__rsub__"),
            BinOp::Mul => ("__mul__", "__rmul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__"),
            BinOp::Div => ("__truediv__", "__rtruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__"),
            BinOp::Pow => ("__pow__", "__rpow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__"),
            BinOp::BitAnd => ("__and__", "__rand__"),
            BinOp::BitOr => ("__or__", "__ror__"),
            BinOp::BitXor => ("__xor__", "__rxor__"),
        }
    }
}
