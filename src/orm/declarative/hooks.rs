//! The hooks every declarative class inherits from its base: a new subclass is mapped
//! ([`Orm::map_class`]), instance and class attribute access goes through the ORM (`attributes.rs`),
//! and mapped classes get the keyword constructor and the mapper configuration on first construction.

use super::*;

impl ClassHooks for Declarative {
    fn class_created(&self, interp: &mut Interp, class: &Rc<Class>) -> PyResult<()> {
        let is_new_base =
            class.bases.iter().any(|b| b.native.borrow().as_ref().is_some_and(|n| n.is::<DeclarativeRoot>()));
        if is_new_base {
            // `registry = reg` in the body names the registry to use.
            let mut given = class.dict.borrow().get("registry").and_then(crate::orm::registry_obj::registry_in);
            // `metadata = MetaData(naming_convention=...)` in the body: the base's tables go there.
            if given.is_none() {
                let md = class.dict.borrow().get("metadata").cloned();
                given = md.and_then(|m| crate::orm::core::bridge::registry_of_metadata(&m).map(|r| (r, Some(m))));
            }
            let registry: RegistryRef = match &given {
                Some((r, _)) => r.clone(),
                None => Rc::new(RefCell::new(Registry::default())),
            };
            self.orm(interp)?.install_base(interp, class, registry);
            if let Some((_, Some(md))) = given {
                class.dict.borrow_mut().insert(Name::from("metadata"), md);
            }
            return Ok(());
        }
        if let Some(v) = class.dict.borrow().get("__abstract__")
            && matches!(v, Value::Bool(true))
        {
            return Ok(());
        }
        let Some(registry) = registry_of(class) else { return Ok(()) };
        self.orm(interp)?.map_class(interp, class, &registry)
    }

    fn get_attr(&self, interp: &mut Interp, instance: &Rc<Instance>, name: &str) -> Option<PyResult<Value>> {
        let info = mapped(&instance.class)?;
        let orm = match self.orm(interp) {
            Ok(orm) => orm,
            Err(e) => return Some(Err(e)),
        };
        // `self.__table__` / `self.__mapper__` reach the class's (to_dict helpers use them).
        if matches!(name, "__table__" | "__mapper__") {
            return orm.class_attribute(interp, &instance.class, &info, name);
        }
        if name == "_sa_instance_state" {
            return Some(crate::orm::inspection::instance::state_value(interp, instance));
        }
        orm.instance_get(interp, instance, &info, name)
    }

    fn dict_entries(&self, interp: &mut Interp, instance: &Rc<Instance>) -> Vec<(&'static str, Value)> {
        if mapped(&instance.class).is_none() {
            return Vec::new();
        }
        match crate::orm::inspection::instance::state_value(interp, instance) {
            Ok(state) => vec![("_sa_instance_state", state)],
            Err(_) => Vec::new(),
        }
    }

    fn set_attr(
        &self,
        interp: &mut Interp,
        instance: &Rc<Instance>,
        name: &Name,
        value: Value,
    ) -> Result<PyResult<()>, Value> {
        let Some(info) = mapped(&instance.class) else { return Err(value) };
        match self.orm(interp) {
            Ok(orm) => orm.instance_set(interp, instance, &info, name, value),
            Err(e) => Ok(Err(e)),
        }
    }

    fn set_class_attr(
        &self,
        interp: &mut Interp,
        class: &Rc<Class>,
        name: &str,
        value: Value,
    ) -> Result<PyResult<()>, Value> {
        let Some(info) = mapped(class) else { return Err(value) };
        match self.orm(interp) {
            Ok(orm) => orm.add_late_attribute(interp, &info, name, value),
            Err(e) => Ok(Err(e)),
        }
    }

    fn before_init(&self, interp: &mut Interp, instance: &Rc<Instance>) -> PyResult<()> {
        let Some(info) = mapped(&instance.class) else { return Ok(()) };
        let orm = self.orm(interp)?;
        orm.configure(interp, &info.registry)?;
        orm.set_polymorphic_identity(interp, &info, instance)
    }

    fn default_init(&self, interp: &mut Interp, instance: &Rc<Instance>, args: Args) -> Option<PyResult<()>> {
        let info = mapped(&instance.class)?;
        let orm = match self.orm(interp) {
            Ok(orm) => orm,
            Err(e) => return Some(Err(e)),
        };
        if let Err(e) = orm.configure(interp, &info.registry) {
            return Some(Err(e));
        }
        if let Some(first) = args.positional.first() {
            let _ = first;
            return Some(Err(interp.type_error(format!(
                "__init__() takes 1 positional argument but {} were given",
                args.positional.len() + 1
            ))));
        }
        let args = match orm.fire_init(interp, instance, args) {
            Ok(args) => args,
            Err(e) => return Some(Err(e)),
        };
        if let Err(e) = orm.set_polymorphic_identity(interp, &info, instance) {
            return Some(Err(e));
        }
        let value = Value::Instance(instance.clone());
        for (key, v) in args.keywords {
            let has = instance.class.lookup(&key).is_some() || {
                let info = mapped(&instance.class);
                info.is_some_and(|i| {
                    let reg = i.registry.borrow();
                    reg.column_by_key(i.mapper, &key).is_some() || reg.relationship_of(i.mapper, &key).is_some()
                })
            };
            if !has {
                return Some(Err(
                    interp.type_error(format!("'{key}' is an invalid keyword argument for {}", instance.class.name))
                ));
            }
            if let Err(e) = interp.set_attr(&value, &key, v) {
                return Some(Err(e));
            }
        }
        Some(Ok(()))
    }

    fn get_class_attr(&self, interp: &mut Interp, class: &Rc<Class>, name: &str) -> Option<PyResult<Value>> {
        let info = mapped(class)?;
        match self.orm(interp) {
            Ok(orm) => orm.class_attribute(interp, class, &info, name),
            Err(e) => Some(Err(e)),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
