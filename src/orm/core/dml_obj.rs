//! `insert()`, `update()`, `delete()` and their generative methods (`values`, `ordered_values`,
//! `where`, `returning`, `from_select`, `inline`, SQLite's `on_conflict_do_nothing` /
//! `on_conflict_do_update`), `str()` and `compile()`. The `.values()` arguments live in [`values`], the
//! clause methods (`where`, `using`, `returning`, `on_conflict_*`) in [`clauses`].

use super::convert::py;
use super::{Method, arg, core_class, split_self};
use crate::eval::ExcType;
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::native::{as_str, state, wrap};
use crate::sql::compiler::{CompileOptions, Compiler, Dialect};
use crate::sql::dml::{Delete, DmlStatement, Insert, Update};
use crate::sql::elements::Expr;
use crate::sql::selectable::FromRef;
use std::rc::Rc;

mod clauses;
mod values;

use clauses::{on_conflict, returning, using, where_, with_where};
use values::{dml_key, dml_val, values};

/// A DML statement object.
pub struct DmlObj {
    pub stmt: DmlStatement,
    /// `sqlite.insert()`: the SQLite dialect's INSERT (with `on_conflict_*`).
    pub sqlite: bool,
    /// An ORM-enabled statement (`insert(User)`): its entity and ORM options.
    pub orm: Option<Rc<super::orm_dml::OrmDml>>,
}

fn class_name(s: &DmlStatement) -> &'static str {
    match s {
        DmlStatement::Insert(_) => "Insert",
        DmlStatement::Update(_) => "Update",
        DmlStatement::Delete(_) => "Delete",
    }
}

pub fn dml_value(interp: &mut Interp, stmt: DmlStatement, sqlite: bool) -> Value {
    dml_object(interp, DmlObj { stmt, sqlite, orm: None })
}

pub fn dml_object(interp: &mut Interp, obj: DmlObj) -> Value {
    let module = if obj.sqlite { "sqlalchemy.dialects.sqlite.dml" } else { "sqlalchemy.sql.dml" };
    let class = core_class(interp, module, class_name(&obj.stmt), METHODS, PROPERTIES);
    wrap(interp, &class, obj)
}

/// A new statement generated from `from` (keeping its dialect and ORM entity).
fn derived(interp: &mut Interp, from: &DmlObj, stmt: DmlStatement) -> Value {
    dml_object(interp, DmlObj { stmt, sqlite: from.sqlite, orm: from.orm.clone() })
}

pub fn insert_value(interp: &mut Interp, table: &FromRef) -> Value {
    dml_value(interp, DmlStatement::Insert(Rc::new(Insert { table: Some(table.clone()), ..Insert::default() })), false)
}

pub fn update_value(interp: &mut Interp, table: &FromRef) -> Value {
    dml_value(interp, DmlStatement::Update(Rc::new(Update { table: Some(table.clone()), ..Update::default() })), false)
}

pub fn delete_value(interp: &mut Interp, table: &FromRef) -> Value {
    dml_value(interp, DmlStatement::Delete(Rc::new(Delete { table: Some(table.clone()), ..Delete::default() })), false)
}

fn table_arg(interp: &mut Interp, args: &Args) -> PyResult<FromRef> {
    let v = arg(args, 0, "table").unwrap_or(Value::None);
    match super::from_obj::from_of(interp, &v)? {
        Some(f) => Ok(f),
        None => {
            let shown = interp.repr(&v)?;
            let orm = crate::orm::orm(interp)?;
            Err(orm.error(
                interp,
                SaExc::ArgumentError,
                format!("subject table for an INSERT, UPDATE or DELETE expected, got {shown}."),
            ))
        }
    }
}

fn this(interp: &Interp, args: Args) -> PyResult<(Rc<DmlObj>, Args)> {
    let (v, rest) = split_self(args);
    match state::<DmlObj>(&v) {
        Some(s) => Ok((s, rest)),
        None => Err(interp.type_error("descriptor requires a DML statement")),
    }
}

/// `str(stmt)`.
pub fn dml_str(interp: &Interp, s: &DmlStatement, sqlite: bool) -> PyResult<String> {
    // A dialect-specific construct stringifies with its own dialect (`stringify_dialect`).
    let dialect = if sqlite { Dialect::Sqlite } else { Dialect::Default };
    let c = py(interp, Compiler::compile_dml(dialect, CompileOptions::default(), s, None))?;
    Ok(c.string())
}

const METHODS: &[(&str, Method)] = &[
    ("__str__", |i, a| {
        let (s, _) = this(i, a)?;
        let stmt = super::orm_dml::adjusted(i, &s)?;
        Ok(Value::str(&dml_str(i, &stmt, s.sqlite)?))
    }),
    ("values", values),
    ("ordered_values", |i, a| {
        let (s, rest) = this(i, a)?;
        let DmlStatement::Update(u) = &s.stmt else {
            return Err(i.error(ExcType::AttributeError, "ordered_values is for UPDATE"));
        };
        let mut new = (**u).clone();
        for t in &rest.positional {
            let items = i.collect(t)?;
            if let [k, v] = items.as_slice() {
                let k = dml_key(i, k)?;
                let v = dml_val(i, v)?;
                new.values.push((k, v));
            }
        }
        new.ordered = true;
        Ok(derived(i, &s, DmlStatement::Update(Rc::new(new))))
    }),
    ("where", where_),
    ("filter", where_),
    ("using", using),
    ("returning", returning),
    ("return_defaults", |_, a| {
        let (v, _) = split_self(a);
        Ok(v)
    }),
    ("execution_options", |i, a| {
        let (s, rest) = this(i, a)?;
        let Some(info) = &s.orm else { return Ok(derived(i, &s, s.stmt.clone())) };
        let orm = Some(Rc::new(super::orm_dml::with_options(i, info, &rest)?));
        Ok(dml_object(i, DmlObj { stmt: s.stmt.clone(), sqlite: s.sqlite, orm }))
    }),
    ("filter_by", |i, a| {
        let (s, rest) = this(i, a)?;
        let Some(table) = s.stmt.table() else { return Ok(derived(i, &s, s.stmt.clone())) };
        let crit = super::orm_dml::filter_by(i, &table, &rest)?;
        Ok(derived(i, &s, with_where(&s.stmt, crit)))
    }),
    ("inline", |i, a| {
        let (s, _) = this(i, a)?;
        let DmlStatement::Insert(ins) = &s.stmt else { return Ok(derived(i, &s, s.stmt.clone())) };
        let mut new = (**ins).clone();
        new.inline = true;
        Ok(derived(i, &s, DmlStatement::Insert(Rc::new(new))))
    }),
    ("prefix_with", |i, a| {
        let (s, rest) = this(i, a)?;
        let DmlStatement::Insert(ins) = &s.stmt else { return Ok(derived(i, &s, s.stmt.clone())) };
        let mut new = (**ins).clone();
        for p in &rest.positional {
            if let Some(t) = as_str(p) {
                new.prefixes.push(t);
            }
        }
        Ok(derived(i, &s, DmlStatement::Insert(Rc::new(new))))
    }),
    ("from_select", |i, a| {
        let (s, rest) = this(i, a)?;
        let DmlStatement::Insert(ins) = &s.stmt else {
            return Err(i.error(ExcType::AttributeError, "from_select is for INSERT"));
        };
        let names_v = arg(&rest, 0, "names").unwrap_or(Value::None);
        let mut names = Vec::new();
        for n in i.collect(&names_v)? {
            match &n {
                Value::Str(t) => names.push(t.to_string()),
                other => match super::convert::expr_of(i, other)? {
                    Some(e) => match &*e {
                        Expr::Column(c) => names.push(c.col.name.text()),
                        _ => names.push(i.to_str(other)?),
                    },
                    None => names.push(i.to_str(other)?),
                },
            }
        }
        let sel_v = arg(&rest, 1, "select").unwrap_or(Value::None);
        let sel =
            super::select_obj::select_stmt_of(&sel_v).ok_or_else(|| i.type_error("from_select() needs a SELECT"))?;
        let mut new = (**ins).clone();
        new.select = Some((names, sel));
        Ok(derived(i, &s, DmlStatement::Insert(Rc::new(new))))
    }),
    ("on_conflict_do_nothing", |i, a| on_conflict(i, a, false)),
    ("on_conflict_do_update", |i, a| on_conflict(i, a, true)),
    ("compile", |i, a| {
        let (s, rest) = this(i, a)?;
        let stmt = super::orm_dml::adjusted(i, &s)?;
        super::compiled_obj::compile_dml_value(i, &stmt, &rest)
    }),
];

const PROPERTIES: &[(&str, Method)] = &[
    ("entity_description", |i, a| {
        let (s, _) = this(i, a)?;
        let class = s.orm.as_ref().map(|o| o.class.clone());
        Ok(super::descriptions::entity_description(i, class.as_ref(), s.stmt.table()))
    }),
    ("returning_column_descriptions", |i, a| {
        let (s, _) = this(i, a)?;
        match &s.orm {
            Some(o) => super::descriptions::orm_descriptions(i, &o.returning, s.stmt.returning(), true),
            None => Ok(super::descriptions::core_descriptions(i, s.stmt.returning(), Default::default())),
        }
    }),
    ("table", |i, a| {
        let (s, _) = this(i, a)?;
        Ok(match s.stmt.table() {
            Some(t) => super::from_obj::from_value(i, t),
            None => Value::None,
        })
    }),
    ("excluded", |i, a| {
        let (s, _) = this(i, a)?;
        let Some(t) = s.stmt.table() else { return Ok(Value::None) };
        let alias = crate::sql::selectable::FromClause::new(crate::sql::selectable::FromKind::Alias {
            element: t.clone(),
            name: crate::sql::elements::Name::plain("excluded"),
        });
        let cols = super::from_obj::columns_of(&alias);
        Ok(super::collection::columns_value(i, cols))
    }),
];

pub fn install(interp: &mut Interp, m: &Module) {
    let _ = interp;
    m.set(
        "insert",
        Interp::builtin("insert", |i, a| {
            if let Some(v) = super::orm_dml::orm_statement(i, &arg(&a, 0, "table").unwrap_or(Value::None), "insert")? {
                return Ok(v);
            }
            let t = table_arg(i, &a)?;
            Ok(insert_value(i, &t))
        }),
    );
    m.set(
        "update",
        Interp::builtin("update", |i, a| {
            if let Some(v) = super::orm_dml::orm_statement(i, &arg(&a, 0, "table").unwrap_or(Value::None), "update")? {
                return Ok(v);
            }
            let t = table_arg(i, &a)?;
            Ok(update_value(i, &t))
        }),
    );
    m.set(
        "delete",
        Interp::builtin("delete", |i, a| {
            if let Some(v) = super::orm_dml::orm_statement(i, &arg(&a, 0, "table").unwrap_or(Value::None), "delete")? {
                return Ok(v);
            }
            let t = table_arg(i, &a)?;
            Ok(delete_value(i, &t))
        }),
    );
}

/// `sqlalchemy.dialects.sqlite.insert`.
pub fn sqlite_insert(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let entity = arg(&args, 0, "table").unwrap_or(Value::None);
    if let Some(v) = super::orm_dml::orm_statement(interp, &entity, "insert")?
        && let Some(s) = state::<DmlObj>(&v)
    {
        return Ok(dml_object(interp, DmlObj { stmt: s.stmt.clone(), sqlite: true, orm: s.orm.clone() }));
    }
    let t = table_arg(interp, &args)?;
    Ok(dml_value(interp, DmlStatement::Insert(Rc::new(Insert { table: Some(t), ..Insert::default() })), true))
}
