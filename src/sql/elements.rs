//! Column expressions (SQLAlchemy's `ColumnElement` family): columns, bound parameters, operators,
//! functions, labels, CASE/CAST, groupings and scalar subqueries, as one immutable tree of shared nodes.
//!
//! Nodes are `Rc`-shared and never mutated: SQLAlchemy's constructs are immutable and *identity* matters
//! to it (the same bound parameter used twice renders one name; anonymous labels are numbered per object
//! in order of appearance), so a node's identity is its allocation. Construction follows SQLAlchemy's
//! rules where they shape the SQL: operands are grouped against their operator's precedence as the
//! expression is built (`self_group`), `~` swaps comparison operators, `and_`/`or_` flatten and drop
//! `True`/`False` the way `BooleanClauseList` does. Submodules: [`naming`] (the labels a column gets in a
//! SELECT), [`build`] (operators and constructors), [`walk`] (children, FROM objects, bound parameters).

pub mod adapt;
pub mod build;
pub mod naming;
pub mod rebind;
pub mod walk;

use super::ops::Op;
use super::selectable::{FromRef, SelectStmt};
use super::types::SqlType;
use super::value::SqlValue;
use std::rc::Rc;

pub type ExprRef = Rc<Expr>;

/// One part of a possibly anonymous name: literal text, or an anonymous name that the compiler numbers
/// (`%(4312 name)s` in SQLAlchemy; it renders `name_1`, `name_2`, ... in order of first appearance).
///
/// An anonymous part's `key` is an identity: a node's address, or (for [`Name::fresh`]) the address of
/// a small allocation the name itself holds, so the key stays unique for as long as the name exists.
#[derive(Debug, Clone)]
pub enum NamePart {
    Text(String),
    Anon { key: u64, seed: String, hold: Option<Rc<()>> },
}

impl PartialEq for NamePart {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (NamePart::Text(a), NamePart::Text(b)) => a == b,
            (NamePart::Anon { key: k1, seed: s1, .. }, NamePart::Anon { key: k2, seed: s2, .. }) => {
                k1 == k2 && s1 == s2
            }
            _ => false,
        }
    }
}

impl Eq for NamePart {}

impl std::hash::Hash for NamePart {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            NamePart::Text(t) => t.hash(state),
            NamePart::Anon { key, seed, .. } => {
                key.hash(state);
                seed.hash(state);
            }
        }
    }
}

/// A name as SQLAlchemy keeps it: plain text, or containing anonymous parts resolved at compile time.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Name(pub Vec<NamePart>);

impl Name {
    pub fn plain(s: &str) -> Name {
        Name(vec![NamePart::Text(s.to_string())])
    }

    pub fn anon(key: u64, seed: &str) -> Name {
        Name(vec![NamePart::Anon { key, seed: sanitize_anon(seed), hold: None }])
    }

    /// A fresh anonymous name with its own identity.
    pub fn fresh(seed: &str) -> Name {
        let hold = Rc::new(());
        let key = Rc::as_ptr(&hold) as usize as u64;
        Name(vec![NamePart::Anon { key, seed: sanitize_anon(seed), hold: Some(hold) }])
    }

    pub fn is_anon(&self) -> bool {
        self.0.iter().any(|p| matches!(p, NamePart::Anon { .. }))
    }

    /// The text of a plain name (anonymous parts show their seed).
    pub fn text(&self) -> String {
        self.0
            .iter()
            .map(|p| match p {
                NamePart::Text(t) => t.as_str(),
                NamePart::Anon { seed, .. } => seed.as_str(),
            })
            .collect()
    }

    /// `self + suffix` (keeps anonymity).
    pub fn append(&self, suffix: &str) -> Name {
        let mut parts = self.0.clone();
        parts.push(NamePart::Text(suffix.to_string()));
        Name(parts)
    }
}

/// `_anonymous_label_escape`: characters that would break the format string become `_`.
fn sanitize_anon(seed: &str) -> String {
    seed.replace(['%', '(', ')', ' '], "_")
}

/// An expression node with a fresh anonymous name (SQLAlchemy keys them by `id(self)`): `make`
/// receives the name and builds the node.
pub fn rc_anon(seed: &str, make: impl FnOnce(Name) -> Expr) -> ExprRef {
    Rc::new(make(Name::fresh(seed)))
}

/// What a column is: its name, key and type, and where it came from. Shared by every reference to the
/// same column, so its address is the column's identity.
#[derive(Debug, Clone)]
pub struct ColumnInfo {
    pub name: Name,
    /// The key in `.c` (differs from the name with `Column("name", key="k")`).
    pub key: String,
    pub ty: SqlType,
    /// `literal_column("...")`: rendered as given, never quoted.
    pub is_literal: bool,
    pub primary_key: bool,
    pub nullable: bool,
    /// The expression this column stands for, in the selectable it belongs to (a subquery's column
    /// proxies the inner SELECT's column); empty for base columns.
    pub proxies: Vec<ExprRef>,
    /// Schema details of a `Table` column (defaults, constraints, DDL).
    pub schema: Option<Rc<super::schema::ColumnSchema>>,
    /// An ORM-supplied key for result rows when it differs from the name (`proxy_key` annotation).
    pub proxy_key: Option<String>,
    /// Rendered without its table's name (`column_valued()`'s column).
    pub bare: bool,
}

impl ColumnInfo {
    pub fn new(name: &str, ty: SqlType) -> ColumnInfo {
        ColumnInfo {
            name: Name::plain(name),
            key: name.to_string(),
            ty,
            is_literal: false,
            primary_key: false,
            nullable: true,
            proxies: Vec::new(),
            schema: None,
            proxy_key: None,
            bare: false,
        }
    }
}

/// A column as used in an expression: the column and the selectable it is read from (none for
/// `column("x")`).
#[derive(Debug, Clone)]
pub struct ColumnRef {
    pub table: Option<FromRef>,
    pub col: Rc<ColumnInfo>,
    /// ORM relationship annotations from `foreign()` / `remote()` ([`FOREIGN`], [`REMOTE`] bits);
    /// they never change the SQL, only how a `primaryjoin` is read.
    pub annotation: u8,
}

/// [`ColumnRef::annotation`] bit set by `foreign()`.
pub const FOREIGN: u8 = 1;
/// [`ColumnRef::annotation`] bit set by `remote()`.
pub const REMOTE: u8 = 2;

impl ColumnRef {
    pub fn same(&self, other: &ColumnRef) -> bool {
        Rc::ptr_eq(&self.col, &other.col)
    }
}

/// Where a bound parameter's value comes from.
#[derive(Debug, Clone)]
pub enum BindValue {
    /// `bindparam("name")`: supplied at execution.
    Required,
    Value(SqlValue),
}

#[derive(Debug, Clone)]
pub struct BindParam {
    /// The parameter's key; anonymous for literals (`x_1`), fixed for `bindparam("name")`.
    pub key: Name,
    pub value: BindValue,
    pub ty: SqlType,
    /// An IN list: rendered `(__[POSTCOMPILE_x_1])`, expanded per value at execution.
    pub expanding: bool,
    /// The operator an expanding parameter belongs to (`IN` / `NOT IN`), for the empty-list forms.
    pub expand_op: Option<Op>,
    /// Rendered inline at execution (`literal_execute=True`).
    pub literal_execute: bool,
    /// The INSERT/UPDATE value of a column (named after the column, `:name`).
    pub is_crud: bool,
}

/// `text("...")`: SQL as written, with `:name` parameters.
#[derive(Debug, Clone)]
pub struct TextClause {
    pub text: String,
    /// Parameters bound with `.bindparams()`, by name.
    pub binds: Vec<(String, ExprRef)>,
}

#[derive(Debug, Clone)]
pub struct Binary {
    pub left: ExprRef,
    pub right: ExprRef,
    pub op: Op,
    pub negate: Option<Op>,
    pub ty: SqlType,
    /// `like(..., escape="/")`.
    pub escape: Option<String>,
    /// `between(..., symmetric=True)`.
    pub symmetric: bool,
}

#[derive(Debug, Clone)]
pub struct Unary {
    pub element: ExprRef,
    /// Written before the element (`NOT x`, `-x`, `DISTINCT x`, `EXISTS (...)`).
    pub operator: Option<Op>,
    /// Written after it (`x DESC`, `x NULLS FIRST`).
    pub modifier: Option<Op>,
    pub ty: SqlType,
}

/// An operator applied over a list (`a AND b AND c`, `a || b || c`, function arguments with `, `).
#[derive(Debug, Clone)]
pub struct ClauseList {
    pub op: Op,
    pub clauses: Vec<ExprRef>,
    pub ty: SqlType,
    /// `BooleanClauseList`/`ExpressionClauseList` group themselves against higher-precedence operators;
    /// a plain comma list (function arguments, BETWEEN's bounds) does not.
    pub group: bool,
}

#[derive(Debug, Clone)]
pub struct Label {
    pub name: Name,
    pub element: ExprRef,
    pub ty: SqlType,
}

/// Which function this is, when SQLAlchemy knows it (its return type and special rendering).
#[derive(Debug, Clone)]
pub struct Function {
    pub name: String,
    /// `func.mypackage.fn()`.
    pub packagenames: Vec<String>,
    pub args: Vec<ExprRef>,
    pub ty: SqlType,
    /// `func.count()` with no argument renders `count(*)`.
    pub star: bool,
}

#[derive(Debug, Clone)]
pub struct Over {
    pub element: ExprRef,
    pub partition_by: Vec<ExprRef>,
    pub order_by: Vec<ExprRef>,
    /// `rows=(-1, 1)` / `range_=(None, 0)` / `groups=`: (keyword, lower, upper).
    pub frame: Option<(&'static str, FrameBound, FrameBound)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FrameBound {
    Unbounded,
    Current,
    Preceding(i64),
    Following(i64),
}

#[derive(Debug, Clone)]
pub struct Case {
    pub value: Option<ExprRef>,
    pub whens: Vec<(ExprRef, ExprRef)>,
    pub else_: Option<ExprRef>,
    pub ty: SqlType,
}

/// A column expression.
#[derive(Debug, Clone)]
pub enum Expr {
    Column(ColumnRef),
    Bind(BindParam),
    Null,
    True,
    False,
    Text(TextClause),
    Binary(Binary),
    Unary(Unary),
    /// A boolean expression evaluated as such (`WHERE flag` is `flag = 1` where booleans are not native).
    AsBoolean {
        element: ExprRef,
        op: Op,
        negate: Op,
    },
    ClauseList(ClauseList),
    Tuple {
        clauses: Vec<ExprRef>,
        ty: SqlType,
    },
    Grouping(ExprRef),
    Label(Label),
    Function(Function),
    FunctionFilter {
        func: ExprRef,
        criterion: ExprRef,
    },
    Over(Over),
    /// `WITHIN GROUP (ORDER BY ...)`, and `aggregate_order_by()` which renders inline on SQLite.
    WithinGroup {
        element: ExprRef,
        order_by: Vec<ExprRef>,
        inline: bool,
    },
    Cast {
        expr: ExprRef,
        ty: SqlType,
    },
    TypeCoerce {
        expr: ExprRef,
        ty: SqlType,
    },
    Case(Case),
    /// `(SELECT ...)` used as a value.
    ScalarSelect {
        select: SelectStmt,
        ty: SqlType,
    },
    /// An ORDER BY / GROUP BY element that may render as its label name (`_label_reference`).
    LabelReference(ExprRef),
    /// `order_by("name")`: resolved against the SELECT's labels and columns at compile time.
    TextualLabelReference(String),
    Collation(String),
    Extract {
        field: String,
        expr: ExprRef,
    },
    /// `IN (<empty set>)` placeholder rendering for an empty list with literal binds.
    Slice {
        start: Option<ExprRef>,
        stop: Option<ExprRef>,
    },
}

impl Expr {
    /// The expression's SQL type.
    pub fn ty(&self) -> SqlType {
        match self {
            Expr::Column(c) => c.col.ty.clone(),
            Expr::Bind(b) => b.ty.clone(),
            Expr::Null | Expr::Text(_) | Expr::TextualLabelReference(_) | Expr::Collation(_) | Expr::Slice { .. } => {
                SqlType::null()
            }
            Expr::True | Expr::False | Expr::AsBoolean { .. } => SqlType::boolean(),
            Expr::Binary(b) => b.ty.clone(),
            Expr::Unary(u) => u.ty.clone(),
            Expr::ClauseList(l) => l.ty.clone(),
            Expr::Tuple { ty, .. } => ty.clone(),
            Expr::Grouping(e) | Expr::LabelReference(e) => e.ty(),
            Expr::Label(l) => l.ty.clone(),
            Expr::Function(f) => f.ty.clone(),
            Expr::FunctionFilter { func, .. } => func.ty(),
            Expr::Over(o) => o.element.ty(),
            Expr::WithinGroup { element, .. } => element.ty(),
            Expr::Cast { ty, .. } | Expr::TypeCoerce { ty, .. } => ty.clone(),
            Expr::Case(c) => c.ty.clone(),
            Expr::ScalarSelect { ty, .. } => ty.clone(),
            Expr::Extract { .. } => SqlType::integer(),
        }
    }

    /// Whether any database reads this as a boolean without `= 1` (comparisons, AND/OR, NOT).
    pub fn is_implicitly_boolean(&self) -> bool {
        match self {
            Expr::Binary(b) => b.op.is_boolean(),
            Expr::ClauseList(l) => l.op.is_boolean(),
            Expr::Grouping(e) | Expr::Label(Label { element: e, .. }) => e.is_implicitly_boolean(),
            Expr::AsBoolean { element, .. } => element.is_implicitly_boolean(),
            _ => false,
        }
    }

    /// The element inside any groupings.
    pub fn ungroup(self: &Rc<Self>) -> ExprRef {
        match &**self {
            Expr::Grouping(e) => e.ungroup(),
            _ => self.clone(),
        }
    }

    /// The label this element refers to in ORDER BY (`_order_by_label_element`).
    pub fn order_by_label_element(self: &Rc<Self>) -> Option<ExprRef> {
        match &**self {
            Expr::Label(_) => Some(self.clone()),
            Expr::Unary(u) if u.modifier.as_ref().is_some_and(Op::is_ordering_modifier) => {
                u.element.order_by_label_element()
            }
            _ => None,
        }
    }

    /// The identity of a node for anonymous naming: a column's identity is its column, anything else
    /// its allocation.
    pub fn identity(self: &Rc<Self>) -> u64 {
        match &**self {
            Expr::Column(c) => Rc::as_ptr(&c.col) as usize as u64,
            _ => Rc::as_ptr(self) as usize as u64,
        }
    }

    /// The Python class name SQLAlchemy gives this construct (for reprs).
    pub fn class_name(&self) -> &'static str {
        match self {
            Expr::Column(c) if c.col.schema.is_some() => "Column",
            Expr::Column(_) => "ColumnClause",
            Expr::Bind(_) => "BindParameter",
            Expr::Null => "Null",
            Expr::True => "True_",
            Expr::False => "False_",
            Expr::Text(_) => "TextClause",
            Expr::Binary(_) => "BinaryExpression",
            Expr::Unary(_) => "UnaryExpression",
            Expr::AsBoolean { .. } => "AsBoolean",
            Expr::ClauseList(l) if matches!(l.op, Op::And | Op::Or) => "BooleanClauseList",
            Expr::ClauseList(l) if l.group => "ExpressionClauseList",
            Expr::ClauseList(_) => "ClauseList",
            Expr::Tuple { .. } => "Tuple",
            Expr::Grouping(_) => "Grouping",
            Expr::Label(_) => "Label",
            Expr::Function(_) => "Function",
            Expr::FunctionFilter { .. } => "FunctionFilter",
            Expr::Over(_) => "Over",
            Expr::WithinGroup { inline: true, .. } => "AggregateOrderBy",
            Expr::WithinGroup { .. } => "WithinGroup",
            Expr::Cast { .. } => "Cast",
            Expr::TypeCoerce { .. } => "TypeCoerce",
            Expr::Case(_) => "Case",
            Expr::ScalarSelect { .. } => "ScalarSelect",
            Expr::LabelReference(_) => "_label_reference",
            Expr::TextualLabelReference(_) => "_textual_label_reference",
            Expr::Collation(_) => "CollationClause",
            Expr::Extract { .. } => "Extract",
            Expr::Slice { .. } => "Slice",
        }
    }
}
