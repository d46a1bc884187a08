import type { FactRecord, Same } from "../api/types.js";
import type { Fact } from "../facts/types.js";

/**
 * The columns of the CSV and XLSX exports, in order: every field of the fact record (FACTS.md),
 * under a Vietnamese header, so that `solieu import` can rebuild the facts from them.
 */
export type FieldKey =
  | "doc"
  | "line"
  | "column"
  | "page"
  | "value_text"
  | "value"
  | "value_max"
  | "total"
  | "unit"
  | "measure"
  | "kind"
  | "period"
  | "indicator_code"
  | "indicator_text"
  | "area"
  | "base"
  | "qualifier"
  | "sentence";

/** Every field of the record but `why` (not part of FACTS.md's record), checked at compile time. */
const columnsAreTheRecord: Same<
  FieldKey,
  Exclude<keyof FactRecord, "indicator" | "why"> | "indicator_code" | "indicator_text"
> = true;
void columnsAreTheRecord;

export interface Column {
  key: FieldKey;
  header: string;
  type: "text" | "int" | "number";
}

export const COLUMNS: readonly Column[] = [
  { key: "doc", header: "Tài liệu", type: "text" },
  { key: "line", header: "Dòng", type: "int" },
  { key: "column", header: "Cột", type: "int" },
  { key: "page", header: "Trang", type: "int" },
  { key: "value_text", header: "Giá trị (chữ)", type: "text" },
  { key: "value", header: "Giá trị", type: "number" },
  { key: "value_max", header: "Giá trị tối đa", type: "number" },
  { key: "total", header: "Tổng", type: "number" },
  { key: "unit", header: "Đơn vị", type: "text" },
  { key: "measure", header: "Loại số", type: "text" },
  { key: "kind", header: "Loại", type: "text" },
  { key: "period", header: "Kỳ", type: "text" },
  { key: "indicator_code", header: "Mã chỉ tiêu", type: "text" },
  { key: "indicator_text", header: "Chỉ tiêu", type: "text" },
  { key: "area", header: "Địa bàn", type: "text" },
  { key: "base", header: "Gốc so sánh", type: "text" },
  { key: "qualifier", header: "Định tính", type: "text" },
  { key: "sentence", header: "Câu", type: "text" },
];

export const HEADER_OF: Record<FieldKey, string> = Object.fromEntries(
  COLUMNS.map((c) => [c.key, c.header]),
) as Record<FieldKey, string>;

export type Cell = string | number | null;

/** A fact's cells in column order: null for an absent optional field. */
export function factCells(f: Fact): Cell[] {
  const v: Record<FieldKey, Cell> = {
    doc: f.doc,
    line: f.line,
    column: f.column,
    page: f.page ?? null,
    value_text: f.value_text,
    value: f.value,
    value_max: f.value_max ?? null,
    total: f.total ?? null,
    unit: f.unit,
    measure: f.measure,
    kind: f.kind,
    period: f.period,
    indicator_code: f.indicator.code,
    indicator_text: f.indicator.text,
    area: f.area,
    base: f.base ?? null,
    qualifier: f.qualifier ?? "",
    sentence: f.sentence,
  };
  return COLUMNS.map((c) => v[c.key]);
}

/** A number as the machine formats write it: a decimal point, no grouping. */
export const numberText = (n: number): string => String(n);
