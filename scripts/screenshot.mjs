#!/usr/bin/env node
// The README's screenshot (docs/screenshot.png): the web app's indicator page for GRDP growth
// over the sample reports, in Debian's Chromium driven by playwright-core (no browser download).
// Run after npm run build (npm run screenshot does both).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../dist/server/serve.js";
import { openStore } from "../dist/store/connect.js";

const root = join(import.meta.dirname, "..");
const samples = readdirSync(join(root, "samples")).map((f) => join(root, "samples", f));
const dir = mkdtempSync(join(tmpdir(), "solieu-screenshot-"));
const db = join(dir, "samples.db");
const ingest = spawnSync(
  process.execPath,
  [join(root, "bin", "solieu.js"), "ingest", ...samples, "--db", db],
  {
    encoding: "utf8",
  },
);
if (ingest.status !== 0) throw new Error(ingest.stderr);

const store = await openStore(db);
const server = await startServer(store, { port: 0, print: () => {} });
const browser = await chromium.launch({
  executablePath: process.env.SOLIEU_CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  await page.goto(`${server.url}/chi-tieu/grdp_growth`);
  await page.locator('[data-testid="indicator-chart"] canvas').first().waitFor();
  // The chart animates in; wait for it to settle.
  await page.waitForTimeout(1200);
  const out = join(root, "docs", "screenshot.png");
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
