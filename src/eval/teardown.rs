//! Dropping deeply nested values without recursion.
//!
//! Rust drops nested containers recursively: a list nested 300 000 deep (`for _ in …: a = [a]`) or a
//! chain of 100 000 closures (a decorator applied in a loop) would be freed by as many nested drop calls
//! when the last reference goes — at `a = None` in the middle of a run, or when the program's namespace
//! is dropped — and overflow the native stack, which aborts the page. So every container that holds
//! values ([`ListCell`](super::value::ListCell), tuples, dicts, sets, instances, functions and their
//! closures, bound methods, properties) frees them through [`dismantle`]: a loop over a work list in
//! which each uniquely owned container is emptied into the list before it is dropped, so no drop ever
//! finds children left to recurse into. Shared containers are left alone (dropping a reference only
//! decrements a count).
//!
//! Not covered: chains made only of single-value wrappers (`classmethod(classmethod(…))`, slices of
//! slices), which have no container of their own to hook; any list, tuple, dict or object in the chain
//! breaks it.

mod cycles;

pub use cycles::{Escaped, break_cycles};

use super::value::{Function, IterState, Value};
use std::rc::Rc;

/// Drops `values`, emptying uniquely owned containers iteratively.
pub fn dismantle(values: Vec<Value>) {
    let mut work = values;
    while let Some(mut value) = work.pop() {
        take_children(&mut value, &mut work);
        // `value` is now empty (or shared): dropping it does not recurse.
    }
}

/// [`dismantle`] for values coming from an iterator: allocates nothing unless one of them is a
/// uniquely owned container with values inside (dropping a function call's variables, a small dict).
pub fn dismantle_each(values: impl IntoIterator<Item = Value>) {
    let mut work = Vec::new();
    for mut value in values {
        take_children(&mut value, &mut work);
        drop(value);
        while let Some(mut value) = work.pop() {
            take_children(&mut value, &mut work);
        }
    }
}

/// Moves the values a uniquely owned container holds into `work`, leaving it empty.
fn take_children(value: &mut Value, work: &mut Vec<Value>) {
    match value {
        Value::List(list) if Rc::strong_count(list) == 1 => {
            keep_containers(std::mem::take(&mut *list.borrow_mut()), work)
        }
        Value::Tuple(items) => {
            if let Some(items) = Rc::get_mut(items) {
                keep_containers(std::mem::take(&mut items.0), work);
            }
        }
        Value::Dict(dict) | Value::DictView(dict, _) if Rc::strong_count(dict) == 1 => {
            dict.borrow_mut().drain_into(work);
        }
        Value::Set(set) if Rc::strong_count(set) == 1 => set.borrow_mut().drain_into(work),
        Value::Instance(inst) if Rc::strong_count(inst) == 1 => {
            work.extend(std::mem::take(&mut *inst.dict.borrow_mut()).into_values());
        }
        Value::Function(function) => {
            if let Some(function) = Rc::get_mut(function) {
                function_children(function, work);
            }
        }
        Value::BoundMethod(method) => {
            if let Some(method) = Rc::get_mut(method) {
                work.push(std::mem::replace(&mut method.receiver, Value::None));
                work.push(std::mem::replace(&mut method.function, Value::None));
            }
        }
        Value::Property(property) => {
            if let Some(property) = Rc::get_mut(property) {
                work.push(std::mem::replace(&mut property.getter, Value::None));
                work.extend(property.setter.take());
                work.extend(property.deleter.take());
            }
        }
        Value::ClassMethod(inner) | Value::StaticMethod(inner) | Value::Super(_, inner) => {
            if let Some(inner) = Rc::get_mut(inner) {
                work.push(std::mem::replace(inner, Value::None));
            }
        }
        Value::Slice(parts) => {
            if let Some(parts) = Rc::get_mut(parts) {
                work.extend(parts.iter_mut().map(|v| std::mem::replace(v, Value::None)));
            }
        }
        Value::Iterator(state) if Rc::strong_count(state) == 1 => {
            push_iter_state(std::mem::replace(&mut *state.borrow_mut(), IterState::Done), work);
        }
        _ => {}
    }
}

/// Moves the values an iterator's state holds into `work`.
fn push_iter_state(state: IterState, work: &mut Vec<Value>) {
    match state {
        IterState::Items(items, _) => work.extend(items),
        IterState::List(list, _) => work.push(Value::List(list)),
        IterState::Dict { dict, .. } => work.push(Value::Dict(dict)),
        IterState::Object(object) => work.push(object),
        _ => {}
    }
}

/// Moves the values of `items` that may hold values of their own into `work` and drops the rest
/// where they are. Moving every item would copy a flat list of 10⁷ numbers into `work` before freeing
/// it: twice the list's memory at the moment the memory budget ([`super::Limits::memory`]) expects it
/// to come back.
fn keep_containers(items: Vec<Value>, work: &mut Vec<Value>) {
    work.extend(items.into_iter().filter(holds_values));
}

/// Values whose drop could recurse: every variant with values inside.
fn holds_values(value: &Value) -> bool {
    !matches!(
        value,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Range(..)
            | Value::Builtin(_)
            | Value::Class(_)
            | Value::Module(_)
            | Value::Ellipsis
            | Value::NotImplemented
    )
}

/// Moves a function's default values and, when nothing else shares it, its closure's variables into
/// `work` (a decorator applied in a loop chains closures: each holds the previous function).
pub(super) fn function_children(function: &mut Function, work: &mut Vec<Value>) {
    work.append(&mut function.defaults);
    work.extend(function.kw_defaults.drain(..).flatten());
    if let Some(env) = function.closure.take()
        && Rc::strong_count(&env) == 1
    {
        work.extend(env.vars.borrow_mut().drain().map(|(_, v)| v));
    }
}
