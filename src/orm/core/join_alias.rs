//! Joined-table inheritance targets of ORM joins. A joined subclass is read from the join of its
//! lineage's tables (`employee JOIN manager ON employee.id = manager.id`), so `.join(Engineer.boss)`
//! joins to that whole join. When the statement already reads one of those tables (an engineer is an
//! employee too), SQLAlchemy's `_join_check_and_adapt_right_side` aliases every table of the target
//! (`aliased(Manager, flat=True)`: `JOIN (employee AS employee_1 JOIN manager AS manager_1 ON ...)`)
//! and keeps an adapter that points the statement's columns, WHERE and ORDER BY criteria of the
//! target's tables at the aliases — except columns of an entity unrelated to the target
//! (`Engineer.name` stays `employee.name`), as `ORMAdapter` limits itself to its mapper's hierarchy.

use crate::eval::Interp;
use crate::orm::mapper::RegistryRef;
use crate::sql::elements::build::{self, Operand};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::{FromKind, FromRef, Select};
use std::rc::Rc;

/// An auto-aliased join target: the mapper joined to and its tables' aliases (table, alias).
#[derive(Clone)]
pub struct JoinAdapter {
    pub registry: RegistryRef,
    pub mapper: usize,
    pub swaps: Vec<(FromRef, FromRef)>,
}

/// One table of a lineage join: its name, the table, and where it is read from (itself or an alias).
pub type LineageTable = (String, FromRef, FromRef);

/// The inner join of `mapper`'s lineage tables, base first, each joined on its primary key's foreign
/// key to its parent's (`inherit_condition`, parent column first); each table under an anonymous
/// alias when `flat` (`{name}_{table}` when named, as `Join._anonymous_fromclause(flat=True)`).
/// `None` when a table is missing.
pub fn lineage_join(
    registry: &RegistryRef,
    mapper: usize,
    flat: bool,
    name: Option<&str>,
) -> Option<(FromRef, Vec<LineageTable>)> {
    let defs: Vec<crate::orm::mapper::TableDef> =
        crate::orm::inheritance::tables_of(&registry.borrow(), mapper).into_iter().cloned().collect();
    let mut tables: Vec<LineageTable> = Vec::new();
    let mut joined: Option<FromRef> = None;
    for t in defs {
        let table = super::bridge::core_table(registry, &t.name)?;
        let from = match (flat, name) {
            (false, _) => table.clone(),
            (true, None) => super::from_obj::alias_of(&table, None),
            (true, Some(n)) => super::from_obj::alias_of(&table, Some(&format!("{n}_{}", t.name))),
        };
        joined = Some(match joined {
            None => from.clone(),
            Some(left) => {
                let mut on: Vec<ExprRef> = Vec::new();
                for c in t.primary_key() {
                    let Some((parent, pc)) = &c.foreign_key else { continue };
                    let Some((_, _, parent_from)) = tables.iter().find(|(n, _, _)| n == parent) else { continue };
                    let l = Rc::new(Expr::Column(parent_from.column_ref_by_name(pc)?)) as ExprRef;
                    let r = Rc::new(Expr::Column(from.column_ref_by_name(&c.name)?)) as ExprRef;
                    on.push(build::compare(&l, Op::Eq, Operand::Expr(r), false).ok()?);
                }
                let onclause = match on.len() {
                    0 => None,
                    1 => on.pop(),
                    _ => Some(build::boolean_list(Op::And, on)),
                };
                crate::sql::selectable::joins::join(&left, &from, onclause, false, false).ok()?
            }
        });
        tables.push((t.name.clone(), table, from));
    }
    Some((joined?, tables))
}

/// The selectables on a FROM element's surface (a join's sides, recursively; an alias is its own).
fn surface(f: &FromRef, out: &mut Vec<FromRef>) {
    out.push(f.clone());
    if let FromKind::Join(j) = &f.kind {
        surface(&j.left, out);
        surface(&j.right, out);
    }
}

/// `sql_util.selectables_overlap`: whether two FROM elements share a surface selectable.
pub fn overlaps(a: &FromRef, b: &FromRef) -> bool {
    let (mut x, mut y) = (Vec::new(), Vec::new());
    surface(a, &mut x);
    surface(b, &mut y);
    x.iter().any(|p| y.iter().any(|q| Rc::ptr_eq(p, q)))
}

/// Whether every table of `f` (a join of tables) has an alias in `adapters`: the FROM of an entity
/// whose columns now read the aliases.
pub fn wholly_aliased(f: &FromRef, adapters: &[JoinAdapter]) -> bool {
    let mut all = Vec::new();
    surface(f, &mut all);
    let tables: Vec<&FromRef> = all.iter().filter(|t| t.table().is_some()).collect();
    !tables.is_empty() && tables.iter().all(|t| adapters.iter().any(|a| a.swaps.iter().any(|(s, _)| Rc::ptr_eq(s, t))))
}

/// The mapper whose lineage join `target` is: the mapper of its last table that has a table of
/// its own.
fn mapper_of_join(registry: &RegistryRef, target: &FromRef) -> Option<usize> {
    let FromKind::Join(j) = &target.kind else { return None };
    let name = j.right.table()?.name.clone();
    let reg = registry.borrow();
    let mapper = reg.mappers.iter().position(|m| m.table == name)?;
    crate::orm::inheritance::is_joined(&reg, mapper).then_some(mapper)
}

/// `.join(Rel)` to a joined subclass `target` (its lineage join) from `owner`: when the statement's
/// FROM list (or `owner` alone) overlaps the target, the target's tables under anonymous aliases,
/// the ON clause aimed at them, and the adapter for the rest of the statement.
pub fn alias_overlapping(
    registry: &RegistryRef,
    s: &Select,
    owner: &FromRef,
    target: &FromRef,
    on: &ExprRef,
) -> Option<(FromRef, ExprRef, JoinAdapter)> {
    let mapper = mapper_of_join(registry, target)?;
    let mut froms = crate::sql::selectable::froms::apply_joins(s).unwrap_or_default();
    if froms.is_empty() {
        froms.push(owner.clone());
    }
    if !froms.iter().any(|f| overlaps(f, owner) && overlaps(f, target)) {
        return None;
    }
    let (aliased, tables) = lineage_join(registry, mapper, true, None)?;
    let mut on = on.clone();
    let mut swaps = Vec::new();
    for (_, table, alias) in tables {
        on = crate::sql::elements::adapt::replace_from(&on, &table, &alias);
        swaps.push((table, alias));
    }
    Some((aliased, on, JoinAdapter { registry: registry.clone(), mapper, swaps }))
}

/// [`entity_target`]'s answer: the FROM joined to, its ON clause, the adapter when aliased, and then
/// the left side it was made against (the statement's columns then read the aliases, so the join
/// names its left side explicitly).
pub type EntityTarget = (FromRef, Option<ExprRef>, Option<JoinAdapter>, Option<FromRef>);

/// `.join(Engineer, onclause)`: a joined subclass entity joined to is its lineage join
/// (`JOIN (employee JOIN engineer ON ...) ON ...`), every table under an anonymous alias when the
/// join's left side overlaps it (`select(Employee.name, Engineer.lang).join(Engineer)`), with the ON
/// clause aimed at the aliases and the adapter for the rest of the statement. `None` for other targets.
pub fn entity_target(
    registry: &RegistryRef,
    s: &Select,
    mapper: usize,
    left: Option<&FromRef>,
    onclause: Option<&ExprRef>,
) -> Option<EntityTarget> {
    if !crate::orm::inheritance::is_joined(&registry.borrow(), mapper) {
        return None;
    }
    let (target, _) = lineage_join(registry, mapper, false, None)?;
    // The entity's own selectable is not a left side for a join to itself (SQLAlchemy skips the
    // entity joined to when it looks for one).
    let mut s = s.clone();
    s.from_obj.retain(|f| !same_tables(f, &target));
    let s = &s;
    let probe = crate::sql::selectable::SetupJoin {
        target: target.clone(),
        onclause: onclause.cloned(),
        left: left.cloned(),
        isouter: false,
        full: false,
    };
    let Ok(owner) = crate::sql::selectable::froms::join_left(s, &probe) else {
        return Some((target, onclause.cloned(), None, None));
    };
    // `_join_check_and_adapt_right_side`: the FROM clauses so far (or the left side alone) overlap
    // both sides.
    let mut froms = if s.joins.is_empty() && s.from_obj.is_empty() {
        Vec::new()
    } else {
        crate::sql::selectable::froms::apply_joins(s).unwrap_or_default()
    };
    if froms.is_empty() {
        froms.push(owner.clone());
    }
    if !froms.iter().any(|f| overlaps(f, &owner) && overlaps(f, &target)) {
        return Some((target, onclause.cloned(), None, None));
    }
    let (aliased, tables) = lineage_join(registry, mapper, true, None)?;
    let mut on = onclause.cloned();
    let mut swaps = Vec::new();
    for (_, table, alias) in tables {
        on = on.map(|on| crate::sql::elements::adapt::replace_from(&on, &table, &alias));
        swaps.push((table, alias));
    }
    Some((aliased, on, Some(JoinAdapter { registry: registry.clone(), mapper, swaps }), Some(owner)))
}

/// Whether two joins read the same tables (a mapper's lineage join, built twice).
pub fn same_tables(a: &FromRef, b: &FromRef) -> bool {
    let tables = |f: &FromRef| {
        let mut all = Vec::new();
        surface(f, &mut all);
        all.retain(|t| t.table().is_some());
        all
    };
    let (x, y) = (tables(a), tables(b));
    matches!(a.kind, FromKind::Join(_)) && x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| Rc::ptr_eq(p, q)))
}

/// Whether one of two mappers inherits from the other (`isa` either way).
fn related(registry: &RegistryRef, a: usize, b: usize) -> bool {
    let reg = registry.borrow();
    crate::orm::inheritance::lineage(&reg, a).contains(&b) || crate::orm::inheritance::lineage(&reg, b).contains(&a)
}

/// `e` with the adapters' tables read from their aliases, column by column: a column of an entity
/// outside the adapter's hierarchy (or of an `aliased()` entity) is left alone.
pub fn adapt(interp: &Interp, e: &ExprRef, adapters: &[JoinAdapter]) -> ExprRef {
    crate::sql::elements::adapt::replace_column_nodes(e, &|node| {
        let Expr::Column(c) = &**node else { return None };
        let table = c.table.as_ref()?;
        let parent = super::entity_criteria::lookup(interp, node);
        adapters.iter().find_map(|a| {
            let (_, alias) = a.swaps.iter().find(|(t, _)| Rc::ptr_eq(t, table))?;
            if let Some(p) = &parent
                && (p.alias.is_some()
                    || !Rc::ptr_eq(&p.registry, &a.registry)
                    || !related(&a.registry, p.mapper, a.mapper))
            {
                return None;
            }
            alias.column_ref_by_name(&c.col.name.text()).map(|n| Rc::new(Expr::Column(n)) as ExprRef)
        })
    })
}

/// Points the statement's columns (an entity's only when its mapper is in an adapter's hierarchy),
/// WHERE, HAVING, GROUP BY and ORDER BY at the adapters' aliases.
pub fn adapt_select(
    interp: &Interp,
    s: &mut Select,
    entities: &[super::orm_select::OrmEntity],
    adapters: &[JoinAdapter],
) {
    if adapters.is_empty() {
        return;
    }
    for e in entities {
        match e {
            super::orm_select::OrmEntity::Mapper { registry, mapper, start, len, alias: None, .. } => {
                let mine: Vec<JoinAdapter> = adapters
                    .iter()
                    .filter(|a| Rc::ptr_eq(&a.registry, registry) && related(registry, *mapper, a.mapper))
                    .cloned()
                    .collect();
                for c in s.columns.iter_mut().skip(*start).take(*len) {
                    *c = adapt(interp, c, &mine);
                }
            }
            super::orm_select::OrmEntity::Column { index } => {
                if let Some(c) = s.columns.get_mut(*index) {
                    *c = adapt(interp, c, adapters);
                }
            }
            _ => {}
        }
    }
    for list in [&mut s.where_, &mut s.having, &mut s.group_by, &mut s.order_by] {
        for c in list.iter_mut() {
            *c = adapt(interp, c, adapters);
        }
    }
}
