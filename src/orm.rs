//! The ORM runtime: `sqlalchemy` and `sqlalchemy.orm` as native modules of the evaluator, behaving
//! like SQLAlchemy 2.x on in-memory SQLite, over the database facade.
//!
//! Submodules, by stage:
//! - models: schema objects as models code builds them (`schema`), the model registry as plain data
//!   (`mapper`), declarative mapping (`declarative`), mapper configuration (`configure`, with `joins`),
//!   `@validates` (`validators`), foreign keys naming missing tables (`references`), CREATE TABLE text
//!   (`ddl`), and the registry as data for the panes (`describe`);
//! - objects: per-instance state (`state`), attribute instrumentation (`attributes`, with `cascade`),
//!   relationship collections (`collection`), loading rows, expiry and lazy loads (`loading`), and
//!   `inspect()` of instances, mappers and engines (`inspection`);
//! - sessions: the identity map's key (`identity`), insertion-ordered maps with cheap removal
//!   (`ordered`), sessions (`session`, with `membership` and
//!   `transaction`), the unit of work (`flush`, with `order`, `statements`, `deletes`);
//! - SQL: engines, connections, results, `text()` and the SQL log (`engine`), expressions (`expr`, with
//!   `relations`), Core tables in queries (`columns`), queries (`query`), bulk
//!   update/delete (`bulk`);
//! - Python surface: the importable modules and method tables (`modules`, with `session_api`,
//!   `query_api`, `tables`), native helper objects (`native`), and SQLAlchemy's exceptions (`errors`).

mod attributes;
mod bind_check;
mod bulk;
mod collection;
mod column_property;
mod columns;
mod configure;
pub mod core;
pub(crate) mod dataclass_args;
pub mod ddl;
mod declarative;
mod defaults;
mod deferral;
pub mod describe;
mod eager;
#[cfg(test)]
mod echo_tests;
pub mod engine;
mod errors;
mod events;
mod expr;
mod flush;
mod identity;
mod inheritance;
mod inspection;
mod loading;
pub mod mapper;
mod modules;
mod mutable;
mod native;
mod ordered;
mod query;
pub mod references;
mod registry_obj;
mod schema;
mod session;
mod state;
#[cfg(test)]
pub(crate) mod testing;
pub mod trace_view;
pub mod type_decorator;
mod type_map;
mod validators;
mod writer;

pub use engine::{Engine, LogEntry, LogKind, Params, Phase, Stats, Trigger};
pub use errors::SaExc;
pub use mapper::{Registry, RegistryRef};
pub use schema::SqlType;

use crate::eval::{ExcType, Interp, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

/// Run-wide ORM state, attached to the interpreter as an extension.
pub struct Orm {
    /// SQLAlchemy's exception classes in this interpreter.
    pub exceptions: errors::SaClasses,
    /// Every engine the program created, in order (their tables make the run's result).
    pub engines: RefCell<Vec<Rc<Engine>>>,
    /// Every declarative registry (one per `Base`).
    pub registries: RefCell<Vec<RegistryRef>>,
    /// Open sessions, closed (and rolled back) at the end of the run as the reference does.
    pub sessions: RefCell<ordered::OrderedMap<u64, std::rc::Weak<session::SessionData>>>,
    next_session: std::cell::Cell<u64>,
    /// What `sqlalchemy.event` registered.
    pub listeners: events::Listeners,
    /// Object lifecycle events waiting for their listeners (see `events/lifecycle.rs`).
    pub transitions: events::Transitions,
    /// The Python object of each session (by id), handed to session event listeners.
    pub session_objects: RefCell<std::collections::HashMap<u64, std::rc::Weak<crate::eval::value::Instance>>>,
    /// The run-wide SQL log order and where echo goes (shared by every engine).
    pub log_sink: Rc<engine::LogSink>,
    /// Core expressions built from mapped attributes (addresses, and the nodes that keep them unique):
    /// see [`core::propagate`].
    pub orm_exprs: RefCell<(std::collections::HashSet<usize>, Vec<crate::sql::elements::ExprRef>)>,
    /// The entity each Core column node of a mapped attribute came from: see [`core::entity_criteria`].
    pub parent_entities:
        RefCell<std::collections::HashMap<usize, (crate::sql::elements::ExprRef, core::entity_criteria::ParentEntity)>>,
    /// Whether the program used `@reconstructor` (loading looks for the method only then).
    pub reconstructors: std::cell::Cell<bool>,
    /// While an ORM SELECT turns its rows into objects: the ids of the identity map's objects it has
    /// partially populated, so their `refresh` event fires once per statement (SQLAlchemy's
    /// `context.partials`). None outside a statement: each row is then a load of its own.
    pub partials: RefCell<Option<std::collections::HashSet<usize>>>,
    /// The Python object of each Core `Table` (by address), so `User.__table__ is user_table` and
    /// `metadata.tables["user"] is user_table` hold as in SQLAlchemy. The object keeps its table
    /// alive, so an address is never reused while its entry exists.
    pub table_values: RefCell<std::collections::HashMap<usize, crate::eval::value::Value>>,
    /// What `sqlalchemy.event` registered on schema objects (`Table`, `MetaData`).
    pub ddl_listeners: core::ddl_events::DdlListeners,
    /// The Python object of each mapper (by registry address and mapper index), so
    /// `inspect(User) is User.__mapper__ is inspect(user).mapper` holds as in SQLAlchemy. The object
    /// keeps its registry alive, so an address is never reused while its entry exists.
    pub mapper_values: RefCell<std::collections::HashMap<(usize, usize), crate::eval::value::Value>>,
}

/// Installs the ORM into an interpreter: `import sqlalchemy` and friends work from then on.
pub fn install(interp: &mut Interp) -> Rc<Orm> {
    let exceptions = errors::SaClasses::create(interp);
    let orm = Rc::new(Orm {
        exceptions,
        engines: RefCell::new(Vec::new()),
        registries: RefCell::new(Vec::new()),
        sessions: RefCell::new(ordered::OrderedMap::new()),
        next_session: std::cell::Cell::new(1),
        log_sink: Rc::new(engine::LogSink::default()),
        listeners: Default::default(),
        transitions: Default::default(),
        session_objects: Default::default(),
        orm_exprs: Default::default(),
        parent_entities: Default::default(),
        reconstructors: Default::default(),
        partials: Default::default(),
        mapper_values: Default::default(),
        table_values: Default::default(),
        ddl_listeners: Default::default(),
    });
    *orm.log_sink.stdout.borrow_mut() = Some(interp.stdout_queue());
    interp.add_extension(orm.clone());
    modules::register(interp);
    orm
}

/// The ORM state of this interpreter (installed by [`install`]).
pub(crate) fn orm(interp: &Interp) -> PyResult<Rc<Orm>> {
    interp.extension::<Orm>().ok_or_else(|| interp.error(ExcType::RuntimeError, "the ORM is not installed"))
}

impl Orm {
    fn next_session_id(&self) -> u64 {
        let id = self.next_session.get();
        self.next_session.set(id + 1);
        id
    }

    /// The Python object of a session, while the program holds it.
    pub fn session_value(&self, id: u64) -> Option<crate::eval::value::Value> {
        let inst = self.session_objects.borrow().get(&id)?.upgrade()?;
        Some(crate::eval::value::Value::Instance(inst))
    }

    /// Closes every session still open and rolls back its transaction (the end of a run).
    pub fn close_all(&self) {
        for s in self.sessions.borrow().values().filter_map(std::rc::Weak::upgrade) {
            s.engine.rollback(&s.txn);
        }
        for e in self.engines.borrow().iter() {
            e.rollback_open();
        }
    }
}
