//! Class objects: their namespace and method resolution order, the built-in type a class stands for,
//! the hooks a native library (the ORM) attaches to a class and its subclasses, and the `tp_name` the
//! standard library's C types show in messages.

use super::{Instance, Namespace, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// The standard library's types CPython implements in C, whose `tp_name` (what error messages show:
/// `unsupported operand type(s) for +: 'datetime.date' and 'int'`) carries a module prefix: the
/// module and name of our class, and CPython's `tp_name`.
const C_TYPE_NAMES: &[(&str, &str, &str)] = &[
    ("datetime", "date", "datetime.date"),
    ("datetime", "datetime", "datetime.datetime"),
    ("datetime", "time", "datetime.time"),
    ("datetime", "timedelta", "datetime.timedelta"),
    ("datetime", "timezone", "datetime.timezone"),
    ("datetime", "tzinfo", "datetime.tzinfo"),
    ("decimal", "Decimal", "decimal.Decimal"),
    ("decimal", "Context", "decimal.Context"),
    ("collections", "deque", "collections.deque"),
    ("collections", "OrderedDict", "collections.OrderedDict"),
    ("collections", "defaultdict", "collections.defaultdict"),
    ("functools", "partial", "functools.partial"),
    ("io", "StringIO", "_io.StringIO"),
    ("re", "Pattern", "re.Pattern"),
    ("re", "Match", "re.Match"),
    ("operator", "itemgetter", "operator.itemgetter"),
    ("operator", "attrgetter", "operator.attrgetter"),
    ("operator", "methodcaller", "operator.methodcaller"),
    ("itertools", "count", "itertools.count"),
    ("csv", "reader", "_csv.reader"),
    ("csv", "writer", "_csv.writer"),
    ("struct", "Struct", "_struct.Struct"),
    ("hashlib", "HASH", "_hashlib.HASH"),
];

impl Class {
    /// CPython's `tp_name` for instances of this class: the class name, with the module prefix the
    /// standard library's C types have ([`C_TYPE_NAMES`]).
    pub fn tp_name(&self) -> &str {
        C_TYPE_NAMES
            .iter()
            .find(|(module, name, _)| *module == &*self.module && *name == &*self.name)
            .map_or(&self.name, |(_, _, shown)| shown)
    }
}

/// Which built-in type a class object stands for, when it is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    /// `builtin_function_or_method`: `type(print)`, `type([].append)`.
    BuiltinFunction,
    /// `method`: a function bound to an instance.
    Method,
    Module,
    Iterator,
    Generator,
    Property,
    ClassMethod,
    StaticMethod,
    DictView,
    BaseException,
}

/// Behaviour a native library (the ORM) attaches to a class and inherits to its subclasses: it is told
/// when a subclass is created, and may take over attribute access and construction of instances.
pub trait ClassHooks {
    /// Called after a class whose bases carry these hooks has been created.
    fn class_created(&self, interp: &mut Interp, class: &Rc<Class>) -> PyResult<()>;
    /// Reads an instance attribute, or `None` to fall back to normal lookup.
    fn get_attr(&self, interp: &mut Interp, instance: &Rc<Instance>, name: &str) -> Option<PyResult<Value>>;
    /// Writes an instance attribute, or returns the value back to fall back to normal storage.
    fn set_attr(
        &self,
        interp: &mut Interp,
        instance: &Rc<Instance>,
        name: &Name,
        value: Value,
    ) -> Result<PyResult<()>, Value>;
    /// Runs before a class's own `__init__` (the ORM configures its mappers on the first
    /// construction, as SQLAlchemy's init event does).
    fn before_init(&self, _interp: &mut Interp, _instance: &Rc<Instance>) -> PyResult<()> {
        Ok(())
    }
    /// The default `__init__` for classes that define none (declarative classes accept keywords).
    fn default_init(&self, interp: &mut Interp, instance: &Rc<Instance>, args: Args) -> Option<PyResult<()>>;
    /// Reads a class attribute (`User.name` as a column expression), or `None` for normal lookup.
    fn get_class_attr(&self, interp: &mut Interp, class: &Rc<Class>, name: &str) -> Option<PyResult<Value>>;
    /// Writes a class attribute (`User.total = column_property(...)` adds a mapped property), or
    /// returns the value back to fall back to storing it in the class namespace.
    fn set_class_attr(
        &self,
        _interp: &mut Interp,
        _class: &Rc<Class>,
        _name: &str,
        value: Value,
    ) -> Result<PyResult<()>, Value> {
        Err(value)
    }
    /// Entries shown first in `obj.__dict__` that are not stored as attributes: SQLAlchemy's
    /// instrumentation keeps `_sa_instance_state` there, and serialising code deletes or skips it
    /// by name (`del d["_sa_instance_state"]`), so the key must be present for that code to run.
    fn dict_entries(&self, _interp: &mut Interp, _instance: &Rc<Instance>) -> Vec<(&'static str, Value)> {
        Vec::new()
    }
    fn as_any(&self) -> &dyn Any;
}

pub struct Class {
    pub name: Name,
    pub module: Name,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order after this class itself (C3 linearisation of the bases).
    pub mro_tail: Vec<Rc<Class>>,
    pub dict: RefCell<Namespace>,
    pub builtin: Option<BuiltinType>,
    /// Set at creation from the bases; `registry.map_imperatively()` installs the ORM's on a plain
    /// class after the fact, so the slot is mutable (read through [`Class::hooks`]).
    hooks_slot: RefCell<Option<Rc<dyn ClassHooks>>>,
    /// Native state a library keeps per class (the ORM's mapper).
    pub native: RefCell<Option<Rc<dyn Any>>>,
    pub id: usize,
    /// The classes made with this one as a direct base, in creation order (`__subclasses__()`);
    /// weak, so a class does not keep its subclasses alive.
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
}

impl Class {
    /// A class with an empty namespace and no built-in kind, hooks or native state; the `with_*`
    /// methods add those. Every place that makes a class goes through here, so none spells out the
    /// whole struct or forgets a field when one is added.
    pub fn new(name: &str, module: &str, bases: Vec<Rc<Class>>, mro_tail: Vec<Rc<Class>>, id: usize) -> Class {
        Class {
            name: Name::from(name),
            module: Name::from(module),
            bases,
            mro_tail,
            dict: RefCell::new(Namespace::default()),
            builtin: None,
            hooks_slot: RefCell::new(None),
            native: RefCell::new(None),
            id,
            subclasses: RefCell::new(Vec::new()),
        }
    }

    /// The bases and MRO tail of a class deriving from `base` alone, or from `object` without one.
    pub fn single_base(base: Option<Rc<Class>>, object: &Rc<Class>) -> (Vec<Rc<Class>>, Vec<Rc<Class>>) {
        match base {
            Some(b) => {
                let mut tail = vec![b.clone()];
                tail.extend(b.mro_tail.iter().cloned());
                (vec![b], tail)
            }
            None => (vec![object.clone()], vec![object.clone()]),
        }
    }

    pub fn with_dict(self, dict: Namespace) -> Class {
        Class { dict: RefCell::new(dict), ..self }
    }

    pub fn with_hooks(self, hooks: Option<Rc<dyn ClassHooks>>) -> Class {
        Class { hooks_slot: RefCell::new(hooks), ..self }
    }

    /// The native library's hooks of this class (inherited from its bases at creation).
    pub fn hooks(&self) -> Option<Rc<dyn ClassHooks>> {
        self.hooks_slot.borrow().clone()
    }

    /// Installs hooks on an existing class (imperative mapping of a plain class).
    pub fn set_hooks(&self, hooks: Rc<dyn ClassHooks>) {
        *self.hooks_slot.borrow_mut() = Some(hooks);
    }

    pub fn with_native(self, native: Rc<dyn Any>) -> Class {
        Class { native: RefCell::new(Some(native)), ..self }
    }

    pub fn with_builtin(self, kind: BuiltinType) -> Class {
        Class { builtin: Some(kind), ..self }
    }

    /// Looks `name` up along the MRO (this class first).
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        self.mro_tail.iter().find_map(|c| c.dict.borrow().get(name).cloned())
    }

    pub fn is_subclass_of(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro_tail.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The nearest built-in type this class derives from.
    pub fn builtin_base(self: &Rc<Self>) -> Option<BuiltinType> {
        self.builtin.or_else(|| self.mro_tail.iter().find_map(|c| c.builtin))
    }
}
