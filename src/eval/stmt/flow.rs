//! The statements that steer exceptions: `raise` (bare, `from`, chaining the exception being handled),
//! `try`/`except`/`else`/`finally` (matching handlers, `except*` groups), and `with` (entering and
//! exiting context managers, which may suppress the exception).

use super::Flow;
use crate::eval::exceptions::Exc;
use crate::eval::scope::Frame;
use crate::eval::value::Value;
use crate::eval::{ExcType, Interp, PyResult};
use crate::ir::{self, Block, Handler, WithItem};
use std::rc::Rc;

impl Interp {
    pub(in crate::eval) fn exec_raise(
        &mut self,
        exc: Option<&ir::Expr>,
        cause: Option<&ir::Expr>,
        frame: &mut Frame,
    ) -> PyResult<Flow> {
        let Some(exc) = exc else {
            // A bare `raise` continues the handled exception's traceback, as CPython's does.
            return match self.handling.last() {
                Some(current) => Err(Box::new(Exc {
                    value: current.value.clone(),
                    traceback: current.traceback.clone(),
                    recorded_depths: current.recorded_depths.clone(),
                    fatal: false,
                })),
                None => Err(self.error(ExcType::RuntimeError, "No active exception to reraise")),
            };
        };
        let value = self.eval(exc, frame)?;
        let raised = self.exception_from(value)?;
        // Raised while handling another: that one becomes `__context__` (implicit chaining).
        if let Some(current) = self.handling.last()
            && !Rc::ptr_eq(&current.value, &raised.value)
        {
            let context = Value::Instance(current.value.clone());
            raised.value.dict.borrow_mut().entry(ir::Name::from("__context__")).or_insert(context);
        }
        if let Some(cause) = cause {
            raised.value.dict.borrow_mut().insert(ir::Name::from("__suppress_context__"), Value::Bool(true));
            let cause = self.eval(cause, frame)?;
            let cause = match cause {
                Value::None => Value::None,
                other => Value::Instance(self.exception_from(other)?.value.clone()),
            };
            raised.value.dict.borrow_mut().insert(ir::Name::from("__cause__"), cause);
        }
        Err(raised)
    }

    pub(in crate::eval) fn exec_try(
        &mut self,
        body: &Block,
        handlers: &[Handler],
        orelse: &Block,
        finally: &Block,
        frame: &mut Frame,
    ) -> PyResult<Flow> {
        let outcome = match self.exec_block(body, frame) {
            Ok(Flow::Normal) => self.exec_block(orelse, frame),
            Ok(flow) => Ok(flow),
            Err(exc) if exc.fatal => Err(exc),
            Err(exc) => self.handle(exc, handlers, frame),
        };
        if finally.is_empty() {
            return outcome;
        }
        match self.exec_block(finally, frame)? {
            Flow::Normal => outcome,
            // `return`/`break` in finally discards the pending exception or return value, as in Python.
            flow => Ok(flow),
        }
    }

    /// Runs the first handler matching `exc`, or re-raises it.
    pub(in crate::eval) fn handle(&mut self, exc: Box<Exc>, handlers: &[Handler], frame: &mut Frame) -> PyResult<Flow> {
        for handler in handlers {
            let matches = match &handler.class {
                None => true,
                Some(class) => {
                    let spec = self.eval(class, frame)?;
                    self.exception_matches(&exc, &spec)?
                }
            };
            if !matches {
                continue;
            }
            if let Some(name) = &handler.name {
                self.store_name(frame, name, Value::Instance(exc.value.clone()))?;
            }
            let context = exc.value.clone();
            self.remember_traceback(&exc);
            self.handling.push(exc);
            let result = self.exec_block(&handler.body, frame);
            self.handling.pop();
            if let Some(name) = &handler.name {
                let _ = self.delete_name(frame, name);
            }
            // An exception raised while handling this one remembers it as its context.
            return result.inspect_err(|e| {
                if !Rc::ptr_eq(&e.value, &context) {
                    e.value.dict.borrow_mut().entry(ir::Name::from("__context__")).or_insert(Value::Instance(context));
                }
            });
        }
        Err(exc)
    }

    pub(in crate::eval) fn exec_with(&mut self, items: &[WithItem], body: &Block, frame: &mut Frame) -> PyResult<Flow> {
        let Some((first, rest)) = items.split_first() else {
            return self.exec_block(body, frame);
        };
        let manager = self.eval(&first.context, frame)?;
        let entered = self.enter_context(&manager)?;
        if let Some(target) = &first.target {
            self.assign(target, entered, frame)?;
        }
        let result = self.exec_with(rest, body, frame);
        self.exit_context(&manager, result)
    }

    /// `manager.__enter__()`, after checking the manager has the protocol.
    pub(in crate::eval) fn enter_context(&mut self, manager: &Value) -> PyResult<Value> {
        let missing = if self.probe_attr(manager, "__enter__")?.is_none() {
            ""
        } else if self.probe_attr(manager, "__exit__")?.is_none() {
            " (missed __exit__ method)"
        } else {
            return self.call_method(manager, "__enter__", Vec::new());
        };
        let name = manager.type_name();
        Err(self.type_error(format!("'{name}' object does not support the context manager protocol{missing}")))
    }

    /// Calls `manager.__exit__` for how the body ended; a true result suppresses the exception.
    pub(in crate::eval) fn exit_context<T: From<Flow>>(&mut self, manager: &Value, result: PyResult<T>) -> PyResult<T> {
        match result {
            Ok(flow) => {
                self.call_method(manager, "__exit__", vec![Value::None, Value::None, Value::None])?;
                Ok(flow)
            }
            Err(exc) if exc.fatal => Err(exc),
            Err(exc) => {
                let class = Value::Class(exc.value.class.clone());
                let value = Value::Instance(exc.value.clone());
                let suppress = self.call_method(manager, "__exit__", vec![class, value, Value::None])?;
                if self.truthy(&suppress)? { Ok(Flow::Normal.into()) } else { Err(exc) }
            }
        }
    }
}
