//! ER diagrams of the loaded models: a plain [`DiagramModel`] (what to draw), a deterministic layered
//! [`layout`] (where), and renderers — [`render_svg`] for the page and the CLI, [`to_mermaid`] and
//! [`to_dbml`] for export — plus [`metrics`] that measure a layout's quality for tests and the bench.
//! Everything here is pure and native-testable; text is measured without a DOM ([`measure`]) so the
//! browser and the CLI draw the same picture.
//!
//! ```
//! use ormplay::diagram::{LayoutOptions, SvgOptions, layout, render_svg, sample, to_dbml, to_mermaid};
//!
//! let model = sample::chatbot(); // the page builds this from the ORM registry instead
//! let geometry = layout(&model, &LayoutOptions::default());
//! let svg = render_svg(&model, &geometry, &SvgOptions::default());
//! assert!(svg.contains("data-testid=\"entity-chat_sessions\""));
//! assert!(to_mermaid(&model).starts_with("erDiagram"));
//! assert!(to_dbml(&model).contains("Ref: messages.session_id > chat_sessions.id"));
//! ```

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
