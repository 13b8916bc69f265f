//! Declarative mapping: turning `class User(Base): ...` into a table and a mapper.
//!
//! The [`Declarative`] hooks are attached to `declarative_base()`'s class and to `DeclarativeBase`; every
//! subclass inherits them. When a subclass is created they read its body — `Column`/`mapped_column`
//! objects, `Mapped[...]` annotations, `relationship()` calls, `__tablename__`, `__table_args__` — and
//! register a table and a mapper. They also route instance attribute access through the ORM
//! (`attributes.rs`) and give mapped classes their keyword constructor.

mod annotations;
mod body;
pub(crate) mod composite;
mod hooks;
mod table_given;
pub(crate) use table_given::TableArgs;
mod late;

use super::Orm;
use super::mapper::{
    BaseInfo, ColumnDef, DeclarativeRoot, MappedClass, Mapper, Registry, RegistryRef, Relationship, TableDef,
};
use super::native::{as_str, state};
use super::schema::{ColumnSpec, RelSpec, SqlType};
use super::type_map;
use crate::eval::modules::{alias_args, alias_origin, form_name};
use crate::eval::value::{BuiltinType, Class, ClassHooks, Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::orm::SaExc;
use crate::sql::schema::Constraint;
use annotations::*;
pub(crate) use annotations::{annotated_column, class_annotations, is_optional_annotation};
use body::*;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// The hooks of declarative classes. The ORM is held weakly: it holds the registries, which hold the
/// classes, which hold these hooks, and a strong reference would make that a cycle no run could free.
pub struct Declarative {
    pub orm: std::rc::Weak<Orm>,
}

impl Declarative {
    fn orm(&self, interp: &Interp) -> PyResult<Rc<Orm>> {
        match self.orm.upgrade() {
            Some(orm) => Ok(orm),
            None => crate::orm::orm(interp),
        }
    }
}

/// The registry a class belongs to (through its declarative base), if any.
pub fn registry_of(class: &Rc<Class>) -> Option<RegistryRef> {
    std::iter::once(class).chain(class.mro_tail.iter()).find_map(|c| {
        let native = c.native.borrow().clone()?;
        if let Ok(b) = native.clone().downcast::<BaseInfo>() {
            return Some(b.registry.clone());
        }
        native.downcast::<MappedClass>().ok().map(|m| m.registry.clone())
    })
}

/// The mapping of a mapped class.
pub fn mapped(class: &Rc<Class>) -> Option<Rc<MappedClass>> {
    class.native.borrow().clone()?.downcast::<MappedClass>().ok()
}

impl Orm {
    /// Makes `class` a declarative base with a fresh registry (`declarative_base()`, `class Base(DeclarativeBase)`).
    pub fn install_base(&self, interp: &mut Interp, class: &Rc<Class>, registry: RegistryRef) {
        *class.native.borrow_mut() = Some(Rc::new(BaseInfo { registry: registry.clone() }));
        let metadata = self.metadata_object(interp, registry.clone());
        class.dict.borrow_mut().insert(Name::from("metadata"), metadata.clone());
        let named = class.dict.borrow().get("registry").and_then(super::registry_obj::registry_in).is_some();
        if !named {
            let value = super::registry_obj::registry_value(interp, registry.clone(), Some(metadata));
            class.dict.borrow_mut().insert(Name::from("registry"), value);
        }
        // metadata_object has registered it already; a second entry would list every table twice.
        if !self.registries.borrow().iter().any(|r| Rc::ptr_eq(r, &registry)) {
            self.registries.borrow_mut().push(registry);
        }
    }

    /// Reads a class body and registers its table and mapper.
    fn map_class(&self, interp: &mut Interp, class: &Rc<Class>, registry: &RegistryRef) -> PyResult<()> {
        let own = class.dict.borrow().clone();
        let mut dict = own.clone();
        // `__table_args__` / `__mapper_args__` of the class or of a mixin, `@declared_attr` ones called.
        for name in ["__table_args__", "__mapper_args__"] {
            if let Some(v) = directive(interp, class, name)? {
                dict.insert(Name::from(name), v);
            }
        }
        // Called from the class-creation hook, so the call site is the class header.
        let class_site = Some(interp.call_site());
        // A mapped base: without a `__tablename__` of its own, single-table inheritance; with one,
        // joined-table inheritance (its table's key is a foreign key to the parent's).
        let mut inherited = class.mro_tail.iter().find_map(|c| mapped(c).filter(|m| Rc::ptr_eq(&m.registry, registry)));
        let mapper_args = super::inheritance::MapperArgs::of(&dict);
        // `concrete=True`: mapped as a class of its own (its own table, no inherited columns); the
        // parent is only what `Mapper.inherits` reports.
        let concrete_parent = if mapper_args.concrete { inherited.take().map(|p| p.mapper) } else { None };
        let table_name = match class.lookup("__tablename__").filter(|_| tablename_applies(class)) {
            Some(v) => match declared_attr_fget(&v) {
                Some(fget) => as_str(
                    &interp
                        .call(&fget, Args { positional: vec![Value::Class(class.clone())], keywords: Vec::new() })?,
                ),
                None => as_str(&v),
            },
            None => None,
        };
        // `__table__ = Table(...)` (declarative with an imperative table): the class maps that table.
        if let Some(table) = own.get("__table__").cloned() {
            // `email = address_table.c.email_address` (not a declarative attribute elsewhere) renames a column.
            let scanned = attribute_order(interp, class, &dict, &annotations_of(&dict))?
                .into_iter()
                .map(|(k, v, a)| (k.clone(), v.or_else(|| own.get(k.as_str()).cloned()), a))
                .collect();
            let args = table_given::TableArgs::of(&dict, mapper_args);
            return self
                .map_to_table(interp, class, registry, &table, scanned, args, inherited.map(|p| p.mapper))
                .map(|_| ());
        }
        // Without a table name (none declared, or a `declared_attr` returning None), a subclass of a
        // mapped class is single-table inheritance.
        let parent = inherited.clone().filter(|_| table_name.is_none());
        let parent_table =
            parent.as_ref().and_then(|p| registry.borrow().mappers.get(p.mapper).map(|m| m.table.clone()));
        let Some(table_name) = table_name.or(parent_table) else {
            return Err(self.error(
                interp,
                SaExc::InvalidRequestError,
                format!(
                    "Class <class '__main__.{}'> does not have a __table__ or __tablename__ specified and does not inherit from an existing table-mapped class.",
                    class.name
                ),
            ));
        };
        let annotations = annotations_of(&dict);
        let mut columns: Vec<ColumnDef> = Vec::new();
        let mut relationships = Vec::new();
        let mut expressions = Vec::new();
        let mut body_columns = Vec::new();
        let mut pending_fks = Vec::new();
        let mut composites = Vec::new();
        let scanned = attribute_order(interp, class, &dict, &annotations)?;
        for (key, value, annotation) in scanned.iter().cloned() {
            if let Some(prop) = value.as_ref().filter(|v| composite::is_composite(v)) {
                let inner = annotation.as_ref().and_then(|a| self.mapped_inner(a));
                let (def, new_columns) = self.scan_composite(interp, class, &key, prop, inner, &scanned)?;
                for (column_key, spec, field_annotation) in new_columns {
                    let merged = annotation_spec(class, &spec, field_annotation.as_ref());
                    let def = self.column_def(&column_key, &merged, field_annotation.as_ref());
                    *spec.bound.borrow_mut() = Some((table_name.clone(), def.name.clone()));
                    body_columns.push((column_key, spec.clone()));
                    columns.push(def);
                }
                composites.push(def);
                continue;
            }
            if let Some(spec) = value.as_ref().and_then(state::<super::column_property::ExprPropSpec>) {
                expressions.push((key, spec));
                continue;
            }
            let mapped_inner = annotation.as_ref().and_then(|a| self.mapped_inner(a));
            if let Some(spec) = value.as_ref().and_then(state::<ColumnSpec>) {
                let merged = annotation_spec(class, &spec, mapped_inner.as_ref());
                let def = self.column_def(&key, &merged, mapped_inner.as_ref());
                if def.foreign_key.is_none()
                    && let Some(free) = free_fk_target(&spec)
                {
                    pending_fks.push((columns.len(), free));
                }
                // A mixin's column serves every class using it: only the class's own is bound.
                let is_own = matches!((own.get(key.as_str()), &value), (Some(a), Some(b)) if a.is(b));
                if is_own {
                    *spec.bound.borrow_mut() = Some((table_name.clone(), def.name.clone()));
                    if let Some(free) = spec.free.borrow().clone() {
                        registry.borrow_mut().free_columns.push((free, table_name.clone(), def.name.clone()));
                    }
                    body_columns.push((key.clone(), spec.clone()));
                }
                columns.push(def);
            } else if let Some(spec) = value.as_ref().and_then(state::<RefCell<RelSpec>>) {
                relationships.push(relationship_from(interp, &key, spec, annotation.as_ref(), mapped_inner.as_ref()));
            } else if value.is_none()
                && let Some(inner) = &mapped_inner
            {
                let (target, _) = relationship_annotation(inner);
                let looks_like_model = matches!(target, Some(Value::Str(_)))
                    || matches!(&target, Some(Value::Class(c)) if mapped(c).is_some());
                if looks_like_model && column_type_of(inner).is_none() && type_map::annotated_spec(inner).is_none() {
                    return Err(self.error(
                            interp,
                            SaExc::ArgumentError,
                            format!(
                                "Could not interpret annotation Mapped[...] for attribute '{}.{key}': a related class needs `= relationship()`",
                                class.name
                            ),
                        ));
                }
                let spec = annotation_spec(class, &ColumnSpec::blank(true, None), Some(inner));
                let mut def = self.column_def(&key, &spec, Some(inner));
                def.site = class_site;
                columns.push(def);
            }
        }
        // `polymorphic_on=case(...)`: the discriminator is an expression property over the body's
        // columns, selected after them (`... END AS _sa_polymorphic_on`).
        if let Some(on) = &mapper_args.polymorphic_on_expr {
            let expr = super::core::convert::to_expr(interp, on)?;
            let spec = super::column_property::ExprPropSpec {
                expr,
                deferred: None,
                query_expression: false,
                expire_on_flush: true,
            };
            expressions.push((super::inheritance::POLYMORPHIC_ON_KEY.to_string(), Rc::new(spec)));
        }
        // `ForeignKey(id)` with `id` a column of this class body: the column it became in this table.
        for (i, free) in pending_fks {
            let target = body_columns
                .iter()
                .find(|(_, s)| s.free.borrow().as_ref().is_some_and(|f| Rc::ptr_eq(f, &free)))
                .and_then(|(_, s)| s.bound.borrow().clone());
            if let (Some(target), Some(def)) = (target, columns.get_mut(i)) {
                def.foreign_key = Some(target);
            }
        }
        let (mut checks, indexes, sqlite_autoincrement) = table_args_constraints(interp, &dict)?;
        body::resolve_column_markers(&mut checks, &body_columns);
        // `PrimaryKeyConstraint("a", "b")` in `__table_args__` makes its columns the primary key
        // (NOT NULL, as any primary key column).
        for (_, c) in &checks {
            if let crate::sql::schema::Constraint::PrimaryKey { columns: names, .. } = c {
                for col in columns.iter_mut().filter(|col| names.iter().any(|n| *n == col.name || *n == col.key)) {
                    col.primary_key = true;
                    col.nullable = false;
                }
            }
        }
        let unique_sets = Vec::new();
        if let Some(parent) = parent {
            self.map_single_table_subclass(class, registry, parent.mapper, columns, relationships, mapper_args)?;
            if let Some(info) = mapped(class)
                && let Some(m) = registry.borrow_mut().mappers.get_mut(info.mapper)
            {
                m.composites = composites;
            }
            return Ok(());
        }
        let mut reg = registry.borrow_mut();
        if reg.tables.contains_key(&table_name) {
            return Err(self.error(
                interp,
                SaExc::InvalidRequestError,
                format!("Table '{table_name}' is already defined for this MetaData instance.  Specify 'extend_existing=True' to redefine options and columns on an existing Table object."),
            ));
        }
        if !columns.iter().any(|c| c.primary_key) {
            return Err(self.error(
                interp,
                SaExc::ArgumentError,
                format!(
                    "Mapper Mapper[{}({table_name})] could not assemble any primary key columns for mapped table '{table_name}'",
                    class.name
                ),
            ));
        }
        let pk_count = columns.iter().filter(|c| c.primary_key).count();
        for c in &mut columns {
            c.autoincrement = c.primary_key && pk_count == 1 && c.ty.is_integer() && c.foreign_key.is_none();
        }
        let mapper_index = reg.mappers.len();
        let own_columns = columns.iter().map(|c| c.key.clone()).collect();
        reg.tables.insert(
            table_name.clone(),
            TableDef {
                name: table_name.clone(),
                columns,
                mapper: Some(mapper_index),
                unique_sets,
                checks,
                indexes,
                sqlite_autoincrement,
                site: class_site,
            },
        );
        let inherits = inherited.map(|p| p.mapper);
        let mapper =
            Mapper::new(class, table_name.clone(), class_site, inherits, relationships, own_columns, mapper_args);
        reg.mappers.push(Mapper { composites, concrete_inherits: concrete_parent, ..mapper });
        reg.configured = false;
        drop(reg);
        let mut props = super::column_property::bind_properties(registry, &table_name, &body_columns, expressions);
        // Named, not anonymous like a `column_property`'s label (`Mapper._configure_polymorphic_setter`).
        for p in props.iter_mut().filter(|p| p.key == super::inheritance::POLYMORPHIC_ON_KEY) {
            p.late = true;
            if let crate::sql::elements::Expr::Label(l) = &*p.expr {
                p.expr = crate::sql::elements::build::label(&l.element, Some(&p.key), None);
            }
        }
        if let Some(m) = registry.borrow_mut().mappers.get_mut(mapper_index) {
            m.expressions = props;
        }
        *class.native.borrow_mut() = Some(Rc::new(MappedClass { registry: registry.clone(), mapper: mapper_index }));
        Ok(())
    }

    /// The `T` of a `Mapped[T]` annotation.
    fn mapped_inner(&self, annotation: &Value) -> Option<Value> {
        // An annotation kept as text (`"Mapped[List[Child]]"`, under `from __future__ import
        // annotations` with a name defined later): the text inside `Mapped[...]`.
        if let Value::Str(text) = annotation {
            let t = text.trim();
            return ["Mapped[", "WriteOnlyMapped[", "DynamicMapped["]
                .iter()
                .find_map(|p| t.strip_prefix(p))
                .and_then(|rest| rest.strip_suffix(']'))
                .map(|inner| Value::str(inner.trim()));
        }
        let origin = alias_origin(annotation)?;
        let Value::Class(c) = &origin else { return None };
        if !matches!(c.name.as_ref(), "Mapped" | "WriteOnlyMapped" | "DynamicMapped") {
            return None;
        }
        alias_args(annotation).into_iter().next()
    }

    fn column_def(&self, key: &str, spec: &ColumnSpec, annotation: Option<&Value>) -> ColumnDef {
        let (annotated_type, optional) = match annotation {
            Some(a) => (column_type_of(a), is_optional(a)),
            None => (None, false),
        };
        let ty = spec.ty.clone().or(annotated_type).unwrap_or(SqlType::Integer);
        let nullable = match spec.nullable {
            Some(n) => n,
            None if spec.primary_key => false,
            None if spec.mapped && annotation.is_some() => optional,
            None => true,
        };
        let foreign_key = spec.foreign_key.as_ref().map(|t| match t.split_once('.') {
            Some((table, column)) => (table.to_string(), column.to_string()),
            None => (t.clone(), String::new()),
        });
        let type_text = spec.type_text.clone().unwrap_or_else(|| type_display(&ty));
        ColumnDef {
            name: spec.name.clone().unwrap_or_else(|| key.to_string()),
            key: key.to_string(),
            core_key: spec.core.borrow().as_ref().and_then(|c| c.key.clone()),
            ty,
            type_text,
            primary_key: spec.primary_key,
            nullable,
            unique: spec.unique,
            index: spec.index,
            default: spec.default.clone(),
            server_default: spec.server_default.clone(),
            server_default_clause: spec.core.borrow().as_ref().and_then(|c| c.schema.server_default.clone()),
            onupdate: spec.onupdate.clone(),
            server_onupdate: spec.server_onupdate,
            foreign_key,
            ondelete: spec.ondelete.clone(),
            foreign_key_options: spec.core.borrow().as_ref().and_then(|c| c.schema.foreign_keys.first().cloned()),
            given_type: spec.core.borrow().as_ref().filter(|c| c.type_given).map(|c| c.ty.clone()),
            computed: spec.core.borrow().as_ref().and_then(|c| c.schema.computed.clone()),
            autoincrement: false,
            site: spec.site,
            deferred: spec.deferred.clone(),
            checks: spec.core.borrow().as_ref().map(|c| c.schema.checks.clone()).unwrap_or_default(),
        }
    }
}

/// An attribute declarative looks at: its name, its value (a column or relationship spec, `None` for
/// an annotation alone) and its annotation.
type ScannedAttribute = (String, Option<Value>, Option<Value>);

/// A `relationship()` of a class body (or of `map_imperatively(properties=)`), completed from its
/// `Mapped[...]` annotation: target, `uselist`, a set collection, a write-only/dynamic loader.
fn relationship_from(
    interp: &Interp,
    key: &str,
    spec: Rc<RefCell<RelSpec>>,
    annotation: Option<&Value>,
    mapped_inner: Option<&Value>,
) -> Relationship {
    if let Some(inner) = mapped_inner {
        let mut s = spec.borrow_mut();
        let (target, mut is_list) = relationship_annotation(inner);
        // `WriteOnlyMapped[X]` / `DynamicMapped[X]`: a collection with that loader.
        if let Some(lazy) = annotation.and_then(writer_annotation) {
            is_list = true;
            if s.lazy.is_none() {
                s.lazy = Some(lazy.to_string());
            }
        }
        if s.target.is_none() {
            s.target = target;
        }
        // `Mapped[set[X]]` makes the collection a set unless `collection_class=` says.
        if s.collection_class.is_none() && annotation_collection(inner) == Some("set") {
            s.collection_class = interp.builtins.get("set");
        }
        // SQLAlchemy takes uselist from the annotation: `Mapped[List[X]]` is a collection,
        // `Mapped[X]`/`Mapped[Optional[X]]` a scalar (a one-to-many becomes one-to-one).
        if s.uselist.is_none() && s.target.is_some() {
            s.uselist = Some(is_list);
        }
    }
    let site = spec.borrow().site;
    Relationship { key: key.to_string(), spec, from_backref: false, resolved: None, site }
}
