//! SQL operators as `sqlalchemy.sql.operators` defines them: their precedence (which decides where the
//! compiler puts parentheses), their SQL spelling, and the classification SQLAlchemy's rules ask about
//! (comparison, boolean, associative, ordering modifier).

/// An operator. `Custom` is `column.op("~>")`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    And,
    Or,
    Add,
    Mul,
    Sub,
    TrueDiv,
    FloorDiv,
    Mod,
    Neg,
    Lt,
    Le,
    Ne,
    Gt,
    Ge,
    Eq,
    IsDistinctFrom,
    IsNotDistinctFrom,
    Concat,
    Match,
    NotMatch,
    In,
    NotIn,
    Comma,
    As,
    Is,
    IsNot,
    Collate,
    Exists,
    Distinct,
    Inv,
    Any,
    All,
    Desc,
    Asc,
    NullsFirst,
    NullsLast,
    Like,
    NotLike,
    ILike,
    NotILike,
    Contains,
    NotContains,
    IContains,
    NotIContains,
    StartsWith,
    NotStartsWith,
    IStartsWith,
    NotIStartsWith,
    EndsWith,
    NotEndsWith,
    IEndsWith,
    NotIEndsWith,
    Between,
    NotBetween,
    RegexpMatch,
    NotRegexpMatch,
    RegexpReplace,
    BitwiseXor,
    BitwiseOr,
    BitwiseAnd,
    BitwiseNot,
    BitwiseLshift,
    BitwiseRshift,
    GetItem,
    JsonGetItem,
    JsonPathGetItem,
    Pow,
    IsTrue,
    IsFalse,
    Filter,
    /// Internal: a clause evaluated as a boolean on its own (`WHERE <clause>`).
    AsBool,
    Custom(Box<CustomOp>),
}

/// `expr.op(opstring, precedence=0, is_comparison=False, ...)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomOp {
    pub opstring: String,
    pub precedence: i32,
    pub is_comparison: bool,
    pub natural_self_precedent: bool,
    pub eager_grouping: bool,
}

impl Op {
    /// SQLAlchemy's `_PRECEDENCE` table (unknown operators are the smallest / largest as the side needs).
    fn precedence(&self) -> Option<i32> {
        use Op::*;
        Some(match self {
            GetItem | JsonGetItem | JsonPathGetItem | Pow | Any | All => 15,
            Mul | TrueDiv | FloorDiv | Mod | Neg | BitwiseNot => 8,
            Add | Sub | BitwiseXor | BitwiseOr | BitwiseAnd | BitwiseLshift | BitwiseRshift => 7,
            Filter => 6,
            Concat | Match | NotMatch | RegexpMatch | NotRegexpMatch | RegexpReplace | ILike | NotILike | Like
            | NotLike | In | NotIn | Is | IsNot | Eq | Ne | IsDistinctFrom | IsNotDistinctFrom | Gt | Lt | Ge | Le
            | Between | NotBetween | Distinct | Inv | IsTrue | IsFalse => 5,
            Collate => 4,
            And | Desc | Asc => 3,
            Or => 2,
            Exists => 0,
            Comma | As => -1,
            AsBool => -10,
            Custom(c) => c.precedence,
            _ => return None,
        })
    }

    pub fn is_comparison(&self) -> bool {
        matches!(self, Op::Eq | Op::Ne | Op::Lt | Op::Gt | Op::Ge | Op::Le)
            || matches!(self, Op::Custom(c) if c.is_comparison)
    }

    pub fn is_boolean(&self) -> bool {
        self.is_comparison() || matches!(self, Op::Inv | Op::IsTrue | Op::IsFalse | Op::And | Op::Or)
    }

    pub fn is_commutative(&self) -> bool {
        matches!(self, Op::Eq | Op::Ne | Op::Add | Op::Mul)
    }

    pub fn is_associative(&self) -> bool {
        matches!(self, Op::Add | Op::Mul | Op::Concat | Op::And | Op::Or)
    }

    fn is_natural_self_precedent(&self) -> bool {
        self.is_associative()
            || matches!(self, Op::GetItem | Op::JsonGetItem | Op::JsonPathGetItem)
            || matches!(self, Op::Custom(c) if c.natural_self_precedent)
    }

    pub fn is_ordering_modifier(&self) -> bool {
        matches!(self, Op::Asc | Op::Desc | Op::NullsFirst | Op::NullsLast)
    }

    /// `operators.is_precedent(self, against)`: whether an expression with this operator needs
    /// parentheses inside one with `against`.
    pub fn is_precedent(&self, against: Option<&Op>) -> bool {
        let Some(against) = against else { return true };
        if self == against && self.is_natural_self_precedent() {
            return false;
        }
        self.precedence().unwrap_or(-100) <= against.precedence().unwrap_or(100)
    }

    /// The mirror image of a comparison (`a < b` is `b > a`).
    pub fn mirror(&self) -> Op {
        match self {
            Op::Gt => Op::Lt,
            Op::Ge => Op::Le,
            Op::Lt => Op::Gt,
            Op::Le => Op::Ge,
            other => other.clone(),
        }
    }

    /// The operator `~expr` swaps this one for (SQLAlchemy's `negate_op` of each comparison).
    pub fn negation(&self) -> Option<Op> {
        use Op::*;
        Some(match self {
            Lt => Ge,
            Le => Gt,
            Ne => Eq,
            Gt => Le,
            Ge => Lt,
            Eq => Ne,
            IsDistinctFrom => IsNotDistinctFrom,
            IsNotDistinctFrom => IsDistinctFrom,
            In => NotIn,
            NotIn => In,
            Is => IsNot,
            IsNot => Is,
            Between => NotBetween,
            NotBetween => Between,
            Like => NotLike,
            NotLike => Like,
            ILike => NotILike,
            NotILike => ILike,
            Contains => NotContains,
            NotContains => Contains,
            IContains => NotIContains,
            NotIContains => IContains,
            StartsWith => NotStartsWith,
            NotStartsWith => StartsWith,
            IStartsWith => NotIStartsWith,
            NotIStartsWith => IStartsWith,
            EndsWith => NotEndsWith,
            NotEndsWith => EndsWith,
            IEndsWith => NotIEndsWith,
            NotIEndsWith => IEndsWith,
            Match => NotMatch,
            NotMatch => Match,
            RegexpMatch => NotRegexpMatch,
            NotRegexpMatch => RegexpMatch,
            _ => return None,
        })
    }

    /// The SQL the generic compiler writes for this operator (`OPERATORS` in compiler.py).
    pub fn opstring(&self) -> Option<&'static str> {
        use Op::*;
        Some(match self {
            And => " AND ",
            Or => " OR ",
            Add => " + ",
            Mul => " * ",
            Sub => " - ",
            Mod => " % ",
            Neg => "-",
            Lt => " < ",
            Le => " <= ",
            Ne => " != ",
            Gt => " > ",
            Ge => " >= ",
            Eq => " = ",
            IsDistinctFrom => " IS DISTINCT FROM ",
            IsNotDistinctFrom => " IS NOT DISTINCT FROM ",
            Concat => " || ",
            Match => " MATCH ",
            NotMatch => " NOT MATCH ",
            In => " IN ",
            NotIn => " NOT IN ",
            Comma => ", ",
            As => " AS ",
            Is => " IS ",
            IsNot => " IS NOT ",
            Collate => " COLLATE ",
            Exists => "EXISTS ",
            Distinct => "DISTINCT ",
            Inv => "NOT ",
            Any => "ANY ",
            All => "ALL ",
            Desc => " DESC",
            Asc => " ASC",
            NullsFirst => " NULLS FIRST",
            NullsLast => " NULLS LAST",
            BitwiseXor => " ^ ",
            BitwiseOr => " | ",
            BitwiseAnd => " & ",
            BitwiseNot => "~",
            BitwiseLshift => " << ",
            BitwiseRshift => " >> ",
            TrueDiv | FloorDiv => " / ",
            _ => return None,
        })
    }

    /// The Python name of the operator function (for error messages).
    pub fn name(&self) -> String {
        format!("{self:?}").to_lowercase()
    }
}
