//! Concrete table inheritance loaded through a polymorphic union (`ConcreteBase`): every class of
//! the hierarchy has a table of its own with all its columns (`concrete=True`), and a SELECT of a
//! class reads the `pjoin` UNION ALL of its own and its concrete subclasses' tables, with a literal
//! `type` column naming each row's class:
//!
//! ```sql
//! SELECT pjoin.id, pjoin.name, pjoin.type, pjoin.manager_data
//! FROM (SELECT employee.id AS id, employee.name AS name, CAST(NULL AS VARCHAR(40)) AS manager_data,
//! 'employee' AS type FROM employee UNION ALL SELECT manager.id AS id, ...) AS pjoin
//! ```
//!
//! As SQLAlchemy does it: `ConcreteBase.__declare_first__` runs for each class at mapper
//! configuration, building the union of the class's `self_and_descendants` with the class's
//! `_create_polymorphic_union()` (so a program may override it) and making it the mapper's
//! `with_polymorphic` selectable; the entity names the class's columns, the discriminator, then the
//! subclasses' further columns, all from the union; criteria on the class's table are adapted to it.

use crate::db::Cell;
use crate::eval::Interp;
use crate::eval::value::Value;
use crate::eval::{Args, PyResult};
use crate::orm::mapper::{Registry, RegistryRef};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// A class's polymorphic union and the name of its discriminator column.
#[derive(Clone)]
pub struct ConcreteUnion {
    pub from: FromRef,
    pub discriminator: String,
}

/// The mapper and the mappers under it (concrete or not), breadth first, each level in mapping
/// order: `Mapper.self_and_descendants`, the union's members.
pub fn concrete_family(reg: &Registry, mapper: usize) -> Vec<usize> {
    let mut out = vec![mapper];
    let mut at = 0;
    while let Some(&m) = out.get(at) {
        at += 1;
        for (child, x) in reg.mappers.iter().enumerate() {
            if (x.inherits == Some(m) || x.concrete_inherits == Some(m)) && !out.contains(&child) {
                out.push(child);
            }
        }
    }
    out
}

/// The member of `mapper`'s union whose polymorphic identity the row's discriminator `cell` is.
pub fn concrete_mapper_for_row(reg: &Registry, mapper: usize, cell: &Cell) -> usize {
    concrete_family(reg, mapper)
        .into_iter()
        .find(|m| reg.mappers[*m].polymorphic_identity.as_ref().is_some_and(|v| super::identity_matches(v, cell)))
        .unwrap_or(mapper)
}

impl crate::orm::Orm {
    /// `ConcreteBase.__declare_first__` for every mapped class that has it (that inherits
    /// `_create_polymorphic_union`): the class's union of itself and its descendants, with the
    /// discriminator named by `_concrete_discriminator_name` (default `type`).
    pub(crate) fn configure_concrete_unions(&self, interp: &mut Interp, registry: &RegistryRef) -> PyResult<()> {
        let count = registry.borrow().mappers.len();
        for m in 0..count {
            let class = registry.borrow().mappers[m].class.clone();
            if class.lookup("_create_polymorphic_union").is_none() {
                continue;
            }
            let discriminator = match class.lookup("_concrete_discriminator_name") {
                Some(Value::Str(s)) => s.to_string(),
                _ => "type".to_string(),
            };
            let family = concrete_family(&registry.borrow(), m);
            let mappers: Vec<Value> =
                family.iter().map(|x| crate::orm::inspection::mapper_value(interp, registry, *x)).collect();
            let create = interp.get_attr(&Value::Class(class), "_create_polymorphic_union")?;
            let args =
                Args { positional: vec![Value::list(mappers), Value::str(&discriminator)], keywords: Vec::new() };
            let union = interp.call(&create, args)?;
            let Some(from) = crate::orm::core::from_obj::from_of(interp, &union)? else { continue };
            if let Some(mapper) = registry.borrow_mut().mappers.get_mut(m) {
                mapper.concrete_union = Some(ConcreteUnion { from, discriminator });
            }
        }
        Ok(())
    }
}

/// The entity of a class loaded through its union: its columns from the union, the discriminator,
/// then the further columns of its subclasses (as a joined `with_polymorphic()` shape whose
/// tables all read the union), and the adapter pointing criteria on the class's table at it.
pub fn union_entity(
    registry: &RegistryRef,
    mapper: usize,
    union: &ConcreteUnion,
    unloaded: &[(String, bool)],
) -> (Vec<ExprRef>, super::PolyShape, crate::orm::core::join_alias::JoinAdapter) {
    let mut cols = crate::orm::core::loader_options::loaded_columns(registry, mapper, Some(&union.from), unloaded, &[]);
    if let Some(c) = union.from.column_ref_by_name(&union.discriminator) {
        cols.push(Rc::new(Expr::Column(c)) as ExprRef);
    }
    let reg = registry.borrow();
    let mut named: Vec<String> =
        reg.table_of(mapper).map(|t| t.columns.iter().map(|c| c.name.clone()).collect()).unwrap_or_default();
    let mut shape = super::PolyShape { tables: Vec::new() };
    for sub in concrete_family(&reg, mapper).into_iter().skip(1) {
        let Some(t) = reg.table_of(sub) else { continue };
        let Some(table) = crate::orm::core::bridge::core_table(registry, &t.name) else { continue };
        let columns: Vec<_> = t.columns.iter().filter(|c| !named.contains(&c.name)).cloned().collect();
        named.extend(columns.iter().map(|c| c.name.clone()));
        shape.tables.push(super::PolyTable {
            mapper: sub,
            name: t.name.clone(),
            table,
            from: union.from.clone(),
            columns,
        });
    }
    let swaps = reg
        .table_of(mapper)
        .and_then(|t| crate::orm::core::bridge::core_table(registry, &t.name))
        .map(|t| vec![(t, union.from.clone())])
        .unwrap_or_default();
    let adapter = crate::orm::core::join_alias::JoinAdapter { registry: registry.clone(), mapper, swaps };
    (cols, shape, adapter)
}

/// `select(Employee)` of a `ConcreteBase` class: the entity (its columns at `start`, the subclass
/// columns as its polymorphic shape), its SELECT columns, and the adapter for the statement's
/// criteria.
pub fn union_select_entity(
    registry: &RegistryRef,
    mapper: usize,
    class: &Rc<crate::eval::value::Class>,
    union: &ConcreteUnion,
    start: usize,
) -> (crate::orm::core::orm_select::OrmEntity, Vec<ExprRef>, crate::orm::core::join_alias::JoinAdapter) {
    let unloaded = crate::orm::core::loader_options::default_unloaded(registry, mapper);
    let (mut cols, shape, adapter) = union_entity(registry, mapper, union, &unloaded);
    let poly = (!shape.tables.is_empty()).then(|| Rc::new(shape));
    cols.extend(poly.iter().flat_map(|p| p.column_exprs()));
    let entity = crate::orm::core::orm_select::OrmEntity::Mapper {
        registry: registry.clone(),
        mapper,
        class: class.clone(),
        start,
        len: cols.len(),
        alias: None,
        unloaded: Rc::new(unloaded),
        key: None,
        poly,
        exprs: Rc::default(),
    };
    (entity, cols, adapter)
}

/// The adapter pointing criteria and column entities on a `ConcreteBase` class's table at its
/// union (`select(Employee.name)` reads `pjoin.name`); `None` for other classes.
pub fn union_adapter(registry: &RegistryRef, mapper: usize) -> Option<crate::orm::core::join_alias::JoinAdapter> {
    let union = registry.borrow().mappers.get(mapper)?.concrete_union.clone()?;
    Some(union_entity(registry, mapper, &union, &[]).2)
}
