//! The layout and renderers never panic, whatever the model: empty, duplicated, dangling, absurd.

use super::super::layout::{LayoutOptions, Point, layout};
use super::super::model::{Cardinality, Column, DiagramModel, Edge, Entity};
use super::super::{SvgOptions, metrics, render_svg, sample, to_dbml, to_mermaid};

fn all_outputs(model: &DiagramModel, options: &LayoutOptions) -> String {
    let l = layout(model, options);
    let m = metrics::measure(&l);
    assert_eq!(m.overlaps, 0, "no overlaps");
    to_mermaid(model);
    to_dbml(model);
    render_svg(model, &l, &SvgOptions::default())
}

#[test]
fn duplicates_and_dangling_references() {
    let mut model = sample::chatbot();
    model.entities.push(model.entities[0].clone());
    model.edges.push(Edge { from_table: "ghost".into(), to_table: "users".into(), ..Edge::default() });
    model.edges.push(Edge {
        from_table: "users".into(),
        to_table: "messages".into(),
        cardinality: Cardinality::ManyToMany,
        secondary: Some("nowhere".into()),
        ..Edge::default()
    });
    model.entities[1].columns.push(Column::new("x_id", "Integer").fk("missing", "id"));
    model.add_unrelated_foreign_keys();
    let svg = all_outputs(&model, &LayoutOptions::default());
    assert_eq!(svg.matches("data-testid=\"entity-users\"").count(), 1, "a duplicate table is drawn once");
}

#[test]
fn huge_names_and_thousands_of_columns() {
    let long = "x".repeat(5000);
    let mut big = Entity { table: long.clone(), class_name: Some(long.clone()), ..Entity::default() };
    big.columns = (0..3000).map(|i| Column::new(&format!("c{i}"), &long)).collect();
    let mut model = sample::parent_child();
    model.entities.push(big);
    model.edges.push(Edge { from_table: long.clone(), to_table: "child".into(), ..Edge::default() });
    let svg = all_outputs(&model, &LayoutOptions::default());
    assert!(svg.contains("xxx…"), "long text is clipped");
    let l = layout(&model, &LayoutOptions::default());
    assert!(l.width < 4000.0, "clipping keeps the drawing sane: {}", l.width);
}

#[test]
fn hostile_text_is_escaped() {
    let mut model = sample::parent_child();
    model.entities[0].table = "<script>alert(1)</script>".into();
    model.entities[0].class_name = Some("A&B\"'".into());
    model.edges[0].from_table = model.entities[0].table.clone();
    model.edges[0].cascade = Some("<b>".into());
    let svg = all_outputs(&model, &LayoutOptions::default());
    assert!(!svg.contains("<script>") && !svg.contains("<b>"));
    assert!(svg.contains("&lt;script&gt;") && svg.contains("A&amp;B&quot;&#39;"));
}

#[test]
fn odd_options_and_cycles() {
    let mut model = sample::generated(20, 3);
    // A cycle through three tables and self-loops, with every kind of cardinality.
    for (a, b, c) in [
        (0, 1, Cardinality::OneToMany),
        (1, 2, Cardinality::ManyToOne),
        (2, 0, Cardinality::OneToOne),
        (3, 3, Cardinality::ManyToMany),
    ] {
        let (ta, tb) = (model.entities[a].table.clone(), model.entities[b].table.clone());
        model.edges.push(Edge { from_table: ta, to_table: tb, cardinality: c, ..Edge::default() });
    }
    let mut options = LayoutOptions { aspect_ratio: f64::NAN, sweeps: 0, ..LayoutOptions::default() };
    options.pinned.insert(model.entities[0].table.clone(), Point { x: f64::INFINITY, y: 3.0 });
    options.pinned.insert(model.entities[3].table.clone(), Point { x: 10.0, y: 10.0 });
    all_outputs(&model, &options);
    let l = layout(&model, &LayoutOptions::default());
    assert_eq!(metrics::measure(&l).intersections, 0);
    assert_eq!(l.edges.len(), model.edges.len());
}

#[test]
fn entity_without_columns() {
    let model = DiagramModel { entities: vec![Entity { table: "t".into(), ..Entity::default() }], edges: vec![] };
    let svg = all_outputs(&model, &LayoutOptions { aspect_ratio: 0.0, ..LayoutOptions::default() });
    assert!(svg.contains("data-testid=\"entity-t\""));
}
