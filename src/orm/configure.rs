//! Mapper configuration: resolving every relationship the way SQLAlchemy's `configure_mappers()` does —
//! target classes named by string, class or lambda; `backref` creating the reverse relationship;
//! `back_populates` pairs checked; the direction (one-to-many, many-to-one, many-to-many) found from the
//! foreign keys; cascades, `order_by` and `remote_side` read. It runs lazily, at first use, so models may
//! name classes defined later; its errors are SQLAlchemy's, located at the `relationship(...)` call.
//! Join conditions from foreign keys are found in `joins`.

use super::Orm;
use super::expr::{ExprObj, SqlExpr};
use super::mapper::{Cascade, Direction, Registry, RegistryRef, Relationship, Resolved, Secondary};
use super::native::state;
use super::schema::RelSpec;
use crate::eval::value::Value;
use crate::eval::{Args, Exc, Interp, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

mod arguments;
mod custom_join;
mod join_exprs;
mod joins;

use crate::orm::SaExc;
use joins::*;

/// A configuration failure: exception class and message.
type Failure = (SaExc, String);

impl Orm {
    /// Configures the registry's mappers if anything changed since the last time.
    pub fn configure(&self, interp: &mut Interp, registry: &RegistryRef) -> PyResult<()> {
        {
            let reg = registry.borrow();
            let failed = reg.configure_error.as_ref().map(|(c, m)| (c.to_string(), m.clone()));
            if let Some((class, message)) = failed.or_else(|| reg.configure_exception.clone()) {
                drop(reg);
                return Err(self.error(
                    interp,
                    SaExc::InvalidRequestError,
                    format!("One or more mappers failed to initialize - can't proceed with initialization of other mappers. Original exception was: {class}: {message}"),
                ));
            }
            if reg.configured {
                return Ok(());
            }
        }
        match self.configure_all(interp, registry) {
            Ok(()) => {
                registry.borrow_mut().configured = true;
                self.announce_configured(interp, registry)
            }
            Err(Failed::Python(e)) => {
                // Any exception fails the configuration for good, a TypeError from a backref's
                // arguments as much as SQLAlchemy's own errors.
                if !e.fatal {
                    let message = interp.exception_message(&e);
                    registry.borrow_mut().configure_exception = Some((e.class_name(), message));
                }
                Err(e)
            }
            Err(Failed::Orm((class, message))) => {
                registry.borrow_mut().configure_error = Some((class, message.clone()));
                Err(self.error(interp, class, message))
            }
        }
    }

    fn configure_all(&self, interp: &mut Interp, registry: &RegistryRef) -> Result<(), Failed> {
        self.create_backrefs(interp, registry)?;
        let count = registry.borrow().mappers.len();
        for m in 0..count {
            let rel_count = registry.borrow().mappers[m].relationships.len();
            for r in 0..rel_count {
                if registry.borrow().mappers[m].relationships[r].resolved.is_some() {
                    continue;
                }
                let resolved = self.resolve(interp, registry, m, r)?;
                registry.borrow_mut().mappers[m].relationships[r].resolved = Some(Rc::new(resolved));
            }
        }
        self.check_pairs(registry)?;
        self.configure_concrete_unions(interp, registry)?;
        Ok(())
    }

    /// Pass 1: every `backref=` adds its reverse relationship to the target mapper.
    fn create_backrefs(&self, interp: &mut Interp, registry: &RegistryRef) -> Result<(), Failed> {
        let count = registry.borrow().mappers.len();
        for m in 0..count {
            let rel_count = registry.borrow().mappers[m].relationships.len();
            for r in 0..rel_count {
                let (spec, key, owner_class, site) = {
                    let reg = registry.borrow();
                    let rel = &reg.mappers[m].relationships[r];
                    (rel.spec.clone(), rel.key.clone(), reg.mappers[m].class.clone(), rel.site)
                };
                let Some((name, kwargs)) = spec.borrow().backref.clone() else { continue };
                let target = self.target_mapper(interp, registry, m, &spec)?;
                let exists = registry.borrow().mappers[target].relationship(&name).is_some();
                if exists {
                    let reg = registry.borrow();
                    let owner = &reg.mappers[m];
                    let target_mapper = &reg.mappers[target];
                    if target_mapper.relationship(&name).is_some_and(|r| r.from_backref) {
                        continue;
                    }
                    return Err(Failed::Orm((
                        SaExc::ArgumentError,
                        format!(
                            "Error creating backref '{name}' on relationship '{}.{key}': property of that name exists on mapper 'Mapper[{}({})]'",
                            owner.class_name, target_mapper.class_name, target_mapper.table
                        ),
                    )));
                }
                // SQLAlchemy's `_generate_backref`: the reverse uses this relationship's join (a
                // many-to-many's two joins swapped), its `foreign_keys`, and unless the backref's
                // own arguments say otherwise its viewonly, post_update and passive_updates.
                let mut back = {
                    let s = spec.borrow();
                    let many = s.secondary.is_some();
                    RelSpec {
                        target: Some(Value::Class(owner_class)),
                        back_populates: Some(key.clone()),
                        secondary: s.secondary.clone(),
                        primaryjoin: if many { s.secondaryjoin.clone() } else { s.primaryjoin.clone() },
                        secondaryjoin: if many { s.primaryjoin.clone() } else { None },
                        foreign_keys: s.foreign_keys.clone(),
                        viewonly: s.viewonly,
                        post_update: s.post_update,
                        passive_updates: s.passive_updates,
                        site,
                        ..RelSpec::default()
                    }
                };
                for (k, v) in kwargs {
                    if !back.set_keyword(interp, &k, &v).map_err(Failed::Python)? {
                        return Err(Failed::Python(interp.type_error(format!(
                            "RelationshipProperty.__init__() got an unexpected keyword argument '{k}'"
                        ))));
                    }
                }
                spec.borrow_mut().back_populates = Some(name.clone());
                registry.borrow_mut().mappers[target].relationships.push(Relationship {
                    key: name,
                    spec: Rc::new(RefCell::new(back)),
                    from_backref: true,
                    resolved: None,
                    site,
                });
            }
        }
        Ok(())
    }

    /// The mapper a relationship points at (string, class or lambda target).
    fn target_mapper(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        owner: usize,
        spec: &Rc<RefCell<RelSpec>>,
    ) -> Result<usize, Failed> {
        let target = spec.borrow().target.clone();
        let (owner_name, owner_table) = {
            let reg = registry.borrow();
            (reg.mappers[owner].class_name.clone(), reg.mappers[owner].table.clone())
        };
        let Some(mut target) = target else {
            return Err(Failed::Orm((
                SaExc::ArgumentError,
                format!("relationship() on {owner_name} needs a target class"),
            )));
        };
        if matches!(target, Value::Function(_) | Value::Builtin(_)) {
            target = interp.call(&target, Args::default()).map_err(Failed::Python)?;
        }
        let reg = registry.borrow();
        let found = match &target {
            Value::Str(name) => reg.mapper_by_name(name.trim()),
            Value::Class(c) => reg.mapper_of_class(c),
            _ => None,
        };
        if let (None, Value::Str(name)) = (found, &target)
            && reg.tables.contains_key(name.trim())
        {
            // SQLAlchemy resolves the string to the Table of that name, which is not a class.
            return Err(Failed::Orm((
                SaExc::ArgumentError,
                format!(
                    "relationship() on {owner_name} expects a class or a mapper argument (received: <class 'sqlalchemy.sql.schema.Table'>)"
                ),
            )));
        }
        found.ok_or_else(|| {
            let shown = match &target {
                Value::Str(s) => s.to_string(),
                Value::Class(c) => c.name.to_string(),
                other => other.type_name(),
            };
            Failed::Orm((
                SaExc::InvalidRequestError,
                format!(
                    "When initializing mapper Mapper[{owner_name}({owner_table})], expression '{shown}' failed to locate a name ('{shown}'). If this is a class name, consider adding this relationship() to the <class '__main__.{owner_name}'> class after both dependent classes have been defined."
                ),
            ))
        })
    }

    fn resolve(&self, interp: &mut Interp, registry: &RegistryRef, m: usize, r: usize) -> Result<Resolved, Failed> {
        let (spec, key) = {
            let reg = registry.borrow();
            let rel = &reg.mappers[m].relationships[r];
            (rel.spec.clone(), rel.key.clone())
        };
        let target = self.target_mapper(interp, registry, m, &spec)?;
        let owner_name = registry.borrow().mappers[m].class_name.clone();
        let label = format!("{owner_name}.{key}");
        let cascade = match spec.borrow().cascade.as_deref() {
            None => Cascade::default_set(),
            Some(text) => Cascade::parse(text)
                .map_err(|bad| Failed::Orm((SaExc::ArgumentError, format!("Invalid cascade option(s): '{bad}'"))))?,
        };
        let owner_table = registry.borrow().mappers[m].table.clone();
        let mut restrict = self.column_list(interp, registry, &owner_table, spec.borrow().foreign_keys.clone())?;
        let mut remote_side = self.column_list(interp, registry, &owner_table, spec.borrow().remote_side.clone())?;
        let eqs = self.join_equalities(interp, registry, &owner_table, spec.borrow().primaryjoin.clone())?;
        // `foreign()` / `remote()` in the primaryjoin stand in for `foreign_keys=` / `remote_side=`.
        for (table, column, bits) in eqs.iter().flatten() {
            let col = (table.clone(), column.clone());
            if bits & crate::sql::elements::FOREIGN != 0 && !restrict.contains(&col) {
                restrict.push(col.clone());
            }
            if bits & crate::sql::elements::REMOTE != 0 && !remote_side.contains(&col) {
                remote_side.push(col);
            }
        }
        let primaryjoin = self.column_list(interp, registry, &owner_table, spec.borrow().primaryjoin.clone())?;
        let secondaryjoin = self.column_list(interp, registry, &owner_table, spec.borrow().secondaryjoin.clone())?;
        let secondary = spec.borrow().secondary.clone();
        let custom = match (spec.borrow().primaryjoin.clone(), &secondary) {
            (Some(v), None) => {
                let target_table = registry.borrow().mappers[target].table.clone();
                let v = self.evaluate_argument(interp, registry, v)?;
                let expr = match state::<super::core::expr_obj::ExprObj>(&v) {
                    Some(e) => Some(e.expr.clone()),
                    None => super::core::bridge::legacy_expr(interp, &v).map_err(Failed::Python)?,
                };
                expr.and_then(|e| custom_join::custom_join(&e, (&owner_table, &target_table), &restrict, &remote_side))
            }
            _ => None,
        };
        let (direction, pairs, secondary) = match secondary {
            Some(s) => {
                let table = self.secondary_table(interp, registry, &s, &label)?;
                let reg = registry.borrow();
                let sec = link_secondary(&reg, (m, &primaryjoin), (target, &secondaryjoin), &table, &label)?;
                (Direction::ManyToMany, Vec::new(), Some(sec))
            }
            None if let Some((d, p)) = custom.as_ref().and_then(|c| c.found.clone()) => (d, p, None),
            None => {
                let reg = registry.borrow();
                let restrict = if restrict.is_empty() { primaryjoin } else { restrict };
                let (d, p) = direction(&reg, (m, target), (&restrict, &remote_side, &eqs), &label)?;
                (d, p, None)
            }
        };
        let s = spec.borrow();
        if cascade.delete_orphan && direction != Direction::OneToMany && !s.single_parent {
            // `_check_cascade_settings` (SQLAlchemy 2.1's wording, with its error code).
            let kind = if direction == Direction::ManyToOne { "many-to-one" } else { "many-to-many" };
            let (owner, target_name) = {
                let reg = registry.borrow();
                (reg.mappers[m].class_name.clone(), reg.mappers[target].class_name.clone())
            };
            return Err(Failed::Orm((
                SaExc::ArgumentError,
                format!(
                    "For {kind} relationship {label}, delete-orphan cascade is normally configured only on the \"one\" side of a one-to-many relationship, and not on the \"many\" side of a many-to-one or many-to-many relationship.  To force this relationship to allow a particular \"{target_name}\" object to be referenced by only a single \"{owner}\" object at a time via the {label} relationship, which would allow delete-orphan cascade to take place in this direction, set the single_parent=True flag. (Background on this error at: https://sqlalche.me/e/21/bbf0)"
                ),
            )));
        }
        let uselist = s.uselist.unwrap_or(direction != Direction::ManyToOne);
        let order_value = s.order_by.clone();
        let passive_deletes = s.passive_deletes;
        let passive_updates = s.passive_updates.unwrap_or(true);
        let post_update = s.post_update;
        let viewonly = s.viewonly;
        let reverse = s.back_populates.clone();
        drop(s);
        // `_set_cascade`: a viewonly relationship keeps only the cascades that persist nothing
        // (`expunge`, `refresh-expire`, `merge`), so what it is given never joins the session.
        let cascade = if viewonly {
            Cascade { save_update: false, delete: false, delete_orphan: false, ..cascade }
        } else {
            cascade
        };
        let order_by = self.order_list(interp, registry, order_value)?;
        let primaryjoin = spec.borrow().primaryjoin.clone();
        let extra = match primaryjoin {
            Some(v) if secondary.is_none() && custom.is_none() => {
                let v = self.evaluate_argument(interp, registry, v)?;
                joins::extra_criteria(interp, &v).map_err(Failed::Python)?
            }
            _ => None,
        };
        let mut secondary = secondary;
        let extra = match secondary.as_mut() {
            Some(sec) => {
                sec.criteria = self.secondary_extra(interp, registry, &spec)?;
                match sec.criteria.clone() {
                    [Some(a), Some(b)] => {
                        Some(crate::sql::elements::build::boolean_list(crate::sql::ops::Op::And, vec![a, b]))
                    }
                    [a, b] => a.or(b),
                }
            }
            None => extra,
        };
        Ok(Resolved {
            target,
            direction,
            uselist,
            cascade,
            pairs,
            secondary,
            reverse,
            order_by,
            passive_deletes,
            passive_updates,
            post_update,
            viewonly,
            extra,
            join: custom.map(|c| c.expr),
        })
    }

    /// The criteria of a `secondary=` relationship's custom `primaryjoin` and `secondaryjoin`
    /// beyond their column equalities (`membership.c.active == True`), each or None: every load
    /// and join of the relationship adds them.
    fn secondary_extra(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        spec: &Rc<RefCell<RelSpec>>,
    ) -> Result<[Option<crate::sql::elements::ExprRef>; 2], Failed> {
        let joins = [spec.borrow().primaryjoin.clone(), spec.borrow().secondaryjoin.clone()];
        let mut out = [None, None];
        for (slot, v) in out.iter_mut().zip(joins) {
            if let Some(v) = v {
                let v = self.evaluate_argument(interp, registry, v)?;
                *slot = joins::extra_criteria(interp, &v).map_err(Failed::Python)?;
            }
        }
        Ok(out)
    }

    /// Checks every `back_populates` the way SQLAlchemy's `_add_reverse_property` does, in mapper and
    /// declaration order: the name must be a property of the target, that property a relationship, and
    /// that relationship must lead back to this class. (The two sides need not name each other: SQLAlchemy
    /// accepts a viewonly or one-sided pairing, so ormplay does too.)
    fn check_pairs(&self, registry: &RegistryRef) -> Result<(), Failed> {
        let reg = registry.borrow();
        for m in &reg.mappers {
            for rel in &m.relationships {
                let Some(resolved) = &rel.resolved else { continue };
                let Some(reverse) = &resolved.reverse else { continue };
                let target = &reg.mappers[resolved.target];
                let Some(back) = target.relationship(reverse) else {
                    let failure = match reg.column_by_key(resolved.target, reverse) {
                        Some(_) => (
                            SaExc::InvalidRequestError,
                            format!(
                                "back_populates on relationship '{}.{}' refers to attribute '{}.{reverse}' that is not a relationship.  The back_populates parameter should refer to the name of a relationship on the target class.",
                                m.class_name, rel.key, target.class_name
                            ),
                        ),
                        None => (
                            SaExc::InvalidRequestError,
                            format!(
                                "Mapper 'Mapper[{}({})]' has no property '{reverse}'.  If this property was indicated from other mappers or configure events, ensure registry.configure() has been called.",
                                target.class_name, target.table
                            ),
                        ),
                    };
                    return Err(Failed::Orm(failure));
                };
                let points_back =
                    back.resolved.as_ref().is_some_and(|b| reg.mappers[b.target].class_name == m.class_name);
                if !points_back {
                    return Err(Failed::Orm((
                        SaExc::ArgumentError,
                        format!(
                            "reverse_property '{reverse}' on relationship {}.{} references relationship {}.{reverse}, which does not reference mapper Mapper[{}({})]",
                            m.class_name, rel.key, target.class_name, m.class_name, m.table
                        ),
                    )));
                }
            }
        }
        Ok(())
    }
}

enum Failed {
    Python(Box<Exc>),
    Orm(Failure),
}

impl From<Box<Exc>> for Failed {
    fn from(e: Box<Exc>) -> Self {
        Failed::Python(e)
    }
}
