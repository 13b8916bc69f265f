//! Between the ORM's registry and Core: the Core `MetaData` of a declarative base, Core tables for
//! mapped classes and for the ORM's own table definitions, a Core `Table()` registered where the ORM
//! looks for tables, and the ORM's expression objects (mapped attributes, class-body `Column`s) as
//! Core expressions.

use super::from_obj::{FromObj, from_value};
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::mapper::{ColumnDef, RegistryRef, TableDef};
use crate::orm::native::state;
use crate::orm::schema::ColumnSpec;
use crate::sql::elements::{ColumnInfo, Expr, ExprRef};
use crate::sql::schema::{ColumnSchema, FkTarget, ForeignKey, MetaData, ServerDefault, Table};
use crate::sql::selectable::{FromClause, FromKind, FromRef};
use crate::sql::types::{SqlType, TypeKind};
use std::rc::Rc;

mod exists;
pub use exists::{custom_join_exists, self_referential_exists, self_referential_secondary_exists};
mod inh_exists;
pub use inh_exists::inheritance_exists;
mod legacy;

use legacy::from_legacy;
pub use legacy::{cell_value, column_pairs, select_to_legacy, to_legacy};

/// The registry behind a `MetaData` object.
pub fn registry_of_metadata(v: &Value) -> Option<RegistryRef> {
    state::<crate::orm::modules::MetaDataObj>(v).map(|m| m.registry.clone())
}

/// A registry's Core `MetaData`.
pub fn core_metadata(reg: &RegistryRef) -> Rc<MetaData> {
    reg.borrow().core.clone()
}

/// The Core type for the ORM's type.
pub fn core_type(t: &crate::orm::schema::SqlType) -> SqlType {
    use crate::orm::schema::SqlType as L;
    match t {
        L::Integer => SqlType::integer(),
        L::BigInteger => SqlType::new(TypeKind::BigInteger),
        L::SmallInteger => SqlType::new(TypeKind::SmallInteger),
        L::String(n) => SqlType::string().with_length(*n),
        L::Text => SqlType::new(TypeKind::Text),
        L::Unicode(n) => SqlType::new(TypeKind::Unicode).with_length(*n),
        L::Boolean => SqlType::boolean(),
        L::Float => SqlType::new(TypeKind::Float),
        L::Numeric(spec) => {
            let mut numeric = SqlType::numeric();
            numeric.precision = spec.precision;
            numeric.scale = spec.scale;
            numeric.asdecimal = spec.as_float.then_some(false);
            numeric
        }
        L::Date => SqlType::new(TypeKind::Date),
        L::DateTime => SqlType::new(TypeKind::DateTime),
        L::Time => SqlType::new(TypeKind::Time),
        L::Enum(spec) => {
            let mut enumerated = SqlType::new(TypeKind::Enum);
            enumerated.length = spec.length;
            enumerated.validate_strings = spec.validate_strings;
            if let Some(class) = &spec.class {
                // `Enum(SomeEnum)`: the member names, and the class name lowercased.
                enumerated.enum_names = spec.member_names();
                enumerated.enum_values =
                    if spec.values.is_empty() { enumerated.enum_names.clone() } else { spec.values.clone() };
                enumerated.enum_name = Some(class.name.to_lowercase());
                enumerated.enum_class = Some(crate::sql::types::PyObject(class.clone()));
            } else {
                enumerated.enum_values = spec.values.clone();
                enumerated.enum_name = spec.name.clone();
            }
            enumerated.non_native_enum = spec.non_native;
            enumerated
        }
        L::Json(spec) => {
            let mut json = SqlType::new(TypeKind::Json);
            json.mutable = spec.mutable.clone().map(|c| crate::sql::types::PyObject(c));
            json.none_as_null = spec.none_as_null;
            json
        }
        L::LargeBinary => SqlType::new(TypeKind::LargeBinary),
        L::Interval => SqlType::new(TypeKind::Interval),
        L::Pickle => SqlType::new(TypeKind::PickleType),
        L::Uuid(as_uuid) => SqlType { as_uuid: *as_uuid, ..SqlType::new(TypeKind::Uuid) },
        L::Decorated(d) => d.core.clone(),
    }
}

/// The Core column of an ORM column definition: the class as written (`VARCHAR`, `DECIMAL`, `Double`)
/// with the arguments the ORM's type keeps (length, precision and scale, asdecimal, the enum class).
fn column_from_def(def: &ColumnDef) -> ColumnInfo {
    let spec = core_type(&def.ty);
    // An annotation-implied `Enum` is displayed by its DDL (`VARCHAR(6)`) but stays an `Enum`.
    let named = SqlType::from_class_name(def.type_text.split('(').next().unwrap_or("")).filter(|named| {
        named.kind == spec.kind || (named.affinity() == spec.affinity() && spec.kind != TypeKind::Enum)
    });
    let ty = match named {
        Some(named) => SqlType {
            kind: named.kind,
            upper: named.upper,
            asdecimal: spec.asdecimal.or(named.asdecimal),
            length: spec.length.or(named.length),
            ..spec
        },
        None => spec,
    };
    let mut ty = ty;
    if let Some(given) = def.given_type.as_ref().filter(|g| g.create_constraint && g.kind == ty.kind) {
        ty.create_constraint = true;
        ty.enum_name = given.enum_name.clone();
    }
    // Arguments the ORM's own type record drops: `Uuid(as_uuid=False)` (values stay `str`),
    // `String(20, collation="NOCASE")` (DDL `COLLATE "NOCASE"`, and comparisons by it).
    if let Some(given) = def.given_type.as_ref().filter(|g| g.kind == ty.kind) {
        ty.as_uuid = given.as_uuid;
        ty.collation = given.collation.clone().or(ty.collation);
    }
    let mut info = ColumnInfo::new(&def.name, ty);
    // A Core column's key is its name (`Table.c` is keyed by column name); the attribute key is the ORM's.
    info.key = def.core_key.clone().unwrap_or_else(|| def.name.clone());
    info.primary_key = def.primary_key;
    info.nullable = def.nullable;
    let mut schema = ColumnSchema::default();
    if let Some((t, c)) = &def.foreign_key {
        let mut fk = ForeignKey::new(FkTarget::Spec(format!("{t}.{c}")));
        fk.ondelete = def.ondelete.clone();
        if let Some(given) = &def.foreign_key_options {
            fk.name = given.name.clone();
            fk.onupdate = given.onupdate.clone();
            fk.deferrable = given.deferrable;
            fk.initially = given.initially.clone();
            fk.use_alter = given.use_alter;
        }
        schema.foreign_keys.push(fk);
    }
    if def.unique {
        schema.unique = Some(true);
    }
    if def.index {
        schema.index = Some(true);
    }
    schema.computed = def.computed.clone();
    if schema.computed.is_some() {
        // Generated, not defaulted: no DEFAULT clause.
    } else if let Some(clause) = &def.server_default_clause {
        schema.server_default = Some(clause.clone());
    } else if let Some(sd) = &def.server_default {
        // The ORM side already holds the DDL text (a string default arrives quoted), so it is SQL here.
        let text = crate::sql::elements::TextClause { text: sd.clone(), binds: Vec::new() };
        schema.server_default = Some(ServerDefault::Sql(Rc::new(Expr::Text(text))));
    }
    schema.default = def.default.as_ref().and_then(python_default);
    schema.onupdate = def.onupdate.as_ref().and_then(python_default);
    schema.checks = def.checks.clone();
    info.schema = Some(Rc::new(schema));
    info
}

/// A mapped column's Python-side `default=` as Core's column default, so a Core or ORM-enabled
/// INSERT that leaves the column out pre-executes it as SQLAlchemy does.
fn python_default(v: &crate::eval::value::Value) -> Option<crate::sql::schema::ColumnDefault> {
    use crate::eval::value::Value;
    use crate::sql::schema::ColumnDefault;
    use crate::sql::value::SqlValue;
    Some(match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => {
            ColumnDefault::Callable { handle: Rc::new(v.clone()), takes_context: false }
        }
        Value::Bool(b) => ColumnDefault::Scalar(SqlValue::Bool(*b)),
        Value::Int(i) => ColumnDefault::Scalar(SqlValue::Int(*i)),
        Value::Float(f) => ColumnDefault::Scalar(SqlValue::Float(*f)),
        Value::Str(s) => ColumnDefault::Scalar(SqlValue::Str(s.to_string())),
        // `default=func.now()`: rendered inline.
        other => ColumnDefault::Sql(crate::orm::native::state::<super::expr_obj::ExprObj>(other)?.expr.clone()),
    })
}

/// The Core table for an ORM table definition, built once and kept in the registry's metadata.
pub fn core_table(reg: &RegistryRef, name: &str) -> Option<FromRef> {
    let md = core_metadata(reg);
    if let Some(t) = md.table(name) {
        return Some(t);
    }
    let def: TableDef = reg.borrow().tables.get(name)?.clone();
    let table = Table::new(&def.name, None, false);
    *table.metadata.borrow_mut() = Rc::downgrade(&md);
    let from = FromClause::new(FromKind::Table(table));
    for c in &def.columns {
        crate::sql::schema::attach_column(&from, Rc::new(column_from_def(c)));
    }
    if let Some(t) = from.table() {
        let mut checks = def.checks.iter().peekable();
        for (i, set) in def.unique_sets.iter().enumerate() {
            while let Some((_, c)) = checks.next_if(|(before, _)| *before <= i) {
                t.constraints.borrow_mut().push(c.clone());
            }
            t.constraints
                .borrow_mut()
                .push(crate::sql::schema::Constraint::Unique { name: None, columns: set.clone() });
        }
        t.constraints.borrow_mut().extend(checks.map(|(_, c)| c.clone()));
        t.sqlite_autoincrement.set(def.sqlite_autoincrement);
        // `__table_args__` indexes name their columns before the table exists: bound here by name.
        let cols = t.columns.borrow().clone();
        for ix in &def.indexes {
            let expressions = ix.expressions.iter().map(|e| match &**e {
                Expr::Column(c) if c.table.is_none() => {
                    match cols.iter().find(|k| k.name.text() == c.col.name.text()) {
                        Some(k) => Rc::new(Expr::Column(crate::sql::elements::ColumnRef {
                            table: Some(from.clone()),
                            col: k.clone(),
                            annotation: 0,
                        })),
                        None => e.clone(),
                    }
                }
                _ => e.clone(),
            });
            let index = crate::sql::schema::Index {
                name: ix.name.clone(),
                expressions: expressions.collect(),
                unique: ix.unique,
                table: std::cell::RefCell::new(Rc::downgrade(&from)),
            };
            t.indexes.borrow_mut().push(Rc::new(index));
        }
    }
    let mut tables = md.tables.borrow_mut();
    tables.insert(def.name.clone(), from.clone());
    // Core tables are built on first use (a foreign key builds its target's first), but
    // `metadata.tables` lists them in the order they were defined, as the registry holds them.
    let reg = reg.borrow();
    let defined_at = |name: &str| reg.tables.get_index_of(name).unwrap_or(usize::MAX);
    let before_last = tables.len().checked_sub(2).and_then(|i| tables.get_index(i)).map(|(k, _)| defined_at(k));
    if before_last.is_some_and(|at| at > defined_at(&def.name)) {
        tables.sort_by(|a, _, b, _| defined_at(a).cmp(&defined_at(b)));
    }
    drop(tables);
    Some(from)
}

/// Adds a single-table-inheritance subclass's columns to its table's Core table, if already built.
pub fn extend_core_table(reg: &RegistryRef, name: &str, columns: &[ColumnDef]) {
    if let Some(from) = core_metadata(reg).table(name) {
        for c in columns {
            crate::sql::schema::attach_column(&from, Rc::new(column_from_def(c)));
        }
    }
}

/// Registers a Core `Table()` where the ORM looks for tables (its registry's table definitions).
pub fn register_legacy_table(
    interp: &mut Interp,
    reg: &RegistryRef,
    from: &FromRef,
    specs: &[Rc<ColumnSpec>],
) -> PyResult<()> {
    let Some(t) = from.table() else { return Ok(()) };
    let mut columns = Vec::new();
    for (col, spec) in t.columns.borrow().iter().zip(specs) {
        let fk = col.schema.as_ref().and_then(|s| s.foreign_keys.first()).map(|fk| fk.target_parts());
        let lty = spec.ty.clone().or_else(|| {
            // A foreign key column without a type takes the referenced column's.
            let ty = crate::sql::schema::effective_type(col);
            legacy_type(&ty)
        });
        columns.push(ColumnDef {
            name: col.name.text(),
            key: col.name.text(),
            core_key: Some(col.key.clone()).filter(|k| *k != col.name.text()),
            ty: lty.unwrap_or(crate::orm::schema::SqlType::Integer),
            type_text: spec.type_text.clone().unwrap_or_else(|| "Integer".into()),
            primary_key: col.primary_key,
            nullable: col.nullable,
            unique: spec.unique,
            index: spec.index,
            default: spec.default.clone(),
            server_default: spec.server_default.clone(),
            server_default_clause: col.schema.as_ref().and_then(|s| s.server_default.clone()),
            onupdate: spec.onupdate.clone(),
            server_onupdate: spec.server_onupdate,
            foreign_key: fk,
            ondelete: spec.ondelete.clone(),
            foreign_key_options: col.schema.as_ref().and_then(|s| s.foreign_keys.first().cloned()),
            given_type: Some(col.ty.clone()),
            computed: col.schema.as_ref().and_then(|s| s.computed.clone()),
            autoincrement: false,
            site: spec.site,
            deferred: spec.deferred.clone(),
            checks: col.schema.as_ref().map(|s| s.checks.clone()).unwrap_or_default(),
        });
    }
    let mut unique_sets = Vec::new();
    let mut checks = Vec::new();
    for c in t.constraints.borrow().iter() {
        match c {
            crate::sql::schema::Constraint::Unique { columns, .. } => unique_sets.push(columns.clone()),
            crate::sql::schema::Constraint::Check { .. } => checks.push((unique_sets.len(), c.clone())),
            _ => {}
        }
    }
    let site = Some(interp.call_site());
    let def = TableDef {
        name: t.name.clone(),
        columns,
        mapper: None,
        unique_sets,
        checks,
        indexes: Vec::new(),
        sqlite_autoincrement: t.sqlite_autoincrement.get(),
        site,
    };
    reg.borrow_mut().tables.insert(t.name.clone(), def);
    Ok(())
}

/// The ORM's type for a Core type (`None` for the kinds the ORM has no type of).
pub(crate) fn legacy_type(t: &SqlType) -> Option<crate::orm::schema::SqlType> {
    use crate::orm::schema::SqlType as L;
    // A type with a SQLite variant stores as the variant; its Core type keeps both.
    if t.decorator.is_some() || t.variant("sqlite").is_some() {
        let inner = legacy_type(t.variant("sqlite").unwrap_or(&t.undecorated()))?;
        return Some(L::Decorated(std::rc::Rc::new(crate::orm::schema::DecoratedSpec { inner, core: t.clone() })));
    }
    Some(match t.kind {
        TypeKind::Integer => L::Integer,
        TypeKind::BigInteger => L::BigInteger,
        TypeKind::SmallInteger => L::SmallInteger,
        TypeKind::String => L::String(t.length),
        TypeKind::Text | TypeKind::UnicodeText => L::Text,
        TypeKind::Unicode => L::Unicode(t.length),
        TypeKind::Boolean => L::Boolean,
        TypeKind::Float | TypeKind::Double => L::Float,
        TypeKind::Numeric => L::Numeric(crate::orm::schema::NumericSpec {
            precision: t.precision,
            scale: t.scale,
            as_float: t.asdecimal == Some(false),
        }),
        TypeKind::Date => L::Date,
        TypeKind::DateTime => L::DateTime,
        TypeKind::Time => L::Time,
        TypeKind::Enum => L::Enum(crate::orm::schema::EnumSpec {
            validate_strings: t.validate_strings,
            class: t.enum_class.as_ref().and_then(|c| c.0.clone().downcast::<crate::eval::value::Class>().ok()),
            length: t
                .length
                .or_else(|| t.enum_values.iter().map(|v| v.chars().count()).max().and_then(|n| i64::try_from(n).ok())),
            values: if t.enum_class.is_some() && t.enum_values == t.enum_names {
                Vec::new()
            } else {
                t.enum_values.clone()
            },
            name: t.enum_name.clone().filter(|_| t.enum_class.is_none()),
            non_native: t.non_native_enum,
        }),
        TypeKind::Json => L::Json(crate::orm::schema::JsonSpec {
            none_as_null: t.none_as_null,
            mutable: t.mutable.as_ref().and_then(|c| c.0.clone().downcast::<crate::eval::value::Class>().ok()),
        }),
        TypeKind::LargeBinary => L::LargeBinary,
        TypeKind::Interval => L::Interval,
        TypeKind::PickleType => L::Pickle,
        TypeKind::Uuid => L::Uuid(t.as_uuid),
        _ => return None,
    })
}

/// The Core table named `name` in any registry of this run.
///
/// A table name can be in several registries (the tutorial's Core `user_table` in `metadata_obj` and
/// the mapped `User`'s in `Base.metadata`); the ORM's column expressions come from mapped attributes,
/// so a registry that maps the table comes first — else `select(User).where(User.name == ..)` would
/// name two different `user_account` tables.
fn find_core_table(interp: &Interp, name: &str) -> Option<FromRef> {
    let orm = crate::orm::orm(interp).ok()?;
    let registries = orm.registries.borrow().clone();
    let maps = |r: &RegistryRef| r.borrow().mappers.iter().any(|m| m.table == name);
    let has = |r: &RegistryRef| r.borrow().tables.contains_key(name);
    // The newest registry first: a class mapped again under a new `Base` (documentation pages
    // redefine `Base` and their models) is the one the following code means.
    registries
        .iter()
        .rev()
        .find(|r| has(r) && maps(r))
        .or_else(|| registries.iter().rev().find(|r| has(r)))
        .and_then(|r| core_table(r, name))
}

/// The Core expression for an ORM object used where Core expects one: a mapped attribute, a class
/// body `Column`.
pub fn legacy_expr(interp: &mut Interp, v: &Value) -> PyResult<Option<ExprRef>> {
    if let Some(e) = state::<crate::orm::expr::ExprObj>(v) {
        let core = from_legacy(interp, &e.expr);
        // `Cat.id` remembers its entity (SQLAlchemy's `parententity` annotation).
        if let (Some(c), Some((class, _))) = (&core, &e.attribute)
            && let Some(info) = crate::orm::declarative::mapped(class)
        {
            super::entity_criteria::note_attribute(interp, c, &info.registry, info.mapper, None);
        }
        return Ok(core);
    }
    if let Some(spec) = state::<ColumnSpec>(v) {
        return Ok(Some(spec_expr(interp, &spec)));
    }
    Ok(None)
}

/// A `Column` object as an expression: its table's column once attached, else a free column.
pub fn spec_expr(interp: &Interp, spec: &ColumnSpec) -> ExprRef {
    if let Some((table, column)) = spec.bound.borrow().clone()
        && let Some(c) = find_core_table(interp, &table).and_then(|f| f.column_ref_by_name(&column))
    {
        return Rc::new(Expr::Column(c));
    }
    let col = spec
        .free
        .borrow_mut()
        .get_or_insert_with(|| {
            let name = spec.name.clone().unwrap_or_default();
            Rc::new(super::schema_obj::column_info(spec, &name))
        })
        .clone();
    Rc::new(Expr::Column(crate::sql::elements::ColumnRef { table: None, col, annotation: 0 }))
}

/// The Core table of a mapped class (`select_from(User)` in Core terms), or of an ORM `Table` object.
pub fn from_of_mapped(interp: &mut Interp, v: &Value) -> PyResult<Option<FromRef>> {
    if let Value::Class(c) = v
        && let Some(info) = crate::orm::declarative::mapped(c)
    {
        let name = info.registry.borrow().mappers[info.mapper].table.clone();
        return Ok(core_table(&info.registry, &name));
    }
    if let Some(t) = state::<crate::orm::schema::TableRef>(v) {
        return Ok(find_core_table(interp, &t.name));
    }
    if let Some(a) = state::<super::orm_select::AliasedObj>(v) {
        return Ok(Some(a.from.clone()));
    }
    Ok(None)
}

/// A mapped class's columns in a Core `select()` (not yet: ORM entities go through the ORM).
pub fn entity_columns(_interp: &mut Interp, _v: &Value) -> PyResult<Option<Vec<ExprRef>>> {
    Ok(None)
}

/// `User.addresses == obj` style comparisons (the ORM's, not yet on the tree).
pub fn relationship_compare(
    _interp: &mut Interp,
    _this: &super::expr_obj::ExprObj,
    _op: &crate::sql::ops::Op,
    _other: &Value,
) -> PyResult<Option<Value>> {
    Ok(None)
}

/// The `MetaData` object a table belongs to.
pub fn metadata_value_of(interp: &mut Interp, from: &FromRef) -> Option<Value> {
    let md = from.table()?.metadata()?;
    let orm = crate::orm::orm(interp).ok()?;
    let registries = orm.registries.borrow().clone();
    let reg = registries.into_iter().find(|r| Rc::ptr_eq(&r.borrow().core, &md))?;
    Some(orm.metadata_object(interp, reg))
}

/// The table name of a Table object (Core or the ORM's).
pub fn table_name_of(v: &Value) -> Option<String> {
    if let Some(f) = state::<FromObj>(v) {
        return f.from.table().map(|t| t.name.clone());
    }
    state::<crate::orm::schema::TableRef>(v).map(|t| t.name.clone())
}

/// A mapped class's `__table__` as a Core table object.
pub fn table_value(interp: &mut Interp, reg: &RegistryRef, name: &str) -> Option<Value> {
    let from = core_table(reg, name)?;
    Some(table_object(interp, from))
}

/// The one Python `Table` object of a Core table (`Car.__table__ is Vehicle.__table__`,
/// `metadata.tables["t"] is t`).
pub fn table_object(interp: &mut Interp, from: FromRef) -> Value {
    // `from_value` keeps one object per Core table (`Orm::table_values`).
    from_value(interp, from)
}

/// Whether a value belongs to the ORM's own expression world (mapped classes and attributes, its
/// relationship attributes and queries): construct functions given one keep the ORM's forms.
pub fn is_legacy(v: &Value) -> bool {
    if let Value::Class(c) = v {
        return crate::orm::declarative::mapped(c).is_some();
    }
    state::<crate::orm::expr::ExprObj>(v).is_some()
        || state::<crate::orm::expr::RelAttr>(v).is_some()
        || state::<crate::orm::query::QueryData>(v).is_some()
}
