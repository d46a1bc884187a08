import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import ExcelJS from "exceljs";
import { CsvError, decodeCsv, parseCsv } from "../catalogue/csv.js";
import { InputError } from "../text/errors.js";

/** A cell as read: text, a number (typed in a spreadsheet), or nothing. */
export type RawCell = string | number | null;

export interface RawRow {
  /** The row number a reader sees: in the spreadsheet, or the CSV record (the header is 1). */
  row: number;
  cells: RawCell[];
}

export interface RawSheet {
  /** The worksheet's name; "" for a CSV. */
  name: string;
  /** 1-based position of the worksheet in the workbook; null for a CSV. */
  index: number | null;
  header: string[];
  rows: RawRow[];
}

export interface RawTable {
  name: string;
  format: "csv" | "xlsx";
  sheets: RawSheet[];
  /** sha256 of the file's bytes. */
  hash: string;
  /** The text kept as the document's raw text: the CSV, or the workbook's rows tab-separated. */
  text: string;
}

/** Read a .csv or .xlsx file's rows. Throws InputError naming the file. */
export async function readTable(path: string): Promise<RawTable> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx") throw new InputError(name, "not a .csv or .xlsx file");
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      name,
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read",
    );
  }
  const hash = createHash("sha256").update(bytes).digest("hex");
  return ext === ".csv" ? readCsv(name, bytes, hash) : readXlsx(name, bytes, hash);
}

function readCsv(name: string, bytes: Buffer, hash: string): RawTable {
  const text = decodeCsv(bytes);
  if (text === null) throw new InputError(name, "not UTF-8 text (save the CSV as UTF-8)");
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw new InputError(name, e.message);
    throw e;
  }
  const [header = [], ...rest] = records;
  return {
    name,
    format: "csv",
    hash,
    text,
    sheets: [{ name: "", index: null, header, rows: rest.map((cells, i) => ({ row: i + 2, cells })) }],
  };
}

async function readXlsx(name: string, bytes: Buffer, hash: string): Promise<RawTable> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own Buffer; a Node Buffer is one.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new InputError(name, "not an .xlsx workbook");
  }
  const sheets: RawSheet[] = [];
  const lines: string[] = [];
  wb.worksheets.forEach((ws, i) => {
    const width = ws.columnCount;
    const cellsOf = (r: ExcelJS.Row): RawCell[] =>
      Array.from({ length: width }, (_, c) => cellValue(r.getCell(c + 1).value));
    const header = cellsOf(ws.getRow(1)).map((c) => (c === null ? "" : String(c)));
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: false }, (r, n) => {
      if (n > 1) rows.push({ row: n, cells: cellsOf(r) });
    });
    sheets.push({ name: ws.name, index: i + 1, header, rows });
    lines.push(`# ${ws.name}`, header.join("\t"));
    for (const r of rows) lines.push(r.cells.map((c) => String(c ?? "").replace(/\s+/g, " ")).join("\t"));
  });
  return { name, format: "xlsx", hash, text: lines.join("\n"), sheets };
}

/** A cell's value as text or a number: rich text joined, a formula's result, a date as ISO. */
function cellValue(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("result" in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
  if ("text" in v && typeof v.text === "string") return v.text;
  if ("error" in v) return String(v.error);
  return String(v);
}
