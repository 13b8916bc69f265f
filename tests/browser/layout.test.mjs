// A page that fits a laptop (issue 14): at 1280×720 both editors, the output, a table and the diagram
// are on screen without scrolling and the diagram's text is at least 10 px; splitters resize and the
// sizes survive a reload; any pane maximises (Esc restores); the lesson collapses; half-typed code
// keeps the last good run; the lesson label tells the truth; the keyboard reaches everything
// (Ctrl/⌘+Enter, ?, diagram tables); the text exports work; and axe finds nothing serious.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { openApp, setEditor, waitForOutput, useBrowser, runCount, waitForRunAfter, editorValue, expectEditor } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const LESSON = join(import.meta.dirname, "../../examples/parent-child");
const LESSON_OUTPUT = "Alice\nCharlie -> parent_id 1\nDave -> parent_id 1\nchildren left: ['Dave']\n";
const LAPTOP = { width: 1280, height: 720 };

/** The box of the element `selector` and whether it lies inside the viewport. */
function onScreen(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return { found: false };
    const r = el.getBoundingClientRect();
    const inside = r.width > 8 && r.height > 8 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    return { found: true, inside, box: [r.left, r.top, r.right, r.bottom].map(Math.round) };
  }, selector);
}

/** On-screen size of the diagram's column-name text: its SVG font size times the viewport's scale. */
function diagramTextPx(page) {
  return page.evaluate(() => {
    const viewport = document.querySelector(".diagram-viewport");
    const text = viewport.querySelector("text.name");
    return parseFloat(getComputedStyle(text).fontSize) * Number(viewport.dataset.scale);
  });
}

describe("the page layout", () => {
  const ctx = useBrowser();

  it("at 1280×720 both editors, the output, a table and the diagram are on screen, text ≥ 10 px", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url, { viewport: LAPTOP });
    await waitForOutput(page, LESSON_OUTPUT);
    await page.locator('[data-testid="diagram"] [data-testid="entity-child"]').waitFor();
    for (const selector of [
      '[data-testid="models-editor"]',
      '[data-testid="script-editor"]',
      '[data-testid="output"]',
      '[data-testid="table-parent"] h3',
      '[data-testid="table-parent"] table.grid',
      '[data-testid="diagram"] [data-testid="entity-parent"]',
    ]) {
      const where = await onScreen(page, selector);
      assert.ok(where.found && where.inside, `${selector} is on screen: ${JSON.stringify(where)}`);
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight), true, "no page scroll");
    const px = await diagramTextPx(page);
    assert.ok(px >= 10, `diagram text at ${px.toFixed(1)} px`);

    // The 8-table chatbot too: readable by default, panned rather than shrunk.
    await page.getByTestId("examples").selectOption("medical-chatbot");
    await page.locator('[data-testid="diagram"] [data-testid="entity-messages"]').waitFor();
    const chatbot = await diagramTextPx(page);
    assert.ok(chatbot >= 10, `chatbot diagram text at ${chatbot.toFixed(1)} px`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("splitters resize the panes, and the sizes survive a reload", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url, { viewport: LAPTOP });
    const width = () => page.locator(".code-column").evaluate((el) => el.getBoundingClientRect().width);
    const before = await width();
    const splitter = await page.locator('[data-split="code"]').boundingBox();
    await page.mouse.move(splitter.x + 4, splitter.y + splitter.height / 2);
    await page.mouse.down();
    await page.mouse.move(splitter.x + 4 - 200, splitter.y + splitter.height / 2, { steps: 5 });
    await page.mouse.up();
    const after = await width();
    assert.ok(Math.abs(after - (before - 200)) < 12, `code column ${before} → ${after}`);
    // The keyboard moves it too.
    await page.locator('[data-split="diagram"]').focus();
    const diagramHeight = () => page.locator(".diagram-pane").evaluate((el) => el.getBoundingClientRect().height);
    const tall = await diagramHeight();
    await page.keyboard.press("ArrowDown");
    assert.ok((await diagramHeight()) > tall, "ArrowDown grows the diagram");
    await page.reload();
    await page.locator('[data-testid="models-editor"] .cm-content').waitFor();
    assert.ok(Math.abs((await width()) - after) < 4, "the size is remembered");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("maximises a pane (Esc restores) and collapses the lesson", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url, { viewport: LAPTOP });
    await page.getByTestId("maximize-diagram").click();
    const box = await page.locator(".diagram-pane").boundingBox();
    assert.ok(box.width > 1200 && box.height > 600, `maximised: ${JSON.stringify(box)}`);
    await page.keyboard.press("Escape");
    assert.ok((await page.locator(".diagram-pane").boundingBox()).width < 800, "restored");

    const script = async () => (await page.locator(".area-script").boundingBox()).height;
    const withLesson = await script();
    await page.getByTestId("lesson-toggle").click();
    assert.equal(await page.getByTestId("lesson-toggle").getAttribute("aria-expanded"), "false");
    assert.ok((await script()) > withLesson, "the editors get the room");
    await page.reload();
    await page.getByTestId("lesson-toggle").waitFor();
    assert.equal(await page.getByTestId("lesson-toggle").getAttribute("aria-expanded"), "false", "remembered");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("half-typed code keeps the last good run, dimmed, until it parses", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url, { viewport: LAPTOP });
    await waitForOutput(page, LESSON_OUTPUT);
    const models = await editorValue(page, "models-editor");
    const before = await runCount(page);
    await setEditor(page, "models-editor", `${models}\nclass Tag(Base):\n`);
    await waitForRunAfter(page, before);
    await page.getByTestId("stale-note").waitFor();
    assert.equal(await page.locator('[data-testid="diagram"] [data-testid^="entity-"]').count(), 2, "the diagram stays");
    assert.equal(await page.getByTestId("output").textContent(), LESSON_OUTPUT, "the output stays");
    assert.deepEqual(await page.getByTestId("table-child").locator("table.grid tbody tr").count(), 1, "the tables stay");
    // The syntax error is on the half-typed class line (the models' lines, a blank one, then the class).
    const classLine = models.split("\n").length + 1;
    const place = await page.getByTestId("diagnostics").locator(".diagnostic.error .place").first().textContent();
    assert.ok(place.startsWith(`models.py:${classLine}:`), place);
    await setEditor(page, "models-editor", models);
    await page.getByTestId("stale-note").waitFor({ state: "detached" });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("says when the code is no longer the lesson's, resets it, and links carry the lesson only when unchanged", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url, { viewport: LAPTOP });
    const title = page.getByTestId("lesson-title");
    assert.equal(await title.textContent(), "Lesson: Parent and children");
    await setEditor(page, "script-editor", "print('mine')\n");
    await waitForOutput(page, "mine\n");
    assert.equal(await title.textContent(), "Your code (edited from: Parent and children)");
    assert.equal(await page.getByTestId("examples").inputValue(), "", "the picker no longer names the lesson");
    await page.getByTestId("share").click();
    await page.getByTestId("share-status").filter({ hasText: /Link/ }).waitFor();
    const fresh = await openApp(ctx.browser, page.url());
    await waitForOutput(fresh.page, "mine\n");
    assert.equal(await fresh.page.getByTestId("lesson-title").textContent(), "Your own code", "the link does not claim the lesson");
    await fresh.page.context().close();

    await page.getByTestId("reset-lesson").click();
    await waitForOutput(page, LESSON_OUTPUT);
    await expectEditor(page, "script-editor", await readFile(join(LESSON, "script.py"), "utf8"));
    assert.equal(await title.textContent(), "Lesson: Parent and children");
    assert.equal(await page.getByTestId("restore-previous").count(), 1, "the edited work is kept");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("keyboard: Ctrl/⌘+Enter runs from the editor, ? shows the shortcuts, diagram tables take focus", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url, { viewport: LAPTOP });
    await waitForOutput(page, LESSON_OUTPUT);
    const script = await editorValue(page, "script-editor");
    await page.locator('[data-testid="script-editor"] .cm-content').click();
    const before = await runCount(page);
    await page.keyboard.press("ControlOrMeta+Enter");
    await waitForRunAfter(page, before);
    assert.equal(await editorValue(page, "script-editor"), script, "no newline was typed");

    await page.locator("header h1").click();
    await page.keyboard.press("?");
    await page.getByTestId("shortcuts").waitFor();
    assert.ok((await page.getByTestId("shortcuts").textContent()).includes("Esc, then Tab"));
    await page.keyboard.press("Escape");
    await page.getByTestId("shortcuts").waitFor({ state: "detached" });

    const entity = page.locator('[data-testid="entity-child"]');
    assert.equal(await entity.getAttribute("tabindex"), "0");
    await entity.focus();
    await page.keyboard.press("Enter");
    const classLine = Number(await entity.getAttribute("data-line"));
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="models-editor"] .cm-activeLineGutter')?.textContent === String(n),
      classLine,
    );
    assert.equal(await page.getByTestId("run-status").getAttribute("role"), "status");
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("exports the schema as Mermaid, DBML and DDL in a chosen dialect", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url, { viewport: LAPTOP });
    await page.locator('[data-testid="diagram"] [data-testid="entity-child"]').waitFor();
    await page.getByTestId("export-text").click();
    const text = page.getByTestId("export-textarea");
    assert.ok((await text.inputValue()).startsWith("erDiagram\n"));
    await page.getByTestId("export-dbml").click();
    assert.ok((await text.inputValue()).includes("Table parent {"));
    await page.getByTestId("export-ddl").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="export-textarea"]').value.includes("CREATE TABLE"));
    const sqlite = await text.inputValue();
    assert.ok(sqlite.includes("CREATE TABLE parent ("), sqlite);
    await page.getByTestId("export-dialect").selectOption("postgresql");
    await page.waitForFunction((old) => {
      const v = document.querySelector('[data-testid="export-textarea"]').value;
      return v !== old && v.includes("CREATE TABLE");
    }, sqlite);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("on a phone the diagram scrolls with the page until Interact is on", async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(ctx.server.url);
    await page.locator('[data-testid="diagram"] [data-testid="entity-child"]').waitFor({ timeout: 30_000 });
    const viewport = page.locator(".diagram-viewport");
    const touchAction = () => viewport.evaluate((el) => getComputedStyle(el).touchAction);
    assert.equal(await touchAction(), "pan-x pan-y", "touch scrolls the page");
    const toggle = page.getByTestId("diagram-interact");
    assert.equal(await toggle.isVisible(), true, "the Interact button shows on touch screens");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    assert.equal(await touchAction(), "none", "in interact mode the diagram takes the gestures (pan, drag, pinch)");
    await context.close();
  });

  for (const [name, options] of [
    ["light theme, laptop", { colorScheme: "light", viewport: LAPTOP }],
    ["dark theme, laptop", { colorScheme: "dark", viewport: LAPTOP }],
    ["light theme, phone", { colorScheme: "light", viewport: { width: 390, height: 844 } }],
  ]) {
    it(`axe finds no serious or critical problem (${name})`, async () => {
      const { page, problems } = await openApp(ctx.browser, ctx.server.url, options);
      await waitForOutput(page, LESSON_OUTPUT);
      await page.locator('[data-testid="diagram"] [data-testid="entity-child"]').waitFor();
      await page.addScriptTag({ content: await readFile(AXE, "utf8") });
      const found = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ["violations"] });
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.impact} ${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(" ")} — ${v.nodes[0].failureSummary}`);
      });
      console.log(`# axe (${name}): ${found.length} serious/critical`);
      assert.deepEqual(found, []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
