//! `MetaData`, `Table`, `Column`, `ForeignKey`, the constraint classes and `Index` as Python sees them:
//! constructors with SQLAlchemy's arguments, the exact reprs (`Column('id', Integer(), table=<t>,
//! primary_key=True, nullable=False)`), and the attributes scripts read (`.c`, `.primary_key`,
//! `.foreign_keys`, `metadata.tables`, `sorted_tables`).
//!
//! `Column(...)` builds the ORM's column spec (declarative reads it from class bodies) together with
//! the Core column it becomes in a `Table`.

use super::convert::{to_expr, to_sql_value, to_type};
use super::expr_obj::expr_value;
use super::from_obj::{FromObj, from_value};
use super::{Method, arg, core_class, kwarg, split_self};
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::native::{as_str, state, wrap};
use crate::orm::schema::ColumnSpec;
use crate::sql::elements::{ColumnInfo, ColumnRef, Expr, ExprRef, Name};
use crate::sql::schema::{
    ColumnDefault, ColumnSchema, Constraint, FkTarget, ForeignKey, Index, MetaData, ServerDefault, Table,
};
use crate::sql::selectable::{FromClause, FromKind, FromRef};
use crate::sql::types::{SqlType, py_str_repr};
use std::rc::Rc;

/// The Core half of a `Column(...)` call: everything but the name, which a Table or a mapped class
/// gives later.
#[derive(Debug, Clone)]
pub struct CoreColumnArgs {
    pub key: Option<String>,
    pub ty: SqlType,
    pub type_given: bool,
    pub primary_key: bool,
    pub nullable: Option<bool>,
    pub schema: ColumnSchema,
}

/// A `ForeignKey(...)` object.
pub struct FkObj(pub ForeignKey);

/// A constraint object (`CheckConstraint`, `PrimaryKeyConstraint`, `ForeignKeyConstraint`,
/// `UniqueConstraint` given column objects).
pub struct ConstraintObj(pub Constraint);

/// An `Index(...)` object, bound to its table once its columns are known.
pub struct IndexObj {
    pub index: Rc<Index>,
    pub columns: Vec<Value>,
}

fn constraint_class_name(c: &Constraint) -> &'static str {
    match c {
        Constraint::PrimaryKey { .. } => "PrimaryKeyConstraint",
        Constraint::ForeignKey { .. } => "ForeignKeyConstraint",
        Constraint::Unique { .. } => "UniqueConstraint",
        Constraint::Check { .. } => "CheckConstraint",
    }
}

/// `Column(...)` / `mapped_column(...)`.
pub fn column_call(interp: &mut Interp, args: Args, mapped: bool) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    let mut spec = ColumnSpec::blank(mapped, Some(interp.call_site()));
    let mut core = CoreColumnArgs {
        key: None,
        ty: SqlType::null(),
        type_given: false,
        primary_key: false,
        nullable: None,
        schema: ColumnSchema::default(),
    };
    for (i, a) in args.positional.iter().enumerate() {
        if let (0, Value::Str(s)) = (i, a) {
            spec.name = Some(s.to_string());
        } else if let Some(ty) = super::types_obj::type_of(interp, a) {
            if let Some((lty, text)) = crate::orm::schema::type_of_value(a) {
                spec.ty = Some(lty);
                spec.type_text = Some(text);
            }
            core.ty = ty;
            core.type_given = true;
        } else if matches!(a, Value::None) {
        } else if let Some(fk) = state::<FkObj>(a) {
            let (t, c) = fk.0.target_parts();
            spec.foreign_key = Some(format!("{t}.{c}"));
            spec.ondelete = fk.0.ondelete.clone();
            core.schema.foreign_keys.push(fk.0.clone());
        } else if let Some(c) = state::<ConstraintObj>(a) {
            core.schema.checks.push(c.0.clone());
        } else {
            let what = interp.repr(a)?;
            return Err(orm.error(
                interp,
                SaExc::ArgumentError,
                format!("'SchemaItem' object, such as a 'Column' or a 'Constraint' expected, got {what}"),
            ));
        }
    }
    for (key, value) in &args.keywords {
        let flag = |interp: &mut Interp| interp.truthy(value);
        match &**key {
            "primary_key" => {
                spec.primary_key = flag(interp)?;
                core.primary_key = spec.primary_key;
            }
            "nullable" => {
                let n = flag(interp)?;
                spec.nullable = Some(n);
                core.nullable = Some(n);
                core.schema.nullable_given = true;
            }
            "unique" => {
                spec.unique = flag(interp)?;
                core.schema.unique = Some(spec.unique);
            }
            "index" => {
                spec.index = flag(interp)?;
                core.schema.index = Some(spec.index);
            }
            "default" | "insert_default" => {
                spec.default = Some(value.clone());
                core.schema.default = Some(column_default(interp, value)?);
            }
            "onupdate" => core.schema.onupdate = Some(column_default(interp, value)?),
            "server_default" => {
                let sd = match value {
                    Value::Str(s) => ServerDefault::Literal(s.to_string()),
                    other => ServerDefault::Sql(to_expr(interp, other)?),
                };
                spec.server_default = Some(match &sd {
                    ServerDefault::Literal(s) => s.clone(),
                    ServerDefault::Sql(e) => super::expr_obj::expr_str(interp, e)?,
                });
                core.schema.server_default = Some(sd);
            }
            "server_onupdate" => {}
            "autoincrement" => {
                let v = match value {
                    Value::Str(_) => None,
                    other => Some(interp.truthy(other)?),
                };
                spec.autoincrement = v;
                core.schema.autoincrement = v;
            }
            "name" => spec.name = as_str(value),
            "key" => core.key = as_str(value),
            "comment" => core.schema.comment = as_str(value),
            "type_" => {
                if let Some(ty) = to_type(interp, value)? {
                    if let Some((lty, text)) = crate::orm::schema::type_of_value(value) {
                        spec.ty = Some(lty);
                        spec.type_text = Some(text);
                    }
                    core.ty = ty;
                    core.type_given = true;
                }
            }
            "doc"
            | "info"
            | "init"
            | "repr"
            | "sort_order"
            | "quote"
            | "system"
            | "compare"
            | "default_factory"
            | "kw_only"
            | "deferred"
            | "deferred_group"
            | "deferred_raiseload"
            | "active_history"
            | "use_existing_column"
            | "hash" => {}
            other => {
                return Err(interp.type_error(format!(
                    "Additional arguments should be named <dialectname>_<argument>, got '{other}'"
                )));
            }
        }
    }
    *spec.core.borrow_mut() = Some(Rc::new(core));
    let (module, name) =
        if mapped { ("sqlalchemy.orm.properties", "MappedColumn") } else { ("sqlalchemy.sql.schema", "Column") };
    // No operators: a class-body Column compared before its class is mapped has no table yet, and the
    // ORM resolves such comparisons (`primaryjoin=id == ...`) from the other side.
    let class = super::core_class_keyed(
        interp,
        &format!("core:{module}.{name}#spec"),
        module,
        name,
        &[],
        super::expr_obj::PROPERTIES,
    );
    super::expr_obj::add_methods(&class);
    Ok(wrap(interp, &class, spec))
}

fn column_default(interp: &mut Interp, v: &Value) -> PyResult<ColumnDefault> {
    Ok(match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => {
            ColumnDefault::Callable { handle: Rc::new(v.clone()), takes_context: false }
        }
        other => match super::convert::expr_of(interp, other)? {
            Some(e) => ColumnDefault::Sql(e),
            None => ColumnDefault::Scalar(to_sql_value(interp, other)?),
        },
    })
}

/// The Core column a `Column` spec becomes under `name` (in a table, or on its own).
pub fn column_info(spec: &ColumnSpec, name: &str) -> ColumnInfo {
    let core = spec.core.borrow().clone();
    let mut info = ColumnInfo::new(name, SqlType::null());
    match core {
        Some(c) => {
            info.ty = c.ty.clone();
            info.key = c.key.clone().unwrap_or_else(|| name.to_string());
            info.primary_key = c.primary_key;
            info.nullable = c.nullable.unwrap_or(!c.primary_key);
            info.schema = Some(Rc::new(ColumnSchema { table: Default::default(), ..c.schema.clone() }));
        }
        None => {
            info.ty = spec.ty.as_ref().map(super::bridge::core_type).unwrap_or_else(SqlType::null);
            info.primary_key = spec.primary_key;
            info.nullable = spec.nullable.unwrap_or(!spec.primary_key);
            info.schema = Some(Rc::new(ColumnSchema::default()));
        }
    }
    info
}

/// `Table(name, metadata, *columns_and_constraints, schema=None, ...)`.
pub fn table_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    let Some(Value::Str(name)) = args.positional.first().cloned() else {
        return Err(orm.error(interp, SaExc::ArgumentError, "Table() needs a name as its first argument"));
    };
    let md_value = args.positional.get(1).cloned().unwrap_or(Value::None);
    let Some(registry) = super::bridge::registry_of_metadata(&md_value) else {
        return Err(orm.error(interp, SaExc::ArgumentError, "Table() needs a MetaData as its second argument"));
    };
    if kwarg(&args, "autoload_with").is_some() {
        return Err(interp.not_supported("Table(..., autoload_with=engine): reflecting tables from the database"));
    }
    let metadata = super::bridge::core_metadata(&registry);
    let schema = kwarg(&args, "schema").and_then(|v| as_str(&v));
    let key = match &schema {
        Some(s) => format!("{s}.{name}"),
        None => name.to_string(),
    };
    let extend = super::flag(interp, &args, "extend_existing")?;
    if metadata.table(&key).is_some() && !extend {
        return Err(orm.error(
            interp,
            SaExc::InvalidRequestError,
            format!("Table '{key}' is already defined for this MetaData instance.  Specify 'extend_existing=True' to redefine options and columns on an existing Table object."),
        ));
    }
    let mut table = Table::new(&name, schema, false);
    table.comment = kwarg(&args, "comment").and_then(|v| as_str(&v));
    *table.metadata.borrow_mut() = Rc::downgrade(&metadata);
    let from = FromClause::new(FromKind::Table(table));
    let mut specs: Vec<Rc<ColumnSpec>> = Vec::new();
    let mut indexes: Vec<Rc<IndexObj>> = Vec::new();
    for a in args.positional.iter().skip(2) {
        if let Some(spec) = state::<ColumnSpec>(a) {
            let Some(col_name) = spec.name.clone() else {
                return Err(orm.error(interp, SaExc::ArgumentError, "Column must be constructed with a non-blank name or assign a non-blank .name before adding to a Table."));
            };
            let info = Rc::new(column_info(&spec, &col_name));
            crate::sql::schema::attach_column(&from, info);
            *spec.bound.borrow_mut() = Some((name.to_string(), col_name));
            specs.push(spec);
        } else if let Some(c) = state::<ConstraintObj>(a) {
            if let Some(t) = from.table() {
                t.constraints.borrow_mut().push(c.0.clone());
            }
        } else if let Some(u) = state::<crate::orm::schema::UniqueSpec>(a) {
            if let Some(t) = from.table() {
                t.constraints
                    .borrow_mut()
                    .push(Constraint::Unique { name: u.name.clone(), columns: u.columns.clone() });
            }
        } else if let Some(ix) = state::<IndexObj>(a) {
            indexes.push(ix);
        } else if let Value::Class(c) = a {
            for spec in typed_columns(interp, c)? {
                let col_name = spec.name.clone().unwrap_or_default();
                let info = Rc::new(column_info(&spec, &col_name));
                crate::sql::schema::attach_column(&from, info);
                *spec.bound.borrow_mut() = Some((name.to_string(), col_name));
                specs.push(Rc::new(spec));
            }
        } else {
            let what = interp.repr(a)?;
            return Err(orm.error(
                interp,
                SaExc::ArgumentError,
                format!("'SchemaItem' object, such as a 'Column' or a 'Constraint' expected, got {what}"),
            ));
        }
    }
    if let Some(t) = from.table() {
        for ix in indexes {
            *ix.index.table.borrow_mut() = Rc::downgrade(&from);
            t.indexes.borrow_mut().push(ix.index.clone());
        }
    }
    metadata.tables.borrow_mut().insert(key, from.clone());
    super::bridge::register_legacy_table(interp, &registry, &from, &specs)?;
    Ok(from_value(interp, from))
}

/// The columns of a `TypedColumns` class (SQLAlchemy 2.1): one per `Named[...]` annotation, typed
/// and made nullable by the annotation unless its `Column(...)` says otherwise.
fn typed_columns(interp: &mut Interp, class: &Rc<crate::eval::value::Class>) -> PyResult<Vec<ColumnSpec>> {
    let mut out = Vec::new();
    for (key, annotation) in crate::orm::declarative::class_annotations(class) {
        let Some((ty, optional)) = crate::orm::declarative::annotated_column(&annotation, "Named") else { continue };
        let given = class.dict.borrow().get(key.as_str()).cloned();
        let mut spec = ColumnSpec::blank(false, None);
        let mut core = CoreColumnArgs {
            key: None,
            ty: SqlType::null(),
            type_given: false,
            primary_key: false,
            nullable: None,
            schema: ColumnSchema::default(),
        };
        if let Some(g) = given.as_ref().and_then(state::<ColumnSpec>) {
            if let Some(c) = g.core.borrow().clone() {
                core = (*c).clone();
            }
            spec.ty = g.ty.clone();
            spec.type_text = g.type_text.clone();
            spec.primary_key = g.primary_key;
            spec.nullable = g.nullable;
            spec.foreign_key = g.foreign_key.clone();
            spec.default = g.default.clone();
        }
        if !core.type_given
            && let Some(t) = &ty
        {
            core.ty = super::bridge::core_type(t);
            spec.ty = Some(t.clone());
            spec.type_text = Some(format!("{t:?}"));
        }
        if core.nullable.is_none() {
            let n = optional && !core.primary_key;
            core.nullable = Some(n);
            spec.nullable = Some(n);
        }
        spec.name = Some(key.clone());
        let _ = interp;
        *spec.core.borrow_mut() = Some(Rc::new(core));
        out.push(spec);
    }
    Ok(out)
}

/// `Table.__repr__`: `Table('name', MetaData(), Column(...), ..., schema=None)`.
pub fn table_repr(interp: &mut Interp, from: &FromRef) -> PyResult<String> {
    let Some(t) = from.table() else { return Ok(String::new()) };
    let mut parts = vec![py_str_repr(&t.name), "MetaData()".to_string()];
    for c in from.column_refs() {
        parts.push(column_repr(interp, &c)?);
    }
    parts.push(format!("schema={}", t.schema.as_deref().map_or_else(|| "None".into(), py_str_repr)));
    Ok(format!("Table({})", parts.join(", ")))
}

/// `Column.__repr__`.
pub fn column_repr(interp: &mut Interp, c: &ColumnRef) -> PyResult<String> {
    let _ = interp;
    let col = &c.col;
    let ty = crate::sql::schema::effective_type(col);
    let mut parts = vec![py_str_repr(&col.name.text()), ty.repr()];
    if let Some(s) = &col.schema {
        for fk in &s.foreign_keys {
            parts.push(format!("ForeignKey({})", py_str_repr(&fk.target_spec())));
        }
        for ch in &s.checks {
            let _ = ch;
            parts.push("CheckConstraint(<sqlalchemy.sql.elements.TextClause object>)".to_string());
        }
    }
    if let Some(t) = c.table.as_ref().and_then(|t| t.name()) {
        parts.push(format!("table=<{}>", t.text()));
    }
    if col.primary_key {
        parts.push("primary_key=True".into());
    }
    if !col.nullable {
        parts.push("nullable=False".into());
    }
    if let Some(s) = &col.schema {
        if let Some(d) = &s.default {
            parts.push(format!("default={d:?}"));
        }
        if let Some(ServerDefault::Literal(sd)) = &s.server_default {
            parts.push(format!("server_default=DefaultClause({}, for_update=False)", py_str_repr(sd)));
        }
        if let Some(c) = &s.comment {
            parts.push(format!("comment={}", py_str_repr(c)));
        }
    }
    Ok(format!("Column({})", parts.join(", ")))
}

/// `ForeignKey("table.column", ondelete=..., name=...)`.
fn foreign_key_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    let target = match arg(&args, 0, "column") {
        Some(Value::Str(s)) => FkTarget::Spec(s.to_string()),
        Some(other) => match super::convert::expr_of(interp, &other)? {
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
    fk.use_alter = super::flag(interp, &args, "use_alter")?;
    Ok(fk_value(interp, fk))
}

/// A foreign key as a Python object.
pub fn fk_value(interp: &mut Interp, fk: ForeignKey) -> Value {
    let class = core_class(interp, "sqlalchemy.sql.schema", "ForeignKey", FK_METHODS, FK_PROPERTIES);
    wrap(interp, &class, FkObj(fk))
}

const FK_METHODS: &[(&str, Method)] = &[("__repr__", |i, a| {
    let (this, _) = split_self(a);
    let fk = state::<FkObj>(&this).ok_or_else(|| i.type_error("ForeignKey expected"))?;
    Ok(Value::str(&format!("ForeignKey({})", py_str_repr(&fk.0.target_spec()))))
})];

const FK_PROPERTIES: &[(&str, Method)] = &[
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
fn constraint_columns(interp: &mut Interp, values: &[Value]) -> PyResult<Vec<String>> {
    let mut out = Vec::new();
    for v in values {
        match v {
            Value::Str(s) => out.push(s.to_string()),
            other => match super::convert::expr_of(interp, other)? {
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

fn constraint_value(interp: &mut Interp, c: Constraint) -> Value {
    let class = core_class(interp, "sqlalchemy.sql.schema", constraint_class_name(&c), CONSTRAINT_METHODS, &[]);
    wrap(interp, &class, ConstraintObj(c))
}

const CONSTRAINT_METHODS: &[(&str, Method)] = &[("__repr__", |i, a| {
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

fn name_kw(args: &Args) -> Option<String> {
    kwarg(args, "name").and_then(|v| as_str(&v))
}

/// `CheckConstraint("x > 0", name=...)`.
fn check_constraint(interp: &mut Interp, args: Args) -> PyResult<Value> {
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

fn primary_key_constraint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let columns = constraint_columns(interp, &args.positional)?;
    Ok(constraint_value(interp, Constraint::PrimaryKey { name: name_kw(&args), columns }))
}

fn unique_constraint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let columns = constraint_columns(interp, &args.positional)?;
    // Declarative's `__table_args__` reads this form.
    let class = core_class(interp, "sqlalchemy.sql.schema", "UniqueConstraint", CONSTRAINT_METHODS, &[]);
    Ok(wrap(interp, &class, crate::orm::schema::UniqueSpec { columns, name: name_kw(&args) }))
}

fn foreign_key_constraint(interp: &mut Interp, args: Args) -> PyResult<Value> {
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
                if let Some(e) = super::convert::expr_of(interp, other)?
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
fn index_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let name = args.positional.first().and_then(as_str);
    let mut exprs: Vec<ExprRef> = Vec::new();
    let mut table: Option<FromRef> = None;
    for v in args.positional.iter().skip(1) {
        let e = match v {
            Value::Str(s) => crate::sql::elements::build::column(s, SqlType::null()),
            other => to_expr(interp, other)?,
        };
        if let Expr::Column(c) = &*e
            && table.is_none()
        {
            table = c.table.clone();
        }
        exprs.push(e);
    }
    let unique = super::flag(interp, &args, "unique")?;
    let index = Rc::new(Index { name, expressions: exprs, unique, table: Default::default() });
    if let Some(t) = &table
        && let Some(tab) = t.table()
    {
        *index.table.borrow_mut() = Rc::downgrade(t);
        tab.indexes.borrow_mut().push(index.clone());
    }
    let class = core_class(interp, "sqlalchemy.sql.schema", "Index", &[], &[]);
    Ok(wrap(interp, &class, IndexObj { index, columns: args.positional.iter().skip(1).cloned().collect() }))
}

/// `MetaData()`.
fn metadata_call(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    let orm = crate::orm::orm(interp)?;
    Ok(orm.metadata_object(interp, Default::default()))
}

/// The `metadata.tables` mapping, `metadata.sorted_tables`.
pub fn metadata_tables(interp: &mut Interp, md: &Rc<MetaData>, sorted: bool) -> PyResult<Value> {
    let tables: Vec<(String, FromRef)> = md.tables.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    if sorted {
        let froms: Vec<FromRef> = tables.iter().map(|(_, f)| f.clone()).collect();
        let order = crate::sql::compiler::ddl::sorted_tables(&froms);
        let items: Vec<Value> = order.into_iter().map(|f| from_value(interp, f)).collect();
        return Ok(Value::list(items));
    }
    let mut d = crate::eval::dict::Dict::new();
    for (k, f) in tables {
        let v = from_value(interp, f);
        let key = Value::str(&k);
        let hk = crate::eval::dict::Key::Str(Rc::from(k.as_str()));
        d.insert(hk, key, v);
    }
    Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
}

pub fn install(interp: &mut Interp, m: &Module) {
    let set = |m: &Module, name: &str, f: Method| m.set(name, Interp::builtin(name, f));
    set(m, "Column", |i, a| column_call(i, a, false));
    set(m, "Table", table_call);
    set(m, "ForeignKey", foreign_key_call);
    set(m, "CheckConstraint", check_constraint);
    set(m, "PrimaryKeyConstraint", primary_key_constraint);
    set(m, "UniqueConstraint", unique_constraint);
    set(m, "ForeignKeyConstraint", foreign_key_constraint);
    set(m, "Index", index_call);
    set(m, "MetaData", metadata_call);
    if let Ok(named) = interp.create_class("Named", Vec::new(), Default::default()) {
        m.set("Named", Value::Class(named));
    }
    if let Ok(tc) = interp.create_class("TypedColumns", Vec::new(), Default::default()) {
        m.set("TypedColumns", Value::Class(tc));
    }
    install_ddl(m);
    let _ = interp;
}

/// The Core column of a table by key, as an expression object.
pub fn table_column_value(interp: &mut Interp, table: &FromRef, key: &str) -> Option<Value> {
    let e = table.column_expr(key)?;
    Some(expr_value(interp, e))
}

/// Keeps the names used by other modules in view.
#[allow(dead_code)]
fn _names(_: &FromObj, _: &Name) {}

/// A DDL construct (`CreateTable(t)`, `DropTable(t)`, `CreateIndex(ix)`, `DropIndex(ix)`).
pub enum DdlObj {
    CreateTable(FromRef),
    DropTable(FromRef),
    CreateIndex(Rc<Index>),
    DropIndex(Rc<Index>),
}

impl DdlObj {
    fn text(&self, dialect: crate::sql::compiler::Dialect) -> crate::sql::error::SqlResult<String> {
        use crate::sql::compiler::ddl;
        match self {
            DdlObj::CreateTable(t) => ddl::create_table(dialect, t),
            DdlObj::DropTable(t) => Ok(ddl::drop_table(dialect, t)),
            DdlObj::CreateIndex(ix) => {
                let table = ix.table.borrow().upgrade();
                match table.as_ref().and_then(|t| t.table()) {
                    Some(t) => ddl::create_index(dialect, t, ix),
                    None => Err(crate::sql::error::SqlError::compile(format!(
                        "Index '{}' is not associated with any table.",
                        ix.name.clone().unwrap_or_default()
                    ))),
                }
            }
            DdlObj::DropIndex(ix) => Ok(ddl::drop_index(dialect, ix)),
        }
    }
}

fn ddl_call(interp: &mut Interp, args: Args, make: fn(FromRef) -> DdlObj, name: &str) -> PyResult<Value> {
    let v = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(from) = super::from_obj::from_of(interp, &v)? else {
        return Err(interp.type_error(format!("{name}() takes a Table")));
    };
    let class = core_class(interp, "sqlalchemy.sql.ddl", name, DDL_METHODS, &[]);
    Ok(wrap(interp, &class, make(from)))
}

fn index_ddl_call(interp: &mut Interp, args: Args, create: bool) -> PyResult<Value> {
    let v = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(ix) = state::<IndexObj>(&v) else { return Err(interp.type_error("an Index is required")) };
    let name = if create { "CreateIndex" } else { "DropIndex" };
    let class = core_class(interp, "sqlalchemy.sql.ddl", name, DDL_METHODS, &[]);
    let obj = if create { DdlObj::CreateIndex(ix.index.clone()) } else { DdlObj::DropIndex(ix.index.clone()) };
    Ok(wrap(interp, &class, obj))
}

const DDL_METHODS: &[(&str, Method)] = &[
    ("__str__", |i, a| {
        let (this, _) = split_self(a);
        let d = state::<DdlObj>(&this).ok_or_else(|| i.type_error("DDL element expected"))?;
        let text = super::convert::py(i, d.text(crate::sql::compiler::Dialect::Default))?;
        Ok(Value::str(&text))
    }),
    ("compile", |i, a| {
        let (this, rest) = split_self(a);
        let d = state::<DdlObj>(&this).ok_or_else(|| i.type_error("DDL element expected"))?;
        let dialect = arg(&rest, 0, "bind")
            .or_else(|| kwarg(&rest, "dialect"))
            .map(|v| super::compiled_obj::dialect_of(&v))
            .unwrap_or(crate::sql::compiler::Dialect::Default);
        let text = super::convert::py(i, d.text(dialect))?;
        Ok(Value::str(&text))
    }),
];

/// `sqlalchemy.schema`'s DDL constructs.
pub fn install_ddl(m: &Module) {
    m.set("CreateTable", Interp::builtin("CreateTable", |i, a| ddl_call(i, a, DdlObj::CreateTable, "CreateTable")));
    m.set("DropTable", Interp::builtin("DropTable", |i, a| ddl_call(i, a, DdlObj::DropTable, "DropTable")));
    m.set("CreateIndex", Interp::builtin("CreateIndex", |i, a| index_ddl_call(i, a, true)));
    m.set("DropIndex", Interp::builtin("DropIndex", |i, a| index_ddl_call(i, a, false)));
}
