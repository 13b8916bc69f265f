//! Runtime values of the evaluator.
//!
//! Mutable containers are shared (`Rc<RefCell<…>>`) because Python has reference semantics: `b = a;
//! b.append(1)` changes `a`. Integers are `i64` and overflow into `BigInt`, so arithmetic never silently
//! wraps. Classes and instances are our own objects; the ORM runtime plugs in through [`ClassHooks`] and
//! native callables, never by special cases in the evaluator.

use super::dict::{Dict, Set};
use super::{Args, Interp, PyResult};
use crate::ir::{FunctionDef, Name};
use indexmap::IndexMap;
use num_bigint::BigInt;
use std::any::Any;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

mod class;
pub use class::{BuiltinType, Class, ClassHooks};

/// How attribute namespaces hash their names: foldhash, seeded per process. Attribute lookups are the
/// evaluator's most frequent hash (SipHash, std's default, was 15% of the instructions of a flush of
/// 10,000 objects); the seed keeps crafted colliding names from being a cheap way to slow a page.
pub type NameHash = foldhash::fast::RandomState;

/// An attribute namespace (a module's, class's, instance's or function's `__dict__`), in insertion order.
pub type Namespace = IndexMap<Name, Value, NameHash>;

#[derive(Clone)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    /// `bytes`: immutable, so shared without a cell.
    Bytes(Rc<[u8]>),
    /// `bytearray`: mutable and shared like a list.
    ByteArray(Rc<RefCell<Vec<u8>>>),
    List(Rc<ListCell>),
    Tuple(Rc<TupleItems>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<Set>>),
    DictView(Rc<RefCell<Dict>>, ViewKind),
    Range(i64, i64, i64),
    Slice(Rc<[Value; 3]>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Iterator(Rc<RefCell<IterState>>),
    Property(Rc<Property>),
    ClassMethod(Rc<Value>),
    StaticMethod(Rc<Value>),
    Super(Rc<Class>, Rc<Value>),
    Generator(Rc<super::generator::Generator>),
    Ellipsis,
    NotImplemented,
}

/// A list's items. Like every container, a list frees what it holds iteratively when it is dropped
/// ([`super::teardown`]): a list nested a million deep (`for _ in …: a = [a]`) would otherwise be freed
/// by a million nested drop calls and overflow the stack, which in wasm kills the page.
#[derive(Default)]
pub struct ListCell(RefCell<Vec<Value>>);

impl ListCell {
    pub fn new(items: Vec<Value>) -> Self {
        ListCell(RefCell::new(items))
    }
}

impl std::ops::Deref for ListCell {
    type Target = RefCell<Vec<Value>>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Drop for ListCell {
    fn drop(&mut self) {
        super::teardown::dismantle(std::mem::take(self.0.get_mut()));
    }
}

/// A tuple's items (immutable once built; freed iteratively, as [`ListCell`] explains).
pub struct TupleItems(pub(super) Vec<Value>);

impl std::ops::Deref for TupleItems {
    type Target = [Value];

    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl Drop for TupleItems {
    fn drop(&mut self) {
        super::teardown::dismantle(std::mem::take(&mut self.0));
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{}>", self.type_name())
    }
}

/// A user-defined function (or lambda) closed over the environment it was defined in.
pub struct Function {
    pub def: Rc<FunctionDef>,
    pub defaults: Vec<Value>,
    pub kw_defaults: Vec<Option<Value>>,
    pub closure: Option<Rc<Env>>,
    pub globals: Rc<Module>,
    /// Index of the source file it was defined in (for tracebacks).
    pub file: usize,
    pub qualname: Name,
    /// The class whose body defined this function, for zero-argument `super()`.
    pub owner: RefCell<Option<std::rc::Weak<Class>>>,
    /// Attributes set on the function object (`f.__wrapped__`, `f.calls`).
    pub dict: RefCell<Namespace>,
}

impl Drop for Function {
    fn drop(&mut self) {
        let mut doomed = Vec::new();
        super::teardown::function_children(self, &mut doomed);
        super::teardown::dismantle(doomed);
    }
}

pub type NativeFn = dyn Fn(&mut Interp, Args) -> PyResult<Value>;

/// A function implemented in Rust: builtins, methods of builtin types, and native modules' callables.
pub struct Builtin {
    pub name: Name,
    pub func: Box<NativeFn>,
    /// The built-in type whose method this is, read from the class (`str.upper`): what its repr
    /// names (`<method 'upper' of 'str' objects>`). None for functions and module callables.
    pub owner: Option<&'static str>,
}

pub struct BoundMethod {
    pub receiver: Value,
    pub function: Value,
}

impl Drop for BoundMethod {
    fn drop(&mut self) {
        let receiver = std::mem::replace(&mut self.receiver, Value::None);
        let function = std::mem::replace(&mut self.function, Value::None);
        super::teardown::dismantle_each([receiver, function]);
    }
}

/// The local variables of one function call, shared with closures defined inside it.
pub struct Env {
    pub vars: RefCell<std::collections::HashMap<Name, Value>>,
    pub parent: Option<Rc<Env>>,
    pub def: Rc<FunctionDef>,
}

impl Drop for Env {
    fn drop(&mut self) {
        super::teardown::dismantle_each(self.vars.get_mut().drain().map(|(_, v)| v));
    }
}

/// A module namespace (the program's globals, or a native module).
pub struct Module {
    pub name: Name,
    pub dict: RefCell<Namespace>,
}

impl Module {
    pub fn new(name: &str) -> Self {
        Module { name: Name::from(name), dict: RefCell::new(crate::eval::value::Namespace::default()) }
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.dict.borrow().get(name).cloned()
    }

    pub fn set(&self, name: &str, value: Value) {
        self.dict.borrow_mut().insert(Name::from(name), value);
    }
}

pub struct Instance {
    pub class: Rc<Class>,
    pub dict: RefCell<Namespace>,
    /// Native state a library keeps per instance (the ORM's instance state).
    pub native: RefCell<Option<Rc<dyn Any>>>,
    pub id: usize,
}

impl Drop for Instance {
    fn drop(&mut self) {
        super::teardown::dismantle_each(std::mem::take(self.dict.get_mut()).into_values());
    }
}

pub struct Property {
    pub getter: Value,
    pub setter: Option<Value>,
    pub deleter: Option<Value>,
    /// The `doc` argument of `property(fget, fset, fdel, doc)`; None means "the getter's `__doc__`".
    pub doc: Option<Value>,
}

impl Drop for Property {
    fn drop(&mut self) {
        let getter = std::mem::replace(&mut self.getter, Value::None);
        let rest = self.setter.take().into_iter().chain(self.deleter.take()).chain(self.doc.take());
        super::teardown::dismantle_each(std::iter::once(getter).chain(rest));
    }
}

/// The state of an iterator. Iterators over shared containers read them live, as Python's do.
pub enum IterState {
    /// A materialised sequence (tuples, sets, `reversed(...)`, dict snapshots…) and the name of the
    /// CPython iterator type it stands for (`tuple_iterator`, `set_iterator`, …: what `type(it)` shows).
    Items(std::vec::IntoIter<Value>, &'static str),
    List(Rc<ListCell>, usize),
    /// A dict (or one of its views) read live by position; changing its size raises RuntimeError.
    Dict {
        dict: Rc<RefCell<Dict>>,
        pos: usize,
        len: usize,
        kind: ViewKind,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Chars(Rc<str>, usize),
    /// An object with `__next__`.
    Object(Value),
    /// A lazy adapter over other iterators (`map`, `zip`, `filter`, `enumerate`, `iter(f, sentinel)`,
    /// iteration through `__getitem__`): stepped by calling back into the interpreter.
    Adapter(Rc<super::iter::Adapter>),
    Done,
}

impl IterState {
    /// The name of CPython's type for this iterator (`type(iter([])).__name__` is `list_iterator`).
    /// An exhausted adapter has forgotten its kind and is a plain `iterator`.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Items(_, name) => name,
            IterState::List(..) => "list_iterator",
            IterState::Dict { kind: ViewKind::Keys, .. } => "dict_keyiterator",
            IterState::Dict { kind: ViewKind::Values, .. } => "dict_valueiterator",
            IterState::Dict { kind: ViewKind::Items, .. } => "dict_itemiterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Chars(s, _) if s.is_ascii() => "str_ascii_iterator",
            IterState::Chars(..) => "str_iterator",
            IterState::Adapter(a) => a.type_name(),
            IterState::Object(_) | IterState::Done => "iterator",
        }
    }
}

/// The source of identities for classes and instances (used by `is`, hashing by identity, `id()` and
/// default reprs). Each interpreter has its own, so a run's ids (and the addresses its reprs show) do not
/// depend on what ran before it on the same thread.
#[derive(Debug)]
pub struct Ids(std::cell::Cell<usize>);

impl Ids {
    pub fn new() -> Self {
        Ids(std::cell::Cell::new(1))
    }

    /// A fresh identity.
    pub fn next(&self) -> usize {
        let id = self.0.get();
        self.0.set(id.wrapping_add(1));
        id
    }
}

impl Default for Ids {
    fn default() -> Self {
        Self::new()
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(ListCell::new(items)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(TupleItems(items)))
    }

    pub fn from_bigint(n: BigInt) -> Value {
        match i64::try_from(&n) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::BigInt(Rc::new(n)),
        }
    }

    /// The name `type(v).__name__` gives.
    pub fn type_name(&self) -> String {
        match self {
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) | Value::BigInt(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "str".into(),
            Value::Bytes(_) => "bytes".into(),
            Value::ByteArray(_) => "bytearray".into(),
            Value::List(_) => "list".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::Dict(_) => "dict".into(),
            Value::Set(s) if s.borrow().is_frozen() => "frozenset".into(),
            Value::Set(_) => "set".into(),
            Value::DictView(_, ViewKind::Keys) => "dict_keys".into(),
            Value::DictView(_, ViewKind::Values) => "dict_values".into(),
            Value::DictView(_, ViewKind::Items) => "dict_items".into(),
            Value::Range(..) => "range".into(),
            Value::Slice(_) => "slice".into(),
            Value::Function(_) => "function".into(),
            Value::Builtin(_) => "builtin_function_or_method".into(),
            Value::BoundMethod(m) if matches!(m.function, Value::Builtin(_)) => "builtin_function_or_method".into(),
            Value::BoundMethod(_) => "method".into(),
            Value::Class(_) => "type".into(),
            Value::Instance(i) => i.class.tp_name().to_string(),
            Value::Module(_) => "module".into(),
            Value::Iterator(state) => match &*state.borrow() {
                IterState::Object(obj) => obj.type_name(),
                other => other.type_name().into(),
            },
            Value::Property(_) => "property".into(),
            Value::ClassMethod(_) => "classmethod".into(),
            Value::StaticMethod(_) => "staticmethod".into(),
            Value::Super(..) => "super".into(),
            Value::Generator(g) => g.kind.type_name().into(),
            Value::Ellipsis => "ellipsis".into(),
            Value::NotImplemented => "NotImplementedType".into(),
        }
    }

    /// Identity, as `is` sees it.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::Ellipsis, Value::Ellipsis)
            | (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints and equal strings are interned in CPython; tutorials compare them with `is` by mistake.
            (Value::Int(a), Value::Int(b)) => a == b && (-5..=256).contains(a),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            (Value::Bytes(a), Value::Bytes(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (Value::ByteArray(a), Value::ByteArray(b)) => Rc::ptr_eq(a, b),
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (Value::Dict(a), Value::Dict(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
            (Value::Builtin(a), Value::Builtin(b)) => Rc::ptr_eq(a, b),
            (Value::Class(a), Value::Class(b)) => Rc::ptr_eq(a, b),
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            (Value::Module(a), Value::Module(b)) => Rc::ptr_eq(a, b),
            (Value::Iterator(a), Value::Iterator(b)) => Rc::ptr_eq(a, b),
            (Value::Generator(a), Value::Generator(b)) => Rc::ptr_eq(a, b),
            (Value::Property(a), Value::Property(b)) => Rc::ptr_eq(a, b),
            (Value::ClassMethod(a), Value::ClassMethod(b)) | (Value::StaticMethod(a), Value::StaticMethod(b)) => {
                Rc::ptr_eq(a, b)
            }
            _ => false,
        }
    }

    pub fn as_instance(&self) -> Option<&Rc<Instance>> {
        match self {
            Value::Instance(i) => Some(i),
            _ => None,
        }
    }
}
