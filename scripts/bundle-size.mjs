#!/usr/bin/env node
// Prints the size of the release build in dist/ (wasm + js + css + html, raw and gzip) and what each
// major dependency costs in the wasm, then exits non-zero if the total is over the gzip budget (BUDGET_GZIP below).
//
// The breakdown reads the cargo output of the same build, before wasm-bindgen and wasm-opt
// (target/wasm32-unknown-unknown/wasm-release/ormplay.wasm), whose `name` section still names every
// function. Each function body is attributed to a dependency by the crates its (mangled) name
// mentions: a generic instantiated for a crate's types counts for that crate, so
// `drop_in_place<rusqlite::Statement>` is rusqlite's; SQLite's C functions are mostly `sqlite3*`. Sizes there are before wasm-opt (which
// shrinks everything by roughly the same factor), so the table gives each group's share, its raw code
// bytes, and its code gzipped on its own. Constant data (string and unicode tables) has no function
// names; it is one line of its own.
//
// Usage: node scripts/bundle-size.mjs [DIST_DIR] [PRE_OPT_WASM]

import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join, extname, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// Raised from 2.0 MB when the SQL compiler, the run timeline and the memory budget landed together
// (2.16 MB); lowered to 2.10 MB when the worker lost the Unicode property/script/age tables Python's
// `re` never uses (leptos_config without `regex`, see Cargo.toml: 2.04 MB, worker 1,379 KB gzip /
// 1,069 KB brotli). Issue 15 asks for 1.5 MB: this crate's code (~440 KB gzip in the worker), SQLite
// (~260 KB) and the page's Leptos + serde (~170 KB) are what is left to split or trim.
// Raised to 2.20 MB when Python's `decimal` (generated from `_pydecimal`), SQLAlchemy's events, hybrid
// attributes, `inspect()`, bulk DML and the Python console landed together (2.15 MB measured: worker
// 1,468 KB gzip / 1,135 KB brotli, page 451 KB gzip).
// Raised to 2.30 MB when session.query() moved onto the statement tree and joined-table inheritance,
// write-only/dynamic collections, bytes/bytearray, column defaults, scoped_session/declared_attr and
// registry() landed together (2.23 MB measured: worker 1,542 KB gzip / 1,191 KB brotli, page 451 KB
// gzip; the page itself did not grow). The way to 1.5 MB is still splitting the worker (issue 15).
// Issue 15's first cuts (2.29 MB → see below): the page's SQLite lost API armour, column metadata, the
// authorizer, WAL/mmap, incrblob, deserialize, auto-vacuum, integrity_check and its test hooks
// (.cargo/config.toml: worker -22.5 KB gzip), and ruff's NFKC tables for identifiers moved to a compact
// form (vendor/unicode-normalization: -37.8 KB gzip). Measured then: worker 1,542.2 KB gzip /
// 1,184.9 KB brotli (was 1,602.5 / 1,237.6), page 450.9 KB gzip, total 2.23 MB gzip (2,178.8 KB).
// What is left, by size: this crate's code (~580 KB gzip in the worker), std/core (~220 KB, mostly
// generics instantiated for this crate), SQLite (~245 KB), regex (~120 KB: fancy-regex hard-wires
// regex-automata's one-pass and lazy DFAs), Python-source shims (~54 KB gzip of constant data), and the
// page's serde_json decoding of internally tagged / untagged run data (~60 KB gzip).
// The worker↔page wire moved from JSON to postcard (src/wire.rs; the run data's serde types became
// externally tagged, with no flatten/untagged/skip_serializing_if): page 451.1 → 379.3 KB gzip
// (349.6 → 298.9 KB brotli), worker 1,593.7 → 1,570.9 KB gzip (1,222.3 → 1,206.7 KB brotli), total
// 2.28 → 2.19 MB gzip. The page's serde_json now only serves localStorage and the editor's diagnostics.
// Raised to 2.40 MB when complex numbers and Python's heapq/bisect/fractions/statistics/calendar/
// numbers/keyword (generated from CPython's Lib by scripts/gen-stdlib.py), time, os and cmath, SQLAlchemy's
// synonyms, ordering lists, hybrids on its own design (sqlalchemy.sql.operators), JSON operators,
// session/instance/state-transition events and SQLite 3.40's float sums landed together (2.33 MB
// measured: worker 1,699.6 KB gzip / 1,303.7 KB brotli, page 383.2 KB gzip; of the worker's +65 KB
// gzip about 30 KB are the new Python sources). Issue 15's 1.5 MB still needs the worker split.
// Raised to 2.45 MB when Python's hashlib/hmac/binascii/base64/csv/struct/logging/traceback/types/queue
// (Python sources plus a small native digest), typing's remaining names, glibc's strftime, and
// SQLAlchemy's composites, versioning, post_update, the Query.update evaluator, server-default
// RETURNING and REGEXP landed together (2,339.9 KB = 2.396 MB measured: worker 1,767.7 KB gzip /
// 1,356.0 KB brotli, page 383.2 KB gzip), leaving 4 KB under 2.40 MB — less than a build on
// another machine may vary by. Issue 15's 1.5 MB still needs the worker split.
// Raised to 2.52 MB when TypeDecorator, naming conventions, Table.indexes/constraints, Computed/Identity,
// reflection of constraint names, keyed-dict and primary-key-switch flushes, single-table criteria in
// expressions, and Python's difflib/argparse/configparser/unittest/html (CPython's own sources,
// ~47 KB gzip of them; html.entities' table alone ~14 KB) landed together: the worker measured
// 1,832.0 KB gzip / 1,407.5 KB brotli before html (2,404.8 KB total = 2.46 MB), despite perf4's
// wasm-opt passes taking 11 KB off. Issue 15's 1.5 MB still needs the worker split.
// Raised to 2.60 MB when custom relationship join conditions, joined-inheritance join aliasing,
// loader criteria / with_loader_criteria / do_orm_execute, imperative tables and map_imperatively,
// Session subclasses, engine cursor events and executemany flush batching, typed-value errors,
// sqlalchemy.pool and Python's async/await with CPython's asyncio (~8.7 KB gzip of source) landed
// together: the worker measured 1,917.0 KB gzip / 1,473.0 KB brotli (+61 KB gzip), 2,489.8 KB total
// (2.55 MB). Issue 15's 1.5 MB still needs the worker split into lazily loaded parts.
// Lowered to 2.425 MB when the runtime's Python-source modules left the worker's wasm (issue 15): each
// is an asset of its own (py/, fetched on first import; src/eval/modules/source.rs), and only the nine
// that importing sqlalchemy.orm needs come with every cold open (web/worker.js preloads them; counted
// in the total as "py"). Measured: worker 1,917.0 → 1,745.2 KB gzip (1,473.0 → 1,329.2 KB brotli),
// total 2,489.8 → 2,336.9 KB (2.39 MB, preloaded modules 17.5 KB gzip included); the other 61 modules
// are 173.2 KB gzip, fetched only by programs that import them (the service worker caches them all
// after the first visit). ~30 KB headroom for the features of the session in progress.
// Raised to 2.45 MB when this session's breadth landed together: unicodedata (normalize/names over the
// tables ruff already links), cp1252/utf-8-sig codecs, CPython's re.error positions, typing's functional
// forms, session events and guards, joined-inheritance EXISTS/joins, aliased() hybrids and
// column_property, index_property, the page's lazily drawn tables: worker 1,759.2 → 1,782.4 KB gzip
// (1,338.5 → 1,356.3 KB brotli), page 383.6 → 385.3 KB, total 2,351.2 → 2,377.5 KB (2.43 MB).
// Issue 15's 1.5 MB still needs the worker's code split into lazily loaded parts.
// Lowered to 2.423 MB (measured total + 10 KB) when the Unicode normalization tables and character names
// left the worker's wasm (crates/lazy-data: fetched on first use, by a non-ASCII identifier, a "\N{...}"
// escape or unicodedata): worker 1,783.2 → 1,759.9 KB gzip (1,357.3 → 1,339.1 KB brotli; constant data
// 491.5 → 435.8 KB raw), total 2,379.3 → 2,355.9 KB. The largest constant data left is regex-syntax's
// simple case folding table (2,938 entries, ~50 KB raw with its slices: Python's IGNORECASE) and std's case mapping tables.
// Raised to 2.458 MB (measured total + 8 KB) by session 15's merged features on top of that saving: the
// sqlite3 DB-API module, user tzinfo/zoneinfo/codecs/contextvars/memoryview, concrete inheritance and
// polymorphic_on expressions, Core results that know their columns' identities: worker 1,759.9 →
// 1,795.2 KB gzip (1,339.1 → 1,364.5 KB brotli), total 2,355.9 → 2,391.6 KB.
const BUDGET_GZIP = 2_458_000; // bytes
const dist = resolve(process.argv[2] ?? join(ROOT, "dist"));
const targetDir = process.env.CARGO_TARGET_DIR ?? join(ROOT, "target");
// The page's two binaries: the UI on the main thread, the runtime in the worker.
const preOpts = process.argv[3]
  ? [resolve(process.argv[3])]
  : ["ormplay", "ormplay-worker"].map((bin) => join(targetDir, `wasm32-unknown-unknown/wasm-release/${bin}.wasm`));

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1_000_000).toFixed(2)} MB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

const SQLITE_GROUP = "SQLite (C) + rusqlite";
// Groups, in priority order: a function whose name mentions several goes to the first.
const GROUPS = [
  ["ormplay (this crate)", /\bormplay\b/],
  [SQLITE_GROUP, /\b(sqlite3\w*|rusqlite|libsqlite3_sys|sqlite_wasm_rs|rsqlite_vfs|fallible_\w+|hashlink)\b/],
  ["ruff parser + unicode tables", /\b(ruff_\w+|unicode_names2|unicode_ident|unicode_normalization|lalrpop_util|unic_\w+)\b/],
  ["leptos (tachys, reactive_graph)", /\b(leptos\w*|tachys|reactive_graph|any_spawner|oco_ref|either_of|throw_error|or_poisoned|hydration_context|server_fn|send_wrapper|guardian)\b/],
  ["wasm-bindgen, js-sys, web-sys", /\b(wasm_bindgen\w*|__wbindgen\w*|__wbg\w*|js_sys|web_sys|console_error_panic_hook)\b/],
  ["serde, serde_json", /\b(serde\w*)\b/],
  ["regex (fancy-regex, regex-automata, regex-syntax)", /\b(fancy_regex|regex_automata|regex_syntax|aho_corasick|memchr|bit_set|bit_vec)\b/],
  ["im, num-*, other data structures", /\b(im|im_rc|num_bigint|num_traits|num_integer|rust_decimal|ordered_float|bigdecimal|hashbrown|indexmap|smallvec|bitmaps|sized_chunks|rand\w*|uuid|chrono|regex\w*|aho_corasick|memchr|strum\w*|thiserror|itertools|futures\w*|async_trait|getrandom)\b/],
  ["rust std, core, alloc", /\b(core|alloc|std|compiler_builtins|dlmalloc)\b/],
];

// ---- 1. what the browser downloads ----

if (!existsSync(join(dist, "index.html"))) {
  console.error(`bundle-size: no build in ${dist} (run \`trunk build --release\` first)`);
  process.exit(2);
}
const kinds = { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html", ".json": "html" };
const totals = {};
for (const name of readdirSync(dist)) {
  const kind = kinds[extname(name)];
  if (!kind || !statSync(join(dist, name)).isFile()) continue;
  const bytes = readFileSync(join(dist, name));
  const t = (totals[kind] ??= { files: [], raw: 0, gzip: 0 });
  t.files.push(name);
  t.raw += bytes.length;
  t.gzip += gz(bytes);
}
// The runtime's Python-source modules (py/, see scripts/py-sources.mjs): those web/worker.js preloads
// come with every cold open and count in the total; the others are fetched only by a program that
// imports them (and cached by the service worker after the first visit), so they are listed apart.
const preload = new Set(
  JSON.parse((/const PRELOAD = (\[[^\]]*\]);/.exec(existsSync(join(dist, "worker.js")) ? readFileSync(join(dist, "worker.js"), "utf8") : "") ?? [, "[]"])[1].replace(/,\s*\]/, "]")),
);
const lazy = { files: [], raw: 0, gzip: 0 };
for (const name of existsSync(join(dist, "py")) ? readdirSync(join(dist, "py")).filter((n) => n.endsWith(".py")).sort() : []) {
  const bytes = readFileSync(join(dist, "py", name));
  const t = preload.has(name.slice(0, -3)) ? (totals.py ??= { files: [], raw: 0, gzip: 0 }) : lazy;
  t.files.push(name);
  t.raw += bytes.length;
  t.gzip += gz(bytes);
}
let raw = 0;
let gzip = 0;
console.log(`release build in ${dist}`);
console.log(`  ${pad("kind", 6)} ${lpad("raw", 11)} ${lpad("gzip", 11)}  files`);
for (const kind of ["wasm", "js", "css", "html", "py"]) {
  const t = totals[kind] ?? { files: [], raw: 0, gzip: 0 };
  raw += t.raw;
  gzip += t.gzip;
  const files = kind === "py" ? `${t.files.length} Python modules preloaded by worker.js` : t.files.join(", ");
  console.log(`  ${pad(kind, 6)} ${lpad(kb(t.raw), 11)} ${lpad(kb(t.gzip), 11)}  ${files}`);
}
console.log(`  ${pad("total", 6)} ${lpad(kb(raw), 11)} ${lpad(kb(gzip), 11)}  (budget ${mb(BUDGET_GZIP)} gzip)`);
console.log(`  ${pad("lazy", 6)} ${lpad(kb(lazy.raw), 11)} ${lpad(kb(lazy.gzip), 11)}  ${lazy.files.length} Python modules in py/, each fetched on its first import (not in the total)`);
if (preload.size === 0 || totals.py?.files.length !== preload.size) {
  console.error(`bundle-size: FAIL, worker.js preloads ${preload.size} Python modules but py/ holds ${totals.py?.files.length ?? 0} of them`);
  process.exit(1);
}
console.log(`bundle-size: total ${mb(raw)} raw, ${mb(gzip)} gzip`);
for (const name of totals.wasm?.files ?? []) {
  const bytes = readFileSync(join(dist, name));
  const role = name.startsWith("ormplay-worker") ? "runtime worker" : "page (main thread)";
  console.log(`bundle-size: wasm ${name} (${role}): ${kb(bytes.length)} raw, ${kb(gz(bytes))} gzip, ${kb(br(bytes))} brotli`);
}

// ---- 2. what each dependency costs in the wasm ----

for (const preOpt of preOpts) {
  if (existsSync(preOpt)) {
    breakdown(readFileSync(preOpt), preOpt);
  } else {
    console.log(`\n(no breakdown: ${preOpt} not found; it is the cargo output of \`trunk build --release\`)`);
  }
}

if (gzip > BUDGET_GZIP) {
  console.error(`bundle-size: FAIL, ${mb(gzip)} gzip is over the ${mb(BUDGET_GZIP)} budget`);
  process.exit(1);
}

function breakdown(bytes, preOpt) {
  const module = parseWasm(bytes);
  const groups = new Map(GROUPS.map(([name]) => [name, { count: 0, raw: 0, bodies: [] }]));
  const other = { count: 0, raw: 0, bodies: [] };
  const otherCrates = new Map();
  let named = 0;
  module.bodies.forEach((body, i) => {
    const name = module.names.get(module.importedFunctions + i);
    if (name !== undefined) named += 1;
    const text = demangle(name ?? "");
    // SQLite's static C functions (`yy_reduce`, `balance`, ...) are plain identifiers, unlike Rust's
    // mangled paths: the only C in the build is SQLite's amalgamation and its libc shim.
    const hit =
      GROUPS.find(([, re]) => re.test(text)) ??
      (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name ?? "") && !/^(__wbg|__wbindgen|__externref)/.test(name) ? GROUPS.find(([g]) => g === SQLITE_GROUP) : undefined);
    const g = hit ? groups.get(hit[0]) : other;
    g.count += 1;
    g.raw += body.length;
    g.bodies.push(body);
    if (!hit) {
      const crate = (text.match(/[A-Za-z_][A-Za-z0-9_]*/) ?? ["(unnamed)"])[0];
      otherCrates.set(crate, (otherCrates.get(crate) ?? 0) + body.length);
    }
  });
  const codeRaw = module.bodies.reduce((n, b) => n + b.length, 0);
  console.log(`\nwasm breakdown (before wasm-bindgen/wasm-opt: ${preOpt})`);
  console.log(`  ${module.bodies.length} functions, ${named} named; code ${kb(codeRaw)}, data ${kb(module.data.length)}`);
  console.log(`  ${pad("group", 34)} ${lpad("fns", 6)} ${lpad("code raw", 11)} ${lpad("code gzip", 11)} ${lpad("share", 7)}`);
  const rows = [...groups.entries(), ["other", other]].sort((a, b) => b[1].raw - a[1].raw);
  for (const [name, g] of rows) {
    if (g.count === 0) continue;
    const share = `${((100 * g.raw) / Math.max(1, codeRaw)).toFixed(1)}%`;
    console.log(`  ${pad(name, 34)} ${lpad(g.count, 6)} ${lpad(kb(g.raw), 11)} ${lpad(kb(gz(Buffer.concat(g.bodies))), 11)} ${lpad(share, 7)}`);
  }
  console.log(`  ${pad("constant data (all crates)", 34)} ${lpad("", 6)} ${lpad(kb(module.data.length), 11)} ${lpad(kb(gz(module.data)), 11)}`);
  const top = [...otherCrates.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
  if (top.length) console.log(`  "other" is mostly: ${top.map(([c, n]) => `${c} ${kb(n)}`).join(", ")}`);
  if (named === 0) console.log("  (this wasm has no name section: every function counts as other)");
}

// Mangled Rust names to readable paths: legacy (`_ZN...E`, with `$LT$`-style escapes) fully, v0 (`_R...`)
// roughly (its identifiers, in order, which is all the crate matching needs). Other names as they are.
function demangle(name) {
  if (name.startsWith("_R")) return demangleV0(name);
  if (!name.startsWith("_ZN")) return name;
  const parts = [];
  let i = 3;
  while (i < name.length && name[i] !== "E") {
    let len = 0;
    while (i < name.length && name[i] >= "0" && name[i] <= "9") len = len * 10 + Number(name[i++]);
    if (len === 0) break;
    parts.push(name.slice(i, i + len));
    i += len;
  }
  const escapes = { SP: "@", BP: "*", RF: "&", LT: "<", GT: ">", LP: "(", RP: ")", C: ",", u20: " ", u27: "'", u5b: "[", u5d: "]", u7b: "{", u7d: "}", u3b: ";", u2b: "+", u22: '"' };
  return parts
    .join("::")
    .replace(/\$([A-Za-z0-9]+)\$/g, (m, code) => escapes[code] ?? m)
    .replace(/\.\./g, "::");
}

function demangleV0(name) {
  // v0 writes each identifier after its decimal length ("9hashbrown3raw"); turning the lengths into
  // separators is enough to match crate names (disambiguator noise does not name a crate).
  return name.replace(/\d+_?/g, "::");
}

// The few parts of the wasm binary format the breakdown needs: imported function count, function
// bodies, data segments, and the `name` section's function names.
function parseWasm(buf) {
  let pos = 8; // magic + version
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = buf[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if ((byte & 0x80) === 0) return result;
    }
  };
  const str = () => {
    const len = u32();
    const s = buf.toString("utf8", pos, pos + len);
    pos += len;
    return s;
  };
  const out = { importedFunctions: 0, bodies: [], data: Buffer.alloc(0), names: new Map() };
  while (pos < buf.length) {
    const id = buf[pos++];
    const size = u32();
    const end = pos + size;
    if (id === 2) {
      for (let n = u32(); n > 0; n--) {
        str();
        str();
        const kind = buf[pos++];
        if (kind === 0) {
          u32();
          out.importedFunctions += 1;
        } else if (kind === 1) {
          pos += 1; // reftype
          skipLimits();
        } else if (kind === 2) {
          skipLimits();
        } else if (kind === 3) {
          pos += 2; // valtype, mutability
        } else {
          u32(); // tag
          u32();
        }
      }
    } else if (id === 10) {
      for (let n = u32(); n > 0; n--) {
        const len = u32();
        out.bodies.push(buf.subarray(pos, pos + len));
        pos += len;
      }
    } else if (id === 11) {
      out.data = buf.subarray(pos, end);
    } else if (id === 0) {
      const sectionName = str();
      if (sectionName === "name") {
        while (pos < end) {
          const sub = buf[pos++];
          const subSize = u32();
          const subEnd = pos + subSize;
          if (sub === 1) {
            for (let n = u32(); n > 0; n--) {
              const index = u32();
              out.names.set(index, str());
            }
          }
          pos = subEnd;
        }
      }
    }
    pos = end;
  }
  return out;

  function skipLimits() {
    const flags = u32();
    u32();
    if (flags & 1) u32();
  }
}
