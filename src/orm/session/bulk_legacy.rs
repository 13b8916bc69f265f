//! The legacy bulk methods of `Session` (SQLAlchemy 1.x, still in 2.x): `bulk_insert_mappings`,
//! `bulk_update_mappings` and `bulk_save_objects`. As in SQLAlchemy 2.x they are the ORM-enabled
//! bulk INSERT / UPDATE-by-primary-key (`session.execute(insert(User), [...])`): one statement per
//! run of mappings with the same keys, Python-side defaults applied, and the objects given to
//! `bulk_save_objects` are not attached to the session (their keys stay unset).

use crate::eval::dict::Dict;
use crate::eval::value::{Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::declarative::mapped;
use crate::orm::state::existing_state;
use std::cell::RefCell;
use std::rc::Rc;

pub const BULK_METHODS: [(&str, crate::orm::native::Method); 3] = [
    ("bulk_insert_mappings", |i, a| bulk_mappings(i, a, "insert")),
    ("bulk_update_mappings", |i, a| bulk_mappings(i, a, "update")),
    ("bulk_save_objects", bulk_save_objects),
];

/// `session.bulk_insert_mappings(User, [{...}, ...])` / `bulk_update_mappings`.
fn bulk_mappings(interp: &mut Interp, args: Args, kind: &str) -> PyResult<Value> {
    let mut positional = args.positional.into_iter();
    let (Some(session), Some(mapper), Some(mappings)) = (positional.next(), positional.next(), positional.next())
    else {
        return Err(
            interp.type_error(format!("bulk_{kind}_mappings() missing required arguments: 'mapper' and 'mappings'"))
        );
    };
    let mappings = interp.collect(&mappings)?;
    execute_groups(interp, &session, &mapper, kind, mappings, &[])?;
    Ok(Value::None)
}

/// Runs `session.execute(insert(mapper) / update(mapper), group)` for each run of mappings with the
/// same keys. `returning`: attribute keys an INSERT returns (ordered as the mappings), one row per
/// mapping in the result.
fn execute_groups(
    interp: &mut Interp,
    session: &Value,
    mapper: &Value,
    kind: &str,
    mappings: Vec<Value>,
    returning: &[String],
) -> PyResult<Vec<Value>> {
    let sqlalchemy = interp.import_module("sqlalchemy")?;
    let builder = interp.get_attr(&sqlalchemy, kind)?;
    let mut groups: Vec<(Vec<String>, Vec<Value>)> = Vec::new();
    for m in mappings {
        let keys = match &m {
            Value::Dict(d) => d.borrow().keys().iter().map(|k| interp.repr(k)).collect::<PyResult<Vec<_>>>()?,
            other => return Err(interp.type_error(format!("mappings must be dictionaries, not {}", other.type_name()))),
        };
        match groups.last_mut() {
            Some((last, items)) if *last == keys => items.push(m),
            _ => groups.push((keys, vec![m])),
        }
    }
    let mut rows = Vec::new();
    for (_, items) in groups {
        let mut stmt = interp.call(&builder, Args::positional(vec![mapper.clone()]))?;
        if !returning.is_empty() {
            let mut columns = Vec::new();
            for key in returning {
                columns.push(interp.get_attr(mapper, key)?);
            }
            let method = interp.get_attr(&stmt, "returning")?;
            let keywords = vec![(crate::ir::Name::from("sort_by_parameter_order"), Value::Bool(true))];
            stmt = interp.call(&method, Args { positional: columns, keywords })?;
        }
        let result = interp.call_method(session, "execute", vec![stmt, Value::list(items)])?;
        if !returning.is_empty() {
            let all = interp.call_method(&result, "all", Vec::new())?;
            rows.extend(interp.collect(&all)?);
        }
    }
    Ok(rows)
}

/// A run of `bulk_save_objects`: the class, "insert" or "update", the mappings and their objects.
type Run = (Value, &'static str, Vec<Value>, Vec<Rc<Instance>>);

/// `session.bulk_save_objects(objects)`: new objects INSERTed from their attributes, persistent ones
/// UPDATEd by primary key with their changed attributes; none of them joins the session.
fn bulk_save_objects(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut positional = args.positional.into_iter();
    let (Some(session), Some(objects)) = (positional.next(), positional.next()) else {
        return Err(interp.type_error("bulk_save_objects() missing 1 required positional argument: 'objects'"));
    };
    let orm = crate::orm::orm(interp)?;
    let return_defaults = match args.keywords.iter().find(|(k, _)| &**k == "return_defaults") {
        Some((_, v)) => interp.truthy(v)?,
        None => false,
    };
    // Consecutive objects of one class and one kind (insert / update) go together, as SQLAlchemy
    // groups them by mapper and by whether they have an identity.
    let mut runs: Vec<Run> = Vec::new();
    for obj in interp.collect(&objects)? {
        // SQLAlchemy's `instance_state(obj)` fails on anything without ORM state.
        if let Some(e) = crate::orm::collection::stateless_item(interp, &obj) {
            return Err(e);
        }
        let Some((inst, info)) = obj.as_instance().and_then(|i| mapped(&i.class).map(|m| (i.clone(), m))) else {
            return Err(interp.type_error("bulk_save_objects() takes mapped objects"));
        };
        let inst = &inst;
        let columns = info.registry.borrow().table_of(info.mapper).map(|t| t.columns.clone()).unwrap_or_default();
        let persistent = existing_state(inst).is_some_and(|s| s.borrow().identity.is_some());
        let chosen: Vec<_> = if persistent {
            let changed = orm.changed_columns(interp, inst)?;
            columns.into_iter().filter(|c| c.primary_key || changed.iter().any(|d| d.key == c.key)).collect()
        } else {
            columns.into_iter().filter(|c| inst.dict.borrow().contains_key(c.key.as_str())).collect()
        };
        let mapping = attributes(interp, inst, chosen.iter().map(|c| c.key.as_str()))?;
        let class = Value::Class(inst.class.clone());
        let kind = if persistent { "update" } else { "insert" };
        match runs.last_mut() {
            Some((c, k, items, objs)) if c.is(&class) && *k == kind => {
                items.push(mapping);
                objs.push(inst.clone());
            }
            _ => runs.push((class, kind, vec![mapping], vec![inst.clone()])),
        }
    }
    for (class, kind, items, objs) in runs {
        // `return_defaults=True`: each new object gets its generated primary key (SQLAlchemy's
        // INSERT ... RETURNING, in parameter order) and, its key known, is detached.
        let pk: Vec<crate::orm::mapper::ColumnDef> = match (&class, return_defaults && kind == "insert") {
            (Value::Class(c), true) => mapped(c)
                .and_then(|info| {
                    info.registry.borrow().table_of(info.mapper).map(|t| t.primary_key().into_iter().cloned().collect())
                })
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let keys: Vec<String> = pk.iter().map(|c| c.key.clone()).collect();
        let rows = execute_groups(interp, &session, &class, kind, items, &keys)?;
        for (inst, row) in objs.iter().zip(rows) {
            let values = interp.collect(&row)?;
            let mut cells = Vec::new();
            for (column, value) in pk.iter().zip(values) {
                cells.push(crate::orm::state::to_cell(&value, &column.ty));
                inst.dict.borrow_mut().insert(crate::ir::Name::from(column.key.as_str()), value);
            }
            if let Some(info) = mapped(&inst.class) {
                let state = crate::orm::state::state_of(inst, &info.registry, info.mapper);
                let mut st = state.borrow_mut();
                st.identity = Some(cells);
                st.status = crate::orm::state::Status::Detached;
            }
        }
    }
    Ok(Value::None)
}

/// `{key: obj.key, ...}` for the given attribute keys.
fn attributes<'a>(interp: &mut Interp, inst: &Rc<Instance>, keys: impl Iterator<Item = &'a str>) -> PyResult<Value> {
    let mut dict = Dict::default();
    for key in keys {
        let value = inst.dict.borrow().get(key).cloned().unwrap_or(Value::None);
        let k = Value::str(key);
        let hash = interp.key_of(&k)?;
        dict.insert(hash, k, value);
    }
    Ok(Value::Dict(Rc::new(RefCell::new(dict))))
}
