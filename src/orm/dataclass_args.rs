//! The dataclass side of `mapped_column()` / `relationship()`: the field arguments (`init=False`,
//! `default_factory=list`, `repr=False`, ...) they accept for `MappedAsDataclass`, kept as written
//! and handed to the Python shim (`py/dataclass_mapping.py`) through `_ormplay_dataclass`.

use super::native::state;
use super::schema::{ColumnSpec, RelSpec};
use crate::eval::value::{Module, Value};
use crate::eval::{Interp, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

/// The keyword arguments of `mapped_column()` / `relationship()` that configure the dataclass field.
pub fn is_field_argument(key: &str) -> bool {
    matches!(key, "init" | "repr" | "default" | "default_factory" | "compare" | "kw_only" | "hash")
}

/// `_ormplay_dataclass`: `field_args(attr)` is the dict of dataclass arguments of a `mapped_column()`
/// or `relationship()` object, `None` for any other value.
pub fn module(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("_ormplay_dataclass"));
    m.set(
        "field_args",
        Interp::builtin("field_args", |_, a| {
            let v = a.positional.first().cloned().unwrap_or(Value::None);
            let args = if let Some(spec) = state::<ColumnSpec>(&v) {
                spec.dataclass.clone()
            } else if let Some(spec) = state::<RefCell<RelSpec>>(&v) {
                spec.borrow().dataclass.clone()
            } else {
                return Ok(Value::None);
            };
            let mut dict = crate::eval::dict::Dict::new();
            for (k, value) in args {
                let name = crate::ir::Name::from(k.as_str());
                dict.insert(crate::eval::dict::Key::Str(name.clone()), Value::Str(name), value);
            }
            Ok(Value::Dict(Rc::new(RefCell::new(dict))))
        }),
    );
    let _ = interp;
    Ok(m)
}
