//! The evaluator: runs our IR the way CPython would, for the subset ormplay supports.
//!
//! A tree-walking interpreter over [`crate::ir`]. Submodules are organised by concern: values and dicts,
//! exceptions, name scopes, one function per statement kind ([`stmt`]) and per expression kind
//! ([`expr`]), calls, classes, operators, `repr`/`str`, iteration, builtins, methods of builtin types, and
//! importable modules. Native libraries (the ORM) plug in as modules of native callables and
//! [`value::ClassHooks`]. A step budget and a recursion limit stop runaway programs with a clear error.

mod attr;
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
mod unparse;
pub mod value;

#[cfg(test)]
mod tests;

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

/// Limits that keep a runaway program from freezing the page.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Work a run may do: one step per statement and expression evaluated, more for calls and for
    /// bulk work inside builtins (see `Interp::charge`). The default stops any loop within about a
    /// second in a native release build.
    pub steps: u64,
    /// Recursion depth before RecursionError (CPython's default is 1000). Counted as CPython counts it:
    /// one level per Python call, and one per level of recursion that passes through native code (a
    /// builtin running, a container's repr, a comparison, a hash), so `__repr__` calling `repr(self)`
    /// ends after about a third as many calls as plain recursion, as under CPython. See
    /// [`Interp::nested`].
    pub recursion: usize,
    /// The largest container or string a single operation may build.
    pub max_items: usize,
    /// Bytes of native stack the evaluator may use before raising RecursionError: the backstop behind
    /// `recursion` for paths whose levels cost more stack than usual (deep expressions inside deep
    /// recursion, debug builds). The default leaves 2 MiB of an 8 MiB stack for the parser and the last
    /// frames; [`Limits::page`] sizes it for the page's stack.
    pub stack: usize,
    /// Bytes of memory a run may add to what its thread held when the interpreter was created, before
    /// MemoryError ends it. Checked before big allocations whose size is known and at every step
    /// charged (memory that accumulates gradually), through the per-thread count of `heap_meter`.
    pub memory: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { steps: 10_000_000, recursion: 1000, max_items: 10_000_000, stack: 6 << 20, memory: DEFAULT_MEMORY }
    }
}

/// The CLI's memory budget unless `--memory` says otherwise: generous for any lesson or test program,
/// and low enough that a runaway program peaks under 512 MB.
pub const DEFAULT_MEMORY: usize = 400 << 20;

/// The page's memory budget: a wasm page's memory never shrinks, so what one run takes stays taken.
pub const PAGE_MEMORY: usize = 256 << 20;

/// The native stack the page's runtime runs on: the wasm binary's stack (`build.rs`). Native tests
/// run the page's limits on a thread of this size (`tests/recursion.rs`).
pub const PAGE_STACK: usize = 16 << 20;

impl Limits {
    /// The page's limits: a run stops within about a second of the browser's time, and the recursion
    /// limit and the stack guard fit the page's stack ([`PAGE_STACK`]) with room for the parser and
    /// the last frames.
    ///
    /// The page's runtime runs in a Web Worker, whose engine stack (about 0.5 MB in Chromium, half the
    /// main thread's) holds the wasm frames; the binary's own 16 MiB stack (`build.rs`) holds what they
    /// keep in memory. Measured in Chromium's worker (`scripts/wasm-stack.sh`), the engine stack
    /// overflows after 474 to more than 1000 recursion levels depending on the shape (a user `__add__`
    /// calling itself is the costliest per level, `__repr__` the cheapest), so the page's limit is 350.
    /// The engine stack cannot be read from wasm, so the byte guard measures the wasm stack instead:
    /// `scripts/wasm-stack.sh --search` finds every shape overflowing the engine's stack only past
    /// 848 KiB of wasm stack (deep decorators the soonest; `__setitem__` 871 KiB, `__format__` through
    /// an f-string 938 KiB, `__call__` 1023 KiB, plain recursion 1182 KiB; measured 2026-12-06, when
    /// the evaluator's frames had grown since the 1010 KiB of the last measurement), and the page's
    /// worker has frames of its own below the run, so the guard stops at 672 KiB there: a fifth below
    /// the soonest overflow, and still above the 652 KiB that plain recursion needs to reach the level
    /// limit. Re-measure when the evaluator's call path changes. Natively the page's limits keep 12 MiB
    /// of [`PAGE_STACK`] for the guard.
    pub fn page() -> Limits {
        let stack = if cfg!(target_arch = "wasm32") { 672 << 10 } else { 12 << 20 };
        Limits { steps: 2_000_000, recursion: 350, max_items: 10_000_000, stack, memory: PAGE_MEMORY }
    }
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

    /// Counts one step against the budget.
    pub(crate) fn tick(&mut self) -> PyResult<()> {
        self.charge(1)
    }

    /// Counts `units` steps against the budget: bulk work inside one statement (items a builtin
    /// iterates or sorts, bytes a string operation builds, big-integer limb products) costs steps too,
    /// so that `while True: s = sum(range(10**6))` stops as promptly as `while True: pass`.
    pub(crate) fn charge(&mut self, units: usize) -> PyResult<()> {
        self.charge_units(units as u64)
    }

    /// [`Interp::charge`] for work measured outside the evaluator (the database's progress handler).
    pub fn charge_units(&mut self, units: u64) -> PyResult<()> {
        self.steps = self.steps.saturating_add(units);
        if self.steps > self.limits.steps {
            return Err(self.budget_exhausted());
        }
        self.reserve(0)
    }

    /// Bytes the run holds beyond what its thread held when the interpreter was created.
    pub fn memory_used(&self) -> usize {
        heap_meter::live().saturating_sub(self.memory_base)
    }

    /// Raises MemoryError if the run's memory plus `bytes` more would pass `limits.memory`: called
    /// with the size of a big allocation before making it, and with 0 at every step charged. The error
    /// ends the run (no handler can catch it, like the step budget), so what the run built is freed.
    pub(crate) fn reserve(&self, bytes: usize) -> PyResult<()> {
        let used = self.memory_used();
        if used.saturating_add(bytes) > self.limits.memory {
            let mut exc = self.error(
                ExcType::MemoryError,
                format!("the program used more than {} MB of memory", self.limits.memory >> 20),
            );
            exc.fatal = true;
            return Err(exc);
        }
        Ok(())
    }

    /// Charges work proportional to `bytes` of text read or written: one step per 64 bytes, about what
    /// scanning them costs next to one evaluator step, so `s.count('b')` on a megabyte costs as much as
    /// the loop it would take to count by hand, and a loop of such calls stops with the budget.
    pub(crate) fn charge_bytes(&mut self, bytes: usize) -> PyResult<()> {
        self.charge(bytes / 64)
    }

    /// Charges work proportional to `items` values visited, copied or compared (one step per 8).
    pub(crate) fn charge_items(&mut self, items: usize) -> PyResult<()> {
        self.charge(items / 8)
    }

    /// Starts a new step budget (each example of a doctest session gets its own).
    pub fn reset_budget(&mut self) {
        self.steps = 0;
    }

    /// Steps left before the budget runs out: the allowance native libraries grant work they run
    /// outside the evaluator (a SQL statement), so that a query stops when a Python loop would.
    pub fn steps_remaining(&self) -> u64 {
        self.limits.steps.saturating_sub(self.steps)
    }

    /// The error that ends a run whose step budget is spent.
    pub fn budget_exhausted(&self) -> Box<Exc> {
        self.limit_exceeded(format!(
            "stopped after {} steps: the program ran too long (an endless loop?)",
            self.limits.steps
        ))
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

    /// Raises RecursionError when the evaluator has used more than `limits.stack` bytes of native stack
    /// since the shallowest point seen. Called on every statement, expression, call and recursive
    /// traversal of data, so no input can overflow the stack (which would abort, not raise).
    pub(crate) fn guard_stack(&mut self) -> PyResult<()> {
        let marker = 0u8;
        let here = std::hint::black_box(&marker) as *const u8 as usize;
        if here > self.stack_top {
            self.stack_top = here;
        }
        self.stack_deepest = self.stack_deepest.min(here);
        if self.stack_top - here > self.limits.stack {
            return Err(self.recursion_error());
        }
        Ok(())
    }

    /// Runs `f` one level deeper in the recursion count: the explicit guard on every recursion that
    /// passes through native code (a builtin calling back into Python, `repr`/`==`/`<`/`hash` of nested
    /// data). Counting levels, rather than only measuring bytes of stack, makes the point where
    /// RecursionError is raised the same on every target: the page's wasm stack and the CLI's big
    /// thread stop the same program at the same depth.
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PyResult<T>) -> PyResult<T> {
        if self.depth >= self.limits.recursion {
            return Err(self.recursion_error());
        }
        self.guard_stack()?;
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    pub(crate) fn recursion_error(&self) -> Box<Exc> {
        self.error(ExcType::RecursionError, "maximum recursion depth exceeded")
    }

    /// Bytes of native stack the evaluator used at its deepest (for the stack-use figures of
    /// `tests/recursion.rs` and `scripts/wasm-stack.sh`).
    pub fn stack_used(&self) -> usize {
        self.stack_top.saturating_sub(self.stack_deepest)
    }

    pub fn steps_taken(&self) -> u64 {
        self.steps
    }

    /// Keeps the traceback of an exception a handler caught, for chained tracebacks. A program that
    /// catches millions of exceptions keeps only the most recent few hundred.
    pub(crate) fn remember_traceback(&mut self, exc: &Exc) {
        if self.caught_tracebacks.len() >= 256 {
            self.caught_tracebacks.clear();
        }
        self.caught_tracebacks.insert(exc.value.id, exc.traceback.clone());
    }

    /// Formats a traceback the way CPython prints one, with the exceptions it was raised from or while
    /// handling first ("The above exception was the direct cause of the following exception:").
    pub fn format_traceback(&mut self, exc: &Exc) -> String {
        let mut chain: Vec<(Box<Exc>, &'static str)> = Vec::new();
        let mut current = exc.value.clone();
        while chain.len() < 16 {
            let (cause, context) = {
                let dict = current.dict.borrow();
                (dict.get("__cause__").cloned(), dict.get("__context__").cloned())
            };
            let (next, note) = match (cause, context) {
                (Some(Value::Instance(c)), _) => {
                    (c, "The above exception was the direct cause of the following exception:")
                }
                (Some(Value::None), _) => break,
                (None, Some(Value::Instance(c))) => {
                    (c, "During handling of the above exception, another exception occurred:")
                }
                _ => break,
            };
            let mut earlier = Exc::new(next.clone());
            earlier.traceback = self.caught_tracebacks.get(&next.id).cloned().unwrap_or_default();
            chain.push((earlier, note));
            current = next;
        }
        let mut out = String::new();
        for (earlier, note) in chain.iter().rev() {
            out.push_str(&self.format_one_traceback(earlier));
            out.push_str(&format!("\n{note}\n\n"));
        }
        out.push_str(&self.format_one_traceback(exc));
        out
    }

    fn format_one_traceback(&mut self, exc: &Exc) -> String {
        let mut out = String::from("Traceback (most recent call last):\n");
        for entry in exc.traceback.iter().rev() {
            let Some(file) = self.files.get(entry.file) else { continue };
            let at = file.lines.line_col(&file.text, entry.span.start);
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", file.name, at.line, entry.function));
            let line = file.lines.quoted_line(&file.text, at.line);
            if !line.is_empty() {
                out.push_str(&format!("    {line}\n"));
            }
        }
        out.push_str(&self.exception_line(exc));
        out.push('\n');
        out
    }

    /// `ClassName: message`, the last line of a traceback.
    pub fn exception_line(&mut self, exc: &Exc) -> String {
        let name = exc.class_name();
        let mut message = self.exception_message(exc);
        if let Some(s) = self.suggestion(exc) {
            message.push_str(&format!(". Did you mean: '{s}'?"));
        }
        let mut line = if message.is_empty() { name } else { format!("{name}: {message}") };
        // Notes added with `add_note` follow the exception line, one per line.
        if let Some(Value::List(notes)) = exc.value.dict.borrow().get("__notes__") {
            for note in notes.borrow().iter() {
                if let Value::Str(s) = note {
                    line.push('\n');
                    line.push_str(s);
                }
            }
        }
        line
    }

    /// The 1-based line of the statement being executed, in its file (for native libraries' messages).
    pub fn current_line(&self) -> Option<(usize, u32)> {
        let (file, span) = self.location;
        let f = self.files.get(file)?;
        Some((file, f.lines.line_col(&f.text, span.start).line))
    }

    /// Where the native function being called was called from: the whole call expression (or the class
    /// header, for a class-creation hook).
    pub fn call_site(&self) -> FileSpan {
        self.call_site
    }

    /// Where an exception was raised: its innermost traceback entry.
    pub fn exception_origin(&self, exc: &Exc) -> Option<(usize, Span)> {
        exc.traceback.first().map(|e| (e.file, e.span))
    }
}
