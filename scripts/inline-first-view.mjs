#!/usr/bin/env node
// Trunk post-build hook step (run first by scripts/post-build.mjs): puts the loading shell's first view
// (web/dist/first-view.json, written by the pre-build hook scripts/first-view.mjs) into the built
// index.html, inside its `<script type="application/json" id="boot-first-view">` element. The shell
// then fills itself while the HTML parses — the first lesson's code, output, tables and diagram are in
// the first paint — instead of after a separate request that waited for the network and for a free
// moment of the page's busy main thread (issue 15: cold open ≤ 500 ms).
//
// The JSON goes into a script element that is never executed (type application/json); every `<` is
// written as `\u003c`, so no text in it (a `</script>` in the lesson, the SVG's tags) can end the element.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error("inline-first-view: no TRUNK_STAGING_DIR (run as a Trunk hook) and no directory argument");
  process.exit(2);
}
const PLACEHOLDER = '<script type="application/json" id="boot-first-view"></script>';
const page = join(dir, "index.html");
const html = readFileSync(page, "utf8");
if (!html.includes(PLACEHOLDER)) {
  console.error(`inline-first-view: ${page} has no ${PLACEHOLDER}`);
  process.exit(2);
}
// Parsed and written again: one line, and proof that the file is whole JSON.
const view = JSON.parse(readFileSync(join(ROOT, "web/dist/first-view.json"), "utf8"));
const json = JSON.stringify(view).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
const filled = PLACEHOLDER.replace("></script>", `>${json}</script>`);
writeFileSync(page, html.replace(PLACEHOLDER, () => filled));
console.log(`inline-first-view: ${json.length} bytes of first view in index.html`);
