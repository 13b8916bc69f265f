//! ormplay's stand-in for the `unicode-normalization` crate (0.1.26), patched in by the workspace
//! `Cargo.toml`.
//!
//! ruff's parser NFKC-normalises every non-ASCII identifier, as Python does (`ﬁle` and `file` are one
//! name). Upstream embeds its Unicode tables as minimal-perfect-hash arrays, stored in hash order: about
//! 112 KB of nearly random bytes, 56 KB gzip of the page's worker wasm. This crate keeps upstream's
//! algorithm files verbatim (`decompose.rs`, `recompose.rs`, `normalize.rs`) and the same data, sorted by
//! code point and delta/varint-coded in `tables.bin` (written by `scripts/gen_tables.py` from upstream's
//! `tables.rs`, which checks the round trip): ~43 KB raw, ~20 KB gzip, decoded on first use into sorted
//! vectors that are binary-searched (`lookups.rs`). Only NFC/NFD/NFKC/NFKD are provided; the quick checks,
//! stream-safe and CJK-variant iterators, which nothing in ormplay's dependency tree calls, are left out.
//! `tests/` compares every code point against expectations recorded from upstream.

pub use crate::decompose::Decompositions;
pub use crate::recompose::Recompositions;
use core::{option, str::Chars};

mod decompose;
mod lookups;
mod normalize;
mod recompose;

/// Methods for composing and decomposing characters.
pub mod char {
    pub use crate::lookups::canonical_combining_class;
    pub use crate::normalize::{compose, decompose_canonical, decompose_compatible};
}

/// Methods for iterating over strings while applying Unicode normalizations as described in
/// [Unicode Standard Annex #15](http://www.unicode.org/reports/tr15/).
pub trait UnicodeNormalization<I: Iterator<Item = char>> {
    /// Canonical decomposition (NFD).
    fn nfd(self) -> Decompositions<I>;
    /// Compatibility decomposition (NFKD).
    fn nfkd(self) -> Decompositions<I>;
    /// Canonical decomposition followed by canonical composition (NFC).
    fn nfc(self) -> Recompositions<I>;
    /// Compatibility decomposition followed by canonical composition (NFKC).
    fn nfkc(self) -> Recompositions<I>;
}

impl<'a> UnicodeNormalization<Chars<'a>> for &'a str {
    #[inline]
    fn nfd(self) -> Decompositions<Chars<'a>> {
        Decompositions::new_canonical(self.chars())
    }
    #[inline]
    fn nfkd(self) -> Decompositions<Chars<'a>> {
        Decompositions::new_compatible(self.chars())
    }
    #[inline]
    fn nfc(self) -> Recompositions<Chars<'a>> {
        Recompositions::new_canonical(self.chars())
    }
    #[inline]
    fn nfkc(self) -> Recompositions<Chars<'a>> {
        Recompositions::new_compatible(self.chars())
    }
}

impl UnicodeNormalization<option::IntoIter<char>> for char {
    #[inline]
    fn nfd(self) -> Decompositions<option::IntoIter<char>> {
        Decompositions::new_canonical(Some(self).into_iter())
    }
    #[inline]
    fn nfkd(self) -> Decompositions<option::IntoIter<char>> {
        Decompositions::new_compatible(Some(self).into_iter())
    }
    #[inline]
    fn nfc(self) -> Recompositions<option::IntoIter<char>> {
        Recompositions::new_canonical(Some(self).into_iter())
    }
    #[inline]
    fn nfkc(self) -> Recompositions<option::IntoIter<char>> {
        Recompositions::new_compatible(Some(self).into_iter())
    }
}

impl<I: Iterator<Item = char>> UnicodeNormalization<I> for I {
    #[inline]
    fn nfd(self) -> Decompositions<I> {
        Decompositions::new_canonical(self)
    }
    #[inline]
    fn nfkd(self) -> Decompositions<I> {
        Decompositions::new_compatible(self)
    }
    #[inline]
    fn nfc(self) -> Recompositions<I> {
        Recompositions::new_canonical(self)
    }
    #[inline]
    fn nfkc(self) -> Recompositions<I> {
        Recompositions::new_compatible(self)
    }
}
