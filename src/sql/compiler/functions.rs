//! SQL functions and their companions: `visit_function` (the ANSI keyword functions, SQLite's
//! `now()` → `CURRENT_TIMESTAMP`, package-qualified names), window functions (`OVER (PARTITION BY ...
//! ORDER BY ... ROWS BETWEEN ...)`), `WITHIN GROUP (ORDER BY ...)` and `CASE ... END`.

use super::{Compiler, Dialect, Kw, ResultColumnEntry};
use crate::sql::elements::build::{self, ansi_function_keyword};
use crate::sql::elements::{Case, Expr, ExprRef, FrameBound, Function, Over};
use crate::sql::error::SqlResult;
use crate::sql::types::SqlType;

impl Compiler {
    /// `visit_function`: known functions' special forms (`count(*)`, `CURRENT_TIMESTAMP`, SQLite's
    /// `now()` and `char_length()`), else `name(args)`.
    pub(super) fn visit_function(&mut self, f: &Function, kw: &Kw) -> SqlResult<String> {
        if kw.add_to_result_map {
            self.result_columns.push(ResultColumnEntry {
                keyname: f.name.clone(),
                name: f.name.clone(),
                ty: f.ty.clone(),
                origin: None,
            });
        }
        let mut inner = kw.clone();
        inner.within_aggregate = true;
        inner.add_to_result_map = false;
        inner.within_columns_clause = false;
        let args = if f.star { "*".to_string() } else { self.delimited(&f.args, ", ", &inner)? };
        let argspec = format!("({args})");
        if f.packagenames.is_empty() {
            match (self.dialect, f.name.as_str()) {
                (Dialect::Sqlite, "now") => return Ok("CURRENT_TIMESTAMP".into()),
                (Dialect::Sqlite, "localtimestamp") => return Ok("DATETIME(CURRENT_TIMESTAMP, 'localtime')".into()),
                (Dialect::Sqlite, "char_length") => return Ok(format!("length{argspec}")),
                (Dialect::Sqlite, "aggregate_strings") => return Ok(format!("group_concat{argspec}")),
                (Dialect::Mysql, "now") => return Ok(format!("now{argspec}")),
                (Dialect::Oracle, "now") => return Ok("CURRENT_TIMESTAMP".into()),
                _ => {}
            }
            if let Some(kwd) = ansi_function_keyword(&f.name) {
                return Ok(if f.args.is_empty() { kwd.to_string() } else { format!("{kwd}{argspec}") });
            }
            if matches!(f.name.as_str(), "coalesce" | "random" | "cube" | "rollup") {
                return Ok(format!("{}{argspec}", f.name));
            }
            if f.name == "grouping_sets" {
                return Ok(format!("GROUPING SETS{argspec}"));
            }
        }
        let name = if super::quoting::requires_quotes_illegal_chars(&f.name) {
            super::quoting::force_quote(self.dialect, &f.name)
        } else {
            f.name.clone()
        };
        let mut parts: Vec<String> = f
            .packagenames
            .iter()
            .map(|p| {
                if super::quoting::requires_quotes_illegal_chars(p) {
                    super::quoting::force_quote(self.dialect, p)
                } else {
                    p.clone()
                }
            })
            .collect();
        parts.push(format!("{name}{argspec}"));
        Ok(parts.join("."))
    }

    pub(super) fn visit_over(&mut self, o: &Over, kw: &Kw) -> SqlResult<String> {
        let text = self.visit(&o.element, kw)?;
        let mut parts = Vec::new();
        if !o.partition_by.is_empty() {
            parts.push(format!("PARTITION BY {}", self.delimited(&o.partition_by, ", ", kw)?));
        }
        if !o.order_by.is_empty() {
            parts.push(format!("ORDER BY {}", self.delimited(&o.order_by, ", ", kw)?));
        }
        if let Some((word, lower, upper)) = &o.frame {
            let l = self.frame_bound(lower, true, kw)?;
            let u = self.frame_bound(upper, false, kw)?;
            parts.push(format!("{word} BETWEEN {l} AND {u}"));
        }
        Ok(format!("{text} OVER ({})", parts.join(" ")))
    }

    /// A window frame bound; an offset is a bound parameter (`:param_1 PRECEDING`).
    fn frame_bound(&mut self, b: &FrameBound, is_lower: bool, kw: &Kw) -> SqlResult<String> {
        let offset = |c: &mut Compiler, n: i64| {
            let e = build::literal(crate::sql::value::SqlValue::Int(n), Some(SqlType::integer()));
            c.made.push(e.clone());
            c.visit(&e, kw)
        };
        Ok(match b {
            FrameBound::Unbounded if is_lower => "UNBOUNDED PRECEDING".into(),
            FrameBound::Unbounded => "UNBOUNDED FOLLOWING".into(),
            FrameBound::Current => "CURRENT ROW".into(),
            FrameBound::Preceding(n) => format!("{} PRECEDING", offset(self, *n)?),
            FrameBound::Following(n) => format!("{} FOLLOWING", offset(self, *n)?),
        })
    }

    pub(super) fn visit_within_group(
        &mut self,
        element: &ExprRef,
        order_by: &[ExprRef],
        inline: bool,
        kw: &Kw,
    ) -> SqlResult<String> {
        let order = self.delimited(order_by, ", ", kw)?;
        if inline && matches!(self.dialect, Dialect::Sqlite | Dialect::Default | Dialect::Postgresql | Dialect::Mysql) {
            // `aggregate_order_by()`: ORDER BY inside the argument list.
            if let Expr::Function(f) = &**element {
                let mut inner = kw.clone();
                inner.within_aggregate = true;
                let args = self.delimited(&f.args, ", ", &inner)?;
                return Ok(format!("{}({args} ORDER BY {order})", f.name));
            }
        }
        Ok(format!("{} WITHIN GROUP (ORDER BY {order})", self.visit(element, kw)?))
    }

    pub(super) fn visit_case(&mut self, c: &Case, kw: &Kw) -> SqlResult<String> {
        let mut x = String::from("CASE ");
        if let Some(v) = &c.value {
            x.push_str(&self.visit(v, kw)?);
            x.push(' ');
        }
        for (cond, result) in &c.whens {
            x.push_str(&format!("WHEN {} THEN {} ", self.visit(cond, kw)?, self.visit(result, kw)?));
        }
        if let Some(e) = &c.else_ {
            x.push_str(&format!("ELSE {} ", self.visit(e, kw)?));
        }
        x.push_str("END");
        Ok(x)
    }
}
