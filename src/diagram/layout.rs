//! Automatic, deterministic layered layout (Sugiyama-style, left to right): the model becomes a graph
//! ([`graph`]), cycles are broken and layers assigned under a height budget derived from the requested
//! aspect ratio ([`rank`]), layers are ordered to minimise crossings ([`order`]), boxes get vertical
//! positions that straighten lines ([`place`]), and channels between layers get orthogonal routes and
//! labels ([`route`]). The result is plain geometry: the renderers and [`super::metrics`] only read it.
//!
//! Invariants (tested): boxes never overlap; lines never cross a box; each line starts and ends at the
//! vertical centre of its column's row, on a box side; same model and options → identical layout.
//! User-pinned boxes keep their pinned position and their lines are re-routed simply (the invariants are
//! then the user's choice).

mod graph;
mod labels;
mod order;
mod place;
mod rank;
mod route;

use super::model::DiagramModel;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A point in SVG user units (px).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// What the caller can ask of the layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayoutOptions {
    /// Wanted width / height of the drawing (the pane's); layers taller than this allows wrap.
    pub aspect_ratio: f64,
    /// Draw each many-to-many as one M:N line and hide its association table.
    pub collapse_many_to_many: bool,
    /// Top-left positions of boxes the user dragged, by table name.
    pub pinned: BTreeMap<String, Point>,
    /// Barycentre sweep rounds for crossing minimisation.
    pub sweeps: usize,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions { aspect_ratio: 1.6, collapse_many_to_many: false, pinned: BTreeMap::new(), sweeps: 12 }
    }
}

/// Which side of a box a line attaches to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    Left,
    Right,
}

/// Crow's-foot mark at a line end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// Exactly one (`||`): the referenced side of a non-nullable foreign key.
    One,
    /// Zero or one (`o|`).
    ZeroOrOne,
    /// Zero or many (crow's foot with a circle).
    Many,
}

/// One end of a drawn line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Port {
    pub table: String,
    /// The column whose row the line attaches to (None: the header, for unknown columns).
    pub column: Option<String>,
    pub side: Side,
    pub point: Point,
    pub mark: Mark,
}

/// One polyline (a many-to-many through its association table has two).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Route {
    pub points: Vec<Point>,
    pub start: Port,
    pub end: Port,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LabelKind {
    Attribute,
    Badge,
}

/// A text placed along a line; `x` is its end when `anchor_end`, else its start; `y` the baseline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub text: String,
    pub kind: LabelKind,
    pub anchor_end: bool,
}

/// Geometry of one model edge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EdgeLayout {
    /// Index into [`DiagramModel::edges`].
    pub edge: usize,
    pub routes: Vec<Route>,
    pub labels: Vec<Label>,
}

/// Geometry of one entity's box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityBox {
    /// Index into [`DiagramModel::entities`].
    pub entity: usize,
    pub table: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub layer: usize,
}

/// The laid-out diagram.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub entities: Vec<EntityBox>,
    pub edges: Vec<EdgeLayout>,
}

/// Lays the model out. Never panics; edges naming unknown tables are left out.
pub fn layout(model: &DiagramModel, options: &LayoutOptions) -> Layout {
    let mut g = graph::build(model, options);
    if g.nodes.is_empty() {
        return Layout { width: 2.0 * route::MARGIN, height: 2.0 * route::MARGIN, ..Layout::default() };
    }
    rank::break_cycles(&mut g);
    let budget = height_budget(&mut g, options.aspect_ratio);
    rank::assign_layers(&mut g, budget);
    let chains = rank::insert_dummies(&mut g);
    let pieces = place::pieces(&g, &chains);
    let segs = order::segments(&g, &pieces);
    let layers = order::minimise_crossings(&g, &segs, options.sweeps);
    place::assign_y(&mut g, &layers, &pieces, 8);
    // Leave room above the top row for labels.
    for node in &mut g.nodes {
        node.y += route::MARGIN + 12.0;
    }
    let routed = route::route(model, &g, &layers, &chains);
    let mut entities = Vec::new();
    for (i, node) in g.nodes.iter().enumerate() {
        let Some(e) = node.entity else { continue };
        let x = route::node_x(&g, i, &routed.layer_x, &routed.layer_w);
        let table = model.entities.get(e).map(|e| e.table.clone()).unwrap_or_default();
        entities.push(EntityBox {
            entity: e,
            table,
            x,
            y: node.y,
            width: node.width,
            height: node.height,
            layer: node.layer,
        });
    }
    entities.sort_by_key(|b| b.entity);
    let mut edges = merge_parts(routed.edges);
    apply_pins(&mut entities, &mut edges, &options.pinned);
    let bottom = g.nodes.iter().map(|n| n.y + n.height).fold(0.0, f64::max);
    let right = entities.iter().map(|b| b.x + b.width + route::MARGIN).fold(routed.width, f64::max);
    let bottom = entities.iter().map(|b| b.y + b.height).fold(bottom, f64::max);
    let mut laid = Layout { width: right.ceil(), height: (bottom + 2.0 * route::MARGIN).ceil(), entities, edges };
    labels::separate(&mut laid);
    laid
}

/// The tallest a layer may grow. Layering is cheap, so several budgets around the area-based guess are
/// tried and the one whose estimated drawing (layer widths plus typical channels, tallest layer) comes
/// closest to the wanted aspect ratio wins; ties go to the smaller budget tried first.
fn height_budget(g: &mut graph::Graph, aspect: f64) -> f64 {
    let aspect = if aspect.is_finite() && aspect > 0.05 { aspect.min(20.0) } else { 1.6 };
    let area: f64 = g.nodes.iter().map(|n| (n.width + 200.0) * (n.height + rank::BOX_GAP)).sum();
    let tallest = g.nodes.iter().map(|n| n.height + rank::BOX_GAP).fold(0.0, f64::max);
    let guess = (area / aspect).sqrt();
    let mut best = (f64::INFINITY, guess.max(tallest));
    for step in 0..12 {
        let budget = (guess * (0.6 + 0.2 * step as f64)).max(tallest);
        rank::assign_layers(g, budget);
        let depth = g.nodes.iter().map(|n| n.layer + 1).max().unwrap_or(1);
        let mut widths = vec![0.0f64; depth];
        let mut heights = vec![0.0f64; depth];
        for n in &g.nodes {
            widths[n.layer] = widths[n.layer].max(n.width);
            heights[n.layer] += n.height + rank::BOX_GAP;
        }
        let w: f64 = widths.iter().map(|w| w + 230.0).sum();
        let h = heights.iter().fold(1.0, |a: f64, b| a.max(*b));
        let miss = ((w / h) / aspect).ln().abs();
        if miss < best.0 - 1e-9 {
            best = (miss, budget);
        }
    }
    best.1
}

/// Joins the halves of many-to-many lines into one edge layout each, ordered by model edge.
fn merge_parts(parts: Vec<EdgeLayout>) -> Vec<EdgeLayout> {
    let mut by_edge: BTreeMap<usize, EdgeLayout> = BTreeMap::new();
    for part in parts {
        match by_edge.get_mut(&part.edge) {
            Some(existing) => {
                existing.routes.extend(part.routes);
                existing.labels.extend(part.labels);
            }
            None => {
                by_edge.insert(part.edge, part);
            }
        }
    }
    by_edge.into_values().collect()
}

/// Moves pinned boxes and re-routes their lines directly (labels follow the line end).
fn apply_pins(entities: &mut [EntityBox], edges: &mut [EdgeLayout], pinned: &BTreeMap<String, Point>) {
    if pinned.is_empty() {
        return;
    }
    let mut moved = Vec::new();
    for b in entities.iter_mut() {
        if let Some(p) = pinned.get(&b.table).filter(|p| p.x.is_finite() && p.y.is_finite()) {
            moved.push((b.table.clone(), p.x - b.x, p.y - b.y));
            b.x = p.x;
            b.y = p.y;
        }
    }
    let find = |table: &str| entities.iter().find(|b| b.table == table);
    for edge in edges.iter_mut() {
        let mut touched = false;
        for r in &mut edge.routes {
            let shift = |t: &str| moved.iter().find(|m| m.0 == t).map(|m| (m.1, m.2));
            let (Some(sb), Some(eb)) = (find(&r.start.table), find(&r.end.table)) else { continue };
            if shift(&r.start.table).is_none() && shift(&r.end.table).is_none() {
                continue;
            }
            touched = true;
            if r.start.table == r.end.table {
                // A loop moves with its box.
                let (dx, dy) = shift(&r.start.table).unwrap_or((0.0, 0.0));
                for p in r.points.iter_mut().chain([&mut r.start.point, &mut r.end.point]) {
                    p.x += dx;
                    p.y += dy;
                }
                continue;
            }
            let sy = sb.y + (r.start.point.y - (sb.y - shift(&r.start.table).map_or(0.0, |s| s.1)));
            let ey = eb.y + (r.end.point.y - (eb.y - shift(&r.end.table).map_or(0.0, |s| s.1)));
            route::free_route((sb.x, sb.width, sy), (eb.x, eb.width, ey), r);
        }
        if let (true, Some(last)) = (touched, edge.routes.last()) {
            let (x, y) = (last.end.point.x, last.end.point.y);
            let right = last.end.side == Side::Right;
            for (i, label) in edge.labels.iter_mut().enumerate() {
                label.anchor_end = !right;
                label.x = if right { x + route::MARK_ROOM } else { x - route::MARK_ROOM };
                label.y = y - 5.0 + 14.0 * i as f64;
            }
        }
    }
}
