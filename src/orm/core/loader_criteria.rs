//! `with_loader_criteria(Entity_or_base, criteria, include_aliases=False, propagate_to_loaders=True)`
//! (SQLAlchemy's `LoaderCriteriaOption`): criteria every load of an entity must meet — the soft-delete
//! and multi-tenant recipes. The entity may be a mapped class or any base or mixin of mapped classes;
//! the criteria an expression, or a lambda called with each mapped class it reaches.
//!
//! As SQLAlchemy's ORM compile state does, a statement's entities get the criteria in WHERE after
//! its own criteria, and an entity the statement joins to gets them in that join's ON clause
//! (aliases of the class only with `include_aliases=True`). With `propagate_to_loaders` they also
//! reach the relationship loads of the objects the statement brings — joined and selectin eager
//! loads and later lazy loads — carried as a marker link in the statement's loader paths
//! ([`MARKER`], read by `eager::resolve`).

use super::orm_select::{OrmEntity, OrmInfo};
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::mapper::RegistryRef;
use crate::orm::native::{kwarg, state};
use crate::sql::elements::ExprRef;
use crate::sql::elements::adapt::replace_from;
use crate::sql::selectable::{FromKind, FromRef, Select, SelectStmt};
use std::rc::Rc;

/// The key of the loader-path link that carries an entity's criteria to relationship loads.
pub const MARKER: &str = "\u{1}loader_criteria";

/// A `with_loader_criteria()` option.
pub struct CriteriaOption {
    /// The mapped class, or a base / mixin of mapped classes.
    pub target: Rc<Class>,
    /// An expression, or a callable taking the mapped class.
    pub criteria: Value,
    pub include_aliases: bool,
    pub propagate: bool,
}

/// `with_loader_criteria(entity, criteria, loader_only=False, include_aliases=False,
/// propagate_to_loaders=True, track_closure_variables=True)`.
pub fn with_loader_criteria(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let target = match args.positional.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(other) => match state::<super::orm_select::AliasedObj>(other) {
            Some(a) => a.class.clone(),
            None => return Err(interp.type_error("with_loader_criteria() takes a mapped class or a base class")),
        },
        None => return Err(interp.type_error("with_loader_criteria() missing required argument 'entity_or_base'")),
    };
    let Some(criteria) = args.positional.get(1).cloned().or_else(|| kwarg(&args, "where_criteria")) else {
        return Err(interp.type_error("with_loader_criteria() missing required argument 'where_criteria'"));
    };
    let flag = |interp: &mut Interp, name: &str, default: bool| match kwarg(&args, name) {
        Some(v) => interp.truthy(&v),
        None => Ok(default),
    };
    let include_aliases = flag(interp, "include_aliases", false)?;
    let propagate = flag(interp, "propagate_to_loaders", true)?;
    let class = super::core_class(interp, "sqlalchemy.orm.util", "LoaderCriteriaOption", &[], &[]);
    Ok(crate::orm::native::wrap(interp, &class, CriteriaOption { target, criteria, include_aliases, propagate }))
}

/// Whether `class` is `target` or inherits from it.
pub fn reaches(target: &Rc<Class>, class: &Rc<Class>) -> bool {
    Rc::ptr_eq(target, class) || class.mro_tail.iter().any(|c| Rc::ptr_eq(c, target))
}

/// The mapped classes (registry, mapper, class) the option reaches, each with its criteria.
fn resolved(interp: &mut Interp, option: &CriteriaOption) -> PyResult<Vec<(RegistryRef, usize, ExprRef)>> {
    let registries: Vec<RegistryRef> = crate::orm::orm(interp)?.registries.borrow().clone();
    let mut out = Vec::new();
    for registry in registries {
        let classes: Vec<(usize, Rc<Class>)> = registry
            .borrow()
            .mappers
            .iter()
            .enumerate()
            .filter(|(_, m)| reaches(&option.target, &m.class))
            .map(|(i, m)| (i, m.class.clone()))
            .collect();
        for (mapper, class) in classes {
            let callable = match &option.criteria {
                Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) => true,
                Value::Instance(i) => i.class.lookup("__call__").is_some(),
                _ => false,
            };
            let value = if callable {
                interp.call(&option.criteria, Args::positional(vec![Value::Class(class)]))?
            } else {
                option.criteria.clone()
            };
            out.push((registry.clone(), mapper, super::convert::to_where(interp, &value)?));
        }
    }
    Ok(out)
}

/// The mapped table a FROM element stands for: (the table, whether through an alias).
fn table_of(from: &FromRef) -> Option<(FromRef, bool)> {
    match &from.kind {
        FromKind::Table(_) => Some((from.clone(), false)),
        FromKind::Alias { element, .. } if matches!(element.kind, FromKind::Table(_)) => Some((element.clone(), true)),
        _ => None,
    }
}

/// Whether the option concerns an entity of `mapper` (through an alias or not): SQLAlchemy's
/// `include_aliases or entity is ext_info` — without `include_aliases`, only the option's own mapped
/// class, unaliased (a mixin or a base class then reaches nothing).
fn concerns(option: &CriteriaOption, registry: &RegistryRef, mapper: usize, aliased: bool) -> bool {
    option.include_aliases
        || (!aliased && registry.borrow().mappers.get(mapper).is_some_and(|m| Rc::ptr_eq(&m.class, &option.target)))
}

/// The criteria for `from` (adapted to it when an alias), if it is a table of a reached class.
fn criteria_for(found: &[(RegistryRef, usize, ExprRef)], option: &CriteriaOption, from: &FromRef) -> Option<ExprRef> {
    let (table, aliased) = table_of(from)?;
    found.iter().find_map(|(registry, mapper, crit)| {
        if !concerns(option, registry, *mapper, aliased) {
            return None;
        }
        let name = registry.borrow().table_of(*mapper)?.name.clone();
        let own = super::bridge::core_table(registry, &name)?;
        Rc::ptr_eq(&own, &table).then(|| if aliased { replace_from(crit, &own, from) } else { crit.clone() })
    })
}

/// Applies `option` to the statement: join targets get the criteria in their ON clause, the other
/// entities in WHERE (kept last, as the ORM's own criteria); the loader paths get the marker links.
pub fn apply(interp: &mut Interp, option: &CriteriaOption, sel: &mut Select, info: &mut OrmInfo) -> PyResult<()> {
    let found = resolved(interp, option)?;
    let mut targets: Vec<FromRef> = Vec::new();
    for join in sel.joins.iter_mut() {
        targets.push(join.target.clone());
        if let Some(crit) = criteria_for(&found, option, &join.target) {
            join.onclause = Some(match join.onclause.take() {
                Some(on) => super::rel_path::with_extra(on, &[crit]),
                None => crit,
            });
        }
    }
    let mut froms: Vec<FromRef> = sel.from_obj.clone();
    for e in &info.entities {
        match e {
            OrmEntity::Mapper { alias: Some(a), .. } => froms.push(a.clone()),
            OrmEntity::Mapper { start, len, .. } => {
                for c in sel.columns.iter().skip(*start).take(*len) {
                    c.from_objects(&mut froms);
                }
            }
            OrmEntity::Column { index } => {
                if let Some(c) = sel.columns.get(*index) {
                    c.from_objects(&mut froms);
                }
            }
        }
    }
    let mut seen: Vec<FromRef> = Vec::new();
    for from in froms {
        if seen.iter().chain(&targets).any(|f| Rc::ptr_eq(f, &from)) {
            continue;
        }
        seen.push(from.clone());
        if let Some(crit) = criteria_for(&found, option, &from) {
            sel.where_.push(crit.clone());
            info.criteria.push(crit);
        }
    }
    within_subqueries(interp, option, sel)?;
    if option.propagate {
        let mut eager = info.eager.clone();
        for (registry, mapper, crit) in found.into_iter().filter(|(r, m, _)| concerns(option, r, *m, false)) {
            let Some(class) = registry.borrow().mappers.get(mapper).map(|m| m.class.clone()) else { continue };
            eager.push(Rc::from(vec![marker_step(class, crit)].as_slice()));
        }
        info.eager = eager;
    }
    Ok(())
}

/// A subquery the statement reads only as a whole (`Query.count()`'s `SELECT count(*) FROM (<the
/// query>) AS anon_1`): SQLAlchemy compiles the inner SELECT with the statement's options, so its
/// entities take the criteria as well. A subquery whose columns the statement names keeps its
/// columns' identity and is left as it is.
fn within_subqueries(interp: &mut Interp, option: &CriteriaOption, sel: &mut Select) -> PyResult<()> {
    let mut used: Vec<FromRef> = Vec::new();
    for e in sel.columns.iter().chain(&sel.where_).chain(&sel.order_by) {
        e.from_objects(&mut used);
    }
    for at in 0..sel.from_obj.len() {
        let Some(from) = sel.from_obj.get(at).cloned() else { continue };
        let FromKind::Subquery { element: SelectStmt::Select(inner), name, lateral } = &from.kind else { continue };
        if used.iter().any(|u| Rc::ptr_eq(u, &from)) {
            continue;
        }
        let mut inner_sel = (**inner).clone();
        let mut inner_info = OrmInfo::columns(inner_sel.columns.len());
        let before = inner_sel.where_.len();
        apply(interp, option, &mut inner_sel, &mut inner_info)?;
        if inner_sel.where_.len() == before {
            continue;
        }
        let element = SelectStmt::Select(Rc::new(inner_sel));
        let kind = FromKind::Subquery { element, name: name.clone(), lateral: *lateral };
        if let Some(slot) = sel.from_obj.get_mut(at) {
            *slot = crate::sql::selectable::FromClause::new(kind);
        }
    }
    Ok(())
}

/// The loader-path link carrying `class`'s criteria.
fn marker_step(class: Rc<Class>, crit: ExprRef) -> crate::orm::eager::Step {
    crate::orm::eager::Step {
        class: Some(class),
        key: MARKER.to_string(),
        strategy: crate::orm::eager::Strategy::Default,
        classes: Vec::new(),
        columns: Vec::new(),
        of_type: None,
        criteria: vec![crit],
        everywhere: false,
    }
}
