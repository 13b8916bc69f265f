//! The inheritance side of a `Mapper`: `inherits`, `base_mapper`, `polymorphic_on` /
//! `polymorphic_identity` / `polymorphic_map`, `self_and_descendants`, `iterate_to_root()`,
//! `isa()`, `single` — what hierarchy-walking helpers (serializers, admin screens, docs examples)
//! read to find a class's subclasses and discriminator.

use super::{MapperObj, mapper_value, this};
use crate::eval::value::Value;
use crate::orm::inheritance::{base_mapper, discriminator, lineage};
use crate::orm::mapper::Registry;
use crate::orm::native::{Method, receiver, state};
use std::rc::Rc;

/// `self_and_descendants`: the mapper, then its inheriting mappers breadth first, each level in
/// mapping order (`Mapper.self_and_descendants` walks `_inheriting_mappers` with a deque).
fn self_and_descendants(reg: &Registry, mapper: usize) -> Vec<usize> {
    let mut out = vec![mapper];
    let mut at = 0;
    while let Some(&m) = out.get(at) {
        at += 1;
        for (child, x) in reg.mappers.iter().enumerate() {
            if x.inherits == Some(m) && !out.contains(&child) {
                out.push(child);
            }
        }
    }
    out
}

fn mapper_list(i: &mut crate::eval::Interp, m: &MapperObj, mappers: Vec<usize>) -> Value {
    Value::list(mappers.into_iter().map(|x| mapper_value(i, &m.registry, x)).collect())
}

pub(super) const METHODS: &[(&str, Method)] = &[
    ("isa", |i, a| {
        let (m, _, rest) = receiver::<MapperObj>(i, a, "Mapper")?;
        let other = rest.positional.first().and_then(state::<MapperObj>);
        Ok(Value::Bool(other.is_some_and(|o| {
            Rc::ptr_eq(&o.registry, &m.registry) && lineage(&m.registry.borrow(), m.mapper).contains(&o.mapper)
        })))
    }),
    ("iterate_to_root", |i, a| {
        let (m, _, _) = receiver::<MapperObj>(i, a, "Mapper")?;
        let up = lineage(&m.registry.borrow(), m.mapper);
        let list = mapper_list(i, &m, up);
        i.iter(&list)
    }),
    ("polymorphic_iterator", |i, a| {
        let (m, _, _) = receiver::<MapperObj>(i, a, "Mapper")?;
        let all = self_and_descendants(&m.registry.borrow(), m.mapper);
        let list = mapper_list(i, &m, all);
        i.iter(&list)
    }),
];

pub(super) const PROPERTIES: &[(&str, Method)] = &[
    ("base_mapper", |i, a| {
        let m = this(i, a)?;
        let mut base = m.mapper;
        while let Some(parent) = m.registry.borrow().mappers.get(base).and_then(|x| x.inherits) {
            base = parent;
        }
        Ok(mapper_value(i, &m.registry, base))
    }),
    ("inherits", |i, a| {
        let m = this(i, a)?;
        let parent = m.registry.borrow().mappers.get(m.mapper).and_then(|x| x.inherits.or(x.concrete_inherits));
        Ok(match parent {
            Some(p) => mapper_value(i, &m.registry, p),
            None => Value::None,
        })
    }),
    ("polymorphic_identity", |i, a| {
        let m = this(i, a)?;
        Ok(m.registry
            .borrow()
            .mappers
            .get(m.mapper)
            .and_then(|x| x.polymorphic_identity.clone())
            .unwrap_or(Value::None))
    }),
    ("polymorphic_map", |i, a| {
        // Shared by the whole hierarchy: every mapper's identity → its mapper, in mapping order.
        let m = this(i, a)?;
        let members: Vec<(usize, Value)> = {
            let reg = m.registry.borrow();
            let root = |mut x: usize| {
                while let Some(p) = reg.mappers.get(x).and_then(|y| y.inherits) {
                    x = p;
                }
                x
            };
            let base = root(m.mapper);
            (0..reg.mappers.len())
                .filter(|x| root(*x) == base)
                .filter_map(|x| reg.mappers[x].polymorphic_identity.clone().map(|id| (x, id)))
                .collect()
        };
        let mut dict = crate::eval::dict::Dict::new();
        for (x, id) in members {
            let k = i.key_of(&id)?;
            let v = mapper_value(i, &m.registry, x);
            dict.insert(k, id, v);
        }
        Ok(Value::Dict(Rc::new(std::cell::RefCell::new(dict))))
    }),
    ("self_and_descendants", |i, a| {
        let m = this(i, a)?;
        let all = self_and_descendants(&m.registry.borrow(), m.mapper);
        Ok(mapper_list(i, &m, all))
    }),
    ("polymorphic_on", |i, a| {
        let m = this(i, a)?;
        let Some(key) = discriminator(&m.registry.borrow(), m.mapper) else { return Ok(Value::None) };
        let base = base_mapper(&m.registry.borrow(), m.mapper);
        super::column_object(i, &m.registry, base, &key)
    }),
    ("concrete", |i, a| {
        let m = this(i, a)?;
        Ok(Value::Bool(m.registry.borrow().mappers.get(m.mapper).is_some_and(|x| x.concrete_inherits.is_some())))
    }),
    ("single", |i, a| {
        let m = this(i, a)?;
        let reg = m.registry.borrow();
        let parent = reg.mappers.get(m.mapper).and_then(|x| x.inherits);
        Ok(Value::Bool(parent.is_some_and(|p| reg.mappers[p].table == reg.mappers[m.mapper].table)))
    }),
];
