//! `stmt.compile(dialect=..., compile_kwargs={"literal_binds": True})` and the `Compiled` object it
//! returns (`str()`, `.string`, `.params`, `.positiontup`), the dialect objects of
//! `sqlalchemy.dialects.{sqlite,postgresql,mysql,oracle}`, and those modules.

use super::convert::{from_sql_value, py};
use super::{Method, arg, core_class, kwarg, split_self};
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::native::{state, wrap};
use crate::sql::compiler::{CompileOptions, CompiledSql, Compiler, Dialect};
use crate::sql::dml::DmlStatement;
use crate::sql::elements::ExprRef;
use crate::sql::selectable::FromRef;
use std::rc::Rc;

/// A dialect object (`postgresql.dialect()`).
pub struct DialectObj(pub Dialect);

/// A compiled statement object.
pub struct CompiledObj {
    pub compiled: CompiledSql,
    pub params: Vec<(String, crate::sql::value::SqlValue)>,
}

/// The dialect an argument of `compile()` names: a dialect object, an engine (SQLite), or the default.
pub fn dialect_of(v: &Value) -> Dialect {
    if let Some(d) = state::<DialectObj>(v) {
        return d.0;
    }
    if crate::orm::engine::engine_of(v).is_some() {
        return Dialect::Sqlite;
    }
    Dialect::Default
}

fn options(interp: &mut Interp, args: &Args) -> PyResult<(Dialect, CompileOptions)> {
    let dialect =
        arg(args, 0, "bind").or_else(|| kwarg(args, "dialect")).map(|d| dialect_of(&d)).unwrap_or(Dialect::Default);
    let mut opts = CompileOptions::default();
    if let Some(Value::Dict(d)) = kwarg(args, "compile_kwargs") {
        for (k, v) in d.borrow().items() {
            let key = interp.to_str(&k)?;
            let on = interp.truthy(&v)?;
            match key.as_str() {
                "literal_binds" => opts.literal_binds = on,
                "render_postcompile" => opts.render_postcompile = on,
                _ => {}
            }
        }
    }
    Ok((dialect, opts))
}

fn compiled_value(
    interp: &mut Interp,
    compiled: CompiledSql,
    params: Vec<(String, crate::sql::value::SqlValue)>,
) -> Value {
    let class = core_class(interp, "sqlalchemy.sql.compiler", compiled_class(compiled.dialect), METHODS, PROPERTIES);
    wrap(interp, &class, CompiledObj { compiled, params })
}

fn compiled_class(d: Dialect) -> &'static str {
    match d {
        Dialect::Default => "StrSQLCompiler",
        Dialect::Sqlite => "SQLiteCompiler",
        Dialect::Postgresql => "PGCompiler",
        Dialect::Mysql => "MySQLCompiler",
        Dialect::Oracle => "OracleCompiler",
    }
}

pub fn compile_expr_value(interp: &mut Interp, e: &ExprRef, args: &Args) -> PyResult<Value> {
    let (d, o) = options(interp, args)?;
    let c = py(interp, Compiler::compile_expr(d, o, e))?;
    Ok(compiled_value(interp, c, Vec::new()))
}

pub fn compile_select_value(interp: &mut Interp, s: &super::select_obj::SelectObj, args: &Args) -> PyResult<Value> {
    let (d, o) = options(interp, args)?;
    let stmt = crate::orm::eager::joined::compiled_form(&s.stmt, s.orm.as_deref());
    let c = py(interp, Compiler::compile_select(d, o, &stmt))?;
    Ok(compiled_value(interp, c, s.params.clone()))
}

pub fn compile_from_value(interp: &mut Interp, f: &FromRef, args: &Args) -> PyResult<Value> {
    let (d, o) = options(interp, args)?;
    let c = py(interp, Compiler::compile_from(d, o, f))?;
    Ok(compiled_value(interp, c, Vec::new()))
}

pub fn compile_dml_value(interp: &mut Interp, s: &DmlStatement, args: &Args) -> PyResult<Value> {
    let (d, o) = options(interp, args)?;
    let keys = match kwarg(args, "column_keys") {
        Some(v) => Some(interp.collect(&v)?.iter().map(|k| interp.to_str(k)).collect::<PyResult<Vec<String>>>()?),
        None => None,
    };
    let c = py(interp, Compiler::compile_dml(d, o, s, keys.as_deref()))?;
    Ok(compiled_value(interp, c, Vec::new()))
}

fn this(interp: &Interp, args: Args) -> PyResult<Rc<CompiledObj>> {
    let (v, _) = split_self(args);
    state::<CompiledObj>(&v).ok_or_else(|| interp.type_error("Compiled expected"))
}

const METHODS: &[(&str, Method)] = &[("__str__", |i, a| {
    let c = this(i, a)?;
    Ok(Value::str(&c.compiled.string()))
})];

const PROPERTIES: &[(&str, Method)] = &[
    ("string", |i, a| {
        let c = this(i, a)?;
        Ok(Value::str(&c.compiled.string()))
    }),
    ("params", |i, a| {
        let c = this(i, a)?;
        let mut d = crate::eval::dict::Dict::new();
        for (name, v) in c.compiled.params() {
            let value = match c.params.iter().find(|(k, _)| *k == name) {
                Some((_, o)) => from_sql_value(i, o),
                None => v.map(|v| from_sql_value(i, &v)).unwrap_or(Value::None),
            };
            let key = crate::eval::dict::Key::Str(Rc::from(name.as_str()));
            d.insert(key, Value::str(&name), value);
        }
        Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
    }),
    ("positiontup", |i, a| {
        let c = this(i, a)?;
        Ok(Value::list(c.compiled.positional_names().iter().map(|n| Value::str(n)).collect()))
    }),
];

fn dialect_value(interp: &mut Interp, d: Dialect) -> Value {
    let (module, name) = match d {
        Dialect::Sqlite => ("sqlalchemy.dialects.sqlite.pysqlite", "SQLiteDialect_pysqlite"),
        Dialect::Postgresql => ("sqlalchemy.dialects.postgresql.psycopg2", "PGDialect_psycopg2"),
        Dialect::Mysql => ("sqlalchemy.dialects.mysql.mysqldb", "MySQLDialect_mysqldb"),
        Dialect::Oracle => ("sqlalchemy.dialects.oracle.oracledb", "OracleDialect_oracledb"),
        Dialect::Default => ("sqlalchemy.engine.default", "StrCompileDialect"),
    };
    let class = core_class(interp, module, name, &[], &[]);
    let v = wrap(interp, &class, DialectObj(d));
    if let Value::Instance(inst) = &v {
        inst.dict.borrow_mut().insert(crate::ir::Name::from("name"), Value::str(d.name()));
    }
    v
}

/// `sqlalchemy.dialects` and its submodules (`postgresql.dialect()`, `sqlite.insert`).
pub fn register_dialect_modules(interp: &mut Interp) {
    fn dialect_module(interp: &mut Interp, name: &'static str, d: Dialect) -> PyResult<Rc<Module>> {
        let m = Rc::new(Module::new(name));
        let f: Method = match d {
            Dialect::Sqlite => |i, _| Ok(dialect_value(i, Dialect::Sqlite)),
            Dialect::Postgresql => |i, _| Ok(dialect_value(i, Dialect::Postgresql)),
            Dialect::Mysql => |i, _| Ok(dialect_value(i, Dialect::Mysql)),
            Dialect::Oracle => |i, _| Ok(dialect_value(i, Dialect::Oracle)),
            Dialect::Default => |i, _| Ok(dialect_value(i, Dialect::Default)),
        };
        m.set("dialect", Interp::builtin("dialect", f));
        if d == Dialect::Sqlite {
            m.set("insert", Interp::builtin("insert", super::dml_obj::sqlite_insert));
        }
        let _ = interp;
        Ok(m)
    }
    interp.register_module("sqlalchemy.dialects.sqlite", |i| {
        dialect_module(i, "sqlalchemy.dialects.sqlite", Dialect::Sqlite)
    });
    interp.register_module("sqlalchemy.dialects.postgresql", |i| {
        dialect_module(i, "sqlalchemy.dialects.postgresql", Dialect::Postgresql)
    });
    interp.register_module("sqlalchemy.dialects.mysql", |i| {
        dialect_module(i, "sqlalchemy.dialects.mysql", Dialect::Mysql)
    });
    interp.register_module("sqlalchemy.dialects.oracle", |i| {
        dialect_module(i, "sqlalchemy.dialects.oracle", Dialect::Oracle)
    });
    interp.register_module("sqlalchemy.dialects", |i| {
        let m = Rc::new(Module::new("sqlalchemy.dialects"));
        for (name, d) in [
            ("sqlite", Dialect::Sqlite),
            ("postgresql", Dialect::Postgresql),
            ("mysql", Dialect::Mysql),
            ("oracle", Dialect::Oracle),
        ] {
            let full: &'static str = match name {
                "sqlite" => "sqlalchemy.dialects.sqlite",
                "postgresql" => "sqlalchemy.dialects.postgresql",
                "mysql" => "sqlalchemy.dialects.mysql",
                _ => "sqlalchemy.dialects.oracle",
            };
            m.set(name, Value::Module(dialect_module(i, full, d)?));
        }
        Ok(m)
    });
}
