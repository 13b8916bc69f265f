//! Closure cells: `f.__closure__` is a tuple of `cell` objects, one per free variable in
//! `f.__code__.co_freevars` order (sorted), each reading the enclosing function's variable live
//! through `cell_contents`, as CPython's cells do (a `nonlocal` update shows through).
//!
//! The evaluator keeps no cells: a closure captures the enclosing environment, and a free name is
//! looked up there. A `cell` object here is that environment and the name; the candidates come from
//! lowering (`ScopeInfo::free`) and are kept when an enclosing function binds them.

use crate::eval::value::{Env, Function, Instance, Property, Value};
use crate::eval::{ExcType, Interp, PyResult};
use crate::ir::Name;
use std::cell::RefCell;
use std::rc::Rc;

/// The native state of a `cell`: the environment that owns the variable, and its name.
struct CellRef {
    env: Rc<Env>,
    name: Name,
}

impl Interp {
    /// The free variables of `f`, sorted, with the environment that holds each.
    fn free_variables(&self, f: &Function) -> Vec<(Name, Rc<Env>)> {
        let owner = |n: &Name| crate::eval::scope::find_enclosing_env(f.closure.as_ref(), n);
        f.def.scope.free.iter().filter_map(|n| owner(n).map(|env| (n.clone(), env))).collect()
    }

    /// `f.__code__.co_freevars`.
    pub(in crate::eval) fn free_var_names(&self, f: &Function) -> Value {
        Value::tuple(self.free_variables(f).into_iter().map(|(n, _)| Value::Str(n)).collect())
    }

    /// `f.__closure__`: None when the function has no free variables.
    pub(in crate::eval) fn closure_cells(&mut self, f: &Function) -> Value {
        let free = self.free_variables(f);
        if free.is_empty() {
            return Value::None;
        }
        let class = self.aux_class_in("builtins", "cell");
        if !class.dict.borrow().contains_key("cell_contents") {
            let getter = Interp::builtin("cell_contents", cell_contents);
            let property = Property { getter, setter: None, deleter: None, doc: None };
            class.dict.borrow_mut().insert(Name::from("cell_contents"), Value::Property(Rc::new(property)));
        }
        let cells = free
            .into_iter()
            .map(|(name, env)| {
                Value::Instance(Rc::new(Instance {
                    class: class.clone(),
                    dict: RefCell::default(),
                    native: RefCell::new(Some(Rc::new(CellRef { env, name }))),
                    id: self.next_id(),
                }))
            })
            .collect();
        Value::tuple(cells)
    }
}

/// `cell.cell_contents`: the variable's current value; ValueError while it is unbound.
fn cell_contents(interp: &mut Interp, args: crate::eval::Args) -> PyResult<Value> {
    let cell = match args.positional.first() {
        Some(Value::Instance(inst)) => inst.native.borrow().clone().and_then(|n| n.downcast::<CellRef>().ok()),
        _ => None,
    };
    let Some(cell) = cell else { return Err(interp.type_error("descriptor 'cell_contents' requires a 'cell' object")) };
    let value = cell.env.vars.borrow().get(&cell.name).cloned();
    value.ok_or_else(|| interp.error(ExcType::ValueError, "Cell is empty"))
}
