//! Mapping a class to a `Table` that already exists: declarative with an imperative table
//! (`__table__ = Table("user", Base.metadata, Column(...), ...)`, also a reflected
//! `Table(..., autoload_with=engine)`) and `registry.map_imperatively(User, user_table, properties=)`.
//!
//! The table's columns become the class's attributes, keyed by column name unless a property names
//! one under another key (`address_id = address_table.c.id`, `column_property(t.c.x)`);
//! `exclude_properties` / `include_properties` leave columns unmapped (the INSERT then leaves them
//! out, as SQLAlchemy's mapper does). A table of another `MetaData` is adopted by the class's
//! registry as the same Core `Table` object, so `user_table.c.id` and `User.id` name one column.

use super::*;
use crate::orm::column_property::ExprPropSpec;
use crate::orm::core::from_obj::FromObj;
use crate::sql::elements::Expr;
use crate::sql::selectable::FromRef;

/// `__mapper_args__` (or `map_imperatively()`'s keywords) as they apply to a given table.
pub(crate) struct TableArgs {
    pub mapper_args: super::super::inheritance::MapperArgs,
    /// `exclude_properties`: column names (or keys) left unmapped.
    pub exclude: Option<Vec<String>>,
    /// `include_properties`: the only columns mapped.
    pub include: Option<Vec<String>>,
}

impl TableArgs {
    pub(crate) fn of(dict: &crate::eval::value::Namespace, mapper_args: super::super::inheritance::MapperArgs) -> Self {
        let listed = |name: &str| match dict.get("__mapper_args__") {
            Some(Value::Dict(d)) => d.borrow().get(&crate::eval::dict::Key::Str(Rc::from(name))).map(names_in),
            _ => None,
        };
        TableArgs { mapper_args, exclude: listed("exclude_properties"), include: listed("include_properties") }
    }

    fn maps(&self, column: &ColumnDef) -> bool {
        let named = |list: &Vec<String>| list.iter().any(|n| *n == column.name || *n == column.key);
        self.exclude.as_ref().is_none_or(|l| !named(l)) && self.include.as_ref().is_none_or(named)
    }
}

/// The names in an `exclude_properties` / `include_properties` collection: strings or columns.
pub(crate) fn names_in(v: &Value) -> Vec<String> {
    let items: Vec<Value> = match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        Value::Set(s) => s.borrow().values(),
        other => vec![other.clone()],
    };
    items.iter().filter_map(|i| as_str(i).or_else(|| column_of(i).map(|(_, name)| name))).collect()
}

/// A Core column object (`user_table.c.id`, or a `Column` attached to a table): its table and name.
fn column_of(v: &Value) -> Option<(Option<FromRef>, String)> {
    if let Some(e) = state::<crate::orm::core::expr_obj::ExprObj>(v)
        && let Expr::Column(c) = &*e.expr
    {
        return Some((c.table.clone(), c.col.name.text()));
    }
    let spec = state::<ColumnSpec>(v)?;
    let bound = spec.bound.borrow().clone();
    bound.map(|(_, name)| (None, name))
}

impl Orm {
    /// Maps `class` to the Core table `table`, with `properties` (key, value, annotation) from the
    /// class body or `properties=`; returns the new mapper's index.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn map_to_table(
        &self,
        interp: &mut Interp,
        class: &Rc<Class>,
        registry: &RegistryRef,
        table: &Value,
        properties: Vec<ScannedAttribute>,
        args: TableArgs,
        inherits: Option<usize>,
    ) -> PyResult<usize> {
        let Some(from) = state::<FromObj>(table).map(|f| f.from.clone()) else {
            let shown = interp.repr(table)?;
            return Err(self.error(
                interp,
                SaExc::ArgumentError,
                format!("Mapper for class {} needs a Table to map, got {shown}", class.name),
            ));
        };
        let Some(t) = from.table() else {
            return Err(self.error(
                interp,
                SaExc::InvalidRequestError,
                format!("ormplay cannot map class {} against a join or a subquery yet: map it to a Table", class.name),
            ));
        };
        let name = t.name.clone();
        self.adopt_table(interp, registry, &from, &name)?;
        let mut renames: Vec<(String, String, Option<super::super::mapper::Deferral>)> = Vec::new();
        let mut relationships = Vec::new();
        let mut expressions = Vec::new();
        for (key, value, annotation) in properties {
            let Some(value) = value else { continue };
            if let Some(spec) = state::<RefCell<RelSpec>>(&value) {
                let inner = annotation.as_ref().and_then(|a| self.mapped_inner(a));
                relationships.push(relationship_from(interp, &key, spec, annotation.as_ref(), inner.as_ref()));
                continue;
            }
            if let Some(spec) = state::<ExprPropSpec>(&value) {
                // `column_property(table.c.x)`: the column itself under this key.
                match &*spec.expr {
                    Expr::Column(c) if c.table.as_ref().is_some_and(|f| Rc::ptr_eq(f, &from)) => {
                        renames.push((key, c.col.name.text(), spec.deferred.clone()));
                    }
                    _ => expressions.push((key, spec)),
                }
                continue;
            }
            if let Some((table, column)) = column_of(&value) {
                let ours = match &table {
                    Some(f) => Rc::ptr_eq(f, &from),
                    None => state::<ColumnSpec>(&value)
                        .is_some_and(|s| s.bound.borrow().as_ref().is_some_and(|(t, _)| *t == name)),
                };
                if ours {
                    renames.push((key, column, None));
                    continue;
                }
                if state::<ColumnSpec>(&value).is_some() {
                    return Err(self.error(
                        interp,
                        SaExc::ArgumentError,
                        format!("Can't add additional column '{key}' when specifying __table__"),
                    ));
                }
            }
        }
        let mut reg = registry.borrow_mut();
        let mapper_index = reg.mappers.len();
        let Some(def) = reg.tables.get_mut(&name) else {
            return Err(interp.error(crate::eval::ExcType::KeyError, format!("'{name}'")));
        };
        def.columns.retain(|c| args.maps(c));
        for (key, column, deferred) in &renames {
            if let Some(c) = def.columns.iter_mut().find(|c| c.name == *column) {
                c.key = key.clone();
                if deferred.is_some() {
                    c.deferred = deferred.clone();
                }
            }
        }
        let pk_count = def.columns.iter().filter(|c| c.primary_key).count();
        if pk_count == 0 {
            drop(reg);
            return Err(self.error(
                interp,
                SaExc::ArgumentError,
                format!(
                    "Mapper Mapper[{}({name})] could not assemble any primary key columns for mapped table '{name}'",
                    class.name
                ),
            ));
        }
        for c in &mut def.columns {
            c.autoincrement = c.primary_key && pk_count == 1 && c.ty.is_integer() && c.foreign_key.is_none();
        }
        if def.mapper.is_none() {
            def.mapper = Some(mapper_index);
        }
        let own_columns = def.columns.iter().map(|c| c.key.clone()).collect();
        let site = Some(interp.call_site());
        let mapper = Mapper::new(class, name.clone(), site, inherits, relationships, own_columns, args.mapper_args);
        reg.mappers.push(mapper);
        reg.configured = false;
        drop(reg);
        let props = crate::orm::column_property::bind_properties(registry, &name, &[], expressions);
        if let Some(m) = registry.borrow_mut().mappers.get_mut(mapper_index) {
            m.expressions = props;
        }
        *class.native.borrow_mut() = Some(Rc::new(MappedClass { registry: registry.clone(), mapper: mapper_index }));
        if class.hooks().is_none() {
            let orm = crate::orm::orm(interp)?;
            class.set_hooks(Rc::new(Declarative { orm: Rc::downgrade(&orm) }));
        }
        Ok(mapper_index)
    }

    /// Makes a table of another `MetaData` (a Core `MetaData()` beside `registry()`) known to
    /// `registry` as the same Core object.
    fn adopt_table(&self, interp: &mut Interp, registry: &RegistryRef, from: &FromRef, name: &str) -> PyResult<()> {
        let core = crate::orm::core::bridge::core_metadata(registry);
        if !registry.borrow().tables.contains_key(name) {
            let md = from.table().and_then(|t| t.metadata());
            let owner = self
                .registries
                .borrow()
                .iter()
                .find(|r| md.as_ref().is_some_and(|md| Rc::ptr_eq(&r.borrow().core, md)))
                .cloned();
            let def = owner.and_then(|o| o.borrow().tables.get(name).cloned());
            let Some(def) = def else {
                return Err(self.error(
                    interp,
                    SaExc::InvalidRequestError,
                    format!("Table '{name}' is not in a MetaData this run knows"),
                ));
            };
            registry.borrow_mut().tables.insert(name.to_string(), def);
        }
        if core.table(name).is_none() {
            core.tables.borrow_mut().insert(name.to_string(), from.clone());
        }
        Ok(())
    }
}
