//! Per-instance ORM state: which session an object belongs to, its lifecycle status, the column values
//! last read from or written to the database (to find what changed), expired attributes, and the
//! relationship changes not yet flushed.

use super::mapper::RegistryRef;
use super::ordered::ValueSet;
use super::schema::SqlType;
use crate::db::Cell;
use crate::eval::Interp;
use crate::eval::value::{Instance, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Per-attribute maps, insertion-ordered (flush order follows them, and it must not vary between
/// runs), with the seeded fast hash of the evaluator's namespaces (the flush reads them for every object).
pub type HashMap<K, V> = indexmap::IndexMap<K, V, foldhash::fast::RandomState>;
/// See [`HashMap`].
pub type HashSet<T> = indexmap::IndexSet<T, foldhash::fast::RandomState>;

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
    /// Relationship keys that were loaded and then expired (a commit, `expire()`): SQLAlchemy simply
    /// forgets them, so the next read lazy-loads; kept apart from never-loaded ones only so the run
    /// timeline can say "expired" rather than "not loaded".
    pub expired_relationships: HashSet<String>,
    /// Deferred column keys never loaded, with whether access raises (`raiseload=True`).
    pub deferred: HashMap<String, bool>,
    /// Loader options' word on relationships that load lazily (`raiseload(A.bs)`,
    /// `defaultload(A.bs).selectinload(B.c)`), by relationship key.
    pub loader: HashMap<String, super::eager::LazyOverride>,
    /// Relationship changes since the last flush, by relationship key.
    pub history: HashMap<String, RelHistory>,
    /// Order of entering the session (inserts follow it).
    pub insert_order: u64,
    /// Flushed in the current transaction (a rollback makes it transient again).
    pub inserted_in_transaction: bool,
    /// SQLAlchemy's `InstanceState.modified`: an attribute set, append or remove happened since the
    /// last flush or full expiry, whether or not it changed a value (`a.x = a.x` counts). It puts a
    /// persistent object in `session.dirty`; `is_modified()` then compares values.
    pub modified: bool,
    /// The object's DELETE was committed: SQLAlchemy's `InstanceState.was_deleted` stays True once
    /// the deleted object is detached.
    pub was_deleted: bool,
    /// During a flush, the committed values as they were before it: the flush's statements commit
    /// each value as they send it, but SQLAlchemy resets attribute history only after the flush, so
    /// `after_insert` / `after_update` listeners still see what changed (audit logs read it).
    pub pre_flush: Option<HashMap<String, Value>>,
    /// The Python `InstanceState` handed out by `inspect(obj)`, while something holds it: SQLAlchemy
    /// returns the same object every time (`inspect(u) is inspect(u)`).
    pub py_state: Option<std::rc::Weak<Instance>>,
}

pub type StateRef = Rc<RefCell<InstanceState>>;

impl InstanceState {
    /// Out of the session and transient again, as a rollback leaves an object that was pending
    /// (`inserted: false`) or was inserted in the rolled-back transaction (`inserted: true`: its row is
    /// gone, so it forgets its identity). Its attribute values, primary key included, stay.
    pub fn rolled_back_to_transient(&mut self, inserted: bool) {
        self.session = None;
        self.status = Status::Transient;
        if inserted {
            self.identity = None;
            self.inserted_in_transaction = false;
        }
        self.history.clear();
    }

    /// Column `key` was loaded from the database with `value`: it is the committed value. During
    /// a flush it is also the value before the flush, so a listener that loads an expired
    /// attribute (`get_history()` in `before_update`) sees it `unchanged`, as SQLAlchemy's loaded
    /// values have no history.
    pub fn set_loaded(&mut self, key: &str, value: Value) {
        if let Some(before) = self.pre_flush.as_mut() {
            before.insert(key.to_string(), value.clone());
        }
        self.committed.insert(key.to_string(), value);
    }
}

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
        committed: HashMap::default(),
        expired: HashSet::default(),
        expired_relationships: HashSet::default(),
        deferred: HashMap::default(),
        loader: HashMap::default(),
        history: HashMap::default(),
        insert_order: 0,
        inserted_in_transaction: false,
        modified: false,
        was_deleted: false,
        pre_flush: None,
        py_state: None,
    }));
    *instance.native.borrow_mut() = Some(state.clone());
    state
}

/// The ORM state of an instance, if it is mapped and has been touched by the ORM.
pub fn existing_state(instance: &Rc<Instance>) -> Option<StateRef> {
    instance.native.borrow().clone()?.downcast::<RefCell<InstanceState>>().ok()
}

/// Whether attribute `key` of `instance` is expired: its value must be reloaded before it is read.
pub fn is_expired(instance: &Rc<Instance>, key: &str) -> bool {
    existing_state(instance).is_some_and(|s| s.borrow().expired.contains(key))
}

/// The value of attribute `key` in the instance's dict when it is loaded (present and not
/// expired): what reading the attribute returns without a load, and what an attribute event or
/// `AttributeState` sees as its current value.
pub fn loaded_value(instance: &Rc<Instance>, key: &str) -> Option<Value> {
    if is_expired(instance, key) {
        return None;
    }
    instance.dict.borrow().get(key).cloned()
}

/// A Python value as SQLAlchemy binds it for a column of type `ty` on SQLite: the type's bind processor
/// (`Boolean` → 1/0, `DateTime`/`Date`/`Time` → ISO text), then pysqlite's adaptation of the Python
/// type. Type affinity (an INTEGER column storing `'5'` as 5) is SQLite's own business.
pub fn to_cell(value: &Value, ty: &SqlType) -> Cell {
    // A `TypeDecorator`'s Python processing ran before (`type_decorator::bind_cell`); the impl binds.
    if let SqlType::Decorated(d) = ty {
        return to_cell(value, &d.inner);
    }
    if let SqlType::Json(spec) = ty
        && spec.none_as_null
        && matches!(value, Value::None)
    {
        return Cell::Null;
    }
    // `PickleType`: the value serialized into a BLOB (as JSON here, there being no `pickle`).
    if matches!(ty, SqlType::Pickle) && !matches!(value, Value::None) {
        return match super::engine::json::dumps(value) {
            Some(text) => Cell::Blob(text.into_bytes()),
            None => Cell::Text(format!("<{}>", value.type_name())),
        };
    }
    if matches!(ty, SqlType::Json(_)) {
        // `JSON.bind_processor`: `json.dumps`, None included (`none_as_null=False` stores 'null').
        return match super::engine::json::dumps(value) {
            Some(text) => Cell::Text(text),
            None => Cell::Text(format!("<{}>", value.type_name())),
        };
    }
    match value {
        Value::None => Cell::Null,
        // An `IntEnum` or `(str, Enum)` member reaches here as its int or str: SQLAlchemy finds the
        // member equal to it (a member's name stays as it is).
        Value::Int(_) | Value::Bool(_) | Value::Str(_) if let Some(name) = enum_member_name(value, ty) => {
            Cell::Text(name)
        }
        // With `values_callable=` a stored value given as a plain string binds as itself.
        Value::Str(s) if matches!(ty, SqlType::Enum(spec) if spec.class.is_some() && spec.values.iter().any(|v| v == s.as_ref())) => {
            Cell::Text(s.to_string())
        }
        Value::Bool(b) => Cell::Integer(i64::from(*b)),
        Value::Int(n) => Cell::Integer(*n),
        Value::Float(f) => Cell::Real(*f),
        Value::Str(s) => Cell::Text(s.to_string()),
        Value::Bytes(_) | Value::ByteArray(_) => {
            Cell::Blob(crate::eval::bytes::data(value).unwrap_or_default().to_vec())
        }
        // pysqlite refuses integers beyond 64 bits; as text they at least keep their digits.
        Value::BigInt(n) => Cell::Text(n.to_string()),
        Value::Instance(inst) if let Some(cell) = library_value_cell(inst, ty) => cell,
        // An instance of a subclass of int, float or str (an `IntEnum` or `(str, Enum)` member
        // outside an `Enum` column): pysqlite adapts it as its builtin base value.
        Value::Instance(inst)
            if let Some(base @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_))) =
                crate::eval::subclass::instance_payload(inst) =>
        {
            to_cell(&base, ty)
        }
        // A `timedelta` (`Interval`'s impl on SQLite): the epoch plus the delta, as a DATETIME.
        other
            if let Some(crate::eval::modules::datetime::Dt::Delta(us)) =
                crate::eval::modules::datetime::dt_of(other) =>
        {
            let (days, rest) = (us.div_euclid(86_400_000_000), us.rem_euclid(86_400_000_000));
            let interval =
                crate::sql::value::SqlValue::Interval { days, seconds: rest / 1_000_000, micros: rest % 1_000_000 };
            interval.bind(&crate::sql::types::SqlType::new(crate::sql::types::TypeKind::Interval)).unwrap_or(Cell::Null)
        }
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
            (true, Value::Str(s)) => Some(spec.stored(&s)),
            _ => None,
        }
    })
}

/// How SQLAlchemy binds the standard library's value objects: an enum member by its name (`Enum`), a
/// `Decimal` as the float pysqlite stores (`Numeric`), a `uuid.UUID` as 32 hex digits (`Uuid`).
pub(crate) fn library_value_cell(inst: &Instance, ty: &SqlType) -> Option<Cell> {
    let dict = inst.dict.borrow();
    match (ty, inst.class.module.as_ref(), inst.class.name.as_ref()) {
        (SqlType::Enum(spec), _, _) => match dict.get("_name_") {
            Some(Value::Str(name)) => Some(Cell::Text(spec.stored(name))),
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
/// type's result processor (see [`super::engine::processors`]).
pub fn from_cell(interp: &Interp, cell: &Cell, ty: &SqlType) -> Value {
    super::engine::processors::ResultProcessor::of(&super::core::bridge::core_type(ty)).process(interp, cell)
}

/// The value of column `column` (by name) of a mapped instance without loading anything: the attribute
/// if it is loaded, else the primary key remembered from the row (expired objects keep their identity).
pub fn known_column_value(interp: &Interp, inst: &Rc<Instance>, column: &str) -> Value {
    let Some(state) = existing_state(inst) else { return Value::None };
    let s = state.borrow();
    let reg = s.registry.borrow();
    let Some((table, c)) =
        super::inheritance::tables_of(&reg, s.mapper).into_iter().rev().find_map(|t| Some((t, t.column(column)?)))
    else {
        return Value::None;
    };
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
