//! `aliased()`: a mapped class read from another FROM element — an alias of its table, a subquery
//! or CTE of its rows, or (built by `with_polymorphic()`) a join of a hierarchy's tables — as the
//! `AliasedClass` object whose attributes are that FROM's columns.

use super::mapped_class;
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::mapper::RegistryRef;
use crate::orm::native::state;
use crate::sql::elements::{ColumnRef, Expr, ExprRef};
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// `aliased(Class, selectable=None, name=None)`: the class's columns read from an alias of its table
/// (`address AS address_1`) or from a subquery / CTE of its rows.
pub struct AliasedObj {
    pub registry: RegistryRef,
    pub mapper: usize,
    pub class: Rc<Class>,
    pub from: FromRef,
    /// `with_polymorphic()` over a single-table hierarchy: the base's table with every class's
    /// columns and no subclass criterion.
    pub polymorphic: bool,
    /// `aliased(..., name="u1")`: the entity's name in rows.
    pub name: Option<String>,
    /// Where each mapped table's columns are read from (a table's alias; the join of a joined
    /// `with_polymorphic()`): (table name, FROM).
    pub tables: Vec<(String, FromRef)>,
    /// A joined `with_polymorphic()`: the subclass tables selected after the base's columns.
    pub poly: Option<Rc<crate::orm::inheritance::PolyShape>>,
    /// An entity of a `with_polymorphic()` (the entity itself, or its `poly.Sub`): what selects any
    /// of its columns selects FROM `from` (SQLAlchemy's `_fallback_from_clauses`, so the subclass
    /// tables stay LEFT OUTER JOINed), and it brings no single-table criterion. It holds the mappers
    /// the entity covers, each reached as `poly.Sub` (none for a `poly.Sub` itself).
    pub within_polymorphic: Option<Rc<Vec<usize>>>,
}

impl AliasedObj {
    /// A plain `aliased()` entity: the class read from `from` (each mapped table's columns from
    /// where `tables` says), not polymorphic and not part of a `with_polymorphic()`.
    pub fn new(
        registry: RegistryRef,
        mapper: usize,
        class: Rc<Class>,
        from: FromRef,
        tables: Vec<(String, FromRef)>,
        name: Option<String>,
    ) -> Self {
        AliasedObj {
            registry,
            mapper,
            class,
            from,
            polymorphic: false,
            tables,
            poly: None,
            name,
            within_polymorphic: None,
        }
    }
}

/// `aliased(...)`.
pub fn aliased_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let target = crate::orm::core::first(&args);
    let Some((registry, mapper, class)) = mapped_class(&target) else {
        if let Some(f) = super::super::from_obj::from_of(interp, &target)? {
            let name = super::super::kwarg(&args, "name").and_then(|v| crate::orm::native::as_str(&v));
            return Ok(super::super::from_obj::from_value(
                interp,
                super::super::from_obj::alias_of(&f, name.as_deref()),
            ));
        }
        return Err(interp.not_supported("aliased() of anything but a mapped class or a table"));
    };
    let orm = crate::orm::orm(interp)?;
    orm.configure(interp, &registry)?;
    let table_name = registry.borrow().mappers[mapper].table.clone();
    let Some(table) = super::super::bridge::core_table(&registry, &table_name) else {
        return Err(interp.not_supported("aliased() of this class"));
    };
    let selectable = super::super::arg(&args, 1, "alias").or_else(|| super::super::kwarg(&args, "selectable"));
    let name = super::super::kwarg(&args, "name").and_then(|v| crate::orm::native::as_str(&v));
    if matches!(selectable, Some(Value::None) | None) && crate::orm::inheritance::is_joined(&registry.borrow(), mapper)
    {
        let flat = crate::orm::core::flag(interp, &args, "flat")?;
        return joined_alias(interp, registry, mapper, class, flat, name);
    }
    let from = match selectable {
        Some(Value::None) | None => super::super::from_obj::alias_of(&table, name.as_deref()),
        Some(v) => match super::super::from_obj::from_of(interp, &v)? {
            Some(f) => f,
            None => return Err(interp.type_error("aliased() takes a subquery or alias as its selectable")),
        },
    };
    let tables = vec![(table_name, from.clone())];
    Ok(aliased_value(interp, AliasedObj::new(registry, mapper, class, from, tables, name)))
}

/// `aliased(JoinedSubclass)`: the join of the lineage's tables as an anonymous (or named) subquery
/// whose columns are labelled `table_column` — or, `flat=True`, that join with each table aliased
/// (`person AS person_1 JOIN teacher AS teacher_1 ON ...`), as `Join._anonymous_fromclause` does.
fn joined_alias(
    interp: &mut Interp,
    registry: RegistryRef,
    mapper: usize,
    class: Rc<Class>,
    flat: bool,
    name: Option<String>,
) -> PyResult<Value> {
    let Some((join, lineage)) = crate::orm::core::join_alias::lineage_join(&registry, mapper, flat, name.as_deref())
    else {
        return Err(interp.not_supported("aliased() of this class"));
    };
    let from = if flat { join } else { crate::orm::inheritance::join_subquery(&join, name.as_deref()) };
    let tables = lineage.into_iter().map(|(n, _, f)| (n, if flat { f } else { from.clone() })).collect();
    Ok(aliased_value(interp, AliasedObj::new(registry, mapper, class, from, tables, name)))
}

/// The columns of an `aliased()` joined subclass, as its mapper selects them (`teacher_1.id,
/// person_1.id AS id_1, ...`), each read from where its table is; deferred ones left out.
pub fn joined_alias_columns(a: &AliasedObj, unloaded: &[(String, bool)]) -> Vec<ExprRef> {
    let cols = crate::orm::inheritance::select_columns(&a.registry.borrow(), a.mapper);
    cols.into_iter()
        .filter(|c| !unloaded.iter().any(|(k, _)| *k == c.def.key))
        .filter_map(|c| {
            let from = a.tables.iter().find(|(t, _)| *t == c.table).map_or(&a.from, |(_, f)| f);
            aliased_table_column(&a.registry, from, &c.table, &c.def.name)
        })
        .map(|c| Rc::new(Expr::Column(c)) as ExprRef)
        .collect()
}

/// An `AliasedClass` object.
pub fn aliased_value(interp: &mut Interp, obj: AliasedObj) -> Value {
    let class_obj = super::super::core_class(interp, "sqlalchemy.orm.util", "AliasedClass", ALIASED_METHODS, &[]);
    crate::orm::native::wrap(interp, &class_obj, obj)
}

/// The column of an aliased entity for a mapped attribute key.
pub fn aliased_column(a: &AliasedObj, key: &str) -> Option<ExprRef> {
    let reg = a.registry.borrow();
    let (table, column) = crate::orm::inheritance::column_of_key(&reg, a.mapper, key)?;
    let (table, column) = (table.name.clone(), column.name.clone());
    drop(reg);
    let from = a.tables.iter().find(|(t, _)| *t == table).map_or(&a.from, |(_, f)| f);
    aliased_table_column(&a.registry, from, &table, &column).map(|c| Rc::new(Expr::Column(c)) as ExprRef)
}

/// The column of an aliased entity's FROM (an alias, a subquery) standing for `table.column`: the one
/// derived from it (`corresponding_column`), so `aliased(Address, subq)` reads `id_1` when the subquery
/// selects `user_account.id` first; else the one of that name.
pub fn aliased_table_column(registry: &RegistryRef, from: &FromRef, table: &str, column: &str) -> Option<ColumnRef> {
    let derived = super::super::bridge::core_table(registry, table)
        .and_then(|t| t.column_ref_by_name(column))
        .and_then(|c| from.corresponding_column(&c));
    derived.or_else(|| from.column_ref_by_name(column))
}

/// The columns of an aliased entity, in the mapper's order.
pub fn aliased_columns(a: &AliasedObj) -> Vec<ExprRef> {
    let keys: Vec<String> = {
        let reg = a.registry.borrow();
        reg.table_of(a.mapper).map(|t| t.columns.iter().map(|c| c.key.clone()).collect()).unwrap_or_default()
    };
    keys.iter().filter_map(|k| aliased_column(a, k)).collect()
}

/// `alias.name` for what is not a mapped column, as `AliasedClass.__getattr__` does: the class's
/// attribute read again with the alias in the class's place — a `column_property` over the alias's
/// columns, a relationship from the alias, a classmethod bound to the alias, a descriptor (hybrid,
/// synonym, composite, association proxy) asked for with the alias as its owner, so its expression
/// is built from the alias's attributes; anything else as the class has it.
fn other_attribute(i: &mut Interp, this: &Value, obj: &AliasedObj, name: &str) -> PyResult<Value> {
    if name == "__name__" {
        return Ok(Value::str(&format!("aliased({})", obj.class.name)));
    }
    if let Some(prop) = crate::orm::column_property::prop_of(&obj.registry, obj.mapper, name) {
        let make = || aliased_expression(obj, &prop.expr);
        let expr = crate::orm::column_property::aliased_expr(&obj.registry, &obj.from, name, &make);
        return Ok(super::super::expr_obj::attr_value(
            i,
            expr,
            super::super::expr_obj::OrmAttr { class: obj.class.clone(), key: name.to_string() },
        ));
    }
    let class = Value::Class(obj.class.clone());
    // `getattr(target, key)` first: its AttributeError is the class's (`type object 'User' has ...`).
    let attr = i.get_attr(&class, name)?;
    if state::<crate::orm::expr::RelAttr>(&attr).is_some() {
        let path = super::super::rel_path::RelPath {
            rel: attr,
            left: Some(obj.from.clone()),
            right: None,
            extra: Vec::new(),
            of_type: None,
            single: None,
        };
        return Ok(super::super::rel_path::path_value(i, path));
    }
    let has_get = |v: &Value| matches!(v, Value::Instance(d) if d.class.lookup("__get__").is_some());
    let raw = obj.class.lookup(name);
    if let Some(Value::ClassMethod(f)) = raw {
        // A classmethod: `types.MethodType(attr.__func__, alias)`.
        return Ok(Value::BoundMethod(Rc::new(crate::eval::value::BoundMethod {
            receiver: this.clone(),
            function: (*f).clone(),
        })));
    }
    // A descriptor: `attr.__get__(None, alias)` — a hybrid's class-level proxy asks its hybrid again
    // with the alias as the owner; a synonym or composite is asked directly. An association proxy's
    // class-level `AssociationProxyInstance` is no descriptor: it stays the class's, unadapted, as
    // in SQLAlchemy.
    let descriptor = if has_get(&attr) {
        attr.clone()
    } else {
        match raw {
            Some(d) if has_get(&d) && !is_association_proxy(i, &d) => d,
            _ => return Ok(attr),
        }
    };
    let get = i.get_attr(&descriptor, "__get__")?;
    i.call(&get, Args::positional(vec![Value::None, this.clone()]))
}

/// Whether a class attribute is an `association_proxy()` (its `extension_type`).
fn is_association_proxy(i: &mut Interp, d: &Value) -> bool {
    matches!(i.get_attr(d, "extension_type"), Ok(Value::Str(s)) if &*s == "ASSOCIATION_PROXY")
}

/// A mapped expression of the class (bound to its tables) over the alias's columns instead.
fn aliased_expression(a: &AliasedObj, expr: &ExprRef) -> ExprRef {
    let tables: Vec<(FromRef, String)> = {
        let reg = a.registry.borrow();
        crate::orm::inheritance::tables_of(&reg, a.mapper).into_iter().map(|t| t.name.clone()).collect::<Vec<_>>()
    }
    .into_iter()
    .filter_map(|t| Some((super::super::bridge::core_table(&a.registry, &t)?, t)))
    .collect();
    crate::sql::elements::rebind::replace_deep(expr, &|c| {
        let table = c.table.as_ref()?;
        let (_, name) = tables.iter().find(|(f, _)| Rc::ptr_eq(f, table))?;
        let from = a.tables.iter().find(|(t, _)| t == name).map_or(&a.from, |(_, f)| f);
        aliased_table_column(&a.registry, from, name, &c.col.name.text())
    })
}

const ALIASED_METHODS: &[(&str, super::super::Method)] = &[
    ("__getattr__", |i, a| {
        let (this, rest) = super::super::split_self(a);
        let obj = state::<AliasedObj>(&this).ok_or_else(|| i.type_error("AliasedClass expected"))?;
        let name = rest.positional.first().and_then(crate::orm::native::as_str).unwrap_or_default();
        if let Some(sub) = crate::orm::inheritance::sub_entity(&obj, &name) {
            return Ok(aliased_value(i, sub));
        }
        match aliased_column(&obj, &name) {
            Some(e) => {
                let from = obj.tables.first().map_or(&obj.from, |(_, f)| f).clone();
                if obj.within_polymorphic.is_some() {
                    let entity = super::super::entity_criteria::ParentEntity {
                        registry: obj.registry.clone(),
                        mapper: obj.mapper,
                        alias: Some(from),
                        selectable: Some(obj.from.clone()),
                    };
                    super::super::entity_criteria::note(i, &e, entity);
                } else if !obj.polymorphic {
                    super::super::entity_criteria::note_attribute(i, &e, &obj.registry, obj.mapper, Some(from));
                }
                Ok(super::super::expr_obj::attr_value(
                    i,
                    e,
                    super::super::expr_obj::OrmAttr { class: obj.class.clone(), key: name },
                ))
            }
            None => other_attribute(i, &this, &obj, &name),
        }
    }),
    ("__str__", |i, a| {
        let (this, _) = super::super::split_self(a);
        let obj = state::<AliasedObj>(&this).ok_or_else(|| i.type_error("AliasedClass expected"))?;
        Ok(Value::str(&format!("aliased({})", obj.class.name)))
    }),
    ("__repr__", |i, a| {
        let (this, _) = super::super::split_self(a);
        let obj = state::<AliasedObj>(&this).ok_or_else(|| i.type_error("AliasedClass expected"))?;
        let id = this.as_instance().map_or(0, |x| x.id);
        Ok(Value::str(&format!("<AliasedClass at {}; {}>", super::super::fake_address(id), obj.class.name)))
    }),
];
