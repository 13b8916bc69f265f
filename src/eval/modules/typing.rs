//! The `typing` module, and subscripted types (`list[int]`, `Optional[str]`, `Mapped[int]`).
//!
//! Declarative models are read from their annotations (`Mapped[Optional[str]]`), so the forms must
//! evaluate and keep their structure: a subscripted type is a `_GenericAlias` instance holding
//! `__origin__` and `__args__`, which the ORM inspects. `X | None` builds the same Union alias.

mod repr;
mod typed_dict;

use crate::eval::value::Namespace;
use crate::eval::value::{BuiltinType, Class, Instance, Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::cell::RefCell;
use std::rc::Rc;

const FORMS: &[&str] = &[
    "Any",
    "Optional",
    "Union",
    "List",
    "Dict",
    "Set",
    "FrozenSet",
    "Tuple",
    "Type",
    "Callable",
    "Iterable",
    "Iterator",
    "Sequence",
    "Mapping",
    "MutableMapping",
    "ClassVar",
    "Final",
    "Annotated",
    "Literal",
    "Self",
    "AsyncIterator",
    "Generator",
    "NoReturn",
    // Aliases of the collections and their ABCs, and the rarer forms: subscriptable, shown as `typing.X`.
    "DefaultDict",
    "Deque",
    "Counter",
    "OrderedDict",
    "ChainMap",
    "TypeAlias",
    "Collection",
    "Sized",
    "Hashable",
    "Container",
    "Reversible",
    "AbstractSet",
    "MutableSequence",
    "MutableSet",
    "KeysView",
    "ItemsView",
    "ValuesView",
    "Pattern",
    "Match",
    "Never",
    "NotRequired",
    "Required",
    "Awaitable",
    "Coroutine",
    "AsyncIterable",
    "AsyncGenerator",
    "ContextManager",
    "AsyncContextManager",
    "Concatenate",
    "TypeGuard",
    "Unpack",
    "LiteralString",
];

/// typing's protocol and IO classes (`<class 'typing.IO'>`, subscriptable like any library class).
const CLASSES: &[&str] =
    &["IO", "TextIO", "BinaryIO", "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsIndex", "SupportsRound"];

pub fn module(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("typing"));
    for name in FORMS {
        m.set(name, special_form(interp, name));
    }
    for name in ["Generic", "Protocol"] {
        // Real classes, so they can be subclassed (`class Box(Generic[T])`) and tested with issubclass.
        let class = interp.aux_class(name);
        let getitem = Interp::builtin("__class_getitem__", |i, a| {
            let [cls, index] = a.positional.as_slice() else {
                return Err(i.type_error("__class_getitem__ expected 1 argument"));
            };
            let items = match index {
                Value::Tuple(t) => t.to_vec(),
                other => vec![other.clone()],
            };
            Ok(make_alias(i, cls.clone(), items))
        });
        class.dict.borrow_mut().insert(Name::from("__class_getitem__"), Value::ClassMethod(Rc::new(getitem)));
        m.set(name, Value::Class(class));
    }
    for name in CLASSES {
        m.set(name, Value::Class(interp.aux_class(name)));
    }
    m.set("Text", Value::Class(interp.types.get(BuiltinType::Str)));
    m.set("AnyStr", type_var(interp, "AnyStr"));
    m.set("TYPE_CHECKING", Value::Bool(false));
    if let Value::Module(helper) = interp.import_module("_typing_namedtuple")? {
        for name in ["NewType", "assert_never", "reveal_type", "no_type_check", "assert_type", "get_type_hints"] {
            m.set(name, helper.get(name).unwrap_or(Value::None));
        }
    }
    for name in ["ParamSpec", "TypeVarTuple"] {
        m.set(name, Interp::builtin(name, |i, a| Ok(type_var(i, &name_arg(&a)))));
    }
    m.set(
        "TypeVar",
        Interp::builtin("TypeVar", |i, a| {
            let name = name_arg(&a);
            let var = special_form(i, &name);
            if let Value::Instance(v) = &var {
                // What generic code reads back: `T.__bound__`, `T.__constraints__` and the variance.
                let keyword = |k: &str| a.keywords.iter().find(|(n, _)| &**n == k).map(|(_, v)| v.clone());
                let flag = |k: &str| Value::Bool(matches!(keyword(k), Some(Value::Bool(true))));
                let constraints = Value::tuple(a.positional.iter().skip(1).cloned().collect());
                let mut dict = v.dict.borrow_mut();
                dict.insert(Name::from("__name__"), Value::str(&name));
                dict.insert(Name::from("__bound__"), keyword("bound").unwrap_or(Value::None));
                dict.insert(Name::from("__constraints__"), constraints);
                dict.insert(Name::from("__covariant__"), flag("covariant"));
                dict.insert(Name::from("__contravariant__"), flag("contravariant"));
            }
            Ok(var)
        }),
    );
    if let Value::Module(helper) = interp.import_module("_typing_namedtuple")? {
        m.set("NamedTuple", helper.get("NamedTuple").unwrap_or(Value::None));
    }
    m.set("cast", Interp::builtin("cast", |_, a| Ok(a.positional.get(1).cloned().unwrap_or(Value::None))));
    m.set("overload", Interp::builtin("overload", |_, a| Ok(a.positional.first().cloned().unwrap_or(Value::None))));
    m.set(
        "runtime_checkable",
        Interp::builtin("runtime_checkable", |_, a| {
            // Marks the protocol for structural isinstance() checks (see builtins' `isinstance`).
            let target = a.positional.first().cloned().unwrap_or(Value::None);
            if let Value::Class(c) = &target {
                c.dict.borrow_mut().insert(Name::from("_is_runtime_protocol"), Value::Bool(true));
            }
            Ok(target)
        }),
    );
    m.set("final", Interp::builtin("final", |_, a| Ok(a.positional.first().cloned().unwrap_or(Value::None))));
    m.set(
        "get_origin",
        Interp::builtin("get_origin", |i, a| {
            let origin = a.positional.first().and_then(alias_origin).unwrap_or(Value::None);
            // `List[int]`'s origin is the built-in class it stands for.
            let builtin = match form_name(&origin).as_deref() {
                Some("List") => Some(BuiltinType::List),
                Some("Dict") => Some(BuiltinType::Dict),
                Some("Set") => Some(BuiltinType::Set),
                Some("FrozenSet") => Some(BuiltinType::FrozenSet),
                Some("Tuple") => Some(BuiltinType::Tuple),
                Some("Type") => Some(BuiltinType::Type),
                // `Optional[str]` makes a Union of its own: the answer is typing's `Union` itself.
                Some("Union") if !matches!(a.positional.first(), Some(Value::Instance(u)) if u.dict.borrow().contains_key("_pipe")) => {
                    let typing = i.import_module("typing")?;
                    return Ok(if let Value::Module(t) = typing { t.get("Union").unwrap_or(origin) } else { origin });
                }
                _ => None,
            };
            Ok(builtin.map_or(origin, |b| Value::Class(i.types.get(b))))
        }),
    );
    m.set(
        "get_args",
        Interp::builtin("get_args", |_, a| Ok(Value::tuple(a.positional.first().map(alias_args).unwrap_or_default()))),
    );
    typed_dict::install(interp, &m)?;
    Ok(m)
}

/// A type variable (`~T`): a special form that knows its `__name__`.
fn type_var(interp: &mut Interp, name: &str) -> Value {
    let var = special_form(interp, name);
    if let Value::Instance(v) = &var {
        v.dict.borrow_mut().insert(Name::from("__name__"), Value::str(name));
    }
    var
}

fn name_arg(args: &Args) -> String {
    match args.positional.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "T".into(),
    }
}

fn special_form(interp: &mut Interp, name: &str) -> Value {
    let class = interp.aux_class("_SpecialForm");
    if class.dict.borrow().get("__getitem__").is_none() {
        class.dict.borrow_mut().insert(Name::from("__getitem__"), Interp::builtin("__getitem__", form_getitem));
        class.dict.borrow_mut().insert(Name::from("__repr__"), Interp::builtin("__repr__", repr::form_repr));
    }
    let mut dict = Namespace::default();
    dict.insert(Name::from("_name"), Value::str(name));
    Value::Instance(Rc::new(Instance {
        class,
        dict: RefCell::new(dict),
        native: RefCell::new(None),
        id: interp.next_id(),
    }))
}

fn form_getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [form, index] = args.positional.as_slice() else {
        return Err(interp.type_error("__getitem__ expected 1 argument"));
    };
    let items = match index {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let name = match form {
        Value::Instance(i) => match i.dict.borrow().get("_name") {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    if name == "Optional" {
        let none = Value::Class(interp.types.get(BuiltinType::NoneType));
        let union = special_form(interp, "Union");
        return Ok(make_alias(interp, union, vec![items.into_iter().next().unwrap_or(Value::None), none]));
    }
    Ok(make_alias(interp, form.clone(), items))
}

/// A subscripted type `origin[args...]`.
pub fn make_alias(interp: &mut Interp, origin: Value, args: Vec<Value>) -> Value {
    let class = interp.aux_class("_GenericAlias");
    if class.dict.borrow().get("__call__").is_none() {
        // `Box[int](4)` builds a `Box`.
        let call = Interp::builtin("__call__", |i, mut a| {
            let alias = if a.positional.is_empty() { Value::None } else { a.positional.remove(0) };
            match alias_origin(&alias) {
                Some(origin @ Value::Class(_)) => i.call(&origin, a),
                _ => Err(i.type_error("cannot instantiate this typing form")),
            }
        });
        class.dict.borrow_mut().insert(Name::from("__call__"), call);
        class.dict.borrow_mut().insert(Name::from("__repr__"), Interp::builtin("__repr__", repr::alias_repr));
        class.dict.borrow_mut().insert(Name::from("__eq__"), Interp::builtin("__eq__", alias_eq));
        class.dict.borrow_mut().insert(Name::from("__hash__"), Interp::builtin("__hash__", alias_hash));
    }
    let mut dict = Namespace::default();
    // `List[int].__name__` is `'List'`, `Repo[int].__name__` the generic class's name (CPython's
    // `_BaseGenericAlias.__getattr__`: the alias's `_name`, else its origin's).
    let names = match &origin {
        Value::Class(c) => {
            let qualname = match c.dict.borrow().get("__qualname__") {
                Some(Value::Str(q)) => q.to_string(),
                _ => c.name.to_string(),
            };
            Some((c.name.to_string(), qualname))
        }
        other => form_name(other).map(|n| (n.clone(), n)),
    };
    // `_name`: the typing form's name (`Dict`), None for a user generic.
    dict.insert(Name::from("_name"), form_name(&origin).map_or(Value::None, |n| Value::str(&n)));
    if let Some((name, qualname)) = names {
        dict.insert(Name::from("__name__"), Value::str(&name));
        dict.insert(Name::from("__qualname__"), Value::str(&qualname));
    }
    dict.insert(Name::from("__origin__"), origin);
    dict.insert(Name::from("__args__"), Value::tuple(args));
    Value::Instance(Rc::new(Instance {
        class,
        dict: RefCell::new(dict),
        native: RefCell::new(None),
        id: interp.next_id(),
    }))
}

/// The origin of a subscripted type (`Mapped` for `Mapped[int]`), if `v` is one.
pub fn alias_origin(v: &Value) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    if i.class.name.as_ref() != "_GenericAlias" {
        return None;
    }
    i.dict.borrow().get("__origin__").cloned()
}

/// The arguments of a subscripted type.
pub fn alias_args(v: &Value) -> Vec<Value> {
    let Value::Instance(i) = v else { return Vec::new() };
    match i.dict.borrow().get("__args__") {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// Whether `v` is a type variable (`TypeVar("T")`): a special form of a name that is not one of
/// typing's own.
pub fn is_type_var(v: &Value) -> bool {
    form_name(v).is_some_and(|n| !FORMS.contains(&n.as_str()))
}

/// The name of a typing special form (`"Optional"`, `"List"`), if `v` is one.
pub fn form_name(v: &Value) -> Option<String> {
    let Value::Instance(i) = v else { return None };
    if i.class.name.as_ref() != "_SpecialForm" {
        return None;
    }
    match i.dict.borrow().get("_name") {
        Some(Value::Str(s)) => Some(s.to_string()),
        _ => None,
    }
}

fn is_type_like(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::None) || alias_origin(v).is_some() || form_name(v).is_some()
}

impl Interp {
    /// `Class[index]`: `list[int]`, `dict[str, int]`, `Mapped[int]` (or the class's `__class_getitem__`).
    pub(crate) fn class_getitem(&mut self, class: &Rc<Class>, index: &Value) -> PyResult<Value> {
        if let Some(f) = class.lookup("__class_getitem__") {
            let f = match f {
                Value::ClassMethod(inner) => self.bind(Value::Class(class.clone()), (*inner).clone()),
                other => other,
            };
            return self.call(&f, Args::positional(vec![index.clone()]));
        }
        // A class the program wrote, on no library base, is not generic: `type.__getitem__` does not
        // exist (library classes stand for typing's generics here, so they keep subscribing).
        let user_code = |c: &Rc<Class>| c.module.as_ref() == "__main__";
        if user_code(class) && class.mro_tail.iter().all(|c| user_code(c) || c.builtin == Some(BuiltinType::Object)) {
            return Err(self.type_error(format!("type '{}' is not subscriptable", class.name)));
        }
        let items = match index {
            Value::Tuple(t) => t.to_vec(),
            other => vec![other.clone()],
        };
        Ok(make_alias(self, Value::Class(class.clone()), items))
    }

    /// `X | Y` between types: a Union alias.
    pub(crate) fn type_union(&mut self, a: &Value, b: &Value) -> Option<Value> {
        if !is_type_like(a) || !is_type_like(b) || (matches!(a, Value::None) && matches!(b, Value::None)) {
            return None;
        }
        let none_class = Value::Class(self.types.get(BuiltinType::NoneType));
        let fix = |v: &Value| if matches!(v, Value::None) { none_class.clone() } else { v.clone() };
        let union = special_form(self, "Union");
        // `int | str | None` is one flat types.UnionType; a typing alias on a side makes a typing.Union.
        let (mut members, mut piped) = (Vec::new(), true);
        for side in [a, b] {
            let origin = alias_origin(side);
            let pipe = matches!(side, Value::Instance(i) if i.dict.borrow().contains_key("_pipe"));
            piped &= pipe || origin.is_none() || matches!(&origin, Some(Value::Class(c)) if c.builtin.is_some());
            match origin {
                Some(o) if pipe || form_name(&o).is_some_and(|n| n == "Union") => members.extend(alias_args(side)),
                _ => members.push(fix(side)),
            }
        }
        let alias = make_alias(self, union, members);
        if let Value::Instance(i) = &alias
            && piped
        {
            i.dict.borrow_mut().insert(Name::from("_pipe"), Value::Bool(true));
        }
        Some(alias)
    }

    /// A plain helper class (created once per interpreter) for native objects.
    /// A helper class registered under `key` by a native library, if any.
    pub fn registered_class(&self, key: &str) -> Option<Rc<Class>> {
        self.aux_classes.get(key).cloned()
    }

    /// Registers a native library's helper class under `key`.
    pub fn register_class(&mut self, key: &str, class: Rc<Class>) {
        self.aux_classes.insert(key.to_string(), class);
    }

    pub fn aux_class(&mut self, name: &str) -> Rc<Class> {
        self.aux_class_in("typing", name)
    }

    /// A helper class of a given module (created once per interpreter).
    pub fn aux_class_in(&mut self, module: &str, name: &str) -> Rc<Class> {
        let key = if module == "typing" { name.to_string() } else { format!("{module}.{name}") };
        if let Some(c) = self.aux_classes.get(&key) {
            return c.clone();
        }
        let (bases, mro_tail) = Class::single_base(None, &self.types.object);
        let class = Rc::new(Class::new(name, module, bases, mro_tail, self.next_id()));
        self.aux_classes.insert(key, class.clone());
        class
    }
}

/// `List[int] == List[int]`: same origin and arguments; a union compares its members as a set, so
/// `Optional[int] == Union[None, int] == int | None`.
fn alias_eq(i: &mut Interp, a: crate::eval::Args) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.positional.first(), a.positional.get(1)) else {
        return Ok(Value::NotImplemented);
    };
    let (Some(ox), Some(oy)) = (alias_origin(x), alias_origin(y)) else { return Ok(Value::NotImplemented) };
    // A special form may exist as more than one object (`Optional[...]` makes its own `Union`).
    let same_form = form_name(&ox).is_some() && form_name(&ox) == form_name(&oy);
    if !same_form && !i.eq(&ox, &oy)? {
        return Ok(Value::Bool(false));
    }
    let none = Value::Class(i.types.get(BuiltinType::NoneType));
    let fix = |v: Value| if matches!(v, Value::None) { none.clone() } else { v };
    let ax: Vec<Value> = alias_args(x).into_iter().map(fix).collect();
    let ay: Vec<Value> = alias_args(y).into_iter().map(fix).collect();
    if form_name(&ox).as_deref() == Some("Union") {
        for (p, q) in [(&ax, &ay), (&ay, &ax)] {
            for v in p {
                let mut found = false;
                for w in q {
                    if i.eq(v, w)? {
                        found = true;
                        break;
                    }
                }
                if !found {
                    return Ok(Value::Bool(false));
                }
            }
        }
        return Ok(Value::Bool(true));
    }
    if ax.len() != ay.len() {
        return Ok(Value::Bool(false));
    }
    for (v, w) in ax.iter().zip(&ay) {
        if !i.eq(v, w)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Equal aliases hash alike: the hash of the origin (the arguments only narrow equality).
fn alias_hash(i: &mut Interp, a: crate::eval::Args) -> PyResult<Value> {
    let origin = a.positional.first().and_then(alias_origin).unwrap_or(Value::None);
    let origin = form_name(&origin).map_or(origin, |n| Value::str(&n));
    let hash = i.builtins.get("hash").unwrap_or(Value::None);
    i.call(&hash, crate::eval::Args::positional(vec![origin]))
}
