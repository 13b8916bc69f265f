//! `Column(...)` / `mapped_column(...)`: the ORM's column spec (declarative reads it from class bodies)
//! together with the Core column it becomes in a `Table`, and the column repr SQLAlchemy prints.

use super::constraints::{ConstraintObj, FkObj};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::core::convert::{to_expr, to_sql_value, to_type};
use crate::orm::native::{as_str, state, wrap};
use crate::orm::schema::ColumnSpec;
use crate::sql::elements::{ColumnInfo, ColumnRef};
use crate::sql::schema::{ColumnDefault, ColumnSchema, ServerDefault};
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
        let a = &crate::orm::type_decorator::to_instance(interp, a)?;
        if let (0, Value::Str(s)) = (i, a) {
            spec.name = Some(s.to_string());
        } else if let Some(ty) = crate::orm::core::types_obj::type_of(interp, a) {
            if let Some((lty, text)) = crate::orm::schema::type_of_value(a) {
                spec.ty = Some(lty);
                spec.type_text = Some(text);
            }
            core.ty = ty;
            core.type_given = true;
        } else if matches!(a, Value::None) {
        } else if let Some(fk) = state::<FkObj>(a) {
            // `ForeignKey(id)` naming a column of the same class body, not in a table yet: the
            // declarative mapping resolves it once that column has its table (`free_fk_target`).
            let free = matches!(&fk.0.target, crate::sql::schema::FkTarget::Column(c) if c.table.is_none());
            if !free {
                let (t, c) = fk.0.target_parts();
                spec.foreign_key = Some(format!("{t}.{c}"));
            }
            spec.ondelete = fk.0.ondelete.clone();
            core.schema.foreign_keys.push(fk.0.clone());
        } else if let Some(c) = state::<ConstraintObj>(a) {
            core.schema.checks.push(c.0.clone());
        } else if let Some(identity) = state::<super::constraints::IdentityObj>(a) {
            core.schema.identity = Some(identity.0.clone());
        } else if let Some(c) = state::<super::constraints::ComputedObj>(a) {
            // The database fills it on INSERT and UPDATE: the flush leaves it out and expires it, as
            // for a server default and `server_onupdate`.
            spec.server_default = Some(crate::orm::core::expr_obj::server_default_sql(interp, &c.0.sqltext)?);
            spec.server_onupdate = true;
            core.schema.computed = Some(c.0.clone());
        } else if state::<super::sequence::SequenceObj>(a).is_some() {
            // SQLite has no sequences: SQLAlchemy's dialect leaves them out of DDL and INSERTs.
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
        if crate::orm::dataclass_args::is_field_argument(key) {
            spec.dataclass.push((key.to_string(), value.clone()));
        }
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
            "onupdate" => {
                spec.onupdate = Some(value.clone());
                core.schema.onupdate = Some(column_default(interp, value)?);
            }
            "server_default" => {
                let sd = match value {
                    Value::Str(s) => ServerDefault::Literal(s.to_string()),
                    other => ServerDefault::Sql(to_expr(interp, other)?),
                };
                spec.server_default = Some(match &sd {
                    // The ORM side keeps the DDL text: a string is a quoted literal there.
                    ServerDefault::Literal(s) => format!("'{}'", s.replace('\'', "''")),
                    ServerDefault::Sql(e) => crate::orm::core::expr_obj::server_default_sql(interp, e)?,
                });
                core.schema.server_default = Some(sd);
            }
            "server_onupdate" => spec.server_onupdate = true,
            "autoincrement" => {
                let v = match value {
                    Value::Str(_) => None,
                    other => Some(interp.truthy(other)?),
                };
                spec.autoincrement = v;
                core.schema.autoincrement = v;
            }
            "deferred" => {
                if flag(interp)? {
                    spec.deferred.get_or_insert_default();
                }
            }
            "deferred_group" => spec.deferred.get_or_insert_default().group = as_str(value),
            "deferred_raiseload" => {
                if flag(interp)? {
                    spec.deferred.get_or_insert_default().raiseload = true;
                }
            }
            "name" => spec.name = as_str(value),
            "key" => core.key = as_str(value),
            "comment" => core.schema.comment = as_str(value),
            "type_" => {
                let value = &crate::orm::type_decorator::to_instance(interp, value)?;
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
    Ok(column_value(interp, spec))
}

/// `deferred(Column(...), group=None, raiseload=False)`: the column, loaded on first access rather
/// than with its row (a copy of the spec: the `Column` given stays as it was).
pub fn deferred_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let given = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(spec) = state::<ColumnSpec>(&given) else {
        if let Some(v) = crate::orm::column_property::deferred_expression(interp, &args, &given)? {
            return Ok(v);
        }
        let what = interp.repr(&given)?;
        return Err(interp.type_error(format!("deferred() expects a Column, got {what}")));
    };
    let mut copy = (*spec).clone();
    let mut deferral = crate::orm::mapper::Deferral::default();
    if let Some(group) = crate::orm::native::kwarg(&args, "group") {
        deferral.group = as_str(&group);
    }
    if let Some(raise) = crate::orm::native::kwarg(&args, "raiseload") {
        deferral.raiseload = interp.truthy(&raise)?;
    }
    copy.deferred = Some(deferral);
    copy.bound = Default::default();
    Ok(column_value(interp, copy))
}

/// Expression methods a class-body `Column` leaves to `object`: it is truthy, has its own attributes
/// and is no container. Every operator does work on it (`primaryjoin=favorite_entry_id ==
/// Entry.entry_id`, `path.concat("/%")`): the free column is swapped for the table's when the class
/// is mapped (column properties) or its relationships configured.
const NOT_ON_COLUMN: &[&str] = &["__getattr__", "__getitem__", "__contains__", "__bool__"];

/// A column spec as the Python `Column` / `MappedColumn` object.
fn column_value(interp: &mut Interp, spec: ColumnSpec) -> Value {
    let mapped = spec.mapped;
    let (module, name) =
        if mapped { ("sqlalchemy.orm.properties", "MappedColumn") } else { ("sqlalchemy.sql.schema", "Column") };
    let class = crate::orm::core::core_class_keyed(
        interp,
        &format!("core:{module}.{name}#spec"),
        module,
        name,
        &[],
        crate::orm::core::expr_obj::PROPERTIES,
    );
    crate::orm::core::expr_obj::add_methods(&class);
    if !class.dict.borrow().contains_key("__add__") {
        let mut dict = class.dict.borrow_mut();
        for (m, f) in crate::orm::core::operators::METHODS.iter().filter(|(m, _)| !NOT_ON_COLUMN.contains(m)) {
            dict.insert(crate::ir::Name::from(*m), Interp::builtin(m, *f));
        }
    }
    wrap(interp, &class, spec)
}

pub(super) fn column_default(interp: &mut Interp, v: &Value) -> PyResult<ColumnDefault> {
    Ok(match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => {
            ColumnDefault::Callable { handle: Rc::new(v.clone()), takes_context: false }
        }
        other => match crate::orm::core::convert::expr_of(interp, other)? {
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
            info.ty = spec.ty.as_ref().map(crate::orm::core::bridge::core_type).unwrap_or_else(SqlType::null);
            info.primary_key = spec.primary_key;
            info.nullable = spec.nullable.unwrap_or(!spec.primary_key);
            info.schema = Some(Rc::new(ColumnSchema::default()));
        }
    }
    info
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
