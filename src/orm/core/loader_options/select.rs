//! `Select.options(*options)`: the loader options a statement carries. Relationship paths join the
//! statement's eager-load paths; column options re-shape the columns clause of the entities they
//! target (see [`super::columns`]).

use super::{ColumnLoad, LoaderOption, apply_load, loaded_columns};
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::core::orm_select::{OrmEntity, OrmInfo};
use crate::orm::core::select_obj::{SelectObj, select_value_orm};
use crate::orm::core::split_self;
use crate::orm::native::state;
use crate::sql::elements::ExprRef;
use crate::sql::selectable::{Select, SelectStmt};
use std::rc::Rc;

fn targets(option: &LoaderOption, class: &Rc<Class>) -> bool {
    match &option.target {
        None => true,
        Some(t) => Rc::ptr_eq(t, class) || class.mro_tail.iter().any(|c| Rc::ptr_eq(c, t)),
    }
}

/// `Select.options(*options)`: the statement with its entities' columns as the options ask. After
/// `from_statement()` the SQL is the user's: the options only change how the entities read the rows
/// (`with_expression()` names a column of that statement).
///
/// `with_loader_criteria()` options apply last, to the statement the others made (see
/// [`crate::orm::core::loader_criteria`]).
pub fn select_options(interp: &mut Interp, args: Args) -> PyResult<Value> {
    use crate::orm::core::loader_criteria::{CriteriaOption, apply};
    let (this, rest) = split_self(args);
    let criteria: Vec<Rc<CriteriaOption>> = rest.positional.iter().filter_map(state::<CriteriaOption>).collect();
    let value = loader_options(interp, this, &rest)?;
    if criteria.is_empty() {
        return Ok(value);
    }
    let Some(obj) = state::<SelectObj>(&value) else { return Ok(value) };
    let SelectStmt::Select(sel) = &obj.stmt else { return Ok(value) };
    // A SELECT of plain columns whose FROM is a mapped class (`select(func.count()).select_from(User)`)
    // is an ORM statement to SQLAlchemy: the class's criteria apply to it as well.
    let (mut info, core) = match &obj.orm {
        Some(info) => ((**info).clone(), false),
        None => (OrmInfo::columns(sel.columns.len()), true),
    };
    let mut new = (**sel).clone();
    for c in &criteria {
        apply(interp, c, &mut new, &mut info)?;
    }
    if core && new.where_.len() == sel.where_.len() {
        return Ok(value);
    }
    Ok(select_value_orm(interp, SelectStmt::Select(Rc::new(new)), obj.params.clone(), Some(Rc::new(info))))
}

/// The loader options proper: relationship paths and column options.
fn loader_options(interp: &mut Interp, this: Value, rest: &Args) -> PyResult<Value> {
    let Some(obj) = state::<SelectObj>(&this) else { return Ok(this) };
    let Some(info) = &obj.orm else { return Ok(this) };
    let mut entities = info.entities.clone();
    let mut changed = false;
    let mut eager = info.eager.clone();
    for v in &rest.positional {
        let Some(option) = state::<LoaderOption>(v) else { continue };
        for p in std::iter::once(&option.path).chain(&option.more).filter(|p| !p.is_empty()) {
            eager.push(Rc::from(p.as_slice()));
        }
        if option.via_relationship {
            continue;
        }
        for e in entities.iter_mut() {
            if let OrmEntity::Mapper { registry, mapper, class, unloaded, exprs, .. } = e
                && targets(&option, class)
            {
                let mut now = unloaded.to_vec();
                let mut given = exprs.to_vec();
                for load in &option.columns {
                    if let ColumnLoad::WithExpression { key, expr } = load {
                        given.retain(|(k, _)| k != key);
                        given.push((key.clone(), expr.clone()));
                    }
                    now = apply_load(registry, *mapper, &now, load);
                }
                *unloaded = Rc::new(now);
                *exprs = Rc::new(given);
                changed = true;
            }
        }
    }
    let added = eager.len() != info.eager.len();
    let SelectStmt::Select(sel) = &obj.stmt else {
        if !changed && !added {
            return Ok(this);
        }
        let info = OrmInfo { eager, entities, ..(**info).clone() };
        return Ok(select_value_orm(interp, obj.stmt.clone(), obj.params.clone(), Some(Rc::new(info))));
    };
    let rebuilt = if changed { rebuild(sel, &entities) } else { None };
    let (new, entities) = match rebuilt {
        Some((columns, entities)) => {
            let mut new = (**sel).clone();
            new.columns = columns;
            (Rc::new(new), entities)
        }
        None if added => (sel.clone(), info.entities.clone()),
        None => return Ok(this),
    };
    let info = OrmInfo { eager, entities, ..(**info).clone() };
    Ok(select_value_orm(interp, SelectStmt::Select(new), obj.params.clone(), Some(Rc::new(info))))
}

/// The columns clause for `entities` (each mapper entity with its loaded columns, each column entity
/// as it was), with the entities' positions updated; `None` unless the entities cover the columns
/// clause in order.
fn rebuild(sel: &Select, entities: &[OrmEntity]) -> Option<(Vec<ExprRef>, Vec<OrmEntity>)> {
    let mut columns = Vec::new();
    let mut out = Vec::new();
    let mut expected = 0;
    for e in entities {
        match e {
            // A joined with_polymorphic() entity keeps its columns as built.
            OrmEntity::Mapper { poly: Some(_), .. } => return None,
            OrmEntity::Mapper { registry, mapper, class, start, len, alias, unloaded, key, exprs, .. } => {
                if *start != expected {
                    return None;
                }
                expected += len;
                let cols = loaded_columns(registry, *mapper, alias.as_ref(), unloaded, exprs);
                out.push(OrmEntity::Mapper {
                    registry: registry.clone(),
                    mapper: *mapper,
                    class: class.clone(),
                    start: columns.len(),
                    len: cols.len(),
                    alias: alias.clone(),
                    unloaded: unloaded.clone(),
                    key: key.clone(),
                    poly: None,
                    exprs: exprs.clone(),
                });
                columns.extend(cols);
            }
            OrmEntity::Column { index } => {
                if *index != expected {
                    return None;
                }
                expected += 1;
                out.push(OrmEntity::Column { index: columns.len() });
                columns.push(sel.columns.get(*index)?.clone());
            }
        }
    }
    (expected == sel.columns.len()).then_some((columns, out))
}
