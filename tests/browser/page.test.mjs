// The page as a whole: it loads from the release build with zero console errors, every stable hook
// is present, the editors start with the Parent/Child lesson (already run), Run makes a new run, and the
// theme toggle works. (Screenshots are not tests: scripts/screenshots.mjs writes them.)

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { openApp, editorValue, useBrowser, runCount, waitForRunAfter, setEditor, waitForOutput } from "./harness.mjs";

const EXAMPLE = join(import.meta.dirname, "../../examples/parent-child");
const LESSON_OUTPUT = "Alice\nCharlie -> parent_id 1\nDave -> parent_id 1\nchildren left: ['Dave']\n";
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
    await waitForOutput(page, LESSON_OUTPUT);
    await page.getByTestId("table-child").waitFor();
    // The precomputed first view shows before the runtime's own run (tests/browser/first-view.test.mjs).
    await waitForRunAfter(page, 0, 30_000);
    const before = await runCount(page);
    assert.ok(before >= 1, `the lesson ran at start (run count ${before})`);
    await page.getByTestId("run").click();
    await waitForRunAfter(page, before);
    assert.equal(await runCount(page), before + 1, "one click, one new run");
    assert.equal(await page.getByTestId("output").textContent(), LESSON_OUTPUT);
    assert.match(await page.getByTestId("run-status").textContent(), /^Finished in \d+ ms$/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("Run runs the code in the editors now, not an older result", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await waitForOutput(page, LESSON_OUTPUT);
    // Run before the edit's automatic re-run can start: the click alone must produce the new output.
    await page.evaluate(() => {
      document.querySelector('[data-testid="script-editor"]').ormplayEditor.setValue("print(6 * 7)\n");
      document.querySelector('[data-testid="run"]').click();
    });
    await waitForOutput(page, "42\n");
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("shows the loading shell (lesson, code, precomputed result, progress) before any wasm arrives", async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.route(/_bg\.wasm$/, () => {}); // the wasm never arrives
    await page.goto(ctx.server.url);
    await page.locator("#boot-tables table").first().waitFor();
    assert.equal(await page.locator("#boot-models").textContent(), await readFile(join(EXAMPLE, "models.py"), "utf8"));
    assert.equal(await page.locator("#boot-script").textContent(), await readFile(join(EXAMPLE, "script.py"), "utf8"));
    assert.equal(await page.locator("#boot-output").textContent(), LESSON_OUTPUT);
    assert.equal(await page.locator("#boot-title").textContent(), "Lesson: Parent and children");
    assert.equal(await page.locator("#boot-progress").count(), 1);
    assert.equal(await page.getByTestId("models-editor").count(), 0, "the app has not mounted");
    await context.close();
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

});
