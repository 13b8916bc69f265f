#!/usr/bin/env node
// The page benchmark (issue 15), run on demand — never part of the test command:
//   node scripts/bench-page.mjs [RUNS]      (after `trunk build --release`; RUNS defaults to 5)
// Prints, for the release build in dist/ in headless Chromium: cold open of the first lesson and of the
// chatbot link (until output, tables and diagram are rendered), main-thread long tasks during the cold
// open, edit → output latency (p50/p95), Run → next frame latency, the 100-table / 1,000-row case (cold
// open, Run, edit), and the bytes a cold open downloads before the lesson is rendered (as served:
// brotli when pre-compressed), apart from what the service worker then caches in the background. Each
// time is also given as a ratio to a baseline measured in the same run — a fixed JavaScript workload
// in the same browser (sorting and JSON) — so figures compare across machines.

import { serve, launch, setEditor } from "../tests/browser/harness.mjs";

const RUNS = Number(process.argv[2]) || 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

let sent = 0;
const server = await serve(undefined, { onSent: (_, bytes) => (sent += bytes) });
const browser = await launch();

async function fresh(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: true });
    } catch (e) {}
  });
  return { context, page };
}

/** Opens `url` in a fresh profile; resolves when the output, a table and a diagram entity are drawn.
 *  `marks` (name → predicate, checked every frame from the start) records when each first held.
 *  `bytes` is what was downloaded until then; with `background`, also what the service worker
 *  downloads afterwards to cache the release (`later`: until it is active and the network is quiet). */
async function coldOpen(url, ready, marks = {}, background = false) {
  const { context, page } = await fresh();
  await page.addInitScript((sources) => {
    window.__marks = {};
    const checks = Object.entries(sources).map(([name, source]) => [name, (0, eval)(`(${source})`)]);
    const tick = () => {
      for (const [name, check] of checks) if (!(name in window.__marks) && check()) window.__marks[name] = performance.now();
      if (Object.keys(window.__marks).length < checks.length) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, Object.fromEntries(Object.entries(marks).map(([name, f]) => [name, f.toString()])));
  sent = 0;
  await page.goto(url);
  await page.waitForFunction(ready, undefined, { timeout: 60_000, polling: "raf" });
  const ms = await page.evaluate(() => performance.now());
  if (Object.keys(marks).length) await page.waitForFunction((n) => Object.keys(window.__marks).length >= n, Object.keys(marks).length, { timeout: 60_000 });
  const at = await page.evaluate(() => window.__marks);
  const tasks = await page.evaluate(() => window.__longTasks);
  const bytes = sent;
  let later = 0;
  if (background) {
    await page.evaluate(() => navigator.serviceWorker.ready);
    for (let last = -1; last !== sent; ) {
      last = sent;
      await page.waitForTimeout(500);
    }
    later = sent - bytes;
  }
  await context.close();
  return { ms, tasks, bytes, later, at };
}

const lessonReady = () =>
  document.querySelector('[data-testid="output"]')?.textContent.includes("children left") &&
  document.querySelector('[data-testid="table-child"]') &&
  document.querySelector('[data-testid="entity-child"]');
// The first lesson complete in the loading shell (before any wasm) or, if it came first, in the app.
const lessonShown = () =>
  (document.getElementById("boot-output")?.textContent.includes("children left") &&
    document.querySelector("#boot-tables table") &&
    document.querySelector("#boot-diagram svg")) ||
  (document.querySelector('[data-testid="output"]')?.textContent.includes("children left") &&
    document.querySelector('[data-testid="table-child"]') &&
    document.querySelector('[data-testid="entity-child"]'));
// The runtime worker has run the lesson itself (the run counter counts only its runs).
const lessonRan = () => Number(document.querySelector('[data-testid="run-status"]')?.dataset.runCount) > 0;

const baselines = [];
{
  const { context, page } = await fresh();
  await page.goto("about:blank");
  for (let i = 0; i < RUNS; i++) {
    baselines.push(
      await page.evaluate(() => {
        const t = performance.now();
        const xs = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 100_003);
        xs.sort((a, b) => a - b);
        JSON.parse(JSON.stringify(xs.map((x) => ({ x, s: String(x) }))));
        return performance.now() - t;
      }),
    );
  }
  await context.close();
}
const base = median(baselines);
const rows = [];
const add = (name, ms, extra = "") => rows.push([name, ms, extra]);

// Cold opens of the first lesson.
const opens = [];
for (let i = 0; i < RUNS; i++) opens.push(await coldOpen(server.url, lessonReady, { shown: lessonShown, app: lessonReady, ran: lessonRan }, true));
add("cold open, first lesson: shown complete (median)", median(opens.map((o) => o.at.shown)), "output, tables, diagram: shell or app");
add("cold open, first lesson: in the app (median)", median(opens.map((o) => o.at.app)), "output, tables, diagram");
add("cold open, first lesson: run by the runtime (median)", median(opens.map((o) => o.at.ran)));
const tasks = opens.map((o) => o.tasks);
add("  long tasks during it: total (median)", median(tasks.map((t) => t.reduce((a, b) => a + b, 0))), `longest ${Math.round(Math.max(0, ...tasks.flat()))} ms`);
const bytes = median(opens.map((o) => o.bytes));
const backgroundBytes = median(opens.map((o) => o.later));

// Second visits: the same profile after the service worker cached the release.
{
  const { context, page } = await fresh();
  await page.goto(server.url);
  await page.waitForFunction(lessonReady, undefined, { timeout: 60_000 });
  // Closed mid-run, the page would take the next visit for a crash and not run the lesson.
  await page.waitForFunction(lessonRan, undefined, { timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(500);
  await page.close();
  const seconds = [];
  let secondBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const again = await context.newPage();
    sent = 0;
    await again.goto(server.url);
    await again.waitForFunction(lessonReady, undefined, { timeout: 60_000, polling: "raf" });
    seconds.push(await again.evaluate(() => performance.now()));
    secondBytes = sent;
    await again.close();
  }
  add("second visit, first lesson (median)", median(seconds), `${(secondBytes / 1e3).toFixed(1)} KB from the network`);
  await context.close();
}

// Links: the chatbot lesson, and 100 tables with 1,000 rows, made by the page's own Share.
async function linkFor(models, script, pick) {
  const { context, page } = await fresh();
  await page.goto(server.url);
  await page.locator('[data-testid="script-editor"] .cm-content').waitFor({ timeout: 60_000 });
  if (pick) await page.getByTestId("examples").selectOption(pick);
  else {
    await setEditor(page, "models-editor", models);
    await setEditor(page, "script-editor", script);
  }
  await page.getByTestId("share").click();
  await page.getByTestId("share-status").filter({ hasText: /Link/ }).waitFor();
  const url = page.url();
  await context.close();
  return url;
}
const chatbot = await linkFor(null, null, "medical-chatbot");
const chatbotOpens = [];
for (let i = 0; i < RUNS; i++)
  chatbotOpens.push(await coldOpen(chatbot, () => document.querySelector('[data-testid="entity-messages"]') && document.querySelector('[data-testid="table-messages"]') && Number(document.querySelector('[data-testid="run-status"]')?.dataset.runCount) > 0));
add("cold open, chatbot link (median)", median(chatbotOpens.map((o) => o.ms)));

const N = 100;
let models = "from sqlalchemy import Column, Integer, String, ForeignKey, create_engine\nfrom sqlalchemy.orm import declarative_base, Session\n\nBase = declarative_base()\n";
for (let i = 0; i < N; i++) {
  models += `\nclass T${i}(Base):\n    __tablename__ = "t${i}"\n    id = Column(Integer, primary_key=True)\n    name = Column(String)\n`;
  if (i > 0) models += `    t${i - 1}_id = Column(Integer, ForeignKey("t${i - 1}.id"))\n`;
}
models += '\nengine = create_engine("sqlite://")\nBase.metadata.create_all(engine)\n';
let script = "session = Session(engine)\n";
for (let i = 0; i < N; i++) script += `session.add_all([T${i}(name="row %d" % k) for k in range(10)])\n`;
script += "session.commit()\nprint('done')\n";
const big = await linkFor(models, script);
// Every table listed (those far down the pane are drawn when scrolled near), the first one's rows drawn.
const bigReady = () =>
  document.querySelector('[data-testid="output"]')?.textContent === "done\n" &&
  document.querySelector('[data-testid="table-t99"]') &&
  document.querySelector('[data-testid="table-t0"] table.grid tbody tr') &&
  document.querySelector('[data-testid="entity-t99"]');
const bigOpens = [];
for (let i = 0; i < Math.min(RUNS, 3); i++) bigOpens.push(await coldOpen(big, bigReady));
add("cold open, 100 tables / 1,000 rows (median)", median(bigOpens.map((o) => o.ms)));

/** Run → the run counter moves and the next frame is drawn; then edit → output shows it. */
async function interactive(url, ready, label, edits) {
  const { context, page } = await fresh();
  await page.goto(url);
  await page.waitForFunction(ready, undefined, { timeout: 60_000 });
  const runs = [];
  for (let i = 0; i < 10; i++) {
    runs.push(
      await page.evaluate(
        () =>
          new Promise((done) => {
            const status = document.querySelector('[data-testid="run-status"]');
            const before = Number(status.dataset.runCount);
            const t = performance.now();
            new MutationObserver((_, o) => {
              if (Number(status.dataset.runCount) > before) {
                o.disconnect();
                const answered = Number(/in (\d+) ms/.exec(status.textContent)?.[1] ?? NaN);
                requestAnimationFrame(() => done([performance.now() - t, answered]));
              }
            }).observe(status, { attributes: true });
            document.querySelector('[data-testid="run"]').click();
          }),
      ),
    );
  }
  const answers = runs.map((r) => r[1]);
  const totals = runs.map((r) => r[0]);
  add(`Run → next frame, ${label} (p50)`, median(totals), `p95 ${Math.round(pct(totals, 95))} ms`);
  add(`  of which the runtime's answer (p50)`, median(answers), "request → reply decoded (the run status)");
  const latencies = [];
  await page.locator('[data-testid="script-editor"] .cm-content').click();
  for (let i = 0; i < edits; i++) {
    await page.keyboard.press("ControlOrMeta+End");
    const t = await page.evaluate(() => performance.now());
    await page.keyboard.insertText(`print(${1000 + i})\n`);
    await page.waitForFunction((n) => document.querySelector('[data-testid="output"]').textContent.includes(`${n}\n`), 1000 + i, { polling: "raf" });
    latencies.push((await page.evaluate(() => performance.now())) - t);
  }
  add(`edit → output, ${label} (p50)`, median(latencies), `p95 ${Math.round(pct(latencies, 95))} ms`);
  await context.close();
}
await interactive(server.url, lessonReady, "first lesson", 20);
await interactive(big, bigReady, "100 tables", 8);

// A slow link: 1.5 Mbit/s down, 40 ms latency (Chromium's network emulation), fresh profile. The
// shell's first contentful paint (header, lesson text and code as text), then the lesson rendered.
{
  // No service worker here: its requests would bypass the page's network emulation.
  const { context, page } = await fresh({ serviceWorkers: "block" });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 40, downloadThroughput: 1.5e6 / 8, uploadThroughput: 1.5e6 / 8 });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { timeout: 120_000 });
  const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime);
  const shell = await page.evaluate(() => document.getElementById("boot-models")?.textContent.length > 0);
  await page.waitForFunction(lessonReady, undefined, { timeout: 180_000 });
  const done = await page.evaluate(() => performance.now());
  add("1.5 Mbit/s: first contentful paint (the shell)", fcp, shell ? "shows the code" : "");
  add("1.5 Mbit/s: first lesson rendered", done);
  await context.close();
}

console.log(`ormplay page benchmark: ${RUNS} runs, headless Chromium, 1280×720, localhost`);
console.log(`baseline (fixed JS workload, same browser): ${base.toFixed(1)} ms — ratios below are figure / baseline`);
for (const [name, ms, extra] of rows) {
  console.log(`  ${name.padEnd(46)} ${String(Math.round(ms)).padStart(6)} ms  ${(ms / base).toFixed(2).padStart(7)}×  ${extra}`);
}
console.log(`  ${"bytes on a cold open, until rendered (as served)".padEnd(46)} ${(bytes / 1e6).toFixed(2).padStart(6)} MB`);
console.log(`  ${"  then cached by the service worker".padEnd(46)} ${(backgroundBytes / 1e6).toFixed(2).padStart(6)} MB  in the background`);
await browser.close();
await server.close();
