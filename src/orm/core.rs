//! SQLAlchemy Core as Python sees it: the objects of `sqlalchemy` (MetaData, Table, Column, types,
//! `select()`, `insert()`, `func`, operators on columns, `str(stmt)`, `stmt.compile()`) over the typed
//! statement tree of [`crate::sql`].
//!
//! Each Python object is a native instance carrying an `Rc` of its tree node, so Python-side identity
//! and sharing behave as SQLAlchemy's immutable constructs do. Classes are created once per interpreter
//! with SQLAlchemy's module and class names, which is what default reprs show
//! (`<sqlalchemy.sql.elements.BinaryExpression object at 0x...>`).
//!
//! Submodules: [`convert`] (Python values and the SQL layer), [`types_obj`] (type classes),
//! [`expr_obj`] and [`operators`] (column expressions), [`collection`] (`.c`), [`schema_obj`]
//! (MetaData, Table, Column, constraints), [`select_obj`] and [`from_obj`] (SELECT, subqueries, joins),
//! [`dml_obj`] (INSERT/UPDATE/DELETE), [`functions`] (`func` and the construct functions),
//! [`compiled_obj`] (`compile()` and dialects), [`bridge`] (the ORM's tables and attributes as Core
//! objects).

pub mod annotations;
pub mod bridge;
pub mod bundle;
pub mod collection;
pub mod compiled_obj;
pub mod constructors;
pub mod convert;
pub mod ddl_events;
pub mod descriptions;
pub mod dml_obj;
pub mod entity_criteria;
pub mod execute;
pub mod expr_obj;
pub mod from_obj;
pub mod functions;
pub mod generic_function;
pub mod join_alias;
pub mod join_condition;
pub mod json_ops;
pub mod lazy_clause;
pub mod loader_criteria;
pub mod loader_options;
pub mod operators;
pub mod orm_dml;
pub mod orm_execute;
pub mod orm_execute_state;
pub mod orm_query;
pub mod orm_select;
pub mod orm_sql;
pub mod propagate;
pub mod rel_path;
pub mod schema_obj;
pub mod select_obj;
pub mod types_obj;
pub mod values_obj;

use crate::eval::value::Namespace;
use crate::eval::value::{Class, Module, Property, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::rc::Rc;

pub type Method = fn(&mut Interp, Args) -> PyResult<Value>;

/// A native class with SQLAlchemy's module and name, created once per interpreter: `methods` become
/// builtins, `properties` read-only properties.
pub fn core_class(
    interp: &mut Interp,
    module: &str,
    name: &str,
    methods: &[(&str, Method)],
    properties: &[(&str, Method)],
) -> Rc<Class> {
    core_class_keyed(interp, &format!("core:{module}.{name}"), module, name, methods, properties)
}

/// [`core_class`] under an explicit registry key (two native states behind one Python class name).
pub fn core_class_keyed(
    interp: &mut Interp,
    key: &str,
    module: &str,
    name: &str,
    methods: &[(&str, Method)],
    properties: &[(&str, Method)],
) -> Rc<Class> {
    let key = key.to_string();
    if let Some(c) = interp.registered_class(&key) {
        return c;
    }
    let mut dict = Namespace::default();
    for (m, f) in methods {
        dict.insert(Name::from(*m), Interp::builtin(m, *f));
    }
    for (p, f) in properties {
        let getter = Interp::builtin(p, *f);
        dict.insert(
            Name::from(*p),
            Value::Property(Rc::new(Property { getter, setter: None, deleter: None, doc: None })),
        );
    }
    let (bases, mro_tail) = Class::single_base(None, &interp.types.object);
    let class = Rc::new(Class::new(name, module, bases, mro_tail, interp.next_id()).with_dict(dict));
    interp.register_class(&key, class.clone());
    class
}

/// SQLAlchemy's repr of named constructs: `<sqlalchemy.sql.elements.Label at 0x...; name>`.
pub fn named_repr(module: &str, class: &str, id: usize, name: &str) -> String {
    format!("<{module}.{class} at {}; {name}>", fake_address(id))
}

/// The address CPython-style default reprs show (the evaluator's convention).
pub fn fake_address(id: usize) -> String {
    format!("0x{:012x}", 0x7f00_0000_0000u64.wrapping_add((id as u64).wrapping_mul(0x30)))
}

/// The receiver of a method and the rest of the arguments.
pub fn split_self(args: Args) -> (Value, Args) {
    let mut positional = args.positional.into_iter();
    let this = positional.next().unwrap_or(Value::None);
    (this, Args { positional: positional.collect(), keywords: args.keywords })
}

/// A keyword argument, or the positional one at `index`.
pub fn arg(args: &Args, index: usize, name: &str) -> Option<Value> {
    crate::orm::native::arg(args, index, name)
}

/// The first positional argument, `None` when there is none (constructors then raise their own error).
pub fn first(args: &Args) -> Value {
    args.positional.first().cloned().unwrap_or(Value::None)
}

/// A keyword argument.
pub fn kwarg(args: &Args, name: &str) -> Option<Value> {
    crate::orm::native::kwarg(args, name)
}

/// Whether a keyword argument is given and true.
pub fn flag(interp: &mut Interp, args: &Args, name: &str) -> PyResult<bool> {
    match kwarg(args, name) {
        Some(v) => interp.truthy(&v),
        None => Ok(false),
    }
}

/// Adds the Core names to the `sqlalchemy` module (and friends).
pub fn install(interp: &mut Interp, m: &Module) {
    types_obj::install(interp, m);
    schema_obj::install(interp, m);
    functions::install(interp, m);
    constructors::install(m);
    select_obj::install(interp, m);
    dml_obj::install(interp, m);
}

/// `sqlalchemy.dialects.*` and `sqlalchemy.sql.expression` style modules.
pub fn register_modules(interp: &mut Interp) {
    compiled_obj::register_dialect_modules(interp);
    interp.register_module("_ormplay_functions", generic_function::module);
}
