//! `insert()`, `update()`, `delete()` and their generative methods (`values`, `ordered_values`,
//! `where`, `returning`, `from_select`, `inline`, SQLite's `on_conflict_do_nothing` /
//! `on_conflict_do_update`), `str()` and `compile()`.

use super::convert::{py, to_expr, to_operand};
use super::{Method, arg, core_class, kwarg, split_self};
use crate::eval::ExcType;
use crate::eval::value::{Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::native::{as_str, state, wrap};
use crate::sql::compiler::{CompileOptions, Compiler, Dialect};
use crate::sql::dml::{Delete, DmlKey, DmlStatement, DmlValue, Insert, OnConflict, Update};
use crate::sql::elements::build::Operand;
use crate::sql::elements::{Expr, ExprRef};
use crate::sql::selectable::FromRef;
use std::rc::Rc;

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

/// A `.values()` key: a column name or a column object.
fn dml_key(interp: &mut Interp, k: &Value) -> PyResult<DmlKey> {
    if let Value::Str(s) = k {
        return Ok(DmlKey::Name(s.to_string()));
    }
    match super::convert::expr_of(interp, k)? {
        Some(e) => match &*e {
            Expr::Column(c) => Ok(DmlKey::Column(c.clone())),
            _ => Ok(DmlKey::Name(interp.to_str(k)?)),
        },
        None => Ok(DmlKey::Name(interp.to_str(k)?)),
    }
}

fn dml_val(interp: &mut Interp, v: &Value) -> PyResult<DmlValue> {
    Ok(match to_operand(interp, v)? {
        Operand::Expr(e) => DmlValue::Expr(e),
        Operand::Value(val) => DmlValue::Value(val),
    })
}

/// The key/value pairs of `.values(...)`: keywords, or one dict.
fn pairs(
    interp: &mut Interp,
    args: &Args,
    orm: Option<&super::orm_dml::OrmDml>,
) -> PyResult<Option<Vec<(DmlKey, DmlValue)>>> {
    let mut out = Vec::new();
    if let Some(Value::Dict(d)) = args.positional.first() {
        let items = d.borrow().items();
        for (k, v) in items {
            push_pair(interp, orm, &k, &v, &mut out)?;
        }
    }
    for (k, v) in &args.keywords {
        push_pair(interp, orm, &Value::str(k.as_ref()), v, &mut out)?;
    }
    Ok(Some(out))
}

/// One `.values()` entry. In an ORM-enabled statement a key naming an attribute that is no plain
/// column (a hybrid, a composite) stands for the (column, value) pairs its `_bulk_update_tuples(v)`
/// gives — a hybrid's `update_expression`, a composite's columns — as SQLAlchemy's
/// `ORMDMLState._get_crud_kv_pairs` expands them.
fn push_pair(
    interp: &mut Interp,
    orm: Option<&super::orm_dml::OrmDml>,
    k: &Value,
    v: &Value,
    out: &mut Vec<(DmlKey, DmlValue)>,
) -> PyResult<()> {
    if let Some(orm) = orm {
        let attr = match k {
            Value::Str(name) => match orm.class.lookup(name) {
                Some(Value::Instance(i)) if i.native.borrow().is_none() => {
                    Some(interp.get_attr(&Value::Class(orm.class.clone()), name)?)
                }
                _ => None,
            },
            other => Some(other.clone()),
        };
        let bulk = match &attr {
            Some(a @ Value::Instance(i))
                if i.native.borrow().is_none() && i.class.lookup("_bulk_update_tuples").is_some() =>
            {
                Some(interp.get_attr(a, "_bulk_update_tuples")?)
            }
            _ => None,
        };
        if let Some(bulk) = bulk {
            let tuples = interp.call(&bulk, Args::positional(vec![v.clone()]))?;
            for pair in interp.collect(&tuples)? {
                match interp.collect(&pair)?.as_slice() {
                    [col, value] => push_pair(interp, None, col, value, out)?,
                    _ => return Err(interp.type_error("_bulk_update_tuples() must give (column, value) pairs")),
                }
            }
            return Ok(());
        }
    }
    out.push((dml_key(interp, k)?, dml_val(interp, v)?));
    Ok(())
}

fn values(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let stmt = match &s.stmt {
        DmlStatement::Insert(i) => {
            let mut new = (**i).clone();
            match rest.positional.first() {
                Some(Value::List(rows)) => {
                    let rows = rows.borrow().clone();
                    for r in rows {
                        let row = match &r {
                            Value::Dict(d) => {
                                let mut out = Vec::new();
                                for (k, v) in d.borrow().items() {
                                    out.push((dml_key(interp, &k)?, dml_val(interp, &v)?));
                                }
                                out
                            }
                            other => {
                                let items = interp.collect(other)?;
                                let cols = new.table.as_ref().map(|t| t.columns()).unwrap_or_default();
                                let mut out = Vec::new();
                                for (c, v) in cols.iter().zip(items.iter()) {
                                    out.push((DmlKey::Name(c.key.clone()), dml_val(interp, v)?));
                                }
                                out
                            }
                        };
                        let mut row = row;
                        crate::orm::type_decorator::process_dml_values(interp, new.table.as_ref(), &mut row)?;
                        new.multi_values.push(row);
                    }
                }
                Some(Value::Tuple(items)) => {
                    let cols = new.table.as_ref().map(|t| t.columns()).unwrap_or_default();
                    let mut out = Vec::new();
                    for (c, v) in cols.iter().zip(items.iter()) {
                        out.push((DmlKey::Name(c.key.clone()), dml_val(interp, v)?));
                    }
                    crate::orm::type_decorator::process_dml_values(interp, new.table.as_ref(), &mut out)?;
                    new.values = Some(out);
                }
                _ => {
                    let mut p = pairs(interp, &rest, s.orm.as_deref())?.unwrap_or_default();
                    crate::orm::type_decorator::process_dml_values(interp, new.table.as_ref(), &mut p)?;
                    let mut existing = new.values.take().unwrap_or_default();
                    existing.extend(p);
                    new.values = Some(existing);
                }
            }
            DmlStatement::Insert(Rc::new(new))
        }
        DmlStatement::Update(u) => {
            let mut new = (**u).clone();
            let mut p = pairs(interp, &rest, s.orm.as_deref())?.unwrap_or_default();
            crate::orm::type_decorator::process_dml_values(interp, new.table.as_ref(), &mut p)?;
            new.values.extend(p);
            DmlStatement::Update(Rc::new(new))
        }
        DmlStatement::Delete(_) => {
            return Err(interp.error(ExcType::AttributeError, "'Delete' object has no attribute 'values'"));
        }
    };
    Ok(derived(interp, &s, stmt))
}

fn where_(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let mut crit: Vec<ExprRef> = Vec::new();
    for v in &rest.positional {
        crit.push(super::convert::to_where(interp, v)?);
    }
    if matches!(s.stmt, DmlStatement::Insert(_)) {
        return Err(interp.error(ExcType::AttributeError, "'Insert' object has no attribute 'where'"));
    }
    Ok(derived(interp, &s, with_where(&s.stmt, crit)))
}

/// `Delete.using(*froms)` (2.1): FROM elements for the multiple-table DELETE's `USING` clause.
fn using(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let DmlStatement::Delete(d) = &s.stmt else {
        let name = class_name(&s.stmt);
        return Err(interp.error(ExcType::AttributeError, format!("'{name}' object has no attribute 'using'")));
    };
    let mut new = (**d).clone();
    for v in &rest.positional {
        match super::from_obj::from_of(interp, v)? {
            Some(f) => new.using.push(f),
            None => {
                let shown = interp.repr(v)?;
                let message = match v {
                    Value::Str(s) => {
                        format!("Textual SQL expression {shown} should be explicitly declared as text('{s}')")
                    }
                    _ => format!("FROM expression, such as a Table or alias() object expected, got {shown}."),
                };
                let orm = crate::orm::orm(interp)?;
                return Err(orm.error(interp, SaExc::ArgumentError, message));
            }
        }
    }
    Ok(derived(interp, &s, DmlStatement::Delete(Rc::new(new))))
}

/// The statement with `crit` added to its WHERE clause (an INSERT has none).
fn with_where(stmt: &DmlStatement, crit: Vec<ExprRef>) -> DmlStatement {
    match stmt {
        DmlStatement::Update(u) => {
            let mut new = (**u).clone();
            new.where_.extend(crit);
            DmlStatement::Update(Rc::new(new))
        }
        DmlStatement::Delete(d) => {
            let mut new = (**d).clone();
            new.where_.extend(crit);
            DmlStatement::Delete(Rc::new(new))
        }
        DmlStatement::Insert(_) => stmt.clone(),
    }
}

fn returning(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let mut cols: Vec<ExprRef> = Vec::new();
    let mut entities = Vec::new();
    let base = s.stmt.returning().len();
    super::orm_dml::returning_columns(interp, &rest.positional, base, &mut cols, &mut entities)?;
    let orm = match &s.orm {
        Some(o) => {
            let mut o = (**o).clone();
            o.returning.extend(entities);
            o.sort_by_parameter_order |= super::flag(interp, &rest, "sort_by_parameter_order")?;
            Some(Rc::new(o))
        }
        None => None,
    };
    let s = Rc::new(DmlObj { stmt: s.stmt.clone(), sqlite: s.sqlite, orm });
    let stmt = match &s.stmt {
        DmlStatement::Insert(i) => {
            let mut new = (**i).clone();
            new.returning.extend(cols);
            DmlStatement::Insert(Rc::new(new))
        }
        DmlStatement::Update(u) => {
            let mut new = (**u).clone();
            new.returning.extend(cols);
            DmlStatement::Update(Rc::new(new))
        }
        DmlStatement::Delete(d) => {
            let mut new = (**d).clone();
            new.returning.extend(cols);
            DmlStatement::Delete(Rc::new(new))
        }
    };
    Ok(derived(interp, &s, stmt))
}

/// `str(stmt)`.
pub fn dml_str(interp: &Interp, s: &DmlStatement, sqlite: bool) -> PyResult<String> {
    // A dialect-specific construct stringifies with its own dialect (`stringify_dialect`).
    let dialect = if sqlite { Dialect::Sqlite } else { Dialect::Default };
    let c = py(interp, Compiler::compile_dml(dialect, CompileOptions::default(), s, None))?;
    Ok(c.string())
}

fn on_conflict(interp: &mut Interp, args: Args, update: bool) -> PyResult<Value> {
    let (s, rest) = this(interp, args)?;
    let DmlStatement::Insert(i) = &s.stmt else {
        return Err(interp.error(ExcType::AttributeError, "on_conflict is for INSERT"));
    };
    let mut index_elements = Vec::new();
    if let Some(v) = kwarg(&rest, "index_elements") {
        for item in interp.collect(&v)? {
            match &item {
                Value::Str(s) => index_elements.push(s.to_string()),
                other => {
                    if let Some(e) = super::convert::expr_of(interp, other)?
                        && let Expr::Column(c) = &*e
                    {
                        index_elements.push(c.col.name.text());
                    }
                }
            }
        }
    }
    let oc = if update {
        let mut set = Vec::new();
        if let Some(Value::Dict(d)) = kwarg(&rest, "set_") {
            for (k, v) in d.borrow().items() {
                set.push((dml_key(interp, &k)?, dml_val(interp, &v)?));
            }
        }
        let where_ = match kwarg(&rest, "where") {
            Some(Value::None) | None => None,
            Some(w) => Some(to_expr(interp, &w)?),
        };
        OnConflict::DoUpdate { index_elements, set, where_ }
    } else {
        OnConflict::DoNothing { index_elements }
    };
    let mut new = (**i).clone();
    new.on_conflict = Some(oc);
    Ok(derived(interp, &s, DmlStatement::Insert(Rc::new(new))))
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
