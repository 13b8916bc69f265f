//! Reflected `Table` objects: `Table(name, metadata, autoload_with=engine)` and
//! `MetaData.reflect(bind=engine, only=...)`, built the way SQLAlchemy's `Inspector.reflect_table`
//! builds them from the dialect's dictionaries: one `Column` per reflected column with the type
//! SQLite's affinity rules give (`INTEGER()`, `VARCHAR(length=30)`), primary and foreign keys,
//! unique constraints and indexes; tables a foreign key refers to are reflected too.
//!
//! An engine reflects inside its own `BEGIN (implicit)` ... `ROLLBACK`; a `Connection` reflects in
//! its transaction. Explicit `Column`s given with `autoload_with` replace the reflected ones.

use super::reflect::{ColumnRow, Reflector};
use crate::eval::value::Value;
use crate::eval::{Args, ExcType, Interp, PyResult};
use crate::ir::Name;
use crate::orm::SaExc;
use crate::orm::native::{as_str, kwarg};

/// A `sqlalchemy` name (`Column`, `VARCHAR`, ...).
fn sa(interp: &mut Interp, name: &str) -> PyResult<Value> {
    let m = interp.import_module("sqlalchemy")?;
    match &m {
        Value::Module(m) => {
            m.get(name).ok_or_else(|| interp.error(ExcType::ImportError, format!("no sqlalchemy.{name}")))
        }
        _ => Err(interp.error(ExcType::ImportError, "no sqlalchemy module")),
    }
}

fn call(interp: &mut Interp, name: &str, positional: Vec<Value>, keywords: Vec<(&str, Value)>) -> PyResult<Value> {
    let f = sa(interp, name)?;
    let keywords = keywords.into_iter().map(|(k, v)| (Name::from(k), v)).collect();
    interp.call(&f, Args { positional, keywords })
}

/// `SQLiteDialect._resolve_type_affinity`: the declared type's class by name, else by SQLite's
/// affinity rules, called with the declared numeric arguments (`NUMERIC(10, 2)`).
pub fn reflected_type(interp: &mut Interp, declared: &str) -> PyResult<Value> {
    let name_end = declared.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ' ')).unwrap_or(declared.len());
    let name = declared[..name_end].trim_end();
    let args: Option<Vec<Value>> = declared[name_end..].strip_prefix('(').map(|rest| {
        let inner = rest.split(')').next().unwrap_or_default();
        inner.split(|c: char| !c.is_ascii_digit()).filter_map(|d| d.parse::<i64>().ok()).map(Value::Int).collect()
    });
    const NAMES: &[(&str, &str)] = &[
        ("BOOL", "BOOLEAN"),
        ("DATE_CHAR", "DATE"),
        ("DATETIME_CHAR", "DATETIME"),
        ("INT", "INTEGER"),
        ("TIME_CHAR", "TIME"),
    ];
    const KNOWN: &[&str] = &[
        "BIGINT",
        "BLOB",
        "BOOLEAN",
        "CHAR",
        "DATE",
        "DATETIME",
        "DOUBLE",
        "DECIMAL",
        "FLOAT",
        "INTEGER",
        "JSON",
        "NUMERIC",
        "REAL",
        "SMALLINT",
        "TEXT",
        "TIME",
        "TIMESTAMP",
        "VARCHAR",
        "NVARCHAR",
        "NCHAR",
    ];
    let class = match NAMES.iter().find(|(n, _)| *n == name) {
        Some((_, c)) => c,
        None if KNOWN.contains(&name) => name,
        None if name.contains("INT") => "INTEGER",
        None if ["CHAR", "CLOB", "TEXT"].iter().any(|k| name.contains(k)) => "TEXT",
        None if name.contains("BLOB") || name.is_empty() => "NullType",
        None if ["REAL", "FLOA", "DOUB"].iter().any(|k| name.contains(k)) => "REAL",
        None => "NUMERIC",
    };
    let class = sa(interp, class).or_else(|_| sa(interp, "NullType"))?;
    match args {
        Some(args) if !args.is_empty() => match interp.call(&class, Args::positional(args)) {
            Ok(v) => Ok(v),
            // SQLAlchemy warns "Could not instantiate type ... using no arguments".
            Err(_) => interp.call(&class, Args::positional(Vec::new())),
        },
        _ => interp.call(&class, Args::positional(Vec::new())),
    }
}

/// The reflector a bind gives, and whether it owns its transaction (an engine: it rolls back).
pub fn reflector_for(bind: &Value) -> Option<(Reflector, bool)> {
    crate::orm::engine::connection::bind_txn(bind).map(|b| (Reflector::new(b.engine, b.txn), b.owned))
}

/// Runs `f` in the bind's operation context: an engine's autobegun transaction ends with ROLLBACK.
pub fn in_context<T>(r: &Reflector, owned: bool, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    let was_open = r.txn.is_open();
    let out = f();
    if owned && !was_open && r.txn.is_open() {
        r.engine.rollback(&r.txn);
    }
    out
}

fn column(interp: &mut Interp, r: &Reflector, table: &str, c: &ColumnRow, pk: &[String]) -> PyResult<Value> {
    let mut positional = vec![Value::str(&c.name), reflected_type(interp, &c.declared)?];
    for fk in r.foreign_keys(interp, table)?.iter() {
        if fk.constrained.len() == 1 && fk.constrained[0] == c.name {
            let target = format!("{}.{}", fk.referred, fk.referred_cols.first().cloned().unwrap_or_default());
            let mut kw = Vec::new();
            for (key, v) in [("onupdate", &fk.on_update), ("ondelete", &fk.on_delete)] {
                if !v.is_empty() && v != "NO ACTION" {
                    kw.push((key, Value::str(v)));
                }
            }
            positional.push(call(interp, "ForeignKey", vec![Value::str(&target)], kw)?);
        }
    }
    let mut kw = vec![("nullable", Value::Bool(c.nullable))];
    if pk.contains(&c.name) {
        kw.push(("primary_key", Value::Bool(true)));
    }
    if let Some(d) = &c.default {
        let clause = call(interp, "text", vec![Value::str(d)], Vec::new())?;
        kw.push(("server_default", clause));
    }
    call(interp, "Column", positional, kw)
}

/// `Table(name, metadata, *explicit, autoload_with=bind, ...)` once the table is not yet in the
/// metadata: reflect it (and, with `resolve_fks`, the tables its foreign keys refer to).
pub fn autoload_table(interp: &mut Interp, r: &Reflector, args: &Args, name: &str) -> PyResult<Value> {
    if r.gather(interp, &[name.to_string()])?.is_empty() {
        let orm = crate::orm::orm(interp)?;
        return Err(orm.error(interp, SaExc::NoSuchTableError, name));
    }
    let columns = r.columns(interp, name)?;
    let pk = r.pk(interp, name)?;
    let md = args.positional.get(1).cloned().unwrap_or(Value::None);
    let explicit: Vec<Value> = args.positional.iter().skip(2).cloned().collect();
    let explicit_name =
        |v: &Value| crate::orm::native::state::<crate::orm::schema::ColumnSpec>(v).and_then(|s| s.name.clone());
    let mut items = vec![Value::str(name), md.clone()];
    for c in columns.iter() {
        match explicit.iter().find(|v| explicit_name(v).as_deref() == Some(c.name.as_str())) {
            Some(v) => items.push(v.clone()),
            None => items.push(column(interp, r, name, c, &pk)?),
        }
    }
    let reflected: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
    items.extend(
        explicit.iter().filter(|v| !explicit_name(v).is_some_and(|n| reflected.contains(&n.as_str()))).cloned(),
    );
    let fks = r.foreign_keys(interp, name)?;
    for fk in fks.iter().filter(|fk| fk.constrained.len() > 1) {
        let local = Value::list(fk.constrained.iter().map(|c| Value::str(c)).collect());
        let remote =
            Value::list(fk.referred_cols.iter().map(|c| Value::str(&format!("{}.{c}", fk.referred))).collect());
        items.push(call(interp, "ForeignKeyConstraint", vec![local, remote], Vec::new())?);
    }
    for (uq_name, cols) in r.uniques(interp, name)?.iter() {
        let keywords = match uq_name {
            Some(n) => vec![("name", Value::str(n))],
            None => Vec::new(),
        };
        items.push(call(interp, "UniqueConstraint", cols.iter().map(|c| Value::str(c)).collect(), keywords)?);
    }
    for (ck_name, sqltext) in r.checks(interp, name)? {
        let keywords = match ck_name {
            Some(n) => vec![("name", Value::str(&n))],
            None => Vec::new(),
        };
        items.push(call(interp, "CheckConstraint", vec![Value::str(&sqltext)], keywords)?);
    }
    let keywords = args
        .keywords
        .iter()
        .filter(|(k, _)| !matches!(&**k, "autoload_with" | "resolve_fks" | "autoload_replace" | "extend_existing"))
        .cloned()
        .collect();
    let table = crate::orm::core::schema_obj::table_call(interp, Args { positional: items, keywords })?;
    // An Index of the table's own columns attaches itself to the table.
    let cols = interp.get_attr(&table, "c")?;
    for ix in r.indexes(interp, name, false)?.iter() {
        let mut positional = vec![Value::str(&ix.name)];
        for c in &ix.columns {
            positional.push(interp.get_attr(&cols, c)?);
        }
        call(interp, "Index", positional, vec![("unique", Value::Bool(ix.unique != 0))])?;
    }
    let resolve = match kwarg(args, "resolve_fks") {
        Some(v) => interp.truthy(&v)?,
        None => true,
    };
    if resolve {
        for fk in fks.iter() {
            if !metadata_has(&md, &fk.referred) {
                let sub = Args::positional(vec![Value::str(&fk.referred), md.clone()]);
                autoload_table(interp, r, &sub, &fk.referred)?;
            }
        }
    }
    Ok(table)
}

fn metadata_has(md: &Value, name: &str) -> bool {
    crate::orm::core::bridge::registry_of_metadata(md)
        .is_some_and(|reg| crate::orm::core::bridge::core_metadata(&reg).table(name).is_some())
}

/// `MetaData.reflect(bind=None, schema=None, views=False, only=None, extend_existing=False, ...)`.
pub fn metadata_reflect(interp: &mut Interp, md: &Value, args: &Args) -> PyResult<Value> {
    let bind = crate::orm::native::arg(args, 0, "bind").unwrap_or(Value::None);
    let Some((r, owned)) = reflector_for(&bind) else {
        return Err(interp.type_error("MetaData.reflect() needs bind=engine or a Connection"));
    };
    let extend = match kwarg(args, "extend_existing") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let only = kwarg(args, "only").filter(|v| !matches!(v, Value::None));
    in_context(&r, owned, || {
        let available = (*r.table_names(interp)?).clone();
        let load: Vec<String> = match &only {
            None => available.iter().filter(|n| extend || !metadata_has(md, n)).cloned().collect(),
            Some(f) if matches!(f, Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_)) => {
                let mut load = Vec::new();
                for n in available.iter().filter(|n| extend || !metadata_has(md, n)) {
                    let keep = interp.call(f, Args::positional(vec![Value::str(n), md.clone()]))?;
                    if interp.truthy(&keep)? {
                        load.push(n.clone());
                    }
                }
                load
            }
            Some(names) => {
                let names: Vec<String> = interp.collect(names)?.iter().filter_map(as_str).collect();
                let missing: Vec<&str> = names.iter().filter(|n| !available.contains(n)).map(String::as_str).collect();
                if !missing.is_empty() {
                    let orm = crate::orm::orm(interp)?;
                    let message = format!(
                        "Could not reflect: requested table(s) not available in Engine({}): ({})",
                        r.engine.url,
                        missing.join(", ")
                    );
                    return Err(orm.error(interp, SaExc::InvalidRequestError, message));
                }
                names.into_iter().filter(|n| extend || !metadata_has(md, n)).collect()
            }
        };
        r.temp_table_names(interp)?;
        r.gather(interp, &load)?;
        for n in &load {
            if !metadata_has(md, n) {
                autoload_table(interp, &r, &Args::positional(vec![Value::str(n), md.clone()]), n)?;
            }
        }
        Ok(Value::None)
    })
}

/// `Table(..., autoload_with=bind)`: see [`autoload_table`].
pub fn table_autoload(interp: &mut Interp, args: &Args, bind: &Value, name: &str) -> PyResult<Value> {
    let Some((r, owned)) = reflector_for(bind) else {
        let shown = interp.repr(bind)?;
        return Err(interp.type_error(format!("autoload_with needs an Engine or a Connection, not {shown}")));
    };
    in_context(&r, owned, || autoload_table(interp, &r, args, name))
}
