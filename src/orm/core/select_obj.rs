//! `select()` and its generative methods (`where`, `join`, `join_from`, `select_from`, `group_by`,
//! `having`, `order_by`, `limit`, `offset`, `distinct`, `correlate`, `with_only_columns`,
//! `add_columns`, `filter_by`), compound SELECTs (`union`, `union_all`, ...), and the ways a SELECT
//! becomes a FROM element or a value (`subquery()`, `cte()`, `lateral()`, `scalar_subquery()`,
//! `exists()`, `label()`).

use super::collection::columns_value;
use super::convert::{py, to_expr};
use super::expr_obj::expr_value;
use super::from_obj::{columns_of, from_of, from_value};
use super::{Method, core_class, split_self};
use crate::eval::ExcType;
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::native::{state, wrap};
use crate::sql::compiler::{CompileOptions, Compiler, Dialect};
use crate::sql::elements::build::{self};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::selectable::{
    Compound, CompoundKeyword, FromClause, FromKind, FromRef, LabelStyle, Select, SelectStmt,
};
use crate::sql::value::SqlValue;
use std::rc::Rc;

mod methods;

use methods::METHODS;

/// A SELECT-like statement object (`Select`, `CompoundSelect`, `TextualSelect`).
pub struct SelectObj {
    pub stmt: SelectStmt,
    /// `.params(**kw)` overrides, applied at compile and execution.
    pub params: Vec<(String, SqlValue)>,
    /// The ORM entities of an ORM-enabled SELECT.
    pub orm: Option<Rc<super::orm_select::OrmInfo>>,
}

fn class_name(s: &SelectStmt) -> &'static str {
    match s {
        SelectStmt::Select(_) => "Select",
        SelectStmt::Compound(_) => "CompoundSelect",
        SelectStmt::Text(_) => "TextualSelect",
    }
}

pub fn select_value(interp: &mut Interp, stmt: SelectStmt) -> Value {
    select_value_with(interp, stmt, Vec::new())
}

fn select_value_with(interp: &mut Interp, stmt: SelectStmt, params: Vec<(String, SqlValue)>) -> Value {
    select_value_orm(interp, stmt, params, None)
}

/// A SELECT object with its ORM entity information.
pub fn select_value_orm(
    interp: &mut Interp,
    stmt: SelectStmt,
    params: Vec<(String, SqlValue)>,
    orm: Option<Rc<super::orm_select::OrmInfo>>,
) -> Value {
    let class = core_class(interp, "sqlalchemy.sql.selectable", class_name(&stmt), METHODS, PROPERTIES);
    wrap(interp, &class, SelectObj { stmt, params, orm })
}

/// The statement a Python object is, if it is a SELECT-like object.
pub fn select_stmt_of(v: &Value) -> Option<SelectStmt> {
    if let Some(q) = super::orm_query::query_select(v) {
        return select_stmt_of(&q);
    }
    state::<SelectObj>(v).map(|s| s.stmt.clone())
}

fn this(interp: &Interp, args: Args) -> PyResult<(Rc<SelectObj>, Args)> {
    let (v, rest) = split_self(args);
    match state::<SelectObj>(&v) {
        Some(s) => Ok((s, rest)),
        None => Err(interp.type_error("descriptor requires a 'Select' object")),
    }
}

/// Runs `f` on a copy of the receiver's `Select` and wraps the result.
fn generative(
    interp: &mut Interp,
    args: Args,
    f: impl FnOnce(&mut Interp, &mut Select, &Args) -> PyResult<()>,
) -> PyResult<Value> {
    generative_entities(interp, args, |i, s, a, _| f(i, s, a))
}

/// [`generative`] where `f` may also name entities the statement now reads from
/// (`select_from(Cat)`): their single-table criteria are added, as are those of the entities new
/// WHERE criteria and new columns mention (see [`super::entity_criteria`]).
fn generative_entities(
    interp: &mut Interp,
    args: Args,
    f: impl FnOnce(&mut Interp, &mut Select, &Args, &mut Found) -> PyResult<()>,
) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let SelectStmt::Select(sel) = &s.stmt else {
        return Err(interp.error(ExcType::AttributeError, "this method is available on select() statements"));
    };
    let mut new = (**sel).clone();
    let before = new.columns.len();
    let joins_before = new.joins.len();
    let where_before = new.where_.len();
    let mut found = Found::default();
    f(interp, &mut new, &rest, &mut found)?;
    let orm_info = more_criteria(interp, &s, &mut new, before, where_before, found.criteria)?;
    let s = Rc::new(SelectObj { stmt: s.stmt.clone(), params: s.params.clone(), orm: orm_info });
    if let Some(orm) = &s.orm {
        drop_joined_criteria(&mut new, joins_before, &orm.criteria);
        // A statement with joins of its own selects from them, not from the ORM's fallback FROMs;
        // but a join starts from a joined subclass's join of tables when it names that subclass
        // as its left side, or has no left side and the statement no FROM of its own (SQLAlchemy
        // then picks the left side among the entities' selectables).
        if new.joins.len() > joins_before {
            let fallback = |f: &FromRef| orm.fallback_froms.iter().any(|x| Rc::ptr_eq(x, f));
            let implicit =
                new.joins[joins_before..].iter().any(|j| j.left.is_none()) && new.from_obj.iter().all(&fallback);
            let lefts: Vec<FromRef> = new.joins[joins_before..].iter().filter_map(|j| j.left.clone()).collect();
            new.from_obj.retain(|f| {
                !fallback(f)
                    || implicit
                    || lefts.iter().any(|l| {
                        !crate::sql::selectable::froms::find_left_clause_that_matches_given(std::slice::from_ref(f), l)
                            .is_empty()
                    })
            });
        }
    }
    // The ORM's single-table criteria stay after the statement's own (SQLAlchemy adds them when
    // compiling).
    for c in s.orm.iter().flat_map(|o| o.criteria.iter()) {
        if let Some(at) = new.where_.iter().position(|w| Rc::ptr_eq(w, c)) {
            let moved = new.where_.remove(at);
            new.where_.push(moved);
        }
    }
    // Columns added by add_columns() are column entities; with_only_columns() starts over.
    let orm = s.orm.as_ref().map(|o| {
        let mut info = (**o).clone();
        if new.columns.len() < before || !new.columns.iter().zip(&sel.columns).all(|(a, b)| Rc::ptr_eq(a, b)) {
            info.entities =
                (0..new.columns.len()).map(|index| super::orm_select::OrmEntity::Column { index }).collect();
        } else {
            for index in before..new.columns.len() {
                info.entities.push(super::orm_select::OrmEntity::Column { index });
            }
        }
        if !found.adapters.is_empty() {
            // An entity's join of tables that the join aliased wholly is no longer read from.
            new.from_obj.retain(|f| !super::join_alias::wholly_aliased(f, &found.adapters));
            let mut all = (*info.adapters).clone();
            all.append(&mut found.adapters);
            info.adapters = Rc::new(all);
        }
        super::join_alias::adapt_select(interp, &mut new, &info.entities, &info.adapters);
        Rc::new(info)
    });
    Ok(select_value_orm(interp, SelectStmt::Select(Rc::new(new)), s.params.clone(), orm))
}

/// What a generative step found besides its own changes: entities' single-table criteria, and the
/// adapters of joins it aliased.
#[derive(Default)]
pub struct Found {
    pub criteria: Vec<ExprRef>,
    pub adapters: Vec<super::join_alias::JoinAdapter>,
}

/// The ORM information after a generative step that may have brought entities with single-table
/// criteria (`found`, the columns from `columns_before`, the WHERE criteria from `where_before`):
/// their criteria join the statement's (a Core statement becomes an ORM one, as SQLAlchemy's
/// `_propagate_attrs` makes it).
fn more_criteria(
    interp: &mut Interp,
    s: &SelectObj,
    new: &mut Select,
    columns_before: usize,
    where_before: usize,
    found: Vec<ExprRef>,
) -> PyResult<Option<Rc<super::orm_select::OrmInfo>>> {
    use super::entity_criteria::{criterion, first_entity, for_where, holds};
    let mut extra = found;
    let added_columns: Vec<ExprRef> = new.columns.iter().skip(columns_before).cloned().collect();
    for c in &added_columns {
        if let Some(p) = first_entity(interp, c)
            && let Some(crit) = criterion(interp, &p)?
        {
            extra.push(crit);
        }
    }
    let added_where: Vec<ExprRef> = new.where_.iter().skip(where_before).cloned().collect();
    extra.extend(for_where(interp, new, &added_where)?);
    let mut info = match &s.orm {
        Some(o) => (**o).clone(),
        None if extra.is_empty() => return Ok(None),
        None => super::orm_select::OrmInfo::columns(new.columns.len()),
    };
    let mut changed = false;
    for c in extra {
        if !holds(&info.criteria, &c) {
            new.where_.push(c.clone());
            info.criteria.push(c);
            changed = true;
        }
    }
    Ok(match (&s.orm, changed) {
        (Some(o), false) => Some(o.clone()),
        _ => Some(Rc::new(info)),
    })
}

/// A single-table subclass entity that a new join targets has its discriminator criterion in that
/// join's ON clause, and no longer in WHERE (SQLAlchemy skips `_join_entities` when it adds the
/// entities' single-table criteria): the ORM `criteria` the new joins' ON clauses repeat leave WHERE.
fn drop_joined_criteria(s: &mut Select, joins_before: usize, criteria: &[ExprRef]) {
    let text =
        |e: &ExprRef| Compiler::compile_expr(Dialect::Default, CompileOptions::default(), e).ok().map(|c| c.string());
    let mut in_on: Vec<String> = Vec::new();
    for j in s.joins.iter().skip(joins_before) {
        let Some(on) = &j.onclause else { continue };
        match &**on {
            Expr::ClauseList(l) if l.op == crate::sql::ops::Op::And => in_on.extend(l.clauses.iter().filter_map(text)),
            _ => in_on.extend(text(on)),
        }
    }
    if in_on.is_empty() {
        return;
    }
    s.where_.retain(|w| !criteria.iter().any(|c| Rc::ptr_eq(w, c)) || text(w).is_none_or(|t| !in_on.contains(&t)));
}

/// Runs `f` on a copy of the receiver's compound SELECT.
fn generative_compound(
    interp: &mut Interp,
    args: Args,
    f: impl FnOnce(&mut Interp, &mut Compound, &Args) -> PyResult<()>,
) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let SelectStmt::Compound(c) = &s.stmt else {
        return Err(interp.error(ExcType::AttributeError, "compound expected"));
    };
    let mut new = (**c).clone();
    f(interp, &mut new, &rest)?;
    Ok(select_value_with(interp, SelectStmt::Compound(Rc::new(new)), s.params.clone()))
}

/// The columns a `select()` argument contributes: an expression, every column of a table, subquery
/// or collection.
pub fn columns_arg(interp: &mut Interp, v: &Value, select: &mut Select) -> PyResult<()> {
    if let Some(f) = from_of(interp, v)? {
        if matches!(f.kind, FromKind::Join(_)) {
            select.from_obj.push(f.clone());
        }
        select.columns.extend(columns_of(&f).into_iter().map(|(_, e)| e));
        return Ok(());
    }
    if let Some(c) = state::<super::collection::ColumnsObj>(v) {
        select.columns.extend(c.items.iter().map(|(_, e)| e.clone()));
        return Ok(());
    }
    if let Some(cols) = super::bridge::entity_columns(interp, v)? {
        select.columns.extend(cols);
        return Ok(());
    }
    if matches!(v, Value::List(_)) {
        return Err(crate::orm::orm(interp)?.error(
            interp,
            SaExc::ArgumentError,
            "Column expression, FROM clause, or other columns clause element expected, got [...]. Did you mean to say select(...)?",
        ));
    }
    // `ColumnsClauseImpl._literal_coercion`: a number is a literal column (`select(1)` is `SELECT 1`),
    // `"*"` the star, and any other string must be declared with `text()` / `column()`.
    match v {
        Value::Int(_) | Value::Float(_) | Value::BigInt(_) => {
            let text = interp.to_str(v)?;
            select.columns.push(crate::sql::elements::build::literal_column(&text, crate::sql::types::SqlType::null()));
            return Ok(());
        }
        Value::Str(s) if &**s == "*" => {
            select.columns.push(crate::sql::elements::build::literal_column("*", crate::sql::types::SqlType::null()));
            return Ok(());
        }
        Value::Str(s) => {
            let text: String = if s.chars().count() > 100 {
                format!("{}...", s.chars().take(100).collect::<String>())
            } else {
                s.to_string()
            };
            let shown = interp.repr(&Value::str(&text))?;
            let straight = text.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_')
                && !text.chars().skip(1).any(char::is_whitespace);
            let suggestion = if straight { "column" } else { "literal_column" };
            return Err(crate::orm::orm(interp)?.error(
                interp,
                SaExc::ArgumentError,
                format!(
                    "Textual column expression {shown} should be explicitly declared with text({shown}), or use {suggestion}({shown}) for more specificity"
                ),
            ));
        }
        _ => {}
    }
    let e = to_expr(interp, v)?;
    let e = proxied_column(interp, v, e, &select.columns)?;
    select.columns.push(e);
    Ok(())
}

/// A hybrid attribute's column in a columns clause: its expression carries the attribute's name (the
/// `proxy_key` annotation), which names an expression that has no name of its own
/// (`_expression_label`): `SELECT a.x + a.y AS total`. A named one (a function, a label) keeps its
/// name. A name an earlier column already has is not repeated: the expression gets its anonymous
/// label (`SELECT p.first AS "full", m.first AS anon_1`), as `_generate_columns_plus_names` does.
fn proxied_column(interp: &mut Interp, v: &Value, e: ExprRef, before: &[ExprRef]) -> PyResult<ExprRef> {
    let Value::Instance(inst) = v else { return Ok(e) };
    if inst.native.borrow().is_some() {
        return Ok(e);
    }
    let Some(Value::Str(key)) = inst.dict.borrow().get("_proxy_key").cloned() else { return Ok(e) };
    if crate::sql::elements::naming::name(&e).is_some() || key.is_empty() || &*key == "_sa_unknown_attr_key" {
        return Ok(e);
    }
    let _ = interp;
    let name = crate::sql::elements::Name::plain(&key);
    if before.iter().any(|c| crate::sql::elements::naming::non_anon_label(c).is_some_and(|n| n == name)) {
        return Ok(crate::sql::elements::build::label(&e, None, None));
    }
    Ok(crate::sql::elements::build::label(&e, Some(&key), None))
}

/// `select(*entities)` over Core constructs.
pub fn select_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut s = Select::new(Vec::new());
    for v in &args.positional {
        columns_arg(interp, v, &mut s)?;
    }
    Ok(select_value(interp, SelectStmt::Select(Rc::new(s))))
}

/// `union(a, b, ...)` and friends.
pub fn compound_value(interp: &mut Interp, keyword: CompoundKeyword, selects: Vec<SelectStmt>) -> Value {
    let c = Compound {
        keyword,
        selects,
        order_by: Vec::new(),
        group_by: Vec::new(),
        limit: None,
        offset: None,
        label_style: LabelStyle::Disambiguate,
    };
    select_value(interp, SelectStmt::Compound(Rc::new(c)))
}

/// `str(select)`.
pub fn select_str(interp: &mut Interp, s: &SelectStmt) -> PyResult<String> {
    let c = py(interp, Compiler::compile_select(Dialect::Default, CompileOptions::default(), s))?;
    Ok(c.string())
}

/// `.params(**kw)` on an expression: not rewritten (values are supplied at execution).
pub fn apply_params_expr(_interp: &mut Interp, e: &ExprRef, _args: &Args) -> PyResult<ExprRef> {
    Ok(e.clone())
}

fn selected(interp: &mut Interp, s: &SelectStmt) -> Vec<(String, ExprRef)> {
    let _ = interp;
    let cols = s.selected_columns();
    crate::sql::selectable::columns::columns_plus_names(&cols, s.label_style(), false)
        .into_iter()
        .filter(|c| !matches!(&*c.column, Expr::Text(_)))
        .map(|c| (c.proxy_key.unwrap_or_else(|| "_no_label".into()), c.column))
        .collect()
}

const PROPERTIES: &[(&str, Method)] = &[
    ("selected_columns", |i, a| {
        let (s, _) = this(i, a)?;
        let cols = selected(i, &s.stmt);
        Ok(columns_value(i, cols))
    }),
    ("c", |i, a| {
        let (s, _) = this(i, a)?;
        let f =
            FromClause::new_anon("anon", |name| FromKind::Subquery { element: s.stmt.clone(), name, lateral: false });
        let cols = columns_of(&f);
        Ok(columns_value(i, cols))
    }),
    ("columns_clause_froms", |i, a| {
        let (s, _) = this(i, a)?;
        let mut froms = Vec::new();
        for c in s.stmt.selected_columns() {
            c.from_objects(&mut froms);
        }
        let froms = crate::sql::selectable::froms::normalize(froms);
        let items: Vec<Value> = froms.into_iter().map(|f| from_value(i, f)).collect();
        Ok(Value::list(items))
    }),
    ("column_descriptions", |i, a| {
        let (s, _) = this(i, a)?;
        match (&s.stmt, &s.orm) {
            (SelectStmt::Select(sel), Some(info)) => {
                super::descriptions::orm_descriptions(i, &info.entities, &sel.columns, false)
            }
            (stmt, _) => Ok(super::descriptions::core_descriptions(i, &stmt.selected_columns(), stmt.label_style())),
        }
    }),
    ("whereclause", |i, a| {
        let (s, _) = this(i, a)?;
        let SelectStmt::Select(sel) = &s.stmt else { return Ok(Value::None) };
        Ok(match build::where_clause(&sel.where_) {
            Some(w) => expr_value(i, w),
            None => Value::None,
        })
    }),
    ("selects", |i, a| {
        let (s, _) = this(i, a)?;
        let SelectStmt::Compound(c) = &s.stmt else { return Ok(Value::list(Vec::new())) };
        let items: Vec<Value> = c.selects.iter().map(|x| select_value(i, x.clone())).collect();
        Ok(Value::list(items))
    }),
];

pub fn install(interp: &mut Interp, m: &Module) {
    m.set("LABEL_STYLE_DISAMBIGUATE_ONLY", Value::Int(0));
    m.set("LABEL_STYLE_DEFAULT", Value::Int(0));
    m.set("LABEL_STYLE_TABLENAME_PLUS_COL", Value::Int(1));
    m.set("LABEL_STYLE_NONE", Value::Int(2));
    m.set(
        "select",
        Interp::builtin("select", |i, a| {
            if super::orm_select::is_orm_args(i, &a) { super::orm_select::select_call(i, a) } else { select_call(i, a) }
        }),
    );
    let _ = interp;
}

/// `stmt.execution_options(**kw)`: of the options the ORM reads at execution, `populate_existing`
/// and `yield_per` (the default batch size of the result's `partitions()`) travel with an ORM
/// statement; the others change nothing observable here.
pub(super) fn execution_options(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this_value, rest) = crate::orm::core::split_self(args);
    let populate = match crate::orm::core::kwarg(&rest, "populate_existing") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let yield_per = match crate::orm::core::kwarg(&rest, "yield_per") {
        Some(Value::Int(n)) => usize::try_from(n).ok().filter(|&n| n > 0),
        _ => None,
    };
    let Some(s) = state::<SelectObj>(&this_value) else { return Ok(this_value) };
    let Some(info) = &s.orm else { return Ok(this_value) };
    let mut exec_options = info.exec_options.to_vec();
    for (k, v) in &rest.keywords {
        exec_options.retain(|(m, _)| **m != **k);
        exec_options.push((k.to_string(), v.clone()));
    }
    let info = super::orm_select::OrmInfo {
        populate_existing: populate || info.populate_existing,
        yield_per: yield_per.or(info.yield_per),
        exec_options: Rc::new(exec_options),
        ..(**info).clone()
    };
    Ok(select_value_orm(interp, s.stmt.clone(), s.params.clone(), Some(Rc::new(info))))
}
