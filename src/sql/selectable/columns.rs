//! How a SELECT names its columns (`_generate_columns_plus_names`): which get `AS <label>`, which
//! repeated names are told apart (`AS id_1`, `AS id__1`), and the keys and columns a subquery of it
//! exports (`subq.c.count`), each proxying the SELECT's column.

use super::{FromClause, FromKind, FromRef, LabelStyle, SelectStmt};
use crate::sql::elements::naming::{
    anon_label, anon_name_label, dedupe_anon_label, dedupe_anon_tq_label, non_anon_label, proxy_key,
    render_label_in_columns_clause, tq_label,
};
use crate::sql::elements::{ColumnInfo, Expr, ExprRef, Name, NamePart};
use crate::sql::schema::{ColumnSchema, FkTarget, ForeignKey};
use std::collections::HashMap;
use std::rc::Rc;

/// One column of a SELECT with the names the compiler and `.c` use.
#[derive(Debug, Clone)]
pub struct ColumnsPlusNames {
    /// A label the column must be rendered with (`AS id_1`).
    pub required_label: Option<Name>,
    /// The key under which the column appears in a subquery's `.c` / a row.
    pub proxy_key: Option<String>,
    /// The label used if the compiler decides to label the column anyway (unnamed expressions).
    pub fallback_label: Option<Name>,
    pub column: ExprRef,
    /// The same column again (only its position matters).
    pub repeated: bool,
}

/// `_generate_columns_plus_names(anon_for_dupe_key)` over `cols` with `style`.
pub fn columns_plus_names(cols: &[ExprRef], style: LabelStyle, anon_for_dupe_key: bool) -> Vec<ColumnsPlusNames> {
    let table_qualified = style == LabelStyle::TablenamePlusCol;
    let mut names: HashMap<Name, u64> = HashMap::new();
    let mut dedupe_hash = 1u64;
    let mut key_naming = KeyNaming::new(style);
    let mut out = Vec::new();
    for c in cols {
        let mut repeated = false;
        let effective: Option<Name>;
        let mut required: Option<Name>;
        let mut fallback: Option<Name>;
        if !render_label_in_columns_clause(c) {
            effective = None;
            required = None;
            fallback = None;
        } else if style == LabelStyle::None {
            effective = None;
            required = None;
            fallback = Some(non_anon_label(c).unwrap_or_else(|| anon_name_label(c)));
        } else {
            if table_qualified {
                let l = tq_label(c);
                required = l.clone();
                effective = l.clone();
                fallback = l;
            } else {
                effective = non_anon_label(c);
                fallback = effective.clone();
                required = None;
            }
            if effective.is_none() {
                let anon = anon_name_label(c);
                repeated = names.contains_key(&anon);
                names.insert(anon.clone(), c.identity());
                required = None;
                fallback = if repeated {
                    let l = if table_qualified {
                        dedupe_anon_tq_label(c, dedupe_hash)
                    } else {
                        dedupe_anon_label(c, dedupe_hash)
                    };
                    dedupe_hash += 1;
                    Some(l)
                } else {
                    Some(anon)
                };
            }
        }
        if let Some(eff) = &effective {
            if let Some(existing) = names.get(eff).copied() {
                if existing != c.identity() {
                    let label =
                        if table_qualified { anon_label(c, tq_label(c).as_ref()) } else { anon_name_label_of_named(c) };
                    if anon_for_dupe_key && names.contains_key(&label) {
                        let l = if table_qualified {
                            dedupe_anon_tq_label(c, dedupe_hash)
                        } else {
                            dedupe_anon_label(c, dedupe_hash)
                        };
                        dedupe_hash += 1;
                        required = Some(l.clone());
                        fallback = Some(l);
                        repeated = true;
                    } else {
                        names.insert(label.clone(), c.identity());
                        required = Some(label.clone());
                        fallback = Some(label);
                    }
                } else if anon_for_dupe_key {
                    let l = if table_qualified {
                        dedupe_anon_tq_label(c, dedupe_hash)
                    } else {
                        dedupe_anon_label(c, dedupe_hash)
                    };
                    dedupe_hash += 1;
                    required = Some(l.clone());
                    fallback = Some(l);
                    repeated = true;
                }
            } else {
                names.insert(eff.clone(), c.identity());
            }
        }
        out.push(ColumnsPlusNames {
            required_label: required,
            proxy_key: key_naming.name(c),
            fallback_label: fallback,
            column: c.clone(),
            repeated,
        });
    }
    out
}

/// `_anon_name_label` of a named column (its anonymous label seeded by its name).
fn anon_name_label_of_named(c: &ExprRef) -> Name {
    anon_name_label(c)
}

/// `SelectState._column_naming_convention`: the `.c` keys of a SELECT's columns, repeated keys
/// numbered on the spot (`id`, `id_1`).
struct KeyNaming {
    table_qualified: bool,
    dedupe: bool,
    names: std::collections::HashSet<String>,
    counters: HashMap<String, u32>,
}

impl KeyNaming {
    fn new(style: LabelStyle) -> KeyNaming {
        KeyNaming {
            table_qualified: style == LabelStyle::TablenamePlusCol,
            dedupe: style != LabelStyle::None,
            names: Default::default(),
            counters: HashMap::new(),
        }
    }

    fn numbered(&mut self, base: &str) -> String {
        let n = self.counters.entry(base.to_string()).or_insert(1);
        let out = format!("{base}_{n}");
        *n += 1;
        out
    }

    fn name(&mut self, c: &ExprRef) -> Option<String> {
        if matches!(&**c, Expr::Text(_)) {
            return None;
        }
        if !self.dedupe {
            return Some(proxy_key(c).unwrap_or_else(|| "_no_label".into()));
        }
        let key = if self.table_qualified { tq_key_label(c) } else { proxy_key(c) };
        match key {
            None => {
                let name = "_no_label".to_string();
                if self.names.contains(&name) {
                    Some(self.numbered(&name))
                } else {
                    self.names.insert(name.clone());
                    Some(name)
                }
            }
            Some(name) if self.names.contains(&name) => Some(self.numbered(&name)),
            Some(name) => {
                self.names.insert(name.clone());
                Some(name)
            }
        }
    }
}

/// `_tq_key_label`: `<table>_<key>` for table columns.
fn tq_key_label(c: &ExprRef) -> Option<String> {
    match &**c {
        Expr::Column(col) if col.table.is_some() && col.col.key != col.col.name.text() => {
            let t = col.table.as_ref().and_then(|t| t.name())?;
            Some(format!("{}_{}", t.text(), col.col.key))
        }
        _ => tq_label(c).filter(|n| !n.is_anon()).map(|n| n.text()).or_else(|| proxy_key(c)),
    }
}

/// The identities a column stands for: itself and everything it proxies (`proxy_set`).
pub fn proxy_set(col: &Rc<ColumnInfo>) -> Vec<u64> {
    let mut out = vec![Rc::as_ptr(col) as usize as u64];
    for p in &col.proxies {
        expr_proxy_set(p, &mut out);
    }
    out
}

fn expr_proxy_set(e: &ExprRef, out: &mut Vec<u64>) {
    match &**e {
        Expr::Column(c) => out.extend(proxy_set(&c.col)),
        Expr::Label(l) => {
            out.push(e.identity());
            expr_proxy_set(&l.element, out);
        }
        Expr::Grouping(inner) => expr_proxy_set(inner, out),
        _ => out.push(e.identity()),
    }
}

/// The `.c` columns of an alias, subquery or CTE.
pub fn derived_columns(from: &FromRef) -> Vec<Rc<ColumnInfo>> {
    match &from.kind {
        FromKind::Alias { element, .. } => element
            .column_refs()
            .iter()
            .map(|c| Rc::new(proxy_of_column(&c.col, &Rc::new(Expr::Column(c.clone())), None, None)))
            .collect(),
        FromKind::Subquery { element, .. } => statement_columns(element),
        FromKind::Cte(cte) => match &cte.alias_of {
            Some(orig) => orig
                .column_refs()
                .iter()
                .map(|c| Rc::new(proxy_of_column(&c.col, &Rc::new(Expr::Column(c.clone())), None, None)))
                .collect(),
            None => statement_columns(&cte.element),
        },
        _ => Vec::new(),
    }
}

/// The columns a SELECT exports to a subquery of it (`_generate_fromclause_column_proxies`).
fn statement_columns(stmt: &SelectStmt) -> Vec<Rc<ColumnInfo>> {
    match stmt {
        SelectStmt::Select(s) => proxies(&s.columns, s.label_style, &[]),
        SelectStmt::Compound(c) => {
            let Some(first) = c.selects.first() else { return Vec::new() };
            let others: Vec<Vec<ExprRef>> = c.selects.iter().map(SelectStmt::selected_columns).collect();
            // `CompoundSelect._generate_fromclause_column_proxies` asks its first SELECT, with that
            // SELECT's labels (a legacy `Query`'s `user_account_name`).
            proxies(&first.selected_columns(), first.label_style(), &others)
        }
        SelectStmt::Text(t) => t
            .columns
            .iter()
            .map(|c| {
                let e = Rc::new(Expr::Column(crate::sql::elements::ColumnRef {
                    table: None,
                    col: c.clone(),
                    annotation: 0,
                }));
                Rc::new(proxy_of_column(c, &e, None, None))
            })
            .collect(),
    }
}

fn proxies(cols: &[ExprRef], style: LabelStyle, compound: &[Vec<ExprRef>]) -> Vec<Rc<ColumnInfo>> {
    let mut out = Vec::new();
    for (i, cpn) in columns_plus_names(cols, style, false).into_iter().enumerate() {
        let c = &cpn.column;
        if matches!(&**c, Expr::Text(_)) {
            continue;
        }
        let mut info = make_proxy(c, cpn.required_label.clone(), cpn.proxy_key.clone());
        if !compound.is_empty() {
            let mut extra: Vec<ExprRef> = compound.iter().filter_map(|s| s.get(i).cloned()).collect();
            if let Some(first) = extra.first()
                && Rc::ptr_eq(first, c)
            {
                extra.remove(0);
            }
            info.proxies.extend(extra);
        }
        out.push(Rc::new(info));
    }
    out
}

/// `_make_proxy`: the column a subquery exports for one of its SELECT's columns.
fn make_proxy(c: &ExprRef, name: Option<Name>, key: Option<String>) -> ColumnInfo {
    match &**c {
        Expr::Column(col) => proxy_of_column(&col.col, c, name, key),
        Expr::Label(l) => {
            let n = name.unwrap_or_else(|| l.name.clone());
            let mut info = match &*l.element.ungroup() {
                Expr::Column(col) => proxy_of_column(&col.col, &l.element, Some(n.clone()), key.clone()),
                _ => ColumnInfo::new("", l.ty.clone()),
            };
            info.name = n.clone();
            info.key = key.unwrap_or_else(|| n.text());
            info.ty = l.ty.clone();
            info.is_literal = false;
            info.proxies = vec![l.element.clone(), c.clone()];
            info
        }
        _ => {
            let n = name.unwrap_or_else(|| anon_name_label(c));
            let mut info = ColumnInfo::new("", c.ty());
            info.key = key.unwrap_or_else(|| n.text());
            info.name = n;
            info.proxies = vec![c.clone()];
            info
        }
    }
}

/// A derived column proxying `col` (via the expression `via`), keeping its type, key, primary key
/// flag and foreign keys.
fn proxy_of_column(col: &Rc<ColumnInfo>, via: &ExprRef, name: Option<Name>, key: Option<String>) -> ColumnInfo {
    let is_literal = col.is_literal && name.as_ref().is_none_or(|n| *n == col.name);
    let mut info = ColumnInfo::new("", crate::sql::schema::effective_type(col));
    info.key = match (&name, key) {
        (None, _) => col.key.clone(),
        (Some(_), Some(k)) => k,
        (Some(n), None) => n.text(),
    };
    info.name = name.unwrap_or_else(|| col.name.clone());
    info.is_literal = is_literal;
    info.primary_key = col.primary_key;
    info.nullable = col.nullable;
    info.proxies = vec![via.clone()];
    if let Some(s) = &col.schema
        && !s.foreign_keys.is_empty()
    {
        let table = s.table.borrow().upgrade();
        let md = table.as_ref().and_then(|t| t.table().and_then(|t| t.metadata()));
        let fks = s
            .foreign_keys
            .iter()
            .map(|fk| {
                let mut f = fk.clone();
                if let Some(target) = fk.resolve(md.as_deref()) {
                    f.target = FkTarget::Column(target);
                }
                f
            })
            .collect::<Vec<ForeignKey>>();
        info.schema = Some(Rc::new(ColumnSchema { foreign_keys: fks, ..ColumnSchema::default() }));
    }
    info
}

/// Whether `name` has anonymous parts (helper for callers building names).
pub fn is_anon_part(p: &NamePart) -> bool {
    matches!(p, NamePart::Anon { .. })
}

/// The foreign keys of a selectable as (local column, foreign key, constraint identity), in column
/// order: a table's own, the proxied ones of a subquery or alias, both sides of a join.
pub fn foreign_keys_of(from: &FromRef) -> Vec<(crate::sql::elements::ColumnRef, ForeignKey, usize)> {
    let mut out = Vec::new();
    match &from.kind {
        FromKind::Table(t) => {
            let mut constraint_ids: Vec<(String, usize)> = Vec::new();
            for (i, (col, fk)) in t.foreign_keys().into_iter().enumerate() {
                let id = match &fk.name {
                    Some(n) => {
                        if let Some((_, id)) = constraint_ids.iter().find(|(k, _)| k == n) {
                            *id
                        } else {
                            constraint_ids.push((n.clone(), i));
                            i
                        }
                    }
                    None => i,
                };
                out.push((
                    crate::sql::elements::ColumnRef { table: Some(from.clone()), col, annotation: 0 },
                    fk,
                    id + (Rc::as_ptr(from) as usize),
                ));
            }
        }
        FromKind::Join(j) => {
            out.extend(foreign_keys_of(&j.left));
            out.extend(foreign_keys_of(&j.right));
        }
        _ => {
            for c in from.column_refs() {
                if let Some(s) = &c.col.schema {
                    for (i, fk) in s.foreign_keys.iter().enumerate() {
                        let id = Rc::as_ptr(&c.col) as usize + i;
                        out.push((c.clone(), fk.clone(), id));
                    }
                }
            }
        }
    }
    out
}

/// Keeps `FromClause` in scope for the doc links above.
#[allow(dead_code)]
fn _uses(_: &FromClause) {}
