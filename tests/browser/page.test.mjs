// The page as a whole: it loads from the release build with zero console errors, every stable hook
// is present, the editors start with the Parent/Child lesson (already run), the theme toggle works, and
// screenshots go to test-artifacts/ (page.png, page-dark.png, page-mobile.png).

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { openApp, editorValue, artifactPath, runConsole, useBrowser } from "./harness.mjs";

const EXAMPLE = join(import.meta.dirname, "../../examples/parent-child");
const HOOKS = [
  "models-editor",
  "script-editor",
  "run",
  "share",
  "examples",
  "output",
  "sql-log",
  "diagnostics",
  "tables",
  "diagram",
  "sql-console",
  "sql-console-run",
  "lesson",
  "run-status",
  "share-status",
];

describe("the page", () => {
  const ctx = useBrowser();

  it("loads with zero console errors and shows every stable hook", async () => {
    const started = performance.now();
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    console.log(`# page ready (both editors up) in ${Math.round(performance.now() - started)} ms`);
    assert.equal(await page.locator("header h1").textContent(), "ormplay");
    for (const id of HOOKS) assert.equal(await page.getByTestId(id).count(), 1, `exactly one [data-testid=${id}]`);
    assert.equal(await page.locator('[data-testid="diagram"] svg').count(), 1, "the diagram pane holds an <svg>");
    assert.equal(await page.locator("#boot").count(), 0, "the loading message is gone");
    await page.waitForTimeout(300); // let any late error surface
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("starts the editors with the Parent/Child example, exactly", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    assert.equal(await editorValue(page, "models-editor"), await readFile(join(EXAMPLE, "models.py"), "utf8"));
    assert.equal(await editorValue(page, "script-editor"), await readFile(join(EXAMPLE, "script.py"), "utf8"));
    assert.equal(await page.getByTestId("examples").inputValue(), "parent-child");
    // Python highlighting is on: keywords get a highlight class from the syntax tree.
    assert.ok((await page.locator('[data-testid="models-editor"] .cm-line span').count()) > 10);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("runs the lesson at once, and Run runs it again", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    const output = page.getByTestId("output");
    await page.getByTestId("table-child").waitFor();
    const first = await output.textContent();
    assert.match(first, /^Alice\n/);
    await page.getByTestId("run").click();
    assert.equal(await output.textContent(), first);
    assert.match(await page.getByTestId("run-status").textContent(), /^Finished in \d+ ms$/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("toggles between light and dark", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url, { colorScheme: "light" });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.getByTestId("theme-toggle").click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
    assert.notEqual(await background(), light);
    await page.reload();
    await page.locator('[data-testid="models-editor"] .cm-content').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark", "the choice survives a reload");
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("writes screenshots of the page (light, dark, phone)", async () => {
    const shots = [
      { name: "page.png", colorScheme: "light", viewport: { width: 1440, height: 1000 } },
      { name: "page-dark.png", colorScheme: "dark", viewport: { width: 1440, height: 1000 } },
      { name: "page-mobile.png", colorScheme: "light", viewport: { width: 390, height: 844 } },
    ];
    for (const shot of shots) {
      const { page, problems } = await openApp(ctx.browser, ctx.server.url, shot);
      await runConsole(page, "SELECT p.name, c.name FROM parent p JOIN child c ON c.parent_id = p.id;");
      await page.getByTestId("table-parent").waitFor();
      await page.locator('[data-testid="diagram"] [data-testid="entity-child"]').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      const path = await artifactPath(shot.name);
      await page.screenshot({ path, fullPage: true });
      const png = await readFile(path);
      assert.equal(png.subarray(1, 4).toString(), "PNG");
      assert.deepEqual(problems, []);
      await page.context().close();
    }
  });
});
