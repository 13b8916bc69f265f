//! Properties added to a class after it was mapped: `User.last_email = column_property(select(...)
//! .where(Address.user_id == User.id).scalar_subquery())`, the documented way to refer to a class
//! whose body has not finished (SQLAlchemy's declarative `__setattr__` calls `Mapper.add_property`).
//! The expression is bound already (it names mapped attributes), and the SELECT names it after the
//! table's columns, where SQLAlchemy's later configuration puts it.

use super::{ExprProp, ExprPropSpec, bind_properties};
use crate::eval::Interp;
use crate::eval::PyResult;
use crate::eval::value::Value;
use crate::orm::mapper::MappedClass;
use crate::orm::native::state;

/// Maps `value` as the property `key` of the class when it is a mapped SQL expression; gives the
/// value back otherwise (the class namespace stores it).
pub fn add_property(_interp: &mut Interp, info: &MappedClass, key: &str, value: Value) -> Result<PyResult<()>, Value> {
    let Some(spec) = state::<ExprPropSpec>(&value) else { return Err(value) };
    let table = match info.registry.borrow().mappers.get(info.mapper) {
        Some(m) => m.table.clone(),
        None => return Err(value),
    };
    let props: Vec<ExprProp> = bind_properties(&info.registry, &table, &[], vec![(key.to_string(), spec)]);
    let mut reg = info.registry.borrow_mut();
    let Some(mapper) = reg.mappers.get_mut(info.mapper) else { return Err(value) };
    for mut prop in props {
        prop.late = true;
        mapper.expressions.retain(|p| p.key != prop.key);
        mapper.expressions.push(prop);
    }
    Ok(Ok(()))
}
