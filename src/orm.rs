//! The ORM runtime: `sqlalchemy` and `sqlalchemy.orm` as native modules of the evaluator, behaving
//! like SQLAlchemy 2.x on in-memory SQLite, over the GlueSQL database facade.
//!
//! Submodules: schema objects as models code builds them (`schema`), the model registry (`mapper`),
//! declarative mapping (`declarative`), mapper configuration (`configure`), DDL (`ddl`), engines and the
//! SQL log (`engine`), instance state and attribute instrumentation (`state`, `attributes`,
//! `collection`), sessions (`session`), the unit of work (`flush`), SQL expressions (`expr`), queries and
//! results (`query`, `result`), 2.0 DML statements (`dml`), Table columns in queries (`columns`),
//! multi-column key checks at flush (`keys`), `@validates` (`validators`), and SQLAlchemy's exceptions
//! (`errors`).

mod attributes;
mod bulk;
mod collection;
mod columns;
mod configure;
pub mod core;
pub mod ddl;
mod declarative;
pub mod describe;
mod dml;
mod engine;
mod errors;
mod expr;
mod flush;
mod keys;
mod loading;
pub mod mapper;
mod modules;
mod native;
mod query;
pub mod references;
mod result;
mod schema;
mod session;
mod state;
mod validators;

pub use engine::{Engine, LogEntry};
pub use mapper::{Registry, RegistryRef};
pub use schema::SqlType;

use crate::eval::value::Class;
use crate::eval::{Interp, PyResult};
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

/// Run-wide ORM state, attached to the interpreter as an extension.
pub struct Orm {
    pub exceptions: IndexMap<&'static str, Rc<Class>>,
    /// Every engine the program created, in order (their tables make the run's result).
    pub engines: RefCell<Vec<Rc<Engine>>>,
    /// Every declarative registry (one per `Base`).
    pub registries: RefCell<Vec<RegistryRef>>,
    /// Open sessions, closed (and rolled back) at the end of the run as the reference does.
    pub sessions: RefCell<Vec<std::rc::Weak<session::SessionData>>>,
    next_session: std::cell::Cell<u64>,
}

/// Installs the ORM into an interpreter: `import sqlalchemy` and friends work from then on.
pub fn install(interp: &mut Interp) -> Rc<Orm> {
    let exceptions = errors::create(interp);
    let orm = Rc::new(Orm {
        exceptions,
        engines: RefCell::new(Vec::new()),
        registries: RefCell::new(Vec::new()),
        sessions: RefCell::new(Vec::new()),
        next_session: std::cell::Cell::new(1),
    });
    interp.add_extension(orm.clone());
    modules::register(interp);
    orm
}

/// The ORM state of this interpreter (installed by [`install`]).
pub(crate) fn orm(interp: &Interp) -> PyResult<Rc<Orm>> {
    interp.extension::<Orm>().ok_or_else(|| interp.error("RuntimeError", "the ORM is not installed"))
}

impl Orm {
    fn next_session_id(&self) -> u64 {
        let id = self.next_session.get();
        self.next_session.set(id + 1);
        id
    }

    /// Closes every session still open and rolls back its transaction (the end of a run).
    pub fn close_all(&self) {
        for s in self.sessions.borrow().iter().filter_map(std::rc::Weak::upgrade) {
            s.engine.rollback_if_open();
        }
        for e in self.engines.borrow().iter() {
            e.rollback_if_open();
        }
    }
}
