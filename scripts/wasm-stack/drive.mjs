// Drives headless Chromium through the probes: node drive.mjs URL [--search] FILE...
// Each probe runs with the page's limits in a Web Worker and is checked against its `# expect:` or
// `# page:` line; with --search, prints the highest recursion limit each probe survives instead.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const [url, ...rest] = process.argv.slice(2);
const search = rest[0] === "--search";
const files = search ? rest.slice(1) : rest;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium" });
const page = await browser.newPage();
await page.goto(url);
const run = (program, recursion, stack) =>
  page.evaluate(([p, r, s]) => window.runProbe(p, r, s), [program, recursion, stack]);
const crashed = (out) => out.startsWith("CRASH");
let wrong = 0;
for (const file of files) {
  const program = fs.readFileSync(file, "utf8");
  const name = path.basename(file, ".py");
  if (search) {
    // The byte guard is lifted (16 MiB) so that only the engine's stack decides.
    let [ok, bad] = [10, 2000];
    if (!crashed(await run(program, bad, 16384))) {
      console.log(`${name.padStart(34)}: survives ${bad} levels`);
      continue;
    }
    while (bad - ok > 5) {
      const mid = (ok + bad) >> 1;
      if (crashed(await run(program, mid, 16384))) bad = mid;
      else ok = mid;
    }
    const [, used] = (await run(program, ok, 16384)).split("|");
    console.log(`${name.padStart(34)}: survives ${ok} levels, ${Math.round(used / 1024)} KiB of wasm stack there`);
    continue;
  }
  const expect = (program.match(/^# expect: (.*)$/m) || program.match(/^# page: (.*)$/m) || [])[1];
  const [verdict, used] = (await run(program, 0, 0)).split("|");
  const ok = verdict === expect;
  if (!ok) wrong += 1;
  console.log(`${ok ? "ok  " : "FAIL"} ${name.padStart(34)}: ${verdict} (${Math.round((used || 0) / 1024)} KiB of wasm stack)${ok ? "" : `, expected ${expect}`}`);
}
await browser.close();
if (!search) {
  console.log(`${files.length - wrong} passed, ${wrong} failed`);
  process.exit(wrong ? 1 : 0);
}
