//! LIMIT / OFFSET as each dialect writes it (`limit_clause`), and the standard `fetch_clause`.

use super::super::{Compiler, Dialect, Kw};
use crate::sql::elements::ExprRef;
use crate::sql::elements::build;
use crate::sql::error::SqlResult;
use crate::sql::value::SqlValue;

impl Compiler {
    /// `fetch_clause`, which no dialect here overrides (SQLite then refuses the SQL when run, as it
    /// does under SQLAlchemy): `OFFSET n ROWS` and `FETCH FIRST n ROWS ONLY`.
    pub(super) fn fetch_clause(
        &mut self,
        fetch: &crate::sql::selectable::Fetch,
        offset: Option<&ExprRef>,
        kw: &Kw,
    ) -> SqlResult<String> {
        let mut text = String::new();
        if let Some(o) = offset {
            text.push_str(&format!("\n OFFSET {} ROWS", self.visit(o, kw)?));
        }
        text.push_str(&format!(
            "\n FETCH FIRST {}{} ROWS {}",
            self.visit(&fetch.count, kw)?,
            if fetch.percent { " PERCENT" } else { "" },
            if fetch.with_ties { "WITH TIES" } else { "ONLY" }
        ));
        Ok(text)
    }

    /// `limit_clause` per dialect: SQLite always writes `OFFSET` (`LIMIT ? OFFSET ?`), and `LIMIT -1`
    /// for an offset alone.
    pub(crate) fn limit_clause(
        &mut self,
        limit: Option<&ExprRef>,
        offset: Option<&ExprRef>,
        kw: &Kw,
    ) -> SqlResult<String> {
        let mut text = String::new();
        match self.dialect {
            Dialect::Sqlite => {
                if let Some(l) = limit {
                    text.push_str(&format!("\n LIMIT {}", self.visit(l, kw)?));
                }
                match offset {
                    Some(o) => {
                        if limit.is_none() {
                            let minus = build::literal(SqlValue::Int(-1), None);
                            self.made.push(minus.clone());
                            text.push_str(&format!("\n LIMIT {}", self.visit(&minus, kw)?));
                        }
                        text.push_str(&format!(" OFFSET {}", self.visit(o, kw)?));
                    }
                    None => {
                        let zero = build::literal(SqlValue::Int(0), None);
                        self.made.push(zero.clone());
                        text.push_str(&format!(" OFFSET {}", self.visit(&zero, kw)?));
                    }
                }
            }
            Dialect::Mysql => match (limit, offset) {
                (Some(l), None) => text.push_str(&format!(" \n LIMIT {}", self.visit(l, kw)?)),
                (l, Some(o)) => {
                    let l = match l {
                        Some(l) => self.visit(l, kw)?,
                        None => "18446744073709551615".into(),
                    };
                    text.push_str(&format!(" \n LIMIT {}, {l}", self.visit(o, kw)?));
                }
                (None, None) => {}
            },
            Dialect::Postgresql => {
                if let Some(l) = limit {
                    text.push_str(&format!(" \n LIMIT {}", self.visit(l, kw)?));
                }
                if let Some(o) = offset {
                    if limit.is_none() {
                        text.push_str(" \n LIMIT ALL");
                    }
                    text.push_str(&format!(" OFFSET {}", self.visit(o, kw)?));
                }
            }
            _ => {
                if let Some(l) = limit {
                    text.push_str(&format!("\n LIMIT {}", self.visit(l, kw)?));
                }
                if let Some(o) = offset {
                    if limit.is_none() {
                        text.push_str("\n LIMIT -1");
                    }
                    text.push_str(&format!(" OFFSET {}", self.visit(o, kw)?));
                }
            }
        }
        Ok(text)
    }
}
