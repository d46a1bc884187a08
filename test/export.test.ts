/**
 * `solieu export` on every backend available (SQLite always, PostgreSQL with
 * SOLIEU_TEST_PG_URL): CSV (BOM, headers, quoting), XLSX (sheets by sector, frozen header,
 * number formats), SDMX-CSV (header, time codes, area codes) and DHIS2 JSON (periods, mapping).
 *
 * Runs the built code (`npm run build` first).
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../dist/catalogue/csv.js";
import { exportCommand } from "../dist/cli/export.js";
import { COLUMNS } from "../dist/export/columns.js";
import { csvField, factsCsv } from "../dist/export/csv.js";
import { dhis2Period } from "../dist/export/dhis2.js";
import { SDMX_HEADER, sdmxPeriod } from "../dist/export/sdmx.js";
import { openStore } from "../dist/store/connect.js";
import { ingestFile } from "../dist/store/ingest.js";
import { queryFacts, type StoredFact } from "../dist/store/query.js";
import { type Backend, backends } from "./helpers/backends.js";
import { captured, REPORT } from "./helpers/exchange.js";

const HEADERS = COLUMNS.map((c: { header: string }) => c.header);

describe("CSV fields and periods", () => {
  it("quotes a field with a comma, a quote or a line break, and reads it back", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('nói "có"')).toBe('"nói ""có"""');
    expect(csvField("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvField(7.5)).toBe("7.5");
    expect(csvField(null)).toBe("");
    const text = `a,b,c\r\n"x, y","nói ""có""","một\r\nhai"\r\n1,,3\r\n`;
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["x, y", 'nói "có"', "một\r\nhai"],
      ["1", "", "3"],
    ]);
    expect(parseCsv("a;b\n1,5;2\n")).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
    expect(() => parseCsv('a,b\n"open,2\n')).toThrow(/dòng 2/);
  });

  it("maps period codes to SDMX and DHIS2", () => {
    expect(
      ["2023", "2023-S1", "2023-Q3", "2023-06", "2023-06-19", "2021/2025", "2023-01/2023-10"].map(sdmxPeriod),
    ).toEqual(["2023", "2023-S1", "2023-Q3", "2023-06", "2023-06-19", "2021/2025", "2023-01/2023-10"]);
    expect(sdmxPeriod("năm 2023")).toBeNull();
    expect(dhis2Period("2023")).toEqual({ period: "2023" });
    expect(dhis2Period("2023-S1")).toEqual({ period: "2023S1" });
    expect(dhis2Period("2023-Q3")).toEqual({ period: "2023Q3" });
    expect(dhis2Period("2023-06")).toEqual({ period: "202306" });
    expect(dhis2Period("2023-06-19")).toEqual({ period: "20230619" });
    expect(dhis2Period("2021/2025")?.period).toBe("2025");
    expect(dhis2Period("2021/2025")?.note).toMatch(/2021\/2025/);
    expect(dhis2Period("2023-01/2023-10")?.period).toBe("202310");
    expect(dhis2Period("x")).toBeNull();
  });

  it("writes a BOM and the headers even with no facts", () => {
    expect(factsCsv([])).toBe(`\uFEFF${HEADERS.join(",")}\r\n`);
  });
});

for (const backend of backends("export")) {
  describe(`export on ${backend.name}`, () => {
    let b: Backend;
    let dir: string;
    let db: string;
    let facts: StoredFact[];

    beforeAll(async () => {
      b = backend;
      dir = mkdtempSync(join(tmpdir(), "solieu-export-"));
      writeFileSync(join(dir, "bao-cao-2023.txt"), REPORT);
      db = await b.newTarget();
      const store = await openStore(db);
      try {
        const r = await ingestFile(store, join(dir, "bao-cao-2023.txt"));
        expect(r.status).toBe("added");
        facts = await queryFacts(store);
      } finally {
        await store.close();
      }
      expect(facts.length).toBeGreaterThanOrEqual(8);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await b.cleanup();
    });

    it("CSV: BOM, Vietnamese headers, one row per fact, every field, quoting", async () => {
      const out = join(dir, "facts.csv");
      const r = await captured(() => exportCommand({ format: "csv", out, db }));
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`${facts.length} số liệu`));
      const text = readFileSync(out, "utf8");
      expect(text.startsWith("\uFEFF")).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual(HEADERS);
      for (const h of [
        "Tài liệu",
        "Dòng",
        "Cột",
        "Giá trị (chữ)",
        "Giá trị",
        "Giá trị tối đa",
        "Tổng",
        "Đơn vị",
        "Loại số",
        "Loại",
        "Kỳ",
        "Mã chỉ tiêu",
        "Chỉ tiêu",
        "Địa bàn",
        "Gốc so sánh",
        "Định tính",
        "Câu",
      ])
        expect(rows[0]).toContain(h);
      expect(rows.length).toBe(facts.length + 1);
      const col = (h: string) => rows[0].indexOf(h);
      const byValue = (t: string) => rows.find((row) => row[col("Giá trị (chữ)")] === t) as string[];
      const range = byValue("8,0-8,5");
      expect(range[col("Giá trị")]).toBe("8");
      expect(range[col("Giá trị tối đa")]).toBe("8.5");
      expect(range[col("Loại")]).toBe("target");
      expect(range[col("Kỳ")]).toBe("2024");
      const count = byValue("389/460");
      expect(count[col("Tổng")]).toBe("460");
      expect(count[col("Loại số")]).toBe("count_of_total");
      // The sentence has commas and quotes: quoted in the file, whole when read back.
      expect(count[col("Câu")]).toContain('"tăng 15%", so với cùng kỳ');
      expect(text).toContain('""tăng 15%""');
      const growth = byValue("7,5");
      expect(growth[col("Giá trị")]).toBe("7.5");
      expect(growth[col("Mã chỉ tiêu")]).toBe("grdp_growth");
      expect(growth[col("Tài liệu")]).toBe("bao-cao-2023.txt");
      expect(growth[col("Dòng")]).toBe("5");
      expect(growth[col("Địa bàn")]).toBe("tỉnh Điện Biên");
    });

    it("CSV: --indicator, --period and --kind filter as query does", async () => {
      const out = join(dir, "growth.csv");
      const r = await captured(() =>
        exportCommand({ format: "csv", out, db, indicator: "grdp_growth", kind: "target" }),
      );
      expect(r.code).toBe(0);
      const rows = parseCsv(readFileSync(out, "utf8").slice(1)).slice(1);
      const want = facts.filter((f) => f.indicator.code === "grdp_growth" && f.kind === "target");
      expect(want.length).toBe(2);
      expect(rows.map((row) => row[HEADERS.indexOf("Kỳ")]).sort()).toEqual(want.map((f) => f.period).sort());
      const r2 = await captured(() => exportCommand({ format: "csv", out, db, period: "2023-S1" }));
      expect(r2.code).toBe(0);
      const rows2 = parseCsv(readFileSync(out, "utf8").slice(1)).slice(1);
      expect(rows2.length).toBe(facts.filter((f) => f.period === "2023-S1").length);
      expect(rows2.length).toBeGreaterThan(0);
    });

    it("XLSX: a sheet per sector and Khác, frozen bold header, numbers as numbers with formats", async () => {
      const out = join(dir, "facts.xlsx");
      const r = await captured(() => exportCommand({ format: "xlsx", out, db }));
      expect(r.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const names = wb.worksheets.map((w) => w.name);
      expect(names).toContain("Kinh tế");
      expect(names.at(-1)).toBe("Khác");
      let total = 0;
      for (const ws of wb.worksheets) {
        const header = (ws.getRow(1).values as unknown[]).slice(1);
        expect(header).toEqual(HEADERS);
        expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
        expect(ws.getRow(1).font?.bold).toBe(true);
        total += ws.rowCount - 1;
      }
      expect(total).toBe(facts.length);
      const codeCol = HEADERS.indexOf("Mã chỉ tiêu") + 1;
      // No code: Khác; every code on a sector sheet.
      wb.getWorksheet("Khác")?.eachRow((row, n) => {
        if (n > 1) expect(row.getCell(codeCol).value ?? null).toBeNull();
      });
      const ws = wb.getWorksheet("Kinh tế") as ExcelJS.Worksheet;
      const rows: ExcelJS.Row[] = [];
      ws.eachRow((row, n) => {
        if (n > 1) rows.push(row);
      });
      expect(rows.every((row) => row.getCell(codeCol).value === "grdp_growth")).toBe(true);
      const cellOf = (row: ExcelJS.Row, h: string) => row.getCell(HEADERS.indexOf(h) + 1);
      const g = rows.find((row) => cellOf(row, "Giá trị (chữ)").value === "7,5") as ExcelJS.Row;
      expect(cellOf(g, "Giá trị").value).toBe(7.5);
      expect(cellOf(g, "Giá trị").numFmt).toBe("#,##0.0");
      expect(cellOf(g, "Dòng").value).toBe(5);
      expect(cellOf(g, "Kỳ").value).toBe("2023");
      expect(cellOf(g, "Loại").value).toBe("estimate");
      const range = rows.find((row) => cellOf(row, "Giá trị (chữ)").value === "8,0-8,5") as ExcelJS.Row;
      expect(cellOf(range, "Giá trị tối đa").value).toBe(8.5);
      const budget = wb.getWorksheet("Tài chính") as ExcelJS.Worksheet;
      expect(budget).toBeDefined();
      expect(budget.getRow(2).getCell(HEADERS.indexOf("Giá trị") + 1).value).toBe(1530.5);
    });

    it("SDMX-CSV: header, time codes, area codes, only facts with an indicator code", async () => {
      const out = join(dir, "facts.sdmx.csv");
      const r = await captured(() => exportCommand({ format: "sdmx-csv", out, db }));
      expect(r.code).toBe(0);
      const noCode = facts.filter((f) => !f.indicator.code).length;
      expect(noCode).toBeGreaterThan(0);
      expect(r.stderr).toContain(`${noCode} số liệu không có mã chỉ tiêu`);
      const text = readFileSync(out, "utf8");
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual([
        "STRUCTURE",
        "STRUCTURE_ID",
        "ACTION",
        "INDICATOR",
        "REF_AREA",
        "TIME_PERIOD",
        "VALUE_TYPE",
        "OBS_VALUE",
        "UNIT_MEASURE",
        "OBS_STATUS",
        "SOURCE_DOC",
        "SOURCE_LINE",
      ]);
      expect(header).toEqual(SDMX_HEADER);
      expect(rows.length).toBe(facts.length - noCode);
      const get = (row: string[], h: string) => row[header.indexOf(h)];
      expect(new Set(rows.map((row) => get(row, "TIME_PERIOD")))).toEqual(
        // (The schools meeting the national standard in the first half of 2023 carry a code.)
        new Set(["2023", "2024", "2023-S1", "2021/2025"]),
      );
      for (const row of rows) {
        expect(get(row, "STRUCTURE")).toBe("dataflow");
        expect(get(row, "REF_AREA")).toBe("dien-bien");
        expect(get(row, "OBS_VALUE")).toMatch(/^-?\d+(\.\d+)?$/);
        expect(["target", "estimate", "actual", "forecast"]).toContain(get(row, "VALUE_TYPE"));
        expect(get(row, "SOURCE_DOC")).toBe("bao-cao-2023.txt");
      }
      const growth = rows.find((row) => get(row, "OBS_VALUE") === "7.5") as string[];
      expect(get(growth, "INDICATOR")).toBe("grdp_growth");
      expect(get(growth, "VALUE_TYPE")).toBe("estimate");
      expect(get(growth, "OBS_STATUS")).toBe("E");
      expect(get(growth, "UNIT_MEASURE")).toBe("PT");
      expect(get(growth, "SOURCE_LINE")).toBe("5");
      const budget = rows.find((row) => get(row, "OBS_VALUE") === "1530.5") as string[];
      expect(get(budget, "UNIT_MEASURE")).toBe("VND_BN");
    });

    it("DHIS2 JSON without a mapping: our codes as ids, said on stderr; DHIS2 periods", async () => {
      const out = join(dir, "facts.dhis2.json");
      const r = await captured(() => exportCommand({ format: "dhis2-json", out, db }));
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/không có --mapping/);
      const { dataValues } = JSON.parse(readFileSync(out, "utf8")) as {
        dataValues: {
          dataElement: string;
          period: string;
          orgUnit: string;
          value: string;
          comment: string;
        }[];
      };
      expect(dataValues.length).toBe(facts.filter((f) => f.indicator.code).length);
      const growth = dataValues.find((v) => v.value === "7.5");
      expect(growth).toMatchObject({ dataElement: "grdp_growth", period: "2023", orgUnit: "dien-bien" });
      expect(growth?.comment).toContain("bao-cao-2023.txt, dòng 5");
      const span = dataValues.find((v) => v.value === "7");
      expect(span).toMatchObject({ dataElement: "grdp_growth_target", period: "2025" });
      expect(span?.comment).toContain("2021/2025");
    });

    it("DHIS2 JSON with a mapping: its ids; what it does not name is left out and said", async () => {
      const mapping = join(dir, "mapping.json");
      writeFileSync(
        mapping,
        JSON.stringify({
          dataElements: {
            grdp_growth: "DeGrowth001",
            "grdp_growth:target": "DeGrowthT01",
            poverty_rate: "DePoverty01",
          },
          orgUnits: { "dien-bien": "OuDienBien1" },
        }),
      );
      const out = join(dir, "mapped.json");
      const r = await captured(() => exportCommand({ format: "dhis2-json", out, db, mapping }));
      expect(r.code).toBe(0);
      expect(r.stderr).not.toMatch(/không có --mapping/);
      expect(r.stderr).toMatch(/budget_revenue_local:actual/);
      const { dataValues } = JSON.parse(readFileSync(out, "utf8")) as {
        dataValues: { dataElement: string; period: string; orgUnit: string; value: string }[];
      };
      expect(dataValues.map((v) => `${v.dataElement} ${v.period} ${v.orgUnit} ${v.value}`).sort()).toEqual([
        "DeGrowth001 2023 OuDienBien1 7.5",
        "DeGrowthT01 2024 OuDienBien1 8",
        "DeGrowthT01 2025 OuDienBien1 7",
        "DePoverty01 2023 OuDienBien1 25.1",
      ]);
      writeFileSync(mapping, '{"dataElements": []}');
      const bad = await captured(() => exportCommand({ format: "dhis2-json", out, db, mapping }));
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/^solieu export: mapping\.json: "dataElements"/);
    });

    it("says what is wrong in one line with exit 2", async () => {
      const unknown = await captured(() => exportCommand({ format: "pdf", out: join(dir, "x"), db }));
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/^solieu export: unknown format "pdf"/);
      const noOut = await captured(() => exportCommand({ format: "csv", db }));
      expect(noOut.code).toBe(2);
      expect(noOut.stderr).toMatch(/--out/);
      const badDir = await captured(() =>
        exportCommand({ format: "csv", out: join(dir, "nope", "x.csv"), db }),
      );
      expect(badDir.code).toBe(2);
      expect(badDir.stderr.trim().split("\n")).toHaveLength(1);
      expect(badDir.stderr).toMatch(/cannot write .*x\.csv \(no such file or directory\)/);
    });
  });
}
