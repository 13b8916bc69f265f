#!/usr/bin/env node
// Writes screenshots of the release page to test-artifacts/ (not a test: nothing here can fail but a page
// that does not load). Laptop, small-laptop and phone sizes in the light theme, the laptop in dark too,
// each after the first lesson ran and the SQL console ran a join.
//
// Usage: node scripts/screenshots.mjs   (after `trunk build --release`; scripts/browser-test.sh runs it)

import { serve, launch, openApp, artifactPath, runConsole } from "../tests/browser/harness.mjs";

const SHOTS = [
  { name: "page-1280x720.png", colorScheme: "light", viewport: { width: 1280, height: 720 } },
  { name: "page-1280x720-dark.png", colorScheme: "dark", viewport: { width: 1280, height: 720 } },
  { name: "page-1024x768.png", colorScheme: "light", viewport: { width: 1024, height: 768 } },
  { name: "page-390x844.png", colorScheme: "light", viewport: { width: 390, height: 844 } },
];

const server = await serve();
const browser = await launch();
try {
  for (const shot of SHOTS) {
    const { page, problems } = await openApp(browser, server.url, shot);
    await page.getByTestId("table-parent").waitFor();
    await page.locator('[data-testid="diagram"] [data-testid="entity-child"]').waitFor();
    await runConsole(page, "SELECT p.name, c.name FROM parent p JOIN child c ON c.parent_id = p.id;");
    await page.getByTestId("sql-console-output").locator("table.grid").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    const path = await artifactPath(shot.name);
    await page.screenshot({ path });
    console.log(`screenshot ${path}${problems.length ? ` (page problems: ${problems.join("; ")})` : ""}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
