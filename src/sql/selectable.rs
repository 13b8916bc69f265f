//! Selectables: what can appear in a FROM clause ([`FromClause`]: tables, aliases, subqueries, CTEs,
//! joins, VALUES) and the SELECT statements ([`Select`], [`Compound`] for UNION & co, [`TextualSelect`]
//! for `text().columns()`).
//!
//! Statements are immutable values built generatively (each `.where()` makes a new `Select`); FROM
//! clauses are shared nodes whose address is their identity, which is what FROM de-duplication and
//! correlation compare. Submodules: [`columns`] (the names a SELECT gives its columns, the `.c` of a
//! subquery), [`joins`] (ON clauses inferred from foreign keys), [`froms`] (the FROM list a SELECT
//! renders, with correlation).

pub mod columns;
pub mod froms;
pub mod joins;

use super::elements::{BindParam, ColumnInfo, ColumnRef, Expr, ExprRef, Name};
use super::schema::Table;
use std::cell::OnceCell;
use std::rc::Rc;

pub type FromRef = Rc<FromClause>;

/// A FROM-clause element. `exported` memoises the `.c` collection of derived selectables so that
/// every reference to `subq.c.x` is the same column.
pub struct FromClause {
    pub kind: FromKind,
    exported: OnceCell<Vec<Rc<ColumnInfo>>>,
}

impl std::fmt::Debug for FromClause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            FromKind::Table(t) => write!(f, "Table({})", t.name),
            FromKind::Join(_) => f.write_str("Join"),
            other => write!(f, "{}({:?})", other.class_name(), self.name().map(|n| n.text())),
        }
    }
}

pub enum FromKind {
    Table(Table),
    /// `table.alias()`, `aliased(Class)`: the same rows under another name.
    Alias {
        element: FromRef,
        name: Name,
    },
    /// `select.subquery()`, `.lateral()`.
    Subquery {
        element: SelectStmt,
        name: Name,
        lateral: bool,
    },
    Cte(Cte),
    Join(Join),
    Values(Values),
    /// `select_from(text("users u JOIN ..."))`: literal FROM text, rendered as written.
    Text(String),
    /// `func.json_each(...).table_valued("value")`.
    TableValued {
        func: ExprRef,
        name: Name,
        columns: Vec<Rc<ColumnInfo>>,
        lateral: bool,
    },
}

impl FromKind {
    fn class_name(&self) -> &'static str {
        match self {
            FromKind::Table(_) => "Table",
            FromKind::Alias { .. } => "Alias",
            FromKind::Subquery { lateral: true, .. } => "Lateral",
            FromKind::Subquery { .. } => "Subquery",
            FromKind::Cte(_) => "CTE",
            FromKind::Join(_) => "Join",
            FromKind::Values(_) => "Values",
            FromKind::TableValued { .. } => "TableValuedAlias",
            FromKind::Text(_) => "TextClause",
        }
    }
}

pub struct Join {
    pub left: FromRef,
    pub right: FromRef,
    pub onclause: ExprRef,
    pub isouter: bool,
    pub full: bool,
}

pub struct Cte {
    pub element: SelectStmt,
    pub name: Name,
    pub recursive: bool,
    pub nesting: bool,
    /// The CTE this one re-states (`cte.union_all(...)` of a recursive CTE keeps its name).
    pub restates: Option<FromRef>,
    /// `cte.alias("x")`: the CTE this aliases.
    pub alias_of: Option<FromRef>,
}

pub struct Values {
    pub name: Option<Name>,
    pub columns: Vec<Rc<ColumnInfo>>,
    pub rows: Vec<Vec<ExprRef>>,
    pub literal_binds: bool,
}

impl FromClause {
    pub fn new(kind: FromKind) -> FromRef {
        Rc::new(FromClause { kind, exported: OnceCell::new() })
    }

    /// A FROM element with a fresh anonymous name (`anon_1`, `user_account_1`).
    pub fn new_anon(seed: &str, make: impl FnOnce(Name) -> FromKind) -> FromRef {
        FromClause::new(make(Name::fresh(seed)))
    }

    /// A FROM element named `name`, or anonymously after `seed`.
    pub fn named_or_anon(name: Option<&str>, seed: &str, make: impl FnOnce(Name) -> FromKind) -> FromRef {
        match name {
            Some(n) => FromClause::new(make(Name::plain(n))),
            None => FromClause::new_anon(seed, make),
        }
    }

    /// The rendered name (none for joins).
    pub fn name(&self) -> Option<Name> {
        match &self.kind {
            FromKind::Table(t) => Some(Name::plain(&t.name)),
            FromKind::Alias { name, .. } | FromKind::Subquery { name, .. } | FromKind::TableValued { name, .. } => {
                Some(name.clone())
            }
            FromKind::Cte(c) => Some(c.name.clone()),
            FromKind::Values(v) => v.name.clone(),
            FromKind::Join(_) | FromKind::Text(_) => None,
        }
    }

    pub fn table(&self) -> Option<&Table> {
        match &self.kind {
            FromKind::Table(t) => Some(t),
            _ => None,
        }
    }

    /// The columns of this selectable (its `.c`), without the selectable (see [`Self::column_refs`]).
    pub fn columns(self: &Rc<Self>) -> Vec<Rc<ColumnInfo>> {
        self.column_refs().into_iter().map(|c| c.col).collect()
    }

    /// The `.c` collection as column references: a join's columns belong to its tables.
    pub fn column_refs(self: &Rc<Self>) -> Vec<ColumnRef> {
        match &self.kind {
            FromKind::Table(t) => t
                .columns
                .borrow()
                .iter()
                .map(|c| ColumnRef { table: Some(self.clone()), col: c.clone(), annotation: 0 })
                .collect(),
            FromKind::Join(j) => {
                let mut out = j.left.column_refs();
                out.extend(j.right.column_refs());
                out
            }
            FromKind::Values(v) => v
                .columns
                .iter()
                .map(|c| ColumnRef { table: Some(self.clone()), col: c.clone(), annotation: 0 })
                .collect(),
            FromKind::TableValued { columns, .. } => {
                columns.iter().map(|c| ColumnRef { table: Some(self.clone()), col: c.clone(), annotation: 0 }).collect()
            }
            FromKind::Text(_) => Vec::new(),
            _ => {
                let cols = self.exported.get_or_init(|| columns::derived_columns(self));
                cols.iter().map(|c| ColumnRef { table: Some(self.clone()), col: c.clone(), annotation: 0 }).collect()
            }
        }
    }

    /// The column with key `key` in `.c`.
    pub fn column_ref(self: &Rc<Self>, key: &str) -> Option<ColumnRef> {
        self.column_refs().into_iter().find(|c| c.col.key == key)
    }

    /// The column named `name` (foreign keys name columns, not keys).
    pub fn column_ref_by_name(self: &Rc<Self>, name: &str) -> Option<ColumnRef> {
        let refs = self.column_refs();
        refs.iter()
            .find(|c| c.col.name.text() == name)
            .cloned()
            .or_else(|| refs.into_iter().find(|c| c.col.key == name))
    }

    pub fn column_expr(self: &Rc<Self>, key: &str) -> Option<ExprRef> {
        self.column_ref(key).map(|c| Rc::new(Expr::Column(c)))
    }

    /// The selectables this one stands for in a FROM list (`_from_objects`): a join is itself and
    /// everything in it.
    pub fn from_objects(self: &Rc<Self>, out: &mut Vec<FromRef>) {
        out.push(self.clone());
        if let FromKind::Join(j) = &self.kind {
            j.left.from_objects_inner(out);
            j.right.from_objects_inner(out);
        }
    }

    fn from_objects_inner(self: &Rc<Self>, out: &mut Vec<FromRef>) {
        self.from_objects(out);
    }

    /// The FROM elements this one makes redundant when both are present (`_hide_froms`): a join
    /// hides its sides; an alias hides nothing (`select(t, t.alias())` is `FROM t, t AS t_1`).
    pub fn hide_froms(self: &Rc<Self>) -> Vec<FromRef> {
        match &self.kind {
            FromKind::Join(j) => {
                let mut out = Vec::new();
                j.left.from_objects(&mut out);
                j.right.from_objects(&mut out);
                out
            }
            _ => Vec::new(),
        }
    }

    /// Whether this selectable is, or is derived from, `other` (`is_derived_from`).
    pub fn is_derived_from(self: &Rc<Self>, other: &FromRef) -> bool {
        if Rc::ptr_eq(self, other) {
            return true;
        }
        match &self.kind {
            FromKind::Join(j) => j.left.is_derived_from(other) || j.right.is_derived_from(other),
            FromKind::Alias { element, .. } => element.is_derived_from(other),
            FromKind::Cte(c) => c.alias_of.as_ref().is_some_and(|a| a.is_derived_from(other)),
            _ => false,
        }
    }

    /// The column of this selectable that corresponds to `target` (`corresponding_column`): the same
    /// column, or one proxying it.
    pub fn corresponding_column(self: &Rc<Self>, target: &ColumnRef) -> Option<ColumnRef> {
        let want = Rc::as_ptr(&target.col) as usize as u64;
        let refs = self.column_refs();
        if let Some(c) = refs.iter().find(|c| Rc::ptr_eq(&c.col, &target.col)) {
            return Some(c.clone());
        }
        refs.into_iter().find(|c| columns::proxy_set(&c.col).contains(&want))
    }

    /// A description for messages (`a.description`).
    pub fn description(&self) -> String {
        match &self.kind {
            FromKind::Join(j) => format!(
                "Join object on {}({}) and {}({})",
                j.left.description(),
                j.left.addr(),
                j.right.description(),
                j.right.addr()
            ),
            _ => self.name().map_or_else(|| "anon".into(), |n| if n.is_anon() { "anon_1".into() } else { n.text() }),
        }
    }

    fn addr(&self) -> usize {
        self as *const FromClause as usize
    }

    pub fn is_lateral(&self) -> bool {
        matches!(&self.kind, FromKind::Subquery { lateral: true, .. } | FromKind::TableValued { lateral: true, .. })
    }
}

/// A statement that returns rows and can be embedded (subquery, scalar subquery, CTE, compound member).
#[derive(Clone, Debug)]
pub enum SelectStmt {
    Select(Rc<Select>),
    Compound(Rc<Compound>),
    Text(Rc<TextualSelect>),
}

impl SelectStmt {
    /// The columns the statement returns (`selected_columns`; a compound's are its first SELECT's).
    pub fn selected_columns(&self) -> Vec<ExprRef> {
        match self {
            SelectStmt::Select(s) => s.columns.clone(),
            SelectStmt::Compound(c) => c.selects.first().map(SelectStmt::selected_columns).unwrap_or_default(),
            SelectStmt::Text(t) => t
                .columns
                .iter()
                .map(|c| Rc::new(Expr::Column(ColumnRef { table: None, col: c.clone(), annotation: 0 })))
                .collect(),
        }
    }

    pub fn label_style(&self) -> LabelStyle {
        match self {
            SelectStmt::Select(s) => s.label_style,
            SelectStmt::Compound(c) => c.label_style,
            SelectStmt::Text(_) => LabelStyle::Disambiguate,
        }
    }

    pub fn visit_binds(&self, f: &mut dyn FnMut(&BindParam)) {
        match self {
            SelectStmt::Select(s) => s.visit_binds(f),
            SelectStmt::Compound(c) => {
                for s in &c.selects {
                    s.visit_binds(f);
                }
                for e in c.order_by.iter().chain(&c.group_by).chain(c.limit.iter()).chain(c.offset.iter()) {
                    e.visit_binds(f);
                }
            }
            SelectStmt::Text(t) => {
                for (_, b) in &t.text.binds {
                    b.visit_binds(f);
                }
            }
        }
    }

    /// Whether ORDER BY / LIMIT make it need parentheses inside a compound.
    pub fn needs_parens_for_grouping(&self) -> bool {
        match self {
            SelectStmt::Select(s) => {
                s.limit.is_some() || s.offset.is_some() || s.fetch.is_some() || !s.order_by.is_empty()
            }
            SelectStmt::Compound(c) => c.limit.is_some() || c.offset.is_some() || !c.order_by.is_empty(),
            SelectStmt::Text(_) => false,
        }
    }
}

/// How a SELECT names its columns (`set_label_style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LabelStyle {
    /// `LABEL_STYLE_DISAMBIGUATE_ONLY`, the default: labels only to tell repeated names apart.
    #[default]
    Disambiguate,
    /// `LABEL_STYLE_TABLENAME_PLUS_COL`: `user_account.id AS user_account_id` (legacy `Query`).
    TablenamePlusCol,
    /// `LABEL_STYLE_NONE`.
    None,
}

/// `select().join(target, onclause, isouter=, full=)`, resolved when the statement is compiled.
#[derive(Clone, Debug)]
pub struct SetupJoin {
    pub target: FromRef,
    pub onclause: Option<ExprRef>,
    /// `join_from(left, target)`.
    pub left: Option<FromRef>,
    pub isouter: bool,
    pub full: bool,
}

/// `SELECT` (SQLAlchemy's `Select`).
#[derive(Clone, Debug, Default)]
pub struct Select {
    /// The columns clause, with tables and subqueries already expanded to their columns.
    pub columns: Vec<ExprRef>,
    /// `select_from(...)`.
    pub from_obj: Vec<FromRef>,
    pub joins: Vec<SetupJoin>,
    pub where_: Vec<ExprRef>,
    pub having: Vec<ExprRef>,
    pub group_by: Vec<ExprRef>,
    pub order_by: Vec<ExprRef>,
    pub limit: Option<ExprRef>,
    pub offset: Option<ExprRef>,
    /// `fetch(count, with_ties=, percent=)`: the SQL-standard `FETCH FIRST` instead of `LIMIT`.
    pub fetch: Option<Fetch>,
    pub distinct: bool,
    /// `correlate(...)`: `Some(vec![])` is `correlate(None)` (no auto-correlation).
    pub correlate: Option<Vec<FromRef>>,
    pub correlate_except: Option<Vec<FromRef>>,
    pub auto_correlate: bool,
    pub label_style: LabelStyle,
    pub for_update: bool,
    pub prefixes: Vec<ExprRef>,
    pub suffixes: Vec<ExprRef>,
    /// `add_cte()`.
    pub ctes: Vec<FromRef>,
    /// An ORM-enabled SELECT (`select(User.name)`): a `.join()` without a left side looks for it
    /// among the columns clause's entities only, never among WHERE-only tables (the ORM's
    /// `_join_determine_implicit_left_side`; Core's also considers the WHERE criteria).
    pub orm_entities: bool,
}

/// `Select.fetch()`: `FETCH FIRST <count> [PERCENT] ROWS ONLY | WITH TIES`.
#[derive(Clone, Debug)]
pub struct Fetch {
    pub count: ExprRef,
    pub with_ties: bool,
    pub percent: bool,
}

impl Select {
    pub fn new(columns: Vec<ExprRef>) -> Select {
        Select { columns, auto_correlate: true, ..Select::default() }
    }

    pub fn visit_binds(&self, f: &mut dyn FnMut(&BindParam)) {
        for e in self
            .columns
            .iter()
            .chain(&self.where_)
            .chain(&self.having)
            .chain(&self.group_by)
            .chain(&self.order_by)
            .chain(self.limit.iter())
            .chain(self.offset.iter())
            .chain(self.fetch.iter().map(|f| &f.count))
        {
            e.visit_binds(f);
        }
        for j in &self.joins {
            if let Some(on) = &j.onclause {
                on.visit_binds(f);
            }
        }
    }
}

/// The set operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompoundKeyword {
    Union,
    UnionAll,
    Except,
    ExceptAll,
    Intersect,
    IntersectAll,
}

impl CompoundKeyword {
    pub fn sql(self) -> &'static str {
        match self {
            CompoundKeyword::Union => "UNION",
            CompoundKeyword::UnionAll => "UNION ALL",
            CompoundKeyword::Except => "EXCEPT",
            CompoundKeyword::ExceptAll => "EXCEPT ALL",
            CompoundKeyword::Intersect => "INTERSECT",
            CompoundKeyword::IntersectAll => "INTERSECT ALL",
        }
    }
}

/// `union(a, b)`, `a.union_all(b)`, ...
#[derive(Clone, Debug)]
pub struct Compound {
    pub keyword: CompoundKeyword,
    pub selects: Vec<SelectStmt>,
    pub order_by: Vec<ExprRef>,
    pub group_by: Vec<ExprRef>,
    pub limit: Option<ExprRef>,
    pub offset: Option<ExprRef>,
    pub label_style: LabelStyle,
}

/// `text("SELECT ...").columns(...)`: textual SQL with known result columns.
#[derive(Clone, Debug)]
pub struct TextualSelect {
    pub text: super::elements::TextClause,
    pub columns: Vec<Rc<ColumnInfo>>,
}
