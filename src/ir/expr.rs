//! Expression nodes of the IR.

use super::{BinOp, FunctionDef, Name, Target};
use crate::source::Span;
use num_bigint::BigInt;
use std::rc::Rc;

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Const(Const),
    Name(Name),
    Attribute {
        value: Box<Expr>,
        attr: Name,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    BinOp {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    BoolOp {
        and: bool,
        values: Vec<Expr>,
    },
    Compare {
        left: Box<Expr>,
        rest: Vec<(CmpOp, Expr)>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda(Rc<FunctionDef>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `(None, e)` is `**e`.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// Only inside list/tuple/set displays and call arguments.
    Starred(Box<Expr>),
    Comprehension(Rc<Comprehension>),
    FString(Vec<FPart>),
    Named {
        target: Name,
        value: Box<Expr>,
    },
    /// `yield value` / `yield from value`. In generator bodies lowering moves every yield to statement
    /// level ([`super::StmtKind::Yield`]); one left here is outside a function (a SyntaxError).
    Yield {
        value: Option<Box<Expr>>,
        from: bool,
    },
}

#[derive(Debug, Clone)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
}

#[derive(Debug, Clone)]
pub enum Arg {
    Positional(Expr),
    Star(Expr),
    Keyword(Name, Expr),
    StarStar(Expr),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// What a comprehension builds.
#[derive(Debug, Clone)]
pub enum CompKind {
    List(Expr),
    Set(Expr),
    Dict(Expr, Expr),
    /// A generator expression: lazy, run by the evaluator's generator machinery.
    Generator(Expr),
}

#[derive(Debug, Clone)]
pub struct Comprehension {
    pub kind: CompKind,
    pub generators: Vec<CompFor>,
}

#[derive(Debug, Clone)]
pub struct CompFor {
    pub target: Target,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// A piece of an f-string.
#[derive(Debug, Clone)]
pub enum FPart {
    Literal(Rc<str>),
    Value {
        expr: Box<Expr>,
        /// `r`, `s` or `a`.
        conversion: Option<char>,
        spec: Option<Vec<FPart>>,
        /// For `f"{x=}"`: the text before the value (`x=`); the value then defaults to repr.
        debug: Option<Rc<str>>,
    },
}
