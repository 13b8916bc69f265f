//! SVG rendering of a laid-out diagram: boxes with PK/FK row markers, orthogonal lines with crow's-foot
//! marks at both ends, attribute-name labels and cascade badges, light and dark themes through CSS
//! variables (following `prefers-color-scheme` unless a theme is forced). All user text is escaped.
//! Output is a pure function of (model, layout, options), byte for byte, which the snapshot tests pin.
//!
//! Test and page hooks: each entity is `<g data-testid="entity-TABLE">`, each edge
//! `<g data-testid="edge" data-from=… data-to=…>` with the attribute names and `relationship()` source
//! lines as data attributes, each row `<g data-column=…>`.

use super::layout::{EdgeLayout, EntityBox, Label, LabelKind, Layout, Mark, Port, Side};
use super::measure::{self, FONT_BADGE, HEADER_HEIGHT, MARKER_WIDTH, PAD, ROW_HEIGHT};
use super::model::{Column, DiagramModel, Edge, EdgeKind, Entity};
use crate::text::escape_html;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// Colour scheme of the drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    /// Light, switching to dark under `prefers-color-scheme: dark`.
    #[default]
    Auto,
    Light,
    Dark,
}

/// Rendering choices.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SvgOptions {
    pub theme: Theme,
}

/// The monospace stack the text metrics assume (0.6 em advance).
pub const FONT_STACK: &str =
    "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";

const LIGHT: &str = "--bg:#ffffff;--box:#ffffff;--head:#e8eefc;--head-assoc:#f1f5f9;--border:#8a9bb4;\
--text:#0f172a;--muted:#64748b;--line:#4b5b73;--fk-line:#9aa6b8;--pk:#1d4ed8;--fk:#b45309;--rule:#e2e8f0;\
--badge:#fef3c7;--badge-text:#92400e;--hover:#db2777;";
const DARK: &str = "--bg:#0f172a;--box:#111c33;--head:#1e2c4f;--head-assoc:#1c2538;--border:#51658a;\
--text:#e2e8f0;--muted:#94a3b8;--line:#9fb0cc;--fk-line:#64748b;--pk:#7aa2ff;--fk:#f5a05a;--rule:#22304d;\
--badge:#4a3411;--badge-text:#fcd9a0;--hover:#f472b6;";

/// Renders the diagram. Entities and edges missing from the model are skipped, never a panic.
pub fn render_svg(model: &DiagramModel, layout: &Layout, options: &SvgOptions) -> String {
    let mut out = String::with_capacity(4096 + 1500 * layout.entities.len());
    let theme = match options.theme {
        Theme::Auto => "theme-auto",
        Theme::Light => "theme-light",
        Theme::Dark => "theme-dark",
    };
    let (w, h) = (num(layout.width), num(layout.height));
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ormplay-diagram {theme}\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_STACK}\" role=\"img\" aria-label=\"Entity-relationship diagram\">"
    );
    style(&mut out);
    let _ = writeln!(out, "<rect class=\"bg\" width=\"{w}\" height=\"{h}\"/>");
    out.push_str("<g class=\"edges\">\n");
    for edge in &layout.edges {
        if let Some(model_edge) = model.edges.get(edge.edge) {
            render_edge(&mut out, model, model_edge, edge);
        }
    }
    out.push_str("</g>\n<g class=\"entities\">\n");
    for b in &layout.entities {
        if let Some(entity) = model.entities.get(b.entity) {
            render_entity(&mut out, entity, b);
        }
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// The embedded stylesheet: theme variables and classes.
fn style(out: &mut String) {
    let _ = write!(
        out,
        "<style>\n.ormplay-diagram{{{LIGHT}}}\n.ormplay-diagram.theme-dark{{{DARK}}}\n\
         @media (prefers-color-scheme: dark){{.ormplay-diagram.theme-auto{{{DARK}}}}}\n\
         .bg{{fill:var(--bg)}}\n.box{{fill:var(--box);stroke:var(--border);stroke-width:1.2}}\n\
         .head{{fill:var(--head)}}\n.assoc .head{{fill:var(--head-assoc)}}\n.assoc .box{{stroke-dasharray:5 3}}\n\
         .title{{font-size:13px;font-weight:700;fill:var(--text)}}\n.assoc .title{{font-style:italic;font-weight:600}}\n\
         .sub{{font-size:10px;fill:var(--muted)}}\n.name{{font-size:12px;fill:var(--text)}}\n.nn{{font-weight:600}}\n\
         .type{{font-size:11px;fill:var(--muted)}}\n.key{{font-size:9px;font-weight:700}}\n.pk{{fill:var(--pk)}}\n\
         .fk{{fill:var(--fk)}}\n.rule{{stroke:var(--rule);stroke-width:1}}\n\
         .line{{fill:none;stroke:var(--line);stroke-width:1.4;stroke-linejoin:round}}\n\
         .edge.fkonly .line{{stroke:var(--fk-line);stroke-dasharray:6 4}}\n\
         .mark{{fill:none;stroke:var(--line);stroke-width:1.4}}\n.mark-o{{fill:var(--bg);stroke:var(--line);stroke-width:1.3}}\n\
         .hit{{fill:none;stroke:transparent;stroke-width:10}}\n\
         .label{{font-size:11px;fill:var(--text);paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}}\n\
         .badge rect{{fill:var(--badge)}}\n.badge text{{font-size:9px;fill:var(--badge-text)}}\n\
         .edge:hover .line,.edge.hl .line,.edge:hover .mark,.edge.hl .mark{{stroke:var(--hover);stroke-width:2.2}}\n\
         .edge:hover .label,.edge.hl .label{{fill:var(--hover)}}\n.entity.hl .box{{stroke:var(--hover);stroke-width:2}}\n\
         </style>\n"
    );
}

/// Formats a coordinate: integers without a fraction, others with one decimal (deterministic text).
pub fn num(v: f64) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() { format!("{}", r as i64) } else { format!("{r:.1}") }
}

fn opt_attr(out: &mut String, name: &str, value: Option<&str>) {
    if let Some(v) = value {
        let _ = write!(out, " {name}=\"{}\"", escape_html(v));
    }
}

fn render_edge(out: &mut String, model: &DiagramModel, edge: &Edge, geometry: &EdgeLayout) {
    let kind = if edge.kind == EdgeKind::ForeignKeyOnly { "edge fkonly" } else { "edge" };
    let _ = write!(
        out,
        "<g data-testid=\"edge\" class=\"{kind}\" data-edge=\"{}\" data-from=\"{}\" data-to=\"{}\" data-cardinality=\"{}\"",
        geometry.edge,
        escape_html(&edge.from_table),
        escape_html(&edge.to_table),
        edge.cardinality.as_str()
    );
    opt_attr(out, "data-from-attr", edge.from_attr.as_deref());
    opt_attr(out, "data-to-attr", edge.to_attr.as_deref());
    opt_attr(out, "data-from-line", edge.from_line.map(|l| l.to_string()).as_deref());
    opt_attr(out, "data-to-line", edge.to_line.map(|l| l.to_string()).as_deref());
    opt_attr(out, "data-secondary", edge.secondary.as_deref());
    let _ = writeln!(out, "><title>{}</title>", escape_html(&edge_title(model, edge)));
    for route in &geometry.routes {
        let mut d = String::new();
        for (i, p) in route.points.iter().enumerate() {
            let _ = write!(d, "{}{} {}", if i == 0 { "M" } else { " L" }, num(p.x), num(p.y));
        }
        let _ = writeln!(out, "<path class=\"hit\" d=\"{d}\"/><path class=\"line\" d=\"{d}\"/>");
        mark(out, &route.start);
        mark(out, &route.end);
    }
    for label in &geometry.labels {
        render_label(out, label);
    }
    out.push_str("</g>\n");
}

/// The hover text of an edge: both attributes, the cardinality and the foreign key.
fn edge_title(model: &DiagramModel, edge: &Edge) -> String {
    let class = |t: &str| model.entity(t).and_then(|e| e.class_name.clone()).unwrap_or_else(|| t.to_string());
    let mut parts = Vec::new();
    if let Some(a) = &edge.from_attr {
        parts.push(format!("{}.{a}", class(&edge.from_table)));
    }
    if let Some(a) = &edge.to_attr {
        parts.push(format!("{}.{a}", class(&edge.to_table)));
    }
    let fks: Vec<String> = edge.fk_columns.iter().map(|c| format!("{}.{}", c.table, c.column)).collect();
    let refs: Vec<String> = edge.ref_columns.iter().map(|c| format!("{}.{}", c.table, c.column)).collect();
    let mut title = if parts.is_empty() { "foreign key".to_string() } else { parts.join(" ↔ ") };
    let _ = write!(title, " ({})", edge.cardinality.as_str());
    if !fks.is_empty() {
        let _ = write!(title, ": {} → {}", fks.join(", "), refs.join(", "));
    }
    if let Some(s) = &edge.secondary {
        let _ = write!(title, " via {s}");
    }
    if let Some(c) = &edge.cascade {
        let _ = write!(title, "; cascade=\"{c}\"");
    }
    title
}

/// A crow's-foot mark at a line end; `o` points away from the box.
fn mark(out: &mut String, port: &Port) {
    let o = if port.side == Side::Left { -1.0 } else { 1.0 };
    let (x, y) = (port.point.x, port.point.y);
    let at = |t: f64| num(x + o * t);
    let bar = |t: f64| format!("M{} {} L{} {}", at(t), num(y - 6.0), at(t), num(y + 6.0));
    let circle = |out: &mut String, t: f64| {
        let _ = writeln!(out, "<circle class=\"mark-o\" cx=\"{}\" cy=\"{}\" r=\"3.5\"/>", at(t), num(y));
    };
    match port.mark {
        Mark::One => {
            let _ = writeln!(out, "<path class=\"mark\" d=\"{} {}\"/>", bar(6.0), bar(10.0));
        }
        Mark::ZeroOrOne => {
            let _ = writeln!(out, "<path class=\"mark\" d=\"{}\"/>", bar(6.0));
            circle(out, 13.5);
        }
        Mark::Many => {
            let _ = writeln!(
                out,
                "<path class=\"mark\" d=\"M{} {} L{} {} L{} {}\"/>",
                num(x),
                num(y - 6.0),
                at(10.0),
                num(y),
                num(x),
                num(y + 6.0)
            );
            circle(out, 13.5);
        }
    }
}

fn render_label(out: &mut String, label: &Label) {
    let anchor = if label.anchor_end { "end" } else { "start" };
    let text = escape_html(&measure::clip(&label.text));
    match label.kind {
        LabelKind::Attribute => {
            let _ = writeln!(
                out,
                "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{text}</text>",
                num(label.x),
                num(label.y)
            );
        }
        LabelKind::Badge => {
            let w = measure::text_width(&label.text, FONT_BADGE) + 10.0;
            let left = if label.anchor_end { label.x - w } else { label.x };
            let _ = writeln!(
                out,
                "<g class=\"badge\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"13\" rx=\"6.5\"/>\
                 <text x=\"{}\" y=\"{}\">{text}</text></g>",
                num(left),
                num(label.y - 9.0),
                num(w),
                num(left + 5.0),
                num(label.y + 1.0)
            );
        }
    }
}

fn render_entity(out: &mut String, entity: &Entity, b: &EntityBox) {
    let class = if entity.is_association { "entity assoc" } else { "entity" };
    let _ = write!(
        out,
        "<g data-testid=\"entity-{}\" class=\"{class}\" data-table=\"{}\"",
        escape_html(&b.table),
        escape_html(&b.table)
    );
    opt_attr(out, "data-class", entity.class_name.as_deref());
    opt_attr(out, "data-line", entity.source_line.map(|l| l.to_string()).as_deref());
    out.push_str(">\n");
    let (x, y, w, h) = (num(b.x), num(b.y), num(b.width), num(b.height));
    let _ = writeln!(out, "<rect class=\"box\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"6\"/>");
    let _ = writeln!(
        out,
        "<path class=\"head\" d=\"M{} {} h{} v{} h{} Z\"/>",
        num(b.x + 0.6),
        num(b.y + 0.6),
        num(b.width - 1.2),
        num(HEADER_HEIGHT - 0.6),
        num(-(b.width - 1.2))
    );
    let _ = writeln!(
        out,
        "<rect class=\"box\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"6\" fill-opacity=\"0\"/>"
    );
    let title = measure::title(entity);
    let _ = write!(
        out,
        "<text class=\"title\" x=\"{}\" y=\"{}\">{}</text>",
        num(b.x + PAD),
        num(b.y + 19.0),
        escape_html(&measure::clip(title))
    );
    if let Some(sub) = measure::subtitle(entity) {
        let sx = b.x + PAD + measure::text_width(title, measure::FONT_TITLE) + PAD;
        let _ = write!(
            out,
            "<text class=\"sub\" x=\"{}\" y=\"{}\">{}</text>",
            num(sx),
            num(b.y + 18.0),
            escape_html(&measure::clip(sub))
        );
    }
    out.push('\n');
    for (i, column) in entity.columns.iter().enumerate() {
        render_row(out, column, b, b.y + HEADER_HEIGHT + i as f64 * ROW_HEIGHT);
    }
    out.push_str("</g>\n");
}

fn render_row(out: &mut String, column: &Column, b: &EntityBox, top: f64) {
    let baseline = num(top + 14.0);
    let _ = write!(out, "<g data-column=\"{}\">", escape_html(&column.name));
    let _ = write!(out, "<title>{}</title>", escape_html(&row_title(column)));
    if top > b.y + HEADER_HEIGHT {
        let _ = write!(out, "<path class=\"rule\" d=\"M{} {} h{}\"/>", num(b.x + 1.0), num(top), num(b.width - 2.0));
    }
    let key = match (column.primary_key, column.foreign_key.is_some()) {
        (true, true) => Some(("pk", "PF")),
        (true, false) => Some(("pk", "PK")),
        (false, true) => Some(("fk", "FK")),
        (false, false) if column.unique => Some(("fk", "UQ")),
        _ => None,
    };
    if let Some((class, text)) = key {
        let _ =
            write!(out, "<text class=\"key {class}\" x=\"{}\" y=\"{}\">{text}</text>", num(b.x + PAD), num(top + 13.5));
    }
    let nn = if column.nullable { "name" } else { "name nn" };
    let _ = write!(
        out,
        "<text class=\"{nn}\" x=\"{}\" y=\"{baseline}\">{}</text>",
        num(b.x + PAD + MARKER_WIDTH),
        escape_html(&measure::clip(&column.name))
    );
    let _ = writeln!(
        out,
        "<text class=\"type\" x=\"{}\" y=\"{baseline}\" text-anchor=\"end\">{}</text></g>",
        num(b.x + b.width - PAD),
        escape_html(&measure::clip(&column.type_text))
    );
}

/// The hover text of a row: name, type and flags in SQL words.
fn row_title(column: &Column) -> String {
    let mut t = format!("{} {}", column.name, column.type_text);
    if column.primary_key {
        t.push_str(" PRIMARY KEY");
    }
    if !column.nullable && !column.primary_key {
        t.push_str(" NOT NULL");
    }
    if column.unique {
        t.push_str(" UNIQUE");
    }
    if let Some(fk) = &column.foreign_key {
        let _ = write!(t, " → {}.{}", fk.table, fk.column);
    }
    t
}
