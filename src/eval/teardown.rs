//! Dropping deeply nested values without recursion.
//!
//! Rust drops nested containers recursively: a list nested 200 000 deep (`for _ in …: a = [a]`) would
//! overflow the native stack when the program's namespace is dropped, aborting the page. [`dismantle`]
//! empties containers that nothing else references into a work list first, so each one is dropped
//! with no children left. Shared containers are left alone (dropping them only decrements a count).

use super::value::{Module, Value};
use std::rc::Rc;

/// Drops `values`, dismantling uniquely owned containers iteratively.
pub fn dismantle(values: Vec<Value>) {
    let mut work = values;
    while let Some(value) = work.pop() {
        match value {
            Value::List(list) if Rc::strong_count(&list) == 1 => {
                work.extend(std::mem::take(&mut *list.borrow_mut()));
            }
            Value::Tuple(mut items) => {
                if let Some(items) = Rc::get_mut(&mut items) {
                    work.extend(items.iter_mut().map(|v| std::mem::replace(v, Value::None)));
                }
            }
            Value::Dict(dict) if Rc::strong_count(&dict) == 1 => {
                let dict = std::mem::take(&mut *dict.borrow_mut());
                for (k, v) in dict.items() {
                    work.push(k);
                    work.push(v);
                }
            }
            Value::Set(set) if Rc::strong_count(&set) == 1 => {
                work.extend(std::mem::take(&mut *set.borrow_mut()).values());
            }
            Value::Instance(inst) if Rc::strong_count(&inst) == 1 => {
                work.extend(std::mem::take(&mut *inst.dict.borrow_mut()).into_values());
            }
            other => drop(other),
        }
    }
}

/// Empties a module namespace (the program's globals at the end of a run) through [`dismantle`].
pub fn dismantle_module(module: &Module) {
    let entries = std::mem::take(&mut *module.dict.borrow_mut());
    dismantle(entries.into_values().collect());
}
