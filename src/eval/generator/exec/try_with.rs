//! `try` and `with` statements of a generator body: which phase (body, handler, else, finally) a
//! suspension happened in, and the exception or flow pending across it.

use super::{GFlow, Machine, Pending, Slot, TryPhase};
use crate::eval::ExcType;
use crate::eval::exceptions::Exc;
use crate::eval::scope::Frame;
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::ir::{self, Block, Handler, WithItem};
use std::rc::Rc;

impl Interp {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn g_try(
        &mut self,
        body: &Block,
        handlers: &[Handler],
        orelse: &Block,
        finally: &Block,
        depth: usize,
        m: &mut Machine,
        frame: &mut Frame,
    ) -> PyResult<GFlow> {
        let mut phase = match std::mem::replace(&mut m.cursors[depth].slot, Slot::Fresh) {
            Slot::Try(phase) => phase,
            _ => TryPhase::Body,
        };
        loop {
            phase = match phase {
                TryPhase::Body => match self.g_block(body, depth + 1, m, frame) {
                    Ok(GFlow::Yield(v)) => return self.g_suspend_try(TryPhase::Body, v, depth, m),
                    Ok(GFlow::Normal) => TryPhase::Else,
                    Ok(flow) => TryPhase::Finally(Pending::Flow(flow)),
                    Err(exc) if exc.fatal => TryPhase::Finally(Pending::Raise(exc)),
                    Err(exc) => match self.matching_handler(&exc, handlers, frame) {
                        Ok(Some(index)) => {
                            if let Some(name) = &handlers[index].name {
                                self.store_name(frame, name, Value::Instance(exc.value.clone()))?;
                            }
                            self.remember_traceback(&exc);
                            TryPhase::Handler { index, exc }
                        }
                        Ok(None) => TryPhase::Finally(Pending::Raise(exc)),
                        Err(e) => TryPhase::Finally(Pending::Raise(e)),
                    },
                },
                TryPhase::Handler { index, exc } => {
                    let context = exc.value.clone();
                    self.handling.push(exc);
                    let result = self.g_block(&handlers[index].body, depth + 1, m, frame);
                    let Some(exc) = self.handling.pop() else {
                        return Err(self.error(ExcType::SystemError, "exception handling state lost"));
                    };
                    if let Ok(GFlow::Yield(v)) = result {
                        return self.g_suspend_try(TryPhase::Handler { index, exc }, v, depth, m);
                    }
                    if let Some(name) = &handlers[index].name {
                        let _ = self.delete_name(frame, name);
                    }
                    match result {
                        Ok(flow) => TryPhase::Finally(Pending::Flow(flow)),
                        Err(e) => {
                            if !Rc::ptr_eq(&e.value, &context) {
                                let mut dict = e.value.dict.borrow_mut();
                                dict.entry(ir::Name::from("__context__")).or_insert(Value::Instance(context));
                            }
                            TryPhase::Finally(Pending::Raise(e))
                        }
                    }
                }
                TryPhase::Else => match self.g_block(orelse, depth + 1, m, frame) {
                    Ok(GFlow::Yield(v)) => return self.g_suspend_try(TryPhase::Else, v, depth, m),
                    Ok(flow) => TryPhase::Finally(Pending::Flow(flow)),
                    Err(e) => TryPhase::Finally(Pending::Raise(e)),
                },
                TryPhase::Finally(pending) => {
                    return match self.g_block(finally, depth + 1, m, frame)? {
                        GFlow::Yield(v) => self.g_suspend_try(TryPhase::Finally(pending), v, depth, m),
                        GFlow::Normal => match pending {
                            Pending::Flow(flow) => Ok(flow),
                            Pending::Raise(exc) => Err(exc),
                        },
                        // `return`/`break` in finally discards the pending exception or value.
                        flow => Ok(flow),
                    };
                }
            };
        }
    }

    pub(super) fn g_suspend_try(
        &mut self,
        phase: TryPhase,
        value: Value,
        depth: usize,
        m: &mut Machine,
    ) -> PyResult<GFlow> {
        m.cursors[depth].slot = Slot::Try(phase);
        Ok(GFlow::Yield(value))
    }

    /// The index of the first handler matching `exc`.
    pub(in crate::eval) fn matching_handler(
        &mut self,
        exc: &Exc,
        handlers: &[Handler],
        frame: &mut Frame,
    ) -> PyResult<Option<usize>> {
        for (index, handler) in handlers.iter().enumerate() {
            let matches = match &handler.class {
                None => true,
                Some(class) => {
                    let spec = self.eval(class, frame)?;
                    self.exception_matches(exc, &spec)?
                }
            };
            if matches {
                return Ok(Some(index));
            }
        }
        Ok(None)
    }

    pub(super) fn g_with(
        &mut self,
        items: &[WithItem],
        body: &Block,
        depth: usize,
        m: &mut Machine,
        frame: &mut Frame,
    ) -> PyResult<GFlow> {
        let manager = match &m.cursors[depth].slot {
            Slot::With(manager) => manager.clone(),
            _ => {
                let [item] = items else {
                    return Err(self.error(ExcType::SystemError, "generator with statement not split"));
                };
                let manager = self.eval(&item.context, frame)?;
                let entered = self.enter_context(&manager)?;
                if let Some(target) = &item.target {
                    self.assign(target, entered, frame)?;
                }
                m.cursors[depth].slot = Slot::With(manager.clone());
                manager
            }
        };
        let result = self.g_block(body, depth + 1, m, frame);
        match result {
            Ok(GFlow::Yield(v)) => Ok(GFlow::Yield(v)),
            other => self.exit_context(&manager, other),
        }
    }
}
