//! Bound parameters: how the compiler renders one (`visit_bindparam`, `render_literal_bindparam`), and
//! how a [`CompiledSql`] becomes text — the dialect's placeholders for display, or SQLite's `?` with the
//! values in order for execution, IN lists expanded per value (`_process_parameters_for_postcompile`).
//!
//! While compiling, an ordinary parameter is written as a marker (`\u{1}name\u{2}`) and an expanding
//! or literal-execute one as SQLAlchemy's `__[POSTCOMPILE_name]`; the markers become placeholders
//! only when the final text is rendered, in text order, as SQLAlchemy's positional processing does.

use super::{Compiler, Dialect, Kw, ResultColumnEntry};
use crate::db::Cell;
use crate::sql::elements::{BindParam, BindValue, ColumnInfo, ExprRef};
use crate::sql::error::{SqlError, SqlErrorKind, SqlResult};
use crate::sql::ops::Op;
use crate::sql::types::{SqlType, TypeKind};
use crate::sql::value::SqlValue;
use indexmap::IndexMap;
use std::collections::HashMap;
use std::rc::Rc;

const OPEN: char = '\u{1}';
const CLOSE: char = '\u{2}';
const POSTCOMPILE: &str = "__[POSTCOMPILE_";

/// A compiled statement: text with parameter markers, the parameters, the result columns.
#[derive(Debug, Clone)]
pub struct CompiledSql {
    pub(crate) text: String,
    pub dialect: Dialect,
    pub binds: IndexMap<String, BindParam>,
    pub result_columns: Vec<ResultColumnEntry>,
    /// Parameters the executor fills from column defaults: (bind name, column).
    pub prefetch: Vec<(String, Rc<ColumnInfo>)>,
}

/// Parameter values supplied at execution, by key.
#[derive(Debug, Clone, Default)]
pub struct ParamSet {
    pub values: HashMap<String, SqlValue>,
}

impl ParamSet {
    pub fn new() -> ParamSet {
        ParamSet::default()
    }

    pub fn with(mut self, key: &str, value: SqlValue) -> ParamSet {
        self.values.insert(key.to_string(), value);
        self
    }
}

impl CompiledSql {
    /// The statement as `str(compiled)` shows it: the dialect's placeholders, IN lists as
    /// `__[POSTCOMPILE_name]`.
    pub fn string(&self) -> String {
        let mut out = String::with_capacity(self.text.len());
        let mut rest = self.text.as_str();
        while let Some(pos) = rest.find(OPEN) {
            out.push_str(&rest[..pos]);
            let after = &rest[pos + 1..];
            let end = after.find(CLOSE).unwrap_or(after.len());
            let name = &after[..end];
            out.push_str(&placeholder(self.dialect, name));
            if let Some(cast) = self.binds.get(name).and_then(|b| bind_cast(self.dialect, &b.ty)) {
                out.push_str("::");
                out.push_str(&cast);
            }
            rest = after.get(end + 1..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }

    /// The parameter names in placeholder order (`positiontup`).
    pub fn positional_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        scan(&self.text, |tok| match tok {
            Token::Bind(n) | Token::PostCompile(n) => names.push(n.to_string()),
            Token::Text(_) => {}
        });
        names
    }

    /// `compiled.params`: each parameter's value (`None` when supplied at execution only).
    pub fn params(&self) -> Vec<(String, Option<SqlValue>)> {
        self.binds
            .iter()
            .map(|(name, b)| {
                let v = match &b.value {
                    BindValue::Value(v) => Some(v.clone()),
                    BindValue::Required => None,
                };
                (name.clone(), v)
            })
            .collect()
    }

    /// The value of parameter `name` for one execution: the supplied one (by key, then by name), else
    /// the bound one.
    fn value_for(&self, name: &str, b: &BindParam, params: &ParamSet) -> SqlResult<SqlValue> {
        if !b.key.is_anon()
            && let Some(v) = params.values.get(&b.key.text())
        {
            return Ok(v.clone());
        }
        if let Some(v) = params.values.get(name) {
            return Ok(v.clone());
        }
        match &b.value {
            BindValue::Value(v) => Ok(v.clone()),
            BindValue::Required => Err(SqlError::new(
                SqlErrorKind::MissingParameter,
                format!(
                    "A value is required for bind parameter '{}'",
                    if b.key.is_anon() { name.to_string() } else { b.key.text() }
                ),
            )),
        }
    }

    /// The text SQLite executes for one parameter set, and the values for its placeholders, bind
    /// processed by each parameter's type.
    pub fn execution(&self, params: &ParamSet) -> SqlResult<(String, Vec<Cell>)> {
        let mut out = String::with_capacity(self.text.len());
        let mut cells = Vec::new();
        let mut error: Option<SqlError> = None;
        scan(&self.text, |tok| {
            if error.is_some() {
                return;
            }
            let result = match tok {
                Token::Text(t) => {
                    out.push_str(t);
                    Ok(())
                }
                Token::Bind(name) => self.emit_bind(name, params, &mut out, &mut cells),
                Token::PostCompile(name) => self.emit_postcompile(name, params, &mut out, &mut cells),
            };
            if let Err(e) = result {
                error = Some(e);
            }
        });
        match error {
            Some(e) => Err(e),
            None => Ok((out, cells)),
        }
    }

    fn emit_bind(&self, name: &str, params: &ParamSet, out: &mut String, cells: &mut Vec<Cell>) -> SqlResult<()> {
        let Some(b) = self.binds.get(name) else {
            out.push('?');
            cells.push(Cell::Null);
            return Ok(());
        };
        let v = self.value_for(name, b, params)?;
        out.push_str(&placeholder(self.dialect, name));
        cells.push(bind_cell(&v, &b.ty)?);
        Ok(())
    }

    fn emit_postcompile(
        &self,
        name: &str,
        params: &ParamSet,
        out: &mut String,
        cells: &mut Vec<Cell>,
    ) -> SqlResult<()> {
        let Some(b) = self.binds.get(name) else { return Ok(()) };
        let v = self.value_for(name, b, params)?;
        if !b.expanding {
            // literal_execute: the value inline.
            out.push_str(&v.literal(&b.ty, self.dialect == Dialect::Sqlite).unwrap_or_else(|| "NULL".into()));
            return Ok(());
        }
        let items = match v {
            SqlValue::List(items) | SqlValue::Tuple(items) => items,
            other => vec![other],
        };
        if items.is_empty() {
            out.push_str(&empty_set(self.dialect, &b.ty, b.expand_op.as_ref()));
            return Ok(());
        }
        let is_tuple = b.ty.kind == TypeKind::Tuple || matches!(items.first(), Some(SqlValue::Tuple(_)));
        if is_tuple {
            let rows: Vec<String> = items
                .iter()
                .map(|row| {
                    let elems = match row {
                        SqlValue::Tuple(e) | SqlValue::List(e) => e.clone(),
                        other => vec![other.clone()],
                    };
                    let mut ph = Vec::new();
                    for (j, e) in elems.iter().enumerate() {
                        let ty = b.ty.items.get(j).cloned().unwrap_or_else(|| e.natural_type());
                        cells.push(bind_cell(e, &ty)?);
                        ph.push(placeholder(self.dialect, name));
                    }
                    Ok(format!("({})", ph.join(", ")))
                })
                .collect::<SqlResult<_>>()?;
            if self.dialect.tuple_in_values() {
                out.push_str("VALUES ");
            }
            out.push_str(&rows.join(", "));
        } else {
            let mut ph = Vec::new();
            for e in &items {
                cells.push(bind_cell(e, &b.ty)?);
                ph.push(placeholder(self.dialect, name));
            }
            out.push_str(&ph.join(", "));
        }
        Ok(())
    }
}

/// A value as the driver receives it for a parameter of type `ty`.
fn bind_cell(v: &SqlValue, ty: &SqlType) -> SqlResult<Cell> {
    v.bind(ty).map_err(|m| SqlError::new(SqlErrorKind::Argument, m))
}

/// SQLite's and the other dialects' empty-IN forms (`visit_empty_set_op_expr`).
fn empty_set(dialect: Dialect, ty: &SqlType, op: Option<&Op>) -> String {
    let n = if ty.kind == TypeKind::Tuple { ty.items.len().max(1) } else { 1 };
    match dialect {
        Dialect::Sqlite => {
            let ones = vec!["1"; n].join(", ");
            format!("SELECT {ones} FROM (SELECT {ones}) WHERE 1!=1")
        }
        _ => {
            let nulls = if n > 1 { format!("({})", vec!["NULL"; n].join(", ")) } else { "NULL".into() };
            match op {
                Some(Op::NotIn) => format!("{nulls}) OR (1 = 1"),
                _ => format!("{nulls}) AND (1 != 1"),
            }
        }
    }
}

/// PostgreSQL (psycopg) renders a cast after parameters of the types whose psycopg implementation sets
/// `render_bind_cast` (`%(x_1)s::VARCHAR`): strings, integers, booleans, dates and times, JSON, UUID.
fn bind_cast(dialect: Dialect, ty: &SqlType) -> Option<String> {
    if dialect != Dialect::Postgresql {
        return None;
    }
    Some(match ty.kind {
        TypeKind::String | TypeKind::Text | TypeKind::Unicode | TypeKind::UnicodeText => "VARCHAR".into(),
        TypeKind::Integer => "INTEGER".into(),
        TypeKind::SmallInteger => "SMALLINT".into(),
        TypeKind::BigInteger => "BIGINT".into(),
        TypeKind::Boolean => "BOOLEAN".into(),
        // psycopg's numeric types (`_PsycopgNumeric`, `_PsycopgFloat`) set no `render_bind_cast`.
        TypeKind::Uuid => "UUID".into(),
        TypeKind::Date => "DATE".into(),
        TypeKind::DateTime => "TIMESTAMP WITHOUT TIME ZONE".into(),
        TypeKind::Time => "TIME WITHOUT TIME ZONE".into(),
        TypeKind::Json => "JSON".into(),
        _ => return None,
    })
}

/// A placeholder in the dialect's parameter style.
fn placeholder(dialect: Dialect, name: &str) -> String {
    match dialect {
        Dialect::Sqlite => "?".into(),
        Dialect::Postgresql => format!("%({name})s"),
        Dialect::Mysql => "%s".into(),
        Dialect::Default | Dialect::Oracle => format!(":{name}"),
    }
}

enum Token<'a> {
    Text(&'a str),
    Bind(&'a str),
    PostCompile(&'a str),
}

/// Splits compiled text into text, parameter markers and post-compile tokens.
fn scan<'a>(text: &'a str, mut f: impl FnMut(Token<'a>)) {
    let mut rest = text;
    loop {
        let open = rest.find(OPEN);
        let post = rest.find(POSTCOMPILE);
        let next = match (open, post) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let Some(pos) = next else {
            if !rest.is_empty() {
                f(Token::Text(rest));
            }
            return;
        };
        if pos > 0 {
            f(Token::Text(&rest[..pos]));
        }
        if Some(pos) == open {
            let after = &rest[pos + 1..];
            let end = after.find(CLOSE).unwrap_or(after.len());
            f(Token::Bind(&after[..end]));
            rest = after.get(end + 1..).unwrap_or("");
        } else {
            let after = &rest[pos + POSTCOMPILE.len()..];
            let end = after.find(']').unwrap_or(after.len());
            f(Token::PostCompile(&after[..end]));
            rest = after.get(end + 1..).unwrap_or("");
        }
    }
}

/// `_bind_translate_re`: characters a parameter name cannot carry become `_`.
fn escape_bind_name(name: &str) -> String {
    name.chars().map(|c| if matches!(c, '%' | '(' | ')' | ':' | '.' | '[' | ']' | ' ') { '_' } else { c }).collect()
}

impl Compiler {
    /// `visit_bindparam`.
    pub(crate) fn visit_bindparam(&mut self, e: &ExprRef, b: &BindParam, kw: &Kw) -> SqlResult<String> {
        let literal_binds = kw.literal_binds || self.options.literal_binds;
        if literal_binds {
            let ret = self.render_literal_bindparam(b)?;
            return Ok(if b.expanding { format!("({ret})") } else { ret });
        }
        let _ = e;
        let name = escape_bind_name(&self.resolve(&b.key));
        let literal_execute = kw.literal_execute || b.literal_execute;
        let post_compile = literal_execute || b.expanding;
        if !self.binds.contains_key(&name) {
            self.binds.insert(name.clone(), b.clone());
        } else if let Some(existing) = self.binds.get(&name)
            && existing.expanding != b.expanding
        {
            return Err(SqlError::compile(format!(
                "Can't reuse bound parameter name '{name}' in both 'expanding' (e.g. within an IN expression) and non-expanding contexts.  If this parameter is to receive a list/array value, set 'expanding=True' on it for expressions that aren't IN, otherwise use a different parameter name."
            )));
        }
        let ret = if post_compile {
            if self.options.render_postcompile && b.expanding {
                return Ok(format!("({})", self.render_postcompile_names(&name, b)));
            }
            format!("{POSTCOMPILE}{name}]")
        } else {
            format!("{OPEN}{name}{CLOSE}")
        };
        Ok(if b.expanding { format!("({ret})") } else { ret })
    }

    /// `render_postcompile=True`: an IN list as one parameter per value (`:x_1_1, :x_1_2`).
    fn render_postcompile_names(&mut self, name: &str, b: &BindParam) -> String {
        let items = match &b.value {
            BindValue::Value(SqlValue::List(items)) => items.clone(),
            _ => Vec::new(),
        };
        let mut parts = Vec::new();
        for (i, v) in items.iter().enumerate() {
            let n = format!("{name}_{}", i + 1);
            let mut nb = b.clone();
            nb.expanding = false;
            nb.value = BindValue::Value(v.clone());
            nb.key = crate::sql::elements::Name::plain(&n);
            self.binds.insert(n.clone(), nb);
            parts.push(format!("{OPEN}{n}{CLOSE}"));
        }
        self.binds.shift_remove(name);
        parts.join(", ")
    }

    /// `render_literal_bindparam`: the value written inline.
    pub(crate) fn render_literal_bindparam(&mut self, b: &BindParam) -> SqlResult<String> {
        let value = match &b.value {
            BindValue::Value(v) => v.clone(),
            BindValue::Required => return Ok("NULL".into()),
        };
        let sqlite = self.dialect == Dialect::Sqlite;
        if b.expanding {
            let items = match &value {
                SqlValue::List(items) => items.clone(),
                other => vec![other.clone()],
            };
            if items.is_empty() {
                return Ok(empty_set(self.dialect, &b.ty, b.expand_op.as_ref()));
            }
            let is_tuple = matches!(items.first(), Some(SqlValue::Tuple(_)));
            let parts: Vec<String> = items
                .iter()
                .map(|v| self.literal_value(v, &if is_tuple { v.natural_type() } else { b.ty.clone() }, sqlite))
                .collect::<SqlResult<_>>()?;
            let joined = parts.join(", ");
            return Ok(if is_tuple && self.dialect.tuple_in_values() { format!("VALUES {joined}") } else { joined });
        }
        self.literal_value(&value, &b.ty, sqlite)
    }

    pub(crate) fn literal_value(&self, v: &SqlValue, ty: &SqlType, sqlite: bool) -> SqlResult<String> {
        v.literal(ty, sqlite).ok_or_else(|| {
            SqlError::compile(format!(
                "No literal value renderer is available for literal value \"{}\" with datatype {}",
                v.repr(),
                ty.str()
            ))
        })
    }
}
