// The live-tables pane (issue 3): typing the Parent/Child models into the models pane shows tables
// `parent` and `child`, with the physical column `child.parent_id → parent.id`, and, set apart as
// relationship attributes that are not columns, `Parent.children` and `Child.parent` with their
// direction, back-reference, cascade and the sentence explaining how each is resolved.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { openApp, setEditor, artifactPath, useBrowser } from "./harness.mjs";

const MODELS = `from sqlalchemy import Column, Integer, String, ForeignKey
from sqlalchemy.orm import relationship, declarative_base

Base = declarative_base()

class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    children = relationship("Child", back_populates="parent", cascade="all, delete-orphan")

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id"))
    name = Column(String)
    parent = relationship("Parent", back_populates="children")
`;

describe("the live-tables pane", () => {
  const ctx = useBrowser();

  it("shows parent and child with the foreign key and the virtual relationship attributes", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await setEditor(page, "script-editor", "");
    await setEditor(page, "models-editor", "");
    await page.waitForFunction(() => !document.querySelector('[data-testid="table-parent"]'));
    // Typed in, as a person pasting their models would.
    await setEditor(page, "models-editor", MODELS);
    const tables = page.getByTestId("tables");
    const parent = tables.getByTestId("table-parent");
    const child = tables.getByTestId("table-child");
    await parent.waitFor();
    await child.waitFor();

    // Physical columns: child.parent_id is a foreign key to parent.id; relationships are not columns.
    const columns = (t) => t.locator("table.columns tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.column));
    assert.deepEqual(await columns(parent), ["id", "name"]);
    assert.deepEqual(await columns(child), ["id", "parent_id", "name"]);
    assert.match(await child.locator('tr[data-column="parent_id"]').textContent(), /FK → parent\.id/);
    assert.match(await parent.locator('tr[data-column="id"]').textContent(), /PK/);

    // Relationship attributes, in their own block.
    const children = parent.getByTestId("rel-Parent.children");
    const back = child.getByTestId("rel-Child.parent");
    assert.match(await children.textContent(), /Parent\.children.*→ Child.*one-to-many.*list of Child.*↔ Child\.parent.*cascade: .*delete-orphan/s);
    assert.match(await back.textContent(), /Child\.parent.*→ Parent.*many-to-one.*↔ Parent\.children/s);
    assert.match(await children.locator(".rel-explain").textContent(), /Not a column.*child\.parent_id = parent\.id/);
    assert.equal(await parent.locator(".relationships").count(), 1);
    assert.equal(await parent.locator('table.columns tr[data-column="children"]').count(), 0);

    // The page's diagram and diagnostics agree: no errors, two entities.
    assert.equal(await page.getByTestId("diagnostics").locator(".diagnostic.error").count(), 0);
    assert.equal(await page.locator('[data-testid="diagram"] [data-testid^="entity-"]').count(), 2);
    await tables.screenshot({ path: await artifactPath("tables-pane.png") });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("re-renders only the tables that changed (keyed by content)", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    await page.getByTestId("table-child").locator("table.grid").waitFor();
    await page.evaluate(() => {
      document.querySelector('[data-testid="table-parent"]').dataset.mark = "kept";
      document.querySelector('[data-testid="table-child"]').dataset.mark = "kept";
    });
    await page.getByTestId("tab-console").click();
    await page.getByTestId("sql-console").fill("INSERT INTO child VALUES (9, 1, 'Eve');");
    await page.getByTestId("sql-console-run").click();
    await page.getByTestId("table-child").locator("td", { hasText: "Eve" }).waitFor();
    assert.equal(await page.getByTestId("table-parent").getAttribute("data-mark"), "kept", "parent did not change: same element");
    assert.equal(await page.getByTestId("table-child").getAttribute("data-mark"), null, "child changed: drawn anew");
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("a long list draws its first tables at once and the others when they scroll near", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    let models = "from sqlalchemy import Column, Integer, String\nfrom sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n";
    for (let i = 0; i < 40; i++) models += `\nclass T${i}(Base):\n    __tablename__ = "t${i}"\n    id = Column(Integer, primary_key=True)\n    name = Column(String)\n`;
    models += '\nfrom sqlalchemy import create_engine\nengine = create_engine("sqlite://")\nBase.metadata.create_all(engine)\n';
    await setEditor(page, "script-editor", "");
    await setEditor(page, "models-editor", models);
    const tables = page.getByTestId("tables");
    await tables.getByTestId("table-t39").waitFor();
    // Every table is listed with its heading; the first 12 are drawn (rows grid, columns).
    assert.equal(await tables.locator("section.db-table").count(), 40);
    await tables.getByTestId("table-t11").locator("table.grid").waitFor();
    assert.equal(await tables.getByTestId("table-t39").locator("table.grid").count(), 0, "t39 is not drawn before it is near");
    assert.match(await tables.getByTestId("table-t39").locator("h3").textContent(), /t39.*class T39.*0 rows/);
    await tables.getByTestId("table-t39").scrollIntoViewIfNeeded();
    await tables.getByTestId("table-t39").locator("table.grid .no-rows").waitFor();
    assert.deepEqual(await tables.getByTestId("table-t39").locator('tr[data-column]').evaluateAll((trs) => trs.map((tr) => tr.dataset.column)), ["id", "name"]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("a broken model shows the error where it is, and the page keeps the text", async () => {
    const { page, problems } = await openApp(ctx.browser, ctx.server.url);
    const broken = MODELS.replace('relationship("Child"', 'relationship("Kid"');
    await setEditor(page, "models-editor", broken);
    const error = page.getByTestId("diagnostics").locator(".diagnostic.error").first();
    await error.waitFor();
    assert.match(await error.textContent(), /Kid/);
    assert.equal(await page.evaluate(() => document.querySelector('[data-testid="models-editor"]').ormplayEditor.getValue()), broken);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
