//! `values(column("code", String), column("qty", Integer), name="wanted").data([...])`: the `VALUES`
//! construct as a FROM element. As in SQLAlchemy it is one class, `Values`, whose `.data()` returns a
//! new `Values` with the rows added (it may be called again to add more), and whose `.c` exists
//! from the start — so it joins, aliases and selects like any other FROM element.

use super::convert::to_sql_value;
use super::from_obj::{from_value, this_from};
use super::{kwarg, split_self};
use crate::eval::value::Value;
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::as_str;
use crate::sql::elements::build;
use crate::sql::elements::{ColumnInfo, Expr, Name};
use crate::sql::selectable::{FromClause, FromKind, Values};
use std::rc::Rc;

/// `values(*columns, name=None, literal_binds=False)`.
pub fn values_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut columns = Vec::new();
    for v in &args.positional {
        if let Some(e) = super::convert::expr_of(interp, v)?
            && let Expr::Column(c) = &*e
        {
            columns.push(Rc::new(ColumnInfo::new(&c.col.name.text(), crate::sql::schema::effective_type(&c.col))));
        }
    }
    let name = kwarg(&args, "name").and_then(|v| as_str(&v));
    let literal_binds = super::flag(interp, &args, "literal_binds")?;
    // Unnamed, it renders as a bare `(VALUES ...)` with unqualified columns (`_unnamed`).
    let name = name.map(|n| Name::plain(&n));
    let from = FromClause::new(FromKind::Values(Values { name, columns, rows: Vec::new(), literal_binds }));
    Ok(from_value(interp, from))
}

/// `Values.data(rows)`: a new `Values` with `rows` (tuples, in column order) after the ones it has.
pub fn data(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = split_self(args);
    let (from, _, _) = this_from(interp, Args::positional(vec![this]))?;
    let FromKind::Values(v) = &from.kind else {
        return Err(interp.type_error("data() needs a Values construct"));
    };
    let mut rows = v.rows.clone();
    for row in interp.collect(&super::first(&rest))? {
        let items = interp.collect(&row)?;
        let mut out = Vec::with_capacity(items.len());
        for (j, item) in items.iter().enumerate() {
            let ty = v.columns.get(j).map(|c| c.ty.clone());
            out.push(build::literal(to_sql_value(interp, item)?, ty));
        }
        rows.push(out);
    }
    let values = Values { name: v.name.clone(), columns: v.columns.clone(), rows, literal_binds: v.literal_binds };
    Ok(from_value(interp, FromClause::new(FromKind::Values(values))))
}
