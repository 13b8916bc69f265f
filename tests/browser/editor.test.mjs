// The code editors: select-all then inserting text (what a paste does) replaces the content exactly,
// with no auto-indentation or bracket closing applied to the inserted text; undo brings the old text
// back; the examples picker pushes text from Rust into the editor; the JS API's lint gutter, line
// highlights and search panel work.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openApp, editorValue, useBrowser, waitForRunAfter } from "./harness.mjs";

// Indentation a Python-aware editor would "fix" on typing: dedent keywords (else/except/finally),
// continuation lines at odd depths, an unclosed bracket, trailing spaces, a tab, a blank last line.
const TRICKY = [
  "class Order(Base):",
  '    __tablename__ = "orders"',
  "    id = Column(Integer, primary_key=True)",
  "    items = relationship(",
  '        "Item",',
  '            back_populates="order",   ',
  "    )",
  "",
  "    def total(self):",
  "        try:",
  "            if self.items:",
  "                return sum(i.price for i in self.items)",
  "            else:",
  "                return 0",
  "        except TypeError:",
  "                pass",
  "        finally:",
  "\tprint('done')  # a tab-indented line",
  "  (",
  "",
].join("\n");

async function pasteReplace(page, testid, text) {
  await page.locator(`[data-testid="${testid}"] .cm-content`).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(text);
}

describe("the code editors", () => {
  const ctx = useBrowser();

  for (const testid of ["models-editor", "script-editor"]) {
    it(`${testid}: select-all + insert replaces the content exactly`, async () => {
      const { page, problems } = await openApp(ctx.browser, ctx.server.url);
      const original = await editorValue(page, testid);
      await pasteReplace(page, testid, TRICKY);
      assert.equal(await editorValue(page, testid), TRICKY);

      // A second replace, with a single line that indent-on-input would dedent if it were "typed".
      await pasteReplace(page, testid, "        else:");
      assert.equal(await editorValue(page, testid), "        else:");

      // Undo goes back through both replacements, as single steps.
      await page.keyboard.press("ControlOrMeta+z");
      assert.equal(await editorValue(page, testid), TRICKY);
      await page.keyboard.press("ControlOrMeta+z");
      assert.equal(await editorValue(page, testid), original);
      await page.keyboard.press("ControlOrMeta+Shift+z");
      assert.equal(await editorValue(page, testid), TRICKY);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it("a real paste event (clipboard data) is inserted exactly too", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await page.locator('[data-testid="script-editor"] .cm-content').click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector('[data-testid="script-editor"] .cm-content').dispatchEvent(event);
    }, TRICKY);
    assert.equal(await editorValue(page, "script-editor"), TRICKY);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("typing still gets editor help (bracket closing), unlike inserted text", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await pasteReplace(page, "script-editor", "x = 1");
    await page.keyboard.press("End");
    await page.keyboard.type(" + f(");
    assert.equal(await editorValue(page, "script-editor"), "x = 1 + f()");
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("the examples picker puts the example back into edited editors", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    const models = await editorValue(page, "models-editor");
    const script = await editorValue(page, "script-editor");
    await pasteReplace(page, "models-editor", "changed = True\n");
    await pasteReplace(page, "script-editor", "print('changed')\n");
    await page.getByTestId("examples").selectOption("parent-child");
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="models-editor"]').ormplayEditor.getValue() === expected,
      models,
    );
    assert.equal(await editorValue(page, "script-editor"), script);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("shows diagnostics in the lint gutter, highlights lines, and has search", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    // The lesson's first run sets the editors' diagnostics when it finishes: let it finish first, so
    // its (empty) diagnostics cannot replace the ones set here.
    await waitForRunAfter(page, 0);
    await page.evaluate(() => {
      const editor = document.querySelector('[data-testid="models-editor"]').ormplayEditor;
      editor.setDiagnostics([
        { from_line: 9, from_col: 5, to_line: 9, to_col: 9, severity: "error", message: "NameError: name 'nme' is not defined" },
        { from_line: 99, from_col: 1, to_line: 120, to_col: 1, severity: "warning", message: "clamped to the end" },
      ]);
      editor.highlightLines([3, 4, 999]);
      editor.scrollToLine(20);
    });
    const host = page.getByTestId("models-editor");
    await host.locator(".cm-lint-marker-error").first().waitFor();
    assert.equal(await host.locator(".cm-lintRange-error").count(), 1);
    assert.equal(await host.locator(".cm-lint-marker-warning").count(), 1);
    assert.equal(await host.locator(".cm-ormplay-highlight").count(), 2);
    await host.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+f");
    await host.locator(".cm-search input[name=search]").waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  // Every run sets the diagnostics; an editor update re-reads the DOM selection, which forces a layout
  // of the whole page (0.35 s on a 100-table cold open). What is already shown is not set again.
  it("sets diagnostics only when they change or the text changed under them", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await waitForRunAfter(page, 0);
    const dispatches = await page.evaluate(() => {
      const editor = document.querySelector('[data-testid="models-editor"]').ormplayEditor;
      let count = 0;
      const dispatch = editor.view.dispatch.bind(editor.view);
      editor.view.dispatch = (...args) => {
        count += 1;
        return dispatch(...args);
      };
      const one = [{ from_line: 2, from_col: 1, to_line: 2, to_col: 4, severity: "warning", message: "w" }];
      const seen = [];
      for (const step of [one, one, [], [], one, "edit", one]) {
        if (step === "edit") editor.setValue(`${editor.getValue()}# edited\n`);
        else editor.setDiagnostics(step);
        seen.push(count);
      }
      editor.view.dispatch = dispatch;
      return seen;
    });
    // set, same (skipped), cleared, cleared again (skipped), set, the edit, set again on the new text.
    assert.deepEqual(dispatches, [1, 1, 2, 2, 3, 4, 5]);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
