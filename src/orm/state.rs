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
    /// Relationship keys that were loaded and then expired (a commit, `expire()`): SQLAlchemy simply
    /// forgets them, so the next read lazy-loads; kept apart from never-loaded ones only so the run
    /// timeline can say "expired" rather than "not loaded".
    pub expired_relationships: HashSet<String>,
    /// Deferred column keys never loaded, with whether access raises (`raiseload=True`).
    pub deferred: HashMap<String, bool>,
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
        expired_relationships: HashSet::new(),
        deferred: HashMap::new(),
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
        Value::Bool(b) => Cell::Integer(i64::from(*b)),
        Value::Int(n) => Cell::Integer(*n),
        Value::Float(f) => Cell::Real(*f),
        Value::Str(s) => Cell::Text(s.to_string()),
        // pysqlite refuses integers beyond 64 bits; as text they at least keep their digits.
        Value::BigInt(n) => Cell::Text(n.to_string()),
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

/// A database value as Python sees it for a column of type `ty`: SQLite's storage class, then the
/// type's result processor (`Boolean` 1 → True, ISO text → `datetime` objects).
pub fn from_cell(interp: &Interp, cell: &Cell, ty: &SqlType) -> Value {
    match cell {
        Cell::Null => Value::None,
        Cell::Integer(n) if ty.is_boolean() => Value::Bool(*n != 0),
        Cell::Integer(n) => Value::Int(*n),
        Cell::Real(f) if ty.is_boolean() => Value::Bool(*f != 0.0),
        Cell::Real(f) => Value::Float(*f),
        Cell::Text(s) => temporal(interp, s, ty).unwrap_or_else(|| Value::str(s)),
        Cell::Blob(b) => Value::str(&String::from_utf8_lossy(b)),
    }
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
