/**
 * `solieu report`: the plan-against-result table of a period as DOCX and Markdown, on every
 * backend that is available (SQLite always, PostgreSQL with SOLIEU_TEST_PG_URL). A plan and a
 * result document are ingested; the DOCX is read back with mammoth and its package parts, the
 * Markdown table is parsed.
 *
 * Runs the built code (`npm run build` first; `npm test` does it).
 */

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import yauzl from "yauzl";
import { reportCommand } from "../dist/cli/report.js";
import { buildReport, periodLabel, roman } from "../dist/report/rows.js";
import { openStore } from "../dist/store/connect.js";
import { ingestFiles } from "../dist/store/ingest.js";
import { type Backend, backends } from "./helpers/backends.js";

const PLAN = [
  "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH ĐIỆN BIÊN NĂM 2023",
  "",
  "Năm 2023, tỉnh Điện Biên phấn đấu: tốc độ tăng trưởng kinh tế của tỉnh Điện Biên đạt 8%; tỷ lệ hộ nghèo của tỉnh Điện Biên giảm còn dưới 25%; thu ngân sách nhà nước trên địa bàn tỉnh Điện Biên đạt 1.400 tỷ đồng; tỷ lệ trường đạt chuẩn quốc gia của tỉnh Điện Biên đạt 60%.",
  "",
  "Năm 2023, tỷ lệ hộ nghèo của huyện Điện Biên giảm còn 10%.",
  "",
].join("\n");

const RESULT = [
  "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH ĐIỆN BIÊN NĂM 2023",
  "",
  "Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh Điện Biên đạt 6,8%; tỷ lệ hộ nghèo của tỉnh Điện Biên còn 24,1%.",
  "",
  "Thu ngân sách nhà nước trên địa bàn tỉnh Điện Biên năm 2023 đạt 1.520 tỷ đồng, tăng 12,3% so với năm 2022.",
  "",
  "Tổng mức bán lẻ hàng hóa của tỉnh Điện Biên năm 2023 đạt 9.800 tỷ đồng, tăng 10,5% so với cùng kỳ.",
  "",
  "Năm 2023, tỷ lệ hộ nghèo của huyện Điện Biên giảm còn 10,5%.",
  // Far enough from line 9 for the two figures of the district to be two statements.
  ...Array.from({ length: 6 }, () => ["", "Các ngành, lĩnh vực tiếp tục được chỉ đạo quyết liệt."]).flat(),
  "",
  "Năm 2023, tỷ lệ hộ nghèo của huyện Điện Biên còn 10,8%.",
  "",
].join("\n");

const PROVINCE = "tỉnh Điện Biên";
const PLAN_LINE = "kh2023.txt, dòng 3";
const RESULT_LINE = "bc2023.txt, dòng 3";

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "solieu-report-test-"));
  writeFileSync(path("kh2023.txt"), PLAN);
  writeFileSync(path("bc2023.txt"), RESULT);
});

const BACKENDS = backends("report tests");

afterAll(async () => {
  for (const b of BACKENDS) await b.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A store with the two documents, and its --db. */
async function filled(backend: Backend): Promise<string> {
  const target = await backend.newTarget();
  const store = await openStore(target);
  try {
    const r = await ingestFiles(store, [path("kh2023.txt"), path("bc2023.txt")]);
    expect(r.map((x) => x.status)).toEqual(["added", "added"]);
  } finally {
    await store.close();
  }
  return target;
}

/** Run the command, with what it says on stderr. */
async function run(opts: Parameters<typeof reportCommand>[0]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  try {
    return { code: await reportCommand(opts), stderr };
  } finally {
    spy.mockRestore();
  }
}

/** The rows of the (last) table of mammoth's HTML, as the text of their cells. */
function htmlTableRows(html: string): string[][] {
  const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
  const last = tables[tables.length - 1] ?? "";
  const strip = (s: string) =>
    s
      .replace(/<sup>(.*?)<\/sup>/g, "^$1")
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .trim();
  return (last.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map((tr) =>
    (tr.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>/g) ?? []).map(strip),
  );
}

/** The rows of the Markdown table, cells trimmed, the delimiter row left out. */
function markdownTableRows(md: string): string[][] {
  return md
    .split("\n")
    .filter((l) => l.startsWith("|") && !/^\|\s*:?-/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split(" | ")
        .map((c) => c.replace(/<sup>(.*?)<\/sup>/g, "^$1").trim()),
    );
}

function zipEntry(file: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString("utf8"));
          });
        });
      });
      zip.on("end", () => reject(new Error(`${name} not in ${file}`)));
      zip.readEntry();
    });
  });
}

const HEADER = [
  "STT",
  "Chỉ tiêu",
  "Đơn vị",
  "Kế hoạch",
  "Thực hiện / Ước thực hiện",
  "% KH",
  "So với cùng kỳ",
  "Đánh giá",
];

/** The table of the province for 2023; notes: (1) plan line 3, (2) result line 3, (3) line 5, (4) line 7. */
const PROVINCE_TABLE = [
  HEADER,
  ["I", "KINH TẾ"],
  ["1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "8^(1)", "6,8^(2)", "85", "", "Không đạt"],
  ["II", "TÀI CHÍNH"],
  [
    "1",
    "Thu ngân sách nhà nước trên địa bàn",
    "tỷ đồng",
    "1.400^(1)",
    "1.520^(3)",
    "108,6",
    "+12,3%^(3)",
    "Vượt",
  ],
  ["III", "THƯƠNG MẠI"],
  [
    "1",
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
    "tỷ đồng",
    "",
    "9.800^(4)",
    "",
    "+10,5%^(4)",
    "",
  ],
  ["IV", "XÃ HỘI"],
  ["1", "Tỷ lệ hộ nghèo", "%", "dưới 25^(1)", "24,1^(2)", "", "", "Vượt"],
  ["V", "GIÁO DỤC"],
  ["1", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "60^(1)", "", "", "", "Chưa có kết quả"],
];

describe.each(BACKENDS)("report on $name", (backend: Backend) => {
  let db: string;
  beforeAll(async () => {
    db = await filled(backend);
  });

  it("builds the model: sectors in order, rows judged, growth against last year, notes", async () => {
    const store = await openStore(db, { mustExist: true });
    try {
      const r = await buildReport(store, { period: "2023", area: PROVINCE });
      expect(r.area).toBe(PROVINCE);
      expect(r.periodLabel).toBe("năm 2023");
      expect(r.subtitle).toBe("Kết quả thực hiện các chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2023");
      expect(r.groups.map((g) => `${g.numeral}. ${g.heading}`)).toEqual([
        "I. Kinh tế",
        "II. Tài chính",
        "III. Thương mại",
        "IV. Xã hội",
        "V. Giáo dục",
      ]);
      const rows = r.groups.flatMap((g) => g.rows);
      expect(rows.map((x) => [x.code, x.status, x.assessment])).toEqual([
        ["grdp_growth", "not_met", "Không đạt"],
        ["budget_revenue_local", "exceeded", "Vượt"],
        ["retail_sales", "no_target", ""],
        ["poverty_rate", "exceeded", "Vượt"],
        ["schools_national_standard", "no_result", "Chưa có kết quả"],
      ]);
      // The growth of the budget revenue is its "so với cùng kỳ", cited to its own line.
      const budget = rows[1];
      expect(budget.compare).toEqual({ text: "+12,3%", notes: [3] });
      expect(r.notes.map((n) => n.text.split(" (")[0])).toEqual([
        PLAN_LINE,
        RESULT_LINE,
        "bc2023.txt, dòng 5",
        "bc2023.txt, dòng 7",
      ]);
      expect(r.notes[0].title).toBe("KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH ĐIỆN BIÊN NĂM 2023");
      // The district's two figures disagree, but not in the province.
      expect(r.findings).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it("writes the DOCX: title block, table rows, notes; A4, Times New Roman, decree margins", async () => {
    const out = path(`report-${backend.name}.docx`);
    const { code, stderr } = await run({ period: "2023", area: "tinh dien bien", format: "docx", out, db });
    expect(stderr).toBe("");
    expect(code).toBe(0);

    const text = (await mammoth.extractRawText({ path: out })).value;
    const lines = text.split("\n").filter((l) => l.trim());
    expect(lines.slice(0, 4)).toEqual([
      "TỈNH ĐIỆN BIÊN",
      "―――――",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    expect(lines).toContain("BÁO CÁO");
    expect(lines).toContain("Kết quả thực hiện các chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2023");
    expect(lines).toContain(`Địa bàn: ${PROVINCE}`);
    expect(lines.filter((l) => l.startsWith("(")).map((l) => l.split(" (")[0])).toEqual([
      `(1) ${PLAN_LINE}`,
      `(2) ${RESULT_LINE}`,
      "(3) bc2023.txt, dòng 5",
      "(4) bc2023.txt, dòng 7",
    ]);
    expect(lines).toContain("Không phát hiện số liệu nào không nhất quán.");

    const html = (await mammoth.convertToHtml({ path: out })).value;
    expect(htmlTableRows(html)).toEqual(PROVINCE_TABLE);

    const xml = await zipEntry(out, "word/document.xml");
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(xml);
    const mm = (twips: string) => (Number(twips) * 25.4) / 1440;
    const [top, right, bottom, left] = (margin ?? []).slice(1).map(mm);
    expect(top).toBeGreaterThanOrEqual(20);
    expect(top).toBeLessThanOrEqual(25);
    expect(bottom).toBeGreaterThanOrEqual(20);
    expect(bottom).toBeLessThanOrEqual(25);
    expect(left).toBeGreaterThanOrEqual(30);
    expect(left).toBeLessThanOrEqual(35);
    expect(right).toBeGreaterThanOrEqual(15);
    expect(right).toBeLessThanOrEqual(20);
    // The header row of the figures' table repeats on every page; only it.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const styles = await zipEntry(out, "word/styles.xml");
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    // 14 pt by default, 13 pt in the table and the notes (Word's built-in heading styles aside).
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>[\s\S]*<\/w:docDefaults>/);
    expect(new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2))).toEqual(
      new Set([13, 14]),
    );
  });

  it("writes the same content as Markdown", async () => {
    const out = path(`report-${backend.name}.md`);
    const { code, stderr } = await run({ period: "2023", area: PROVINCE, format: "md", out, db });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const md = readFileSync(out, "utf8");
    expect(md).toContain("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**");
    expect(md).toContain("**Độc lập - Tự do - Hạnh phúc**");
    expect(md).toContain("# BÁO CÁO");
    expect(md).toContain(`Địa bàn: ${PROVINCE}`);
    const rows = markdownTableRows(md).map((r) => {
      // Group rows are bold, with empty cells after the heading.
      const cells = r.map((c) => c.replace(/^\*\*(.*)\*\*$/, "$1"));
      return /^[IVX]+$/.test(cells[0]) ? cells.slice(0, 2) : cells;
    });
    expect(rows).toEqual(PROVINCE_TABLE);
    expect(md).toMatch(/\n\(1\) kh2023\.txt, dòng 3 \(KẾ HOẠCH/);
    expect(md).toMatch(/\n\(4\) bc2023\.txt, dòng 7 \(BÁO CÁO/);
    // Without --format, the extension says Markdown.
    const again = path(`again-${backend.name}.md`);
    expect((await run({ period: "2023", area: PROVINCE, out: again, db })).code).toBe(0);
    expect(readFileSync(again, "utf8")).toBe(md);
  });

  it("lists the findings of the area and period asked, every area's without --area", async () => {
    const everywhere = path(`all-${backend.name}.md`);
    expect((await run({ period: "2023", format: "md", out: everywhere, db })).code).toBe(0);
    const md = readFileSync(everywhere, "utf8");
    const findings = md.slice(md.indexOf("## Kết quả kiểm tra"));
    expect(findings).toMatch(
      /\n1\. tỷ lệ hộ nghèo của huyện Điện Biên \(huyện Điện Biên, 2023\): 10,5% \(bc2023\.txt L9\) ≠ 10,8% \(bc2023\.txt L23\)/,
    );
    // Two areas: each row names its own.
    const rows = markdownTableRows(md);
    expect(rows.find((r) => r[1] === "Tỷ lệ hộ nghèo - huyện Điện Biên")?.slice(3)).toEqual([
      "10^(5)",
      "10,8^(6)",
      "",
      "",
      "Không đạt",
    ]);
    expect(rows.find((r) => r[1] === "Tỷ lệ hộ nghèo - tỉnh Điện Biên")?.[7]).toBe("Vượt");

    const district = path(`district-${backend.name}.md`);
    expect(
      (await run({ period: "2023", area: "huyện Điện Biên", format: "md", out: district, db })).code,
    ).toBe(0);
    expect(readFileSync(district, "utf8")).toContain("10,5% (bc2023.txt L9) ≠ 10,8% (bc2023.txt L23)");

    // Another year: nothing to report, no finding of 2023.
    const other = path(`2022-${backend.name}.md`);
    expect((await run({ period: "2022", format: "md", out: other, db })).code).toBe(0);
    const text = readFileSync(other, "utf8");
    expect(text).toContain("năm 2022");
    expect(text).toContain("Không có chỉ tiêu nào có kế hoạch hoặc kết quả cho năm 2022");
    expect(text).toContain("Không phát hiện số liệu nào không nhất quán.");
  });

  it("says in one line what is wrong, exit 2, writing nothing", async () => {
    const out = path(`never-${backend.name}.docx`);
    const missing = await run({ format: "docx", out, db });
    expect(missing).toEqual({
      code: 2,
      stderr: "solieu report: missing --period (a period code: 2023, 2023-S1, 2021/2025)\n",
    });
    const format = await run({ period: "2023", format: "pdf", out, db });
    expect(format).toEqual({ code: 2, stderr: 'solieu report: unknown format "pdf" (docx or md)\n' });
    const nowhere = join(dir, "no-such-dir", "r.docx");
    const unwritable = await run({ period: "2023", format: "docx", out: nowhere, db });
    expect(unwritable).toEqual({
      code: 2,
      stderr: `solieu report: cannot write ${nowhere} (no such directory)\n`,
    });
    const isDir = await run({ period: "2023", format: "docx", out: dir, db });
    expect(isDir).toEqual({ code: 2, stderr: `solieu report: cannot write ${dir} (it is a directory)\n` });
    expect(existsSync(out)).toBe(false);
  });
});

describe("report words", () => {
  it("names periods and numbers groups as administrative documents do", () => {
    expect(
      ["2023", "2023-S1", "2023-S2", "2023-Q3", "2023-06", "2023-01/2023-09", "2021/2025"].map(periodLabel),
    ).toEqual([
      "năm 2023",
      "6 tháng đầu năm 2023",
      "6 tháng cuối năm 2023",
      "quý III năm 2023",
      "tháng 6 năm 2023",
      "9 tháng đầu năm 2023",
      "giai đoạn 2021 - 2025",
    ]);
    expect([1, 2, 3, 4, 5, 9, 14, 40].map(roman)).toEqual(["I", "II", "III", "IV", "V", "IX", "XIV", "XL"]);
  });

  it("refuses a missing --period before opening any store", async () => {
    const db = join(tmpdir(), "solieu-report-never.db");
    const r = await run({ format: "md", db });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^solieu report: missing --period/);
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(existsSync(db)).toBe(false);
  });
});
