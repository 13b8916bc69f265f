//! FROM elements: tables, aliases (`user_account AS user_account_1`), subqueries (`(SELECT ...) AS
//! anon_1`), LATERAL, joins, CTEs (collected for the `WITH` clause, referenced by name), VALUES and
//! table-valued functions.

use super::{Compiler, Kw};
use crate::sql::error::{SqlError, SqlResult};
use crate::sql::selectable::columns::columns_plus_names;
use crate::sql::selectable::{Cte, FromKind, FromRef, SelectStmt};
use std::rc::Rc;

impl Compiler {
    /// Renders a FROM element (`asfrom` in `kw` says it is in a FROM list).
    pub(crate) fn visit_from(&mut self, f: &FromRef, kw: &Kw) -> SqlResult<String> {
        match &f.kind {
            FromKind::Text(text) => Ok(text.clone()),
            FromKind::Table(t) => {
                let name = self.quote(&t.name);
                Ok(match &t.schema {
                    Some(s) => format!("{}.{name}", self.quote(s)),
                    None => name,
                })
            }
            FromKind::Alias { element, name } => {
                if !kw.asfrom {
                    return self.visit_from(element, kw);
                }
                let alias = self.resolve(name);
                let inner = self.visit_from(element, kw)?;
                Ok(format!("{inner} AS {}", self.quote(&alias)))
            }
            FromKind::Subquery { element, name, lateral } => self.visit_subquery(element, name, *lateral, kw),
            FromKind::Cte(cte) => Ok(self.visit_cte_ref(f, cte, kw)?.unwrap_or_default()),
            FromKind::Join(j) => {
                let mut side = kw.clone();
                side.asfrom = true;
                let left = self.visit_from(&j.left, &side)?;
                let right = self.visit_from(&j.right, &side)?;
                // A join on the right is grouped (`Join.right.self_group()`): `a JOIN (b JOIN c ON ..) ON ..`.
                let right = if matches!(j.right.kind, FromKind::Join(_)) { format!("({right})") } else { right };
                let join_type = if j.full {
                    " FULL OUTER JOIN "
                } else if j.isouter {
                    " LEFT OUTER JOIN "
                } else if matches!(self.dialect, crate::sql::compiler::Dialect::Mysql) {
                    " INNER JOIN "
                } else {
                    " JOIN "
                };
                let mut on_kw = kw.clone();
                on_kw.asfrom = false;
                let on = self.visit(&j.onclause, &on_kw)?;
                Ok(format!("{left}{join_type}{right} ON {on}"))
            }
            FromKind::Values(v) => {
                let mut vkw = kw.clone();
                vkw.literal_binds = kw.literal_binds || v.literal_binds;
                vkw.asfrom = false;
                let rows: Vec<String> = v
                    .rows
                    .iter()
                    .map(|row| Ok(format!("({})", self.delimited(row, ", ", &vkw)?)))
                    .collect::<SqlResult<_>>()?;
                let body = format!("VALUES {}", rows.join(", "));
                match (&v.name, kw.asfrom) {
                    (Some(n), true) => {
                        let name = self.resolve(n);
                        let cols: Vec<String> = v.columns.iter().map(|c| self.quote(&c.name.text())).collect();
                        Ok(format!("({body}) AS {} ({})", self.quote(&name), cols.join(", ")))
                    }
                    (None, true) => Ok(format!("({body})")),
                    _ => Ok(body),
                }
            }
            FromKind::TableValued { func, name, lateral, .. } => {
                let mut fkw = kw.clone();
                fkw.asfrom = false;
                let inner = self.visit(func, &fkw)?;
                if !kw.asfrom {
                    return Ok(inner);
                }
                let alias = self.resolve(name);
                let text = format!("{inner} AS {}", self.quote(&alias));
                Ok(if *lateral { format!("LATERAL {text}") } else { text })
            }
        }
    }

    /// `visit_subquery` / `visit_lateral`.
    fn visit_subquery(
        &mut self,
        element: &SelectStmt,
        name: &crate::sql::elements::Name,
        lateral: bool,
        kw: &Kw,
    ) -> SqlResult<String> {
        if !kw.asfrom {
            let mut inner = kw.clone();
            inner.lateral = lateral;
            return self.visit_select_stmt(element, &inner);
        }
        let alias = self.resolve(name);
        let mut inner = kw.clone();
        inner.asfrom = true;
        inner.lateral = lateral;
        let body = self.visit_select_stmt(element, &inner)?;
        let text = format!("({body}) AS {}", self.quote(&alias));
        Ok(if lateral { format!("LATERAL {text}") } else { text })
    }

    /// A CTE given in `add_cte()`: registered, rendered nowhere but the WITH clause.
    pub(crate) fn visit_cte(&mut self, f: &FromRef, kw: &Kw) -> SqlResult<()> {
        if let FromKind::Cte(cte) = &f.kind {
            let mut k = kw.clone();
            k.asfrom = false;
            self.visit_cte_ref(f, cte, &k)?;
        }
        Ok(())
    }

    /// `visit_cte`: registers the CTE's text for the WITH clause (once per name), and returns how the
    /// FROM list refers to it.
    fn visit_cte_ref(&mut self, f: &FromRef, cte: &Cte, kw: &Kw) -> SqlResult<Option<String>> {
        let name = self.resolve(&cte.name);
        let reference = cte.restates.clone().unwrap_or_else(|| f.clone());
        let ref_id = Rc::as_ptr(&reference) as usize;
        let level = 1;
        let mut is_new = true;
        if self.cte_names.contains_key(&ref_id) {
            is_new = false;
        } else if let Some(existing) = self.ctes_by_name.get(&(level, name.clone())).cloned() {
            let existing_restated_by_us = cte.restates.as_ref().is_some_and(|r| Rc::ptr_eq(r, &existing));
            let we_restated_by_existing = match &existing.kind {
                FromKind::Cte(e) => e.restates.as_ref().is_some_and(|r| Rc::ptr_eq(r, f)),
                _ => false,
            };
            if Rc::ptr_eq(&existing, f) || we_restated_by_existing {
                is_new = false;
            } else if existing_restated_by_us {
                // We take precedence over the CTE we restate: its text is replaced by ours.
                let old = Rc::as_ptr(&existing) as usize;
                self.ctes.retain(|(id, _)| *id != old);
                self.cte_names.remove(&old);
            } else {
                return Err(SqlError::compile(format!("Multiple, unrelated CTEs found with the same name: '{name}'")));
            }
        }
        if is_new {
            self.ctes_by_name.insert((level, name.clone()), f.clone());
            self.cte_names.insert(ref_id, (level, name.clone()));
            let fid = Rc::as_ptr(f) as usize;
            if let Some(orig) = &cte.alias_of {
                if let FromKind::Cte(o) = &orig.kind {
                    self.visit_cte_ref(orig, o, &Kw { asfrom: false, ..kw.clone() })?;
                }
            } else if !self.ctes.iter().any(|(id, _)| *id == fid) {
                if cte.recursive {
                    self.ctes_recursive = true;
                }
                let mut text = self.quote(&name);
                if cte.recursive {
                    let cols: Vec<String> =
                        columns_plus_names(&cte.element.selected_columns(), cte.element.label_style(), true)
                            .into_iter()
                            .filter(|c| !c.repeated)
                            .map(|c| {
                                let n = c.fallback_label.map(|n| self.resolve(&n)).or(c.proxy_key).unwrap_or_default();
                                self.quote(&n)
                            })
                            .collect();
                    text.push_str(&format!("({})", cols.join(", ")));
                }
                if self.stack.is_empty() && !kw.asfrom {
                    // `print(cte)`: the inner statement on its own.
                    return Ok(Some(self.visit_select_stmt(&cte.element, kw)?));
                }
                let mut inner = Kw::new();
                inner.asfrom = true;
                inner.literal_binds = kw.literal_binds;
                inner.visiting_cte = Some(f.clone());
                let body = self.visit_select_stmt(&cte.element, &inner)?;
                text.push_str(&format!(" AS \n({body})"));
                self.ctes.push((fid, text));
            }
        }
        if !kw.asfrom {
            return Ok(None);
        }
        if let Some(orig) = &cte.alias_of {
            let orig_name = match &orig.kind {
                FromKind::Cte(o) => self.resolve(&o.name),
                _ => name.clone(),
            };
            return Ok(Some(format!("{} AS {}", self.quote(&orig_name), self.quote(&name))));
        }
        Ok(Some(self.quote(&name)))
    }
}
