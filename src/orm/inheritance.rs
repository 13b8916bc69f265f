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
use crate::eval::value::Namespace;
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::rc::Rc;

mod concrete;
mod joined;
mod polymorphic;
#[cfg(test)]
mod tests;
pub use concrete::*;
pub use joined::*;
pub use polymorphic::*;

/// The inheritance settings of `__mapper_args__`.
#[derive(Default)]
pub struct MapperArgs {
    pub polymorphic_on: Option<String>,
    pub polymorphic_identity: Option<Value>,
    pub load_inline: bool,
    pub load_selectin: bool,
    /// `polymorphic_on=<SQL expression>` (`case(...)`): mapped as the `_sa_polymorphic_on`
    /// expression property, which names the discriminator (see [`discriminator_expr`]).
    pub polymorphic_on_expr: Option<Value>,
    /// `polymorphic_abstract=True`.
    pub polymorphic_abstract: bool,
    /// `concrete=True`: the class has a table of its own holding all its columns (see
    /// [`Mapper::concrete_inherits`]).
    pub concrete: bool,
    /// `version_id_col` (its attribute key) and `version_id_generator` (see `flush/versioning.rs`).
    pub version: Option<super::mapper::VersionSpec>,
}

impl MapperArgs {
    pub fn of(dict: &Namespace) -> MapperArgs {
        let mut args = MapperArgs::default();
        let Some(Value::Dict(d)) = dict.get("__mapper_args__") else { return args };
        for (k, v) in d.borrow().items() {
            match as_str(&k).as_deref() {
                Some("polymorphic_on") => {
                    args.polymorphic_on = as_str(&v)
                        .or_else(|| {
                            crate::orm::native::state::<crate::orm::expr::ExprObj>(&v)
                                .and_then(|e| e.attribute.as_ref().map(|(_, key)| key.clone()))
                        })
                        .or_else(|| column_key_in(dict, &v));
                    if args.polymorphic_on.is_none() && !matches!(v, Value::None) {
                        args.polymorphic_on = Some(POLYMORPHIC_ON_KEY.to_string());
                        args.polymorphic_on_expr = Some(v);
                    }
                }
                Some("polymorphic_identity") => args.polymorphic_identity = Some(v),
                Some("polymorphic_abstract") => args.polymorphic_abstract = matches!(v, Value::Bool(true)),
                Some("concrete") => args.concrete = matches!(v, Value::Bool(true)),
                Some("version_id_col") => {
                    let key = crate::orm::native::state::<crate::orm::expr::ExprObj>(&v)
                        .and_then(|e| e.attribute.as_ref().map(|(_, key)| key.clone()))
                        .or_else(|| column_key_in(dict, &v));
                    if let Some(key) = key {
                        let generator =
                            match d.borrow().get(&crate::eval::dict::Key::Str(Rc::from("version_id_generator"))) {
                                Some(Value::Bool(false)) => super::mapper::VersionGenerator::Off,
                                Some(Value::None) | None => super::mapper::VersionGenerator::Counter,
                                Some(f) => super::mapper::VersionGenerator::Call(f.clone()),
                            };
                        args.version = Some(super::mapper::VersionSpec { key, generator });
                    }
                }
                Some("polymorphic_load") => {
                    let how = as_str(&v);
                    args.load_inline = how.as_deref() == Some("inline");
                    args.load_selectin = how.as_deref() == Some("selectin");
                }
                _ => {}
            }
        }
        args
    }
}

/// The key SQLAlchemy maps a `polymorphic_on` SQL expression under (`Mapper._set_polymorphic_on`):
/// SELECTs name it `... END AS _sa_polymorphic_on` after the class's columns.
pub const POLYMORPHIC_ON_KEY: &str = "_sa_polymorphic_on";

/// The SQL expression a hierarchy's `polymorphic_on=<expression>` maps, unlabelled (what a
/// subclass's `IN (...)` criterion tests); `None` for a column discriminator.
pub fn discriminator_expr(reg: &Registry, mapper: usize) -> Option<crate::sql::elements::ExprRef> {
    let on = discriminator(reg, mapper)?;
    let prop =
        lineage(reg, mapper).into_iter().find_map(|m| reg.mappers.get(m)?.expressions.iter().find(|p| p.key == on))?;
    Some(match &*prop.expr {
        crate::sql::elements::Expr::Label(l) => l.element.clone(),
        _ => prop.expr.clone(),
    })
}

/// Whether a polymorphic identity is the value a row's discriminator expression gave (its text or
/// integer; the expression has no column type to convert the identity with).
pub fn identity_matches(identity: &Value, cell: &Cell) -> bool {
    match (identity, cell) {
        (Value::Str(s), Cell::Text(t)) => **s == **t,
        (Value::Int(i), Cell::Integer(n)) => i == n,
        (Value::Int(i), Cell::Text(t)) => i.to_string() == *t,
        _ => false,
    }
}

/// The attribute name a class body gave a `Column(...)` / `mapped_column(...)` object
/// (`"polymorphic_on": kind` names the column object itself, 1.x style).
fn column_key_in(dict: &Namespace, column: &Value) -> Option<String> {
    use crate::orm::schema::ColumnSpec;
    let wanted = crate::orm::native::state::<ColumnSpec>(column)?;
    dict.iter().find_map(|(k, v)| {
        let spec = crate::orm::native::state::<ColumnSpec>(v)?;
        Rc::ptr_eq(&spec, &wanted).then(|| k.to_string())
    })
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
        // A column the table already has (a sibling's, `use_existing_column=True`) is shared.
        let columns: Vec<ColumnDef> = match reg.tables.get(&table_name) {
            Some(t) => columns.into_iter().filter(|c| t.column(&c.name).is_none()).collect(),
            None => columns,
        };
        if let Some(table) = reg.tables.get_mut(&table_name) {
            table.columns.extend(columns.iter().cloned());
        }
        let mapper_index = reg.mappers.len();
        let site = reg.mappers[parent].site;
        // The discriminator column is the base's: a subclass's own `polymorphic_on` is not kept.
        let args = MapperArgs { polymorphic_on: None, ..args };
        reg.mappers.push(Mapper::new(class, table_name.clone(), site, Some(parent), relationships, own_columns, args));
        reg.configured = false;
        drop(reg);
        super::core::bridge::extend_core_table(registry, &table_name, &columns);
        *class.native.borrow_mut() = Some(Rc::new(MappedClass { registry: registry.clone(), mapper: mapper_index }));
        Ok(())
    }

    /// Sets a new instance's discriminator to its class's polymorphic identity; a
    /// `polymorphic_abstract` class without one cannot be instantiated (`_set_polymorphic_identity`).
    pub fn set_polymorphic_identity(
        &self,
        interp: &mut Interp,
        info: &MappedClass,
        instance: &Rc<crate::eval::value::Instance>,
    ) -> PyResult<()> {
        let reg = info.registry.borrow();
        let Some(on) = discriminator(&reg, info.mapper) else { return Ok(()) };
        let Some(mapper) = reg.mappers.get(info.mapper) else { return Ok(()) };
        // An expression discriminator (`case(...)`) is computed from the row's columns: nothing to set.
        let settable = reg.column_by_key(info.mapper, &on).is_some();
        let Some(identity) = mapper.polymorphic_identity.clone() else {
            if mapper.polymorphic_abstract {
                let msg = format!(
                    "Can't instantiate class for Mapper[{}({})]; mapper is marked polymorphic_abstract=True",
                    mapper.class_name, mapper.table
                );
                drop(reg);
                return Err(self.error(interp, super::SaExc::InvalidRequestError, msg));
            }
            return Ok(());
        };
        if settable {
            instance.dict.borrow_mut().insert(Name::from(on.as_str()), identity);
        }
        Ok(())
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
    (0..reg.mappers.len()).filter(|&m| inherits_from(reg, m, mapper)).collect()
}

/// Whether `ancestor` is in `mapper`'s [`lineage`] (the mapper itself included), walking up without
/// collecting it: a flush asks this of every mapper for every hierarchy it writes. A cycle of
/// `inherits` (which the lineage stops at) is walked at most once round.
fn inherits_from(reg: &Registry, mapper: usize, ancestor: usize) -> bool {
    let mut at = mapper;
    for _ in 0..=reg.mappers.len() {
        if at == ancestor {
            return true;
        }
        match reg.mappers.get(at).and_then(|m| m.inherits) {
            Some(parent) => at = parent,
            None => return false,
        }
    }
    false
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
        .filter(|m| !mine.contains(m) && !inline(*m) && !own_table(reg, *m))
        .flat_map(|m| reg.mappers[m].own_columns.clone())
        .collect()
}

/// The joined-table subclasses under `mapper` mapped with `polymorphic_load="inline"`: a SELECT of
/// `mapper` LEFT OUTER JOINs their tables and names their columns (the mapper's default
/// `with_polymorphic`), in mapping order.
pub fn inline_subclasses(reg: &Registry, mapper: usize) -> Vec<usize> {
    descendants(reg, mapper)
        .into_iter()
        .filter(|m| *m != mapper && reg.mappers[*m].load_inline && is_joined(reg, *m))
        .collect()
}

/// The identities a SELECT of a subclass mapper is limited to (`None` for a base mapper).
pub fn subclass_identities(reg: &Registry, mapper: usize) -> Option<(String, Vec<Value>)> {
    reg.mappers.get(mapper)?.inherits?;
    // A joined subclass's rows are those its table has: the join is the criterion.
    if lineage(reg, mapper).iter().any(|m| own_table(reg, *m)) {
        return None;
    }
    let on = discriminator(reg, mapper)?;
    let identities =
        descendants(reg, mapper).into_iter().filter_map(|m| reg.mappers[m].polymorphic_identity.clone()).collect();
    Some((on, identities))
}

/// The mapper of the hierarchy under `mapper` whose identity `cell` is (the discriminator's value).
pub fn mapper_for_row(reg: &Registry, mapper: usize, cell: &Cell) -> usize {
    let Some(on) = discriminator(reg, mapper) else { return mapper };
    let column = reg.column_by_key(mapper, &on);
    descendants(reg, base_mapper(reg, mapper))
        .into_iter()
        .find(|m| {
            reg.mappers[*m].polymorphic_identity.as_ref().is_some_and(|v| match column {
                Some(column) => to_cell(v, &column.ty) == *cell,
                None => identity_matches(v, cell),
            })
        })
        .unwrap_or(mapper)
}

/// `with_polymorphic(Base, [Sub, ...] | "*", aliased=False, flat=False)`. Over a single-table
/// hierarchy: the base's table with every class's columns and no subclass criterion. Over joined
/// subclasses: the base table LEFT OUTER JOINed to the listed classes' tables (see `polymorphic.rs`).
pub fn with_polymorphic_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let base = args.positional.first().cloned().unwrap_or(Value::None);
    let Value::Class(class) = &base else { return Err(interp.type_error("with_polymorphic() takes a mapped class")) };
    let Some(info) = super::declarative::mapped(class) else {
        return Err(interp.type_error("with_polymorphic() takes a mapped class"));
    };
    crate::orm::orm(interp)?.configure(interp, &info.registry)?;
    let classes = args.positional.get(1).cloned().unwrap_or(Value::None);
    let listed: Vec<Value> = match &classes {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut subclasses: Vec<usize> = Vec::new();
    for c in &listed {
        let Value::Class(c) = c else { continue };
        let sub = super::declarative::mapped(c).filter(|m| {
            Rc::ptr_eq(&m.registry, &info.registry) && lineage(&info.registry.borrow(), m.mapper).contains(&info.mapper)
        });
        match sub {
            Some(m) => subclasses.push(m.mapper),
            None => {
                return Err(interp.error(
                    crate::eval::ExcType::ValueError,
                    format!("{} is not a subclass of {}", c.name, class.name),
                ));
            }
        }
    }
    if as_str(&classes).as_deref() == Some("*") {
        subclasses = descendants(&info.registry.borrow(), info.mapper);
    }
    // SQLAlchemy joins the tables in mapping order, whatever the list's order.
    subclasses.sort_unstable();
    subclasses.dedup();
    // The entity covers each listed class and the classes between it and the base
    // (`_mappers_from_spec`), each reached as `poly.Sub`.
    let covered: Vec<usize> = {
        let reg = info.registry.borrow();
        let mut out: Vec<usize> = subclasses
            .iter()
            .flat_map(|m| lineage(&reg, *m))
            .filter(|m| *m != info.mapper && lineage(&reg, *m).contains(&info.mapper))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    };
    let flag = |name: &str| args.keywords.iter().any(|(k, v)| k.as_ref() == name && matches!(v, Value::Bool(true)));
    let (aliased, flat) = (flag("aliased"), flag("flat"));
    let joined: Vec<usize> = subclasses.iter().copied().filter(|m| is_joined(&info.registry.borrow(), *m)).collect();
    if !joined.is_empty() {
        let Some(mut obj) = joined_entity(&info.registry, info.mapper, class, &joined, flat, aliased && !flat) else {
            return Err(interp.not_supported("with_polymorphic() of this hierarchy"));
        };
        obj.within_polymorphic = Some(Rc::new(covered));
        return Ok(super::core::orm_select::aliased_value(interp, obj));
    }
    let table = info.registry.borrow().mappers[info.mapper].table.clone();
    let Some(table_from) = super::core::bridge::core_table(&info.registry, &table) else {
        return Err(interp.not_supported("with_polymorphic() of this class"));
    };
    // `aliased=True` / `flat=True` over one table: an anonymous alias of it.
    let from = if aliased || flat { super::core::from_obj::alias_of(&table_from, None) } else { table_from };
    let obj = super::core::orm_select::AliasedObj {
        registry: info.registry.clone(),
        mapper: info.mapper,
        class: class.clone(),
        tables: vec![(table, from.clone())],
        from,
        polymorphic: true,
        name: None,
        poly: None,
        within_polymorphic: Some(Rc::new(covered)),
    };
    Ok(super::core::orm_select::aliased_value(interp, obj))
}

impl Orm {
    /// The subclass tables' columns of a joined `with_polymorphic()` row, into the instance whose
    /// class has those tables (the other classes' columns in the row are NULL and ignored).
    pub fn fill_polymorphic(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        inst: &Rc<crate::eval::value::Instance>,
        poly: &PolyShape,
        cells: &[Cell],
    ) {
        let Some(info) = super::declarative::mapped(&inst.class) else { return };
        let Some(state) = super::state::existing_state(inst) else { return };
        let mine: Vec<String> = tables_of(&registry.borrow(), info.mapper).iter().map(|t| t.name.clone()).collect();
        let mut at = 0;
        for t in &poly.tables {
            let part = cells.get(at..at + t.columns.len()).unwrap_or(&[]);
            at += t.columns.len();
            if !mine.contains(&t.name) {
                continue;
            }
            let mut s = state.borrow_mut();
            for (c, cell) in t.columns.iter().zip(part) {
                let unloaded = s.deferred.shift_remove(&c.key).is_some() | s.expired.shift_remove(&c.key);
                if unloaded || !inst.dict.borrow().contains_key(c.key.as_str()) {
                    let v = super::state::from_cell(interp, cell, &c.ty);
                    s.set_loaded(&c.key, v.clone());
                    inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), v);
                }
            }
        }
    }
}

/// Legacy `Query` text: the joins of a joined subclass's lineage tables, (table, ON clause), each
/// table joined through its primary key's foreign key to its parent's table.
pub fn legacy_joins(reg: &Registry, mapper: usize) -> Vec<(String, String)> {
    use super::expr::quote;
    let mut out = Vec::new();
    for t in tables_of(reg, mapper).into_iter().skip(1) {
        let on: Vec<String> = t
            .primary_key()
            .iter()
            .filter_map(|c| {
                let (parent, column) = c.foreign_key.as_ref()?;
                Some(format!("{}.{} = {}.{}", quote(parent), quote(column), quote(&t.name), quote(&c.name)))
            })
            .collect();
        if !on.is_empty() {
            out.push((t.name.clone(), on.join(" AND ")));
        }
    }
    out
}

/// Legacy `Query` text: a single-table subclass's `type IN (...)` criterion.
pub fn legacy_criterion(reg: &Registry, mapper: usize) -> Option<super::expr::SqlExpr> {
    use super::expr::SqlExpr;
    let (on, identities) = subclass_identities(reg, mapper)?;
    let (table, column) = column_of_key(reg, mapper, &on)?;
    let expr = SqlExpr::column(&table.name, &column.name, column.ty.clone());
    let items = identities.iter().map(|v| SqlExpr::Literal(to_cell(v, &column.ty))).collect();
    Some(SqlExpr::In { expr: Box::new(expr), items, negate: false })
}
