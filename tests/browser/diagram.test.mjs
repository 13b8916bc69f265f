// The diagram pane (issue 6): the medical chatbot's models render an entity for every table with no two
// boxes overlapping (measured on the rendered page) and an edge between chat_sessions and messages
// labelled with both attribute names; hovering an edge highlights its relationship() lines in the
// models editor and the cursor on such a line highlights the edge; clicking a box jumps to its class;
// dragging a box moves it with its edges; zoom, fit and both exports work.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { openApp, artifactPath, useBrowser } from "./harness.mjs";

const CHATBOT = join(import.meta.dirname, "../../examples/medical-chatbot");
const TABLES = ["users", "profiles", "chat_sessions", "messages", "appointments", "specialities", "user_speciality", "kins"];

async function openChatbot(browser, url, options) {
  const opened = await openApp(browser, url, options);
  await opened.page.getByTestId("examples").selectOption("medical-chatbot");
  await opened.page.locator('[data-testid="diagram"] [data-testid="entity-messages"]').waitFor();
  return opened;
}

function boxes(page) {
  return page.locator('[data-testid="diagram"] [data-testid^="entity-"]').evaluateAll((groups) =>
    groups.map((g) => {
      const r = g.querySelector("rect.box").getBoundingClientRect();
      return { table: g.dataset.table, x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
}

describe("the diagram pane", () => {
  const ctx = useBrowser();

  it("draws every chatbot table, no overlapping boxes, and the chat_sessions–messages edge with both names", async () => {
    const { page, problems } = await openChatbot(ctx.browser, ctx.server.url);
    const drawn = await boxes(page);
    assert.deepEqual(drawn.map((b) => b.table).sort(), [...TABLES].sort());
    for (const [i, a] of drawn.entries()) {
      assert.ok(a.w > 20 && a.h > 20, `${a.table} has a visible box`);
      for (const b of drawn.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        assert.ok(apart, `${a.table} and ${b.table} overlap on the page`);
      }
    }
    const edge = page.locator(
      '[data-testid="edge"][data-from="chat_sessions"][data-to="messages"], [data-testid="edge"][data-from="messages"][data-to="chat_sessions"]',
    );
    assert.equal(await edge.count(), 1);
    const names = [await edge.getAttribute("data-from-attr"), await edge.getAttribute("data-to-attr")];
    const labels = await edge.locator("text").allTextContents();
    for (const name of names) {
      assert.ok(name, "both attribute names are on the edge");
      assert.ok(labels.some((l) => l.includes(name)), `label ${name} is drawn (labels: ${labels.join(" | ")})`);
    }
    assert.deepEqual(names.sort(), ["chat_session", "messages"]);
    await page.getByTestId("diagram").screenshot({ path: await artifactPath("diagram-chatbot.png") });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("links edges and relationship() lines both ways, and a click on a box jumps to its class", async () => {
    const { page, problems } = await openChatbot(ctx.browser, ctx.server.url);
    const models = await readFile(join(CHATBOT, "models.py"), "utf8");
    const edge = page.locator('[data-testid="edge"][data-from-attr="messages"], [data-testid="edge"][data-to-attr="messages"]').first();
    const lines = [await edge.getAttribute("data-from-line"), await edge.getAttribute("data-to-line")].map(Number);
    for (const n of lines) assert.match(models.split("\n")[n - 1], /relationship\(/);

    // Hover the edge (a point half-way along its line): both relationship() lines light up in the editor.
    const middle = await edge.locator("path.line").first().evaluate((path) => {
      const p = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM();
      return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
    });
    await page.mouse.move(middle.x, middle.y);
    const host = page.getByTestId("models-editor");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="models-editor"] .cm-ormplay-highlight').length === 2);
    assert.equal(await host.locator(".cm-ormplay-highlight").count(), 2);

    // Click a box: the editor's cursor goes to the class line, and the edge lights up from the cursor.
    const box = page.locator('[data-testid="entity-chat_sessions"]');
    const classLine = Number(await box.getAttribute("data-line"));
    assert.match(models.split("\n")[classLine - 1], /^class ChatSession\(/);
    await box.locator("rect.box").first().click({ force: true });
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="models-editor"] .cm-activeLineGutter')?.textContent === String(n),
      classLine,
    );
    await page.mouse.move(5, 5);
    await page.evaluate((n) => document.querySelector('[data-testid="models-editor"]').ormplayEditor.scrollToLine(n), lines[0]);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="diagram"] [data-testid="edge"].hl').length >= 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("drags a box (its edges follow), zooms, fits, and exports SVG and PNG", async () => {
    const { page, problems } = await openChatbot(ctx.browser, ctx.server.url);
    const box = page.locator('[data-testid="entity-kins"] rect.box').first();
    const before = { x: Number(await box.getAttribute("x")), y: Number(await box.getAttribute("y")) };
    const edgeBefore = await page.locator('[data-testid="edge"][data-from="kins"], [data-testid="edge"][data-to="kins"]').first().locator("path.line").getAttribute("d");
    const r = await box.boundingBox();
    await page.mouse.move(r.x + r.width / 2, r.y + 10);
    await page.mouse.down();
    await page.mouse.move(r.x + r.width / 2 + 60, r.y + 90, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction((x0) => Number(document.querySelector('[data-testid="entity-kins"] rect.box').getAttribute("x")) !== x0, before.x);
    const after = { x: Number(await box.getAttribute("x")), y: Number(await box.getAttribute("y")) };
    assert.ok(after.x > before.x && after.y > before.y, `moved from ${JSON.stringify(before)} to ${JSON.stringify(after)}`);
    const edgeAfter = await page.locator('[data-testid="edge"][data-from="kins"], [data-testid="edge"][data-to="kins"]').first().locator("path.line").getAttribute("d");
    assert.notEqual(edgeAfter, edgeBefore, "the edge was re-routed to the moved box");
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("ormplay-work")).positions);
    assert.deepEqual(stored.kins, [after.x, after.y], "the position is part of the saved state");

    const viewport = page.locator(".diagram-viewport");
    const scale = async () => Number(await viewport.getAttribute("data-scale"));
    const fitted = await scale();
    await page.getByTestId("diagram-zoom-in").click();
    assert.ok((await scale()) > fitted);
    await page.getByTestId("diagram-fit").click();
    assert.ok(Math.abs((await scale()) - fitted) < 0.05, "fit returns to the fitted scale");

    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-svg").click()]);
    assert.equal(svg.suggestedFilename(), "ormplay-diagram.svg");
    const svgText = await readFile(await svg.path(), "utf8");
    assert.match(svgText, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svgText, /data-testid="entity-messages"/);
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const pngBytes = await readFile(await png.path());
    assert.equal(pngBytes.subarray(1, 4).toString(), "PNG");

    // Copy puts the same picture on the clipboard as a PNG image, and says so.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
    await page.getByTestId("copy-image").click();
    await page.getByTestId("copy-image").getByText("Copied").waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const bytes = new Uint8Array(await (await item.getType("image/png")).arrayBuffer());
      return { types: item.types, magic: String.fromCharCode(...bytes.subarray(1, 4)), size: bytes.length };
    });
    assert.deepEqual(copied.types, ["image/png"]);
    assert.equal(copied.magic, "PNG");
    assert.ok(copied.size > 1000, `a real picture, not an empty one (${copied.size} bytes)`);

    await page.getByTestId("diagram-reset").click();
    await page.waitForFunction((x0) => Number(document.querySelector('[data-testid="entity-kins"] rect.box').getAttribute("x")) === x0, before.x);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("renders in the dark theme", async () => {
    const { page, problems } = await openChatbot(ctx.browser, ctx.server.url, { colorScheme: "dark" });
    assert.equal(await page.locator('[data-testid="diagram"] svg.theme-dark').count(), 1);
    await page.getByTestId("diagram").screenshot({ path: await artifactPath("diagram-chatbot-dark.png") });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
