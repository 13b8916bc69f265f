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

/// `tuple_(x, y) == (1, 2)`: one anonymous bind per element (`Tuple._bind_param`), never a single
/// bind holding the tuple, which SQLite cannot take.
#[test]
fn tuple_compared_with_a_tuple_binds_each_element() {
    use crate::sql::elements::Expr;
    use crate::sql::types::TypeKind;
    let (x, y) = (build::column("x", SqlType::null()), build::column("y", SqlType::null()));
    let tuple = build::rc(Expr::Tuple { clauses: vec![x, y], ty: SqlType::new(TypeKind::Tuple) });
    let pair = SqlValue::Tuple(vec![SqlValue::Int(1), SqlValue::Int(2)]);
    let e = build::compare(&tuple, Op::Gt, Operand::Value(pair), false).unwrap();
    assert_eq!(s(&e), "(x, y) > (:param_1, :param_2)");
}

/// A result column's origin matches the very column it selects, not another of the same name.
#[test]
fn column_origin_is_identity_not_name() {
    use crate::sql::compiled::ColumnOrigin;
    use crate::sql::elements::Expr;
    let column = |e: &crate::sql::elements::ExprRef| match &**e {
        Expr::Column(c) => c.clone(),
        _ => unreachable!("build::column builds a column"),
    };
    let (a, b) = (build::column("id", SqlType::null()), build::column("id", SqlType::null()));
    let origin = ColumnOrigin(column(&a));
    assert!(origin.is(&column(&a)));
    assert!(!origin.is(&column(&b)));
}
