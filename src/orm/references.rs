//! Foreign keys that name a table or column the metadata does not have. SQLAlchemy resolves
//! `ForeignKey("table.column")` lazily and raises `NoReferencedTableError` / `NoReferencedColumnError`
//! when something needs the target (`create_all`, a join); ormplay checks the same at `create_all`, and
//! the models linter reports them even when the models never create their tables.

use super::mapper::Registry;

/// One foreign key whose target does not exist, with SQLAlchemy's exception class and message.
#[derive(Debug, Clone, PartialEq)]
pub struct BadReference {
    pub class: super::SaExc,
    pub message: String,
    /// The referencing column (table, column) and where it was written.
    pub table: String,
    pub column: String,
    pub site: Option<crate::source::FileSpan>,
    /// The (table, column) the foreign key names.
    pub target: (String, String),
}

/// Every foreign key of the registry whose table or column is missing, in table and column order.
pub fn unresolved(reg: &Registry) -> Vec<BadReference> {
    let mut out = Vec::new();
    for table in reg.tables.values() {
        for c in &table.columns {
            let Some((t, col)) = &c.foreign_key else { continue };
            let found = reg.tables.get(t);
            let (class, message) = match found {
                None => (
                    super::SaExc::NoReferencedTableError,
                    format!(
                        "Foreign key associated with column '{}.{}' could not find table '{t}' with which to generate a foreign key to target column '{col}'",
                        table.name, c.name
                    ),
                ),
                Some(target) if target.column(col).is_none() => (
                    super::SaExc::NoReferencedColumnError,
                    format!(
                        "Could not initialize target column for ForeignKey '{t}.{col}' on table '{}': table '{t}' has no column named '{col}'",
                        table.name
                    ),
                ),
                Some(_) => continue,
            };
            out.push(BadReference {
                class,
                message,
                table: table.name.clone(),
                column: c.name.clone(),
                site: c.site,
                target: (t.clone(), col.clone()),
            });
        }
    }
    out
}
