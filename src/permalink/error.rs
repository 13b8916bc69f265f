//! The ways a link can fail to open, each with a message written for the person who clicked it.
//!
//! The page shows [`LinkError`]'s `Display` text as is, and keeps the user's autosaved work, so the
//! messages say what happened and what to do, without jargon.

use std::fmt;

use super::{CURRENT_VERSION, MAX_STATE_BYTES};

/// Why a link could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing after the `#`.
    Empty,
    /// The link ends too early: it was cut off when copied.
    Truncated,
    /// Characters were changed, added or lost, or it is not an ormplay link.
    Corrupted,
    /// Made by a newer ormplay whose format this build does not know.
    FutureVersion(u8),
    /// The link, or the code it unpacks to, is over the size limits.
    TooLarge,
    /// The link decodes but holds values ormplay never writes (a crafted link); says which.
    Rejected(&'static str),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "This link holds no playground: there is nothing after the '#'."),
            LinkError::Truncated => write!(
                f,
                "This link is incomplete: its end was probably cut off when it was copied. \
                 Ask for the whole link again."
            ),
            LinkError::Corrupted => write!(
                f,
                "This link is damaged (some of its characters were changed or lost), so it cannot be \
                 opened. Ask for the link again."
            ),
            LinkError::FutureVersion(v) => write!(
                f,
                "This link was made by a newer version of ormplay (link format {v}; this page reads \
                 formats up to {CURRENT_VERSION}). Reload the page to get the latest version."
            ),
            LinkError::TooLarge => write!(
                f,
                "This link is too large to open: ormplay opens links with up to {} KB of code.",
                MAX_STATE_BYTES / 1024
            ),
            LinkError::Rejected(what) => write!(
                f,
                "This link was not made by ormplay or was tampered with ({what}), so nothing from it \
                 was loaded."
            ),
        }
    }
}

impl std::error::Error for LinkError {}
