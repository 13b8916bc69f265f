//! A relationship attribute aimed at particular FROM elements: `aliased(User).addresses` (joined from
//! the alias), `User.addresses.of_type(addr_alias)` (joined to an alias or an aliased subquery), and
//! `User.addresses.and_(criteria)` (extra ON criteria). `of_type(Subclass)` aims the join at the
//! subclass: a joined subclass's own join of its tables (an inner join, `company JOIN (employee JOIN
//! engineer ON ...)`), a single-table subclass's discriminator criterion in the ON clause; loader
//! options read the target entity from [`RelPath::of_type`] (see `eager::selectin`). `join()` reads it through
//! [`super::orm_select::relationship_joins`], which writes the relationship's ON clause between the
//! chosen FROM elements.

mod exists;

use super::orm_select::AliasedObj;
use super::{Method, core_class, split_self};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::{state, wrap};
use crate::sql::elements::ExprRef;
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// The relationship (a `RelationshipAttribute`) with its endpoints and extra criteria.
#[derive(Clone)]
pub struct RelPath {
    pub rel: Value,
    pub left: Option<FromRef>,
    pub right: Option<FromRef>,
    pub extra: Vec<ExprRef>,
    /// `of_type(target)`: the entity related rows are loaded as (an aliased class or
    /// `with_polymorphic()`; a joined subclass as SQLAlchemy's `with_polymorphic(Base, [Sub],
    /// aliased=True)`).
    pub of_type: Option<Rc<AliasedObj>>,
    /// `of_type(SingleTableSubclass)`: the subclass's mapper, whose criterion is in `extra`.
    pub single: Option<usize>,
}

/// The path a value is: a `RelPath`, or a plain relationship attribute.
pub fn path_of(v: &Value) -> Option<RelPath> {
    if let Some(p) = state::<RelPath>(v) {
        return Some((*p).clone());
    }
    state::<crate::orm::expr::RelAttr>(v).map(|_| RelPath {
        rel: v.clone(),
        left: None,
        right: None,
        extra: Vec::new(),
        of_type: None,
        single: None,
    })
}

pub fn path_value(interp: &mut Interp, path: RelPath) -> Value {
    let class = core_class(interp, "sqlalchemy.orm.attributes", "QueryableAttribute", METHODS, &[]);
    wrap(interp, &class, path)
}

/// `rel.of_type(target)`: the relationship joined to an aliased entity, or to a subclass of its
/// target (see the module comment).
pub fn of_type(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = split_self(args);
    let Some(mut path) = path_of(&this) else { return Err(interp.type_error("of_type() of a relationship")) };
    let target = super::first(&rest);
    if let Some(a) = state::<AliasedObj>(&target) {
        path.right = Some(a.from.clone());
        path.of_type = Some(a);
    } else if let Some((registry, sub, class)) = super::orm_select::mapped_class(&target) {
        let info = state::<crate::orm::expr::RelAttr>(&path.rel).and_then(|r| crate::orm::expr::rel_info(&r));
        let Some(info) = info.filter(|i| Rc::ptr_eq(&i.registry, &registry)) else {
            return Err(interp.type_error("of_type() of a relationship"));
        };
        let base = info.resolved.target;
        if sub != base {
            if !crate::orm::inheritance::lineage(&registry.borrow(), sub).contains(&base) {
                // SQLAlchemy refuses it when the path is used (a join, a loader option).
                let msg = format!(
                    "Join target Mapper[{}({})] does not correspond to the right side of join condition {}",
                    class.name,
                    registry.borrow().mappers.get(sub).map(|m| m.table.clone()).unwrap_or_default(),
                    interp.repr(&path.rel)?
                );
                let orm = crate::orm::orm(interp)?;
                return Err(orm.error(interp, crate::orm::SaExc::InvalidRequestError, msg));
            }
            crate::orm::orm(interp)?.configure(interp, &registry)?;
            if crate::orm::inheritance::is_joined(&registry.borrow(), sub) {
                if path.right.is_none() {
                    path.right = crate::orm::inheritance::mapper_from(&registry, sub);
                }
                path.of_type =
                    crate::orm::inheritance::joined_entity(&registry, base, &info.target_class, &[sub], false, true)
                        .map(Rc::new);
            } else if path.right.is_none()
                && let Some(c) = super::orm_select::subclass_criterion(interp, &registry, sub)?
            {
                path.extra.push(c);
                path.single = Some(sub);
            }
        }
    }
    Ok(path_value(interp, path))
}

/// `rel.and_(*criteria)`: extra criteria in the join's ON clause.
pub fn and_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = split_self(args);
    let Some(mut path) = path_of(&this) else { return Err(interp.type_error("and_() of a relationship")) };
    for v in &rest.positional {
        path.extra.push(super::convert::to_where(interp, v)?);
    }
    Ok(path_value(interp, path))
}

const METHODS: &[(&str, Method)] = &[
    ("of_type", of_type),
    ("and_", and_),
    ("any", |i, a| exists::rel_path_exists(i, a, "any")),
    ("has", |i, a| exists::rel_path_exists(i, a, "has")),
    ("contains", exists::rel_path_contains),
    ("__repr__", |i, a| {
        let (this, _) = split_self(a);
        let Some(p) = state::<RelPath>(&this) else { return Ok(Value::str("")) };
        i.repr(&p.rel).map(|s| Value::str(&s))
    }),
];

/// The extra criteria joined to an ON clause.
pub fn with_extra(on: ExprRef, extra: &[ExprRef]) -> ExprRef {
    if extra.is_empty() {
        return on;
    }
    let mut parts = vec![on];
    parts.extend(extra.iter().cloned());
    crate::sql::elements::build::boolean_list(crate::sql::ops::Op::And, parts)
}
