//! The SELECT that loads some of an instance's attributes by primary key — a deferred expression,
//! those a flush expired (`SELECT anon_1, anon_2 FROM t WHERE t.id = ?`), or whatever expired
//! (expressions first, then columns), as SQLAlchemy's `load_on_ident(only_load_props=...)` writes it.

use crate::db::Cell;
use crate::orm::mapper::RegistryRef;
use crate::orm::query::Compiled;
use crate::sql::compiler::{CompileOptions, Compiler, Dialect, ParamSet};
use crate::sql::elements::build;
use crate::sql::elements::{BindValue, Expr, ExprRef};
use crate::sql::ops::Op;
use crate::sql::selectable::{Select, SelectStmt};
use crate::sql::types::SqlType;
use std::rc::Rc;

/// `SELECT <exprs>, <columns> FROM table WHERE <primary key> = ?` (`columns`: attribute keys), with
/// its parameters (the expressions' own bound values, then the key). `None` for a joined mapper.
pub fn by_key(
    registry: &RegistryRef,
    mapper: usize,
    exprs: &[(String, ExprRef)],
    columns: &[String],
    identity: &[Cell],
) -> Option<Compiled> {
    if crate::orm::inheritance::is_joined(&registry.borrow(), mapper) {
        return None;
    }
    let table = registry.borrow().mappers.get(mapper)?.table.clone();
    let from = crate::orm::core::bridge::core_table(registry, &table)?;
    let mut s = Select::new(exprs.iter().map(|(_, e)| e.clone()).collect());
    let names: Vec<String> = crate::orm::inheritance::select_columns(&registry.borrow(), mapper)
        .into_iter()
        .filter(|c| columns.contains(&c.def.key))
        .map(|c| c.def.name)
        .collect();
    for n in names {
        s.columns.push(Rc::new(Expr::Column(from.column_ref_by_name(&n)?)));
    }
    s.from_obj.push(from.clone());
    let mut params = ParamSet::new();
    let pk: Vec<(String, SqlType)> = from
        .column_refs()
        .into_iter()
        .filter(|c| c.col.primary_key)
        .map(|c| (c.col.name.text(), c.col.ty.clone()))
        .collect();
    for (n, ((name, ty), cell)) in pk.iter().zip(identity).enumerate() {
        let key = format!("pk_{}", n + 1);
        let col: ExprRef = Rc::new(Expr::Column(from.column_ref_by_name(name)?));
        let bind = build::bindparam(Some(&key), BindValue::Required, Some(ty.clone()), false, false);
        s.where_.push(build::binary(&col, &bind, Op::Eq, SqlType::boolean(), Some(Op::Ne)));
        params.values.insert(key, crate::orm::core::bridge::cell_value(cell));
    }
    if let Some((col, cells)) = crate::orm::core::orm_sql::single_table_within(registry, mapper) {
        let values = cells.iter().map(|c| build::Operand::Value(crate::orm::core::bridge::cell_value(c))).collect();
        s.where_.push(build::in_(&col, Op::In, build::InOperand::List(values)).ok()?);
    }
    let stmt = SelectStmt::Select(Rc::new(s));
    let compiled = Compiler::compile_select(Dialect::Sqlite, CompileOptions::default(), &stmt).ok()?;
    let (sql, params) = compiled.execution(&params).ok()?;
    Some(Compiled { sql, params })
}
