//! SQLAlchemy's SQLite dialect reflection methods (`get_columns`, `get_pk_constraint`,
//! `get_foreign_keys`, `get_indexes`, `get_unique_constraints`, `_get_table_sql`), run through the
//! engine's log the way the dialect runs them: `PRAGMA main.X("t")` then `PRAGMA temp.X("t")` when the
//! first gives no rows, `[raw sql]` parameters, and the same per-inspector "info cache" — so echo shows
//! the statements SQLAlchemy shows, in its order, and a second call of a cached method shows none.
//!
//! [`Reflector`] is one inspector's (or one `Table(..., autoload_with=)`'s) connection and cache; the
//! builders of reflected `Table` objects live in [`super::autoload`].

use crate::db::Cell;
use crate::eval::{Interp, PyResult};
use crate::orm::SaExc;
use crate::orm::engine::log::Phase;
use crate::orm::engine::{Engine, Txn};
use crate::sql::compiled::{CacheStat, Compiled, StatementKind};
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub type Rows = Vec<Vec<Cell>>;

/// One column as `PRAGMA table_xinfo` describes it.
pub struct ColumnRow {
    pub name: String,
    pub declared: String,
    pub nullable: bool,
    pub default: Option<String>,
    pub primary_key: i64,
}

/// One foreign key of `PRAGMA foreign_key_list`, whose rows list it one column pair at a time.
pub struct ForeignKeyRows {
    pub id: i64,
    pub referred: String,
    pub constrained: Vec<String>,
    pub referred_cols: Vec<String>,
    pub on_update: String,
    pub on_delete: String,
    /// The constraint's name and options as its SQL text gives them (found by matching the PRAGMA's
    /// foreign key against the `FOREIGN KEY` clauses); none for one not found there.
    pub parsed: Option<super::table_sql::ParsedForeignKey>,
}

/// The UNIQUE constraints of a table: (name, columns) each.
pub type UniqueRows = Vec<(Option<String>, Vec<String>)>;

/// One index of `PRAGMA index_list` with its `index_info` columns.
pub struct IndexRows {
    pub name: String,
    pub unique: i64,
    pub columns: Vec<String>,
}

/// A connection used for reflection, with the inspector's info cache.
pub struct Reflector {
    pub engine: Rc<Engine>,
    /// The transaction reflection runs in: the Connection's, or the engine's own connection's.
    pub txn: Rc<Txn>,
    cache: RefCell<HashMap<String, Rc<dyn Any>>>,
}

pub fn text(cell: Option<&Cell>) -> Option<String> {
    match cell {
        Some(Cell::Text(s)) => Some(s.clone()),
        Some(Cell::Integer(n)) => Some(n.to_string()),
        Some(Cell::Real(f)) => Some(f.to_string()),
        _ => None,
    }
}

pub fn int(cell: Option<&Cell>) -> i64 {
    match cell {
        Some(Cell::Integer(n)) => *n,
        _ => 0,
    }
}

impl Reflector {
    pub fn new(engine: Rc<Engine>, txn: Rc<Txn>) -> Self {
        Reflector { engine, txn, cache: RefCell::new(HashMap::new()) }
    }

    /// `@reflection.cache`: the method's result for these arguments, computed once.
    fn memo<T: 'static>(&self, key: String, f: impl FnOnce(&Self) -> PyResult<T>) -> PyResult<Rc<T>> {
        if let Some(hit) = self.cache.borrow().get(&key).cloned()
            && let Ok(v) = hit.downcast::<T>()
        {
            return Ok(v);
        }
        let v = Rc::new(f(self)?);
        self.cache.borrow_mut().insert(key, v.clone());
        Ok(v)
    }

    /// `connection.exec_driver_sql(sql, params)`: logged with `[raw sql]`, autobegins.
    pub fn query(&self, interp: &mut Interp, sql: &str, params: Vec<Cell>) -> PyResult<Rows> {
        let orm = crate::orm::orm(interp)?;
        self.engine.begin(&self.txn);
        let compiled = Compiled {
            text: sql.to_string(),
            params: if params.is_empty() { Vec::new() } else { vec![params] },
            kind: StatementKind::Text,
            cache: CacheStat::RawSql,
            columns: Vec::new(),
        };
        let mut done = orm.run_compiled(interp, &self.engine, &compiled, Phase::Execute)?;
        Ok(done.pop().map(|d| d.rows).unwrap_or_default())
    }

    /// `_get_table_pragma`: the `main` schema, then `temp` when `main` has no rows.
    pub fn pragma(&self, interp: &mut Interp, what: &str, table: &str) -> PyResult<Rows> {
        let quoted = crate::db::quote_ident(table);
        for schema in ["main", "temp"] {
            let rows = self.query(interp, &format!("PRAGMA {schema}.{what}({quoted})"), Vec::new())?;
            if !rows.is_empty() {
                return Ok(rows);
            }
        }
        Ok(Vec::new())
    }

    fn main_query(&self, interp: &mut Interp, master: &str) -> PyResult<Vec<String>> {
        let sql = format!(
            "SELECT name FROM {master} WHERE type='table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY name"
        );
        Ok(self.query(interp, &sql, Vec::new())?.iter().filter_map(|r| text(r.first())).collect())
    }

    pub fn table_names(&self, interp: &mut Interp) -> PyResult<Rc<Vec<String>>> {
        self.memo("table_names".into(), |r| r.main_query(interp, "sqlite_master"))
    }

    pub fn temp_table_names(&self, interp: &mut Interp) -> PyResult<Rc<Vec<String>>> {
        self.memo("temp_table_names".into(), |r| r.main_query(interp, "sqlite_temp_master"))
    }

    /// `has_table`: whether `PRAGMA table_info` finds the table (`cached` when called with the cache).
    pub fn has_table(&self, interp: &mut Interp, table: &str, cached: bool) -> PyResult<bool> {
        if cached {
            return Ok(*self.memo(format!("has_table\u{1f}{table}"), |r| r.has_table(interp, table, false))?);
        }
        Ok(!self.pragma(interp, "table_info", table)?.is_empty())
    }

    fn no_such_table(interp: &mut Interp, table: &str) -> Box<crate::eval::Exc> {
        match crate::orm::orm(interp) {
            Ok(orm) => orm.error(interp, SaExc::NoSuchTableError, table),
            Err(e) => e,
        }
    }

    /// `_get_table_sql`: the table's CREATE statement (cached only when called with the cache).
    pub fn table_sql(&self, interp: &mut Interp, table: &str, cached: bool) -> PyResult<Option<String>> {
        if cached {
            return Ok((*self.memo(format!("sql\u{1f}{table}"), |r| r.table_sql(interp, table, false))?).clone());
        }
        let sql = "SELECT sql FROM  (SELECT * FROM sqlite_master UNION ALL   SELECT * FROM sqlite_temp_master) WHERE name = ? AND type in ('table', 'view')";
        let rows = self.query(interp, sql, vec![Cell::Text(table.to_string())])?;
        match rows.first().and_then(|r| text(r.first())) {
            Some(s) => Ok(Some(s)),
            None if table.starts_with("sqlite_") => Ok(None),
            None => Err(Self::no_such_table(interp, table)),
        }
    }

    /// `get_columns`: `table_xinfo` without hidden columns; a missing table raises `NoSuchTableError`.
    pub fn columns(&self, interp: &mut Interp, table: &str) -> PyResult<Rc<Vec<ColumnRow>>> {
        self.memo(format!("columns\u{1f}{table}"), |r| {
            let mut out = Vec::new();
            for row in r.pragma(interp, "table_xinfo", table)? {
                if int(row.get(6)) == 1 {
                    continue;
                }
                out.push(ColumnRow {
                    name: text(row.get(1)).unwrap_or_default(),
                    declared: text(row.get(2)).unwrap_or_default().to_ascii_uppercase(),
                    nullable: int(row.get(3)) == 0,
                    default: text(row.get(4)),
                    primary_key: int(row.get(5)),
                });
            }
            if out.is_empty() && !r.has_table(interp, table, false)? {
                return Err(Self::no_such_table(interp, table));
            }
            Ok(out)
        })
    }

    /// `get_pk_constraint`: the primary key columns in key order. The constraint's name, read from
    /// the same `CREATE TABLE` text, is kept for [`Self::pk_name`].
    pub fn pk(&self, interp: &mut Interp, table: &str) -> PyResult<Rc<Vec<String>>> {
        self.memo(format!("pk\u{1f}{table}"), |r| {
            let sql = r.table_sql(interp, table, false)?;
            let name = sql.as_deref().and_then(super::table_sql::pk_constraint_name);
            r.cache.borrow_mut().insert(format!("pkname\u{1f}{table}"), Rc::new(name) as Rc<dyn Any>);
            let mut pk: Vec<(i64, String)> = r
                .columns(interp, table)?
                .iter()
                .filter(|c| c.primary_key > 0)
                .map(|c| (c.primary_key, c.name.clone()))
                .collect();
            pk.sort();
            Ok(pk.into_iter().map(|(_, n)| n).collect())
        })
    }

    /// The name of `table`'s primary key constraint (`CONSTRAINT pk_x PRIMARY KEY`), if it has one.
    pub fn pk_name(&self, interp: &mut Interp, table: &str) -> PyResult<Option<String>> {
        self.pk(interp, table)?;
        let hit = self.cache.borrow().get(&format!("pkname\u{1f}{table}")).cloned();
        Ok(hit.and_then(|v| v.downcast::<Option<String>>().ok()).and_then(|v| (*v).clone()))
    }

    /// `get_foreign_keys` (columns: id, seq, table, from, to, on_update, on_delete, match): the pragma
    /// lists the last-declared constraint first; SQLAlchemy gives declaration order.
    pub fn foreign_keys(&self, interp: &mut Interp, table: &str) -> PyResult<Rc<Vec<ForeignKeyRows>>> {
        self.memo(format!("fks\u{1f}{table}"), |r| {
            let mut groups: Vec<ForeignKeyRows> = Vec::new();
            for row in r.pragma(interp, "foreign_key_list", table)? {
                let id = int(row.first());
                let referred = text(row.get(2)).unwrap_or_default();
                let from = text(row.get(3)).unwrap_or_default();
                let to = text(row.get(4));
                let index = match groups.iter().position(|g| g.id == id) {
                    Some(n) => n,
                    None => {
                        // No referred column named: the referred table's primary key.
                        let referred_cols = match to {
                            None => r.pk(interp, &referred).map(|p| (*p).clone()).unwrap_or_default(),
                            Some(_) => Vec::new(),
                        };
                        groups.push(ForeignKeyRows {
                            id,
                            referred,
                            constrained: Vec::new(),
                            referred_cols,
                            on_update: text(row.get(5)).unwrap_or_default(),
                            on_delete: text(row.get(6)).unwrap_or_default(),
                            parsed: None,
                        });
                        groups.len() - 1
                    }
                };
                groups[index].constrained.push(from);
                if let Some(to) = to {
                    groups[index].referred_cols.push(to);
                }
            }
            let sql = r.table_sql(interp, table, false)?;
            groups.sort_by_key(|g| std::cmp::Reverse(g.id));
            // The clauses found in the SQL first (in text order, with their names and options), then
            // the rest as the PRAGMA has them.
            let mut found = Vec::new();
            for parsed in super::table_sql::foreign_keys(sql.as_deref().unwrap_or_default()) {
                let matches = |g: &ForeignKeyRows| {
                    g.parsed.is_none()
                        && g.constrained == parsed.constrained
                        && g.referred == parsed.referred
                        && g.referred_cols == parsed.referred_cols
                };
                if let Some(at) = groups.iter().position(matches) {
                    let mut g = groups.remove(at);
                    g.parsed = Some(parsed);
                    found.push(g);
                }
            }
            found.extend(groups);
            Ok(found)
        })
    }

    /// `get_indexes` (index_list columns: seq, name, unique, origin, partial), sorted by name;
    /// SQLite's automatic indexes only for `get_unique_constraints`.
    pub fn indexes(&self, interp: &mut Interp, table: &str, auto: bool) -> PyResult<Rc<Vec<IndexRows>>> {
        self.memo(format!("indexes\u{1f}{table}\u{1f}{auto}"), |r| {
            let mut found = Vec::new();
            for row in r.pragma(interp, "index_list", table)? {
                let Some(name) = text(row.get(1)) else { continue };
                if auto || !name.starts_with("sqlite_autoindex") {
                    found.push(IndexRows { name, unique: int(row.get(2)), columns: Vec::new() });
                }
            }
            for ix in found.iter_mut() {
                ix.columns = r.pragma(interp, "index_info", &ix.name)?.iter().filter_map(|c| text(c.get(2))).collect();
            }
            found.sort_by(|a, b| a.name.cmp(&b.name));
            if found.is_empty() && !r.has_table(interp, table, false)? {
                return Err(Self::no_such_table(interp, table));
            }
            Ok(found)
        })
    }

    /// `get_unique_constraints`: the UNIQUE constraints written in the table's SQL (name and
    /// columns), each kept when SQLite made an automatic index for its columns.
    pub fn uniques(&self, interp: &mut Interp, table: &str) -> PyResult<Rc<UniqueRows>> {
        self.memo(format!("uniques\u{1f}{table}"), |r| {
            let indexes = r.indexes(interp, table, true)?;
            let sql = r.table_sql(interp, table, true)?;
            let mut auto: Vec<Vec<String>> = indexes
                .iter()
                .filter(|ix| ix.name.starts_with("sqlite_autoindex"))
                .map(|ix| ix.columns.clone())
                .collect();
            let mut out = Vec::new();
            for (name, cols) in super::table_sql::unique_constraints(sql.as_deref().unwrap_or_default()) {
                if let Some(at) = auto.iter().position(|a| *a == cols) {
                    auto.remove(at);
                    out.push((name, cols));
                }
            }
            Ok(out)
        })
    }

    /// `get_check_constraints`: the CHECK constraints of the table's SQL, by name.
    pub fn checks(&self, interp: &mut Interp, table: &str) -> PyResult<Vec<(Option<String>, String)>> {
        let sql = self.table_sql(interp, table, true)?;
        Ok(super::table_sql::check_constraints(sql.as_deref().unwrap_or_default()))
    }

    /// `Inspector._get_reflection_info` for some tables: each method over all of them, in
    /// SQLAlchemy's order; tables whose columns cannot be read are left out.
    pub fn gather(&self, interp: &mut Interp, names: &[String]) -> PyResult<Vec<String>> {
        let orm = crate::orm::orm(interp)?;
        let mut found = Vec::new();
        for n in names {
            match self.columns(interp, n) {
                Ok(_) => found.push(n.clone()),
                Err(e) if orm.exception_is(&e, SaExc::NoSuchTableError) => {}
                Err(e) => return Err(e),
            }
        }
        if found.is_empty() {
            return Ok(found);
        }
        for n in &found {
            self.pk(interp, n)?;
        }
        for n in &found {
            self.foreign_keys(interp, n)?;
        }
        for n in &found {
            self.indexes(interp, n, false)?;
        }
        for n in &found {
            self.uniques(interp, n)?;
        }
        for n in &found {
            self.table_sql(interp, n, true)?;
        }
        Ok(found)
    }
}
