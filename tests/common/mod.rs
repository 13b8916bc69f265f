//! Shared helpers for the models tests: where the shared reference material lives, and the model code
//! of the conformance cases, the gallery lessons and the seed documents.

#![allow(clippy::expect_used)] // test helpers fail loudly
#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared` next to the repository (or `$ORMPLAY_SHARED`). The shared corpus is required: a checkout
/// without it fails the tests that read it, loudly, instead of passing them with nothing checked.
pub fn shared_dir() -> PathBuf {
    let dir = std::env::var_os("ORMPLAY_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    assert!(
        dir.join("conformance/cases").is_dir(),
        "{} not found: the shared corpus is required (set ORMPLAY_SHARED to its folder)",
        dir.display()
    );
    dir
}

/// (case name, models.py text) for every conformance case, sorted by name.
pub fn conformance_models() -> Vec<(String, String)> {
    let shared = shared_dir();
    let mut out = Vec::new();
    for entry in std::fs::read_dir(shared.join("conformance/cases")).expect("cases dir") {
        let path = entry.expect("entry").path();
        if let Ok(text) = std::fs::read_to_string(path.join("models.py")) {
            out.push((path.file_name().expect("name").to_string_lossy().into_owned(), text));
        }
    }
    out.sort();
    assert!(out.len() >= 45, "expected the 45 conformance cases, found {}", out.len());
    out
}

/// (lesson name, models.py text) for every gallery lesson in `examples/`.
pub fn gallery_models() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("examples dir") {
        let path = entry.expect("entry").path();
        if let Ok(text) = std::fs::read_to_string(path.join("models.py")) {
            out.push((path.file_name().expect("name").to_string_lossy().into_owned(), text));
        }
    }
    out.sort();
    assert!(!out.is_empty(), "no gallery lessons found");
    out
}

/// The ```python blocks of a seed document, in order.
pub fn seed_python_blocks(file: &str) -> Vec<String> {
    let shared = shared_dir();
    let text = std::fs::read_to_string(shared.join("seeds").join(file)).expect("seed document");
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match (&mut current, line.trim_start()) {
            (None, l) if l.starts_with("```python") => current = Some(String::new()),
            (Some(_), l) if l.starts_with("```") => blocks.extend(current.take()),
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}
