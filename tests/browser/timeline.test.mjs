// The run timeline (issue 13): the first-visit Parent/Child lesson, stepped through as a learner does.
// The commit summary opens the timeline at the commit that deletes Charlie; his row is shown as a
// struck-through ghost labelled delete-orphan; the children's INSERTs are at the first flush; ←/→
// move between steps. The one-to-one lesson shows the old profile's foreign key nulled, with its cause.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openApp, setEditor, artifactPath, useBrowser, runCount, waitForRunAfter } from "./harness.mjs";

const position = (page) => page.getByTestId("timeline-position").textContent();

/** Waits until the timeline's position line matches `pattern` (the page updates it after the event). */
async function positionIs(page, pattern) {
  await page
    .waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid="timeline-position"]')?.textContent ?? ""), pattern.source, { timeout: 5_000 })
    .catch(() => {});
  assert.match(await position(page), pattern);
}

/** The rows of a timeline table as { mark, cells, cause }. */
function markedRows(table) {
  return table.locator("tbody tr:not(.no-rows)").evaluateAll((trs) =>
    trs.map((tr) => ({
      mark: tr.dataset.mark,
      cells: [...tr.querySelectorAll("td:not(.cause)")].map((td) => td.textContent),
      cause: tr.querySelector("td.cause")?.textContent ?? null,
    })),
  );
}

describe("the run timeline", () => {
  const ctx = useBrowser();

  it("steps through Parent/Child: children inserted at the first flush, Charlie deleted as an orphan", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await page.waitForFunction(() => /children left: \['Dave'\]/.test(document.querySelector('[data-testid="output"]')?.textContent ?? ""), null, { timeout: 30_000 });

    // The end state stays the default view, with one "what changed" line per commit.
    const summaries = page.getByTestId("commit-summary");
    assert.deepEqual(await summaries.allTextContents(), [
      "commit at line 7: +2 child, +1 parent",
      "commit at line 19: −1 child (delete-orphan)",
    ]);
    await summaries.nth(1).click();
    const timeline = page.getByTestId("timeline");
    await timeline.waitFor();
    // The runtime sends the timeline when its tab opens: the step the summary chose shows once it lands.
    await positionIs(page, /script\.py line 19 · flush, commit$/);
    const child = page.getByTestId("timeline-table-child");
    assert.deepEqual(await markedRows(child), [
      { mark: "deleted", cells: ["1", "1", "Charlie"], cause: "delete-orphan: removed from Parent.children" },
      { mark: "unchanged", cells: ["2", "1", "Dave"], cause: "" },
    ]);
    const deleted = child.locator('tr[data-mark="deleted"] td').first();
    assert.equal(await deleted.evaluate((td) => getComputedStyle(td).textDecorationLine), "line-through");
    const sql = await page.getByTestId("timeline-sql").allTextContents();
    assert.ok(sql.some((s) => s.startsWith("DELETE FROM child WHERE child.id = ?")), sql.join("\n"));
    await page.screenshot({ path: await artifactPath("timeline-parent-child-delete-orphan.png") });

    // Keyboard: ← goes to the removal statement (nothing deleted yet), → back to the commit.
    await timeline.focus();
    await page.keyboard.press("ArrowLeft");
    assert.match(await position(page), /line 18$/);
    assert.equal(await child.locator('tr[data-mark="deleted"]').count(), 0);
    await page.keyboard.press("ArrowRight");
    assert.match(await position(page), /line 19 · flush, commit$/);

    // Home, then → until the first commit: both children's INSERTs in its flush, the rows in green.
    await page.keyboard.press("Home");
    assert.match(await position(page), /^Step 1 of /);
    for (let i = 0; i < 10 && !/line 7 /.test(await position(page)); i++) await page.keyboard.press("ArrowRight");
    assert.match(await position(page), /line 7 · flush, commit$/);
    const inserts = (await page.getByTestId("timeline-sql").allTextContents()).filter((s) => s.startsWith("INSERT INTO child "));
    assert.equal(inserts.length, 2);
    assert.deepEqual(
      (await markedRows(page.getByTestId("timeline-table-child"))).map((r) => [r.mark, r.cells[2]]),
      [["inserted", "Charlie"], ["inserted", "Dave"]],
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("a click on a line selects its step; the relationship behind a change lights its edge; triggers and expiry are shown", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await page.waitForFunction(() => /children left: \['Dave'\]/.test(document.querySelector('[data-testid="output"]')?.textContent ?? ""), null, { timeout: 30_000 });
    await page.getByTestId("tab-timeline").click();
    await page.getByTestId("timeline").waitFor();
    const line = (n) => page.locator('[data-testid="script-editor"] .cm-line').nth(n - 1);
    const litAttrs = () =>
      page.locator('[data-testid="edge"].hl').evaluateAll((edges) => edges.map((e) => [e.dataset.fromAttr, e.dataset.toAttr].join("/")));

    // The delete-orphan commit: its step, and the Parent.children edge lit in the diagram.
    await line(19).click();
    await positionIs(page, /script\.py line 19 · flush, commit$/);
    const lit = await litAttrs();
    assert.equal(lit.length, 1, lit.join(" "));
    assert.ok(lit[0].split("/").includes("children"), lit[0]);
    // A second click selects another statement's step; clicks on a loop's line walk its iterations.
    await line(14).click();
    await positionIs(page, /script\.py line 14 \(iteration 1\)$/);
    await line(14).click();
    await positionIs(page, /script\.py line 14 \(iteration 2\)$/);
    // After the first commit Alice's loaded children are expired, like her columns.
    await line(7).click();
    await positionIs(page, /line 7 · flush, commit$/);
    assert.deepEqual(await litAttrs(), [], "a step that only inserted lights no relationship");
    const alice = page.getByTestId("timeline-objects").locator("li.object").filter({ hasText: "alice" });
    assert.ok((await alice.locator(".attr-expired").allTextContents()).includes("children: expired"));
    // Closing the timeline puts the diagram back.
    await page.getByTestId("timeline").focus();
    await page.keyboard.press("End");
    await page.getByTestId("tab-output").click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="edge"].hl').length === 0);

    // The SQL log says why the ORM sent what the script did not write, and where.
    await page.getByTestId("tab-sql").click();
    const triggers = await page.getByTestId("sql-trigger").allTextContents();
    assert.ok(triggers.includes("flush at commit() · script.py line 7"), triggers.join("\n"));
    assert.ok(triggers.includes("lazy load of Parent.children · script.py line 14"), triggers.join("\n"));
    assert.ok(triggers.includes("flush at commit() · script.py line 19"), triggers.join("\n"));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("shows the one-to-one replacement nulling the old profile's key, and user text only as text", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await page.waitForFunction(() => document.querySelector('[data-testid="commit-summary"]'), null, { timeout: 30_000 });
    const root = new URL("../../examples/one-to-one/", import.meta.url);
    const models = await readFile(new URL("models.py", root), "utf8");
    const script = await readFile(new URL("script.py", root), "utf8");
    let before = await runCount(page);
    await setEditor(page, "models-editor", models);
    await setEditor(page, "script-editor", script + '\nsession.add(User(full_name="<img src=x onerror=alert(1)>"))\nsession.commit()\n');
    await waitForRunAfter(page, before, 30_000);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="commit-summary"]')].some((b) => /line 17/.test(b.textContent)));
    await page.getByTestId("commit-summary").filter({ hasText: "line 17" }).click();
    const profiles = await markedRows(page.getByTestId("timeline-table-profiles"));
    const nulled = profiles.find((r) => r.mark === "changed");
    assert.deepEqual(nulled?.cells.slice(0, 2), ["1", "Heart specialist"]);
    assert.match(nulled?.cause ?? "", /foreign key nulled$/);
    assert.equal(await page.getByTestId("timeline-table-profiles").locator("td.cell-changed").count(), 1);
    await page.screenshot({ path: await artifactPath("timeline-one-to-one-nulled.png") });

    // The last commit's row: the markup a user typed is shown as text, never parsed.
    await page.getByTestId("timeline").focus();
    await page.keyboard.press("End");
    const users = page.getByTestId("timeline-table-users");
    assert.ok((await users.textContent()).includes("<img src=x onerror=alert(1)>"));
    assert.equal(await page.locator('[data-testid="timeline"] img').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
