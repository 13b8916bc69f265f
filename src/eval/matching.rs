//! The `match` statement: structural pattern matching with CPython's rules.
//!
//! Cases are tried in order; a pattern collects its bindings and they are stored only when the whole
//! pattern matched (then the guard runs, as in CPython, after binding). Sequence patterns accept lists,
//! tuples and ranges (not strings), mapping patterns dicts, and class patterns use `isinstance` plus
//! `__match_args__` for positional sub-patterns (the built-in types match their subject itself).

use super::scope::Frame;
use super::stmt::Flow;
use super::value::{BuiltinType, Value};
use super::{Interp, PyResult};
use crate::ir::{Const, Expr, MatchCase, Name, Pattern};

type Bindings = Vec<(Name, Value)>;

impl Interp {
    pub(super) fn exec_match(&mut self, subject: &Expr, cases: &[MatchCase], frame: &mut Frame) -> PyResult<Flow> {
        match self.select_case(subject, cases, frame)? {
            Some(i) => self.exec_block(&cases[i].body, frame),
            None => Ok(Flow::Normal),
        }
    }

    /// Evaluates the subject and finds the first case whose pattern matches and whose guard holds
    /// (its bindings stored), for the statement and for the generator executor.
    pub(super) fn select_case(
        &mut self,
        subject: &Expr,
        cases: &[MatchCase],
        frame: &mut Frame,
    ) -> PyResult<Option<usize>> {
        let value = self.eval(subject, frame)?;
        for (index, case) in cases.iter().enumerate() {
            let mut bindings = Vec::new();
            if !self.match_pattern(&case.pattern, &value, frame, &mut bindings)? {
                continue;
            }
            for (name, v) in bindings {
                self.store_name(frame, &name, v)?;
            }
            if let Some(guard) = &case.guard {
                let g = self.eval(guard, frame)?;
                if !self.truthy(&g)? {
                    continue;
                }
            }
            return Ok(Some(index));
        }
        Ok(None)
    }

    fn match_pattern(
        &mut self,
        pattern: &Pattern,
        subject: &Value,
        frame: &mut Frame,
        out: &mut Bindings,
    ) -> PyResult<bool> {
        self.tick()?;
        match pattern {
            Pattern::Value(e) => {
                let v = self.eval(e, frame)?;
                self.eq(subject, &v)
            }
            Pattern::Singleton(c) => Ok(subject.is(&match c {
                Const::Bool(b) => Value::Bool(*b),
                _ => Value::None,
            })),
            Pattern::As { pattern, name } => {
                if let Some(p) = pattern
                    && !self.match_pattern(p, subject, frame, out)?
                {
                    return Ok(false);
                }
                if let Some(n) = name {
                    out.push((n.clone(), subject.clone()));
                }
                Ok(true)
            }
            Pattern::Or(alternatives) => {
                for alt in alternatives {
                    let mut found = Vec::new();
                    if self.match_pattern(alt, subject, frame, &mut found)? {
                        out.extend(found);
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Pattern::Sequence(items) => self.match_sequence(items, subject, frame, out),
            Pattern::Star(_) => Ok(true),
            Pattern::Mapping { keys, patterns, rest } => self.match_mapping(keys, patterns, rest, subject, frame, out),
            Pattern::Class { class, positional, keywords } => {
                self.match_class(class, positional, keywords, subject, frame, out)
            }
        }
    }

    fn match_sequence(
        &mut self,
        items: &[Pattern],
        subject: &Value,
        frame: &mut Frame,
        out: &mut Bindings,
    ) -> PyResult<bool> {
        let plain = super::subclass::plain(subject);
        if !matches!(plain, Value::List(_) | Value::Tuple(_) | Value::Range(..)) {
            return Ok(false);
        }
        let values = self.collect(&plain)?;
        let star = items.iter().position(|p| matches!(p, Pattern::Star(_)));
        let fixed = items.len() - usize::from(star.is_some());
        if (star.is_none() && values.len() != fixed) || values.len() < fixed {
            return Ok(false);
        }
        let Some(star) = star else {
            for (p, v) in items.iter().zip(&values) {
                if !self.match_pattern(p, v, frame, out)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        };
        let after = items.len() - star - 1;
        let tail_start = values.len() - after;
        for (p, v) in items[..star].iter().zip(&values[..star]) {
            if !self.match_pattern(p, v, frame, out)? {
                return Ok(false);
            }
        }
        for (p, v) in items[star + 1..].iter().zip(&values[tail_start..]) {
            if !self.match_pattern(p, v, frame, out)? {
                return Ok(false);
            }
        }
        if let Pattern::Star(Some(name)) = &items[star] {
            out.push((name.clone(), Value::list(values[star..tail_start].to_vec())));
        }
        Ok(true)
    }

    #[allow(clippy::too_many_arguments)]
    fn match_mapping(
        &mut self,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: &Option<Name>,
        subject: &Value,
        frame: &mut Frame,
        out: &mut Bindings,
    ) -> PyResult<bool> {
        let Value::Dict(dict) = super::subclass::plain(subject) else { return Ok(false) };
        let mut used = Vec::new();
        for (key, p) in keys.iter().zip(patterns) {
            let k = self.eval(key, frame)?;
            let hk = self.key_of(&k)?;
            let found = dict.borrow().get(&hk).cloned();
            let Some(v) = found else { return Ok(false) };
            if !self.match_pattern(p, &v, frame, out)? {
                return Ok(false);
            }
            used.push(hk);
        }
        if let Some(name) = rest {
            let mut remaining = super::dict::Dict::new();
            for (hk, (k, v)) in dict.borrow().entries() {
                if !used.contains(hk) {
                    remaining.insert(hk.clone(), k.clone(), v.clone());
                }
            }
            out.push((name.clone(), Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(remaining)))));
        }
        Ok(true)
    }

    #[allow(clippy::too_many_arguments)]
    fn match_class(
        &mut self,
        class: &Expr,
        positional: &[Pattern],
        keywords: &[(Name, Pattern)],
        subject: &Value,
        frame: &mut Frame,
        out: &mut Bindings,
    ) -> PyResult<bool> {
        let Value::Class(cls) = self.eval(class, frame)? else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        let Value::Class(actual) = self.type_of(subject) else { return Ok(false) };
        if !actual.is_subclass_of(&cls) {
            return Ok(false);
        }
        let self_matching = matches!(
            cls.builtin,
            Some(
                BuiltinType::Bool
                    | BuiltinType::Int
                    | BuiltinType::Float
                    | BuiltinType::Str
                    | BuiltinType::List
                    | BuiltinType::Tuple
                    | BuiltinType::Dict
                    | BuiltinType::Set
                    | BuiltinType::FrozenSet
            )
        );
        if self_matching && !positional.is_empty() {
            if positional.len() > 1 {
                let n = positional.len();
                return Err(self.type_error(format!("{}() accepts 1 positional sub-pattern ({n} given)", cls.name)));
            }
            if !self.match_pattern(&positional[0], subject, frame, out)? {
                return Ok(false);
            }
        } else if !positional.is_empty() {
            let names = match self.probe_attr(&Value::Class(cls.clone()), "__match_args__")? {
                Some(Value::Tuple(t)) => t.to_vec(),
                Some(_) => return Err(self.type_error(format!("{}.__match_args__ must be a tuple", cls.name))),
                None => Vec::new(),
            };
            if positional.len() > names.len() {
                let n = names.len();
                let s = if n == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{}() accepts {n} positional sub-pattern{s} ({} given)",
                    cls.name,
                    positional.len()
                )));
            }
            for (p, attr) in positional.iter().zip(names) {
                let Value::Str(attr) = attr else {
                    return Err(self.type_error("__match_args__ elements must be strings"));
                };
                if !self.match_attribute(subject, &attr, p, frame, out)? {
                    return Ok(false);
                }
            }
        }
        for (attr, p) in keywords {
            if !self.match_attribute(subject, attr, p, frame, out)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn match_attribute(
        &mut self,
        subject: &Value,
        attr: &str,
        p: &Pattern,
        frame: &mut Frame,
        out: &mut Bindings,
    ) -> PyResult<bool> {
        match self.probe_attr(subject, attr)? {
            Some(v) => self.match_pattern(p, &v, frame, out),
            None => Ok(false),
        }
    }
}
