//! Built-in functions other than type constructors, numeric helpers and the ones over iterables
//! (`iteration`).

use super::iteration::{all, any, enumerate, filter, iter, map, next, reversed, sorted, zip};
use super::numeric;
use crate::eval::call::{expect_args, no_keywords, take_keyword};
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;

type BuiltinFn = fn(&mut Interp, Args) -> PyResult<Value>;

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the module, or without a
/// `fromlist` the top-level package (what `import a.b` binds), as CPython's does.
fn dunder_import(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(Value::Str(name)) = args.positional.first().cloned().or_else(|| take_kw(&args, "name")) else {
        return Err(interp.type_error("__import__() argument 1 must be str"));
    };
    let fromlist = args.positional.get(3).cloned().or_else(|| take_kw(&args, "fromlist"));
    let module = interp.import_module(&name)?;
    let from = match fromlist {
        Some(list) => interp.truthy(&list)?,
        None => false,
    };
    match (from, name.split_once('.')) {
        (false, Some((root, _))) => interp.import_module(root),
        _ => Ok(module),
    }
}

fn take_kw(args: &Args, name: &str) -> Option<Value> {
    args.keywords.iter().find(|(k, _)| &**k == name).map(|(_, v)| v.clone())
}

pub fn install(module: &Rc<Module>) {
    let functions: &[(&str, BuiltinFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("vars", vars),
        ("globals", globals),
        ("locals", globals),
        ("dir", super::dir::dir),
        ("delattr", delattr),
        ("callable", callable),
        ("iter", iter),
        ("next", next),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("reversed", reversed),
        ("sorted", sorted),
        ("any", any),
        ("all", all),
        ("super", super_),
        ("id", id),
        ("hash", hash),
        ("format", format),
        ("chr", chr),
        ("ord", ord),
        ("input", |i, _| Err(i.not_supported("input() (scripts run without a keyboard)"))),
        ("open", |i, _| Err(i.not_supported("open() (there are no files in the playground)"))),
        ("eval", |i, _| Err(i.not_supported("eval()"))),
        ("__import__", dunder_import),
        ("exec", |i, _| Err(i.not_supported("exec()"))),
    ];
    for (name, f) in functions {
        module.set(name, Interp::builtin(name, *f));
    }
    numeric::install(module);
    module.set("None", Value::None);
    module.set("Ellipsis", Value::Ellipsis);
    module.set("NotImplemented", Value::NotImplemented);
    module.set("__name__", Value::str("builtins"));
}

pub(super) fn one_arg(interp: &Interp, name: &str, args: &Args) -> PyResult<Value> {
    no_keywords(interp, name, args)?;
    expect_args(interp, name, args, 1, 1)?;
    Ok(args.positional[0].clone())
}

fn print(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let sep = take_keyword(&mut args, "sep");
    let end = take_keyword(&mut args, "end");
    let file = take_keyword(&mut args, "file");
    let _flush = take_keyword(&mut args, "flush");
    no_keywords(interp, "print", &args)?;
    let file = file.filter(|f| !matches!(f, Value::None)).or_else(|| redirected_stdout(interp));
    if let Some(Value::None) = file {
        return Ok(Value::None);
    }
    let text_arg = |v: Option<Value>, default: &str, what: &str, interp: &Interp| match v {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(other) => Err(interp.type_error(format!("{what} must be None or a string, not {}", other.type_name()))),
    };
    let sep = text_arg(sep, " ", "sep", interp)?;
    let end = text_arg(end, "\n", "end", interp)?;
    if let Some(file) = file {
        // Any object with `write` (a StringIO, sys.stderr, a user's logger): CPython writes each
        // piece with its own call.
        let write = interp.get_attr(&file, "write")?;
        for (i, v) in args.positional.iter().enumerate() {
            if i > 0 {
                interp.call(&write, Args::positional(vec![Value::str(&sep)]))?;
            }
            let text = interp.to_str(v)?;
            interp.call(&write, Args::positional(vec![Value::str(&text)]))?;
        }
        interp.call(&write, Args::positional(vec![Value::str(&end)]))?;
        return Ok(Value::None);
    }
    let mut line = String::new();
    for (i, v) in args.positional.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        line.push_str(&interp.to_str(v)?);
    }
    line.push_str(&end);
    emit(interp, &line)?;
    Ok(Value::None)
}

/// Appends text to the program's output (what print() and the original `sys.stdout` write).
pub(crate) fn emit(interp: &mut Interp, text: &str) -> PyResult<()> {
    interp.check_size(interp.out.len() + text.len())?;
    interp.charge(text.len() / 64)?;
    interp.flush_queued_output();
    interp.out.push_str(text);
    Ok(())
}

/// `sys.stdout` when a program replaced it (`contextlib.redirect_stdout`, `sys.stdout = buf`): print()
/// then writes there, as CPython's does. The original stream stands for the output itself.
fn redirected_stdout(interp: &Interp) -> Option<Value> {
    let Some(Value::Module(sys)) = interp.modules.get("sys") else { return None };
    let stdout = sys.get("stdout")?;
    match sys.get("__stdout__") {
        Some(original) if original.is(&stdout) => None,
        _ => Some(stdout),
    }
}

fn len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, "len", &args)?;
    Ok(Value::Int(interp.len(&v)? as i64))
}

fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, "repr", &args)?;
    Ok(Value::str(&interp.repr(&v)?))
}

fn ascii(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, "ascii", &args)?;
    let r = interp.repr(&v)?;
    Ok(Value::str(&crate::eval::format::ascii(&r)))
}

/// `isinstance(subject, spec)` (`instance`) or `issubclass(subject, spec)`. A real subclass answers at
/// once; otherwise a metaclass's `__instancecheck__`/`__subclasscheck__` decides (abc's virtual
/// subclasses and `__subclasshook__`).
fn class_check(interp: &mut Interp, subject: &Value, instance: bool, spec: &Value, name: &str) -> PyResult<bool> {
    match spec {
        Value::Class(target) => {
            let class = if instance { interp.type_of(subject) } else { subject.clone() };
            if let Value::Class(c) = &class
                && c.is_subclass_of(target)
            {
                return Ok(true);
            }
            let hook = if instance { "__instancecheck__" } else { "__subclasscheck__" };
            match interp.meta_method(target, hook) {
                Some(check) => {
                    let answer = interp.call(&check, Args::positional(vec![subject.clone()]))?;
                    interp.truthy(&answer)
                }
                None => Ok(false),
            }
        }
        Value::Tuple(items) => {
            for item in items.iter() {
                if class_check(interp, subject, instance, item, name)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // `int | str`, `Optional[int]`, `Union[...]`: any member matches.
        Value::Instance(_)
            if crate::eval::modules::alias_origin(spec)
                .and_then(|o| crate::eval::modules::form_name(&o))
                .is_some_and(|n| n == "Union") =>
        {
            for item in crate::eval::modules::alias_args(spec) {
                if class_check(interp, subject, instance, &item, name)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(interp.type_error(format!("{name}() arg 2 must be a type, a tuple of types, or a union"))),
    }
}

fn isinstance(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "isinstance", &args, 2, 2)?;
    if class_check(interp, &args.positional[0], true, &args.positional[1], "isinstance")? {
        return Ok(Value::Bool(true));
    }
    match &args.positional[1] {
        Value::Class(protocol)
            if matches!(protocol.dict.borrow().get("_is_runtime_protocol"), Some(Value::Bool(true))) =>
        {
            Ok(Value::Bool(has_protocol_members(interp, &args.positional[0], protocol)?))
        }
        _ => Ok(Value::Bool(false)),
    }
}

/// A `@runtime_checkable` protocol's structural check: the object has every member the protocol and
/// its protocol bases define (typing's `_get_protocol_attrs`, without its bookkeeping names).
fn has_protocol_members(interp: &mut Interp, obj: &Value, protocol: &Rc<crate::eval::value::Class>) -> PyResult<bool> {
    const SKIPPED: &[&str] = &[
        "__abstractmethods__",
        "__annotations__",
        "__dict__",
        "__doc__",
        "__init__",
        "__module__",
        "__new__",
        "__slots__",
        "__subclasshook__",
        "__weakref__",
        "__class_getitem__",
        "__parameters__",
        "__orig_bases__",
        "__qualname__",
        "__firstlineno__",
        "__init_subclass__",
        "_is_protocol",
        "_is_runtime_protocol",
    ];
    let mut names = Vec::new();
    for class in std::iter::once(protocol).chain(protocol.mro_tail.iter()) {
        if class.builtin.is_some() || matches!(&*class.name, "Protocol" | "Generic") {
            continue;
        }
        for name in class.dict.borrow().keys() {
            if !SKIPPED.contains(&&**name) && !name.starts_with("_abc_") && !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    for name in names {
        if interp.probe_attr(obj, &name)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issubclass(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "issubclass", &args, 2, 2)?;
    if !matches!(args.positional[0], Value::Class(_)) {
        return Err(interp.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::Bool(class_check(interp, &args.positional[0], false, &args.positional[1], "issubclass")?))
}

fn attr_name(interp: &Interp, v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(interp.type_error(format!("attribute name must be string, not '{}'", other.type_name()))),
    }
}

fn getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "getattr", &args, 2, 3)?;
    let name = attr_name(interp, &args.positional[1])?;
    match args.positional.get(2) {
        None => interp.get_attr(&args.positional[0], &name),
        Some(default) => Ok(interp.probe_attr(&args.positional[0], &name)?.unwrap_or_else(|| default.clone())),
    }
}

/// `globals()` / `locals()` reached other than by a direct call (`f = locals; f()`), which does
/// not see the caller's scope here; the direct call is answered at the call site.
fn globals(interp: &mut Interp, _args: Args) -> PyResult<Value> {
    Err(interp.not_supported("globals()/locals() called indirectly"))
}

/// `vars(obj)`: the object's `__dict__` (a module's, a class's or an instance's namespace).
fn vars(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, "vars", &args)?;
    let [obj] = args.positional.as_slice() else {
        return match args.positional.len() {
            0 => Err(interp.not_supported("vars() without an argument")),
            n => Err(interp.type_error(format!("vars expected at most 1 argument, got {n}"))),
        };
    };
    match interp.get_attr(obj, "__dict__") {
        Err(e) if interp.is_attribute_error(&e) => {
            Err(interp.type_error("vars() argument must have __dict__ attribute"))
        }
        other => other,
    }
}

fn setattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "setattr", &args, 3, 3)?;
    let name = attr_name(interp, &args.positional[1])?;
    interp.set_attr(&args.positional[0], &name, args.positional[2].clone())?;
    Ok(Value::None)
}

fn hasattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "hasattr", &args, 2, 2)?;
    let name = attr_name(interp, &args.positional[1])?;
    Ok(Value::Bool(interp.probe_attr(&args.positional[0], &name)?.is_some()))
}

fn delattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    expect_args(interp, "delattr", &args, 2, 2)?;
    let name = attr_name(interp, &args.positional[1])?;
    interp.del_attr(&args.positional[0], &name)?;
    Ok(Value::None)
}

fn callable(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, "callable", &args)?;
    Ok(Value::Bool(is_callable(&v)))
}

pub(super) fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::StaticMethod(_) | Value::ClassMethod(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        _ => false,
    }
}

fn super_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.positional.as_slice() {
        [] => interp.zero_arg_super(),
        [Value::Class(c), receiver] => Ok(Value::Super(c.clone(), Rc::new(receiver.clone()))),
        _ => Err(interp.type_error("super() argument 1 must be a type")),
    }
}

pub(super) fn classmethod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let f = one_arg(interp, "classmethod", &args)?;
    Ok(Value::ClassMethod(Rc::new(f)))
}

pub(super) fn staticmethod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let f = one_arg(interp, "staticmethod", &args)?;
    Ok(Value::StaticMethod(Rc::new(f)))
}

fn id(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, "id", &args)?;
    // Objects that `is` tells apart have distinct ids (pprint and copy key their memo on them).
    let id = match &v {
        Value::Instance(i) => i.id,
        Value::Class(c) => c.id,
        Value::List(l) => Rc::as_ptr(l) as *const u8 as usize,
        Value::Dict(d) => Rc::as_ptr(d) as *const u8 as usize,
        Value::Tuple(t) => Rc::as_ptr(t) as *const u8 as usize,
        Value::Set(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Bytes(b) => Rc::as_ptr(b) as *const u8 as usize,
        Value::ByteArray(b) => Rc::as_ptr(b) as *const u8 as usize,
        Value::Function(f) => Rc::as_ptr(f) as *const u8 as usize,
        Value::Module(m) => Rc::as_ptr(m) as *const u8 as usize,
        Value::Iterator(it) => Rc::as_ptr(it) as *const u8 as usize,
        Value::Generator(g) => Rc::as_ptr(g) as *const u8 as usize,
        _ => 0,
    };
    Ok(Value::Int(id as i64))
}

fn hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, "hash", &args)?;
    let key = interp.key_of(&v)?;
    Ok(match &key {
        crate::eval::dict::Key::Int(n) => Value::Int(numeric_hash(&num_bigint::BigInt::from(*n), &1.into())),
        crate::eval::dict::Key::Big(n) => Value::Int(numeric_hash(n, &1.into())),
        crate::eval::dict::Key::Float(_) => {
            // A number-like object keyed as the float it equals (a Fraction, a Decimal) hashes as it.
            let Value::Float(f) = crate::eval::subclass::plain(&v) else {
                return Ok(Value::Int(crate::eval::dict::py_hash_of(&key)));
            };
            Value::Int(match crate::eval::methods::float_ratio(f) {
                Some((n, d)) => numeric_hash(&n, &d),
                None if f.is_nan() => 0,
                None => 314_159 * if f < 0.0 { -1 } else { 1 },
            })
        }
        crate::eval::dict::Key::Custom(n, _) => Value::Int(*n),
        // Tuples and frozensets hash as CPython's do (over their items' hashes); strings and
        // objects by a fixed hash of ours (CPython's are per-process).
        other => Value::Int(crate::eval::dict::py_hash_of(other)),
    })
}

/// CPython's hash of the rational number `n / d` (`d` > 0): `|n| / d` modulo the Mersenne prime
/// 2**61 - 1, with `n`'s sign, and -1 reserved; ints, floats, Decimals and Fractions that are equal
/// hash equal.
fn numeric_hash(n: &num_bigint::BigInt, d: &num_bigint::BigInt) -> i64 {
    use num_bigint::{BigInt, Sign};
    let modulus = BigInt::from((1i64 << 61) - 1);
    let inverse = d.modpow(&(&modulus - 2), &modulus);
    let magnitude = (n.magnitude() % modulus.magnitude()) * inverse.magnitude() % modulus.magnitude();
    let value = i64::try_from(magnitude).unwrap_or(0);
    let signed = if n.sign() == Sign::Minus { -value } else { value };
    if signed == -1 { -2 } else { signed }
}

fn format(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(interp.type_error("format() takes no keyword arguments"));
    }
    expect_args(interp, "format", &args, 1, 2)?;
    let spec = match args.positional.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(interp.type_error(format!("format() argument 2 must be str, not {}", other.type_name())));
        }
    };
    Ok(Value::str(&interp.format_value(&args.positional[0], &spec)?))
}

fn chr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, "chr", &args)?;
    match v {
        Value::Int(n) => u32::try_from(n)
            .ok()
            .and_then(char::from_u32)
            .map(|c| Value::str(&c.to_string()))
            .ok_or_else(|| interp.value_error("chr() arg not in range(0x110000)")),
        other => Err(interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))),
    }
}

fn ord(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, "ord", &args)?;
    match &v {
        Value::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(i64::from(u32::from(c)))),
                _ => Err(interp.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let bytes: Vec<u8> = match &v {
                Value::Bytes(b) => b.to_vec(),
                Value::ByteArray(b) => b.borrow().clone(),
                _ => Vec::new(),
            };
            match bytes.as_slice() {
                [b] => Ok(Value::Int(i64::from(*b))),
                _ => Err(interp
                    .type_error(format!("ord() expected a character, but string of length {} found", bytes.len()))),
            }
        }
        other => Err(interp.type_error(format!("ord() expected string of length 1, but {} found", other.type_name()))),
    }
}
