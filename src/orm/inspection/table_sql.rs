//! What SQLite's dialect reads out of a table's `CREATE TABLE` text (`sqlite_master.sql`) because no
//! PRAGMA reports it: the names and columns of UNIQUE constraints (`get_unique_constraints`, whose
//! regular expressions these are), the CHECK constraints (`get_check_constraints`) and the names and
//! ON DELETE / ON UPDATE / DEFERRABLE options of foreign keys (`get_foreign_keys`), and the primary
//! key constraint's name (`get_pk_constraint`).

use fancy_regex::Regex;

/// `(name, columns)` of each UNIQUE constraint written in `sql`, table-level ones first, then the
/// inline `col TYPE UNIQUE` ones (unnamed), in text order.
pub fn unique_constraints(sql: &str) -> Vec<(Option<String>, Vec<String>)> {
    let mut out = Vec::new();
    let table_level = Regex::new(r#"(?i)(?:CONSTRAINT\s+(?:"(.+?)"|(\w+))\s+)?UNIQUE\s*\((.+?)\)"#);
    let inline = Regex::new(
        r#"(?i)(?:(".+?")|(?:[\[`])?([a-z0-9_]+)(?:[\]`])?)[\t ]+[a-z0-9_]+(?:[\t ]+[a-z0-9_]+)*?[\t ]+UNIQUE"#,
    );
    if let Ok(re) = table_level {
        for caps in re.captures_iter(sql).flatten() {
            let name = caps.get(1).or_else(|| caps.get(2)).map(|m| m.as_str().to_string());
            let cols = caps.get(3).map(|m| cols_in_sig(m.as_str())).unwrap_or_default();
            out.push((name, cols));
        }
    }
    if let Ok(re) = inline {
        for caps in re.captures_iter(sql).flatten() {
            let sig = caps.get(1).or_else(|| caps.get(2)).map(|m| m.as_str()).unwrap_or_default();
            out.push((None, cols_in_sig(sig)));
        }
    }
    out
}

/// The primary key constraint's name (`PK_PATTERN` of SQLAlchemy's `get_pk_constraint`).
pub fn pk_constraint_name(sql: &str) -> Option<String> {
    let re = Regex::new(r#"(?i)CONSTRAINT "?(.+?)"? PRIMARY KEY"#).ok()?;
    let caps = re.captures(sql).ok()??;
    caps.get(1).map(|m| m.as_str().to_string())
}

/// A `FOREIGN KEY` clause found in the table's SQL (`FK_PATTERN`).
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedForeignKey {
    pub name: Option<String>,
    pub constrained: Vec<String>,
    pub referred: String,
    pub referred_cols: Vec<String>,
    /// `ondelete` / `onupdate` (NO ACTION left out) and `initially`, in the order written.
    pub options: Vec<(String, String)>,
    pub deferrable: Option<bool>,
}

/// The FOREIGN KEY clauses of `sql`, in text order.
pub fn foreign_keys(sql: &str) -> Vec<ParsedForeignKey> {
    let pattern = concat!(
        r#"(?i)(?:CONSTRAINT\s+(?:"(.+?)"|(\w+))\s+)?"#,
        r#"FOREIGN\s+KEY\s*\(\s*(.+?)\s*\)\s+"#,
        r#"REFERENCES\s+(?:(?:"(.+?)")|([a-z0-9_]+))\s*\(\s*((?:"[^"]+"|[a-z0-9_]+)(?:(?:\s*,\s*|\s+)(?:"[^"]+"|[a-z0-9_]+))*\s*)\)\s*"#,
        r#"((?:ON\s+(?:DELETE|UPDATE)\s+(?:SET\s+NULL|SET\s+DEFAULT|CASCADE|RESTRICT|NO\s+ACTION)\s*)*)"#,
        r#"((?:NOT\s+)?DEFERRABLE)?"#,
        r#"(?:\s+INITIALLY\s+(DEFERRED|IMMEDIATE))?"#,
    );
    let Ok(re) = Regex::new(pattern) else { return Vec::new() };
    let mut out = Vec::new();
    for caps in re.captures_iter(sql).flatten() {
        let group = |i: usize| caps.get(i).map(|m| m.as_str().to_string());
        let constrained = cols_in_sig(&group(3).unwrap_or_default());
        let referred_cols = match group(6) {
            Some(c) if !c.is_empty() => cols_in_sig(&c),
            _ => constrained.clone(),
        };
        let mut options = Vec::new();
        let actions = group(7).unwrap_or_default().to_uppercase().split_whitespace().collect::<Vec<_>>().join(" ");
        for token in actions.split("ON ").map(str::trim).filter(|t| !t.is_empty()) {
            for (word, key) in [("DELETE", "ondelete"), ("UPDATE", "onupdate")] {
                if let Some(action) = token.strip_prefix(word).map(str::trim)
                    && !action.is_empty()
                    && action != "NO ACTION"
                {
                    options.push((key.to_string(), action.to_string()));
                }
            }
        }
        let deferrable = group(8).map(|d| !d.to_uppercase().contains("NOT"));
        if let Some(initially) = group(9) {
            options.push(("initially".to_string(), initially.to_uppercase()));
        }
        out.push(ParsedForeignKey {
            name: group(1).or_else(|| group(2)),
            constrained,
            referred: group(4).or_else(|| group(5)).unwrap_or_default(),
            referred_cols,
            options,
            deferrable,
        });
    }
    out
}

/// `_find_cols_in_sig`: the column names of a constraint's column list.
fn cols_in_sig(sig: &str) -> Vec<String> {
    let Ok(re) = Regex::new(r#"(?i)(?:"(.+?)")|([a-z0-9_]+)"#) else { return Vec::new() };
    re.captures_iter(sig)
        .flatten()
        .filter_map(|c| c.get(1).or_else(|| c.get(2)).map(|m| m.as_str().to_string()))
        .collect()
}

/// `(name, sqltext)` of each CHECK constraint in `sql`, sorted by name (unnamed last).
pub fn check_constraints(sql: &str) -> Vec<(Option<String>, String)> {
    let pattern = r#"(?i)(?<![A-Za-z0-9_])(?:CONSTRAINT\s+("(?:[^"]|"")+"|'(?:[^']|'')+'|\[(?:[^\]]|\]\])+\]|`(?:[^`]|``)+`|\S+)\s+)?CHECK\s*\("#;
    let Ok(re) = Regex::new(pattern) else { return Vec::new() };
    let mut out = Vec::new();
    for caps in re.captures_iter(sql).flatten() {
        let Some(whole) = caps.get(0) else { continue };
        let name = caps.get(1).map(|m| unquote(m.as_str()));
        let open = whole.end() - 1;
        if let Some(close) = matching_paren(sql, open) {
            out.push((name, sql[whole.end()..close].trim().to_string()));
        }
    }
    out.sort_by(|a, b| a.0.as_deref().unwrap_or("~").cmp(b.0.as_deref().unwrap_or("~")));
    out
}

/// A constraint name without its quotes (`"n"`, `'n'`, `` `n` ``, `[n]`).
fn unquote(name: &str) -> String {
    let quoted = |open: char, close: char| name.len() >= 2 && name.starts_with(open) && name.ends_with(close);
    if quoted('"', '"') || quoted('\'', '\'') || quoted('`', '`') || quoted('[', ']') {
        name[1..name.len() - 1].to_string()
    } else {
        name.to_string()
    }
}

/// `util.find_matching_paren`: the position of the parenthesis closing the one at `open`, skipping
/// quoted text.
fn matching_paren(sql: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, ch) in sql.char_indices().skip_while(|(i, _)| *i < open) {
        match quote {
            Some(q) => {
                if ch == q {
                    quote = None;
                }
            }
            None => match ch {
                '\'' | '"' | '`' => quote = Some(ch),
                '[' => quote = Some(']'),
                '(' => depth += 1,
                ')' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            },
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_constraints_keep_their_names() {
        let sql = "CREATE TABLE item (\n\tid INTEGER NOT NULL, \n\tcode VARCHAR(12), \n\tPRIMARY KEY (id), \n\tCONSTRAINT uq_item_code UNIQUE (category_id, code), \n\tUNIQUE (code)\n)";
        // As in SQLAlchemy, the inline pattern also catches `CONSTRAINT uq_item_code UNIQUE`: the
        // reflection keeps only what matches an automatic index.
        assert_eq!(
            unique_constraints(sql),
            [
                (Some("uq_item_code".into()), vec!["category_id".into(), "code".into()]),
                (None, vec!["code".into()]),
                (None, vec!["CONSTRAINT".into()])
            ]
        );
    }

    #[test]
    fn foreign_keys_keep_names_and_actions_in_written_order() {
        let sql = "CREATE TABLE e (\n\tCONSTRAINT fk_emp_dept FOREIGN KEY(dept_id) REFERENCES department (id) ON DELETE SET NULL ON UPDATE CASCADE, \n\tFOREIGN KEY(m) REFERENCES e (id)\n)";
        let fks = foreign_keys(sql);
        assert_eq!(fks.len(), 2);
        assert_eq!(fks[0].name.as_deref(), Some("fk_emp_dept"));
        assert_eq!(
            fks[0].options,
            [("ondelete".to_string(), "SET NULL".to_string()), ("onupdate".to_string(), "CASCADE".to_string())]
        );
        assert_eq!((fks[1].name.clone(), fks[1].referred.as_str(), fks[1].options.len()), (None, "e", 0));
    }

    #[test]
    fn check_constraints_read_balanced_parentheses() {
        let sql = "CREATE TABLE t (\n\tx INTEGER CHECK (x > (0)), \n\tCONSTRAINT \"ck one\" CHECK (x IN ('(', 'b'))\n)";
        assert_eq!(
            check_constraints(sql),
            [(Some("ck one".into()), "x IN ('(', 'b')".into()), (None, "x > (0)".into())]
        );
    }
}
