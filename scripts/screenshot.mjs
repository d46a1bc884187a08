#!/usr/bin/env node
// Renders `solieu extract samples/*.md` as a page and screenshots it into docs/screenshot.png,
// with Debian's Chromium driven by playwright-core (no browser download).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = execFileSync(
  process.execPath,
  [join(root, "bin", "solieu.js"), "extract", join(root, "samples", "dien-bien-2023-tom-tat.md")],
  {
    encoding: "utf8",
  },
);
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const rows = out
  .trim()
  .split("\n")
  .map((line) => {
    if (line.startsWith("#")) return `<caption>${esc(line.slice(2))}</caption>`;
    const cells = line.split("\t");
    const tag = cells[0] === "Dòng" ? "th" : "td";
    return `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join("")}</tr>`;
  })
  .join("\n");
const html = `<!doctype html><meta charset="utf-8"><style>
body{font:14px/1.4 "DejaVu Sans",sans-serif;background:#0f172a;color:#e2e8f0;margin:0;padding:20px}
.term{background:#111827;border-radius:8px;padding:16px 18px;box-shadow:0 4px 20px #0008}
.cmd{color:#93c5fd;font-family:"DejaVu Sans Mono",monospace;margin-bottom:10px}
table{border-collapse:collapse;font-family:"DejaVu Sans",sans-serif;font-size:12.5px}
caption{text-align:left;color:#fbbf24;padding:4px 0 8px}
th{color:#a7f3d0;text-align:left;border-bottom:1px solid #334155;padding:3px 10px}
td{padding:2px 10px;white-space:nowrap}td:nth-child(2){color:#fde68a;text-align:right}
td:nth-child(5){color:#c4b5fd}td:nth-child(7){color:#94a3b8}
</style><div class="term"><div class="cmd">$ npx solieu extract samples/dien-bien-2023-tom-tat.md</div><table>${rows}</table></div>`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const page = await browser.newPage({ viewport: { width: 1180, height: 200 }, deviceScaleFactor: 1 });
await page.setContent(html);
mkdirSync(join(root, "docs"), { recursive: true });
await page.locator(".term").screenshot({ path: join(root, "docs", "screenshot.png") });
await browser.close();
console.log("docs/screenshot.png written");
