/**
 * `solieu import` on every backend available (SQLite always, PostgreSQL with
 * SOLIEU_TEST_PG_URL): the CSV and XLSX exports imported into an empty store give the same
 * facts; rows are checked one by one, all or nothing without --partial, the good ones with it.
 *
 * Runs the built code (`npm run build` first).
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCommand } from "../dist/cli/export.js";
import { importCommand } from "../dist/cli/import.js";
import { COLUMNS } from "../dist/export/columns.js";
import { csvField } from "../dist/export/csv.js";
import { openStore } from "../dist/store/connect.js";
import { ingestFile } from "../dist/store/ingest.js";
import { queryFacts, type StoredFact } from "../dist/store/query.js";
import { type Backend, backends } from "./helpers/backends.js";
import { captured, REPORT } from "./helpers/exchange.js";

const HEADERS = COLUMNS.map((c: { header: string }) => c.header);

/**
 * A fact without what an import replaces: ids, provenance (the file and row), and why the
 * extractor labelled it (a figure entered by hand has no rule).
 */
function content(f: StoredFact): Record<string, unknown> {
  const {
    id: _id,
    doc: _doc,
    line: _line,
    column: _column,
    page: _page,
    document: _document,
    why: _why,
    ...rest
  } = f;
  return rest;
}
const key = (f: Record<string, unknown>) => JSON.stringify(f);
const sorted = (facts: StoredFact[]) => facts.map(content).sort((a, b) => key(a).localeCompare(key(b)));

async function storedFacts(db: string): Promise<StoredFact[]> {
  const store = await openStore(db);
  try {
    return await queryFacts(store);
  } finally {
    await store.close();
  }
}

async function documents(db: string) {
  const store = await openStore(db);
  try {
    return await store.db.selectFrom("documents").select(["id", "name", "format", "lines"]).execute();
  } finally {
    await store.close();
  }
}

const csvOf = (rows: string[][]) =>
  `\uFEFF${rows.map((r) => r.map((c) => csvField(c)).join(",")).join("\r\n")}\r\n`;

/** A row of the export's columns from a few fields by header. */
const row = (cells: Record<string, string>) => HEADERS.map((h: string) => cells[h] ?? "");

for (const backend of backends("import")) {
  describe(`import on ${backend.name}`, () => {
    let b: Backend;
    let dir: string;
    let source: string;
    let original: StoredFact[];

    beforeAll(async () => {
      b = backend;
      dir = mkdtempSync(join(tmpdir(), "solieu-import-"));
      writeFileSync(join(dir, "bao-cao-2023.txt"), REPORT);
      source = await b.newTarget();
      const store = await openStore(source);
      try {
        expect((await ingestFile(store, join(dir, "bao-cao-2023.txt"))).status).toBe("added");
        original = await queryFacts(store);
      } finally {
        await store.close();
      }
      expect(original.length).toBeGreaterThanOrEqual(8);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await b.cleanup();
    });

    for (const format of ["csv", "xlsx"] as const) {
      it(`round trip through ${format}: the same facts, provenance the file and its rows`, async () => {
        const file = join(dir, `round-trip.${format}`);
        expect((await captured(() => exportCommand({ format, out: file, db: source }))).code).toBe(0);
        const target = await b.newTarget();
        const r = await captured(() => importCommand(file, { db: target }));
        expect(r.stderr).toBe("");
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(`đã lưu ${original.length} số liệu`);
        const imported = await storedFacts(target);
        expect(imported.length).toBe(original.length);
        expect(sorted(imported)).toEqual(sorted(original));
        // The extractor says why of each fact it read; an imported fact has no why.
        expect(original.every((f) => typeof f.why?.kind === "string")).toBe(true);
        expect(imported.some((f) => "why" in f)).toBe(false);
        // Every field that survives, value by value: numbers stay numbers, absent stays absent.
        const range = imported.find((f) => f.value_text === "8,0-8,5") as StoredFact;
        expect(range).toMatchObject({ value: 8, value_max: 8.5, kind: "target", period: "2024" });
        expect(imported.find((f) => f.value_text === "389/460")?.total).toBe(460);
        expect(imported.find((f) => f.value_text === "7,5")).not.toHaveProperty("value_max");
        // Provenance: the imported file, row numbers from 2 (the header is row 1).
        expect(new Set(imported.map((f) => f.doc))).toEqual(new Set([basename(file)]));
        const lines = imported.map((f) => f.line).sort((a, c) => a - c);
        // Each fact its own row: (sheet, row) of the workbook, the record of the CSV.
        expect(new Set(imported.map((f) => `${f.page ?? ""}:${f.line}`)).size).toBe(imported.length);
        expect(Math.min(...lines)).toBe(2);
        if (format === "csv") expect(lines).toEqual(original.map((_, i) => i + 2));
        else expect(imported.every((f) => (f.page ?? 0) >= 1)).toBe(true);
        const docs = await documents(target);
        expect(docs).toHaveLength(1);
        expect(docs[0]).toMatchObject({ name: basename(file), format });
        // The same file again stores nothing more.
        const again = await captured(() => importCommand(file, { db: target }));
        expect(again.code).toBe(0);
        expect(again.stdout).toMatch(/không đổi/);
        expect(await documents(target)).toHaveLength(1);
        expect((await storedFacts(target)).length).toBe(original.length);
      });
    }

    it("XLSX rows are what the store holds, read back with exceljs", async () => {
      const file = join(dir, "check.xlsx");
      expect((await captured(() => exportCommand({ format: "xlsx", out: file, db: source }))).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const seen: string[] = [];
      for (const ws of wb.worksheets)
        ws.eachRow((r, n) => {
          if (n === 1) return;
          const v = (h: string) => r.getCell(HEADERS.indexOf(h) + 1).value;
          seen.push(`${v("Dòng")}:${v("Cột")} ${v("Giá trị")} ${v("Đơn vị")} ${v("Loại số")} ${v("Kỳ")}`);
        });
      expect(seen.sort()).toEqual(
        original.map((f) => `${f.line}:${f.column} ${f.value} ${f.unit} ${f.measure} ${f.period}`).sort(),
      );
    });

    const BAD_CSV = csvOf([
      HEADERS,
      row({
        "Giá trị": "7,2",
        "Loại số": "growth",
        Loại: "thực hiện",
        Kỳ: "2022",
        "Mã chỉ tiêu": "grdp_growth",
        "Địa bàn": "tỉnh Lai Châu",
        "Đơn vị": "%",
      }),
      row({
        "Giá trị": "abc",
        "Loại số": "share",
        Loại: "actual",
        Kỳ: "2022",
        "Chỉ tiêu": "Tỷ lệ hộ nghèo",
        "Địa bàn": "tỉnh Lai Châu",
      }),
      row({
        "Giá trị": "1.234,5",
        "Loại số": "level",
        Loại: "kế hoạch",
        Kỳ: "2021/2025",
        "Chỉ tiêu": "Tổng vốn đầu tư",
        "Địa bàn": "tỉnh Lai Châu",
        "Đơn vị": "tỷ đồng",
      }),
      row({
        "Giá trị": "5",
        "Loại số": "tăng",
        Loại: "actual",
        Kỳ: "năm ngoái",
        "Mã chỉ tiêu": "khong_co",
        "Địa bàn": "",
      }),
      row({}),
      row({
        "Giá trị": "9",
        "Giá trị tối đa": "8",
        "Loại số": "level",
        Loại: "actual",
        Kỳ: "2022",
        "Chỉ tiêu": "Số xã",
        "Địa bàn": "tỉnh Lai Châu",
      }),
    ]);
    const BAD_LINES = [
      'bad.csv: dòng 3, cột "Giá trị": không phải số',
      'bad.csv: dòng 5, cột "Loại số": không phải một trong level, growth',
      'bad.csv: dòng 5, cột "Kỳ": không phải mã kỳ',
      'bad.csv: dòng 5, cột "Mã chỉ tiêu": không có trong danh mục chỉ tiêu',
      'bad.csv: dòng 5, cột "Địa bàn": trống',
      'bad.csv: dòng 7, cột "Giá trị tối đa": nhỏ hơn Giá trị',
    ];

    it("bad rows without --partial: nothing stored, every bad row and column said, exit 2", async () => {
      const file = join(dir, "bad.csv");
      writeFileSync(file, BAD_CSV);
      const target = await b.newTarget();
      const r = await captured(() => importCommand(file, { db: target }));
      expect(r.code).toBe(2);
      for (const l of BAD_LINES) expect(r.stderr).toContain(`solieu import: ${l}`);
      expect(r.stderr).not.toMatch(/dòng (2|4|6),/);
      expect(r.stderr).toMatch(/6 lỗi, không lưu gì/);
      expect(r.stdout).toBe("");
      expect(await storedFacts(target)).toEqual([]);
      expect(await documents(target)).toEqual([]);
    });

    it("bad rows with --partial: the good rows stored, the bad said, exit 1", async () => {
      const file = join(dir, "bad.csv");
      writeFileSync(file, BAD_CSV);
      const target = await b.newTarget();
      const r = await captured(() => importCommand(file, { db: target, partial: true }));
      expect(r.code).toBe(1);
      for (const l of BAD_LINES) expect(r.stderr).toContain(`solieu import: ${l}`);
      expect(r.stdout).toContain("đã lưu 2 số liệu");
      const facts = await storedFacts(target);
      expect(
        facts.map((f) => [f.line, f.value, f.kind, f.period, f.indicator.code, f.indicator.text]),
      ).toEqual([
        [2, 7.2, "actual", "2022", "grdp_growth", "Tốc độ tăng trưởng kinh tế (GRDP)"],
        [4, 1234.5, "target", "2021/2025", null, "Tổng vốn đầu tư"],
      ]);
      expect(facts[0]).toMatchObject({
        doc: "bad.csv",
        value_text: "7,2",
        unit: "%",
        area: "tỉnh Lai Châu",
        qualifier: "",
      });
      // An imported figure is found like any other.
      const store = await openStore(target);
      try {
        expect(
          (await queryFacts(store, { area: "Lai Chau", indicator: "grdp_growth" })).map((f) => f.value),
        ).toEqual([7.2]);
      } finally {
        await store.close();
      }
    });

    it("XLSX entered by hand: a bad cell named by sheet, row and column; semicolon CSV read too", async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Nhập");
      ws.addRow(["Chỉ tiêu", "Giá trị", "Đơn vị", "Loại số", "Loại", "Kỳ", "Địa bàn"]);
      ws.addRow([
        "Số doanh nghiệp thành lập mới",
        120,
        "doanh nghiệp",
        "level",
        "actual",
        2023,
        "tỉnh Lai Châu",
      ]);
      ws.addRow(["Tỷ lệ che phủ rừng", "nhiều", "%", "share", "actual", "2023", "tỉnh Lai Châu"]);
      const notes = wb.addWorksheet("Ghi chú");
      notes.addRow(["Tệp nhập tay"]);
      const file = join(dir, "tay.xlsx");
      await wb.xlsx.writeFile(file);
      const target = await b.newTarget();
      const r = await captured(() => importCommand(file, { db: target }));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        'solieu import: tay.xlsx: trang "Nhập", dòng 3, cột "Giá trị": không phải số',
      );
      expect(await storedFacts(target)).toEqual([]);
      const p = await captured(() => importCommand(file, { db: target, partial: true }));
      expect(p.code).toBe(1);
      const facts = await storedFacts(target);
      expect(facts).toHaveLength(1);
      expect(facts[0]).toMatchObject({
        doc: "tay.xlsx",
        line: 2,
        page: 1,
        value: 120,
        value_text: "120",
        period: "2023",
      });
      expect(facts[0].sentence).toContain("Số doanh nghiệp thành lập mới");

      const semi = join(dir, "excel-vi.csv");
      writeFileSync(
        semi,
        "Chỉ tiêu;Giá trị;Đơn vị;Loại số;Loại;Kỳ;Địa bàn\r\nTỷ lệ hộ nghèo;12,5;%;share;ước tính;2023-S1;tỉnh Lai Châu\r\n",
      );
      const s = await captured(() => importCommand(semi, { db: target }));
      expect(s.code).toBe(0);
      const all = await storedFacts(target);
      expect(all.find((f) => f.doc === "excel-vi.csv")).toMatchObject({
        value: 12.5,
        kind: "estimate",
        period: "2023-S1",
        line: 2,
      });
    });

    it("a file it cannot use is said in one line, exit 2", async () => {
      const target = await b.newTarget();
      const missing = join(dir, "thieu-cot.csv");
      writeFileSync(
        missing,
        csvOf([
          ["Chỉ tiêu", "Giá trị"],
          ["GRDP", "5"],
        ]),
      );
      const r = await captured(() => importCommand(missing, { db: target }));
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('solieu import: thieu-cot.csv: thiếu cột "Loại số", "Loại", "Kỳ", "Địa bàn"\n');
      const none = await captured(() => importCommand(join(dir, "khong-co.csv"), { db: target }));
      expect(none.code).toBe(2);
      expect(none.stderr).toBe("solieu import: khong-co.csv: no such file\n");
      const txt = join(dir, "x.txt");
      writeFileSync(txt, "x");
      expect((await captured(() => importCommand(txt, { db: target }))).stderr).toMatch(
        /not a \.csv or \.xlsx/,
      );
      const notXlsx = join(dir, "fake.xlsx");
      writeFileSync(notXlsx, "not a zip");
      expect((await captured(() => importCommand(notXlsx, { db: target }))).stderr).toBe(
        "solieu import: fake.xlsx: not an .xlsx workbook\n",
      );
      const open = join(dir, "open.csv");
      writeFileSync(open, `${HEADERS.join(",")}\n"7,5,x\n`);
      expect((await captured(() => importCommand(open, { db: target }))).stderr).toMatch(
        /open\.csv: dòng 2: dấu ngoặc kép/,
      );
      expect(await documents(target)).toEqual([]);
    });
  });
}
