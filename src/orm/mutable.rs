//! `sqlalchemy.ext.mutable` on the runtime side: a JSON column made with
//! `MutableDict.as_mutable(JSON)` (or `MutableList` / `MutableSet`) holds instances of that class,
//! which call `flag_modified(parent, key)` when changed in place (the Python half is
//! `orm/py/mutable.py`). SQLAlchemy coerces the value into the class and records its parent on
//! every load and refresh and on every assignment (its `load`, `refresh` and `set` listeners); the
//! loading paths and `instance_set` call these two functions at the same points.

use super::Orm;
use super::mapper::ColumnDef;
use super::schema::{JsonSpec, SqlType};
use super::state::existing_state;
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use std::rc::Rc;

/// The `Mutable` class a column's values are coerced into, if any.
pub fn mutable_class(ty: &SqlType) -> Option<Rc<Class>> {
    match ty {
        SqlType::Json(JsonSpec { mutable, .. }) => mutable.clone(),
        // `MutableDict.as_mutable(JSONEncodedDict)`: a `TypeDecorator` made mutable.
        SqlType::Decorated(d) => d.core.mutable.as_ref().and_then(|c| c.0.clone().downcast::<Class>().ok()),
        _ => None,
    }
}

/// `_ormplay_adopt(cls, parent, key, value, old)`: `cls.coerce(key, value)` unless it already is
/// one, with `parent` recorded (and dropped from the replaced value's parents).
fn adopt(
    interp: &mut Interp,
    class: &Rc<Class>,
    inst: &Rc<Instance>,
    key: &str,
    value: Value,
    old: Value,
) -> PyResult<Value> {
    let module = interp.source_submodule("sqlalchemy.ext.mutable")?;
    let Some(f) = module.get("_ormplay_adopt") else { return Ok(value) };
    let args = vec![Value::Class(class.clone()), Value::Instance(inst.clone()), Value::str(key), value, old];
    interp.call(&f, Args::positional(args))
}

impl Orm {
    /// After a load or refresh of `columns`: each mutable column's loaded value becomes an instance
    /// of its class with `inst` as parent, in the object's state and its committed state alike.
    pub fn adopt_loaded(&self, interp: &mut Interp, inst: &Rc<Instance>, columns: &[ColumnDef]) -> PyResult<()> {
        for c in columns {
            let Some(class) = mutable_class(&c.ty) else { continue };
            let loaded = inst.dict.borrow().get(c.key.as_str()).cloned();
            let Some(value) = loaded.filter(|v| !matches!(v, Value::None)) else { continue };
            let adopted = adopt(interp, &class, inst, &c.key, value, Value::None)?;
            inst.dict.borrow_mut().insert(Name::from(c.key.as_str()), adopted.clone());
            if let Some(state) = existing_state(inst) {
                let mut s = state.borrow_mut();
                if s.committed.contains_key(&c.key) {
                    s.committed.insert(c.key.clone(), adopted);
                }
            }
        }
        Ok(())
    }

    /// An assignment to a mutable column: the value coerced into its class (a `ValueError` for a
    /// value the class does not accept), `inst` its parent.
    pub fn adopt_assigned(
        &self,
        interp: &mut Interp,
        inst: &Rc<Instance>,
        class: Option<Rc<Class>>,
        key: &str,
        value: Value,
    ) -> PyResult<Value> {
        let Some(class) = class else { return Ok(value) };
        let old = inst.dict.borrow().get(key).cloned().unwrap_or(Value::None);
        adopt(interp, &class, inst, key, value, old)
    }
}
