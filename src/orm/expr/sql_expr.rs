//! `SqlExpr`: the ORM's own small expression tree for `User.name == "x"` and its kin — columns,
//! literals, comparisons, AND/OR/NOT, IN, LIKE, functions, ordering, labels, relationship EXISTS —
//! with its SQLite text (numbered `?n` parameters) and the result-column name it gets. Anything it
//! has no form for is carried as a Core expression.

use super::compile_core;
use crate::db::Cell;
use crate::orm::schema::SqlType;

#[derive(Debug, Clone)]
pub enum SqlExpr {
    Column {
        table: String,
        column: String,
        ty: SqlType,
    },
    Literal(Cell),
    Binary {
        op: &'static str,
        left: Box<SqlExpr>,
        right: Box<SqlExpr>,
    },
    IsNull {
        expr: Box<SqlExpr>,
        negate: bool,
    },
    And(Vec<SqlExpr>),
    Or(Vec<SqlExpr>),
    Not(Box<SqlExpr>),
    In {
        expr: Box<SqlExpr>,
        items: Vec<SqlExpr>,
        negate: bool,
    },
    Like {
        expr: Box<SqlExpr>,
        pattern: Box<SqlExpr>,
        insensitive: bool,
        negate: bool,
    },
    Func {
        name: String,
        args: Vec<SqlExpr>,
    },
    CountStar,
    Ordered {
        expr: Box<SqlExpr>,
        desc: bool,
    },
    Label {
        expr: Box<SqlExpr>,
        name: String,
    },
    /// `EXISTS (SELECT 1 FROM tables WHERE criteria)`, for relationship `any()`/`has()` (a
    /// many-to-many's names the target and the secondary table).
    Exists {
        tables: Vec<String>,
        criteria: Box<SqlExpr>,
    },
    Bool(bool),
    /// A label named by a string (`order_by("total")`), rendered as the bare name.
    LabelRef(String),
    /// A Core expression with no form of its own here (a `bindparam()`, a scalar subquery, a CASE):
    /// carried as it is, so an ORM comparison such as `User.id == select(...).scalar_subquery()` reaches
    /// the statement tree intact.
    Core(crate::sql::elements::ExprRef),
}

impl SqlExpr {
    pub fn column(table: &str, column: &str, ty: SqlType) -> SqlExpr {
        SqlExpr::Column { table: table.to_string(), column: column.to_string(), ty }
    }

    /// The type of the expression when it is a column (to convert literals compared with it).
    pub fn ty(&self) -> Option<SqlType> {
        match self {
            SqlExpr::Column { ty, .. } => Some(ty.clone()),
            SqlExpr::Label { expr, .. } | SqlExpr::Ordered { expr, .. } => expr.ty(),
            SqlExpr::Func { name, args } if matches!(name.as_str(), "sum" | "max" | "min" | "lower" | "upper") => {
                args.first().and_then(SqlExpr::ty)
            }
            _ => None,
        }
    }

    /// Every column the expression mentions, as (table, column).
    pub fn columns(&self, out: &mut Vec<(String, String)>) {
        match self {
            SqlExpr::Column { table, column, .. } => out.push((table.clone(), column.clone())),
            SqlExpr::Binary { left, right, .. } => {
                left.columns(out);
                right.columns(out);
            }
            SqlExpr::IsNull { expr, .. }
            | SqlExpr::Not(expr)
            | SqlExpr::Ordered { expr, .. }
            | SqlExpr::Label { expr, .. }
            | SqlExpr::In { expr, .. }
            | SqlExpr::Like { expr, .. } => expr.columns(out),
            SqlExpr::And(items) | SqlExpr::Or(items) => items.iter().for_each(|i| i.columns(out)),
            SqlExpr::Func { args, .. } => args.iter().for_each(|a| a.columns(out)),
            _ => {}
        }
    }

    /// SQL text, pushing parameters.
    pub fn compile(&self, params: &mut Vec<Cell>) -> String {
        match self {
            SqlExpr::Column { table, column, .. } => format!("{}.{}", quote(table), quote(column)),
            SqlExpr::Literal(Cell::Null) => "NULL".into(),
            SqlExpr::Literal(cell) => {
                params.push(cell.clone());
                format!("?{}", params.len())
            }
            SqlExpr::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
            SqlExpr::Binary { op, left, right } => {
                let op = if *op == "//" { "/" } else { op };
                format!("({} {op} {})", left.compile(params), right.compile(params))
            }
            SqlExpr::IsNull { expr, negate } => {
                format!("({} IS {}NULL)", expr.compile(params), if *negate { "NOT " } else { "" })
            }
            SqlExpr::And(items) if items.is_empty() => "TRUE".into(),
            SqlExpr::Or(items) if items.is_empty() => "FALSE".into(),
            SqlExpr::And(items) => {
                format!("({})", items.iter().map(|i| i.compile(params)).collect::<Vec<_>>().join(" AND "))
            }
            SqlExpr::Or(items) => {
                format!("({})", items.iter().map(|i| i.compile(params)).collect::<Vec<_>>().join(" OR "))
            }
            SqlExpr::Not(e) => format!("(NOT {})", e.compile(params)),
            SqlExpr::In { expr, items, negate } if items.is_empty() => {
                let _ = expr;
                if *negate { "TRUE".into() } else { "FALSE".into() }
            }
            SqlExpr::In { expr, items, negate } => format!(
                "({} {}IN ({}))",
                expr.compile(params),
                if *negate { "NOT " } else { "" },
                items.iter().map(|i| i.compile(params)).collect::<Vec<_>>().join(", ")
            ),
            // SQLite's LIKE already ignores ASCII case; `ilike()` is SQLAlchemy's `lower(x) LIKE lower(y)`.
            SqlExpr::Like { expr, pattern, insensitive, negate } => {
                let (e, p) = (expr.compile(params), pattern.compile(params));
                let not = if *negate { "NOT " } else { "" };
                if *insensitive { format!("(lower({e}) {not}LIKE lower({p}))") } else { format!("({e} {not}LIKE {p})") }
            }
            // `distinct(col)` inside an aggregate: COUNT(DISTINCT col).
            SqlExpr::Func { name, args } if name == "distinct" => {
                format!("DISTINCT {}", args.iter().map(|a| a.compile(params)).collect::<Vec<_>>().join(", "))
            }
            SqlExpr::Func { name, args } => {
                format!(
                    "{}({})",
                    name.to_uppercase(),
                    args.iter().map(|a| a.compile(params)).collect::<Vec<_>>().join(", ")
                )
            }
            SqlExpr::LabelRef(name) => quote(name),
            SqlExpr::Core(e) => compile_core(e, params),
            SqlExpr::CountStar => "COUNT(*)".into(),
            SqlExpr::Ordered { expr, desc } => {
                format!("{} {}", expr.compile(params), if *desc { "DESC" } else { "ASC" })
            }
            SqlExpr::Label { expr, name } => format!("{} AS {}", expr.compile(params), quote(name)),
            SqlExpr::Exists { tables, criteria } => {
                let from: Vec<String> = tables.iter().map(|t| quote(t)).collect();
                format!("EXISTS (SELECT 1 FROM {} WHERE {})", from.join(", "), criteria.compile(params))
            }
        }
    }

    /// SQL text where a labelled expression is referred to by its label (ORDER BY / GROUP BY / HAVING
    /// take `total`, not `SUM(x) AS total`, as SQLAlchemy renders them).
    pub fn compile_ref(&self, params: &mut Vec<Cell>) -> String {
        match self {
            SqlExpr::Label { name, .. } => quote(name),
            SqlExpr::Ordered { expr, desc } => {
                format!("{} {}", expr.compile_ref(params), if *desc { "DESC" } else { "ASC" })
            }
            other => other.compile(params),
        }
    }

    /// The name a result column gets (`row.name`).
    pub fn result_name(&self) -> String {
        match self {
            SqlExpr::Column { column, .. } => column.clone(),
            SqlExpr::Label { name, .. } => name.clone(),
            SqlExpr::Func { name, args } => match args.first() {
                Some(SqlExpr::Column { column, .. }) => format!("{name}_{column}"),
                _ => name.clone(),
            },
            SqlExpr::CountStar => "count".into(),
            _ => "anon".into(),
        }
    }
}

pub fn quote(name: &str) -> String {
    crate::db::quote_ident(name)
}
