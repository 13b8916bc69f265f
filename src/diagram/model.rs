//! The diagram model: plain data describing *what* to draw, built from the ORM model registry (or by hand
//! in tests). It knows nothing about geometry; [`super::layout`] turns it into positions and
//! [`super::svg`], [`super::mermaid`] and [`super::dbml`] render it. Serde-friendly so the page can keep it
//! in its state and the CLI can dump it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Everything one diagram shows: tables and the lines between them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DiagramModel {
    pub entities: Vec<Entity>,
    pub edges: Vec<Edge>,
}

/// One table (mapped class or plain `Table(...)`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Entity {
    /// The SQL table name; the identity of the entity everywhere (test ids, pins, edges).
    pub table: String,
    /// The mapped class name, absent for a plain `Table(...)` such as an association table.
    pub class_name: Option<String>,
    /// 1-based source line of the `class` statement, so a click can jump to it.
    pub source_line: Option<u32>,
    /// True for a `secondary` association table of a many-to-many relationship.
    pub is_association: bool,
    pub columns: Vec<Column>,
}

/// One column of a table, in declaration order (the order of the rows in the box).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    /// The type as written (`String(50)`, `Integer`), shown verbatim.
    pub type_text: String,
    pub primary_key: bool,
    pub foreign_key: Option<ColumnRef>,
    pub nullable: bool,
    pub unique: bool,
}

/// A `table.column` reference (the target of a foreign key, or a column an edge attaches to).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct ColumnRef {
    pub table: String,
    pub column: String,
}

/// How many rows on each side, read from `from_table` towards `to_table`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub enum Cardinality {
    /// One `from` row has many `to` rows (the foreign key lives in `to_table`).
    #[default]
    OneToMany,
    /// Many `from` rows point at one `to` row (the foreign key lives in `from_table`).
    ManyToOne,
    /// `uselist=False`: at most one row on each side.
    OneToOne,
    /// Through a `secondary` association table.
    ManyToMany,
}

/// Whether a line is an ORM relationship or a bare foreign key that no `relationship()` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub enum EdgeKind {
    #[default]
    Relationship,
    /// Drawn dashed: the database knows the link, the ORM does not navigate it.
    ForeignKeyOnly,
}

/// One relationship *pair* (both `back_populates` sides in one line), or one bare foreign key.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Edge {
    pub kind: EdgeKind,
    pub from_table: String,
    pub to_table: String,
    /// The attribute on the `from` class (`User.chat_sessions` → `chat_sessions`), if that side exists.
    pub from_attr: Option<String>,
    /// The attribute on the `to` class, absent for a one-directional relationship.
    pub to_attr: Option<String>,
    pub cardinality: Cardinality,
    /// The foreign key column(s), on the many side (either side for one-to-one, the association table
    /// for many-to-many). Each names its table, so no convention about sides is needed.
    pub fk_columns: Vec<ColumnRef>,
    /// The referenced column(s), usually the primary key of the one side.
    pub ref_columns: Vec<ColumnRef>,
    /// The association table of a many-to-many relationship.
    pub secondary: Option<String>,
    /// The `cascade=` text, shown as a badge.
    pub cascade: Option<String>,
    /// 1-based lines of the `relationship()` calls on the `from` and `to` sides, for hover linking.
    pub from_line: Option<u32>,
    pub to_line: Option<u32>,
}

impl DiagramModel {
    /// The first entity with this table name (duplicates are tolerated; later ones are shadowed).
    pub fn entity(&self, table: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.table == table)
    }

    /// Adds a dashed [`EdgeKind::ForeignKeyOnly`] edge for every column foreign key that no edge already
    /// draws, so the model builder only has to list relationships. Foreign keys of association tables
    /// used as `secondary` count as drawn by their many-to-many edge.
    pub fn add_unrelated_foreign_keys(&mut self) {
        let mut drawn: BTreeSet<(String, String)> = BTreeSet::new();
        for edge in &self.edges {
            for fk in &edge.fk_columns {
                drawn.insert((fk.table.clone(), fk.column.clone()));
            }
        }
        let secondaries: BTreeSet<&str> = self.edges.iter().filter_map(|e| e.secondary.as_deref()).collect();
        let mut added = Vec::new();
        for entity in &self.entities {
            if secondaries.contains(entity.table.as_str()) {
                continue;
            }
            for column in &entity.columns {
                let Some(target) = &column.foreign_key else { continue };
                if drawn.insert((entity.table.clone(), column.name.clone())) {
                    added.push(Edge {
                        kind: EdgeKind::ForeignKeyOnly,
                        from_table: entity.table.clone(),
                        to_table: target.table.clone(),
                        cardinality: if column.unique { Cardinality::OneToOne } else { Cardinality::ManyToOne },
                        fk_columns: vec![ColumnRef { table: entity.table.clone(), column: column.name.clone() }],
                        ref_columns: vec![target.clone()],
                        ..Edge::default()
                    });
                }
            }
        }
        self.edges.extend(added);
    }
}

impl Column {
    /// A column with just a name and a type; the other flags default to a nullable plain column.
    pub fn new(name: &str, type_text: &str) -> Column {
        Column { name: name.into(), type_text: type_text.into(), nullable: true, ..Column::default() }
    }

    /// Builder: marks the column as the primary key (which also makes it non-nullable).
    pub fn pk(mut self) -> Column {
        self.primary_key = true;
        self.nullable = false;
        self
    }

    /// Builder: adds a foreign key to `table.column`.
    pub fn fk(mut self, table: &str, column: &str) -> Column {
        self.foreign_key = Some(ColumnRef { table: table.into(), column: column.into() });
        self
    }

    /// Builder: `nullable=False`.
    pub fn not_null(mut self) -> Column {
        self.nullable = false;
        self
    }

    /// Builder: `unique=True`.
    pub fn unique(mut self) -> Column {
        self.unique = true;
        self
    }
}

impl ColumnRef {
    pub fn new(table: &str, column: &str) -> ColumnRef {
        ColumnRef { table: table.into(), column: column.into() }
    }
}

impl Cardinality {
    /// True when the `from` end of the line has the many marker (crow's foot).
    pub fn many_at_from(self) -> bool {
        matches!(self, Cardinality::ManyToOne | Cardinality::ManyToMany)
    }

    /// True when the `to` end of the line has the many marker (crow's foot).
    pub fn many_at_to(self) -> bool {
        matches!(self, Cardinality::OneToMany | Cardinality::ManyToMany)
    }

    /// Short stable name used in data attributes and text exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Cardinality::OneToMany => "one-to-many",
            Cardinality::ManyToOne => "many-to-one",
            Cardinality::OneToOne => "one-to-one",
            Cardinality::ManyToMany => "many-to-many",
        }
    }
}
