//! Imports: `import x`, `from x import y`. Modules are native (built by a factory on first import);
//! the playground has no files to import from, so any other name raises ModuleNotFoundError.

pub mod datetime;
pub(crate) mod digest;
mod math;
mod random;
pub mod re;
mod source;
pub mod sqlite;
mod typing;
mod unicodedata;

pub use source::{SourceLoader, set_source_loader};
pub use typing::{alias_args, alias_origin, form_name, is_type_var, make_alias};

use super::scope::Frame;
use super::stmt::Flow;
use super::value::{Module, Value};
use super::{Args, Interp, PyResult};
use crate::eval::ExcType;
use crate::ir::{ImportName, Name};
use std::rc::Rc;

/// Builds a native module's namespace.
pub type ModuleFactory = fn(&mut Interp) -> PyResult<Rc<Module>>;

pub(super) fn register_standard(interp: &mut Interp) {
    interp.register_module("typing", typing::module);
    interp.register_module("typing_extensions", typing::module);
    interp.register_module("math", math::module);
    interp.register_module("re", re::module);
    interp.register_module("_random", random::module);
    interp.register_module("datetime", datetime::module);
    interp.register_module("_hashlib", digest::module);
    interp.register_module("_unicodedata", unicodedata::module);
    interp.register_module("_sqlite3", sqlite::module);
    datetime::prepare(interp);
    for (name, _) in source::SOURCES {
        interp.register_module(name, |i| Err(i.error(ExcType::SystemError, "source module loaded natively")));
    }
    interp.register_module("_ormplay", |_| {
        let m = Rc::new(Module::new("_ormplay"));
        m.set("caller_line", Interp::builtin("caller_line", caller_line));
        // The original `sys.stdout.write`: the program's output, whatever `sys.stdout` is now.
        m.set(
            "emit",
            Interp::builtin("emit", |i, a| match a.positional.first() {
                Some(Value::Str(s)) => super::builtins::functions::emit(i, s).map(|()| Value::None),
                _ => Err(i.type_error("emit() argument must be str")),
            }),
        );
        // The host clock in microseconds since the Unix epoch, for the `time` module.
        m.set("now_us", Interp::builtin("now_us", |_, _| Ok(Value::Int(datetime::constructors::unix_now_us()))));
        // `sys.setrecursionlimit(n)`: the level limit follows the program's; the native stack guard
        // (`Limits::stack`) stays the hard cap, so a high limit ends in RecursionError, never an overflow.
        m.set(
            "set_recursion_limit",
            Interp::builtin("set_recursion_limit", |i, a| {
                if let Some(Value::Int(n)) = a.positional.first() {
                    i.limits.recursion = usize::try_from(*n).unwrap_or(1);
                }
                Ok(Value::None)
            }),
        );
        // `traceback.format_exception(e)`: CPython's text for a caught exception and its chain (the
        // frames its handler recorded), and `format_exception_only`'s `Name: message` line.
        m.set(
            "format_exception",
            Interp::builtin("format_exception", |i, a| match a.positional.first() {
                Some(Value::Instance(e)) if i.is_exception_class(&e.class) => {
                    let mut exc = crate::eval::Exc::new(e.clone());
                    exc.traceback = i.caught_tracebacks.get(&e.id).cloned().unwrap_or_default();
                    Ok(Value::str(&i.format_traceback(&exc)))
                }
                _ => Err(i.type_error("format_exception() argument must be an exception")),
            }),
        );
        m.set(
            "exception_line",
            Interp::builtin("exception_line", |i, a| match a.positional.first() {
                Some(Value::Instance(e)) if i.is_exception_class(&e.class) => {
                    Ok(Value::str(&i.exception_line(&crate::eval::Exc::new(e.clone()))))
                }
                _ => Err(i.type_error("exception_line() argument must be an exception")),
            }),
        );
        // `typing.get_type_hints`: a string annotation evaluated with the globals of the function (or
        // of a class's methods) that carries it (there is no `eval()` to do it in Python).
        m.set("eval_annotation", Interp::builtin("eval_annotation", eval_annotation));
        // `sys.exception()`: the exception being handled (the innermost `except` block), else None.
        m.set(
            "handled",
            Interp::builtin("handled", |i, _| {
                Ok(i.handling.last().map_or(Value::None, |e| Value::Instance(e.value.clone())))
            }),
        );
        Ok(m)
    });
    interp.register_module("__future__", |i| {
        let m = Rc::new(Module::new("__future__"));
        let feature = i.aux_class_in("__future__", "_Feature");
        for name in ["annotations", "division", "absolute_import", "print_function", "generator_stop"] {
            let instance = crate::eval::value::Instance {
                class: feature.clone(),
                dict: Default::default(),
                native: Default::default(),
                id: i.next_id(),
            };
            m.set(name, Value::Instance(Rc::new(instance)));
        }
        Ok(m)
    });
}

impl Interp {
    /// Imports a module by dotted name (parents first, as Python does).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        if let Some((parent, _)) = name.rsplit_once('.') {
            self.import_module(parent)?;
        }
        // A submodule a package binds itself (`os.path`, bound by `os` to `posixpath`).
        if let Some((parent, child)) = name.rsplit_once('.')
            && let Some(Value::Module(p)) = self.modules.get(parent)
            && let Some(m @ Value::Module(_)) = p.get(child)
        {
            self.modules.insert(name.to_string(), m.clone());
            self.sync_sys_modules(name);
            return Ok(m);
        }
        let Some(factory) = self.native_modules.get(name).copied() else {
            let shown = name.split('.').next().filter(|root| !self.native_modules.contains_key(root)).unwrap_or(name);
            return Err(self.error(ExcType::ModuleNotFoundError, format!("No module named '{shown}'")));
        };
        let module = if source::SOURCES.iter().any(|(n, _)| *n == name) {
            Value::Module(self.load_source_module(name)?)
        } else {
            Value::Module(factory(self)?)
        };
        self.modules.insert(name.to_string(), module.clone());
        self.sync_sys_modules(name);
        if let Some((parent, child)) = name.rsplit_once('.')
            && let Some(Value::Module(p)) = self.modules.get(parent)
        {
            p.set(child, module.clone());
        }
        Ok(module)
    }

    /// Keeps `sys.modules` (a plain dict in the `sys` module) listing what has been imported: every
    /// module once `sys` itself is imported, then each new one.
    pub(super) fn sync_sys_modules(&mut self, name: &str) {
        let Some(Value::Module(sys)) = self.modules.get("sys") else { return };
        let Some(Value::Dict(table)) = sys.get("modules") else { return };
        let names: Vec<String> =
            if name == "sys" { self.modules.keys().cloned().collect() } else { vec![name.to_string()] };
        let mut table = table.borrow_mut();
        for n in names {
            if let Some(m) = self.modules.get(&n) {
                table.insert(super::dict::Key::Str(n.as_str().into()), Value::str(&n), m.clone());
            }
        }
    }

    pub(super) fn exec_import(&mut self, names: &[ImportName], frame: &mut Frame) -> PyResult<Flow> {
        for item in names {
            let module = self.import_module(&item.name)?;
            match &item.alias {
                Some(alias) => self.store_name(frame, alias, module)?,
                None => {
                    let root = item.name.split('.').next().unwrap_or(&item.name);
                    let top = self.import_module(root)?;
                    self.store_name(frame, &Name::from(root), top)?;
                }
            }
        }
        Ok(Flow::Normal)
    }

    pub(super) fn exec_import_from(
        &mut self,
        module: &str,
        names: &[ImportName],
        level: u32,
        frame: &mut Frame,
    ) -> PyResult<Flow> {
        if level > 0 {
            return Err(self.error(ExcType::ImportError, "attempted relative import with no known parent package"));
        }
        let Value::Module(m) = self.import_module(module)? else {
            return Err(self.error(ExcType::ImportError, format!("cannot import from '{module}'")));
        };
        for item in names {
            if item.name == "*" {
                let items: Vec<(Name, Value)> = m
                    .dict
                    .borrow()
                    .iter()
                    .filter(|(k, _)| !k.starts_with('_'))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                for (k, v) in items {
                    self.store_name(frame, &k, v)?;
                }
                continue;
            }
            let value = match m.get(&item.name) {
                Some(v) => v,
                None => match self.import_module(&format!("{module}.{}", item.name)) {
                    Ok(v) => v,
                    Err(_) => {
                        return Err(self.error(
                            ExcType::ImportError,
                            format!("cannot import name '{}' from '{module}'", item.name),
                        ));
                    }
                },
            };
            let bound = item.alias.clone().unwrap_or_else(|| Name::from(item.name.as_str()));
            self.store_name(frame, &bound, value)?;
        }
        Ok(Flow::Normal)
    }
}

/// `_ormplay.caller_line(level)`: the file name and line a Python function `level` calls up the stack
/// was called from (1: the caller of the function asking), or None above the program's first
/// statement. The `warnings` module reports `filename` and `lineno` with it, as CPython's `stacklevel`
/// does.
fn caller_line(interp: &mut Interp, args: super::Args) -> PyResult<Value> {
    let level = match args.positional.first() {
        Some(Value::Int(n)) => usize::try_from(*n).unwrap_or(0).max(1),
        _ => 1,
    };
    let site = match interp.call_sites.len().checked_sub(level) {
        Some(i) => interp.call_sites.get(i).copied(),
        None => None,
    };
    let Some((file, span)) = site else { return Ok(Value::None) };
    let Some(f) = interp.files.get(file) else { return Ok(Value::None) };
    let line = f.lines.line_col(&f.text, span.start).line;
    Ok(Value::tuple(vec![Value::str(&f.name), Value::Int(i64::from(line))]))
}

/// `_ormplay.eval_annotation(text, owner)`: the value of the expression `text` in `owner`'s globals.
fn eval_annotation(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (Some(Value::Str(text)), owner) = (args.positional.first(), args.positional.get(1)) else {
        return Err(interp.type_error("eval_annotation() argument must be str"));
    };
    let function = match owner {
        Some(Value::Function(f)) => Some(f.clone()),
        Some(Value::Class(c)) => std::iter::once(c).chain(&c.mro_tail).find_map(|k| {
            k.dict.borrow().values().find_map(|v| match v {
                Value::Function(f) => Some(f.clone()),
                _ => None,
            })
        }),
        _ => None,
    };
    // A class without methods: the globals of the module it was defined in (`__module__`).
    let module = match (&function, owner) {
        (None, Some(Value::Class(c))) => match c.dict.borrow().get("__module__") {
            Some(Value::Str(name)) => match interp.modules.get(&**name) {
                Some(Value::Module(m)) => Some(m.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let globals = Rc::new(Module::new("__annotation__"));
    let source_globals = function.map(|f| f.globals.clone()).or(module);
    if let Some(g) = source_globals {
        for (k, v) in g.dict.borrow().iter() {
            globals.set(k, v.clone());
        }
    }
    let source = format!("__ormplay_value__ = ({text})");
    let Ok(module) = crate::python::parse(&source) else {
        return Err(
            interp.error(ExcType::SyntaxError, format!("Forward reference must be an expression -- got '{text}'"))
        );
    };
    let file = interp.add_file("<annotation>", &source);
    interp.run_module(&module, &globals, file)?;
    Ok(globals.get("__ormplay_value__").unwrap_or(Value::None))
}
