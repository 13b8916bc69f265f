//! SQLAlchemy's exception classes (`sqlalchemy.exc`, `sqlalchemy.orm.exc`), created as real Python
//! classes so scripts can catch them by name and by base class (`except SQLAlchemyError`).

use super::Orm;
use crate::eval::value::Class;
use crate::eval::{Exc, Interp};
use indexmap::IndexMap;
use std::rc::Rc;

/// (name, base) in creation order; `Exception` is the built-in one.
const TREE: &[(&str, &str)] = &[
    ("SQLAlchemyError", "Exception"),
    ("ArgumentError", "SQLAlchemyError"),
    ("NoForeignKeysError", "ArgumentError"),
    ("AmbiguousForeignKeysError", "ArgumentError"),
    ("InvalidRequestError", "SQLAlchemyError"),
    ("NoResultFound", "InvalidRequestError"),
    ("MultipleResultsFound", "InvalidRequestError"),
    ("PendingRollbackError", "InvalidRequestError"),
    ("ResourceClosedError", "InvalidRequestError"),
    ("NoSuchColumnError", "InvalidRequestError"),
    ("ObjectDeletedError", "InvalidRequestError"),
    ("UnmappedError", "InvalidRequestError"),
    ("UnmappedInstanceError", "UnmappedError"),
    ("UnmappedClassError", "UnmappedError"),
    ("NoReferenceError", "InvalidRequestError"),
    ("NoReferencedTableError", "NoReferenceError"),
    ("NoReferencedColumnError", "NoReferenceError"),
    ("NoSuchTableError", "InvalidRequestError"),
    ("DetachedInstanceError", "SQLAlchemyError"),
    ("FlushError", "SQLAlchemyError"),
    ("CompileError", "SQLAlchemyError"),
    ("ObjectNotExecutableError", "ArgumentError"),
    ("StatementError", "SQLAlchemyError"),
    ("DBAPIError", "StatementError"),
    ("InterfaceError", "DBAPIError"),
    ("DatabaseError", "DBAPIError"),
    ("DataError", "DatabaseError"),
    ("OperationalError", "DatabaseError"),
    ("IntegrityError", "DatabaseError"),
    ("InternalError", "DatabaseError"),
    ("ProgrammingError", "DatabaseError"),
    ("NotSupportedError", "DatabaseError"),
];

/// Names exported by `sqlalchemy.orm.exc` (the rest live in `sqlalchemy.exc`).
pub const ORM_EXC: &[&str] = &[
    "DetachedInstanceError",
    "ObjectDeletedError",
    "UnmappedInstanceError",
    "UnmappedClassError",
    "FlushError",
    "NoResultFound",
    "MultipleResultsFound",
];

pub fn create(interp: &mut Interp) -> IndexMap<&'static str, Rc<Class>> {
    let mut classes: IndexMap<&'static str, Rc<Class>> = IndexMap::new();
    for (name, base) in TREE {
        let base = classes.get(base).cloned().unwrap_or_else(|| interp.types.exception(base));
        if let Ok(class) = interp.create_class(name, vec![base], IndexMap::new()) {
            classes.insert(name, class);
        }
    }
    classes
}

impl Orm {
    /// A SQLAlchemy exception by class name, with a message.
    pub fn error(&self, interp: &Interp, name: &str, message: impl Into<String>) -> Box<Exc> {
        let message: String = message.into();
        match self.exceptions.get(name) {
            Some(class) => {
                let args = vec![crate::eval::Value::str(&message)];
                Exc::new(interp.make_exception(class, args))
            }
            None => interp.error("RuntimeError", message),
        }
    }
}
