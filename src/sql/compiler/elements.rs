//! Column expressions, one function per construct (`visit_column`, `visit_binary`, `visit_label`, ...),
//! with the operator-specific renderings of compiler.py (`LIKE '%' || :x_1 || '%'`, `lower(x) LIKE
//! lower(:x_1)`, `x / CAST(:x_1 AS NUMERIC)`, `FLOOR(...)`, `(x NOT IN (...))`) and SQLite's overrides.

use super::{Compiler, Dialect, Kw, ResultColumnEntry};
use crate::sql::elements::build;
use crate::sql::elements::{Binary, ClauseList, ColumnRef, Expr, ExprRef, Function, Label, Unary};
use crate::sql::error::{SqlError, SqlResult};
use crate::sql::ops::Op;
use crate::sql::types::{Affinity, SqlType};
use std::rc::Rc;

impl Compiler {
    /// Renders a column expression.
    pub(crate) fn visit(&mut self, e: &ExprRef, kw: &Kw) -> SqlResult<String> {
        match &**e {
            Expr::Column(c) => Ok(self.visit_column(c, kw)),
            Expr::Bind(b) => self.visit_bindparam(e, b, kw),
            Expr::Null => Ok("NULL".into()),
            Expr::True => Ok(if self.dialect.supports_native_boolean() { "true" } else { "1" }.into()),
            Expr::False => Ok(if self.dialect.supports_native_boolean() { "false" } else { "0" }.into()),
            Expr::Text(t) => self.visit_textclause(t, kw),
            Expr::Binary(b) => self.visit_binary(b, kw),
            Expr::Unary(u) => self.visit_unary(u, kw),
            Expr::AsBoolean { element, op, .. } => self.visit_as_boolean(element, op, kw),
            Expr::ClauseList(l) => self.visit_clauselist(l, kw),
            Expr::Tuple { clauses, .. } => {
                let parts = self.delimited(clauses, ", ", kw)?;
                Ok(format!("({parts})"))
            }
            Expr::Grouping(inner) => Ok(format!("({})", self.visit(inner, kw)?)),
            Expr::Label(l) => self.visit_label(e, l, kw),
            Expr::Function(f) => self.visit_function(f, kw),
            Expr::FunctionFilter { func, criterion } => {
                Ok(format!("{} FILTER (WHERE {})", self.visit(func, kw)?, self.visit(criterion, kw)?))
            }
            Expr::Over(o) => self.visit_over(o, kw),
            Expr::WithinGroup { element, order_by, inline } => self.visit_within_group(element, order_by, *inline, kw),
            Expr::Cast { expr, ty } => {
                let mut inner = kw.clone();
                inner.within_columns_clause = false;
                let t = self.type_clause(ty);
                Ok(format!("CAST({} AS {t})", self.visit(expr, kw)?))
            }
            Expr::TypeCoerce { expr, .. } => self.visit(expr, kw),
            Expr::Case(c) => self.visit_case(c, kw),
            Expr::ScalarSelect { select, .. } => {
                let mut inner = kw.clone();
                inner.asfrom = false;
                inner.add_to_result_map = false;
                inner.within_columns_clause = false;
                Ok(format!("({})", self.visit_select_stmt(select, &inner)?))
            }
            Expr::LabelReference(inner) => self.visit_label_reference(inner, kw),
            Expr::TextualLabelReference(name) => self.visit_textual_label_reference(name, kw),
            Expr::Collation(c) => Ok(self.quote_collation(c)),
            Expr::Extract { field, expr } => match self.dialect {
                Dialect::Sqlite => {
                    let code = sqlite_extract(field)
                        .ok_or_else(|| SqlError::compile(format!("{field} is not a valid extract argument.")))?;
                    Ok(format!("CAST(STRFTIME('{code}', {}) AS INTEGER)", self.visit(expr, kw)?))
                }
                _ => Ok(format!("EXTRACT({field} FROM {})", self.visit(expr, kw)?)),
            },
            Expr::Slice { .. } => Err(SqlError::compile("slices are only supported with ARRAY types")),
        }
    }

    pub(crate) fn delimited(&mut self, items: &[ExprRef], sep: &str, kw: &Kw) -> SqlResult<String> {
        let mut parts = Vec::new();
        for i in items {
            let s = self.visit(i, kw)?;
            if !s.is_empty() {
                parts.push(s);
            }
        }
        Ok(parts.join(sep))
    }

    /// pyformat / format parameter styles need a literal `%` doubled (`_double_percents`).
    pub(crate) fn escape_percents(&self, text: &str) -> String {
        if matches!(self.dialect, Dialect::Postgresql | Dialect::Mysql) {
            text.replace('%', "%%")
        } else {
            text.to_string()
        }
    }

    fn quote_collation(&self, c: &str) -> String {
        self.quote(c)
    }

    /// The type as written in CAST (a `COLLATE` suffix moves after the parenthesis).
    pub(crate) fn type_clause(&self, ty: &SqlType) -> String {
        ty.ddl(self.dialect == Dialect::Sqlite)
    }

    /// `visit_column`: `table.column`, quoted as needed; anonymous names numbered.
    pub(crate) fn visit_column(&mut self, c: &ColumnRef, kw: &Kw) -> String {
        let mut raw = self.resolve(&c.col.name);
        // `StrSQLCompiler._fallback_column_name`: a `Column(Integer)` not yet given its name.
        if raw.is_empty() && !c.col.is_literal {
            raw = "<name unknown>".to_string();
        }
        if kw.add_to_result_map {
            self.result_columns.push(ResultColumnEntry {
                keyname: raw.clone(),
                name: raw.clone(),
                ty: crate::sql::schema::effective_type(&c.col),
                origin: Some(crate::sql::compiled::ColumnOrigin(c.clone())),
            });
        }
        let name = if c.col.is_literal { self.escape_percents(&raw) } else { self.quote(&raw) };
        let Some(table) = &c.table else { return name };
        if !kw.include_table || c.col.bare {
            return name;
        }
        let Some(tname) = table.name() else { return name };
        let tname = self.resolve(&tname);
        let schema = table.table().and_then(|t| t.schema.clone());
        match schema {
            Some(s) => format!("{}.{}.{name}", self.quote(&s), self.quote(&tname)),
            None => format!("{}.{name}", self.quote(&tname)),
        }
    }

    /// `visit_textclause`: the text as written, `:name` parameters rendered as parameters.
    fn visit_textclause(&mut self, t: &crate::sql::elements::TextClause, kw: &Kw) -> SqlResult<String> {
        let text = &self.escape_percents(&t.text);
        let mut out = String::with_capacity(text.len());
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            // `\:name` is an escaped colon.
            if c == '\\' && chars.get(i + 1) == Some(&':') {
                out.push(':');
                i += 2;
                continue;
            }
            let prev_ok = i == 0 || (chars[i - 1] != ':' && !chars[i - 1].is_alphanumeric() && chars[i - 1] != '_');
            let prev_ok = prev_ok || (i > 0 && chars[i - 1].is_whitespace());
            if c == ':'
                && prev_ok
                && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric() || *n == '_')
                && chars.get(i + 1) != Some(&':')
            {
                let start = i + 1;
                let mut j = start;
                while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                let name: String = chars[start..j].iter().collect();
                let bind = match t.binds.iter().find(|(n, _)| *n == name) {
                    Some((_, b)) => b.clone(),
                    None => {
                        build::bindparam(Some(&name), crate::sql::elements::BindValue::Required, None, false, false)
                    }
                };
                out.push_str(&self.visit(&bind, kw)?);
                i = j;
                continue;
            }
            out.push(c);
            i += 1;
        }
        if kw.add_to_result_map {
            self.result_columns.push(ResultColumnEntry {
                keyname: String::new(),
                name: String::new(),
                ty: SqlType::null(),
                origin: None,
            });
        }
        Ok(out)
    }

    fn generic_binary(&mut self, b: &Binary, opstring: &str, kw: &Kw) -> SqlResult<String> {
        let outer_in_op = kw.in_operator_expression;
        let mut inner = kw.clone();
        inner.in_operator_expression = true;
        let text = format!("{}{opstring}{}", self.visit(&b.left, &inner)?, self.visit(&b.right, &inner)?);
        if outer_in_op && kw.eager_grouping { Ok(format!("({text})")) } else { Ok(text) }
    }

    /// `visit_binary`, dispatching to the operator-specific renderings.
    fn visit_binary(&mut self, b: &Binary, kw: &Kw) -> SqlResult<String> {
        let mut kw = kw.clone();
        kw.eager_grouping = false;
        let kw = &kw;
        match &b.op {
            Op::TrueDiv => self.visit_truediv(b, kw),
            Op::FloorDiv => {
                let both_int =
                    b.left.ty().affinity() == Affinity::Integer && b.right.ty().affinity() == Affinity::Integer;
                let text = format!("{} / {}", self.visit(&b.left, kw)?, self.visit(&b.right, kw)?);
                if self.dialect.div_is_floordiv() && both_int { Ok(text) } else { Ok(format!("FLOOR({text})")) }
            }
            Op::Contains | Op::NotContains | Op::StartsWith | Op::NotStartsWith | Op::EndsWith | Op::NotEndsWith => {
                self.visit_like_affix(b, false, kw)
            }
            Op::IContains
            | Op::NotIContains
            | Op::IStartsWith
            | Op::NotIStartsWith
            | Op::IEndsWith
            | Op::NotIEndsWith => self.visit_like_affix(b, true, kw),
            Op::Like | Op::NotLike => self.visit_like(&b.left, &b.right, b.op == Op::NotLike, b.escape.as_deref(), kw),
            Op::ILike | Op::NotILike => {
                let left = lower(&b.left);
                let right = lower(&b.right);
                self.visit_like(&left, &right, b.op == Op::NotILike, b.escape.as_deref(), kw)
            }
            Op::Between => self.generic_binary(b, if b.symmetric { " BETWEEN SYMMETRIC " } else { " BETWEEN " }, kw),
            Op::NotBetween => {
                self.generic_binary(b, if b.symmetric { " NOT BETWEEN SYMMETRIC " } else { " NOT BETWEEN " }, kw)
            }
            Op::NotIn => Ok(format!("({})", self.generic_binary(b, " NOT IN ", kw)?)),
            Op::NotMatch => Ok(format!("NOT {}", self.generic_binary(b, " MATCH ", kw)?)),
            Op::Mod => {
                let pct = if matches!(self.dialect, Dialect::Postgresql | Dialect::Mysql) { " %% " } else { " % " };
                Ok(format!("{}{pct}{}", self.visit(&b.left, kw)?, self.visit(&b.right, kw)?))
            }
            Op::IsDistinctFrom if self.dialect == Dialect::Sqlite => {
                Ok(format!("{} IS NOT {}", self.visit(&b.left, kw)?, self.visit(&b.right, kw)?))
            }
            Op::IsNotDistinctFrom if self.dialect == Dialect::Sqlite => {
                Ok(format!("{} IS {}", self.visit(&b.left, kw)?, self.visit(&b.right, kw)?))
            }
            Op::RegexpMatch | Op::NotRegexpMatch => {
                let neg = b.op == Op::NotRegexpMatch;
                let op = match self.dialect {
                    Dialect::Sqlite | Dialect::Mysql => {
                        if neg {
                            " NOT REGEXP "
                        } else {
                            " REGEXP "
                        }
                    }
                    Dialect::Postgresql => {
                        if neg {
                            " !~ "
                        } else {
                            " ~ "
                        }
                    }
                    _ => {
                        if neg {
                            " <not regexp> "
                        } else {
                            " <regexp> "
                        }
                    }
                };
                self.generic_binary(b, op, kw)
            }
            Op::RegexpReplace => match self.dialect {
                Dialect::Default => {
                    Ok(format!("<regexp replace>({}, {})", self.visit(&b.left, kw)?, self.visit(&b.right, kw)?))
                }
                _ => Ok(format!("REGEXP_REPLACE({}, {})", self.visit(&b.left, kw)?, self.visit(&b.right, kw)?)),
            },
            Op::BitwiseXor if self.dialect == Dialect::Sqlite => {
                let l = self.visit(&b.left, kw)?;
                let r = self.visit(&b.right, kw)?;
                Ok(format!("(({l} | {r}) - ({l} & {r}))"))
            }
            Op::BitwiseXor if self.dialect == Dialect::Postgresql => self.generic_binary(b, " # ", kw),
            Op::GetItem | Op::JsonGetItem | Op::JsonPathGetItem => self.visit_getitem(b, kw),
            Op::Concat if self.dialect == Dialect::Mysql => {
                Ok(format!("concat({}, {})", self.visit(&b.left, kw)?, self.visit(&b.right, kw)?))
            }
            Op::Custom(c) => {
                let mut inner = kw.clone();
                inner.eager_grouping = c.eager_grouping;
                let opstring = format!(" {} ", c.opstring);
                self.generic_binary(b, &opstring, &inner)
            }
            op => match op.opstring() {
                Some(s) => self.generic_binary(b, s, kw),
                None => Err(SqlError::new(
                    crate::sql::error::SqlErrorKind::UnsupportedCompilation,
                    format!("Compiler can't render element of type {}", op.name()),
                )),
            },
        }
    }

    /// `visit_truediv_binary`: division is made non-integer (`CAST(... AS NUMERIC)`, SQLite `+ 0.0`).
    fn visit_truediv(&mut self, b: &Binary, kw: &Kw) -> SqlResult<String> {
        let left = self.visit(&b.left, kw)?;
        if self.dialect == Dialect::Sqlite {
            return Ok(format!("{left} / ({} + 0.0)", self.visit(&b.right, kw)?));
        }
        if self.dialect.div_is_floordiv() {
            let rty = b.right.ty();
            let ty =
                if matches!(rty.affinity(), Affinity::Numeric | Affinity::Float) { rty } else { SqlType::numeric() };
            let cast = build::cast(&b.right, ty);
            return Ok(format!("{left} / {}", self.visit(&cast, kw)?));
        }
        Ok(format!("{left} / {}", self.visit(&b.right, kw)?))
    }

    fn visit_like(
        &mut self,
        left: &ExprRef,
        right: &ExprRef,
        negate: bool,
        escape: Option<&str>,
        kw: &Kw,
    ) -> SqlResult<String> {
        let mut text =
            format!("{} {}LIKE {}", self.visit(left, kw)?, if negate { "NOT " } else { "" }, self.visit(right, kw)?);
        if let Some(e) = escape {
            text.push_str(&format!(" ESCAPE {}", crate::sql::value::quote_string(e)));
        }
        Ok(text)
    }

    /// `contains` / `startswith` / `endswith` (and their `i` forms): `LIKE` with `'%'` concatenated.
    fn visit_like_affix(&mut self, b: &Binary, insensitive: bool, kw: &Kw) -> SqlResult<String> {
        let percent = build::literal_column("'%'", SqlType::string());
        let (left, right) =
            if insensitive { (lower(&b.left), lower(&b.right)) } else { (b.left.clone(), b.right.clone()) };
        let concat = |a: &ExprRef, c: &ExprRef| build::operate(a, Op::Concat, build::Operand::Expr(c.clone()), false);
        let pattern = match b.op {
            Op::Contains | Op::NotContains | Op::IContains | Op::NotIContains => {
                concat(&concat(&percent, &right), &percent)
            }
            Op::StartsWith | Op::NotStartsWith | Op::IStartsWith | Op::NotIStartsWith => concat(&right, &percent),
            _ => concat(&percent, &right),
        };
        let negate = matches!(
            b.op,
            Op::NotContains
                | Op::NotIContains
                | Op::NotStartsWith
                | Op::NotIStartsWith
                | Op::NotEndsWith
                | Op::NotIEndsWith
        );
        self.visit_like(&left, &pattern, negate, b.escape.as_deref(), kw)
    }

    /// `expr[index]`: the default dialect's `x[i]`, SQLite's `JSON_EXTRACT`.
    fn visit_getitem(&mut self, b: &Binary, kw: &Kw) -> SqlResult<String> {
        let l = self.visit(&b.left, kw)?;
        let r = self.visit(&b.right, kw)?;
        match self.dialect {
            Dialect::Sqlite if b.op != Op::GetItem => {
                // `col["k"].as_integer()`: the extracted value is CAST to the chosen type
                // (`visit_json_getitem_op_binary` processes `cast(binary, binary.type)`).
                if b.ty.affinity() != Affinity::Json {
                    let t = self.type_clause(&b.ty);
                    return Ok(format!("CAST(JSON_EXTRACT({l}, {r}) AS {t})"));
                }
                if b.ty.affinity() == Affinity::Json {
                    Ok(format!("JSON_QUOTE(JSON_EXTRACT({l}, {r}))"))
                } else {
                    Ok(format!("JSON_EXTRACT({l}, {r})"))
                }
            }
            Dialect::Mysql if b.op != Op::GetItem => Ok(format!("JSON_EXTRACT({l}, {r})")),
            Dialect::Postgresql if b.op != Op::GetItem => Ok(format!("{l} -> {r}")),
            _ => Ok(format!("{l}[{r}]")),
        }
    }

    /// `visit_unary`: operators before, modifiers after the element.
    fn visit_unary(&mut self, u: &Unary, kw: &Kw) -> SqlResult<String> {
        let mut inner = kw.clone();
        if u.operator == Some(Op::Distinct) {
            inner.within_aggregate = kw.within_aggregate;
        }
        if let Some(op) = &u.operator {
            let s = match op {
                Op::Custom(c) => format!("{} ", c.opstring),
                other => other.opstring().unwrap_or("").to_string(),
            };
            return Ok(format!("{s}{}", self.visit(&u.element, &inner)?));
        }
        if let Some(m) = &u.modifier {
            let s = match m {
                Op::Custom(c) => format!(" {}", c.opstring),
                other => other.opstring().unwrap_or("").to_string(),
            };
            return Ok(format!("{}{s}", self.visit(&u.element, &inner)?));
        }
        Err(SqlError::compile("Unary expression has no operator or modifier"))
    }

    /// `visit_is_true_unary_operator` / `visit_is_false_unary_operator`.
    fn visit_as_boolean(&mut self, element: &ExprRef, op: &Op, kw: &Kw) -> SqlResult<String> {
        let native = self.dialect.supports_native_boolean() || element.is_implicitly_boolean();
        let inner = self.visit(element, kw)?;
        Ok(match (op, native) {
            (Op::IsTrue, true) => inner,
            (Op::IsTrue, false) => format!("{inner} = 1"),
            (_, true) => format!("NOT {inner}"),
            (_, false) => format!("{inner} = 0"),
        })
    }

    /// `visit_clauselist` / `visit_expression_clauselist`.
    fn visit_clauselist(&mut self, l: &ClauseList, kw: &Kw) -> SqlResult<String> {
        if l.op == Op::Concat && self.dialect == Dialect::Mysql {
            return Ok(format!("concat({})", self.delimited(&l.clauses, ", ", kw)?));
        }
        let sep = match &l.op {
            Op::Custom(c) => format!(" {} ", c.opstring),
            op => op.opstring().unwrap_or(" ").to_string(),
        };
        let mut inner = kw.clone();
        if l.group {
            inner.in_operator_expression = true;
        }
        self.delimited(&l.clauses, &sep, &inner)
    }

    /// `visit_label`: `<expr> AS <name>` in a columns clause, the name alone where it is referenced,
    /// the bare expression elsewhere.
    pub(crate) fn visit_label(&mut self, e: &ExprRef, l: &Label, kw: &Kw) -> SqlResult<String> {
        let with_as = kw.within_columns_clause && !kw.within_label_clause;
        let only = kw.render_label_as_label.as_ref().is_some_and(|r| Rc::ptr_eq(r, e));
        if with_as {
            let labelname = self.resolve(&l.name);
            if kw.add_to_result_map {
                self.result_columns.push(ResultColumnEntry {
                    keyname: labelname.clone(),
                    name: labelname.clone(),
                    ty: l.ty.clone(),
                    origin: None,
                });
            }
            let mut inner = kw.clone();
            inner.within_columns_clause = true;
            inner.within_label_clause = true;
            inner.add_to_result_map = false;
            let body = self.visit(&l.element, &inner)?;
            return Ok(format!("{body} AS {}", self.quote(&labelname)));
        }
        if only {
            let labelname = self.resolve(&l.name);
            return Ok(self.quote(&labelname));
        }
        let mut inner = kw.clone();
        inner.within_columns_clause = false;
        self.visit(&l.element, &inner)
    }

    /// `_CompileLabel`: an expression labelled by the SELECT (`count(*) AS count_1`).
    pub(crate) fn visit_compile_label(
        &mut self,
        element: &ExprRef,
        name: &crate::sql::elements::Name,
        ty: SqlType,
        kw: &Kw,
    ) -> SqlResult<String> {
        let labelname = self.resolve(name);
        if kw.add_to_result_map {
            // The SELECT's own label of a table column (`books.id AS id_1`) still selects that column.
            let origin = match &*element.ungroup() {
                Expr::Column(c) => Some(crate::sql::compiled::ColumnOrigin(c.clone())),
                _ => None,
            };
            self.result_columns.push(ResultColumnEntry {
                keyname: labelname.clone(),
                name: labelname.clone(),
                ty,
                origin,
            });
        }
        let mut inner = kw.clone();
        inner.within_columns_clause = true;
        inner.within_label_clause = true;
        inner.add_to_result_map = false;
        let body = self.visit(element, &inner)?;
        Ok(format!("{body} AS {}", self.quote(&labelname)))
    }
}

/// `ilike_case_insensitive`: `lower(<expr>)`.
fn lower(e: &ExprRef) -> ExprRef {
    Rc::new(Expr::Function(Function {
        name: "lower".into(),
        packagenames: Vec::new(),
        args: vec![e.clone()],
        ty: e.ty(),
        star: false,
    }))
}

/// SQLite's `extract` field codes for STRFTIME.
fn sqlite_extract(field: &str) -> Option<&'static str> {
    Some(match field {
        "month" => "%m",
        "day" => "%d",
        "year" => "%Y",
        "second" => "%S",
        "hour" => "%H",
        "doy" => "%j",
        "minute" => "%M",
        "epoch" => "%s",
        "dow" => "%w",
        "week" => "%W",
        _ => return None,
    })
}
