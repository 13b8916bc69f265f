//! The `joined` loader (SQLAlchemy's `JoinedLoader`) and `contains_eager()`: the related rows come
//! with the statement's own rows.
//!
//! When an ORM SELECT is compiled (printed or executed), each relationship whose strategy is
//! `joined` adds an anonymous alias of the related table joined from the parent — `LEFT OUTER JOIN
//! authors AS authors_1 ON authors_1.id = books.author_id` (`JOIN` with `innerjoin=True`; a
//! many-to-many outer join nests the association alias: `LEFT OUTER JOIN (assoc AS assoc_1 JOIN
//! tags AS tags_1 ON ...) ON ...`) — and the alias's columns after all the entities' columns
//! (a nested load's before its parent's, as SQLAlchemy sets up an entity's eager relationships
//! before its columns), and the relationship's `order_by` against the alias after the statement's.
//! `contains_eager()` reads the related table the statement already joins, its columns placed just
//! before the parent entity's. Each row then materializes the related objects too, and after the
//! last row every parent gets its collection (de-duplicated) or object.
//!
//! A collection joined under LIMIT/OFFSET needs the limited rows wrapped in a subquery first
//! ([`super::limited`]).

mod on;

use super::resolve::resolve;
use super::{LoadPath, Strategy};
use crate::db::Cell;
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::orm::Orm;
use crate::orm::core::bridge::core_table;
use crate::orm::core::loader_options::{default_unloaded, loaded_columns};
use crate::orm::core::orm_select::{OrmEntity, OrmInfo};
use crate::orm::mapper::RegistryRef;
use crate::orm::session::SessionData;
use crate::sql::elements::ExprRef;
use crate::sql::elements::build;
use crate::sql::ops::Op;
use crate::sql::selectable::{FromRef, SelectStmt, SetupJoin};
use indexmap::IndexMap;
use on::{column_of, joins_for};
use std::rc::Rc;

/// Whose attribute a joined load fills.
#[derive(Clone, Copy)]
pub enum Parent {
    /// The statement's entity at this index.
    Entity(usize),
    /// The object an earlier joined load brought in the same row.
    Load(usize),
}

/// One relationship loaded from the statement's rows.
pub struct JoinedLoad {
    pub parent: Parent,
    pub key: String,
    pub registry: RegistryRef,
    pub target: usize,
    pub uselist: bool,
    pub start: usize,
    pub len: usize,
    pub unloaded: Rc<Vec<(String, bool)>>,
}

/// The statement with its eager joins, the entities (positions moved by `contains_eager` columns)
/// and the loads.
pub struct Augmented {
    pub stmt: SelectStmt,
    pub info: OrmInfo,
    pub loads: Vec<JoinedLoad>,
}

impl Augmented {
    /// Whether a collection comes through joined rows (then results must be `unique()`d).
    pub fn has_collections(&self) -> bool {
        self.loads.iter().any(|l| l.uselist)
    }
}

/// A planned joined load before columns are placed.
struct Node {
    parent: Parent,
    key: String,
    target: usize,
    uselist: bool,
    columns: Vec<ExprRef>,
    unloaded: Rc<Vec<(String, bool)>>,
    children: Vec<usize>,
    /// A `contains_eager()` load: its columns (and its own contains_eager children's) are the
    /// statement's, placed before its parent entity's; joined loads below it come last.
    contains: bool,
}

/// What planning collects.
pub(super) struct Planner<'a> {
    pub(super) registry: &'a RegistryRef,
    pub(super) limited: bool,
    nodes: Vec<Node>,
    pub(super) joins: Vec<SetupJoin>,
    pub(super) order_by: Vec<ExprRef>,
    /// `contains_eager` loads per entity index: (node ids).
    contains: Vec<(usize, usize)>,
    /// The entity's table columns as a wrapping subquery exports them (column name, exported name).
    pub(super) renamed: Option<Rc<Vec<(String, String)>>>,
}

impl<'a> Planner<'a> {
    pub(super) fn new(registry: &'a RegistryRef, limited: bool) -> Self {
        Planner {
            registry,
            limited,
            nodes: Vec::new(),
            joins: Vec::new(),
            order_by: Vec::new(),
            contains: Vec::new(),
            renamed: None,
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Appends every planned load's columns (nested ones first) and gives the loads.
    pub(super) fn place_all(&self, roots: &[usize], columns: &mut Vec<ExprRef>) -> Vec<JoinedLoad> {
        let mut at = vec![(0usize, 0usize); self.nodes.len()];
        for id in roots {
            self.place(*id, columns, &mut at);
        }
        self.loads(&at)
    }

    fn loads(&self, at: &[(usize, usize)]) -> Vec<JoinedLoad> {
        self.nodes
            .iter()
            .zip(at)
            .map(|(n, (start, len))| JoinedLoad {
                parent: n.parent,
                key: n.key.clone(),
                registry: self.registry.clone(),
                target: n.target,
                uselist: n.uselist,
                start: *start,
                len: *len,
                unloaded: n.unloaded.clone(),
            })
            .collect()
    }

    /// Plans the joined loads of `mapper`'s relationships read from `from`.
    pub(super) fn walk(
        &mut self,
        mapper: usize,
        class: &Rc<Class>,
        from: &FromRef,
        parent: Parent,
        paths: &[LoadPath],
        on_path: &[usize],
    ) -> Vec<usize> {
        let registry = self.registry.clone();
        let rels: Vec<_> = registry.borrow().relationships_of(mapper).into_iter().cloned().collect();
        let mut mine = Vec::new();
        for rel in rels {
            let Some(resolved) = rel.resolved.clone() else { continue };
            // Writer collections never eager-load; a many-to-many's custom join conditions are not
            // written here (it loads lazily).
            let spec = rel.spec.borrow();
            let custom_secondary = spec.primaryjoin.is_some() && resolved.secondary.is_some();
            if matches!(spec.lazy.as_deref(), Some("dynamic" | "write_only")) || custom_secondary {
                continue;
            }
            drop(spec);
            let target = resolved.target;
            if crate::orm::inheritance::is_joined(&registry.borrow(), target) {
                continue;
            }
            let target_class = registry.borrow().mappers.get(target).map(|m| m.class.clone());
            let stops = super::resolve::recursion_stops(&rel, target, on_path);
            let choice = resolve(&rel, (class, target_class.as_ref()), paths, stops);
            let (from_target, contains) = match choice.strategy {
                Strategy::Joined { inner } if !(self.limited && resolved.uselist) => {
                    let renamed = self.renamed.clone().filter(|_| matches!(parent, Parent::Entity(_)));
                    let lookup = |name: &str| match &renamed {
                        Some(names) => names.iter().find(|(c, _)| c == name).and_then(|(_, e)| column_of(from, e)),
                        None => column_of(from, name),
                    };
                    // A single-table subclass target's rows only (`AND employee_1.type IN (...)`), as
                    // the relationship's join condition carries it.
                    let mut criteria: Vec<ExprRef> = single_table_in(&registry, target).into_iter().collect();
                    criteria.extend(choice.all_criteria());
                    let how = (&*resolved, criteria.as_slice());
                    let Some(t) = joins_for(&registry, how, from, &lookup, inner, &mut self.joins) else {
                        continue;
                    };
                    let table_name = registry.borrow().table_of(target).map(|t| t.name.clone()).unwrap_or_default();
                    let assoc = on::secondary_alias(&self.joins);
                    for (table, name, desc) in
                        crate::orm::loading::lazy::order_tables(&registry, &resolved, &table_name)
                    {
                        // An association table's column is read from its alias in the join.
                        let from = match &assoc {
                            Some(a) if table != table_name => a,
                            _ => &t,
                        };
                        if let Some(col) = column_of(from, &name) {
                            self.order_by.push(if desc { build::unary_modifier(&col, Op::Desc) } else { col });
                        }
                    }
                    (t, false)
                }
                // The rows the statement joined: an aliased target (`contains_eager(A.bs.of_type(b1))`,
                // `alias=b1`) is read from its alias, else from the target's table.
                Strategy::ContainsEager => match choice.of_type.as_ref().filter(|a| a.poly.is_none()) {
                    Some(a) => (a.from.clone(), true),
                    None => {
                        let table = registry.borrow().table_of(target).map(|t| t.name.clone());
                        let Some(t) = table.and_then(|t| core_table(&registry, &t)) else { continue };
                        (t, true)
                    }
                },
                _ => continue,
            };
            // Column options chained after the loader (`joinedload(A.b).load_only(B.x)`) shape the
            // related entity's columns.
            let mut unloaded = default_unloaded(&registry, target);
            for load in &choice.columns {
                unloaded = crate::orm::core::loader_options::apply_load(&registry, target, &unloaded, load);
            }
            let aliased = !contains || choice.of_type.as_ref().is_some_and(|a| a.poly.is_none());
            let columns = loaded_columns(&registry, target, aliased.then_some(&from_target), &unloaded, &[]);
            let id = self.nodes.len();
            self.nodes.push(Node {
                parent,
                key: rel.key.clone(),
                target,
                uselist: resolved.uselist,
                columns,
                unloaded: Rc::new(unloaded),
                children: Vec::new(),
                contains,
            });
            if contains && let Parent::Entity(e) = parent {
                self.contains.push((e, id));
            }
            let target_class = registry.borrow().mappers.get(target).map(|m| m.class.clone());
            let Some(target_class) = target_class else { continue };
            let mut deeper = on_path.to_vec();
            deeper.push(target);
            let children = self.walk(target, &target_class, &from_target, Parent::Load(id), &choice.below, &deeper);
            if let Some(n) = self.nodes.get_mut(id) {
                n.children = children;
            }
            mine.push(id);
        }
        mine
    }

    /// Appends node `id`'s columns (its children's first) to `columns`, recording where they went.
    fn place(&self, id: usize, columns: &mut Vec<ExprRef>, at: &mut [(usize, usize)]) {
        let Some(node) = self.nodes.get(id) else { return };
        for c in &node.children {
            if !node.contains || self.nodes.get(*c).is_some_and(|n| n.contains) {
                self.place(*c, columns, at);
            }
        }
        if let Some(slot) = at.get_mut(id) {
            *slot = (columns.len(), node.columns.len());
        }
        columns.extend(node.columns.iter().cloned());
    }
}

/// The statement `stmt` (of `info`) with its eager joins, or `None` when it has none.
/// `employee.type IN (...)` for a single-table subclass `mapper` (its identities bound as values).
pub(super) fn single_table_in(registry: &RegistryRef, mapper: usize) -> Option<ExprRef> {
    let (col, cells) = crate::orm::core::orm_sql::single_table_within(registry, mapper)?;
    let values =
        cells.iter().map(|c| build::Operand::Value(crate::orm::core::bridge::cell_value(c))).collect::<Vec<_>>();
    build::in_(&col, Op::In, build::InOperand::List(values)).ok()
}

pub fn augment(stmt: &SelectStmt, info: &OrmInfo) -> Option<Augmented> {
    let SelectStmt::Select(sel) = stmt else { return None };
    let mut planner: Option<Planner<'_>> = None;
    let limited = sel.limit.is_some() || sel.offset.is_some();
    if limited && let Some(wrapped) = super::limited::wrapped(sel, info) {
        return Some(wrapped);
    }
    let mut roots: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, e) in info.entities.iter().enumerate() {
        let OrmEntity::Mapper { registry, mapper, class, alias, poly: None, .. } = e else { continue };
        if crate::orm::inheritance::is_joined(&registry.borrow(), *mapper) {
            continue;
        }
        let table = registry.borrow().table_of(*mapper).map(|t| t.name.clone());
        let from = match alias {
            Some(a) => Some(a.clone()),
            None => table.and_then(|t| core_table(registry, &t)),
        };
        let Some(from) = from else { continue };
        let p = planner.get_or_insert_with(|| Planner::new(registry, limited));
        if !Rc::ptr_eq(p.registry, registry) {
            continue;
        }
        let ids = p.walk(*mapper, class, &from, Parent::Entity(i), &info.eager, &[*mapper]);
        roots.push((i, ids));
    }
    let planner = planner.filter(|p| !p.nodes.is_empty())?;
    let mut at = vec![(0usize, 0usize); planner.nodes.len()];
    // The entities' columns, each preceded by its contains_eager targets' columns.
    let mut columns: Vec<ExprRef> = Vec::new();
    let mut moved = Vec::with_capacity(info.entities.len());
    let mut index_map: Vec<usize> = Vec::with_capacity(sel.columns.len());
    for (i, e) in info.entities.iter().enumerate() {
        for (_, id) in planner.contains.iter().filter(|(ent, _)| *ent == i) {
            planner.place(*id, &mut columns, &mut at);
        }
        match e {
            OrmEntity::Mapper { start, len, .. } => {
                let new_start = columns.len();
                for j in *start..start + len {
                    index_map.push(j);
                    columns.push(sel.columns.get(j)?.clone());
                }
                let mut e = e.clone();
                if let OrmEntity::Mapper { start, .. } = &mut e {
                    *start = new_start;
                }
                moved.push(e);
            }
            OrmEntity::Column { index } => {
                moved.push(OrmEntity::Column { index: columns.len() });
                index_map.push(*index);
                columns.push(sel.columns.get(*index)?.clone());
            }
        }
    }
    // Entities must have covered the columns clause in order.
    if index_map.iter().enumerate().any(|(k, j)| k != *j) || index_map.len() != sel.columns.len() {
        return None;
    }
    for (_, ids) in &roots {
        for id in ids {
            if !planner.contains.iter().any(|(_, c)| c == id) {
                planner.place(*id, &mut columns, &mut at);
            }
        }
    }
    // Joined loads under a contains_eager() one (`contains_eager(A.bs).joinedload(B.cs)`) follow.
    for node in planner.nodes.iter().filter(|n| n.contains) {
        for c in node.children.iter().filter(|c| planner.nodes.get(**c).is_some_and(|n| !n.contains)) {
            planner.place(*c, &mut columns, &mut at);
        }
    }
    let mut new = (**sel).clone();
    new.columns = columns;
    new.joins.extend(planner.joins.iter().cloned());
    new.order_by.extend(planner.order_by.iter().cloned());
    let loads = planner.loads(&at);
    let info = OrmInfo { entities: moved, ..info.clone() };
    Some(Augmented { stmt: SelectStmt::Select(Rc::new(new)), info, loads })
}

/// The statement as it compiles: with its eager joins when it is an ORM SELECT that has some.
pub fn compiled_form(stmt: &SelectStmt, info: Option<&OrmInfo>) -> SelectStmt {
    info.and_then(|i| augment(stmt, i)).map_or_else(|| stmt.clone(), |a| a.stmt)
}

/// One load's parents (by address) with the related objects the rows brought them.
type ByParent = IndexMap<usize, (Rc<Instance>, Vec<Value>)>;

/// The related objects gathered from the rows, per load: parent → children.
#[derive(Default)]
pub struct Gathered {
    per_load: Vec<ByParent>,
}

impl Gathered {
    /// Materializes the related objects of one row (`entities`: the row's entity values).
    pub fn row(
        &mut self,
        orm: &Orm,
        interp: &mut Interp,
        session: &Rc<SessionData>,
        loads: &[JoinedLoad],
        row: &[Cell],
        entities: &[Value],
    ) -> PyResult<()> {
        if self.per_load.len() < loads.len() {
            self.per_load.resize_with(loads.len(), IndexMap::new);
        }
        let mut brought: Vec<Value> = Vec::with_capacity(loads.len());
        for (i, load) in loads.iter().enumerate() {
            let parent = match load.parent {
                Parent::Entity(e) => entities.get(e),
                Parent::Load(l) => brought.get(l),
            };
            let Some(Value::Instance(parent)) = parent.cloned() else {
                brought.push(Value::None);
                continue;
            };
            let part = row.get(load.start..load.start + load.len).unwrap_or(&[]);
            let child = orm.materialize_partial(interp, session, &load.registry, load.target, part, &load.unloaded)?;
            if let Some(map) = self.per_load.get_mut(i) {
                let entry = map.entry(Rc::as_ptr(&parent) as usize).or_insert_with(|| (parent.clone(), Vec::new()));
                if matches!(child, Value::Instance(_)) && !entry.1.iter().any(|c| c.is(&child)) {
                    entry.1.push(child.clone());
                }
            }
            brought.push(child);
        }
        Ok(())
    }

    /// Sets every parent's attribute from what the rows brought.
    pub fn populate(self, interp: &mut Interp, session: &Rc<SessionData>, loads: &[JoinedLoad]) {
        for (load, map) in loads.iter().zip(self.per_load) {
            for (_, (parent, items)) in map {
                super::selectin::populate(interp, session, &parent, &load.key, load.uselist, items);
            }
        }
    }
}
