//! Lowering of `match` statements and their patterns.

use super::{Lowered, block, expr, name};
use crate::ir::{self, Const, Pattern, StmtKind};
use crate::python::span_of;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

pub(super) fn match_stmt(s: &ast::StmtMatch) -> Lowered<StmtKind> {
    let cases = s
        .cases
        .iter()
        .map(|case| {
            Ok(ir::MatchCase {
                pattern: pattern(&case.pattern)?,
                guard: case.guard.as_deref().map(expr).transpose()?,
                body: block(&case.body)?,
                span: span_of(case.range()),
            })
        })
        .collect::<Lowered<_>>()?;
    Ok(StmtKind::Match { subject: expr(&s.subject)?, cases })
}

fn pattern(p: &ast::Pattern) -> Lowered<Pattern> {
    Ok(match p {
        ast::Pattern::MatchValue(v) => Pattern::Value(expr(&v.value)?),
        ast::Pattern::MatchSingleton(s) => Pattern::Singleton(match s.value {
            ast::Singleton::None => Const::None,
            ast::Singleton::True => Const::Bool(true),
            ast::Singleton::False => Const::Bool(false),
        }),
        ast::Pattern::MatchSequence(s) => Pattern::Sequence(patterns(&s.patterns)?),
        ast::Pattern::MatchMapping(m) => Pattern::Mapping {
            keys: m.keys.iter().map(expr).collect::<Lowered<_>>()?,
            patterns: patterns(&m.patterns)?,
            rest: m.rest.as_ref().map(|r| name(&r.id)),
        },
        ast::Pattern::MatchClass(c) => Pattern::Class {
            class: expr(&c.cls)?,
            positional: patterns(&c.arguments.patterns)?,
            keywords: c
                .arguments
                .keywords
                .iter()
                .map(|k| Ok((name(&k.attr.id), pattern(&k.pattern)?)))
                .collect::<Lowered<_>>()?,
        },
        ast::Pattern::MatchStar(s) => Pattern::Star(s.name.as_ref().map(|n| name(&n.id))),
        ast::Pattern::MatchAs(a) => Pattern::As {
            pattern: a.pattern.as_deref().map(pattern).transpose()?.map(Box::new),
            name: a.name.as_ref().map(|n| name(&n.id)),
        },
        ast::Pattern::MatchOr(o) => Pattern::Or(patterns(&o.patterns)?),
    })
}

fn patterns(items: &[ast::Pattern]) -> Lowered<Vec<Pattern>> {
    items.iter().map(pattern).collect()
}
