//! Horizontal placement and orthogonal edge routing. Between two layers lies a channel: loops of the
//! left layer's boxes first, then one vertical track per line that changes height, then a zone for the
//! labels near the right-hand ends. A line leaves its box sideways at its row, runs to its track, turns,
//! and runs level into the next layer — through a dummy slot that no box occupies, or into the row of
//! its target. Vertical runs only exist inside channels, so no line can cross a box.

use super::super::measure::{FONT_BADGE, FONT_LABEL, text_width};
use super::super::model::{DiagramModel, EdgeKind};
use super::Point;
use super::graph::{Graph, Link};
use super::{EdgeLayout, Label, LabelKind, Port, Route, Side};

/// Outer margin of the drawing.
pub const MARGIN: f64 = 24.0;
/// Distance between two vertical tracks in a channel.
pub const TRACK_GAP: f64 = 10.0;
/// Room left at a line's end for its crow's-foot mark.
pub const MARK_ROOM: f64 = 18.0;
/// Horizontal reach of the first self-loop of a box, and the step between further loops.
pub const LOOP_REACH: f64 = 16.0;
pub const LOOP_STEP: f64 = 10.0;
/// Smallest channel, so even straight lines have room for their marks.
pub const MIN_CHANNEL: f64 = 56.0;

/// One vertical run of a chain inside a channel.
#[derive(Debug, Clone, Copy)]
struct Run {
    chain: usize,
    from_y: f64,
    to_y: f64,
}

/// The texts drawn along a link: the attribute names (tail-owned first) and an optional cascade badge.
pub fn link_texts(model: &DiagramModel, link: &Link) -> (Vec<String>, Option<String>) {
    let Some(edge) = model.edges.get(link.edge) else { return (vec![], None) };
    if edge.kind == EdgeKind::ForeignKeyOnly {
        return (vec![], None);
    }
    let name =
        |table: &str| model.entity(table).and_then(|e| e.class_name.clone()).unwrap_or_else(|| table.to_string());
    let from = edge.from_attr.as_ref().map(|a| format!("{}.{a}", name(&edge.from_table)));
    let to = edge.to_attr.as_ref().map(|a| format!("{}.{a}", name(&edge.to_table)));
    let texts: Vec<String> = match (link.half, link.part) {
        (true, 0) => from.into_iter().collect(),
        (true, _) => to.into_iter().collect(),
        _ if link.from_is_tail => from.into_iter().chain(to).collect(),
        _ => to.into_iter().chain(from).collect(),
    };
    let badge = if link.part == 0 { edge.cascade.clone().filter(|c| !c.trim().is_empty()) } else { None };
    (texts, badge)
}

/// Width a link's texts need.
fn texts_width(texts: &(Vec<String>, Option<String>)) -> f64 {
    let labels = texts.0.iter().map(|t| text_width(t, FONT_LABEL)).fold(0.0, f64::max);
    let badge = texts.1.as_ref().map_or(0.0, |b| text_width(b, FONT_BADGE) + 10.0);
    labels.max(badge)
}

/// Everything routing decides: layer x positions and the drawn edges.
pub struct Routed {
    pub layer_x: Vec<f64>,
    pub layer_w: Vec<f64>,
    pub width: f64,
    pub edges: Vec<EdgeLayout>,
}

/// Places layers horizontally and routes every link and loop.
pub fn route(model: &DiagramModel, graph: &Graph, layers: &[Vec<usize>], chains: &[Vec<usize>]) -> Routed {
    let depth = layers.len();
    let layer_w: Vec<f64> =
        layers.iter().map(|l| l.iter().map(|n| graph.nodes[*n].width).fold(0.0, f64::max)).collect();
    let y_of = |node: usize, offset: f64| graph.nodes[node].y + offset;
    // Runs per channel, and label room per channel (labels sit near the right-hand end of a chain).
    let mut runs: Vec<Vec<Run>> = vec![Vec::new(); depth];
    let mut label_room = vec![0.0f64; depth];
    for (c, (link, chain)) in graph.links.iter().zip(chains).enumerate() {
        let last = chain.len().saturating_sub(1);
        for (k, pair) in chain.windows(2).enumerate() {
            let from_y =
                if k == 0 { y_of(pair[0], link.tail.offset) } else { y_of(pair[0], graph.nodes[pair[0]].height / 2.0) };
            let to_y = if k + 1 == last {
                y_of(pair[1], link.head.offset)
            } else {
                y_of(pair[1], graph.nodes[pair[1]].height / 2.0)
            };
            let channel = graph.nodes[pair[0]].layer;
            runs[channel].push(Run { chain: c, from_y, to_y });
        }
        let channel = graph.nodes[chain[last]].layer.saturating_sub(1);
        label_room[channel] = label_room[channel].max(texts_width(&link_texts(model, link)) + MARK_ROOM + 6.0);
    }
    let mut loop_room = vec![0.0f64; depth];
    let mut loop_index: Vec<usize> = vec![0; graph.nodes.len()];
    let mut loop_reach = Vec::with_capacity(graph.loops.len());
    for link in &graph.loops {
        let k = loop_index[link.tail.node];
        loop_index[link.tail.node] += 1;
        let reach = LOOP_REACH + k as f64 * LOOP_STEP;
        loop_reach.push(reach);
        let layer = graph.nodes[link.tail.node].layer;
        let needed = reach + 6.0 + texts_width(&link_texts(model, link));
        loop_room[layer] = loop_room[layer].max(needed);
    }
    // Track order per channel, then the channel widths and layer positions.
    let mut track_x: Vec<Vec<(usize, f64)>> = vec![Vec::new(); depth];
    let mut layer_x = Vec::with_capacity(depth);
    let mut x = MARGIN;
    for c in 0..depth {
        layer_x.push(x);
        let start = x + layer_w[c] + loop_room[c] + TRACK_GAP;
        let order = order_tracks(&runs[c]);
        for (i, run) in order.iter().enumerate() {
            track_x[c].push((*run, start + i as f64 * TRACK_GAP));
        }
        let channel = (loop_room[c] + (order.len() as f64 + 1.0) * TRACK_GAP + label_room[c]).max(MIN_CHANNEL);
        x += layer_w[c] + channel.ceil();
    }
    let width = x + MARGIN;
    let mut edges: Vec<EdgeLayout> = Vec::new();
    for (c, (link, chain)) in graph.links.iter().zip(chains).enumerate() {
        let mut tracks: Vec<f64> = Vec::new();
        for pair in chain.windows(2) {
            let channel = graph.nodes[pair[0]].layer;
            let t = track_x[channel].iter().find(|(i, _)| runs[channel][*i].chain == c).map(|(_, x)| *x);
            tracks.push(t.unwrap_or(layer_x[channel] + layer_w[channel] + TRACK_GAP));
        }
        edges.push(chain_route(model, graph, link, chain, &tracks, &layer_x, &layer_w));
    }
    for (link, reach) in graph.loops.iter().zip(loop_reach) {
        edges.push(loop_route(model, graph, link, reach, &layer_x, &layer_w));
    }
    Routed { layer_x, layer_w, width, edges }
}

/// The left x of a node: boxes are centred in their layer's column.
pub fn node_x(graph: &Graph, node: usize, layer_x: &[f64], layer_w: &[f64]) -> f64 {
    let n = &graph.nodes[node];
    (layer_x[n.layer] + (layer_w[n.layer] - n.width) / 2.0).round()
}

/// Orders a channel's runs left to right (indices into `runs`), choosing between the two natural orders
/// (descending runs left or right) and improving by adjacent swaps, counting the crossings exactly.
fn order_tracks(runs: &[Run]) -> Vec<usize> {
    let down: Vec<usize> = sorted(runs, true);
    let up: Vec<usize> = sorted(runs, false);
    let a: Vec<usize> = down.iter().chain(&up).copied().collect();
    let b: Vec<usize> = up.iter().chain(&down).copied().collect();
    let (a, ca) = improve(runs, a);
    let (b, cb) = improve(runs, b);
    if cb < ca { b } else { a }
}

/// Runs going down (or up), in the order that avoids crossings among themselves.
fn sorted(runs: &[Run], down: bool) -> Vec<usize> {
    let mut ids: Vec<usize> = (0..runs.len())
        .filter(|i| if down { runs[*i].to_y > runs[*i].from_y } else { runs[*i].to_y <= runs[*i].from_y })
        .collect();
    ids.sort_by(|a, b| {
        let (ra, rb) = (runs[*a], runs[*b]);
        let primary = if down { rb.from_y.total_cmp(&ra.from_y) } else { ra.from_y.total_cmp(&rb.from_y) };
        primary.then(rb.to_y.total_cmp(&ra.to_y)).then(a.cmp(b))
    });
    ids
}

/// Crossings when run `i` is left of run `j`: j's incoming level run crosses i's vertical, or i's
/// outgoing level run crosses j's vertical.
fn cost(runs: &[Run], i: usize, j: usize) -> usize {
    let inside = |y: f64, r: Run| y > r.from_y.min(r.to_y) && y < r.from_y.max(r.to_y);
    usize::from(inside(runs[j].from_y, runs[i])) + usize::from(inside(runs[i].to_y, runs[j]))
}

fn improve(runs: &[Run], mut order: Vec<usize>) -> (Vec<usize>, usize) {
    for _ in 0..4 {
        let mut changed = false;
        for k in 1..order.len() {
            if cost(runs, order[k], order[k - 1]) < cost(runs, order[k - 1], order[k]) {
                order.swap(k - 1, k);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut total = 0;
    for (a, &i) in order.iter().enumerate() {
        for &j in order.iter().skip(a + 1) {
            total += cost(runs, i, j);
        }
    }
    (order, total)
}

fn table_of(model: &DiagramModel, graph: &Graph, node: usize) -> String {
    graph.nodes[node].entity.and_then(|e| model.entities.get(e)).map(|e| e.table.clone()).unwrap_or_default()
}

/// The polyline of one chain plus its labels.
fn chain_route(
    model: &DiagramModel,
    graph: &Graph,
    link: &Link,
    chain: &[usize],
    tracks: &[f64],
    layer_x: &[f64],
    layer_w: &[f64],
) -> EdgeLayout {
    let (tail, head) = (link.tail.node, link.head.node);
    let start = Point {
        x: node_x(graph, tail, layer_x, layer_w) + graph.nodes[tail].width,
        y: graph.nodes[tail].y + link.tail.offset,
    };
    let end = Point { x: node_x(graph, head, layer_x, layer_w), y: graph.nodes[head].y + link.head.offset };
    let mut points = vec![start];
    let mut y = start.y;
    for (k, &tx) in tracks.iter().enumerate() {
        let next = chain.get(k + 1).copied().unwrap_or(head);
        let next_y = if next == head { end.y } else { graph.nodes[next].y + graph.nodes[next].height / 2.0 };
        if next_y != y {
            points.push(Point { x: tx, y });
            points.push(Point { x: tx, y: next_y });
            y = next_y;
        }
    }
    points.push(end);
    let texts = link_texts(model, link);
    let labels = stacked_labels(&texts, end.x - MARK_ROOM, end.y, true);
    let route = Route {
        points,
        start: Port {
            table: table_of(model, graph, tail),
            column: link.tail.column.clone(),
            side: Side::Right,
            point: start,
            mark: link.tail_mark,
        },
        end: Port {
            table: table_of(model, graph, head),
            column: link.head.column.clone(),
            side: Side::Left,
            point: end,
            mark: link.head_mark,
        },
    };
    EdgeLayout { edge: link.edge, routes: vec![route], labels }
}

/// A self-referential line: out of the right side at one row, round a vertical run, back at the other.
fn loop_route(
    model: &DiagramModel,
    graph: &Graph,
    link: &Link,
    reach: f64,
    layer_x: &[f64],
    layer_w: &[f64],
) -> EdgeLayout {
    let node = link.tail.node;
    let right = node_x(graph, node, layer_x, layer_w) + graph.nodes[node].width;
    let top = graph.nodes[node].y;
    let y1 = top + link.tail.offset;
    let mut y2 = top + link.head.offset;
    if y2 == y1 {
        y2 += 8.0;
    }
    let start = Point { x: right, y: y1 };
    let end = Point { x: right, y: y2 };
    let points = vec![start, Point { x: right + reach, y: y1 }, Point { x: right + reach, y: y2 }, end];
    let texts = link_texts(model, link);
    let labels = stacked_labels(&texts, right + reach + 6.0, (y1 + y2) / 2.0, false);
    let table = table_of(model, graph, node);
    let route = Route {
        points,
        start: Port {
            table: table.clone(),
            column: link.tail.column.clone(),
            side: Side::Right,
            point: start,
            mark: link.tail_mark,
        },
        end: Port { table, column: link.head.column.clone(), side: Side::Right, point: end, mark: link.head_mark },
    };
    EdgeLayout { edge: link.edge, routes: vec![route], labels }
}

/// Attribute labels above and below a line ending at (`x`, `y`), then the cascade badge.
fn stacked_labels(texts: &(Vec<String>, Option<String>), x: f64, y: f64, anchor_end: bool) -> Vec<Label> {
    let mut out = Vec::new();
    let mut below = y + 14.0;
    for (i, text) in texts.0.iter().enumerate() {
        let baseline = if i == 0 { y - 5.0 } else { below };
        if i > 0 {
            below += 13.0;
        }
        out.push(Label { x, y: baseline, text: text.clone(), kind: LabelKind::Attribute, anchor_end });
    }
    if let Some(badge) = &texts.1 {
        out.push(Label { x, y: below.max(y + 14.0), text: badge.clone(), kind: LabelKind::Badge, anchor_end });
    }
    out
}

/// Marks on a pinned (user-placed) box's lines: a simple three-piece route between the facing sides.
pub fn free_route(start_box: (f64, f64, f64), end_box: (f64, f64, f64), route: &mut Route) {
    let (sx, sw, sy) = start_box;
    let (ex, ew, ey) = end_box;
    let rightwards = sx + sw / 2.0 <= ex + ew / 2.0;
    let (a, side_a) = if rightwards { (sx + sw, Side::Right) } else { (sx, Side::Left) };
    let (b, side_b) = if rightwards { (ex, Side::Left) } else { (ex + ew, Side::Right) };
    let mid = ((a + b) / 2.0).round();
    route.start.point = Point { x: a, y: sy };
    route.start.side = side_a;
    route.end.point = Point { x: b, y: ey };
    route.end.side = side_b;
    route.points = vec![route.start.point, Point { x: mid, y: sy }, Point { x: mid, y: ey }, route.end.point];
}
