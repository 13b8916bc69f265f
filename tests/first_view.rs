//! The page's precomputed first view (`web/first-view/`): the first-visit lesson's run, as the runtime
//! worker answers it (`run.bin`, postcard bytes of `wire::Response::Ran`), and its diagram as the page
//! draws it in either theme (`diagram-light.svg`, `diagram-dark.svg`). The loading shell (index.html)
//! shows the output, tables and diagram before any wasm has arrived, and the app shows `run.bin` the
//! moment it mounts, before the worker's wasm has compiled; the worker's own run then replaces it.
//!
//! These tests keep the files equal to what the core produces now, so the first view can never show
//! something the real run would not (the SQL log's timings, measured per run, are the one difference
//! allowed). After an intended change, regenerate them with
//! `UPDATE_SNAPSHOTS=1 cargo test --test first_view` and review the diff. The browser tests
//! (tests/browser/first-view.test.mjs) check the other half: that the shell's rendering of these files
//! equals the app's rendering of the real run.

#![allow(clippy::expect_used, clippy::panic)] // test helpers fail loudly

use ormplay::diagram::{LayoutOptions, SvgOptions, Theme, layout, render_svg};
use ormplay::gallery;
use ormplay::wire::{Request, Response};
use ormplay::worker::Session;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("web/first-view")
}

/// The first-visit lesson run exactly as the page's worker runs it.
fn fresh_run() -> Vec<u8> {
    let lesson = gallery::first_visit();
    let request = Request::Run { models: lesson.models.to_string(), script: lesson.script.to_string() };
    Session::default().handle_bytes(&request.encode())
}

/// The response as JSON, with every measured duration (the SQL log's `[generated in 0.00012s]`) set to 0.
fn without_timings(bytes: &[u8]) -> String {
    let response = Response::decode(bytes).unwrap_or_else(|e| panic!("run.bin does not decode: {e}"));
    let json = serde_json::to_string_pretty(&response).expect("a response serialises");
    const KEY: &str = "\"seconds\": ";
    let mut out = String::with_capacity(json.len());
    let mut rest = json.as_str();
    while let Some((before, after)) = rest.split_once(KEY) {
        out.push_str(before);
        out.push_str(KEY);
        out.push('0');
        rest = after.trim_start_matches(|c: char| c.is_ascii_digit() || "+-.eE".contains(c));
    }
    out.push_str(rest);
    out
}

fn svg(bytes: &[u8], theme: Theme) -> String {
    let Ok(Response::Ran { output, .. }) = Response::decode(bytes) else {
        panic!("the first lesson's run did not answer Ran")
    };
    // The page lays the diagram out for its pane's aspect ratio; a two-table lesson lays out the same
    // for any pane (checked below), so the default stands for all of them.
    render_svg(&output.diagram, &layout(&output.diagram, &LayoutOptions::default()), &SvgOptions { theme })
}

fn check(name: &str, fresh: &[u8], compare: impl Fn(&[u8]) -> String) {
    let path = dir().join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(dir()).expect("create web/first-view");
        std::fs::write(&path, fresh).expect("write the first view");
        return;
    }
    let stored =
        std::fs::read(&path).unwrap_or_else(|_| panic!("missing {}: run with UPDATE_SNAPSHOTS=1", path.display()));
    assert!(
        compare(&stored) == compare(fresh),
        "web/first-view/{name} is not what the core produces now for the first lesson; if the change is \
         intended, rerun with UPDATE_SNAPSHOTS=1 and review the diff"
    );
}

#[test]
fn the_first_run_is_the_cores() {
    let fresh = fresh_run();
    assert!(matches!(Response::decode(&fresh), Ok(Response::Ran { output, .. }) if output.error.is_none()));
    check("run.bin", &fresh, without_timings);
}

#[test]
fn the_first_diagram_is_the_pages_in_both_themes() {
    let run = fresh_run();
    for (name, theme) in [("diagram-light.svg", Theme::Light), ("diagram-dark.svg", Theme::Dark)] {
        check(name, svg(&run, theme).as_bytes(), |b| String::from_utf8_lossy(b).into_owned());
    }
}

#[test]
fn the_first_diagram_does_not_depend_on_the_panes_shape() {
    let Ok(Response::Ran { output, .. }) = Response::decode(&fresh_run()) else { panic!("no run") };
    let default = layout(&output.diagram, &LayoutOptions::default());
    for aspect in [0.3, 0.7, 1.0, 2.5, 4.0, 8.0] {
        let options = LayoutOptions { aspect_ratio: aspect, ..LayoutOptions::default() };
        assert_eq!(layout(&output.diagram, &options), default, "aspect ratio {aspect}");
    }
}
