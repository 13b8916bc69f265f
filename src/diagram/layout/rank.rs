//! Layering: break cycles (reverse the back links of a depth-first search in table-name order), assign
//! layers by longest path with a height budget per layer (a layer that would grow taller than the budget
//! spills into the next one — that is how the aspect ratio is kept), pull source tables towards their
//! children, and split links spanning several layers into chains through dummy nodes.

use super::graph::{DUMMY_HEIGHT, Graph, Node};

/// Vertical gap between stacked boxes, counted in a layer's height budget.
pub const BOX_GAP: f64 = 28.0;

/// Reverses links so the graph is acyclic. Visiting in key order makes the choice deterministic and
/// independent of input order.
pub fn break_cycles(graph: &mut Graph) {
    let n = graph.nodes.len();
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, link) in graph.links.iter().enumerate() {
        if let Some(list) = out.get_mut(link.tail.node) {
            list.push(i);
        }
    }
    for list in &mut out {
        list.sort_by(|a, b| head_key(graph, *a).cmp(head_key(graph, *b)).then(a.cmp(b)));
    }
    let mut state = vec![0u8; n];
    let mut reverse = Vec::new();
    for root in by_key(&graph.nodes) {
        if state.get(root).copied() != Some(0) {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        state[root] = 1;
        while let Some(top) = stack.last_mut() {
            let (node, next) = *top;
            let Some(&link) = out.get(node).and_then(|l| l.get(next)) else {
                state[node] = 2;
                stack.pop();
                continue;
            };
            top.1 += 1;
            let head = graph.links.get(link).map_or(node, |l| l.head.node);
            match state.get(head).copied() {
                Some(0) => {
                    state[head] = 1;
                    stack.push((head, 0));
                }
                Some(1) => reverse.push(link),
                _ => {}
            }
        }
    }
    for i in reverse {
        if let Some(link) = graph.links.get_mut(i) {
            link.reverse();
        }
    }
}

fn head_key(graph: &Graph, link: usize) -> &str {
    graph.links.get(link).and_then(|l| graph.nodes.get(l.head.node)).map_or("", |n| n.key.as_str())
}

/// Node indices sorted by key (then index, for duplicate keys).
pub fn by_key(nodes: &[Node]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|a, b| nodes[*a].key.cmp(&nodes[*b].key).then(a.cmp(b)));
    order
}

/// Assigns layers on the acyclic graph: longest path from the sources in a deterministic topological
/// order, never letting a layer's stacked height exceed `budget` unless it holds a single box.
pub fn assign_layers(graph: &mut Graph, budget: f64) {
    let n = graph.nodes.len();
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut succs: Vec<Vec<usize>> = vec![Vec::new(); n];
    for link in &graph.links {
        if link.tail.node < n && link.head.node < n {
            preds[link.head.node].push(link.tail.node);
            succs[link.tail.node].push(link.head.node);
        }
    }
    let order = topological(graph, &preds, &succs);
    let mut fill: Vec<f64> = Vec::new();
    let mut layer = vec![0usize; n];
    for &v in &order {
        let min = preds[v].iter().map(|p| layer[*p] + 1).max().unwrap_or(0);
        let h = graph.nodes[v].height + BOX_GAP;
        let mut l = min;
        while fill.get(l).is_some_and(|f| *f > 0.0 && f + h > budget) {
            l += 1;
        }
        if fill.len() <= l {
            fill.resize(l + 1, 0.0);
        }
        fill[l] += h;
        layer[v] = l;
    }
    // Sources sit in layer 0 by construction; move each right next to its nearest child when that layer
    // has room, so a lone parent of a deep table does not stretch its edge across the whole drawing.
    for &v in order.iter().rev() {
        if !preds[v].is_empty() {
            continue;
        }
        let Some(target) = succs[v].iter().map(|s| layer[*s]).min().and_then(|m| m.checked_sub(1)) else { continue };
        let h = graph.nodes[v].height + BOX_GAP;
        if target > layer[v] && fill.get(target).is_some_and(|f| f + h <= budget) {
            fill[layer[v]] -= h;
            fill[target] += h;
            layer[v] = target;
        }
    }
    for (node, l) in graph.nodes.iter_mut().zip(layer) {
        node.layer = l;
    }
}

/// Kahn's algorithm, always taking the ready node with the smallest key.
fn topological(graph: &Graph, preds: &[Vec<usize>], succs: &[Vec<usize>]) -> Vec<usize> {
    let n = graph.nodes.len();
    let mut remaining: Vec<usize> = preds.iter().map(Vec::len).collect();
    let mut ready: std::collections::BTreeSet<(&str, usize)> =
        (0..n).filter(|v| remaining[*v] == 0).map(|v| (graph.nodes[v].key.as_str(), v)).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(first) = ready.pop_first() {
        let v = first.1;
        order.push(v);
        for &s in &succs[v] {
            remaining[s] -= 1;
            if remaining[s] == 0 {
                ready.insert((graph.nodes[s].key.as_str(), s));
            }
        }
    }
    order
}

/// Splits every link spanning more than one layer with dummy nodes; returns, per link, the chain of nodes
/// it passes through (tail, dummies…, head).
pub fn insert_dummies(graph: &mut Graph) -> Vec<Vec<usize>> {
    let mut chains = Vec::with_capacity(graph.links.len());
    for i in 0..graph.links.len() {
        let (tail, head) = (graph.links[i].tail.node, graph.links[i].head.node);
        let (from, to) = (graph.nodes[tail].layer, graph.nodes[head].layer);
        let mut chain = vec![tail];
        for layer in from + 1..to {
            chain.push(graph.nodes.len());
            let key = format!("{}\u{1}{}\u{1}{i}", graph.nodes[tail].key, graph.nodes[head].key);
            graph.nodes.push(Node { entity: None, key, width: 0.0, height: DUMMY_HEIGHT, layer, y: 0.0 });
        }
        chain.push(head);
        chains.push(chain);
    }
    chains
}
