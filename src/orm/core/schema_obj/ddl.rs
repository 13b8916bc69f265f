//! The DDL constructs (`CreateTable`, `DropTable`, `CreateIndex`, `DropIndex`, and the literal
//! `DDL("CREATE TRIGGER ...")`) as Python objects whose `str()` / `.compile(dialect=...)` give
//! SQLAlchemy's DDL text, which `connection.execute()` runs, and which are DDL event listeners
//! (`event.listen(table, "after_create", DDL(...))` calls the object as `ddl(target, connection, **kw)`).

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
    /// `DDL(statement)`, optionally `execute_if(...)` conditions and bound to a target table.
    Literal(LiteralDdl),
}

/// A `DDL("...")` object: its statement (`%(table)s`, `%(schema)s`, `%(fullname)s` substituted with the
/// target table's names), the `execute_if(dialect=..., callable_=..., state=...)` conditions, and the
/// table it runs against (`DDL.against(table)`, or the table whose event runs it).
#[derive(Clone)]
pub struct LiteralDdl {
    statement: String,
    dialects: Option<Vec<String>>,
    callable: Option<(Value, Value)>,
    target: Option<FromRef>,
}

impl DdlObj {
    pub(crate) fn text(&self, dialect: crate::sql::compiler::Dialect) -> crate::sql::error::SqlResult<String> {
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
            DdlObj::Literal(d) => literal_text(d),
        }
    }
}

/// `DDLCompiler.visit_ddl`: `statement % context`, the context naming the target table.
fn literal_text(d: &LiteralDdl) -> crate::sql::error::SqlResult<String> {
    let table = d.target.as_ref().and_then(|t| t.table().map(|t| (t.name.clone(), t.schema.clone())));
    let mut out = String::new();
    let mut rest = d.statement.as_str();
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if let Some(tail) = after.strip_prefix('%') {
            out.push('%');
            rest = tail;
            continue;
        }
        let key = after.strip_prefix('(').and_then(|a| a.split_once(")s"));
        let Some((key, tail)) = key else {
            return Err(crate::sql::error::SqlError::compile("incomplete format in DDL statement"));
        };
        let quote = |s: &str| crate::sql::compiler::quoting::quote(crate::sql::compiler::Dialect::Sqlite, s);
        let value = match (key, &table) {
            ("table", Some((name, _))) => quote(name),
            ("schema", Some((_, schema))) => schema.as_deref().map(quote).unwrap_or_default(),
            ("fullname", Some((name, schema))) => match schema {
                Some(s) => format!("{}.{}", quote(s), quote(name)),
                None => quote(name),
            },
            _ => return Err(crate::sql::error::SqlError::compile(format!("KeyError: '{key}'"))),
        };
        out.push_str(&value);
        rest = tail;
    }
    out.push_str(rest);
    Ok(out)
}

/// `DDL(statement, context=None)`.
fn ddl_literal_call(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let statement = match arg(&args, 0, "statement") {
        Some(Value::Str(s)) => s.to_string(),
        other => {
            let shown = match other {
                Some(v) => interp.repr(&v)?,
                None => "None".into(),
            };
            let orm = crate::orm::orm(interp)?;
            let message = format!("Expected a string or unicode SQL statement, got '{shown}'");
            return Err(orm.error(interp, crate::orm::SaExc::ArgumentError, message));
        }
    };
    let d = LiteralDdl { statement, dialects: None, callable: None, target: None };
    Ok(literal_value(interp, d))
}

fn literal_value(interp: &mut Interp, d: LiteralDdl) -> Value {
    let class = core_class(interp, "sqlalchemy.sql.ddl", "DDL", DDL_METHODS, &[]);
    wrap(interp, &class, DdlObj::Literal(d))
}

fn literal_of(interp: &Interp, v: &Value) -> PyResult<LiteralDdl> {
    match state::<DdlObj>(v).as_deref() {
        Some(DdlObj::Literal(d)) => Ok(d.clone()),
        _ => Err(interp.type_error("a DDL() object is required")),
    }
}

/// `ExecutableDDLElement.__call__(target, bind, **kw)`: as an event listener, runs the statement on
/// the connection (against the target table) when the `execute_if` conditions hold.
fn ddl_call_listener(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (this, rest) = split_self(args);
    let target = arg(&rest, 0, "target").unwrap_or(Value::None);
    let bind = arg(&rest, 1, "bind").unwrap_or(Value::None);
    let element = match state::<DdlObj>(&this).as_deref() {
        Some(DdlObj::Literal(d)) => {
            let mut d = d.clone();
            if let Some(dialects) = &d.dialects {
                // Every engine here is SQLite's.
                if !dialects.iter().any(|d| d == "sqlite") {
                    return Ok(Value::None);
                }
            }
            if let Some((callable, state)) = &d.callable {
                let mut keywords = rest.keywords.clone();
                keywords.push(("state".into(), state.clone()));
                let args = Args { positional: vec![this.clone(), target.clone(), bind.clone()], keywords };
                let go = interp.call(callable, args)?;
                if !interp.truthy(&go)? {
                    return Ok(Value::None);
                }
            }
            d.target = crate::orm::core::from_obj::from_of(interp, &target)?.filter(|f| f.table().is_some());
            literal_value(interp, d)
        }
        _ => this,
    };
    interp.call_method(&bind, "execute", vec![element])
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
    ("__call__", ddl_call_listener),
    ("execute_if", |i, a| {
        let (this, rest) = split_self(a);
        let mut d = literal_of(i, &this)?;
        d.dialects = match kwarg(&rest, "dialect") {
            None | Some(Value::None) => None,
            Some(Value::Str(s)) => Some(vec![s.to_string()]),
            Some(many) => Some(i.collect(&many)?.iter().filter_map(crate::orm::native::as_str).collect()),
        };
        d.callable = kwarg(&rest, "callable_")
            .filter(|c| !matches!(c, Value::None))
            .map(|c| (c, kwarg(&rest, "state").unwrap_or(Value::None)));
        Ok(literal_value(i, d))
    }),
    ("against", |i, a| {
        let (this, rest) = split_self(a);
        let mut d = literal_of(i, &this)?;
        d.target = crate::orm::core::from_obj::from_of(i, &crate::orm::core::first(&rest))?;
        Ok(literal_value(i, d))
    }),
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
    m.set("DDL", Interp::builtin("DDL", ddl_literal_call));
}
