//! Permalinks: the whole playground state in one short URL fragment, with no server.
//!
//! This module owns the public shape of a shareable state ([`PlaygroundState`]) and the link format's
//! outer envelope: `base64url( version byte ‖ version-specific body )`, no padding. The first byte says
//! which frozen format the body uses, so every link ever shared keeps decoding: a new format gets a new
//! version number and a new submodule, and old submodules are never changed (their tests pin a literal
//! link each). Version 1 ([`v1`]) is postcard (serde) compressed with raw deflate and a preset
//! dictionary of SQLAlchemy vocabulary. Decoding treats the link as hostile input: it is size-capped
//! before and during decompression, checked, and only ever yields text and numbers, never code to run.

mod deflate;
mod error;
mod limits;
mod v1;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use serde::{Deserialize, Serialize};

pub use error::LinkError;
pub use limits::{MAX_LINK_CHARS, MAX_STATE_BYTES};

/// The format version [`encode`] writes. Versions above it are from a newer ormplay.
pub const CURRENT_VERSION: u8 = 1;

/// Everything a link restores. It also derives serde so the page can autosave it (e.g. as JSON);
/// links do not use these derives but the frozen per-version wire structs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlaygroundState {
    /// The model code (imports, classes, engine setup).
    pub models: String,
    /// The session script run after the models.
    pub script: String,
    /// The gallery lesson this state started from, if any (`crate::gallery` ids).
    pub example: Option<String>,
    /// Diagram positions the user dragged, table name → (x, y) in whole diagram units. Integers keep
    /// links short and make the round trip exact; tables not listed keep their automatic layout.
    pub positions: BTreeMap<String, (i32, i32)>,
    /// Which panes are shown, and the theme.
    pub view: View,
}

/// View choices that travel with a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct View {
    pub panes: Panes,
    pub theme: Theme,
}

/// Which panes are visible. All are visible by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Panes {
    pub models: bool,
    pub script: bool,
    pub diagram: bool,
    pub output: bool,
    pub tables: bool,
    pub lesson: bool,
}

impl Default for Panes {
    fn default() -> Self {
        Panes { models: true, script: true, diagram: true, output: true, tables: true, lesson: true }
    }
}

/// Colour theme. `System` follows the browser's preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl PlaygroundState {
    /// A state holding just models and script text, everything else default.
    pub fn from_code(models: &str, script: &str) -> Self {
        PlaygroundState { models: models.to_owned(), script: script.to_owned(), ..Default::default() }
    }

    /// Checks the limits [`decode`] enforces, so the page can warn before sharing a state whose link
    /// would be refused (e.g. more than [`MAX_STATE_BYTES`] of code).
    pub fn check_limits(&self) -> Result<(), LinkError> {
        limits::check(self)
    }
}

/// Base64url as links use it: no padding written; on reading, padding is tolerated and so are
/// non-zero trailing bits, so a cut-off link reaches the decompressor, which can tell it is truncated.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Encodes a state as a URL fragment (without the `#`). Deterministic: the same state always gives
/// the same link with the same build. States beyond the limits still encode, but [`decode`] refuses
/// them; call [`PlaygroundState::check_limits`] first to warn the user.
pub fn encode(state: &PlaygroundState) -> String {
    let mut bytes = vec![CURRENT_VERSION];
    bytes.extend(v1::encode_body(state));
    BASE64URL.encode(bytes)
}

/// The fragment for plain models + script text (what `ormplay link` prints).
pub fn link_for_code(models: &str, script: &str) -> String {
    encode(&PlaygroundState::from_code(models, script))
}

/// Decodes a link. Accepts the bare fragment, the fragment with its `#`, or a whole URL (everything
/// after the last `#`), with surrounding whitespace. Never panics, whatever the input.
pub fn decode(link: &str) -> Result<PlaygroundState, LinkError> {
    let fragment = link.rsplit('#').next().unwrap_or(link).trim();
    if fragment.is_empty() {
        return Err(LinkError::Empty);
    }
    if fragment.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLarge);
    }
    let bytes = BASE64URL.decode(fragment).map_err(base64_error)?;
    let Some((&version, body)) = bytes.split_first() else {
        return Err(LinkError::Truncated);
    };
    let state = match version {
        1 => v1::decode_body(body)?,
        v if v > CURRENT_VERSION => return Err(LinkError::FutureVersion(v)),
        _ => return Err(LinkError::Corrupted),
    };
    limits::check(&state)?;
    Ok(state)
}

/// A wrong length means characters were lost at the end; a foreign character means the text was
/// altered (or is not an ormplay link at all).
fn base64_error(e: base64::DecodeError) -> LinkError {
    match e {
        base64::DecodeError::InvalidLength(_) => LinkError::Truncated,
        _ => LinkError::Corrupted,
    }
}
