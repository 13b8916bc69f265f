//! Generators: generator functions and generator expressions, run lazily and resumably.
//!
//! The evaluator is a recursive tree walker, so a generator cannot keep its Rust stack between two
//! `next()` calls, and the page is single-threaded wasm, so no second stack is available either. The
//! design instead makes the *position* in the body explicit data. Lowering
//! (`python::generators`) puts every `yield` at statement level, so a generator only ever suspends
//! between statements; its body is then run by a resumable statement executor ([`exec`]) that keeps,
//! per nesting level, a [`exec::Cursor`]: the index of the statement being run in that block, plus the
//! statement's own state (the branch an `if` took, a `for` loop's iterator, a `try`'s phase and pending
//! exception, a `with`'s context manager, a `yield from`'s delegate). Resuming walks back down the
//! cursors to the suspended `yield` and continues from there; `throw()` raises at that yield, so the
//! enclosing `try`/`with` levels handle it exactly as in a call that never suspended, and `close()` is
//! `throw(GeneratorExit)`. Statements without a yield run through the ordinary executor, so the step
//! budget and the stack guard apply inside generators as everywhere else. Generator expressions are
//! simpler state machines over their `for` clauses ([`genexpr`]).
//!
//! Unreachable suspended generators are closed (their `finally` blocks run) when the last reference
//! goes: the interpreter keeps those that would run code on close, and closes one as soon as it holds
//! the only reference, checked after each statement; whatever is left is closed at the end of the run.

mod asyncs;
mod exec;
mod genexpr;

pub(super) use asyncs::Kind;

use super::exceptions::Exc;
use super::scope::Frame;
use super::value::{Function, Value};
use super::{Args, Interp, PyResult};
use crate::eval::ExcType;
use crate::ir::{Comprehension, Name};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A generator object.
pub struct Generator {
    pub name: Name,
    pub qualname: Name,
    /// A generator, a coroutine, an async generator, or one of an async generator's awaitables.
    pub kind: Kind,
    /// `None` while the generator runs (so re-entry is detected) and once it has finished.
    body: RefCell<Option<Body>>,
    status: Cell<Status>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Created,
    Suspended,
    Running,
    Done,
}

enum Body {
    Function(exec::FunctionRun),
    Expr(genexpr::ExprRun),
    /// `anext(agen)`, `agen.asend(v)`, `athrow` or `aclose`: one step of an async generator.
    Step(asyncs::StepRun),
}

/// What a suspended generator is resumed with.
pub(super) enum Resume {
    Send(Value),
    Throw(Box<Exc>),
}

/// How one resumption ended (an exception is the `Err` of the result).
pub enum Outcome {
    Yielded(Value),
    Returned(Value),
}

impl Generator {
    pub fn status(&self) -> Status {
        self.status.get()
    }

    /// Drops the suspended frame without running it (the run is over: see `teardown::break_cycles`).
    pub(crate) fn discard(&self) {
        if let Ok(mut body) = self.body.try_borrow_mut() {
            body.take();
        }
        self.status.set(Status::Done);
    }

    fn new(name: Name, qualname: Name, body: Body) -> Rc<Generator> {
        Generator::with_kind(Kind::Generator, name, qualname, body)
    }

    fn with_kind(kind: Kind, name: Name, qualname: Name, body: Body) -> Rc<Generator> {
        Rc::new(Generator { name, qualname, kind, body: RefCell::new(Some(body)), status: Cell::new(Status::Created) })
    }

    /// Did the last suspension come from a plain `yield` of the body itself (not an await passing a
    /// future through)? What tells an async generator's produced values from its awaits.
    fn yielded_value(&self) -> bool {
        matches!(&*self.body.borrow(), Some(Body::Function(run)) if run.yielded_value())
    }
}

impl Interp {
    /// Calling a generator function: binds the arguments and returns the generator, running nothing.
    pub(super) fn make_generator(&mut self, function: &Rc<Function>, frame: Frame, first_arg: Option<Value>) -> Value {
        let run = exec::FunctionRun::new(function.clone(), frame, first_arg);
        let name = function.def.name.clone();
        let kind = match (function.def.is_async, function.def.async_gen) {
            (false, _) => Kind::Generator,
            (true, false) => Kind::Coroutine,
            (true, true) => Kind::AsyncGenerator,
        };
        Value::Generator(Generator::with_kind(kind, name, function.qualname.clone(), Body::Function(run)))
    }

    /// A generator expression, its first iterable already turned into an iterator.
    pub(super) fn make_genexpr(&mut self, comp: Rc<Comprehension>, frame: Frame, first: Value) -> Value {
        let run = genexpr::ExprRun::new(comp, frame, first);
        let name = Name::from("<genexpr>");
        Value::Generator(Generator::new(name.clone(), name, Body::Expr(run)))
    }

    /// Runs a generator until its next yield, its end, or an exception.
    pub(super) fn resume(&mut self, generator: &Rc<Generator>, resume: Resume) -> PyResult<Outcome> {
        match generator.status.get() {
            Status::Running => return Err(self.value_error("generator already executing")),
            Status::Done if generator.kind == Kind::Coroutine && matches!(resume, Resume::Send(_)) => {
                return Err(self.error(ExcType::RuntimeError, "cannot reuse already awaited coroutine"));
            }
            Status::Done => {
                return match resume {
                    Resume::Send(_) => Ok(Outcome::Returned(Value::None)),
                    Resume::Throw(exc) => Err(exc),
                };
            }
            Status::Created => match &resume {
                Resume::Send(v) if !matches!(v, Value::None) => {
                    return Err(self.type_error("can't send non-None value to a just-started generator"));
                }
                Resume::Throw(_) => {
                    generator.status.set(Status::Done);
                    generator.body.borrow_mut().take();
                }
                Resume::Send(_) => {}
            },
            Status::Suspended => {}
        }
        let resume = match resume {
            Resume::Throw(exc) if generator.status.get() == Status::Done => return Err(exc),
            other => other,
        };
        let Some(mut body) = generator.body.borrow_mut().take() else {
            return Ok(Outcome::Returned(Value::None));
        };
        generator.status.set(Status::Running);
        let result = match &mut body {
            Body::Function(run) => self.run_function_body(run, resume),
            Body::Expr(run) => self.run_genexpr(run, resume),
            Body::Step(run) => self.run_step(run, resume),
        };
        match result {
            Ok(Outcome::Yielded(v)) => {
                let needs_close = matches!(&body, Body::Function(run) if run.needs_close());
                *generator.body.borrow_mut() = Some(body);
                generator.status.set(Status::Suspended);
                if needs_close && !self.live_generators.iter().any(|g| Rc::ptr_eq(g, generator)) {
                    self.live_generators.push(generator.clone());
                }
                Ok(Outcome::Yielded(v))
            }
            Ok(done) => {
                generator.status.set(Status::Done);
                Ok(done)
            }
            Err(exc) => {
                generator.status.set(Status::Done);
                let stop = self.types.exception(ExcType::StopIteration);
                if exc.value.class.is_subclass_of(&stop) {
                    // PEP 479: a StopIteration escaping a generator would end the caller's loop silently.
                    let error = self.error(ExcType::RuntimeError, "generator raised StopIteration");
                    error.value.dict.borrow_mut().insert(Name::from("__cause__"), Value::Instance(exc.value.clone()));
                    return Err(error);
                }
                Err(exc)
            }
        }
    }

    /// `next(generator)`: the next value, or `None` when it has finished.
    pub(super) fn generator_next(&mut self, generator: &Rc<Generator>) -> PyResult<Option<Value>> {
        match self.resume(generator, Resume::Send(Value::None))? {
            Outcome::Yielded(v) => Ok(Some(v)),
            Outcome::Returned(_) => Ok(None),
        }
    }

    /// `generator.send(value)` / `__next__`: raises StopIteration carrying the return value at the end.
    pub(super) fn generator_send(&mut self, generator: &Rc<Generator>, value: Value) -> PyResult<Value> {
        match self.resume(generator, Resume::Send(value))? {
            Outcome::Yielded(v) => Ok(v),
            Outcome::Returned(v) => Err(self.stop_iteration(v)),
        }
    }

    /// A StopIteration carrying a generator's return value (`None` gives an argument-less one).
    pub(super) fn stop_iteration(&self, value: Value) -> Box<Exc> {
        let class = self.types.exception(ExcType::StopIteration);
        let args = if matches!(value, Value::None) { Vec::new() } else { vec![value] };
        Exc::new(self.make_exception(&class, args))
    }

    /// `generator.throw(exc)`.
    pub(super) fn generator_throw(&mut self, generator: &Rc<Generator>, exc: Box<Exc>) -> PyResult<Value> {
        match self.resume(generator, Resume::Throw(exc))? {
            Outcome::Yielded(v) => Ok(v),
            Outcome::Returned(v) => Err(self.stop_iteration(v)),
        }
    }

    /// `generator.close()`: raises GeneratorExit at the suspended yield and expects the generator to end.
    pub(super) fn generator_close(&mut self, generator: &Rc<Generator>) -> PyResult<()> {
        match generator.status.get() {
            Status::Created => {
                generator.status.set(Status::Done);
                generator.body.borrow_mut().take();
                return Ok(());
            }
            Status::Done => return Ok(()),
            Status::Running => return Err(self.value_error("generator already executing")),
            Status::Suspended => {}
        }
        let exit = self.error(ExcType::GeneratorExit, "");
        match self.resume(generator, Resume::Throw(exit)) {
            Ok(Outcome::Yielded(_)) => Err(self.error(ExcType::RuntimeError, "generator ignored GeneratorExit")),
            Ok(Outcome::Returned(_)) => Ok(()),
            Err(e) if matches!(e.class_name().as_str(), "GeneratorExit" | "StopIteration") && !e.fatal => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Closes suspended generators that nothing but the interpreter references any more, as CPython
    /// does when their reference count drops to zero. Errors are ignored there too ("Exception ignored").
    pub(super) fn collect_generators(&mut self) -> PyResult<()> {
        if self.live_generators.is_empty() || self.collecting {
            return Ok(());
        }
        self.charge(self.live_generators.len() / 16)?;
        let unreferenced: Vec<Rc<Generator>> = {
            let (gone, kept) = std::mem::take(&mut self.live_generators)
                .into_iter()
                .partition(|g| Rc::strong_count(g) == 1 || g.status.get() != Status::Suspended);
            self.live_generators = kept;
            gone
        };
        self.collecting = true;
        let mut result = Ok(());
        for g in unreferenced {
            if g.status.get() == Status::Suspended
                && let Err(e) = self.generator_close(&g)
                && e.fatal
            {
                result = Err(e);
                break;
            }
        }
        self.collecting = false;
        result
    }

    /// Closes every generator still suspended: the end of the run, where CPython finalizes them.
    pub fn close_generators(&mut self) {
        let live = std::mem::take(&mut self.live_generators);
        for g in live.into_iter().rev() {
            if g.status.get() == Status::Suspended && self.generator_close(&g).is_err_and(|e| e.fatal) {
                break;
            }
        }
    }

    /// The methods of a generator object (`send`, `throw`, `close`, `__next__`, `__iter__`).
    pub(super) fn generator_method(&mut self, generator: &Rc<Generator>, name: &str) -> Option<Value> {
        if let Some(method) = self.async_method(generator, name) {
            return method;
        }
        let g = generator.clone();
        let method = match name {
            "__next__" => Interp::builtin(name, move |i, a| {
                crate::eval::call::expect_args(i, "__next__", &a, 0, 0)?;
                i.generator_send(&g, Value::None)
            }),
            "send" => Interp::builtin(name, move |i, a| {
                crate::eval::call::expect_args(i, "send", &a, 1, 1)?;
                i.generator_send(&g, a.positional[0].clone())
            }),
            "throw" => Interp::builtin(name, move |i, a| {
                crate::eval::call::expect_args(i, "throw", &a, 1, 3)?;
                let exc = i.thrown_exception(a)?;
                i.generator_throw(&g, exc)
            }),
            "close" => Interp::builtin(name, move |i, _| i.generator_close(&g).map(|()| Value::None)),
            "__iter__" => Interp::builtin(name, move |_, _| Ok(Value::Generator(g.clone()))),
            _ => return None,
        };
        Some(method)
    }

    /// The exception `throw(type[, value])` / `throw(instance)` raises.
    fn thrown_exception(&mut self, args: Args) -> PyResult<Box<Exc>> {
        let mut positional = args.positional.into_iter();
        let first = positional.next().unwrap_or(Value::None);
        match (first, positional.next()) {
            (Value::Class(c), Some(value)) if !matches!(value, Value::None) => match value {
                Value::Instance(i) if i.class.is_subclass_of(&c) => Ok(Exc::new(i)),
                other => self.exception_from_call(Value::Class(c), vec![other]),
            },
            (Value::Class(c), _) => self.exception_from_call(Value::Class(c), Vec::new()),
            (Value::Instance(i), _) if self.is_exception_class(&i.class) => Ok(Exc::new(i)),
            _ => Err(self.type_error("exceptions must be classes or instances deriving from BaseException, not str")),
        }
    }

    fn exception_from_call(&mut self, class: Value, args: Vec<Value>) -> PyResult<Box<Exc>> {
        if let Value::Class(c) = &class
            && !self.is_exception_class(c)
        {
            return Err(self.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                "type"
            )));
        }
        match self.call(&class, Args::positional(args))? {
            Value::Instance(i) => Ok(Exc::new(i)),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }
}
