#!/usr/bin/env node
// Trunk post-build hook: writes sw.js (from web/sw-template.js) into the staging directory with the
// list of the build's assets and a VERSION that hashes their contents, so every release that changes
// anything gets a new cache and replaces the old one cleanly. Runs before scripts/compress.mjs.
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error("service-worker: no TRUNK_STAGING_DIR (run as a Trunk hook) and no directory argument");
  process.exit(2);
}
// Every file of the build, those in subdirectories (py/, the runtime's Python modules) included: the
// page must work offline, also for a program importing a module no earlier run fetched.
const assets = readdirSync(dir, { recursive: true })
  .map((name) => name.split("\\").join("/"))
  .filter((name) => !/\.(br|gz)$/.test(name) && name !== "sw.js" && statSync(join(dir, name)).isFile())
  .sort();
const hash = createHash("sha256");
for (const name of assets) hash.update(name).update(readFileSync(join(dir, name)));
const version = hash.digest("hex").slice(0, 16);
const template = readFileSync(join(ROOT, "web/sw-template.js"), "utf8");
writeFileSync(join(dir, "sw.js"), template.replace("__VERSION__", version).replace("__ASSETS__", JSON.stringify(assets)));
console.log(`service-worker: sw.js version ${version}, ${assets.length} assets`);
