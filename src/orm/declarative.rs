//! Declarative mapping: turning `class User(Base): ...` into a table and a mapper.
//!
//! The [`Declarative`] hooks are attached to `declarative_base()`'s class and to `DeclarativeBase`; every
//! subclass inherits them. When a subclass is created they read its body — `Column`/`mapped_column`
//! objects, `Mapped[...]` annotations, `relationship()` calls, `__tablename__`, `__table_args__` — and
//! register a table and a mapper. They also route instance attribute access through the ORM
//! (`attributes.rs`) and give mapped classes their keyword constructor.

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

impl ClassHooks for Declarative {
    fn class_created(&self, interp: &mut Interp, class: &Rc<Class>) -> PyResult<()> {
        let is_new_base =
            class.bases.iter().any(|b| b.native.borrow().as_ref().is_some_and(|n| n.is::<DeclarativeRoot>()));
        if is_new_base {
            // `registry = reg` in the body names the registry to use.
            let given = class.dict.borrow().get("registry").and_then(super::registry_obj::registry_in);
            let registry: RegistryRef = match &given {
                Some((r, _)) => r.clone(),
                None => Rc::new(RefCell::new(Registry::default())),
            };
            self.orm(interp)?.install_base(interp, class, registry);
            if let Some((_, Some(md))) = given {
                class.dict.borrow_mut().insert(Name::from("metadata"), md);
            }
            return Ok(());
        }
        if let Some(v) = class.dict.borrow().get("__abstract__")
            && matches!(v, Value::Bool(true))
        {
            return Ok(());
        }
        let Some(registry) = registry_of(class) else { return Ok(()) };
        self.orm(interp)?.map_class(interp, class, &registry)
    }

    fn get_attr(&self, interp: &mut Interp, instance: &Rc<Instance>, name: &str) -> Option<PyResult<Value>> {
        let info = mapped(&instance.class)?;
        let orm = match self.orm(interp) {
            Ok(orm) => orm,
            Err(e) => return Some(Err(e)),
        };
        // `self.__table__` / `self.__mapper__` reach the class's (to_dict helpers use them).
        if matches!(name, "__table__" | "__mapper__") {
            return orm.class_attribute(interp, &instance.class, &info, name);
        }
        orm.instance_get(interp, instance, &info, name)
    }

    fn set_attr(
        &self,
        interp: &mut Interp,
        instance: &Rc<Instance>,
        name: &Name,
        value: Value,
    ) -> Result<PyResult<()>, Value> {
        let Some(info) = mapped(&instance.class) else { return Err(value) };
        match self.orm(interp) {
            Ok(orm) => orm.instance_set(interp, instance, &info, name, value),
            Err(e) => Ok(Err(e)),
        }
    }

    fn default_init(&self, interp: &mut Interp, instance: &Rc<Instance>, args: Args) -> Option<PyResult<()>> {
        let info = mapped(&instance.class)?;
        let orm = match self.orm(interp) {
            Ok(orm) => orm,
            Err(e) => return Some(Err(e)),
        };
        if let Err(e) = orm.configure(interp, &info.registry) {
            return Some(Err(e));
        }
        if let Some(first) = args.positional.first() {
            let _ = first;
            return Some(Err(interp.type_error(format!(
                "__init__() takes 1 positional argument but {} were given",
                args.positional.len() + 1
            ))));
        }
        orm.set_polymorphic_identity(&info, instance);
        let value = Value::Instance(instance.clone());
        for (key, v) in args.keywords {
            let has = instance.class.lookup(&key).is_some() || {
                let info = mapped(&instance.class);
                info.is_some_and(|i| {
                    let reg = i.registry.borrow();
                    reg.column_by_key(i.mapper, &key).is_some() || reg.relationship_of(i.mapper, &key).is_some()
                })
            };
            if !has {
                return Some(Err(
                    interp.type_error(format!("'{key}' is an invalid keyword argument for {}", instance.class.name))
                ));
            }
            if let Err(e) = interp.set_attr(&value, &key, v) {
                return Some(Err(e));
            }
        }
        Some(Ok(()))
    }

    fn get_class_attr(&self, interp: &mut Interp, class: &Rc<Class>, name: &str) -> Option<PyResult<Value>> {
        let info = mapped(class)?;
        match self.orm(interp) {
            Ok(orm) => orm.class_attribute(interp, class, &info, name),
            Err(e) => Some(Err(e)),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
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
        let inherited = class.mro_tail.iter().find_map(|c| mapped(c).filter(|m| Rc::ptr_eq(&m.registry, registry)));
        let parent = inherited.clone().filter(|_| !dict.contains_key("__tablename__"));
        let mapper_args = super::inheritance::MapperArgs::of(&dict);
        let table_name = match class.lookup("__tablename__") {
            Some(v) => match declared_attr_fget(&v) {
                Some(fget) => as_str(
                    &interp
                        .call(&fget, Args { positional: vec![Value::Class(class.clone())], keywords: Vec::new() })?,
                ),
                None => as_str(&v),
            },
            None => None,
        };
        let Some(table_name) = table_name else {
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
        for (key, value, annotation) in attribute_order(interp, class, &dict, &annotations)? {
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
                    body_columns.push((key.clone(), spec.clone()));
                }
                columns.push(def);
            } else if let Some(spec) = value.as_ref().and_then(state::<RefCell<RelSpec>>) {
                if let Some(inner) = &mapped_inner {
                    let mut s = spec.borrow_mut();
                    let (target, mut is_list) = relationship_annotation(inner);
                    // `WriteOnlyMapped[X]` / `DynamicMapped[X]`: a collection with that loader.
                    if let Some(lazy) = annotation.as_ref().and_then(writer_annotation) {
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
                relationships.push(Relationship { key: key.clone(), spec, from_backref: false, resolved: None, site });
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
        let (checks, indexes, sqlite_autoincrement) = table_args_constraints(interp, &dict)?;
        let unique_sets = Vec::new();
        if let Some(parent) = parent {
            return self.map_single_table_subclass(class, registry, parent.mapper, columns, relationships, mapper_args);
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
        reg.mappers.push(Mapper {
            class: class.clone(),
            class_name: class.name.to_string(),
            table: table_name.clone(),
            relationships,
            site: class_site,
            inherits: inherited.map(|p| p.mapper),
            polymorphic_on: mapper_args.polymorphic_on,
            polymorphic_identity: mapper_args.polymorphic_identity,
            load_inline: mapper_args.load_inline,
            load_selectin: mapper_args.load_selectin,
            own_columns,
            expressions: Vec::new(),
        });
        reg.configured = false;
        drop(reg);
        let props = super::column_property::bind_properties(registry, &table_name, &body_columns, expressions);
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
            ty,
            type_text,
            primary_key: spec.primary_key,
            nullable,
            unique: spec.unique,
            index: spec.index,
            default: spec.default.clone(),
            server_default: spec.server_default.clone(),
            onupdate: spec.onupdate.clone(),
            server_onupdate: spec.server_onupdate,
            foreign_key,
            ondelete: spec.ondelete.clone(),
            autoincrement: false,
            site: spec.site,
            deferred: spec.deferred.clone(),
            checks: spec.core.borrow().as_ref().map(|c| c.schema.checks.clone()).unwrap_or_default(),
        }
    }
}

fn type_display(ty: &SqlType) -> String {
    match ty {
        SqlType::Integer => "Integer".into(),
        SqlType::String(_) => "String".into(),
        SqlType::Boolean => "Boolean".into(),
        // SQLAlchemy 2.1 maps `Mapped[float]` to Double (2.0: Float; both store a float).
        SqlType::Float => "Double".into(),
        other => other.sql_name(),
    }
}

fn annotations_of(dict: &crate::eval::value::Namespace) -> Vec<(String, Value)> {
    match dict.get("__annotations__") {
        Some(Value::Dict(d)) => d.borrow().items().into_iter().filter_map(|(k, v)| Some((as_str(&k)?, v))).collect(),
        _ => Vec::new(),
    }
}

/// An attribute declarative looks at: its name, its value (a column or relationship spec, `None` for
/// an annotation alone) and its annotation.
type ScannedAttribute = (String, Option<Value>, Option<Value>);

/// The mapped attributes in SQLAlchemy's scan order: the class's own, in the order written, then each
/// plain mixin's (and abstract base's) in MRO order, with annotation-only names placed after the
/// annotated name before them (namespaces only record assigned names). `@declared_attr` functions
/// are called with the class, so each class gets its own column or relationship from a mixin.
fn attribute_order(
    interp: &mut Interp,
    class: &Rc<Class>,
    dict: &crate::eval::value::Namespace,
    annotations: &[(String, Value)],
) -> PyResult<Vec<ScannedAttribute>> {
    // (name, annotation from the class that declares it)
    let mut order: Vec<(String, Option<Value>)> = Vec::new();
    let own_keys: Vec<String> = dict.keys().filter(|k| !k.starts_with("__")).map(|k| k.to_string()).collect();
    for name in body_order(own_keys, annotations) {
        let annotation = annotations.iter().find(|(n, _)| *n == name).map(|(_, a)| a.clone());
        order.push((name, annotation));
    }
    for base in mixins(class) {
        let base_dict = base.dict.borrow().clone();
        let base_annotations = annotations_of(&base_dict);
        let keys: Vec<String> = base_dict
            .iter()
            .filter(|(k, v)| !k.starts_with("__") && is_mapped_attribute(v))
            .map(|(k, _)| k.to_string())
            .collect();
        for name in body_order(keys, &base_annotations) {
            if order.iter().any(|(n, _)| *n == name) {
                continue;
            }
            let annotation = base_annotations.iter().find(|(n, _)| *n == name).map(|(_, a)| a.clone());
            order.push((name, annotation));
        }
    }
    let mut out = Vec::with_capacity(order.len());
    for (name, mut annotation) in order {
        let mut value = class.lookup(&name);
        if let Some(fget) = value.as_ref().and_then(declared_attr_fget) {
            let args = Args { positional: vec![Value::Class(class.clone())], keywords: Vec::new() };
            value = Some(interp.call(&fget, args)?);
            if annotation.is_none() {
                annotation = return_annotation(interp, &fget);
            }
        }
        let value = value.filter(|v| is_mapped_attribute(v) && declared_attr_fget(v).is_none());
        out.push((name, value, annotation));
    }
    Ok(out)
}

/// One class body's names in order, annotation-only names inserted after the annotated name before them.
fn body_order(mut order: Vec<String>, annotations: &[(String, Value)]) -> Vec<String> {
    let mut previous: Option<String> = None;
    for (name, _) in annotations {
        if !order.contains(name) {
            let at = previous.as_ref().and_then(|p| order.iter().position(|o| o == p)).map_or(0, |i| i + 1);
            let at = if previous.is_none() { first_annotated_position(&order, annotations) } else { at };
            order.insert(at.min(order.len()), name.clone());
        }
        previous = Some(name.clone());
    }
    order
}

/// The loader strategy a `WriteOnlyMapped[...]` / `DynamicMapped[...]` annotation implies.
fn writer_annotation(annotation: &Value) -> Option<&'static str> {
    if let Value::Str(text) = annotation {
        let t = text.trim_start();
        return if t.starts_with("WriteOnlyMapped[") {
            Some("write_only")
        } else if t.starts_with("DynamicMapped[") {
            Some("dynamic")
        } else {
            None
        };
    }
    let Value::Class(c) = alias_origin(annotation)? else { return None };
    match c.name.as_ref() {
        "WriteOnlyMapped" => Some("write_only"),
        "DynamicMapped" => Some("dynamic"),
        _ => None,
    }
}

/// The plain classes (mixins, abstract bases) in a class's MRO, whose attributes declarative copies.
/// A mapped superclass's own mixins were copied into its table already: they are left out.
fn mixins(class: &Rc<Class>) -> Vec<Rc<Class>> {
    let mapped_bases: Vec<&Rc<Class>> = class.mro_tail.iter().filter(|b| mapped(b).is_some()).collect();
    class
        .mro_tail
        .iter()
        .filter(|b| b.builtin.is_none() && b.native.borrow().is_none())
        .filter(|b| !mapped_bases.iter().any(|m| m.mro_tail.iter().any(|x| Rc::ptr_eq(x, b))))
        .cloned()
        .collect()
}

/// A value declarative maps: a column, a relationship, or a `@declared_attr` producing one.
fn is_mapped_attribute(v: &Value) -> bool {
    state::<ColumnSpec>(v).is_some()
        || state::<RefCell<RelSpec>>(v).is_some()
        || state::<super::column_property::ExprPropSpec>(v).is_some()
        || declared_attr_fget(v).is_some()
}

/// The function of a `@declared_attr` object (`sqlalchemy.orm.decl_api`).
pub(crate) fn declared_attr_fget(v: &Value) -> Option<Value> {
    let Value::Instance(inst) = v else { return None };
    inst.class.lookup("__ormplay_declared_attr__")?;
    inst.dict.borrow().get("fget").cloned()
}

/// `def c(cls) -> Mapped[str]`: the return annotation of a declared_attr function.
fn return_annotation(interp: &mut Interp, fget: &Value) -> Option<Value> {
    let annotations = interp.get_attr(fget, "__annotations__").ok()?;
    let Value::Dict(d) = annotations else { return None };
    d.borrow().get(&crate::eval::dict::Key::Str(Rc::from("return"))).cloned()
}

/// `__table_args__` / `__mapper_args__` from the class or the first mixin defining it (not from a
/// mapped base), a `@declared_attr` one called with the class.
fn directive(interp: &mut Interp, class: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
    let found = std::iter::once(class.clone()).chain(mixins(class)).find_map(|c| c.dict.borrow().get(name).cloned());
    let Some(v) = found else { return Ok(None) };
    match declared_attr_fget(&v) {
        Some(fget) => {
            let args = Args { positional: vec![Value::Class(class.clone())], keywords: Vec::new() };
            interp.call(&fget, args).map(Some)
        }
        None => Ok(Some(v)),
    }
}

fn first_annotated_position(order: &[String], annotations: &[(String, Value)]) -> usize {
    order.iter().position(|o| annotations.iter().any(|(n, _)| n == o)).unwrap_or(order.len())
}

/// Column type implied by a `Mapped[...]` inner type (`int`, `Optional[str]`, `str | None`).
fn column_type_of(inner: &Value) -> Option<SqlType> {
    match inner {
        Value::Class(c) if super::schema::is_enum_class(c) => Some(SqlType::Enum(super::schema::EnumSpec::of_class(c))),
        Value::Class(c) => {
            let name = match c.builtin {
                Some(BuiltinType::Int) => "int",
                Some(BuiltinType::Str) => "str",
                Some(BuiltinType::Bool) => "bool",
                Some(BuiltinType::Float) => "float",
                Some(BuiltinType::Dict) => "dict",
                Some(BuiltinType::List) => "list",
                _ => c.name.as_ref(),
            };
            SqlType::from_python_type(name)
        }
        other if type_map::strip_annotated(other).is_some() => {
            type_map::strip_annotated(other).and_then(|inner| column_type_of(&inner))
        }
        other if is_optional(other) => {
            alias_args(other).into_iter().find(|a| !is_none_type(a)).and_then(|a| column_type_of(&a))
        }
        _ => None,
    }
}

fn is_none_type(v: &Value) -> bool {
    matches!(v, Value::None) || matches!(v, Value::Class(c) if c.builtin == Some(BuiltinType::NoneType))
}

/// The column arguments an annotation adds to the attribute's own `mapped_column()` (or to none):
/// `Annotated[T, mapped_column(...)]`'s, and the SQL type `type_annotation_map` gives it.
/// The free column (a class-body `Column` not in a table yet) a column's `ForeignKey(...)` names.
fn free_fk_target(spec: &ColumnSpec) -> Option<Rc<crate::sql::elements::ColumnInfo>> {
    let core = spec.core.borrow().clone()?;
    core.schema.foreign_keys.iter().find_map(|fk| match &fk.target {
        crate::sql::schema::FkTarget::Column(c) if c.table.is_none() => Some(c.col.clone()),
        _ => None,
    })
}

fn annotation_spec(class: &Rc<Class>, own: &ColumnSpec, annotation: Option<&Value>) -> ColumnSpec {
    let Some(annotation) = annotation else { return own.clone() };
    let mut spec = match type_map::annotated_spec(annotation) {
        Some(a) => type_map::merged_spec(own, &a),
        None => own.clone(),
    };
    if spec.ty.is_none()
        && let Some((ty, text)) = type_map::mapped_type(class, annotation)
    {
        spec.ty = Some(ty);
        spec.type_text = Some(text);
    }
    spec
}

/// [`is_optional`] for the annotation readers of other modules.
pub(crate) fn is_optional_annotation(v: &Value) -> bool {
    is_optional(v)
}

/// `Optional[X]`, `Union[X, None]` or `X | None`.
fn is_optional(v: &Value) -> bool {
    alias_origin(v).is_some_and(|o| form_name(&o).as_deref() == Some("Union")) && alias_args(v).iter().any(is_none_type)
}

/// The target and list-ness of a relationship annotation: `List["Child"]`, `"Parent"`, `Optional["P"]`.
fn relationship_annotation(inner: &Value) -> (Option<Value>, bool) {
    // `Mapped[Dict[str, "Note"]]`: a keyed-dict collection of the last argument's class.
    if annotation_collection(inner) == Some("dict") {
        let target = match inner {
            Value::Str(text) => text
                .trim()
                .strip_suffix(']')
                .and_then(|t| t.rsplit_once(','))
                .map(|(_, last)| Value::str(last.trim().trim_matches(|c| c == '"' || c == '\'')))
                .map(|v| match &v {
                    Value::Str(t) => string_annotation(t).0.unwrap_or(v),
                    _ => v,
                }),
            _ => alias_args(inner).last().cloned(),
        };
        return (target, true);
    }
    if let Some(origin) = alias_origin(inner) {
        let args = alias_args(inner);
        let is_list = match &origin {
            Value::Class(c) => matches!(c.builtin, Some(BuiltinType::List | BuiltinType::Set)),
            other => matches!(form_name(other).as_deref(), Some("List" | "Set" | "Sequence")),
        };
        if is_optional(inner) {
            let target = args.into_iter().find(|a| !is_none_type(a));
            return (target.map(|t| relationship_annotation(&t).0.unwrap_or(t)), false);
        }
        return (args.into_iter().next(), is_list);
    }
    if let Value::Str(text) = inner {
        return string_annotation(text);
    }
    (Some(inner.clone()), false)
}

/// The collection an annotation implies beyond a list: `"set"` for `set[X]` / `Set[X]`, `"dict"` for
/// `dict[K, X]` / `Dict[K, X]` / `Mapping[K, X]` (SQLAlchemy's `_extract_mapped_subtype` collection).
fn annotation_collection(inner: &Value) -> Option<&'static str> {
    let name = match inner {
        Value::Str(text) => text.trim().split('[').next().map(|n| n.rsplit('.').next().unwrap_or(n).to_string()),
        other => match alias_origin(other)? {
            Value::Class(c) => Some(c.name.to_string()),
            origin => form_name(&origin),
        },
    }?;
    match name.as_str() {
        "set" | "Set" | "MutableSet" | "AbstractSet" => Some("set"),
        "dict" | "Dict" | "Mapping" | "MutableMapping" => Some("dict"),
        _ => None,
    }
}

/// A relationship annotation written as a string: `"List[Child]"`, `"Optional[Parent]"`, `"Parent | None"`.
fn string_annotation(text: &str) -> (Option<Value>, bool) {
    let t = text.trim();
    let unquote = |s: &str| Value::str(s.trim().trim_matches(|c| c == '"' || c == '\''));
    for (prefix, is_list) in
        [("List[", true), ("list[", true), ("Set[", true), ("set[", true), ("Sequence[", true), ("Optional[", false)]
    {
        if let Some(rest) = t.strip_prefix(prefix).and_then(|r| r.strip_suffix(']')) {
            return (Some(unquote(rest)), is_list);
        }
    }
    if let Some(rest) = t.strip_suffix("| None").or_else(|| t.strip_suffix("|None")) {
        return (Some(unquote(rest)), false);
    }
    (Some(unquote(t)), false)
}

/// The table constraints of `__table_args__` (a tuple of `UniqueConstraint`, `CheckConstraint`,
/// `Index`..., optionally ending in a dict of table keywords, or just that dict), in the order written,
/// its `Index` objects, and whether the keywords ask for `sqlite_autoincrement`.
type TableArgs = (Vec<(usize, Constraint)>, Vec<Rc<crate::sql::schema::Index>>, bool);
fn table_args_constraints(interp: &mut Interp, dict: &crate::eval::value::Namespace) -> PyResult<TableArgs> {
    let mut items = match dict.get("__table_args__") {
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(Value::List(l)) => l.borrow().clone(),
        Some(d @ Value::Dict(_)) => vec![d.clone()],
        _ => Vec::new(),
    };
    let mut autoincrement = false;
    if let Some(Value::Dict(d)) = items.last().cloned() {
        items.pop();
        let key = crate::eval::dict::Key::Str(Rc::from("sqlite_autoincrement"));
        if let Some(v) = d.borrow().get(&key).cloned() {
            autoincrement = interp.truthy(&v)?;
        }
    }
    let mut checks = Vec::new();
    let mut indexes = Vec::new();
    for item in &items {
        if let Some(u) = state::<super::schema::UniqueSpec>(item) {
            checks.push((0, Constraint::Unique { name: u.name.clone(), columns: u.columns.clone() }));
        } else if let Some(c) = state::<super::core::schema_obj::ConstraintObj>(item)
            && !matches!(c.0, Constraint::PrimaryKey { .. })
        {
            checks.push((0, c.0.clone()));
        } else if let Some(ix) = state::<super::core::schema_obj::IndexObj>(item) {
            indexes.push(ix.index.clone());
        }
    }
    Ok((checks, indexes, autoincrement))
}

/// For `x: Named[int | None]` style annotations (`wrapper` is the annotation class's name): the
/// column type the inner type implies and whether it is optional.
pub(crate) fn annotated_column(annotation: &Value, wrapper: &str) -> Option<(Option<SqlType>, bool)> {
    let origin = alias_origin(annotation)?;
    let Value::Class(c) = &origin else { return None };
    if c.name.as_ref() != wrapper {
        return None;
    }
    let inner = alias_args(annotation).into_iter().next()?;
    Some((column_type_of(&inner), is_optional(&inner)))
}

/// A class body's annotations in order (`__annotations__`).
pub(crate) fn class_annotations(class: &Rc<Class>) -> Vec<(String, Value)> {
    annotations_of(&class.dict.borrow())
}
