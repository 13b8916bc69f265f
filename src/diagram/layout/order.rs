//! Crossing minimisation: order the nodes inside each layer by barycentre sweeps (down using the left
//! neighbours, up using the right ones), keeping the best order seen. Positions are port-aware — a link
//! attached to a box's third row counts lower than one attached to its first — so the sweeps also
//! untangle lines entering the same pair of boxes. Ties are broken by table name, never by input or hash
//! order, which keeps the picture stable when unrelated tables change.

use super::graph::Graph;
use super::place::Piece;
use std::cmp::Ordering;

/// A link piece between adjacent layers: (left node, its port fraction, right node, its port fraction).
#[derive(Debug, Clone, Copy)]
pub struct Segment {
    pub left: usize,
    pub left_frac: f64,
    pub right: usize,
    pub right_frac: f64,
}

/// The link pieces with port positions as fractions of the box height (a dummy's slot counts as its
/// middle, like the real offset [`super::place::pieces`] gives it).
pub fn segments(graph: &Graph, pieces: &[Piece]) -> Vec<Segment> {
    let frac = |node: usize, offset: f64| {
        let h = graph.nodes.get(node).map_or(1.0, |n| n.height.max(1.0));
        (offset / h).clamp(0.0, 1.0) * 0.9
    };
    pieces
        .iter()
        .map(|p| Segment {
            left: p.left,
            left_frac: frac(p.left, p.left_offset),
            right: p.right,
            right_frac: frac(p.right, p.right_offset),
        })
        .collect()
}

/// Orders every layer; returns the layers as lists of node indices, top to bottom.
pub fn minimise_crossings(graph: &Graph, segs: &[Segment], sweeps: usize) -> Vec<Vec<usize>> {
    let depth = graph.nodes.iter().map(|n| n.layer + 1).max().unwrap_or(0);
    let mut layers: Vec<Vec<usize>> = vec![Vec::new(); depth];
    for i in super::rank::by_key(&graph.nodes) {
        layers[graph.nodes[i].layer].push(i);
    }
    let mut by_left: Vec<Vec<Segment>> = vec![Vec::new(); depth];
    for s in segs {
        by_left[graph.nodes[s.left].layer].push(*s);
    }
    let mut pos = vec![0usize; graph.nodes.len()];
    update_positions(&layers, &mut pos);
    // First pass: a plain downward sweep from the name-sorted first layer gives the starting order.
    for l in 1..depth {
        reorder(graph, &mut layers[l], &by_left[l - 1], &pos, true);
        update_positions(&layers, &mut pos);
    }
    let mut best = layers.clone();
    let mut best_count = count_all(&by_left, &pos);
    for _ in 0..sweeps.min(64) {
        if best_count == 0 {
            break;
        }
        for l in 1..depth {
            reorder(graph, &mut layers[l], &by_left[l - 1], &pos, true);
            update_positions(&layers, &mut pos);
        }
        for l in (0..depth.saturating_sub(1)).rev() {
            reorder(graph, &mut layers[l], &by_left[l], &pos, false);
            update_positions(&layers, &mut pos);
        }
        transpose(&mut layers, segs, &mut pos);
        let count = count_all(&by_left, &pos);
        if count < best_count {
            best_count = count;
            best = layers.clone();
        }
    }
    best
}

/// Swaps neighbours inside a layer while that removes crossings with both adjacent layers (the
/// "transpose" refinement of Gansner et al.); a few passes at most.
fn transpose(layers: &mut [Vec<usize>], segs: &[Segment], pos: &mut [usize]) {
    let n = pos.len();
    // Per node: the other ends' fractional positions, on its left and on its right.
    let mut left: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut right: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, s) in segs.iter().enumerate() {
        right[s.left].push(i);
        left[s.right].push(i);
    }
    let far = |i: usize, on_left: bool, pos: &[usize]| {
        let s = segs[i];
        if on_left { pos[s.left] as f64 + s.left_frac } else { pos[s.right] as f64 + s.right_frac }
    };
    // Crossings among the lines of u and v when u is above v.
    let crossings = |u: usize, v: usize, pos: &[usize]| {
        let mut c = 0;
        for (side, on_left) in [(&left, true), (&right, false)] {
            for &a in &side[u] {
                for &b in &side[v] {
                    if far(a, on_left, pos) > far(b, on_left, pos) {
                        c += 1;
                    }
                }
            }
        }
        c
    };
    for _ in 0..4 {
        let mut improved = false;
        for layer in layers.iter_mut() {
            for k in 1..layer.len() {
                let (u, v) = (layer[k - 1], layer[k]);
                if crossings(v, u, pos) < crossings(u, v, pos) {
                    layer.swap(k - 1, k);
                    pos[u] = k;
                    pos[v] = k - 1;
                    improved = true;
                }
            }
        }
        if !improved {
            break;
        }
    }
}

fn update_positions(layers: &[Vec<usize>], pos: &mut [usize]) {
    for layer in layers {
        for (i, &n) in layer.iter().enumerate() {
            pos[n] = i;
        }
    }
}

/// Sorts one layer by the barycentre of its neighbours in the fixed adjacent layer (`use_left`: the
/// segments' left ends are fixed and this layer holds their right ends). Nodes without neighbours keep
/// their current place.
fn reorder(graph: &Graph, layer: &mut [usize], segs: &[Segment], pos: &[usize], use_left: bool) {
    let mut sum: std::collections::BTreeMap<usize, (f64, f64)> = std::collections::BTreeMap::new();
    for s in segs {
        let (me, other, frac) = if use_left {
            (s.right, pos[s.left] as f64 + s.left_frac, s.right_frac)
        } else {
            (s.left, pos[s.right] as f64 + s.right_frac, s.left_frac)
        };
        // Subtract our own port fraction so a box aligns its attached row, not its top, with the neighbour.
        let entry = sum.entry(me).or_insert((0.0, 0.0));
        entry.0 += other - frac;
        entry.1 += 1.0;
    }
    let mut keyed: Vec<(f64, usize)> =
        layer.iter().map(|&n| (sum.get(&n).map_or(pos[n] as f64, |(s, c)| s / c), n)).collect();
    keyed.sort_by(|a, b| {
        a.0.total_cmp(&b.0).then_with(|| graph.nodes[a.1].key.cmp(&graph.nodes[b.1].key)).then(a.1.cmp(&b.1))
    });
    for (slot, (_, n)) in layer.iter_mut().zip(keyed) {
        *slot = n;
    }
}

/// Crossings between all adjacent layer pairs under the current positions.
fn count_all(by_left: &[Vec<Segment>], pos: &[usize]) -> usize {
    by_left.iter().map(|segs| count_between(segs, pos)).sum()
}

/// Pairs of segments whose ends are in opposite orders on the two sides.
pub fn count_between(segs: &[Segment], pos: &[usize]) -> usize {
    let ends: Vec<(f64, f64)> =
        segs.iter().map(|s| (pos[s.left] as f64 + s.left_frac, pos[s.right] as f64 + s.right_frac)).collect();
    let mut count = 0;
    for (i, a) in ends.iter().enumerate() {
        for b in ends.iter().skip(i + 1) {
            let l = a.0.partial_cmp(&b.0).unwrap_or(Ordering::Equal);
            let r = a.1.partial_cmp(&b.1).unwrap_or(Ordering::Equal);
            if l != Ordering::Equal && r != Ordering::Equal && l != r {
                count += 1;
            }
        }
    }
    count
}
