//! Diagram invariants on real models: for every conformance `models.py` and every gallery lesson, the
//! diagram model built from the ORM registry is laid out (association tables drawn and collapsed) and
//! checked with `diagram::metrics`: no overlapping boxes, no line through a box, and every relationship
//! attribute drawn exactly once, in one edge per `back_populates`/`backref` pair, with the cardinality
//! its mapping gives.

mod common;

use ormplay::diagram::layout::Mark;
use ormplay::diagram::{Cardinality, EdgeKind, LayoutOptions, layout, metrics};
use ormplay::orm::describe::RelationshipInfo;
use ormplay::run::{RunOutput, run_models};

fn all_models() -> Vec<(String, String)> {
    let mut all = common::gallery_models();
    // 045 stops at its TypeError on purpose: half a schema, checked by the diagnostics tests instead.
    all.extend(common::conformance_models().into_iter().filter(|(n, _)| !n.starts_with("045-")));
    all
}

/// The cardinality a relationship's mapping implies, read from the `from` side.
fn expected_cardinality(r: &RelationshipInfo, reverse: Option<&RelationshipInfo>) -> Cardinality {
    match r.direction.label() {
        "many-to-many" => Cardinality::ManyToMany,
        "one-to-many" if !r.uselist => Cardinality::OneToOne,
        "one-to-many" => Cardinality::OneToMany,
        _ if reverse.is_some_and(|b| !b.uselist) => Cardinality::OneToOne,
        _ => Cardinality::ManyToOne,
    }
}

/// Every relationship attribute appears in exactly one edge, with its reverse on the same edge.
fn check_pairs(name: &str, output: &RunOutput) -> usize {
    let model = &output.diagram;
    let mut checked = 0;
    for table in &output.schema {
        for r in &table.relationships {
            let on = |t: &str, attr: &Option<String>| t == table.name && attr.as_deref() == Some(r.key.as_str());
            let edges: Vec<_> = model
                .edges
                .iter()
                .filter(|e| {
                    e.kind == EdgeKind::Relationship && (on(&e.from_table, &e.from_attr) || on(&e.to_table, &e.to_attr))
                })
                .collect();
            assert_eq!(edges.len(), 1, "{name}: {}.{} drawn in {} edges", table.name, r.key, edges.len());
            let edge = edges[0];
            let reverse = output
                .schema
                .iter()
                .find(|t| t.name == r.target_table)
                .and_then(|t| t.relationships.iter().find(|b| Some(&b.key) == r.back_reference.as_ref()));
            if edge.from_table == table.name && edge.from_attr.as_deref() == Some(r.key.as_str()) {
                assert_eq!(edge.to_table, r.target_table, "{name}: {}.{} target", table.name, r.key);
                assert_eq!(edge.to_attr, r.back_reference, "{name}: {}.{} reverse on the same edge", table.name, r.key);
                assert_eq!(
                    edge.cardinality,
                    expected_cardinality(r, reverse),
                    "{name}: {}.{} cardinality",
                    table.name,
                    r.key
                );
            }
            checked += 1;
        }
    }
    checked
}

#[test]
fn real_models_lay_out_without_overlaps_or_lines_through_boxes() {
    let mut relationships = 0;
    let mut schemas = 0;
    for (name, models) in all_models() {
        let (output, _) = run_models(&models);
        assert!(output.error.is_none(), "{name}: {:?}", output.error.as_ref().map(|e| &e.message));
        assert!(!output.diagram.entities.is_empty(), "{name}: empty diagram");
        let tables: Vec<&str> = output.diagram.entities.iter().map(|e| e.table.as_str()).collect();
        let mut unique = tables.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), tables.len(), "{name}: a table drawn twice: {tables:?}");
        relationships += check_pairs(&name, &output);
        for collapse in [false, true] {
            let options = LayoutOptions { collapse_many_to_many: collapse, ..LayoutOptions::default() };
            let l = layout(&output.diagram, &options);
            let m = metrics::measure(&l);
            assert_eq!(m.overlaps, 0, "{name} (collapse {collapse}): overlapping boxes");
            assert_eq!(m.intersections, 0, "{name} (collapse {collapse}): a line through a box");
            assert_eq!(m.label_collisions, 0, "{name} (collapse {collapse}): labels over labels or boxes");
            for (i, edge) in output.diagram.edges.iter().enumerate() {
                let drawn: Vec<_> = l.edges.iter().filter(|e| e.edge == i).collect();
                assert_eq!(drawn.len(), 1, "{name}: edge {i} drawn {} times", drawn.len());
                let marks = |table: &str| -> Vec<Mark> {
                    drawn[0]
                        .routes
                        .iter()
                        .flat_map(|r| [&r.start, &r.end])
                        .filter(|p| p.table == table)
                        .map(|p| p.mark)
                        .collect()
                };
                let (from, to) = (marks(&edge.from_table), marks(&edge.to_table));
                if edge.from_table == edge.to_table {
                    continue;
                }
                match edge.cardinality {
                    Cardinality::OneToMany => {
                        assert!(!to.is_empty() && to.iter().all(|m| *m == Mark::Many), "{name}: many end of edge {i}")
                    }
                    Cardinality::ManyToOne => assert!(
                        !from.is_empty() && from.iter().all(|m| *m == Mark::Many),
                        "{name}: many end of edge {i}"
                    ),
                    Cardinality::OneToOne => {
                        assert!(from.iter().chain(&to).all(|m| *m != Mark::Many), "{name}: one-to-one edge {i}")
                    }
                    Cardinality::ManyToMany if collapse => {
                        assert!(from.iter().chain(&to).all(|m| *m == Mark::Many), "{name}: m2m edge {i}")
                    }
                    Cardinality::ManyToMany => {}
                }
            }
        }
        schemas += 1;
    }
    println!("diagram invariants: {schemas} real schemas, {relationships} relationship attributes checked");
    assert!(schemas >= 10 && relationships >= 20, "{schemas} schemas, {relationships} relationships");
}

/// The schema panel names a `uselist=False` one-to-many for what it is: the one-to-one lesson's
/// `User.profile` reads "one-to-one" (SQLAlchemy's direction stays one-to-many), its many-to-one side
/// stays many-to-one, and a plain list stays one-to-many.
#[test]
fn a_scalar_one_to_many_is_labelled_one_to_one() {
    let models = std::fs::read_to_string(format!("{}/examples/one-to-one/models.py", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_default();
    let (output, _) = run_models(&models);
    let rel = |table: &str, key: &str| {
        output
            .schema
            .iter()
            .find(|t| t.name == table)
            .and_then(|t| t.relationships.iter().find(|r| r.key == key))
            .cloned()
            .unwrap_or_else(|| panic!("{table}.{key} missing from the schema"))
    };
    let profile = rel("users", "profile");
    assert_eq!((profile.direction.label(), profile.uselist), ("one-to-many", false));
    assert_eq!(profile.kind_label(), "one-to-one");
    assert_eq!(rel("profiles", "user").kind_label(), "many-to-one");
    let (lesson, _) = run_models(
        &common::gallery_models()
            .into_iter()
            .find(|(n, _)| n.contains("one-to-many"))
            .map(|(_, m)| m)
            .unwrap_or_default(),
    );
    let lists: Vec<_> = lesson
        .schema
        .iter()
        .flat_map(|t| &t.relationships)
        .filter(|r| r.uselist && r.direction.label() == "one-to-many")
        .collect();
    assert!(!lists.is_empty() && lists.iter().all(|r| r.kind_label() == "one-to-many"));
}
