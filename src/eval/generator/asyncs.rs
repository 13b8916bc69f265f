//! Coroutines and async generators: the generator machinery seen through CPython's async protocols.
//!
//! An `async def` body runs like a generator body whose `yield from` statements are its awaits
//! (lowering, `python::lower::asyncs`); what it passes up from an await is whatever the awaited
//! object yields (an asyncio future), and the event loop resumes it with `send`/`throw`. An async
//! generator's body yields its values with plain `yield`s and suspends for awaits too, so each of its
//! steps (`__anext__`, `asend`, `athrow`, `aclose`) is an awaitable of its own ([`StepRun`]): passing
//! the body's await suspensions through, and ending (StopIteration carrying the value) at its next
//! plain `yield`; the end of the body is StopAsyncIteration.

use super::{Body, Generator, Outcome, Resume};
use crate::eval::exceptions::Exc;
use crate::eval::value::Value;
use crate::eval::{ExcType, Interp, PyResult};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Generator,
    Coroutine,
    AsyncGenerator,
    /// An awaitable step of an async generator (`async_generator_asend` / `_athrow`).
    Step,
}

impl Kind {
    /// The type's name (`type(x).__name__`), also the start of the repr.
    pub fn type_name(self) -> &'static str {
        match self {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async_generator",
            Kind::Step => "async_generator_asend",
        }
    }
}

/// What an async generator step does once started.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Send,
    Throw,
    Close,
}

/// One step of an async generator, started with its own resumption on its first run.
pub(in crate::eval) struct StepRun {
    agen: Rc<Generator>,
    first: Option<Resume>,
    op: Op,
}

impl Interp {
    pub(super) fn run_step(&mut self, run: &mut StepRun, resume: Resume) -> PyResult<Outcome> {
        let resume = match (run.first.take(), resume) {
            (_, Resume::Throw(exc)) => Resume::Throw(exc),
            (Some(first), Resume::Send(_)) => first,
            (None, resume) => resume,
        };
        let closing = run.op == Op::Close;
        match self.resume(&run.agen, resume) {
            Ok(Outcome::Yielded(v)) if run.agen.yielded_value() => {
                if closing {
                    return Err(self.error(ExcType::RuntimeError, "async generator ignored GeneratorExit"));
                }
                Ok(Outcome::Returned(v))
            }
            Ok(Outcome::Yielded(v)) => Ok(Outcome::Yielded(v)),
            Ok(Outcome::Returned(_)) if closing => Ok(Outcome::Returned(Value::None)),
            Ok(Outcome::Returned(_)) => Err(self.error(ExcType::StopAsyncIteration, "")),
            Err(e)
                if closing && !e.fatal && matches!(e.class_name().as_str(), "GeneratorExit" | "StopAsyncIteration") =>
            {
                Ok(Outcome::Returned(Value::None))
            }
            Err(e) => Err(e),
        }
    }

    fn async_step(&self, agen: &Rc<Generator>, first: Resume, op: Op) -> Value {
        let run = StepRun { agen: agen.clone(), first: Some(first), op };
        Value::Generator(Generator::with_kind(Kind::Step, agen.name.clone(), agen.qualname.clone(), Body::Step(run)))
    }

    /// `await value`: the iterator the await delegates to (the coroutine itself, or `__await__()`).
    pub(in crate::eval) fn awaitable_iterator(&mut self, value: Value) -> PyResult<Value> {
        if let Value::Generator(g) = &value {
            if matches!(g.kind, Kind::Coroutine | Kind::Step) {
                return Ok(value);
            }
        } else if let Some(method) = self.probe_attr(&value, "__await__")? {
            let iterator = self.call(&method, Default::default())?;
            if matches!(&iterator, Value::Generator(g) if g.kind == Kind::Coroutine) {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
            return match self.iter(&iterator) {
                Ok(it) if self.probe_attr(&it, "__next__")?.is_some() || matches!(it, Value::Generator(_)) => Ok(it),
                _ => {
                    Err(self
                        .type_error(format!("__await__() returned non-iterator of type '{}'", iterator.type_name())))
                }
            };
        }
        Err(self.type_error(format!("object {} can't be used in 'await' expression", value.type_name())))
    }

    /// The async protocols' methods of coroutines, async generators and their steps (`None`: not one
    /// of these here, so the generator methods apply; `Some(None)`: no such attribute).
    pub(super) fn async_method(&mut self, generator: &Rc<Generator>, name: &str) -> Option<Option<Value>> {
        let g = generator.clone();
        let method = match (generator.kind, name) {
            (Kind::Generator, _) => return None,
            (Kind::Coroutine | Kind::Step, "__await__") => {
                Interp::builtin(name, move |_, _| Ok(Value::Generator(g.clone())))
            }
            (Kind::Coroutine, "__next__" | "__iter__") => return Some(None),
            (Kind::Coroutine | Kind::Step, _) => return None,
            (Kind::AsyncGenerator, "__aiter__") => Interp::builtin(name, move |_, _| Ok(Value::Generator(g.clone()))),
            (Kind::AsyncGenerator, "__anext__") => {
                Interp::builtin(name, move |i, _| Ok(i.async_step(&g, Resume::Send(Value::None), Op::Send)))
            }
            (Kind::AsyncGenerator, "asend") => Interp::builtin(name, move |i, a| {
                crate::eval::call::expect_args(i, "asend", &a, 1, 1)?;
                Ok(i.async_step(&g, Resume::Send(a.positional[0].clone()), Op::Send))
            }),
            (Kind::AsyncGenerator, "athrow") => Interp::builtin(name, move |i, a| {
                crate::eval::call::expect_args(i, "athrow", &a, 1, 3)?;
                let exc = i.thrown_exception(a)?;
                Ok(i.async_step(&g, Resume::Throw(exc), Op::Throw))
            }),
            (Kind::AsyncGenerator, "aclose") => Interp::builtin(name, move |i, _| {
                let exit: Box<Exc> = i.error(ExcType::GeneratorExit, "");
                Ok(i.async_step(&g, Resume::Throw(exit), Op::Close))
            }),
            (Kind::AsyncGenerator, _) => return Some(None),
        };
        Some(Some(method))
    }
}
