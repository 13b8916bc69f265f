//! `match` statement patterns.

use super::{Block, Const, Expr, Name};
use crate::source::Span;

#[derive(Debug, Clone)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Block,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum Pattern {
    /// A literal or dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True`, `False`, compared with `is`.
    Singleton(Const),
    /// `name` (binds the subject) or `_` (`None`: matches anything, binds nothing), optionally after
    /// a sub-pattern (`pattern as name`).
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Name>,
    },
    Or(Vec<Pattern>),
    /// `[a, *rest, b]`; at most one element is `Star`.
    Sequence(Vec<Pattern>),
    Star(Option<Name>),
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Name>,
    },
    Class {
        class: Expr,
        positional: Vec<Pattern>,
        keywords: Vec<(Name, Pattern)>,
    },
}

impl Pattern {
    /// The names the pattern binds when it matches.
    pub fn bound_names(&self, out: &mut Vec<Name>) {
        match self {
            Pattern::Value(_) | Pattern::Singleton(_) => {}
            Pattern::As { pattern, name } => {
                if let Some(p) = pattern {
                    p.bound_names(out);
                }
                out.extend(name.iter().cloned());
            }
            Pattern::Or(alternatives) => {
                if let Some(first) = alternatives.first() {
                    first.bound_names(out);
                }
            }
            Pattern::Sequence(items) => items.iter().for_each(|p| p.bound_names(out)),
            Pattern::Star(name) => out.extend(name.iter().cloned()),
            Pattern::Mapping { patterns, rest, .. } => {
                patterns.iter().for_each(|p| p.bound_names(out));
                out.extend(rest.iter().cloned());
            }
            Pattern::Class { positional, keywords, .. } => {
                positional.iter().for_each(|p| p.bound_names(out));
                keywords.iter().for_each(|(_, p)| p.bound_names(out));
            }
        }
    }
}
