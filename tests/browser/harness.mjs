// Shared by every browser test file: serve the release build in dist/ from 127.0.0.1 on a random free
// port, launch Debian's headless Chromium through playwright-core (no downloaded browsers here; see
// ../../../shared/TOOLCHAIN.md for the flags), and open the page while recording every console error,
// uncaught exception and failed request, so each test can assert there were none.

import { createServer } from "node:http";
import { readFile, stat, mkdir } from "node:fs/promises";
import { extname, join, normalize, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = resolve(process.env.ORMPLAY_DIST ?? join(ROOT, "dist"));
export const ARTIFACTS = join(ROOT, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".py": "text/plain; charset=utf-8",
};

/** Serves `root` on 127.0.0.1 at a free port. Resolves to { url, close }. `onSent(path, bytes)`, if
 *  given, hears of every response body sent (the page benchmark counts bytes with it). */
export async function serve(root = DIST, { onSent } = {}) {
  await stat(join(root, "index.html")).catch(() => {
    throw new Error(`no build in ${root}: run \`trunk build --release\` first (scripts/browser-test.sh does)`);
  });
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const type = MIME[extname(file)] ?? "application/octet-stream";
      // Revalidation as a static server does it (an ETag, and 304 when it still matches), so the
      // service worker's precache does not download what the page just loaded.
      const info = await stat(file);
      const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag, "cache-control": "no-cache" }).end();
        return;
      }
      // Like a production server: the release build's pre-compressed copy when the browser takes it.
      const accepts = String(req.headers["accept-encoding"] ?? "");
      for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
        if (!accepts.includes(encoding)) continue;
        const packed = await readFile(file + suffix).catch(() => null);
        if (packed) {
          res.writeHead(200, { "content-type": type, "content-encoding": encoding, "content-length": packed.length, vary: "accept-encoding", etag, "cache-control": "no-cache" });
          res.end(packed);
          onSent?.(path, packed.length);
          return;
        }
      }
      const body = await readFile(file);
      res.writeHead(200, { "content-type": type, "content-length": body.length, etag, "cache-control": "no-cache" });
      res.end(body);
      onSent?.(path, body.length);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches headless Chromium (playwright-core gives it a fresh temporary profile). */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/**
 * Opens the app in a new page and waits until both editors are up. Returns { page, problems }:
 * `problems` collects console errors, page errors and failed requests for the page's lifetime.
 */
export async function openApp(browser, url, { colorScheme = "light", viewport = { width: 1440, height: 1000 }, serviceWorkers = "allow" } = {}) {
  const context = await browser.newContext({ colorScheme, viewport, serviceWorkers });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => {
    // A download cut short by leaving the page (reload, navigation) is not a failure of the page.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  await page.locator('[data-testid="models-editor"] .cm-content').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="script-editor"] .cm-content').waitFor({ timeout: 30_000 });
  return { page, problems };
}

/** The full text of the editor under `[data-testid=testid]`, read from CodeMirror's own state. */
export function editorValue(page, testid) {
  return page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.ormplayEditor?.getValue(), testid);
}

/**
 * Asserts that the editor under `[data-testid=testid]` holds `expected`, waiting up to `timeout` ms for
 * it: CodeMirror is created a few frames after the page mounts, and text set by the app reaches it in
 * an effect, so a read right after some other element appears could see no editor or the old text.
 */
export async function expectEditor(page, testid, expected, message, timeout = 10_000) {
  await page
    .waitForFunction(
      ([id, text]) => document.querySelector(`[data-testid="${id}"]`)?.ormplayEditor?.getValue() === text,
      [testid, expected],
      { timeout },
    )
    .catch(() => {});
  assert.equal(await editorValue(page, testid), expected, message);
}

/** Runs SQL through the console the way a person does: open its tab, fill the input, press Run SQL. */
export async function runConsole(page, sql) {
  await page.getByTestId("tab-console").click();
  await page.getByTestId("sql-console").fill(sql);
  await page.getByTestId("sql-console-run").click();
}

export async function artifactPath(name) {
  await mkdir(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/**
 * Replaces the text of the editor under `[data-testid=testid]` the way a paste does (click, select
 * all, insert), so the page sees an ordinary edit (and re-runs after its debounce).
 */
export async function setEditor(page, testid, text) {
  await page.locator(`[data-testid="${testid}"] .cm-content`).click();
  await page.keyboard.press("ControlOrMeta+a");
  if (text === "") await page.keyboard.press("Delete");
  else await page.keyboard.insertText(text);
}

/** The page's run counter: how many runs of the two files the page has finished (0 before the first). */
export async function runCount(page) {
  return Number(await page.getByTestId("run-status").getAttribute("data-run-count"));
}

/** Waits until the run counter is above `after` (a run finished after that count was read). */
export function waitForRunAfter(page, after, timeout = 15_000) {
  return page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="run-status"]')?.dataset.runCount) > n,
    after,
    { timeout },
  );
}

/** Waits until the page's output `<pre>` holds exactly `text`. */
export function waitForOutput(page, text, timeout = 15_000) {
  return page.waitForFunction(
    (expected) => document.querySelector('[data-testid="output"]')?.textContent === expected,
    text,
    { timeout },
  );
}

/** The rows of the data grid inside `locator`, as arrays of cell texts. */
export function gridRows(locator) {
  return locator
    .locator("table.grid tbody tr:not(.no-rows)")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
}

/** For a `describe` block: starts the static server and Chromium before its tests and stops both after.
 *  Returns `{ server, browser }`, filled in once the suite starts. */
export function useBrowser() {
  const ctx = {};
  before(async () => {
    ctx.server = await serve();
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
