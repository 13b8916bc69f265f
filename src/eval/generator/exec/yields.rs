//! `yield` and `yield from` statements of a generator body: suspending with a value, and delegating
//! each resumption to a sub-iterator until it finishes.

use super::{GFlow, Machine, Slot};
use crate::eval::exceptions::Exc;
use crate::eval::generator::{Outcome, Resume};
use crate::eval::scope::Frame;
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::ir::{self, Target};

impl Interp {
    pub(super) fn g_yield(
        &mut self,
        value: Option<&ir::Expr>,
        from: bool,
        targets: &[Target],
        depth: usize,
        m: &mut Machine,
        frame: &mut Frame,
    ) -> PyResult<GFlow> {
        let resume = match std::mem::replace(&mut m.cursors[depth].slot, Slot::Fresh) {
            Slot::Fresh => {
                let value = match value {
                    Some(e) => self.eval(e, frame)?,
                    None => Value::None,
                };
                if !from {
                    m.cursors[depth].slot = Slot::Yielded;
                    m.yielded_value = true;
                    return Ok(GFlow::Yield(value));
                }
                let iterator = if m.is_async { self.awaitable_iterator(value)? } else { self.iter(&value)? };
                return self.g_delegate(iterator, Resume::Send(Value::None), targets, depth, m, frame);
            }
            Slot::Delegating(iterator) => {
                let resume = m.resume.take().unwrap_or(Resume::Send(Value::None));
                return self.g_delegate(iterator, resume, targets, depth, m, frame);
            }
            _ => m.resume.take().unwrap_or(Resume::Send(Value::None)),
        };
        match resume {
            Resume::Send(v) => {
                for target in targets {
                    self.assign(target, v.clone(), frame)?;
                }
                Ok(GFlow::Normal)
            }
            Resume::Throw(exc) => Err(exc),
        }
    }

    /// One step of `yield from iterator`: passes the resumption on, and yields what the delegate yields
    /// until it finishes; its return value is the value of the `yield from`.
    fn g_delegate(
        &mut self,
        iterator: Value,
        resume: Resume,
        targets: &[Target],
        depth: usize,
        m: &mut Machine,
        frame: &mut Frame,
    ) -> PyResult<GFlow> {
        let step = match (&iterator, resume) {
            (Value::Generator(g), resume) => self.resume(g, resume),
            (_, Resume::Send(v)) => {
                let result = if matches!(v, Value::None) {
                    self.call_method(&iterator, "__next__", Vec::new())
                } else {
                    self.call_method(&iterator, "send", vec![v])
                };
                match result {
                    Ok(v) => Ok(Outcome::Yielded(v)),
                    Err(e) if e.class_name() == "StopIteration" => Ok(Outcome::Returned(self.stop_value(&e))),
                    Err(e) => Err(e),
                }
            }
            (_, Resume::Throw(exc)) => {
                if exc.class_name() == "GeneratorExit" {
                    if let Some(close) = self.probe_attr(&iterator, "close")? {
                        self.call(&close, Default::default())?;
                    }
                    Err(exc)
                } else {
                    match self.probe_attr(&iterator, "throw")? {
                        Some(throw) => {
                            let args = vec![Value::Instance(exc.value.clone())];
                            match self.call(&throw, crate::eval::Args::positional(args)) {
                                Ok(v) => Ok(Outcome::Yielded(v)),
                                Err(e) if e.class_name() == "StopIteration" => {
                                    Ok(Outcome::Returned(self.stop_value(&e)))
                                }
                                Err(e) => Err(e),
                            }
                        }
                        None => Err(exc),
                    }
                }
            }
        };
        match step? {
            Outcome::Yielded(v) => {
                m.cursors[depth].slot = Slot::Delegating(iterator);
                m.yielded_value = false;
                Ok(GFlow::Yield(v))
            }
            Outcome::Returned(v) => {
                for target in targets {
                    self.assign(target, v.clone(), frame)?;
                }
                Ok(GFlow::Normal)
            }
        }
    }

    /// The `value` of a StopIteration (its first argument, or None).
    pub(in crate::eval) fn stop_value(&self, exc: &Exc) -> Value {
        self.exception_args(&exc.value).into_iter().next().unwrap_or(Value::None)
    }
}
