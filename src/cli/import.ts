import type { Fact } from "../facts/types.js";
import { readTable } from "../import/read.js";
import { importedAs, storeImported } from "../import/store.js";
import { isBlankRow, mapHeader, validateRow } from "../import/validate.js";
import { defaultDb } from "../store/connect.js";
import { InputError } from "../text/errors.js";
import { openForCommand } from "./open-store.js";

export interface ImportOptions {
  db?: string;
  /** Store the good rows even when some are bad. */
  partial?: boolean;
}

/**
 * `solieu import FILE.csv|FILE.xlsx`: facts entered by hand (or exported by solieu), in the
 * export's columns, checked row by row and stored as a document of their own named after the
 * file; each fact's provenance is the file and its row (line = row number, page = the sheet's
 * position in a workbook). All or nothing unless --partial; every bad row is said on stderr.
 * Exit 0 when all was stored, 1 when --partial left bad rows out, 2 when nothing was stored.
 */
export async function importCommand(file: string, opts: ImportOptions = {}): Promise<number> {
  const say = (msg: string) => process.stderr.write(`solieu import: ${msg}\n`);
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    table = await readTable(file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    say(e.message);
    return 2;
  }
  const { name } = table;
  const good: Fact[] = [];
  const errors: string[] = [];
  let rows = 0;
  let read = 0;
  const multi = table.sheets.length > 1;
  for (const sheet of table.sheets) {
    rows += sheet.rows.length + 1;
    const { fields, missing } = mapHeader(sheet.header);
    const where = multi ? `trang "${sheet.name}", ` : "";
    if (missing.length) {
      // A workbook may hold other sheets (notes, a pivot): only those with no column of ours are skipped.
      if (multi && fields.every((f) => f === null)) continue;
      say(`${name}: ${where}thiếu cột ${missing.map((m) => `"${m}"`).join(", ")}`);
      return 2;
    }
    read++;
    for (const r of sheet.rows) {
      if (isBlankRow(r.cells)) continue;
      const v = validateRow(fields, r.cells);
      if (v.errors) {
        for (const e of v.errors)
          errors.push(`${name}: ${where}dòng ${r.row}, cột "${e.column}": ${e.message}`);
        continue;
      }
      good.push({
        ...v.fact,
        doc: name,
        line: r.row,
        column: 0,
        ...(sheet.index ? { page: sheet.index } : {}),
      });
    }
  }
  if (!read) {
    say(`${name}: không có trang nào có các cột của số liệu`);
    return 2;
  }
  for (const e of errors) say(e);
  if (errors.length && !opts.partial) {
    say(`${name}: ${errors.length} lỗi, không lưu gì (dùng --partial để lưu các dòng đúng)`);
    return 2;
  }
  if (!good.length) {
    say(`${name}: không có dòng số liệu nào để lưu`);
    return 2;
  }

  const store = await openForCommand(defaultDb(opts.db));
  if (!store) return 2;
  try {
    const before = await importedAs(store, table.hash);
    if (before) {
      process.stdout.write(`${name}: đã có (tài liệu ${before.id}, ${before.facts} số liệu), không đổi\n`);
      return 0;
    }
    let id: number;
    try {
      id = await storeImported(store, {
        name,
        format: table.format,
        hash: table.hash,
        rawText: table.text,
        lines: rows,
        facts: good,
      });
    } catch (e) {
      // The same bytes stored meanwhile by another process: not a failure.
      const raced = await importedAs(store, table.hash).catch(() => null);
      if (raced) {
        process.stdout.write(`${name}: đã có (tài liệu ${raced.id}, ${raced.facts} số liệu), không đổi\n`);
        return 0;
      }
      say(
        `${name}: cannot be stored (${(e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 200)})`,
      );
      return 2;
    }
    const skipped = errors.length ? `, bỏ qua các dòng lỗi` : "";
    process.stdout.write(`${name}: đã lưu ${good.length} số liệu (tài liệu ${id})${skipped}\n`);
    return errors.length ? 1 : 0;
  } finally {
    await store.close();
  }
}
