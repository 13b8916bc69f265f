//! ORM-enabled `select()` executed on the statement tree: the SELECT SQLAlchemy's SQLite compiler
//! writes is what runs and what the echo shows, and each row is split by the statement's
//! [`OrmInfo`] — a mapped entity's column range becomes an instance through the session's identity
//! map, any other column is converted by its result type.

use super::orm_select::OrmEntity;
use super::select_obj::SelectObj;
use crate::eval::value::Value;
use crate::eval::{Interp, PyResult};
use crate::orm::engine::processors::ResultProcessor;
use crate::orm::native::state;
use crate::orm::session::SessionData;
use crate::sql::selectable::{LabelStyle, SelectStmt};
use std::rc::Rc;

/// `session.execute(stmt)` for an ORM-enabled SELECT: `None` when `stmt` is not one (the caller runs
/// it another way).
pub fn execute_orm_select(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    stmt: &Value,
    params: Option<&Value>,
    scalars: bool,
) -> PyResult<Option<Value>> {
    let Some(obj) = state::<SelectObj>(stmt) else { return Ok(None) };
    let Some(info) = obj.orm.clone() else { return Ok(None) };
    // Joined eager loads widen the statement (compile_for_execution compiles the same form).
    let augmented = crate::orm::eager::joined::augment(&obj.stmt, &info);
    let info = augmented.as_ref().map_or(info, |a| Rc::new(a.info.clone()));
    let loads = augmented.as_ref().map_or(&[][..], |a| a.loads.as_slice());
    let orm = crate::orm::orm(interp)?;
    orm.check_pending_rollback(interp, session)?;
    orm.check_autobegin(interp, session)?;
    if session.autoflush.get() {
        orm.autoflush(interp, session)?;
    }
    orm.autobegin(interp, session)?;
    let sets = crate::orm::engine::connection::param_sets(interp, params)?;
    let Some(compiled) = super::execute::compile_for_execution(interp, stmt, &sets)? else { return Ok(None) };
    let mut names: Vec<String> =
        sets.first().map(|set| set.iter().map(|(k, _)| k.clone()).collect()).unwrap_or_default();
    // SQLAlchemy's cache key of an ORM statement includes its entities: the same text run as Core,
    // or for other entities, is compiled anew.
    names.push(format!("\u{1}orm:{}", entity_signature(&info)));
    let done = orm.run_compiled_keyed(interp, &session.engine, &compiled, crate::orm::Phase::Query, &names)?;
    let (result_names, cells) = done.into_iter().last().map(|d| (d.columns, d.rows)).unwrap_or_default();
    let (info, cells) = match by_name(&obj.stmt, &info, &result_names, cells) {
        Ok((info, cells)) => (Rc::new(info), cells),
        Err(cells) => (info, cells),
    };
    let outer = info.populate_existing.then(|| session.populating.replace(Some(Default::default())));
    let outer_partials = orm.partials.replace(Some(Default::default()));
    let loaded = load_rows(interp, session, &obj, &info, &compiled, loads, cells);
    orm.partials.replace(outer_partials);
    if let Some(outer) = outer {
        session.populating.replace(outer);
    }
    let mut rows = loaded?;
    let bundled = |k: usize| super::bundle::member(&info.bundles, k);
    let column_indexes: Vec<usize> = info
        .entities
        .iter()
        .enumerate()
        .filter_map(|(k, e)| match e {
            OrmEntity::Column { index } if !bundled(k) => Some(*index),
            _ => None,
        })
        .collect();
    let column_keys = entity_keys(&obj.stmt, &column_indexes).unwrap_or_else(|| {
        column_indexes.iter().map(|i| compiled.columns.get(*i).map(|c| c.key.clone()).unwrap_or_default()).collect()
    });
    let mut column_keys = column_keys.into_iter();
    let mut keys = info
        .entities
        .iter()
        .enumerate()
        .map(|(k, e)| match e {
            OrmEntity::Mapper { class, key, .. } => key.clone().unwrap_or_else(|| class.name.to_string()),
            OrmEntity::Column { .. } if bundled(k) => String::new(),
            OrmEntity::Column { .. } => column_keys.next().unwrap_or_default(),
        })
        .collect();
    let ran = augmented.as_ref().map_or(&obj.stmt, |a| &a.stmt);
    let member = |k: usize| match (info.entities.get(k), ran) {
        (Some(OrmEntity::Column { index }), SelectStmt::Select(sel)) => sel.columns.get(*index).cloned(),
        _ => None,
    };
    super::bundle::apply(interp, &info.bundles, stmt, member, &mut rows, &mut keys)?;
    let unique = augmented.as_ref().is_some_and(|a| a.has_collections());
    let result = crate::orm::engine::result::orm_result_value(interp, keys, rows, scalars, unique);
    crate::orm::engine::result::set_yield_per(&result, info.yield_per);
    Ok(Some(result))
}

/// A statement's result rows as the database returned them.
type Rows = Vec<Vec<crate::db::Cell>>;

/// `select(User).from_statement(text(...))` or `.from_statement(union_all(...))`: SQLAlchemy matches
/// the entities' columns to the result's columns by name, so their order does not matter and a
/// column the statement leaves out stays unloaded (loaded on first access). The rows are rearranged
/// into the entities' own layout, and the missing columns join each entity's unloaded ones.
/// Statements with column entities or polymorphic columns, and mapped SQL expressions the result
/// does not name, keep the positional reading (`Err` gives the rows back).
fn by_name(
    stmt: &SelectStmt,
    info: &super::orm_select::OrmInfo,
    names: &[String],
    cells: Rows,
) -> Result<(super::orm_select::OrmInfo, Rows), Rows> {
    if !matches!(stmt, SelectStmt::Text(_) | SelectStmt::Compound(_)) || names.is_empty() || !info.bundles.is_empty() {
        return Err(cells);
    }
    let find = |name: &str| {
        names.iter().position(|n| n == name).or_else(|| names.iter().position(|n| n.eq_ignore_ascii_case(name)))
    };
    let mut info = info.clone();
    let mut picks: Vec<usize> = Vec::new();
    for e in &mut info.entities {
        let OrmEntity::Mapper { registry, mapper, start, len, unloaded, poly: None, alias, exprs, .. } = e else {
            return Err(cells);
        };
        // Mapped SQL expressions (`with_expression()`, `column_property`) are found by their
        // column's name (`union_stmt.selected_columns.book_count` → `book_count`): early ones
        // lead the entity's cells, late ones follow its columns (see `split_row`).
        let loaded = crate::orm::column_property::entity_exprs(registry, *mapper, alias.as_ref(), unloaded, exprs);
        let late = crate::orm::column_property::late_count(registry, *mapper, &loaded);
        let mut expr_at = Vec::with_capacity(loaded.len());
        for (key, expr) in &loaded {
            let given = exprs.iter().find(|(k, _)| k == key).map_or(expr, |(_, e)| e);
            let name = crate::sql::elements::naming::proxy_key(given).unwrap_or_else(|| key.clone());
            match find(&name) {
                Some(at) => expr_at.push(at),
                None => return Err(cells),
            }
        }
        let (early, trailing) = expr_at.split_at(loaded.len() - late.min(loaded.len()));
        let mut missing = (**unloaded).clone();
        *start = picks.len();
        picks.extend_from_slice(early);
        for (name, key) in crate::orm::loading::row_columns(registry, *mapper, unloaded) {
            match find(&name) {
                Some(at) => picks.push(at),
                None => missing.push((key, false)),
            }
        }
        picks.extend_from_slice(trailing);
        *len = picks.len() - *start;
        *unloaded = Rc::new(missing);
    }
    let rows = cells
        .into_iter()
        .map(|row| picks.iter().map(|at| row.get(*at).cloned().unwrap_or(crate::db::Cell::Null)).collect())
        .collect();
    Ok((info, rows))
}

/// The rows' values: each mapped entity's columns become an instance (eager loads included), each
/// other column is converted by its result type.
fn load_rows(
    interp: &mut Interp,
    session: &Rc<SessionData>,
    obj: &SelectObj,
    info: &super::orm_select::OrmInfo,
    compiled: &crate::sql::Compiled,
    loads: &[crate::orm::eager::joined::JoinedLoad],
    cells: Vec<Vec<crate::db::Cell>>,
) -> PyResult<Vec<Vec<Value>>> {
    let orm = crate::orm::orm(interp)?;
    let mut gathered = crate::orm::eager::joined::Gathered::default();
    let processors: Vec<ResultProcessor> = compiled.columns.iter().map(|c| ResultProcessor::of(&c.ty)).collect();
    crate::orm::engine::processors::prepare(interp, &processors);
    let mut rows = Vec::with_capacity(cells.len());
    for row in cells {
        let mut values = Vec::with_capacity(info.entities.len());
        for e in &info.entities {
            match e {
                OrmEntity::Mapper { registry, mapper, start, len, unloaded, poly, alias, exprs, .. } => {
                    let part = row.get(*start..start + len).unwrap_or(&[]);
                    let extra = poly.as_ref().map_or(0, |p| p.width()).min(part.len());
                    let (own, rest) = part.split_at(part.len() - extra);
                    // The entity's mapped SQL expressions lead its columns.
                    let loaded =
                        crate::orm::column_property::entity_exprs(registry, *mapper, alias.as_ref(), unloaded, exprs);
                    let late = crate::orm::column_property::late_count(registry, *mapper, &loaded);
                    let (expr_cells, own) = crate::orm::column_property::split_row(own, loaded.len(), late);
                    let discriminator = loaded
                        .iter()
                        .position(|(k, _)| k == crate::orm::inheritance::POLYMORPHIC_ON_KEY)
                        .and_then(|i| expr_cells.get(i));
                    let value = orm.materialize_discriminated(
                        interp,
                        session,
                        registry,
                        *mapper,
                        own,
                        unloaded,
                        discriminator,
                    )?;
                    orm.populate_expressions(interp, &value, &loaded, &expr_cells);
                    if let (Some(poly), Value::Instance(inst)) = (poly, &value) {
                        orm.fill_polymorphic(interp, registry, inst, poly, rest);
                    }
                    values.push(value);
                }
                OrmEntity::Column { index } => {
                    let cell = row.get(*index).unwrap_or(&crate::db::Cell::Null);
                    let v = processors.get(*index).unwrap_or(&ResultProcessor::Plain).process(interp, cell);
                    values.push(match compiled.columns.get(*index) {
                        Some(c) => crate::orm::type_decorator::process_result(interp, v, &c.ty)?,
                        None => v,
                    });
                }
            }
        }
        gathered.row(&orm, interp, session, loads, &row, &values)?;
        rows.push(values);
    }
    gathered.populate(interp, session, loads);
    crate::orm::eager::after_statement(&orm, interp, session, &obj.stmt, info, &rows)?;
    Ok(rows)
}

/// The row keys of the column entities (`indexes` into the columns clause). They do not follow
/// the SQL's labels: a legacy `Query` renders `user_account.name AS user_account_name` and its rows
/// still have `name`. SQLAlchemy's ORM names them by `_column_naming_convention` with
/// `LABEL_STYLE_DISAMBIGUATE_ONLY` among the column entities only: each column's `_proxy_key` (a
/// function's name, `count`), `_no_label` for an unnamed one, repeats numbered (`id`, `id_1`).
fn entity_keys(stmt: &SelectStmt, indexes: &[usize]) -> Option<Vec<String>> {
    if indexes.is_empty() {
        return Some(Vec::new());
    }
    let SelectStmt::Select(s) = stmt else { return None };
    let cols = indexes.iter().map(|i| s.columns.get(*i).cloned()).collect::<Option<Vec<_>>>()?;
    if cols.iter().any(|c| matches!(&**c, crate::sql::elements::Expr::Text(_))) {
        return None;
    }
    let named = crate::sql::selectable::columns::columns_plus_names(&cols, LabelStyle::Disambiguate, false);
    Some(named.into_iter().map(|c| c.proxy_key.unwrap_or_else(|| "_no_label".into())).collect())
}

/// The entities of an ORM statement, as part of its cache key.
fn entity_signature(info: &super::orm_select::OrmInfo) -> String {
    let parts: Vec<String> = info
        .entities
        .iter()
        .map(|e| match e {
            OrmEntity::Mapper { class, start, len, .. } => format!("{}@{start}+{len}", class.name),
            OrmEntity::Column { index } => format!("c{index}"),
        })
        .collect();
    parts.join(",")
}
