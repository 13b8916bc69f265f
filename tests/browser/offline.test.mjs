// Second visits and offline (issue 15): the versioned service worker caches the release after the first
// visit; with the network off, a reload still opens the page and runs the lesson; a new release (a new
// sw.js version) replaces the old cache instead of adding to it.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, waitForOutput, setEditor } from "./harness.mjs";

const LESSON_OUTPUT = "Alice\nCharlie -> parent_id 1\nDave -> parent_id 1\nchildren left: ['Dave']\n";

describe("the service worker", () => {
  const ctx = useBrowser();

  it("opens and runs the page offline after one visit, from one versioned cache", async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // The runtime's Python modules (py/): the first lesson needs only those web/worker.js preloads
    // (fetched alongside the wasm), none fetched synchronously on import.
    const pyRequests = [];
    // The constant data tables left out of the worker's wasm (crates/lazy-data): fetched only by a program
    // that needs them, which the first lesson is not.
    const tableRequests = [];
    context.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith("/py/")) pyRequests.push(`${request.resourceType()} ${path}`);
      if (path === "/tables.bin" || path === "/names.txt") tableRequests.push(path);
    });
    await page.goto(ctx.server.url);
    await waitForOutput(page, LESSON_OUTPUT);
    assert.deepEqual(tableRequests, [], "data tables fetched by the first lesson");
    assert.ok(pyRequests.length > 0, "the preloaded modules were requested");
    assert.deepEqual(pyRequests.filter((r) => !r.startsWith("fetch ")), [], "modules fetched on import by the first lesson");
    await page.evaluate(() => navigator.serviceWorker.ready);
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1, caches.join(", "));
    assert.match(caches[0], /^ormplay-[0-9a-f]{16}$/);
    const cached = await page.evaluate((name) => caches.open(name).then((c) => c.keys()).then((k) => k.map((r) => new URL(r.url).pathname)), caches[0]);
    for (const needed of ["/index.html", "/worker.js", "/ormplay-worker_bg.wasm"]) assert.ok(cached.includes(needed), `${needed} cached`);

    await context.setOffline(true);
    await page.reload();
    await waitForOutput(page, LESSON_OUTPUT, 30_000);
    await page.locator('[data-testid="diagram"] [data-testid="entity-child"]').waitFor();
    // A module no run fetched yet comes from the cache too (the service worker caches all of py/).
    await page.locator('[data-testid="script-editor"] .cm-content').waitFor();
    await setEditor(page, "script-editor", "import textwrap, decimal\nprint(textwrap.dedent('    offline'), decimal.Decimal('1.10') + 1)\n");
    await waitForOutput(page, "offline 2.10\n");
    // So do the Unicode tables: a non-ASCII identifier is NFKC-normalised (`ﬁle` is `file`) and a
    // "\N{...}" escape named, with tables the worker fetched on first use rather than carried.
    await setEditor(page, "script-editor", "\ufb01le = 2\nprint(file, '\\N{BULLET}')\n");
    await waitForOutput(page, "2 \u2022\n");
    assert.deepEqual([...new Set(tableRequests)].sort(), ["/names.txt", "/tables.bin"], "data tables fetched on first use");

    // A new release: an older cache left behind by a previous version is deleted on activation.
    await context.setOffline(false);
    await page.evaluate(() => caches.open("ormplay-0000000000000000").then((c) => c.put("./stale", new Response("old"))));
    const sw = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    assert.ok(sw?.endsWith("/sw.js"));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.unregister();
    });
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => (await caches.keys()).length === 1, undefined, { polling: 100 });
    assert.deepEqual((await page.evaluate(() => caches.keys())).filter((n) => n === "ormplay-0000000000000000"), []);
    await context.close();
  });
});
