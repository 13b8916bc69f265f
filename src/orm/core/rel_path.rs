//! A relationship attribute aimed at particular FROM elements: `aliased(User).addresses` (joined from
//! the alias), `User.addresses.of_type(addr_alias)` (joined to an alias or an aliased subquery), and
//! `User.addresses.and_(criteria)` (extra ON criteria). `join()` reads it through
//! [`super::orm_select::relationship_joins`], which writes the relationship's ON clause between the
//! chosen FROM elements.

use super::orm_select::AliasedObj;
use super::{Method, core_class, split_self};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::{state, wrap};
use crate::sql::elements::ExprRef;
use crate::sql::selectable::FromRef;

/// The relationship (a `RelationshipAttribute`) with its endpoints and extra criteria.
#[derive(Clone)]
pub struct RelPath {
    pub rel: Value,
    pub left: Option<FromRef>,
    pub right: Option<FromRef>,
    pub extra: Vec<ExprRef>,
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
    })
}

pub fn path_value(interp: &mut Interp, path: RelPath) -> Value {
    let class = core_class(interp, "sqlalchemy.orm.attributes", "QueryableAttribute", METHODS, &[]);
    wrap(interp, &class, path)
}

/// `rel.of_type(target)`: the relationship joined to an aliased entity (a mapped class keeps the
/// relationship's own target).
pub fn of_type(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = split_self(args);
    let Some(mut path) = path_of(&this) else { return Err(interp.type_error("of_type() of a relationship")) };
    let target = super::first(&rest);
    if let Some(a) = state::<AliasedObj>(&target) {
        path.right = Some(a.from.clone());
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
