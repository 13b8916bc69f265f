//! SVG snapshots of the seed diagrams under `tests/snapshots/`. After an intended change, regenerate
//! them with `UPDATE_SNAPSHOTS=1 cargo test diagram::tests::snapshots` and review the diff.

use super::super::layout::{LayoutOptions, layout};
use super::super::{SvgOptions, render_svg, sample};
use std::path::PathBuf;

fn check(name: &str, model: &super::super::DiagramModel) {
    let svg = render_svg(model, &layout(model, &LayoutOptions::default()), &SvgOptions::default());
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(format!("{name}.svg"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("snapshot dir")).expect("create snapshot dir");
        std::fs::write(&path, &svg).expect("write snapshot");
        return;
    }
    let stored = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {}: run with UPDATE_SNAPSHOTS=1", path.display()));
    assert!(stored == svg, "{name}.svg changed; if intended, rerun with UPDATE_SNAPSHOTS=1 and review the diff");
}

#[test]
fn parent_child_snapshot() {
    check("parent_child", &sample::parent_child());
}

#[test]
fn medical_snapshot() {
    check("medical", &sample::medical());
}

#[test]
fn chatbot_snapshot() {
    check("chatbot", &sample::chatbot());
}
