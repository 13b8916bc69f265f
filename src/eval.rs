//! The evaluator: runs our IR the way CPython would, for the subset ormplay supports.
//!
//! A tree-walking interpreter over [`crate::ir`]. Submodules are organised by concern: values and dicts,
//! exceptions, name scopes, one function per statement kind ([`stmt`]) and per expression kind
//! ([`expr`]), calls, classes, operators, `repr`/`str`, iteration, builtins, methods of builtin types, and
//! importable modules. Native libraries (the ORM) plug in as modules of native callables and
//! [`value::ClassHooks`]. A step budget and a recursion limit stop runaway programs with a clear error.

mod attr;
mod budget;
mod builtins;
pub mod bytes;
mod call;
mod class;
pub mod dict;
mod exceptions;
mod expr;
mod format;
pub mod generator;
pub mod iter;
mod matching;
mod metaclass;
mod methods;
pub mod modules;
mod ops;
mod repr;
mod scope;
mod stmt;
pub mod subclass;
mod suggest;
pub mod teardown;
mod traceback;
mod unparse;
pub mod value;

#[cfg(test)]
mod tests;

pub use budget::{DEFAULT_MEMORY, Limits, PAGE_MEMORY, PAGE_STACK};
pub use exceptions::{Exc, ExcType, TraceEntry};
pub(crate) use ops::is_scalar;
pub use scope::Frame;
pub use value::Value;

use crate::ir;
use crate::source::{FileSpan, LineIndex, Span};
use std::collections::HashMap;
use std::rc::Rc;
use value::{Class, Module};

/// The result of evaluating anything: a value, or a Python exception unwinding.
pub type PyResult<T> = Result<T, Box<Exc>>;

/// Arguments of a call: positional values, then keywords in the order given.
#[derive(Default, Clone, Debug)]
pub struct Args {
    pub positional: Vec<Value>,
    pub keywords: Vec<(ir::Name, Value)>,
}

impl Args {
    pub fn positional(values: Vec<Value>) -> Self {
        Args { positional: values, keywords: Vec::new() }
    }
}

/// A source file the program was loaded from (for tracebacks).
pub struct SourceFile {
    pub name: String,
    pub text: String,
    pub lines: LineIndex,
}

/// Called with the file name and span of every statement before it executes. The page's worker
/// records the last one in a place it can still read after a fatal error (a trap ends the run with no
/// exception to carry a location), so the crash is reported at the statement that caused it.
pub type StatementProbe = fn(file: &str, span: Span);

/// Sees every statement before it executes, with the program's output so far: the run timeline
/// ([`crate::trace`]) cuts the run into steps at module-level statements and places printed output
/// between the SQL entries. It must not change what the program does.
pub trait StatementTracer {
    /// `file` is the interpreter's file index; `module_level` is false inside functions and class bodies.
    fn statement(&self, out: &str, file: usize, span: Span, module_level: bool);
}

/// The interpreter: global state of one program run.
pub struct Interp {
    /// Everything the program printed to stdout.
    pub out: String,
    /// Output native code queued for stdout (see [`Interp::stdout_queue`]).
    queued_out: Rc<std::cell::RefCell<String>>,
    pub files: Vec<SourceFile>,
    pub builtins: Rc<Module>,
    pub types: builtins::Types,
    modules: HashMap<String, Value>,
    native_modules: HashMap<&'static str, modules::ModuleFactory>,
    pub limits: Limits,
    steps: u64,
    /// The recursion depth (see [`Limits::recursion`]).
    depth: usize,
    /// The shallowest native stack address seen (the stack grows down), for the `limits.stack` guard.
    stack_top: usize,
    /// The deepest native stack address seen, for [`Interp::stack_used`].
    stack_deepest: usize,
    /// What the thread held when the interpreter was created (the memory budget counts from here).
    memory_base: usize,
    /// Exceptions being handled (innermost last), for bare `raise` and implicit chaining. Boxed because
    /// exceptions travel boxed in [`PyResult`]; keeping the box avoids moving them in and out.
    #[allow(clippy::vec_box)]
    handling: Vec<Box<Exc>>,
    /// The user functions being called, with their first argument (for zero-argument `super()`).
    calls: Vec<(Rc<value::Function>, Option<Value>)>,
    /// Where each of those calls was made (the caller's statement), for `warnings.warn(stacklevel=)`.
    call_sites: Vec<(usize, Span)>,
    /// Tracebacks of exceptions that were caught, by instance id, so that an exception raised while
    /// handling them can print the whole chain (bounded: see `remember_traceback`).
    caught_tracebacks: HashMap<usize, Vec<TraceEntry>>,
    /// Helper classes for native objects, by name (see `aux_class`).
    aux_classes: HashMap<String, Rc<Class>>,
    /// The `__dict__` mappings handed out, by instance id (see `attr/instance_dict.rs`).
    exposed_dicts: HashMap<usize, std::rc::Weak<std::cell::RefCell<dict::Dict>>>,
    /// State that native libraries keep for the whole run (the ORM's engines and sessions).
    extensions: Vec<Rc<dyn std::any::Any>>,
    /// The statement being executed (file, span), so native code can say where it was called from.
    pub(crate) location: (usize, Span),
    /// Suspended generators that would run code when closed (see [`generator`]).
    live_generators: Vec<Rc<generator::Generator>>,
    /// Closing unreferenced generators is under way (it runs code, which must not start another).
    collecting: bool,
    /// See [`StatementProbe`]; `None` outside the page.
    pub statement_probe: Option<StatementProbe>,
    /// See [`StatementTracer`]; `None` unless the run is traced.
    pub tracer: Option<Rc<dyn StatementTracer>>,
    /// The call being made (or, while a class is being created, the class header), so native functions
    /// can record where they were called: the ORM keeps it for each `Column(...)` and `relationship(...)`.
    pub(crate) call_site: FileSpan,
    /// Where identities of new classes and instances come from.
    ids: value::Ids,
    /// Containers being printed further up (by address), so a list containing itself prints `[...]`.
    repr_active: Vec<usize>,
    /// The definition every comprehension scope points at (shared: it has no content of its own).
    comprehension_def: Rc<ir::FunctionDef>,
    /// Captured scopes and classes, for freeing their cycles when the run ends.
    escaped: teardown::Escaped,
}

impl Default for Interp {
    fn default() -> Self {
        Self::new()
    }
}

/// The run is over: free what it left in reference cycles (imported modules, classes, the builtins),
/// which the page's long-lived worker would otherwise keep forever (see `teardown::break_cycles`).
/// The program's own namespace is not the interpreter's: its owner passes it to
/// [`teardown::break_cycles`] when it is done with it.
impl Drop for Interp {
    fn drop(&mut self) {
        let mut roots: Vec<Value> = self.modules.drain().map(|(_, module)| module).collect();
        roots.push(Value::Module(self.builtins.clone()));
        roots.extend(self.aux_classes.drain().map(|(_, class)| Value::Class(class)));
        roots.extend(self.live_generators.drain(..).map(Value::Generator));
        self.escaped.drain_into(&mut roots);
        self.handling.clear();
        self.calls.clear();
        self.extensions.clear();
        teardown::break_cycles(roots);
    }
}

impl Interp {
    /// Remembers an object whose cycles must be freed when the run ends (see `teardown::Escaped`).
    pub(crate) fn track_instance(&mut self, instance: &Rc<value::Instance>) {
        self.escaped.instance(instance);
    }

    pub fn new() -> Self {
        let ids = value::Ids::new();
        let (types, builtins) = builtins::install(&ids);
        let mut interp = Interp {
            out: String::new(),
            queued_out: Rc::default(),
            files: Vec::new(),
            builtins,
            types,
            modules: HashMap::new(),
            native_modules: HashMap::new(),
            limits: Limits::default(),
            steps: 0,
            depth: 0,
            stack_top: 0,
            stack_deepest: usize::MAX,
            memory_base: heap_meter::live(),
            handling: Vec::new(),
            calls: Vec::new(),
            call_sites: Vec::new(),
            aux_classes: HashMap::new(),
            exposed_dicts: HashMap::new(),
            extensions: Vec::new(),
            location: (0, Span::default()),
            statement_probe: None,
            tracer: None,
            caught_tracebacks: HashMap::new(),
            live_generators: Vec::new(),
            collecting: false,
            call_site: FileSpan::default(),
            ids,
            repr_active: Vec::new(),
            escaped: teardown::Escaped::default(),
            comprehension_def: Rc::new(ir::FunctionDef {
                name: ir::Name::from("<comprehension>"),
                params: Default::default(),
                body: Vec::new(),
                decorators: Vec::new(),
                is_lambda: false,
                is_generator: false,
                is_async: false,
                async_gen: false,
                scope: Default::default(),
                span: Default::default(),
            }),
        };
        modules::register_standard(&mut interp);
        interp
    }

    /// A class that a module already imported defines (`decimal.Decimal` once `decimal` is loaded).
    pub fn loaded_class(&self, module: &str, name: &str) -> Option<Rc<value::Class>> {
        match self.modules.get(module)? {
            Value::Module(m) => match m.get(name)? {
                Value::Class(c) => Some(c),
                _ => None,
            },
            _ => None,
        }
    }

    /// A fresh identity for a class or instance (used by `is`, hashing by identity, and `id()`).
    pub fn next_id(&self) -> usize {
        self.ids.next()
    }

    /// Runs `f` unless the container at `ptr` is already being printed further up (a list containing
    /// itself), in which case the placeholder is the result — CPython prints `[...]` there.
    pub(crate) fn guard_cycle(
        &mut self,
        ptr: usize,
        placeholder: &str,
        f: impl FnOnce(&mut Self) -> PyResult<String>,
    ) -> PyResult<String> {
        if self.repr_active.contains(&ptr) {
            return Ok(placeholder.to_string());
        }
        self.repr_active.push(ptr);
        let out = f(self);
        self.repr_active.pop();
        out
    }

    /// Makes `import name` load a native module built by `factory` (once, on first import).
    pub fn register_module(&mut self, name: &'static str, factory: modules::ModuleFactory) {
        self.native_modules.insert(name, factory);
    }

    /// Attaches run-wide state for a native library.
    pub fn add_extension(&mut self, state: Rc<dyn std::any::Any>) {
        self.extensions.push(state);
    }

    /// The run-wide state of type `T` a native library attached, if any.
    pub fn extension<T: 'static>(&self) -> Option<Rc<T>> {
        self.extensions.iter().find_map(|e| e.clone().downcast::<T>().ok())
    }

    /// Adds a source file and returns its index (for spans in tracebacks).
    pub fn add_file(&mut self, name: &str, text: &str) -> usize {
        self.files.push(SourceFile { name: name.to_string(), text: text.to_string(), lines: LineIndex::new(text) });
        self.files.len() - 1
    }

    /// Runs a lowered module in the namespace `globals`.
    pub fn run_module(&mut self, module: &ir::Module, globals: &Rc<Module>, file: usize) -> PyResult<()> {
        if &*globals.name == "__main__" {
            // The program is `sys.modules["__main__"]` (what `sys.modules[__name__]` finds).
            self.modules.insert("__main__".to_string(), Value::Module(globals.clone()));
            self.sync_sys_modules("__main__");
        }
        let mut frame = Frame::module(globals.clone(), file);
        match self.exec_block(&module.body, &mut frame)? {
            stmt::Flow::Normal => Ok(()),
            _ => Ok(()),
        }
    }

    /// The queue for text native code writes to stdout while it cannot reach the interpreter (the SQL
    /// echo of `ormplay doctest`): it joins [`Interp::out`] before the next `print` and whenever
    /// [`Interp::take_output`] or [`Interp::flush_queued_output`] is called, so it keeps its place.
    pub fn stdout_queue(&self) -> Rc<std::cell::RefCell<String>> {
        self.queued_out.clone()
    }

    /// `sys.displayhook`: shows a value other than None as its repr and a newline on stdout, and keeps
    /// it as `builtins._` (None while its repr is computed, as CPython does).
    pub fn display(&mut self, value: Value) -> PyResult<()> {
        if matches!(value, Value::None) {
            return Ok(());
        }
        self.builtins.set("_", Value::None);
        let text = self.repr(&value)?;
        self.check_size(self.out.len() + text.len())?;
        self.flush_queued_output();
        self.out.push_str(&text);
        self.out.push('\n');
        self.builtins.set("_", value);
        Ok(())
    }

    /// Moves queued native output into [`Interp::out`].
    pub fn flush_queued_output(&mut self) {
        let queued = std::mem::take(&mut *self.queued_out.borrow_mut());
        self.out.push_str(&queued);
    }

    /// Everything written to stdout so far (queued native output included), leaving it empty.
    pub fn take_output(&mut self) -> String {
        self.flush_queued_output();
        std::mem::take(&mut self.out)
    }
}
