//! Constant data tables that most programs never touch, compiled in natively and fetched on first use
//! in the page.
//!
//! The page's runtime worker downloads and compiles its whole wasm before the first run, so every byte
//! of it is paid on every cold open (issue 15). Some of its constant data serves only rare programs: the
//! Unicode normalization tables (ruff's parser NFKC-normalises only non-ASCII identifiers; `unicodedata`
//! uses them too) and the `"\N{NAME}"` character names. Such a table is declared with [`table!`]: natively
//! (the CLI, the tests) its file is compiled in as before; in wasm32 it is not, and its first use asks the
//! loader the worker installs at start-up ([`set_loader`]), which fetches the file of the same name
//! next to the worker's wasm synchronously (the run that needs it is waiting; a worker may block).
//!
//! The vendored crates that use it (`vendor/unicode-normalization`, `vendor/unicode_names2`) cannot
//! depend on ormplay itself, hence this crate. Each keeps what it decoded from its table for the
//! thread's life, so a table is fetched at most once per worker.

#![forbid(unsafe_code)]

use std::sync::OnceLock;

/// Fetches the named table's bytes (`None`: it could not be fetched).
pub type Loader = fn(&str) -> Option<Vec<u8>>;

static LOADER: OnceLock<Loader> = OnceLock::new();

/// Installs how tables that are not compiled in are fetched (the page's runtime worker does, at
/// start-up); a second call is ignored.
pub fn set_loader(loader: Loader) {
    let _ = LOADER.set(loader);
}

/// The bytes of the table `name` through the installed loader: `None` without a loader (a build that
/// never installs one does not use these tables) or when the fetch failed. Callers fall back to an
/// empty table, which finds nothing rather than failing (the lookups are total functions).
pub fn fetch(name: &str) -> Option<Vec<u8>> {
    LOADER.get().and_then(|load| load(name))
}

/// `table!("file.bin", "path/to/file.bin")`: the table's bytes as `Option<Cow<'static, [u8]>>` —
/// compiled in natively (always `Some`), fetched through [`fetch`] by name in wasm32. Call it once and
/// keep what is decoded from it (a fetch is a network request).
#[macro_export]
macro_rules! table {
    ($name:literal, $path:literal) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let bytes: Option<::std::borrow::Cow<'static, [u8]>> =
            Some(::std::borrow::Cow::Borrowed(&include_bytes!($path)[..]));
        #[cfg(target_arch = "wasm32")]
        let bytes: Option<::std::borrow::Cow<'static, [u8]>> = $crate::fetch($name).map(::std::borrow::Cow::Owned);
        bytes
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_is_compiled_in_natively_and_fetched_through_the_loader_otherwise() {
        // Natively the macro reads the file at compile time; no loader is involved.
        let own = table!("lib.rs", "lib.rs");
        assert!(own.is_some_and(|b| b.starts_with(b"//! Constant data")));
        // Without a loader nothing is fetched; with one, the name reaches it.
        assert_eq!(fetch("x.bin"), None);
        set_loader(|name| (name == "x.bin").then(|| vec![1, 2, 3]));
        assert_eq!(fetch("x.bin"), Some(vec![1, 2, 3]));
        assert_eq!(fetch("y.bin"), None);
    }
}
