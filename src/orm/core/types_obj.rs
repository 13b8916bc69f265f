//! The type classes of `sqlalchemy.types` (`Integer`, `String`, `VARCHAR`, `Enum`, ...) as real Python
//! classes in SQLAlchemy's hierarchy (so they can be subclassed and checked with `isinstance`), whose
//! instances carry a [`SqlType`]: `String(30)` repr()s as `String(length=30)`, `str()` as its DDL.

use super::{Method, arg, kwarg, split_self};
use crate::eval::value::{Class, Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use crate::sql::types::{SqlType, TypeKind};
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

/// (class name, base class name) in dependency order; `TypeEngine` is the root.
const HIERARCHY: &[(&str, &str)] = &[
    ("NullType", "TypeEngine"),
    ("Integer", "TypeEngine"),
    ("SmallInteger", "Integer"),
    ("BigInteger", "Integer"),
    ("Numeric", "TypeEngine"),
    ("Float", "Numeric"),
    ("Double", "Float"),
    ("String", "TypeEngine"),
    ("Text", "String"),
    ("Unicode", "String"),
    ("UnicodeText", "Text"),
    ("Enum", "String"),
    ("Boolean", "TypeEngine"),
    ("Date", "TypeEngine"),
    ("DateTime", "TypeEngine"),
    ("Time", "TypeEngine"),
    ("Interval", "TypeEngine"),
    ("JSON", "TypeEngine"),
    ("LargeBinary", "TypeEngine"),
    ("PickleType", "TypeEngine"),
    ("Uuid", "TypeEngine"),
    ("ARRAY", "TypeEngine"),
    ("TupleType", "TypeEngine"),
    ("TypeDecorator", "TypeEngine"),
    ("INTEGER", "Integer"),
    ("INT", "Integer"),
    ("SMALLINT", "SmallInteger"),
    ("BIGINT", "BigInteger"),
    ("NUMERIC", "Numeric"),
    ("DECIMAL", "Numeric"),
    ("FLOAT", "Float"),
    ("REAL", "Float"),
    ("DOUBLE", "Double"),
    ("DOUBLE_PRECISION", "Double"),
    ("VARCHAR", "String"),
    ("CHAR", "String"),
    ("NVARCHAR", "Unicode"),
    ("NCHAR", "Unicode"),
    ("TEXT", "Text"),
    ("CLOB", "Text"),
    ("BOOLEAN", "Boolean"),
    ("DATE", "Date"),
    ("DATETIME", "DateTime"),
    ("TIMESTAMP", "DateTime"),
    ("TIME", "Time"),
    ("BLOB", "LargeBinary"),
    ("UUID", "Uuid"),
];

const METHODS: &[(&str, Method)] = &[
    ("__init__", type_init),
    ("__repr__", |i, a| {
        let (this, _) = split_self(a);
        Ok(Value::str(&type_of(i, &this).unwrap_or_else(SqlType::null).repr()))
    }),
    ("__str__", |i, a| {
        let (this, _) = split_self(a);
        Ok(Value::str(&type_of(i, &this).unwrap_or_else(SqlType::null).str()))
    }),
    ("with_variant", with_variant),
    ("compile", |i, a| {
        let (this, rest) = split_self(a);
        let ty = type_of(i, &this).unwrap_or_else(SqlType::null);
        let dialect = arg(&rest, 0, "dialect")
            .map(|d| super::compiled_obj::dialect_of(&d))
            .unwrap_or(crate::sql::compiler::Dialect::Default);
        Ok(Value::str(&ty.ddl(dialect == crate::sql::compiler::Dialect::Sqlite)))
    }),
];

/// The type classes of this interpreter by name.
pub fn classes(interp: &mut Interp) -> IndexMap<&'static str, Rc<Class>> {
    let mut out: IndexMap<&'static str, Rc<Class>> = IndexMap::new();
    if let Some(root) = interp.registered_class("core:sqlalchemy.types.TypeEngine") {
        out.insert("TypeEngine", root);
        for (name, _) in HIERARCHY {
            if let Some(c) = interp.registered_class(&format!("core:sqlalchemy.types.{name}")) {
                out.insert(name, c);
            }
        }
        return out;
    }
    let root = make_class(interp, "TypeEngine", None);
    for (m, f) in METHODS {
        root.dict.borrow_mut().insert(Name::from(*m), Interp::builtin(m, *f));
    }
    out.insert("TypeEngine", root);
    for (name, base) in HIERARCHY {
        let base = out.get(base).cloned();
        let c = make_class(interp, name, base);
        out.insert(name, c);
    }
    if let Some(json) = out.get("JSON") {
        let null = json_null_symbol(interp);
        json.dict.borrow_mut().insert(Name::from("NULL"), null);
    }
    out
}

/// `JSON.NULL` (`util.symbol("JSON_NULL")`): the value that stores JSON's `null` even where `None`
/// would be SQL NULL, and compares as `col IS 'null'`.
fn json_null_symbol(interp: &mut Interp) -> Value {
    let object = interp.types.object.clone();
    let (bases, mro_tail) = Class::single_base(None, &object);
    let class = Rc::new(Class::new("symbol", "sqlalchemy.util.langhelpers", bases, mro_tail, interp.next_id()));
    class
        .dict
        .borrow_mut()
        .insert(Name::from("__repr__"), Interp::builtin("__repr__", |_, _| Ok(Value::str("symbol('JSON_NULL')"))));
    let mut dict = crate::eval::value::Namespace::default();
    dict.insert(Name::from("name"), Value::str("JSON_NULL"));
    Value::Instance(Rc::new(crate::eval::value::Instance {
        class,
        dict: RefCell::new(dict),
        native: RefCell::new(None),
        id: interp.next_id(),
    }))
}

/// Whether `v` is `JSON.NULL`.
pub fn is_json_null(v: &Value) -> bool {
    let Value::Instance(inst) = v else { return false };
    inst.class.name.as_ref() == "symbol"
        && inst.class.module.as_ref() == "sqlalchemy.util.langhelpers"
        && matches!(inst.dict.borrow().get("name"), Some(Value::Str(s)) if s.as_ref() == "JSON_NULL")
}

fn make_class(interp: &mut Interp, name: &str, base: Option<Rc<Class>>) -> Rc<Class> {
    let object = interp.types.object.clone();
    let (bases, mro_tail) = Class::single_base(base, &object);
    let class = Rc::new(Class::new(name, "sqlalchemy.sql.sqltypes", bases, mro_tail, interp.next_id()));
    interp.register_class(&format!("core:sqlalchemy.types.{name}"), class.clone());
    class
}

pub fn install(interp: &mut Interp, m: &Module) {
    for (name, class) in classes(interp) {
        m.set(name, Value::Class(class));
    }
}

/// The SQL type of a type class or instance (a user subclass counts as its nearest known base).
pub fn type_of(interp: &mut Interp, v: &Value) -> Option<SqlType> {
    match v {
        // `Column(JSONText)`: a `TypeDecorator` class is instantiated (`to_instance`).
        Value::Class(c) if crate::orm::type_decorator::is_decorator_class(interp, c) => {
            let object = crate::orm::type_decorator::to_instance(interp, v).ok()?;
            type_of(interp, &object)
        }
        Value::Class(c) => class_type(c),
        Value::Instance(inst) => {
            if let Some(native) = inst.native.borrow().clone()
                && let Ok(t) = native.downcast::<SqlType>()
            {
                let mut t = (*t).clone();
                // `Mutable.as_mutable()` marked the type object with its class.
                if let Some(Value::Class(c)) = inst.dict.borrow().get("_ormplay_mutable") {
                    t.mutable = Some(crate::sql::types::PyObject(c.clone()));
                }
                if t.decorator.is_some() {
                    return crate::orm::type_decorator::resolved(interp, t).ok();
                }
                return Some(t);
            }
            class_type(&inst.class)
        }
        _ => None,
    }
}

fn class_type(c: &Rc<Class>) -> Option<SqlType> {
    std::iter::once(c).chain(c.mro_tail.iter()).find_map(|k| {
        if k.module.as_ref() != "sqlalchemy.sql.sqltypes"
            && k.module.as_ref() != "__main__"
            && k.module.as_ref() != "builtins"
        {
            return None;
        }
        SqlType::from_class_name(&k.name)
    })
}

fn int_arg(v: Option<Value>) -> Option<i64> {
    match v {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    }
}

/// `TypeEngine.__init__`: the arguments of each type class.
fn type_init(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = split_self(args);
    let Value::Instance(inst) = &this else { return Ok(Value::None) };
    if let Some(ty) = crate::orm::type_decorator::init(interp, inst, &rest)? {
        *inst.native.borrow_mut() = Some(Rc::new(ty));
        return Ok(Value::None);
    }
    let Some(mut ty) = class_type(&inst.class) else { return Ok(Value::None) };
    match ty.kind {
        TypeKind::String | TypeKind::Text | TypeKind::Unicode | TypeKind::UnicodeText => {
            ty.length = int_arg(arg(&rest, 0, "length"));
            ty.collation = arg(&rest, 1, "collation").and_then(|v| crate::orm::native::as_str(&v));
        }
        TypeKind::Numeric => {
            ty.precision = int_arg(arg(&rest, 0, "precision"));
            ty.scale = int_arg(arg(&rest, 1, "scale"));
            if let Some(v) = kwarg(&rest, "asdecimal") {
                ty.asdecimal = Some(interp.truthy(&v)?);
            }
        }
        TypeKind::Float | TypeKind::Double => {
            ty.precision = int_arg(arg(&rest, 0, "precision"));
            if let Some(v) = kwarg(&rest, "asdecimal") {
                ty.asdecimal = Some(interp.truthy(&v)?);
            }
        }
        TypeKind::DateTime | TypeKind::Time => {
            if let Some(v) = arg(&rest, 0, "timezone") {
                ty.timezone = interp.truthy(&v)?;
            }
        }
        TypeKind::LargeBinary => ty.length = int_arg(arg(&rest, 0, "length")),
        TypeKind::Json => {
            if let Some(v) = arg(&rest, 0, "none_as_null") {
                ty.none_as_null = interp.truthy(&v)?;
            }
        }
        TypeKind::Uuid => {
            if let Some(v) = arg(&rest, 0, "as_uuid") {
                ty.as_uuid = interp.truthy(&v)?;
            }
        }
        TypeKind::Enum => {
            let mut values = Vec::new();
            for v in &rest.positional {
                match v {
                    Value::Str(s) => values.push(s.to_string()),
                    Value::List(_) | Value::Tuple(_) => {
                        for item in interp.collect(v)? {
                            values.push(interp.to_str(&item)?);
                        }
                    }
                    Value::Class(c) => {
                        ty.enum_class = Some(crate::sql::types::PyObject(c.clone()));
                        // A Python enum class: its member names (aliases left out), and its lowercased name.
                        if let Some(Value::List(names)) = c.lookup("_member_names_") {
                            ty.enum_names = names.borrow().iter().filter_map(crate::orm::native::as_str).collect();
                            values.extend(ty.enum_names.iter().cloned());
                        }
                        ty.enum_name = Some(c.name.to_lowercase());
                        // `values_callable=lambda e: [m.value for m in e]`: the strings stored for the
                        // members, in member order, instead of their names.
                        if let Some(callable) = kwarg(&rest, "values_callable").filter(|v| !matches!(v, Value::None)) {
                            let given = interp.call(&callable, Args::positional(vec![v.clone()]))?;
                            values.clear();
                            for item in interp.collect(&given)? {
                                values.push(interp.to_str(&item)?);
                            }
                        }
                    }
                    other => values.push(interp.to_str(other)?),
                }
            }
            ty.enum_values = values;
            if let Some(Value::Str(n)) = kwarg(&rest, "name") {
                ty.enum_name = Some(n.to_string());
            }
            ty.length = int_arg(kwarg(&rest, "length"));
            if let Some(v) = kwarg(&rest, "create_constraint") {
                ty.create_constraint = interp.truthy(&v)?;
            }
            if let Some(v) = kwarg(&rest, "validate_strings") {
                ty.validate_strings = interp.truthy(&v)?;
            }
            if let Some(v) = kwarg(&rest, "native_enum") {
                ty.non_native_enum = !interp.truthy(&v)?;
            }
        }
        TypeKind::Boolean => {
            if let Some(v) = arg(&rest, 0, "create_constraint") {
                ty.create_constraint = interp.truthy(&v)?;
            }
            if let Some(Value::Str(n)) = arg(&rest, 1, "name") {
                ty.enum_name = Some(n.to_string());
            }
        }
        TypeKind::Array => {
            if let Some(item) = arg(&rest, 0, "item_type") {
                ty.item = type_of(interp, &item).map(Box::new);
            }
        }
        _ => {}
    }
    if let Some(n) = ty.length {
        inst.dict.borrow_mut().insert(Name::from("length"), Value::Int(n));
    }
    public_attributes(&mut inst.dict.borrow_mut(), &ty);
    *inst.native.borrow_mut() = Some(Rc::new(ty));
    Ok(Value::None)
}

/// `TypeEngine.with_variant(type_, *dialect_names)`: a copy of the type that is `type_` on those
/// dialects (`BigInteger().with_variant(Integer(), "sqlite")`: an autoincrementing `INTEGER` primary
/// key on SQLite, `BIGINT` elsewhere).
fn with_variant(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = split_self(args);
    let Some(mut ty) = type_of(interp, &this) else { return Ok(this) };
    let argument_error = |interp: &mut Interp, message: String| match crate::orm::orm(interp) {
        Ok(orm) => orm.error(interp, crate::orm::SaExc::ArgumentError, message),
        Err(e) => e,
    };
    let mut names = Vec::new();
    for v in rest.positional.iter().skip(1) {
        names.push(interp.to_str(v)?);
    }
    if names.is_empty() {
        return Err(argument_error(interp, "At least one dialect name is required".into()));
    }
    if let Some(name) = names.iter().find(|n| ty.variant(n).is_some()) {
        let message = format!(
            "Dialect {} is already present in the mapping for this {}",
            crate::sql::types::py_str_repr(name),
            ty.repr()
        );
        return Err(argument_error(interp, message));
    }
    let given = rest.positional.first().cloned().unwrap_or(Value::None);
    let Some(variant) = type_of(interp, &given) else {
        let shown = interp.repr(&given)?;
        return Err(argument_error(interp, format!("Expected a type, got {shown}")));
    };
    if !variant.variants.is_empty() {
        let message = "can't pass a type that already has variants as a dialect-level type to with_variant()";
        return Err(argument_error(interp, message.into()));
    }
    ty.variants.extend(names.into_iter().map(|n| (n, variant.clone())));
    let Value::Instance(inst) = &this else { return Ok(this) };
    Ok(Value::Instance(Rc::new(crate::eval::value::Instance {
        class: inst.class.clone(),
        dict: RefCell::new(inst.dict.borrow().clone()),
        native: RefCell::new(Some(Rc::new(ty))),
        id: interp.next_id(),
    })))
}

/// The attributes SQLAlchemy's numeric and enum types expose (`Numeric.precision`, `.scale`,
/// `.asdecimal`; `Enum.length` — the longest value unless given — and `Enum.enum_class`), which the
/// ORM's column mapping reads to store, load and declare the column as SQLAlchemy does.
fn public_attributes(dict: &mut crate::eval::value::Namespace, ty: &SqlType) {
    let int_or_none = |n: Option<i64>| n.map_or(Value::None, Value::Int);
    match ty.kind {
        TypeKind::Numeric | TypeKind::Float | TypeKind::Double => {
            dict.insert(Name::from("precision"), int_or_none(ty.precision));
            dict.insert(Name::from("scale"), int_or_none(ty.scale));
            let asdecimal = ty.asdecimal.unwrap_or(ty.kind == TypeKind::Numeric);
            dict.insert(Name::from("asdecimal"), Value::Bool(asdecimal));
        }
        TypeKind::Enum => {
            let longest = ty.enum_values.iter().map(|v| v.chars().count()).max().and_then(|n| i64::try_from(n).ok());
            dict.insert(Name::from("length"), int_or_none(ty.length.or(longest)));
            let class = ty.enum_class.as_ref().and_then(|c| c.0.clone().downcast::<Class>().ok());
            dict.insert(Name::from("enum_class"), class.map_or(Value::None, Value::Class));
            // `Enum.enums`: the stored values (member names for an enum class), in declaration order.
            dict.insert(Name::from("enums"), Value::list(ty.enum_values.iter().map(|v| Value::str(v)).collect()));
            dict.insert(Name::from("name"), ty.enum_name.as_deref().map_or(Value::None, Value::str));
            dict.insert(Name::from("create_constraint"), Value::Bool(ty.create_constraint));
            dict.insert(Name::from("validate_strings"), Value::Bool(ty.validate_strings));
        }
        TypeKind::Boolean => {
            dict.insert(Name::from("name"), ty.enum_name.as_deref().map_or(Value::None, Value::str));
            dict.insert(Name::from("create_constraint"), Value::Bool(ty.create_constraint));
        }
        TypeKind::Json => {
            dict.insert(Name::from("none_as_null"), Value::Bool(ty.none_as_null));
        }
        _ => {}
    }
}

/// A type as a Python object (`expr.type`).
pub fn type_value(interp: &mut Interp, ty: &SqlType) -> Value {
    // A decorated type is the user's `TypeDecorator` instance itself.
    if let Some(d) = &ty.decorator
        && let Ok(object) = d.object.0.clone().downcast::<crate::eval::value::Instance>()
    {
        return Value::Instance(object);
    }
    let classes = classes(interp);
    let class = classes.get(ty.class_name()).or_else(|| classes.get("NullType")).cloned();
    let Some(class) = class else { return Value::None };
    let mut dict = crate::eval::value::Namespace::default();
    if let Some(n) = ty.length {
        dict.insert(Name::from("length"), Value::Int(n));
    }
    public_attributes(&mut dict, ty);
    Value::Instance(Rc::new(crate::eval::value::Instance {
        class,
        dict: RefCell::new(dict),
        native: RefCell::new(Some(Rc::new(ty.clone()))),
        id: interp.next_id(),
    }))
}
