//! The DDL constructs (`CreateTable`, `DropTable`, `CreateIndex`, `DropIndex`) as Python objects whose
//! `str()` / `.compile(dialect=...)` give SQLAlchemy's DDL text.

use super::constraints::IndexObj;
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::core::{Method, arg, core_class, kwarg, split_self};
use crate::orm::native::{state, wrap};
use crate::sql::schema::Index;
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// A DDL construct (`CreateTable(t)`, `DropTable(t)`, `CreateIndex(ix)`, `DropIndex(ix)`).
pub enum DdlObj {
    CreateTable(FromRef),
    DropTable(FromRef),
    CreateIndex(Rc<Index>),
    DropIndex(Rc<Index>),
}

impl DdlObj {
    fn text(&self, dialect: crate::sql::compiler::Dialect) -> crate::sql::error::SqlResult<String> {
        use crate::sql::compiler::ddl;
        match self {
            DdlObj::CreateTable(t) => ddl::create_table(dialect, t),
            DdlObj::DropTable(t) => Ok(ddl::drop_table(dialect, t)),
            DdlObj::CreateIndex(ix) => {
                let table = ix.table.borrow().upgrade();
                match table.as_ref().and_then(|t| t.table()) {
                    Some(t) => ddl::create_index(dialect, t, ix),
                    None => Err(crate::sql::error::SqlError::compile(format!(
                        "Index '{}' is not associated with any table.",
                        ix.name.clone().unwrap_or_default()
                    ))),
                }
            }
            DdlObj::DropIndex(ix) => Ok(ddl::drop_index(dialect, ix)),
        }
    }
}

pub(super) fn ddl_call(interp: &mut Interp, args: Args, make: fn(FromRef) -> DdlObj, name: &str) -> PyResult<Value> {
    let v = crate::orm::core::first(&args);
    let Some(from) = crate::orm::core::from_obj::from_of(interp, &v)? else {
        return Err(interp.type_error(format!("{name}() takes a Table")));
    };
    let class = core_class(interp, "sqlalchemy.sql.ddl", name, DDL_METHODS, &[]);
    Ok(wrap(interp, &class, make(from)))
}

pub(super) fn index_ddl_call(interp: &mut Interp, args: Args, create: bool) -> PyResult<Value> {
    let v = crate::orm::core::first(&args);
    let Some(ix) = state::<IndexObj>(&v) else { return Err(interp.type_error("an Index is required")) };
    let name = if create { "CreateIndex" } else { "DropIndex" };
    let class = core_class(interp, "sqlalchemy.sql.ddl", name, DDL_METHODS, &[]);
    let obj = if create { DdlObj::CreateIndex(ix.index.clone()) } else { DdlObj::DropIndex(ix.index.clone()) };
    Ok(wrap(interp, &class, obj))
}

pub(super) const DDL_METHODS: &[(&str, Method)] = &[
    ("__str__", |i, a| {
        let (this, _) = split_self(a);
        let d = state::<DdlObj>(&this).ok_or_else(|| i.type_error("DDL element expected"))?;
        let text = crate::orm::core::convert::py(i, d.text(crate::sql::compiler::Dialect::Default))?;
        Ok(Value::str(&text))
    }),
    ("compile", |i, a| {
        let (this, rest) = split_self(a);
        let d = state::<DdlObj>(&this).ok_or_else(|| i.type_error("DDL element expected"))?;
        let dialect = arg(&rest, 0, "bind")
            .or_else(|| kwarg(&rest, "dialect"))
            .map(|v| crate::orm::core::compiled_obj::dialect_of(&v))
            .unwrap_or(crate::sql::compiler::Dialect::Default);
        let text = crate::orm::core::convert::py(i, d.text(dialect))?;
        Ok(Value::str(&text))
    }),
];

/// `sqlalchemy.schema`'s DDL constructs.
pub fn install_ddl(m: &Module) {
    m.set("CreateTable", Interp::builtin("CreateTable", |i, a| ddl_call(i, a, DdlObj::CreateTable, "CreateTable")));
    m.set("DropTable", Interp::builtin("DropTable", |i, a| ddl_call(i, a, DdlObj::DropTable, "DropTable")));
    m.set("CreateIndex", Interp::builtin("CreateIndex", |i, a| index_ddl_call(i, a, true)));
    m.set("DropIndex", Interp::builtin("DropIndex", |i, a| index_ddl_call(i, a, false)));
}
