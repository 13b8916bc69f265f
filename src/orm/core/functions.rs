//! `func.<name>(...)` (the function generator, with `func.a.b.c` package paths) and the methods SQL
//! functions add to expressions (`over`, `filter`, `within_group`, `table_valued`, ...).

use super::convert::{to_expr, to_operand, to_type};
use super::expr_obj::{expr_value, this_expr};
use super::from_obj::from_value;
use super::{Method, arg, core_class, kwarg, split_self};
use crate::eval::ExcType;
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::{as_str, state, wrap};
use crate::sql::elements::build::{self};
use crate::sql::elements::{ColumnInfo, Expr, ExprRef, FrameBound, Over};
use crate::sql::ops::Op;
use crate::sql::selectable::{FromClause, FromKind};
use crate::sql::types::SqlType;
use std::rc::Rc;

/// `func.a.b`: the dotted path so far.
struct FuncGen {
    path: Vec<String>,
}

fn func_value(interp: &mut Interp, path: Vec<String>) -> Value {
    let class = generator_class(interp);
    wrap(interp, &class, FuncGen { path })
}

/// The `_FunctionGenerator` class of this run (it also holds the `GenericFunction` registry, see
/// [`super::generic_function`]).
pub fn generator_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    core_class(interp, "sqlalchemy.sql.functions", "_FunctionGenerator", FUNC_METHODS, &[])
}

const FUNC_METHODS: &[(&str, Method)] = &[
    ("__getattr__", |i, a| {
        let (this, rest) = split_self(a);
        let g = state::<FuncGen>(&this).ok_or_else(|| i.type_error("func expected"))?;
        let name = rest.positional.first().and_then(as_str).unwrap_or_default();
        if name.starts_with("__") {
            return Err(i.error(ExcType::AttributeError, name));
        }
        let mut path = g.path.clone();
        path.push(name.trim_end_matches('_').to_string());
        Ok(func_value(i, path))
    }),
    ("__call__", |i, a| {
        let (this, rest) = split_self(a);
        let g = state::<FuncGen>(&this).ok_or_else(|| i.type_error("func expected"))?;
        let Some((name, packages)) = g.path.split_last() else { return Err(i.type_error("func() needs a name")) };
        // A `GenericFunction` subclass registered under this name builds the function.
        let generator = generator_class(i);
        if let Some(class) = super::generic_function::registered(&generator, packages, name) {
            return i.call(&class, rest);
        }
        // SQLAlchemy's function registry maps a few names to real constructs (`func.cast(x, String)`
        // is `Cast`, `func.extract("year", d)` is `Extract`), looked up case-insensitively.
        if packages.is_empty() {
            match name.to_lowercase().as_str() {
                "cast" => return super::constructors::cast_call(i, rest),
                "extract" => return super::constructors::extract_call(i, rest),
                _ => {}
            }
        }
        let mut args = Vec::new();
        for v in &rest.positional {
            // A function's arguments are `ExpressionElementRole`s: `None` is SQL NULL
            // (`coalesce(t.x, NULL)`), not a bound None.
            args.push(match v {
                Value::None => build::Operand::Expr(Rc::new(Expr::Null)),
                _ => to_operand(i, v)?,
            });
        }
        let ty = match kwarg(&rest, "type_") {
            Some(t) => to_type(i, &t)?,
            None => None,
        };
        let f = build::function(name, packages.to_vec(), args, ty);
        // `func.count(User.id)` is an ORM expression (SQLAlchemy's `apply_propagate_attrs`).
        if rest.positional.iter().any(|v| super::propagate::is_orm_value(i, v) || super::orm_select::is_hybrid_proxy(v))
        {
            super::propagate::mark(i, &f);
        }
        Ok(expr_value(i, f))
    }),
];

/// Methods of SQL function expressions (and the shared `.over()` etc. of aggregates).
pub const FUNCTION_METHODS: &[(&str, Method)] = &[
    ("over", over_method),
    ("filter", |i, a| {
        // `FunctionFilter.filter()`: a lone criterion as given, more joined with `&` (an AND whose
        // members are grouped against it); a filter of a filter adds to its criterion.
        let (this, _, rest) = this_expr(i, a)?;
        let (func, mut crit) = match &*this.expr {
            Expr::FunctionFilter { func, criterion } => (func.clone(), vec![criterion.clone()]),
            _ => (this.expr.clone(), Vec::new()),
        };
        for v in &rest.positional {
            crit.push(to_expr(i, v)?);
        }
        let criterion = match crit.as_slice() {
            [] => return Ok(expr_value(i, this.expr.clone())),
            [one] => one.clone(),
            _ => match build::where_clause(&crit) {
                Some(c) => c,
                None => return Ok(expr_value(i, this.expr.clone())),
            },
        };
        Ok(expr_value(i, build::rc(Expr::FunctionFilter { func, criterion })))
    }),
    ("within_group", |i, a| within_group(i, a, false)),
    ("aggregate_order_by", |i, a| within_group(i, a, true)),
    ("table_valued", |i, a| {
        let (this, _, rest) = this_expr(i, a)?;
        let mut columns = Vec::new();
        for v in &rest.positional {
            match v {
                Value::Str(s) => columns.push(Rc::new(ColumnInfo::new(s, SqlType::null()))),
                other => {
                    if let Some(e) = super::convert::expr_of(i, other)?
                        && let Expr::Column(c) = &*e
                    {
                        columns.push(Rc::new(ColumnInfo::new(&c.col.name.text(), c.col.ty.clone())));
                    }
                }
            }
        }
        let name = kwarg(&rest, "name").and_then(|v| as_str(&v));
        let func = this.expr.clone();
        let f = FromClause::named_or_anon(name.as_deref(), "anon", |name| FromKind::TableValued {
            func,
            name,
            columns,
            lateral: false,
        });
        Ok(from_value(i, f))
    }),
    ("column_valued", |i, a| {
        let (this, _, rest) = this_expr(i, a)?;
        let name = arg(&rest, 0, "name").and_then(|v| as_str(&v));
        let ty = this.expr.ty();
        let func = this.expr.clone();
        let f = FromClause::named_or_anon(name.as_deref(), "anon", |name| {
            let mut info = ColumnInfo::new("", ty);
            info.name = name.clone();
            info.key = name.text();
            info.bare = true;
            FromKind::TableValued { func, name, columns: vec![Rc::new(info)], lateral: false }
        });
        let col = f.columns()[0].clone();
        let e = build::rc(Expr::Column(crate::sql::elements::ColumnRef { table: Some(f), col, annotation: 0 }));
        Ok(expr_value(i, e))
    }),
    ("correlate", |i, a| scalar_select_gen(i, a, "correlate")),
    ("correlate_except", |i, a| scalar_select_gen(i, a, "correlate_except")),
    ("where", |i, a| scalar_select_gen(i, a, "where")),
    ("select", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        let s = crate::sql::selectable::Select::new(vec![this.expr.clone()]);
        Ok(super::select_obj::select_value(i, crate::sql::selectable::SelectStmt::Select(Rc::new(s))))
    }),
];

/// `scalar_subquery().correlate(...)`, `exists().where(...)`: the SELECT inside, modified.
fn scalar_select_gen(interp: &mut Interp, args: Args, method: &str) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let (select, is_exists, ty) = match &*this.expr {
        Expr::ScalarSelect { select, ty } => (select.clone(), false, ty.clone()),
        Expr::Unary(u) if u.operator == Some(Op::Exists) => match &*u.element {
            Expr::ScalarSelect { select, ty } => (select.clone(), true, ty.clone()),
            _ => return Err(interp.error(ExcType::AttributeError, method.to_string())),
        },
        _ => {
            return Err(interp.error(
                ExcType::AttributeError,
                format!(
                    "Neither '{}' object nor 'Comparator' object has an attribute '{method}'",
                    this.expr.class_name()
                ),
            ));
        }
    };
    let sel_value = super::select_obj::select_value(interp, select);
    let f = interp.get_attr(&sel_value, method)?;
    let new = interp.call(&f, rest)?;
    let Some(stmt) = super::select_obj::select_stmt_of(&new) else { return Ok(new) };
    let e = if is_exists { build::exists(stmt) } else { build::rc(Expr::ScalarSelect { select: stmt, ty }) };
    Ok(expr_value(interp, e))
}

fn by_list(interp: &mut Interp, v: Option<Value>) -> PyResult<Vec<ExprRef>> {
    let Some(v) = v else { return Ok(Vec::new()) };
    let items = match &v {
        Value::List(_) | Value::Tuple(_) => interp.collect(&v)?,
        Value::None => Vec::new(),
        other => vec![other.clone()],
    };
    let mut out = Vec::new();
    for i in &items {
        out.push(to_expr(interp, i)?);
    }
    Ok(out)
}

fn frame(interp: &mut Interp, v: Option<Value>) -> PyResult<Option<(FrameBound, FrameBound)>> {
    let Some(v) = v else { return Ok(None) };
    let items = interp.collect(&v)?;
    let bound = |v: Option<&Value>, lower: bool| match v {
        Some(Value::Int(0)) => FrameBound::Current,
        Some(Value::Int(n)) if *n < 0 => FrameBound::Preceding(-n),
        Some(Value::Int(n)) => FrameBound::Following(*n),
        _ => {
            let _ = lower;
            FrameBound::Unbounded
        }
    };
    Ok(Some((bound(items.first(), true), bound(items.get(1), false))))
}

/// `.over(partition_by=, order_by=, rows=, range_=)`.
fn over_method(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    over_of(interp, this.expr.clone(), &rest)
}

pub fn over_of(interp: &mut Interp, element: ExprRef, rest: &Args) -> PyResult<Value> {
    let partition_by = by_list(interp, kwarg(rest, "partition_by"))?;
    let order_by = by_list(interp, kwarg(rest, "order_by"))?;
    let mut frame_spec = None;
    for (kw, word) in [("rows", "ROWS"), ("range_", "RANGE"), ("groups", "GROUPS")] {
        if let Some((l, u)) = frame(interp, kwarg(rest, kw))? {
            frame_spec = Some((word, l, u));
        }
    }
    Ok(expr_value(interp, build::rc(Expr::Over(Over { element, partition_by, order_by, frame: frame_spec }))))
}

fn within_group(interp: &mut Interp, args: Args, inline: bool) -> PyResult<Value> {
    let (this, _, rest) = this_expr(interp, args)?;
    let mut order_by = Vec::new();
    for v in &rest.positional {
        order_by.push(to_expr(interp, v)?);
    }
    Ok(expr_value(interp, build::rc(Expr::WithinGroup { element: this.expr.clone(), order_by, inline })))
}

/// `sqlalchemy.func`, and the standalone forms of the function methods: `within_group(f, *order_by)`
/// is `f.within_group(*order_by)`, `funcfilter(f, *criterion)` is `f.filter(*criterion)`.
pub fn install(interp: &mut Interp, m: &Module) {
    m.set("func", func_value(interp, Vec::new()));
    let forward = |name: &'static str, method: &'static str| {
        Interp::builtin(name, move |i, a| {
            let Some(target) = a.positional.first().cloned() else {
                return Err(i.type_error(format!("{name}() missing 1 required positional argument")));
            };
            i.call_method(&target, method, a.positional[1..].to_vec())
        })
    };
    m.set("within_group", forward("within_group", "within_group"));
    m.set("funcfilter", forward("funcfilter", "filter"));
}
