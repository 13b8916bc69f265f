//! The DDL events of one `create_all` / `drop_all` run (see [`crate::orm::core::ddl_events`]): the
//! `MetaData`'s `before_*` / `after_*` once around the run, each table's around its statements, with
//! the keywords SQLAlchemy's `SchemaGenerator` / `SchemaDropper` pass (`checkfirst`, `tables=` for the
//! `MetaData`, `_is_metadata_operation` for a table).

use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::RegistryRef;
use crate::orm::core::ddl_events::{fire, has_listeners, metadata_key, table_key};
use crate::orm::engine::connection::BindTxn;

pub(super) struct DdlRun<'a> {
    registry: &'a RegistryRef,
    bind: &'a BindTxn,
    create: bool,
    checkfirst: bool,
    connection: std::cell::RefCell<Option<Value>>,
}

impl<'a> DdlRun<'a> {
    pub(super) fn new(
        _interp: &mut Interp,
        registry: &'a RegistryRef,
        bind: &'a BindTxn,
        create: bool,
        checkfirst: bool,
    ) -> Self {
        DdlRun { registry, bind, create, checkfirst, connection: Default::default() }
    }

    fn event(&self, before: bool) -> &'static str {
        match (self.create, before) {
            (true, true) => "before_create",
            (true, false) => "after_create",
            (false, true) => "before_drop",
            (false, false) => "after_drop",
        }
    }

    /// The `Connection` handed to listeners: one for the run, in the run's transaction.
    fn connection(&self, interp: &mut Interp) -> Value {
        if let Some(c) = self.connection.borrow().clone() {
            return c;
        }
        let c = crate::orm::engine::connection::borrowed_connection(
            interp,
            self.bind.engine.clone(),
            self.bind.txn.clone(),
        );
        *self.connection.borrow_mut() = Some(c.clone());
        c
    }

    /// The `MetaData`'s event around the run (`tables=` the tables created or dropped).
    pub(super) fn metadata(&self, interp: &mut Interp, before: bool, tables: &[String]) -> PyResult<()> {
        let key = metadata_key(self.registry);
        if !has_listeners(interp, key) {
            return Ok(());
        }
        let target = crate::orm::orm(interp)?.metadata_object(interp, self.registry.clone());
        let mut objects = Vec::new();
        for name in tables {
            if let Some(t) = crate::orm::core::bridge::table_value(interp, self.registry, name) {
                objects.push(t);
            }
        }
        let connection = self.connection(interp);
        let keywords =
            vec![("tables".into(), Value::list(objects)), ("checkfirst".into(), Value::Bool(self.checkfirst))];
        fire(interp, key, self.event(before), &target, &connection, keywords)
    }

    /// A table's event around its statements.
    pub(super) fn table(&self, interp: &mut Interp, name: &str, before: bool) -> PyResult<()> {
        let Some(from) = crate::orm::core::bridge::core_table(self.registry, name) else { return Ok(()) };
        let key = table_key(&from);
        if !has_listeners(interp, key) {
            return Ok(());
        }
        let target = crate::orm::core::bridge::table_object(interp, from);
        let connection = self.connection(interp);
        let keywords = vec![
            ("checkfirst".into(), Value::Bool(self.checkfirst)),
            ("_is_metadata_operation".into(), Value::Bool(true)),
        ];
        fire(interp, key, self.event(before), &target, &connection, keywords)
    }
}
