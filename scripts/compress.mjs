#!/usr/bin/env node
// Trunk post-build hook (release builds only): writes a brotli (.br) and a gzip (.gz) copy next to
// every text and wasm asset in the staging directory, at the highest levels, so a static server can
// send them as they are (see README: "Serving the release build"). `trunk serve` (debug) skips this.
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error("compress: no TRUNK_STAGING_DIR (run as a Trunk hook) and no directory argument");
  process.exit(2);
}
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== "release") process.exit(0);
const KINDS = new Set([".wasm", ".js", ".css", ".html", ".json", ".svg", ".webmanifest", ".bin", ".py"]);
let files = 0;
// The build's files, those in subdirectories (py/) included.
for (const name of readdirSync(dir, { recursive: true })) {
  const path = join(dir, name);
  if (!KINDS.has(extname(name)) || !statSync(path).isFile()) continue;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  files += 1;
}
console.log(`compress: ${files} assets, .br and .gz written next to each`);
