//! SQLAlchemy's exception classes (`sqlalchemy.exc`, `sqlalchemy.orm.exc`), created as real Python
//! classes so scripts can catch them by name and by base class (`except SQLAlchemyError`).
//!
//! [`SaExc`] names each class; the one table below gives its name, its base and whether
//! `sqlalchemy.orm.exc` exports it too, so the enum, the names and the tree cannot drift apart.

use super::Orm;
use crate::eval::value::Class;
use crate::eval::value::Namespace;
use crate::eval::{Exc, ExcType, Interp};
use std::rc::Rc;

/// Declares [`SaExc`] from `Name: Base, module` rows, parents first. `module` says which module
/// exports the class: `exc` (`sqlalchemy.exc`), `orm` (`sqlalchemy.orm.exc`) or `both`. The root,
/// `SQLAlchemyError` (in `sqlalchemy.exc`), derives from the built-in `Exception`.
macro_rules! sa_exceptions {
    ($($name:ident : $base:ident, $module:ident;)*) => {
        /// A SQLAlchemy exception class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum SaExc {
            SQLAlchemyError,
            $($name),*
        }

        impl SaExc {
            /// Every class, each after its base (the order they are created in).
            pub const ALL: &'static [SaExc] = &[SaExc::SQLAlchemyError, $(SaExc::$name),*];

            /// The class's `__name__`.
            pub const fn name(self) -> &'static str {
                match self {
                    SaExc::SQLAlchemyError => "SQLAlchemyError",
                    $(SaExc::$name => stringify!($name)),*
                }
            }

            /// The SQLAlchemy base class (`None` for the root, whose base is `Exception`).
            pub const fn base(self) -> Option<SaExc> {
                match self {
                    SaExc::SQLAlchemyError => None,
                    $(SaExc::$name => Some(SaExc::$base)),*
                }
            }

            /// Whether `sqlalchemy.exc` exports the class.
            pub const fn in_exc(self) -> bool {
                match self {
                    SaExc::SQLAlchemyError => true,
                    $(SaExc::$name => sa_exceptions!(@exc $module)),*
                }
            }

            /// Whether `sqlalchemy.orm.exc` exports the class.
            pub const fn in_orm_exc(self) -> bool {
                match self {
                    SaExc::SQLAlchemyError => false,
                    $(SaExc::$name => sa_exceptions!(@orm $module)),*
                }
            }
        }
    };
    (@exc exc) => { true };
    (@exc orm) => { false };
    (@exc both) => { true };
    (@orm exc) => { false };
    (@orm orm) => { true };
    (@orm both) => { true };
}

sa_exceptions! {
    ArgumentError: SQLAlchemyError, exc;
    NoForeignKeysError: ArgumentError, exc;
    AmbiguousForeignKeysError: ArgumentError, exc;
    InvalidRequestError: SQLAlchemyError, exc;
    NoResultFound: InvalidRequestError, both;
    MultipleResultsFound: InvalidRequestError, both;
    PendingRollbackError: InvalidRequestError, exc;
    ResourceClosedError: InvalidRequestError, exc;
    NoSuchColumnError: InvalidRequestError, exc;
    ObjectDeletedError: InvalidRequestError, orm;
    UnboundExecutionError: InvalidRequestError, exc;
    UnmappedError: InvalidRequestError, orm;
    UnmappedInstanceError: UnmappedError, orm;
    UnmappedClassError: UnmappedError, orm;
    NoReferenceError: InvalidRequestError, exc;
    NoReferencedTableError: NoReferenceError, exc;
    NoReferencedColumnError: NoReferenceError, exc;
    NoSuchTableError: InvalidRequestError, exc;
    NoInspectionAvailable: InvalidRequestError, exc;
    DetachedInstanceError: SQLAlchemyError, orm;
    FlushError: SQLAlchemyError, orm;
    StaleDataError: SQLAlchemyError, orm;
    CompileError: SQLAlchemyError, exc;
    UnsupportedCompilationError: CompileError, exc;
    ObjectNotExecutableError: ArgumentError, exc;
    StatementError: SQLAlchemyError, exc;
    DBAPIError: StatementError, exc;
    InterfaceError: DBAPIError, exc;
    DatabaseError: DBAPIError, exc;
    DataError: DatabaseError, exc;
    OperationalError: DatabaseError, exc;
    IntegrityError: DatabaseError, exc;
    InternalError: DatabaseError, exc;
    ProgrammingError: DatabaseError, exc;
    NotSupportedError: DatabaseError, exc;
}

impl SaExc {
    /// The class's `code` attribute: the documentation code of its "Background on this error"
    /// link (`None` on the root, inherited by subclasses without their own).
    pub const fn code(self) -> Option<&'static str> {
        match self {
            SaExc::UnsupportedCompilationError => Some("l7de"),
            SaExc::DBAPIError => Some("dbapi"),
            SaExc::InterfaceError => Some("rvf5"),
            SaExc::DatabaseError => Some("4xp6"),
            SaExc::DataError => Some("9h9h"),
            SaExc::OperationalError => Some("e3q8"),
            SaExc::IntegrityError => Some("gkpj"),
            SaExc::InternalError => Some("2j85"),
            SaExc::ProgrammingError => Some("f405"),
            SaExc::NotSupportedError => Some("tw8g"),
            SaExc::DetachedInstanceError => Some("bhk3"),
            _ => None,
        }
    }

    /// The class a name stands for, for text that names one; `None` for anything else.
    pub fn from_name(name: &str) -> Option<SaExc> {
        SaExc::ALL.iter().copied().find(|e| e.name() == name)
    }
}

impl std::fmt::Display for SaExc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The classes of one interpreter, one per [`SaExc`] in [`SaExc::ALL`] order, and the `sqlite3`
/// module's exception classes a DBAPI error's `.orig` is an instance of.
pub struct SaClasses(Vec<Rc<Class>>, Vec<(SaExc, Rc<Class>)>);

/// pysqlite's exception classes (`sqlite3.Error` and its subclasses), by the SQLAlchemy class that
/// wraps each.
const DBAPI: &[SaExc] = &[
    SaExc::DBAPIError,
    SaExc::InterfaceError,
    SaExc::DatabaseError,
    SaExc::DataError,
    SaExc::OperationalError,
    SaExc::IntegrityError,
    SaExc::InternalError,
    SaExc::ProgrammingError,
    SaExc::NotSupportedError,
];

impl SaClasses {
    pub fn create(interp: &mut Interp) -> SaClasses {
        let mut classes: Vec<Rc<Class>> = Vec::with_capacity(SaExc::ALL.len());
        for kind in SaExc::ALL {
            let exception = interp.types.exception(ExcType::Exception);
            let base = kind.base().and_then(|b| classes.get(b as usize).cloned()).unwrap_or(exception);
            // A class with exception bases and an empty body cannot fail to build; the base keeps the
            // table complete if it ever did.
            let mut dict = Namespace::default();
            match kind.code() {
                Some(code) => dict.insert(crate::ir::Name::from("code"), crate::eval::Value::str(code)),
                None if kind.base().is_none() => dict.insert(crate::ir::Name::from("code"), crate::eval::Value::None),
                None => None,
            };
            let class = interp.create_class(kind.name(), vec![base.clone()], dict).unwrap_or(base);
            classes.push(class);
        }
        // The `sqlite3` module's own classes, so `e.orig` is an instance of what a program imports.
        let mut dbapi: Vec<(SaExc, Rc<Class>)> = Vec::new();
        for kind in DBAPI {
            let name = if *kind == SaExc::DBAPIError { "Error" } else { kind.name() };
            if let Some(class) = crate::eval::modules::sqlite::exception_class(interp, name) {
                dbapi.push((*kind, class));
            }
        }
        SaClasses(classes, dbapi)
    }

    /// The `sqlite3` exception class SQLAlchemy's `kind` wraps.
    pub fn dbapi(&self, kind: SaExc) -> Option<&Rc<Class>> {
        self.1.iter().find(|(k, _)| *k == kind).map(|(_, c)| c)
    }

    pub fn get(&self, kind: SaExc) -> Option<&Rc<Class>> {
        self.0.get(kind as usize)
    }

    /// (kind, class) pairs in creation order.
    pub fn iter(&self) -> impl Iterator<Item = (SaExc, &Rc<Class>)> {
        SaExc::ALL.iter().copied().zip(self.0.iter())
    }
}

impl Orm {
    /// A SQLAlchemy exception with a message.
    pub fn error(&self, interp: &Interp, kind: SaExc, message: impl Into<String>) -> Box<Exc> {
        let mut message: String = message.into();
        // `SQLAlchemyError.__str__` ends with the class's documentation link; DBAPI errors carry
        // theirs on a line of its own, written with the statement.
        if let (SaExc::DetachedInstanceError | SaExc::UnsupportedCompilationError, Some(code)) = (kind, kind.code()) {
            message.push_str(&format!(" (Background on this error at: https://sqlalche.me/e/21/{code})"));
        }
        match self.exceptions.get(kind) {
            Some(class) => Exc::new(interp.make_exception(class, vec![crate::eval::Value::str(&message)])),
            None => interp.error(ExcType::RuntimeError, message),
        }
    }

    /// Is `exc` an instance of SQLAlchemy's class `kind` (or of a subclass)?
    pub fn exception_is(&self, exc: &Exc, kind: SaExc) -> bool {
        self.exceptions.get(kind).is_some_and(|class| exc.class().is_subclass_of(class))
    }
}

#[cfg(test)]
mod tests {
    use super::SaExc;

    #[test]
    fn every_base_comes_before_its_subclasses() {
        for (i, e) in SaExc::ALL.iter().enumerate() {
            assert_eq!(*e as usize, i);
            if let Some(base) = e.base() {
                assert!((base as usize) < i, "{e} comes before its base {base}");
            }
        }
    }

    #[test]
    fn names_and_modules_follow_sqlalchemy() {
        assert_eq!(SaExc::from_name("IntegrityError"), Some(SaExc::IntegrityError));
        assert_eq!(SaExc::IntegrityError.base(), Some(SaExc::DatabaseError));
        assert_eq!(SaExc::UnboundExecutionError.base(), Some(SaExc::InvalidRequestError));
        assert_eq!(SaExc::from_name("KeyError"), None);
        // Recorded from SQLAlchemy 2.1.9: which of these classes each module exports.
        let names = |keep: fn(&SaExc) -> bool| -> Vec<&str> {
            SaExc::ALL.iter().filter(|e| keep(e)).map(|e| e.name()).collect()
        };
        let orm_only = [
            "ObjectDeletedError",
            "UnmappedError",
            "UnmappedInstanceError",
            "UnmappedClassError",
            "DetachedInstanceError",
            "FlushError",
            "StaleDataError",
        ];
        assert_eq!(names(|e| !e.in_exc()), orm_only);
        assert_eq!(names(|e| e.in_orm_exc() && e.in_exc()), ["NoResultFound", "MultipleResultsFound"]);
        assert_eq!(names(|e| e.in_orm_exc()).len(), orm_only.len() + 2);
    }
}
