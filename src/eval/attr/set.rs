//! Setting and deleting attributes: `obj.name = v` and `del obj.name` with CPython's rules — a user
//! `__setattr__`/`__delattr__` first, then a data descriptor (a property's setter or deleter, an
//! object with `__set__`/`__delete__`) on the class, then the instance's own namespace, which
//! `__slots__` may restrict. Classes, modules and functions store into their namespaces.

use super::{has_method, user_hook};
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Args, ExcType, Interp, PyResult};
use crate::ir::Name;
use std::rc::Rc;

impl Interp {
    pub fn set_attr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => match user_hook(&inst.class, "__setattr__") {
                Some(hook) => {
                    let bound = self.bind(obj.clone(), hook);
                    self.call(&bound, Args::positional(vec![Value::str(name), value])).map(|_| ())
                }
                None => self.generic_set_attr(obj, inst, name, value),
            },
            Value::Class(class) if class.builtin.is_none() => {
                let value = match class.hooks() {
                    Some(hooks) => match hooks.set_class_attr(self, class, name, value) {
                        Ok(result) => return result,
                        Err(value) => value,
                    },
                    None => value,
                };
                class.dict.borrow_mut().insert(Name::from(name), value);
                Ok(())
            }
            Value::Module(m) => {
                m.set(name, value);
                Ok(())
            }
            Value::Function(f) => {
                f.dict.borrow_mut().insert(Name::from(name), value);
                Ok(())
            }
            Value::Class(class) => {
                Err(self.type_error(format!("cannot set '{name}' attribute of immutable type '{}'", class.name)))
            }
            other => Err(self.attribute_error(other, name)),
        }
    }

    /// `object.__setattr__`: a data descriptor on the class, else the instance's own namespace.
    pub(crate) fn generic_set_attr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        if name == "__dict__" {
            return self.replace_instance_dict(inst, &value);
        }
        let value = match inst.class.hooks() {
            Some(hooks) => match hooks.set_attr(self, inst, &Name::from(name), value) {
                Ok(result) => return result,
                Err(value) => value,
            },
            None => value,
        };
        match inst.class.lookup(name) {
            Some(Value::Property(p)) => match &p.setter {
                Some(setter) => {
                    let setter = setter.clone();
                    self.call(&setter, Args::positional(vec![obj.clone(), value]))?;
                    Ok(())
                }
                None => Err(self.error(
                    ExcType::AttributeError,
                    format!("property '{name}' of '{}' object has no setter", inst.class.name),
                )),
            },
            Some(descriptor) if has_method(&descriptor, "__set__") => {
                let set = self.get_attr(&descriptor, "__set__")?;
                self.call(&set, Args::positional(vec![obj.clone(), value]))?;
                Ok(())
            }
            _ => {
                if !slots_allow(&inst.class, name) {
                    return Err(self.attribute_error(obj, name));
                }
                self.mirror_attr(inst, name, Some(&value));
                inst.dict.borrow_mut().insert(Name::from(name), value);
                Ok(())
            }
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if let Some(hook) = user_hook(&inst.class, "__delattr__") {
                let bound = self.bind(obj.clone(), hook);
                return self.call(&bound, Args::positional(vec![Value::str(name)])).map(|_| ());
            }
            return self.generic_del_attr(obj, inst, name);
        }
        let removed = match obj {
            Value::Class(class) if class.builtin.is_none() => class.dict.borrow_mut().shift_remove(name).is_some(),
            Value::Function(f) => f.dict.borrow_mut().shift_remove(name).is_some(),
            _ => false,
        };
        if removed { Ok(()) } else { Err(self.attribute_error(obj, name)) }
    }

    pub(crate) fn generic_del_attr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &str) -> PyResult<()> {
        if let Some(Value::Property(p)) = inst.class.lookup(name) {
            let Some(deleter) = p.deleter.clone() else {
                let message = format!("property '{name}' of '{}' object has no deleter", inst.class.name);
                return Err(self.error(ExcType::AttributeError, message));
            };
            return self.call(&deleter, Args::positional(vec![obj.clone()])).map(|_| ());
        }
        if let Some(descriptor) = inst.class.lookup(name)
            && has_method(&descriptor, "__delete__")
        {
            let delete = self.get_attr(&descriptor, "__delete__")?;
            return self.call(&delete, Args::positional(vec![obj.clone()])).map(|_| ());
        }
        if inst.dict.borrow_mut().shift_remove(name).is_some() {
            self.mirror_attr(inst, name, None);
            Ok(())
        } else {
            Err(self.attribute_error(obj, name))
        }
    }
}

/// May an instance of `class` have `name` in its own namespace? Not when every class of the MRO
/// declares `__slots__` and none lists the name (or `__dict__`).
pub(super) fn slots_allow(class: &Rc<Class>, name: &str) -> bool {
    let mut allowed = false;
    for c in std::iter::once(class).chain(class.mro_tail.iter()) {
        if c.builtin.is_some() {
            continue;
        }
        let dict = c.dict.borrow();
        let Some(slots) = dict.get("__slots__") else { return true };
        let names: Vec<Value> = match slots {
            Value::Str(s) => vec![Value::Str(s.clone())],
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => return true,
        };
        allowed |= names.iter().any(|n| matches!(n, Value::Str(s) if &**s == name || &**s == "__dict__"));
    }
    allowed
}

/// The names the classes of `class`'s MRO declare in `__slots__` (their values live beside the
/// instance's `__dict__`, not in it, when a subclass without `__slots__` gives the instance one).
pub(crate) fn declared_slots(class: &Rc<Class>) -> Vec<Rc<str>> {
    let mut names = Vec::new();
    for c in std::iter::once(class).chain(class.mro_tail.iter()) {
        if c.builtin.is_some() {
            continue;
        }
        match c.dict.borrow().get("__slots__") {
            Some(Value::Str(s)) => names.push(s.clone()),
            Some(Value::Tuple(t)) => names.extend(t.iter().filter_map(slot_name)),
            Some(Value::List(l)) => names.extend(l.borrow().iter().filter_map(slot_name)),
            _ => {}
        }
    }
    names
}

fn slot_name(v: &Value) -> Option<Rc<str>> {
    match v {
        Value::Str(s) if &**s != "__dict__" && &**s != "__weakref__" => Some(s.clone()),
        _ => None,
    }
}
