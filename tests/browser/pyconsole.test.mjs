// The Python console (issue 11): after a run, Python typed at the prompt is evaluated in that run's
// interpreter — its variables, session and database as the script left them — with the interactive
// interpreter's rules (an expression statement shows its repr), the SQL each input sent in
// SQLAlchemy's echo text before what it printed, tracebacks naming `<console>`, ↑/↓ history, the step
// budget per input, and a new run starting it afresh. User text stays text.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openApp, useBrowser, runCount, waitForRunAfter, waitForOutput, gridRows } from "./harness.mjs";

/** Types `source` at the prompt, presses Enter, and returns the new transcript entry once it is there. */
async function evaluate(page, source) {
  const entries = page.getByTestId("py-entry");
  const before = await entries.count();
  const input = page.getByTestId("py-console");
  await input.fill(source);
  await input.press("Enter");
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="py-entry"]').length > n, before);
  return entries.nth(before);
}

/** What an entry shows, piece by piece: ["sql", text] and ["out", text] in order. */
function pieces(entry) {
  return entry
    .locator('[data-testid="py-sql"], [data-testid="py-output"]')
    .evaluateAll((els) => els.map((e) => [e.dataset.testid === "py-sql" ? "sql" : "out", e.textContent]));
}

async function lessonConsole(ctx) {
  const opened = await openApp(ctx.browser, ctx.server.url);
  await waitForOutput(opened.page, "Alice\nCharlie -> parent_id 1\nDave -> parent_id 1\nchildren left: ['Dave']\n", 30_000);
  await opened.page.getByTestId("tab-console").click();
  return opened;
}

describe("the Python console", () => {
  const ctx = useBrowser();

  it("continues the run: a lazy load's SQL then the repr, the open session, print(stmt), tables kept in step", async () => {
    const { page, problems } = await lessonConsole(ctx);
    // The script's last commit expired `alice`: her refresh and the children's lazy load come first.
    const loaded = await pieces(await evaluate(page, "[c.name for c in alice.children]"));
    assert.equal(loaded.length, 3, JSON.stringify(loaded));
    assert.match(loaded[0][1], /^SELECT parent\.id, parent\.name \nFROM parent \nWHERE parent\.id = \?\n\[generated in [\d.]+s\] \(1,\)$/);
    assert.match(loaded[1][1], /^SELECT child\.id, child\.parent_id, child\.name \nFROM child \nWHERE \? = child\.parent_id\n/);
    assert.deepEqual(loaded[2], ["out", "['Dave']\n"]);
    const entry = page.getByTestId("py-entry").first();
    assert.equal(await entry.locator(".py-echo-input").textContent(), ">>> [c.name for c in alice.children]\n");

    assert.deepEqual(await pieces(await evaluate(page, "len(db.new), db.in_transaction()")), [["out", "(0, True)\n"]]);
    assert.deepEqual(await pieces(await evaluate(page, "x = 40")), []);
    assert.deepEqual(await pieces(await evaluate(page, "x + 2")), [["out", "42\n"]]);
    const printed = await pieces(await evaluate(page, "from sqlalchemy import select; print(select(Child).where(Child.name == 'Dave'))"));
    assert.deepEqual(printed, [["out", "SELECT child.id, child.parent_id, child.name \nFROM child \nWHERE child.name = :name_1\n"]]);

    // Changes reach the live tables; the commit's SQL is shown, INSERT first.
    const committed = await pieces(await evaluate(page, "db.add(Child(name='Eve', parent=alice)); db.commit()"));
    assert.match(committed[0][1], /^INSERT INTO child \(parent_id, name\) VALUES \(\?, \?\)\n/);
    assert.equal(committed.at(-1)[1], "COMMIT");
    const child = page.getByTestId("tables").getByTestId("table-child");
    await page.waitForFunction(() => /Eve/.test(document.querySelector('[data-testid="table-child"]')?.textContent ?? ""));
    const rows = await gridRows(child);
    assert.deepEqual(rows.map((r) => ["Dave", "Eve"].find((n) => r.includes(n))), ["Dave", "Eve"]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("shows errors as tracebacks at the console line, keeps history on ↑/↓, and keeps user text as text", async () => {
    const { page, problems } = await lessonConsole(ctx);
    const failed = await evaluate(page, "alice.nickname");
    const traceback = (await failed.getByTestId("py-traceback").textContent()).trim().split("\n");
    assert.ok(traceback.some((l) => l.includes('File "<console>", line 1')), traceback.join("\n"));
    assert.ok(traceback.some((l) => l.trim() === "alice.nickname"), traceback.join("\n"));
    assert.equal(traceback.at(-1), "AttributeError: 'Parent' object has no attribute 'nickname'");
    // The console goes on in the same namespace; `alice` was expired by the script's last commit, so
    // reading her name refreshes her first, as SQLAlchemy does.
    const name = await pieces(await evaluate(page, "alice.name"));
    assert.deepEqual(name.map(([kind]) => kind), ["sql", "out"]);
    assert.match(name[0][1], /^SELECT parent\.id, parent\.name \nFROM parent \nWHERE parent\.id = \?\n/);
    assert.equal(name[1][1], "'Alice'\n");

    const input = page.getByTestId("py-console");
    await input.press("ArrowUp");
    assert.equal(await input.inputValue(), "alice.name");
    await input.press("ArrowUp");
    assert.equal(await input.inputValue(), "alice.nickname");
    await input.press("ArrowDown");
    assert.equal(await input.inputValue(), "alice.name");
    await input.press("ArrowDown");
    assert.equal(await input.inputValue(), "");

    const hostile = await evaluate(page, "'<img src=x onerror=window.pwned=1>'");
    assert.deepEqual(await pieces(hostile), [["out", "'<img src=x onerror=window.pwned=1>'\n"]]);
    assert.equal(await page.getByTestId("py-console-output").locator("img").count(), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("gives each input the step budget, and a new run starts the console afresh", async () => {
    const { page, problems } = await lessonConsole(ctx);
    const endless = await evaluate(page, "while True: pass");
    const last = (await endless.getByTestId("py-traceback").textContent()).trim().split("\n").at(-1);
    assert.equal(last, "ExecutionLimitExceeded: stopped after 2000000 steps: the program ran too long (an endless loop?)");
    assert.deepEqual(await pieces(await evaluate(page, "secret = 1 + 1; secret")), [["out", "2\n"]]);

    const before = await runCount(page);
    await page.getByTestId("run").click();
    await waitForRunAfter(page, before, 30_000);
    assert.equal(await page.getByTestId("py-entry").count(), 0, "the transcript is the new run's");
    const gone = await evaluate(page, "secret");
    assert.equal((await gone.getByTestId("py-traceback").textContent()).trim().split("\n").at(-1), "NameError: name 'secret' is not defined");
    assert.deepEqual((await pieces(await evaluate(page, "alice.name"))).at(-1), ["out", "'Alice'\n"]);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
