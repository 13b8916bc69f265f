//! Mapped SQL expressions: `column_property(expr)`, `deferred(expr)`, `query_expression()` and the
//! `with_expression()` option — attributes whose value is a SQL expression the entity's SELECT
//! computes, as SQLAlchemy's `ColumnProperty` over a non-table expression (`MappedSQLExpression`).
//!
//! What SQLAlchemy does, and this module follows:
//! - the expression is labelled once per property (`expr.label(None)`: `anon_1`, `count_1`,
//!   `upper_1`), and the entity's SELECT names these properties *before* the table's columns,
//!   because explicit properties are configured before the table's remaining columns;
//! - `deferred(expr)` leaves it out of the SELECT and loads it on first access, by primary key;
//!   `query_expression()` renders nothing (or its default) unless `with_expression()` supplies the
//!   expression for one query;
//! - the attribute is read-only to the flush: after an INSERT or UPDATE of the row it is expired
//!   (`_readonly_props`), and the next access SELECTs the expired expressions by primary key.
//!
//! Class-body expressions refer to `Column` objects before their table exists; mapping swaps those
//! free columns for the table's, deep inside subqueries too ([`crate::sql::elements::rebind`]).

use super::Orm;
use super::mapper::{Deferral, MappedClass, RegistryRef};
use super::native::{as_str, kwarg, state};
use super::state::{StateRef, Status, existing_state};
use crate::db::Cell;
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::orm::SaExc;
use crate::sql::elements::build::{self};
use crate::sql::elements::{ColumnRef, Expr, ExprRef};
use crate::sql::selectable::FromRef;
use std::rc::Rc;

mod late;
mod load;

pub use late::add_property;

/// A mapped SQL expression of a mapper.
#[derive(Debug, Clone)]
pub struct ExprProp {
    pub key: String,
    /// The labelled expression (`expr.label(None)`), bound to the mapped table.
    pub expr: ExprRef,
    /// `deferred=True` / `deferred(expr)`: loaded on first access.
    pub deferred: Option<Deferral>,
    /// `query_expression()`: only `with_expression()` (or a non-NULL default) puts it in a SELECT.
    pub query_expression: bool,
    /// `query_expression(default_expr)` with a default other than NULL.
    pub renders_default: bool,
    pub expire_on_flush: bool,
    /// Added after the class was mapped (`User.total = column_property(...)`, SQLAlchemy's
    /// `Mapper.add_property`): configured after the table's columns, so the SELECT names it after them.
    pub late: bool,
}

/// `column_property(...)` / `deferred(expr)` / `query_expression()` as written in a class body.
#[derive(Debug)]
pub struct ExprPropSpec {
    pub expr: ExprRef,
    pub deferred: Option<Deferral>,
    pub query_expression: bool,
    pub expire_on_flush: bool,
}

fn spec_value(interp: &mut Interp, spec: ExprPropSpec) -> Value {
    let class = super::core::core_class(
        interp,
        "sqlalchemy.orm.properties",
        "MappedSQLExpression",
        &[],
        &[("expression", spec_expression), ("columns", spec_columns)],
    );
    super::native::wrap(interp, &class, spec)
}

/// `prop.expression`: the SQL expression the property maps (composable in the same class body:
/// `path = column_property("C:/" + filename.expression)`).
fn spec_expression(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (spec, _, _) = super::native::receiver::<ExprPropSpec>(interp, args, "MappedSQLExpression")?;
    Ok(super::core::expr_obj::expr_value(interp, spec.expr.clone()))
}

/// `prop.columns`: the mapped expressions, as a list of one.
fn spec_columns(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (spec, _, _) = super::native::receiver::<ExprPropSpec>(interp, args, "MappedSQLExpression")?;
    Ok(Value::list(vec![super::core::expr_obj::expr_value(interp, spec.expr.clone())]))
}

fn flag(interp: &mut Interp, args: &Args, name: &str, default: bool) -> PyResult<bool> {
    match kwarg(args, name) {
        Some(v) => interp.truthy(&v),
        None => Ok(default),
    }
}

fn deferral(interp: &mut Interp, args: &Args, deferred: bool) -> PyResult<Option<Deferral>> {
    let group = kwarg(args, "group").as_ref().and_then(as_str);
    let raiseload = flag(interp, args, "raiseload", false)?;
    Ok((deferred || group.is_some() || raiseload).then_some(Deferral { group, raiseload }))
}

/// `column_property(expr, deferred=False, group=None, raiseload=False, expire_on_flush=True)`. A
/// plain `Column` argument is that column (with its deferral).
pub fn column_property(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let given = args.positional.first().cloned().unwrap_or(Value::None);
    let deferred = flag(interp, &args, "deferred", false)?;
    if state::<super::schema::ColumnSpec>(&given).is_some() && args.positional.len() == 1 {
        if deferred {
            return super::core::schema_obj::column::deferred_call(interp, args);
        }
        return Ok(given);
    }
    let expr = super::core::convert::to_expr(interp, &given)?;
    let spec = ExprPropSpec {
        expr,
        deferred: deferral(interp, &args, deferred)?,
        query_expression: false,
        expire_on_flush: flag(interp, &args, "expire_on_flush", true)?,
    };
    Ok(spec_value(interp, spec))
}

/// `deferred(expr, group=None, raiseload=False)` for an expression that is not a `Column`.
pub fn deferred_expression(interp: &mut Interp, args: &Args, given: &Value) -> PyResult<Option<Value>> {
    if state::<super::schema::ColumnSpec>(given).is_some() {
        return Ok(None);
    }
    let Some(expr) = super::core::convert::expr_of(interp, given)?
        .or_else(|| super::core::select_obj::select_stmt_of(given).map(build::scalar_select))
    else {
        return Ok(None);
    };
    let spec =
        ExprPropSpec { expr, deferred: deferral(interp, args, true)?, query_expression: false, expire_on_flush: true };
    Ok(Some(spec_value(interp, spec)))
}

/// `query_expression(default_expr=null())`.
pub fn query_expression(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let default = args.positional.first().cloned().or_else(|| kwarg(&args, "default_expr"));
    let expr = match default {
        Some(v) => super::core::convert::to_expr(interp, &v)?,
        None => Rc::new(Expr::Null),
    };
    let spec = ExprPropSpec { expr, deferred: None, query_expression: true, expire_on_flush: true };
    Ok(spec_value(interp, spec))
}

/// The class body's `Column` objects that expressions used while still free, mapped to the table's
/// columns; then every expression property of the class bound and labelled.
pub fn bind_properties(
    registry: &RegistryRef,
    table: &str,
    body: &[(String, Rc<super::schema::ColumnSpec>)],
    specs: Vec<(String, Rc<ExprPropSpec>)>,
) -> Vec<ExprProp> {
    if specs.is_empty() {
        return Vec::new();
    }
    let from = super::core::bridge::core_table(registry, table);
    let swaps: Vec<(Rc<crate::sql::elements::ColumnInfo>, ColumnRef)> = body
        .iter()
        .filter_map(|(_, spec)| {
            let free = spec.free.borrow().clone()?;
            let (_, column) = spec.bound.borrow().clone()?;
            Some((free, from.as_ref()?.column_ref_by_name(&column)?))
        })
        .collect();
    specs
        .into_iter()
        .map(|(key, spec)| {
            let bound = crate::sql::elements::rebind::replace_deep(&spec.expr, &|c| {
                swaps.iter().find(|(free, _)| Rc::ptr_eq(free, &c.col)).map(|(_, to)| to.clone())
            });
            ExprProp {
                key,
                expr: build::label(&bound, None, None),
                deferred: spec.deferred.clone(),
                query_expression: spec.query_expression,
                renders_default: !matches!(&*bound, Expr::Null),
                expire_on_flush: spec.expire_on_flush,
                late: false,
            }
        })
        .collect()
}

/// The expression property `key` of a mapper (or of a mapped class it inherits from).
pub fn prop_of(registry: &RegistryRef, mapper: usize, key: &str) -> Option<ExprProp> {
    let reg = registry.borrow();
    super::inheritance::lineage(&reg, mapper)
        .into_iter()
        .find_map(|m| reg.mappers.get(m)?.expressions.iter().find(|p| p.key == key).cloned())
}

/// Every expression property of a mapper, inherited ones first.
pub fn props_of(registry: &RegistryRef, mapper: usize) -> Vec<ExprProp> {
    let reg = registry.borrow();
    let mut out = Vec::new();
    for m in super::inheritance::lineage(&reg, mapper).into_iter().rev() {
        if let Some(x) = reg.mappers.get(m) {
            out.extend(x.expressions.iter().cloned());
        }
    }
    out
}

/// The expression columns an entity's SELECT starts with, as (key, labelled expression):
/// each property not left out (`unloaded`), a query expression only with its `with_expression()`
/// (`overrides`) or a non-NULL default; aimed at `alias` when the entity is aliased.
pub fn entity_exprs(
    registry: &RegistryRef,
    mapper: usize,
    alias: Option<&FromRef>,
    unloaded: &[(String, bool)],
    overrides: &[(String, ExprRef)],
) -> Vec<(String, ExprRef)> {
    let table = registry.borrow().mappers.get(mapper).map(|m| m.table.clone());
    let base = table.and_then(|t| super::core::bridge::core_table(registry, &t));
    let mut out: Vec<(bool, String, ExprRef)> = props_of(registry, mapper)
        .into_iter()
        .filter_map(|p| {
            let rebind = |expr: &ExprRef| match (alias, &base) {
                (Some(to), Some(from)) => crate::sql::elements::rebind::replace_deep(expr, &|c| {
                    c.table
                        .as_ref()
                        .filter(|t| Rc::ptr_eq(t, from))
                        .and_then(|_| to.column_ref_by_name(&c.col.name.text()))
                }),
                _ => expr.clone(),
            };
            let own = |p: &ExprProp| match alias {
                Some(to) => aliased_expr(registry, to, &p.key, &|| rebind(&p.expr)),
                None => p.expr.clone(),
            };
            let expr = match overrides.iter().find(|(k, _)| *k == p.key) {
                Some((_, e)) => rebind(&build::label(e, None, None)),
                None if p.query_expression => p.renders_default.then(|| own(&p))?,
                None if unloaded.iter().any(|(k, _)| *k == p.key) => return None,
                None => own(&p),
            };
            Some((p.late, p.key, expr))
        })
        .collect();
    // Properties added after mapping come after the table's columns: see [`split_row`].
    out.sort_by_key(|(late, _, _)| *late);
    out.into_iter().map(|(_, k, e)| (k, e)).collect()
}

/// Expression property `key` read through the alias `alias`: made by `make` the first time, the same
/// expression after that (see `Registry::aliased_exprs`).
pub fn aliased_expr(registry: &RegistryRef, alias: &FromRef, key: &str, make: &dyn Fn() -> ExprRef) -> ExprRef {
    let found = registry
        .borrow()
        .aliased_exprs
        .iter()
        .find_map(|(a, k, e)| (k == key && a.upgrade().is_some_and(|a| Rc::ptr_eq(&a, alias))).then(|| e.clone()));
    if let Some(e) = found {
        return e;
    }
    let made = make();
    let mut reg = registry.borrow_mut();
    reg.aliased_exprs.retain(|(a, _, _)| a.strong_count() > 0);
    reg.aliased_exprs.push((Rc::downgrade(alias), key.to_string(), made.clone()));
    made
}

/// How many of an entity's loaded expressions (from [`entity_exprs`]) were added after mapping and so
/// follow the table's columns in its SELECT.
pub fn late_count(registry: &RegistryRef, mapper: usize, loaded: &[(String, ExprRef)]) -> usize {
    let props = props_of(registry, mapper);
    loaded.iter().filter(|(k, _)| props.iter().any(|p| p.late && p.key == *k)).count()
}

/// An entity's row cells split into its expressions' cells (in [`entity_exprs`] order) and its
/// columns' cells: `early exprs, columns, late exprs`.
pub fn split_row(cells: &[Cell], exprs: usize, late: usize) -> (Vec<Cell>, &[Cell]) {
    let early = (exprs - late.min(exprs)).min(cells.len());
    let end = cells.len().saturating_sub(late).max(early);
    let mut expr_cells: Vec<Cell> = cells[..early].to_vec();
    expr_cells.extend_from_slice(&cells[end..]);
    (expr_cells, &cells[early..end])
}

/// The deferred expression properties an entity leaves out by default (key, raiseload).
pub fn default_unloaded(registry: &RegistryRef, mapper: usize) -> Vec<(String, bool)> {
    props_of(registry, mapper).into_iter().filter_map(|p| p.deferred.map(|d| (p.key, d.raiseload))).collect()
}

/// Whether `key` of the entity stays unloaded after a column option (`load_only` leaves
/// expressions out; `undefer` brings a deferred one in).
pub fn unloaded_after(
    prop: &ExprProp,
    now: Option<bool>,
    load: &super::core::loader_options::ColumnLoad,
) -> Option<bool> {
    use super::core::loader_options::ColumnLoad;
    match load {
        ColumnLoad::LoadOnly { keys, raiseload } => (!keys.contains(&prop.key)).then_some(*raiseload),
        ColumnLoad::Defer { key, raiseload } if *key == prop.key => Some(*raiseload),
        ColumnLoad::Undefer { key } if *key == prop.key => None,
        ColumnLoad::UndeferGroup(g) if prop.deferred.as_ref().and_then(|d| d.group.as_ref()) == Some(g) => None,
        ColumnLoad::UndeferAll => None,
        _ => now,
    }
}

impl Orm {
    /// Puts the expression values of a row (`cells`, one per `exprs` entry) on a loaded instance:
    /// a new one gets them all, an existing one those it has not loaded.
    pub fn populate_expressions(
        &self,
        interp: &mut Interp,
        value: &Value,
        exprs: &[(String, ExprRef)],
        cells: &[Cell],
    ) {
        let Value::Instance(inst) = value else { return };
        let state = existing_state(inst);
        for ((key, expr), cell) in exprs.iter().zip(cells) {
            let unloaded = state.as_ref().is_some_and(|s| {
                let mut s = s.borrow_mut();
                let expired = s.expired.shift_remove(key);
                s.deferred.shift_remove(key).is_some() || expired
            });
            if unloaded || !inst.dict.borrow().contains_key(key.as_str()) {
                let v = super::engine::processors::ResultProcessor::of(&expr.ty()).process(interp, cell);
                inst.dict.borrow_mut().insert(Name::from(key.as_str()), v);
            }
        }
    }

    /// `obj.fullname` for an expression property: its loaded value, else a load by primary key
    /// (expired or deferred), else `None` (a pending object, a query expression never given).
    pub fn get_expression(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        prop: &ExprProp,
    ) -> PyResult<Value> {
        if let Some(v) = inst.dict.borrow().get(prop.key.as_str()) {
            return Ok(v.clone());
        }
        // A query expression has a value only from a query that gave it one.
        if prop.query_expression && !prop.renders_default {
            return Ok(Value::None);
        }
        if let Some(state) = existing_state(inst) {
            if state.borrow().expired.contains(&prop.key) {
                self.load_expired(interp, inst, &state)?;
            }
            // Deferred, or never loaded on a persistent object (one just inserted): load it now.
            let (deferred, persistent) = {
                let s = state.borrow();
                // (A query expression is only ever loaded by a query.)
                let persistent =
                    !prop.query_expression && s.identity.is_some() && matches!(s.status, Status::Persistent);
                (s.deferred.get(&prop.key).copied(), persistent)
            };
            if (deferred.is_some() || persistent) && !inst.dict.borrow().contains_key(prop.key.as_str()) {
                let raise = deferred.unwrap_or(false);
                if raise {
                    return Err(self.error(
                        interp,
                        SaExc::InvalidRequestError,
                        format!("'{}.{}' is not available due to raiseload=True", inst.class.name, prop.key),
                    ));
                }
                self.load_expressions(interp, inst, info, &state, std::slice::from_ref(prop))?;
            }
        }
        Ok(inst.dict.borrow().get(prop.key.as_str()).cloned().unwrap_or(Value::None))
    }

    /// After its INSERT or UPDATE, an object's expression properties are stale: those not deferred
    /// (or deferred but loaded) expire, as `_finalize_insert_update_commands` does with the mapper's
    /// read-only properties.
    pub fn expire_expressions_after_flush(&self, inst: &Rc<Instance>) {
        let (Some(info), Some(state)) = (super::declarative::mapped(&inst.class), existing_state(inst)) else {
            return;
        };
        let props = props_of(&info.registry, info.mapper);
        let mut s = state.borrow_mut();
        for p in props.iter().filter(|p| !p.query_expression) {
            let loaded = inst.dict.borrow().contains_key(p.key.as_str());
            let expire =
                if p.expire_on_flush { p.deferred.is_none() || loaded } else { p.deferred.is_none() && !loaded };
            if expire {
                inst.dict.borrow_mut().shift_remove(p.key.as_str());
                s.deferred.shift_remove(&p.key);
                s.expired.insert(p.key.clone());
            }
        }
    }

    /// `SELECT <exprs> FROM table WHERE table.pk = ?` for a persistent instance, the values put on it.
    pub fn load_expressions(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        info: &MappedClass,
        state: &StateRef,
        props: &[ExprProp],
    ) -> PyResult<()> {
        let attr = props.first().map_or("", |p| p.key.as_str());
        let (session, identity) = self.bound_for_deferred_load(interp, inst, state, attr)?;
        let exprs: Vec<(String, ExprRef)> = props.iter().map(|p| (p.key.clone(), p.expr.clone())).collect();
        let Some(compiled) = load::by_key(&info.registry, info.mapper, &exprs, &[], &identity) else {
            return Err(interp.not_supported("loading this mapped SQL expression"));
        };
        self.autobegin(interp, &session)?;
        let row = self.select_own_row(interp, &session, &compiled, inst)?;
        self.populate_expressions(interp, &Value::Instance(inst.clone()), &exprs, &row);
        session.note_loaded(inst);
        Ok(())
    }

    /// The SELECT refreshing an instance's expired attributes when it is not the whole row: the
    /// expired expression properties, then the expired columns (`expired_columns` of
    /// `all_columns`); `None` when every column and no expression expired.
    pub(super) fn expired_select(
        &self,
        registry: &RegistryRef,
        mapper: usize,
        state: &StateRef,
        expired_columns: &[super::mapper::ColumnDef],
        all_columns: usize,
        identity: &[Cell],
    ) -> Option<(super::query::Compiled, Vec<(String, ExprRef)>)> {
        let mut expired: Vec<(String, ExprRef)> = Vec::new();
        {
            let mut s = state.borrow_mut();
            for p in props_of(registry, mapper) {
                if !s.expired.contains(&p.key) {
                    continue;
                }
                // A deferred expression stays deferred: the refresh leaves it out.
                if let Some(d) = &p.deferred {
                    s.expired.shift_remove(&p.key);
                    s.deferred.insert(p.key.clone(), d.raiseload);
                } else if !p.query_expression || p.renders_default {
                    expired.push((p.key, p.expr));
                } else {
                    // `with_expression()`'s value is lost on expiry: nothing reloads it.
                    s.expired.shift_remove(&p.key);
                }
            }
        }
        if expired.is_empty() && (expired_columns.len() == all_columns || expired_columns.is_empty()) {
            return None;
        }
        let keys: Vec<String> = expired_columns.iter().map(|c| c.key.clone()).collect();
        let compiled = load::by_key(registry, mapper, &expired, &keys, identity)?;
        Some((compiled, expired))
    }
}

/// The keys of a mapper's expression properties (for expiry and ORM DML's RETURNING).
pub fn keys_of(registry: &RegistryRef, mapper: usize) -> Vec<String> {
    props_of(registry, mapper).into_iter().map(|p| p.key).collect()
}

/// `User.fullname`: the labelled expression as a mapped attribute.
pub fn class_attribute(interp: &mut Interp, class: &Rc<Class>, prop: &ExprProp) -> Value {
    super::expr::expr_value(
        interp,
        super::expr::SqlExpr::Core(prop.expr.clone()),
        Some((class.clone(), prop.key.clone())),
    )
}
