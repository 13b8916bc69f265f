//! Single-table inheritance: a mapped subclass without its own `__tablename__` shares its base's
//! table, adds its columns to it, and is told apart by the discriminator column
//! (`__mapper_args__ = {"polymorphic_on": "type", "polymorphic_identity": "manager"}`).
//!
//! As SQLAlchemy does it: a new instance gets its class's identity in the discriminator; a SELECT of
//! a subclass adds `WHERE employee.type IN (...)` (its own and its subclasses' identities); a SELECT of
//! the base names the base's columns (plus those of `polymorphic_load="inline"` subclasses) and each
//! row becomes an instance of the class its discriminator names, whose other columns load on first
//! access like deferred ones. The identity map keys every class of a hierarchy under its base.

use super::Orm;
use super::mapper::{ColumnDef, MappedClass, Mapper, Registry, RegistryRef, Relationship};
use super::native::as_str;
use super::state::to_cell;
use crate::db::Cell;
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use indexmap::IndexMap;
use std::rc::Rc;

/// The inheritance settings of `__mapper_args__`.
#[derive(Default)]
pub struct MapperArgs {
    pub polymorphic_on: Option<String>,
    pub polymorphic_identity: Option<Value>,
    pub load_inline: bool,
}

impl MapperArgs {
    pub fn of(dict: &IndexMap<Name, Value>) -> MapperArgs {
        let mut args = MapperArgs::default();
        let Some(Value::Dict(d)) = dict.get("__mapper_args__") else { return args };
        for (k, v) in d.borrow().items() {
            match as_str(&k).as_deref() {
                Some("polymorphic_on") => {
                    args.polymorphic_on = as_str(&v).or_else(|| {
                        crate::orm::native::state::<crate::orm::expr::ExprObj>(&v)
                            .and_then(|e| e.attribute.as_ref().map(|(_, key)| key.clone()))
                    })
                }
                Some("polymorphic_identity") => args.polymorphic_identity = Some(v),
                Some("polymorphic_load") => args.load_inline = as_str(&v).as_deref() == Some("inline"),
                _ => {}
            }
        }
        args
    }
}

impl Orm {
    /// Maps `class` onto its base's table, adding its columns there.
    pub(super) fn map_single_table_subclass(
        &self,
        class: &Rc<Class>,
        registry: &RegistryRef,
        parent: usize,
        columns: Vec<ColumnDef>,
        relationships: Vec<Relationship>,
        args: MapperArgs,
    ) -> PyResult<()> {
        let mut reg = registry.borrow_mut();
        let table_name = reg.mappers[parent].table.clone();
        let own_columns: Vec<String> = columns.iter().map(|c| c.key.clone()).collect();
        if let Some(table) = reg.tables.get_mut(&table_name) {
            table.columns.extend(columns.iter().cloned());
        }
        let mapper_index = reg.mappers.len();
        let site = reg.mappers[parent].site;
        reg.mappers.push(Mapper {
            class: class.clone(),
            class_name: class.name.to_string(),
            table: table_name.clone(),
            relationships,
            site,
            inherits: Some(parent),
            polymorphic_on: None,
            polymorphic_identity: args.polymorphic_identity,
            load_inline: args.load_inline,
            own_columns,
        });
        reg.configured = false;
        drop(reg);
        super::core::bridge::extend_core_table(registry, &table_name, &columns);
        *class.native.borrow_mut() = Some(Rc::new(MappedClass { registry: registry.clone(), mapper: mapper_index }));
        Ok(())
    }

    /// Sets a new instance's discriminator to its class's polymorphic identity.
    pub fn set_polymorphic_identity(&self, info: &MappedClass, instance: &Rc<crate::eval::value::Instance>) {
        let reg = info.registry.borrow();
        let (Some(on), Some(identity)) = (
            discriminator(&reg, info.mapper),
            reg.mappers.get(info.mapper).and_then(|m| m.polymorphic_identity.clone()),
        ) else {
            return;
        };
        instance.dict.borrow_mut().insert(Name::from(on.as_str()), identity);
    }
}

/// The mapper and its ancestors, nearest first.
pub fn lineage(reg: &Registry, mapper: usize) -> Vec<usize> {
    let mut out = vec![mapper];
    let mut at = mapper;
    while let Some(parent) = reg.mappers.get(at).and_then(|m| m.inherits) {
        if out.contains(&parent) {
            break;
        }
        out.push(parent);
        at = parent;
    }
    out
}

/// The base mapper of a hierarchy (the identity map keys every class under it).
pub fn base_mapper(reg: &Registry, mapper: usize) -> usize {
    lineage(reg, mapper).last().copied().unwrap_or(mapper)
}

/// The discriminator column key of a mapper's hierarchy.
pub fn discriminator(reg: &Registry, mapper: usize) -> Option<String> {
    lineage(reg, mapper).into_iter().find_map(|m| reg.mappers.get(m)?.polymorphic_on.clone())
}

/// The mapper and every mapper inheriting from it, in mapping order.
fn descendants(reg: &Registry, mapper: usize) -> Vec<usize> {
    (0..reg.mappers.len()).filter(|m| lineage(reg, *m).contains(&mapper)).collect()
}

/// The columns a SELECT of `mapper` leaves out: those of other classes of the hierarchy, except the
/// `polymorphic_load="inline"` subclasses' columns.
pub fn foreign_columns(reg: &Registry, mapper: usize) -> Vec<String> {
    let base = base_mapper(reg, mapper);
    if base == mapper && reg.mappers.iter().all(|m| m.inherits.is_none()) {
        return Vec::new();
    }
    let mine = lineage(reg, mapper);
    let inline = |m: usize| lineage(reg, m).contains(&mapper) && reg.mappers[m].load_inline;
    descendants(reg, base)
        .into_iter()
        .filter(|m| !mine.contains(m) && !inline(*m))
        .flat_map(|m| reg.mappers[m].own_columns.clone())
        .collect()
}

/// The identities a SELECT of a subclass mapper is limited to (`None` for a base mapper).
pub fn subclass_identities(reg: &Registry, mapper: usize) -> Option<(String, Vec<Value>)> {
    reg.mappers.get(mapper)?.inherits?;
    let on = discriminator(reg, mapper)?;
    let identities =
        descendants(reg, mapper).into_iter().filter_map(|m| reg.mappers[m].polymorphic_identity.clone()).collect();
    Some((on, identities))
}

/// The mapper of the hierarchy under `mapper` whose identity `cell` is (the discriminator's value).
pub fn mapper_for_row(reg: &Registry, mapper: usize, cell: &Cell) -> usize {
    let Some(table) = reg.table_of(mapper) else { return mapper };
    let Some(on) = discriminator(reg, mapper) else { return mapper };
    let Some(column) = table.columns.iter().find(|c| c.key == on) else { return mapper };
    descendants(reg, base_mapper(reg, mapper))
        .into_iter()
        .find(|m| reg.mappers[*m].polymorphic_identity.as_ref().is_some_and(|v| to_cell(v, &column.ty) == *cell))
        .unwrap_or(mapper)
}

/// `with_polymorphic(Base, [Sub, ...] | "*")` over a single-table hierarchy: an entity that selects the
/// base's table with the listed classes' columns (all of them, as ormplay selects the whole row) and
/// without a subclass criterion. Classes mapped on tables of their own (joined-table inheritance)
/// are outside what ormplay maps, and refused.
pub fn with_polymorphic_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let base = args.positional.first().cloned().unwrap_or(Value::None);
    let Value::Class(class) = &base else { return Err(interp.type_error("with_polymorphic() takes a mapped class")) };
    let Some(info) = super::declarative::mapped(class) else {
        return Err(interp.type_error("with_polymorphic() takes a mapped class"));
    };
    let classes = args.positional.get(1).cloned().unwrap_or(Value::None);
    let listed: Vec<Value> = match &classes {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    for c in &listed {
        let Value::Class(c) = c else { continue };
        let single = super::declarative::mapped(c).is_some_and(|m| {
            Rc::ptr_eq(&m.registry, &info.registry) && lineage(&info.registry.borrow(), m.mapper).contains(&info.mapper)
        });
        if !single {
            return Err(interp.not_supported(&format!(
                "with_polymorphic() of {} (joined-table inheritance is not implemented)",
                c.name
            )));
        }
    }
    let table = info.registry.borrow().mappers[info.mapper].table.clone();
    let Some(from) = super::core::bridge::core_table(&info.registry, &table) else {
        return Err(interp.not_supported("with_polymorphic() of this class"));
    };
    let obj = super::core::orm_select::AliasedObj {
        registry: info.registry.clone(),
        mapper: info.mapper,
        class: class.clone(),
        from,
        polymorphic: true,
        name: None,
    };
    Ok(super::core::orm_select::aliased_value(interp, obj))
}
