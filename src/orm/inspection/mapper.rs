//! `inspect(User)` / `User.__mapper__`: SQLAlchemy's `Mapper` of a mapped class — `columns`/`c`,
//! `attrs`, `column_attrs`, `relationships`, `primary_key`, `tables`, `class_` — and its
//! `MapperProperty` objects (`ColumnProperty`, the declarative `_RelationshipDeclared`).
//!
//! Property order is the mapper's `_props` order: properties the class body declares (relationships)
//! come first, then the table's columns, then relationships another class's `backref=` added at
//! configure time, as `Mapper._configure_properties` and the backref's later `_configure_property`
//! produce it.

use super::props_value;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::core::{fake_address, split_self};
use crate::orm::mapper::{Direction, Registry, RegistryRef};
use crate::orm::native::{Method, native_class, native_property, receiver, state, wrap};
use std::rc::Rc;

mod hierarchy;
mod property;
use property::prop_class;

/// What kind of mapped attribute a key is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AttrKind {
    Column,
    Relationship {
        uselist: bool,
    },
    /// `synonym("name")`: a Python descriptor in the class body, its property that descriptor.
    Synonym,
}

/// The Python class name of a class-body entry (`SynonymProperty`, `hybrid_property`, ...).
fn descriptor_name(v: &Value) -> Option<&str> {
    match v {
        Value::Instance(inst) => Some(&inst.class.name),
        _ => None,
    }
}

/// The mapper's attribute keys in `_props` order (see the module overview).
pub fn attribute_keys(reg: &Registry, mapper: usize) -> Vec<(String, AttrKind)> {
    let Some(m) = reg.mappers.get(mapper) else { return Vec::new() };
    let rel = |r: &crate::orm::mapper::Relationship| {
        let uselist = r.resolved.as_ref().is_none_or(|x| x.uselist);
        (r.key.clone(), AttrKind::Relationship { uselist })
    };
    let mut out: Vec<(String, AttrKind)> = m.expressions.iter().map(|p| (p.key.clone(), AttrKind::Column)).collect();
    out.extend(m.relationships.iter().filter(|r| !r.from_backref).map(rel));
    // Synonyms sit among the class body's declared properties in class-body order, as declarative
    // collects them (`full = column_property(...)`, `surname = synonym("last")`, `books = ...`).
    let dict = m.class.dict.borrow();
    for (at, (key, v)) in dict.iter().enumerate() {
        if matches!(descriptor_name(v), Some("SynonymProperty" | "Synonym")) {
            let later = out.iter().position(|(k, _)| dict.get_index_of(k.as_str()).is_some_and(|p| p > at));
            out.insert(later.unwrap_or(out.len()), (key.to_string(), AttrKind::Synonym));
        }
    }
    if let Some(table) = reg.table_of(mapper) {
        out.extend(table.columns.iter().map(|c| (c.key.clone(), AttrKind::Column)));
    }
    out.extend(m.relationships.iter().filter(|r| r.from_backref).map(rel));
    out
}

/// A `Mapper` object.
pub struct MapperObj {
    registry: RegistryRef,
    mapper: usize,
}

/// A `MapperProperty` object: one attribute of a mapper.
pub struct PropObj {
    registry: RegistryRef,
    mapper: usize,
    key: String,
    kind: AttrKind,
}

pub fn is_mapper(v: &Value) -> bool {
    state::<MapperObj>(v).is_some()
}

/// The `Mapper` of mapper `mapper` of `registry`.
pub fn mapper_value(interp: &mut Interp, registry: &RegistryRef, mapper: usize) -> Value {
    let key = (Rc::as_ptr(registry) as *const () as usize, mapper);
    let orm = crate::orm::orm(interp).ok();
    if let Some(v) = orm.as_ref().and_then(|o| o.mapper_values.borrow().get(&key).cloned()) {
        return v;
    }
    let class = mapper_class(interp);
    let value = wrap(interp, &class, MapperObj { registry: registry.clone(), mapper });
    if let Some(orm) = orm {
        orm.mapper_values.borrow_mut().insert(key, value.clone());
    }
    value
}

/// `sqlalchemy.orm.Mapper`: one class for every way a program meets a mapper (`inspect(User)`,
/// `User.__mapper__`, an event listener's argument), so `isinstance(m, Mapper)` holds for all.
pub fn mapper_class(interp: &mut Interp) -> Rc<crate::eval::value::Class> {
    let class = native_class(interp, "Mapper", "sqlalchemy.orm.mapper", MAPPER_METHODS);
    if class.dict.borrow().get("mapper").is_none() {
        for (name, getter) in MAPPER_PROPERTIES.iter().chain(hierarchy::PROPERTIES) {
            native_property(&class, name, *getter);
        }
        for (name, f) in hierarchy::METHODS {
            class.dict.borrow_mut().insert(crate::ir::Name::from(*name), Interp::builtin(name, *f));
        }
    }
    class
}

/// A flag of the class's `__mapper_args__` (from the class, a mixin or a `declared_attr`), or its
/// default.
fn mapper_arg(interp: &mut Interp, args: Args, key: &str, default: Value) -> PyResult<Value> {
    let m = this(interp, args)?;
    let class = class_of(&m.registry, m.mapper);
    let Ok(margs) = interp.get_attr(&class, "__mapper_args__") else { return Ok(default) };
    let Value::Dict(d) = margs else { return Ok(default) };
    let found = d.borrow().get(&crate::eval::dict::Key::Str(Rc::from(key))).cloned();
    Ok(found.unwrap_or(default))
}

fn this(interp: &Interp, args: Args) -> PyResult<Rc<MapperObj>> {
    let (m, _, _) = receiver::<MapperObj>(interp, args, "Mapper")?;
    Ok(m)
}

fn class_of(reg: &RegistryRef, mapper: usize) -> Value {
    reg.borrow().mappers.get(mapper).map_or(Value::None, |m| Value::Class(m.class.clone()))
}

fn table_of(interp: &mut Interp, reg: &RegistryRef, mapper: usize) -> Value {
    let name = reg.borrow().mappers.get(mapper).map(|m| m.table.clone()).unwrap_or_default();
    crate::orm::core::bridge::table_value(interp, reg, &name).unwrap_or(Value::None)
}

/// `mapper.columns`: the mapped columns keyed by attribute key (`full_name` for
/// `full_name = mapped_column("name", ...)`), without the columns `exclude_properties` left out.
fn columns_of(interp: &mut Interp, reg: &RegistryRef, mapper: usize) -> PyResult<Value> {
    let located: Vec<(String, String, String)> = {
        let r = reg.borrow();
        crate::orm::inheritance::mapped_columns(&r, mapper)
            .into_iter()
            .filter_map(|c| {
                let (t, _) = crate::orm::inheritance::column_of_key(&r, mapper, &c.key)?;
                Some((c.key.clone(), t.name.clone(), c.name.clone()))
            })
            .collect()
    };
    let mut items = Vec::new();
    for (key, table, name) in located {
        let Some(from) = crate::orm::core::bridge::core_table(reg, &table) else { continue };
        if let Some(c) = from.column_ref_by_name(&name) {
            items.push((key, Rc::new(crate::sql::elements::Expr::Column(c))));
        }
    }
    Ok(crate::orm::core::collection::columns_value(interp, items))
}

/// The Core `Column` object of a column attribute.
fn column_object(interp: &mut Interp, reg: &RegistryRef, mapper: usize, key: &str) -> PyResult<Value> {
    let c = columns_of(interp, reg, mapper)?;
    interp.get_attr(&c, key)
}

/// The mapper's properties of the kinds `want` accepts, as `ReadOnlyProperties`.
fn properties(interp: &mut Interp, m: &MapperObj, want: fn(AttrKind) -> bool) -> Value {
    let keys = attribute_keys(&m.registry.borrow(), m.mapper);
    let owner = class_of(&m.registry, m.mapper);
    let mut items = Vec::new();
    for (key, kind) in keys.into_iter().filter(|(_, kind)| want(*kind)) {
        let v = match (kind, &owner) {
            // A synonym's property is the `SynonymProperty` object of the class body.
            (AttrKind::Synonym, Value::Class(c)) => c.dict.borrow().get(key.as_str()).cloned().unwrap_or(Value::None),
            _ => {
                let class = prop_class(interp, kind);
                wrap(interp, &class, PropObj { registry: m.registry.clone(), mapper: m.mapper, key: key.clone(), kind })
            }
        };
        items.push((key, v));
    }
    props_value(interp, items)
}

fn any_kind(_: AttrKind) -> bool {
    true
}

const MAPPER_METHODS: &[(&str, Method)] = &[
    ("__repr__", |i, a| {
        let m = this(i, a)?;
        let reg = m.registry.borrow();
        let shown = reg.mappers.get(m.mapper).map(|x| format!("Mapper[{}({})]", x.class_name, x.table));
        Ok(Value::str(&shown.unwrap_or_default()))
    }),
    ("__eq__", |i, a| {
        let (this, rest) = split_self(a);
        let (Some(x), Some(y)) = (state::<MapperObj>(&this), rest.positional.first().and_then(state::<MapperObj>))
        else {
            return Ok(Value::Bool(false));
        };
        let _ = i;
        Ok(Value::Bool(Rc::ptr_eq(&x.registry, &y.registry) && x.mapper == y.mapper))
    }),
    ("__hash__", |i, a| Ok(Value::Int(this(i, a)?.mapper as i64))),
    ("get_property", |i, a| {
        let (m, _, rest) = receiver::<MapperObj>(i, a, "Mapper")?;
        let key = rest.positional.first().and_then(crate::orm::native::as_str).unwrap_or_default();
        let props = properties(i, &m, any_kind);
        i.call_method(&props, "__getitem__", vec![Value::str(&key)])
    }),
    ("has_property", |i, a| {
        let (m, _, rest) = receiver::<MapperObj>(i, a, "Mapper")?;
        let key = rest.positional.first().and_then(crate::orm::native::as_str).unwrap_or_default();
        Ok(Value::Bool(attribute_keys(&m.registry.borrow(), m.mapper).iter().any(|(k, _)| *k == key)))
    }),
];

const MAPPER_PROPERTIES: &[(&str, Method)] = &[
    // The `__mapper_args__` flags as the mapper keeps them (`eager_defaults` defaults to "auto").
    ("eager_defaults", |i, a| mapper_arg(i, a, "eager_defaults", Value::str("auto"))),
    ("confirm_deleted_rows", |i, a| mapper_arg(i, a, "confirm_deleted_rows", Value::Bool(true))),
    ("always_refresh", |i, a| mapper_arg(i, a, "always_refresh", Value::Bool(false))),
    ("class_", |i, a| {
        let m = this(i, a)?;
        Ok(class_of(&m.registry, m.mapper))
    }),
    ("entity", |i, a| {
        let m = this(i, a)?;
        Ok(class_of(&m.registry, m.mapper))
    }),
    ("mapper", |i, a| {
        let m = this(i, a)?;
        Ok(mapper_value(i, &m.registry, m.mapper))
    }),
    ("is_mapper", |_, _| Ok(Value::Bool(true))),
    ("columns", |i, a| {
        let m = this(i, a)?;
        columns_of(i, &m.registry, m.mapper)
    }),
    ("c", |i, a| {
        let m = this(i, a)?;
        columns_of(i, &m.registry, m.mapper)
    }),
    ("local_table", |i, a| {
        let m = this(i, a)?;
        Ok(table_of(i, &m.registry, m.mapper))
    }),
    ("persist_selectable", |i, a| {
        let m = this(i, a)?;
        Ok(table_of(i, &m.registry, m.mapper))
    }),
    ("selectable", |i, a| {
        let m = this(i, a)?;
        Ok(table_of(i, &m.registry, m.mapper))
    }),
    ("tables", |i, a| {
        // Every table the mapper's rows span (a joined subclass's lineage, base first).
        let m = this(i, a)?;
        let names: Vec<String> = crate::orm::inheritance::tables_of(&m.registry.borrow(), m.mapper)
            .into_iter()
            .map(|t| t.name.clone())
            .collect();
        // `find_tables()` walks the left-deep join breadth first: the newest tables come first,
        // the base and its first subclass last (`['laptop', 'asset', 'device']`).
        let names = match names.split_at_checked(2) {
            Some((first, rest)) if !rest.is_empty() => rest.iter().rev().chain(first).cloned().collect(),
            _ => names,
        };
        let mut out = Vec::new();
        for name in names {
            out.push(crate::orm::core::bridge::table_value(i, &m.registry, &name).unwrap_or(Value::None));
        }
        Ok(Value::list(out))
    }),
    ("primary_key", |i, a| {
        let m = this(i, a)?;
        let keys: Vec<String> = m
            .registry
            .borrow()
            .table_of(m.mapper)
            .map(|t| t.primary_key().iter().map(|c| c.key.clone()).collect())
            .unwrap_or_default();
        let mut out = Vec::new();
        for k in keys {
            out.push(column_object(i, &m.registry, m.mapper, &k)?);
        }
        Ok(Value::tuple(out))
    }),
    ("attrs", |i, a| {
        let m = this(i, a)?;
        Ok(properties(i, &m, any_kind))
    }),
    ("column_attrs", |i, a| {
        let m = this(i, a)?;
        Ok(properties(i, &m, |k| k == AttrKind::Column))
    }),
    ("relationships", |i, a| {
        let m = this(i, a)?;
        Ok(properties(i, &m, |k| matches!(k, AttrKind::Relationship { .. })))
    }),
    ("synonyms", |i, a| {
        let m = this(i, a)?;
        Ok(properties(i, &m, |k| k == AttrKind::Synonym))
    }),
    ("iterate_properties", |i, a| {
        let m = this(i, a)?;
        let props = properties(i, &m, any_kind);
        i.call_method(&props, "values", Vec::new())
    }),
    ("all_orm_descriptors", |i, a| {
        let m = this(i, a)?;
        let class = class_of(&m.registry, m.mapper);
        let keys = attribute_keys(&m.registry.borrow(), m.mapper);
        let mut items = Vec::new();
        for (k, _) in keys {
            let v = i.get_attr(&class, &k)?;
            items.push((k, v));
        }
        // Hybrids are ORM descriptors too (the objects themselves, from the class or a base).
        if let Value::Class(c) = &class {
            for owner in std::iter::once(c).chain(c.mro_tail.iter()) {
                for (k, v) in owner.dict.borrow().iter() {
                    let hybrid = matches!(descriptor_name(v), Some("hybrid_property" | "hybrid_method"));
                    if hybrid && !items.iter().any(|(x, _)| x.as_str() == &**k) {
                        items.push((k.to_string(), v.clone()));
                    }
                }
            }
        }
        Ok(props_value(i, items))
    }),
];
