//! Expression evaluation: one function per expression kind.

use super::scope::Frame;
use super::value::Value;
use super::{Args, Interp, PyResult};
use crate::eval::ExcType;
use crate::ir::{Arg, CmpOp, CompKind, Comprehension, Const, Expr, ExprKind, FPart};
use crate::source::{FileSpan, Span};
use std::rc::Rc;

impl Interp {
    pub(super) fn eval(&mut self, expr: &Expr, frame: &mut Frame) -> PyResult<Value> {
        self.guard_stack()?;
        // Every expression node is a step too: the budget tracks work, not just statements.
        self.tick()?;
        match &expr.kind {
            ExprKind::Const(c) => Ok(constant(c)),
            ExprKind::Name(name) => self.load_name(frame, name),
            ExprKind::Attribute { value, attr } => {
                let obj = self.eval(value, frame)?;
                self.get_attr(&obj, attr)
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(value, frame)?;
                let index = self.eval(index, frame)?;
                self.get_item(&obj, &index)
            }
            ExprKind::Slice { lower, upper, step } => self.eval_slice(lower, upper, step, frame),
            ExprKind::Call { func, args } => self.eval_call(expr.span, func, args, frame),
            ExprKind::BinOp { op, left, right } => {
                let l = self.eval(left, frame)?;
                let r = self.eval(right, frame)?;
                self.binary_op(*op, l, r)
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.eval(operand, frame)?;
                self.unary_op(*op, v)
            }
            ExprKind::BoolOp { and, values } => self.eval_bool_op(*and, values, frame),
            ExprKind::Compare { left, rest } => self.eval_compare(left, rest, frame),
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.eval(test, frame)?;
                if self.truthy(&t)? { self.eval(body, frame) } else { self.eval(orelse, frame) }
            }
            ExprKind::Lambda(def) => self.make_function(def, frame),
            ExprKind::List(items) => Ok(Value::list(self.eval_elements(items, frame)?)),
            ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_elements(items, frame)?)),
            ExprKind::Set(exprs) => {
                let items = self.eval_elements(exprs, frame)?;
                self.set_display(exprs, items)
            }
            ExprKind::Dict(items) => self.eval_dict(items, frame),
            ExprKind::Starred(_) => Err(self.error(ExcType::SyntaxError, "can't use starred expression here")),
            ExprKind::Comprehension(comp) => self.eval_comprehension(comp, frame),
            ExprKind::FString(parts) => Ok(Value::str(&self.eval_fstring(parts, frame)?)),
            ExprKind::Yield { .. } => Err(self.error(ExcType::SyntaxError, "'yield' outside function")),
            ExprKind::Named { target, value } => {
                let v = self.eval(value, frame)?;
                self.store_walrus(frame, target, v.clone())?;
                Ok(v)
            }
        }
    }

    fn eval_slice(
        &mut self,
        lower: &Option<Box<Expr>>,
        upper: &Option<Box<Expr>>,
        step: &Option<Box<Expr>>,
        frame: &mut Frame,
    ) -> PyResult<Value> {
        let mut part = |e: &Option<Box<Expr>>, me: &mut Self| match e {
            Some(e) => me.eval(e, frame),
            None => Ok(Value::None),
        };
        let l = part(lower, self)?;
        let u = part(upper, self)?;
        let s = part(step, self)?;
        Ok(Value::Slice(Rc::new([l, u, s])))
    }

    fn eval_call(&mut self, span: Span, func: &Expr, args: &[Arg], frame: &mut Frame) -> PyResult<Value> {
        // `obj.method(...)` looks the method up and calls it without building a bound method first.
        let callee = self.eval(func, frame)?;
        if args.is_empty()
            && let Some(result) = self.frame_builtin(&callee, frame)
        {
            return result;
        }
        let args = self.eval_args(args, frame, Some(&callee))?;
        // Set after the arguments, whose own calls set it too.
        self.call_site = FileSpan { file: frame.file, span };
        self.call(&callee, args)
    }

    /// The arguments of a call; `callee` names the function in the error for a keyword that `**`
    /// repeats (`f() got multiple values for keyword argument 'a'`).
    pub(super) fn eval_args(&mut self, args: &[Arg], frame: &mut Frame, callee: Option<&Value>) -> PyResult<Args> {
        let mut out = Args::default();
        for arg in args {
            match arg {
                Arg::Positional(e) => out.positional.push(self.eval(e, frame)?),
                Arg::Star(e) => {
                    let v = self.eval(e, frame)?;
                    out.positional.extend(self.collect(&v)?);
                }
                Arg::Keyword(name, e) => {
                    let v = self.eval(e, frame)?;
                    if out.keywords.iter().any(|(k, _)| k == name) {
                        let callee = callee.map_or(String::new(), callable_name);
                        return Err(
                            self.type_error(format!("{callee}() got multiple values for keyword argument '{name}'"))
                        );
                    }
                    out.keywords.push((name.clone(), v));
                }
                Arg::StarStar(e) => {
                    let mapping = self.eval(e, frame)?;
                    let Value::Dict(d) = &mapping else {
                        return Err(self
                            .type_error(format!("argument after ** must be a mapping, not {}", mapping.type_name())));
                    };
                    for (k, v) in d.borrow().items() {
                        let Value::Str(k) = k else {
                            return Err(self.type_error("keywords must be strings"));
                        };
                        if out.keywords.iter().any(|(n, _)| n.as_ref() == k.as_ref()) {
                            let name = callee.map_or(String::new(), callable_name);
                            return Err(
                                self.type_error(format!("{name}() got multiple values for keyword argument '{k}'"))
                            );
                        }
                        out.keywords.push((k, v));
                    }
                }
            }
        }
        Ok(out)
    }

    fn eval_bool_op(&mut self, and: bool, values: &[Expr], frame: &mut Frame) -> PyResult<Value> {
        let mut last = Value::None;
        for value in values {
            last = self.eval(value, frame)?;
            let truth = self.truthy(&last)?;
            if truth != and {
                return Ok(last);
            }
        }
        Ok(last)
    }

    fn eval_compare(&mut self, left: &Expr, rest: &[(CmpOp, Expr)], frame: &mut Frame) -> PyResult<Value> {
        let mut l = self.eval(left, frame)?;
        let mut result = Value::Bool(true);
        for (index, (op, right)) in rest.iter().enumerate() {
            let r = self.eval(right, frame)?;
            result = self.compare(*op, &l, &r)?;
            // Only a chained comparison tests a result's truth (`a < b` may be a SQL expression).
            if index + 1 < rest.len() && !self.truthy(&result)? {
                return Ok(result);
            }
            l = r;
        }
        Ok(result)
    }

    /// Evaluates display elements, expanding `*iterable`.
    pub(crate) fn eval_elements(&mut self, items: &[Expr], frame: &mut Frame) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let v = self.eval(inner, frame)?;
                    out.extend(self.collect(&v)?);
                }
                _ => out.push(self.eval(item, frame)?),
            }
        }
        Ok(out)
    }

    fn eval_dict(&mut self, items: &[(Option<Expr>, Expr)], frame: &mut Frame) -> PyResult<Value> {
        let mut dict = super::dict::Dict::new();
        for (key, value) in items {
            match key {
                Some(k) => {
                    let k = self.eval(k, frame)?;
                    let v = self.eval(value, frame)?;
                    let hk = self.key_of(&k)?;
                    dict.insert(hk, k, v);
                }
                None => {
                    let mapping = self.eval(value, frame)?;
                    let Value::Dict(other) = &mapping else {
                        return Err(self.type_error(format!("'{}' object is not a mapping", mapping.type_name())));
                    };
                    self.charge_items(other.borrow().len())?;
                    for (hk, (k, v)) in other.borrow().entries() {
                        dict.insert(hk.clone(), k.clone(), v.clone());
                    }
                }
            }
        }
        Ok(Value::Dict(Rc::new(std::cell::RefCell::new(dict))))
    }

    fn eval_comprehension(&mut self, comp: &Rc<Comprehension>, frame: &mut Frame) -> PyResult<Value> {
        // The first iterable is evaluated in the enclosing scope; the rest in the comprehension's own.
        let first = match comp.generators.first() {
            Some(g) => self.eval_iterable(&g.iter, frame)?,
            None => Value::None,
        };
        if let CompKind::Generator(_) = comp.kind {
            let iterator = self.iter(&first)?;
            let own = self.genexpr_frame(frame);
            return Ok(self.make_genexpr(comp.clone(), own, iterator));
        }
        self.push_comprehension_scope(frame);
        let mut out = Vec::new();
        let mut pairs = Vec::new();
        let result = self.comprehension_level(comp, 0, Some(first), frame, &mut out, &mut pairs);
        frame.comprehensions.pop();
        result?;
        match &comp.kind {
            CompKind::List(_) => Ok(Value::list(out)),
            CompKind::Set(_) => self.make_set(out),
            CompKind::Generator(_) => Err(self.error(ExcType::SystemError, "generator expression run eagerly")),
            CompKind::Dict(..) => {
                let mut dict = super::dict::Dict::new();
                for (k, v) in pairs {
                    let hk = self.key_of(&k)?;
                    dict.insert(hk, k, v);
                }
                Ok(Value::Dict(Rc::new(std::cell::RefCell::new(dict))))
            }
        }
    }

    fn comprehension_level(
        &mut self,
        comp: &Comprehension,
        level: usize,
        iterable: Option<Value>,
        frame: &mut Frame,
        out: &mut Vec<Value>,
        pairs: &mut Vec<(Value, Value)>,
    ) -> PyResult<()> {
        let Some(generator) = comp.generators.get(level) else {
            match &comp.kind {
                CompKind::List(e) | CompKind::Set(e) | CompKind::Generator(e) => out.push(self.eval(e, frame)?),
                CompKind::Dict(k, v) => {
                    let k = self.eval(k, frame)?;
                    let v = self.eval(v, frame)?;
                    pairs.push((k, v));
                }
            }
            return self.check_size(out.len() + pairs.len());
        };
        let iterable = match iterable {
            Some(v) => v,
            None => self.eval_iterable(&generator.iter, frame)?,
        };
        let iterator = self.iter(&iterable)?;
        'items: while let Some(item) = self.next(&iterator)? {
            self.tick()?;
            self.assign(&generator.target, item, frame)?;
            for condition in &generator.ifs {
                let c = self.eval(condition, frame)?;
                if !self.truthy(&c)? {
                    continue 'items;
                }
            }
            self.comprehension_level(comp, level + 1, None, frame, out, pairs)?;
        }
        Ok(())
    }

    fn eval_fstring(&mut self, parts: &[FPart], frame: &mut Frame) -> PyResult<String> {
        let mut out = String::new();
        for part in parts {
            match part {
                FPart::Literal(s) => out.push_str(s),
                FPart::Value { expr, conversion, spec, debug } => {
                    let value = self.eval(expr, frame)?;
                    if let Some(debug) = debug {
                        out.push_str(debug);
                    }
                    let spec = match spec {
                        Some(parts) => self.eval_fstring(parts, frame)?,
                        None => String::new(),
                    };
                    // `f"{x=}"` defaults to repr unless a format spec is given.
                    let conversion = match conversion {
                        Some(c) => Some(*c),
                        None if debug.is_some() && spec.is_empty() => Some('r'),
                        None => None,
                    };
                    let value = match conversion {
                        Some('r') => Value::str(&self.repr(&value)?),
                        Some('s') => Value::str(&self.to_str(&value)?),
                        Some('a') => Value::str(&super::format::ascii(&self.repr(&value)?)),
                        _ => value,
                    };
                    out.push_str(&self.format_value(&value, &spec)?);
                }
            }
        }
        self.check_size(out.len())?;
        self.charge_bytes(out.len())?;
        Ok(out)
    }

    /// Fails with MemoryError when a value would grow past the configured cap.
    pub(super) fn check_size(&self, len: usize) -> PyResult<()> {
        if len > self.limits.max_items {
            return Err(
                self.error(ExcType::MemoryError, format!("ormplay caps values at {} items", self.limits.max_items))
            );
        }
        self.reserve(len)
    }

    /// [`Self::check_size`] for a container of `len` values, reserving the memory they take.
    pub(super) fn check_items(&self, len: usize) -> PyResult<()> {
        self.check_size(len)?;
        self.reserve(len.saturating_mul(std::mem::size_of::<Value>()))
    }
}

fn constant(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(n) => Value::Int(*n),
        Const::BigInt(n) => Value::BigInt(n.clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Str(s) => Value::Str(s.clone()),
        Const::Bytes(b) => Value::Bytes(b.clone()),
        Const::Ellipsis => Value::Ellipsis,
    }
}

/// The name CPython's argument errors give a callable: a function's qualified name, a class's name.
fn callable_name(v: &Value) -> String {
    match v {
        // CPython's `_PyObject_FunctionStr`: a function's module-qualified name.
        Value::Function(f) => match f.globals.get("__name__") {
            Some(Value::Str(m)) if &*m != "builtins" => format!("{m}.{}", f.qualname),
            _ => f.qualname.to_string(),
        },
        Value::Builtin(b) => b.name.to_string(),
        Value::Class(c) => c.name.to_string(),
        Value::BoundMethod(m) => callable_name(&m.function),
        _ => v.type_name().to_string(),
    }
}
