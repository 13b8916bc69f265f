//! Queries: legacy `session.query(M)` and 2.0 `select(M)`, built immutably (each method returns a new
//! query), compiled to SQLite SQL, and executed with autoflush; rows become instances through the
//! session's identity map.

use super::Orm;
use super::declarative::mapped;
use super::expr::{ExprObj, RelAttr, SqlExpr, quote, rel_info, to_expr};
use super::mapper::RegistryRef;
use super::native::{native_class, receiver, state, wrap};
use super::session::SessionData;
use crate::db::Cell;
use crate::eval::value::{Class, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::orm::SaExc;
use std::rc::Rc;

/// What a query selects: a mapped class (whole rows as objects) or one expression.
#[derive(Clone)]
pub enum Entity {
    Mapper { registry: RegistryRef, mapper: usize, class: Rc<Class>, table: String },
    Expr(SqlExpr),
}

#[derive(Clone)]
pub struct Join {
    pub table: String,
    pub on: SqlExpr,
    pub outer: bool,
}

#[derive(Clone, Default)]
pub struct QueryData {
    pub session: Option<Rc<SessionData>>,
    pub entities: Vec<Entity>,
    pub criteria: Vec<SqlExpr>,
    pub order: Vec<SqlExpr>,
    pub group_by: Vec<SqlExpr>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
    pub joins: Vec<Join>,
    pub distinct: bool,
    /// Tables named by `select_from()`, first in FROM (`select(func.count()).select_from(User)`).
    pub select_from: Vec<String>,
    /// `having()` criteria, after GROUP BY.
    pub having: Vec<SqlExpr>,
}

/// A compiled query and how to read its rows back.
pub struct Compiled {
    pub sql: String,
    pub params: Vec<Cell>,
}

impl QueryData {
    /// Tables in FROM order: the entities' tables not brought in by a join.
    fn tables_in_from(&self) -> Vec<String> {
        let mut tables: Vec<String> = Vec::new();
        let mut add = |t: &str| {
            if !tables.iter().any(|x| x == t) {
                tables.push(t.to_string());
            }
        };
        for t in &self.select_from {
            add(t);
        }
        for e in &self.entities {
            match e {
                // A joined subclass's rows start from its base table (its own is joined to it).
                Entity::Mapper { registry, mapper, table, .. } => {
                    let reg = registry.borrow();
                    add(super::inheritance::tables_of(&reg, *mapper)
                        .first()
                        .map_or(table.as_str(), |t| t.name.as_str()))
                }
                Entity::Expr(expr) => {
                    let mut cols = Vec::new();
                    expr.columns(&mut cols);
                    for (t, _) in cols {
                        add(&t);
                    }
                }
            }
        }
        tables.retain(|t| !self.joins.iter().any(|j| &j.table == t));
        if tables.is_empty()
            && let Some(j) = self.joins.first()
        {
            tables.push(j.table.clone());
        }
        tables
    }

    /// The mapped entity `filter_by` applies to: the last joined class, else the first entity.
    fn primary(&self) -> Option<(RegistryRef, usize, String)> {
        for join in self.joins.iter().rev() {
            for e in &self.entities {
                if let Entity::Mapper { registry, .. } = e {
                    let reg = registry.borrow();
                    if let Some(m) = reg.mappers.iter().position(|m| m.table == join.table) {
                        return Some((registry.clone(), m, join.table.clone()));
                    }
                }
            }
        }
        self.entities.iter().find_map(|e| match e {
            Entity::Mapper { registry, mapper, table, .. } => Some((registry.clone(), *mapper, table.clone())),
            Entity::Expr(_) => None,
        })
    }

    pub fn compile(&self, select_list: Option<String>) -> Compiled {
        let mut params = Vec::new();
        let columns = match select_list {
            Some(s) => s,
            None => self
                .entities
                .iter()
                .map(|e| match e {
                    Entity::Mapper { registry, mapper, .. } => {
                        let reg = registry.borrow();
                        super::inheritance::select_columns(&reg, *mapper)
                            .iter()
                            .map(|c| format!("{}.{}", quote(&c.table), quote(&c.def.name)))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                    Entity::Expr(expr) => expr.compile(&mut params),
                })
                .collect::<Vec<_>>()
                .join(", "),
        };
        let mut sql = format!("SELECT {}{columns}", if self.distinct { "DISTINCT " } else { "" });
        let mut tables = self.tables_in_from();
        // Mapped inheritance: a joined subclass's tables joined to its base's, a single-table
        // subclass's rows limited to its identities.
        let mut inherit_joins: Vec<(String, String)> = Vec::new();
        let mut criteria = self.criteria.clone();
        for e in &self.entities {
            if let Entity::Mapper { registry, mapper, .. } = e {
                let reg = registry.borrow();
                for join in super::inheritance::legacy_joins(&reg, *mapper) {
                    if !inherit_joins.iter().any(|j| j.0 == join.0) {
                        inherit_joins.push(join);
                    }
                }
                criteria.extend(super::inheritance::legacy_criterion(&reg, *mapper));
            }
        }
        tables.retain(|t| !inherit_joins.iter().any(|j| j.0 == *t));
        if let Some((first, rest)) = tables.split_first() {
            sql.push_str(&format!(" FROM {}", quote(first)));
            for (t, on) in &inherit_joins {
                sql.push_str(&format!(" INNER JOIN {} ON {on}", quote(t)));
            }
            // SQLAlchemy's comma list: SQLite plans (and orders unordered rows) as it does for that.
            for t in rest {
                sql.push_str(&format!(", {}", quote(t)));
            }
        }
        for j in &self.joins {
            let on = j.on.compile(&mut params);
            sql.push_str(&format!(
                " {} JOIN {} ON {on}",
                if j.outer { "LEFT OUTER" } else { "INNER" },
                quote(&j.table)
            ));
        }
        if !criteria.is_empty() {
            let parts: Vec<String> = criteria.iter().map(|c| c.compile(&mut params)).collect();
            sql.push_str(&format!(" WHERE {}", parts.join(" AND ")));
        }
        if !self.group_by.is_empty() {
            let parts: Vec<String> = self.group_by.iter().map(|c| c.compile_ref(&mut params)).collect();
            sql.push_str(&format!(" GROUP BY {}", parts.join(", ")));
        }
        if !self.having.is_empty() {
            let parts: Vec<String> = self.having.iter().map(|c| c.compile(&mut params)).collect();
            sql.push_str(&format!(" HAVING {}", parts.join(" AND ")));
        }
        if !self.order.is_empty() {
            let parts: Vec<String> = self.order.iter().map(|c| c.compile_ref(&mut params)).collect();
            sql.push_str(&format!(" ORDER BY {}", parts.join(", ")));
        }
        if let Some(n) = self.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        if let Some(n) = self.offset {
            sql.push_str(&format!(" OFFSET {n}"));
        }
        Compiled { sql, params }
    }
}

impl Orm {
    /// Turns `select()`/`query()` arguments into entities.
    pub fn entities(&self, interp: &mut Interp, args: &[Value]) -> PyResult<Vec<Entity>> {
        let mut out = Vec::new();
        for a in args {
            if let Value::Class(c) = a
                && let Some(info) = mapped(c)
            {
                self.configure(interp, &info.registry)?;
                let table = info.registry.borrow().mappers[info.mapper].table.clone();
                out.push(Entity::Mapper {
                    registry: info.registry.clone(),
                    mapper: info.mapper,
                    class: c.clone(),
                    table,
                });
                continue;
            }
            if let Some(e) = state::<ExprObj>(a) {
                out.push(Entity::Expr(e.expr.clone()));
                continue;
            }
            if let Some(e) = state::<super::core::expr_obj::ExprObj>(a)
                && let Some(l) = super::core::bridge::to_legacy(&e.expr)
            {
                out.push(Entity::Expr(l));
                continue;
            }
            if let Some(columns) = self.table_entities(a) {
                out.extend(columns);
                continue;
            }
            let shown = interp.repr(a)?;
            return Err(self.error(
                interp,
                SaExc::ArgumentError,
                format!("Column expression, FROM clause, or other columns clause element expected, got {shown}."),
            ));
        }
        Ok(out)
    }

    /// Runs a query: autoflush, SQL, then rows as Python values (instances for mapped entities).
    pub fn run_query(&self, interp: &mut Interp, q: &QueryData) -> PyResult<Vec<Vec<Value>>> {
        let Some(session) = q.session.clone() else {
            return Err(self.error(
                interp,
                SaExc::InvalidRequestError,
                "this statement is not bound to a Session: run it with session.execute()",
            ));
        };
        self.check_pending_rollback(interp, &session)?;
        self.check_autobegin(interp, &session)?;
        if session.autoflush.get() {
            self.autoflush(interp, &session)?;
        }
        self.autobegin(interp, &session)?;
        let compiled = q.compile(None);
        let rows = self.select_rows(interp, &session, &compiled)?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let mut values = Vec::new();
            let mut cells = row.into_iter();
            for e in &q.entities {
                match e {
                    Entity::Mapper { registry, mapper, .. } => {
                        let n = super::inheritance::select_columns(&registry.borrow(), *mapper).len();
                        let part: Vec<Cell> = cells.by_ref().take(n).collect();
                        values.push(self.materialize(interp, &session, registry, *mapper, &part)?);
                    }
                    Entity::Expr(expr) => {
                        let cell = cells.next().unwrap_or(Cell::Null);
                        values.push(match expr.ty() {
                            Some(ty) => crate::orm::type_decorator::load_cell(interp, &cell, &ty)?,
                            None => super::state::from_cell(interp, &cell, &super::schema::SqlType::Text),
                        });
                    }
                }
            }
            out.push(values);
        }
        Ok(out)
    }

    /// Runs a SELECT through the engine's log, returning raw cells.
    pub fn select_rows(
        &self,
        interp: &mut Interp,
        session: &SessionData,
        compiled: &Compiled,
    ) -> PyResult<Vec<Vec<Cell>>> {
        let done = self.run_statement(interp, &session.engine, &compiled.sql, &compiled.params, super::Phase::Query)?;
        Ok(done.rows)
    }

    /// The join condition from the current entities to `target` (a class or `Parent.children`).
    /// A many-to-many relationship joins through its association table (two joins).
    pub fn join_to(
        &self,
        interp: &mut Interp,
        q: &QueryData,
        target: &Value,
        on: Option<&Value>,
    ) -> PyResult<Vec<Join>> {
        if let Some(r) = state::<RelAttr>(target) {
            let Some(info) = rel_info(&r) else { return Err(interp.not_supported("joining along this relationship")) };
            if let Some(sec) = &info.resolved.secondary {
                let link = |table: &str, pairs: &[(String, String)]| {
                    let parts = pairs
                        .iter()
                        .map(|(assoc, col)| SqlExpr::Binary {
                            op: "=",
                            left: Box::new(SqlExpr::column(table, col, super::schema::SqlType::Integer)),
                            right: Box::new(SqlExpr::column(&sec.table, assoc, super::schema::SqlType::Integer)),
                        })
                        .collect();
                    SqlExpr::And(parts)
                };
                return Ok(vec![
                    Join { table: sec.table.clone(), on: link(&info.owner_table, &sec.local), outer: false },
                    Join { table: info.target_table.clone(), on: link(&info.target_table, &sec.remote), outer: false },
                ]);
            }
            let reg = info.registry.borrow();
            let mut parts = Vec::new();
            for (owner_col, target_col) in &info.resolved.pairs {
                let ty = reg
                    .tables
                    .get(&info.owner_table)
                    .and_then(|t| t.column(owner_col))
                    .map_or(super::schema::SqlType::Integer, |c| c.ty.clone());
                parts.push(SqlExpr::Binary {
                    op: "=",
                    left: Box::new(SqlExpr::column(&info.owner_table, owner_col, ty.clone())),
                    right: Box::new(SqlExpr::column(&info.target_table, target_col, ty)),
                });
            }
            return Ok(vec![Join { table: info.target_table.clone(), on: SqlExpr::And(parts), outer: false }]);
        }
        let Value::Class(class) = target else {
            return Err(interp.not_supported("join() to anything but a mapped class or a relationship"));
        };
        let Some(info) = mapped(class) else {
            return Err(self.error(interp, SaExc::ArgumentError, "join() target is not mapped"));
        };
        let reg = info.registry.borrow();
        let target_table = reg.mappers[info.mapper].table.clone();
        if let Some(on) = on {
            drop(reg);
            let on = to_expr(interp, on, None)?;
            return Ok(vec![Join { table: target_table, on, outer: false }]);
        }
        let mut existing: Vec<String> = q.tables_in_from();
        existing.extend(q.joins.iter().map(|j| j.table.clone()));
        for t in &existing {
            let mut parts = Vec::new();
            for (from, to, fk) in
                [(t.as_str(), target_table.as_str(), true), (target_table.as_str(), t.as_str(), false)]
            {
                if let Some(table) = reg.tables.get(from) {
                    for c in &table.columns {
                        if let Some((ref_table, ref_col)) = &c.foreign_key
                            && ref_table == to
                        {
                            parts.push(SqlExpr::Binary {
                                op: "=",
                                left: Box::new(SqlExpr::column(from, &c.name, c.ty.clone())),
                                right: Box::new(SqlExpr::column(to, ref_col, c.ty.clone())),
                            });
                        }
                    }
                }
                let _ = fk;
            }
            if !parts.is_empty() {
                return Ok(vec![Join { table: target_table, on: SqlExpr::And(parts), outer: false }]);
            }
        }
        Err(self.error(
            interp,
            SaExc::InvalidRequestError,
            format!("Don't know how to join to <class '__main__.{}'>. Please use the .select_from() method to establish an explicit left side, as well as providing an explicit ON clause if not present already to help resolve the ambiguity.", class.name),
        ))
    }

    /// The table a `select_from()` argument names: a mapped class or a Table.
    pub fn from_table_name(&self, interp: &mut Interp, v: &Value) -> PyResult<String> {
        if let Value::Class(c) = v
            && let Some(info) = mapped(c)
        {
            self.configure(interp, &info.registry)?;
            return Ok(info.registry.borrow().mappers[info.mapper].table.clone());
        }
        if let Some(t) = super::core::bridge::table_name_of(v) {
            return Ok(t);
        }
        Err(self.error(interp, SaExc::ArgumentError, "select_from() takes a mapped class or a Table"))
    }

    /// The mapped class a column-only query (`query(User.name)`) filters by: the one mapping the first
    /// column's table.
    fn mapper_of_columns(&self, q: &QueryData) -> Option<(RegistryRef, usize, String)> {
        let mut cols = Vec::new();
        for e in &q.entities {
            if let Entity::Expr(expr) = e {
                expr.columns(&mut cols);
            }
        }
        let (table, _) = cols.into_iter().next()?;
        self.registries.borrow().iter().find_map(|r| {
            let m = r.borrow().mappers.iter().position(|m| m.table == table)?;
            Some((r.clone(), m, table.clone()))
        })
    }

    /// `filter_by(name=value)`: equality on the primary entity's attributes.
    pub fn filter_by(
        &self,
        interp: &mut Interp,
        q: &QueryData,
        keywords: &[(crate::ir::Name, Value)],
    ) -> PyResult<Vec<SqlExpr>> {
        let Some((registry, mapper, table)) = q.primary().or_else(|| self.mapper_of_columns(q)) else {
            return Err(self.error(interp, SaExc::InvalidRequestError, "filter_by() needs a mapped entity to filter"));
        };
        let mut out = Vec::new();
        for (key, value) in keywords {
            let column = super::inheritance::column_of_key(&registry.borrow(), mapper, key)
                .map(|(t, c)| (t.name.clone(), c.clone()));
            match column {
                Some((table, c)) => {
                    let col = SqlExpr::column(&table, &c.name, c.ty.clone());
                    out.push(match value {
                        Value::None => SqlExpr::IsNull { expr: Box::new(col), negate: false },
                        v => SqlExpr::Binary {
                            op: "=",
                            left: Box::new(col),
                            right: Box::new(to_expr(interp, v, Some(&c.ty))?),
                        },
                    });
                }
                None => {
                    let class = registry.borrow().mappers[mapper].class.clone();
                    let rel = interp.get_attr(&Value::Class(class.clone()), key);
                    match rel {
                        Ok(r) if state::<RelAttr>(&r).is_some() => {
                            let eq = interp.call_method(&r, "__eq__", vec![value.clone()])?;
                            out.push(to_expr(interp, &eq, None)?);
                        }
                        // Any other attribute of the entity's namespace (a synonym, a hybrid, a
                        // column_property): SQLAlchemy's `getattr(entity, key) == value`.
                        Ok(r) if super::core::convert::expr_of(interp, &r)?.is_some() => {
                            let eq = interp.compare(crate::ir::CmpOp::Eq, &r, value)?;
                            out.push(to_expr(interp, &eq, None)?);
                        }
                        _ => {
                            return Err(self.error(
                                interp,
                                SaExc::InvalidRequestError,
                                format!("Entity namespace for \"{table}\" has no property \"{key}\""),
                            ));
                        }
                    }
                }
            }
        }
        Ok(out)
    }
}

/// Wraps query state as a legacy `Query` (bound to a session) or a 2.0 `Select`.
pub fn query_value(interp: &mut Interp, q: QueryData) -> Value {
    let legacy = q.session.is_some();
    let class = if legacy {
        let methods: Vec<(&str, super::native::Method)> =
            super::modules::SELECT_METHODS.iter().chain(super::modules::QUERY_RUN_METHODS).copied().collect();
        native_class(interp, "Query", "sqlalchemy.orm", &methods)
    } else {
        native_class(interp, "Select", "sqlalchemy.sql", super::modules::SELECT_METHODS)
    };
    wrap(interp, &class, q)
}

/// Takes the query receiver of a Query/Select method.
pub fn query_receiver(interp: &Interp, args: Args) -> PyResult<(Rc<QueryData>, Args)> {
    let (q, _, rest) = receiver::<QueryData>(interp, args, "Query")?;
    Ok((q, rest))
}
