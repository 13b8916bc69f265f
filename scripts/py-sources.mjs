#!/usr/bin/env node
// Trunk pre-build hook: writes web/dist/py/<module>.py, one file per Python-source module of the
// runtime, which index.html copies into the build as py/. The page's runtime (wasm32) compiles none of
// them in (src/eval/modules/source.rs): web/worker.js fetches each on its first import. The list is
// read from that file's `SOURCES` entries, `("module.name", include_str!("path"))`, so a module added
// there is shipped with no other change; the entry count is checked against the `include_str!`s so an
// entry this reading missed fails the build instead of failing an import in the page.
import { readFileSync, mkdirSync, rmSync, copyFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const LIST = join(ROOT, "src/eval/modules/source.rs");
const OUT = join(ROOT, "web/dist/py");

const text = readFileSync(LIST, "utf8");
const body = /const SOURCES[^=]*= sources!\[([\s\S]*?)\n\];/.exec(text)?.[1];
if (!body) {
  console.error(`py-sources: no \`SOURCES ... = sources![ ... ];\` list in ${LIST}`);
  process.exit(1);
}
const entries = [...body.matchAll(/\(\s*"([^"]+)"\s*,\s*include_str!\(\s*"([^"]+)"\s*\)\s*\)/g)].map((m) => [m[1], m[2]]);
const mentioned = (body.match(/include_str!/g) ?? []).length;
if (entries.length === 0 || entries.length !== mentioned) {
  console.error(`py-sources: read ${entries.length} entries but the list has ${mentioned} include_str!s (${LIST})`);
  process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const [name, path] of entries) {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) {
    console.error(`py-sources: unexpected module name ${JSON.stringify(name)}`);
    process.exit(1);
  }
  copyFileSync(join(dirname(LIST), path), join(OUT, `${name}.py`));
}
console.log(`py-sources: ${entries.length} Python-source modules into web/dist/py/`);
