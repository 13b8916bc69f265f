//! The generative methods of `Select` and compound selects (`where`, `join`, `order_by`, `limit`,
//! `subquery`, `union`, ...): each copies the statement, changes the copy and returns it.

use super::{
    columns_arg, compound_value, generative, generative_compound, generative_entities, select_stmt_of, select_str, this,
};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::core::convert::{py, to_expr, to_sql_value};
use crate::orm::core::expr_obj::expr_value;
use crate::orm::core::from_obj::{from_of, from_value};
use crate::orm::core::{Method, arg};
use crate::orm::native::as_str;
use crate::sql::elements::build::{self};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::selectable::{CompoundKeyword, Cte, FromClause, FromKind, LabelStyle, SelectStmt};
use crate::sql::types::SqlType;
use crate::sql::value::SqlValue;
use std::rc::Rc;

mod filter_by;
mod join;
use filter_by::{column_entity, filter_by};
use join::join;

/// An ORDER BY / GROUP BY argument: a label name as a string, a labelled element as a reference
/// to its label, a FROM element in GROUP BY as its columns.
/// An ORDER BY / GROUP BY element (`clause`: "ORDER BY" or "GROUP BY"). A bare number is not one:
/// SQLAlchemy 2 refuses the 1.x `order_by(1)` positional form.
pub(super) fn by_element(interp: &mut Interp, v: &Value, clause: &str) -> PyResult<Vec<ExprRef>> {
    if matches!(v, Value::Int(_) | Value::Float(_)) {
        let shown = interp.repr(v)?;
        return Err(crate::orm::orm(interp)?.error(
            interp,
            crate::orm::SaExc::ArgumentError,
            format!("{clause} expression expected, got {shown}."),
        ));
    }
    if let Value::Str(s) = v {
        return Ok(vec![Rc::new(Expr::TextualLabelReference(s.to_string()))]);
    }
    // A FROM element (an entity, an alias, a table, a subquery) in GROUP BY stands for all its
    // columns (`GroupByImpl._implicit_coercions`: `group_by(User)` groups by every column of User);
    // ORDER BY has no such coercion and refuses it.
    if let Some(from) = crate::orm::core::from_obj::from_of(interp, v)? {
        if clause == "GROUP BY" {
            return Ok(crate::orm::core::from_obj::columns_of(&from).into_iter().map(|(_, e)| e).collect());
        }
        let shown = interp.repr(v)?;
        return Err(crate::orm::orm(interp)?.error(
            interp,
            crate::orm::SaExc::ArgumentError,
            format!("{clause} expression expected, got {shown}."),
        ));
    }
    let e = to_expr(interp, v)?;
    if e.order_by_label_element().is_some() {
        return Ok(vec![Rc::new(Expr::LabelReference(e))]);
    }
    Ok(vec![e])
}

pub(super) fn limit_value(interp: &mut Interp, v: &Value) -> PyResult<Option<ExprRef>> {
    Ok(match v {
        Value::None => None,
        Value::Int(n) => Some(build::literal(SqlValue::Int(*n), Some(SqlType::integer()))),
        other => Some(to_expr(interp, other)?),
    })
}

/// `.subquery(name)` / `.alias(name)` / `.lateral(name)`.
pub(super) fn subquery(interp: &mut Interp, args: Args, lateral: bool) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let name = arg(&rest, 0, "name").and_then(|v| as_str(&v));
    let element = s.stmt.clone();
    let f = FromClause::named_or_anon(name.as_deref(), "anon", |name| FromKind::Subquery { element, name, lateral });
    Ok(from_value(interp, f))
}

/// `.cte(name, recursive=False)`.
pub(super) fn cte(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let name = arg(&rest, 0, "name").and_then(|v| as_str(&v));
    let recursive = crate::orm::core::flag(interp, &rest, "recursive")?;
    let nesting = crate::orm::core::flag(interp, &rest, "nesting")?;
    let element = s.stmt.clone();
    let f = FromClause::named_or_anon(name.as_deref(), "anon", |name| {
        FromKind::Cte(Cte { element, name, recursive, nesting, restates: None, alias_of: None })
    });
    Ok(from_value(interp, f))
}

pub(super) fn compound(interp: &mut Interp, args: Args, keyword: CompoundKeyword) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let mut selects = vec![s.stmt.clone()];
    for v in &rest.positional {
        selects.push(select_stmt_of(v).ok_or_else(|| interp.type_error("set operations take SELECT statements"))?);
    }
    Ok(compound_value(interp, keyword, selects))
}

pub(super) const METHODS: &[(&str, Method)] = &[
    ("__str__", |i, a| {
        let (s, _) = this(i, a)?;
        let stmt = crate::orm::eager::joined::compiled_form(&s.stmt, s.orm.as_deref());
        Ok(Value::str(&select_str(i, &stmt)?))
    }),
    // `select(User).from_statement(text_or_select)`: the ORM entities read from that statement's rows,
    // column for column.
    ("from_statement", |i, a| {
        let (s, rest) = this(i, a)?;
        let target = crate::orm::core::first(&rest);
        let Some(stmt) = crate::orm::core::convert::statement_of(i, &target)? else {
            return Err(i.type_error("from_statement() takes a text() construct or a SELECT"));
        };
        Ok(super::select_value_orm(i, stmt, s.params.clone(), s.orm.clone()))
    }),
    ("where", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                let e = crate::orm::core::convert::to_where(i, v)?;
                s.where_.push(e);
            }
            Ok(())
        })
    }),
    ("filter", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                let e = crate::orm::core::convert::to_where(i, v)?;
                s.where_.push(e);
            }
            Ok(())
        })
    }),
    ("filter_by", |i, a| {
        // `_filter_by_zero()`: the statement's first entity, when it is a mapped class.
        let (s, _) = this(i, a.clone())?;
        let entity = match s.orm.as_ref().and_then(|o| o.entities.first()) {
            Some(crate::orm::core::orm_select::OrmEntity::Mapper { class, alias: None, .. }) => {
                Some(Value::Class(class.clone()))
            }
            Some(crate::orm::core::orm_select::OrmEntity::Column { index }) => match &s.stmt {
                SelectStmt::Select(sel) => sel.columns.get(*index).and_then(|c| column_entity(i, c)),
                _ => None,
            },
            _ => None,
        };
        generative(i, a, |i, s, rest| filter_by(i, s, rest, entity.as_ref()))
    }),
    ("having", |i, a| {
        generative(i, a, |i, s, rest| {
            for v in &rest.positional {
                let e = crate::orm::core::convert::to_where(i, v)?;
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
                s.group_by.extend(by_element(i, v, "GROUP BY")?);
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
                    c.order_by.extend(by_element(i, v, "ORDER BY")?);
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
                s.order_by.extend(by_element(i, v, "ORDER BY")?);
            }
            Ok(())
        })
    }),
    ("limit", |i, a| {
        let (s, _) = this(i, a.clone())?;
        if let SelectStmt::Compound(_) = &s.stmt {
            return generative_compound(i, a, |i, c, rest| {
                c.limit = limit_value(i, &crate::orm::core::first(rest))?;
                Ok(())
            });
        }
        generative(i, a, |i, s, rest| {
            s.limit = limit_value(i, &crate::orm::core::first(rest))?;
            s.fetch = None;
            Ok(())
        })
    }),
    // `fetch(count, with_ties=False, percent=False)` replaces any LIMIT (and `limit()` any FETCH).
    ("fetch", |i, a| {
        generative(i, a, |i, s, rest| {
            let count = limit_value(i, &crate::orm::core::first(rest))?;
            let flag = |i: &mut Interp, name: &str, pos: usize| -> PyResult<bool> {
                match crate::orm::core::arg(rest, pos, name) {
                    Some(v) => i.truthy(&v),
                    None => Ok(false),
                }
            };
            let with_ties = flag(i, "with_ties", 1)?;
            let percent = flag(i, "percent", 2)?;
            s.limit = None;
            s.fetch = count.map(|count| crate::sql::selectable::Fetch { count, with_ties, percent });
            Ok(())
        })
    }),
    ("slice", crate::orm::core::orm_query::slice),
    ("offset", |i, a| {
        let (s, _) = this(i, a.clone())?;
        if let SelectStmt::Compound(_) = &s.stmt {
            return generative_compound(i, a, |i, c, rest| {
                c.offset = limit_value(i, &crate::orm::core::first(rest))?;
                Ok(())
            });
        }
        generative(i, a, |i, s, rest| {
            s.offset = limit_value(i, &crate::orm::core::first(rest))?;
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
        generative_entities(i, a, |i, s, rest, found| {
            for v in &rest.positional {
                match joined_entity_from(v).map(Some).map_or_else(|| from_of(i, v), Ok)? {
                    // The entity's own FROM, already there as its columns' FROM.
                    Some(f) if s.from_obj.iter().any(|x| crate::orm::core::join_alias::same_tables(x, &f)) => {}
                    Some(f) => s.from_obj.push(f),
                    // `select_from(text("users"))`: a TextClause is a FROM element too, as written.
                    None => match crate::orm::engine::text::text_of(v) {
                        Some(t) if t.clause.columns.is_empty() => {
                            let sql = t.clause.render(crate::sql::BindStyle::Named).sql;
                            s.from_obj.push(crate::sql::selectable::FromClause::new(
                                crate::sql::selectable::FromKind::Text(sql),
                            ));
                        }
                        _ => return Err(i.type_error("select_from() takes FROM elements")),
                    },
                }
                // `select_from(Cat)`: the entity's single-table criterion.
                if let Some(p) = crate::orm::core::entity_criteria::entity_of_value(v)
                    && let Some(c) = crate::orm::core::entity_criteria::criterion(i, &p)?
                {
                    found.criteria.push(c);
                }
            }
            Ok(())
        })
    }),
    ("join", |i, a| generative_entities(i, a, |i, s, rest, found| join(i, s, rest, (false, false), found))),
    ("outerjoin", |i, a| generative_entities(i, a, |i, s, rest, found| join(i, s, rest, (true, false), found))),
    ("join_from", |i, a| generative_entities(i, a, |i, s, rest, found| join(i, s, rest, (false, true), found))),
    ("outerjoin_from", |i, a| generative_entities(i, a, |i, s, rest, found| join(i, s, rest, (true, true), found))),
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
            let v = crate::orm::core::first(rest);
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
    ("execution_options", super::execution_options),
    ("options", super::super::loader_options::select_options),
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
        crate::orm::core::compiled_obj::compile_select_value(i, &s, &rest)
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
        Ok(super::select_value_orm(i, s.stmt.clone(), params, s.orm.clone()))
    }),
    ("get_final_froms", |i, a| {
        let (s, _) = this(i, a)?;
        let SelectStmt::Select(sel) = &s.stmt else { return Ok(Value::list(Vec::new())) };
        let froms = py(i, crate::sql::selectable::froms::select_froms(sel))?;
        let items: Vec<Value> = froms.into_iter().map(|f| from_value(i, f)).collect();
        Ok(Value::list(items))
    }),
];

/// `select_from(Engineer)` of a joined subclass: the join of its lineage's tables.
fn joined_entity_from(v: &Value) -> Option<crate::sql::selectable::FromRef> {
    let Value::Class(c) = v else { return None };
    let info = crate::orm::declarative::mapped(c)?;
    if !crate::orm::inheritance::is_joined(&info.registry.borrow(), info.mapper) {
        return None;
    }
    crate::orm::inheritance::mapper_from(&info.registry, info.mapper)
}
