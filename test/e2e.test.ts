/**
 * The web app end to end, in headless Chromium against `solieu serve` on a SQLite store of the
 * sample reports (samples/, shipped with the project, so it runs without ../shared) and a
 * report written to try to inject markup. Screenshots go to test-artifacts/e2e/.
 *
 * Runs on the built app (`npm run build` first; `npm test` does it).
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../dist/server/serve.js";
import { openStore, type Store } from "../dist/store/connect.js";
import { hasChromium, launch, openPage, shot } from "./helpers/browser.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "solieu.js");
const SAMPLES = readdirSync(join(ROOT, "samples"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => join(ROOT, "samples", f));
const EDITOR = { name: "bientap", password: "mat-khau-thu-nghiem" };

// Markup in a report is text: none of it may run or become an element.
const HOSTILE_LINES = [
  "BÁO CÁO THỬ NGHIỆM <script>alert(1)</script>",
  "",
  'Tỷ lệ hộ nghèo năm 2023 còn 24,5% "><img src=x onerror=alert(1)> theo số liệu &amp; kiểm tra.',
];

const dir = mkdtempSync(join(tmpdir(), "solieu-e2e-"));
const db = join(dir, "e2e.db");

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`solieu ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

describe.skipIf(!hasChromium("e2e"))("web app in Chromium", () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  const api = async <T>(path: string): Promise<T> => (await fetch(server.url + path)).json() as Promise<T>;
  const docId = async (name: string) => {
    const { documents } = await api<{ documents: { id: number; doc: string }[] }>("/api/documents");
    const d = documents.find((x) => x.doc === name);
    if (!d) throw new Error(`${name} not stored`);
    return d.id;
  };

  beforeAll(async () => {
    const hostile = join(dir, "bao-cao-thu-nghiem.txt");
    writeFileSync(hostile, `${HOSTILE_LINES.join("\n")}\n`);
    cli(["ingest", ...SAMPLES, hostile, "--db", db]);
    cli(["user", "add", EDITOR.name, "--role", "editor", "--db", db], { SOLIEU_PASSWORD: EDITOR.password });
    store = await openStore(db);
    server = await startServer(store, { port: 0, print: () => {} });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens the overview: a scorecard of plan against result", async () => {
    const { page, trouble } = await openPage(browser, server.url);
    await page.goto("/");
    const rows = page.locator('[data-testid="scorecard"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator("nav").innerText()).toContain("Tổng quan");
    await shot(page, "overview");
    expect(trouble).toEqual({ errors: [], dialogs: [] });
  });

  it("lists by default every catalogued indicator with a plan for the period, by sector, those without a result too", async () => {
    const { page, trouble } = await openPage(browser, server.url);
    const area = encodeURIComponent("tỉnh Điện Biên");
    await page.goto(`/?period=2023&area=${area}`);
    const table = page.locator('[data-testid="status-table"]');
    await table.locator("tbody tr.status-row").first().waitFor();
    const rows = table.locator("tbody tr.status-row");
    const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-indicator")));
    // Only the catalogue's, in its order: GRDP growth first, the economy before public finance.
    expect(codes.length).toBeGreaterThanOrEqual(3);
    expect(codes.every(Boolean)).toBe(true);
    expect(codes[0]).toBe("grdp_growth");
    const headings = await table.locator("tr.group").allInnerTexts();
    expect(headings.map((h) => h.trim().toLowerCase()).slice(0, 2)).toEqual(["kinh tế", "tài chính"]);
    // Named by the catalogue, the report's own words beneath.
    expect(await rows.first().locator(".indicator-link").innerText()).toBe(
      "Tốc độ tăng trưởng kinh tế (GRDP)",
    );
    expect(await rows.first().getAttribute("data-status")).toBe("not_met");

    await page.goto(`/?period=2024&area=${area}`);
    await table.locator("tbody tr.status-row").first().waitFor();
    const plans = await table
      .locator("tbody tr.status-row")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status")));
    expect(plans.length).toBeGreaterThanOrEqual(3);
    expect(plans.every((s) => s === "no_result")).toBe(true);
    expect(await table.innerText()).toContain("Chưa có kết quả");
    await shot(page, "overview-2024");
    expect(trouble).toEqual({ errors: [], dialogs: [] });
  });

  it("switches to English and back", async () => {
    const { page } = await openPage(browser, server.url);
    await page.goto("/");
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await expect.poll(() => page.locator("nav").innerText()).toContain("Overview");
    await page.getByRole("button", { name: "VI", exact: true }).click();
    await expect.poll(() => page.locator("nav").innerText()).toContain("Tổng quan");
  });

  it("opens grdp_growth: a chart with at least two results and a target", async () => {
    const { page, trouble } = await openPage(browser, server.url);
    await page.goto("/chi-tieu/grdp_growth");
    const chart = page.locator('[data-testid="indicator-chart"]');
    await chart.locator("canvas").first().waitFor();
    expect(Number(await chart.getAttribute("data-points"))).toBeGreaterThanOrEqual(2);
    expect(Number(await chart.getAttribute("data-targets"))).toBeGreaterThanOrEqual(1);
    // Every version of the figure is listed with its document.
    expect(await page.locator("body").innerText()).toContain("dien-bien-6-thang-2023.md");
    await shot(page, "indicator-grdp_growth");
    expect(trouble).toEqual({ errors: [], dialogs: [] });
  });

  it("opens a document, clicks a highlighted figure and sees its fact; #L scrolls to the line", async () => {
    const { page, trouble } = await openPage(browser, server.url);
    const id = await docId("dien-bien-6-thang-2023.md");
    await page.goto(`/van-ban/${id}`);
    const figure = page.locator("mark.fig", { hasText: "7,06" }).first();
    await figure.click();
    const panel = page.locator('[data-testid="fact-panel"]');
    await panel.waitFor();
    // (The panel opens at once and fills when its fact arrives: wait for it, on a busy machine too.)
    await expect.poll(() => panel.innerText()).toContain("7,06");
    await expect.poll(() => panel.locator('a[href="/chi-tieu/grdp_growth"]').count()).toBeGreaterThan(0);
    await shot(page, "document");

    await page.goto(`/van-ban/${id}#L19`);
    const line = page.locator("#L19");
    await line.waitFor();
    await expect.poll(() => line.isVisible()).toBe(true);
    expect(await line.innerText()).toContain("10,0%");
    expect(trouble).toEqual({ errors: [], dialogs: [] });
  });

  it('searches "ty le ho ngheo" without diacritics and finds the poverty figure', async () => {
    const { page, trouble } = await openPage(browser, server.url);
    await page.goto("/tim-kiem");
    await page.locator('[data-testid="search-input"]').fill("ty le ho ngheo");
    await page.locator('[data-testid="search-input"]').press("Enter");
    const hits = page.locator('[data-testid="search-hit"]');
    await hits.first().waitFor();
    const all = await hits.allInnerTexts();
    expect(all.some((t) => /hộ nghèo/i.test(t) && t.includes("26,03"))).toBe(true);
    await shot(page, "search");
    expect(trouble).toEqual({ errors: [], dialogs: [] });
  });

  it("signs in, corrects a fact and sees the correction in its history", async () => {
    const { page, trouble } = await openPage(browser, server.url);
    const { facts } = await api<{ facts: { id: number; value_text: string }[] }>(
      "/api/facts?indicator=poverty_rate&limit=1000",
    );
    const fact = facts.find((f) => f.value_text === "26,03");
    expect(fact).toBeDefined();
    await page.goto("/dang-nhap");
    await page.locator('input[name="name"]').fill(EDITOR.name);
    await page.locator('input[name="password"]').fill(EDITOR.password);
    await page.locator('input[name="password"]').press("Enter");
    await expect.poll(() => page.locator("header").innerText()).toContain(EDITOR.name);

    await page.goto(`/ra-soat/${fact?.id}`);
    const value = page.locator('input[name="value"]');
    await value.waitFor();
    await value.fill("26,3");
    await page.locator('[data-testid="review-correct"]').click();
    const history = page.locator('[data-testid="review-history"]');
    await expect.poll(() => history.innerText()).toContain(EDITOR.name);
    const text = await history.innerText();
    expect(text).toContain("26,03");
    expect(text).toContain("26,3");
    const after = await api<{ fact: { value: number; review_state: string } }>(`/api/facts/${fact?.id}`);
    expect(after.fact).toMatchObject({ value: 26.3, review_state: "corrected" });
    await shot(page, "review");
    expect(trouble).toEqual({ errors: [], dialogs: [] });
  });

  it("uploads a report with its date and area filled in, sees its facts and why each was read so", async () => {
    const { page, trouble } = await openPage(browser, server.url);
    await page.goto("/dang-nhap");
    await page.locator('input[name="name"]').fill(EDITOR.name);
    await page.locator('input[name="password"]').fill(EDITOR.password);
    await page.locator('input[name="password"]').press("Enter");
    await expect.poll(() => page.locator("header").innerText()).toContain(EDITOR.name);

    const upload = join(dir, "bao-cao-huyen-2024.txt");
    // The text names neither its date nor its district: the form says them.
    writeFileSync(
      upload,
      "BÁO CÁO\nKết quả năm 2024\n\nNăm 2024, tổng sản lượng lương thực đạt 25.400 tấn, tỷ lệ hộ nghèo còn 31,2%.\n",
    );
    await page.goto("/tai-len");
    const hints = page.locator('[data-testid="upload-hints"]');
    await hints.waitFor();
    expect(await hints.innerText()).toContain("Ngày văn bản");
    expect(await page.locator('[data-testid="upload-area"]').getAttribute("placeholder")).toBe(
      "tỉnh Lào Cai",
    );
    await page.locator('[data-testid="upload-date"]').fill("20/12/2024");
    await page.locator('[data-testid="upload-area"]').fill("huyện Tuần Giáo");
    await page.locator('[data-testid="upload-input"]').setInputFiles(upload);
    const result = page.locator('[data-testid="upload-result"]');
    await expect.poll(() => result.locator('a[href^="/van-ban/"]').count(), { timeout: 30_000 }).toBe(1);
    const id = await docId("bao-cao-huyen-2024.txt");
    expect(await result.locator(`a[href="/van-ban/${id}"]`).count()).toBe(1);
    expect(await result.locator('[data-testid="upload-given"]').innerText()).toContain("huyện Tuần Giáo");
    const { documents } = await api<{
      documents: { id: number; date: string; area: string; given: object }[];
    }>("/api/documents");
    expect(documents.find((d) => d.id === id)).toMatchObject({
      date: "2024-12-20",
      area: "huyện Tuần Giáo",
      given: { date: "2024-12-20", area: "huyện Tuần Giáo" },
    });
    const { facts } = await api<{ facts: { value_text: string; area: string }[] }>(
      `/api/facts?doc=bao-cao-huyen-2024.txt`,
    );
    expect(facts.map((f) => f.value_text)).toEqual(expect.arrayContaining(["25.400", "31,2"]));
    expect(facts.every((f) => f.area === "huyện Tuần Giáo")).toBe(true);
    await shot(page, "upload");

    // Its figure's panel says why it was read as it was: the kind's rule and the period's.
    await page.goto(`/van-ban/${id}`);
    await page.locator("mark.fig", { hasText: "31,2" }).first().click();
    const why = page.locator('[data-testid="fact-panel"] [data-testid="fact-why"]');
    await why.waitFor();
    expect(await page.locator('[data-testid="fact-panel"]').innerText()).toContain("Vì sao");
    expect(await why.locator('[data-why="kind"]').innerText()).toMatch(/^Loại: \S/);
    expect(await why.locator('[data-why="period"]').innerText()).toMatch(/^Kỳ: \S/);
    await shot(page, "fact-why");
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await expect.poll(() => page.locator('[data-testid="fact-panel"]').innerText()).toContain("Why");
    expect(trouble).toEqual({ errors: [], dialogs: [] });
  });

  it("renders markup in a report's text as text: no script runs, no element is made", async () => {
    const { page, trouble } = await openPage(browser, server.url);
    const id = await docId("bao-cao-thu-nghiem.txt");
    await page.goto(`/van-ban/${id}`);
    await page.locator("#L3").waitFor();
    expect(await page.locator("#L1").innerText()).toContain("<script>alert(1)</script>");
    expect(await page.locator("#L3").innerText()).toContain('"><img src=x onerror=alert(1)>');
    expect(await page.locator("#L3").innerText()).toContain("&amp;");
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator("main script").count()).toBe(0);
    // The search snippet shows the same text, as text.
    await page.goto(`/tim-kiem?q=${encodeURIComponent("kiem tra")}`);
    await page.locator('[data-testid="search-hit"]').first().waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(trouble.dialogs).toEqual([]);
    expect(trouble.errors).toEqual([]);
  });
});
