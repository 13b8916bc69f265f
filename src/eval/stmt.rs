//! Statement execution: one function per statement kind.

use super::exceptions::{Exc, TraceEntry};
use super::scope::{Frame, FrameKind};
use super::value::Value;
use super::{Args, Interp, PyResult};
use crate::eval::ExcType;
use crate::ir::{self, Block, Stmt, StmtKind, Target};
use std::rc::Rc;

mod flow;

/// How a block finished.
pub enum Flow {
    Normal,
    Return(Value),
    Break,
    Continue,
}

impl Interp {
    pub(super) fn exec_block(&mut self, body: &Block, frame: &mut Frame) -> PyResult<Flow> {
        for stmt in body {
            match self.exec_stmt(stmt, frame)? {
                Flow::Normal => self.collect_generators()?,
                flow => return Ok(flow),
            }
        }
        Ok(Flow::Normal)
    }

    pub(super) fn exec_stmt(&mut self, stmt: &Stmt, frame: &mut Frame) -> PyResult<Flow> {
        self.tick().and_then(|()| self.guard_stack()).map_err(|e| self.locate(e, stmt, frame))?;
        self.location = (frame.file, stmt.span);
        if let Some(probe) = self.statement_probe {
            probe(self.files.get(frame.file).map_or("", |f| f.name.as_str()), stmt.span);
        }
        if let Some(tracer) = &self.tracer {
            tracer.statement(&self.out, frame.file, stmt.span, matches!(frame.kind, super::scope::FrameKind::Module));
        }
        self.exec_stmt_kind(stmt, frame).map_err(|e| self.locate(e, stmt, frame))
    }

    /// Adds this frame's line to an exception's traceback, once per call depth.
    pub(super) fn locate(&self, mut exc: Box<Exc>, stmt: &Stmt, frame: &Frame) -> Box<Exc> {
        if !exc.recorded_depths.contains(&self.depth) {
            exc.recorded_depths.push(self.depth);
            exc.traceback.push(TraceEntry { file: frame.file, function: frame.function.clone(), span: stmt.span });
        }
        exc
    }

    pub(super) fn exec_stmt_kind(&mut self, stmt: &Stmt, frame: &mut Frame) -> PyResult<Flow> {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.eval(e, frame)?;
                Ok(Flow::Normal)
            }
            StmtKind::Display(e) => {
                let value = self.eval(e, frame)?;
                self.display(value)?;
                Ok(Flow::Normal)
            }
            StmtKind::Assign { targets, value } => self.exec_assign(targets, value, frame),
            StmtKind::AugAssign { target, op, value } => self.exec_aug_assign(target, *op, value, frame),
            StmtKind::AnnAssign { target, annotation, value } => self.exec_ann_assign(target, annotation, value, frame),
            StmtKind::If { test, body, orelse } => self.exec_if(test, body, orelse, frame),
            StmtKind::While { test, body, orelse } => self.exec_while(test, body, orelse, frame),
            StmtKind::For { target, iter, body, orelse } => self.exec_for(target, iter, body, orelse, frame),
            StmtKind::Break => Ok(Flow::Break),
            StmtKind::Continue => Ok(Flow::Continue),
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(Flow::Normal),
            StmtKind::Return(value) => {
                let value = match value {
                    Some(e) => self.eval(e, frame)?,
                    None => Value::None,
                };
                Ok(Flow::Return(value))
            }
            StmtKind::FunctionDef(def) => self.exec_function_def(def, frame),
            StmtKind::ClassDef(def) => self.exec_class_def(def, frame),
            StmtKind::Raise { exc, cause } => self.exec_raise(exc.as_ref(), cause.as_ref(), frame),
            StmtKind::Try { body, handlers, orelse, finally } => self.exec_try(body, handlers, orelse, finally, frame),
            StmtKind::With { items, body } => self.exec_with(items, body, frame),
            StmtKind::Import(names) => self.exec_import(names, frame),
            StmtKind::ImportFrom { module, names, level } => self.exec_import_from(module, names, *level, frame),
            StmtKind::Delete(targets) => self.exec_delete(targets, frame),
            StmtKind::Assert { test, msg } => self.exec_assert(test, msg.as_ref(), frame),
            StmtKind::Yield { .. } => Err(self.error(ExcType::SyntaxError, "'yield' outside function")),
            StmtKind::Match { subject, cases } => self.exec_match(subject, cases, frame),
        }
    }

    fn exec_assign(&mut self, targets: &[Target], value: &ir::Expr, frame: &mut Frame) -> PyResult<Flow> {
        let value = self.eval(value, frame)?;
        for target in targets {
            self.assign(target, value.clone(), frame)?;
        }
        Ok(Flow::Normal)
    }

    fn exec_aug_assign(
        &mut self,
        target: &Target,
        op: ir::BinOp,
        value: &ir::Expr,
        frame: &mut Frame,
    ) -> PyResult<Flow> {
        match target {
            Target::Name(name, _) => {
                let current = self.load_name(frame, name)?;
                let rhs = self.eval(value, frame)?;
                let result = self.inplace_op(op, current, rhs)?;
                self.store_name(frame, name, result)?;
            }
            Target::Attribute { value: obj, attr, .. } => {
                let obj = self.eval(obj, frame)?;
                let current = self.get_attr(&obj, attr)?;
                let rhs = self.eval(value, frame)?;
                let result = self.inplace_op(op, current, rhs)?;
                self.set_attr(&obj, attr, result)?;
            }
            Target::Subscript { value: obj, index, .. } => {
                let obj = self.eval(obj, frame)?;
                let index = self.eval(index, frame)?;
                let current = self.get_item(&obj, &index)?;
                let rhs = self.eval(value, frame)?;
                let result = self.inplace_op(op, current, rhs)?;
                self.set_item(&obj, index, result)?;
            }
            Target::Sequence(..) | Target::Starred(..) => {
                return Err(self.error(ExcType::SyntaxError, "illegal expression for augmented assignment"));
            }
        }
        Ok(Flow::Normal)
    }

    fn exec_ann_assign(
        &mut self,
        target: &Target,
        annotation: &ir::Expr,
        value: &Option<ir::Expr>,
        frame: &mut Frame,
    ) -> PyResult<Flow> {
        // Class bodies evaluate annotations and keep them in `__annotations__` (declarative mappings read
        // `Mapped[...]` there); elsewhere annotations are not evaluated, as under CPython for locals.
        if let (FrameKind::Class { namespace, .. }, Target::Name(name, _)) = (&frame.kind, target) {
            let namespace = namespace.clone();
            let annotation = match self.postponed_annotation(annotation, frame) {
                Some(text) => Value::str(&text),
                None => match self.eval(annotation, frame) {
                    Ok(v) => v,
                    // A mapped class under `from __future__ import annotations` may name classes
                    // defined later (`Mapped[List[Child]]`): CPython keeps the text, and the ORM
                    // resolves it later, as SQLAlchemy resolves the string.
                    Err(e) if e.value.class.name.as_ref() == "NameError" && super::class::future_annotations(frame) => {
                        match self.annotation_text(annotation, frame.file) {
                            Some(text) => Value::str(&text),
                            None => return Err(e),
                        }
                    }
                    Err(e) => return Err(e),
                },
            };
            let key = Value::Str(name.clone());
            let existing = namespace.borrow().get("__annotations__").cloned();
            let annotations = match existing {
                Some(Value::Dict(d)) => d,
                _ => {
                    let d = Rc::new(std::cell::RefCell::new(super::dict::Dict::new()));
                    namespace.borrow_mut().insert(ir::Name::from("__annotations__"), Value::Dict(d.clone()));
                    d
                }
            };
            let k = self.key_of(&key)?;
            annotations.borrow_mut().insert(k, key, annotation);
        }
        if let Some(value) = value {
            let value = self.eval(value, frame)?;
            self.assign(target, value, frame)?;
        }
        Ok(Flow::Normal)
    }

    /// Under `from __future__ import annotations`, an annotation is kept as its source text (as
    /// `ast.unparse` writes it). Mapped classes keep evaluated annotations: the ORM resolves them as
    /// SQLAlchemy resolves the strings.
    fn postponed_annotation(&self, annotation: &ir::Expr, frame: &Frame) -> Option<String> {
        if let FrameKind::Class { evaluate_annotations: true, .. } = frame.kind {
            return None;
        }
        self.annotation_text(annotation, frame.file)
    }

    /// An annotation's source text, as `ast.unparse` writes it (or as written, for forms it does not know).
    pub(super) fn annotation_text(&self, annotation: &ir::Expr, file: usize) -> Option<String> {
        match super::unparse::unparse(annotation) {
            Some(text) => Some(text),
            None => {
                let file = self.files.get(file)?;
                file.text.get(annotation.span.start as usize..annotation.span.end as usize).map(str::to_string)
            }
        }
    }

    fn exec_if(&mut self, test: &ir::Expr, body: &Block, orelse: &Block, frame: &mut Frame) -> PyResult<Flow> {
        let test = self.eval(test, frame)?;
        if self.truthy(&test)? { self.exec_block(body, frame) } else { self.exec_block(orelse, frame) }
    }

    fn exec_while(&mut self, test: &ir::Expr, body: &Block, orelse: &Block, frame: &mut Frame) -> PyResult<Flow> {
        loop {
            self.tick()?;
            let t = self.eval(test, frame)?;
            if !self.truthy(&t)? {
                break;
            }
            match self.exec_block(body, frame)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
        }
        self.exec_block(orelse, frame)
    }

    fn exec_for(
        &mut self,
        target: &Target,
        iter: &ir::Expr,
        body: &Block,
        orelse: &Block,
        frame: &mut Frame,
    ) -> PyResult<Flow> {
        let iterable = self.eval_iterable(iter, frame)?;
        let iterator = self.iter(&iterable)?;
        while let Some(item) = self.next(&iterator)? {
            self.tick()?;
            self.assign(target, item, frame)?;
            match self.exec_block(body, frame)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
        }
        self.exec_block(orelse, frame)
    }

    fn exec_function_def(&mut self, def: &Rc<ir::FunctionDef>, frame: &mut Frame) -> PyResult<Flow> {
        let mut function = self.make_function(def, frame)?;
        for decorator in def.decorators.iter().rev() {
            let decorator = self.eval(decorator, frame)?;
            function = self.call(&decorator, Args::positional(vec![function]))?;
        }
        self.store_name(frame, &def.name, function)?;
        Ok(Flow::Normal)
    }

    fn exec_delete(&mut self, targets: &[Target], frame: &mut Frame) -> PyResult<Flow> {
        for target in targets {
            match target {
                Target::Name(name, _) => self.delete_name(frame, name)?,
                Target::Attribute { value, attr, .. } => {
                    let obj = self.eval(value, frame)?;
                    self.del_attr(&obj, attr)?;
                }
                Target::Subscript { value, index, .. } => {
                    let obj = self.eval(value, frame)?;
                    let index = self.eval(index, frame)?;
                    self.del_item(&obj, &index)?;
                }
                Target::Sequence(items, _) => {
                    self.exec_delete(items, frame)?;
                }
                Target::Starred(..) => return Err(self.error(ExcType::SyntaxError, "cannot delete starred")),
            }
        }
        Ok(Flow::Normal)
    }

    fn exec_assert(&mut self, test: &ir::Expr, msg: Option<&ir::Expr>, frame: &mut Frame) -> PyResult<Flow> {
        let value = self.eval(test, frame)?;
        if self.truthy(&value)? {
            return Ok(Flow::Normal);
        }
        let args = match msg {
            Some(m) => vec![self.eval(m, frame)?],
            None => Vec::new(),
        };
        let class = self.types.exception(ExcType::AssertionError);
        Err(Exc::new(self.make_exception(&class, args)))
    }

    /// Binds `value` to an assignment target, unpacking sequences.
    pub(super) fn assign(&mut self, target: &Target, value: Value, frame: &mut Frame) -> PyResult<()> {
        match target {
            Target::Name(name, _) => self.store_name(frame, name, value),
            Target::Attribute { value: obj, attr, .. } => {
                let obj = self.eval(obj, frame)?;
                self.set_attr(&obj, attr, value)
            }
            Target::Subscript { value: obj, index, .. } => {
                let obj = self.eval(obj, frame)?;
                let index = self.eval(index, frame)?;
                self.set_item(&obj, index, value)
            }
            Target::Sequence(targets, _) => self.unpack(targets, value, frame),
            Target::Starred(inner, _) => self.assign(inner, value, frame),
        }
    }

    fn unpack(&mut self, targets: &[Target], value: Value, frame: &mut Frame) -> PyResult<()> {
        let not_iterable = match &value {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) | Value::None => true,
            Value::Instance(inst) => {
                inst.class.hooks().is_none()
                    && super::subclass::instance_payload(inst).is_none()
                    && ["__iter__", "__getitem__"].iter().all(|m| inst.class.lookup(m).is_none())
            }
            _ => false,
        };
        if not_iterable {
            let kind = match &value {
                Value::Instance(inst) => inst.class.name.to_string(),
                other => other.type_name(),
            };
            return Err(self.type_error(format!("cannot unpack non-iterable {kind} object")));
        }
        let items = self.collect(&value)?;
        let star = targets.iter().position(|t| matches!(t, Target::Starred(..)));
        match star {
            None => {
                if items.len() != targets.len() {
                    let message = if items.len() > targets.len() {
                        format!("too many values to unpack (expected {})", targets.len())
                    } else {
                        format!("not enough values to unpack (expected {}, got {})", targets.len(), items.len())
                    };
                    return Err(self.value_error(message));
                }
                for (target, item) in targets.iter().zip(items) {
                    self.assign(target, item, frame)?;
                }
            }
            Some(star) => {
                let after = targets.len() - star - 1;
                if items.len() < targets.len() - 1 {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        targets.len() - 1,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(star);
                for (target, item) in targets[..star].iter().zip(items) {
                    self.assign(target, item, frame)?;
                }
                self.assign(&targets[star], Value::list(middle), frame)?;
                for (target, item) in targets[star + 1..].iter().zip(tail) {
                    self.assign(target, item, frame)?;
                }
            }
        }
        Ok(())
    }
}
