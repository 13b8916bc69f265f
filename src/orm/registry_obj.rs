//! `sqlalchemy.orm.registry`: the object behind a declarative base (`Base.registry`), and the way to
//! make one explicitly (`mapper_registry = registry(); Base = mapper_registry.generate_base()`).
//!
//! Its state is the ORM's [`Registry`](super::mapper::Registry) itself (tables and mappers), with the
//! `MetaData` object it shows kept once so `reg.metadata is Base.metadata` holds as in SQLAlchemy.

use super::mapper::{Registry, RegistryRef};
use super::native::{Method, kwarg, native_class, receiver, state, wrap};
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

pub struct RegistryObj {
    pub registry: RegistryRef,
    /// The `MetaData` object shared with the bases this registry generates.
    pub metadata: RefCell<Option<Value>>,
    /// The hidden declarative base `@registry.mapped` classes are declared on.
    pub mapped_base: RefCell<Option<Value>>,
}

const METHODS: &[(&str, Method)] = &[
    ("generate_base", generate_base),
    ("mapped", mapped),
    ("mapped_as_dataclass", mapped_as_dataclass),
    ("configure", configure),
    ("map_imperatively", map_imperatively),
    ("dispose", |_, _| Ok(Value::None)),
    ("__getattr__", getattr),
];

/// `registry(metadata=None)`.
pub fn registry_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let registry = match kwarg(&args, "metadata").and_then(|m| crate::orm::core::bridge::registry_of_metadata(&m)) {
        Some(r) => r,
        None => Rc::new(RefCell::new(Registry::default())),
    };
    let metadata = kwarg(&args, "metadata").filter(|m| !matches!(m, Value::None));
    Ok(registry_value(interp, registry, metadata))
}

/// The Python `registry` object of `registry` (its `MetaData` object made now when not given).
pub fn registry_value(interp: &mut Interp, registry: RegistryRef, metadata: Option<Value>) -> Value {
    let orm = crate::orm::orm(interp).ok();
    let metadata = match (metadata, orm) {
        (Some(m), _) => Some(m),
        (None, Some(orm)) => Some(orm.metadata_object(interp, registry.clone())),
        (None, None) => None,
    };
    let class = native_class(interp, "registry", "sqlalchemy.orm.decl_api", METHODS);
    wrap(interp, &class, RegistryObj { registry, metadata: RefCell::new(metadata), mapped_base: RefCell::new(None) })
}

/// The registry a `registry = reg` class attribute of a new declarative base names.
pub fn registry_in(v: &Value) -> Option<(RegistryRef, Option<Value>)> {
    state::<RegistryObj>(v).map(|r| (r.registry.clone(), r.metadata.borrow().clone()))
}

fn generate_base(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, value, rest) = receiver::<RegistryObj>(interp, args, "registry")?;
    let orm = crate::orm::orm(interp)?;
    let base = super::modules::make_base(interp, &orm, &rest, Some(this.registry.clone()))?;
    if let Value::Class(c) = &base {
        finish_base(c, &this, value);
    }
    Ok(base)
}

/// A generated base shares its registry's `MetaData` object and names the registry.
fn finish_base(base: &Rc<Class>, this: &Rc<RegistryObj>, value: Value) {
    if let Some(md) = this.metadata.borrow().clone() {
        base.dict.borrow_mut().insert("metadata".into(), md);
    }
    base.dict.borrow_mut().insert("registry".into(), value);
}

/// `@registry.mapped`: the class declared again on a hidden base of this registry.
fn mapped(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, value, rest) = receiver::<RegistryObj>(interp, args, "registry")?;
    let cls = rest.positional.first().cloned().unwrap_or(Value::None);
    let existing = this.mapped_base.borrow().clone();
    let base = match existing {
        Some(b) => b,
        None => {
            let orm = crate::orm::orm(interp)?;
            let b = super::modules::make_base(interp, &orm, &Args::default(), Some(this.registry.clone()))?;
            if let Value::Class(c) = &b {
                finish_base(c, &this, value);
            }
            *this.mapped_base.borrow_mut() = Some(b.clone());
            b
        }
    };
    let copy = interp.source_submodule("sqlalchemy.orm.decl_api")?.get("_mapped_copy").unwrap_or(Value::None);
    interp.call(&copy, Args { positional: vec![cls, base], keywords: Vec::new() })
}

/// `registry.mapped_as_dataclass(cls=None, **dataclass_options)` (`decl_api._mapped_dataclass`).
fn mapped_as_dataclass(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, value, rest) = receiver::<RegistryObj>(interp, args, "registry")?;
    let helper = interp.source_submodule("sqlalchemy.orm.decl_api")?.get("_mapped_dataclass").unwrap_or(Value::None);
    let mut positional = vec![value];
    positional.extend(rest.positional);
    interp.call(&helper, Args { positional, keywords: rest.keywords })
}

/// `registry.map_imperatively(class_, local_table, properties=None, exclude_properties=None,
/// include_properties=None, inherits=None, polymorphic_on=..., ...)`: the class maps the table in
/// place (see `declarative/table_given.rs`); returns its `Mapper`.
fn map_imperatively(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = receiver::<RegistryObj>(interp, args, "registry")?;
    let class = rest.positional.first().cloned().or_else(|| kwarg(&rest, "class_"));
    let Some(Value::Class(class)) = class else {
        return Err(interp.type_error("map_imperatively() needs a class as its first argument"));
    };
    let orm = crate::orm::orm(interp)?;
    if crate::orm::declarative::mapped(&class).is_some() {
        return Err(orm.error(
            interp,
            crate::orm::SaExc::ArgumentError,
            format!("Class '<class '__main__.{}'>' already has a primary mapper defined. ", class.name),
        ));
    }
    let table = rest.positional.get(1).cloned().or_else(|| kwarg(&rest, "local_table")).unwrap_or(Value::None);
    let mut properties = Vec::new();
    if let Some(Value::Dict(d)) = kwarg(&rest, "properties") {
        for (k, v) in d.borrow().items() {
            if let Some(key) = super::native::as_str(&k) {
                properties.push((key, Some(v), None));
            }
        }
    }
    // The remaining keywords are the mapper arguments a declarative class gives as `__mapper_args__`.
    let mut mapper_args = crate::eval::dict::Dict::default();
    for (k, v) in &rest.keywords {
        if !matches!(&**k, "properties" | "local_table" | "class_" | "inherits") {
            mapper_args.insert(crate::eval::dict::Key::Str(Rc::from(&**k)), Value::str(k), v.clone());
        }
    }
    let mut ns = crate::eval::value::Namespace::default();
    ns.insert("__mapper_args__".into(), Value::Dict(Rc::new(RefCell::new(mapper_args))));
    let args = crate::orm::declarative::TableArgs::of(&ns, crate::orm::inheritance::MapperArgs::of(&ns));
    let inherits = match kwarg(&rest, "inherits") {
        Some(Value::Class(parent)) => crate::orm::declarative::mapped(&parent)
            .filter(|m| Rc::ptr_eq(&m.registry, &this.registry))
            .map(|m| m.mapper),
        _ => None,
    };
    let index = orm.map_to_table(interp, &class, &this.registry, &table, properties, args, inherits)?;
    Ok(super::inspection::mapper_value(interp, &this.registry, index))
}

fn configure(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, _) = receiver::<RegistryObj>(interp, args, "registry")?;
    let orm = crate::orm::orm(interp)?;
    orm.configure(interp, &this.registry)?;
    Ok(Value::None)
}

/// `metadata`, `mappers` (a frozenset in SQLAlchemy; a list here, in definition order).
fn getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, _, rest) = receiver::<RegistryObj>(interp, args, "registry")?;
    let name = rest.positional.first().and_then(super::native::as_str).unwrap_or_default();
    match name.as_str() {
        "metadata" => Ok(this.metadata.borrow().clone().unwrap_or(Value::None)),
        "mappers" => {
            let n = this.registry.borrow().mappers.len();
            let mappers = (0..n).map(|i| super::inspection::mapper_value(interp, &this.registry, i)).collect();
            Ok(Value::list(mappers))
        }
        _ => {
            Err(interp
                .error(crate::eval::ExcType::AttributeError, format!("'registry' object has no attribute '{name}'")))
        }
    }
}
