//! Sample diagram models: the seed schemas (Parent/Child; the medical User/Appointment/Profile/Speciality/
//! Kin with its association table), the medical chatbot, and a deterministic generator of larger schemas
//! (many-to-many, self-references, bare foreign keys). Used by the tests, the bench and as a demo; the
//! page builds its real models from the ORM registry.

use super::model::{Cardinality, Column, ColumnRef, DiagramModel, Edge, EdgeKind, Entity};

fn entity(table: &str, class: Option<&str>, line: u32, columns: Vec<Column>) -> Entity {
    Entity {
        table: table.into(),
        class_name: class.map(str::to_string),
        source_line: Some(line),
        is_association: class.is_none(),
        columns,
    }
}

/// A relationship pair `parent.attr` (one) ↔ `child.back` (many) over `child.fk` → `parent.id`.
fn one_to_many(parent: &str, attr: &str, child: &str, back: &str, fk: &str, lines: (u32, u32)) -> Edge {
    Edge {
        kind: EdgeKind::Relationship,
        from_table: parent.into(),
        to_table: child.into(),
        from_attr: Some(attr.into()),
        to_attr: Some(back.into()),
        cardinality: Cardinality::OneToMany,
        fk_columns: vec![ColumnRef::new(child, fk)],
        ref_columns: vec![ColumnRef::new(parent, "id")],
        from_line: Some(lines.0),
        to_line: Some(lines.1),
        ..Edge::default()
    }
}

fn many_to_many(a: &str, attr: &str, b: &str, back: &str, secondary: &str, lines: (u32, u32)) -> Edge {
    Edge {
        cardinality: Cardinality::ManyToMany,
        secondary: Some(secondary.into()),
        fk_columns: vec![],
        ref_columns: vec![],
        ..one_to_many(a, attr, b, back, "", lines)
    }
}

/// Seed 1: `Parent.children` ↔ `Child.parent` with `cascade="all, delete-orphan"`.
pub fn parent_child() -> DiagramModel {
    let parent =
        entity("parent", Some("Parent"), 3, vec![Column::new("id", "Integer").pk(), Column::new("name", "String")]);
    let child = entity(
        "child",
        Some("Child"),
        11,
        vec![
            Column::new("id", "Integer").pk(),
            Column::new("parent_id", "Integer").fk("parent", "id"),
            Column::new("name", "String"),
        ],
    );
    let mut edge = one_to_many("parent", "children", "child", "parent", "parent_id", (9, 17));
    edge.cascade = Some("all, delete-orphan".into());
    DiagramModel { entities: vec![parent, child], edges: vec![edge] }
}

fn user_entity(line: u32, extra: Vec<Column>) -> Entity {
    let mut columns = vec![Column::new("id", "Integer").pk()];
    columns.extend(extra);
    entity("users", Some("User"), line, columns)
}

fn with_user_fk(table: &str, class: &str, line: u32, mut columns: Vec<Column>, nullable: bool) -> Entity {
    let mut fk = Column::new("user_id", "Integer").fk("users", "id");
    fk.nullable = nullable;
    columns.insert(1, fk);
    entity(table, Some(class), line, columns)
}

fn medical_parts(lines: u32) -> (Vec<Entity>, Vec<Edge>) {
    let id = || Column::new("id", "Integer").pk();
    let entities = vec![
        with_user_fk("appointments", "Appointment", lines + 10, vec![id(), Column::new("details", "String")], true),
        with_user_fk("profiles", "Profile", lines + 20, vec![id(), Column::new("bio", "String")], true),
        entity("specialities", Some("Speciality"), lines + 30, vec![id(), Column::new("name", "String")]),
        entity(
            "user_speciality",
            None,
            lines + 40,
            vec![
                Column::new("user_id", "Integer").pk().fk("users", "id"),
                Column::new("speciality_id", "Integer").pk().fk("specialities", "id"),
            ],
        ),
        with_user_fk(
            "kins",
            "Kin",
            lines + 50,
            vec![
                id(),
                Column::new("full_name", "String"),
                Column::new("phone", "String"),
                Column::new("relationship", "String"),
            ],
            true,
        ),
    ];
    let mut profile = one_to_many("users", "profile", "profiles", "user", "user_id", (lines + 3, lines + 24));
    profile.cardinality = Cardinality::OneToOne;
    let edges = vec![
        one_to_many("users", "appointments", "appointments", "user", "user_id", (lines + 2, lines + 14)),
        profile,
        many_to_many("users", "specialities", "specialities", "users", "user_speciality", (lines + 4, lines + 33)),
        one_to_many("users", "kins", "kins", "user", "user_id", (lines + 5, lines + 56)),
    ];
    (entities, edges)
}

/// Seed 2: User with appointments, a one-to-one profile, specialities through `user_speciality`, kins.
pub fn medical() -> DiagramModel {
    let (mut entities, edges) = medical_parts(10);
    entities.insert(0, user_entity(1, vec![Column::new("full_name", "String")]));
    DiagramModel { entities, edges }
}

/// The flagship: the medical chatbot (seed 2 plus chat sessions and their messages).
pub fn chatbot() -> DiagramModel {
    let (mut entities, mut edges) = medical_parts(20);
    entities.insert(
        0,
        user_entity(
            1,
            vec![
                Column::new("username", "String(50)").unique().not_null(),
                Column::new("full_name", "String(100)"),
                Column::new("email", "String(120)").unique(),
            ],
        ),
    );
    let id = || Column::new("id", "Integer").pk();
    entities.push(with_user_fk(
        "chat_sessions",
        "ChatSession",
        90,
        vec![id(), Column::new("title", "String(100)"), Column::new("created_at", "DateTime")],
        false,
    ));
    entities.push(entity(
        "messages",
        Some("Message"),
        100,
        vec![
            id(),
            Column::new("session_id", "Integer").fk("chat_sessions", "id").not_null(),
            Column::new("role", "String(20)").not_null(),
            Column::new("content", "Text").not_null(),
        ],
    ));
    let mut sessions = one_to_many("users", "chat_sessions", "chat_sessions", "user", "user_id", (8, 95));
    sessions.cascade = Some("all, delete-orphan".into());
    let mut messages = one_to_many("chat_sessions", "messages", "messages", "chat_session", "session_id", (96, 105));
    messages.cascade = Some("all, delete-orphan".into());
    edges.push(sessions);
    edges.push(messages);
    DiagramModel { entities, edges }
}

/// Deterministic pseudo-random numbers (xorshift), so generated schemas are the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "account", "invoice", "order", "product", "review", "tag", "author", "book", "shelf", "visit", "clinic", "doctor",
    "ward", "shift", "ticket", "comment", "team", "project", "task", "sprint", "vendor", "payment", "refund", "coupon",
];

/// A schema of `tables` tables: each has a primary key and a few columns; most reference an earlier table
/// (a one-to-many relationship, sometimes only a bare foreign key), some reference themselves, and about
/// one table in eight is the association table of a many-to-many between two earlier tables.
pub fn generated(tables: usize, seed: u64) -> DiagramModel {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut model = DiagramModel::default();
    for i in 0..tables {
        let table = format!("{}_{i:03}", WORDS[rng.below(WORDS.len())]);
        if i >= 4 && i % 8 == 7 {
            let (a, b) = (rng.below(i), rng.below(i));
            let (ta, tb) = (model.entities[a].table.clone(), model.entities[b].table.clone());
            if a != b && !model.entities[a].is_association && !model.entities[b].is_association {
                model.entities.push(entity(
                    &table,
                    None,
                    i as u32 * 10,
                    vec![
                        Column::new("left_id", "Integer").pk().fk(&ta, "id"),
                        Column::new("right_id", "Integer").pk().fk(&tb, "id"),
                    ],
                ));
                model.edges.push(many_to_many(&ta, &format!("{tb}_set"), &tb, &format!("{ta}_set"), &table, (1, 2)));
                continue;
            }
        }
        let mut columns = vec![Column::new("id", "Integer").pk(), Column::new("name", "String(80)").not_null()];
        for k in 0..rng.below(4) {
            columns.push(Column::new(&format!("field_{k}"), ["Integer", "Text", "DateTime", "Float"][rng.below(4)]));
        }
        let parents = if i == 0 { 0 } else { [0, 1, 1, 1, 2][rng.below(5)] };
        for p in 0..parents {
            let j = rng.below(i);
            let Some(target) = model.entities.get(j).filter(|e| !e.is_association).map(|e| e.table.clone()) else {
                continue;
            };
            let fk = format!("{target}_id_{p}");
            columns.insert(2, Column::new(&fk, "Integer").fk(&target, "id"));
            if rng.below(10) > 0 {
                model.edges.push(one_to_many(
                    &target,
                    &format!("{table}_list"),
                    &table,
                    &format!("{target}_{p}"),
                    &fk,
                    (3, 4),
                ));
            }
        }
        if rng.below(10) == 0 {
            columns.push(Column::new("parent_id", "Integer").fk(&table, "id"));
            model.edges.push(one_to_many(&table, "children", &table, "parent", "parent_id", (5, 6)));
        }
        let class = format!("Class{i}");
        model.entities.push(entity(&table, Some(&class), i as u32 * 10, columns));
    }
    model.add_unrelated_foreign_keys();
    model
}
