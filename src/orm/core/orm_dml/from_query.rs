//! `Query.update(values, synchronize_session=...)` and `Query.delete(synchronize_session=...)`: as
//! SQLAlchemy 2.x's `orm/query.py` builds them, an ORM-enabled `update(Entity)` / `delete(Entity)`
//! carrying the query's WHERE criteria (joins, ordering and LIMIT are not part of it), run through
//! the session with the `synchronize_session` execution option; the answer is the row count.

use super::super::dml_obj::{DmlObj, dml_object};
use super::super::select_obj::SelectObj;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::{kwarg, state};
use crate::sql::dml::{Delete, DmlStatement, Update};
use crate::sql::selectable::SelectStmt;
use std::rc::Rc;

/// Runs the query's UPDATE (`values` given) or DELETE; `class` is the query's first mapped entity.
pub fn run(
    interp: &mut Interp,
    session: &Value,
    select: &SelectObj,
    class: &Value,
    args: &Args,
    update: bool,
) -> PyResult<Value> {
    let Some(data) = crate::orm::session::session_of(session) else {
        return Err(interp.type_error("Query without a session"));
    };
    let SelectStmt::Select(sel) = &select.stmt else {
        return Err(interp.not_supported("Query.update()/delete() of a UNION"));
    };
    let kind = if update { "update" } else { "delete" };
    let Some(stmt) = super::orm_statement(interp, class, kind)? else {
        return Err(interp.type_error("update()/delete() needs a query of a mapped class"));
    };
    let Some(obj) = state::<DmlObj>(&stmt) else { return Err(interp.type_error("not a DML statement")) };
    let where_ = sel.where_.clone();
    let dml = match &obj.stmt {
        DmlStatement::Update(u) => DmlStatement::Update(Rc::new(Update { where_, ..(**u).clone() })),
        DmlStatement::Delete(d) => DmlStatement::Delete(Rc::new(Delete { where_, ..(**d).clone() })),
        other => other.clone(),
    };
    let mut stmt = dml_object(interp, DmlObj { stmt: dml, sqlite: false, orm: obj.orm.clone() });
    // update(values, synchronize_session="auto", update_args=None) / delete(synchronize_session="auto").
    let mut positional = args.positional.iter().cloned();
    if update {
        let values = positional.next().or_else(|| kwarg(args, "values")).unwrap_or(Value::None);
        stmt = interp.call_method(&stmt, "values", vec![values])?;
    }
    let sync = positional.next().or_else(|| kwarg(args, "synchronize_session")).unwrap_or(Value::str("auto"));
    let Some(obj) = state::<DmlObj>(&stmt) else { return Err(interp.type_error("not a DML statement")) };
    let Some(info) = obj.orm.clone() else { return Err(interp.type_error("not an ORM statement")) };
    let info = super::OrmDml { synchronize: Some(sync), ..(*info).clone() };
    let result = super::execute(interp, &data, &obj, &info, None, None, false)?;
    interp.get_attr(&result, "rowcount")
}
