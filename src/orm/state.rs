//! Per-instance ORM state: which session an object belongs to, its lifecycle status, the column values
//! last read from or written to the database (to find what changed), expired attributes, and the
//! relationship changes not yet flushed.

use super::mapper::{RegistryRef, SqlTypeExt};
use super::ordered::ValueSet;
use super::schema::SqlType;
use crate::db::Cell;
use crate::eval::Interp;
use crate::eval::value::{Instance, Value};
use std::cell::RefCell;
// Insertion-ordered maps: flush order follows these, and it must not vary between runs.
use indexmap::{IndexMap as HashMap, IndexSet as HashSet};
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Transient,
    Pending,
    Persistent,
    Deleted,
    Detached,
}

/// Changes to one relationship since the last flush.
#[derive(Default, Clone)]
pub struct RelHistory {
    pub added: ValueSet,
    pub removed: ValueSet,
}

pub struct InstanceState {
    pub registry: RegistryRef,
    pub mapper: usize,
    pub session: Option<u64>,
    pub status: Status,
    /// The primary key once the row exists.
    pub identity: Option<Vec<Cell>>,
    /// Column values (by attribute key) as the database has them.
    pub committed: HashMap<String, Value>,
    /// Column keys whose value must be reloaded on access.
    pub expired: HashSet<String>,
    /// Relationship changes since the last flush, by relationship key.
    pub history: HashMap<String, RelHistory>,
    /// Order of entering the session (inserts follow it).
    pub insert_order: u64,
    /// Flushed in the current transaction (a rollback makes it transient again).
    pub inserted_in_transaction: bool,
}

pub type StateRef = Rc<RefCell<InstanceState>>;

/// The ORM state of a mapped instance, created on first use.
pub fn state_of(instance: &Rc<Instance>, registry: &RegistryRef, mapper: usize) -> StateRef {
    if let Some(native) = instance.native.borrow().clone()
        && let Ok(s) = native.downcast::<RefCell<InstanceState>>()
    {
        return s;
    }
    let state = Rc::new(RefCell::new(InstanceState {
        registry: registry.clone(),
        mapper,
        session: None,
        status: Status::Transient,
        identity: None,
        committed: HashMap::new(),
        expired: HashSet::new(),
        history: HashMap::new(),
        insert_order: 0,
        inserted_in_transaction: false,
    }));
    *instance.native.borrow_mut() = Some(state.clone());
    state
}

/// The ORM state of an instance, if it is mapped and has been touched by the ORM.
pub fn existing_state(instance: &Rc<Instance>) -> Option<StateRef> {
    instance.native.borrow().clone()?.downcast::<RefCell<InstanceState>>().ok()
}

/// A Python value as SQLAlchemy binds it for a column of type `ty` on SQLite: the type's bind processor
/// (`Boolean` → 1/0, `DateTime`/`Date`/`Time` → ISO text), then pysqlite's adaptation of the Python
/// type. Type affinity (an INTEGER column storing `'5'` as 5) is SQLite's own business.
pub fn to_cell(value: &Value, ty: &SqlType) -> Cell {
    match value {
        Value::None => Cell::Null,
        // An `IntEnum` or `(str, Enum)` member reaches here as its int or str: SQLAlchemy finds the
        // member equal to it (a member's name stays as it is).
        Value::Int(_) | Value::Bool(_) | Value::Str(_) if let Some(name) = enum_member_name(value, ty) => {
            Cell::Text(name)
        }
        Value::Bool(b) => Cell::Integer(i64::from(*b)),
        Value::Int(n) => Cell::Integer(*n),
        Value::Float(f) => Cell::Real(*f),
        Value::Str(s) => Cell::Text(s.to_string()),
        // pysqlite refuses integers beyond 64 bits; as text they at least keep their digits.
        Value::BigInt(n) => Cell::Text(n.to_string()),
        Value::Instance(inst) if let Some(cell) = library_value_cell(inst, ty) => cell,
        other => {
            let text = crate::eval::modules::datetime::to_sql_text(other).map(|t| match ty {
                // SQLAlchemy's SQLite storage formats for DateTime and Time always have microseconds.
                SqlType::DateTime if t.len() == 10 => format!("{t} 00:00:00.000000"),
                SqlType::DateTime | SqlType::Time if !t.contains('.') => format!("{t}.000000"),
                _ => t,
            });
            Cell::Text(text.unwrap_or_else(|| format!("<{}>", other.type_name())))
        }
    }
}

/// The name of the member of an `Enum` column's class whose value equals `value`.
fn enum_member_name(value: &Value, ty: &SqlType) -> Option<String> {
    let SqlType::Enum(spec) = ty else { return None };
    let Value::Dict(members) = spec.class.as_ref()?.lookup("_member_map_")? else { return None };
    let members = members.borrow();
    members.items().into_iter().find_map(|(name, member)| {
        let Value::Instance(inst) = &member else { return None };
        let found = match (crate::eval::subclass::instance_payload(inst)?, value) {
            (Value::Int(a), Value::Int(b)) => a == *b,
            (Value::Int(a), Value::Bool(b)) => a == i64::from(*b),
            (Value::Str(a), Value::Str(b)) => a == *b && members.get(&crate::eval::dict::Key::Str(b.clone())).is_none(),
            _ => false,
        };
        match (found, name) {
            (true, Value::Str(s)) => Some(s.to_string()),
            _ => None,
        }
    })
}

/// How SQLAlchemy binds the standard library's value objects: an enum member by its name (`Enum`), a
/// `Decimal` as the float pysqlite stores (`Numeric`), a `uuid.UUID` as 32 hex digits (`Uuid`).
pub(crate) fn library_value_cell(inst: &Instance, ty: &SqlType) -> Option<Cell> {
    let dict = inst.dict.borrow();
    match (ty, inst.class.module.as_ref(), inst.class.name.as_ref()) {
        (SqlType::Enum(_), _, _) => match dict.get("_name_") {
            Some(Value::Str(name)) => Some(Cell::Text(name.to_string())),
            _ => None,
        },
        (_, "decimal", "Decimal") => {
            let (Some(Value::Int(sign)), Some(Value::Str(digits)), Some(exp)) =
                (dict.get("_sign"), dict.get("_int"), dict.get("_exp"))
            else {
                return None;
            };
            let exp = match exp {
                Value::Int(e) => e.to_string(),
                _ => return Some(Cell::Real(f64::NAN)),
            };
            let text = format!("{}{digits}e{exp}", if *sign == 1 { "-" } else { "" });
            // SQLite's NUMERIC affinity then stores an integral value as an integer.
            text.parse::<f64>().ok().map(Cell::Real)
        }
        (_, "uuid", "UUID") => {
            let hex = match dict.get("int")? {
                Value::Int(n) => format!("{n:032x}"),
                Value::BigInt(n) => format!("{:032x}", n.as_ref()),
                _ => return None,
            };
            Some(Cell::Text(hex))
        }
        _ => None,
    }
}

/// A database value as Python sees it for a column of type `ty`: SQLite's storage class, then the
/// type's result processor (`Boolean` 1 → True, ISO text → `datetime` objects).
pub fn from_cell(interp: &Interp, cell: &Cell, ty: &SqlType) -> Value {
    match cell {
        Cell::Null => Value::None,
        Cell::Integer(n) if ty.is_boolean() => Value::Bool(*n != 0),
        Cell::Integer(n) if matches!(ty, SqlType::Numeric(_)) => numeric(interp, *n as f64, ty),
        Cell::Integer(n) => Value::Int(*n),
        Cell::Real(f) if ty.is_boolean() => Value::Bool(*f != 0.0),
        Cell::Real(f) => numeric(interp, *f, ty),
        Cell::Text(s) => {
            temporal(interp, s, ty).or_else(|| library_value(interp, s, ty)).unwrap_or_else(|| Value::str(s))
        }
        Cell::Blob(b) => Value::str(&String::from_utf8_lossy(b)),
    }
}

/// A stored number of a `Numeric` column as SQLAlchemy's result processor returns it:
/// `Decimal("%.{scale}f" % value)` (scale 10 when the type has none), or the float with
/// `asdecimal=False`. Without the `decimal` module loaded the float is returned.
fn numeric(interp: &Interp, f: f64, ty: &SqlType) -> Value {
    let SqlType::Numeric(spec) = ty else { return Value::Float(f) };
    let class = interp.loaded_class("decimal", "Decimal");
    let (Some(class), false, true) = (class, spec.as_float, f.is_finite()) else { return Value::Float(f) };
    let scale = spec.scale.unwrap_or(10).clamp(0, 60) as usize;
    let text = format!("{:.*}", scale, f.abs());
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    let fields = [
        ("_sign", Value::Int(i64::from(f.is_sign_negative() && text.chars().any(|c| ('1'..='9').contains(&c))))),
        ("_int", Value::str(if digits.is_empty() { "0" } else { digits })),
        ("_exp", Value::Int(-(scale as i64))),
        ("_is_special", Value::Bool(false)),
    ];
    new_instance(interp, class, &fields)
}

/// A stored name of an `Enum` column as its member, stored hex of a `Uuid` column as a `uuid.UUID`.
fn library_value(interp: &Interp, text: &str, ty: &SqlType) -> Option<Value> {
    match ty {
        SqlType::Enum(spec) => {
            let class = spec.class.as_ref()?;
            match class.lookup("_member_map_")? {
                Value::Dict(members) => members.borrow().get(&crate::eval::dict::Key::Str(Rc::from(text))).cloned(),
                _ => None,
            }
        }
        SqlType::Uuid => {
            let class = interp.loaded_class("uuid", "UUID")?;
            let n = num_bigint::BigInt::parse_bytes(text.replace('-', "").as_bytes(), 16)?;
            Some(new_instance(interp, class, &[("int", Value::from_bigint(n)), ("is_safe", Value::None)]))
        }
        _ => None,
    }
}

/// An instance of a library class with its attributes set directly (what `object.__new__` plus
/// `object.__setattr__` do in the class's own constructor).
fn new_instance(interp: &Interp, class: Rc<crate::eval::value::Class>, fields: &[(&str, Value)]) -> Value {
    let dict = fields.iter().map(|(k, v)| (crate::ir::Name::from(*k), v.clone())).collect();
    Value::Instance(Rc::new(Instance {
        class,
        dict: RefCell::new(dict),
        native: RefCell::new(None),
        id: interp.next_id(),
    }))
}

/// Stored ISO text of a `Date`/`DateTime`/`Time` column as the matching `datetime` object.
fn temporal(interp: &Interp, text: &str, ty: &SqlType) -> Option<Value> {
    use crate::eval::modules::datetime::{SqlKind, from_sql_text};
    let kind = match ty {
        SqlType::Date => SqlKind::Date,
        SqlType::DateTime => SqlKind::DateTime,
        SqlType::Time => SqlKind::Time,
        _ => return None,
    };
    from_sql_text(interp, text, kind)
}

/// The value of column `column` (by name) of a mapped instance without loading anything: the attribute
/// if it is loaded, else the primary key remembered from the row (expired objects keep their identity).
pub fn known_column_value(interp: &Interp, inst: &Rc<Instance>, column: &str) -> Value {
    let Some(state) = existing_state(inst) else { return Value::None };
    let s = state.borrow();
    let reg = s.registry.borrow();
    let Some(table) = reg.table_of(s.mapper) else { return Value::None };
    let Some(c) = table.column(column) else { return Value::None };
    if !s.expired.contains(&c.key)
        && let Some(v) = inst.dict.borrow().get(c.key.as_str())
    {
        return v.clone();
    }
    let position = table.columns.iter().filter(|c| c.primary_key).position(|pk| pk.name == column);
    match (position, &s.identity) {
        (Some(i), Some(identity)) => identity.get(i).map_or(Value::None, |cell| from_cell(interp, cell, &c.ty)),
        _ => inst.dict.borrow().get(c.key.as_str()).cloned().unwrap_or(Value::None),
    }
}
