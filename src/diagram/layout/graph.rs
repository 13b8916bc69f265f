//! The layered graph the layout works on, built from a [`DiagramModel`]: one node per distinct table
//! (duplicates shadowed, hidden association tables skipped), one directed link per drawn line, oriented
//! from the referenced ("one") side to the foreign-key side so parents sit left of children. A
//! many-to-many edge becomes two links through its association table (parent → association → parent), or
//! one link when collapsed. Self-referential edges become loops, which do not take part in layering.

use super::super::measure;
use super::super::model::{Cardinality, DiagramModel, Edge};
use super::{LayoutOptions, Mark};
use std::collections::{BTreeMap, BTreeSet};

/// Height of a dummy node: the slot an edge passing through a layer reserves there.
pub const DUMMY_HEIGHT: f64 = 10.0;

/// A box (entity) or a dummy (an edge passing through a layer).
#[derive(Debug, Clone)]
pub struct Node {
    pub entity: Option<usize>,
    /// Tie-breaking key: the table name, so orders never depend on hashing or input order.
    pub key: String,
    pub width: f64,
    pub height: f64,
    pub layer: usize,
    pub y: f64,
}

/// One end of a link: the node, the row's vertical offset from the node's top and the column name.
#[derive(Debug, Clone)]
pub struct LinkEnd {
    pub node: usize,
    pub offset: f64,
    pub column: Option<String>,
}

/// A drawn line between two different nodes (or a loop when `tail.node == head.node`).
#[derive(Debug, Clone)]
pub struct Link {
    pub tail: LinkEnd,
    pub head: LinkEnd,
    /// Index of the model edge.
    pub edge: usize,
    /// 0, or 1 for the second half of a many-to-many drawn through its association table.
    pub part: u8,
    /// True for either half of a many-to-many drawn through its association table.
    pub half: bool,
    /// True when the tail end is the model edge's `from` side (decides which attribute label is which).
    pub from_is_tail: bool,
    /// Crow's-foot marks drawn at the tail and head ends.
    pub tail_mark: Mark,
    pub head_mark: Mark,
}

impl Link {
    /// Swaps the ends (cycle breaking): the line is drawn the same, only its layering direction flips.
    pub fn reverse(&mut self) {
        std::mem::swap(&mut self.tail, &mut self.head);
        std::mem::swap(&mut self.tail_mark, &mut self.head_mark);
        self.from_is_tail = !self.from_is_tail;
    }
}

/// The graph: nodes, links between distinct nodes, and self-loops.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
    pub loops: Vec<Link>,
}

/// Builds the graph; edges naming unknown tables are skipped (they cannot be drawn).
pub fn build(model: &DiagramModel, options: &LayoutOptions) -> Graph {
    let hidden: BTreeSet<&str> = if options.collapse_many_to_many {
        model
            .edges
            .iter()
            .filter(|e| e.cardinality == Cardinality::ManyToMany)
            .filter_map(|e| e.secondary.as_deref())
            .collect()
    } else {
        BTreeSet::new()
    };
    let mut graph = Graph::default();
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, entity) in model.entities.iter().enumerate() {
        if hidden.contains(entity.table.as_str()) || index.contains_key(entity.table.as_str()) {
            continue;
        }
        let (width, height) = measure::box_size(entity);
        index.insert(&entity.table, graph.nodes.len());
        graph.nodes.push(Node { entity: Some(i), key: entity.table.clone(), width, height, layer: 0, y: 0.0 });
    }
    for (i, edge) in model.edges.iter().enumerate() {
        let through = edge.secondary.as_deref().filter(|s| index.contains_key(s));
        let links = match (edge.cardinality, through) {
            (Cardinality::ManyToMany, Some(secondary)) => through_association(model, &index, i, edge, secondary),
            (Cardinality::ManyToMany, None) => many_to_many_collapsed(model, &index, i, edge),
            _ => direct(model, &index, i, edge),
        };
        for link in links.into_iter().flatten() {
            if link.tail.node == link.head.node {
                graph.loops.push(link);
            } else {
                graph.links.push(link);
            }
        }
    }
    graph
}

/// The row offset of `column` in the node's entity (header centre when unknown).
fn end(model: &DiagramModel, node: usize, entity: Option<usize>, column: Option<&str>) -> LinkEnd {
    let offset = entity.and_then(|e| model.entities.get(e)).map_or(0.0, |e| measure::port_offset(e, column));
    let known = entity
        .and_then(|e| model.entities.get(e))
        .is_some_and(|e| column.is_some_and(|c| e.columns.iter().any(|x| x.name == c)));
    LinkEnd { node, offset, column: if known { column.map(str::to_string) } else { None } }
}

/// Resolves a table name to (node index, entity index).
fn lookup(model: &DiagramModel, index: &BTreeMap<&str, usize>, table: &str) -> Option<(usize, Option<usize>)> {
    let node = *index.get(table)?;
    Some((node, model.entities.iter().position(|e| e.table == table)))
}

/// A one-to-many, many-to-one, one-to-one or foreign-key edge: one link from the referenced table to the
/// table holding the foreign key.
fn direct(model: &DiagramModel, index: &BTreeMap<&str, usize>, i: usize, edge: &Edge) -> Vec<Option<Link>> {
    // The child holds the foreign key; use the explicit columns when given, else the cardinality.
    let fk = edge.fk_columns.first();
    let child_is_from = match fk {
        Some(fk) if fk.table == edge.from_table && fk.table != edge.to_table => true,
        Some(fk) if fk.table == edge.to_table => false,
        _ => edge.cardinality == Cardinality::ManyToOne,
    };
    let (parent, child) =
        if child_is_from { (&edge.to_table, &edge.from_table) } else { (&edge.from_table, &edge.to_table) };
    let (Some((pn, pe)), Some((cn, ce))) = (lookup(model, index, parent), lookup(model, index, child)) else {
        return vec![];
    };
    let fk_col = fk.map(|c| c.column.as_str());
    let ref_col = edge.ref_columns.first().map(|c| c.column.as_str()).or_else(|| primary_key(model, pe));
    let many_child = if child_is_from { edge.cardinality.many_at_from() } else { edge.cardinality.many_at_to() };
    let nullable =
        ce.and_then(|e| model.entities.get(e)).and_then(|e| e.columns.iter().find(|c| Some(c.name.as_str()) == fk_col));
    let link = Link {
        tail: end(model, pn, pe, ref_col),
        head: end(model, cn, ce, fk_col),
        edge: i,
        part: 0,
        half: false,
        from_is_tail: !child_is_from,
        tail_mark: if nullable.is_some_and(|c| !c.nullable) { Mark::One } else { Mark::ZeroOrOne },
        head_mark: if many_child { Mark::Many } else { Mark::ZeroOrOne },
    };
    vec![Some(link)]
}

/// The first primary-key column of an entity.
fn primary_key(model: &DiagramModel, entity: Option<usize>) -> Option<&str> {
    let e = model.entities.get(entity?)?;
    e.columns.iter().find(|c| c.primary_key).map(|c| c.name.as_str())
}

/// A many-to-many edge as one line between the two parents' primary keys.
fn many_to_many_collapsed(
    model: &DiagramModel,
    index: &BTreeMap<&str, usize>,
    i: usize,
    edge: &Edge,
) -> Vec<Option<Link>> {
    let (Some((an, ae)), Some((bn, be))) =
        (lookup(model, index, &edge.from_table), lookup(model, index, &edge.to_table))
    else {
        return vec![];
    };
    let tail = end(model, an, ae, primary_key(model, ae));
    let head = end(model, bn, be, primary_key(model, be));
    vec![Some(Link {
        tail,
        head,
        edge: i,
        part: 0,
        half: false,
        from_is_tail: true,
        tail_mark: Mark::Many,
        head_mark: Mark::Many,
    })]
}

/// A many-to-many edge drawn through its association table: `from` parent → association → `to` parent,
/// each half attached to the association's foreign-key row and the parent's referenced row.
fn through_association(
    model: &DiagramModel,
    index: &BTreeMap<&str, usize>,
    i: usize,
    edge: &Edge,
    secondary: &str,
) -> Vec<Option<Link>> {
    let Some((sn, se)) = lookup(model, index, secondary) else { return vec![] };
    let assoc = se.and_then(|e| model.entities.get(e));
    let fks: Vec<(&str, &str, &str)> = assoc
        .map(|a| {
            a.columns
                .iter()
                .filter_map(|c| c.foreign_key.as_ref().map(|f| (c.name.as_str(), f.table.as_str(), f.column.as_str())))
                .collect()
        })
        .unwrap_or_default();
    // For a self-referential many-to-many both halves point at the same table: take distinct columns.
    let from_fk = fks.iter().find(|f| f.1 == edge.from_table);
    let to_fk = fks.iter().find(|f| f.1 == edge.to_table && Some(f.0) != from_fk.map(|x| x.0)).or(from_fk);
    let half = |parent: &str, fk: Option<&(&str, &str, &str)>, part: u8| -> Option<Link> {
        let (pn, pe) = lookup(model, index, parent)?;
        let ref_col = fk.map(|f| f.2).or_else(|| primary_key(model, pe));
        let parent_end = end(model, pn, pe, ref_col);
        let assoc_end = end(model, sn, se, fk.map(|f| f.0));
        Some(if part == 0 {
            Link {
                tail: parent_end,
                head: assoc_end,
                edge: i,
                part,
                half: true,
                from_is_tail: true,
                tail_mark: Mark::One,
                head_mark: Mark::Many,
            }
        } else {
            Link {
                tail: assoc_end,
                head: parent_end,
                edge: i,
                part,
                half: true,
                from_is_tail: true,
                tail_mark: Mark::Many,
                head_mark: Mark::One,
            }
        })
    };
    vec![half(&edge.from_table, from_fk, 0), half(&edge.to_table, to_fk, 1)]
}
