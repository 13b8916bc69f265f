//! The importable modules (`sqlalchemy`, `sqlalchemy.orm`, `sqlalchemy.exc`, …) and the Python-facing
//! methods of sessions, queries and metadata. Each method unpacks its arguments and calls the runtime.
//! Submodules hold the method tables: `session_api` (Session), `query_api` (Query/Select) and `tables`
//! (MetaData, Table).

use super::declarative::{Declarative, mapped};
use super::engine::result::result_value;
use super::expr::{SqlExpr, expr_value, to_expr};
use super::mapper::{DeclarativeRoot, RegistryRef, TableDef};
use super::native::{Method, arg, as_str, native_class, receiver, state, wrap};
use super::query::{QueryData, query_receiver, query_value};
use super::schema::{ColumnSpec, TableRef};
use super::session::{SessionData, session_of};
use super::{Orm, orm};
use crate::eval::value::{Class, Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    interp.register_module("sqlalchemy", sqlalchemy);
    interp.register_module("sqlalchemy.orm", sqlalchemy_orm);
    interp.register_module("sqlalchemy.ext", |_| Ok(Rc::new(Module::new("sqlalchemy.ext"))));
    interp.register_module("sqlalchemy.ext.declarative", |i| {
        let m = Rc::new(Module::new("sqlalchemy.ext.declarative"));
        let orm = orm(i)?;
        m.set("declarative_base", declarative_base_fn(orm));
        let decl = i.source_submodule("sqlalchemy.orm.decl_api")?;
        for name in ["declared_attr", "has_inherited_table"] {
            m.set(name, decl.get(name).unwrap_or(Value::None));
        }
        let concrete = i.source_submodule("sqlalchemy.ext.declarative.extensions")?;
        for name in ["ConcreteBase", "AbstractConcreteBase", "polymorphic_union"] {
            m.set(name, concrete.get(name).unwrap_or(Value::None));
        }
        let props = i.source_submodule("sqlalchemy.orm.descriptor_props")?;
        for name in ["synonym_for", "comparable_using"] {
            if let Some(v) = props.get(name) {
                m.set(name, v);
            }
        }
        Ok(m)
    });
    interp.register_module("sqlalchemy.event", super::core::ddl_events::event_module);
    interp.register_module("_ormplay_writer", super::writer::module);
    interp.register_module("_ormplay_dataclass", super::dataclass_args::module);
    interp.register_module("sqlalchemy.engine", |i| {
        let m = Rc::new(Module::new("sqlalchemy.engine"));
        let orm = orm(i)?;
        m.set("create_engine", bind_orm(&orm, "create_engine", Orm::create_engine));
        engine_names(i, &m)?;
        m.set("Inspector", Value::Class(super::inspection::inspector_class(i)));
        Ok(m)
    });
    // Modules older code and type hints import from; the objects are the ones the runtime makes.
    interp.register_module("sqlalchemy.engine.base", |i| {
        let m = Rc::new(Module::new("sqlalchemy.engine.base"));
        m.set("Engine", Value::Class(super::engine::engine_class(i)));
        m.set("Connection", Value::Class(super::engine::connection::connection_class(i)));
        Ok(m)
    });
    interp.register_module("sqlalchemy.engine.row", |i| {
        let m = Rc::new(Module::new("sqlalchemy.engine.row"));
        m.set("Row", Value::Class(super::engine::row::row_class(i)));
        m.set("RowMapping", Value::Class(super::engine::row::mapping_class(i)));
        Ok(m)
    });
    interp.register_module("sqlalchemy.engine.reflection", |i| {
        let m = Rc::new(Module::new("sqlalchemy.engine.reflection"));
        m.set("Inspector", Value::Class(super::inspection::inspector_class(i)));
        Ok(m)
    });
    interp.register_module("sqlalchemy.orm.session", |i| {
        let names = ["Session", "sessionmaker", "object_session", "make_transient", "make_transient_to_detached"];
        reexport(i, "sqlalchemy.orm.session", "sqlalchemy.orm", &names)
    });
    interp
        .register_module("sqlalchemy.orm.query", |i| reexport(i, "sqlalchemy.orm.query", "sqlalchemy.orm", &["Query"]));
    interp.register_module("sqlalchemy.orm.attributes", |i| {
        let m = Rc::new(Module::new("sqlalchemy.orm.attributes"));
        m.set("flag_modified", Interp::builtin("flag_modified", flag_modified));
        use super::attributes::functions as f;
        m.set("get_history", Interp::builtin("get_history", f::get_history));
        m.set("set_committed_value", Interp::builtin("set_committed_value", f::set_committed_value));
        m.set("instance_state", Interp::builtin("instance_state", f::instance_state));
        m.set("InstrumentedAttribute", Value::Class(super::native::instrumented_base(i)));
        m.set("QueryableAttribute", Value::Class(super::native::instrumented_base(i)));
        let base = i.source_submodule("sqlalchemy.orm.base")?;
        for name in ["NO_VALUE", "NEVER_SET", "PASSIVE_NO_RESULT", "ATTR_EMPTY", "LoaderCallableStatus"] {
            m.set(name, base.get(name).unwrap_or(Value::None));
        }
        Ok(m)
    });
    interp.register_module("sqlalchemy.exc", |i| exceptions_module(i, "sqlalchemy.exc", false));
    interp.register_module("sqlalchemy.orm.exc", |i| exceptions_module(i, "sqlalchemy.orm.exc", true));
    interp.register_module("sqlalchemy.types", sqlalchemy);
    interp.register_module("sqlalchemy.sql", sqlalchemy);
    interp.register_module("sqlalchemy.sql.expression", sqlalchemy);
    interp.register_module("sqlalchemy.schema", sqlalchemy);
    super::core::register_modules(interp);
}

/// The engine-side classes `sqlalchemy` and `sqlalchemy.engine` both export (`Engine`, `Connection`,
/// `Row`, `RowMapping`, `URL`, `make_url`): what type hints and isinstance checks name.
fn engine_names(interp: &mut Interp, m: &Module) -> PyResult<()> {
    engine_classes(interp, m);
    let url = interp.source_submodule("sqlalchemy.engine.url")?;
    for name in ["URL", "make_url"] {
        m.set(name, url.get(name).unwrap_or(Value::None));
    }
    Ok(())
}

/// The engine classes (`sqlalchemy` exports them without `URL`, whose module every program would
/// then load).
fn engine_classes(interp: &mut Interp, m: &Module) {
    m.set("Engine", Value::Class(super::engine::engine_class(interp)));
    m.set("Connection", Value::Class(super::engine::connection::connection_class(interp)));
    m.set("Row", Value::Class(super::engine::row::row_class(interp)));
    m.set("RowMapping", Value::Class(super::engine::row::mapping_class(interp)));
}

/// A function of a Python-source module that loads the module only when first called: the page
/// fetches such modules on first use, and most programs importing `sqlalchemy.orm` never call these.
fn from_source_on_call(module: &'static str, name: &'static str) -> Value {
    Interp::builtin(name, move |i, args| {
        let f = i.source_submodule(module)?.get(name).unwrap_or(Value::None);
        i.call(&f, args)
    })
}

/// Module `name` holding `names` of module `from` (the submodules SQLAlchemy defines them in, which
/// older tutorials import from: `from sqlalchemy.orm.session import Session`).
fn reexport(interp: &mut Interp, name: &str, from: &str, names: &[&str]) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new(name));
    if let Value::Module(source) = interp.import_module(from)? {
        for n in names {
            if let Some(v) = source.get(n) {
                m.set(n, v);
            }
        }
    }
    Ok(m)
}

/// `flag_modified(instance, key)`: the attribute counts as changed (its next flush UPDATEs it) even
/// though its value is the same object, as after changing a JSON dict in place.
fn flag_modified(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (Some(Value::Instance(inst)), Some(Value::Str(key))) = (args.positional.first(), args.positional.get(1)) else {
        return Err(interp.type_error("flag_modified() takes an instance and an attribute name"));
    };
    // `state.manager[key]`: a name that is not a mapped attribute is a KeyError.
    if crate::orm::declarative::mapped(&inst.class).is_some()
        && crate::orm::inspection::attribute_kind(inst, key).is_none()
    {
        return Err(interp.key_error(Value::Str(key.clone())));
    }
    let Some(state) = crate::orm::state::existing_state(inst) else { return Ok(Value::None) };
    if !inst.dict.borrow().contains_key(&**key) {
        let orm = orm(interp)?;
        let msg = format!("Can't flag attribute '{key}' modified; it's not present in the object state");
        return Err(orm.error(interp, super::errors::SaExc::InvalidRequestError, msg));
    }
    state.borrow_mut().committed.shift_remove(&**key);
    // The object joins the session's modified set, so the next flush looks at it.
    let orm = orm(interp)?;
    orm.note_changed(inst);
    orm.fire_modified(interp, inst, key)?;
    Ok(Value::None)
}

/// `sqlalchemy.exc`, or `sqlalchemy.orm.exc` (`orm_exc`), with the classes each exports.
fn exceptions_module(interp: &mut Interp, name: &str, orm_exc: bool) -> PyResult<Rc<Module>> {
    let orm = orm(interp)?;
    let m = Rc::new(Module::new(name));
    for (kind, class) in orm.exceptions.iter() {
        let exported = if orm_exc { kind.in_orm_exc() } else { kind.in_exc() };
        if exported {
            m.set(kind.name(), Value::Class(class.clone()));
        }
    }
    if !orm_exc {
        // The warning categories (`warnings.filterwarnings("ignore", category=SAWarning)`).
        let warnings = interp.source_submodule("sqlalchemy.exc._warnings")?;
        for (name, value) in warnings.dict.borrow().iter() {
            if name.ends_with("Warning") {
                m.set(name, value.clone());
            }
        }
    }
    Ok(m)
}

fn bind_orm(orm: &Rc<Orm>, name: &str, f: fn(&Orm, &mut Interp, Args) -> PyResult<Value>) -> Value {
    let orm = orm.clone();
    Interp::builtin(name, move |i, a| f(&orm, i, a))
}

fn sqlalchemy(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let orm = orm(interp)?;
    let m = Rc::new(Module::new("sqlalchemy"));
    m.set("create_engine", bind_orm(&orm, "create_engine", Orm::create_engine));
    m.set("Column", bind_orm(&orm, "Column", |o, i, a| o.column(i, a, false)));
    m.set("ForeignKey", bind_orm(&orm, "ForeignKey", Orm::foreign_key));
    m.set("Table", bind_orm(&orm, "Table", Orm::table));
    m.set("MetaData", bind_orm(&orm, "MetaData", |o, i, _| Ok(o.metadata_object(i, Default::default()))));
    m.set("UniqueConstraint", bind_orm(&orm, "UniqueConstraint", Orm::unique_constraint));
    for name in ["Index", "CheckConstraint", "PrimaryKeyConstraint", "ForeignKeyConstraint"] {
        m.set(name, Interp::builtin(name, |_, _| Ok(Value::None)));
    }
    for (name, class) in super::schema::type_classes(interp) {
        m.set(name, Value::Class(class));
    }
    m.set(
        "select",
        bind_orm(&orm, "select", |o, i, a| {
            let entities = o.entities(i, &a.positional)?;
            Ok(query_value(i, QueryData { entities, ..QueryData::default() }))
        }),
    );
    m.set("and_", Interp::builtin("and_", |i, a| combine(i, a, true)));
    m.set("or_", Interp::builtin("or_", |i, a| combine(i, a, false)));
    m.set(
        "not_",
        Interp::builtin("not_", |i, a| {
            let e = to_expr(i, a.positional.first().unwrap_or(&Value::None), None)?;
            Ok(expr_value(i, SqlExpr::Not(Box::new(e)), None))
        }),
    );
    m.set("desc", Interp::builtin("desc", |i, a| ordered(i, a, true)));
    m.set("asc", Interp::builtin("asc", |i, a| ordered(i, a, false)));
    m.set("true", Interp::builtin("true", |i, _| Ok(expr_value(i, SqlExpr::Bool(true), None))));
    m.set("false", Interp::builtin("false", |i, _| Ok(expr_value(i, SqlExpr::Bool(false), None))));
    m.set("null", Interp::builtin("null", |i, _| Ok(expr_value(i, SqlExpr::Literal(crate::db::Cell::Null), None))));
    m.set("text", Interp::builtin("text", super::engine::text::text));
    m.set("inspect", Interp::builtin("inspect", super::inspection::inspect_call));
    m.set("func", func_object(interp));
    m.set(
        "distinct",
        Interp::builtin("distinct", |i, a| {
            let e = to_expr(i, a.positional.first().unwrap_or(&Value::None), None)?;
            Ok(expr_value(i, SqlExpr::Func { name: "distinct".into(), args: vec![e] }, None))
        }),
    );
    m.set("exc", Value::Module(exceptions_module(interp, "sqlalchemy.exc", false)?));
    m.set("event", Value::Module(super::core::ddl_events::event_module(interp)?));
    m.set("__version__", Value::str("2.1.9"));
    // Names used in annotations (`-> ColumnElement[bool]`) by hybrid and comparator recipes.
    for name in ["ColumnElement", "SQLColumnExpression"] {
        let class = interp.create_library_class("sqlalchemy.sql.elements", name, Vec::new())?;
        m.set(name, Value::Class(class));
    }
    let legacy: Vec<(&str, Value)> = ["and_", "or_", "not_", "desc", "asc", "distinct", "func"]
        .iter()
        .filter_map(|n| m.get(n).map(|v| (*n, v)))
        .collect();
    super::core::install(interp, &m);
    engine_classes(interp, &m);
    // Until the ORM runs on the statement tree, ORM arguments keep the ORM's own constructs.
    for (name, old) in legacy {
        let Some(new) = m.get(name) else { continue };
        if name == "func" {
            continue;
        }
        m.set(name, dispatch(name, old, new));
    }
    Ok(m)
}

/// A construct function that takes the ORM's form when any argument is an ORM object.
fn dispatch(name: &str, legacy: Value, core: Value) -> Value {
    Interp::builtin(name, move |i, a| {
        let orm_args = a.positional.iter().chain(a.keywords.iter().map(|(_, v)| v)).any(super::core::bridge::is_legacy);
        if orm_args { i.call(&legacy, a) } else { i.call(&core, a) }
    })
}

fn sqlalchemy_orm(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let orm = orm(interp)?;
    let m = Rc::new(Module::new("sqlalchemy.orm"));
    m.set("declarative_base", declarative_base_fn(orm.clone()));
    m.set("DeclarativeBase", Value::Class(declarative_root(interp, &orm)?));
    for name in ["class_mapper", "object_mapper", "was_deleted"] {
        m.set(name, from_source_on_call("sqlalchemy.orm.util", name));
    }
    let mapped_class = interp.create_library_class("sqlalchemy.orm.base", "Mapped", Vec::new())?;
    m.set("Mapped", Value::Class(mapped_class.clone()));
    // `WriteOnlyMapped[X]` / `DynamicMapped[X]` annotate collections loaded with those strategies.
    for name in ["WriteOnlyMapped", "DynamicMapped"] {
        let class = interp.create_library_class("sqlalchemy.orm.base", name, vec![mapped_class.clone()])?;
        m.set(name, Value::Class(class));
    }
    for (module, names) in [
        ("sqlalchemy.orm.scoping", &["scoped_session"][..]),
        (
            "sqlalchemy.orm.decl_api",
            &["declared_attr", "declarative_mixin", "mapped_as_dataclass", "as_declarative", "has_inherited_table"][..],
        ),
        ("sqlalchemy.orm.dataclass_mapping", &["MappedAsDataclass"][..]),
        ("sqlalchemy.orm.writeonly", &["WriteOnlyCollection", "AppenderQuery"][..]),
        ("sqlalchemy.orm.bundle", &["Bundle", "DictBundle"][..]),
        (
            "sqlalchemy.orm.descriptor_props",
            &["synonym", "synonym_for", "Synonym", "SynonymProperty", "composite", "Composite", "CompositeProperty"][..],
        ),
        (
            "sqlalchemy.orm.collections",
            &[
                "attribute_keyed_dict",
                "column_keyed_dict",
                "keyfunc_mapping",
                "KeyFuncDict",
                "attribute_mapped_collection",
                "column_mapped_collection",
                "mapped_collection",
            ][..],
        ),
    ] {
        let source = interp.source_submodule(module)?;
        for name in names {
            m.set(name, source.get(name).unwrap_or(Value::None));
        }
    }
    m.set("deferred", Interp::builtin("deferred", super::core::schema_obj::column::deferred_call));
    m.set("registry", Interp::builtin("registry", super::registry_obj::registry_call));
    m.set("mapped_column", Interp::builtin("mapped_column", |i, a| super::core::schema_obj::column_call(i, a, true)));
    m.set("relationship", bind_orm(&orm, "relationship", Orm::relationship));
    m.set("validates", Interp::builtin("validates", super::validators::validates));
    m.set("reconstructor", bind_orm(&orm, "reconstructor", Orm::reconstructor));
    m.set("backref", bind_orm(&orm, "backref", Orm::backref));
    m.set("sessionmaker", bind_orm(&orm, "sessionmaker", Orm::sessionmaker));
    m.set("make_transient", bind_orm(&orm, "make_transient", Orm::make_transient));
    m.set("object_session", Interp::builtin("object_session", super::inspection::instance::object_session_call));
    m.set("make_transient_to_detached", bind_orm(&orm, "make_transient_to_detached", Orm::make_transient_to_detached));
    // A real class, so programs subclass it (`class AppSession(Session)`) and `isinstance` works.
    m.set("Session", Value::Class(super::session::session_class(interp)));
    m.set("column_property", Interp::builtin("column_property", super::column_property::column_property));
    m.set("query_expression", Interp::builtin("query_expression", super::column_property::query_expression));
    for name in ["defer", "undefer", "undefer_group", "load_only", "with_expression"]
        .into_iter()
        .chain(super::core::loader_options::RELATIONSHIP_OPTIONS.iter().copied())
    {
        m.set(name, super::core::loader_options::option_function(name));
    }
    m.set("Load", super::core::loader_options::load_constructor());
    m.set("ORMExecuteState", Value::Class(super::core::orm_execute_state::state_class(interp)));
    m.set(
        "with_loader_criteria",
        Interp::builtin("with_loader_criteria", super::core::loader_criteria::with_loader_criteria),
    );
    m.set(
        "configure_mappers",
        Interp::builtin("configure_mappers", |i, _| {
            let orm = super::orm(i)?;
            let registries: Vec<RegistryRef> = orm.registries.borrow().clone();
            for r in registries {
                orm.configure(i, &r)?;
            }
            Ok(Value::None)
        }),
    );
    m.set("Mapper", Value::Class(super::inspection::mapper_class(interp)));
    m.set("aliased", Interp::builtin("aliased", super::core::orm_select::aliased_call));
    m.set("foreign", Interp::builtin("foreign", super::core::annotations::foreign_call));
    m.set("remote", Interp::builtin("remote", super::core::annotations::remote_call));
    m.set("Query", Value::Class(super::core::orm_query::query_class(interp)));
    m.set("InstrumentedAttribute", Value::Class(super::native::instrumented_base(interp)));
    m.set("QueryableAttribute", Value::Class(super::native::instrumented_base(interp)));
    m.set("with_parent", Interp::builtin("with_parent", super::core::lazy_clause::with_parent_call));
    // Loaded on first call: most programs never build a polymorphic union.
    m.set(
        "polymorphic_union",
        Interp::builtin("polymorphic_union", |i, a| {
            let module = i.source_submodule("sqlalchemy.ext.declarative.extensions")?;
            let f = module.get("polymorphic_union").unwrap_or(Value::None);
            i.call(&f, a)
        }),
    );
    m.set("with_polymorphic", Interp::builtin("with_polymorphic", super::inheritance::with_polymorphic_call));
    m.set("exc", Value::Module(exceptions_module(interp, "sqlalchemy.orm.exc", true)?));
    Ok(m)
}

fn declarative_base_fn(orm: Rc<Orm>) -> Value {
    Interp::builtin("declarative_base", move |i, a| make_base(i, &orm, &a, None))
}

/// A declarative base class (`declarative_base(cls=Mixin, name="Model")`, `registry.generate_base()`)
/// on `registry`, or on a new one.
pub(super) fn make_base(
    interp: &mut Interp,
    orm: &Rc<Orm>,
    a: &Args,
    registry: Option<RegistryRef>,
) -> PyResult<Value> {
    let i = interp;
    let hooks: Rc<dyn crate::eval::value::ClassHooks> = Rc::new(Declarative { orm: Rc::downgrade(orm) });
    // The base derives from `cls` (default object).
    let cls = match super::native::kwarg(a, "cls") {
        Some(Value::Class(c)) if !Rc::ptr_eq(&c, &i.types.object) => Some(c),
        _ => None,
    };
    let (bases, mro_tail) = Class::single_base(cls, &i.types.object);
    let name = super::native::kwarg(a, "name").and_then(|v| as_str(&v)).unwrap_or_else(|| "Base".into());
    let base = Rc::new(Class::new(&name, "__main__", bases, mro_tail, i.next_id()).with_hooks(Some(hooks)));
    base.dict.borrow_mut().insert(Name::from("__init__"), Interp::builtin("__init__", declarative_init));
    orm.install_base(i, &base, registry.unwrap_or_default());
    Ok(Value::Class(base))
}

fn declarative_root(interp: &mut Interp, orm: &Rc<Orm>) -> PyResult<Rc<Class>> {
    let hooks: Rc<dyn crate::eval::value::ClassHooks> = Rc::new(Declarative { orm: Rc::downgrade(orm) });
    let (bases, mro_tail) = Class::single_base(None, &interp.types.object);
    let root = Class::new("DeclarativeBase", "sqlalchemy.orm", bases, mro_tail, interp.next_id());
    let root = Rc::new(root.with_hooks(Some(hooks)).with_native(Rc::new(DeclarativeRoot)));
    root.dict.borrow_mut().insert(Name::from("__init__"), Interp::builtin("__init__", declarative_init));
    Ok(root)
}

/// The declarative constructor (`Model(name=..., children=[...])`) as a real `Base.__init__`, so a
/// model's own `__init__` can call `super().__init__(**kwargs)`.
fn declarative_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut positional = args.positional.into_iter();
    let Some(Value::Instance(inst)) = positional.next() else {
        return Err(interp.type_error("descriptor '__init__' needs a mapped instance"));
    };
    let rest = Args { positional: positional.collect(), keywords: args.keywords };
    let hooks = inst.class.hooks();
    match hooks.and_then(|h| h.default_init(interp, &inst, rest.clone())) {
        Some(result) => result.map(|()| Value::None),
        None if rest.positional.is_empty() && rest.keywords.is_empty() => Ok(Value::None),
        // An unmapped declarative class (`__abstract__ = True`): SQLAlchemy's
        // `_declarative_constructor` still sets each keyword the class has an attribute for.
        None if rest.positional.is_empty() && super::declarative::registry_of(&inst.class).is_some() => {
            let this = Value::Instance(inst.clone());
            for (key, v) in rest.keywords {
                if inst.class.lookup(&key).is_none() {
                    return Err(
                        interp.type_error(format!("'{key}' is an invalid keyword argument for {}", inst.class.name))
                    );
                }
                interp.set_attr(&this, &key, v)?;
            }
            Ok(Value::None)
        }
        None => Err(interp.type_error(format!("{}() takes no arguments", inst.class.name))),
    }
}

fn combine(interp: &mut Interp, args: Args, and: bool) -> PyResult<Value> {
    let mut items = Vec::new();
    for a in &args.positional {
        items.push(to_expr(interp, a, None)?);
    }
    Ok(expr_value(interp, if and { SqlExpr::And(items) } else { SqlExpr::Or(items) }, None))
}

fn ordered(interp: &mut Interp, args: Args, desc: bool) -> PyResult<Value> {
    let e = super::expr::to_order_expr(interp, args.positional.first().unwrap_or(&Value::None))?;
    Ok(expr_value(interp, SqlExpr::Ordered { expr: Box::new(e), desc }, None))
}

fn func_object(interp: &mut Interp) -> Value {
    let class = native_class(
        interp,
        "func",
        "sqlalchemy.sql",
        &[("__getattr__", |_, a| {
            let name = a.positional.get(1).and_then(as_str).unwrap_or_default();
            Ok(Interp::builtin(&name.clone(), move |i, a| {
                let mut args = Vec::new();
                for v in &a.positional {
                    args.push(to_expr(i, v, None)?);
                }
                let e = if name == "count" && args.is_empty() {
                    SqlExpr::CountStar
                } else {
                    SqlExpr::Func { name: name.clone(), args }
                };
                Ok(expr_value(i, e, None))
            }))
        })],
    );
    wrap(interp, &class, ())
}

mod ddl_run_events;
mod query_api;
mod session_api;
pub(crate) mod table_ddl;
mod tables;

pub use query_api::{QUERY_RUN_METHODS, SELECT_METHODS};
pub use session_api::*;
pub use tables::MetaDataObj;
