//! SELECT (`visit_select`, `_compose_select_body`, `_label_select_column`), compound SELECTs, LIMIT /
//! OFFSET per dialect, and ORDER BY / GROUP BY label resolution.

mod labels;
mod limits;

use super::{Compiler, Dialect, Kw, StackEntry};
use crate::sql::elements::build::where_clause;
use crate::sql::elements::naming::{anon_name_label, is_named_column, non_anon_label};
use crate::sql::elements::{Expr, ExprRef, Name};
use crate::sql::error::{SqlError, SqlResult};
use crate::sql::selectable::columns::columns_plus_names;
use crate::sql::selectable::froms::{correlate, select_froms};
use crate::sql::selectable::{Compound, FromRef, Select, SelectStmt, TextualSelect};
use labels::{compound_label_resolve, label_resolve};
use std::rc::Rc;

fn push_unique(list: &mut Vec<FromRef>, f: FromRef) {
    if !list.iter().any(|x| Rc::ptr_eq(x, &f)) {
        list.push(f);
    }
}

impl Compiler {
    pub(crate) fn visit_select_stmt(&mut self, s: &SelectStmt, kw: &Kw) -> SqlResult<String> {
        match s {
            SelectStmt::Select(sel) => self.visit_select(sel, kw),
            SelectStmt::Compound(c) => self.visit_compound(c, kw),
            SelectStmt::Text(t) => self.visit_textual_select(t, kw),
        }
    }

    fn entry(&self) -> StackEntry {
        self.stack.last().cloned().unwrap_or_default()
    }

    /// `visit_select`.
    pub(crate) fn visit_select(&mut self, select: &Select, kw: &Kw) -> SqlResult<String> {
        let toplevel = self.stack.is_empty();
        let entry = self.entry();
        let mut populate_result_map = toplevel || entry.need_result_map_for_compound;
        if kw.compound_index.is_some_and(|i| i > 0) {
            populate_result_map = false;
        }
        let is_embedded = kw.compound_index.is_some() || kw.insert_into;

        // The FROM list, correlated against the enclosing statements.
        let froms = select_froms(select)?;
        let (explicit, implicit) = if kw.asfrom && !kw.lateral {
            let explicit: Vec<FromRef> = entry
                .correlate_froms
                .iter()
                .filter(|f| !entry.asfrom_froms.iter().any(|a| Rc::ptr_eq(a, f)))
                .cloned()
                .collect();
            (explicit, Vec::new())
        } else {
            (entry.correlate_froms.clone(), entry.asfrom_froms.clone())
        };
        let froms = correlate(froms, select, &explicit, &implicit).map_err(|_| {
            SqlError::invalid(
                "Select statement '<sqlalchemy.sql.selectable.Select object>' returned no FROM clauses due to auto-correlation; specify correlate(<tables>) to control correlation manually.",
            )
        })?;
        if let Some(idx) = kw.compound_index
            && idx > 0
            && let Some(n) = entry.select_0_columns
            && n != select.columns.len()
        {
            return Err(SqlError::compile(format!(
                "All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has {n} columns, select #{} has {}",
                idx + 1,
                select.columns.len()
            )));
        }
        if kw.compound_index == Some(0)
            && let Some(e) = self.stack.last_mut()
        {
            e.select_0_columns = Some(select.columns.len());
        }
        let mut new_froms: Vec<FromRef> = Vec::new();
        for f in &froms {
            let mut objs = Vec::new();
            f.from_objects(&mut objs);
            for o in objs {
                push_unique(&mut new_froms, o);
            }
        }
        let mut all_correlate = new_froms.clone();
        for f in &entry.correlate_froms {
            push_unique(&mut all_correlate, f.clone());
        }
        self.stack.push(StackEntry {
            correlate_froms: all_correlate,
            asfrom_froms: new_froms,
            label_resolve: Some(Rc::new(label_resolve(select, &froms))),
            need_result_map_for_compound: false,
            select_0_columns: None,
        });

        for cte in &select.ctes {
            let mut k = Kw::new();
            k.literal_binds = kw.literal_binds;
            self.visit_cte(cte, &k)?;
        }

        let mut text = String::from("SELECT ");
        for p in &select.prefixes {
            text.push_str(&self.visit(p, kw)?);
            text.push(' ');
        }
        if select.distinct {
            text.push_str("DISTINCT ");
        }
        let mut columns = Vec::new();
        for cpn in columns_plus_names(&select.columns, select.label_style, true) {
            let s = self.label_select_column(
                &cpn.column,
                cpn.required_label.as_ref(),
                cpn.fallback_label.as_ref(),
                populate_result_map,
                kw.asfrom,
                kw,
            )?;
            columns.push(s);
        }
        text.push_str(&columns.join(", "));
        if columns.is_empty() {
            text = text.trim_end().to_string();
        }
        let mut body_kw = kw.clone();
        body_kw.asfrom = false;
        body_kw.within_columns_clause = false;
        body_kw.add_to_result_map = false;
        body_kw.compound_index = None;
        body_kw.insert_into = false;
        body_kw.lateral = false;
        body_kw.subquery = false;
        if !froms.is_empty() {
            let mut parts = Vec::new();
            for f in &froms {
                let mut fk = body_kw.clone();
                fk.asfrom = true;
                parts.push(self.visit_from(f, &fk)?);
            }
            text.push_str(" \nFROM ");
            text.push_str(&parts.join(", "));
        } else if self.dialect == Dialect::Oracle {
            text.push_str(" FROM DUAL");
        }
        if let Some(w) = where_clause(&select.where_) {
            let t = self.visit(&w, &body_kw)?;
            if !t.is_empty() {
                text.push_str(" \nWHERE ");
                text.push_str(&t);
            }
        }
        if !select.group_by.is_empty() {
            let g = self.delimited(&select.group_by, ", ", &body_kw)?;
            if !g.is_empty() {
                text.push_str(" GROUP BY ");
                text.push_str(&g);
            }
        }
        if let Some(h) = where_clause(&select.having) {
            let t = self.visit(&h, &body_kw)?;
            if !t.is_empty() {
                text.push_str(" \nHAVING ");
                text.push_str(&t);
            }
        }
        if !select.order_by.is_empty() {
            let o = self.delimited(&select.order_by, ", ", &body_kw)?;
            if !o.is_empty() {
                text.push_str(" ORDER BY ");
                text.push_str(&o);
            }
        }
        if let Some(fetch) = &select.fetch {
            text.push_str(&self.fetch_clause(fetch, select.offset.as_ref(), &body_kw)?);
        } else if select.limit.is_some() || select.offset.is_some() {
            text.push_str(&self.limit_clause(select.limit.as_ref(), select.offset.as_ref(), &body_kw)?);
        }
        if select.for_update && self.dialect != Dialect::Sqlite {
            text.push_str(" FOR UPDATE");
        }
        for s in &select.suffixes {
            text.push(' ');
            text.push_str(&self.visit(s, kw)?);
        }
        self.stack.pop();
        let text = if !is_embedded || toplevel { self.with_ctes(text, toplevel) } else { text };
        Ok(text)
    }

    /// `_label_select_column`: a column of the columns clause, labelled where SQLAlchemy labels it.
    fn label_select_column(
        &mut self,
        column: &ExprRef,
        required: Option<&Name>,
        fallback: Option<&Name>,
        populate_result_map: bool,
        asfrom: bool,
        kw: &Kw,
    ) -> SqlResult<String> {
        let mut ckw = kw.clone();
        ckw.within_columns_clause = true;
        ckw.within_label_clause = false;
        ckw.add_to_result_map = populate_result_map;
        ckw.include_table = true;
        ckw.asfrom = false;
        ckw.compound_index = None;
        ckw.insert_into = false;
        ckw.lateral = false;
        ckw.subquery = false;
        if let Expr::Label(l) = &**column {
            return self.visit_label(column, l, &ckw);
        }
        if let Some(name) = required {
            return self.visit_compile_label(column, name, column.ty(), &ckw);
        }
        let render_with_label = match &**column {
            Expr::Column(c) => asfrom && !c.col.is_literal && c.table.is_some(),
            Expr::Text(_) => false,
            Expr::Unary(u) => {
                let ungrouped = u.element.ungroup();
                let wraps_unnamed = !is_named_column(&ungrouped) || non_anon_label(&ungrouped).is_none();
                wraps_unnamed || asfrom
            }
            Expr::AsBoolean { element, .. } => {
                let ungrouped = element.ungroup();
                !self.dialect.supports_native_boolean()
                    || !is_named_column(&ungrouped)
                    || non_anon_label(&ungrouped).is_none()
                    || asfrom
            }
            _ => !is_named_column(column) && non_anon_label(column).is_none(),
        };
        if render_with_label {
            let label = fallback.cloned().unwrap_or_else(|| anon_name_label(column));
            return self.visit_compile_label(column, &label, column.ty(), &ckw);
        }
        self.visit(column, &ckw)
    }

    /// `visit_compound_select`.
    fn visit_compound(&mut self, cs: &Compound, kw: &Kw) -> SqlResult<String> {
        let toplevel = self.stack.is_empty();
        let entry = self.entry();
        let need_result_map =
            toplevel || (kw.compound_index.is_none_or(|i| i == 0) && entry.need_result_map_for_compound);
        self.stack.push(StackEntry {
            correlate_froms: entry.correlate_froms.clone(),
            asfrom_froms: entry.asfrom_froms.clone(),
            label_resolve: None,
            need_result_map_for_compound: need_result_map,
            select_0_columns: None,
        });
        let keyword = format!(" {} ", cs.keyword.sql());
        let mut parts = Vec::new();
        for (i, s) in cs.selects.iter().enumerate() {
            let mut k = kw.clone();
            k.compound_index = Some(i);
            let text = self.visit_select_stmt(s, &k)?;
            // A member with its own ORDER BY / LIMIT, or itself a compound, is parenthesised.
            let grouped = s.needs_parens_for_grouping() || matches!(s, SelectStmt::Compound(_));
            parts.push(if grouped { format!("({text})") } else { text });
        }
        let mut text = parts.join(&keyword);
        let mut body = kw.clone();
        body.include_table = false;
        body.asfrom = false;
        body.compound_index = None;
        body.within_columns_clause = false;
        body.add_to_result_map = false;
        if let Some(e) = self.stack.last_mut() {
            e.label_resolve = Some(Rc::new(compound_label_resolve(cs)));
        }
        if !cs.group_by.is_empty() {
            text.push_str(" GROUP BY ");
            text.push_str(&self.delimited(&cs.group_by, ", ", &body)?);
        }
        if !cs.order_by.is_empty() {
            text.push_str(" ORDER BY ");
            text.push_str(&self.delimited(&cs.order_by, ", ", &body)?);
        }
        if cs.limit.is_some() || cs.offset.is_some() {
            text.push_str(&self.limit_clause(cs.limit.as_ref(), cs.offset.as_ref(), &body)?);
        }
        self.stack.pop();
        Ok(self.with_ctes(text, toplevel))
    }

    /// `visit_textual_select`: the text, its declared columns giving the result map.
    fn visit_textual_select(&mut self, t: &TextualSelect, kw: &Kw) -> SqlResult<String> {
        let toplevel = self.stack.is_empty();
        if toplevel {
            for c in &t.columns {
                let name = self.resolve(&c.name);
                self.result_columns.push(super::ResultColumnEntry {
                    keyname: name.clone(),
                    name,
                    ty: c.ty.clone(),
                    origin: None,
                });
            }
        }
        self.stack.push(StackEntry::default());
        let mut inner = kw.clone();
        inner.add_to_result_map = false;
        let text = self.visit(&Rc::new(Expr::Text(t.text.clone())), &inner)?;
        self.stack.pop();
        Ok(self.with_ctes(text, toplevel))
    }
}
