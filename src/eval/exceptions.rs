//! Python exceptions: the unwinding value, tracebacks, and constructors for the errors the evaluator
//! raises itself (with CPython's class names and messages).
//!
//! Exceptions are ordinary instances of classes deriving from `BaseException`, so `except LookupError`
//! catches a KeyError by walking the class hierarchy, exactly as user-defined exceptions do. The one
//! exception to the rules is the step-budget stop: it is marked fatal, and no handler can swallow it.
//! The built-in classes are named by [`ExcType`] (`kind`), never by strings.

use super::value::{Class, Instance, Value};
use super::{Interp, PyResult};
use crate::eval::value::Namespace;
use crate::ir::Name;
use crate::source::Span;
use std::cell::RefCell;
use std::rc::Rc;

mod kind;

pub use kind::ExcType;

/// One line of a traceback: a source location inside a function.
#[derive(Clone, Debug)]
pub struct TraceEntry {
    pub file: usize,
    pub function: Name,
    pub span: Span,
}

/// A raised exception on its way up the stack.
pub struct Exc {
    pub value: Rc<Instance>,
    /// Innermost frame first.
    pub traceback: Vec<TraceEntry>,
    /// Call depths that have already added their frame to the traceback.
    pub(crate) recorded_depths: Vec<usize>,
    /// Limits stops cannot be caught by `except`.
    pub fatal: bool,
}

impl std::fmt::Debug for Exc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Exc({})", self.class_name())
    }
}

impl Exc {
    pub fn class_name(&self) -> String {
        self.value.class.name.to_string()
    }

    pub fn class(&self) -> &Rc<Class> {
        &self.value.class
    }

    pub fn new(value: Rc<Instance>) -> Box<Exc> {
        Box::new(Exc { value, traceback: Vec::new(), recorded_depths: Vec::new(), fatal: false })
    }

    /// The exception with attributes set on it (`UnicodeError.start`, `re.error.pos`, ...): the
    /// fields CPython's C constructors fill in besides `args`.
    pub fn with_fields<'a>(self: Box<Self>, fields: impl IntoIterator<Item = (&'a str, Value)>) -> Box<Exc> {
        let mut dict = self.value.dict.borrow_mut();
        for (k, v) in fields {
            dict.insert(crate::ir::Name::from(k), v);
        }
        drop(dict);
        self
    }
}

impl Interp {
    /// A new instance of exception class `class` with `args`.
    pub fn make_exception(&self, class: &Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
        let mut dict = Namespace::default();
        self.set_exception_args(class, &mut dict, args);
        Rc::new(Instance {
            class: class.clone(),
            dict: RefCell::new(dict),
            native: RefCell::new(None),
            id: self.next_id(),
        })
    }

    /// Stores an exception's `args`. OSError also keeps `errno`, `strerror` and `filename` when given
    /// two or three arguments, and `OSError(errno, strerror, filename).args` is `(errno, strerror)`.
    pub(crate) fn set_exception_args(&self, class: &Rc<Class>, dict: &mut Namespace, args: Vec<Value>) {
        let mut args = args;
        if class.is_subclass_of(&self.types.exception(ExcType::OSError)) {
            let fields = if (2..=3).contains(&args.len()) { args.clone() } else { Vec::new() };
            for (i, name) in ["errno", "strerror", "filename"].into_iter().enumerate() {
                dict.insert(Name::from(name), fields.get(i).cloned().unwrap_or(Value::None));
            }
            args.truncate(if fields.len() == 3 { 2 } else { args.len() });
        }
        dict.insert(Name::from("args"), Value::tuple(args));
    }

    /// A built-in exception with one message argument (none if the message is empty).
    pub fn error(&self, kind: ExcType, message: impl Into<String>) -> Box<Exc> {
        let class = self.types.exception(kind);
        let message: String = message.into();
        let args = if message.is_empty() { Vec::new() } else { vec![Value::str(&message)] };
        Exc::new(self.make_exception(&class, args))
    }

    pub fn type_error(&self, message: impl Into<String>) -> Box<Exc> {
        self.error(ExcType::TypeError, message)
    }

    pub fn value_error(&self, message: impl Into<String>) -> Box<Exc> {
        self.error(ExcType::ValueError, message)
    }

    pub fn index_error(&self, message: impl Into<String>) -> Box<Exc> {
        self.error(ExcType::IndexError, message)
    }

    pub fn zero_division(&self, message: impl Into<String>) -> Box<Exc> {
        self.error(ExcType::ZeroDivisionError, message)
    }

    pub fn not_supported(&self, what: &str) -> Box<Exc> {
        self.error(ExcType::NotImplementedError, format!("not supported in ormplay: {what}"))
    }

    /// KeyError carries the key itself (its message is the key's repr).
    pub fn key_error(&self, key: Value) -> Box<Exc> {
        let class = self.types.exception(ExcType::KeyError);
        Exc::new(self.make_exception(&class, vec![key]))
    }

    pub fn attribute_error(&self, value: &Value, name: &str) -> Box<Exc> {
        let message = match value {
            Value::Class(c) => format!("type object '{}' has no attribute '{name}'", c.name),
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            other => format!("'{}' object has no attribute '{name}'", other.type_name()),
        };
        let exc = self.error(ExcType::AttributeError, message);
        {
            // As CPython 3.10+: the attribute's name and the object, for "Did you mean" hints.
            let mut dict = exc.value.dict.borrow_mut();
            dict.insert(Name::from("name"), Value::str(name));
            dict.insert(Name::from("obj"), value.clone());
        }
        exc
    }

    pub(crate) fn limit_exceeded(&self, message: String) -> Box<Exc> {
        let mut exc = self.error(ExcType::ExecutionLimitExceeded, message);
        exc.fatal = true;
        exc
    }

    /// `str(exception)`: the single argument's str, or the args tuple's, as BaseException.__str__ does.
    pub fn exception_message(&mut self, exc: &Exc) -> String {
        let value = Value::Instance(exc.value.clone());
        self.to_str(&value).unwrap_or_default()
    }

    /// Turns whatever `raise X` named into an exception: a class is instantiated, an instance is used.
    pub(super) fn exception_from(&mut self, value: Value) -> PyResult<Box<Exc>> {
        match &value {
            Value::Class(class) if self.is_exception_class(class) => {
                let instance = self.call(&value, super::Args::default())?;
                match instance {
                    Value::Instance(i) => Ok(Exc::new(i)),
                    _ => Err(self.type_error("exceptions must derive from BaseException")),
                }
            }
            Value::Instance(i) if self.is_exception_class(&i.class) => Ok(Exc::new(i.clone())),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// Is `exc` an instance of the built-in class `kind` (or of a subclass), as `except kind` sees it?
    pub fn exception_is(&self, exc: &Exc, kind: ExcType) -> bool {
        exc.value.class.is_subclass_of(&self.types.exception(kind))
    }

    pub fn is_exception_class(&self, class: &Rc<Class>) -> bool {
        class.is_subclass_of(&self.types.base_exception)
    }

    /// Does exception `exc` match the handler's class expression value (a class or a tuple of them)?
    pub(super) fn exception_matches(&mut self, exc: &Exc, spec: &Value) -> PyResult<bool> {
        match spec {
            Value::Class(class) if self.is_exception_class(class) => Ok(exc.value.class.is_subclass_of(class)),
            Value::Tuple(items) => {
                for item in items.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }
}
