//! ORM-enabled `select()`: mapped classes and their attributes in the columns clause, relationship
//! joins (`.join(User.addresses)`), `filter_by()` on the entity's attributes — built as a Core
//! [`Select`] plus the entity information the ORM needs to turn rows into objects ([`OrmInfo`]).
//!
//! A mapped class stands for its table's columns, in the mapper's order; the ON clause of a
//! relationship join is its primary join written referenced column first (`user_account.id =
//! address.user_id`), as SQLAlchemy's relationship computes it from the foreign key.

use super::convert::{py, to_expr};
use super::select_obj::{SelectObj, select_value_orm};
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::declarative::mapped;
use crate::orm::mapper::{Direction, RegistryRef};
use crate::orm::native::state;
use crate::sql::elements::build::{self, Operand};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::{FromRef, Select, SelectStmt, SetupJoin};
use std::rc::Rc;

/// What the ORM knows about a SELECT's columns: which ranges are whole entities.
#[derive(Clone)]
pub struct OrmInfo {
    pub entities: Vec<OrmEntity>,
    /// Single-table subclasses' `type IN (...)` criteria, kept after every `where()` criterion.
    pub criteria: Vec<ExprRef>,
    /// The relationship loader options' paths (`selectinload(A.bs).joinedload(B.c)`).
    pub eager: Vec<crate::orm::eager::LoadPath>,
    /// `Bundle`s among the entities (see [`super::bundle`]).
    pub bundles: Rc<Vec<super::bundle::BundleSpec>>,
    /// `execution_options(populate_existing=True)` / `Query.populate_existing()`: rows overwrite the
    /// identity map's objects (their pending changes too), as a refresh does.
    pub populate_existing: bool,
    /// `execution_options(yield_per=n)`: the default batch size of the result's `partitions()`.
    pub yield_per: Option<usize>,
    /// FROMs the column entities of joined subclasses brought (their mapped selectables): the
    /// ORM's `_fallback_from_clauses`, used only while the statement has no joins of its own.
    pub fallback_froms: Rc<Vec<FromRef>>,
    /// Joins to joined subclasses that SQLAlchemy aliased because they overlap the statement's
    /// FROMs: later criteria and columns are pointed at the aliases (see [`super::join_alias`]).
    pub adapters: Rc<Vec<super::join_alias::JoinAdapter>>,
    /// Every `execution_options(...)` given (what `do_orm_execute` listeners read).
    pub exec_options: Rc<Vec<(String, Value)>>,
}

impl OrmInfo {
    /// The information of a SELECT whose entities are `entities`, with no criteria or options yet.
    pub fn new(entities: Vec<OrmEntity>) -> Self {
        OrmInfo {
            entities,
            criteria: Vec::new(),
            eager: Vec::new(),
            bundles: Rc::default(),
            populate_existing: false,
            yield_per: None,
            fallback_froms: Rc::default(),
            adapters: Rc::default(),
            exec_options: Rc::default(),
        }
    }

    /// A SELECT of `n` plain column expressions (a Core statement that became an ORM one).
    pub fn columns(n: usize) -> Self {
        OrmInfo::new((0..n).map(|index| OrmEntity::Column { index }).collect())
    }
}

#[derive(Clone)]
pub enum OrmEntity {
    /// A mapped class: its columns `start..start + len` of the SELECT.
    Mapper {
        registry: RegistryRef,
        mapper: usize,
        class: Rc<Class>,
        start: usize,
        len: usize,
        alias: Option<FromRef>,
        /// Columns the SELECT leaves out (deferred), with whether access raises.
        unloaded: Rc<Vec<(String, bool)>>,
        /// The row key when not the class name: `aliased(User, name="u1")` is `row.u1`.
        key: Option<String>,
        /// A joined `with_polymorphic()`: the subclass tables' columns after the base's.
        poly: Option<Rc<crate::orm::inheritance::PolyShape>>,
        /// `with_expression()` options: query expressions' SQL for this statement, by key.
        exprs: Rc<Vec<(String, ExprRef)>>,
    },
    /// One column expression at `index`.
    Column { index: usize },
}

/// The mapped class a value is, with its registry and mapper.
pub fn mapped_class(v: &Value) -> Option<(RegistryRef, usize, Rc<Class>)> {
    let Value::Class(c) = v else { return None };
    let info = mapped(c)?;
    Some((info.registry.clone(), info.mapper, c.clone()))
}

/// Whether `select()` arguments need the ORM (a mapped class or a mapped attribute).
pub fn is_orm_args(interp: &Interp, args: &Args) -> bool {
    args.positional.iter().any(|v| {
        mapped_class(v).is_some()
            || state::<crate::orm::expr::ExprObj>(v).is_some()
            || super::propagate::is_orm_value(interp, v)
            || state::<AliasedObj>(v).is_some()
            || super::bundle::is_bundle(v)
            || is_hybrid_proxy(v)
    })
}

/// A hybrid attribute read from a mapped class (`Engineer.badge`, the Python `_HybridProxy`): an
/// ORM attribute, so `select(Engineer.badge)` is an ORM select whose entity (the class it was read
/// from) brings its joined-subclass FROM or single-table discriminator criterion.
pub(crate) fn is_hybrid_proxy(v: &Value) -> bool {
    let Value::Instance(inst) = v else { return false };
    if inst.native.borrow().is_some() {
        return false;
    }
    let dict = inst.dict.borrow();
    dict.get("_proxy_key").is_some() && dict.get("class_").is_some_and(|c| mapped_class(c).is_some())
}

/// `select(*entities)` with ORM entities.
pub fn select_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut s = Select::new(Vec::new());
    s.orm_entities = true;
    let mut entities = Vec::new();
    let mut criteria = Vec::new();
    let mut joined: Vec<(RegistryRef, usize)> = Vec::new();
    let mut fallback: Vec<FromRef> = Vec::new();
    let mut bundles = Vec::new();
    let mut adapters: Vec<super::join_alias::JoinAdapter> = Vec::new();
    for v in &args.positional {
        if super::bundle::is_bundle(v) {
            let first = entities.len();
            for e in super::bundle::exprs(interp, v)? {
                let before = s.columns.len();
                super::select_obj::columns_arg(interp, &e, &mut s)?;
                entities.extend((before..s.columns.len()).map(|index| OrmEntity::Column { index }));
            }
            bundles.push(super::bundle::BundleSpec { first, len: entities.len() - first, bundle: v.clone() });
        } else if let Some((registry, mapper, class)) = mapped_class(v) {
            crate::orm::orm(interp)?.configure(interp, &registry)?;
            let union = registry.borrow().mappers.get(mapper).and_then(|m| m.concrete_union.clone());
            if let Some(union) = union {
                // `ConcreteBase`: the class and its subclasses read from their polymorphic union.
                let (entity, cols, adapter) =
                    crate::orm::inheritance::union_select_entity(&registry, mapper, &class, &union, s.columns.len());
                if !s.from_obj.iter().any(|f| Rc::ptr_eq(f, &union.from)) {
                    s.from_obj.push(union.from.clone());
                }
                adapters.push(adapter);
                entities.push(entity);
                s.columns.extend(cols);
                continue;
            }
            if let Some(c) = subclass_criterion(interp, &registry, mapper)?
                && !super::entity_criteria::holds(&criteria, &c)
            {
                criteria.push(c);
            }
            let unloaded = super::loader_options::default_unloaded(&registry, mapper);
            let mut cols = super::loader_options::loaded_columns(&registry, mapper, None, &unloaded, &[]);
            // `polymorphic_load="inline"` joined subclasses: the base's SELECT LEFT OUTER JOINs their
            // tables and names their columns, as a `with_polymorphic()` of them does.
            let inline = crate::orm::inheritance::inline_subclasses(&registry.borrow(), mapper);
            let poly = match inline.is_empty() || crate::orm::inheritance::is_joined(&registry.borrow(), mapper) {
                true => None,
                false => crate::orm::inheritance::joined_entity(&registry, mapper, &class, &inline, false, false),
            };
            if let Some(p) = &poly
                && let Some(shape) = &p.poly
            {
                cols.extend(shape.column_exprs());
                s.from_obj.push(p.from.clone());
            }
            // A joined subclass selects from the join of its lineage's tables.
            if !joined.iter().any(|(r, m)| Rc::ptr_eq(r, &registry) && *m == mapper)
                && crate::orm::inheritance::is_joined(&registry.borrow(), mapper)
                && let Some(join) = crate::orm::inheritance::mapper_from(&registry, mapper)
            {
                joined.push((registry.clone(), mapper));
                s.from_obj.push(join);
            }
            entities.push(OrmEntity::Mapper {
                registry,
                mapper,
                class,
                start: s.columns.len(),
                len: cols.len(),
                alias: None,
                unloaded: Rc::new(unloaded),
                key: None,
                poly: poly.and_then(|p| p.poly),
                exprs: Rc::default(),
            });
            s.columns.extend(cols);
        } else if let Some(a) = state::<AliasedObj>(v) {
            let mut unloaded = super::loader_options::default_unloaded(&a.registry, a.mapper);
            // A single-table `with_polymorphic()` loads the columns of the classes it covers too.
            if a.polymorphic {
                let reg = a.registry.borrow();
                let covered = |k: &str| {
                    a.within_polymorphic
                        .iter()
                        .flat_map(|c| c.iter())
                        .any(|m| reg.mappers.get(*m).is_some_and(|m| m.own_columns.iter().any(|o| o == k)))
                };
                unloaded.retain(|(k, _)| {
                    reg.column_by_key(a.mapper, k).is_some_and(|c| c.deferred.is_some()) || !covered(k)
                });
            }
            let base_from = a.tables.first().map_or(&a.from, |(_, f)| f);
            if let Some(p) = super::entity_criteria::entity_of_value(v)
                && let Some(c) = super::entity_criteria::criterion(interp, &p)?
                && !super::entity_criteria::holds(&criteria, &c)
            {
                criteria.push(c);
            }
            let mut cols = if a.poly.is_none() && a.tables.len() > 1 {
                joined_alias_columns(&a, &unloaded)
            } else {
                super::loader_options::loaded_columns(&a.registry, a.mapper, Some(base_from), &unloaded, &[])
            };
            if let Some(poly) = &a.poly {
                cols.extend(poly.column_exprs());
            }
            // A `with_polymorphic()` entity (or its `poly.Sub`) selects from the whole polymorphic FROM.
            if (a.poly.is_some() || a.within_polymorphic.is_some())
                && !s.from_obj.iter().any(|f| Rc::ptr_eq(f, &a.from))
            {
                s.from_obj.push(a.from.clone());
            }
            entities.push(OrmEntity::Mapper {
                registry: a.registry.clone(),
                mapper: a.mapper,
                class: a.class.clone(),
                start: s.columns.len(),
                len: cols.len(),
                alias: Some(base_from.clone()),
                unloaded: Rc::new(unloaded),
                key: a.name.clone(),
                poly: a.poly.clone(),
                exprs: Rc::default(),
            });
            s.columns.extend(cols);
        } else {
            // A single-table subclass's attribute limits the rows to the subclass's identities too.
            let owner =
                state::<crate::orm::expr::ExprObj>(v).and_then(|e| e.attribute.as_ref().map(|(c, _)| c.clone()));
            // A `ConcreteBase` class's attribute reads its polymorphic union (`pjoin.name`).
            if let Some(info) = owner.as_ref().and_then(mapped)
                && !adapters.iter().any(|a| Rc::ptr_eq(&a.registry, &info.registry) && a.mapper == info.mapper)
            {
                adapters.extend(crate::orm::inheritance::union_adapter(&info.registry, info.mapper));
            }
            // A joined subclass's attribute selects from the subclass's join (the entity's
            // selectable is the ORM's fallback FROM for its columns).
            if let Some(info) = owner.as_ref().and_then(mapped)
                && !joined
                    .iter()
                    .any(|(r, m): &(RegistryRef, usize)| Rc::ptr_eq(r, &info.registry) && *m == info.mapper)
                && crate::orm::inheritance::is_joined(&info.registry.borrow(), info.mapper)
                && let Some(join) = crate::orm::inheritance::mapper_from(&info.registry, info.mapper)
            {
                joined.push((info.registry.clone(), info.mapper));
                fallback.push(join.clone());
                s.from_obj.push(join);
            }
            let before = s.columns.len();
            super::select_obj::columns_arg(interp, v, &mut s)?;
            for index in before..s.columns.len() {
                entities.push(OrmEntity::Column { index });
                // A `with_polymorphic()` entity's column selects from the entity's FROM (the base
                // table LEFT OUTER JOINed to the subclass tables), as its `_ORMColumnEntity` does.
                if let Some(p) = s.columns.get(index).and_then(|c| super::entity_criteria::first_entity(interp, c))
                    && let Some(from) = p.selectable
                    && !s.from_obj.iter().any(|f| Rc::ptr_eq(f, &from))
                {
                    fallback.push(from.clone());
                    s.from_obj.push(from);
                }
                // An expression over a joined subclass's attribute (`func.count(Engineer.id)`) selects
                // from the subclass's join too (the entity of its first annotated column).
                if owner.is_none()
                    && let Some(p) = s.columns.get(index).and_then(|c| super::entity_criteria::first_entity(interp, c))
                    && p.alias.is_none()
                    && !joined.iter().any(|(r, m)| Rc::ptr_eq(r, &p.registry) && *m == p.mapper)
                    && crate::orm::inheritance::is_joined(&p.registry.borrow(), p.mapper)
                    && let Some(join) = crate::orm::inheritance::mapper_from(&p.registry, p.mapper)
                {
                    joined.push((p.registry.clone(), p.mapper));
                    fallback.push(join.clone());
                    s.from_obj.push(join);
                }
                // The entity of a column expression (`Cat.name`, `func.count(Cat.id)`) limits the
                // rows to its class's identities too.
                if let Some(p) = s.columns.get(index).and_then(|c| super::entity_criteria::first_entity(interp, c))
                    && let Some(c) = super::entity_criteria::criterion(interp, &p)?
                    && !super::entity_criteria::holds(&criteria, &c)
                {
                    criteria.push(c);
                }
            }
        }
    }
    s.where_.extend(criteria.iter().cloned());
    // Column entities of a `ConcreteBase` class read its union.
    if !adapters.is_empty() {
        super::join_alias::adapt_select(interp, &mut s, &entities, &adapters);
    }
    let info = OrmInfo {
        criteria,
        bundles: Rc::new(bundles),
        fallback_froms: Rc::new(fallback),
        adapters: Rc::new(adapters),
        ..OrmInfo::new(entities)
    };
    Ok(select_value_orm(interp, SelectStmt::Select(Rc::new(s)), Vec::new(), Some(Rc::new(info))))
}

/// `employee.type IN (...)` for a single-table subclass: its own and its subclasses' identities.
pub(crate) fn subclass_criterion(
    interp: &mut Interp,
    registry: &RegistryRef,
    mapper: usize,
) -> PyResult<Option<ExprRef>> {
    subclass_criterion_at(interp, registry, mapper, None)
}

/// [`subclass_criterion`] on the FROM element an entity is read from (an `aliased()` class's alias),
/// or on the mapper's table.
pub(crate) fn subclass_criterion_at(
    interp: &mut Interp,
    registry: &RegistryRef,
    mapper: usize,
    from: Option<&FromRef>,
) -> PyResult<Option<ExprRef>> {
    let (on, identities, table) = {
        let reg = registry.borrow();
        let Some((on, identities)) = crate::orm::inheritance::subclass_identities(&reg, mapper) else {
            return Ok(None);
        };
        let column = reg.column_by_key(mapper, &on).map(|c| c.name.clone());
        (column, identities, reg.mappers[mapper].table.clone())
    };
    let from = match from {
        Some(f) => Some(f.clone()),
        None => super::bridge::core_table(registry, &table),
    };
    let column = match on {
        Some(on) => from.and_then(|t| col(&t, &on)),
        // `polymorphic_on=case(...)`: the criterion is on the expression itself (on the table;
        // an alias's rows keep the table's expression, as the entity's columns do).
        None => crate::orm::inheritance::discriminator_expr(&registry.borrow(), mapper),
    };
    let Some(column) = column else {
        return Ok(None);
    };
    let mut values = Vec::new();
    for v in &identities {
        values.push(Operand::Value(super::convert::to_sql_value(interp, v)?));
    }
    Ok(Some(py(interp, build::in_(&column, Op::In, build::InOperand::List(values)))?))
}

/// The column `filter_by(key=...)` means: an attribute of the last joined entity, else of the first
/// entity of the statement.
pub fn filter_by_column(obj: &SelectObj, s: &Select, key: &str) -> Option<ExprRef> {
    for j in s.joins.iter().rev() {
        if let Some(c) = j.target.column_expr(key) {
            return Some(c);
        }
    }
    if let Some(info) = &obj.orm {
        for e in &info.entities {
            if let OrmEntity::Mapper { start, len, .. } = e {
                for c in &s.columns[*start..*start + *len] {
                    if let Expr::Column(cr) = &**c
                        && cr.col.key == key
                    {
                        return Some(c.clone());
                    }
                }
            }
        }
    }
    None
}

/// A value for `where()` in an ORM select.
pub fn criterion(interp: &mut Interp, v: &Value) -> PyResult<ExprRef> {
    to_expr(interp, v)
}

mod aliased;
mod joins;
pub use aliased::*;
pub use joins::*;
