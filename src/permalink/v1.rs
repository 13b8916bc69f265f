//! Link format version 1, FROZEN: never change anything here, or links already shared break.
//!
//! Body (after the version byte): a 16-bit check of the uncompressed payload (little-endian), then the
//! payload compressed as raw deflate whose window is preset with `dict_v1.txt`. The payload is the
//! postcard (serde) encoding of [`StateV1`]: length-prefixed UTF-8 strings and varints, so the code
//! text reaches the compressor untouched. The dictionary is SQLAlchemy and Python vocabulary (imports,
//! column and relationship idioms, session calls, and the seed documents' models); deflate refers back
//! into it, which is what brings an eight-table schema and its script under 1,000 characters. A changed
//! wire struct or dictionary needs a new version module instead.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{LinkError, MAX_STATE_BYTES, Panes, PlaygroundState, Theme, View, deflate};

/// The preset dictionary of version 1 (frozen bytes; its SHA-256 is pinned by a test).
pub const DICTIONARY: &[u8] = include_bytes!("dict_v1.txt");

/// The version-1 wire shape. Field order and types are the format.
#[derive(Serialize, Deserialize)]
struct StateV1 {
    models: String,
    script: String,
    example: Option<String>,
    positions: BTreeMap<String, (i32, i32)>,
    panes: PanesV1,
    theme: ThemeV1,
}

#[derive(Serialize, Deserialize)]
struct PanesV1 {
    models: bool,
    script: bool,
    diagram: bool,
    output: bool,
    tables: bool,
    lesson: bool,
}

#[derive(Serialize, Deserialize)]
enum ThemeV1 {
    System,
    Light,
    Dark,
}

/// Encodes the body of a version-1 link (everything after the version byte).
pub fn encode_body(state: &PlaygroundState) -> Vec<u8> {
    // postcard cannot fail on these types (no maps with non-string keys, no unsized data); should it
    // ever, the empty payload makes an obviously broken link instead of a panic.
    let payload = postcard::to_allocvec(&to_wire(state)).unwrap_or_default();
    let mut body = check(&payload).to_le_bytes().to_vec();
    body.extend(deflate::compress(DICTIONARY, &payload));
    body
}

/// Decodes the body of a version-1 link.
pub fn decode_body(body: &[u8]) -> Result<PlaygroundState, LinkError> {
    let Some((sum, stream)) = body.split_first_chunk::<2>() else {
        return Err(LinkError::Truncated);
    };
    let payload = deflate::decompress(DICTIONARY, stream, MAX_STATE_BYTES)?;
    if check(&payload) != u16::from_le_bytes(*sum) {
        return Err(LinkError::Corrupted);
    }
    match postcard::take_from_bytes::<StateV1>(&payload) {
        Ok((wire, [])) => Ok(from_wire(wire)),
        // Bytes left over, invalid UTF-8, an unknown enum tag, a bool that is not 0/1...
        _ => Err(LinkError::Corrupted),
    }
}

/// A 16-bit check of the payload (FNV-1a, folded), so a changed character is reported as damage
/// instead of silently opening different code. Raw deflate has no checksum of its own.
pub(super) fn check(payload: &[u8]) -> u16 {
    let hash = payload.iter().fold(0x811c_9dc5_u32, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    ((hash >> 16) ^ (hash & 0xffff)) as u16
}

fn to_wire(state: &PlaygroundState) -> StateV1 {
    let p = state.view.panes;
    StateV1 {
        models: state.models.clone(),
        script: state.script.clone(),
        example: state.example.clone(),
        positions: state.positions.clone(),
        panes: PanesV1 {
            models: p.models,
            script: p.script,
            diagram: p.diagram,
            output: p.output,
            tables: p.tables,
            lesson: p.lesson,
        },
        theme: match state.view.theme {
            Theme::System => ThemeV1::System,
            Theme::Light => ThemeV1::Light,
            Theme::Dark => ThemeV1::Dark,
        },
    }
}

fn from_wire(wire: StateV1) -> PlaygroundState {
    let p = wire.panes;
    PlaygroundState {
        models: wire.models,
        script: wire.script,
        example: wire.example,
        positions: wire.positions,
        view: View {
            panes: Panes {
                models: p.models,
                script: p.script,
                diagram: p.diagram,
                output: p.output,
                tables: p.tables,
                lesson: p.lesson,
            },
            theme: match wire.theme {
                ThemeV1::System => Theme::System,
                ThemeV1::Light => Theme::Light,
                ThemeV1::Dark => Theme::Dark,
            },
        },
    }
}
