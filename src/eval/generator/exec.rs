//! The resumable statement executor that runs generator function bodies (see the parent module).
//!
//! `Cursor`s form a stack: `cursors[d]` is the position in the block at nesting level `d` (the body is
//! level 0; a compound statement's running sub-block is the next level). A block runner at level `d`
//! finds its cursor there when resuming and creates it when starting; it removes it when the block
//! finishes in any way other than a suspension, so `cursors.len() > d + 1` tells a compound statement
//! that one of its sub-blocks is mid-way and must be resumed rather than started.

mod try_with;
mod yields;

use super::{Outcome, Resume};
use crate::eval::ExcType;
use crate::eval::exceptions::Exc;
use crate::eval::scope::Frame;
use crate::eval::stmt::Flow;
use crate::eval::value::{Function, Value};
use crate::eval::{Interp, PyResult};
use crate::ir::{self, Block, Stmt, StmtKind, Target};
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
    /// The body is a coroutine's: its `yield from` statements are awaits.
    is_async: bool,
    /// The last suspension was a plain `yield` (not a delegated one).
    yielded_value: bool,
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
        let machine = Machine { is_async: function.def.is_async, ..Machine::default() };
        FunctionRun { function, frame, first_arg, machine }
    }

    /// Was the last suspension a plain `yield` of this body (see `Generator::yielded_value`)?
    pub(super) fn yielded_value(&self) -> bool {
        self.machine.yielded_value
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
}
