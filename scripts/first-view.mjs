#!/usr/bin/env node
// Trunk pre-build hook: writes web/dist/first-view.json (the post-build hook puts it into index.html,
// scripts/inline-first-view.mjs), what the loading shell shows while the HTML parses, before any
// wasm: the first-visit lesson's title, explanation and code (or, in the shell script, the learner's
// autosaved code instead), and the lesson's result — its output and tables as
// recorded from SQLAlchemy in expected.json (the corpus tests hold the page's run to exactly that).
// Read from examples/, so it cannot drift from the lesson. With it, the lesson's diagram in both themes
// and its run as the runtime answers it (web/dist/first-run.bin, postcard bytes the app shows until the
// runtime's own run arrives): both made by the native core (web/first-view/, kept equal to what the
// core produces now by tests/first_view.rs; `UPDATE_SNAPSHOTS=1 cargo test --test first_view` rewrites them).
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const gallery = readFileSync(join(ROOT, "src/gallery.rs"), "utf8");
const first = /pub const FIRST_VISIT: &str = "([^"]+)"/.exec(gallery)?.[1] ?? "parent-child";
const entry = new RegExp(`lesson!\\("${first}", "([^"]+)"`).exec(gallery);
const dir = join(ROOT, "examples", first);
const view = {
  id: first,
  title: entry?.[1] ?? first,
  // Plain text: the shell shows it with textContent (markup characters dropped).
  explanation: readFileSync(join(dir, "lesson.md"), "utf8")
    .replace(/^#+\s*/gm, "")
    .replace(/\*\*|`/g, ""),
  models: readFileSync(join(dir, "models.py"), "utf8"),
  script: readFileSync(join(dir, "script.py"), "utf8"),
  expected: JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")),
  diagram: {
    light: readFileSync(join(ROOT, "web/first-view/diagram-light.svg"), "utf8"),
    dark: readFileSync(join(ROOT, "web/first-view/diagram-dark.svg"), "utf8"),
  },
};
mkdirSync(join(ROOT, "web/dist"), { recursive: true });
writeFileSync(join(ROOT, "web/dist/first-view.json"), JSON.stringify(view));
copyFileSync(join(ROOT, "web/first-view/run.bin"), join(ROOT, "web/dist/first-run.bin"));
