//! Keeps edge labels readable: after routing (and after pinned boxes moved their lines), a label stack —
//! the attribute names and cascade badge at one line end — that would overlap another line's labels or
//! an entity box moves up or down, whole, to the nearest free spot.
//!
//! Greedy in drawing order, so the first stack placed keeps its place and the layout stays stable as
//! models grow; the figures are checked by [`crate::diagram::metrics`] (`label_collisions`) on every real
//! model in the tests.

use super::{Label, Layout};
use crate::diagram::metrics::{Rect, label_rect};

/// One line spacing of the stacked labels: the step a stack moves by.
const STEP: f64 = 13.0;
/// How many steps up or down a stack may move before it is left where routing put it.
const MAX_STEPS: i32 = 12;

/// Moves colliding label stacks apart and grows the drawing to hold them.
pub fn separate(layout: &mut Layout) {
    let boxes: Vec<Rect> = layout.entities.iter().map(Rect::of_box).collect();
    let mut placed: Vec<Rect> = Vec::new();
    for edge in &mut layout.edges {
        for group in stacks(&edge.labels) {
            let rects: Vec<Rect> = group.iter().filter_map(|&i| edge.labels.get(i)).map(label_rect).collect();
            let free = |dy: f64| {
                rects.iter().map(|r| Rect(r.0, r.1 + dy, r.2, r.3 + dy)).all(|r| {
                    r.1 >= 0.0 && !placed.iter().any(|p| p.overlaps(&r)) && !boxes.iter().any(|b| b.overlaps(&r))
                })
            };
            let dy = (0..=MAX_STEPS)
                .flat_map(|k| [f64::from(k) * STEP, -f64::from(k) * STEP])
                .find(|&dy| free(dy))
                .unwrap_or(0.0);
            for &i in &group {
                if let Some(label) = edge.labels.get_mut(i) {
                    label.y += dy;
                }
            }
            placed.extend(rects.iter().map(|r| Rect(r.0, r.1 + dy, r.2, r.3 + dy)));
        }
    }
    let right = placed.iter().map(|r| r.2).fold(layout.width, f64::max);
    let bottom = placed.iter().map(|r| r.3 + super::route::MARGIN).fold(layout.height, f64::max);
    layout.width = right.ceil();
    layout.height = bottom.ceil();
}

/// The labels of one edge grouped by the line end they sit at (same anchor point and side).
fn stacks(labels: &[Label]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        let same = |g: &Vec<usize>| {
            g.first().and_then(|&j| labels.get(j)).is_some_and(|l| l.x == label.x && l.anchor_end == label.anchor_end)
        };
        match groups.iter_mut().find(|g| same(g)) {
            Some(group) => group.push(i),
            None => groups.push(vec![i]),
        }
    }
    groups
}
