//! Which strategy a relationship of a loaded batch gets: the last option whose path names it (a
//! `defaultload()` link only passes its path on), else a `"*"` wildcard option, else the
//! relationship's own `lazy=`. As in SQLAlchemy's `_setup_for_recursion`, a strategy that comes
//! only from `lazy=` does not eager-load a mapper already on the path (a self-referential or
//! back-pointing relationship loads lazily unless an option asks for it).

use super::{LoadPath, Step, Strategy};
use crate::eval::value::Class;
use crate::orm::mapper::Relationship;
use std::rc::Rc;

/// The outcome for one relationship.
pub struct Resolved {
    pub strategy: Strategy,
    /// Chosen by an option rather than by `lazy=`.
    pub explicit: bool,
    /// The options' paths continuing below this relationship.
    pub below: Vec<LoadPath>,
    /// Column options for the related entity (the last option's that gives any).
    pub columns: Vec<crate::orm::core::loader_options::ColumnLoad>,
    /// The entity the related rows load as (the last option's `of_type()` target).
    pub of_type: Option<Rc<crate::orm::core::orm_select::AliasedObj>>,
    /// The last option's `Rel.and_(...)` criteria for the related rows.
    pub criteria: Vec<crate::sql::elements::ExprRef>,
    /// `with_loader_criteria()` criteria for the related class (see
    /// [`crate::orm::core::loader_criteria`]).
    pub entity_criteria: Vec<crate::sql::elements::ExprRef>,
}

impl Resolved {
    /// Every criterion the related rows must meet.
    pub fn all_criteria(&self) -> Vec<crate::sql::elements::ExprRef> {
        self.criteria.iter().chain(&self.entity_criteria).cloned().collect()
    }
}

/// Whether `step` names a relationship of `class` (its own, inherited, or a subclass's).
pub(super) fn names_class(step: &Step, class: &Rc<Class>) -> bool {
    match &step.class {
        None => true,
        Some(c) => {
            Rc::ptr_eq(c, class)
                || class.mro_tail.iter().any(|b| Rc::ptr_eq(b, c))
                || c.mro_tail.iter().any(|b| Rc::ptr_eq(b, class))
        }
    }
}

/// Whether `lazy=` alone stops eager loading of `rel` (to mapper `target`) below `on_path` (the
/// mappers loaded so far, the root first): with `join_depth=N` once the path is N relationships deep,
/// else once `target` is already on the path (SQLAlchemy's `_setup_for_recursion`).
pub fn recursion_stops(rel: &Relationship, target: usize, on_path: &[usize]) -> bool {
    match rel.spec.borrow().join_depth {
        Some(depth) => on_path.len() > depth,
        None => on_path.contains(&target),
    }
}

/// The strategy of relationship `rel` of `class` (to `target`), given the option paths at this level.
pub fn resolve(
    rel: &Relationship,
    (class, target): (&Rc<Class>, Option<&Rc<Class>>),
    paths: &[LoadPath],
    on_path: bool,
) -> Resolved {
    let mut explicit: Option<Strategy> = None;
    let mut wildcard: Option<Strategy> = None;
    let mut below = Vec::new();
    let mut columns = Vec::new();
    let mut of_type = None;
    let mut criteria = Vec::new();
    let mut entity_criteria = Vec::new();
    let mut everywhere = None;
    for path in paths {
        let Some(first) = path.first() else { continue };
        // `with_loader_criteria()` links reach every level below.
        if first.key == crate::orm::core::loader_criteria::MARKER {
            let reached = |c: &Rc<Class>| crate::orm::core::loader_criteria::reaches(c, target?).then_some(());
            if first.class.as_ref().and_then(reached).is_some() {
                entity_criteria.extend(first.criteria.iter().cloned());
            }
            below.push(path.clone());
            continue;
        }
        if first.key == "*" && path.len() == 1 && names_class(first, class) {
            wildcard = Some(first.strategy);
            if first.everywhere {
                everywhere = Some(path.clone());
            }
            continue;
        }
        if first.key != rel.key || !names_class(first, class) {
            continue;
        }
        if first.strategy != Strategy::Default {
            explicit = Some(first.strategy);
        }
        if first.of_type.is_some() {
            of_type = first.of_type.clone();
        }
        if !first.columns.is_empty() {
            columns = first.columns.clone();
        }
        if !first.criteria.is_empty() {
            criteria = first.criteria.clone();
        }
        if path.len() > 1 {
            below.push(Rc::from(&path[1..]));
        }
    }
    let spec = rel.spec.borrow();
    let own = Strategy::of_lazy(spec.lazy.as_deref(), spec.innerjoin);
    let (strategy, explicit) = match explicit.or(wildcard) {
        Some(strategy) => (strategy, true),
        None if on_path && own != Strategy::Lazy => (Strategy::Lazy, false),
        None => (own, false),
    };
    // A bare `raiseload("*")` / `lazyload("*")` / `noload("*")` also governs the relationships of
    // the objects this relationship eager-loads (not those a later lazy load brings).
    let eager = |s: Strategy| matches!(s, Strategy::Selectin | Strategy::Joined { .. } | Strategy::Subquery);
    if let Some(path) = everywhere.filter(|p| p.first().is_some_and(|s| !eager(s.strategy)) && eager(strategy)) {
        below.push(path);
    }
    Resolved { strategy, explicit, below, columns, of_type, criteria, entity_criteria }
}
