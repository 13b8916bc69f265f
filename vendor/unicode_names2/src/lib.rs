//! A stand-in for the `unicode_names2` crate, patched in by the workspace `Cargo.toml`.
//!
//! ruff's parser calls [`character`] only to decode `"\N{NAME}"` escapes in string literals. The real
//! crate embeds every Unicode character name (about 0.4 MB gzip in the wasm), which would push the page
//! over its size budget for a feature playground scripts do not use. Without the table, `\N{...}`
//! becomes a located "unknown Unicode character name" syntax error rather than a wrong answer.

/// The character named `name`; this stand-in knows none.
pub fn character(name: &str) -> Option<char> {
    let _ = name;
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn knows_no_names() {
        assert_eq!(super::character("LATIN SMALL LETTER A"), None);
    }
}
