//! `composite()` in a declarative class body: the property (`orm/py/descriptor_props.py`) names its
//! class and its column arguments; declarative adds the `mapped_column()`s among them to the table
//! at the composite's place (named after the dataclass field when unnamed, typed and made NOT NULL
//! from the field's annotation, as SQLAlchemy's `declarative_scan_for_composite` does), finds the
//! attribute keys of the others (a column of the class body, an attribute name), and tells the
//! property its key, its class and those keys. The mapper keeps the keys so expiry can drop the
//! cached composite value with its columns.

use super::*;

/// A composite of a mapper: its attribute key and the attribute keys of its columns.
#[derive(Clone, Debug)]
pub struct CompositeDef {
    pub key: String,
    pub columns: Vec<String>,
}

/// Whether a class-body value is a `composite()` property.
pub(super) fn is_composite(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if matches!(i.class.lookup("_ormplay_composite"), Some(Value::Bool(true))))
}

/// A column a composite adds to the table: its key, its spec (the composite's `mapped_column()`),
/// the dataclass field's annotation.
pub(super) type NewColumn = (String, Rc<ColumnSpec>, Option<Value>);

impl Orm {
    /// Prepares the composite `prop` at `key` of `class`: the columns it adds and its definition.
    /// `scanned` are the class's attributes, to find columns of the body passed as arguments.
    pub(super) fn scan_composite(
        &self,
        interp: &mut Interp,
        class: &Rc<Class>,
        key: &str,
        prop: &Value,
        annotation: Option<Value>,
        scanned: &[ScannedAttribute],
    ) -> PyResult<(CompositeDef, Vec<NewColumn>)> {
        let prepare = interp.get_attr(prop, "_ormplay_prepare")?;
        let args = vec![Value::Class(class.clone()), Value::str(key), annotation.unwrap_or(Value::None)];
        let entries = interp.call(&prepare, Args::positional(args))?;
        let entries = interp.collect(&entries)?;
        let mut keys = Vec::new();
        let mut new_columns = Vec::new();
        for entry in entries {
            let parts = interp.collect(&entry)?;
            let [attr, param, param_annotation] = parts.as_slice() else { continue };
            if let Value::Str(name) = attr {
                keys.push(name.to_string());
                continue;
            }
            if let Some(spec) = state::<ColumnSpec>(attr) {
                let in_body = scanned.iter().find(|(_, v, _)| v.as_ref().is_some_and(|v| v.is(attr)));
                if let Some((body_key, _, _)) = in_body {
                    keys.push(body_key.clone());
                    continue;
                }
                let name = spec.name.clone().or_else(|| as_str(param));
                let Some(name) = name else {
                    return Err(self.error(
                        interp,
                        SaExc::ArgumentError,
                        "Composite class column arguments must be named unless a dataclass is used".to_string(),
                    ));
                };
                let annotation = Some(param_annotation.clone()).filter(|a| !matches!(a, Value::None));
                keys.push(name.clone());
                new_columns.push((name, spec, annotation));
                continue;
            }
            // A mapped attribute of another class (`composite(Point, Other.x, ...)`): its key.
            if let Ok(Value::Str(k)) = interp.get_attr(attr, "key") {
                keys.push(k.to_string());
                continue;
            }
            let text = interp.repr(attr)?;
            return Err(self.error(
                interp,
                SaExc::ArgumentError,
                format!(
                    "Composite expects Column objects or mapped attributes/attribute names as arguments, got: {text}"
                ),
            ));
        }
        interp.set_attr(prop, "parent", Value::Class(class.clone()))?;
        let key_values = keys.iter().map(|k| Value::str(k)).collect();
        interp.set_attr(prop, "_attribute_keys", Value::list(key_values))?;
        Ok((CompositeDef { key: key.to_string(), columns: keys }, new_columns))
    }
}

/// The composites of a mapper and of the mappers it inherits.
pub fn composites_of(reg: &Registry, mapper: usize) -> Vec<CompositeDef> {
    let mut out = Vec::new();
    let mut at = Some(mapper);
    while let Some(m) = at.and_then(|i| reg.mappers.get(i)) {
        out.extend(m.composites.iter().cloned());
        at = m.inherits;
    }
    out
}

/// Drops the cached composite values of `inst` whose columns are among `keys` (all when `None`):
/// SQLAlchemy's expire handler, and its after-insert/update one (`keys` None).
pub fn forget_composites(inst: &Rc<Instance>, composites: &[CompositeDef], keys: Option<&[String]>) {
    for c in composites {
        if keys.is_none_or(|ks| c.columns.iter().any(|k| ks.contains(k))) {
            inst.dict.borrow_mut().shift_remove(c.key.as_str());
        }
    }
}
