import type { Fact } from "../facts/types.js";
import { type Cell, COLUMNS, factCells, numberText } from "./columns.js";

/** One CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break. */
export function csvField(cell: Cell, sep = ","): string {
  if (cell === null) return "";
  const s = typeof cell === "number" ? numberText(cell) : cell;
  return s.includes(sep) || /["\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: Cell[]): string => `${cells.map((c) => csvField(c)).join(",")}\r\n`;

/**
 * The facts as CSV: UTF-8 with a byte order mark (so Excel reads the diacritics), CRLF line
 * ends, Vietnamese headers, numbers with a decimal point.
 */
export function factsCsv(facts: Fact[]): string {
  const out = ["\uFEFF", csvLine(COLUMNS.map((c) => c.header))];
  for (const f of facts) out.push(csvLine(factCells(f)));
  return out.join("");
}
