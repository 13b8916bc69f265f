//! Reading a class body for declarative mapping: the order attributes were declared in (mixins and
//! annotations included, which fixes the table's column order), `declared_attr` directives, and
//! `__table_args__`'s constraints.

use super::*;

/// The mapped attributes in SQLAlchemy's scan order: the class's own, in the order written, then each
/// plain mixin's (and abstract base's) in MRO order, with annotation-only names placed after the
/// annotated name before them (namespaces only record assigned names). `@declared_attr` functions
/// are called with the class, so each class gets its own column or relationship from a mixin.
pub(super) fn attribute_order(
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
pub(super) fn body_order(mut order: Vec<String>, annotations: &[(String, Value)]) -> Vec<String> {
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

/// The plain classes (mixins, abstract bases, the declarative base) in a class's MRO, whose attributes declarative copies.
/// A mapped superclass's own mixins were copied into its table already: they are left out.
pub(super) fn mixins(class: &Rc<Class>) -> Vec<Rc<Class>> {
    let mapped_bases: Vec<&Rc<Class>> = class.mro_tail.iter().filter(|b| mapped(b).is_some()).collect();
    class
        .mro_tail
        .iter()
        .filter(|b| b.builtin.is_none() && (b.native.borrow().is_none() || is_declarative_base(b)))
        .filter(|b| !mapped_bases.iter().any(|m| m.mro_tail.iter().any(|x| Rc::ptr_eq(x, b))))
        .cloned()
        .collect()
}

/// Whether the class's `__tablename__` (as attribute lookup finds it) names its table: SQLAlchemy
/// reads it when some class in the MRO declaring one is the class itself, a mixin or the declarative
/// base, or declares it with `@declared_attr` — a mapped superclass's plain string is its own table's
/// name, and the subclass without one is single-table inheritance.
pub(super) fn tablename_applies(class: &Rc<Class>) -> bool {
    std::iter::once(class).chain(class.mro_tail.iter()).any(|c| match c.dict.borrow().get("__tablename__") {
        Some(v) => Rc::ptr_eq(c, class) || mapped(c).is_none() || declared_attr_fget(v).is_some(),
        None => false,
    })
}

/// A declarative base (`class Base(DeclarativeBase)`, `declarative_base()`): SQLAlchemy scans it as
/// a mixin, so columns declared on it (`id: Mapped[int] = mapped_column(primary_key=True)`) are copied
/// into every mapped subclass, after the class's own and its mixins' (it comes last in the MRO).
pub(super) fn is_declarative_base(class: &Rc<Class>) -> bool {
    class.native.borrow().as_ref().is_some_and(|n| n.is::<BaseInfo>())
}

/// A value declarative maps: a column, a relationship, or a `@declared_attr` producing one.
pub(super) fn is_mapped_attribute(v: &Value) -> bool {
    state::<ColumnSpec>(v).is_some()
        || state::<RefCell<RelSpec>>(v).is_some()
        || state::<crate::orm::column_property::ExprPropSpec>(v).is_some()
        || declared_attr_fget(v).is_some()
        || super::composite::is_composite(v)
}

/// The function of a `@declared_attr` object (`sqlalchemy.orm.decl_api`).
pub(crate) fn declared_attr_fget(v: &Value) -> Option<Value> {
    let Value::Instance(inst) = v else { return None };
    inst.class.lookup("__ormplay_declared_attr__")?;
    inst.dict.borrow().get("fget").cloned()
}

/// `__table_args__` / `__mapper_args__` from the class or the first mixin defining it (from a
/// mapped base only when it is a `@declared_attr`, SQLAlchemy's `check_decl`), a `@declared_attr`
/// one called with the class.
pub(super) fn directive(interp: &mut Interp, class: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
    let mixins = mixins(class);
    let found = std::iter::once(class.clone()).chain(class.mro_tail.iter().cloned()).find_map(|c| {
        let v = c.dict.borrow().get(name).cloned()?;
        let applies =
            Rc::ptr_eq(&c, class) || mixins.iter().any(|m| Rc::ptr_eq(m, &c)) || declared_attr_fget(&v).is_some();
        applies.then_some(v)
    });
    let Some(v) = found else { return Ok(None) };
    match declared_attr_fget(&v) {
        Some(fget) => {
            let args = Args { positional: vec![Value::Class(class.clone())], keywords: Vec::new() };
            interp.call(&fget, args).map(Some)
        }
        None => Ok(Some(v)),
    }
}

/// The column arguments an annotation adds to the attribute's own `mapped_column()` (or to none):
/// `Annotated[T, mapped_column(...)]`'s, and the SQL type `type_annotation_map` gives it.
/// The free column (a class-body `Column` not in a table yet) a column's `ForeignKey(...)` names.
pub(super) fn free_fk_target(spec: &ColumnSpec) -> Option<Rc<crate::sql::elements::ColumnInfo>> {
    let core = spec.core.borrow().clone()?;
    core.schema.foreign_keys.iter().find_map(|fk| match &fk.target {
        crate::sql::schema::FkTarget::Column(c) if c.table.is_none() => Some(c.col.clone()),
        _ => None,
    })
}

/// The table constraints of `__table_args__` (a tuple of `UniqueConstraint`, `CheckConstraint`,
/// `Index`..., optionally ending in a dict of table keywords, or just that dict), in the order written,
/// its `Index` objects, and whether the keywords ask for `sqlite_autoincrement`.
pub(super) type TableArgs = (Vec<(usize, Constraint)>, Vec<Rc<crate::sql::schema::Index>>, bool);

pub(super) fn table_args_constraints(interp: &mut Interp, dict: &crate::eval::value::Namespace) -> PyResult<TableArgs> {
    let mut items = match dict.get("__table_args__") {
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(d @ Value::Dict(_)) => vec![d.clone()],
        None | Some(Value::None) => Vec::new(),
        // `(UniqueConstraint("a"))` without the trailing comma is no tuple: SQLAlchemy refuses it.
        Some(_) => {
            return Err(crate::orm::orm(interp)?.error(
                interp,
                crate::orm::SaExc::ArgumentError,
                "__table_args__ value must be a tuple, dict, or None",
            ));
        }
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
        if let Some(u) = state::<crate::orm::schema::UniqueSpec>(item) {
            checks.push((0, Constraint::Unique { name: u.name.clone(), columns: u.columns.clone() }));
        } else if let Some(c) = state::<crate::orm::core::schema_obj::ConstraintObj>(item) {
            checks.push((0, c.0.clone()));
        } else if let Some(ix) = state::<crate::orm::core::schema_obj::IndexObj>(item) {
            indexes.push(ix.index.clone());
        }
    }
    Ok((checks, indexes, autoincrement))
}

/// `PrimaryKeyConstraint(building, number)` / `UniqueConstraint(code)` given class-body `Column`
/// objects: their names, known now that the body's columns are bound.
pub(super) fn resolve_column_markers(
    checks: &mut [(usize, Constraint)],
    body_columns: &[(String, Rc<crate::orm::schema::ColumnSpec>)],
) {
    let resolve = |names: &mut Vec<String>| {
        for n in names.iter_mut() {
            let found = body_columns.iter().find(|(_, spec)| crate::orm::core::schema_obj::column_marker(spec) == *n);
            if let Some(bound) = found.and_then(|(_, spec)| spec.bound.borrow().clone()) {
                *n = bound.1;
            }
        }
    };
    for (_, c) in checks.iter_mut() {
        match c {
            Constraint::PrimaryKey { columns, .. } | Constraint::Unique { columns, .. } => resolve(columns),
            Constraint::ForeignKey { columns, .. } => resolve(columns),
            _ => {}
        }
    }
}
