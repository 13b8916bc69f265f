// The runtime worker (issues 15 and 16): user code runs off the page's thread, so Stop ends any run
// and the page never freezes; a fatal error (panic, stack exhaustion, out of memory: a wasm trap) is
// shown at the statement that caused it and the runtime is rebuilt fresh, after which runs and the SQL
// console work again; code that crashed is loaded but never run by itself again (no lock-out); and
// autosave tells the truth (storage full, a second tab).
//
// Traps are made on purpose with the page's test hook `window.ormplayArmCrash(kind, file, offset)`,
// which makes the runtime trap when it reaches that statement, so these tests do not depend on a bug.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openApp, setEditor, waitForOutput, useBrowser, runCount, waitForRunAfter, runConsole, artifactPath, expectEditor } from "./harness.mjs";

const SCRIPT = "print('before')\nx = 6 * 7\nprint('after', x)\n";
const LINE_2 = SCRIPT.indexOf("x = 6");

/** Loads `script` (empty models) and waits for its clean run. */
async function loadScript(page, script, output) {
  await setEditor(page, "models-editor", "");
  await setEditor(page, "script-editor", script);
  await waitForOutput(page, output);
}

/** Arms a trap at the second line of SCRIPT, presses Run, and waits for the run to end. */
async function crashAtLine2(page, kind) {
  const before = await runCount(page);
  await page.evaluate(([k, offset]) => window.ormplayArmCrash(k, "script.py", offset), [kind, LINE_2]);
  await page.getByTestId("run").click();
  await waitForRunAfter(page, before, 30_000);
}

async function tracebackLines(page) {
  return (await page.getByTestId("traceback").textContent()).split("\n");
}

describe("the runtime worker", () => {
  const ctx = useBrowser();

  it("starts while the HTML is still parsing, and the app adopts that worker for its runs", async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    // Every worker the page creates, and whether the document was still parsing at that moment (the
    // app's own code only runs after parsing, so only index.html's early start can say yes).
    await page.addInitScript(() => {
      const Native = window.Worker;
      window.workersMade = [];
      window.Worker = class extends Native {
        constructor(...args) {
          super(...args);
          window.workersMade.push({ url: String(args[0]), parsing: document.readyState === "loading" });
        }
      };
    });
    await page.goto(ctx.server.url);
    // The first lesson's run comes back through that worker, and the Run button uses it too.
    await page.waitForFunction(() => document.querySelector('[data-testid="output"]')?.textContent.includes("children left"), undefined, { timeout: 30_000 });
    const before = await runCount(page);
    await page.getByTestId("run").click();
    await waitForRunAfter(page, before, 30_000);
    assert.match(await page.getByTestId("output").textContent(), /children left/);
    assert.deepEqual(await page.evaluate(() => window.workersMade), [{ url: "./worker.js", parsing: true }]);
    assert.equal(await page.evaluate(() => "ormplayEarlyWorker" in window), false, "taken once: a replacement starts fresh");
    await context.close();
  });

  it("Stop ends `while True: pass` at once, and the next run works", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await loadScript(page, "print('ready')\n", "ready\n");
    // Click Stop the moment it becomes enabled (the run has started), from inside the page.
    await page.evaluate(() => {
      const stop = document.querySelector('[data-testid="stop"]');
      new MutationObserver((_, observer) => {
        if (!stop.disabled) {
          observer.disconnect();
          stop.click();
        }
      }).observe(stop, { attributes: true });
    });
    const before = await runCount(page);
    await setEditor(page, "script-editor", "while True:\n    pass\n");
    await waitForRunAfter(page, before, 30_000);
    assert.match(await page.getByTestId("run-status").textContent(), /^Stopped by you after \d+ ms$/);
    assert.equal(
      await page.getByTestId("traceback").textContent(),
      "You stopped the run before it finished. The runtime was restarted fresh (its database is empty); your code is unchanged.",
    );
    assert.equal(await page.getByTestId("stop").isDisabled(), true, "nothing runs any more");
    await setEditor(page, "script-editor", "print('alive')\n");
    await waitForOutput(page, "alive\n");
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("Stop ends a run that never ends by itself, while the page stays responsive", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await loadScript(page, SCRIPT, "before\nafter 42\n");
    const before = await runCount(page);
    await page.evaluate((offset) => window.ormplayArmCrash("hang", "script.py", offset), LINE_2);
    await page.getByTestId("run").click();
    await page.getByTestId("run-status").filter({ hasText: "Running…" }).waitFor();
    // The page's thread is free: it answers, and the editor takes typing, while the run goes on.
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    assert.equal(await runCount(page), before, "the run is still going");
    await page.getByTestId("stop").click();
    await waitForRunAfter(page, before);
    assert.match(await page.getByTestId("run-status").textContent(), /^Stopped by you after \d+ ms$/);
    await page.getByTestId("run").click();
    await waitForRunAfter(page, before + 1);
    assert.equal(await page.getByTestId("output").textContent(), "before\nafter 42\n");
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const [kind, message] of [
    ["panic", "The runtime hit an internal error (a bug in ormplay, please report it): a crash armed by a test (src/worker_main.rs:"],
    ["stack", "The runtime ran out of stack space: the code nests too deeply (for example recursion that passes through __repr__, __eq__ or __hash__, or very deeply nested data)."],
    ["oom", "The runtime ran out of memory (or its memory was damaged)."],
  ]) {
    it(`a trap (${kind}) is shown at its statement, then a normal run works`, async () => {
      const { page, problems } = await openApp(ctx.browser, ctx.server.url);
      await loadScript(page, SCRIPT, "before\nafter 42\n");
      await crashAtLine2(page, kind);
      assert.match(await page.getByTestId("run-status").textContent(), /^Crashed \(fatal error\) after \d+ ms$/);
      const lines = await tracebackLines(page);
      assert.deepEqual(lines.slice(0, 2), ["Fatal error at script.py, line 2:", "    x = 6 * 7"]);
      assert.ok(lines[2].startsWith(message), `${lines[2]} starts with ${message}`);
      assert.equal(lines[3], "The runtime was restarted fresh (its database is empty); your code is unchanged.");
      const diagnostic = page.getByTestId("diagnostics").locator(".diagnostic.error");
      assert.equal(await diagnostic.count(), 1);
      assert.equal(await diagnostic.locator(".place").textContent(), "script.py:2:1");
      await page.getByTestId("script-editor").locator(".cm-lint-marker-error").waitFor();
      if (kind === "panic") await page.screenshot({ path: await artifactPath("fatal-error.png") });

      // A fresh runtime: the same code runs cleanly now (the trap was armed in the old one).
      const before = await runCount(page);
      await page.getByTestId("run").click();
      await waitForRunAfter(page, before);
      assert.equal(await page.getByTestId("output").textContent(), "before\nafter 42\n");
      assert.equal(await page.getByTestId("traceback").count(), 0);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it("the SQL console works after a crash, on the fresh runtime's database", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await loadScript(page, SCRIPT, "before\nafter 42\n");
    await crashAtLine2(page, "panic");
    await runConsole(page, "CREATE TABLE t (id INTEGER); INSERT INTO t VALUES (7); SELECT id FROM t;");
    const grid = page.getByTestId("sql-console-output").locator("table.grid");
    await grid.waitFor();
    assert.deepEqual(await grid.locator("tbody td").allTextContents(), ["7"]);
    assert.deepEqual(await page.getByTestId("table-t").locator("tbody td").allTextContents(), ["7"]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("code that crashed is loaded but not run after a reload (no lock-out), with a Run button", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await loadScript(page, SCRIPT, "before\nafter 42\n");
    await crashAtLine2(page, "stack");
    await page.reload();
    await page.locator('[data-testid="script-editor"] .cm-content').waitFor();
    const notice = page.getByTestId("notice");
    await notice.waitFor();
    assert.equal(
      await notice.locator(".banner-text").textContent(),
      "Your autosaved work is loaded but not run: the last time it ran it crashed, froze or was stopped. Fix it, or run it anyway.",
    );
    await expectEditor(page, "script-editor", SCRIPT, "the code is in the editor");
    await page.waitForTimeout(500);
    assert.equal(await runCount(page), 0, "nothing ran by itself");
    await page.getByTestId("run-anyway").click();
    await waitForOutput(page, "before\nafter 42\n");
    // It ran cleanly now, so the next reload runs it again by itself.
    await page.reload();
    await waitForOutput(page, "before\nafter 42\n");
    assert.equal(await page.getByTestId("notice").count(), 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("a link to code that crashed in this browser is loaded but not run", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await loadScript(page, SCRIPT, "before\nafter 42\n");
    await page.getByTestId("share").click();
    await page.getByTestId("share-status").filter({ hasText: /Link/ }).waitFor();
    const link = page.url();
    await crashAtLine2(page, "panic");
    await setEditor(page, "script-editor", "print('other work')\n");
    await waitForOutput(page, "other work\n");
    await page.goto("about:blank");
    await page.goto(link);
    await page.getByTestId("run-anyway").waitFor();
    assert.match(await page.getByTestId("notice").textContent(), /^The shared link's code is loaded but not run/);
    await expectEditor(page, "script-editor", SCRIPT);
    assert.equal(await runCount(page), 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("autosave under full storage says so, and recovers when there is room again", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await loadScript(page, "print('saved')\n", "saved\n");
    // Fill this origin's storage with junk until the browser refuses more.
    const filled = await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 16; size >>= 1) {
        const chunk = "x".repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`junk-${n++}`, chunk);
          } catch (e) {
            break;
          }
        }
      }
      return n;
    });
    assert.ok(filled > 4, `storage filled with ${filled} items`);
    await setEditor(page, "script-editor", "print('unsaved because storage is full')\n");
    const status = page.getByTestId("save-status");
    await status.waitFor();
    assert.equal(
      await status.textContent(),
      "Not saved: the browser's storage for this page is full. Your work is still on this page; share a link or copy it to keep it.",
    );
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith("junk-")) localStorage.removeItem(key);
    });
    await setEditor(page, "script-editor", "print('saved again')\n");
    await status.waitFor({ state: "detached" });
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("ormplay-work")).script);
    assert.equal(stored, "print('saved again')\n");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("two tabs know of each other and keep both versions", async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const open = async () => {
      const page = await context.newPage();
      await page.goto(ctx.server.url);
      await page.locator('[data-testid="script-editor"] .cm-content').waitFor({ timeout: 30_000 });
      return page;
    };
    const a = await open();
    await setEditor(a, "script-editor", "print('tab A')\n");
    await waitForOutput(a, "tab A\n");
    const b = await open();
    const text = "ormplay is open in another tab too. Each tab autosaves its own work; when both change it, the other tab's version is kept as previous work.";
    await a.getByTestId("tab-status").waitFor();
    await b.getByTestId("tab-status").waitFor();
    assert.equal(await a.getByTestId("tab-status").textContent(), text);
    assert.equal(await b.getByTestId("tab-status").textContent(), text);
    // B opened with A's work; both edit.
    await expectEditor(b, "script-editor", "print('tab A')\n");
    await setEditor(b, "script-editor", "print('tab B')\n");
    await waitForOutput(b, "tab B\n");
    await setEditor(a, "script-editor", "print('tab A, later')\n");
    await waitForOutput(a, "tab A, later\n");
    // A saved over B's work: B's is kept as previous work, and A says so.
    const stored = await a.evaluate(() => ({
      work: JSON.parse(localStorage.getItem("ormplay-work")).script,
      previous: JSON.parse(localStorage.getItem("ormplay-previous-work")).script,
    }));
    assert.deepEqual(stored, { work: "print('tab A, later')\n", previous: "print('tab B')\n" });
    assert.equal(
      await a.getByTestId("notice").locator(".banner-text").textContent(),
      "Another tab saved different work: it is kept as previous work, and this tab's work is saved.",
    );
    await a.getByTestId("restore-previous").click();
    await waitForOutput(a, "tab B\n");
    await context.close();
  });
});
