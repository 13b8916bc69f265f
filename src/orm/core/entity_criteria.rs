//! The entities an ORM statement mentions only inside SQL expressions, and the single-table
//! discriminator criteria they bring (SQLAlchemy's `extra_criteria_entities` and
//! `_adjust_for_extra_criteria`): `select(func.count(Cat.id))`, `select(func.count()).select_from(Cat)`
//! and `select(Animal).where(Cat.indoor == 1)` all count or load cats only, with
//! `animal.kind IN (...)` after the statement's own WHERE criteria.
//!
//! SQLAlchemy finds the entity from the `parententity` annotation of the columns a mapped attribute
//! gives. Core expressions here carry no annotations, so the run remembers which Core column nodes
//! came from which entity's attribute (the nodes are held, so an address is never reused), and the
//! walks below read them the way SQLAlchemy reads the annotations: the first annotated node,
//! breadth first, of a columns-clause expression (`extract_first_column_annotation`), and every
//! annotated node of a WHERE criterion (`surface_expressions`).

use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::mapper::RegistryRef;
use crate::orm::native::state;
use crate::sql::compiler::{CompileOptions, Compiler, Dialect};
use crate::sql::elements::ExprRef;
use crate::sql::selectable::{FromKind, FromRef, Select};
use std::collections::VecDeque;
use std::rc::Rc;

/// The entity (`parententity`) a column node was read from: a mapper, through an alias when the
/// attribute was an `aliased()` class's.
#[derive(Clone)]
pub struct ParentEntity {
    pub registry: RegistryRef,
    pub mapper: usize,
    pub alias: Option<FromRef>,
    /// A `with_polymorphic()` entity's FROM: a statement selecting the attribute selects from it.
    pub selectable: Option<FromRef>,
}

/// Records that the Core column node `e` is the mapped attribute of `entity`.
pub fn note(interp: &Interp, e: &ExprRef, entity: ParentEntity) {
    let Ok(orm) = crate::orm::orm(interp) else { return };
    orm.parent_entities.borrow_mut().insert(Rc::as_ptr(e) as usize, (e.clone(), entity));
}

/// Records the Core column of a mapped attribute (`Cat.id` as `animal.id`) when its mapper is part
/// of a polymorphic hierarchy (the only entities whose mention brings criteria).
pub fn note_attribute(interp: &Interp, e: &ExprRef, registry: &RegistryRef, mapper: usize, alias: Option<FromRef>) {
    if !matches!(&**e, crate::sql::elements::Expr::Column(_)) {
        return;
    }
    if crate::orm::inheritance::discriminator(&registry.borrow(), mapper).is_none() {
        return;
    }
    note(interp, e, ParentEntity { registry: registry.clone(), mapper, alias, selectable: None });
}

pub(crate) fn lookup(interp: &Interp, e: &ExprRef) -> Option<ParentEntity> {
    let orm = crate::orm::orm(interp).ok()?;
    let map = orm.parent_entities.borrow();
    map.get(&(Rc::as_ptr(e) as usize)).map(|(_, p)| p.clone())
}

/// `extract_first_column_annotation(column, "parententity")`: breadth first, the first node that
/// came from a mapped attribute (a scalar subquery is its own statement: not entered).
pub fn first_entity(interp: &Interp, e: &ExprRef) -> Option<ParentEntity> {
    if crate::orm::orm(interp).ok()?.parent_entities.borrow().is_empty() {
        return None;
    }
    let mut queue = VecDeque::from([e.clone()]);
    while let Some(node) = queue.pop_front() {
        if let Some(p) = lookup(interp, &node) {
            return Some(p);
        }
        node.for_each_child(&mut |c| queue.push_back(c.clone()));
    }
    None
}

/// The entities of a WHERE criterion, in `surface_expressions` order (a stack: later operands first).
pub fn where_entities(interp: &Interp, e: &ExprRef) -> Vec<ParentEntity> {
    let mut out = Vec::new();
    if crate::orm::orm(interp).is_ok_and(|o| o.parent_entities.borrow().is_empty()) {
        return out;
    }
    let mut stack = vec![e.clone()];
    while let Some(node) = stack.pop() {
        if let Some(p) = lookup(interp, &node) {
            out.push(p);
        }
        node.for_each_child(&mut |c| stack.push(c.clone()));
    }
    out
}

/// The entity a `select_from()` / join argument stands for: a mapped class or an `aliased()` one.
pub fn entity_of_value(v: &Value) -> Option<ParentEntity> {
    if let Some((registry, mapper, _)) = super::orm_select::mapped_class(v) {
        return Some(ParentEntity { registry, mapper, alias: None, selectable: None });
    }
    let a = state::<super::orm_select::AliasedObj>(v)?;
    if a.polymorphic || a.within_polymorphic.is_some() {
        return None;
    }
    let from = a.tables.first().map_or(&a.from, |(_, f)| f).clone();
    Some(ParentEntity { registry: a.registry.clone(), mapper: a.mapper, alias: Some(from), selectable: None })
}

/// The entity's single-table discriminator criterion (`animal.kind IN (...)`, on the alias for an
/// aliased class), if it has one (a `with_polymorphic()` entity has none: it covers every class).
pub fn criterion(interp: &mut Interp, p: &ParentEntity) -> PyResult<Option<ExprRef>> {
    if p.selectable.is_some() {
        return Ok(None);
    }
    super::orm_select::subclass_criterion_at(interp, &p.registry, p.mapper, p.alias.as_ref())
}

/// Whether `criteria` already hold `c` (the same discriminator test of the same FROM element).
pub fn holds(criteria: &[ExprRef], c: &ExprRef) -> bool {
    let key = |e: &ExprRef| {
        let mut froms = Vec::new();
        e.from_objects(&mut froms);
        let text = Compiler::compile_expr(Dialect::Default, CompileOptions::default(), e).ok().map(|c| c.string());
        let mut values = String::new();
        e.visit_binds(&mut |b| values.push_str(&format!("{:?};", b.value)));
        (froms.first().map(|f| Rc::as_ptr(f) as usize), text, values)
    };
    let mine = key(c);
    criteria.iter().any(|x| Rc::ptr_eq(x, c) || key(x) == mine)
}

/// The criteria the WHERE criteria `added` bring: each entity they mention whose FROM element the
/// statement reads otherwise (a column, `select_from()`, a join). An entity known only from WHERE
/// may be one an enclosing statement correlates, which SQLAlchemy leaves alone (#13701).
pub fn for_where(interp: &mut Interp, s: &Select, added: &[ExprRef]) -> PyResult<Vec<ExprRef>> {
    let mut out = Vec::new();
    let entities: Vec<ParentEntity> = added.iter().flat_map(|w| where_entities(interp, w)).collect();
    if entities.is_empty() {
        return Ok(out);
    }
    let mut present = s.from_obj.clone();
    for c in &s.columns {
        c.from_objects(&mut present);
    }
    for j in &s.joins {
        present.push(j.target.clone());
        present.extend(j.left.iter().cloned());
    }
    for p in entities {
        let from = match &p.alias {
            Some(a) => Some(a.clone()),
            None => {
                let table = p.registry.borrow().mappers.get(p.mapper).map(|m| m.table.clone());
                table.and_then(|t| super::bridge::core_table(&p.registry, &t))
            }
        };
        let Some(from) = from else { continue };
        if !present.iter().any(|f| contains_from(f, &from)) {
            continue;
        }
        if let Some(c) = criterion(interp, &p)?
            && !holds(&out, &c)
        {
            out.push(c);
        }
    }
    Ok(out)
}

/// Whether `f` is `target` or a join containing it.
fn contains_from(f: &FromRef, target: &FromRef) -> bool {
    match &f.kind {
        FromKind::Join(j) => contains_from(&j.left, target) || contains_from(&j.right, target),
        _ => Rc::ptr_eq(f, target),
    }
}
