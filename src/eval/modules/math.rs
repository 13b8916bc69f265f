//! The `math` module: the handful of functions tutorials use.

use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use std::rc::Rc;

fn unary(interp: &mut Interp, args: &Args, name: &str) -> PyResult<f64> {
    match args.positional.as_slice() {
        [v] => crate::eval::builtins::to_float(interp, v),
        _ => {
            Err(interp
                .type_error(format!("math.{name}() takes exactly one argument ({} given)", args.positional.len())))
        }
    }
}

pub fn module(_: &mut Interp) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("math"));
    m.set("pi", Value::Float(std::f64::consts::PI));
    m.set("e", Value::Float(std::f64::consts::E));
    m.set("inf", Value::Float(f64::INFINITY));
    m.set("nan", Value::Float(f64::NAN));
    m.set(
        "sqrt",
        Interp::builtin("sqrt", |i, a| {
            let x = unary(i, &a, "sqrt")?;
            if x < 0.0 {
                return Err(i.value_error("math domain error"));
            }
            Ok(Value::Float(x.sqrt()))
        }),
    );
    for (name, f) in [("floor", f64::floor as fn(f64) -> f64), ("ceil", f64::ceil), ("trunc", f64::trunc)] {
        m.set(
            name,
            Interp::builtin(name, move |i, a| {
                let x = unary(i, &a, name)?;
                crate::eval::builtins::to_int(i, &Value::Float(f(x)))
            }),
        );
    }
    m.set("fabs", Interp::builtin("fabs", |i, a| Ok(Value::Float(unary(i, &a, "fabs")?.abs()))));
    m.set(
        "isclose",
        Interp::builtin("isclose", |i, a| {
            let [x, y] = a.positional.as_slice() else { return Err(i.type_error("isclose() takes 2 arguments")) };
            let (x, y) = (crate::eval::builtins::to_float(i, x)?, crate::eval::builtins::to_float(i, y)?);
            Ok(Value::Bool(x == y || (x - y).abs() <= 1e-9 * x.abs().max(y.abs())))
        }),
    );
    Ok(m)
}
