//! The importable modules (`sqlalchemy`, `sqlalchemy.orm`, `sqlalchemy.exc`, …) and the Python-facing
//! methods of sessions, queries and metadata. Each method unpacks its arguments and calls the runtime.

use super::declarative::{Declarative, mapped};
use super::engine::engine_of;
use super::expr::{SqlExpr, expr_value, to_expr};
use super::mapper::{DeclarativeRoot, RegistryRef, TableDef};
use super::native::{Method, arg, as_str, native_class, receiver, state, wrap};
use super::query::{QueryData, query_receiver, query_value};
use super::result::result_value;
use super::schema::{ColumnSpec, TableRef};
use super::session::{SessionData, session_of};
use super::{Orm, orm};
use crate::eval::value::{Class, Module, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use indexmap::IndexMap;
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    interp.register_module("sqlalchemy", sqlalchemy);
    interp.register_module("sqlalchemy.orm", sqlalchemy_orm);
    interp.register_module("sqlalchemy.ext", |_| Ok(Rc::new(Module::new("sqlalchemy.ext"))));
    interp.register_module("sqlalchemy.ext.declarative", |i| {
        let m = Rc::new(Module::new("sqlalchemy.ext.declarative"));
        let orm = orm(i)?;
        m.set("declarative_base", declarative_base_fn(orm));
        Ok(m)
    });
    interp.register_module("sqlalchemy.exc", |i| exceptions_module(i, "sqlalchemy.exc", None));
    interp.register_module("sqlalchemy.orm.exc", |i| {
        exceptions_module(i, "sqlalchemy.orm.exc", Some(super::errors::ORM_EXC))
    });
    interp.register_module("sqlalchemy.types", sqlalchemy);
    interp.register_module("sqlalchemy.sql", sqlalchemy);
}

fn exceptions_module(interp: &mut Interp, name: &str, only: Option<&[&str]>) -> PyResult<Rc<Module>> {
    let orm = orm(interp)?;
    let m = Rc::new(Module::new(name));
    for (n, class) in &orm.exceptions {
        if only.is_none_or(|o| o.contains(n)) {
            m.set(n, Value::Class(class.clone()));
        }
    }
    Ok(m)
}

fn bind_orm(orm: &Rc<Orm>, name: &str, f: fn(&Orm, &mut Interp, Args) -> PyResult<Value>) -> Value {
    let orm = orm.clone();
    Interp::builtin(name, move |i, a| f(&orm, i, a))
}

fn sqlalchemy(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let orm = orm(interp)?;
    let m = Rc::new(Module::new("sqlalchemy"));
    m.set("create_engine", bind_orm(&orm, "create_engine", Orm::create_engine));
    m.set("Column", bind_orm(&orm, "Column", |o, i, a| o.column(i, a, false)));
    m.set("ForeignKey", bind_orm(&orm, "ForeignKey", Orm::foreign_key));
    m.set("Table", bind_orm(&orm, "Table", Orm::table));
    m.set("MetaData", bind_orm(&orm, "MetaData", |o, i, _| Ok(o.metadata_object(i, Default::default()))));
    m.set("UniqueConstraint", bind_orm(&orm, "UniqueConstraint", Orm::unique_constraint));
    for name in ["Index", "CheckConstraint", "PrimaryKeyConstraint", "ForeignKeyConstraint"] {
        m.set(name, Interp::builtin(name, |_, _| Ok(Value::None)));
    }
    for (name, class) in super::schema::type_classes(interp) {
        m.set(name, Value::Class(class));
    }
    m.set(
        "select",
        bind_orm(&orm, "select", |o, i, a| {
            let entities = o.entities(i, &a.positional)?;
            Ok(query_value(i, QueryData { entities, ..QueryData::default() }))
        }),
    );
    m.set("and_", Interp::builtin("and_", |i, a| combine(i, a, true)));
    m.set("or_", Interp::builtin("or_", |i, a| combine(i, a, false)));
    m.set(
        "not_",
        Interp::builtin("not_", |i, a| {
            let e = to_expr(i, a.positional.first().unwrap_or(&Value::None), None)?;
            Ok(expr_value(i, SqlExpr::Not(Box::new(e)), None))
        }),
    );
    m.set("desc", Interp::builtin("desc", |i, a| ordered(i, a, true)));
    m.set("asc", Interp::builtin("asc", |i, a| ordered(i, a, false)));
    m.set("true", Interp::builtin("true", |i, _| Ok(expr_value(i, SqlExpr::Bool(true), None))));
    m.set("false", Interp::builtin("false", |i, _| Ok(expr_value(i, SqlExpr::Bool(false), None))));
    m.set("null", Interp::builtin("null", |i, _| Ok(expr_value(i, SqlExpr::Literal(crate::db::Cell::Null), None))));
    m.set("text", Interp::builtin("text", text_clause));
    m.set("inspect", Interp::builtin("inspect", |i, _| Err(i.not_supported("inspect()"))));
    m.set("update", Interp::builtin("update", |i, a| super::dml::statement(i, a, true)));
    m.set("delete", Interp::builtin("delete", |i, a| super::dml::statement(i, a, false)));
    {
        let name = "insert";
        m.set(
            name,
            Interp::builtin(name, move |i, _| {
                Err(i.not_supported(&format!("{name}() statements; use the session (query.{name}() or objects)")))
            }),
        );
    }
    m.set("func", func_object(interp));
    m.set(
        "distinct",
        Interp::builtin("distinct", |i, a| {
            let e = to_expr(i, a.positional.first().unwrap_or(&Value::None), None)?;
            Ok(expr_value(i, SqlExpr::Func { name: "distinct".into(), args: vec![e] }, None))
        }),
    );
    m.set("exc", Value::Module(exceptions_module(interp, "sqlalchemy.exc", None)?));
    m.set("__version__", Value::str("2.0 (ormplay)"));
    Ok(m)
}

fn sqlalchemy_orm(interp: &mut Interp) -> PyResult<Rc<Module>> {
    let orm = orm(interp)?;
    let m = Rc::new(Module::new("sqlalchemy.orm"));
    m.set("declarative_base", declarative_base_fn(orm.clone()));
    m.set("DeclarativeBase", Value::Class(declarative_root(interp, &orm)?));
    let mapped_class = interp.create_class("Mapped", Vec::new(), IndexMap::new())?;
    m.set("Mapped", Value::Class(mapped_class));
    m.set("mapped_column", bind_orm(&orm, "mapped_column", |o, i, a| o.column(i, a, true)));
    m.set("relationship", bind_orm(&orm, "relationship", Orm::relationship));
    m.set("backref", bind_orm(&orm, "backref", Orm::backref));
    m.set("sessionmaker", bind_orm(&orm, "sessionmaker", Orm::sessionmaker));
    let session_class = interp.create_class("Session", Vec::new(), IndexMap::new())?;
    session_class.dict.borrow_mut().insert(Name::from("__new__"), bind_orm(&orm, "Session", Orm::new_session));
    m.set(
        "Session",
        Interp::builtin("Session", {
            let orm = orm.clone();
            move |i, a| orm.new_session(i, a)
        }),
    );
    for name in [
        "joinedload",
        "selectinload",
        "subqueryload",
        "lazyload",
        "noload",
        "raiseload",
        "defer",
        "undefer",
        "load_only",
        "contains_eager",
    ] {
        m.set(name, Interp::builtin(name, |_, _| Ok(Value::None)));
    }
    m.set(
        "configure_mappers",
        Interp::builtin("configure_mappers", |i, _| {
            let orm = super::orm(i)?;
            let registries: Vec<RegistryRef> = orm.registries.borrow().clone();
            for r in registries {
                orm.configure(i, &r)?;
            }
            Ok(Value::None)
        }),
    );
    m.set("aliased", Interp::builtin("aliased", |i, _| Err(i.not_supported("aliased()"))));
    m.set("exc", Value::Module(exceptions_module(interp, "sqlalchemy.orm.exc", Some(super::errors::ORM_EXC))?));
    Ok(m)
}

fn declarative_base_fn(orm: Rc<Orm>) -> Value {
    Interp::builtin("declarative_base", move |i, _| {
        let hooks: Rc<dyn crate::eval::value::ClassHooks> = Rc::new(Declarative { orm: orm.clone() });
        let base = Rc::new(Class {
            name: Name::from("Base"),
            module: Name::from("__main__"),
            bases: vec![i.types.object.clone()],
            mro_tail: vec![i.types.object.clone()],
            dict: std::cell::RefCell::new(IndexMap::new()),
            builtin: None,
            hooks: Some(hooks),
            native: std::cell::RefCell::new(None),
            id: crate::eval::value::next_id(),
        });
        orm.install_base(i, &base, Default::default());
        Ok(Value::Class(base))
    })
}

fn declarative_root(interp: &mut Interp, orm: &Rc<Orm>) -> PyResult<Rc<Class>> {
    let hooks: Rc<dyn crate::eval::value::ClassHooks> = Rc::new(Declarative { orm: orm.clone() });
    let root = Rc::new(Class {
        name: Name::from("DeclarativeBase"),
        module: Name::from("sqlalchemy.orm"),
        bases: vec![interp.types.object.clone()],
        mro_tail: vec![interp.types.object.clone()],
        dict: std::cell::RefCell::new(IndexMap::new()),
        builtin: None,
        hooks: Some(hooks),
        native: std::cell::RefCell::new(Some(Rc::new(DeclarativeRoot))),
        id: crate::eval::value::next_id(),
    });
    Ok(root)
}

/// `text("1")`: accepted as a `server_default` (its string is the SQL default); running raw SQL
/// strings is not part of the playground.
fn text_clause(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let sql = args.positional.first().and_then(as_str).unwrap_or_default();
    let class = native_class(
        interp,
        "TextClause",
        "sqlalchemy.sql",
        &[("__str__", |i, a| {
            let (t, _, _) = receiver::<String>(i, a, "TextClause")?;
            Ok(Value::str(&t))
        })],
    );
    Ok(wrap(&class, sql))
}

fn combine(interp: &mut Interp, args: Args, and: bool) -> PyResult<Value> {
    let mut items = Vec::new();
    for a in &args.positional {
        items.push(to_expr(interp, a, None)?);
    }
    Ok(expr_value(interp, if and { SqlExpr::And(items) } else { SqlExpr::Or(items) }, None))
}

fn ordered(interp: &mut Interp, args: Args, desc: bool) -> PyResult<Value> {
    let e = super::expr::to_order_expr(interp, args.positional.first().unwrap_or(&Value::None))?;
    Ok(expr_value(interp, SqlExpr::Ordered { expr: Box::new(e), desc }, None))
}

fn func_object(interp: &mut Interp) -> Value {
    let class = native_class(
        interp,
        "func",
        "sqlalchemy.sql",
        &[("__getattr__", |_, a| {
            let name = a.positional.get(1).and_then(as_str).unwrap_or_default();
            Ok(Interp::builtin(&name.clone(), move |i, a| {
                let mut args = Vec::new();
                for v in &a.positional {
                    args.push(to_expr(i, v, None)?);
                }
                let e = if name == "count" && args.is_empty() {
                    SqlExpr::CountStar
                } else {
                    SqlExpr::Func { name: name.clone(), args }
                };
                Ok(expr_value(i, e, None))
            }))
        })],
    );
    wrap(&class, ())
}

// ---- metadata and tables ----

pub struct MetaDataObj {
    pub registry: RegistryRef,
}

const METADATA_METHODS: &[(&str, Method)] = &[
    ("create_all", |i, a| {
        let (m, _, rest) = receiver::<MetaDataObj>(i, a, "MetaData")?;
        let orm = orm(i)?;
        orm.create_all(i, &m.registry, &rest, true)
    }),
    ("drop_all", |i, a| {
        let (m, _, rest) = receiver::<MetaDataObj>(i, a, "MetaData")?;
        let orm = orm(i)?;
        orm.create_all(i, &m.registry, &rest, false)
    }),
];

impl Orm {
    pub fn metadata_object(&self, interp: &mut Interp, registry: RegistryRef) -> Value {
        let class = native_class(interp, "MetaData", "sqlalchemy", METADATA_METHODS);
        if !self.registries.borrow().iter().any(|r| Rc::ptr_eq(r, &registry)) {
            self.registries.borrow_mut().push(registry.clone());
        }
        wrap(&class, MetaDataObj { registry })
    }

    pub fn table_object(&self, interp: &mut Interp, info: &super::mapper::MappedClass) -> Value {
        let name = info.registry.borrow().mappers[info.mapper].table.clone();
        let class = native_class(interp, "Table", "sqlalchemy", &[("__repr__", table_repr)]);
        let v = wrap(&class, TableRef { name: name.clone() });
        if let Value::Instance(inst) = &v {
            inst.dict.borrow_mut().insert(Name::from("name"), Value::str(&name));
        }
        let def = info.registry.borrow().tables.get(&name).cloned();
        if let Some(def) = def {
            super::columns::attach_columns(interp, &v, &def);
        }
        v
    }

    /// `Table("name", metadata, Column(...), ...)`: an association (or plain) table.
    pub fn table(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let Some(Value::Str(name)) = args.positional.first() else {
            return Err(self.error(interp, "ArgumentError", "Table() needs a name as its first argument"));
        };
        let Some(metadata) = args.positional.get(1).and_then(state::<MetaDataObj>) else {
            return Err(self.error(
                interp,
                "ArgumentError",
                "Table() needs the MetaData as its second argument (Base.metadata)",
            ));
        };
        let mut columns = Vec::new();
        let mut unique_sets = Vec::new();
        for a in &args.positional[2..] {
            if let Some(spec) = state::<ColumnSpec>(a) {
                let Some(col_name) = spec.name.clone() else {
                    return Err(self.error(
                        interp,
                        "ArgumentError",
                        format!("a Column in Table('{name}') needs a name: Column(\"name\", ...)"),
                    ));
                };
                let foreign_key = spec
                    .foreign_key
                    .as_ref()
                    .and_then(|t| t.split_once('.'))
                    .map(|(t, c)| (t.to_string(), c.to_string()));
                columns.push(super::mapper::ColumnDef {
                    name: col_name.clone(),
                    key: col_name,
                    ty: spec.ty.clone().unwrap_or(super::schema::SqlType::Integer),
                    type_text: spec.type_text.clone().unwrap_or_else(|| "Integer".into()),
                    primary_key: spec.primary_key,
                    nullable: spec.nullable.unwrap_or(!spec.primary_key),
                    unique: spec.unique,
                    index: spec.index,
                    default: spec.default.clone(),
                    server_default: spec.server_default.clone(),
                    foreign_key,
                    ondelete: spec.ondelete.clone(),
                    autoincrement: false,
                    line: spec.line,
                });
            } else if let Some(u) = state::<super::schema::UniqueSpec>(a) {
                unique_sets.push(u.columns.clone());
            }
        }
        let mut reg = metadata.registry.borrow_mut();
        if reg.tables.contains_key(&**name) {
            return Err(self.error(
                interp,
                "InvalidRequestError",
                format!("Table '{name}' is already defined for this MetaData instance.  Specify 'extend_existing=True' to redefine options and columns on an existing Table object."),
            ));
        }
        let line = interp.current_line().map(|(_, l)| l);
        let def = TableDef { name: name.to_string(), columns, mapper: None, unique_sets, line };
        reg.tables.insert(name.to_string(), def.clone());
        drop(reg);
        let class = native_class(interp, "Table", "sqlalchemy", &[("__repr__", table_repr)]);
        let v = wrap(&class, TableRef { name: name.to_string() });
        if let Value::Instance(inst) = &v {
            inst.dict.borrow_mut().insert(Name::from("name"), Value::Str(name.clone()));
        }
        super::columns::attach_columns(interp, &v, &def);
        Ok(v)
    }

    /// `metadata.create_all(engine)` / `drop_all(engine)`.
    fn create_all(&self, interp: &mut Interp, registry: &RegistryRef, args: &Args, create: bool) -> PyResult<Value> {
        let Some(engine) = arg(args, 0, "bind").as_ref().and_then(engine_of) else {
            return Err(self.error(
                interp,
                "ArgumentError",
                "create_all() needs the engine: Base.metadata.create_all(engine)",
            ));
        };
        let reg = registry.borrow();
        let order = super::ddl::creation_order(&reg);
        let existing = engine.db.borrow_mut().table_names();
        engine.next_group();
        if create {
            for table in order {
                if existing.contains(&table.name) {
                    continue;
                }
                let sql = super::ddl::create_table(&reg, table, super::ddl::Dialect::GlueSql);
                if let Err(e) = engine.execute(&sql, &[], "ddl") {
                    return Err(self.error(
                        interp,
                        "OperationalError",
                        format!("(sqlite3.OperationalError) {e}\n[SQL: {sql}]"),
                    ));
                }
            }
        } else {
            for table in order.into_iter().rev() {
                if !existing.contains(&table.name) {
                    continue;
                }
                let sql = format!("DROP TABLE {}", crate::db::quote_ident(&table.name));
                if let Err(e) = engine.execute(&sql, &[], "ddl") {
                    return Err(self.error(interp, "OperationalError", format!("(sqlite3.OperationalError) {e}")));
                }
            }
        }
        Ok(Value::None)
    }
}

fn table_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (t, _, _) = receiver::<TableRef>(interp, args, "Table")?;
    Ok(Value::str(&format!("Table('{}', MetaData(), ...)", t.name)))
}

// ---- sessions ----

pub const SESSION_METHODS: [(&str, Method); 24] = [
    ("add", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.check_pending_rollback(i, &s)?;
        match rest.positional.first() {
            Some(Value::Instance(inst)) => orm.session_add(i, &s, inst)?,
            Some(other) => return Err(unmapped(i, other)),
            None => return Err(i.type_error("add() missing 1 required positional argument: 'instance'")),
        }
        Ok(Value::None)
    }),
    ("add_all", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.check_pending_rollback(i, &s)?;
        for item in i.collect(rest.positional.first().unwrap_or(&Value::None))? {
            match &item {
                Value::Instance(inst) => orm.session_add(i, &s, inst)?,
                other => return Err(unmapped(i, other)),
            }
        }
        Ok(Value::None)
    }),
    ("commit", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.commit(i, &s)?;
        Ok(Value::None)
    }),
    ("rollback", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        orm(i)?.rollback(&s);
        Ok(Value::None)
    }),
    ("flush", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.flush(i, &s)?;
        Ok(Value::None)
    }),
    ("close", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        orm(i)?.close(&s);
        Ok(Value::None)
    }),
    ("delete", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.check_pending_rollback(i, &s)?;
        let Some(Value::Instance(inst)) = rest.positional.first() else {
            return Err(unmapped(i, rest.positional.first().unwrap_or(&Value::None)));
        };
        if !s.contains(inst) {
            return Err(orm.error(
                i,
                "InvalidRequestError",
                format!("Instance '<{} at 0x7f...>' is not persisted", inst.class.name),
            ));
        }
        orm.mark_deleted(i, &s, inst)?;
        Ok(Value::None)
    }),
    ("get", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        let (Some(Value::Class(class)), Some(key)) = (rest.positional.first(), rest.positional.get(1)) else {
            return Err(i.type_error("get() takes a mapped class and a primary key"));
        };
        let Some(info) = mapped(class) else {
            return Err(orm.error(i, "UnmappedClassError", format!("Class '{}' is not mapped", class.name)));
        };
        orm.configure(i, &info.registry)?;
        orm.get_by_key(i, &s, &info.registry, info.mapper, key)
    }),
    ("query", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        orm.check_pending_rollback(i, &s)?;
        let entities = orm.entities(i, &rest.positional)?;
        Ok(query_value(i, QueryData { session: Some(s), entities, ..QueryData::default() }))
    }),
    ("execute", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        execute(i, &s, rest.positional.first().unwrap_or(&Value::None), false)
    }),
    ("scalars", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        execute(i, &s, rest.positional.first().unwrap_or(&Value::None), true)
    }),
    ("scalar", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let r = execute(i, &s, rest.positional.first().unwrap_or(&Value::None), false)?;
        i.call_method(&r, "scalar", Vec::new())
    }),
    ("refresh", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        let Some(Value::Instance(inst)) = rest.positional.first() else { return Err(unmapped(i, &Value::None)) };
        if !s.contains(inst) {
            return Err(orm.error(
                i,
                "InvalidRequestError",
                format!("Instance '<{} at 0x7f...>' is not persistent within this Session", inst.class.name),
            ));
        }
        // refresh(obj, ["attr", ...]) reloads only the named attributes.
        let names = match super::native::arg(&rest, 1, "attribute_names") {
            Some(v @ (Value::List(_) | Value::Tuple(_))) => {
                Some(i.collect(&v)?.iter().filter_map(as_str).collect::<Vec<String>>())
            }
            _ => None,
        };
        orm.expire_instance(inst, names.as_deref());
        if let Some(state) = super::state::existing_state(inst) {
            // A row deleted behind the session's back: refresh() reports it as InvalidRequestError.
            match orm.load_expired(i, inst, &state) {
                Err(e) if e.class_name() == "ObjectDeletedError" => {
                    return Err(orm.error(
                        i,
                        "InvalidRequestError",
                        format!("Could not refresh instance '<{} at 0x7f...>'", inst.class.name),
                    ));
                }
                other => other?,
            }
        }
        Ok(Value::None)
    }),
    ("expire", |i, a| {
        let (_, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        let Some(Value::Instance(inst)) = rest.positional.first() else { return Err(unmapped(i, &Value::None)) };
        let keys: Option<Vec<String>> = match rest.positional.get(1) {
            Some(v) => Some(i.collect(v)?.iter().filter_map(as_str).collect()),
            None => None,
        };
        orm.expire_instance(inst, keys.as_deref());
        Ok(Value::None)
    }),
    // is_modified(obj): changed column values or relationship changes not yet flushed.
    ("is_modified", |i, a| {
        let (_, _, rest) = session_receiver(i, a)?;
        let Some(Value::Instance(inst)) = rest.positional.first() else { return Err(unmapped(i, &Value::None)) };
        let orm = orm(i)?;
        let columns = orm.changed_columns(inst).is_some_and(|c| !c.is_empty());
        let relations = super::state::existing_state(inst).is_some_and(|st| !st.borrow().history.is_empty());
        Ok(Value::Bool(columns || relations))
    }),
    ("expire_all", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        for inst in s.identity.borrow().values() {
            orm.expire_instance(inst, None);
        }
        Ok(Value::None)
    }),
    ("expunge", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let Some(Value::Instance(inst)) = rest.positional.first() else { return Err(unmapped(i, &Value::None)) };
        orm(i)?.expunge(&s, inst);
        Ok(Value::None)
    }),
    ("expunge_all", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        let orm = orm(i)?;
        for inst in s.all_objects() {
            orm.expunge(&s, &inst);
        }
        Ok(Value::None)
    }),
    ("merge", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        let orm = orm(i)?;
        let Some(Value::Instance(inst)) = rest.positional.first() else { return Err(unmapped(i, &Value::None)) };
        orm.merge(i, &s, inst)
    }),
    ("begin", |i, a| {
        let (s, this, _) = session_receiver(i, a)?;
        orm(i)?.explicit_begin(i, &s)?;
        begin_block(i, this, false)
    }),
    ("__enter__", |i, a| {
        let (_, this, _) = session_receiver(i, a)?;
        Ok(this)
    }),
    ("__exit__", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        orm(i)?.close(&s);
        Ok(Value::Bool(false))
    }),
    ("__contains__", |i, a| {
        let (s, _, rest) = session_receiver(i, a)?;
        Ok(Value::Bool(matches!(rest.positional.first(), Some(Value::Instance(inst)) if s.contains(inst))))
    }),
    ("in_transaction", |i, a| {
        let (s, _, _) = session_receiver(i, a)?;
        Ok(Value::Bool(s.in_transaction.get()))
    }),
];

fn session_receiver(interp: &Interp, args: Args) -> PyResult<(Rc<SessionData>, Value, Args)> {
    let mut positional = args.positional.into_iter();
    let this = positional.next().unwrap_or(Value::None);
    let rest = Args { positional: positional.collect(), keywords: args.keywords };
    match session_of(&this) {
        Some(s) => Ok((s, this, rest)),
        None => Err(interp.type_error("descriptor requires a 'Session' object")),
    }
}

fn unmapped(interp: &Interp, v: &Value) -> Box<crate::eval::Exc> {
    let shown = match v {
        Value::Instance(i) => format!("Class '__main__.{}'", i.class.name),
        other => format!("Class '{}'", other.type_name()),
    };
    match interp.extension::<Orm>() {
        Some(orm) => orm.error(interp, "UnmappedInstanceError", format!("{shown} is not mapped")),
        None => interp.type_error(format!("{shown} is not mapped")),
    }
}

fn sorted_states(s: &SessionData, pick: impl Fn(&Rc<crate::eval::value::Instance>) -> bool) -> Vec<Value> {
    s.all_objects().into_iter().filter(|i| pick(i)).map(Value::Instance).collect()
}

pub fn session_dirty(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _, _) = session_receiver(interp, args)?;
    let orm = orm(interp)?;
    let items = sorted_states(&s, |i| {
        let persistent = super::state::existing_state(i).is_some_and(|st| {
            let st = st.borrow();
            st.status == super::state::Status::Persistent && !st.history.is_empty()
        });
        persistent
            || (super::state::existing_state(i)
                .is_some_and(|st| st.borrow().status == super::state::Status::Persistent)
                && orm.changed_columns(i).is_some_and(|c| !c.is_empty()))
    });
    interp.make_set(items)
}

pub fn session_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _, _) = session_receiver(interp, args)?;
    let items: Vec<Value> = s.new.borrow().iter().cloned().map(Value::Instance).collect();
    interp.make_set(items)
}

pub fn session_deleted(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _, _) = session_receiver(interp, args)?;
    let items: Vec<Value> = s
        .deleted
        .borrow()
        .iter()
        .filter(|i| super::state::existing_state(i).is_some_and(|st| s.delete_pending(&st)))
        .cloned()
        .map(Value::Instance)
        .collect();
    interp.make_set(items)
}

pub fn session_bind(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, _, _) = session_receiver(interp, args)?;
    Ok(Value::None)
}

/// `session.execute(select(...))` / `session.scalars(...)`.
fn execute(interp: &mut Interp, session: &Rc<SessionData>, stmt: &Value, scalars: bool) -> PyResult<Value> {
    if let Some(dml) = state::<super::dml::DmlData>(stmt) {
        return super::dml::execute(interp, session, &dml);
    }
    let Some(q) = super::query::query_of(stmt) else {
        return Err(interp.not_supported("executing anything but select() statements"));
    };
    let orm = orm(interp)?;
    let mut q = (*q).clone();
    q.session = Some(session.clone());
    let rows = orm.run_query(interp, &q)?;
    let names = q
        .entities
        .iter()
        .map(|e| match e {
            super::query::Entity::Mapper { class, .. } => class.name.to_string(),
            super::query::Entity::Expr(e) => e.result_name(),
        })
        .collect();
    Ok(result_value(interp, names, rows, scalars))
}

/// A context manager for a session transaction: commits on success, rolls back on an exception.
pub struct BeginBlock {
    pub session: Value,
    pub close_after: bool,
}

pub fn begin_block(interp: &mut Interp, session: Value, close_after: bool) -> PyResult<Value> {
    let class = native_class(
        interp,
        "SessionTransaction",
        "sqlalchemy.orm",
        &[
            ("__enter__", |i, a| {
                let (b, _, _) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
                Ok(b.session.clone())
            }),
            ("__exit__", |i, a| {
                let (b, _, rest) = receiver::<BeginBlock>(i, a, "SessionTransaction")?;
                let orm = orm(i)?;
                let Some(s) = session_of(&b.session) else { return Ok(Value::Bool(false)) };
                let failed = !matches!(rest.positional.first(), None | Some(Value::None));
                let result = if failed {
                    orm.rollback(&s);
                    Ok(())
                } else {
                    orm.commit(i, &s)
                };
                // A commit that fails (IntegrityError at its flush) rolls the block's transaction back.
                if result.is_err() {
                    orm.rollback(&s);
                }
                if b.close_after {
                    orm.close(&s);
                }
                result?;
                Ok(Value::Bool(false))
            }),
        ],
    );
    Ok(wrap(&class, BeginBlock { session, close_after }))
}

// ---- queries ----

fn with_query(
    interp: &mut Interp,
    args: Args,
    f: impl FnOnce(&mut Interp, &mut QueryData, Args) -> PyResult<()>,
) -> PyResult<Value> {
    let (q, rest) = query_receiver(interp, args)?;
    let mut q = (*q).clone();
    f(interp, &mut q, rest)?;
    Ok(query_value(interp, q))
}

fn filter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        for v in &rest.positional {
            let e = to_expr(i, v, None)?;
            q.criteria.push(e);
        }
        Ok(())
    })
}

fn filter_by(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        let orm = orm(i)?;
        let criteria = orm.filter_by(i, q, &rest.keywords)?;
        q.criteria.extend(criteria);
        Ok(())
    })
}

fn order_by(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        for v in &rest.positional {
            if matches!(v, Value::None) {
                q.order.clear();
                continue;
            }
            let e = super::expr::to_order_expr(i, v)?;
            q.order.push(e);
        }
        Ok(())
    })
}

fn having(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        for v in &rest.positional {
            let e = to_expr(i, v, None)?;
            q.having.push(e);
        }
        Ok(())
    })
}

/// `select(A, B).join_from(A, B)`: FROM the first, joined to the second.
fn join_from(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        let orm = orm(i)?;
        let left = rest.positional.first().cloned().unwrap_or(Value::None);
        let t = orm.from_table_name(i, &left)?;
        q.select_from.push(t);
        let target = rest.positional.get(1).cloned().unwrap_or(Value::None);
        for j in orm.join_to(i, q, &target, rest.positional.get(2))? {
            q.joins.push(j);
        }
        Ok(())
    })
}

fn select_from(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        let orm = orm(i)?;
        for v in &rest.positional {
            let t = orm.from_table_name(i, v)?;
            q.select_from.push(t);
        }
        Ok(())
    })
}

fn group_by(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        for v in &rest.positional {
            let e = super::expr::to_order_expr(i, v)?;
            q.group_by.push(e);
        }
        Ok(())
    })
}

fn count_arg(interp: &Interp, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(Value::None) | None => Ok(None),
        Some(other) => {
            Err(interp.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())))
        }
    }
}

fn join(interp: &mut Interp, args: Args, outer: bool) -> PyResult<Value> {
    with_query(interp, args, |i, q, rest| {
        let orm = orm(i)?;
        let target = rest.positional.first().cloned().unwrap_or(Value::None);
        for mut j in orm.join_to(i, q, &target, rest.positional.get(1))? {
            j.outer = outer;
            q.joins.push(j);
        }
        Ok(())
    })
}

fn run(interp: &mut Interp, args: Args) -> PyResult<(Rc<QueryData>, Vec<Vec<Value>>)> {
    let (q, _) = query_receiver(interp, args)?;
    let orm = orm(interp)?;
    let rows = orm.run_query(interp, &q)?;
    Ok((q, rows))
}

/// A legacy query's item: the object for `query(Model)`, a row (tuple-like) otherwise, even for one
/// column (`query(User.name).all()` is a list of 1-tuples).
fn shape(interp: &mut Interp, q: &QueryData, row: Vec<Value>) -> Value {
    if matches!(q.entities.as_slice(), [super::query::Entity::Mapper { .. }]) {
        return row.into_iter().next().unwrap_or(Value::None);
    }
    let names = q
        .entities
        .iter()
        .map(|e| match e {
            super::query::Entity::Mapper { class, .. } => class.name.to_string(),
            super::query::Entity::Expr(e) => e.result_name(),
        })
        .collect();
    super::result::row_value(interp, names, row)
}

fn all(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rows) = run(interp, args)?;
    let items = rows.into_iter().map(|r| shape(interp, &q, r)).collect();
    Ok(Value::list(items))
}

fn first(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, _) = query_receiver(interp, args)?;
    let mut limited = (*q).clone();
    limited.limit = Some(1);
    let orm = orm(interp)?;
    let rows = orm.run_query(interp, &limited)?;
    Ok(rows.into_iter().next().map_or(Value::None, |r| shape(interp, &q, r)))
}

fn one(interp: &mut Interp, args: Args, or_none: bool) -> PyResult<Value> {
    let (q, rows) = run(interp, args)?;
    let orm = orm(interp)?;
    match rows.len() {
        0 if or_none => Ok(Value::None),
        0 => Err(orm.error(interp, "NoResultFound", "No row was found when one was required")),
        1 => Ok(rows.into_iter().next().map_or(Value::None, |r| shape(interp, &q, r))),
        _ => Err(orm.error(interp, "MultipleResultsFound", "Multiple rows were found when exactly one was required")),
    }
}

fn count(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (_, rows) = run(interp, args)?;
    Ok(Value::Int(rows.len() as i64))
}

fn query_get(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rest) = query_receiver(interp, args)?;
    let orm = orm(interp)?;
    let (Some(session), Some(super::query::Entity::Mapper { registry, mapper, .. })) =
        (q.session.clone(), q.entities.first())
    else {
        return Err(interp.type_error("get() needs a query of one mapped class"));
    };
    orm.get_by_key(interp, &session, registry, *mapper, rest.positional.first().unwrap_or(&Value::None))
}

fn bulk(interp: &mut Interp, args: Args, update: bool) -> PyResult<Value> {
    let (q, rest) = query_receiver(interp, args)?;
    let orm = orm(interp)?;
    let values = if update {
        match rest.positional.first() {
            Some(Value::Dict(d)) => Some(d.borrow().items()),
            _ => return Err(interp.type_error("update() takes a dict of {attribute: value}")),
        }
    } else {
        None
    };
    let synchronize = super::dml::synchronize_flag(interp, &rest)?;
    orm.bulk(interp, &q, values, synchronize).map(Value::Int)
}

/// `query[i]` and `query[a:b]`: LIMIT/OFFSET for plain indexes and slices, Python indexing over all
/// rows otherwise (negative indexes, steps), as SQLAlchemy does.
fn query_getitem(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (q, rest) = query_receiver(interp, args)?;
    let index = rest.positional.first().cloned().unwrap_or(Value::None);
    let orm = orm(interp)?;
    let mut limited = (*q).clone();
    match &index {
        Value::Int(n) if *n >= 0 => {
            limited.offset = Some(limited.offset.unwrap_or(0) + n);
            limited.limit = Some(1);
            let rows = orm.run_query(interp, &limited)?;
            match rows.into_iter().next() {
                Some(r) => Ok(shape(interp, &q, r)),
                None => Err(interp.error("IndexError", "list index out of range")),
            }
        }
        _ => {
            let rows = orm.run_query(interp, &q)?;
            let items: Vec<Value> = rows.into_iter().map(|r| shape(interp, &q, r)).collect();
            interp.get_item(&Value::list(items), &index)
        }
    }
}

fn query_iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let list = all(interp, args)?;
    interp.iter(&list)
}

fn options(interp: &mut Interp, args: Args) -> PyResult<Value> {
    with_query(interp, args, |_, _, _| Ok(()))
}

pub const QUERY_METHODS: &[(&str, Method)] = &[
    ("filter", filter),
    ("where", filter),
    ("filter_by", filter_by),
    ("order_by", order_by),
    ("group_by", group_by),
    ("select_from", select_from),
    ("join_from", join_from),
    ("having", having),
    ("limit", |i, a| {
        with_query(i, a, |i, q, r| {
            q.limit = count_arg(i, r.positional.first())?;
            Ok(())
        })
    }),
    ("offset", |i, a| {
        with_query(i, a, |i, q, r| {
            q.offset = count_arg(i, r.positional.first())?;
            Ok(())
        })
    }),
    ("distinct", |i, a| {
        with_query(i, a, |_, q, _| {
            q.distinct = true;
            Ok(())
        })
    }),
    ("join", |i, a| join(i, a, false)),
    ("outerjoin", |i, a| join(i, a, true)),
    ("options", options),
    ("all", all),
    ("first", first),
    ("one", |i, a| one(i, a, false)),
    ("one_or_none", |i, a| one(i, a, true)),
    // Query.scalar(): like one_or_none() (several rows raise MultipleResultsFound), first column.
    ("scalar", |i, a| {
        let v = one(i, a, true)?;
        Ok(match super::native::state::<super::result::RowData>(&v) {
            Some(row) => row.values.first().cloned().unwrap_or(Value::None),
            None => v,
        })
    }),
    ("count", count),
    ("get", query_get),
    ("update", |i, a| bulk(i, a, true)),
    ("delete", |i, a| bulk(i, a, false)),
    ("__iter__", query_iter),
    ("__getitem__", query_getitem),
];

pub const SELECT_METHODS: &[(&str, Method)] = &[
    ("where", filter),
    ("filter", filter),
    ("filter_by", filter_by),
    ("order_by", order_by),
    ("group_by", group_by),
    ("select_from", select_from),
    ("join_from", join_from),
    ("having", having),
    ("limit", |i, a| {
        with_query(i, a, |i, q, r| {
            q.limit = count_arg(i, r.positional.first())?;
            Ok(())
        })
    }),
    ("offset", |i, a| {
        with_query(i, a, |i, q, r| {
            q.offset = count_arg(i, r.positional.first())?;
            Ok(())
        })
    }),
    ("distinct", |i, a| {
        with_query(i, a, |_, q, _| {
            q.distinct = true;
            Ok(())
        })
    }),
    ("join", |i, a| join(i, a, false)),
    ("outerjoin", |i, a| join(i, a, true)),
    ("options", options),
];

/// `with session.no_autoflush:` turns autoflush off inside the block.
pub fn session_no_autoflush(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (s, _, _) = session_receiver(interp, args)?;
    let class = native_class(
        interp,
        "NoAutoflush",
        "sqlalchemy.orm",
        &[
            ("__enter__", |i, a| {
                let (s, _, _) = receiver::<SessionData>(i, a, "NoAutoflush")?;
                s.autoflush.set(false);
                Ok(Value::None)
            }),
            ("__exit__", |i, a| {
                let (s, _, _) = receiver::<SessionData>(i, a, "NoAutoflush")?;
                s.autoflush.set(true);
                Ok(Value::Bool(false))
            }),
        ],
    );
    Ok(super::native::wrap_rc(&class, s))
}
