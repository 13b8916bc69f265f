//! ER diagrams of the loaded models: a plain [`DiagramModel`] (what to draw), a deterministic layered
//! [`layout`] (where), and renderers — [`render_svg`] for the page and the CLI, [`to_mermaid`] and
//! [`to_dbml`] for export — plus [`metrics`] that measure a layout's quality for tests and the bench.
//! Everything here is pure and native-testable; text is measured without a DOM ([`measure`]) so the
//! browser and the CLI draw the same picture.

pub mod dbml;
pub mod layout;
pub mod measure;
pub mod mermaid;
pub mod metrics;
pub mod model;
pub mod sample;
pub mod svg;

#[cfg(test)]
mod tests;

pub use dbml::to_dbml;
pub use layout::{Layout, LayoutOptions, layout};
pub use mermaid::to_mermaid;
pub use model::{Cardinality, Column, ColumnRef, DiagramModel, Edge, EdgeKind, Entity};
pub use svg::{SvgOptions, Theme, render_svg};
