//! Text and box metrics without a DOM. The SVG uses a monospace font stack, so a string's width is its
//! character count times a fixed advance (0.6 em for the common monospace fonts): native and browser
//! renderings lay out identically. Both the layout and the SVG renderer read sizes from here only.

use super::model::{Column, Entity};

/// Font sizes (px) of the four kinds of text in a diagram.
pub const FONT_TITLE: f64 = 13.0;
pub const FONT_SUBTITLE: f64 = 10.0;
pub const FONT_ROW: f64 = 12.0;
pub const FONT_TYPE: f64 = 11.0;
pub const FONT_LABEL: f64 = 11.0;
pub const FONT_BADGE: f64 = 9.0;
/// Monospace advance as a fraction of the font size.
pub const ADVANCE_EM: f64 = 0.6;
/// Height of the header band holding the class and table names.
pub const HEADER_HEIGHT: f64 = 28.0;
/// Height of one column row; ports sit at a row's vertical centre.
pub const ROW_HEIGHT: f64 = 20.0;
/// Horizontal padding inside a box.
pub const PAD: f64 = 8.0;
/// Width reserved left of the column name for the PK/FK marker.
pub const MARKER_WIDTH: f64 = 24.0;
/// Minimum gap between a column's name and its type.
pub const TYPE_GAP: f64 = 16.0;
/// Minimum box width, so tiny tables still read as boxes.
pub const MIN_WIDTH: f64 = 120.0;
/// Longest text shown in full; longer names are cut with an ellipsis so one absurd name cannot make the
/// drawing kilometres wide.
pub const MAX_CHARS: usize = 40;

/// Width in px of `text` drawn at `font_size` in the monospace stack (after [`clip`]).
pub fn text_width(text: &str, font_size: f64) -> f64 {
    clip(text).chars().count() as f64 * font_size * ADVANCE_EM
}

/// The text as displayed: cut to [`MAX_CHARS`] characters with an ellipsis.
pub fn clip(text: &str) -> String {
    if text.chars().count() <= MAX_CHARS {
        return text.to_string();
    }
    let mut out: String = text.chars().take(MAX_CHARS - 1).collect();
    out.push('…');
    out
}

/// The header's main title: the class name, or the table name for plain tables.
pub fn title(entity: &Entity) -> &str {
    entity.class_name.as_deref().unwrap_or(&entity.table)
}

/// The header's subtitle: the table name when a class name is the title.
pub fn subtitle(entity: &Entity) -> Option<&str> {
    entity.class_name.as_ref().map(|_| entity.table.as_str())
}

/// Width of one column row's content.
fn row_width(column: &Column) -> f64 {
    PAD + MARKER_WIDTH + text_width(&column.name, FONT_ROW) + TYPE_GAP + text_width(&column.type_text, FONT_TYPE) + PAD
}

/// Width of the header's content.
fn header_width(entity: &Entity) -> f64 {
    let sub = subtitle(entity).map_or(0.0, |s| PAD + text_width(s, FONT_SUBTITLE));
    PAD + text_width(title(entity), FONT_TITLE) + sub + PAD
}

/// The size (width, height) of an entity's box, rounded up to whole pixels so coordinates stay integral.
pub fn box_size(entity: &Entity) -> (f64, f64) {
    let width = entity.columns.iter().map(row_width).fold(header_width(entity).max(MIN_WIDTH), f64::max);
    let rows = entity.columns.len().max(1) as f64;
    (width.ceil(), HEADER_HEIGHT + rows * ROW_HEIGHT)
}

/// Vertical offset (from the box top) of the centre of the row of `column`; the header's centre when the
/// column does not exist (a dangling reference still gets a sensible port).
pub fn port_offset(entity: &Entity, column: Option<&str>) -> f64 {
    let index = column.and_then(|name| entity.columns.iter().position(|c| c.name == name));
    match index {
        Some(i) => HEADER_HEIGHT + i as f64 * ROW_HEIGHT + ROW_HEIGHT / 2.0,
        None => HEADER_HEIGHT / 2.0,
    }
}
