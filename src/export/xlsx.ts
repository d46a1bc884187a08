import ExcelJS from "exceljs";
import { INDICATORS } from "../catalogue/indicators.js";
import type { Fact } from "../facts/types.js";
import { COLUMNS, factCells } from "./columns.js";

/** The sheet of facts with no indicator code (or a code not in the catalogue). */
export const OTHER_SHEET = "Khác";

const SECTOR = new Map(INDICATORS.map((i) => [i.code, i.sector]));

/** The sheet a fact goes to: its indicator's sector, capitalised ("Kinh tế"), else "Khác". */
export function sheetOf(f: Fact): string {
  const sector = f.indicator.code ? SECTOR.get(f.indicator.code) : undefined;
  if (!sector) return OTHER_SHEET;
  // Excel: at most 31 characters, none of []:*?/\ in a sheet name.
  const name = sector.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
  return name.charAt(0).toLocaleUpperCase("vi") + name.slice(1);
}

const WIDTH: Partial<Record<string, number>> = {
  "Tài liệu": 24,
  "Giá trị (chữ)": 14,
  "Giá trị": 14,
  "Giá trị tối đa": 14,
  Tổng: 10,
  "Đơn vị": 14,
  "Loại số": 14,
  Kỳ: 16,
  "Mã chỉ tiêu": 22,
  "Chỉ tiêu": 40,
  "Địa bàn": 24,
  "Gốc so sánh": 14,
  Câu: 80,
};

/** "#,##0.00" for a number written with two decimals: shown as precisely as it is stored. */
function numberFormat(n: number): string {
  const s = String(n);
  if (/e/i.test(s)) return "General";
  const decimals = s.split(".")[1]?.length ?? 0;
  return decimals ? `#,##0.${"0".repeat(Math.min(decimals, 15))}` : "#,##0";
}

/**
 * The facts as a workbook: a sheet per sector of the catalogue in its order, then "Khác"; the
 * columns of the CSV; a bold, frozen, filterable header row; numbers as numbers.
 */
export async function factsXlsx(facts: Fact[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "solieu";
  wb.created = new Date();
  const bySheet = new Map<string, Fact[]>();
  const order = [...new Set(INDICATORS.map((i) => sheetOf({ indicator: { code: i.code } } as Fact)))];
  for (const name of [...order, OTHER_SHEET]) bySheet.set(name, []);
  for (const f of facts) bySheet.get(sheetOf(f))?.push(f);
  let sheets = 0;
  for (const [name, rows] of bySheet) {
    if (!rows.length) continue;
    sheets++;
    addSheet(wb, name, rows);
  }
  // An export with no facts is still a workbook with its header.
  if (!sheets) addSheet(wb, OTHER_SHEET, []);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSheet(wb: ExcelJS.Workbook, name: string, facts: Fact[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: WIDTH[c.header] ?? (c.type === "text" ? 12 : 8),
    style: c.type === "int" ? { numFmt: "0" } : c.key === "sentence" ? { alignment: { wrapText: true } } : {},
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  for (const f of facts) {
    const row = ws.addRow(factCells(f));
    for (const [i, c] of COLUMNS.entries()) {
      const cell = row.getCell(i + 1);
      if (c.type === "number" && typeof cell.value === "number") cell.numFmt = numberFormat(cell.value);
      else if (c.type === "text" && typeof cell.value === "string") cell.numFmt = "@";
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
}
