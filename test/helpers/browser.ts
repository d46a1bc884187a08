/**
 * Headless Chromium for the web app's end-to-end tests: Debian's browser driven by
 * playwright-core (no browser download). Where it is missing the tests skip, saying so.
 */

import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.SOLIEU_CHROMIUM ?? "/usr/bin/chromium";

/** Where screenshots go: kept after the run as the tests' artefacts (ignored by git). */
export const ARTEFACTS = join(import.meta.dirname, "..", "..", "test-artifacts", "e2e");

export function hasChromium(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  console.warn(`${suite}: browser tests SKIPPED (${CHROMIUM} not found; apt-get install chromium)`);
  return false;
}

export function launch(): Promise<Browser> {
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** What went wrong in a page: script errors, failed console messages and any dialog opened. */
export interface PageTrouble {
  errors: string[];
  dialogs: string[];
}

/** A new page that records its trouble; a dialog (an alert) is dismissed and recorded. */
export async function openPage(
  browser: Browser,
  base: string,
): Promise<{ page: Page; trouble: PageTrouble }> {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const trouble: PageTrouble = { errors: [], dialogs: [] };
  page.on("pageerror", (e) => trouble.errors.push(e.message));
  page.on("console", (m) => {
    // A refused request (401 before signing in) is the app's business, not a fault of the page.
    if (m.type() === "error" && !/status of 40[134]/.test(m.text())) trouble.errors.push(m.text());
  });
  page.on("dialog", (d) => {
    trouble.dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, trouble };
}

export function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: false });
}
