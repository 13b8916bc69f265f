// The precomputed first view (issue 15): a cold open shows the first lesson complete — output, tables
// and diagram — before any wasm has run, then the app shows the lesson's precomputed run the moment it
// mounts, before the runtime worker has compiled, and the worker's own run replaces it without the
// panes changing. What the shell and the precomputed run show must be exactly what the real run shows.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, gridRows, waitForRunAfter, runCount, setEditor, waitForOutput } from "./harness.mjs";

const LESSON_OUTPUT = "Alice\nCharlie -> parent_id 1\nDave -> parent_id 1\nchildren left: ['Dave']\n";
/** The page's own wasm (Trunk hashes its name), not the runtime worker's. */
const PAGE_WASM = /\/ormplay-(?!worker)[^/]*_bg\.wasm$/;

/** Holds back everything the runtime worker says (its progress, "ready" and answers) until
 *  `window.releaseWorker()`, then hands it to whatever handler is set by then: a very slow worker. */
function holdWorker() {
  const Native = window.Worker;
  const workers = [];
  let released = false;
  window.releaseWorker = () => {
    released = true;
    for (const w of workers) for (const event of w.held.splice(0)) w.handler?.(event);
  };
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.held = [];
      this.handler = null;
      workers.push(this);
      super.onmessage = (event) => (released ? this.handler?.(event) : this.held.push(event));
    }
    set onmessage(handler) {
      this.handler = handler;
    }
    get onmessage() {
      return this.handler;
    }
  };
}

/** What a grid section shows: its caption or heading, and its rows. */
async function shellTables(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("#boot-tables table")].map((t) => [
        t.caption.textContent,
        [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)),
      ]),
    ),
  );
}

/** The diagram's markup without what the viewport adds for keyboard use (tabindex, role). */
function drawing(page, selector) {
  return page.evaluate((selector) => {
    const svg = document.querySelector(selector)?.cloneNode(true);
    if (!svg) return null;
    for (const el of [svg, ...svg.querySelectorAll("*")]) {
      el.removeAttribute("tabindex");
      el.removeAttribute("role");
    }
    return svg.outerHTML;
  }, selector);
}

describe("the first view", () => {
  const ctx = useBrowser();

  it("the shell shows the whole first lesson before any wasm, exactly as the real run shows it", async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 1000 }, colorScheme: "light" });
    const page = await context.newPage();
    let release;
    const gate = new Promise((ok) => (release = ok));
    await page.route(PAGE_WASM, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(ctx.server.url);
    await page.locator("#boot-diagram svg").waitFor({ timeout: 30_000 });
    const shell = {
      output: await page.locator("#boot-output").textContent(),
      tables: await shellTables(page),
      diagram: await drawing(page, "#boot-diagram svg"),
    };
    assert.equal(shell.output, LESSON_OUTPUT);
    assert.ok(shell.diagram.includes('data-testid="entity-child"'), "the diagram is drawn");
    // Nothing of the app is there yet: this is the shell alone.
    assert.equal(await page.locator('[data-testid="output"]').count(), 0);

    release();
    await waitForRunAfter(page, 0, 60_000);
    assert.equal(await page.locator("#boot").count(), 0, "the app replaced the shell");
    assert.equal(await page.getByTestId("output").textContent(), shell.output);
    for (const [name, rows] of Object.entries(shell.tables)) {
      assert.deepEqual(await gridRows(page.getByTestId(`table-${name}`)), rows, `table ${name}`);
    }
    assert.deepEqual(Object.keys(shell.tables).sort(), ["child", "parent"]);
    assert.equal(await drawing(page, '[data-testid="diagram"] svg'), shell.diagram, "the same drawing, byte for byte");
    await context.close();
  });

  it("the shell is complete when the HTML has parsed: its first view is in index.html, not fetched", async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // No wasm arrives, and a request for a separate first view would never be answered.
    await page.route(/_bg\.wasm$/, () => {});
    const asked = [];
    page.on("request", (request) => asked.push(new URL(request.url()).pathname));
    await page.route(/first-view\.json$/, () => {});
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        window.atParsed = {
          output: document.getElementById("boot-output")?.textContent,
          tables: document.querySelectorAll("#boot-tables table").length,
          diagram: Boolean(document.querySelector("#boot-diagram svg [data-testid=entity-child]")),
        };
      });
    });
    await page.goto(ctx.server.url);
    await page.waitForFunction(() => window.atParsed, undefined, { timeout: 30_000 });
    assert.deepEqual(await page.evaluate(() => window.atParsed), { output: LESSON_OUTPUT, tables: 2, diagram: true });
    assert.deepEqual(asked.filter((path) => path.includes("first-view")), [], "no request for the first view");
    await context.close();
  });

  it("the app shows the precomputed run before the runtime is ready, and the real run keeps its panes", async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 1000 }, colorScheme: "dark" });
    const page = await context.newPage();
    await page.addInitScript(holdWorker);
    await page.goto(ctx.server.url);
    await page.locator('[data-testid="script-editor"] .cm-content').waitFor({ timeout: 30_000 });
    // The runtime has said nothing yet (not even "ready"), and the lesson is shown whole.
    await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent.includes("children left"), undefined, { timeout: 30_000 });
    assert.equal(await page.getByTestId("output").textContent(), LESSON_OUTPUT);
    assert.equal(await runCount(page), 0, "no run of the runtime yet");
    assert.deepEqual(await gridRows(page.getByTestId("table-child")), [["2", "1", "Dave"]]);
    await page.locator('[data-testid="diagram"] [data-testid="entity-child"]').waitFor();
    // Mark the panes' nodes: the real run must leave them in place (keyed by content, equal content).
    await page.evaluate(() => {
      document.querySelector('[data-testid="table-child"]').dataset.kept = "yes";
      document.querySelector('[data-testid="diagram"] svg').dataset.kept = "yes";
    });
    const seeded = await drawing(page, '[data-testid="diagram"] svg');

    await page.evaluate(() => window.releaseWorker());
    await waitForRunAfter(page, 0, 60_000);
    assert.equal(await runCount(page), 1, "the runtime's run is run 1");
    assert.equal(await page.getByTestId("output").textContent(), LESSON_OUTPUT);
    assert.equal(await page.getByTestId("table-child").getAttribute("data-kept"), "yes", "the table was not re-rendered");
    assert.equal(await page.locator('[data-testid="diagram"] svg').getAttribute("data-kept"), "yes", "the diagram was not redrawn");
    assert.equal(await drawing(page, '[data-testid="diagram"] svg'), seeded);
    assert.match(await page.getByTestId("run-status").textContent(), /^Finished in \d+ ms$/);
    await context.close();
  });

  it("what is typed while the runtime loads is run when it is ready", async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.addInitScript(holdWorker);
    await page.goto(ctx.server.url);
    await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent.includes("children left"), undefined, { timeout: 30_000 });
    await page.locator('[data-testid="script-editor"] .cm-content').click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText("print('typed early')\n");
    await page.waitForTimeout(600);
    assert.equal(await runCount(page), 0);
    await page.evaluate(() => window.releaseWorker());
    await waitForOutput(page, `${LESSON_OUTPUT}typed early\n`, 60_000);
    await context.close();
  });

  it("other code never shows the lesson's precomputed run", async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.goto(ctx.server.url);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="run-status"]')?.dataset.runCount) > 0, undefined, { timeout: 60_000 });
    await setEditor(page, "script-editor", "print('mine')\n");
    await waitForOutput(page, "mine\n");
    // Reload with the runtime held: the autosave (not the lesson) is in the editors, so nothing shows.
    await page.addInitScript(holdWorker);
    await page.reload();
    await page.locator('[data-testid="script-editor"] .cm-content').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    assert.equal(await page.getByTestId("output").textContent(), "");
    assert.equal(await page.getByTestId("table-child").count(), 0);
    await page.evaluate(() => window.releaseWorker());
    await waitForOutput(page, "mine\n", 60_000);
    await context.close();
  });
});
