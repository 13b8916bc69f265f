//! INSERT / UPDATE / DELETE (`visit_insert`, `visit_update`, `visit_delete` and crud.py's parameter
//! rules): which columns an INSERT names (the given values, the execution's keys, the Python-side
//! defaults to pre-execute), values bound under the column's key (`VALUES (:name, :fullname)`), SQL
//! expressions inline and parenthesised, `UPDATE ... FROM` for the other tables of the WHERE clause,
//! RETURNING without table names on SQLite.

mod multitable;
mod update;

use super::{Compiler, Dialect, Kw, StackEntry};
use crate::sql::dml::{DmlKey, DmlStatement, DmlValue, Insert, OnConflict};
use crate::sql::elements::build::{self, self_group};
use crate::sql::elements::{BindParam, BindValue, ColumnInfo, Expr, ExprRef, Name};
use crate::sql::error::{SqlError, SqlResult};
use crate::sql::schema::ColumnDefault;
use crate::sql::selectable::columns::columns_plus_names;
use crate::sql::selectable::{FromRef, LabelStyle};
use std::rc::Rc;

/// One SET / VALUES entry: the column and its rendered value.
struct CrudParam {
    col: Rc<ColumnInfo>,
    value: String,
}

fn table_columns(table: &FromRef) -> Vec<Rc<ColumnInfo>> {
    table.columns()
}

fn find_value<'a>(values: &'a [(DmlKey, DmlValue)], key: &str) -> Option<&'a DmlValue> {
    values.iter().find(|(k, _)| k.key() == key).map(|(_, v)| v)
}

impl Compiler {
    pub(crate) fn visit_dml(
        &mut self,
        stmt: &DmlStatement,
        column_keys: Option<&[String]>,
        kw: &Kw,
    ) -> SqlResult<String> {
        match stmt {
            DmlStatement::Insert(i) => self.visit_insert(i, column_keys, kw),
            DmlStatement::Update(u) => self.visit_update(u, column_keys, kw),
            DmlStatement::Delete(d) => self.visit_delete(d, kw),
        }
    }

    fn dml_table(&self, t: &Option<FromRef>) -> SqlResult<FromRef> {
        t.clone().ok_or_else(|| SqlError::compile("DML statement has no table"))
    }

    /// A value for column `col` in VALUES / SET: a literal is bound under the column key (`name`, or
    /// `name_m0` in a multi-row VALUES); an anonymous `bindparam()` takes the column's key; SQL is
    /// rendered inline, parenthesised as needed.
    fn crud_value(&mut self, col: &Rc<ColumnInfo>, value: &DmlValue, bind_name: &str, kw: &Kw) -> SqlResult<String> {
        match value {
            DmlValue::Value(v) => {
                let b = BindParam {
                    key: Name::plain(bind_name),
                    value: BindValue::Value(v.clone()),
                    ty: crate::sql::schema::effective_type(col),
                    expanding: false,
                    expand_op: None,
                    literal_execute: false,
                    is_crud: true,
                };
                let e = Rc::new(Expr::Bind(b.clone()));
                self.visit_bindparam(&e, &b, kw)
            }
            DmlValue::Expr(e) => match &**e {
                Expr::Bind(b) => {
                    let mut b = b.clone();
                    if b.key.is_anon() {
                        b.key = Name::plain(bind_name);
                    }
                    if b.ty.is_null() {
                        b.ty = crate::sql::schema::effective_type(col);
                    }
                    let e2 = Rc::new(Expr::Bind(b.clone()));
                    self.visit_bindparam(&e2, &b, kw)
                }
                _ => self.grouped(e, kw),
            },
        }
    }

    /// A SQL expression as a value in SET / VALUES: SQLAlchemy renders it after `self_group()`, so
    /// a compound expression there carries its own parentheses.
    fn grouped(&mut self, e: &ExprRef, kw: &Kw) -> SqlResult<String> {
        self.visit(&self_group(e, None), kw)
    }

    /// A bound parameter filled at execution (`REQUIRED`, or a pre-executed default).
    fn required_bind(&mut self, col: &Rc<ColumnInfo>, name: &str, kw: &Kw) -> SqlResult<String> {
        let b = BindParam {
            key: Name::plain(name),
            value: BindValue::Required,
            ty: crate::sql::schema::effective_type(col),
            expanding: false,
            expand_op: None,
            literal_execute: false,
            is_crud: true,
        };
        let e = Rc::new(Expr::Bind(b.clone()));
        self.visit_bindparam(&e, &b, kw)
    }

    /// `insert().from_select(names, select)` fills the other columns' `default=`s too
    /// (`_scan_insert_from_select_cols`, `include_insert_from_select_defaults`): each such column joins
    /// the column list and the SELECT gains its value — a SQL default inline, a Python one as a
    /// pre-executed parameter named by the column's key (`:score AS anon_2`).
    fn insert_from_select_defaults(
        &mut self,
        table: &FromRef,
        names: &[String],
        select: &crate::sql::selectable::SelectStmt,
        cols: &mut Vec<String>,
    ) -> crate::sql::selectable::SelectStmt {
        use crate::sql::selectable::SelectStmt;
        let SelectStmt::Select(sel) = select else { return select.clone() };
        let mut extra: Vec<ExprRef> = Vec::new();
        for c in table_columns(table) {
            if names.iter().any(|n| *n == c.key || *n == c.name.text()) {
                continue;
            }
            match c.schema.as_ref().and_then(|s| s.default.clone()) {
                Some(ColumnDefault::Sql(e)) => extra.push(self_group(&e, None)),
                Some(ColumnDefault::Scalar(_) | ColumnDefault::Callable { .. }) => {
                    let b = BindParam {
                        key: Name::plain(&c.key),
                        value: BindValue::Required,
                        ty: crate::sql::schema::effective_type(&c),
                        expanding: false,
                        expand_op: None,
                        literal_execute: false,
                        is_crud: true,
                    };
                    self.prefetch.push((c.key.clone(), c.clone()));
                    extra.push(Rc::new(Expr::Bind(b)));
                }
                None => continue,
            }
            cols.push(self.quote(&c.name.text()));
        }
        if extra.is_empty() {
            return select.clone();
        }
        let mut sel = (**sel).clone();
        sel.columns.extend(extra);
        SelectStmt::Select(Rc::new(sel))
    }

    /// The VALUES entries of a single-row INSERT (`_scan_cols`).
    fn insert_params(
        &mut self,
        ins: &Insert,
        table: &FromRef,
        column_keys: Option<&[String]>,
        kw: &Kw,
    ) -> SqlResult<Vec<CrudParam>> {
        let cols = table_columns(table);
        let stmt_values: Vec<(DmlKey, DmlValue)> = ins.values.clone().unwrap_or_default();
        if ins.values.is_none() && column_keys.is_none() && ins.multi_values.is_empty() {
            let mut out = Vec::new();
            for c in &cols {
                let v = self.required_bind(c, &c.key, kw)?;
                out.push(CrudParam { col: c.clone(), value: v });
            }
            return Ok(out);
        }
        let keys: Vec<String> = column_keys.map(|k| k.to_vec()).unwrap_or_default();
        let table_keys: Vec<String> = cols.iter().map(|c| c.key.clone()).collect();
        for (k, _) in &stmt_values {
            if !table_keys.contains(&k.key()) {
                return Err(SqlError::compile(format!("Unconsumed column names: {}", k.key())));
            }
        }
        let mut out = Vec::new();
        for c in &cols {
            if let Some(v) = find_value(&stmt_values, &c.key) {
                let name = c.key.clone();
                let value = self.crud_value(c, v, &name, kw)?;
                out.push(CrudParam { col: c.clone(), value });
            } else if keys.contains(&c.key) {
                let value = self.required_bind(c, &c.key, kw)?;
                out.push(CrudParam { col: c.clone(), value });
            } else if let Some(d) = c.schema.as_ref().and_then(|s| s.default.clone()) {
                match d {
                    ColumnDefault::Sql(e) => {
                        let value = self.grouped(&e, kw)?;
                        out.push(CrudParam { col: c.clone(), value });
                    }
                    ColumnDefault::Scalar(_) | ColumnDefault::Callable { .. } => {
                        let value = self.required_bind(c, &c.key, kw)?;
                        self.prefetch.push((c.key.clone(), c.clone()));
                        out.push(CrudParam { col: c.clone(), value });
                    }
                }
            }
        }
        Ok(out)
    }

    /// ` (a, b) VALUES (...), (...)` of a multi-row INSERT: the first row's columns plus every column
    /// with a default; later rows name a value `key_m<i>` or take the column's default — a SQL
    /// default inline, a Python one pre-executed into its own parameter (crud.py's
    /// `_extend_values_for_multiparams`).
    fn multi_values(&mut self, ins: &Insert, table: &FromRef, kw: &Kw) -> SqlResult<String> {
        let cols = table_columns(table);
        let first = &ins.multi_values[0];
        let default_of = |c: &Rc<ColumnInfo>| c.schema.as_ref().and_then(|s| s.default.clone());
        let used: Vec<Rc<ColumnInfo>> =
            cols.iter().filter(|c| find_value(first, &c.key).is_some() || default_of(c).is_some()).cloned().collect();
        let names: Vec<String> = used.iter().map(|c| self.quote(&c.name.text())).collect();
        let mut rows = Vec::new();
        for (i, row) in ins.multi_values.iter().enumerate() {
            let mut vals = Vec::new();
            for c in &used {
                let name = format!("{}_m{i}", c.key);
                let v = match (find_value(row, &c.key), default_of(c)) {
                    (Some(v), _) => self.crud_value(c, v, &name, kw)?,
                    (None, Some(ColumnDefault::Sql(e))) => self.grouped(&e, kw)?,
                    (None, Some(_)) => {
                        let name = if i == 0 { c.key.clone() } else { name };
                        self.prefetch.push((name.clone(), c.clone()));
                        self.required_bind(c, &name, kw)?
                    }
                    (None, None) => self.required_bind(c, &name, kw)?,
                };
                vals.push(v);
            }
            rows.push(format!("({})", vals.join(", ")));
        }
        Ok(format!(" ({}) VALUES {}", names.join(", "), rows.join(", ")))
    }

    fn visit_insert(&mut self, ins: &Insert, column_keys: Option<&[String]>, kw: &Kw) -> SqlResult<String> {
        let table = self.dml_table(&ins.table)?;
        let toplevel = self.stack.is_empty();
        self.is_insert = true;
        self.stack.push(StackEntry::default());
        let mut text = String::from("INSERT ");
        for p in &ins.prefixes {
            text.push_str(p);
            text.push(' ');
        }
        let mut tkw = kw.clone();
        tkw.asfrom = true;
        text.push_str("INTO ");
        text.push_str(&self.visit_from(&table, &tkw)?);
        let mut implicit_returning: Vec<ExprRef> = Vec::new();
        if let Some((names, select)) = &ins.select {
            let mut cols: Vec<String> = names.iter().map(|n| self.quote(n)).collect();
            let select = self.insert_from_select_defaults(&table, names, select, &mut cols);
            text.push_str(&format!(" ({})", cols.join(", ")));
            let mut skw = kw.clone();
            skw.insert_into = true;
            let select_text = self.visit_select_stmt(&select, &skw)?;
            text.push_str(&format!(" {select_text}"));
        } else if !ins.multi_values.is_empty() {
            let rows = self.multi_values(ins, &table, kw)?;
            text.push_str(&rows);
        } else {
            let params = self.insert_params(ins, &table, column_keys, kw)?;
            // PostgreSQL fetches a generated primary key with RETURNING (SQLite uses lastrowid).
            if self.dialect == Dialect::Postgresql && toplevel && ins.returning.is_empty() && !ins.inline {
                let pk: Vec<ExprRef> = table
                    .column_refs()
                    .into_iter()
                    .filter(|c| c.col.primary_key && !params.iter().any(|p| Rc::ptr_eq(&p.col, &c.col)))
                    .map(|c| Rc::new(Expr::Column(c)) as ExprRef)
                    .collect();
                if pk.len() == 1 {
                    implicit_returning = pk;
                }
            }
            if params.is_empty() && self.dialect != Dialect::Default {
                text.push_str(" DEFAULT VALUES");
            } else {
                let names: Vec<String> = params.iter().map(|p| self.quote(&p.col.name.text())).collect();
                let values: Vec<String> = params.iter().map(|p| p.value.clone()).collect();
                if params.is_empty() {
                    text.push_str(" () VALUES ()");
                } else {
                    text.push_str(&format!(" ({}) VALUES ({})", names.join(", "), values.join(", ")));
                }
            }
        }
        if let Some(oc) = &ins.on_conflict {
            text.push(' ');
            text.push_str(&self.on_conflict(oc, &table, kw)?);
        }
        let returning_cols = if ins.returning.is_empty() { &implicit_returning } else { &ins.returning };
        if let Some(r) = self.returning_text(returning_cols, toplevel, kw)? {
            text.push(' ');
            text.push_str(&r);
        }
        self.stack.pop();
        Ok(self.with_ctes(text, toplevel))
    }

    /// SQLite's `ON CONFLICT (...) DO NOTHING` / `DO UPDATE SET ...`.
    fn on_conflict(&mut self, oc: &OnConflict, table: &FromRef, kw: &Kw) -> SqlResult<String> {
        let target = |c: &Compiler, cols: &[String]| {
            if cols.is_empty() {
                String::new()
            } else {
                format!("({}) ", cols.iter().map(|n| c.quote(n)).collect::<Vec<_>>().join(", "))
            }
        };
        match oc {
            OnConflict::DoNothing { index_elements } => {
                Ok(format!("ON CONFLICT {}DO NOTHING", target(self, index_elements)))
            }
            OnConflict::DoUpdate { index_elements, set, where_ } => {
                let cols = table_columns(table);
                let mut parts = Vec::new();
                for (k, v) in set {
                    let key = k.key();
                    let Some(c) = cols.iter().find(|c| c.key == key).cloned() else {
                        return Err(SqlError::compile(format!("Unconsumed column names: {key}")));
                    };
                    let vkw = kw.clone();
                    let value = match v {
                        DmlValue::Value(val) => {
                            let e = build::literal(val.clone(), Some(c.ty.clone()));
                            self.visit(&e, &vkw)?
                        }
                        DmlValue::Expr(e) => self.grouped(e, &vkw)?,
                    };
                    parts.push(format!("{} = {value}", self.quote(&c.name.text())));
                }
                let mut text =
                    format!("ON CONFLICT {}DO UPDATE SET {}", target(self, index_elements), parts.join(", "));
                if let Some(w) = where_ {
                    text.push_str(&format!(" WHERE {}", self.visit(w, kw)?));
                }
                Ok(text)
            }
        }
    }

    /// The RETURNING clause: SQLite without table names, the default dialect as a SELECT would.
    fn returning_text(&mut self, cols: &[ExprRef], toplevel: bool, kw: &Kw) -> SqlResult<Option<String>> {
        if cols.is_empty() {
            return Ok(None);
        }
        let mut parts = Vec::new();
        for cpn in columns_plus_names(cols, LabelStyle::Disambiguate, true) {
            let mut ckw = kw.clone();
            ckw.within_columns_clause = true;
            ckw.add_to_result_map = toplevel;
            ckw.include_table = self.dialect != Dialect::Sqlite;
            let c = &cpn.column;
            let s = match (&**c, &cpn.required_label) {
                (Expr::Label(l), _) => self.visit_label(c, l, &ckw)?,
                (_, Some(name)) => self.visit_compile_label(c, name, c.ty(), &ckw)?,
                (Expr::Column(_) | Expr::Text(_), None) => self.visit(c, &ckw)?,
                (_, None) => {
                    let label =
                        cpn.fallback_label.clone().unwrap_or_else(|| crate::sql::elements::naming::anon_name_label(c));
                    self.visit_compile_label(c, &label, c.ty(), &ckw)?
                }
            };
            parts.push(s);
        }
        Ok(Some(format!("RETURNING {}", parts.join(", "))))
    }
}
