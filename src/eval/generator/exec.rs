//! The resumable statement executor that runs generator function bodies (see the parent module).
//!
//! `Cursor`s form a stack: `cursors[d]` is the position in the block at nesting level `d` (the body is
//! level 0; a compound statement's running sub-block is the next level). A block runner at level `d`
//! finds its cursor there when resuming and creates it when starting; it removes it when the block
//! finishes in any way other than a suspension, so `cursors.len() > d + 1` tells a compound statement
//! that one of its sub-blocks is mid-way and must be resumed rather than started.

use super::{Outcome, Resume};
use crate::eval::ExcType;
use crate::eval::exceptions::Exc;
use crate::eval::scope::Frame;
use crate::eval::stmt::Flow;
use crate::eval::value::{Function, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::{self, Block, Handler, Stmt, StmtKind, Target, WithItem};
use std::rc::Rc;

/// The state of a generator function's run between resumptions.
pub(in crate::eval) struct FunctionRun {
    function: Rc<Function>,
    frame: Frame,
    first_arg: Option<Value>,
    machine: Machine,
}

/// The cursors, and the value or exception the suspended yield resumes with.
#[derive(Default)]
pub(in crate::eval) struct Machine {
    cursors: Vec<Cursor>,
    resume: Option<Resume>,
}

struct Cursor {
    index: usize,
    slot: Slot,
}

/// What a statement being run remembers across a suspension inside it.
enum Slot {
    Fresh,
    /// The branch an `if` took.
    Branch(bool),
    /// The case a `match` took.
    Case(usize),
    /// A `while` (no iterator) or `for` loop, and whether it is running its `else` block.
    Loop {
        iterator: Option<Value>,
        in_else: bool,
    },
    Try(TryPhase),
    With(Value),
    /// A plain `yield` waiting for its resumption value.
    Yielded,
    /// A `yield from`, with the iterator it delegates to.
    Delegating(Value),
}

enum TryPhase {
    Body,
    Handler { index: usize, exc: Box<Exc> },
    Else,
    Finally(Pending),
}

/// How a `try` continues once its `finally` block has run.
enum Pending {
    Flow(GFlow),
    Raise(Box<Exc>),
}

/// How a block finished, or that it suspended.
pub(in crate::eval) enum GFlow {
    Normal,
    Return(Value),
    Break,
    Continue,
    Yield(Value),
}

impl From<Flow> for GFlow {
    fn from(flow: Flow) -> Self {
        match flow {
            Flow::Normal => GFlow::Normal,
            Flow::Return(v) => GFlow::Return(v),
            Flow::Break => GFlow::Break,
            Flow::Continue => GFlow::Continue,
        }
    }
}

impl FunctionRun {
    pub(super) fn new(function: Rc<Function>, frame: Frame, first_arg: Option<Value>) -> Self {
        FunctionRun { function, frame, first_arg, machine: Machine::default() }
    }

    /// Would closing this generator run code (is it suspended inside a `try` or `with`)?
    pub(super) fn needs_close(&self) -> bool {
        self.machine.cursors.iter().any(|c| matches!(c.slot, Slot::Try(_) | Slot::With(_) | Slot::Delegating(_)))
    }
}

impl Interp {
    pub(super) fn run_function_body(&mut self, run: &mut FunctionRun, resume: Resume) -> PyResult<Outcome> {
        if self.depth >= self.limits.recursion {
            return Err(self.error(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        self.guard_stack()?;
        let function = run.function.clone();
        run.machine.resume = Some(resume);
        if run.machine.cursors.is_empty() {
            // Starting: the first `next()` carries nothing to a yield; a `throw()` raises at the start.
            if let Some(Resume::Throw(exc)) = run.machine.resume.take() {
                return Err(exc);
            }
        }
        self.depth += 1;
        self.calls.push((function.clone(), run.first_arg.clone()));
        self.call_sites.push(self.location);
        let result = self.g_block(&function.def.body, 0, &mut run.machine, &mut run.frame);
        self.call_sites.pop();
        self.calls.pop();
        self.depth -= 1;
        match result? {
            GFlow::Yield(v) => Ok(Outcome::Yielded(v)),
            GFlow::Return(v) => Ok(Outcome::Returned(v)),
            _ => Ok(Outcome::Returned(Value::None)),
        }
    }

    fn g_block(&mut self, block: &Block, depth: usize, m: &mut Machine, frame: &mut Frame) -> PyResult<GFlow> {
        if m.cursors.len() <= depth {
            m.cursors.push(Cursor { index: 0, slot: Slot::Fresh });
        }
        loop {
            let Some(stmt) = block.get(m.cursors[depth].index) else {
                m.cursors.truncate(depth);
                return Ok(GFlow::Normal);
            };
            match self.g_stmt(stmt, depth, m, frame) {
                Ok(GFlow::Normal) => {
                    let cursor = &mut m.cursors[depth];
                    cursor.index += 1;
                    cursor.slot = Slot::Fresh;
                    self.collect_generators()?;
                }
                Ok(GFlow::Yield(v)) => return Ok(GFlow::Yield(v)),
                other => {
                    m.cursors.truncate(depth);
                    return other;
                }
            }
        }
    }

    fn g_stmt(&mut self, stmt: &Stmt, depth: usize, m: &mut Machine, frame: &mut Frame) -> PyResult<GFlow> {
        let fresh = matches!(m.cursors[depth].slot, Slot::Fresh);
        let simple = !matches!(
            stmt.kind,
            StmtKind::Yield { .. }
                | StmtKind::If { .. }
                | StmtKind::While { .. }
                | StmtKind::For { .. }
                | StmtKind::Try { .. }
                | StmtKind::With { .. }
                | StmtKind::Match { .. }
        );
        if simple {
            return self.exec_stmt(stmt, frame).map(GFlow::from);
        }
        if fresh {
            self.tick().and_then(|()| self.guard_stack()).map_err(|e| self.locate(e, stmt, frame))?;
        }
        self.location = (frame.file, stmt.span);
        let result = match &stmt.kind {
            StmtKind::Yield { value, from, targets } => self.g_yield(value.as_ref(), *from, targets, depth, m, frame),
            StmtKind::If { test, body, orelse } => self.g_if(test, body, orelse, depth, m, frame),
            StmtKind::While { test, body, orelse } => self.g_loop(None, test, body, orelse, depth, m, frame),
            StmtKind::For { target, iter, body, orelse } => {
                self.g_loop(Some(target), iter, body, orelse, depth, m, frame)
            }
            StmtKind::Try { body, handlers, orelse, finally } => {
                self.g_try(body, handlers, orelse, finally, depth, m, frame)
            }
            StmtKind::With { items, body } => self.g_with(items, body, depth, m, frame),
            StmtKind::Match { subject, cases } => self.g_match(subject, cases, depth, m, frame),
            _ => self.exec_stmt_kind(stmt, frame).map(GFlow::from),
        };
        result.map_err(|e| self.locate(e, stmt, frame))
    }

    fn g_yield(
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
                    return Ok(GFlow::Yield(value));
                }
                let iterator = self.iter(&value)?;
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

    fn g_if(
        &mut self,
        test: &ir::Expr,
        body: &Block,
        orelse: &Block,
        depth: usize,
        m: &mut Machine,
        frame: &mut Frame,
    ) -> PyResult<GFlow> {
        let branch = match m.cursors[depth].slot {
            Slot::Branch(b) => b,
            _ => {
                let t = self.eval(test, frame)?;
                self.truthy(&t)?
            }
        };
        m.cursors[depth].slot = Slot::Branch(branch);
        self.g_block(if branch { body } else { orelse }, depth + 1, m, frame)
    }

    fn g_match(
        &mut self,
        subject: &ir::Expr,
        cases: &[ir::MatchCase],
        depth: usize,
        m: &mut Machine,
        frame: &mut Frame,
    ) -> PyResult<GFlow> {
        let case = match m.cursors[depth].slot {
            Slot::Case(i) => Some(i),
            _ => self.select_case(subject, cases, frame)?,
        };
        let Some(body) = case.and_then(|i| cases.get(i)).map(|c| &c.body) else { return Ok(GFlow::Normal) };
        if let Some(i) = case {
            m.cursors[depth].slot = Slot::Case(i);
        }
        self.g_block(body, depth + 1, m, frame)
    }

    /// `while` (no target) and `for` loops.
    #[allow(clippy::too_many_arguments)]
    fn g_loop(
        &mut self,
        target: Option<&Target>,
        head: &ir::Expr,
        body: &Block,
        orelse: &Block,
        depth: usize,
        m: &mut Machine,
        frame: &mut Frame,
    ) -> PyResult<GFlow> {
        if matches!(m.cursors[depth].slot, Slot::Fresh) {
            let iterator = match target {
                Some(_) => {
                    let iterable = self.eval(head, frame)?;
                    Some(self.iter(&iterable)?)
                }
                None => None,
            };
            m.cursors[depth].slot = Slot::Loop { iterator, in_else: false };
        }
        let Slot::Loop { iterator, in_else } = &m.cursors[depth].slot else {
            return Err(self.error(ExcType::SystemError, "generator loop state lost"));
        };
        let iterator = iterator.clone();
        if *in_else {
            return self.g_block(orelse, depth + 1, m, frame);
        }
        loop {
            if m.cursors.len() <= depth + 1 {
                self.tick()?;
                let more = match (&iterator, target) {
                    (Some(it), Some(target)) => match self.next(it)? {
                        Some(item) => {
                            self.assign(target, item, frame)?;
                            true
                        }
                        None => false,
                    },
                    _ => {
                        let t = self.eval(head, frame)?;
                        self.truthy(&t)?
                    }
                };
                if !more {
                    m.cursors[depth].slot = Slot::Loop { iterator, in_else: true };
                    return self.g_block(orelse, depth + 1, m, frame);
                }
            }
            match self.g_block(body, depth + 1, m, frame)? {
                GFlow::Break => return Ok(GFlow::Normal),
                GFlow::Normal | GFlow::Continue => {}
                other => return Ok(other),
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn g_try(
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

    fn g_suspend_try(&mut self, phase: TryPhase, value: Value, depth: usize, m: &mut Machine) -> PyResult<GFlow> {
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

    fn g_with(
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
