//! SQLAlchemy's SQL compiler, for the statement tree of this module: one [`Compiler`] walks a statement
//! once, numbering anonymous names in order of appearance, collecting bound parameters, CTEs and the
//! result columns, and producing [`CompiledSql`] — the text with parameter markers, which renders
//! either as the default dialect's string (`print(stmt)`: `:name_1`, `__[POSTCOMPILE_x_1]`) or, given
//! the parameter values, as SQLite's executed text (`?` placeholders, IN lists expanded) with the values
//! in placeholder order.
//!
//! Submodules follow compiler.py's sections: [`quoting`] (identifiers), [`elements`] (column
//! expressions), [`select`] (SELECT, compound SELECT, CTEs, label resolution), [`froms`] (tables,
//! aliases, subqueries, joins), [`dml`] (INSERT/UPDATE/DELETE), [`ddl`] (CREATE/DROP), [`binds`]
//! (parameter rendering and expansion).

pub mod binds;
pub mod ddl;
pub mod dml;
pub mod elements;
pub mod froms;
pub mod functions;
pub mod quoting;
pub mod select;

pub use binds::{CompiledSql, ParamSet};

use super::elements::{BindParam, ExprRef, Name, NamePart};
use super::error::SqlResult;
use super::selectable::{FromRef, SelectStmt};
use super::types::SqlType;
use indexmap::IndexMap;
use std::collections::HashMap;
use std::rc::Rc;

/// The SQL dialects a statement can be compiled for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `StrCompileDialect`: what `str(stmt)` / `print(stmt)` shows.
    Default,
    /// SQLite (pysqlite): what runs and what `echo=True` logs.
    Sqlite,
    Postgresql,
    Mysql,
    Oracle,
}

impl Dialect {
    pub fn supports_native_boolean(self) -> bool {
        !matches!(self, Dialect::Sqlite | Dialect::Mysql)
    }

    pub fn div_is_floordiv(self) -> bool {
        !matches!(self, Dialect::Mysql)
    }

    pub fn tuple_in_values(self) -> bool {
        self == Dialect::Sqlite
    }

    pub fn name(self) -> &'static str {
        match self {
            Dialect::Default => "default",
            Dialect::Sqlite => "sqlite",
            Dialect::Postgresql => "postgresql",
            Dialect::Mysql => "mysql",
            Dialect::Oracle => "oracle",
        }
    }
}

/// Options of one compilation (`compile_kwargs`).
#[derive(Debug, Clone, Copy, Default)]
pub struct CompileOptions {
    /// `literal_binds=True`: values inline instead of parameters.
    pub literal_binds: bool,
    /// `render_postcompile=True`: IN lists expanded into one parameter per value in the string.
    pub render_postcompile: bool,
}

/// What the compiler is in the middle of, per nesting level of SELECTs (compiler.py's `stack`).
#[derive(Clone, Default)]
pub(crate) struct StackEntry {
    /// FROM elements of every enclosing SELECT (candidates for explicit correlation).
    pub correlate_froms: Vec<FromRef>,
    /// FROM elements of the immediately enclosing SELECT (auto-correlation).
    pub asfrom_froms: Vec<FromRef>,
    /// Columns by label for ORDER BY / GROUP BY label resolution: (with froms, only froms, only cols).
    pub label_resolve: Option<Rc<LabelResolve>>,
    pub need_result_map_for_compound: bool,
    /// Number of columns of the first SELECT of a compound.
    pub select_0_columns: Option<usize>,
}

/// `_label_resolve_dict`: selected columns by label/key, FROM columns by key.
#[derive(Default)]
pub(crate) struct LabelResolve {
    pub with_cols: Vec<(String, ExprRef)>,
    pub only_froms: Vec<(String, ExprRef)>,
    pub only_cols: Vec<(String, ExprRef)>,
}

/// One result column of the compiled statement (the engine's row keys and types).
#[derive(Debug, Clone)]
pub struct ResultColumnEntry {
    pub keyname: String,
    pub name: String,
    pub ty: SqlType,
    /// The table column behind it (see [`crate::sql::compiled::ColumnOrigin`]).
    pub origin: Option<crate::sql::compiled::ColumnOrigin>,
}

/// Rendering flags passed down the tree (compiler.py's `**kw`).
#[derive(Clone)]
pub(crate) struct Kw {
    pub asfrom: bool,
    pub within_columns_clause: bool,
    pub within_label_clause: bool,
    pub include_table: bool,
    pub render_label_as_label: Option<ExprRef>,
    pub add_to_result_map: bool,
    pub in_operator_expression: bool,
    pub eager_grouping: bool,
    pub literal_binds: bool,
    pub literal_execute: bool,
    pub lateral: bool,
    pub subquery: bool,
    pub within_aggregate: bool,
    pub compound_index: Option<usize>,
    pub insert_into: bool,
    pub visiting_cte: Option<FromRef>,
}

impl Kw {
    pub fn new() -> Kw {
        Kw {
            asfrom: false,
            within_columns_clause: false,
            within_label_clause: false,
            include_table: true,
            render_label_as_label: None,
            add_to_result_map: false,
            in_operator_expression: false,
            eager_grouping: false,
            literal_binds: false,
            literal_execute: false,
            lateral: false,
            subquery: false,
            within_aggregate: false,
            compound_index: None,
            insert_into: false,
            visiting_cte: None,
        }
    }
}

/// One compilation in progress.
pub struct Compiler {
    pub dialect: Dialect,
    pub(crate) options: CompileOptions,
    anon_names: HashMap<(u64, String), String>,
    anon_counters: HashMap<String, u32>,
    /// Bound parameters by rendered name, first occurrence first.
    pub(crate) binds: IndexMap<String, BindParam>,
    /// Rendered CTEs, in the order they were first met: (identity, text, recursive).
    pub(crate) ctes: Vec<(usize, String)>,
    pub(crate) ctes_recursive: bool,
    /// CTE identity -> (level, name).
    pub(crate) cte_names: HashMap<usize, (usize, String)>,
    /// (level, name) -> CTE.
    pub(crate) ctes_by_name: HashMap<(usize, String), FromRef>,
    pub(crate) stack: Vec<StackEntry>,
    pub(crate) result_columns: Vec<ResultColumnEntry>,
    /// Columns of an INSERT whose Python-side defaults the executor computes: (bind name, column key).
    pub(crate) prefetch: Vec<(String, Rc<super::elements::ColumnInfo>)>,
    /// Nodes the compiler made while compiling, kept alive until it is done so that their anonymous
    /// names stay unique.
    pub(crate) made: Vec<ExprRef>,
    pub(crate) is_insert: bool,
}

impl Compiler {
    pub fn new(dialect: Dialect, options: CompileOptions) -> Compiler {
        Compiler {
            dialect,
            options,
            anon_names: HashMap::new(),
            anon_counters: HashMap::new(),
            binds: IndexMap::new(),
            ctes: Vec::new(),
            ctes_recursive: false,
            cte_names: HashMap::new(),
            ctes_by_name: HashMap::new(),
            stack: Vec::new(),
            result_columns: Vec::new(),
            prefetch: Vec::new(),
            made: Vec::new(),
            is_insert: false,
        }
    }

    /// A name with its anonymous parts numbered (`prefix_anon_map`: per seed, in order of first use).
    pub(crate) fn resolve(&mut self, name: &Name) -> String {
        let mut out = String::new();
        for part in &name.0 {
            match part {
                NamePart::Text(t) => out.push_str(t),
                NamePart::Anon { key, seed, .. } => {
                    if let Some(v) = self.anon_names.get(&(*key, seed.clone())) {
                        out.push_str(v);
                        continue;
                    }
                    let n = self.anon_counters.entry(seed.clone()).or_insert(1);
                    let v = format!("{seed}_{n}");
                    *n += 1;
                    self.anon_names.insert((*key, seed.clone()), v.clone());
                    out.push_str(&v);
                }
            }
        }
        out
    }

    pub(crate) fn quote(&self, ident: &str) -> String {
        quoting::quote(self.dialect, ident)
    }

    fn finish(self, text: String) -> CompiledSql {
        CompiledSql {
            text,
            dialect: self.dialect,
            binds: self.binds,
            result_columns: self.result_columns,
            prefetch: self.prefetch,
        }
    }

    /// Compiles a column expression on its own (`str(expr)`).
    pub fn compile_expr(dialect: Dialect, options: CompileOptions, e: &ExprRef) -> SqlResult<CompiledSql> {
        let mut c = Compiler::new(dialect, options);
        let mut kw = Kw::new();
        kw.literal_binds = options.literal_binds;
        let text = c.visit(e, &kw)?;
        let text = c.with_ctes(text, true);
        Ok(c.finish(text))
    }

    /// Compiles a SELECT-like statement.
    pub fn compile_select(dialect: Dialect, options: CompileOptions, s: &SelectStmt) -> SqlResult<CompiledSql> {
        let mut c = Compiler::new(dialect, options);
        let mut kw = Kw::new();
        kw.literal_binds = options.literal_binds;
        let text = c.visit_select_stmt(s, &kw)?;
        Ok(c.finish(text))
    }

    /// Compiles a FROM element on its own (`str(subquery)`, `str(join)`).
    pub fn compile_from(dialect: Dialect, options: CompileOptions, f: &FromRef) -> SqlResult<CompiledSql> {
        let mut c = Compiler::new(dialect, options);
        let mut kw = Kw::new();
        kw.literal_binds = options.literal_binds;
        let text = c.visit_from(f, &kw)?;
        let text = c.with_ctes(text, true);
        Ok(c.finish(text))
    }

    /// Compiles an INSERT / UPDATE / DELETE.
    pub fn compile_dml(
        dialect: Dialect,
        options: CompileOptions,
        stmt: &super::dml::DmlStatement,
        column_keys: Option<&[String]>,
    ) -> SqlResult<CompiledSql> {
        let mut c = Compiler::new(dialect, options);
        let mut kw = Kw::new();
        kw.literal_binds = options.literal_binds;
        let text = c.visit_dml(stmt, column_keys, &kw)?;
        Ok(c.finish(text))
    }

    /// Prepends the WITH clause when CTEs were collected and this is the top level.
    pub(crate) fn with_ctes(&mut self, text: String, toplevel: bool) -> String {
        if !toplevel || self.ctes.is_empty() {
            return text;
        }
        let preamble = if self.ctes_recursive { "WITH RECURSIVE" } else { "WITH" };
        let bodies: Vec<String> = self.ctes.iter().map(|(_, t)| t.clone()).collect();
        format!("{preamble} {}\n {text}", bodies.join(", \n"))
    }
}
