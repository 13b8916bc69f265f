//! `MetaData` and `Table` objects: `Base.metadata.create_all(engine)`, association tables, and
//! the `Table` a mapped class exposes as `__table__`.

use super::*;
use crate::eval::ExcType;
use crate::orm::SaExc;
use crate::orm::engine::connection::{BindTxn, bind_txn};

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
    ("__repr__", |_, _| Ok(Value::str("MetaData()"))),
    ("reflect", |i, a| {
        let (_, this, rest) = receiver::<MetaDataObj>(i, a, "MetaData")?;
        crate::orm::inspection::metadata_reflect(i, &this, &rest)
    }),
    ("__getattr__", |i, a| {
        let (m, _, rest) = receiver::<MetaDataObj>(i, a, "MetaData")?;
        let name = rest.positional.first().and_then(as_str).unwrap_or_default();
        let md = crate::orm::core::bridge::core_metadata(&m.registry);
        let table_names: Vec<String> = m.registry.borrow().tables.keys().cloned().collect();
        for t in table_names {
            crate::orm::core::bridge::core_table(&m.registry, &t);
        }
        match name.as_str() {
            "tables" => crate::orm::core::schema_obj::metadata_tables(i, &md, false),
            "sorted_tables" => crate::orm::core::schema_obj::metadata_tables(i, &md, true),
            "naming_convention" => Ok(naming_convention(&md)),
            _ => Err(i.error(ExcType::AttributeError, format!("'MetaData' object has no attribute '{name}'"))),
        }
    }),
];

impl Orm {
    pub fn metadata_object(&self, interp: &mut Interp, registry: RegistryRef) -> Value {
        let class = native_class(interp, "MetaData", "sqlalchemy", METADATA_METHODS);
        if !self.registries.borrow().iter().any(|r| Rc::ptr_eq(r, &registry)) {
            self.registries.borrow_mut().push(registry.clone());
        }
        wrap(interp, &class, MetaDataObj { registry })
    }

    pub fn table_object(&self, interp: &mut Interp, info: &crate::orm::mapper::MappedClass) -> Value {
        let name = info.registry.borrow().mappers[info.mapper].table.clone();
        crate::orm::core::bridge::table_value(interp, &info.registry, &name).unwrap_or(Value::None)
    }

    /// `Table("name", metadata, Column(...), ...)`: an association (or plain) table.
    pub fn table(&self, interp: &mut Interp, args: Args) -> PyResult<Value> {
        let Some(Value::Str(name)) = args.positional.first() else {
            return Err(self.error(interp, SaExc::ArgumentError, "Table() needs a name as its first argument"));
        };
        let Some(metadata) = args.positional.get(1).and_then(state::<MetaDataObj>) else {
            return Err(self.error(
                interp,
                SaExc::ArgumentError,
                "Table() needs the MetaData as its second argument (Base.metadata)",
            ));
        };
        let mut columns = Vec::new();
        let mut unique_sets = Vec::new();
        let mut checks = Vec::new();
        for a in &args.positional[2..] {
            if let Some(spec) = state::<ColumnSpec>(a) {
                let Some(col_name) = spec.name.clone() else {
                    return Err(self.error(
                        interp,
                        SaExc::ArgumentError,
                        format!("a Column in Table('{name}') needs a name: Column(\"name\", ...)"),
                    ));
                };
                let foreign_key = spec
                    .foreign_key
                    .as_ref()
                    .and_then(|t| t.split_once('.'))
                    .map(|(t, c)| (t.to_string(), c.to_string()));
                columns.push(crate::orm::mapper::ColumnDef {
                    name: col_name.clone(),
                    key: col_name,
                    core_key: None,
                    ty: spec.ty.clone().unwrap_or(crate::orm::schema::SqlType::Integer),
                    type_text: spec.type_text.clone().unwrap_or_else(|| "Integer".into()),
                    primary_key: spec.primary_key,
                    nullable: spec.nullable.unwrap_or(!spec.primary_key),
                    unique: spec.unique,
                    index: spec.index,
                    default: spec.default.clone(),
                    server_default: spec.server_default.clone(),
                    server_default_clause: spec.core.borrow().as_ref().and_then(|c| c.schema.server_default.clone()),
                    onupdate: spec.onupdate.clone(),
                    server_onupdate: spec.server_onupdate,
                    foreign_key,
                    ondelete: spec.ondelete.clone(),
                    foreign_key_options: spec
                        .core
                        .borrow()
                        .as_ref()
                        .and_then(|c| c.schema.foreign_keys.first().cloned()),
                    given_type: spec.core.borrow().as_ref().filter(|c| c.type_given).map(|c| c.ty.clone()),
                    computed: spec.core.borrow().as_ref().and_then(|c| c.schema.computed.clone()),
                    autoincrement: false,
                    site: spec.site,
                    deferred: spec.deferred.clone(),
                    checks: spec.core.borrow().as_ref().map(|c| c.schema.checks.clone()).unwrap_or_default(),
                });
            } else if let Some(u) = state::<crate::orm::schema::UniqueSpec>(a) {
                unique_sets.push(u.columns.clone());
            } else if let Some(c) = state::<crate::orm::core::schema_obj::ConstraintObj>(a)
                && let crate::sql::schema::Constraint::Check { .. } = &c.0
            {
                checks.push((unique_sets.len(), c.0.clone()));
            }
        }
        let mut reg = metadata.registry.borrow_mut();
        if reg.tables.contains_key(&**name) {
            return Err(self.error(
                interp,
                SaExc::InvalidRequestError,
                format!("Table '{name}' is already defined for this MetaData instance.  Specify 'extend_existing=True' to redefine options and columns on an existing Table object."),
            ));
        }
        let site = Some(interp.call_site());
        let def = TableDef {
            name: name.to_string(),
            columns,
            mapper: None,
            unique_sets,
            checks,
            indexes: Vec::new(),
            sqlite_autoincrement: false,
            site,
        };
        reg.tables.insert(name.to_string(), def.clone());
        drop(reg);
        let class = native_class(interp, "Table", "sqlalchemy", &[("__repr__", table_repr)]);
        let v = wrap(interp, &class, TableRef { name: name.to_string() });
        if let Value::Instance(inst) = &v {
            inst.dict.borrow_mut().insert(Name::from("name"), Value::Str(name.clone()));
        }
        crate::orm::columns::attach_columns(interp, &v, &def);
        Ok(v)
    }

    /// `metadata.create_all(engine, tables=None, checkfirst=True)` / `drop_all(...)`.
    fn create_all(&self, interp: &mut Interp, registry: &RegistryRef, args: &Args, create: bool) -> PyResult<Value> {
        let Some(bind) = arg(args, 0, "bind").as_ref().and_then(bind_txn) else {
            return Err(self.error(
                interp,
                SaExc::ArgumentError,
                "create_all() needs an Engine or a Connection: Base.metadata.create_all(engine)",
            ));
        };
        let only = match arg(args, 1, "tables") {
            None | Some(Value::None) => None,
            Some(tables) => Some(super::table_ddl::table_names(interp, &tables)?),
        };
        let checkfirst = match arg(args, 2, "checkfirst") {
            Some(v) => interp.truthy(&v)?,
            None => true,
        };
        self.run_ddl(interp, registry, &bind, only.as_deref(), create, checkfirst)
    }

    /// CREATE (or DROP) of the registry's tables, or of `only` those, in dependency order; with
    /// `checkfirst`, only the tables the database lacks (or has).
    pub(crate) fn run_ddl(
        &self,
        interp: &mut Interp,
        registry: &RegistryRef,
        bind: &BindTxn,
        only: Option<&[String]>,
        create: bool,
        checkfirst: bool,
    ) -> PyResult<Value> {
        let engine = bind.engine.clone();
        let reg = registry.borrow();
        // SQLAlchemy resolves every ForeignKey while sorting the tables: one naming a missing table or
        // column fails the whole create_all before any table is created.
        if let Some(bad) = crate::orm::references::unresolved(&reg).into_iter().next().filter(|_| create) {
            return Err(self.error(interp, bad.class, bad.message));
        }
        let defined: Vec<String> =
            reg.tables.keys().filter(|t| only.is_none_or(|only| only.contains(t))).cloned().collect();
        drop(reg);
        // `checkfirst`: SQLAlchemy asks the dialect's `has_table` for every table, in definition order,
        // inside the engine's own transaction (`engine.begin()`), which commits at the end; given a
        // Connection, inside its transaction (autobegun), left open.
        if bind.txn.is_open() {
            engine.next_group();
        } else {
            engine.begin(&bind.txn);
        }
        let mut existing = Vec::new();
        for name in &defined {
            if if checkfirst { self.has_table(interp, &engine, name)? } else { !create } {
                existing.push(name.clone());
            }
        }
        let reg = registry.borrow();
        let order = crate::orm::ddl::create_order(&reg, self.log_sink.tables_by_key.get());
        // Each table's statements (its CREATE and indexes, or its DROP), for the DDL events around them.
        let statements: Vec<(String, Vec<String>)> = if create {
            let names: Vec<String> = order
                .into_iter()
                .filter(|t| defined.contains(&t.name) && !existing.contains(&t.name))
                .map(|t| t.name.clone())
                .collect();
            drop(reg);
            // Rendered from the Core tables (what `CreateTable` prints), with their `Index` objects.
            let mut out = Vec::new();
            for name in &names {
                let Some(from) = crate::orm::core::bridge::core_table(registry, name) else { continue };
                let sqlite = crate::sql::compiler::Dialect::Sqlite;
                let ddl = crate::sql::compiler::ddl::create_table(sqlite, &from);
                let mut texts = vec![ddl.map_err(|e| self.error(interp, SaExc::CompileError, e.message))?];
                if let Some(t) = from.table() {
                    let indexes = crate::sql::compiler::ddl::table_indexes(&from);
                    for ix in indexes.map_err(|e| self.error(interp, SaExc::CompileError, e.message))? {
                        let ddl = crate::sql::compiler::ddl::create_index(sqlite, t, &ix);
                        texts.push(ddl.map_err(|e| self.error(interp, SaExc::CompileError, e.message))?);
                    }
                }
                out.push((name.clone(), texts));
            }
            out
        } else {
            let drops = order
                .into_iter()
                .rev()
                .filter(|t| existing.contains(&t.name))
                .map(|t| (t.name.clone(), vec![format!("\nDROP TABLE {}", crate::orm::ddl::quote_name(&t.name))]))
                .collect::<Vec<_>>();
            drop(reg);
            drops
        };
        let events = super::ddl_run_events::DdlRun::new(interp, registry, bind, create, checkfirst);
        let names: Vec<String> = statements.iter().map(|(name, _)| name.clone()).collect();
        events.metadata(interp, true, &names)?;
        for (name, texts) in statements {
            events.table(interp, &name, true)?;
            for sql in texts {
                let compiled = crate::sql::Compiled {
                    text: sql,
                    params: Vec::new(),
                    kind: crate::sql::StatementKind::Ddl,
                    cache: crate::sql::CacheStat::NoKey,
                    columns: Vec::new(),
                };
                self.run_compiled(interp, &engine, &compiled, crate::orm::Phase::Ddl)?;
            }
            events.table(interp, &name, false)?;
        }
        events.metadata(interp, false, &names)?;
        if bind.owned {
            engine.commit(&bind.txn).map_err(|error| {
                let e = crate::orm::engine::StatementError {
                    error,
                    sql: "COMMIT".into(),
                    params: crate::orm::engine::Params::Single(Vec::new()),
                };
                self.statement_error(interp, &e)
            })?;
        }
        Ok(Value::None)
    }

    /// The SQLite dialect's `has_table`: `PRAGMA main.table_info("t")`, then the temp schema's when
    /// main has no such table; both logged as raw SQL.
    fn has_table(&self, interp: &mut Interp, engine: &Rc<crate::orm::engine::Engine>, name: &str) -> PyResult<bool> {
        let quoted = crate::sql::compiler::quoting::force_quote(crate::sql::compiler::Dialect::Sqlite, name);
        for schema in ["main", "temp"] {
            let compiled = crate::sql::Compiled {
                text: format!("PRAGMA {schema}.table_info({quoted})"),
                params: Vec::new(),
                kind: crate::sql::StatementKind::Text,
                cache: crate::sql::CacheStat::RawSql,
                columns: Vec::new(),
            };
            let done = self.run_compiled(interp, engine, &compiled, crate::orm::Phase::Ddl)?;
            if done.iter().any(|d| !d.rows.is_empty()) {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

fn table_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (t, _, _) = receiver::<TableRef>(interp, args, "Table")?;
    Ok(Value::str(&format!("Table('{}', MetaData(), ...)", t.name)))
}

/// `MetaData.naming_convention`: the templates given, by kind (`"pk"`, `"ix"`, ...; constraint
/// classes given as keys read as their kind), or SQLAlchemy's default, which names indexes only.
fn naming_convention(md: &crate::sql::schema::MetaData) -> Value {
    let given = md.naming_convention.borrow().clone();
    let entries = if given.is_empty() { vec![("ix".to_string(), "ix_%(column_0_label)s".to_string())] } else { given };
    let mut dict = crate::eval::dict::Dict::new();
    for (kind, template) in entries {
        let key: std::rc::Rc<str> = std::rc::Rc::from(kind.as_str());
        dict.insert(crate::eval::dict::Key::Str(key.clone()), Value::Str(key), Value::str(&template));
    }
    Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(dict)))
}
