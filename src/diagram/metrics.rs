//! Layout quality figures, computed from geometry alone (so they check the layout instead of trusting
//! it): overlapping boxes, line pieces passing through a box, crossings between lines, total line
//! length and drawing area. Used by the invariant tests and printed by the bench.

use super::layout::{EntityBox, Label, LabelKind, Layout, Point};
use super::measure::{FONT_BADGE, FONT_LABEL, text_width};
use serde::Serialize;

/// The figures for one layout.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Metrics {
    /// Pairs of boxes whose interiors intersect.
    pub overlaps: usize,
    /// (line piece, box) pairs where the piece enters the box's interior.
    pub intersections: usize,
    /// Proper crossings between pieces of different lines (touching or sharing a port does not count).
    pub crossings: usize,
    /// Pairs of labels (attribute names, cascade badges) whose text boxes overlap, plus labels lying
    /// over an entity box: either makes a name unreadable.
    pub label_collisions: usize,
    /// Sum of all polyline lengths.
    pub edge_length: f64,
    /// Width × height of the drawing.
    pub area: f64,
    pub width: f64,
    pub height: f64,
}

/// Measures a layout.
pub fn measure(layout: &Layout) -> Metrics {
    let segments: Vec<(usize, Point, Point)> = layout
        .edges
        .iter()
        .flat_map(|e| e.routes.iter())
        .enumerate()
        .flat_map(|(r, route)| route.points.windows(2).map(move |w| (r, w[0], w[1])))
        .collect();
    let mut overlaps = 0;
    for (i, a) in layout.entities.iter().enumerate() {
        for b in layout.entities.iter().skip(i + 1) {
            if boxes_overlap(a, b) {
                overlaps += 1;
            }
        }
    }
    let mut intersections = 0;
    for (_, p, q) in &segments {
        intersections += layout.entities.iter().filter(|b| segment_enters_box(*p, *q, b)).count();
    }
    let mut crossings = 0;
    for (i, (ra, a1, a2)) in segments.iter().enumerate() {
        for (rb, b1, b2) in segments.iter().skip(i + 1) {
            if ra != rb && properly_cross(*a1, *a2, *b1, *b2) {
                crossings += 1;
            }
        }
    }
    let rects: Vec<Rect> = layout.edges.iter().flat_map(|e| e.labels.iter()).map(label_rect).collect();
    let mut label_collisions = 0;
    for (i, a) in rects.iter().enumerate() {
        label_collisions += rects.iter().skip(i + 1).filter(|b| a.overlaps(b)).count();
        label_collisions += layout.entities.iter().filter(|b| a.overlaps(&Rect::of_box(b))).count();
    }
    let edge_length = segments.iter().map(|(_, p, q)| ((q.x - p.x).powi(2) + (q.y - p.y).powi(2)).sqrt()).sum();
    Metrics {
        overlaps,
        intersections,
        crossings,
        label_collisions,
        edge_length,
        area: layout.width * layout.height,
        width: layout.width,
        height: layout.height,
    }
}

/// An axis-aligned rectangle: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect(pub f64, pub f64, pub f64, pub f64);

impl Rect {
    pub fn of_box(b: &EntityBox) -> Rect {
        Rect(b.x, b.y, b.x + b.width, b.y + b.height)
    }

    /// True when the interiors intersect (touching is fine).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.0 < other.2 && other.0 < self.2 && self.1 < other.3 && other.1 < self.3
    }
}

/// The box a label's text (or a badge's pill) covers, as the SVG renderer draws it.
pub fn label_rect(label: &Label) -> Rect {
    let (width, top, bottom) = match label.kind {
        LabelKind::Attribute => (text_width(&label.text, FONT_LABEL), label.y - 9.0, label.y + 3.0),
        LabelKind::Badge => (text_width(&label.text, FONT_BADGE) + 10.0, label.y - 9.0, label.y + 4.0),
    };
    let left = if label.anchor_end { label.x - width } else { label.x };
    Rect(left, top, left + width, bottom)
}

/// True when the interiors of two boxes intersect (touching edges is fine).
pub fn boxes_overlap(a: &EntityBox, b: &EntityBox) -> bool {
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/// True when a positive-length part of segment p–q lies strictly inside the box (Liang–Barsky clipping
/// against the box shrunk by half a pixel, so lines ending on a box side do not count).
pub fn segment_enters_box(p: Point, q: Point, b: &EntityBox) -> bool {
    let (x0, y0, x1, y1) = (b.x + 0.5, b.y + 0.5, b.x + b.width - 0.5, b.y + b.height - 0.5);
    let (dx, dy) = (q.x - p.x, q.y - p.y);
    let mut t0: f64 = 0.0;
    let mut t1: f64 = 1.0;
    for (den, num) in [(-dx, p.x - x0), (dx, x1 - p.x), (-dy, p.y - y0), (dy, y1 - p.y)] {
        if den == 0.0 {
            if num < 0.0 {
                return false;
            }
        } else {
            let t = num / den;
            if den < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    t0 < t1 || (dx == 0.0 && dy == 0.0 && p.x > x0 && p.x < x1 && p.y > y0 && p.y < y1)
}

/// Proper crossing: each segment's ends strictly on opposite sides of the other.
pub fn properly_cross(a1: Point, a2: Point, b1: Point, b2: Point) -> bool {
    let orient = |p: Point, q: Point, r: Point| {
        let v = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
        if v > 1e-9 {
            1
        } else if v < -1e-9 {
            -1
        } else {
            0
        }
    };
    orient(a1, a2, b1) * orient(a1, a2, b2) < 0 && orient(b1, b2, a1) * orient(b1, b2, a2) < 0
}
