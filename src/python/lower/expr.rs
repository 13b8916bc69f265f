//! Lowering of ruff's expression nodes into IR expressions: one function per expression kind.

use super::{Lowered, name, params, target, unsupported};
use crate::ir::{self, Arg, CmpOp, CompKind, Const, ExprKind, FPart, UnaryOp};
use crate::python::{scope, span_of};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use std::rc::Rc;

pub(in crate::python) fn expr(node: &Expr) -> Lowered<ir::Expr> {
    let kind = match node {
        Expr::NoneLiteral(_) => ExprKind::Const(Const::None),
        Expr::BooleanLiteral(b) => ExprKind::Const(Const::Bool(b.value)),
        Expr::EllipsisLiteral(_) => ExprKind::Const(Const::Ellipsis),
        Expr::NumberLiteral(n) => number(n)?,
        Expr::StringLiteral(s) => ExprKind::Const(Const::Str(Rc::from(s.value.to_str()))),
        Expr::FString(f) => ExprKind::FString(fstring(f)?),
        Expr::Name(n) => ExprKind::Name(name(&n.id)),
        Expr::Attribute(a) => ExprKind::Attribute { value: Box::new(expr(&a.value)?), attr: name(&a.attr.id) },
        Expr::Subscript(s) => {
            ExprKind::Subscript { value: Box::new(expr(&s.value)?), index: Box::new(expr(&s.slice)?) }
        }
        Expr::Slice(s) => ExprKind::Slice {
            lower: boxed(s.lower.as_deref())?,
            upper: boxed(s.upper.as_deref())?,
            step: boxed(s.step.as_deref())?,
        },
        Expr::Call(c) => call(c)?,
        Expr::BinOp(b) => {
            ExprKind::BinOp { op: bin_op(b.op), left: Box::new(expr(&b.left)?), right: Box::new(expr(&b.right)?) }
        }
        Expr::UnaryOp(u) => ExprKind::UnaryOp { op: unary_op(u.op), operand: Box::new(expr(&u.operand)?) },
        Expr::BoolOp(b) => ExprKind::BoolOp { and: b.op == ast::BoolOp::And, values: exprs(&b.values)? },
        Expr::Compare(c) => compare(c)?,
        Expr::If(i) => ExprKind::IfExp {
            test: Box::new(expr(&i.test)?),
            body: Box::new(expr(&i.body)?),
            orelse: Box::new(expr(&i.orelse)?),
        },
        Expr::Lambda(l) => ExprKind::Lambda(Rc::new(lambda(l)?)),
        Expr::List(l) => ExprKind::List(exprs(&l.elts)?),
        Expr::Tuple(t) => ExprKind::Tuple(exprs(&t.elts)?),
        Expr::Set(s) => ExprKind::Set(exprs(&s.elts)?),
        Expr::Dict(d) => dict(d)?,
        Expr::Starred(s) => ExprKind::Starred(Box::new(expr(&s.value)?)),
        Expr::ListComp(c) => comprehension(CompKind::List(expr(&c.elt)?), &c.generators)?,
        Expr::SetComp(c) => comprehension(CompKind::Set(expr(&c.elt)?), &c.generators)?,
        Expr::Generator(c) => comprehension(CompKind::Generator(expr(&c.elt)?), &c.generators)?,
        Expr::DictComp(c) => {
            let Some(key) = &c.key else {
                return unsupported("dict unpacking in a comprehension", node);
            };
            comprehension(CompKind::Dict(expr(key)?, expr(&c.value)?), &c.generators)?
        }
        Expr::Named(n) => {
            let Expr::Name(target) = n.target.as_ref() else {
                return unsupported("assignment expressions to anything but a name", node);
            };
            ExprKind::Named { target: name(&target.id), value: Box::new(expr(&n.value)?) }
        }
        Expr::BytesLiteral(b) => ExprKind::Const(Const::Bytes(b.value.bytes().collect::<Vec<u8>>().into())),
        Expr::TString(_) => return unsupported("template strings", node),
        Expr::Await(a) => super::asyncs::await_expr(a)?,
        Expr::Yield(y) => ExprKind::Yield { value: boxed(y.value.as_deref())?, from: false },
        Expr::YieldFrom(y) => {
            super::asyncs::check_yield_from(y)?;
            ExprKind::Yield { value: Some(Box::new(expr(&y.value)?)), from: true }
        }
        Expr::IpyEscapeCommand(_) => return unsupported("IPython escape commands", node),
    };
    Ok(ir::Expr { kind, span: span_of(node.range()) })
}

fn boxed(node: Option<&Expr>) -> Lowered<Option<Box<ir::Expr>>> {
    node.map(|e| expr(e).map(Box::new)).transpose()
}

fn exprs(nodes: &[Expr]) -> Lowered<Vec<ir::Expr>> {
    nodes.iter().map(expr).collect()
}

fn number(n: &ast::ExprNumberLiteral) -> Lowered<ExprKind> {
    let value = match &n.value {
        ast::Number::Int(i) => match i.as_i64() {
            Some(v) => Const::Int(v),
            None => match i.to_string().replace('_', "").parse::<num_bigint::BigInt>() {
                Ok(big) => Const::BigInt(Rc::new(big)),
                Err(_) => return unsupported("this integer literal", n),
            },
        },
        ast::Number::Float(f) => Const::Float(*f),
        // `2j` is `complex(0.0, 2.0)`, through a name no program can rebind.
        ast::Number::Complex { real, imag } => {
            let span = span_of(n.range());
            let float = |v: f64| ir::Expr { kind: ExprKind::Const(Const::Float(v)), span };
            let func = ir::Expr { kind: ExprKind::Name(ir::Name::from(".complex")), span };
            let args = vec![ir::Arg::Positional(float(*real)), ir::Arg::Positional(float(*imag))];
            return Ok(ExprKind::Call { func: Box::new(func), args });
        }
    };
    Ok(ExprKind::Const(value))
}

fn call(c: &ast::ExprCall) -> Lowered<ExprKind> {
    let mut args = Vec::new();
    for arg in c.arguments.args.iter() {
        args.push(match arg {
            Expr::Starred(s) => Arg::Star(expr(&s.value)?),
            other => Arg::Positional(expr(other)?),
        });
    }
    for keyword in c.arguments.keywords.iter() {
        args.push(match &keyword.arg {
            Some(arg) => Arg::Keyword(name(&arg.id), expr(&keyword.value)?),
            None => Arg::StarStar(expr(&keyword.value)?),
        });
    }
    Ok(ExprKind::Call { func: Box::new(expr(&c.func)?), args })
}

fn compare(c: &ast::ExprCompare) -> Lowered<ExprKind> {
    let rest = c
        .ops
        .iter()
        .zip(c.comparators.iter())
        .map(|(op, right)| Ok((cmp_op(*op), expr(right)?)))
        .collect::<Lowered<_>>()?;
    Ok(ExprKind::Compare { left: Box::new(expr(&c.left)?), rest })
}

fn dict(d: &ast::ExprDict) -> Lowered<ExprKind> {
    let items = d
        .items
        .iter()
        .map(|item| Ok((item.key.as_ref().map(expr).transpose()?, expr(&item.value)?)))
        .collect::<Lowered<_>>()?;
    Ok(ExprKind::Dict(items))
}

fn lambda(l: &ast::ExprLambda) -> Lowered<ir::FunctionDef> {
    let params = match &l.parameters {
        Some(p) => params(p)?,
        None => ir::Params::default(),
    };
    let span = span_of(l.range());
    let body_expr = super::asyncs::within(super::asyncs::Context::Function, || expr(&l.body))?;
    // `lambda: (yield x)` is a generator function like any other: its body's yields are hoisted to
    // statements the same way.
    let is_generator = crate::python::generators::expr_yields(&body_expr);
    let mut body = vec![ir::Stmt { kind: ir::StmtKind::Return(Some(body_expr)), span }];
    if is_generator {
        body = crate::python::generators::lower_body(body)?;
    }
    let scope = scope::analyse(&params, &body);
    Ok(ir::FunctionDef {
        name: name("<lambda>"),
        params,
        body,
        decorators: Vec::new(),
        is_lambda: true,
        is_generator,
        is_async: false,
        async_gen: false,
        scope,
        span,
    })
}

fn comprehension(kind: CompKind, generators: &[ast::Comprehension]) -> Lowered<ExprKind> {
    let span = generators.first().map(|g| span_of(g.range())).unwrap_or_default();
    let generators = generators
        .iter()
        .map(|g| {
            Ok((ir::CompFor { target: target(&g.target)?, iter: expr(&g.iter)?, ifs: exprs(&g.ifs)? }, g.is_async))
        })
        .collect::<Lowered<Vec<_>>>()?;
    let any_async = generators.iter().any(|(_, is_async)| *is_async);
    let plain: Vec<ir::CompFor> = generators.iter().map(|(g, _)| g.clone()).collect();
    if super::asyncs::is_async_comprehension(&kind, &plain, any_async) {
        return super::asyncs::async_comprehension(kind, generators, span);
    }
    Ok(ExprKind::Comprehension(Rc::new(ir::Comprehension { kind, generators: plain })))
}

fn fstring(f: &ast::ExprFString) -> Lowered<Vec<FPart>> {
    let mut parts = Vec::new();
    for part in f.value.iter() {
        match part {
            ast::FStringPart::Literal(lit) => parts.push(FPart::Literal(Rc::from(&*lit.value))),
            ast::FStringPart::FString(fs) => parts.extend(interpolated(&fs.elements)?),
        }
    }
    Ok(parts)
}

fn interpolated(elements: &ast::InterpolatedStringElements) -> Lowered<Vec<FPart>> {
    elements
        .iter()
        .map(|element| match element {
            ast::InterpolatedStringElement::Literal(lit) => Ok(FPart::Literal(Rc::from(&*lit.value))),
            ast::InterpolatedStringElement::Interpolation(i) => Ok(FPart::Value {
                expr: Box::new(expr(&i.expression)?),
                conversion: i.conversion.to_char(),
                spec: i.format_spec.as_ref().map(|s| interpolated(&s.elements)).transpose()?,
                debug: i.debug_text.as_ref().map(|d| Rc::from(d.as_str())),
            }),
        })
        .collect()
}

pub(super) fn bin_op(op: ast::Operator) -> ir::BinOp {
    use ast::Operator as O;
    match op {
        O::Add => ir::BinOp::Add,
        O::Sub => ir::BinOp::Sub,
        O::Mult => ir::BinOp::Mul,
        O::MatMult => ir::BinOp::MatMul,
        O::Div => ir::BinOp::Div,
        O::FloorDiv => ir::BinOp::FloorDiv,
        O::Mod => ir::BinOp::Mod,
        O::Pow => ir::BinOp::Pow,
        O::LShift => ir::BinOp::LShift,
        O::RShift => ir::BinOp::RShift,
        O::BitAnd => ir::BinOp::BitAnd,
        O::BitOr => ir::BinOp::BitOr,
        O::BitXor => ir::BinOp::BitXor,
    }
}

fn unary_op(op: ast::UnaryOp) -> UnaryOp {
    match op {
        ast::UnaryOp::Not => UnaryOp::Not,
        ast::UnaryOp::USub => UnaryOp::Neg,
        ast::UnaryOp::UAdd => UnaryOp::Pos,
        ast::UnaryOp::Invert => UnaryOp::Invert,
    }
}

fn cmp_op(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::NotEq,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::LtE,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::GtE,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}
