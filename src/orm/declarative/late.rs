//! Attributes assigned to a mapped class after its body: `Customer.orders = relationship(Order)`,
//! `Order.note = mapped_column(String(20))`, `Order.code = Column(String)`. SQLAlchemy's declarative
//! metaclass `__setattr__` (`_add_attribute`) maps them as the body would have: a column joins the
//! class's table (and so its CREATE TABLE, INSERTs and SELECTs), a relationship is configured with the
//! others on next use. `column_property(...)` goes to `column_property::add_property`.

use super::*;

impl Orm {
    /// Maps `value` as the attribute `key` of the mapped class, or gives it back when it is not a
    /// mapped construct (the class namespace stores it then).
    pub(super) fn add_late_attribute(
        &self,
        interp: &mut Interp,
        info: &MappedClass,
        key: &str,
        value: Value,
    ) -> Result<PyResult<()>, Value> {
        if let Some(spec) = state::<ColumnSpec>(&value) {
            self.add_late_column(info, key, &spec);
            return Ok(Ok(()));
        }
        if let Some(spec) = state::<RefCell<RelSpec>>(&value) {
            let site = spec.borrow().site;
            let mut reg = info.registry.borrow_mut();
            let Some(mapper) = reg.mappers.get_mut(info.mapper) else { return Err(value) };
            mapper.relationships.retain(|r| r.key != key);
            mapper.relationships.push(Relationship {
                key: key.to_string(),
                spec,
                from_backref: false,
                resolved: None,
                site,
            });
            reg.configured = false;
            return Ok(Ok(()));
        }
        super::super::column_property::add_property(interp, info, key, value)
    }

    /// A column added to the class's table (SQLAlchemy: `Mapper.add_property` + `Table.append_column`).
    fn add_late_column(&self, info: &MappedClass, key: &str, spec: &Rc<ColumnSpec>) {
        let def = self.column_def(key, spec, None);
        let table = {
            let mut reg = info.registry.borrow_mut();
            let Some(mapper) = reg.mappers.get_mut(info.mapper) else { return };
            if !mapper.own_columns.iter().any(|k| k == key) {
                mapper.own_columns.push(key.to_string());
            }
            let table = mapper.table.clone();
            if let Some(t) = reg.tables.get_mut(&table) {
                t.columns.retain(|c| c.key != key);
                t.columns.push(def.clone());
            }
            reg.configured = false;
            table
        };
        *spec.bound.borrow_mut() = Some((table.clone(), def.name.clone()));
        crate::orm::core::bridge::extend_core_table(&info.registry, &table, std::slice::from_ref(&def));
    }
}
