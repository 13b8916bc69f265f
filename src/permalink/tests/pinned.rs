//! One literal link per format version, decoded forever: if one of these fails, links people have
//! already shared would break. Never edit a pinned literal; add a new one for a new version.

use super::*;

/// SHA-256 of `dict_v1.txt`, which is part of format 1 and must never change.
const DICT_V1_SHA256: &str = "efce5bd352d13c8633ad06ee927f8a4576dcd941c8ffdb983ad7ed2a9ddc68f2";

/// A version-1 link made with the state in [`v1_expected`].
const LINK_V1: &str = "AcixxZkhDsAgDEX5JEM0S3aFyZmdZdfYOXaLqc1yDgzHweKAFkUClpomrahomub_F9GBch3gNiJfLdEiPvcirZvGMc3wKS_M2T1870Nb3d8tkIKwyqST1bheOHnzw0g94EIOpXQC";

fn v1_expected() -> PlaygroundState {
    let mut positions = BTreeMap::new();
    positions.insert("parent".to_owned(), (120, -40));
    positions.insert("child".to_owned(), (420, 80));
    PlaygroundState {
        models: "from sqlalchemy import Column, Integer, String\nfrom sqlalchemy.orm import declarative_base\n\n\
                 Base = declarative_base()\n\n\nclass Parent(Base):\n    __tablename__ = \"parent\"\n    \
                 id = Column(Integer, primary_key=True)\n    name = Column(String)  # é 🙂\n"
            .to_owned(),
        script: "print(\"hello\")\n".to_owned(),
        example: Some("parent-child".to_owned()),
        positions,
        view: View {
            panes: Panes { models: true, script: true, diagram: true, output: true, tables: false, lesson: false },
            theme: Theme::Dark,
        },
    }
}

#[test]
fn pinned_v1_link_decodes() {
    assert_eq!(decode(LINK_V1), Ok(v1_expected()));
}

#[test]
fn v1_dictionary_is_frozen() {
    assert_eq!(sha256_hex(v1::DICTIONARY), DICT_V1_SHA256);
}

#[test]
fn current_encoder_still_writes_version_1() {
    // Pins the version byte, not the compressed bytes: a newer miniz_oxide may compress differently,
    // and that is fine as long as every link decodes (the test above).
    let link = encode(&v1_expected());
    assert!(link.starts_with('A'), "version byte 1 encodes to a leading 'A': {link}");
    assert_eq!(BASE64URL.decode(&link).ok().and_then(|b| b.first().copied()), Some(1));
}

/// SHA-256 of the dictionary, by the digest `hashlib.sha256` uses (FIPS 180-4).
fn sha256_hex(data: &[u8]) -> String {
    crate::eval::modules::digest::sha256(data, false).iter().map(|b| format!("{b:02x}")).collect()
}
