//! The `selectin` loader (SQLAlchemy's `SelectInLoader` in its "omit join" forms): one SELECT of
//! the related rows for a whole batch of parents, 500 keys at a time.
//!
//! - one-to-many: `SELECT child.fk, child.<columns> FROM child WHERE child.fk IN (...)`, keyed by
//!   the parents' primary keys;
//! - many-to-one: `SELECT target.<columns> FROM target WHERE target.id IN (...)`, keyed by the
//!   distinct foreign key values the parents hold (a parent whose key is NULL gets `None`);
//! - many-to-many: `SELECT assoc.parent_fk, target.<columns> FROM assoc JOIN target ON
//!   target.id = assoc.target_fk WHERE assoc.parent_fk IN (...)`.
//!
//! `selectinload(A.bs.of_type(entity))` reads the same rows as `entity`: its FROM (the aliased
//! tables or subquery of a `with_polymorphic()`), its subclass tables' columns after the base's,
//! which fill the subclass instances as a `with_polymorphic()` row does.
//!
//! The relationship's `order_by` follows. A parent whose attribute is already loaded keeps it, as
//! SQLAlchemy's loader skips a state that has the key unless it is refreshing it. Shapes this
//! module does not write (composite keys, joins not on the parent's primary key, a joined
//! inheritance target, a parent whose foreign key is not loaded) answer `None`, and the caller
//! leaves the relationship to load lazily.

use crate::db::Cell;
use crate::eval::value::{Instance, Value};
use crate::eval::{Interp, PyResult};
use crate::orm::collection::new_collection;
use crate::orm::core::bridge::core_table;
use crate::orm::core::loader_options::{ColumnLoad, default_unloaded};
use crate::orm::core::orm_select::AliasedObj;
use crate::orm::mapper::{Direction, RegistryRef, Resolved};
use crate::orm::session::SessionData;
use crate::orm::state::existing_state;
use crate::orm::{Orm, Phase};
use crate::sql::compiler::{CompileOptions, Compiler, Dialect, ParamSet};
use crate::sql::elements::build::{self, InOperand, Operand};
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::{FromClause, FromKind, Join, Select, SelectStmt};
use crate::sql::types::SqlType;
use crate::sql::value::SqlValue;
use crate::sql::{CacheStat, Compiled, StatementKind};
use indexmap::IndexMap;
use std::rc::Rc;

/// SQLAlchemy's `SelectInLoader._chunksize`.
const CHUNK: usize = 500;

/// How the batch's parents key the related rows.
pub(super) enum Keying {
    /// By the parent's primary key, compared with `(table, column)`.
    Parent { table: String, column: String },
    /// By the parent's foreign key attribute `key`, compared with the target's primary key column.
    Child { key: String, column: String },
}

/// The statement's pieces for relationship `rel` of `owner`, or `None` for shapes not written here.
pub(super) struct Plan {
    pub(super) keying: Keying,
    pub(super) target_table: String,
    /// Entity columns of the target (table, column), as the row materializes them.
    pub(super) entity: Vec<(String, String)>,
    unloaded: Vec<(String, bool)>,
    /// The association table join, for many-to-many: (assoc, [(assoc column, target column)]).
    pub(super) secondary: Option<(String, Vec<(String, String)>)>,
    /// A custom primaryjoin with extra criteria: SQLAlchemy's join form, the parents' table (as an
    /// alias) joined to the target on the full criteria, keyed by the alias's primary key.
    via_parent: Option<(String, String, ExprRef)>,
    /// The `of_type()` entity the rows load as, and how many of `entity`'s columns are its
    /// subclass tables' (the last ones).
    pub(super) of_type: Option<(Rc<AliasedObj>, usize)>,
}

impl Plan {
    /// The column `table.name` of the statement: the `of_type()` entity's, else the table's own.
    pub(super) fn col(&self, registry: &RegistryRef, table: &str, name: &str) -> Option<ExprRef> {
        let Some((entity, _)) = &self.of_type else { return column(registry, table, name) };
        let Some((_, from)) = entity.tables.iter().find(|(t, _)| t == table) else {
            return column(registry, table, name);
        };
        let c = crate::orm::core::orm_select::aliased_table_column(registry, from, table, name)?;
        Some(Rc::new(Expr::Column(c)))
    }
}

fn plan(
    registry: &RegistryRef,
    owner: usize,
    rel: &Resolved,
    columns: &[ColumnLoad],
    of_type: Option<&Rc<AliasedObj>>,
) -> Option<Plan> {
    let of_type = of_type.filter(|e| e.mapper == rel.target);
    let mut unloaded = default_unloaded(registry, rel.target);
    for load in columns {
        unloaded = crate::orm::core::loader_options::apply_load(registry, rel.target, &unloaded, load);
    }
    let reg = registry.borrow();
    if crate::orm::inheritance::is_joined(&reg, rel.target) && of_type.is_none() {
        return None;
    }
    let target_table = reg.table_of(rel.target)?.name.clone();
    let owner_table = reg.table_of(owner)?;
    let owner_pk: Vec<String> = owner_table.primary_key().iter().map(|c| c.name.clone()).collect();
    let mut entity: Vec<(String, String)> = crate::orm::inheritance::select_columns(&reg, rel.target)
        .into_iter()
        .filter(|c| !unloaded.iter().any(|(k, _)| *k == c.def.key))
        .map(|c| (c.table, c.def.name))
        .collect();
    let poly = of_type.and_then(|e| e.poly.clone());
    for t in poly.iter().flat_map(|p| p.tables.iter()) {
        entity.extend(t.columns.iter().map(|c| (t.name.clone(), c.name.clone())));
    }
    let of_type = of_type.map(|e| (e.clone(), poly.as_ref().map_or(0, |p| p.width())));
    let (keying, secondary) = match (&rel.secondary, rel.direction) {
        (Some(sec), _) => {
            let [(assoc, owner_col)] = sec.local.as_slice() else { return None };
            if owner_pk != [owner_col.clone()] {
                return None;
            }
            (
                Keying::Parent { table: sec.table.clone(), column: assoc.clone() },
                Some((sec.table.clone(), sec.remote.clone())),
            )
        }
        (None, Direction::ManyToOne) => {
            let [(owner_col, target_col)] = rel.pairs.as_slice() else { return None };
            let target_pk: Vec<String> =
                reg.table_of(rel.target)?.primary_key().iter().map(|c| c.name.clone()).collect();
            if target_pk != [target_col.clone()] {
                return None;
            }
            // A joined subclass's foreign key may be in a table of its lineage.
            let tables = crate::orm::inheritance::tables_of(&reg, owner);
            let key = tables.iter().find_map(|t| t.column(owner_col))?.key.clone();
            (Keying::Child { key, column: target_col.clone() }, None)
        }
        (None, _) => {
            let [(owner_col, target_col)] = rel.pairs.as_slice() else { return None };
            if owner_pk != [owner_col.clone()] {
                return None;
            }
            (Keying::Parent { table: target_table.clone(), column: target_col.clone() }, None)
        }
    };
    let via_parent = match &rel.extra {
        None => None,
        Some(_)
            if rel.direction == Direction::ManyToOne
                || secondary.is_some()
                || owner_table.name == target_table
                || of_type.is_some() =>
        {
            return None;
        }
        Some(extra) => Some((owner_table.name.clone(), owner_pk.first()?.clone(), extra.clone())),
    };
    Some(Plan { keying, target_table, entity, unloaded, secondary, via_parent, of_type })
}

pub(super) fn column(registry: &RegistryRef, table: &str, name: &str) -> Option<ExprRef> {
    let from = core_table(registry, table)?;
    from.column_ref_by_name(name).map(|c| Rc::new(Expr::Column(c)) as ExprRef)
}

pub(super) fn sql_value(cell: &Cell) -> SqlValue {
    match cell {
        Cell::Null => SqlValue::None,
        Cell::Integer(i) => SqlValue::Int(*i),
        Cell::Real(f) => SqlValue::Float(*f),
        Cell::Text(s) => SqlValue::Str(s.clone()),
        Cell::Blob(b) => SqlValue::Bytes(b.clone()),
    }
}

/// A loader's statement: where the entity's columns are in its rows, and where the parents' key.
pub(super) struct Shaped {
    pub(super) stmt: SelectStmt,
    pub(super) positions: Vec<usize>,
    pub(super) key_at: usize,
}

/// The SELECT for `keys`; `criteria` (an option's `Rel.and_(...)`) follow the IN criterion, or join
/// a many-to-many's target ON clause.
fn statement(
    registry: &RegistryRef,
    plan: &Plan,
    rel: &Resolved,
    keys: &[Cell],
    criteria: &[ExprRef],
) -> Option<Shaped> {
    let (key_table, key_column) = match &plan.keying {
        Keying::Parent { table, column } => (table.as_str(), column.as_str()),
        Keying::Child { column, .. } => (plan.target_table.as_str(), column.as_str()),
    };
    let key_expr = plan.col(registry, key_table, key_column)?;
    let mut names: Vec<(String, String)> = Vec::new();
    if matches!(plan.keying, Keying::Parent { .. }) {
        names.push((key_table.to_string(), key_column.to_string()));
    }
    let mut positions = Vec::new();
    for c in &plan.entity {
        // The join form's key is the parents' alias column, never one of the entity's.
        let skip = usize::from(plan.via_parent.is_some());
        let at = names.iter().skip(skip).position(|n| n == c).map(|p| p + skip).unwrap_or_else(|| {
            names.push(c.clone());
            names.len() - 1
        });
        positions.push(at);
    }
    let mut columns = names.iter().map(|(t, n)| plan.col(registry, t, n)).collect::<Option<Vec<_>>>()?;
    let mut key_expr = key_expr;
    let mut joined = None;
    if let (Some((owner, pk, extra)), Keying::Parent { column: fk, .. }) = (&plan.via_parent, &plan.keying) {
        let element = core_table(registry, owner)?;
        let alias = FromClause::new_anon(owner, |name| FromKind::Alias { element, name });
        key_expr = Rc::new(Expr::Column(alias.column_ref_by_name(pk)?));
        let target = core_table(registry, &plan.target_table)?;
        let on = build::binary(
            &key_expr,
            &column(registry, &plan.target_table, fk)?,
            Op::Eq,
            SqlType::boolean(),
            Some(Op::Ne),
        );
        let extra = crate::orm::core::orm_select::aim_extra(registry, extra, (owner, &alias), ("", &target));
        let onclause = build::boolean_list(Op::And, vec![on, extra]);
        joined = Some(Join { left: alias, right: target, onclause, isouter: false, full: false });
        columns[0] = key_expr.clone();
    }
    let mut s = Select::new(columns);
    // The loader's statement is a raw select (`Select._create_raw_select`): no labels, so a joined
    // subclass table's `manager.id` stays unlabelled after `employee.id`.
    s.label_style = crate::sql::selectable::LabelStyle::None;
    if let Some(j) = joined {
        s.from_obj.push(FromClause::new(FromKind::Join(j)));
    }
    let target_from = match &plan.of_type {
        Some((entity, _)) => entity.from.clone(),
        None => core_table(registry, &plan.target_table)?,
    };
    if plan.of_type.is_some() && plan.secondary.is_none() {
        s.from_obj.push(target_from.clone());
    }
    if let Some((assoc, remote)) = &plan.secondary {
        let mut on = Vec::new();
        for (assoc_col, target_col) in remote {
            let (t, a) = (plan.col(registry, &plan.target_table, target_col)?, column(registry, assoc, assoc_col)?);
            on.push(build::binary(&t, &a, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
        }
        on.extend(criteria.iter().cloned());
        let onclause = if on.len() == 1 { on.pop()? } else { build::boolean_list(Op::And, on) };
        s.from_obj.push(FromClause::new(FromKind::Join(Join {
            left: core_table(registry, assoc)?,
            right: target_from,
            onclause,
            isouter: false,
            full: false,
        })));
    }
    let values = keys.iter().map(|k| Operand::Value(sql_value(k))).collect();
    s.where_.push(build::in_(&key_expr, Op::In, InOperand::List(values)).ok()?);
    if plan.secondary.is_none() {
        s.where_.extend(criteria.iter().cloned());
        // A single-table subclass target's rows only (the ORM adds its criterion last).
        if plan.of_type.is_none() {
            s.where_.extend(super::joined::single_table_in(registry, rel.target));
        }
    }
    for (table, name, desc) in &crate::orm::loading::lazy::order_tables(registry, rel, &plan.target_table) {
        let col = plan.col(registry, table, name)?;
        s.order_by.push(if *desc { build::unary_modifier(&col, Op::Desc) } else { col });
    }
    let key_at = match &plan.keying {
        Keying::Parent { .. } => 0,
        Keying::Child { column, .. } => *positions.get(plan.entity.iter().position(|(_, n)| n == column)?)?,
    };
    Some(Shaped { stmt: SelectStmt::Select(Rc::new(s)), positions, key_at })
}

/// The parents' keys for the batch, in first-seen order, each with its parents (`None`: a NULL
/// foreign key).
type Groups = (IndexMap<String, (Cell, Vec<Rc<Instance>>)>, Vec<Rc<Instance>>);

/// A cell as a map key (cells hold floats, so they are not `Hash`).
fn cell_key(cell: &Cell) -> String {
    format!("{cell:?}")
}

fn group(plan: &Plan, parents: &[Rc<Instance>]) -> Option<Groups> {
    let mut groups: IndexMap<String, (Cell, Vec<Rc<Instance>>)> = IndexMap::new();
    let mut none = Vec::new();
    for p in parents {
        let cell = match &plan.keying {
            Keying::Parent { .. } => {
                let state = existing_state(p)?;
                let identity = state.borrow().identity.clone()?;
                identity.into_iter().next()?
            }
            Keying::Child { key, .. } => {
                let v = p.dict.borrow().get(key.as_str()).cloned()?;
                let ty = existing_state(p).and_then(|s| {
                    let s = s.borrow();
                    let reg = s.registry.borrow();
                    reg.column_by_key(s.mapper, key).map(|c| c.ty.clone())
                })?;
                crate::orm::state::to_cell(&v, &ty)
            }
        };
        if cell == Cell::Null {
            none.push(p.clone());
        } else {
            groups.entry(cell_key(&cell)).or_insert_with(|| (cell.clone(), Vec::new())).1.push(p.clone());
        }
    }
    Some((groups, none))
}

/// Loads relationship `key` (resolved as `rel`) of `parents` (instances of `owner`) in one SELECT
/// per 500 keys: the related instances loaded, or `None` when this shape loads lazily instead.
#[allow(clippy::too_many_arguments)]
pub fn load(
    orm: &Orm,
    interp: &mut Interp,
    session: &Rc<SessionData>,
    registry: &RegistryRef,
    owner: usize,
    key: &str,
    rel: &Resolved,
    parents: &[Rc<Instance>],
    (columns, criteria): (&[ColumnLoad], &[ExprRef]),
    of_type: Option<&Rc<AliasedObj>>,
) -> PyResult<Option<Vec<Rc<Instance>>>> {
    let build = |plan: &Plan, keys: &[Cell]| statement(registry, plan, rel, keys, criteria);
    let how = Loader { name: "selectin", chunk: CHUNK, binds: &["primary_keys"], columns, of_type };
    load_by(orm, interp, session, (registry, owner, key, rel), parents, &how, &build)
}

/// What differs between the loaders that share [`load_by`].
pub(super) struct Loader<'a> {
    pub(super) name: &'a str,
    /// Parent keys per statement.
    pub(super) chunk: usize,
    /// The statement's parameter names (part of its cache key).
    pub(super) binds: &'a [&'a str],
    /// Column options for the related entity (`load_only()` chained after the loader).
    pub(super) columns: &'a [ColumnLoad],
    /// The `of_type()` entity the related rows load as.
    pub(super) of_type: Option<&'a Rc<AliasedObj>>,
}

/// Relationship `key` of `owner`, resolved as `rel`.
pub(super) type Relation<'a> = (&'a RegistryRef, usize, &'a str, &'a Resolved);

/// Runs the statements `build` writes for the parents' keys and sets each parent's attribute.
pub(super) fn load_by(
    orm: &Orm,
    interp: &mut Interp,
    session: &Rc<SessionData>,
    (registry, owner, key, rel): Relation<'_>,
    parents: &[Rc<Instance>],
    how: &Loader<'_>,
    build: &dyn Fn(&Plan, &[Cell]) -> Option<Shaped>,
) -> PyResult<Option<Vec<Rc<Instance>>>> {
    let Some(plan) = plan(registry, owner, rel, how.columns, how.of_type) else { return Ok(None) };
    let Some((groups, none)) = group(&plan, parents) else { return Ok(None) };
    let owner_name = registry.borrow().mappers.get(owner).map(|m| m.class.name.to_string()).unwrap_or_default();
    let _trigger = orm.log_sink.trigger(interp, format!("{} load of {owner_name}.{key}", how.name));
    let keys: Vec<Cell> = groups.values().map(|(c, _)| c.clone()).collect();
    let mut related: IndexMap<String, Vec<Value>> = IndexMap::new();
    let mut loaded = Vec::new();
    for chunk in keys.chunks(how.chunk.max(1)) {
        let Some(shaped) = build(&plan, chunk) else { return Ok(None) };
        let Some(rows) = run_select(orm, interp, session, &shaped.stmt, how.binds)? else { return Ok(None) };
        for row in rows {
            let entity: Vec<Cell> =
                shaped.positions.iter().map(|p| row.get(*p).cloned().unwrap_or(Cell::Null)).collect();
            let width = plan.of_type.as_ref().map_or(0, |(_, w)| *w).min(entity.len());
            let (own, subclass_cells) = entity.split_at(entity.len() - width);
            let value = orm.materialize_partial(interp, session, registry, rel.target, own, &plan.unloaded)?;
            if let (Some((entity, _)), Value::Instance(inst)) = (&plan.of_type, &value)
                && let Some(poly) = &entity.poly
            {
                orm.fill_polymorphic(interp, registry, inst, poly, subclass_cells);
            }
            let Value::Instance(inst) = &value else { continue };
            if !loaded.iter().any(|l: &Rc<Instance>| Rc::ptr_eq(l, inst)) {
                loaded.push(inst.clone());
            }
            if let Some(k) = row.get(shaped.key_at) {
                related.entry(cell_key(k)).or_default().push(value);
            }
        }
    }
    for (k, (_, owners)) in &groups {
        let items = related.get(k).cloned().unwrap_or_default();
        for p in owners {
            populate(interp, session, p, key, rel.uselist, items.clone());
        }
    }
    for p in &none {
        populate(interp, session, p, key, rel.uselist, Vec::new());
    }
    Ok(Some(loaded))
}

/// Runs a loader's SELECT, its cache key the text and the parameter names `binds`: its rows, or
/// `None` when it does not compile.
pub(super) fn run_select(
    orm: &Orm,
    interp: &mut Interp,
    session: &Rc<SessionData>,
    stmt: &SelectStmt,
    binds: &[&str],
) -> PyResult<Option<Vec<Vec<Cell>>>> {
    let Ok(compiled) = Compiler::compile_select(Dialect::Sqlite, CompileOptions::default(), stmt) else {
        return Ok(None);
    };
    let Ok((text, params)) = compiled.execution(&ParamSet::new()) else { return Ok(None) };
    let run = Compiled {
        text,
        params: vec![params],
        kind: StatementKind::Select,
        cache: CacheStat::Generated,
        columns: Vec::new(),
    };
    let names: Vec<String> = binds.iter().map(|b| b.to_string()).collect();
    let done = orm.run_compiled_keyed(interp, &session.engine, &run, Phase::Query, &names)?;
    Ok(Some(done.into_iter().last().map(|d| d.rows).unwrap_or_default()))
}

/// Sets a loaded relationship on `parent` unless it already has it.
pub fn populate(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    parent: &Rc<Instance>,
    key: &str,
    uselist: bool,
    items: Vec<Value>,
) {
    if parent.dict.borrow().contains_key(key) {
        return;
    }
    let value = if uselist {
        new_collection(interp, parent, key, items)
    } else {
        items.into_iter().next().unwrap_or(Value::None)
    };
    parent.dict.borrow_mut().insert(crate::ir::Name::from(key), value);
    session.note_loaded(parent);
}
