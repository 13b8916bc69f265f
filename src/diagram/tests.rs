//! Invariant tests over the seed schemas, the chatbot and generated schemas: no overlaps, no line
//! through a box, every relationship pair drawn once with its cardinality, ports on the right rows,
//! determinism and stability. Export and robustness tests live in the submodules.

mod export;
mod robust;
mod snapshots;

use super::layout::{Layout, LayoutOptions, Mark, Side, layout};
use super::measure;
use super::metrics;
use super::model::{Cardinality, Column, DiagramModel, Entity};
use super::sample;

/// Every schema the invariants must hold on.
pub fn all_schemas() -> Vec<(&'static str, DiagramModel)> {
    vec![
        ("parent_child", sample::parent_child()),
        ("medical", sample::medical()),
        ("chatbot", sample::chatbot()),
        ("generated_30", sample::generated(30, 1)),
        ("generated_100", sample::generated(100, 2)),
        ("generated_60_b", sample::generated(60, 7)),
    ]
}

fn both_modes() -> Vec<LayoutOptions> {
    vec![LayoutOptions::default(), LayoutOptions { collapse_many_to_many: true, ..LayoutOptions::default() }]
}

#[test]
fn no_overlaps_and_no_line_through_a_box() {
    for (name, model) in all_schemas() {
        for options in both_modes() {
            let m = metrics::measure(&layout(&model, &options));
            assert_eq!(m.overlaps, 0, "{name}: overlapping boxes");
            assert_eq!(m.intersections, 0, "{name}: line through a box");
        }
    }
}

/// The tables an edge's drawing should connect, for checking marks.
fn mark_at(layout: &Layout, edge: usize, table: &str) -> Vec<Mark> {
    let e = layout.edges.iter().find(|e| e.edge == edge).expect("edge drawn");
    e.routes.iter().flat_map(|r| [&r.start, &r.end]).filter(|p| p.table == table).map(|p| p.mark).collect()
}

#[test]
fn every_relationship_pair_drawn_once_with_its_cardinality() {
    for (name, model) in all_schemas() {
        for options in both_modes() {
            let l = layout(&model, &options);
            for (i, edge) in model.edges.iter().enumerate() {
                let drawn: Vec<_> = l.edges.iter().filter(|e| e.edge == i).collect();
                assert_eq!(drawn.len(), 1, "{name}: edge {i} drawn {} times", drawn.len());
                let through = edge.cardinality == Cardinality::ManyToMany && !options.collapse_many_to_many;
                assert_eq!(drawn[0].routes.len(), if through { 2 } else { 1 }, "{name}: edge {i} pieces");
                let (from, to) = (mark_at(&l, i, &edge.from_table), mark_at(&l, i, &edge.to_table));
                let self_ref = edge.from_table == edge.to_table;
                match edge.cardinality {
                    Cardinality::OneToMany if !self_ref => {
                        assert!(to.iter().all(|m| *m == Mark::Many) && !to.is_empty(), "{name}: many end of {i}");
                        assert!(from.iter().all(|m| *m != Mark::Many), "{name}: one end of {i}");
                    }
                    Cardinality::OneToOne => assert!(from.iter().chain(&to).all(|m| *m != Mark::Many)),
                    Cardinality::ManyToMany if through => {
                        // Each parent end is "one"; the association ends carry the crow's feet.
                        assert!(from.iter().chain(&to).all(|m| *m != Mark::Many) || self_ref, "{name}: m2m {i}");
                    }
                    Cardinality::ManyToMany => assert!(from.iter().chain(&to).all(|m| *m == Mark::Many)),
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn ports_sit_on_their_column_rows() {
    for (name, model) in all_schemas() {
        let l = layout(&model, &LayoutOptions::default());
        let mut checked = 0;
        for route in l.edges.iter().flat_map(|e| &e.routes) {
            for port in [&route.start, &route.end] {
                let b = l.entities.iter().find(|b| b.table == port.table).expect("box for port");
                let entity = &model.entities[b.entity];
                assert_eq!(port.point.y, b.y + measure::port_offset(entity, port.column.as_deref()), "{name}: row");
                let x = if port.side == Side::Left { b.x } else { b.x + b.width };
                assert_eq!(port.point.x, x, "{name}: {} port on the box side", port.table);
                assert!(port.column.is_some(), "{name}: every sample port names its column");
                checked += 1;
            }
        }
        assert!(checked >= 2, "{name}: ports checked");
    }
}

#[test]
fn fk_ports_are_the_foreign_key_rows() {
    let model = sample::chatbot();
    let l = layout(&model, &LayoutOptions::default());
    let i = model.edges.iter().position(|e| e.to_table == "messages").expect("messages edge");
    let route = &l.edges.iter().find(|e| e.edge == i).expect("drawn").routes[0];
    let ends = [&route.start, &route.end];
    let msg = ends.iter().find(|p| p.table == "messages").expect("messages end");
    let chat = ends.iter().find(|p| p.table == "chat_sessions").expect("chat_sessions end");
    assert_eq!(msg.column.as_deref(), Some("session_id"));
    assert_eq!(chat.column.as_deref(), Some("id"));
    assert_eq!(msg.mark, Mark::Many);
    assert_eq!(chat.mark, Mark::One, "session_id is NOT NULL: exactly one chat session");
}

#[test]
fn layout_is_deterministic() {
    for (name, model) in all_schemas() {
        let a = layout(&model, &LayoutOptions::default());
        let b = layout(&model.clone(), &LayoutOptions::default());
        assert_eq!(a, b, "{name}");
        let svg = |l: &Layout| super::render_svg(&model, l, &super::SvgOptions::default());
        assert_eq!(svg(&a), svg(&b), "{name}: svg bytes");
    }
}

/// (layer, rank within layer) of each table.
fn placement(l: &Layout) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for b in &l.entities {
        let rank = l.entities.iter().filter(|o| o.layer == b.layer && o.y < b.y).count();
        out.push((b.table.clone(), b.layer, rank));
    }
    out
}

/// Checks that every pair of original tables keeps its layer and vertical order after a change.
fn assert_stable(before: &Layout, after: &Layout, what: &str) {
    let a = placement(before);
    let b = placement(after);
    for (table, layer, _) in &a {
        let now = b.iter().find(|x| &x.0 == table).expect("table still drawn");
        assert_eq!(now.1, *layer, "{what}: {table} changed layer");
    }
    for b1 in &before.entities {
        for b2 in &before.entities {
            if b1.layer == b2.layer && b1.y < b2.y {
                let n1 = after.entities.iter().find(|x| x.table == b1.table).expect("drawn");
                let n2 = after.entities.iter().find(|x| x.table == b2.table).expect("drawn");
                assert!(n1.y < n2.y, "{what}: {} and {} swapped", b1.table, b2.table);
            }
        }
    }
}

#[test]
fn adding_a_table_or_editing_a_column_keeps_the_others_in_place() {
    let base = sample::chatbot();
    let before = layout(&base, &LayoutOptions::default());
    let mut added = base.clone();
    let mut audit = Entity { table: "audit_log".into(), class_name: Some("AuditLog".into()), ..Entity::default() };
    audit.columns = vec![Column::new("id", "Integer").pk(), Column::new("event", "Text")];
    added.entities.push(audit);
    assert_stable(&before, &layout(&added, &LayoutOptions::default()), "isolated table");
    let mut leaf = base.clone();
    let mut attachment =
        Entity { table: "attachments".into(), class_name: Some("Attachment".into()), ..Entity::default() };
    attachment.columns =
        vec![Column::new("id", "Integer").pk(), Column::new("message_id", "Integer").fk("messages", "id")];
    leaf.entities.push(attachment);
    leaf.add_unrelated_foreign_keys();
    assert_stable(&before, &layout(&leaf, &LayoutOptions::default()), "leaf table");
    let mut edited = base.clone();
    edited.entities[0].columns.push(Column::new("last_login", "DateTime"));
    assert_stable(&before, &layout(&edited, &LayoutOptions::default()), "edited column");
}

#[test]
fn pinned_boxes_stay_where_the_user_put_them() {
    let model = sample::chatbot();
    let mut options = LayoutOptions::default();
    options.pinned.insert("messages".into(), super::layout::Point { x: 900.0, y: 40.0 });
    let l = layout(&model, &options);
    let b = l.entities.iter().find(|b| b.table == "messages").expect("messages");
    assert_eq!((b.x, b.y), (900.0, 40.0));
    let e = l.edges.iter().find(|e| e.routes.iter().any(|r| r.end.table == "messages")).expect("edge to messages");
    let end = &e.routes[0].end;
    assert_eq!(end.point.y, 40.0 + measure::port_offset(&model.entities[b.entity], Some("session_id")));
    assert!(l.width >= 900.0 + b.width, "drawing grows to hold the pinned box");
}

#[test]
fn aspect_ratio_is_followed_for_large_schemas() {
    let model = sample::generated(100, 2);
    let wide = metrics::measure(&layout(&model, &LayoutOptions { aspect_ratio: 3.0, ..LayoutOptions::default() }));
    let tall = metrics::measure(&layout(&model, &LayoutOptions { aspect_ratio: 0.7, ..LayoutOptions::default() }));
    assert!(wide.width / wide.height > tall.width / tall.height, "wider request, wider drawing");
    let normal = metrics::measure(&layout(&model, &LayoutOptions::default()));
    let ratio = normal.width / normal.height;
    assert!((0.5..=4.0).contains(&ratio), "ratio {ratio} near the requested 1.6");
}

#[test]
fn seed_diagrams_have_no_crossings() {
    for model in [sample::parent_child(), sample::medical(), sample::chatbot()] {
        assert_eq!(metrics::measure(&layout(&model, &LayoutOptions::default())).crossings, 0);
    }
}

#[test]
fn empty_model_gives_an_empty_drawing() {
    let l = layout(&DiagramModel::default(), &LayoutOptions::default());
    assert!(l.entities.is_empty() && l.edges.is_empty());
    assert!(l.width > 0.0 && l.height > 0.0);
}
