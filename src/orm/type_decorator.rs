//! `TypeDecorator` at run time: the one place where a user's type object meets the values crossing
//! between Python and SQL.
//!
//! A `TypeDecorator` subclass names an `impl` type (`impl = String`); its instance (`LowerString(100)`)
//! is the impl type (`String(100)`: the DDL, the operators, pysqlite's binding) plus the user's Python
//! processing. The SQL layer carries the instance opaquely in [`SqlType::decorator`]; this module runs
//! its methods, as SQLAlchemy's `TypeDecorator.bind_processor` / `result_processor` do:
//! - [`process_bind`]: `process_bind_param(value, dialect)` on every value bound to the type — a
//!   flushed attribute (INSERT, UPDATE, the primary key of a WHERE), a literal compared with a column
//!   (`col == "x"`, `in_`, `filter_by`) — before the impl's own binding;
//! - [`process_result`]: `process_result_value(value, dialect)` on every value loaded for the type,
//!   after the impl's result processing;
//! - [`init`]: `TypeDecorator.__init__` (`self.impl = impl(*args, **kwargs)`), and
//!   `load_dialect_impl(dialect)` when the class defines it (see [`resolved`]).
//!
//! A method the subclass does not define is no processing, as in SQLAlchemy (which checks for an
//! override before it builds a processor).

use crate::db::Cell;
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::sql::types::{Decorator, PyObject, SqlType};
use crate::sql::value::SqlValue;
use std::rc::Rc;

/// Whether `class` derives from `sqlalchemy.types.TypeDecorator`.
pub fn is_decorator_class(interp: &Interp, class: &Rc<Class>) -> bool {
    interp.registered_class("core:sqlalchemy.types.TypeDecorator").is_some_and(|td| class.is_subclass_of(&td))
}

/// `TypeDecorator.__init__(*args, **kwargs)`: `self.impl = to_instance(cls.impl, *args, **kwargs)` —
/// an `impl` class is called with the arguments, an `impl` instance is used as it is. The type is the
/// impl's, decorated by the instance. `None` when `inst` is no `TypeDecorator`.
pub fn init(interp: &mut Interp, inst: &Rc<Instance>, args: &Args) -> PyResult<Option<SqlType>> {
    if !is_decorator_class(interp, &inst.class) {
        return Ok(None);
    }
    let Some(declared) = inst.class.lookup("impl") else {
        let class = interp.types.exception(crate::eval::ExcType::AssertionError);
        let message = "TypeDecorator implementations require a class-level variable 'impl' which refers to the \
                       class of type being decorated";
        return Err(crate::eval::Exc::new(interp.make_exception(&class, vec![Value::str(message)])));
    };
    let impl_object = match &declared {
        Value::Class(_) => interp.call(&declared, args.clone())?,
        other => other.clone(),
    };
    let impl_type = crate::orm::core::types_obj::type_of(interp, &impl_object).unwrap_or_else(SqlType::null);
    {
        let mut dict = inst.dict.borrow_mut();
        dict.insert(Name::from("impl"), impl_object.clone());
        dict.insert(Name::from("impl_instance"), impl_object);
        if let Some(n) = impl_type.length {
            dict.insert(Name::from("length"), Value::Int(n));
        }
    }
    let object: Rc<dyn std::any::Any> = inst.clone();
    let decorator = Decorator { class_name: inst.class.name.to_string(), object: PyObject(object) };
    Ok(Some(SqlType { decorator: Some(decorator), ..impl_type.undecorated() }))
}

/// `to_instance(typeobj)`: a `TypeDecorator` subclass given as a class (`mapped_column(JSONText)`) is
/// instantiated without arguments; anything else is returned as it is.
pub fn to_instance(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Class(c) if is_decorator_class(interp, c) => interp.call(v, Args::default()),
        other => Ok(other.clone()),
    }
}

/// The type as the SQLite dialect uses it: when the decorator's class defines
/// `load_dialect_impl(dialect)`, the type it returns replaces the impl (the decorator stays).
pub fn resolved(interp: &mut Interp, ty: SqlType) -> PyResult<SqlType> {
    let Some(object) = decorator_object(&ty) else { return Ok(ty) };
    if !defines(&object, "load_dialect_impl") {
        return Ok(ty);
    }
    let dialect = crate::orm::engine::dialect_object(interp);
    let chosen = interp.call_method(&Value::Instance(object), "load_dialect_impl", vec![dialect])?;
    let chosen = to_instance(interp, &chosen)?;
    match crate::orm::core::types_obj::type_of(interp, &chosen) {
        Some(t) => Ok(SqlType { decorator: ty.decorator, ..t.undecorated() }),
        None => Ok(ty),
    }
}

/// The decorator instance of a type, if it is decorated.
fn decorator_object(ty: &SqlType) -> Option<Rc<Instance>> {
    ty.decorator.as_ref().and_then(|d| d.object.0.clone().downcast::<Instance>().ok())
}

/// Whether the decorator's class (not `TypeDecorator` itself) defines `method`.
fn defines(object: &Rc<Instance>, method: &str) -> bool {
    object.class.lookup(method).is_some_and(|m| matches!(m, Value::Function(_)))
}

/// Runs `method(value, dialect)` of the type's decorator, if the type has one that defines it.
fn run(interp: &mut Interp, method: &str, value: Value, ty: &SqlType) -> PyResult<Value> {
    let Some(object) = decorator_object(ty) else { return Ok(value) };
    if !defines(&object, method) {
        return Ok(value);
    }
    let dialect = crate::orm::engine::dialect_object(interp);
    interp.call_method(&Value::Instance(object), method, vec![value, dialect])
}

/// The value to bind for `value` of type `ty`: `process_bind_param`'s result, else the value itself.
pub fn process_bind(interp: &mut Interp, value: &Value, ty: &SqlType) -> PyResult<Value> {
    run(interp, "process_bind_param", value.clone(), ty)
}

/// The value loaded for type `ty` from what its impl gave: `process_result_value`'s result.
pub fn process_result(interp: &mut Interp, value: Value, ty: &SqlType) -> PyResult<Value> {
    run(interp, "process_result_value", value, ty)
}

/// The driver value of an ORM attribute value for a column of the ORM's type `ty` (flush, identity
/// lookups): the decorator's bind processing, then the impl's.
pub fn bind_cell(interp: &mut Interp, value: &Value, ty: &crate::orm::schema::SqlType) -> PyResult<Cell> {
    match ty {
        crate::orm::schema::SqlType::Decorated(d) => {
            let processed = process_bind(interp, value, &d.core)?;
            Ok(crate::orm::state::to_cell(&processed, &d.inner))
        }
        _ => {
            crate::orm::orm(interp)?.check_bind(interp, value, ty)?;
            Ok(crate::orm::state::to_cell(value, ty))
        }
    }
}

/// The Python value of a database value for a column of the ORM's type `ty`: the impl's result
/// processing, then the decorator's.
pub fn load_cell(interp: &mut Interp, cell: &Cell, ty: &crate::orm::schema::SqlType) -> PyResult<Value> {
    if let crate::orm::schema::SqlType::Enum(spec) = ty {
        crate::orm::bind_check::check_loaded_enum(interp, cell, spec)?;
    }
    let value = crate::orm::state::from_cell(interp, cell, ty);
    match ty {
        crate::orm::schema::SqlType::Decorated(d) => process_result(interp, value, &d.core),
        _ => Ok(value),
    }
}

/// A Python value compared with (or assigned to) an expression of type `target`, as an operand: a
/// plain value is bound through the target's `process_bind_param` when the target is decorated
/// (`TypeDecorator.coerce_compared_value` keeps the decorator for the literal); `None` stays `IS NULL`.
pub fn operand_for(interp: &mut Interp, v: &Value, target: &SqlType) -> PyResult<crate::sql::elements::build::Operand> {
    use crate::sql::elements::build::Operand;
    let operand = crate::orm::core::convert::to_operand(interp, v)?;
    match operand {
        Operand::Value(ref plain) if target.decorator.is_some() && !matches!(plain, SqlValue::None) => {
            let processed = process_bind(interp, v, target)?;
            Ok(Operand::Value(crate::orm::core::convert::to_sql_value(interp, &processed)?))
        }
        other => Ok(other),
    }
}

/// The plain values of an INSERT or UPDATE's `.values(...)` bound through the decorators of the
/// columns they go to (the table's column of that key).
pub fn process_dml_values(
    interp: &mut Interp,
    table: Option<&crate::sql::selectable::FromRef>,
    pairs: &mut [(crate::sql::dml::DmlKey, crate::sql::dml::DmlValue)],
) -> PyResult<()> {
    use crate::sql::dml::{DmlKey, DmlValue};
    let columns = table.map(|t| t.columns()).unwrap_or_default();
    for (key, value) in pairs.iter_mut() {
        let DmlValue::Value(plain) = value else { continue };
        if matches!(plain, SqlValue::None) {
            continue;
        }
        let ty = match key {
            DmlKey::Column(c) => c.col.ty.clone(),
            DmlKey::Name(name) => match columns.iter().find(|c| &c.key == name) {
                Some(c) => c.ty.clone(),
                None => continue,
            },
        };
        if ty.decorator.is_none() {
            continue;
        }
        let python = crate::orm::core::convert::from_sql_value(interp, plain);
        let processed = process_bind(interp, &python, &ty)?;
        *plain = crate::orm::core::convert::to_sql_value(interp, &processed)?;
    }
    Ok(())
}

/// An executemany / execute parameter set of an INSERT or UPDATE (`conn.execute(insert(t), [{...}])`):
/// each value named after a decorated column of `table` is bound through its decorator.
pub fn process_param_set(
    interp: &mut Interp,
    table: Option<&crate::sql::selectable::FromRef>,
    set: &mut [(String, Value)],
) -> PyResult<()> {
    let Some(table) = table else { return Ok(()) };
    let columns = table.columns();
    for (key, value) in set.iter_mut() {
        let Some(c) = columns.iter().find(|c| &c.key == key) else { continue };
        if c.ty.decorator.is_some() && !matches!(value, Value::None) {
            *value = process_bind(interp, value, &c.ty)?;
        }
    }
    Ok(())
}
