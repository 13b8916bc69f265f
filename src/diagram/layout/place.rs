//! Vertical coordinate assignment. Each layer keeps its order; boxes move towards the rows they connect to
//! so lines run straight. One pass solves, per layer, "be as close as possible to the desired tops while
//! keeping the order and the minimum gaps" exactly, by isotonic regression (pool adjacent violators):
//! substituting `z_i = y_i - (sum of heights and gaps above i)` turns the gap constraints into
//! `z_i <= z_{i+1}`. Passes alternate between layers until the picture settles.

use super::graph::Graph;
use super::rank::BOX_GAP;

/// Gap between a dummy slot and its neighbours in a layer.
pub const DUMMY_GAP: f64 = 6.0;

/// A link piece with absolute port offsets from the tops of its two nodes.
#[derive(Debug, Clone, Copy)]
pub struct Piece {
    pub left: usize,
    pub left_offset: f64,
    pub right: usize,
    pub right_offset: f64,
}

/// The pieces of all chains, with the real row offsets at the chain ends and the slot centre at dummies.
pub fn pieces(graph: &Graph, chains: &[Vec<usize>]) -> Vec<Piece> {
    let mut out = Vec::new();
    for (link, chain) in graph.links.iter().zip(chains) {
        let last = chain.len().saturating_sub(1);
        for (k, pair) in chain.windows(2).enumerate() {
            let mid = |n: usize| graph.nodes.get(n).map_or(0.0, |n| n.height / 2.0);
            out.push(Piece {
                left: pair[0],
                left_offset: if k == 0 { link.tail.offset } else { mid(pair[0]) },
                right: pair[1],
                right_offset: if k + 1 == last { link.head.offset } else { mid(pair[1]) },
            });
        }
    }
    out
}

/// Minimum distance between the tops of two consecutive nodes in a layer.
fn separation(graph: &Graph, upper: usize, lower: usize) -> f64 {
    let dummy = graph.nodes[upper].entity.is_none() || graph.nodes[lower].entity.is_none();
    graph.nodes[upper].height + if dummy { DUMMY_GAP } else { BOX_GAP }
}

/// Assigns `y` to every node (integral, top at 0 for the highest node).
pub fn assign_y(graph: &mut Graph, layers: &[Vec<usize>], pieces: &[Piece], passes: usize) {
    for layer in layers {
        let mut y = 0.0;
        for (i, &n) in layer.iter().enumerate() {
            if i > 0 {
                y += separation(graph, layer[i - 1], n);
            }
            graph.nodes[n].y = y;
        }
    }
    let mut touching: Vec<Vec<usize>> = vec![Vec::new(); graph.nodes.len()];
    for (i, p) in pieces.iter().enumerate() {
        touching[p.left].push(i);
        touching[p.right].push(i);
    }
    for pass in 0..passes {
        let forward = pass % 2 == 0;
        let order: Vec<usize> = if forward { (0..layers.len()).collect() } else { (0..layers.len()).rev().collect() };
        for l in order {
            settle_layer(graph, &layers[l], pieces, &touching);
        }
    }
    let top = graph.nodes.iter().map(|n| n.y).fold(f64::INFINITY, f64::min);
    let top = if top.is_finite() { top } else { 0.0 };
    for node in &mut graph.nodes {
        node.y -= top;
    }
}

/// Moves one layer's nodes as close as possible to the average position their links ask for.
fn settle_layer(graph: &mut Graph, layer: &[usize], pieces: &[Piece], touching: &[Vec<usize>]) {
    let mut desired = Vec::with_capacity(layer.len());
    for (i, &n) in layer.iter().enumerate() {
        let mut sum = 0.0;
        let mut count = 0.0;
        for &pi in &touching[n] {
            let p = pieces[pi];
            let (other, other_off, own_off) = if p.left == n {
                (p.right, p.right_offset, p.left_offset)
            } else {
                (p.left, p.left_offset, p.right_offset)
            };
            sum += graph.nodes[other].y + other_off - own_off;
            count += 1.0;
        }
        // Dummies pull harder: straight long lines matter more than a box's exact height.
        let weight = if graph.nodes[n].entity.is_none() { 2.0 * count } else { count };
        // A node with no lines packs up under its upper neighbour instead of keeping a stale gap.
        let packed = match desired.last() {
            Some(&(above, _)) if i > 0 => above + separation(graph, layer[i - 1], n),
            _ => graph.nodes[n].y,
        };
        let target = if count > 0.0 { sum / count } else { packed };
        desired.push((target, if weight > 0.0 { weight } else { 0.01 }));
    }
    let ys = isotonic(graph, layer, &desired);
    for (&n, y) in layer.iter().zip(ys) {
        graph.nodes[n].y = y;
    }
}

/// Pool-adjacent-violators: the closest (weighted least squares) tops that keep order and gaps.
fn isotonic(graph: &Graph, layer: &[usize], desired: &[(f64, f64)]) -> Vec<f64> {
    let mut offsets = Vec::with_capacity(layer.len());
    let mut c = 0.0;
    for (i, &n) in layer.iter().enumerate() {
        if i > 0 {
            c += separation(graph, layer[i - 1], n);
        }
        offsets.push(c);
    }
    // Blocks of (weighted sum, weight, length).
    let mut blocks: Vec<(f64, f64, usize)> = Vec::new();
    for (&(target, w), off) in desired.iter().zip(&offsets) {
        blocks.push((w * (target - off), w, 1));
        while blocks.len() > 1 {
            let (s2, w2, n2) = blocks[blocks.len() - 1];
            let (s1, w1, n1) = blocks[blocks.len() - 2];
            if s1 / w1 <= s2 / w2 {
                break;
            }
            blocks.pop();
            let last = blocks.len() - 1;
            blocks[last] = (s1 + s2, w1 + w2, n1 + n2);
        }
    }
    let mut out = Vec::with_capacity(layer.len());
    for (s, w, n) in blocks {
        let z = (s / w).round();
        for _ in 0..n {
            out.push(z + offsets[out.len()]);
        }
    }
    out
}
