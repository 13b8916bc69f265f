//! `repr()` and `str()` of every value, as CPython prints them (containers print their items' reprs,
//! user classes' `__repr__`/`__str__` are called, exceptions print their arguments).

use super::format::{float_repr, repr_str};
use super::value::{BuiltinType, Instance, Value, ViewKind};
use super::{Args, Interp, PyResult};
use crate::eval::ExcType;
use std::rc::Rc;

impl Interp {
    /// `repr(v)`. Reprs that can recurse (containers, objects) count one level of recursion, as
    /// CPython's `PyObject_Repr` does.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) => self.repr_value(v),
            _ => self.nested(|this| this.repr_value(v)),
        }
    }

    fn repr_value(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(n) => n.to_string(),
            Value::BigInt(n) => self.decimal(n)?,
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => {
                self.charge_bytes(s.len())?;
                repr_str(s)
            }
            Value::Bytes(_) | Value::ByteArray(_) => {
                let shown = super::bytes::repr(v).unwrap_or_default();
                self.charge_bytes(shown.len())?;
                shown
            }
            Value::List(l) => {
                let ptr = Rc::as_ptr(l) as *const u8 as usize;
                let items = l.borrow().clone();
                self.guard_cycle(ptr, "[...]", |this| Ok(format!("[{}]", this.repr_items(&items)?)))?
            }
            // A tuple cannot contain itself directly, but can through a list it holds (CPython's
            // tuple repr guards against recursion like the list's: `(1, [2, (...)])`).
            Value::Tuple(t) => {
                let ptr = Rc::as_ptr(t) as *const u8 as usize;
                let t = t.clone();
                self.guard_cycle(ptr, "(...)", |this| {
                    Ok(if t.len() == 1 {
                        format!("({},)", this.repr(&t[0])?)
                    } else {
                        format!("({})", this.repr_items(&t[..])?)
                    })
                })?
            }
            Value::Dict(d) => {
                let ptr = Rc::as_ptr(d) as *const u8 as usize;
                let items = d.borrow().items();
                self.guard_cycle(ptr, "{...}", |this| this.repr_pairs(&items))?
            }
            Value::Set(s) => {
                let items = s.borrow().values();
                let shown = if items.is_empty() { String::new() } else { format!("{{{}}}", self.repr_items(&items)?) };
                match (s.borrow().is_frozen(), shown.is_empty()) {
                    (true, _) => format!("frozenset({shown})"),
                    (false, true) => "set()".into(),
                    (false, false) => shown,
                }
            }
            Value::DictView(d, kind) => {
                let (name, items) = match kind {
                    ViewKind::Keys => ("dict_keys", d.borrow().keys()),
                    ViewKind::Values => ("dict_values", d.borrow().values()),
                    ViewKind::Items => {
                        ("dict_items", d.borrow().items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect())
                    }
                };
                format!("{name}([{}])", self.repr_items(&items)?)
            }
            Value::Range(a, b, 1) => format!("range({a}, {b})"),
            Value::Range(a, b, c) => format!("range({a}, {b}, {c})"),
            Value::Slice(parts) => format!("slice({})", self.repr_items(&parts.to_vec())?),
            Value::Function(f) => {
                let name = super::attr::shown_qualname(f);
                format!("<function {name} at {}>", fake_address(Rc::as_ptr(f) as *const u8 as usize))
            }
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("<method '{}' of '{owner}' objects>", b.name),
                None => format!("<built-in function {}>", b.name),
            },
            // A built-in type's method bound to a value of that type (`[].append`).
            Value::BoundMethod(m)
                if let Value::Builtin(b) = &m.function
                    && b.owner.is_some() =>
            {
                let address = match &m.receiver {
                    Value::List(l) => Rc::as_ptr(l) as *const u8 as usize,
                    Value::Dict(d) => Rc::as_ptr(d) as *const u8 as usize,
                    Value::Set(s) => Rc::as_ptr(s) as *const u8 as usize,
                    Value::Tuple(t) => Rc::as_ptr(t) as *const u8 as usize,
                    Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize,
                    Value::Instance(i) => i.id,
                    _ => 0,
                };
                let shown = m.receiver.type_name();
                format!("<built-in method {} of {shown} object at {}>", b.name, fake_address(address))
            }
            Value::BoundMethod(m) => {
                let name = match &m.function {
                    Value::Function(f) => super::attr::shown_qualname(f),
                    Value::Builtin(b) => b.name.to_string(),
                    _ => "?".into(),
                };
                format!("<bound method {name} of {}>", self.repr(&m.receiver.clone())?)
            }
            Value::Class(c) if let Some(method) = self.meta_method(c, "__repr__") => {
                match self.call(&method, Args::default())? {
                    Value::Str(s) => s.to_string(),
                    other => {
                        return Err(
                            self.type_error(format!("__repr__ returned non-string (type {})", other.type_name()))
                        );
                    }
                }
            }
            Value::Class(c) => match c.builtin {
                Some(_) => format!("<class '{}'>", c.name),
                None => match c.dict.borrow().get("__qualname__") {
                    Some(Value::Str(q)) => format!("<class '{}'>", qualified(&c.module, q)),
                    _ => format!("<class '{}'>", qualified(&c.module, &c.name)),
                },
            },
            Value::Instance(inst) => {
                if let Some(f @ Value::Function(_)) = inst.class.lookup("__repr__") {
                    return self.call_string_method(v, f, "__repr__");
                }
                if self.is_exception_class(&inst.class) {
                    let args = self.exception_args(inst);
                    let inner = if args.len() == 1 { self.repr(&args[0])? } else { self.repr_items(&args)? };
                    return Ok(format!("{}({inner})", inst.class.name));
                }
                if let Some(f @ Value::Builtin(_)) = inst.class.lookup("__repr__") {
                    return self.call_string_method(v, f, "__repr__");
                }
                if let Some(p) = super::subclass::instance_payload(inst) {
                    // A set or frozenset subclass shows its class: `MySet({1})`, `MySet()` (a list or dict
                    // subclass shows only its items, as CPython's do).
                    if let Value::Set(s) = &p {
                        let items = s.borrow().values();
                        let shown =
                            if items.is_empty() { String::new() } else { format!("{{{}}}", self.repr_items(&items)?) };
                        return Ok(format!("{}({shown})", inst.class.name));
                    }
                    return self.repr(&p);
                }
                self.default_repr(v)
            }
            Value::Module(m) => format!("<module '{}'>", m.name),
            Value::Iterator(_) => "<iterator object>".into(),
            Value::Generator(g) => {
                let at = fake_address(Rc::as_ptr(g) as *const u8 as usize);
                match g.kind {
                    super::generator::Kind::Step => format!("<{} object at {at}>", g.kind.type_name()),
                    kind => format!("<{} object {} at {at}>", kind.type_name(), g.qualname),
                }
            }
            Value::Property(_) => "<property object>".into(),
            Value::ClassMethod(_) => "<classmethod object>".into(),
            Value::StaticMethod(_) => "<staticmethod object>".into(),
            Value::Super(c, _) => format!("<super: <class '{}'>>", c.name),
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented => "NotImplemented".into(),
        })
    }

    /// `str(v)`.
    /// The decimal digits of a big integer, refused past CPython's 4300-digit limit.
    fn decimal(&mut self, n: &num_bigint::BigInt) -> PyResult<String> {
        let limit = crate::eval::builtins::MAX_STR_DIGITS;
        // 4300 digits need at least 14 282 bits; anything shorter is certainly within the limit.
        if n.bits() > 14_300 || (n.bits() > 14_270 && n.magnitude().to_string().len() > limit) {
            return Err(self.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        self.charge((n.bits() / 64) as usize)?;
        Ok(n.to_string())
    }

    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(inst) => {
                if let Some(f @ Value::Function(_)) = inst.class.lookup("__str__") {
                    return self.call_string_method(v, f, "__str__");
                }
                if self.is_exception_class(&inst.class) {
                    return self.exception_default_str(inst);
                }
                if let Some(f @ Value::Builtin(_)) = inst.class.lookup("__str__") {
                    return self.call_string_method(v, f, "__str__");
                }
                // A set subclass's str is its repr, which names the class.
                if let Some(p) = super::subclass::instance_payload(inst)
                    && !matches!(p, Value::Set(_))
                    && (matches!(p, Value::Str(_))
                        || !matches!(inst.class.lookup("__repr__"), Some(Value::Function(_))))
                {
                    return self.to_str(&p);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `BaseException.__str__`: the single argument's str (a `KeyError`'s repr), `OSError`'s
    /// `[Errno n] text`, else the args tuple's repr. It never calls the class's own `__str__`, so a
    /// subclass's `__str__` can call `super().__str__()`.
    pub fn exception_default_str(&mut self, inst: &Rc<Instance>) -> PyResult<String> {
        let args = self.exception_args(inst);
        let key_error = self.types.exception(ExcType::KeyError);
        let os_error = self.types.exception(ExcType::OSError);
        match args.as_slice() {
            [] => Ok(String::new()),
            // `OSError(errno, strerror[, filename])`: `[Errno 2] No such file: 'x'`.
            [errno, strerror] if inst.class.is_subclass_of(&os_error) => {
                let mut text = format!("[Errno {}] {}", self.to_str(errno)?, self.to_str(strerror)?);
                let filename = inst.dict.borrow().get("filename").cloned();
                if let Some(filename) = filename.filter(|f| !matches!(f, Value::None)) {
                    text = format!("{text}: {}", self.repr(&filename)?);
                }
                Ok(text)
            }
            [one] if inst.class.is_subclass_of(&key_error) => self.repr(one),
            [one] => self.to_str(one),
            many => self.repr(&Value::tuple(many.to_vec())),
        }
    }

    fn call_string_method(&mut self, v: &Value, f: Value, name: &str) -> PyResult<String> {
        let bound = self.bind(v.clone(), f);
        match self.call(&bound, Args::default())? {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(self.type_error(format!("{name} returned non-string (type {})", other.type_name()))),
        }
    }

    pub(super) fn exception_args(&self, inst: &super::value::Instance) -> Vec<Value> {
        match inst.dict.borrow().get("args") {
            Some(Value::Tuple(t)) => t.to_vec(),
            Some(other) => vec![other.clone()],
            None => Vec::new(),
        }
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        self.charge_items(items.len())?;
        let mut parts = Vec::with_capacity(items.len());
        let mut size = 0usize;
        for item in items {
            let part = self.repr(item)?;
            size = size.saturating_add(part.len() + 2);
            self.check_size(size)?;
            parts.push(part);
        }
        self.charge_bytes(size)?;
        Ok(parts.join(", "))
    }

    fn repr_pairs(&mut self, items: &[(Value, Value)]) -> PyResult<String> {
        self.charge_items(items.len() * 2)?;
        let mut parts = Vec::with_capacity(items.len());
        let mut size = 0usize;
        for (k, v) in items {
            let part = format!("{}: {}", self.repr(k)?, self.repr(v)?);
            size = size.saturating_add(part.len() + 2);
            self.check_size(size)?;
            parts.push(part);
        }
        self.charge_bytes(size)?;
        Ok(format!("{{{}}}", parts.join(", ")))
    }

    /// The built-in type of a value as a class object (`type(v)`).
    pub fn type_of(&self, v: &Value) -> Value {
        let t = &self.types;
        let class = match v {
            Value::Instance(i) => return Value::Class(i.class.clone()),
            Value::Class(c) if let Some(meta) = super::metaclass::metaclass(c) => return Value::Class(meta),
            Value::None => t.get(BuiltinType::NoneType),
            Value::Bool(_) => t.get(BuiltinType::Bool),
            Value::Int(_) | Value::BigInt(_) => t.get(BuiltinType::Int),
            Value::Float(_) => t.get(BuiltinType::Float),
            Value::Str(_) => t.get(BuiltinType::Str),
            Value::Bytes(_) => t.get(BuiltinType::Bytes),
            Value::ByteArray(_) => t.get(BuiltinType::ByteArray),
            Value::List(_) => t.get(BuiltinType::List),
            Value::Tuple(_) => t.get(BuiltinType::Tuple),
            Value::Dict(_) => t.get(BuiltinType::Dict),
            Value::Set(s) if s.borrow().is_frozen() => t.get(BuiltinType::FrozenSet),
            Value::Set(_) => t.get(BuiltinType::Set),
            Value::Range(..) => t.get(BuiltinType::Range),
            Value::Slice(_) => t.get(BuiltinType::Slice),
            Value::Class(_) => t.get(BuiltinType::Type),
            Value::Module(_) => t.get(BuiltinType::Module),
            Value::Property(_) => t.get(BuiltinType::Property),
            Value::ClassMethod(_) => t.get(BuiltinType::ClassMethod),
            Value::StaticMethod(_) => t.get(BuiltinType::StaticMethod),
            Value::DictView(_, ViewKind::Keys) => t.get(BuiltinType::DictView),
            Value::DictView(_, ViewKind::Values) => t.named("dict_values", BuiltinType::DictView),
            Value::DictView(_, ViewKind::Items) => t.named("dict_items", BuiltinType::DictView),
            Value::Function(_) => t.get(BuiltinType::Function),
            Value::Builtin(b) if b.owner.is_some() => t.named("method_descriptor", BuiltinType::BuiltinFunction),
            Value::Builtin(_) => t.get(BuiltinType::BuiltinFunction),
            Value::Ellipsis => t.named("ellipsis", BuiltinType::Object),
            Value::BoundMethod(m) if matches!(m.function, Value::Builtin(_)) => t.get(BuiltinType::BuiltinFunction),
            Value::BoundMethod(_) => t.get(BuiltinType::Method),
            Value::Generator(g) if g.kind != super::generator::Kind::Generator => {
                t.named(g.kind.type_name(), BuiltinType::Generator)
            }
            Value::Generator(_) => t.get(BuiltinType::Generator),
            Value::Iterator(state) => match &*state.borrow() {
                super::value::IterState::Object(obj) => return self.type_of(obj),
                other => t.named(other.type_name(), BuiltinType::Iterator),
            },
            _ => t.get(BuiltinType::Object),
        };
        Value::Class(class)
    }
}

impl Interp {
    /// `object.__repr__`: `<module.Class object at 0x…>`.
    pub(super) fn default_repr(&self, v: &Value) -> String {
        match v {
            Value::Instance(inst) => {
                format!("<{} object at {}>", qualified(&inst.class.module, &inst.class.name), fake_address(inst.id))
            }
            other => format!("<{} object>", other.type_name()),
        }
    }
}

/// `module.Name`, or just `Name` for the `builtins` module (as CPython writes classes defined where
/// the globals have no `__name__`, like doctest examples).
fn qualified(module: &str, name: &str) -> String {
    if module == "builtins" { name.to_string() } else { format!("{module}.{name}") }
}

/// A stable stand-in for a memory address in default reprs (the corpus never prints one).
fn fake_address(id: usize) -> String {
    format!("0x{:012x}", 0x7f00_0000_0000u64.wrapping_add((id as u64).wrapping_mul(0x30)))
}
