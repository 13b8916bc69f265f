//! `select()` and its generative methods (`where`, `join`, `join_from`, `select_from`, `group_by`,
//! `having`, `order_by`, `limit`, `offset`, `distinct`, `correlate`, `with_only_columns`,
//! `add_columns`, `filter_by`), compound SELECTs (`union`, `union_all`, ...), and the ways a SELECT
//! becomes a FROM element or a value (`subquery()`, `cte()`, `lateral()`, `scalar_subquery()`,
//! `exists()`, `label()`).

use super::collection::columns_value;
use super::convert::{py, to_expr, to_sql_value};
use super::expr_obj::expr_value;
use super::from_obj::{columns_of, from_of, from_value};
use super::{Method, arg, core_class, kwarg, split_self};
use crate::eval::ExcType;
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::native::{as_str, state, wrap};
use crate::sql::compiler::{CompileOptions, Compiler, Dialect};
use crate::sql::elements::build::{self, Operand};
use crate::sql::elements::naming;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::{
    Compound, CompoundKeyword, Cte, FromClause, FromKind, LabelStyle, Select, SelectStmt, SetupJoin,
};
use crate::sql::types::SqlType;
use crate::sql::value::SqlValue;
use std::rc::Rc;

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
    let (s, rest) = this(interp, args)?;
    let SelectStmt::Select(sel) = &s.stmt else {
        return Err(interp.error(ExcType::AttributeError, "this method is available on select() statements"));
    };
    let mut new = (**sel).clone();
    let before = new.columns.len();
    f(interp, &mut new, &rest)?;
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
        Rc::new(info)
    });
    Ok(select_value_orm(interp, SelectStmt::Select(Rc::new(new)), s.params.clone(), orm))
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
    select.columns.push(to_expr(interp, v)?);
    Ok(())
}

/// `select(*entities)` over Core constructs.
pub fn select_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut s = Select::new(Vec::new());
    for v in &args.positional {
        columns_arg(interp, v, &mut s)?;
    }
    Ok(select_value(interp, SelectStmt::Select(Rc::new(s))))
}

/// An ORDER BY / GROUP BY argument: a label name as a string, a labelled element as a reference
/// to its label.
fn by_element(interp: &mut Interp, v: &Value) -> PyResult<ExprRef> {
    if let Value::Str(s) = v {
        return Ok(Rc::new(Expr::TextualLabelReference(s.to_string())));
    }
    let e = to_expr(interp, v)?;
    if e.order_by_label_element().is_some() {
        return Ok(Rc::new(Expr::LabelReference(e)));
    }
    Ok(e)
}

fn limit_value(interp: &mut Interp, v: &Value) -> PyResult<Option<ExprRef>> {
    Ok(match v {
        Value::None => None,
        Value::Int(n) => Some(build::literal(SqlValue::Int(*n), Some(SqlType::integer()))),
        other => Some(to_expr(interp, other)?),
    })
}

/// `filter_by(**kw)`: criteria on the last joined entity, else the statement's first FROM.
fn filter_by(interp: &mut Interp, s: &mut Select, args: &Args) -> PyResult<()> {
    let mut candidates: Vec<crate::sql::selectable::FromRef> = s.joins.iter().rev().map(|j| j.target.clone()).collect();
    let mut froms = s.from_obj.clone();
    for c in &s.columns {
        c.from_objects(&mut froms);
    }
    candidates.extend(froms);
    for (k, v) in &args.keywords {
        let Some(col) = candidates.iter().find_map(|f| f.column_expr(k)) else {
            let orm = crate::orm::orm(interp)?;
            return Err(orm.error(
                interp,
                SaExc::InvalidRequestError,
                format!(
                    "Entity namespace for \"{}\" has no property \"{k}\"",
                    candidates.first().map(|f| f.description()).unwrap_or_default()
                ),
            ));
        };
        let operand = super::convert::to_operand(interp, v)?;
        let e = py(interp, build::compare(&col, Op::Eq, operand, false))?;
        s.where_.push(e);
    }
    Ok(())
}

fn join(interp: &mut Interp, s: &mut Select, args: &Args, outer: bool, from: bool) -> PyResult<()> {
    let (left, rest) = if from {
        let l = args.positional.first().cloned().unwrap_or(Value::None);
        let left = from_of(interp, &l)?.ok_or_else(|| interp.type_error("join_from() needs a FROM element"))?;
        (Some(left), &args.positional[1.min(args.positional.len())..])
    } else {
        (None, &args.positional[..])
    };
    let target_v = rest.first().cloned().or_else(|| kwarg(args, "target")).unwrap_or(Value::None);
    let Some(target) = from_of(interp, &target_v)? else {
        if let Some(joins) = super::orm_select::relationship_joins(interp, &target_v)? {
            super::orm_select::add_relationship_joins(s, joins, outer, left);
            return Ok(());
        }
        let orm = crate::orm::orm(interp)?;
        let shown = interp.repr(&target_v)?;
        return Err(orm.error(
            interp,
            SaExc::ArgumentError,
            format!("Join target {shown} does not refer to a mapped entity"),
        ));
    };
    let onclause = match rest.get(1).cloned().or_else(|| kwarg(args, "onclause")) {
        Some(Value::None) | None => None,
        Some(v) => Some(to_expr(interp, &v)?),
    };
    let isouter = outer || super::flag(interp, args, "isouter")?;
    let full = super::flag(interp, args, "full")?;
    s.joins.push(SetupJoin { target, onclause, left, isouter, full });
    Ok(())
}

/// `.subquery(name)` / `.alias(name)` / `.lateral(name)`.
fn subquery(interp: &mut Interp, args: Args, lateral: bool) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let name = arg(&rest, 0, "name").and_then(|v| as_str(&v));
    let element = s.stmt.clone();
    let f = FromClause::named_or_anon(name.as_deref(), "anon", |name| FromKind::Subquery { element, name, lateral });
    Ok(from_value(interp, f))
}

/// `.cte(name, recursive=False)`.
fn cte(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let name = arg(&rest, 0, "name").and_then(|v| as_str(&v));
    let recursive = super::flag(interp, &rest, "recursive")?;
    let nesting = super::flag(interp, &rest, "nesting")?;
    let element = s.stmt.clone();
    let f = FromClause::named_or_anon(name.as_deref(), "anon", |name| {
        FromKind::Cte(Cte { element, name, recursive, nesting, restates: None, alias_of: None })
    });
    Ok(from_value(interp, f))
}

fn compound(interp: &mut Interp, args: Args, keyword: CompoundKeyword) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let mut selects = vec![s.stmt.clone()];
    for v in &rest.positional {
        selects.push(select_stmt_of(v).ok_or_else(|| interp.type_error("set operations take SELECT statements"))?);
    }
    Ok(compound_value(interp, keyword, selects))
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

const METHODS: &[(&str, Method)] = &[
    ("__str__", |i, a| {
        let (s, _) = this(i, a)?;
        Ok(Value::str(&select_str(i, &s.stmt)?))
    }),
    ("where", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                let e = super::convert::to_where(i, v)?;
                s.where_.push(e);
            }
            Ok(())
        })
    }),
    ("filter", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                let e = super::convert::to_where(i, v)?;
                s.where_.push(e);
            }
            Ok(())
        })
    }),
    ("filter_by", |i, a| generative(i, a, filter_by)),
    ("having", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                let e = super::convert::to_where(i, v)?;
                s.having.push(e);
            }
            Ok(())
        })
    }),
    ("group_by", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                if matches!(v, Value::None) {
                    s.group_by.clear();
                    continue;
                }
                let e = by_element(i, v)?;
                s.group_by.push(e);
            }
            Ok(())
        })
    }),
    ("order_by", |i, a| {
        let (s, _) = this(i, a.clone())?;
        if let SelectStmt::Compound(_) = &s.stmt {
            return generative_compound(i, a, |i, c, rest| {
                for v in &rest.positional {
                    if matches!(v, Value::None) {
                        c.order_by.clear();
                        continue;
                    }
                    let e = by_element(i, v)?;
                    c.order_by.push(e);
                }
                Ok(())
            });
        }
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                if matches!(v, Value::None) {
                    s.order_by.clear();
                    continue;
                }
                let e = by_element(i, v)?;
                s.order_by.push(e);
            }
            Ok(())
        })
    }),
    ("limit", |i, a| {
        let (s, _) = this(i, a.clone())?;
        if let SelectStmt::Compound(_) = &s.stmt {
            return generative_compound(i, a, |i, c, rest| {
                c.limit = limit_value(i, &rest.positional.first().cloned().unwrap_or(Value::None))?;
                Ok(())
            });
        }
        generative(i, a, |i, s, rest| {
            s.limit = limit_value(i, &rest.positional.first().cloned().unwrap_or(Value::None))?;
            Ok(())
        })
    }),
    ("offset", |i, a| {
        let (s, _) = this(i, a.clone())?;
        if let SelectStmt::Compound(_) = &s.stmt {
            return generative_compound(i, a, |i, c, rest| {
                c.offset = limit_value(i, &rest.positional.first().cloned().unwrap_or(Value::None))?;
                Ok(())
            });
        }
        generative(i, a, |i, s, rest| {
            s.offset = limit_value(i, &rest.positional.first().cloned().unwrap_or(Value::None))?;
            Ok(())
        })
    }),
    ("distinct", |i, a| {
        generative(i, a, |_, s, _| {
            s.distinct = true;
            Ok(())
        })
    }),
    ("correlate", |i, a| {
        generative(i, a, |i, s, rest| {
            if rest.positional.iter().any(|v| matches!(v, Value::None)) {
                s.auto_correlate = false;
                s.correlate = Some(Vec::new());
                return Ok(());
            }
            let mut list = s.correlate.clone().unwrap_or_default();
            for v in &rest.positional {
                if let Some(f) = from_of(i, v)? {
                    list.push(f);
                }
            }
            s.correlate = Some(list);
            Ok(())
        })
    }),
    ("correlate_except", |i, a| {
        generative(i, a, |i, s, rest| {
            let mut list = s.correlate_except.clone().unwrap_or_default();
            for v in &rest.positional {
                if let Some(f) = from_of(i, v)? {
                    list.push(f);
                }
            }
            s.correlate_except = Some(list);
            s.auto_correlate = false;
            Ok(())
        })
    }),
    ("select_from", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                match from_of(i, v)? {
                    Some(f) => s.from_obj.push(f),
                    None => return Err(i.type_error("select_from() takes FROM elements")),
                }
            }
            Ok(())
        })
    }),
    ("join", |i, a| generative(i, a, |i, s, rest| join(i, s, rest, false, false))),
    ("outerjoin", |i, a| generative(i, a, |i, s, rest| join(i, s, rest, true, false))),
    ("join_from", |i, a| generative(i, a, |i, s, rest| join(i, s, rest, false, true))),
    ("outerjoin_from", |i, a| generative(i, a, |i, s, rest| join(i, s, rest, true, true))),
    ("with_only_columns", |i, a| {
        generative(i, a, |i, s, rest| {
            s.columns.clear();
            for v in &rest.positional {
                columns_arg(i, v, s)?;
            }
            Ok(())
        })
    }),
    ("add_columns", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                columns_arg(i, v, s)?;
            }
            Ok(())
        })
    }),
    ("column", |i, a| {
        generative(i, a, |i, s, rest| {
            let v = rest.positional.first().cloned().unwrap_or(Value::None);
            columns_arg(i, &v, s)
        })
    }),
    ("set_label_style", |i, a| {
        generative(i, a, |_, s, rest| {
            s.label_style = match rest.positional.first() {
                Some(Value::Int(1)) => LabelStyle::TablenamePlusCol,
                Some(Value::Int(2)) => LabelStyle::None,
                _ => LabelStyle::Disambiguate,
            };
            Ok(())
        })
    }),
    ("with_for_update", |i, a| {
        generative(i, a, |_, s, _| {
            s.for_update = true;
            Ok(())
        })
    }),
    ("prefix_with", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                let e = match v {
                    Value::Str(t) => {
                        Rc::new(Expr::Text(crate::sql::elements::TextClause { text: t.to_string(), binds: Vec::new() }))
                    }
                    other => to_expr(i, other)?,
                };
                s.prefixes.push(e);
            }
            Ok(())
        })
    }),
    ("suffix_with", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                let e = match v {
                    Value::Str(t) => {
                        Rc::new(Expr::Text(crate::sql::elements::TextClause { text: t.to_string(), binds: Vec::new() }))
                    }
                    other => to_expr(i, other)?,
                };
                s.suffixes.push(e);
            }
            Ok(())
        })
    }),
    ("add_cte", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                if let Some(f) = from_of(i, v)? {
                    s.ctes.push(f);
                }
            }
            Ok(())
        })
    }),
    ("execution_options", |_, a| {
        let (v, _) = split_self(a);
        Ok(v)
    }),
    ("options", |_, a| {
        let (v, _) = split_self(a);
        Ok(v)
    }),
    ("subquery", |i, a| subquery(i, a, false)),
    ("alias", |i, a| subquery(i, a, false)),
    ("lateral", |i, a| subquery(i, a, true)),
    ("cte", cte),
    ("scalar_subquery", |i, a| {
        let (s, _) = this(i, a)?;
        Ok(expr_value(i, build::scalar_select(s.stmt.clone())))
    }),
    ("as_scalar", |i, a| {
        let (s, _) = this(i, a)?;
        Ok(expr_value(i, build::scalar_select(s.stmt.clone())))
    }),
    ("exists", |i, a| {
        let (s, _) = this(i, a)?;
        Ok(expr_value(i, build::exists(s.stmt.clone())))
    }),
    ("label", |i, a| {
        let (s, rest) = this(i, a)?;
        let name = arg(&rest, 0, "name").and_then(|v| as_str(&v));
        let sq = build::scalar_select(s.stmt.clone());
        Ok(expr_value(i, build::label(&sq, name.as_deref(), None)))
    }),
    ("union", |i, a| compound(i, a, CompoundKeyword::Union)),
    ("union_all", |i, a| compound(i, a, CompoundKeyword::UnionAll)),
    ("intersect", |i, a| compound(i, a, CompoundKeyword::Intersect)),
    ("intersect_all", |i, a| compound(i, a, CompoundKeyword::IntersectAll)),
    ("except_", |i, a| compound(i, a, CompoundKeyword::Except)),
    ("except_all", |i, a| compound(i, a, CompoundKeyword::ExceptAll)),
    ("compile", |i, a| {
        let (s, rest) = this(i, a)?;
        super::compiled_obj::compile_select_value(i, &s, &rest)
    }),
    ("params", |i, a| {
        let (s, rest) = this(i, a)?;
        let mut params = s.params.clone();
        for (k, v) in &rest.keywords {
            params.push((k.to_string(), to_sql_value(i, v)?));
        }
        if let Some(Value::Dict(d)) = rest.positional.first() {
            for (k, v) in d.borrow().items() {
                params.push((i.to_str(&k)?, to_sql_value(i, &v)?));
            }
        }
        Ok(select_value_with(i, s.stmt.clone(), params))
    }),
    ("get_final_froms", |i, a| {
        let (s, _) = this(i, a)?;
        let SelectStmt::Select(sel) = &s.stmt else { return Ok(Value::list(Vec::new())) };
        let froms = py(i, crate::sql::selectable::froms::select_froms(sel))?;
        let items: Vec<Value> = froms.into_iter().map(|f| from_value(i, f)).collect();
        Ok(Value::list(items))
    }),
];

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
            if super::orm_select::is_orm_args(&a) { super::orm_select::select_call(i, a) } else { select_call(i, a) }
        }),
    );
    let _ = interp;
}

/// `Operand` re-exported for statement builders.
pub fn operand(e: ExprRef) -> Operand {
    Operand::Expr(e)
}

/// The label of an expression, for callers that name subquery columns.
pub fn key_of(e: &ExprRef) -> Option<String> {
    naming::proxy_key(e)
}
