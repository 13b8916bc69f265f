// Share links, autosave and the gallery (issue 7): load the chatbot lesson, drag a box, share; the link
// opened in a fresh browser context restores the same models, script and positions. A reload restores
// autosaved edits. Bad links (corrupted, truncated, future version, hostile) show a clear message and
// the autosaved work. Opening a link over different work keeps it as "previous work" with a way back.
// The first visit opens the Parent/Child lesson, already run, with its explanation beside the code.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openApp, editorValue, setEditor, waitForOutput, artifactPath, useBrowser, expectEditor } from "./harness.mjs";

function positionOf(page, table) {
  return page.evaluate((t) => {
    const rect = document.querySelector(`[data-testid="entity-${t}"] rect.box`);
    return rect ? [Number(rect.getAttribute("x")), Number(rect.getAttribute("y"))] : null;
  }, table);
}

async function dragBy(page, table, dx, dy) {
  const box = await page.locator(`[data-testid="entity-${table}"] rect.box`).first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx, box.y + 8 + dy, { steps: 6 });
  await page.mouse.up();
}

describe("share links, autosave and the gallery", () => {
  const ctx = useBrowser();

  it("a first visit opens the Parent/Child lesson, already run, with its explanation", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    assert.equal(await page.getByTestId("examples").inputValue(), "parent-child");
    await page.getByTestId("table-parent").waitFor();
    assert.match(await page.getByTestId("output").textContent(), /^Alice\n/);
    assert.match(await page.getByTestId("lesson").textContent(), /Parent and children/);
    assert.equal(await page.getByTestId("examples").locator("option:not([value=''])").count(), 10);
    // Each lesson has its own permalink; following it (after an edit) opens the lesson as shipped.
    const lessonModels = await editorValue(page, "models-editor");
    await setEditor(page, "models-editor", "# my edit\n");
    await page.getByTestId("lesson-link").click();
    await page.getByTestId("restore-previous").waitFor();
    await expectEditor(page, "models-editor", lessonModels);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("shares the chatbot lesson with a dragged box; a fresh page opens the same state", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await page.getByTestId("examples").selectOption("medical-chatbot");
    await page.locator('[data-testid="entity-kins"]').waitFor();
    await dragBy(page, "kins", 70, 50);
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("ormplay-work") ?? "{}").positions?.kins);
    const position = await positionOf(page, "kins");
    const models = await editorValue(page, "models-editor");
    const script = await editorValue(page, "script-editor");

    await page.getByTestId("share").click();
    await page.getByTestId("share-status").filter({ hasText: /Link (copied|in the address bar)/ }).waitFor();
    const link = page.url();
    assert.match(link, /#[A-Za-z0-9_-]{20,}$/);
    const fragment = link.split("#")[1];
    console.log(`# chatbot link with one dragged box: ${link.length} characters (fragment ${fragment.length})`);
    assert.ok(fragment.length <= 1000, "short enough to paste anywhere");
    await page.screenshot({ path: await artifactPath("share.png") });

    // A fresh context: no autosave, nothing but the link.
    const fresh = await openApp(ctx.browser, link);
    await fresh.page.locator('[data-testid="entity-kins"]').waitFor();
    await expectEditor(fresh.page, "models-editor", models);
    await expectEditor(fresh.page, "script-editor", script);
    assert.equal(await fresh.page.getByTestId("examples").inputValue(), "medical-chatbot");
    assert.deepEqual(await positionOf(fresh.page, "kins"), position);
    assert.match(await fresh.page.getByTestId("notice").textContent(), /Opened a shared link/);
    assert.deepEqual(fresh.problems, []);
    await fresh.page.context().close();

    // Ctrl+S shares too.
    await page.evaluate(() => history.replaceState(null, "", location.pathname));
    await page.locator('[data-testid="script-editor"] .cm-content').click();
    await page.keyboard.press("ControlOrMeta+s");
    await page.waitForFunction(() => location.hash.length > 20);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("a reload restores autosaved edits; a corrupted link shows the message and the autosave", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await setEditor(page, "script-editor", "print('my own work')\n");
    await waitForOutput(page, "my own work\n");
    await page.reload();
    await page.locator('[data-testid="script-editor"] .cm-content').waitFor();
    await expectEditor(page, "script-editor", "print('my own work')\n");
    await waitForOutput(page, "my own work\n");

    const bad = [
      ["corrupted", "AQ!!not*a*link", /damaged/],
      ["truncated", "AXWQMQ6DMBBF9z_FbLsB", /incomplete|damaged/],
      ["future", "_wAAAAAAAAAAAAAAAAAA", /newer version/],
      ["oversized", "A".repeat((1 << 20) + 16), /too large/],
    ];
    for (const [kind, fragment, message] of bad) {
      await page.goto(`${ctx.server.url}#${fragment}`);
      await page.locator('[data-testid="script-editor"] .cm-content').waitFor();
      const notice = page.getByTestId("notice");
      await notice.waitFor();
      assert.match(await notice.textContent(), message, kind);
      assert.match(await notice.textContent(), /autosaved work is loaded instead/, kind);
      await expectEditor(page, "script-editor", "print('my own work')\n", kind);
      await waitForOutput(page, "my own work\n");
    }
    await page.screenshot({ path: await artifactPath("bad-link.png") });
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("opening a link over different work keeps it as previous work, with a way back", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await page.getByTestId("examples").selectOption("one-to-one");
    // Leaving while the lesson still runs would (rightly) mark its code as a run that never finished,
    // and the link would then open without running and without the way back this test is about.
    await page.waitForFunction(() => localStorage.getItem("ormplay-running") === null);
    await page.getByTestId("share").click();
    await page.getByTestId("share-status").filter({ hasText: /Link/ }).waitFor();
    const link = page.url();
    const linked = await editorValue(page, "models-editor");

    await page.goto(ctx.server.url);
    await setEditor(page, "script-editor", "print('unsaved idea')\n");
    await waitForOutput(page, "unsaved idea\n");
    await page.goto(link); // same page, new fragment: the open page opens the link
    await page.getByTestId("restore-previous").waitFor();
    await expectEditor(page, "models-editor", linked);
    assert.equal(new URL(page.url()).hash, "", "the opened link leaves the address, so a reload keeps edits");
    await page.getByTestId("restore-previous").click();
    await waitForOutput(page, "unsaved idea\n");
    await expectEditor(page, "script-editor", "print('unsaved idea')\n");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("hostile link text stays text: no markup, nothing runs but the code in the editors", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    const evil = "<img src=x onerror=window.pwned=1>";
    await setEditor(page, "models-editor", `# ${evil}\n`);
    await setEditor(page, "script-editor", `print("${evil}")\n`);
    await waitForOutput(page, `${evil}\n`);
    await page.getByTestId("share").click();
    await page.getByTestId("share-status").filter({ hasText: /Link/ }).waitFor();
    const fresh = await openApp(ctx.browser, page.url());
    await waitForOutput(fresh.page, `${evil}\n`);
    assert.equal(await fresh.page.locator("main img").count(), 0);
    assert.equal(await fresh.page.evaluate(() => window.pwned), undefined);
    assert.deepEqual(fresh.problems, []);
    await fresh.page.context().close();
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
