//! Generator expressions: a state machine over the `for` clauses, one live iterator per clause.
//!
//! As in CPython, the first iterable is evaluated (and `iter()` called on it) when the expression is
//! created, in the enclosing scope; everything else (the other iterables, the conditions, the element)
//! runs lazily, one item per `next()`, in the expression's own scope.

use super::{Outcome, Resume};
use crate::eval::ExcType;
use crate::eval::scope::Frame;
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::ir::{CompKind, Comprehension};
use std::rc::Rc;

pub(in crate::eval) struct ExprRun {
    comp: Rc<Comprehension>,
    frame: Frame,
    /// The iterator of each `for` clause entered so far (outermost first).
    levels: Vec<Value>,
}

impl ExprRun {
    pub(super) fn new(comp: Rc<Comprehension>, frame: Frame, first: Value) -> Self {
        ExprRun { comp, frame, levels: vec![first] }
    }
}

impl Interp {
    pub(super) fn run_genexpr(&mut self, run: &mut ExprRun, resume: Resume) -> PyResult<Outcome> {
        if let Resume::Throw(exc) = resume {
            return Err(exc);
        }
        if self.depth >= self.limits.recursion {
            return Err(self.error(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        self.guard_stack()?;
        self.depth += 1;
        let result = self.genexpr_step(run);
        self.depth -= 1;
        result
    }

    fn genexpr_step(&mut self, run: &mut ExprRun) -> PyResult<Outcome> {
        let comp = run.comp.clone();
        let CompKind::Generator(element) = &comp.kind else {
            return Err(self.error(ExcType::SystemError, "not a generator expression"));
        };
        while let Some(iterator) = run.levels.last().cloned() {
            let level = run.levels.len() - 1;
            self.tick()?;
            let Some(item) = self.next(&iterator)? else {
                run.levels.pop();
                continue;
            };
            let clause = &comp.generators[level];
            self.assign(&clause.target, item, &mut run.frame)?;
            let mut keep = true;
            for condition in &clause.ifs {
                let c = self.eval(condition, &mut run.frame)?;
                if !self.truthy(&c)? {
                    keep = false;
                    break;
                }
            }
            if !keep {
                continue;
            }
            match comp.generators.get(level + 1) {
                Some(next_clause) => {
                    let iterable = self.eval(&next_clause.iter, &mut run.frame)?;
                    let iterator = self.iter(&iterable)?;
                    run.levels.push(iterator);
                }
                None => return Ok(Outcome::Yielded(self.eval(element, &mut run.frame)?)),
            }
        }
        Ok(Outcome::Returned(Value::None))
    }
}
