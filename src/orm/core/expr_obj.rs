//! Column expressions as Python objects: one native state ([`ExprObj`]) under the class SQLAlchemy uses
//! for the construct (`BinaryExpression`, `Column`, `Label`, `count`, ...), with the reprs SQLAlchemy
//! gives them, `str()` through the default compiler, `bool()` rules, and the attributes (`.type`,
//! `.key`, `.name`, `.table`, `.element`). The operators live in [`super::operators`].

use super::convert::py;
use super::schema_obj::defaults::Which;
use super::{Method, core_class, fake_address, named_repr, split_self};
use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::state;
use crate::sql::compiler::{CompileOptions, Compiler, Dialect};
use crate::sql::elements::naming;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use std::rc::Rc;

/// A column expression object. `orm` is set for mapped attributes (`User.name`): the class and key.
pub struct ExprObj {
    pub expr: ExprRef,
    pub orm: Option<OrmAttr>,
}

/// The mapped attribute an expression came from.
#[derive(Clone)]
pub struct OrmAttr {
    pub class: Rc<crate::eval::value::Class>,
    pub key: String,
}

/// SQLAlchemy's module and class name for a construct.
fn class_of(e: &Expr) -> (&'static str, String) {
    match e {
        Expr::Column(c) if c.col.schema.is_some() => ("sqlalchemy.sql.schema", "Column".into()),
        Expr::Function(f) => {
            let known = matches!(
                f.name.as_str(),
                "count"
                    | "max"
                    | "min"
                    | "sum"
                    | "now"
                    | "coalesce"
                    | "concat"
                    | "char_length"
                    | "pow"
                    | "random"
                    | "current_date"
                    | "current_time"
                    | "current_timestamp"
                    | "rank"
                    | "dense_rank"
                    | "percent_rank"
                    | "cume_dist"
                    | "array_agg"
                    | "mode"
                    | "percentile_cont"
                    | "percentile_disc"
                    | "localtime"
                    | "localtimestamp"
                    | "aggregate_strings"
            );
            ("sqlalchemy.sql.functions", if known { f.name.clone() } else { "Function".into() })
        }
        Expr::ScalarSelect { .. } => ("sqlalchemy.sql.selectable", "ScalarSelect".into()),
        Expr::Unary(u) if u.operator == Some(Op::Exists) => ("sqlalchemy.sql.selectable", "Exists".into()),
        other => ("sqlalchemy.sql.elements", other.class_name().to_string()),
    }
}

/// Wraps an expression as a Python object of its SQLAlchemy class.
pub fn expr_value(interp: &mut Interp, expr: ExprRef) -> Value {
    let (module, name) = class_of(&expr);
    let class = core_class(interp, module, &name, super::operators::METHODS, PROPERTIES);
    add_methods(&class);
    crate::orm::native::wrap(interp, &class, ExprObj { expr, orm: None })
}

/// Wraps an expression that stands for a mapped attribute.
pub fn attr_value(interp: &mut Interp, expr: ExprRef, orm: OrmAttr) -> Value {
    let class =
        core_class(interp, "sqlalchemy.orm.attributes", "InstrumentedAttribute", super::operators::METHODS, PROPERTIES);
    add_methods(&class);
    let class = crate::orm::native::instrumented_class(interp, "core", class);
    // `User.name.property`: the attribute's `ColumnProperty`, as `inspect(User).attrs` has it
    // (`.columns[0].name` is the table column's name where `Column("full_name", ...)` renames it).
    crate::orm::native::native_property(&class, "property", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        let Some(o) = &this.orm else {
            return Err(i.error(ExcType::AttributeError, "this expression is not a mapped attribute"));
        };
        let mapper = crate::orm::inspection::inspect_call(i, Args::positional(vec![Value::Class(o.class.clone())]))?;
        let attrs = i.get_attr(&mapper, "attrs")?;
        i.get_item(&attrs, &Value::str(&o.key))
    });
    crate::orm::native::wrap(interp, &class, ExprObj { expr, orm: Some(orm) })
}

/// The per-object methods (repr, str, compile) shared by every expression class.
pub fn add_methods(class: &Rc<crate::eval::value::Class>) {
    if class.dict.borrow().contains_key("__repr__") {
        return;
    }
    let mut dict = class.dict.borrow_mut();
    for (m, f) in OBJECT_METHODS {
        dict.insert(crate::ir::Name::from(*m), Interp::builtin(m, *f));
    }
    for (m, f) in super::functions::FUNCTION_METHODS {
        dict.insert(crate::ir::Name::from(*m), Interp::builtin(m, *f));
    }
}

/// The receiver's expression state.
/// `column.default` / `.onupdate` / `.server_default` / `.server_onupdate` of a table column.
fn column_default(interp: &mut Interp, args: Args, which: Which) -> PyResult<Value> {
    let (this, _, _) = this_expr(interp, args)?;
    match &*this.expr {
        Expr::Column(_) => Ok(super::schema_obj::defaults::default_of(interp, &this.expr, which)),
        _ => Err(interp.error(ExcType::AttributeError, "this expression has no column defaults")),
    }
}

pub fn this_expr(interp: &Interp, args: Args) -> PyResult<(Rc<ExprObj>, Value, Args)> {
    let (this, rest) = split_self(args);
    if let Some(s) = state::<ExprObj>(&this) {
        return Ok((s, this, rest));
    }
    if let Some(spec) = state::<crate::orm::schema::ColumnSpec>(&this) {
        let expr = super::bridge::spec_expr(interp, &spec);
        return Ok((Rc::new(ExprObj { expr, orm: None }), this, rest));
    }
    Err(interp.type_error("descriptor requires a 'ColumnElement' object"))
}

/// `str(expr)`: the default dialect's text.
pub fn expr_str(interp: &Interp, e: &ExprRef) -> PyResult<String> {
    let c = py(interp, Compiler::compile_expr(Dialect::Default, CompileOptions::default(), e))?;
    Ok(c.string())
}

/// A `server_default=` expression as SQLite's DDL writes it (`func.now()` → `CURRENT_TIMESTAMP`,
/// values inline): `DDLCompiler.render_default_string` compiles with `literal_binds=True`.
pub fn server_default_sql(interp: &Interp, e: &ExprRef) -> PyResult<String> {
    let options = CompileOptions { literal_binds: true, ..CompileOptions::default() };
    let c = py(interp, Compiler::compile_expr(Dialect::Sqlite, options, e))?;
    Ok(c.string())
}

const OBJECT_METHODS: &[(&str, Method)] = &[
    ("__repr__", expr_repr),
    ("__str__", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        // An `aliased()` class's attribute shows as `QueryableAttribute.__str__` does.
        if let Some(o) = &this.orm {
            return Ok(Value::str(&format!("aliased({}).{}", o.class.name, o.key)));
        }
        Ok(Value::str(&expr_str(i, &this.expr)?))
    }),
    ("compile", |i, a| {
        let (this, _, rest) = this_expr(i, a)?;
        super::compiled_obj::compile_expr_value(i, &this.expr, &rest)
    }),
    ("self_group", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        let e = crate::sql::elements::build::self_group(&this.expr, None);
        Ok(expr_value(i, e))
    }),
    ("params", |i, a| {
        let (this, _, rest) = this_expr(i, a)?;
        let e = super::select_obj::apply_params_expr(i, &this.expr, &rest)?;
        Ok(expr_value(i, e))
    }),
];

fn expr_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, value, _) = this_expr(interp, args)?;
    let id = value.as_instance().map_or(0, |i| i.id);
    if let Some(orm) = &this.orm {
        let _ = orm;
        return Ok(Value::str(&format!(
            "<sqlalchemy.orm.attributes.InstrumentedAttribute object at {}>",
            fake_address(id)
        )));
    }
    let (module, name) = class_of(&this.expr);
    let text = match &*this.expr {
        Expr::Column(c) if c.col.schema.is_some() => super::schema_obj::column_repr(interp, c)?,
        Expr::Column(c) => named_repr(module, &name, id, &c.col.name.text()),
        Expr::Label(l) => named_repr(module, &name, id, &anon_text(&l.name)),
        Expr::Function(f) => named_repr(module, &name, id, &f.name),
        Expr::Bind(b) => {
            let key = if b.key.is_anon() { format!("%({} {})s", id, b.key.text()) } else { b.key.text() };
            let value = match &b.value {
                crate::sql::elements::BindValue::Value(v) => v.repr(),
                crate::sql::elements::BindValue::Required => "None".into(),
            };
            format!("BindParameter({}, {value}, type_={})", crate::sql::types::py_str_repr(&key), b.ty.repr())
        }
        _ => format!("<{module}.{name} object at {}>", fake_address(id)),
    };
    Ok(Value::str(&text))
}

/// The text of a possibly anonymous name as SQLAlchemy's repr shows it (`%(id anon)s`).
fn anon_text(n: &crate::sql::elements::Name) -> String {
    n.0.iter()
        .map(|p| match p {
            crate::sql::elements::NamePart::Text(t) => t.clone(),
            crate::sql::elements::NamePart::Anon { key, seed, .. } => format!("%({} {seed})s", key & 0xffff_ffff),
        })
        .collect()
}

pub const PROPERTIES: &[(&str, Method)] = &[
    ("type", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        let ty = match &*this.expr {
            Expr::Column(c) => crate::sql::schema::effective_type(&c.col),
            other => other.ty(),
        };
        Ok(super::types_obj::type_value(i, &ty))
    }),
    ("key", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        if let Some(o) = &this.orm {
            return Ok(Value::str(&o.key));
        }
        Ok(match naming::key(&this.expr) {
            Some(k) if !k.is_anon() => Value::str(&k.text()),
            Some(k) => Value::str(&anon_text(&k)),
            None => Value::None,
        })
    }),
    ("name", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        Ok(match naming::name(&this.expr) {
            Some(n) if !n.is_anon() => Value::str(&n.text()),
            Some(n) => Value::str(&anon_text(&n)),
            None => match &*this.expr {
                Expr::Bind(_) => {
                    return Err(i.error(ExcType::AttributeError, "'BindParameter' object has no attribute 'name'"));
                }
                _ => Value::None,
            },
        })
    }),
    ("table", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        match &*this.expr {
            Expr::Column(c) => Ok(match &c.table {
                Some(t) => super::from_obj::from_value(i, t.clone()),
                None => Value::None,
            }),
            _ => Err(i.error(ExcType::AttributeError, "this expression has no attribute 'table'")),
        }
    }),
    ("element", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        match &*this.expr {
            Expr::Label(l) => Ok(expr_value(i, l.element.clone())),
            Expr::Grouping(e) | Expr::Unary(crate::sql::elements::Unary { element: e, .. }) => {
                Ok(expr_value(i, e.clone()))
            }
            Expr::ScalarSelect { select, .. } => Ok(super::select_obj::select_value(i, select.clone())),
            _ => Err(i.error(ExcType::AttributeError, "this expression has no attribute 'element'")),
        }
    }),
    ("expression", |_, a| {
        let (this, _) = split_self(a);
        Ok(this)
    }),
    ("primary_key", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        Ok(Value::Bool(matches!(&*this.expr, Expr::Column(c) if c.col.primary_key)))
    }),
    ("nullable", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        Ok(Value::Bool(match &*this.expr {
            Expr::Column(c) => c.col.nullable,
            _ => true,
        }))
    }),
    ("text", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        match &*this.expr {
            Expr::Text(t) => Ok(Value::str(&t.text)),
            _ => Err(i.error(ExcType::AttributeError, "this expression has no attribute 'text'")),
        }
    }),
    // `Column(..., comment="...")`: the DDL comment (`None` when not given).
    ("comment", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        match &*this.expr {
            Expr::Column(c) => {
                Ok(c.col.schema.as_ref().and_then(|s| s.comment.as_deref()).map_or(Value::None, Value::str))
            }
            _ => Err(i.error(ExcType::AttributeError, "this expression has no attribute 'comment'")),
        }
    }),
    ("default", |i, a| column_default(i, a, Which::Default)),
    ("onupdate", |i, a| column_default(i, a, Which::OnUpdate)),
    ("server_default", |i, a| column_default(i, a, Which::ServerDefault)),
    ("server_onupdate", |i, a| column_default(i, a, Which::ServerOnUpdate)),
    ("foreign_keys", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        let (fks, parent) = match &*this.expr {
            Expr::Column(c) => {
                (c.col.schema.as_ref().map(|s| s.foreign_keys.clone()).unwrap_or_default(), Some(c.clone()))
            }
            _ => (Vec::new(), None),
        };
        let items: Vec<Value> =
            fks.iter().map(|fk| super::schema_obj::fk_value_of(i, fk.clone(), parent.clone())).collect();
        i.make_set(items)
    }),
    ("clauses", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        let items = match &*this.expr {
            Expr::ClauseList(l) => l.clauses.clone(),
            Expr::Function(f) => f.args.clone(),
            Expr::Tuple { clauses, .. } => clauses.clone(),
            _ => Vec::new(),
        };
        let values: Vec<Value> = items.into_iter().map(|e| expr_value(i, e)).collect();
        Ok(Value::list(values))
    }),
    ("value", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        match &*this.expr {
            Expr::Bind(b) => Ok(match &b.value {
                crate::sql::elements::BindValue::Value(v) => super::convert::from_sql_value(i, v),
                crate::sql::elements::BindValue::Required => Value::None,
            }),
            _ => Err(i.error(ExcType::AttributeError, "this expression has no attribute 'value'")),
        }
    }),
    ("left", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        match &*this.expr {
            Expr::Binary(b) => Ok(expr_value(i, b.left.clone())),
            _ => Err(i.error(ExcType::AttributeError, "this expression has no attribute 'left'")),
        }
    }),
    ("right", |i, a| {
        let (this, _, _) = this_expr(i, a)?;
        match &*this.expr {
            Expr::Binary(b) => Ok(expr_value(i, b.right.clone())),
            _ => Err(i.error(ExcType::AttributeError, "this expression has no attribute 'right'")),
        }
    }),
];
