// The SQL console runs real SQL against the in-browser SQLite database — the last run's
// committed data: DDL and DML report what they did, SELECT shows a grid (the run's rows included),
// errors are shown clearly, and the live-tables pane follows every change. User text is rendered as
// text (never as markup).

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openApp, runConsole, useBrowser } from "./harness.mjs";

describe("the SQL console", () => {
  const ctx = useBrowser();

  it("creates a table, inserts and selects rows, and the grid shows them", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await runConsole(
      page,
      "CREATE TABLE pet (id INTEGER PRIMARY KEY, name TEXT, age INTEGER);\n" +
        "INSERT INTO pet VALUES (1, 'Rex', 3), (2, 'Tom', NULL);\n" +
        "SELECT id, name, age FROM pet ORDER BY id;",
    );
    const results = page.getByTestId("sql-console-output");
    const entries = results.locator(".console-entry");
    await entries.nth(2).waitFor();
    assert.equal(await entries.count(), 3);
    assert.equal(await entries.nth(0).locator(".sql-ok").textContent(), "table created");
    assert.equal(await entries.nth(1).locator(".sql-ok").textContent(), "2 rows inserted");
    assert.equal(await entries.nth(2).locator(".sql-ok").textContent(), "2 rows");
    const grid = entries.nth(2).locator("table.grid");
    assert.deepEqual(await grid.locator("th").allTextContents(), ["id", "name", "age"]);
    const rows = await grid.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
    );
    assert.deepEqual(rows, [
      ["1", "Rex", "3"],
      ["2", "Tom", "NULL"],
    ]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("keeps the live-tables pane in step with the database", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    const tables = page.getByTestId("tables");
    await tables.getByTestId("table-parent").waitFor(); // the lesson's run
    assert.equal(await tables.getByTestId("table-book").count(), 0);
    await runConsole(page, "CREATE TABLE book (id INTEGER, title TEXT); INSERT INTO book VALUES (7, 'Dune');");
    const book = tables.getByTestId("table-book");
    await book.waitFor();
    assert.deepEqual(await book.locator("th").allTextContents(), ["id", "title"]);
    assert.deepEqual(await book.locator("tbody td").allTextContents(), ["7", "Dune"]);

    await runConsole(page, "CREATE TABLE author (id INTEGER); DELETE FROM book WHERE id = 7;");
    await tables.getByTestId("table-author").waitFor();
    assert.equal(await book.locator(".no-rows").count(), 1, "book is now empty");
    assert.deepEqual(
      await tables.locator("[data-testid^='table-']").evaluateAll((els) => els.map((e) => e.dataset.testid)),
      ["table-parent", "table-child", "table-author", "table-book"],
      "the run's tables first, then the console's",
    );
    const deleted = page.getByTestId("sql-console-output").locator(".sql-ok").last();
    assert.equal(await deleted.textContent(), "1 row deleted");
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("shows errors clearly and stops at the failing statement", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await runConsole(page, "CREATE TABLE t (id INTEGER); SELECT * FROM nowhere; INSERT INTO t VALUES (1);");
    const error = page.getByTestId("sql-console-output").getByRole("alert");
    await error.waitFor();
    assert.match(await error.textContent(), /^Error: .*nowhere/i);
    assert.equal(await page.getByTestId("sql-console-output").locator(".console-entry").count(), 2);
    assert.deepEqual(await page.getByTestId("table-t").locator(".no-rows").count(), 1, "the INSERT never ran");
    assert.deepEqual(problems, [], "a SQL error is shown on the page, not logged as a console error");
    await page.close();
  });

  it("renders user text as text, not markup", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    const evil = "<img src=x onerror=window.pwned=1><b>bold</b>";
    await runConsole(page, `CREATE TABLE x (v TEXT); INSERT INTO x VALUES ('${evil}'); SELECT v FROM x;`);
    const cell = page.getByTestId("table-x").locator("tbody td");
    await cell.waitFor();
    assert.equal(await cell.textContent(), evil);
    assert.equal(await page.locator("main img, main b").count(), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("queries the last run's committed rows", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await page.getByTestId("table-parent").waitFor();
    await runConsole(page, "SELECT name FROM parent;");
    const grid = page.getByTestId("sql-console-output").locator("table.grid");
    await grid.waitFor();
    assert.deepEqual(await grid.locator("tbody td").allTextContents(), ["Alice"]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("runs with Ctrl+Enter", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await page.getByTestId("tab-console").click();
    const input = page.getByTestId("sql-console");
    await input.fill("CREATE TABLE k (id INTEGER)");
    await input.press("Control+Enter");
    await page.getByTestId("table-k").waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("stops a runaway query and a giant value with SQLite's errors; the console keeps working", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    const started = Date.now();
    await runConsole(page, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n;");
    const output = page.getByTestId("sql-console-output");
    await output.getByRole("alert").waitFor();
    assert.equal(await output.getByRole("alert").textContent(), "Error: interrupted");
    assert.ok(Date.now() - started < 20_000, "the step budget stopped it");
    await runConsole(page, "SELECT zeroblob(1000000000);");
    await output.getByText("Error: string or blob too big").waitFor();
    await runConsole(page, "SELECT 40 + 2 AS answer;");
    await output.locator("table.grid tbody td").waitFor();
    assert.deepEqual(await output.locator("table.grid tbody td").allTextContents(), ["42"]);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
