//! Freeing reference cycles when a run ends.
//!
//! Values are reference counted, so a cycle is never freed by dropping it: a module's function points
//! back at the module's namespace (`__globals__`), an enum class's dict holds members whose class is
//! that class, an instance can hold itself. Within a run that is CPython's behaviour too (its cycle
//! collector runs later), but the interpreter lives in a long-lived Web Worker, so memory that a run
//! leaves in cycles would never come back: about 6 KB per run of `x = 1` and 330 KB for each run that
//! imports `json`, `enum` or `dataclasses`, which the evaluator fuzzer turned into 23 GB after an hour.
//!
//! CPython's own finalization clears module namespaces and lets its collector free what is left;
//! ormplay does the equivalent once nothing of the run can be used any more: [`break_cycles`] walks
//! everything reachable from the run's roots and empties every container it finds (lists, dicts,
//! sets, namespaces of modules, classes, instances and functions, closures, suspended generators),
//! iteratively, so nothing is dropped recursively either (see the parent module).

use super::super::value::{Class, Env, Instance, Value};
use std::collections::HashSet;
use std::rc::{Rc, Weak};

/// Empties every container reachable from `roots`. Containers shared with values outside the run
/// are emptied too, so call it only when the run is over and its values are no longer used.
pub fn break_cycles(roots: Vec<Value>) {
    let mut seen: HashSet<usize> = HashSet::new();
    let mut work = roots;
    while let Some(value) = work.pop() {
        // Addresses of values freed in the loop cannot be reused: nothing here allocates a value.
        if let Some(address) = address(&value)
            && seen.insert(address)
        {
            empty_into(&value, &mut work);
        }
    }
}

/// The address of the allocation behind `value`, or `None` for values that hold no other values.
fn address(value: &Value) -> Option<usize> {
    Some(match value {
        Value::List(v) => Rc::as_ptr(v) as *const () as usize,
        Value::Tuple(v) => Rc::as_ptr(v) as *const () as usize,
        Value::Dict(v) | Value::DictView(v, _) => Rc::as_ptr(v) as *const () as usize,
        Value::Set(v) => Rc::as_ptr(v) as *const () as usize,
        Value::Slice(v) => Rc::as_ptr(v) as *const () as usize,
        Value::Function(v) => Rc::as_ptr(v) as *const () as usize,
        Value::BoundMethod(v) => Rc::as_ptr(v) as *const () as usize,
        Value::Class(v) => Rc::as_ptr(v) as *const () as usize,
        Value::Instance(v) => Rc::as_ptr(v) as *const () as usize,
        Value::Module(v) => Rc::as_ptr(v) as *const () as usize,
        Value::Iterator(v) => Rc::as_ptr(v) as *const () as usize,
        Value::Property(v) => Rc::as_ptr(v) as *const () as usize,
        Value::ClassMethod(v) | Value::StaticMethod(v) | Value::Super(_, v) => Rc::as_ptr(v) as *const () as usize,
        Value::Generator(v) => Rc::as_ptr(v) as *const () as usize,
        _ => return None,
    })
}

/// Moves (or, for immutable containers, copies) the values `value` holds into `work`.
fn empty_into(value: &Value, work: &mut Vec<Value>) {
    match value {
        // Only values that hold others go on the work list: a flat list of 10⁷ numbers is freed in
        // place, not copied first (the memory budget expects its memory back, not doubled).
        Value::List(list) => work.extend(std::mem::take(&mut *list.borrow_mut()).into_iter().filter(holds_values)),
        Value::Tuple(items) => work.extend(items.iter().filter(|v| holds_values(v)).cloned()),
        Value::Dict(dict) | Value::DictView(dict, _) => dict.borrow_mut().drain_kept_into(work, holds_values),
        Value::Set(set) => set.borrow_mut().drain_kept_into(work, holds_values),
        Value::Slice(parts) => work.extend(parts.iter().cloned()),
        Value::Function(function) => {
            work.extend(std::mem::take(&mut *function.dict.borrow_mut()).into_values());
            work.extend(function.defaults.iter().cloned());
            work.extend(function.kw_defaults.iter().flatten().cloned());
            if let Some(env) = &function.closure {
                empty_env(env, work);
            }
            work.push(Value::Module(function.globals.clone()));
        }
        Value::BoundMethod(method) => work.extend([method.receiver.clone(), method.function.clone()]),
        Value::Class(class) => {
            work.extend(std::mem::take(&mut *class.dict.borrow_mut()).into_values());
            class.native.borrow_mut().take();
            work.extend(class.bases.iter().chain(&class.mro_tail).map(|c| Value::Class(c.clone())));
        }
        Value::Instance(instance) => {
            work.extend(std::mem::take(&mut *instance.dict.borrow_mut()).into_values());
            instance.native.borrow_mut().take();
            work.push(Value::Class(instance.class.clone()));
        }
        Value::Module(module) => work.extend(std::mem::take(&mut *module.dict.borrow_mut()).into_values()),
        Value::Iterator(state) => {
            let state = std::mem::replace(&mut *state.borrow_mut(), super::super::value::IterState::Done);
            super::push_iter_state(state, work);
        }
        Value::Property(property) => {
            work.extend(std::iter::once(&property.getter).chain(&property.setter).chain(&property.deleter).cloned())
        }
        Value::ClassMethod(inner) | Value::StaticMethod(inner) => work.push(Value::clone(inner)),
        Value::Super(class, inner) => work.extend([Value::Class(class.clone()), Value::clone(inner)]),
        Value::Generator(generator) => generator.discard(),
        _ => {}
    }
}

/// Values that can hold other values (modules and classes included: their namespaces can close cycles).
fn holds_values(value: &Value) -> bool {
    address(value).is_some()
}

/// Empties a closure's variables and those of the scopes around it.
fn empty_env(env: &Rc<Env>, work: &mut Vec<Value>) {
    let mut scope = Some(env);
    while let Some(env) = scope {
        work.extend(env.vars.borrow_mut().drain().map(|(_, v)| v));
        scope = env.parent.as_ref();
    }
}

/// Scopes and classes that may end up in cycles that nothing reachable points to any more (a closure
/// that refers to itself, like a recursive inner function; a class dropped from its namespace), kept
/// weakly so that [`break_cycles`] can still reach them when the run ends. Only function scopes that
/// outlive their call (captured by a closure) are kept, so an ordinary call costs nothing here.
#[derive(Default)]
pub struct Escaped {
    envs: Vec<Weak<Env>>,
    classes: Vec<Weak<Class>>,
    instances: Vec<Weak<Instance>>,
    /// Size at which dead entries are dropped (twice what was alive at the last pruning).
    prune_at: usize,
}

impl Escaped {
    /// Remembers a function scope that a closure captured.
    pub fn env(&mut self, env: &Rc<Env>) {
        self.envs.push(Rc::downgrade(env));
        self.prune();
    }

    /// Remembers a class the program created.
    pub fn class(&mut self, class: &Rc<Class>) {
        self.classes.push(Rc::downgrade(class));
        self.prune();
    }

    /// Remembers an instance of a class the program defined (objects that point at each other, like
    /// a parent and the children of a bidirectional relationship, are the usual cycles).
    pub fn instance(&mut self, instance: &Rc<Instance>) {
        self.instances.push(Rc::downgrade(instance));
        self.prune();
    }

    /// Keeps the lists proportional to what is alive: a loop creating closures that die must not grow them.
    fn prune(&mut self) {
        if self.len() < self.prune_at.max(256) {
            return;
        }
        self.envs.retain(|env| env.strong_count() > 0);
        self.classes.retain(|class| class.strong_count() > 0);
        self.instances.retain(|instance| instance.strong_count() > 0);
        self.prune_at = 2 * self.len();
    }

    fn len(&self) -> usize {
        self.envs.len() + self.classes.len() + self.instances.len()
    }

    /// Empties the scopes still alive into `roots` and adds the classes still alive to them.
    pub fn drain_into(&mut self, roots: &mut Vec<Value>) {
        for env in self.envs.drain(..).filter_map(|env| env.upgrade()) {
            empty_env(&env, roots);
        }
        roots.extend(self.classes.drain(..).filter_map(|class| class.upgrade()).map(Value::Class));
        roots.extend(self.instances.drain(..).filter_map(|instance| instance.upgrade()).map(Value::Instance));
    }
}
