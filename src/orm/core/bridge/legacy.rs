//! The ORM's older expression form (`SqlExpr`, the `QueryData` of `session.query()`) and Core's
//! statement tree, each way: ORM expressions in Core constructs, Core expressions and SELECTs in ORM
//! queries, and the columns an expression names.

use super::{core_type, find_core_table, legacy_type};
use crate::eval::Interp;
use crate::orm::expr::SqlExpr;
use crate::sql::elements::build;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::selectable::{FromKind, FromRef};
use crate::sql::types::SqlType;
use std::rc::Rc;

/// A legacy ORM expression as a Core expression.
pub(super) fn from_legacy(interp: &Interp, e: &SqlExpr) -> Option<ExprRef> {
    use crate::sql::elements::build::{Operand, rc};
    use crate::sql::ops::Op;
    let sub = |x: &SqlExpr| from_legacy(interp, x);
    Some(match e {
        SqlExpr::Column { table, column, ty } => {
            let from = find_core_table(interp, table);
            match from.and_then(|f| f.column_ref_by_name(column)) {
                Some(c) => Rc::new(Expr::Column(c)),
                None => build::column(column, core_type(ty)),
            }
        }
        SqlExpr::Literal(crate::db::Cell::Null) => rc(Expr::Null),
        SqlExpr::Literal(cell) => build::literal(cell_value(cell), None),
        SqlExpr::Bool(b) => rc(if *b { Expr::True } else { Expr::False }),
        SqlExpr::Binary { op, left, right } => {
            let l = sub(left)?;
            // A literal compared with a column is bound under the column's name (`:score_1`).
            let r = match &**right {
                SqlExpr::Literal(cell) if !matches!(cell, crate::db::Cell::Null) => Operand::Value(cell_value(cell)),
                other => Operand::Expr(from_legacy(interp, other)?),
            };
            let op = match *op {
                "=" => Op::Eq,
                "!=" => Op::Ne,
                "<" => Op::Lt,
                "<=" => Op::Le,
                ">" => Op::Gt,
                ">=" => Op::Ge,
                "+" => Op::Add,
                "-" => Op::Sub,
                "*" => Op::Mul,
                "/" => Op::TrueDiv,
                "//" => Op::FloorDiv,
                "%" => Op::Mod,
                "||" => Op::Concat,
                "IS" => Op::Is,
                "IS NOT" => Op::IsNot,
                _ => return None,
            };
            if op.is_comparison() { build::compare(&l, op, r, false).ok()? } else { build::operate(&l, op, r, false) }
        }
        SqlExpr::IsNull { expr, negate } => {
            build::compare(&sub(expr)?, if *negate { Op::IsNot } else { Op::Is }, Operand::Expr(rc(Expr::Null)), false)
                .ok()?
        }
        SqlExpr::And(items) => build::boolean_list(Op::And, items.iter().map(sub).collect::<Option<Vec<_>>>()?),
        SqlExpr::Or(items) => build::boolean_list(Op::Or, items.iter().map(sub).collect::<Option<Vec<_>>>()?),
        SqlExpr::Not(inner) => build::negate(&sub(inner)?),
        SqlExpr::Func { name, args } if name == "distinct" => {
            let a = sub(args.first()?)?;
            let ty = a.ty();
            build::unary_operator(&a, Op::Distinct, ty)
        }
        // A plain value among the arguments is bound under the function's name (`:coalesce_2`), as
        // `FunctionElement` coerces its arguments with `name=self.name`.
        SqlExpr::Func { name, args } => build::function(
            name,
            Vec::new(),
            args.iter()
                .map(|a| match a {
                    SqlExpr::Literal(cell) if !matches!(cell, crate::db::Cell::Null) => {
                        Some(Operand::Value(cell_value(cell)))
                    }
                    other => sub(other).map(Operand::Expr),
                })
                .collect::<Option<Vec<_>>>()?,
            None,
        ),
        SqlExpr::CountStar => build::function("count", Vec::new(), Vec::new(), None),
        SqlExpr::Ordered { expr, desc } => build::unary_modifier(&sub(expr)?, if *desc { Op::Desc } else { Op::Asc }),
        SqlExpr::Label { expr, name } => build::label(&sub(expr)?, Some(name), None),
        SqlExpr::LabelRef(name) => rc(Expr::TextualLabelReference(name.clone())),
        SqlExpr::Core(e) => e.clone(),
        SqlExpr::In { expr, items, negate } => {
            let e = sub(expr)?;
            let ops = items
                .iter()
                .map(|i| match i {
                    SqlExpr::Literal(cell) => Some(Operand::Value(cell_value(cell))),
                    other => sub(other).map(Operand::Expr),
                })
                .collect::<Option<Vec<_>>>()?;
            build::in_(&e, if *negate { Op::NotIn } else { Op::In }, build::InOperand::List(ops)).ok()?
        }
        SqlExpr::Like { expr, pattern, insensitive, negate } => {
            let op = match (insensitive, negate) {
                (false, false) => Op::Like,
                (false, true) => Op::NotLike,
                (true, false) => Op::ILike,
                (true, true) => Op::NotILike,
            };
            let pattern = match &**pattern {
                SqlExpr::Literal(cell) if !matches!(cell, crate::db::Cell::Null) => Operand::Value(cell_value(cell)),
                other => Operand::Expr(sub(other)?),
            };
            build::like(&sub(expr)?, op, pattern, None).ok()?
        }
        SqlExpr::Exists { tables, criteria } => {
            let mut sel = crate::sql::selectable::Select::new(vec![build::literal_column("1", SqlType::null())]);
            for table in tables {
                sel.from_obj.push(find_core_table(interp, table)?);
            }
            sel.where_.push(sub(criteria)?);
            build::exists(crate::sql::selectable::SelectStmt::Select(Rc::new(sel)))
        }
    })
}

/// A database cell as a bound value.
pub fn cell_value(cell: &crate::db::Cell) -> crate::sql::value::SqlValue {
    use crate::sql::value::SqlValue;
    match cell {
        crate::db::Cell::Integer(n) => SqlValue::Int(*n),
        crate::db::Cell::Real(f) => SqlValue::Float(*f),
        crate::db::Cell::Text(t) => SqlValue::Str(t.clone()),
        crate::db::Cell::Blob(b) => SqlValue::Bytes(b.clone()),
        crate::db::Cell::Null => SqlValue::None,
    }
}

/// A Core expression in the ORM's expression form (for ORM queries given Core expressions).
pub fn to_legacy(e: &ExprRef) -> Option<SqlExpr> {
    use crate::orm::expr::SqlExpr as L;
    use crate::sql::ops::Op;
    let lty = |t: &SqlType| legacy_type(t).unwrap_or(crate::orm::schema::SqlType::Text);
    Some(match &**e {
        // Only a table's columns have a form there: an alias's, a subquery's or a CTE's stay Core.
        Expr::Column(c) if c.table.as_ref().is_some_and(|t| t.table().is_none()) => return None,
        Expr::Column(c) => {
            let table = c.table.as_ref().and_then(|t| t.name()).map(|n| n.text()).unwrap_or_default();
            L::Column { table, column: c.col.name.text(), ty: lty(&c.col.ty) }
        }
        Expr::Bind(b) => match &b.value {
            crate::sql::elements::BindValue::Value(v) => L::Literal(v.bind(&b.ty).ok()?),
            crate::sql::elements::BindValue::Required => return None,
        },
        Expr::Null => L::Literal(crate::db::Cell::Null),
        Expr::True => L::Bool(true),
        Expr::False => L::Bool(false),
        Expr::Grouping(inner) | Expr::LabelReference(inner) => to_legacy(inner)?,
        Expr::TextualLabelReference(name) => L::LabelRef(name.clone()),
        Expr::Label(l) => L::Label { expr: Box::new(to_legacy(&l.element)?), name: l.name.text() },
        Expr::AsBoolean { element, op, .. } => {
            let inner = to_legacy(element)?;
            if *op == Op::IsTrue { inner } else { L::Not(Box::new(inner)) }
        }
        Expr::ClauseList(l) if matches!(l.op, Op::And | Op::Or) => {
            let items = l.clauses.iter().map(to_legacy).collect::<Option<Vec<_>>>()?;
            if l.op == Op::And { L::And(items) } else { L::Or(items) }
        }
        Expr::Unary(u) => match (&u.operator, &u.modifier) {
            (Some(Op::Exists), _) => {
                let Expr::ScalarSelect { select: crate::sql::selectable::SelectStmt::Select(sel), .. } = &*u.element
                else {
                    return None;
                };
                let tables =
                    sel.from_obj.iter().map(|f| f.table().map(|t| t.name.clone())).collect::<Option<Vec<_>>>()?;
                let crit: Vec<SqlExpr> = sel.where_.iter().map(to_legacy).collect::<Option<Vec<_>>>()?;
                L::Exists { tables, criteria: Box::new(L::And(crit)) }
            }
            (Some(Op::Inv), _) => L::Not(Box::new(to_legacy(&u.element)?)),
            (_, Some(Op::Desc)) => L::Ordered { expr: Box::new(to_legacy(&u.element)?), desc: true },
            (_, Some(Op::Asc)) => L::Ordered { expr: Box::new(to_legacy(&u.element)?), desc: false },
            (Some(Op::Distinct), _) => L::Func { name: "distinct".into(), args: vec![to_legacy(&u.element)?] },
            _ => return None,
        },
        Expr::Function(f) if f.star => L::CountStar,
        Expr::Function(f) => {
            L::Func { name: f.name.clone(), args: f.args.iter().map(to_legacy).collect::<Option<Vec<_>>>()? }
        }
        Expr::Binary(b) => {
            let left = Box::new(to_legacy(&b.left)?);
            match &b.op {
                Op::Is | Op::IsNot if matches!(&*b.right, Expr::Null) => {
                    L::IsNull { expr: left, negate: b.op == Op::IsNot }
                }
                Op::In | Op::NotIn => {
                    let items = match &*b.right {
                        Expr::Bind(bp) => match &bp.value {
                            crate::sql::elements::BindValue::Value(crate::sql::value::SqlValue::List(vs)) => {
                                vs.iter().map(|v| v.bind(&bp.ty).ok().map(L::Literal)).collect::<Option<Vec<_>>>()?
                            }
                            _ => return None,
                        },
                        _ => return None,
                    };
                    L::In { expr: left, items, negate: b.op == Op::NotIn }
                }
                Op::Like | Op::NotLike | Op::ILike | Op::NotILike => L::Like {
                    expr: left,
                    pattern: Box::new(to_legacy(&b.right)?),
                    insensitive: matches!(b.op, Op::ILike | Op::NotILike),
                    negate: matches!(b.op, Op::NotLike | Op::NotILike),
                },
                op => {
                    let s: &'static str = match op {
                        Op::Eq => "=",
                        Op::Ne => "!=",
                        Op::Lt => "<",
                        Op::Le => "<=",
                        Op::Gt => ">",
                        Op::Ge => ">=",
                        Op::Add => "+",
                        Op::Sub => "-",
                        Op::Mul => "*",
                        Op::TrueDiv => "/",
                        Op::FloorDiv => "//",
                        Op::Mod => "%",
                        Op::Concat => "||",
                        Op::Is => "IS",
                        Op::IsNot => "IS NOT",
                        _ => return None,
                    };
                    L::Binary { op: s, left, right: Box::new(to_legacy(&b.right)?) }
                }
            }
        }
        _ => return None,
    })
}

/// A Core SELECT as the ORM's query (for sessions executing Core statements until the ORM runs on
/// the statement tree).
pub fn select_to_legacy(obj: &crate::orm::core::select_obj::SelectObj) -> Option<crate::orm::query::QueryData> {
    use crate::orm::query::{Entity, Join, QueryData};
    let crate::sql::selectable::SelectStmt::Select(s) = &obj.stmt else { return None };
    if s.fetch.is_some() {
        return None;
    }
    let int_of = |e: &Option<ExprRef>| -> Option<Option<i64>> {
        match e.as_deref() {
            None => Some(None),
            Some(Expr::Bind(b)) => match &b.value {
                crate::sql::elements::BindValue::Value(crate::sql::value::SqlValue::Int(n)) => Some(Some(*n)),
                _ => None,
            },
            _ => None,
        }
    };
    let entities = match &obj.orm {
        Some(info) => info
            .entities
            .iter()
            .map(|e| match e {
                crate::orm::core::orm_select::OrmEntity::Mapper { alias: Some(_), .. } => None,
                crate::orm::core::orm_select::OrmEntity::Mapper { registry, mapper, class, .. } => {
                    let table = registry.borrow().mappers[*mapper].table.clone();
                    Some(Entity::Mapper { registry: registry.clone(), mapper: *mapper, class: class.clone(), table })
                }
                crate::orm::core::orm_select::OrmEntity::Column { index } => {
                    s.columns.get(*index).and_then(to_legacy).map(Entity::Expr)
                }
            })
            .collect::<Option<Vec<_>>>()?,
        None => s.columns.iter().map(|c| to_legacy(c).map(Entity::Expr)).collect::<Option<Vec<_>>>()?,
    };
    let mut q = QueryData {
        entities,
        criteria: s.where_.iter().map(to_legacy).collect::<Option<Vec<_>>>()?,
        order: s.order_by.iter().map(to_legacy).collect::<Option<Vec<_>>>()?,
        group_by: s.group_by.iter().map(to_legacy).collect::<Option<Vec<_>>>()?,
        having: s.having.iter().map(to_legacy).collect::<Option<Vec<_>>>()?,
        limit: int_of(&s.limit)?,
        offset: int_of(&s.offset)?,
        distinct: s.distinct,
        ..QueryData::default()
    };
    let froms = crate::sql::selectable::froms::apply_joins(s).ok()?;
    fn flatten(f: &FromRef, q: &mut QueryData) -> Option<()> {
        match &f.kind {
            FromKind::Table(t) => {
                q.select_from.push(t.name.clone());
                Some(())
            }
            FromKind::Join(j) => {
                flatten(&j.left, q)?;
                let FromKind::Table(t) = &j.right.kind else { return None };
                q.joins.push(Join { table: t.name.clone(), on: to_legacy(&j.onclause)?, outer: j.isouter });
                Some(())
            }
            _ => None,
        }
    }
    for f in &froms {
        flatten(f, &mut q)?;
    }
    Some(q)
}

/// Every column an expression mentions as (table, column); columns without a table count as
/// `owner_table`'s.
pub fn column_pairs(e: &ExprRef, owner_table: &str, out: &mut Vec<(String, String)>) {
    fn walk(e: &ExprRef, owner: &str, out: &mut Vec<(String, String)>) {
        match &**e {
            Expr::Column(c) => {
                let t = c.table.as_ref().and_then(|t| t.name()).map_or_else(|| owner.to_string(), |n| n.text());
                out.push((t, c.col.name.text()));
            }
            Expr::Binary(b) => {
                walk(&b.left, owner, out);
                walk(&b.right, owner, out);
            }
            Expr::ClauseList(l) => l.clauses.iter().for_each(|c| walk(c, owner, out)),
            Expr::Grouping(inner) | Expr::LabelReference(inner) => walk(inner, owner, out),
            Expr::Label(l) => walk(&l.element, owner, out),
            Expr::Unary(u) => walk(&u.element, owner, out),
            Expr::AsBoolean { element, .. } => walk(element, owner, out),
            Expr::Function(f) => f.args.iter().for_each(|a| walk(a, owner, out)),
            _ => {}
        }
    }
    walk(e, owner_table, out);
}
