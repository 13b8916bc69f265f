//! The sessions and their objects at one step, as plain data: each object's lifecycle state (transient,
//! pending, persistent, deleted, detached), which attributes are loaded, expired or unloaded, and each
//! session's identity map and `new` / `dirty` / `deleted` sets. The ORM fills these in
//! (`crate::orm::trace_view`) without running user code: values are shown only when they are plain
//! data (numbers, text, None, other mapped objects).

use serde::{Deserialize, Serialize};

/// How many objects one step lists at most.
pub const MAX_OBJECTS: usize = 60;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionsView {
    /// Every object known at that point: held by a session, bound to a module-level name, or seen in a
    /// session before.
    pub objects: Vec<ObjectView>,
    pub sessions: Vec<SessionView>,
    /// More objects existed than [`MAX_OBJECTS`].
    #[serde(default)]
    pub capped: bool,
}

/// SQLAlchemy's object states (`inspect(obj).transient` and friends).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectState {
    Transient,
    Pending,
    Persistent,
    Deleted,
    Detached,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectView {
    pub class: String,
    /// The primary key as text, once the object has a row.
    #[serde(default)]
    pub key: Option<String>,
    /// Module-level names bound to the object (`alice`).
    #[serde(default)]
    pub names: Vec<String>,
    pub state: ObjectState,
    /// The session it belongs to, if any.
    #[serde(default)]
    pub session: Option<u64>,
    pub attributes: Vec<AttrView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttrView {
    pub name: String,
    pub status: AttrStatus,
}

/// Whether reading the attribute would hit the database.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttrStatus {
    /// In the object's `__dict__`; `value` is its text when it is plain data.
    Loaded { value: String },
    /// Expired (after commit, `expire()`, `refresh()`): the next read loads it.
    Expired,
    /// Never loaded (a lazy relationship, a deferred column).
    Unloaded,
}

/// One session: object indices (into [`SessionsView::objects`]) of its identity map and its sets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: u64,
    pub identity_map: Vec<usize>,
    pub new: Vec<usize>,
    pub dirty: Vec<usize>,
    pub deleted: Vec<usize>,
    /// The session's transaction is open.
    pub in_transaction: bool,
}

impl ObjectView {
    /// `Child #3`, or `Child (transient)` before it has a row.
    pub fn title(&self) -> String {
        match &self.key {
            Some(key) => format!("{} #{key}", self.class),
            None => self.class.clone(),
        }
    }
}
