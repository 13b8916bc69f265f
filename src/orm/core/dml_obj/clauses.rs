//! The generative clause methods of INSERT / UPDATE / DELETE: `where()`, `Delete.using()`,
//! `returning()` and SQLite's `on_conflict_do_nothing()` / `on_conflict_do_update()`.

use super::values::{dml_key, dml_val};
use super::{DmlObj, class_name, derived, this};
use crate::eval::ExcType;
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::core::convert::to_expr;
use crate::orm::core::kwarg;
use crate::sql::dml::{DmlStatement, OnConflict};
use crate::sql::elements::{Expr, ExprRef};
use std::rc::Rc;

pub(super) fn where_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let mut crit: Vec<ExprRef> = Vec::new();
    for v in &rest.positional {
        crit.push(crate::orm::core::convert::to_where(interp, v)?);
    }
    if matches!(s.stmt, DmlStatement::Insert(_)) {
        return Err(interp.error(ExcType::AttributeError, "'Insert' object has no attribute 'where'"));
    }
    Ok(derived(interp, &s, with_where(&s.stmt, crit)))
}

/// `Delete.using(*froms)` (2.1): FROM elements for the multiple-table DELETE's `USING` clause.
pub(super) fn using(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let DmlStatement::Delete(d) = &s.stmt else {
        let name = class_name(&s.stmt);
        return Err(interp.error(ExcType::AttributeError, format!("'{name}' object has no attribute 'using'")));
    };
    let mut new = (**d).clone();
    for v in &rest.positional {
        match crate::orm::core::from_obj::from_of(interp, v)? {
            Some(f) => new.using.push(f),
            None => {
                let shown = interp.repr(v)?;
                let message = match v {
                    Value::Str(s) => {
                        format!("Textual SQL expression {shown} should be explicitly declared as text('{s}')")
                    }
                    _ => format!("FROM expression, such as a Table or alias() object expected, got {shown}."),
                };
                let orm = crate::orm::orm(interp)?;
                return Err(orm.error(interp, SaExc::ArgumentError, message));
            }
        }
    }
    Ok(derived(interp, &s, DmlStatement::Delete(Rc::new(new))))
}

/// The statement with `crit` added to its WHERE clause (an INSERT has none).
pub(super) fn with_where(stmt: &DmlStatement, crit: Vec<ExprRef>) -> DmlStatement {
    match stmt {
        DmlStatement::Update(u) => {
            let mut new = (**u).clone();
            new.where_.extend(crit);
            DmlStatement::Update(Rc::new(new))
        }
        DmlStatement::Delete(d) => {
            let mut new = (**d).clone();
            new.where_.extend(crit);
            DmlStatement::Delete(Rc::new(new))
        }
        DmlStatement::Insert(_) => stmt.clone(),
    }
}

pub(super) fn returning(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let mut cols: Vec<ExprRef> = Vec::new();
    let mut entities = Vec::new();
    let base = s.stmt.returning().len();
    crate::orm::core::orm_dml::returning_columns(interp, &rest.positional, base, &mut cols, &mut entities)?;
    let orm = match &s.orm {
        Some(o) => {
            let mut o = (**o).clone();
            o.returning.extend(entities);
            o.sort_by_parameter_order |= crate::orm::core::flag(interp, &rest, "sort_by_parameter_order")?;
            Some(Rc::new(o))
        }
        None => None,
    };
    let s = Rc::new(DmlObj { stmt: s.stmt.clone(), sqlite: s.sqlite, orm });
    let stmt = match &s.stmt {
        DmlStatement::Insert(i) => {
            let mut new = (**i).clone();
            new.returning.extend(cols);
            DmlStatement::Insert(Rc::new(new))
        }
        DmlStatement::Update(u) => {
            let mut new = (**u).clone();
            new.returning.extend(cols);
            DmlStatement::Update(Rc::new(new))
        }
        DmlStatement::Delete(d) => {
            let mut new = (**d).clone();
            new.returning.extend(cols);
            DmlStatement::Delete(Rc::new(new))
        }
    };
    Ok(derived(interp, &s, stmt))
}

pub(super) fn on_conflict(interp: &mut Interp, args: Args, update: bool) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let DmlStatement::Insert(i) = &s.stmt else {
        return Err(interp.error(ExcType::AttributeError, "on_conflict is for INSERT"));
    };
    let mut index_elements = Vec::new();
    if let Some(v) = kwarg(&rest, "index_elements") {
        for item in interp.collect(&v)? {
            match &item {
                Value::Str(s) => index_elements.push(s.to_string()),
                other => {
                    if let Some(e) = crate::orm::core::convert::expr_of(interp, other)?
                        && let Expr::Column(c) = &*e
                    {
                        index_elements.push(c.col.name.text());
                    }
                }
            }
        }
    }
    let oc = if update {
        let mut set = Vec::new();
        if let Some(Value::Dict(d)) = kwarg(&rest, "set_") {
            for (k, v) in d.borrow().items() {
                set.push((dml_key(interp, &k)?, dml_val(interp, &v)?));
            }
        }
        let where_ = match kwarg(&rest, "where") {
            Some(Value::None) | None => None,
            Some(w) => Some(to_expr(interp, &w)?),
        };
        OnConflict::DoUpdate { index_elements, set, where_ }
    } else {
        OnConflict::DoNothing { index_elements }
    };
    let mut new = (**i).clone();
    new.on_conflict = Some(oc);
    Ok(derived(interp, &s, DmlStatement::Insert(Rc::new(new))))
}
