use crate::sql::compiler::{CompileOptions, Compiler, Dialect};
use crate::sql::elements::build::{self, Operand};
use crate::sql::ops::Op;
use crate::sql::types::SqlType;
use crate::sql::value::SqlValue;

fn s(e: &crate::sql::elements::ExprRef) -> String {
    Compiler::compile_expr(Dialect::Default, CompileOptions::default(), e)
        .map(|c| c.string())
        .unwrap_or_else(|e| format!("ERROR {e}"))
}

#[test]
fn comparison_binds_are_named_after_the_column() {
    let x = build::column("x", SqlType::null());
    let e = build::compare(&x, Op::Eq, Operand::Value(SqlValue::Int(5)), false).unwrap();
    assert_eq!(s(&e), "x = :x_1");
}
