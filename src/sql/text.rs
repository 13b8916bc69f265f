//! [`TextClause`]: `text("SELECT ... WHERE y > :y")` — literal SQL with named bind parameters, compiled
//! the way SQLAlchemy's `SQLCompiler.visit_textclause` does.
//!
//! A bind is `:name` where the colon does not follow another colon, a word character, `$` or a
//! backslash, and the name is not followed by a colon (so `::int` casts and `a:b` stay text). `\:` is an
//! escaped colon and compiles to `:`. For execution (SQLite's positional `qmark` style) every
//! occurrence becomes `?` and the names are listed in order, repeats included; for `print(stmt)` (the
//! default dialect's named style) each stays `:name`.
//!
//! A bind declared `bindparam(name, expanding=True)` stands for a list: printed as
//! `(__[POSTCOMPILE_name])`, executed as one `?` per element (`IN (?, ?)`), or SQLite's empty-set
//! expression for an empty list ([`TextClause::render_expanded`]).
//!
//! The node is self-contained so the statement tree can embed it (text inside a select, a textual
//! WHERE): [`TextClause::render`] is the whole contract.

/// Literal SQL with named binds; `columns` are the result columns declared by `.columns(...)`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TextClause {
    pub text: String,
    /// Result columns declared with `TextClause.columns()`: (key, SQLAlchemy type; `NullType` if none).
    pub columns: Vec<(String, super::types::SqlType)>,
    /// The binds declared `bindparam(name, expanding=True)`.
    pub expanding: Vec<String>,
}

/// How binds are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BindStyle {
    /// `?` per occurrence (SQLite's driver paramstyle): what executes and what `echo` shows.
    Qmark,
    /// `:name` (the default dialect's style): what `str(text(...))` shows.
    Named,
}

/// A rendered text clause: the SQL, and the bind names in placeholder order (repeats included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedText {
    pub sql: String,
    pub binds: Vec<String>,
}

impl TextClause {
    pub fn new(text: impl Into<String>) -> Self {
        TextClause { text: text.into(), columns: Vec::new(), expanding: Vec::new() }
    }

    /// The distinct bind names, in order of first appearance (what `bindparams()` may name).
    pub fn bind_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for name in self.render(BindStyle::Named).binds {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// The SQL text in `style`, with `\:` unescaped.
    pub fn render(&self, style: BindStyle) -> RenderedText {
        let (sql, binds) = self.render_with(style, None);
        RenderedText { sql, binds: binds.into_iter().map(|(name, _)| name).collect() }
    }

    /// The executed text (`qmark` style) with each expanding bind written out for the number of
    /// elements `len_of` gives it: `(?, ?, ?)`, or `(SELECT 1 FROM (SELECT 1) WHERE 1!=1)` for none.
    /// Each placeholder is listed with its name and, for an expanding bind, the element's index.
    pub fn render_expanded(&self, len_of: &dyn Fn(&str) -> usize) -> (String, Vec<(String, Option<usize>)>) {
        self.render_with(BindStyle::Qmark, Some(len_of))
    }

    fn render_with(
        &self,
        style: BindStyle,
        len_of: Option<&dyn Fn(&str) -> usize>,
    ) -> (String, Vec<(String, Option<usize>)>) {
        let chars: Vec<char> = self.text.chars().collect();
        let mut sql = String::with_capacity(self.text.len());
        let mut binds = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '\\' && chars.get(i + 1) == Some(&':') {
                // `\:name` is a literal colon (BIND_PARAMS_ESC) unless a colon or word follows the name.
                let end = word_end(&chars, i + 2);
                if !chars.get(end).is_some_and(|&n| n == ':' || is_word(n)) {
                    sql.extend(&chars[i + 1..end]);
                    i = end;
                    continue;
                }
            }
            if c == ':' && (i == 0 || !is_bind_blocker(chars[i - 1])) {
                let end = word_end(&chars, i + 1);
                if end > i + 1 && chars.get(end) != Some(&':') {
                    let name: String = chars[i + 1..end].iter().collect();
                    i = end;
                    if self.expanding.contains(&name) {
                        match (style, len_of) {
                            (BindStyle::Qmark, Some(len_of)) => {
                                let n = len_of(&name);
                                if n == 0 {
                                    sql.push_str("(SELECT 1 FROM (SELECT 1) WHERE 1!=1)");
                                } else {
                                    sql.push_str(&format!("({})", vec!["?"; n].join(", ")));
                                }
                                binds.extend((0..n).map(|k| (name.clone(), Some(k))));
                                continue;
                            }
                            (BindStyle::Named, _) => sql.push_str(&format!("(__[POSTCOMPILE_{name}])")),
                            (BindStyle::Qmark, None) => sql.push('?'),
                        }
                        binds.push((name, None));
                        continue;
                    }
                    match style {
                        BindStyle::Qmark => sql.push('?'),
                        BindStyle::Named => {
                            sql.push(':');
                            sql.push_str(&name);
                        }
                    }
                    binds.push((name, None));
                    continue;
                }
            }
            sql.push(c);
            i += 1;
        }
        (sql, binds)
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// A character before `:` that keeps it from starting a bind: `::`, `a:b`, `$:`, `\:`.
fn is_bind_blocker(c: char) -> bool {
    c == ':' || c == '\\' || is_word(c)
}

fn word_end(chars: &[char], start: usize) -> usize {
    let mut end = start;
    while chars.get(end).is_some_and(|&c| is_word(c)) {
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qmark(text: &str) -> (String, Vec<String>) {
        let r = TextClause::new(text).render(BindStyle::Qmark);
        (r.sql, r.binds)
    }

    #[test]
    fn binds_become_qmarks_in_order_with_repeats() {
        let (sql, binds) = qmark("INSERT INTO t (x, y) VALUES (:x, :y) -- again :x");
        assert_eq!(sql, "INSERT INTO t (x, y) VALUES (?, ?) -- again ?");
        assert_eq!(binds, ["x", "y", "x"]);
        assert_eq!(TextClause::new("SELECT :a, :b, :a").bind_names(), ["a", "b"]);
    }

    #[test]
    fn casts_times_and_escaped_colons_stay_text() {
        assert_eq!(qmark("SELECT x::int, '10:30', a:b FROM t"), ("SELECT x::int, '10:30', a:b FROM t".into(), vec![]));
        assert_eq!(qmark(r"SELECT '\:notabind', :real"), ("SELECT ':notabind', ?".into(), vec!["real".into()]));
        assert_eq!(qmark("SELECT :x:"), ("SELECT :x:".into(), vec![]));
    }

    #[test]
    fn an_expanding_bind_is_one_placeholder_per_element() {
        let mut t = TextClause::new("SELECT x FROM t WHERE x IN :xs AND y = :y");
        t.expanding.push("xs".into());
        assert_eq!(t.render(BindStyle::Named).sql, "SELECT x FROM t WHERE x IN (__[POSTCOMPILE_xs]) AND y = :y");
        let (sql, binds) = t.render_expanded(&|_| 2);
        assert_eq!(sql, "SELECT x FROM t WHERE x IN (?, ?) AND y = ?");
        assert_eq!(binds, [("xs".into(), Some(0)), ("xs".into(), Some(1)), ("y".into(), None)]);
        let (sql, binds) = t.render_expanded(&|_| 0);
        assert_eq!(sql, "SELECT x FROM t WHERE x IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1) AND y = ?");
        assert_eq!(binds.len(), 1);
    }

    #[test]
    fn the_named_style_keeps_names_for_printing() {
        let r = TextClause::new(r"SELECT * FROM t WHERE y > :y AND z = '\:z'").render(BindStyle::Named);
        assert_eq!(r.sql, "SELECT * FROM t WHERE y > :y AND z = ':z'");
    }
}
