//! The type of `a <op> b`: SQLAlchemy's `Comparator._adapt_expression` and the `_expression_adaptations`
//! tables of `sqltypes.py` (an `Integer + Numeric` is `Numeric`, `DateTime - DateTime` an `Interval`,
//! `String + String` concatenates).

use super::{Affinity, SqlType, TypeKind};
use crate::sql::ops::Op;

impl SqlType {
    fn numeric_family(&self) -> bool {
        matches!(self.affinity(), Affinity::Integer | Affinity::Numeric | Affinity::Float)
    }

    /// The operator and result type of `self <op> other` (SQLAlchemy's `Comparator._adapt_expression`).
    pub fn adapt_operator(&self, op: Op, other: &SqlType) -> (Op, SqlType) {
        use Affinity as A;
        // `NullType.Comparator`: an untyped left side takes the right side's rules for commutative ops.
        if self.is_null() {
            if other.is_null() || !op.is_commutative() {
                return (op, self.clone());
            }
            return other.adapt_operator(op, self);
        }
        if op == Op::Add && self.is_concatenable() && (other.is_concatenable() || other.is_null()) {
            // Enum concatenation gives a String of the enum's length.
            if self.kind == TypeKind::Enum {
                return (Op::Concat, SqlType::string().with_length(self.length));
            }
            return (Op::Concat, self.clone());
        }
        let other_aff = other.affinity();
        // `HasExpressionLookup`: a table per operator of (other affinity -> result).
        let result = |lookup: Option<Lookup>| -> SqlType {
            match lookup {
                Some(Lookup::Other) => other.clone(),
                Some(Lookup::This) | None => self.clone(),
                Some(Lookup::Type(kind)) => SqlType::new(kind),
            }
        };
        use Lookup::*;
        let lookup = match (self.affinity(), &op) {
            (A::Integer, Op::Add) => match other_aff {
                A::Date => Some(Other),
                A::Integer => Some(This),
                A::Numeric => Some(Type(TypeKind::Numeric)),
                A::Float => Some(Type(TypeKind::Float)),
                _ => None,
            },
            (A::Integer, Op::Mul) => match other_aff {
                A::Interval => Some(Other),
                A::Integer => Some(This),
                A::Numeric => Some(Type(TypeKind::Numeric)),
                A::Float => Some(Type(TypeKind::Float)),
                _ => None,
            },
            (A::Integer, Op::TrueDiv) => match other_aff {
                A::Integer | A::Numeric => Some(Type(TypeKind::Numeric)),
                A::Float => Some(Type(TypeKind::Float)),
                _ => None,
            },
            (A::Integer, Op::FloorDiv) => match other_aff {
                A::Integer => Some(This),
                A::Numeric => Some(Type(TypeKind::Numeric)),
                _ => None,
            },
            (A::Integer, Op::Sub) => match other_aff {
                A::Integer => Some(This),
                A::Numeric => Some(Type(TypeKind::Numeric)),
                A::Float => Some(Type(TypeKind::Float)),
                _ => None,
            },
            (A::Numeric | A::Float, Op::Mul) => match other_aff {
                A::Interval => Some(Other),
                _ if other.numeric_family() => Some(This),
                _ => None,
            },
            (A::Numeric | A::Float, Op::TrueDiv | Op::Add | Op::Sub) => None,
            (A::DateTime, Op::Add) => match other_aff {
                A::Interval => Some(This),
                _ => None,
            },
            (A::DateTime, Op::Sub) => match other_aff {
                A::Interval => Some(This),
                A::DateTime => Some(Type(TypeKind::Interval)),
                _ => None,
            },
            (A::Date, Op::Add) => match other_aff {
                A::Integer => Some(This),
                A::Interval | A::Time => Some(Type(TypeKind::DateTime)),
                _ => None,
            },
            (A::Date, Op::Sub) => match other_aff {
                A::Integer => Some(This),
                A::Date => Some(Type(TypeKind::Integer)),
                A::Interval => Some(Type(TypeKind::DateTime)),
                A::DateTime => Some(Type(TypeKind::Interval)),
                _ => None,
            },
            (A::Time, Op::Add) => match other_aff {
                A::Date => Some(Type(TypeKind::DateTime)),
                A::Interval => Some(This),
                _ => None,
            },
            (A::Time, Op::Sub) => match other_aff {
                A::Time => Some(Type(TypeKind::Interval)),
                A::Interval => Some(This),
                _ => None,
            },
            (A::Interval, Op::Add) => match other_aff {
                A::Date | A::DateTime => Some(Type(TypeKind::DateTime)),
                A::Interval => Some(This),
                A::Time => Some(Type(TypeKind::Time)),
                _ => None,
            },
            _ => None,
        };
        (op, result(lookup))
    }
}

#[derive(Clone, Copy)]
enum Lookup {
    This,
    Other,
    Type(TypeKind),
}
