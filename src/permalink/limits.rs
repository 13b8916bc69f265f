//! Size caps and sanity checks applied to every link, whatever its version.
//!
//! A link is untrusted input that the page decodes on load, so decoding must stay cheap in time and
//! memory: the encoded length is capped before any work, the decompressed size is capped while
//! inflating (a decompression bomb stops at the cap), and the decoded values must look like something
//! ormplay itself writes. The caps are far above any real lesson but far below what would hurt a tab.

use super::{LinkError, PlaygroundState};

/// Longest fragment accepted, in characters (about 750 KB compressed).
pub const MAX_LINK_CHARS: usize = 1 << 20;
/// Largest decompressed state accepted, in bytes: models + script + the rest.
pub const MAX_STATE_BYTES: usize = 1 << 20;
/// Most dragged diagram positions in one link.
pub const MAX_POSITIONS: usize = 2_000;
/// Longest table name in the positions map, in bytes.
pub const MAX_TABLE_NAME: usize = 256;
/// Diagram coordinates stay within ± this many units.
pub const MAX_COORDINATE: i32 = 1_000_000;
/// Longest gallery example id, in bytes.
pub const MAX_EXAMPLE_ID: usize = 64;

/// Checks a decoded (or about to be encoded) state against the limits.
pub fn check(state: &PlaygroundState) -> Result<(), LinkError> {
    if state.models.len() + state.script.len() > MAX_STATE_BYTES {
        return Err(LinkError::TooLarge);
    }
    if let Some(id) = &state.example {
        check_example_id(id)?;
    }
    if state.positions.len() > MAX_POSITIONS {
        return Err(LinkError::Rejected("too many diagram positions"));
    }
    for (name, &(x, y)) in &state.positions {
        if name.is_empty() || name.len() > MAX_TABLE_NAME {
            return Err(LinkError::Rejected("a diagram position with an impossible table name"));
        }
        if x.unsigned_abs() > MAX_COORDINATE.unsigned_abs() || y.unsigned_abs() > MAX_COORDINATE.unsigned_abs() {
            return Err(LinkError::Rejected("a diagram position far outside the diagram"));
        }
    }
    Ok(())
}

/// Example ids are short lowercase slugs (`medical-chatbot`); anything else was not written by us.
/// Keeping them to this alphabet also means an id can never carry markup into the page.
fn check_example_id(id: &str) -> Result<(), LinkError> {
    let slug = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if id.is_empty() || id.len() > MAX_EXAMPLE_ID || !id.chars().all(slug) {
        return Err(LinkError::Rejected("an invalid example name"));
    }
    Ok(())
}
