//! `ForeignKey`, the constraint classes (`CheckConstraint`, `PrimaryKeyConstraint`, `UniqueConstraint`,
//! `ForeignKeyConstraint`) and `Index`: constructors with SQLAlchemy's arguments and their reprs.

use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::core::convert::to_expr;
use crate::orm::core::{Method, arg, core_class, kwarg, split_self};
use crate::orm::native::{as_str, state, wrap};
use crate::orm::schema::ColumnSpec;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::schema::{Constraint, FkTarget, ForeignKey, Index};
use crate::sql::selectable::FromRef;
use crate::sql::types::{SqlType, py_str_repr};
use std::rc::Rc;

/// A `ForeignKey(...)` object, and the column it belongs to once it is attached to one.
pub struct FkObj(pub ForeignKey, pub Option<crate::sql::elements::ColumnRef>);

/// A constraint object (`CheckConstraint`, `PrimaryKeyConstraint`, `ForeignKeyConstraint`,
/// `UniqueConstraint` given column objects).
pub struct ConstraintObj(pub Constraint);

/// A `Computed(...)` object.
pub struct ComputedObj(pub crate::sql::schema::Computed);

/// `Computed(sqltext, persisted=None)`.
pub(super) fn computed_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let sqltext = match arg(&args, 0, "sqltext") {
        Some(Value::Str(s)) => crate::sql::elements::build::rc(Expr::Text(crate::sql::elements::TextClause {
            text: s.to_string(),
            binds: Vec::new(),
        })),
        Some(other) => to_expr(interp, &other)?,
        None => return Err(interp.type_error("Computed.__init__() missing 1 required positional argument: 'sqltext'")),
    };
    let persisted = match arg(&args, 1, "persisted") {
        None | Some(Value::None) => None,
        Some(v) => Some(interp.truthy(&v)?),
    };
    let class = core_class(interp, "sqlalchemy.sql.schema", "Computed", &[], &[]);
    Ok(wrap(interp, &class, ComputedObj(crate::sql::schema::Computed { sqltext, persisted })))
}

/// An `Identity(...)` object.
pub struct IdentityObj(pub crate::sql::schema::Identity);

/// `Identity(always=False, on_null=None, start=None, increment=None, ...)`.
pub(super) fn identity_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let int = |v: Option<Value>| match v {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    let identity = crate::sql::schema::Identity {
        always: match arg(&args, 0, "always") {
            Some(v) => interp.truthy(&v)?,
            None => false,
        },
        start: int(kwarg(&args, "start")),
        increment: int(kwarg(&args, "increment")),
    };
    let class = core_class(interp, "sqlalchemy.sql.schema", "Identity", &[], &[]);
    Ok(wrap(interp, &class, IdentityObj(identity)))
}

/// An `Index(...)` object, bound to its table once its columns are known.
pub struct IndexObj {
    pub index: Rc<Index>,
    pub columns: Vec<Value>,
}

pub(super) fn constraint_class_name(c: &Constraint) -> &'static str {
    match c {
        Constraint::PrimaryKey { .. } => "PrimaryKeyConstraint",
        Constraint::ForeignKey { .. } => "ForeignKeyConstraint",
        Constraint::Unique { .. } => "UniqueConstraint",
        Constraint::Check { .. } => "CheckConstraint",
    }
}

/// `ForeignKey("table.column", ondelete=..., name=...)`.
pub(super) fn foreign_key_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    let target = match arg(&args, 0, "column") {
        Some(Value::Str(s)) => FkTarget::Spec(s.to_string()),
        Some(other) => match crate::orm::core::convert::expr_of(interp, &other)? {
            Some(e) => match &*e {
                Expr::Column(c) => FkTarget::Column(c.clone()),
                _ => {
                    return Err(orm.error(
                        interp,
                        SaExc::ArgumentError,
                        "ForeignKey() takes a \"table.column\" string or a column",
                    ));
                }
            },
            None => {
                return Err(orm.error(
                    interp,
                    SaExc::ArgumentError,
                    "ForeignKey() takes a \"table.column\" string or a column",
                ));
            }
        },
        None => return Err(interp.type_error("ForeignKey.__init__() missing 1 required positional argument: 'column'")),
    };
    let mut fk = ForeignKey::new(target);
    fk.ondelete = kwarg(&args, "ondelete").and_then(|v| as_str(&v));
    fk.onupdate = kwarg(&args, "onupdate").and_then(|v| as_str(&v));
    fk.name = kwarg(&args, "name").and_then(|v| as_str(&v));
    fk.use_alter = crate::orm::core::flag(interp, &args, "use_alter")?;
    Ok(fk_value(interp, fk))
}

/// A foreign key as a Python object.
pub fn fk_value(interp: &mut Interp, fk: ForeignKey) -> Value {
    fk_value_of(interp, fk, None)
}

/// A foreign key of the column `parent` (a table column) as a Python object: its `.column` resolves
/// through the table's `MetaData`.
pub fn fk_value_of(interp: &mut Interp, fk: ForeignKey, parent: Option<crate::sql::elements::ColumnRef>) -> Value {
    let class = core_class(interp, "sqlalchemy.sql.schema", "ForeignKey", FK_METHODS, FK_PROPERTIES);
    wrap(interp, &class, FkObj(fk, parent))
}

/// `ForeignKey.column`: the referenced column, looked up in the parent table's `MetaData` (SQLAlchemy's
/// `NoReferencedTableError` / `NoReferencedColumnError` when it is not there).
fn fk_column(interp: &mut Interp, fk: &FkObj) -> PyResult<Value> {
    let table = fk.1.as_ref().and_then(|p| p.table.clone());
    let md = table.as_ref().and_then(|t| t.table()).and_then(|t| t.metadata());
    if let Some(c) = fk.0.resolve(md.as_deref()) {
        return Ok(crate::orm::core::expr_obj::expr_value(interp, Rc::new(Expr::Column(c))));
    }
    let orm = crate::orm::orm(interp)?;
    let (rt, rc) = fk.0.target_parts();
    let parent = match &fk.1 {
        Some(p) => match p.table.as_ref().and_then(|t| t.table()) {
            Some(t) => format!("{}.{}", t.name, p.col.name.text()),
            None => p.col.name.text(),
        },
        None => {
            return Err(orm.error(
                interp,
                SaExc::InvalidRequestError,
                "this ForeignKey object does not yet have a parent Column associated with it.",
            ));
        }
    };
    if md.as_ref().is_some_and(|m| m.table(&rt).is_some()) {
        return Err(orm.error(
            interp,
            SaExc::NoReferencedColumnError,
            format!("Could not initialize target column for ForeignKey '{rt}.{rc}' on table '{}': table '{rt}' has no column named '{rc}'", parent.split('.').next().unwrap_or_default()),
        ));
    }
    Err(orm.error(
        interp,
        SaExc::NoReferencedTableError,
        format!("Foreign key associated with column '{parent}' could not find table '{rt}' with which to generate a foreign key to target column '{rc}'"),
    ))
}

pub(super) const FK_METHODS: &[(&str, Method)] = &[("__repr__", |i, a| {
    let (this, _) = split_self(a);
    let fk = state::<FkObj>(&this).ok_or_else(|| i.type_error("ForeignKey expected"))?;
    Ok(Value::str(&format!("ForeignKey({})", py_str_repr(&fk.0.target_spec()))))
})];

pub(super) const FK_PROPERTIES: &[(&str, Method)] = &[
    ("column", |i, a| {
        let (this, _) = split_self(a);
        let fk = state::<FkObj>(&this).ok_or_else(|| i.type_error("ForeignKey expected"))?;
        fk_column(i, &fk)
    }),
    ("parent", |i, a| {
        let (this, _) = split_self(a);
        let fk = state::<FkObj>(&this).ok_or_else(|| i.type_error("ForeignKey expected"))?;
        Ok(match &fk.1 {
            Some(c) => crate::orm::core::expr_obj::expr_value(i, Rc::new(Expr::Column(c.clone()))),
            None => Value::None,
        })
    }),
    ("name", |i, a| {
        let (this, _) = split_self(a);
        let fk = state::<FkObj>(&this).ok_or_else(|| i.type_error("ForeignKey expected"))?;
        Ok(fk.0.name.as_deref().map_or(Value::None, Value::str))
    }),
    ("onupdate", |i, a| {
        let (this, _) = split_self(a);
        let fk = state::<FkObj>(&this).ok_or_else(|| i.type_error("ForeignKey expected"))?;
        Ok(fk.0.onupdate.as_deref().map_or(Value::None, Value::str))
    }),
    ("target_fullname", |i, a| {
        let (this, _) = split_self(a);
        let fk = state::<FkObj>(&this).ok_or_else(|| i.type_error("ForeignKey expected"))?;
        Ok(Value::str(&fk.0.target_spec()))
    }),
    ("ondelete", |i, a| {
        let (this, _) = split_self(a);
        let fk = state::<FkObj>(&this).ok_or_else(|| i.type_error("ForeignKey expected"))?;
        Ok(fk.0.ondelete.as_deref().map_or(Value::None, Value::str))
    }),
];

/// Column names of constraint arguments (strings or column objects).
pub(super) fn constraint_columns(interp: &mut Interp, values: &[Value]) -> PyResult<Vec<String>> {
    let mut out = Vec::new();
    for v in values {
        if let Some(spec) = state::<ColumnSpec>(v)
            && spec.name.is_none()
        {
            // A class-body `Column()` is named after its attribute only once the class is mapped:
            // declarative resolves this marker then.
            out.push(column_marker(&spec));
            continue;
        }
        match v {
            Value::Str(s) => out.push(s.to_string()),
            other => match crate::orm::core::convert::expr_of(interp, other)? {
                Some(e) => match &*e {
                    Expr::Column(c) => out.push(c.col.name.text()),
                    _ => out.push(interp.to_str(other)?),
                },
                None => {
                    if let Some(spec) = state::<ColumnSpec>(other)
                        && let Some(n) = &spec.name
                    {
                        out.push(n.clone());
                    } else {
                        out.push(interp.to_str(other)?);
                    }
                }
            },
        }
    }
    Ok(out)
}

/// The stand-in name of a not-yet-named class-body column in a constraint's column list.
pub fn column_marker(spec: &Rc<ColumnSpec>) -> String {
    format!("\u{0}column:{:x}", Rc::as_ptr(spec) as usize)
}

pub fn constraint_value(interp: &mut Interp, c: Constraint) -> Value {
    let class = core_class(
        interp,
        "sqlalchemy.sql.schema",
        constraint_class_name(&c),
        CONSTRAINT_METHODS,
        CONSTRAINT_PROPERTIES,
    );
    wrap(interp, &class, ConstraintObj(c))
}

pub(super) const CONSTRAINT_METHODS: &[(&str, Method)] = &[("__repr__", |i, a| {
    let (this, _) = split_self(a);
    if state::<crate::orm::schema::UniqueSpec>(&this).is_some() {
        return Ok(Value::str("UniqueConstraint()"));
    }
    let c = state::<ConstraintObj>(&this).ok_or_else(|| i.type_error("constraint expected"))?;
    Ok(Value::str(&match &c.0 {
        Constraint::Check { .. } => "CheckConstraint(<sqlalchemy.sql.elements.TextClause object>)".to_string(),
        other => format!("{}()", constraint_class_name(other)),
    }))
})];

pub(super) const CONSTRAINT_PROPERTIES: &[(&str, Method)] = &[("name", |i, a| {
    let (this, _) = split_self(a);
    if let Some(u) = state::<crate::orm::schema::UniqueSpec>(&this) {
        return Ok(u.name.as_deref().map_or(Value::None, Value::str));
    }
    let c = state::<ConstraintObj>(&this).ok_or_else(|| i.type_error("constraint expected"))?;
    let name = match &c.0 {
        Constraint::PrimaryKey { name, .. }
        | Constraint::ForeignKey { name, .. }
        | Constraint::Unique { name, .. }
        | Constraint::Check { name, .. } => name,
    };
    Ok(name.as_deref().map_or(Value::None, Value::str))
})];

/// An index as a Python object (`Table.indexes`, `Index(...)`).
pub fn index_value(interp: &mut Interp, index: Rc<Index>) -> Value {
    let columns = index.expressions.iter().map(|e| crate::orm::core::expr_obj::expr_value(interp, e.clone())).collect();
    let class = core_class(interp, "sqlalchemy.sql.schema", "Index", INDEX_METHODS, INDEX_PROPERTIES);
    wrap(interp, &class, IndexObj { index, columns })
}

fn this_index(interp: &mut Interp, a: Args) -> PyResult<Rc<IndexObj>> {
    let (this, _) = split_self(a);
    state::<IndexObj>(&this).ok_or_else(|| interp.type_error("Index expected"))
}

const INDEX_METHODS: &[(&str, Method)] = &[("__repr__", |i, a| {
    let ix = this_index(i, a)?;
    let mut parts = vec![ix.index.name.as_deref().map_or_else(|| "None".to_string(), py_str_repr)];
    for e in &ix.index.expressions {
        match &**e {
            Expr::Column(c) => parts.push(crate::orm::core::schema_obj::column_repr(i, c)?),
            _ => {
                let v = crate::orm::core::expr_obj::expr_value(i, e.clone());
                parts.push(i.repr(&v)?);
            }
        }
    }
    if ix.index.unique {
        parts.push("unique=True".into());
    }
    Ok(Value::str(&format!("Index({})", parts.join(", "))))
})];

const INDEX_PROPERTIES: &[(&str, Method)] = &[
    ("name", |i, a| {
        let ix = this_index(i, a)?;
        Ok(ix.index.name.as_deref().map_or(Value::None, Value::str))
    }),
    ("unique", |i, a| Ok(Value::Bool(this_index(i, a)?.index.unique))),
    ("columns", |i, a| {
        let ix = this_index(i, a)?;
        let items: Vec<(String, ExprRef)> = ix
            .index
            .expressions
            .iter()
            .filter_map(|e| match &**e {
                Expr::Column(c) => Some((c.col.key.clone(), e.clone())),
                _ => None,
            })
            .collect();
        Ok(crate::orm::core::collection::columns_value(i, items))
    }),
    ("expressions", |i, a| {
        let ix = this_index(i, a)?;
        let items: Vec<Value> =
            ix.index.expressions.iter().map(|e| crate::orm::core::expr_obj::expr_value(i, e.clone())).collect();
        Ok(Value::list(items))
    }),
    ("table", |i, a| {
        let ix = this_index(i, a)?;
        let table = ix.index.table.borrow().upgrade();
        Ok(match table {
            Some(t) => crate::orm::core::from_obj::from_value(i, t),
            None => Value::None,
        })
    }),
];

pub(super) fn name_kw(args: &Args) -> Option<String> {
    kwarg(args, "name").and_then(|v| as_str(&v))
}

/// `CheckConstraint("x > 0", name=...)`.
pub(super) fn check_constraint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let sqltext = match arg(&args, 0, "sqltext") {
        Some(Value::Str(s)) => crate::sql::elements::build::rc(Expr::Text(crate::sql::elements::TextClause {
            text: s.to_string(),
            binds: Vec::new(),
        })),
        Some(other) => to_expr(interp, &other)?,
        None => return Err(interp.type_error("CheckConstraint() missing required argument 'sqltext'")),
    };
    Ok(constraint_value(interp, Constraint::Check { name: name_kw(&args), sqltext }))
}

pub(super) fn primary_key_constraint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let columns = constraint_columns(interp, &args.positional)?;
    Ok(constraint_value(interp, Constraint::PrimaryKey { name: name_kw(&args), columns }))
}

pub(super) fn unique_constraint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let columns = constraint_columns(interp, &args.positional)?;
    // Declarative's `__table_args__` reads this form.
    let class =
        core_class(interp, "sqlalchemy.sql.schema", "UniqueConstraint", CONSTRAINT_METHODS, CONSTRAINT_PROPERTIES);
    Ok(wrap(interp, &class, crate::orm::schema::UniqueSpec { columns, name: name_kw(&args) }))
}

pub(super) fn foreign_key_constraint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let local = match args.positional.first() {
        Some(v) => interp.collect(v)?,
        None => Vec::new(),
    };
    let columns = constraint_columns(interp, &local)?;
    let refs = args.positional.get(1).map(|v| interp.collect(v)).transpose()?.unwrap_or_default();
    let mut targets = Vec::new();
    for r in refs {
        match &r {
            Value::Str(s) => targets.push(FkTarget::Spec(s.to_string())),
            other => {
                if let Some(e) = crate::orm::core::convert::expr_of(interp, other)?
                    && let Expr::Column(c) = &*e
                {
                    targets.push(FkTarget::Column(c.clone()));
                }
            }
        }
    }
    let c = Constraint::ForeignKey {
        name: name_kw(&args),
        columns,
        targets,
        ondelete: kwarg(&args, "ondelete").and_then(|v| as_str(&v)),
        onupdate: kwarg(&args, "onupdate").and_then(|v| as_str(&v)),
    };
    Ok(constraint_value(interp, c))
}

/// `Index("name", *columns, unique=False)`.
pub(super) fn index_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = args.positional.first().and_then(as_str);
    let mut exprs: Vec<ExprRef> = Vec::new();
    let mut table: Option<FromRef> = None;
    for v in args.positional.iter().skip(1) {
        let e = match v {
            Value::Str(s) => crate::sql::elements::build::column(s, SqlType::null()),
            other => to_expr(interp, other)?,
        };
        // The table of the first column anywhere in the expressions (`t.c.amount.desc()`,
        // `func.lower(t.c.name)`): the index joins it (SQLAlchemy's `_col_expressions`).
        if table.is_none() {
            let found = std::cell::RefCell::new(None);
            crate::sql::elements::adapt::replace_column_nodes(&e, &|node| {
                if let Expr::Column(c) = &**node
                    && found.borrow().is_none()
                {
                    *found.borrow_mut() = c.table.clone();
                }
                None
            });
            table = found.into_inner();
        }
        exprs.push(e);
    }
    let unique = crate::orm::core::flag(interp, &args, "unique")?;
    let index = Rc::new(Index { name, expressions: exprs, unique, table: Default::default() });
    if let Some(t) = &table
        && let Some(tab) = t.table()
    {
        *index.table.borrow_mut() = Rc::downgrade(t);
        tab.indexes.borrow_mut().push(index.clone());
    }
    let class = core_class(interp, "sqlalchemy.sql.schema", "Index", INDEX_METHODS, INDEX_PROPERTIES);
    Ok(wrap(interp, &class, IndexObj { index, columns: args.positional.iter().skip(1).cloned().collect() }))
}
